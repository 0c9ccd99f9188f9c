"""Upgrading a database filled from the 2023 edition of the register to the shipped 2026 edition
(issue 9): nothing is deleted; dissolved Gemeinden stay, marked with the edition date and their
successor; Hanau keeps its row, projects and members under its new key and Kreis.

The 2023 edition is derived at test time from the shipped 2026 file (no second copy of the data
in the repository): the lines of the cases under test are written back to their 2023 form, as in
the real GV100AD 30.11.2023 (../shared/data/SOURCES.md, section 4) – Hanau 06435014 in the
Main-Kinzig-Kreis, Ober- and Niedergeckler before their merger, Dobitschen before it joined
Schmölln. The real BKG points of 31.12.2023 carry exactly these old keys.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import reverse

from municipalities import services
from municipalities.importer import default_gv100_path, import_register
from municipalities.lookup import find_municipalities
from municipalities.models import Membership, Municipality, RegisterImport
from projects import queries
from projects.models import Project
from projects.search_index import update_search_vectors
from tests.conftest import remove_register
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProjectFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Level = Municipality.Level
EDITION_2026 = datetime.date(2026, 5, 31)
# Units of the shipped GV100AD 31.05.2026, per level (data/gemeindeverzeichnis-gv100ad-2026).
FILE_COUNTS = {
    Level.STATE: 16,
    Level.REGION: 29,
    Level.DISTRICT: 401,
    Level.ASSOCIATION: 4583,
    Level.MUNICIPALITY: 10943,
}


def field(line: str, start: int, end: int, value: str) -> str:
    """``line`` with columns start..end (1-based, inclusive) replaced by ``value``."""
    width = end - start + 1
    return line[: start - 1] + value.ljust(width)[:width] + line[end:]


def gemeinde(line: str, number: str, name: str, hectares: int, population: int) -> str:
    line = field(line, 16, 18, number)
    line = field(line, 23, 72, name)
    line = field(line, 129, 139, f"{hectares:011d}")
    return field(line, 140, 150, f"{population:011d}")


def edition_2023(tmp_path):
    """The shipped 2026 file with the 2023 state of Hanau, Obergeckler and Dobitschen."""
    lines = default_gv100_path().read_text(encoding="utf-8").split("\n")
    result = []
    for line in lines:
        if not line:
            continue
        line = field(line, 3, 10, "20231130")
        key = line[10:22]
        if line.startswith("40") and key.startswith("06415"):
            continue  # Hanau was no Kreis of its own before 2026
        if key.startswith("06415"):  # Hanau's Gemeindeverband and Gemeinde: Main-Kinzig-Kreis
            line = field(field(line, 14, 15, "35"), 19, 22, "0014")
            if line.startswith("60"):
                line = field(field(line, 16, 18, "014"), 123, 124, "63")
        elif line.startswith("60") and key.startswith("072325035"):  # Obergeckler, merged
            result.append(gemeinde(line, "089", "Niedergeckler", 139, 51))
            line = gemeinde(line, "096", "Obergeckler", 636, 136)
        elif line.startswith("60") and key.startswith("160770430"):  # Schmölln, Stadt
            result.append(gemeinde(line, "003", "Dobitschen", 655, 315))
            line = field(line, 129, 139, f"{int(line[128:139]) - 655:011d}")
        result.append(line)
    path = tmp_path / "GV100AD_301123.txt"
    path.write_text("\n".join(result) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def upgraded(tmp_path, django_capture_on_commit_callbacks):
    """A 2023 database with projects and memberships, then the 2026 import (receivers run)."""
    remove_register()  # rolled back with the test
    import_register(edition_2023(tmp_path))
    get = Municipality.objects.get
    dobitschen, hanau = get(ags="16077003"), get(ags="06435014")
    assert hanau.parent.ags == "06435"
    projects = {
        "dobitschen": ProjectFactory(owner=dobitschen, title="Dorfladen digital"),
        "hanau": ProjectFactory(owner=hanau, title="Brüder-Grimm-Portal"),
        "niedergeckler": ProjectFactory(owner=get(ags="07232089"), title="Gecklertal-App"),
    }
    update_search_vectors([project.pk for project in projects.values()])
    members = {
        "dobitschen": MembershipFactory(municipality=dobitschen),
        "hanau": MembershipFactory(municipality=hanau, role=Membership.Role.ADMIN),
    }
    # A body added by hand (not in any register file) is never marked dissolved.
    MunicipalityFactory(
        name="Zweckverband Altenburger Land",
        ags="16077999",
        level=Level.BODY,
        kind=Municipality.Kind.SPECIAL_PURPOSE,
        state=get(ags="16"),
    )
    ids_2023 = set(Municipality.objects.values_list("id", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        result = import_register()
    return {"projects": projects, "members": members, "ids_2023": ids_2023, "result": result}


def test_nothing_is_lost_and_the_current_units_equal_the_file(upgraded):
    assert set(Municipality.objects.values_list("id", flat=True)) >= upgraded["ids_2023"]
    assert Project.objects.count() == 3
    assert Membership.objects.count() == 2
    current = Municipality.objects.filter(dissolved_on__isnull=True).exclude(level=Level.BODY)
    assert dict(current.values_list("level").annotate(n=Count("id"))) == FILE_COUNTS
    dissolved = Municipality.objects.filter(dissolved_on__isnull=False)
    assert set(dissolved.values_list("ags", "dissolved_on")) == {
        ("16077003", EDITION_2026),
        ("07232089", EDITION_2026),
    }
    assert upgraded["result"].rekeyed == {
        "064350014": "064150000",
        "06435014": "06415000",
        "07232096": "07232503",
    }


def test_a_dissolved_gemeinde_keeps_its_projects_and_names_its_successor(upgraded, client):
    dobitschen = Municipality.objects.get(ags="16077003")
    assert dobitschen.successor.ags == "16077043"  # Schmölln, which took over its area
    project = upgraded["projects"]["dobitschen"]
    project.refresh_from_db()
    assert project.owner == dobitschen

    page = client.get(reverse("regions:detail", args=[dobitschen.slug])).content.decode()
    assert "Aufgelöst am 31.05.2026" in page
    assert f'href="{dobitschen.successor.get_absolute_url()}"' in page
    assert "Dorfladen digital" in page

    schmoelln = client.get(dobitschen.successor.get_absolute_url())
    assert "Dorfladen digital" in schmoelln.content.decode()
    assert schmoelln.context["figures"]["projects"] == 1
    assert [p["name"] for p in schmoelln.context["municipality"].predecessor_list] == ["Dobitschen"]
    # The Kreis still counts it, and the owner filter of the search finds it under both names.
    assert project in queries.region_projects(dobitschen.parent)
    for owner in (dobitschen.slug, dobitschen.successor.slug):
        response = client.get(reverse("projects:search"), {"owner": owner})
        assert [p.title for p in response.context["result"].projects] == ["Dorfladen digital"]


def test_a_merger_that_keeps_a_name_moves_that_row_and_dissolves_the_partner(upgraded):
    obergeckler = Municipality.objects.get(ags="07232503")
    assert obergeckler.former_ags == ["07232096"]
    niedergeckler = Municipality.objects.get(ags="07232089")
    assert niedergeckler.successor == obergeckler
    assert upgraded["projects"]["niedergeckler"] in queries.region_projects(obergeckler)


def test_a_dissolved_gemeinde_can_no_longer_be_joined(upgraded, client):
    dobitschen = Municipality.objects.get(ags="16077003")
    user = UserFactory()
    with pytest.raises(ValidationError) as error:
        services.membership_request(user=user, municipality=dobitschen)
    assert error.value.code == "dissolved"
    assert "Nachfolgerin Schmölln" in error.value.messages[0]
    assert not Membership.objects.filter(user=user).exists()
    assert dobitschen not in find_municipalities("Dobitschen", current_only=True)
    assert dobitschen in find_municipalities("Dobitschen")  # still findable elsewhere

    client.force_login(user)
    page = client.get(reverse("regions:detail", args=[dobitschen.slug]))
    assert "join" not in page.context["page_links"]
    response = client.post(reverse("municipalities:join"), {"municipality": dobitschen.pk})
    assert response.status_code == 200
    assert "ist seit dem 31.05.2026 aufgelöst" in response.content.decode()
    assert not Membership.objects.filter(user=user).exists()
    # Existing members stay members.
    assert Membership.objects.filter(pk=upgraded["members"]["dobitschen"].pk).exists()


def test_hanau_moves_to_its_own_kreis_with_projects_and_members(upgraded, client):
    hanau = Municipality.objects.select_related("parent").get(ags="06415000")
    assert hanau.pk == upgraded["projects"]["hanau"].owner_id
    assert hanau.dissolved_on is None
    assert hanau.former_ags == ["06435014"]
    assert (hanau.parent.ags, hanau.parent.level) == ("06415", Level.DISTRICT)
    assert hanau.kind == Municipality.Kind.DISTRICT_FREE_CITY
    assert Membership.objects.get(pk=upgraded["members"]["hanau"].pk).municipality == hanau

    project = Project.objects.get(pk=upgraded["projects"]["hanau"].pk)
    main_kinzig = Municipality.objects.get(ags="06435")
    assert project in queries.region_projects(hanau.parent)
    assert project not in queries.region_projects(main_kinzig)
    # Search facets follow: the owner kind is refreshed, the Kreis filter finds it.
    assert project.facet_owner_kind == Municipality.Kind.DISTRICT_FREE_CITY
    search = reverse("projects:search")
    by_kreis = client.get(search, {"owner": hanau.parent.slug}).context["result"]
    assert [p.title for p in by_kreis.projects] == ["Brüder-Grimm-Portal"]
    assert client.get(search, {"owner": main_kinzig.slug}).context["result"].total == 0
    by_kind = client.get(search, {"owner_kind": "kreisfreie_stadt"}).context["result"]
    assert [p.title for p in by_kind.projects] == ["Brüder-Grimm-Portal"]
    # The old key still leads to the page.
    response = client.get(reverse("regions:detail", args=["06435014"]))
    assert response.status_code == 301
    assert response["Location"] == hanau.get_absolute_url()


def test_the_upgrade_is_idempotent(upgraded):
    before = list(
        Municipality.objects.order_by("id").values_list(
            "id", "ags", "dissolved_on", "successor_id", "former_ags", "updated_at"
        )
    )
    imports = RegisterImport.objects.count()
    assert import_register().skipped
    forced = import_register(force=True)
    assert forced.rekeyed == {}
    assert forced.dissolved == []
    assert forced.tally.counts["Gemeinden"] == {"created": 0, "updated": 0, "unchanged": 10943}
    after = list(
        Municipality.objects.order_by("id").values_list(
            "id", "ags", "dissolved_on", "successor_id", "former_ags", "updated_at"
        )
    )
    assert after == before
    assert RegisterImport.objects.count() == imports + 2


def test_when_a_successor_dissolves_too_its_predecessors_move_on(upgraded, tmp_path):
    """A later edition in which Schmölln joins a neighbour: Dobitschen, dissolved into Schmölln
    in 2026, then names that neighbour, whose page lists the projects of both."""
    lines = default_gv100_path().read_text(encoding="utf-8").splitlines()
    schmoelln = next(line for line in lines if line.startswith("60") and line[10:18] == "16077043")
    neighbour = next(
        line
        for line in lines
        if line.startswith("60") and line[10:15] == "16077" and line[10:18] != "16077043"
    )
    grown = field(neighbour, 129, 139, f"{int(neighbour[128:139]) + int(schmoelln[128:139]):011d}")
    later = [
        field(grown if line == neighbour else line, 3, 10, "20261130")
        for line in lines
        if line != schmoelln
    ]
    path = tmp_path / "GV100AD_30112026.txt"
    path.write_text("\n".join(later) + "\n", encoding="utf-8")

    result = import_register(path)

    assert result.dissolved == ["16077043"]
    successor = Municipality.objects.get(ags=neighbour[10:15] + neighbour[15:18])
    assert Municipality.objects.get(ags="16077043").successor == successor
    assert Municipality.objects.get(ags="16077003").successor == successor
    project = upgraded["projects"]["dobitschen"]
    assert project in queries.region_projects(successor)
