""" "Did you mean" on /projekte/ while filters are set: the correction is searched with them."""

import factory
import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import ProjectFactory
from tests.projects import search_fixtures

pytestmark = pytest.mark.django_db

# Fixtures shared by the search tests.
world = search_fixtures.world


@pytest.fixture
def mobile_office(world):
    """An in-progress Bürgeramt project in Bayern, next to the completed "Bürgerämter digital"."""
    project = ProjectFactory(
        title="Bürgeramt mobil",
        summary="Ein Bus bringt Termine aufs Land.",
        owner=world["municipalities"][0],
        status=Project.Status.IN_PROGRESS,
    )
    search_fixtures.publish_vectors(project)
    return project


def test_misspelled_word_after_narrowing_by_land_and_status_shows_corrected_results(
    client, world, mobile_office
):
    # The visitor narrows by Bundesland and status first, then searches with a typo.
    response = client.get(
        reverse("projects:search"),
        {"state": "09", "status": "in_progress", "q": "Buergerammt"},
    )
    assert response.status_code == 200
    result = response.context["result"]
    assert result.original_q == "Buergerammt"
    assert result.q == "Bürgeramt"
    # Still within Bayern and "in Umsetzung": the completed Bürgerämter project stays out.
    assert {p.title for p in result.projects} == {"Bürgeramt mobil", "Digitale Ratsarbeit"}
    assert result.params.getlist("state") == ["09"]
    assert result.params.getlist("status") == ["in_progress"]
    content = response.content.decode()
    assert "Keine Treffer für „Buergerammt“. Ergebnisse für „Bürgeramt“" in content
    assert 'name="state" value="09" checked' in content
    assert 'name="status" value="in_progress" checked' in content


def test_correction_without_matches_in_the_filters_is_offered_with_and_without_them(client, world):
    # "Ratsarbeit" exists only in Bayern; the visitor filters Hessen.
    response = client.get(reverse("projects:search"), {"state": "06", "q": "Ratsarbiet"})
    result = response.context["result"]
    assert result.total == 0
    assert result.suggestion == "Ratsarbeit"
    assert result.suggestion_query == "?q=Ratsarbeit&state=06"
    assert result.suggestion_without_filters_query == "?q=Ratsarbeit"
    content = response.content.decode()
    assert 'href="/projekte/?q=Ratsarbeit&amp;state=06"' in content
    assert 'href="/projekte/?q=Ratsarbeit">„Ratsarbeit“ ohne Filter suchen' in content
    # The link without filters finds it.
    titles = [p.title for p in client.get("/projekte/?q=Ratsarbeit").context["result"].projects]
    assert titles == ["Digitale Ratsarbeit"]


def test_a_correction_that_finds_nothing_either_is_not_offered(client, world):
    # Both words exist, in different projects: the corrected query was searched and is empty.
    response = client.get(reverse("projects:search"), {"q": "Ratsarbiet Wohngeldantrag"})
    result = response.context["result"]
    assert result.total == 0
    assert result.suggestion is None
    assert "Meinten Sie" not in response.content.decode()


def test_correction_prefers_words_of_projects_within_the_filters(client, world):
    musterstadt, kleinhausen = world["municipalities"][:2]  # Bayern, Hessen
    search_fixtures.publish_vectors(
        *ProjectFactory.create_batch(
            10, owner=musterstadt, title=factory.Sequence(lambda n: f"Bürgerbus Linie {n}")
        ),
        *ProjectFactory.create_batch(
            10, owner=kleinhausen, title=factory.Sequence(lambda n: f"Bürgerbüro Team {n}")
        ),
    )
    # "Bürgerbus" is nearer, and its titles alone would fill the candidate list; within
    # Hessen the visitor is better served with "Bürgerbüro".
    response = client.get(reverse("projects:search"), {"state": "06", "q": "Burgerbuss"})
    result = response.context["result"]
    assert result.original_q == "Burgerbuss"
    assert result.q == "Bürgerbüro"
    # The ten "Bürgerbüro Team" and, by the synonym "Bürgeramt", "Wohngeldantrag online".
    assert result.total == 11
    # Without filters the nearer word wins.
    result = client.get(reverse("projects:search"), {"q": "Burgerbuss"}).context["result"]
    assert result.q == "Bürgerbus"


def test_a_correct_word_outside_the_filters_gets_no_correction(client, world):
    # "Ratsarbeit" is spelled right; only the filter on Hessen leaves nothing.
    response = client.get(reverse("projects:search"), {"state": "06", "q": "Ratsarbeit"})
    result = response.context["result"]
    assert result.total == 0
    assert result.q == "Ratsarbeit"
    assert result.suggestion is None
    assert result.original_q is None
    assert "Meinten Sie" not in response.content.decode()


def test_notices_about_ignored_values_appear_once_with_a_correction(client, world):
    response = client.get(reverse("projects:search"), {"status": "bogus", "q": "Ratsarbiet"})
    result = response.context["result"]
    assert result.q == "Ratsarbeit"
    assert len([n for n in result.notices if "bogus" in n]) == 1


def test_misspelled_query_with_filters_has_a_fixed_query_count(
    client, world, mobile_office, django_assert_max_num_queries
):
    params = {"state": "09", "status": "in_progress", "q": "Buergerammt"}
    # state lookup, tsquery, facets, suggestion, tsquery and facets of the correction, labels,
    # page rows, snippets, demo notice
    with django_assert_max_num_queries(10):
        response = client.get(reverse("projects:search"), params)
    assert response.context["result"].q == "Bürgeramt"
