"""Facet counts of the search page from the bitmaps of migration 0009, in one SQL statement.

``projects_facet_bitmap`` holds, per facet value ("status" "completed", "topic" "7", …), a
bitmap of the published projects that have it, in chunks of 8192 project ids. A count is the
number of bits in (value bitmap AND mask), where the mask is the set of projects a facet counts
within:

- the *scope*: all published projects, or those matching the text query and the ``owner``
  filter (``narrowed``: their ids are turned into bitmaps);
- AND, per selected facet, the OR of its selected values' bitmaps. A facet without selection
  counts within all selections; a selected facet within all others but its own (disjunctive
  facets: several values of one facet widen the result, every other facet narrows it).

The cost is one pass over the bitmap table (about 10,000 rows of 1 KB at 100,000 projects),
whatever the number of matches; only building the scope from a text query grows with them.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import QuerySet

from projects import text_bitmaps


@dataclass
class Counts:
    facets: dict[str, dict[str, int]]  # facet → value (as in projects_facet_bitmap) → count
    total: int
    # Projects in the scope (text query and ``owner`` filter), before the facet filters.
    scope_total: int = 0
    # Ids of the newest (highest id) matches under all filters, at most the window asked for.
    window: list[int] | None = None


def count(
    selections: dict[str, list[str]],
    narrowed: QuerySet | None = None,
    window: int = 0,
    text: text_bitmaps.Node | None = None,
) -> Counts:
    """Counts per facet value and the total; with ``window`` also the newest matches' ids.

    ``selections``: facet → selected values. The scope is ``text`` (a text query as a tree of
    lexemes, see ``text_bitmaps``) or else ``narrowed`` (the projects that a text query and the
    ``owner`` filter leave), or else all published projects. ``window``: return the ids of the
    ``window`` newest matches, so that ranking them does not search the text a second time.
    """
    ctes, params = _scope(narrowed, text)
    selected, selected_params = _selected(selections)
    ctes += selected
    params += selected_params
    joins = [f"LEFT JOIN selected_{index} USING (chunk)" for index in range(len(selections))]

    # One row holding every mask as an array of chunk bitmaps (position chunk + 1; NULL where
    # the mask is empty): each bitmap row finds its mask by position, no join to plan.
    masks = [f"{_mask(selections, None)} AS all_facets"]
    masks += [
        f"{_mask(selections, facet)} AS without_{index}" for index, facet in enumerate(selections)
    ]
    ctes += [
        f"masks AS (SELECT {', '.join(masks)} FROM generate_series(0, (SELECT max(chunk) "
        "FROM projects_facet_bitmap WHERE facet = 'published')) AS chunks (chunk) "
        f"LEFT JOIN scope USING (chunk) {' '.join(joins)})",
        "mask_chunks AS (SELECT position - 1 AS chunk, bits "
        "FROM masks, unnest(masks.all_facets) WITH ORDINALITY AS c (bits, position) "
        "WHERE bits IS NOT NULL)",
        "total AS (SELECT coalesce(sum(bit_count(bits)), 0)::bigint AS n FROM mask_chunks)",
    ]
    if window:
        ctes.append(_window(window))
        params += [window, window]
    own_mask = "masks.all_facets"
    if selections:
        cases = " ".join(f"WHEN %s THEN masks.without_{i}" for i in range(len(selections)))
        own_mask = f"CASE b.facet {cases} ELSE masks.all_facets END"
        params += list(selections)
    branches = [
        "SELECT b.facet, b.value, "
        f"sum(bit_count(b.bits & ({own_mask})[b.chunk + 1]))::bigint, NULL::bigint[] "
        "FROM projects_facet_bitmap b, masks WHERE b.facet <> 'published' GROUP BY 1, 2",
        "SELECT 'total', '', n, NULL FROM total",
        "SELECT 'scope', '', coalesce(sum(bit_count(bits)), 0)::bigint, NULL FROM scope",
    ]
    if window:
        branches.append("SELECT 'window', '', NULL, array_agg(id) FROM window_ids")

    result = Counts({}, 0)
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} {' UNION ALL '.join(branches)}", params)
        for facet, value, n, ids in cursor.fetchall():
            if facet == "total":
                result.total = n
            elif facet == "scope":
                result.scope_total = n
            elif facet == "window":
                result.window = ids or []
            elif n:  # None where the mask has no bits in that chunk
                result.facets.setdefault(facet, {})[value] = n
    return result


def selection_mask(selections: dict[str, list[str]]) -> tuple[list[str], list]:
    """CTEs that end in ``mask (chunk, bits)``: the published projects within every selection
    (no row for a chunk without any)."""
    ctes, params = _selected(selections)
    joins = "".join(f" JOIN selected_{index} USING (chunk)" for index in range(len(selections)))
    bits = " & ".join(["p.bits", *(f"selected_{index}.bits" for index in range(len(selections)))])
    ctes.append(
        f"mask AS (SELECT chunk, {bits} AS bits FROM projects_facet_bitmap p{joins} "
        "WHERE p.facet = 'published')"
    )
    return ctes, params


def _selected(selections: dict[str, list[str]]) -> tuple[list[str], list]:
    """``selected_<n> (chunk, bits)`` per selected facet: the OR of its values' bitmaps."""
    ctes, params = [], []
    for index, (facet, values) in enumerate(selections.items()):
        ctes.append(
            f"selected_{index} AS (SELECT chunk, bit_or(bits) AS bits FROM projects_facet_bitmap "
            "WHERE facet = %s AND value = ANY(%s) GROUP BY chunk)"
        )
        params += [facet, values]
    return ctes, params


def _scope(narrowed: QuerySet | None, text: text_bitmaps.Node | None) -> tuple[list[str], list]:
    if text is not None:
        cte, params = text_bitmaps.scope_cte(text)
        return [cte], params
    if narrowed is None:
        return [
            "scope AS (SELECT chunk, bits FROM projects_facet_bitmap WHERE facet = 'published')"
        ], []
    matches_sql, params = narrowed.order_by().values("id").query.sql_with_params()
    return [
        f"matches AS ({matches_sql})",
        "scope AS (SELECT projects_facet_chunk(id) AS chunk, "
        "projects_facet_bitmap_of(array_agg(id)) AS bits FROM matches GROUP BY 1)",
    ], list(params)


def _mask(selections: dict[str, list[str]], excluded: str | None) -> str:
    """The mask of a facet (None: of the facets without selection) as an array expression."""
    parts = ["scope.bits"] + [
        f"selected_{index}.bits" for index, facet in enumerate(selections) if facet != excluded
    ]
    return f"array_agg({' & '.join(parts)} ORDER BY chunk)"


def _window(size: int) -> str:
    """The ids of the ``size`` newest (highest id) matches under all filters; parameters: size,
    size. From the final bitmap alone, highest chunks first: no project row is read."""
    return (
        "window_chunks AS (SELECT chunk, bits FROM (SELECT chunk, bits, "
        "sum(bit_count(bits)) OVER (ORDER BY chunk DESC) - bit_count(bits) AS before "
        "FROM mask_chunks) AS c WHERE before < %s), "
        "window_ids AS (SELECT id FROM window_chunks, "
        "projects_facet_ids(chunk::integer, bits::bit varying) AS id ORDER BY id DESC LIMIT %s)"
    )
