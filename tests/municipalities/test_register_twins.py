"""Register twins: a city listed as Kreis and Gemeinde, a Gemeinde listed as its own
Gemeindeverband. Pages lead to the Gemeinde and never say it belongs to itself."""

import pytest
from django.urls import reverse

from municipalities.models import Municipality
from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db

Level, Kind = Municipality.Level, Municipality.Kind


@pytest.fixture
def land():
    return MunicipalityFactory(
        name="Baden-Württemberg", ags="08", slug="bw", level=Level.STATE, kind=Kind.STATE
    )


@pytest.fixture
def ulm_kreis(land):
    return MunicipalityFactory(
        name="Ulm",
        ags="08421",
        slug="ulm-08421",
        level=Level.DISTRICT,
        kind=Kind.URBAN_DISTRICT,
        kind_label="Stadtkreis",
        state=land,
        parent=land,
    )


@pytest.fixture
def ulm_verband(ulm_kreis, land):
    return MunicipalityFactory(
        name="Ulm",
        ags="084210000",
        slug="ulm-084210000",
        level=Level.ASSOCIATION,
        kind=Kind.ASSOCIATION,
        kind_label="Verbandsfreie Gemeinde",
        state=land,
        parent=ulm_kreis,
    )


@pytest.fixture
def ulm(ulm_kreis, ulm_verband, land):
    return MunicipalityFactory(
        name="Ulm",
        ags="08421000",
        slug="ulm",
        level=Level.MUNICIPALITY,
        kind=Kind.DISTRICT_FREE_CITY,
        kind_label="Stadtkreis",
        state=land,
        parent=ulm_kreis,
        association=ulm_verband,
    )


def test_a_standalone_gemeindeverband_leads_to_its_gemeinde(client, ulm, ulm_verband):
    response = client.get(ulm_verband.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == ulm.get_absolute_url()


def test_a_real_gemeindeverband_keeps_its_page(client, land):
    amt = MunicipalityFactory(
        name="Amt Mitteldithmarschen",
        level=Level.ASSOCIATION,
        kind=Kind.ASSOCIATION,
        kind_label="Amt",
        state=land,
    )
    member = MunicipalityFactory(name="Albersdorf", association=amt, state=land)
    response = client.get(amt.get_absolute_url())
    assert response.status_code == 200
    page = client.get(member.get_absolute_url()).content.decode()
    assert "<dt>Gemeindeverband</dt>" in page
    assert amt.get_absolute_url() in page


def test_the_city_page_names_neither_itself_nor_its_twins(client, ulm, ulm_kreis, ulm_verband):
    html = client.get(ulm.get_absolute_url()).content.decode()
    assert "Gehört zu" not in html
    assert "<dt>Gemeindeverband</dt>" not in html
    assert ulm_kreis.get_absolute_url() not in html
    assert ulm_verband.get_absolute_url() not in html
    assert "<dt>Bundesland</dt>" in html


def test_a_kreisangehoerige_gemeinde_still_belongs_to_its_kreis(client, land):
    kreis = MunicipalityFactory(
        name="Alb-Donau-Kreis", level=Level.DISTRICT, kind=Kind.RURAL_DISTRICT, state=land
    )
    gemeinde = MunicipalityFactory(name="Blaubeuren", parent=kreis, state=land)
    html = client.get(gemeinde.get_absolute_url()).content.decode()
    assert "Gehört zu" in html
    assert kreis.get_absolute_url() in html


def test_a_stadtkreis_city_shows_the_projects_of_its_kreis_twin(client, ulm, ulm_kreis):
    ProjectFactory(owner=ulm_kreis, title="Als Stadtkreis")
    ProjectFactory(owner=ulm, title="Als Gemeinde")
    response = client.get(ulm.get_absolute_url())
    assert {p.title for p in response.context["page"]} == {"Als Stadtkreis", "Als Gemeinde"}


def test_one_kind_label_on_page_card_and_picker(client, ulm, outsider):
    """The register's own word ("Stadtkreis"), not the kind's ("Kreisfreie Stadt")."""
    project = ProjectFactory(owner=ulm)
    for url in (ulm.get_absolute_url(), project.get_absolute_url(), reverse("home")):
        html = client.get(url).content.decode()
        assert "Stadtkreis" in html
        assert "Kreisfreie Stadt" not in html
    client.force_login(outsider)
    found = client.get(reverse("municipalities:autocomplete"), {"q": "Ulm"}).json()["results"]
    assert {r["kind"] for r in found if r["slug"] == "ulm"} == {"Stadtkreis"}
    assert str(ulm) == "Ulm (Stadtkreis)"


def test_kind_label_falls_back_to_the_kind():
    assert Municipality(kind=Kind.TOWN).kind_name == "Stadt"


def test_the_gemeinde_shows_the_projects_of_its_verbandsfreie_entry(
    client, ulm, ulm_verband, municipality_a
):
    """The verbandsfreie entry redirects to the Gemeinde, so its projects are shown there."""
    ProjectFactory(owner=ulm_verband, title="Als Verband", publication_state="published")
    ProjectFactory(owner=ulm, title="Als Gemeinde", publication_state="published")
    ProjectFactory(owner=municipality_a, title="Anderswo", publication_state="published")

    response = client.get(ulm.get_absolute_url())

    assert {p.title for p in response.context["page"]} == {"Als Verband", "Als Gemeinde"}
    assert response.context["figures"]["projects"] == 2


def test_the_kreis_entry_of_a_city_leads_to_the_city(client, ulm, ulm_kreis):
    response = client.get(ulm_kreis.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == ulm.get_absolute_url()


def test_a_real_kreis_keeps_its_page(client, land):
    kreis = MunicipalityFactory(
        name="Alb-Donau-Kreis", level=Level.DISTRICT, kind=Kind.DISTRICT, state=land
    )
    assert client.get(kreis.get_absolute_url()).status_code == 200


def test_the_city_page_shows_partner_projects_of_its_kreis_entry(client, ulm, ulm_kreis):
    project = ProjectFactory(title="Mit dem Stadtkreis")
    project.partners.add(ulm_kreis)
    response = client.get(ulm.get_absolute_url())
    assert [p.title for p in response.context["partner_projects"]] == ["Mit dem Stadtkreis"]
    assert response.context["figures"]["partner_projects"] == 1


def _twins_with_other_populations(ulm_kreis, ulm_verband):
    """Register rows of one body need not agree on the population (the Verband has none)."""
    Municipality.objects.filter(pk=ulm_verband.pk).update(population=None)
    Municipality.objects.filter(pk=ulm_kreis.pk).update(population=126000)


def test_search_lists_the_city_once(client, ulm, ulm_kreis, ulm_verband):
    _twins_with_other_populations(ulm_kreis, ulm_verband)
    for query in ("Ulm", "08421"):
        response = client.get(reverse("municipalities:index"), {"q": query})
        assert [m.pk for m in response.context["matches"]] == [ulm.pk], query


def test_the_join_picker_lists_the_city_once(client, ulm, ulm_kreis, ulm_verband, outsider):
    _twins_with_other_populations(ulm_kreis, ulm_verband)
    client.force_login(outsider)
    found = client.get(reverse("municipalities:autocomplete"), {"q": "Ulm"}).json()["results"]
    assert [r["slug"] for r in found] == ["ulm"]
    response = client.get(reverse("municipalities:join"), {"q": "Ulm"})
    assert [m.pk for m in response.context["matches"]] == [ulm.pk]
