"""Garbage GET parameters on /projekte/ are ignored or clamped with a notice, never a 500."""

import pytest
from django.urls import reverse

from tests.factories import ProjectFactory
from tests.projects import search_fixtures

pytestmark = pytest.mark.django_db

# Fixtures shared by the search tests.
publish_vectors = search_fixtures.publish_vectors


@pytest.fixture
def three_pages(db):
    publish_vectors(*ProjectFactory.create_batch(45))


def get(client, query_string):
    response = client.get(reverse("projects:search") + "?" + query_string)
    assert response.status_code == 200
    return response, response.context["result"]


def test_page_that_is_not_a_number_shows_page_one_with_a_notice(client, three_pages):
    response, result = get(client, "page=abc")
    assert result.page == 1
    assert "Ungültige Seitenzahl" in response.content.decode()


def test_page_beyond_the_end_is_clamped_to_the_last_page(client, three_pages):
    response, result = get(client, "page=999999")
    assert result.page == 3
    assert len(result.projects) == 5
    assert "die letzte Seite 3 wird angezeigt" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-5", "1e9", "99999999999999999999999", "", "%00"])
def test_other_page_values_never_fail(client, three_pages, page):
    _, result = get(client, f"page={page}")
    assert 1 <= result.page <= 3


def test_unknown_filter_values_are_ignored_with_a_notice(client, three_pages):
    response, result = get(
        client, "status=in_progress&status=nonsense&topic=gibt-es-nicht&state=99&size=7&year=12"
    )
    assert result.total == 45
    assert [c.label for c in result.chips] == ["Status: In Umsetzung"]
    content = response.content.decode()
    assert "Unbekannter Filterwert für „Status“ ignoriert: nonsense" in content
    assert "Unbekannter Filterwert für „Themenfeld“ ignoriert" in content


def test_unknown_sort_falls_back_to_relevance(client, three_pages):
    response, result = get(client, "sort=drop+table")
    assert result.sort == "relevance"
    assert "Unbekannte Sortierung" in response.content.decode()


def test_a_ten_thousand_character_query_is_cut_with_a_notice(client, three_pages):
    response, result = get(client, "q=" + "Bürgeramt+" * 1000)
    assert len(result.q) <= 200
    assert "zu lang" in response.content.decode()


def test_nul_bytes_and_control_characters_are_removed(client, three_pages):
    _, result = get(client, "q=B%C3%BCrger%00amt%01%0B&status=in_%00progress")
    assert "\x00" not in result.q
    assert result.q == "Bürger amt"


def test_repeated_keys_are_deduplicated(client, three_pages):
    _, result = get(client, "status=in_progress&status=in_progress&q=a&q=b&page=1&page=2")
    assert [c.label for c in result.chips if c.label.startswith("Status")] == [
        "Status: In Umsetzung"
    ]
    assert result.page == 1


def test_hundreds_of_values_are_capped(client, three_pages):
    query = "&".join(f"tag=t{i}" for i in range(500))
    _, result = get(client, query)
    assert result.total == 45


@pytest.mark.parametrize(
    "q",
    [
        "&",
        "!",
        ":*",
        "'",
        '"',
        '"""',
        "-",
        "- -",
        "or",
        "or or",
        "a:b",
        "(",
        ")",
        "\\",
        "<script>",
        "%",
        "die der das",
        "a & b | c",
        "***",
        '-"x"',
        "ü" * 300,
    ],
)
def test_odd_queries_never_fail(client, three_pages, q):
    response = client.get(reverse("projects:search"), {"q": q})
    assert response.status_code == 200


def test_unknown_parameters_are_ignored(client, three_pages):
    _, result = get(client, "foo=bar&csrfmiddlewaretoken=x&__proto__=1")
    assert result.total == 45
