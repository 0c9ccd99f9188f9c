"""A new register renames a municipality or changes its size: its projects are found by the new
name and counted in the new population class (the importer signals after commit, the projects
app refreshes the search vectors and facets of the changed owners)."""

import pytest
from django.contrib.postgres.search import SearchQuery
from django.urls import reverse

from municipalities import importer
from municipalities.importer import default_gv100_path, import_register
from municipalities.models import Municipality
from municipalities.signals import register_imported
from projects.models import Project
from projects.search_index import update_search_vectors
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

NAME = slice(22, 72)  # GV100AD: name in columns 23–72
POPULATION = slice(139, 150)  # population in columns 140–150
KIEL = "010020000000"  # Gemeinde key (Land, RB, Kreis, Gemeinde, Gemeindeverband)


def kiel_lines() -> list[str]:
    """The real GV100AD lines of Kiel: its Land, Kreis, Gemeindeverband and Gemeinde."""
    lines = default_gv100_path().read_text(encoding="utf-8").split("\n")
    return [
        line for line in lines if line[10:12] == "01" and (line[:2] == "10" or line[13:15] == "02")
    ]


def write_register(tmp_path, city: str, population: int | None = None):
    """A small register file (4 lines) in which the Gemeinde Kiel is called ``city`` (and has
    ``population`` inhabitants)."""

    def changed(line):
        line = line[: NAME.start] + city.ljust(50) + line[NAME.stop :]
        if population is not None:
            line = line[: POPULATION.start] + str(population).zfill(11) + line[POPULATION.stop :]
        return line

    lines = [
        changed(line) if line.startswith("60") and line[10:22] == KIEL else line
        for line in kiel_lines()
    ]
    assert len(lines) == 4
    path = tmp_path / f"GV100AD_{len(city)}_{population}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def found(word: str) -> set[int]:
    query = SearchQuery(word, config="german_unaccent", search_type="websearch")
    return set(Project.objects.filter(search_vector=query).values_list("id", flat=True))


def test_renamed_owner_is_found_by_its_new_name_after_a_reimport(
    tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_register(write_register(tmp_path, "Kiel, Landeshauptstadt"), use_points=False)
    kiel = Municipality.objects.get(ags="01002000")
    project = ProjectFactory(owner=kiel, title="Digitale Akte", summary="Papierlos arbeiten.")
    update_search_vectors([project.pk])
    assert found("Kiel") == {project.pk}

    renamed = []

    def remember(sender, renamed_ids, **kwargs):
        renamed.extend(renamed_ids)

    register_imported.connect(remember, dispatch_uid="test-remember")
    try:
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            result = import_register(write_register(tmp_path, "Fördestadt"), use_points=False)
    finally:
        register_imported.disconnect(dispatch_uid="test-remember")
    assert len(callbacks) == 1
    assert result.tally.counts["Gemeinden"]["updated"] == 1
    assert renamed == [kiel.pk]  # only the Gemeinde: Kreis and Amt kept their names
    kiel.refresh_from_db()
    assert kiel.name == "Fördestadt"
    assert found("Fördestadt") == {project.pk}
    assert found("Kiel") == set()


def test_nothing_is_sent_when_the_import_fails(
    tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    def fail(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer.RegisterImport.objects, "create", fail)
    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(RuntimeError):
        import_register(write_register(tmp_path, "Fördestadt"), use_points=False)
    assert callbacks == []
    assert not Municipality.objects.exists()


def size_counts(client) -> dict[str, int]:
    result = client.get(reverse("projects:search")).context["result"]
    facet = next(f for f in result.facets if f.name == "size")
    return {o.value: o.count for o in facet.options + facet.more if o.count}


def test_a_reimport_moves_the_projects_into_the_owners_new_population_class(
    client, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_register(write_register(tmp_path, "Kiel", population=2_515), use_points=False)
    kiel = Municipality.objects.get(ags="01002000")
    projects = ProjectFactory.create_batch(2, owner=kiel)
    update_search_vectors([p.pk for p in projects])
    assert size_counts(client) == {"1": 2}

    with django_capture_on_commit_callbacks(execute=True):
        import_register(write_register(tmp_path, "Kiel", population=250_000), use_points=False)

    assert Municipality.objects.get(pk=kiel.pk).population == 250_000
    assert size_counts(client) == {"4": 2}
    assert client.get(reverse("projects:search"), {"size": "4"}).context["result"].total == 2


def test_a_new_key_is_found_in_the_search_box_after_a_reimport(
    tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_register(write_register(tmp_path, "Kiel"), use_points=False)
    kiel = Municipality.objects.get(ags="01002000")
    project = ProjectFactory(owner=kiel, title="Digitale Akte", summary="Papierlos arbeiten.")
    update_search_vectors([project.pk])
    assert found("01002000") == {project.pk}
    rekeyed = tmp_path / "GV100AD_rekeyed.txt"
    rekeyed.write_text(
        write_register(tmp_path, "Kiel").read_text(encoding="utf-8").replace(KIEL, "010020010000"),
        encoding="utf-8",
    )

    with django_capture_on_commit_callbacks(execute=True):
        import_register(rekeyed, use_points=False)

    kiel.refresh_from_db()
    assert kiel.ags == "01002001"
    assert found("01002001") == {project.pk}
    assert found("01002000") == set()
