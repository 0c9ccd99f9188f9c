"""The home page: search box, topic fields with counts, newest and featured projects, figures."""

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_home_shows_newest_and_featured_published_projects(client):
    service = ServiceFactory(life_situation__topic_field__name="Gesundheit")
    ProjectFactory(title="Hervorgehobenes Projekt", featured=True, services=[service])
    ProjectFactory(title="Neues Projekt", services=[service])
    ProjectFactory(title="Unfertiger Entwurf", publication_state=Project.PublicationState.DRAFT)

    response = client.get(reverse("home"))

    content = response.content.decode()
    assert [p.title for p in response.context["featured_projects"]] == ["Hervorgehobenes Projekt"]
    assert {p.title for p in response.context["newest_projects"]} == {
        "Hervorgehobenes Projekt",
        "Neues Projekt",
    }
    assert "Unfertiger Entwurf" not in content
    assert "Gesundheit" in content
    assert "2 Projekte" in content


def test_home_figures_count_published_projects_ideas_and_covered_services(client):
    covered, _open = ServiceFactory.create_batch(2)
    ProjectFactory.create_batch(2, services=[covered])
    ProjectFactory(kind=Project.Kind.IDEA, status=Project.Status.IDEA, services=[covered])
    ProjectFactory(services=[_open], publication_state=Project.PublicationState.SUBMITTED)

    figures = client.get(reverse("home")).context["figures"]

    assert (figures["projects"], figures["ideas"]) == (2, 1)
    assert figures["municipalities"] == 3
    assert (figures["services_covered"], figures["services_total"]) == (1, 2)


def test_home_has_a_labelled_search_box_leading_to_the_search_page(client):
    content = client.get(reverse("home")).content.decode()
    assert f'action="{reverse("projects:search")}"' in content
    assert 'name="q"' in content
    assert '<label class="kern-label" for="home-q">' in content


@pytest.mark.parametrize("rows", [1, 20])
def test_home_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        ProjectFactory(featured=True, services=ServiceFactory.create_batch(2))
    # figures (2), topic tiles, newest, featured, demo notice
    with django_assert_max_num_queries(6):
        assert client.get(reverse("home")).status_code == 200


def test_home_explains_kommunect_to_a_newcomer(client):
    content = client.get(reverse("home")).content.decode()
    for heading in (
        "So funktioniert Kommunect",
        "1. Finden",
        "2. Nachfragen",
        "3. Teilen",
        "Wer hier Projekte einträgt",
        "Was Nachnutzung heißt",
        "Wer Kommunect betreibt",
    ):
        assert heading in content
    assert f'href="{reverse("account_signup")}"' in content


def test_home_names_the_operator_or_says_something_neutral(client, settings):
    settings.KOMMUNECT_OPERATOR = {**settings.KOMMUNECT_OPERATOR, "name": ""}
    content = client.get(reverse("home")).content.decode()
    assert "betrieben von" not in content
    assert "OPERATOR" not in content
    # The Impressum says the same then: no link that leads to nothing more.
    assert "Die Angaben zum Betreiber werden derzeit ergänzt." in content
    assert "Angaben zum Betreiber stehen im" not in content
    settings.KOMMUNECT_OPERATOR = {
        **settings.KOMMUNECT_OPERATOR,
        "name": "Zweckverband Digitale Kommunen",
    }
    content = client.get(reverse("home")).content.decode()
    assert "Kommunect wird betrieben von Zweckverband Digitale Kommunen." in content
    assert (
        f'Angaben zum Betreiber stehen im <a class="kern-link" href="{reverse("legal:imprint")}"'
        in content
    )


def test_home_figures_link_to_what_they_count(client):
    ProjectFactory()
    ProjectFactory(kind=Project.Kind.IDEA, status=Project.Status.IDEA)
    response = client.get(reverse("home"))
    content = response.content.decode()
    search = reverse("projects:search")
    for url in (
        f"{search}?kind=project",
        f"{search}?kind=idea",
        reverse("regions:participating"),
        reverse("ozg:catalogue"),
    ):
        assert f'class="figure-link" href="{url}"' in content
    projects = client.get(f"{search}?kind=project")
    assert projects.status_code == 200
    assert projects.context["result"].total == response.context["figures"]["projects"] == 1


def test_the_home_page_has_one_search_box_the_header_one_elsewhere(client):
    home = client.get(reverse("home")).content.decode()
    assert home.count('type="search"') == 1
    assert 'id="site-search-q"' not in home
    catalogue = client.get(reverse("ozg:catalogue")).content.decode()
    assert catalogue.count('type="search"') == 1
    assert 'id="site-search-q"' in catalogue.split("</header>")[0]


def test_participating_municipalities_are_those_the_home_page_counts(
    client, django_assert_num_queries
):
    busy = ProjectFactory().owner
    ProjectFactory(owner=busy, kind=Project.Kind.IDEA, status=Project.Status.IDEA)
    other = ProjectFactory().owner
    ProjectFactory(publication_state=Project.PublicationState.DRAFT)  # not counted
    counted = client.get(reverse("home")).context["figures"]["municipalities"]

    with django_assert_num_queries(2):  # the list, the demo notice
        response = client.get(reverse("regions:participating"))

    listed = response.context["municipalities"]
    assert [(m.pk, m.published_count) for m in listed] == [(busy.pk, 2), (other.pk, 1)]
    assert len(listed) == counted
    assert busy.get_absolute_url() in response.content.decode()
