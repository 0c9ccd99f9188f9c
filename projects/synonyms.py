"""Synonyms and abbreviations for the search box, from the reviewed file search_synonyms.csv.

The search applies them to the visitor's query with PostgreSQL's own query rewriting,
``ts_rewrite`` (PostgreSQL docs, 12.4.2.1 "Query Rewriting"): the SQL function
``kommunect_search_query`` (migration 0022) rewrites the query with the rules of the table
``search_synonym``, which ``sync_synonyms`` fills from the file after every ``migrate``.

Each member of a group is stored as the tsquery PostgreSQL makes of it (stemmed, unaccented,
like the stored texts) and is replaced in two steps, so that a replacement is never rewritten
again by the rule of another member: first by a placeholder of its group, then the
placeholder by all members joined with OR. A member of several words has two forms: typed in
quotes it is a phrase and is replaced by the members' phrases; typed without quotes its words
are required anywhere ("künstliche Intelligenz" → künstliche & Intelligenz), and so are the
other members' words. A single word is replaced by the members' phrases.
"""

from __future__ import annotations

from pathlib import Path

from django.db import connections

from projects.search_text import CONFIG

FILE = Path(__file__).with_name("search_synonyms.csv")
TABLE = "search_synonym"


def groups(path: Path = FILE) -> list[list[str]]:
    """The groups of the file: one per line, members separated by ";", "#" comments."""
    result = []
    for line in path.read_text(encoding="utf-8").splitlines():
        members = [m.strip() for m in line.split(";")] if not line.startswith("#") else []
        members = list(dict.fromkeys(m for m in members if m))
        if len(members) > 1:
            result.append(members)
    return result


# The members' tsqueries joined with OR (tsquery reads its own text form).
_OR = "string_agg(format('( %%s )', {form}::text), ' | ')::tsquery"

# Rows of (group, member): each member's forms become rules; a form without lexemes (stop
# words only) is left out. Longer targets are applied first ("Kfz-Zulassung" before "Kfz").
SYNC_SQL = f"""
WITH member AS (
    SELECT g.grp,
           websearch_to_tsquery(%(config)s::regconfig, g.term) AS loose,
           phraseto_tsquery(%(config)s::regconfig, g.term) AS strict
      FROM unnest(%(groups)s::int[], %(terms)s::text[]) AS g (grp, term)
),
form AS (
    SELECT grp, strict AS target, 'strict' AS kind FROM member
    UNION
    SELECT grp, loose, 'loose' FROM member WHERE loose <> strict
),
placeholder AS (
    SELECT grp, kind, quote_literal(format('synonym %%s %%s', grp, kind))::tsquery AS placeholder
      FROM (SELECT DISTINCT grp, kind FROM form) k
),
substitute AS (
    SELECT grp, 'strict' AS kind, {_OR.format(form="strict")} AS substitute
      FROM member WHERE numnode(strict) > 0 GROUP BY grp
    UNION ALL
    SELECT grp, 'loose', {_OR.format(form="loose")}
      FROM member WHERE numnode(loose) > 0 GROUP BY grp
)
INSERT INTO {TABLE} (target, placeholder, substitute)
SELECT f.target, p.placeholder, s.substitute
  FROM form f
  JOIN placeholder p USING (grp, kind)
  JOIN substitute s USING (grp, kind)
 WHERE numnode(f.target) > 0
"""


def sync_synonyms(using: str = "default", path: Path = FILE) -> int:
    """Replace the rules of the table by the file's; returns the number of rules."""
    pairs = [(number, term) for number, group in enumerate(groups(path)) for term in group]
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [TABLE])
        if not cursor.fetchone()[0]:
            return 0  # migrated back before the table
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(
            SYNC_SQL,
            {
                "config": CONFIG,
                "groups": [number for number, _term in pairs],
                "terms": [term for _number, term in pairs],
            },
        )
        return cursor.rowcount


def sync_after_migrate(sender, using: str = "default", **kwargs) -> None:
    sync_synonyms(using)
