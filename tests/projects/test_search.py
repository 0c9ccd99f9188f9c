"""Full-text search on /projekte/: German stemming, umlaut spellings, ranking, snippets."""

import factory
import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.urls import reverse

from projects.models import Project
from projects.search import suggest
from projects.search_index import update_search_vectors
from tests.factories import ProjectFactory
from tests.projects import search_fixtures

pytestmark = pytest.mark.django_db

# Fixtures shared by the search tests.
world = search_fixtures.world


def titles(client, **params):
    response = client.get(reverse("projects:search"), params)
    assert response.status_code == 200
    return [p.title for p in response.context["result"].projects]


@pytest.mark.parametrize(
    "q", ["Burgeramt", "Bürgeramt", "Buergeramt", "Bürgerämter", "bürgerämter"]
)
def test_every_spelling_of_buergeramt_finds_buergeraemter_digital(client, world, q):
    assert "Bürgerämter digital" in titles(client, q=q)


def test_title_match_ranks_above_summary_and_description_matches(client, world):
    found = titles(client, q="Bürgeramt")
    assert found == ["Bürgerämter digital", "Wohngeldantrag online", "Digitale Ratsarbeit"]


def test_drafts_are_never_found(client, world):
    assert "Bürgeramt im Entwurf" not in titles(client, q="Entwurf")
    assert "Bürgeramt im Entwurf" not in titles(client)


def test_web_search_syntax_phrase_exclusion_and_or(client, world):
    assert titles(client, q='"Elterngeld digital"') == ["Elterngeld digital beantragen"]
    assert "Digitale Ratsarbeit" not in titles(client, q="digital -Ratsarbeit")
    assert set(titles(client, q="Ratsarbeit or Wohngeldantrag")) == {
        "Digitale Ratsarbeit",
        "Wohngeldantrag online",
    }


@pytest.mark.parametrize("q", ["Ratsarbeit oder Wohngeldantrag", "Ratsarbeit ODER Wohngeldantrag"])
def test_oder_is_or_as_the_search_tip_says(client, world, q):
    assert set(titles(client, q=q)) == {"Digitale Ratsarbeit", "Wohngeldantrag online"}
    assert "Wohngeld oder Elterngeld" in client.get(reverse("projects:search")).content.decode()


def test_and_or_und_between_words_requires_both_as_any_two_words_do(client, world):
    both = titles(client, q="Elterngeld digital")
    assert "Elterngeld digital beantragen" in both
    assert len(both) < len(titles(client, q="Elterngeld or digital"))
    assert titles(client, q="Elterngeld AND digital") == both
    assert titles(client, q="Elterngeld und digital") == both


def test_a_slash_separates_words_and_a_dangling_oder_is_ignored(client, world):
    assert titles(client, q="Digitale/Ratsarbeit") == ["Digitale Ratsarbeit"]
    assert titles(client, q="Ratsarbeit oder") == ["Digitale Ratsarbeit"]
    assert titles(client, q="oder Ratsarbeit") == ["Digitale Ratsarbeit"]


def test_the_names_of_topic_fields_and_life_situations_are_searchable(client, world):
    with_elterngeld = {p.title for p in world["projects"].values() if p.is_published} & {
        p.title for p in Project.objects.filter(services__name="Elterngeld")
    }
    assert len(with_elterngeld) == 2
    assert set(titles(client, q="Geburt")) == with_elterngeld  # a life situation
    assert set(titles(client, q="Familie")) >= with_elterngeld  # its topic field


def test_tags_services_and_owner_name_are_searchable(client, world):
    assert "Bürgerämter digital" in titles(client, q="Terminvergabe")
    assert "Wohngeldantrag online" in titles(client, q="Kleinhausen")


def test_snippets_highlight_matches_and_escape_everything_else(client, world):
    project = world["projects"]["wohngeld"]
    project.summary = "<script>alert(1)</script> Wohngeld & mehr"
    project.save()
    update_search_vectors([project.pk])
    response = client.get(reverse("projects:search"), {"q": "Wohngeld"})
    content = response.content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "<mark>Wohngeld</mark> &amp; mehr" in content
    snippet = response.context["result"].projects[0].snippet_html
    assert "<script" not in snippet


def test_snippets_are_cut_from_the_description_without_markdown(client, world):
    project = world["projects"]["wohngeld"]
    project.summary = "Kurz."
    project.description = (
        "## Ausgangslage\n\n> Zitat\n\n- **Mietzuschuss** wird [online](https://example.org/x)"
        " beantragt, `ohne` Papier.\n1. Schritt"
    )
    project.save()
    update_search_vectors([project.pk])
    response = client.get(reverse("projects:search"), {"q": "Mietzuschuss"})
    snippet = " ".join(response.context["result"].projects[0].snippet_html.split())
    assert "Ausgangslage Zitat <mark>Mietzuschuss</mark> wird online beantragt, ohne Papier." in (
        snippet
    )
    for syntax in ["##", "**", "](", "https://", "`", "- ", "1. "]:
        assert syntax not in snippet, syntax


def test_stored_text_cannot_forge_highlighting(client, world):
    """The markers ts_headline wraps matches in are random per search, not guessable."""
    project = world["projects"]["wohngeld"]
    forged = "\x02kmark\x03gefälscht\x02/kmark\x03"
    project.title = f"Wohngeld {forged}"
    project.summary = f"Wohngeld {forged} <b>fett</b>"
    project.save()
    update_search_vectors([project.pk])

    response = client.get(reverse("projects:search"), {"q": "Wohngeld"})

    found = response.context["result"].projects[0]
    assert "<mark>Wohngeld</mark>" in found.title_html
    assert "<mark>gefälscht" not in found.title_html
    assert "<mark>gefälscht" not in found.snippet_html
    assert "<b>" not in found.snippet_html


def test_misspelled_query_shows_results_for_the_correction(client, world):
    response = client.get(reverse("projects:search"), {"q": "Ratsarbiet"})
    result = response.context["result"]
    assert result.original_q == "Ratsarbiet"
    assert result.q == "Ratsarbeit"
    assert [p.title for p in result.projects] == ["Digitale Ratsarbeit"]
    assert "Ergebnisse für" in response.content.decode()


@pytest.mark.parametrize(
    ("q", "corrected"),
    [
        ("Ratsarbiet", "Ratsarbeit"),
        ("„Ratsarbeit, digitl“", "„Ratsarbeit, digital“"),  # punctuation is kept, not corrected
        ("zu Ratsarbiet", "zu Ratsarbeit"),  # a word under three letters stays as typed
        ("Buergeraemtr", "Bürgeramt"),  # the nearest word of all text, as spelled there
        # Exclusions, phrases and "or" stay as typed; only the words around them change.
        ("Ratsarbiet -digital", "Ratsarbeit -digital"),
        ('Ratsarbiet -"Bürgerämter digitl"', 'Ratsarbeit -"Bürgerämter digitl"'),
        ('"digitale Ratsarbeit" Elterngelt', '"digitale Ratsarbeit" Elterngeld'),
        ("Ratsarbiet or Elterngelt", "Ratsarbeit or Elterngeld"),
        ("Ratsarbiet oder Elterngelt", "Ratsarbeit oder Elterngeld"),
        # German operators and the word "nicht" excludes stay too.
        ("Ratsarbiet nicht Elterngelt", "Ratsarbeit nicht Elterngelt"),
        ("Ratsarbiet AND Elterngelt", "Ratsarbeit AND Elterngeld"),
        ("Ratsarbiet und Elterngelt", "Ratsarbeit und Elterngeld"),
    ],
)
def test_each_word_is_corrected_from_known_words(world, q, corrected):
    assert suggest(q) == corrected


def test_a_corrected_search_keeps_exclusions_and_the_page(client, world):
    response = client.get(reverse("projects:search"), {"q": "Digitl -Ratsarbeit", "page": "5"})
    result = response.context["result"]
    assert result.original_q == "Digitl -Ratsarbeit"
    assert result.q == "Digital -Ratsarbeit"  # in the case it was typed in
    assert "Digitale Ratsarbeit" not in {p.title for p in result.projects}
    assert result.total == len(result.projects) > 0
    assert any("Seite 5 gibt es nicht" in notice for notice in result.notices)


def test_an_umlaut_spelling_after_another_word_still_narrows(client, world):
    def titles(q):
        result = client.get(reverse("projects:search"), {"q": q}).context["result"]
        return {p.title for p in result.projects}

    both = titles("digital Bürgerämter")
    assert "Bürgerämter digital" in both
    assert titles("digital Buergeraemter") == titles("digital Burgeramter") == both
    # The other word still counts: not (kleinhausen AND buergeramt) OR burgeramt.
    assert titles("Kleinhausen Buergeramt") == titles("Kleinhausen Bürgeramt")
    assert titles("Kleinhausen Buergeramt") < titles("Buergeramt")
    # Inside a phrase too.
    phrase = titles('"Bürgerämter digital"')
    assert "Bürgerämter digital" in phrase
    assert titles('"Buergeraemter digital"') == phrase


def test_a_correct_word_outside_the_owner_filter_gets_no_correction(client, world):
    # "Wohngeld" (a service, in no title) matches no project of Großstadt.
    grossstadt = world["municipalities"][2]
    response = client.get(reverse("projects:search"), {"q": "Wohngeld", "owner": grossstadt.slug})
    result = response.context["result"]
    assert result.total == 0
    assert result.q == "Wohngeld"
    assert result.suggestion is None
    assert result.original_q is None
    assert client.get(reverse("projects:search"), {"q": "Wohngeld"}).context["result"].total


def test_the_search_page_varies_by_htmx_request(client, world):
    response = client.get(reverse("projects:search"), {"q": "digital"})
    assert "HX-Request" in response["Vary"]


def test_query_without_any_near_word_says_nothing_found(client, world):
    response = client.get(reverse("projects:search"), {"q": "Xylophonorchester"})
    result = response.context["result"]
    assert result.total == 0
    assert result.suggestion is None
    assert "Keine Projekte gefunden" in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "expected_first"),
    [
        ("newest", "Elterngeld digital beantragen"),
        ("title", "Bürgerämter digital"),
    ],
)
def test_sort_orders(client, world, sort, expected_first):
    assert titles(client, sort=sort)[0] == expected_first


def test_title_sort_ignores_umlauts_and_case(client, world):
    assert titles(client, sort="title") == [
        "Bürgerämter digital",
        "Digitale Ratsarbeit",
        "Elterngeld digital beantragen",
        "Wohngeldantrag online",
    ]


def test_pages_go_through_every_match_once(client, world, monkeypatch):
    monkeypatch.setattr("projects.search.PAGE_SIZE", 10)
    owner = world["municipalities"][0]
    search_fixtures.publish_vectors(
        *ProjectFactory.create_batch(
            35, owner=owner, title=factory.Sequence(lambda n: f"Digitales Fundbüro {n}")
        )
    )
    seen = []
    for page in (1, 2, 3, 4):
        seen += titles(client, q="Fundbüro", page=page)
    assert len(seen) == 35
    assert len(set(seen)) == 35


def copies_of(project, count: int) -> None:
    """``count`` copies of ``project`` in one INSERT … SELECT, numbered i = 1 … count: the
    higher i, the newer. All have "digitaler Antrag" in the summary (once to three times), only
    the 30 oldest also in the title, so the best matches are among the oldest."""
    fields = [f for f in Project._meta.concrete_fields if not (f.primary_key or f.generated)]
    columns = {f.column: f'"{f.column}"' for f in fields}
    columns |= {
        "slug": "slug || '-' || i",
        "title": "CASE WHEN i <= 30 THEN 'Digitaler ' ELSE '' END || 'Antrag Nummer ' || i",
        "summary": "repeat('digitaler Antrag ', 1 + i %% 3) || 'Formular ' || i",
        "published_at": "published_at + i * interval '1 minute'",
    }
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO projects_project ({', '.join(columns)}) "
            f"SELECT {', '.join(columns.values())} FROM projects_project, "
            "generate_series(1, %(count)s) AS i WHERE id = %(id)s",
            {"count": count, "id": project.pk},
        )


def test_relevance_ranks_all_matches_not_only_the_newest(client, world):
    """More matches than any ranking window (1,000 newest) ever held: the 20 shown first are
    the 20 best by ts_rank over all of them."""
    owner = world["municipalities"][0]
    copies_of(ProjectFactory(owner=owner, description="Ein Antrag."), 1200)
    update_search_vectors(Project.objects.values_list("pk", flat=True))
    q = "digitaler antrag"
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH m AS (SELECT id, published_at, ts_rank(search_vector, "
            "websearch_to_tsquery('german_unaccent', %s)) AS rank FROM projects_project "
            "WHERE publication_state = 'published' "
            "AND search_vector @@ websearch_to_tsquery('german_unaccent', %s)) "
            "SELECT count(*) OVER (), id FROM m ORDER BY rank DESC, published_at DESC, id DESC",
            [q, q],
        )
        rows = cursor.fetchall()
    matches, best = rows[0][0], [pk for _n, pk in rows[:20]]
    newest = set(
        Project.objects.published()
        .filter(search_vector=SearchQuery(q, config="german_unaccent", search_type="websearch"))
        .order_by("-published_at", "-id")
        .values_list("pk", flat=True)[:1000]
    )
    assert matches > 1000
    assert not newest & set(best)  # a window of the newest matches would miss them all

    result = client.get(reverse("projects:search"), {"q": q}).context["result"]

    assert result.total == matches
    assert [p.pk for p in result.projects] == best


def test_sharp_s_and_ss_spellings_meet(client, world):
    owner = world["municipalities"][1]
    search_fixtures.publish_vectors(ProjectFactory(title="Smarte Straßenbeleuchtung", owner=owner))
    assert titles(client, q="Strassenbeleuchtung") == ["Smarte Straßenbeleuchtung"]
    assert titles(client, q="straßenbeleuchtung") == ["Smarte Straßenbeleuchtung"]
