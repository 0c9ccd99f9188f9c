"""Facet counts of the search page: one SQL statement over the matching rows' facet values.

The facet values of a project (kind, status, owner Land, kind and population class, reuse,
open source, start year, topic fields, life situations, services, tags) are denormalised into
its ``facet_*`` columns and, as "facet:value" text ("status:completed", "topic:7"), into the
array ``facet_values`` by the row trigger of migrations 0002/0029. ``facet_counts`` counts
them over the projects a search matches (text query and ``owner`` filter), disjunctively: a
facet without selection counts within all selections, a selected facet within all selections
but its own (several values of one facet widen the result, every other facet narrows it).

How, in one statement: each matching row gets a bitmask ``miss`` of the selected facets it
fails (``facet_values && selected``). Its values are unnested once and counted per (value,
miss), leaving out rows that fail two or more selections (they count nowhere). A value counts
where its row fails nothing or only the value's own facet. Without a text query the rows come
from the covering index ``project_facets_cover`` (index-only scan).

"gut nachnutzbar" (``ready``) holds until a stored date (``Project.ready_until``, see
projects/readiness.py), so it is no token in ``facet_values`` (that would go stale): its
selection tests ``ready_until >= today`` and its count is one more branch of the statement.
"""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet

from projects import readiness

# The facet whose value holds while the stored date is not past (projects/readiness.py).
READY = "ready"


@dataclass
class Counts:
    facets: dict[str, dict[str, int]]  # facet → value (column value as text) → count
    total: int  # matches within every selection
    scope_total: int  # matches before the facet selections (text and ``owner`` only)


def token(facet: str, value: str) -> str:
    """A value as ``facet_values`` holds it."""
    return f"{facet}:{value}"


def facet_counts(
    matches: QuerySet, selections: dict[str, list[str]], today: datetime.date | None = None
) -> Counts:
    """Counts per facet value, the total and the scope total of ``matches`` (published projects
    matching the text and the ``owner`` filter) under ``selections`` (facet → selected values,
    as text; ids for the model facets). ``today``: the date ``ready_until`` is compared with
    (projects.readiness.today()). One query."""
    today = today or readiness.today()
    selected = [facet for facet, values in selections.items() if values]
    bits = {facet: 1 << index for index, facet in enumerate(selected)}
    miss = " | ".join(
        f"(CASE WHEN r.ready_until >= %s::date THEN 0 ELSE {bits[facet]} END)"
        if facet == READY
        else f"(CASE WHEN r.facet_values && %s::text[] THEN 0 ELSE {bits[facet]} END)"
        for facet in selected
    )
    matches_sql, matches_params = (
        matches.order_by().values("facet_values", "ready_until").query.sql_with_params()
    )
    sql = (
        f"WITH r AS MATERIALIZED (SELECT r.facet_values, r.ready_until, {miss or '0'} AS miss "
        f"FROM ({matches_sql}) AS r) "
        "SELECT v.value, v.miss, count(*) FROM (SELECT unnest(facet_values) AS value, miss "
        "FROM r WHERE miss & (miss - 1) = 0) AS v GROUP BY 1, 2 "
        f"UNION ALL SELECT '{READY}:true', miss, count(*) FROM r "
        "WHERE r.ready_until >= %s::date AND miss & (miss - 1) = 0 GROUP BY 2 "
        "UNION ALL SELECT NULL, miss, count(*) FROM r GROUP BY 2"
    )
    params = [
        *(
            today if facet == READY else [token(facet, value) for value in selections[facet]]
            for facet in selected
        ),
        *matches_params,
        today,
    ]
    result = Counts({}, 0, 0)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    for value, row_miss, n in rows:
        if value is None:
            result.scope_total += n
            if not row_miss:
                result.total += n
            continue
        facet, _, facet_value = value.partition(":")
        if row_miss in (0, bits.get(facet)):
            counted = result.facets.setdefault(facet, {})
            counted[facet_value] = counted.get(facet_value, 0) + n
    return result
