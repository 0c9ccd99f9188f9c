"""The words of all published text, for "did you mean" (table ``projects_searchword``).

A word is a token of ``to_tsvector('simple', …)`` (lower case, not stemmed) of a published
project's title, summary, description, tags and OZG service names: letters (and hyphens), 3 to
40 characters. ``refresh()`` rebuilds the table in one statement (``manage.py
refresh_search_words``, run by cron and after seeding); ``add_project_words(ids)`` adds the
words of saved projects once their transaction has committed (``search_index`` registers it),
so a new word is suggested at once. Words that no published text uses any more stay until the
next refresh. ``projects.search.suggest`` reads the table by trigram distance.
"""

from collections.abc import Iterable

from django.db import connection

from projects import search_sql
from projects.models import Project, SearchWord

WORD_PATTERN = "^[[:alpha:]][[:alpha:]-]*[[:alpha:]]$"
MAX_WORD_LENGTH = 40


def source_sql(alias: str) -> str:
    """SQL: the text whose words are suggested, of the project row ``alias``; expects the
    parameter ``%(content_type)s``."""
    return f"""concat_ws(' ',
        {alias}.title, {alias}.summary, {alias}.description,
        {alias}.title_compound_terms, {alias}.compound_terms,
        {search_sql.tag_names(alias)},
        {search_sql.related_values(alias, "services", "name")})"""


def _words_sql(where: str) -> str:
    """SQL: (word, folded, projects) of the published projects that match ``where``."""
    return f"""
        SELECT w.word, kommunect_fold(w.word), count(*)
          FROM {Project._meta.db_table} p
         CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('simple', {source_sql("p")})))
               AS w (word)
         WHERE p.publication_state = %(published)s AND ({where})
           AND w.word ~ %(pattern)s AND char_length(w.word) BETWEEN 3 AND %(max_length)s
         GROUP BY w.word"""


def _params(**extra) -> dict:
    return {
        **search_sql.params(),
        "published": Project.PublicationState.PUBLISHED,
        "pattern": WORD_PATTERN,
        "max_length": MAX_WORD_LENGTH,
        **extra,
    }


def refresh() -> int:
    """Rebuild the words from all published projects in one statement; returns their number.

    Unchanged rows are not rewritten, so a refresh of a quiet platform writes almost nothing."""
    table = SearchWord._meta.db_table
    sql = f"""
        WITH fresh (word, folded, projects) AS ({_words_sql("TRUE")}),
        gone AS (DELETE FROM {table} AS s
                  WHERE NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.word = s.word)),
        written AS (INSERT INTO {table} AS s (word, folded, projects)
                    SELECT word, folded, projects FROM fresh
                    ON CONFLICT (word) DO UPDATE SET projects = EXCLUDED.projects
                    WHERE s.projects <> EXCLUDED.projects)
        SELECT count(*) FROM fresh"""
    with connection.cursor() as cursor:
        cursor.execute(sql, _params())
        return cursor.fetchone()[0]


def add_project_words(project_ids: Iterable[int]) -> None:
    """Add the words of the given (published) projects that the table does not hold yet."""
    ids = list(project_ids)
    if not ids:
        return
    sql = f"""
        INSERT INTO {SearchWord._meta.db_table} (word, folded, projects)
        {_words_sql("p.id = ANY(%(ids)s)")}
        ON CONFLICT (word) DO NOTHING"""
    with connection.cursor() as cursor:
        cursor.execute(sql, _params(ids=ids))
