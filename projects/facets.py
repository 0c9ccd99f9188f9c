"""Facet counts of the search page: one SQL statement over the matching rows' facet columns.

The facet values of a project (owner Land, kind and population class, start year, topic
fields, life situations, services, tags) are denormalised into its ``facet_*`` columns by the
row trigger of migration 0002_search_facets. ``facet_counts`` counts them over the projects a
search matches (text query and ``owner`` filter), disjunctively: a facet without selection
counts within all selections, a selected facet within all selections but its own (several
values of one facet widen the result, every other facet narrows it).

How, in one statement: each matching row gets a bitmask ``miss`` of the selected facets it
fails. A row counts for a facet when it fails none, or only that facet's own selection; a row
that fails two counts nowhere. One pass (GROUPING SETS) groups the rows by miss and all scalar
facet columns together, and by miss and each array column (arrays whole); the outer query sums
the few thousand groups per value, unnesting the arrays of the groups only. Without a text
query the rows come from the covering index ``project_facets_cover`` (index-only scan).
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet

# facet → (column of projects_project, whether the column is an array of ids)
COLUMNS = {
    "kind": ("kind", False),
    "status": ("status", False),
    "topic": ("facet_topic_ids", True),
    "situation": ("facet_life_situation_ids", True),
    "service": ("facet_service_ids", True),
    "state": ("facet_state_id", False),
    "owner_kind": ("facet_owner_kind", False),
    "size": ("facet_population_class", False),
    "tag": ("facet_tag_ids", True),
    "reuse": ("reuse_offered", False),
    "oss": ("is_open_source", False),
    "year": ("facet_start_year", False),
}
# Boolean facets count their true values only, as "true".
_BOOLEAN = {"reuse", "oss"}


@dataclass
class Counts:
    facets: dict[str, dict[str, int]]  # facet → value (column value as text) → count
    total: int  # matches within every selection
    scope_total: int  # matches before the facet selections (text and ``owner`` only)


def _value_sql(facet: str, row: str) -> str:
    """SQL: the facet's value of row ``row`` as text (NULL: none), an array for array facets."""
    column, is_array = COLUMNS[facet]
    if is_array:
        return f"{row}.{column}"
    if facet in _BOOLEAN:
        return f"CASE WHEN {row}.{column} THEN 'true' END"
    return f"nullif({row}.{column}::text, '')"


def _selected_sql(facet: str) -> str:
    """SQL: whether row ``r`` has one of the selected values (one parameter: the values)."""
    column, is_array = COLUMNS[facet]
    if is_array:
        return f"r.{column} && %s::bigint[]"
    return f"({_value_sql(facet, 'r')}) = ANY(%s::text[])"


def facet_counts(matches: QuerySet, selections: dict[str, list[str]]) -> Counts:
    """Counts per facet value, the total and the scope total of ``matches`` (published projects
    matching the text and the ``owner`` filter) under ``selections`` (facet → selected values,
    as text; ids for array facets). One query."""
    selected = [facet for facet in COLUMNS if selections.get(facet)]
    bits = {facet: 1 << index for index, facet in enumerate(selected)}
    miss = " | ".join(
        f"(CASE WHEN {_selected_sql(facet)} THEN 0 ELSE {bits[facet]} END)" for facet in selected
    )
    scalars = [facet for facet, (_column, is_array) in COLUMNS.items() if not is_array]
    arrays = [facet for facet, (_column, is_array) in COLUMNS.items() if is_array]
    scalar_columns = [COLUMNS[facet][0] for facet in scalars]
    array_columns = [COLUMNS[facet][0] for facet in arrays]
    matches_sql, matches_params = (
        matches.order_by().values(*scalar_columns, *array_columns).query.sql_with_params()
    )
    # One hash per row for all scalar facets together (few thousand combinations), one per
    # array facet (arrays grouped whole; only the groups are unnested).
    sets = [f"(miss, {', '.join(scalar_columns)})", *(f"(miss, {c})" for c in array_columns)]
    counted = "g.miss = 0 OR g.miss = t.bit"
    branches = [
        "SELECT t.facet, t.value, sum(g.n) FROM g CROSS JOIN LATERAL (VALUES "
        + ", ".join(f"('{f}', {_value_sql(f, 'g')}, {bits.get(f, 0)})" for f in scalars)
        + ") AS t (facet, value, bit) "
        f"WHERE g.scalars AND t.value IS NOT NULL AND ({counted}) GROUP BY 1, 2",
        *(
            f"SELECT '{f}', v::text, sum(g.n) FROM g CROSS JOIN LATERAL (SELECT {bits.get(f, 0)} "
            f"AS bit) AS t, unnest(g.{COLUMNS[f][0]}) AS v WHERE {counted} GROUP BY 2"
            for f in arrays
        ),
        "SELECT '', 'scope', sum(g.n) FROM g WHERE g.scalars",
        "SELECT '', 'total', sum(g.n) FROM g WHERE g.scalars AND g.miss = 0",
    ]
    sql = (
        f"WITH r AS ({matches_sql}), "
        f"g AS (SELECT miss, {', '.join(scalar_columns + array_columns)}, "
        f"GROUPING({scalar_columns[0]}) = 0 AS scalars, count(*) AS n "
        f"FROM (SELECT r.*, {miss or '0'} AS miss FROM r) AS r "
        f"GROUP BY GROUPING SETS ({', '.join(sets)})) " + " UNION ALL ".join(branches)
    )
    params = [*matches_params, *(selections[facet] for facet in selected)]
    result = Counts({}, 0, 0)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, n in cursor.fetchall():
            if not facet:
                setattr(result, "scope_total" if value == "scope" else "total", int(n or 0))
            else:
                result.facets.setdefault(facet, {})[value] = int(n)
    return result
