"""A new register renames a municipality: its projects are found by the new name (the importer
signals after commit, the projects app refreshes the search vectors of the renamed owners)."""

import pytest
from django.contrib.postgres.search import SearchQuery

from municipalities import importer
from municipalities.importer import default_gv100_path, import_register
from municipalities.models import Municipality
from municipalities.signals import register_imported
from projects.models import Project
from projects.search_index import update_search_vectors
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

NAME = slice(22, 72)  # GV100AD: name in columns 23–72
KIEL = "010020000000"  # Gemeinde key (Land, RB, Kreis, Gemeinde, Gemeindeverband)


def kiel_lines() -> list[str]:
    """The real GV100AD lines of Kiel: its Land, Kreis, Gemeindeverband and Gemeinde."""
    lines = default_gv100_path().read_text(encoding="utf-8").split("\n")
    return [
        line for line in lines if line[10:12] == "01" and (line[:2] == "10" or line[13:15] == "02")
    ]


def write_register(tmp_path, city: str):
    """A small register file (4 lines) in which the Gemeinde Kiel is called ``city``."""
    lines = [
        line[: NAME.start] + city.ljust(50) + line[NAME.stop :]
        if line.startswith("60") and line[10:22] == KIEL
        else line
        for line in kiel_lines()
    ]
    assert len(lines) == 4
    path = tmp_path / f"GV100AD_{len(city)}.txt"
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
