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
