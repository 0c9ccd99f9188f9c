"""/kommunen/: the Länder with their Kreise, and a search by name or AGS without JavaScript."""

import datetime

import pytest
from django.urls import reverse

from municipalities.models import Municipality
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

INDEX = "/kommunen/"
Level, Kind = Municipality.Level, Municipality.Kind


@pytest.fixture
def land():
    """A Land with a Landkreis, a kreisfreie Stadt and a Gemeinde in the Landkreis."""
    state = MunicipalityFactory(name="Nordland", ags="98", level=Level.STATE, kind=Kind.STATE)
    kreis = MunicipalityFactory(
        name="Landkreis Heide",
        ags="98001",
        level=Level.DISTRICT,
        kind=Kind.RURAL_DISTRICT,
        state=state,
        parent=state,
    )
    MunicipalityFactory(
        name="Hafenstadt",
        ags="98002",
        level=Level.DISTRICT,
        kind=Kind.DISTRICT_FREE_CITY,
        state=state,
        parent=state,
    )
    MunicipalityFactory(
        name="Moorbach", ags="98001001", kind=Kind.MUNICIPALITY, state=state, parent=kreis
    )
    return state


def test_index_answers_and_is_in_the_header(client, land):
    response = client.get(INDEX)
    assert response.status_code == 200
    assert reverse("municipalities:index") == INDEX
    content = response.content.decode()
    header = content.split("</header>")[0]
    assert f'href="{INDEX}"' in header


def test_index_lists_each_land_with_its_kreise_linked(client, land):
    content = client.get(INDEX).content.decode()
    for name in ("Nordland", "Landkreis-Heide", "Hafenstadt"):
        municipality = Municipality.objects.get(name=name.replace("-", " "))
        assert f'href="{municipality.get_absolute_url()}"' in content
    assert "2 Kreise und kreisfreie Städte in Nordland" in content
    assert "Moorbach" not in content  # Gemeinden: on the Kreis page and through the search


@pytest.mark.parametrize(("query", "found"), [("moorb", "Moorbach"), ("98001001", "Moorbach")])
def test_search_by_name_or_ags_links_to_the_page(client, land, query, found):
    response = client.get(INDEX, {"q": query})
    content = response.content.decode()
    assert response.status_code == 200
    moorbach = Municipality.objects.get(name=found)
    link = f'<a class="kern-link" href="{moorbach.get_absolute_url()}" lang="de">Moorbach</a>'
    assert link in content
    assert "AGS 98001001" in content
    assert client.get(moorbach.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("", "Bitte geben Sie mindestens zwei Zeichen ein"),
        ("m", "Bitte geben Sie mindestens zwei Zeichen ein"),
        ("\x00\x01", "Nullzeichen sind nicht erlaubt."),
        ("Atlantis", "Keine Kommune gefunden für „Atlantis“"),
        ("x" * 500, "höchstens 100 Zeichen"),
        ("<script>", "Keine Kommune gefunden für „&lt;script&gt;“"),
    ],
)
def test_bad_or_empty_queries_get_a_notice_not_an_error(client, land, query, notice):
    response = client.get(INDEX, {"q": query})
    assert response.status_code == 200
    assert notice in response.content.decode()


def test_index_costs_a_fixed_number_of_queries(client, land, django_assert_num_queries):
    for number in range(5):
        MunicipalityFactory(
            name=f"Kreis {number}",
            ags=f"9801{number}",
            level=Level.DISTRICT,
            kind=Kind.DISTRICT,
            state=land,
        )
    # Länder, Kreise, the search, and the demo notice
    with django_assert_num_queries(4):
        assert client.get(INDEX, {"q": "moor"}).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(INDEX).status_code == 200


def test_kinds_are_named_as_on_every_other_page(client, land, django_assert_num_queries):
    """The register's own kind ("Stadtkreis", "Amt") in the Kreis list and the search."""
    MunicipalityFactory(
        name="Ulm",
        ags="98003",
        level=Level.DISTRICT,
        kind=Kind.URBAN_DISTRICT,
        kind_label="Stadtkreis",
        state=land,
        parent=land,
    )
    amt = MunicipalityFactory(
        name="Amt Moorland", ags="980010001", level=Level.ASSOCIATION, kind_label="Amt", state=land
    )
    with django_assert_num_queries(3):  # no query per Kreis for its kind
        content = client.get(INDEX).content.decode()
    assert 'Ulm</a> <span class="kern-body--small">(Stadtkreis)</span>' in content
    found = client.get(INDEX, {"q": "Amt Moorland"}).content.decode()
    assert f"(Amt, AGS {amt.ags}, Nordland)" in found


def test_dissolved_gemeinden_are_found_but_marked(client, land):
    kreis = Municipality.objects.get(name="Landkreis Heide")
    MunicipalityFactory(
        name="Altmoor",
        ags="98001002",
        kind=Kind.MUNICIPALITY,
        state=land,
        parent=kreis,
        dissolved_on=datetime.date(2020, 1, 1),
    )
    found = client.get(INDEX, {"q": "Altmoor"}).content.decode()
    assert "(Gemeinde, AGS 98001002, Nordland, aufgelöst)" in found
    kreis_page = client.get(kreis.get_absolute_url())
    assert [m.name for m in kreis_page.context["all_municipalities"]] == ["Moorbach"]


def test_search_finds_a_municipality_by_its_former_key(client, land):
    hanau = MunicipalityFactory(
        name="Hanau", ags="06413000", slug="hanau", former_ags=["06435014"], state=land
    )
    response = client.get(reverse("municipalities:index"), {"q": "06435014"})
    assert [m.pk for m in response.context["matches"]] == [hanau.pk]
    assert hanau.get_absolute_url() in response.content.decode()
