"""The ``owner`` filter of /projekte/: a municipality's projects, of a Kreis or Land with those
of the municipalities within it; linked from the municipality page."""

import pytest
from django.urls import reverse

from municipalities.models import Municipality
from projects.models import Project
from tests.factories import MunicipalityFactory, ProjectFactory
from tests.projects import search_fixtures
from tests.projects.test_search_facets import brute_force_counts, page_counts

pytestmark = pytest.mark.django_db

# Fixtures shared by the search tests.
world = search_fixtures.world


@pytest.fixture
def kreis(world):
    """A Landkreis in Bayern with two Gemeinden; projects of the Kreis and of one Gemeinde."""
    bayern = world["states"]["bayern"]
    kreis = MunicipalityFactory(
        name="Landkreis Beispiel",
        ags="09199",
        level=Municipality.Level.DISTRICT,
        kind=Municipality.Kind.RURAL_DISTRICT,
        state=bayern,
        population=150_000,
    )
    dorf = MunicipalityFactory(name="Beispieldorf", state=bayern, parent=kreis, population=4_000)
    MunicipalityFactory(name="Leerdorf", state=bayern, parent=kreis)
    search_fixtures.publish_vectors(
        ProjectFactory(title="Kreisportal", owner=kreis, status=Project.Status.COMPLETED),
        ProjectFactory(title="Dorf-App", owner=dorf, kind=Project.Kind.IDEA),
        ProjectFactory(
            title="Dorf im Entwurf", owner=dorf, publication_state=Project.PublicationState.DRAFT
        ),
    )
    return {"kreis": kreis, "dorf": dorf}


def search(client, **params):
    response = client.get(reverse("projects:search"), params)
    assert response.status_code == 200
    return response, response.context["result"]


def test_owner_kreis_finds_the_projects_of_the_kreis_and_its_gemeinden(client, kreis):
    _, result = search(client, owner=kreis["kreis"].slug)
    assert {p.title for p in result.projects} == {"Kreisportal", "Dorf-App"}


def test_owner_by_ags_is_the_same_as_by_slug(client, kreis):
    _, by_ags = search(client, owner="09199")
    _, by_slug = search(client, owner=kreis["kreis"].slug)
    assert by_ags.total == by_slug.total == 2
    # The canonical URL names the slug.
    assert by_ags.params.getlist("owner") == [kreis["kreis"].slug]


def test_owner_gemeinde_finds_only_its_own_projects(client, kreis):
    _, result = search(client, owner=kreis["dorf"].slug)
    assert [p.title for p in result.projects] == ["Dorf-App"]


def test_owner_land_finds_everything_in_it(client, world, kreis):
    _, result = search(client, owner=world["states"]["bayern"].slug)
    assert {p.title for p in result.projects} == {
        "Bürgerämter digital",
        "Digitale Ratsarbeit",
        "Elterngeld digital beantragen",
        "Kreisportal",
        "Dorf-App",
    }


def test_owner_combines_with_text_and_facets(client, world, kreis):
    _, result = search(client, owner="09", q="digital", status="completed")
    assert {p.title for p in result.projects} == {
        "Bürgerämter digital",
        "Elterngeld digital beantragen",
    }


def test_owner_is_a_removable_chip(client, kreis):
    response, result = search(client, owner=kreis["kreis"].slug, status="completed")
    removals = {chip.label: chip.remove_query for chip in result.chips}
    assert removals["Kommune: Landkreis Beispiel und Kommunen darin"] == "?status=completed"
    assert "Kommune: Landkreis Beispiel und Kommunen darin" in response.content.decode()
    _, gemeinde = search(client, owner=kreis["dorf"].slug)
    assert [chip.label for chip in gemeinde.chips] == ["Kommune: Beispieldorf"]


@pytest.mark.parametrize("value", ["kein-ort", "99999999999", "%00", "x" * 300])
def test_unknown_owner_is_ignored_with_a_notice(client, world, value):
    response, result = search(client, owner=value)
    assert result.total == 4
    assert result.chips == []
    assert "Unbekannter Filterwert für „Kommune“ ignoriert" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": ["completed"]},
        {"kind": ["idea"], "status": ["completed", "in_progress"]},
        {"owner_kind": ["landkreis", "stadt"], "oss": ["1"]},
    ],
)
@pytest.mark.parametrize("owner", ["kreis", "dorf", "bayern", "musterstadt"])
def test_facet_counts_with_owner_equal_a_brute_force_count(client, world, kreis, owner, params):
    bayern = world["states"]["bayern"]
    musterstadt = world["municipalities"][0]
    owners = {
        "kreis": (
            kreis["kreis"],
            set(Municipality.objects.filter(parent=kreis["kreis"]).values_list("pk", flat=True))
            | {kreis["kreis"].pk},
        ),
        "dorf": (kreis["dorf"], {kreis["dorf"].pk}),
        "bayern": (
            bayern,
            set(Municipality.objects.filter(state=bayern).values_list("pk", flat=True))
            | {bayern.pk},
        ),
        "musterstadt": (musterstadt, {musterstadt.pk}),
    }
    municipality, owner_ids = owners[owner]
    counts, total = page_counts(client, {**params, "owner": [municipality.slug]})
    assert (counts, total) == brute_force_counts(
        params, Project.objects.published().filter(owner_id__in=owner_ids)
    )


def test_query_count_with_owner_is_fixed(client, kreis, django_assert_max_num_queries):
    params = {"owner": kreis["kreis"].slug, "q": "Dorf", "status": "in_progress"}
    # owner lookup, tsquery, facets, labels, page rows, snippets, demo notice
    with django_assert_max_num_queries(7):
        response = client.get(reverse("projects:search"), params)
    assert [p.title for p in response.context["result"].projects] == ["Dorf-App"]


def test_municipality_page_links_to_all_its_projects_in_the_search(client, kreis):
    response = client.get(kreis["kreis"].get_absolute_url())
    assert response.status_code == 200
    link = f'href="/projekte/?owner={kreis["kreis"].slug}"'
    assert link in response.content.decode()
    assert "Alle Projekte in der Suche" in response.content.decode()


def test_municipality_page_without_projects_has_no_search_link(client, world):
    empty = MunicipalityFactory(name="Ohneprojekt")
    response = client.get(empty.get_absolute_url())
    assert "Alle Projekte in der Suche" not in response.content.decode()
