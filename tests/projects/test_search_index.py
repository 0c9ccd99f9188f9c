"""The stored search vector finds a project through each weighted source, title first."""

import itertools

import pytest
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F

from municipalities.models import Municipality
from projects.models import Project
from projects.search_index import (
    update_search_vectors,
    update_search_vectors_for_owner,
    update_stale_owner_facets,
)
from tests.factories import MunicipalityFactory, ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def buergeramt():
    return SearchQuery("Bürgeramt", config="german_unaccent", search_type="websearch")


def found_ids():
    return set(Project.objects.filter(search_vector=buergeramt()).values_list("id", flat=True))


_numbers = itertools.count()


def neutral_project(**kwargs):
    return ProjectFactory(
        slug=f"projekt-{next(_numbers)}",
        title=kwargs.pop("title", "Digitale Akte"),
        summary="Die Verwaltung arbeitet papierlos.",
        owner=kwargs.pop("owner", None) or MunicipalityFactory(name="Musterdorf"),
        **kwargs,
    )


def test_it_finds_a_project_by_its_title():
    project = neutral_project(title="Online-Termine im Bürgeramt")
    other = neutral_project()

    assert update_search_vectors() == 2

    assert found_ids() == {project.id}
    assert other.id not in found_ids()


def test_it_finds_a_project_by_a_tag():
    project = neutral_project()
    project.tags.add("Bürgeramt")

    update_search_vectors([project.id])

    assert found_ids() == {project.id}


def test_it_finds_a_project_by_the_name_of_an_ozg_service():
    project = neutral_project(services=[ServiceFactory(name="Terminvergabe Bürgerämter")])

    update_search_vectors([project.id])

    assert found_ids() == {project.id}


def test_it_finds_a_project_by_its_owner_name():
    project = neutral_project(owner=MunicipalityFactory(name="Bürgeramt Nord"))

    update_search_vectors([project.id])

    assert found_ids() == {project.id}


def test_it_finds_umlaut_free_spellings():
    project = neutral_project(title="Bürgerämter digital")
    update_search_vectors([project.id])

    query = SearchQuery("Burgeramt", config="german_unaccent", search_type="websearch")

    assert list(Project.objects.filter(search_vector=query).values_list("id", flat=True)) == [
        project.id
    ]


def test_a_title_match_ranks_above_a_description_match():
    in_description = neutral_project(
        title="Digitale Verwaltung", description="Wir haben das Bürgeramt digitalisiert."
    )
    in_title = neutral_project(title="Digitales Bürgeramt", description="Ein Projekt.")
    update_search_vectors()

    ranked = (
        Project.objects.filter(search_vector=buergeramt())
        .annotate(rank=SearchRank(F("search_vector"), buergeramt()))
        .order_by("-rank")
        .values_list("id", flat=True)
    )

    assert list(ranked) == [in_title.id, in_description.id]


def test_it_updates_only_the_given_projects():
    updated = neutral_project(title="Bürgeramt online")
    untouched = neutral_project(title="Bürgeramt mobil")

    assert update_search_vectors([updated.id]) == 1
    assert update_search_vectors([]) == 0

    untouched.refresh_from_db()
    assert untouched.search_vector == ""
    assert found_ids() == {updated.id}


def test_a_renamed_owner_is_found_after_updating_its_projects():
    owner = MunicipalityFactory(name="Altstadt")
    project = neutral_project(owner=owner)
    other = neutral_project()
    update_search_vectors()
    owner.name = "Bürgeramtstadt Bürgeramt"
    owner.save()

    assert update_search_vectors_for_owner([owner.id]) == 1

    assert found_ids() == {project.id}
    assert other.id not in found_ids()


@pytest.mark.parametrize(
    "population",
    [None, 0, 4_999, 5_000, 19_999, 20_000, 99_999, 100_000, 499_999, 500_000, 3_600_000],
)
def test_the_stale_facet_check_and_the_trigger_agree_on_population_classes(population):
    """STALE_OWNER_FACETS and the facet trigger share kommunect_population_class (migration
    0021): at every bound, a project the trigger just filled is not stale, and crossing into
    another class makes it stale."""
    owner = MunicipalityFactory(population=population)
    ProjectFactory(owner=owner)
    assert update_stale_owner_facets() == 0

    Municipality.objects.filter(pk=owner.pk).update(
        population=None if population is not None else 4_999
    )
    assert update_stale_owner_facets() == 1
    assert update_stale_owner_facets() == 0
