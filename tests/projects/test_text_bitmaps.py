"""Text queries evaluated on lexeme bitmaps find exactly what the GIN index finds."""

import pytest
from django.db import connection

from projects import facet_bitmaps, text_bitmaps
from projects.models import Project
from projects.search_text import query_sql, text_query
from projects.text_bitmaps import And, Not, Nothing, Or, Term
from tests.factories import MunicipalityFactory, ProjectFactory
from tests.projects.search_fixtures import publish_vectors

TEXTS = [
    ("Digitaler Antrag für Wohngeld", "Online beantragen statt Papier."),
    ("Bürgerämter digital", "Termine im Bürgeramt online buchen."),
    ("Kita-Platz online", "Digitale Anmeldung für die Kita."),
    ("Ratsinformationssystem", "Sitzungen und Anträge der Räte."),
    ("Straßenbeleuchtung smart", "Sensoren melden defekte Laternen."),
    ("Antrag auf Parkausweis", "Bewohnerparken digital beantragen."),
    ("Die", "der das"),  # stop words only: an empty search vector
]

QUERIES = [
    "digital",
    "digitaler antrag",
    "antrag -kita",
    "-digital",
    "kita or wohngeld",
    "Buergeramt",
    "Bürgerämter",
    "burgeramt online -papier",
    "der die das",
    "unbekanntesword",
    "digital or antrag -online",
    "straße",
    "kita Buergeramt",  # an ae/oe/ue spelling after another word
    "-Buergeramt online",
]


def gin_matches(q: str) -> set[int]:
    rows = Project.objects.published().filter(search_vector=text_query(q))
    return set(rows.values_list("pk", flat=True))


def bitmap_matches(q: str) -> tuple[set[int], int]:
    node = text_bitmaps.parse(text_bitmaps.normalized(*query_sql(q)))
    assert node is not None, q
    counts = facet_bitmaps.count({}, window=100_000, text=node)
    return set(counts.window), counts.total


@pytest.fixture
def projects(db):
    owner = MunicipalityFactory(name="Musterstadt")
    created = []
    # Ids in three chunks of 8192, so that ANDs, NOTs and the window cross chunk borders.
    for index, (title, summary) in enumerate(TEXTS * 3):
        created.append(
            ProjectFactory(
                id=10 + index * 8000,
                owner=owner,
                title=title,
                slug=f"projekt-{index}",
                summary=summary,
                description="",
                publication_state="published" if index % 5 else "draft",
            )
        )
    publish_vectors(*created)
    # Saved but its vector not yet computed: empty, matched by negations on both paths.
    created.append(ProjectFactory(id=5, owner=owner, slug="ohne-vektor"))
    return created


@pytest.mark.parametrize("q", QUERIES)
def test_bitmaps_find_what_the_gin_index_finds(projects, q):
    expected = gin_matches(q)
    found, total = bitmap_matches(q)
    assert found == expected
    assert total == len(expected)


def test_the_fixture_exercises_matches_and_non_matches(projects):
    published = Project.objects.published().count()
    sizes = {q: len(gin_matches(q)) for q in QUERIES}
    assert sizes["digitaler antrag"] > 0
    assert sizes["unbekanntesword"] == 0
    assert 0 < sizes["-digital"] < published
    assert 5 in gin_matches("-digital")  # the project whose vector is not yet computed
    assert sizes["Buergeramt"] == sizes["Bürgerämter"] > 0


def test_the_window_holds_the_newest_matches_across_chunks(projects):
    node = text_bitmaps.parse(text_bitmaps.normalized(*query_sql("digital")))
    counts = facet_bitmaps.count({}, window=3, text=node)
    assert counts.window == sorted(gin_matches("digital"), reverse=True)[:3]
    with connection.cursor() as cursor:
        cursor.execute("SELECT projects_facet_chunk(%s)", [max(counts.window)])
        assert cursor.fetchone()[0] >= 2


@pytest.mark.parametrize(
    ("tsquery", "tree"),
    [
        ("'digital' & 'antrag'", And(Term("digital"), Term("antrag"))),
        ("'a' | 'b' & !'c'", Or(Term("a"), And(Term("b"), Not(Term("c"))))),
        ("( 'a' | 'b' ) & 'c'", And(Or(Term("a"), Term("b")), Term("c"))),
        ("!( 'a' & 'b' )", Not(And(Term("a"), Term("b")))),
        ("'it''s'", Term("it's")),
        ("", Nothing()),
    ],
)
def test_parse_reads_the_boolean_tree(tsquery, tree):
    assert text_bitmaps.parse(tsquery) == tree


@pytest.mark.parametrize(
    "tsquery", ["'digital' <-> 'antrag'", "'a' & !( 'c' <2> 'd' )", "'antr':*", "'a':AB"]
)
def test_phrases_prefixes_and_weights_are_left_to_the_gin_index(tsquery):
    assert text_bitmaps.parse(tsquery) is None


def test_a_phrase_search_is_answered_from_the_gin_index(client, projects):
    response = client.get("/projekte/", {"q": '"digitaler antrag"'})
    titles = {p.title for p in response.context["result"].projects}
    assert titles == {"Digitaler Antrag für Wohngeld"}
    assert response.context["result"].total == len(gin_matches('"digitaler antrag"')) == 2
