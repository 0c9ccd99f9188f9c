"""``Project.reuse_count``: how many municipalities reuse a project ("Wird von N Kommunen
nachgenutzt"), kept true by the services.

The count of a project P is the number of distinct municipalities other than P's owner that own
a published project with ``based_on`` = P. It changes when a reuse is published, unpublished
(archived), deleted, moves to another original or owner, or when P changes its owner; every
service that does one of these calls ``refresh_reuse_counts`` with the projects concerned, in
its transaction. The facet trigger turns the count into the facet value "reused:true".
"""

from collections.abc import Iterable

from django.db import connection

from projects.models import Project

PUBLISHED = Project.PublicationState.PUBLISHED

# Lock the rows first (in id order, so that two writers never wait for each other in a
# circle): the UPDATE after it takes a fresh snapshot under READ COMMITTED and so counts the
# reuses that a concurrent writer committed while this one waited. Without the lock, two
# reuses published at once could each count without the other.
LOCK_SQL = "SELECT id FROM {table} WHERE id = ANY(%s) ORDER BY id FOR UPDATE"
REFRESH_SQL = """
UPDATE {table} AS p SET reuse_count = fresh.n
FROM (
    SELECT o.id, (
        SELECT count(DISTINCT r.owner_id) FROM {table} AS r
         WHERE r.based_on_id = o.id AND r.publication_state = %s AND r.owner_id <> o.owner_id
    ) AS n
    FROM {table} AS o WHERE {where}
) AS fresh
WHERE p.id = fresh.id AND p.reuse_count <> fresh.n
"""


def refresh_reuse_counts(project_ids: Iterable[int | None] | None = None) -> int:
    """Recount ``reuse_count`` of the given projects (None: of all); two queries. Ids that are
    None or unknown are skipped. Returns how many counts changed."""
    table = connection.ops.quote_name(Project._meta.db_table)
    with connection.cursor() as cursor:
        if project_ids is None:
            cursor.execute(REFRESH_SQL.format(table=table, where="TRUE"), [PUBLISHED])
            return cursor.rowcount
        ids = sorted({pk for pk in project_ids if pk})
        if not ids:
            return 0
        cursor.execute(LOCK_SQL.format(table=table), [ids])
        cursor.execute(REFRESH_SQL.format(table=table, where="o.id = ANY(%s)"), [PUBLISHED, ids])
        return cursor.rowcount
