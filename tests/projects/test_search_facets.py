"""Facets of /projekte/: disjunctive counts (checked against brute force), chips, queries."""

import itertools

import factory
import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import ProjectFactory
from tests.projects import search_fixtures

pytestmark = pytest.mark.django_db

# Fixtures shared by the search tests.
world = search_fixtures.world
publish_vectors = search_fixtures.publish_vectors


def facet_values(project: Project) -> dict[str, set[str]]:
    """A project's facet values as URL values, computed in Python from its relations."""
    owner = project.owner
    population = owner.population
    size = next(
        i
        for i, limit in enumerate([5_000, 20_000, 100_000, 500_000, 10**12], 1)
        if population < limit
    )
    return {
        "kind": {project.kind},
        "status": {project.status},
        "topic": {t.slug for t in project.topic_fields.all()},
        "situation": {s.life_situation.slug for s in project.services.all()},
        "service": {s.ozg_id for s in project.services.all()},
        "state": {owner.state.ags} if owner.state else set(),
        "owner_kind": {owner.kind},
        "size": {str(size)},
        "tag": {t.slug for t in project.tags.all()},
        "reuse": {"1"} if project.reuse_offered else set(),
        "reused": {"1"} if project.reuse_count else set(),
        "oss": {"1"} if project.is_open_source else set(),
        "year": {str(project.start_date.year)} if project.start_date else set(),
    }


def brute_force_counts(params: dict[str, list[str]], published=None) -> tuple[dict, int]:
    """Facet counts over ``published`` (default: all published projects), computed in Python."""
    if published is None:
        published = Project.objects.published()
    projects = [facet_values(p) for p in published]

    def matches(values, excluded=None):
        return all(
            values[name] & set(chosen) for name, chosen in params.items() if name != excluded
        )

    counts = {}
    for name in facet_values(Project.objects.published().first()):
        counter: dict[str, int] = {}
        for values in projects:
            if matches(values, excluded=name):
                for value in values[name]:
                    counter[value] = counter.get(value, 0) + 1
        if counter:
            counts[name] = counter
    return counts, sum(1 for values in projects if matches(values))


def page_counts(client, params) -> tuple[dict, int]:
    response = client.get(reverse("projects:search"), params)
    assert response.status_code == 200
    result = response.context["result"]
    counts = {
        facet.name: {o.value: o.count for o in facet.options + facet.more if o.count}
        for facet in result.facets
        if any(o.count for o in facet.options + facet.more)
    }
    return counts, result.total


SELECTIONS = [
    {},
    {"status": ["completed"]},
    {"status": ["completed", "planned"]},
    {"status": ["completed"], "state": ["09"]},
    {"kind": ["project"], "tag": ["chatbot"], "oss": ["1"]},
    {"topic": ["familie-kind"], "size": ["3", "5"], "year": ["2023", "2022"]},
    {"service": ["10002"], "situation": ["umzug"], "owner_kind": ["stadt", "gemeinde"]},
    {"reuse": ["1"], "state": ["09", "06"]},
]


@pytest.mark.parametrize("params", SELECTIONS)
def test_facet_counts_equal_a_brute_force_count(client, world, params):
    counts, total = page_counts(client, params)
    expected_counts, expected_total = brute_force_counts(params)
    assert total == expected_total
    assert counts == expected_counts


def test_every_pair_of_facet_values_counts_like_brute_force(client, world):
    """All combinations of two values from different facets on the small fixture."""
    pairs = [
        ("status", "completed"),
        ("kind", "idea"),
        ("state", "09"),
        ("tag", "chatbot"),
        ("topic", "bauen-wohnen"),
        ("oss", "1"),
    ]
    for (a, va), (b, vb) in itertools.combinations(pairs, 2):
        params = {a: [va], b: [vb]} if a != b else {a: [va, vb]}
        assert page_counts(client, params) == brute_force_counts(params), params


def test_values_of_one_facet_are_ored_and_facets_anded(client, world):
    _, either = page_counts(client, {"status": ["completed", "planned"]})
    _, both = page_counts(client, {"status": ["completed"], "kind": ["idea"]})
    assert either == 3
    assert both == 0


def test_a_text_query_narrows_the_facet_counts(client, world):
    counts, total = page_counts(client, {"q": "Bürgeramt"})
    assert total == 3
    assert counts["kind"] == {"project": 2, "idea": 1}


def test_chips_remove_one_value_and_reset_clears_everything(client, world):
    response = client.get(
        reverse("projects:search"), {"q": "digital", "status": ["completed", "planned"]}
    )
    result = response.context["result"]
    removals = {chip.label: chip.remove_query for chip in result.chips}
    assert removals["Status: Abgeschlossen"] == "?q=digital&status=planned"
    assert removals["Suche: „digital“"] == "?status=completed&status=planned"
    content = response.content.decode()
    assert "Alle Filter zurücksetzen" in content
    assert 'href="/projekte/?q=digital&amp;status=planned"' in content


def test_selected_filters_are_checked_and_the_state_is_a_shareable_url(client, world):
    response = client.get(reverse("projects:search"), {"status": "completed", "state": "09"})
    content = response.content.decode()
    assert 'name="status" value="completed" checked' in content
    assert 'name="state" value="09" checked' in content


def test_htmx_request_gets_the_fragment_only(client, world):
    response = client.get(reverse("projects:search"), {"q": "digital"}, HTTP_HX_REQUEST="true")
    content = response.content.decode()
    assert content.lstrip().startswith('<div id="search-area"')
    assert "<html" not in content
    assert "Bürgerämter" in content


def test_pagination_keeps_filters_and_does_not_count_twice(client, world):
    owner = world["municipalities"][0]
    publish_vectors(*ProjectFactory.create_batch(45, owner=owner, status="completed"))
    response = client.get(reverse("projects:search"), {"status": "completed", "page": "2"})
    result = response.context["result"]
    assert result.total == 47
    assert result.last_page == 3
    assert len(result.projects) == 20
    assert "?status=completed&amp;page=3" in response.content.decode()


@pytest.mark.parametrize("rows", [1, 60])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "digital"},
        {"q": "digital", "status": "completed", "state": "09", "kind": "project"},
    ],
)
def test_query_count_is_fixed(client, world, django_assert_max_num_queries, rows, params):
    owner = world["municipalities"][0]
    publish_vectors(
        *ProjectFactory.create_batch(
            rows, owner=owner, title=factory.Sequence(lambda n: f"Digital unterwegs {n}")
        )
    )
    # tsquery (1), facets (1), labels (1), page rows (1), snippets (1), state lookup (1),
    # demo notice (1)
    with django_assert_max_num_queries(7):
        response = client.get(reverse("projects:search"), params)
    assert response.status_code == 200


def test_a_facet_with_many_values_shows_the_most_counted_ones_ties_by_name(client, world):
    owner = world["municipalities"][0]
    popular = ProjectFactory(owner=owner)
    popular.tags.add("Zeta")
    rest = ProjectFactory.create_batch(35, owner=owner)
    for number, project in enumerate(rest):
        project.tags.add(f"Thema {number:02d}")
    rest[0].tags.add("Zeta")
    rest[1].tags.add("Zeta")
    publish_vectors(popular, *rest)

    facet = next(f for f in client.get("/projekte/").context["result"].facets if f.name == "tag")
    labels = [o.label for o in facet.options + facet.more]
    # 30 values at most: the most counted first (Zeta 3, Chatbot 2), then equal counts by name.
    assert labels == ["Zeta", "Chatbot", "Antrag", "Terminvergabe"] + [
        f"Thema {n:02d}" for n in range(26)
    ]
