"""The public municipality page: profile, contact, projects, partners, figures, aggregates."""

import pytest
from django.urls import reverse

from municipalities.models import Municipality
from projects.models import Project
from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db

Level, Kind = Municipality.Level, Municipality.Kind


@pytest.fixture
def land():
    return MunicipalityFactory(
        name="Beispielland", ags="98", slug="beispielland", level=Level.STATE, kind=Kind.STATE
    )


@pytest.fixture
def kreis(land):
    return MunicipalityFactory(
        name="Landkreis Muster",
        ags="98001",
        slug="landkreis-muster",
        level=Level.DISTRICT,
        kind=Kind.RURAL_DISTRICT,
        state=land,
        parent=land,
    )


@pytest.fixture
def gemeinde(kreis, land):
    return MunicipalityFactory(
        name="Musterdorf",
        ags="98001001",
        slug="musterdorf",
        state=land,
        parent=kreis,
        officer_name="Dana Digital",
        officer_role="CDO",
        officer_phone="0431 123",
        officer_email="dana@musterdorf.example",
        profile="Ein Dorf mit Glasfaser.",
    )


def test_page_is_found_by_slug(client, gemeinde):
    response = client.get(reverse("regions:detail", args=["musterdorf"]))
    assert response.status_code == 200
    assert response.context["municipality"] == gemeinde


def test_ags_redirects_permanently_to_the_slug_url(client, gemeinde):
    response = client.get(reverse("regions:detail", args=["98001001"]))
    assert response.status_code == 301
    assert response["Location"] == gemeinde.get_absolute_url()


@pytest.mark.parametrize("key", ["gibt-es-nicht", "00000000", "x" * 300, "%00"])
def test_unknown_keys_are_404(client, key):
    assert client.get(f"/kommunen/{key}/").status_code == 404


def test_page_shows_profile_contact_and_parent(client, gemeinde, kreis):
    content = client.get(gemeinde.get_absolute_url()).content.decode()
    for text in ["Ein Dorf mit Glasfaser.", "Dana Digital", "CDO", "0431 123", "98001001"]:
        assert text in content
    assert kreis.get_absolute_url() in content


def test_page_lists_published_projects_ideas_and_partner_projects(client, gemeinde):
    ProjectFactory(owner=gemeinde, title="Glasfaser-Portal")
    ProjectFactory(owner=gemeinde, title="Idee: Dorf-App", kind=Project.Kind.IDEA)
    ProjectFactory(owner=gemeinde, title="Noch geheim", publication_state="draft")
    partner = ProjectFactory(title="Gemeinsames Ratsinfo")
    partner.partners.add(gemeinde)

    response = client.get(gemeinde.get_absolute_url())

    content = response.content.decode()
    assert {p.title for p in response.context["page"]} == {"Glasfaser-Portal", "Idee: Dorf-App"}
    assert [p.title for p in response.context["partner_projects"]] == ["Gemeinsames Ratsinfo"]
    assert "Noch geheim" not in content
    figures = response.context["figures"]
    assert (figures["projects"], figures["ideas"], figures["partner_projects"]) == (1, 1, 1)


def test_kreis_page_aggregates_its_gemeinden(client, kreis, gemeinde, land):
    ProjectFactory(owner=kreis, title="Kreis-Projekt")
    ProjectFactory(owner=gemeinde, title="Gemeinde-Projekt")
    other_kreis = MunicipalityFactory(
        ags="98002", level=Level.DISTRICT, kind=Kind.RURAL_DISTRICT, state=land, parent=land
    )
    ProjectFactory(owner=MunicipalityFactory(parent=other_kreis, state=land), title="Fremd")

    response = client.get(kreis.get_absolute_url())

    titles = {p.title for p in response.context["page"]}
    assert titles == {"Kreis-Projekt", "Gemeinde-Projekt"}
    assert response.context["figures"]["owners"] == 2
    assert [(m.name, m.project_count) for m in response.context["subdivisions"]] == [
        ("Musterdorf", 1)
    ]


def test_land_page_aggregates_its_kreise(client, land, kreis, gemeinde):
    ProjectFactory(owner=kreis)
    ProjectFactory.create_batch(2, owner=gemeinde)
    ProjectFactory(owner=MunicipalityFactory(name="Anderswo"))

    response = client.get(land.get_absolute_url())

    assert response.context["figures"]["projects"] == 3
    assert [(m.name, m.project_count) for m in response.context["subdivisions"]] == [
        ("Landkreis Muster", 3)
    ]


def test_a_gemeinde_page_does_not_aggregate(client, gemeinde, kreis):
    ProjectFactory(owner=kreis)
    response = client.get(gemeinde.get_absolute_url())
    assert response.context["figures"]["projects"] == 0
    assert response.context["subdivisions"] == []


def test_a_kreisfreie_stadt_shows_the_projects_of_its_kreis_twin_on_both_pages(client, land):
    """The register lists a kreisfreie Stadt twice, as Kreis and as Gemeinde."""
    as_kreis = MunicipalityFactory(
        name="Musterstadt",
        ags="98003",
        slug="musterstadt-98003",
        level=Level.DISTRICT,
        kind=Kind.DISTRICT_FREE_CITY,
        state=land,
        parent=land,
    )
    as_gemeinde = MunicipalityFactory(
        name="Musterstadt",
        ags="98003000",
        slug="musterstadt",
        kind=Kind.DISTRICT_FREE_CITY,
        state=land,
        parent=as_kreis,
    )
    ProjectFactory(owner=as_kreis, title="Als Kreis")
    ProjectFactory(owner=as_gemeinde, title="Als Gemeinde")

    for page in (as_gemeinde, as_kreis):  # the Kreis entry leads to the Gemeinde page
        response = client.get(page.get_absolute_url(), follow=True)
        assert response.request["PATH_INFO"] == as_gemeinde.get_absolute_url()
        assert {p.title for p in response.context["page"]} == {"Als Kreis", "Als Gemeinde"}
        assert response.context["figures"]["projects"] == 2
    search = client.get(reverse("projects:search"), {"owner": as_gemeinde.slug})
    assert search.context["result"].total == 2


@pytest.mark.parametrize("rows", [1, 15])
def test_page_costs_a_fixed_number_of_queries(
    client, kreis, land, django_assert_max_num_queries, rows
):
    for n in range(rows):
        gemeinde = MunicipalityFactory(parent=kreis, state=land)
        ProjectFactory(owner=gemeinde, kind=Project.Kind.IDEA if n % 3 else Project.Kind.PROJECT)
        ProjectFactory(owner=kreis).partners.add(gemeinde)
    # municipality, figures (2), page of projects, partner projects, subdivisions (2), request
    # figures, demo notice, the admins a message reaches when no officer address is on file; a
    # Kreis also lists all its Gemeinden (1), its peers (1), its Gemeinden × topic fields (2)
    # and bundling candidates (1, 2 with candidates): tests/projects/test_peers.py
    with django_assert_max_num_queries(17):
        assert client.get(kreis.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(land.get_absolute_url()).status_code == 200


def test_long_project_lists_are_paginated_newest_first(client, gemeinde):
    ProjectFactory.create_batch(25, owner=gemeinde)
    first = client.get(gemeinde.get_absolute_url())
    assert len(first.context["page"]) == 20
    assert "seite=2" in first.content.decode()
    second = client.get(gemeinde.get_absolute_url(), {"seite": "2"})
    assert len(second.context["page"]) == 5
    assert not {p.pk for p in first.context["page"]} & {p.pk for p in second.context["page"]}


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1" * 50])
def test_bad_page_numbers_show_a_page_instead_of_an_error(client, gemeinde, page):
    ProjectFactory(owner=gemeinde)
    assert client.get(gemeinde.get_absolute_url(), {"seite": page}).status_code == 200


def test_kreis_page_links_every_gemeinde_with_or_without_projects(client, kreis, gemeinde, land):
    quiet = MunicipalityFactory(name="Stillhausen", state=land, parent=kreis)
    elsewhere = MunicipalityFactory(name="Anderswo", state=land)
    content = client.get(kreis.get_absolute_url()).content.decode()
    assert "2 Gemeinden anzeigen" in content
    assert f'href="{gemeinde.get_absolute_url()}"' in content
    assert f'href="{quiet.get_absolute_url()}"' in content
    assert elsewhere.get_absolute_url() not in content
    assert "Alle Gemeinden im Kreis" not in client.get(gemeinde.get_absolute_url()).content.decode()
