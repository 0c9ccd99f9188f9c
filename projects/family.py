"""The family of a project: the tree of who reused whom (``based_on``), from the root
ancestor down, as the family page shows it. Two queries, whatever the family's size."""

from dataclasses import dataclass, field

from django.db import connection

from projects.lineage import MAX_CHAIN
from projects.models import Project

# From the project up to its root ancestor (the last row of the chain), then down from the
# root to every descendant. Paths stop repeats (a cycle saved before the trigger of 0015).
FAMILY_SQL = """
WITH RECURSIVE chain (id, based_on_id, path) AS (
    SELECT id, based_on_id, ARRAY[id] FROM {table} WHERE id = %(start)s
    UNION ALL
    SELECT p.id, p.based_on_id, chain.path || p.id
    FROM {table} AS p JOIN chain ON p.id = chain.based_on_id
    WHERE cardinality(chain.path) < %(limit)s AND p.id <> ALL(chain.path)
),
root AS (SELECT id FROM chain ORDER BY cardinality(path) DESC LIMIT 1),
tree (id, parent_id, path) AS (
    SELECT id, NULL::bigint, ARRAY[id] FROM root
    UNION ALL
    SELECT p.id, p.based_on_id, tree.path || p.id
    FROM {table} AS p JOIN tree ON p.based_on_id = tree.id
    WHERE cardinality(tree.path) < %(limit)s AND p.id <> ALL(tree.path)
)
SELECT id, parent_id FROM tree
"""


@dataclass
class FamilyNode:
    project: Project
    is_current: bool = False  # the project whose family page this is
    children: list["FamilyNode"] = field(default_factory=list)

    @property
    def year(self) -> int:
        """The year the project started, else the year it was published, else entered."""
        project = self.project
        moment = project.start_date or project.published_at or project.created_at
        return moment.year


def family_tree(project: Project, user) -> list[FamilyNode]:
    """The family of ``project`` as the roots of a tree, as far as ``user`` may see it: a
    project the user may not see (another municipality's draft, an archived project) is left
    out and its visible reuses hang from its nearest visible ancestor. Two queries (a third
    for a signed-in user's municipalities, if not known yet)."""
    table = connection.ops.quote_name(Project._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(FAMILY_SQL.format(table=table), {"start": project.pk, "limit": MAX_CHAIN})
        parents = dict(cursor.fetchall())
    rows = (
        Project.objects.visible_to(user)
        .filter(pk__in=list(parents))
        .select_related("owner")
        .only(
            "id",
            "slug",
            "title",
            "reuse_kind",
            "publication_state",
            "start_date",
            "published_at",
            "created_at",
            "owner__name",
            "owner__slug",
            "owner__kind",
            "owner__kind_label",
        )
        .order_by("start_date", "published_at", "created_at", "id")
    )
    nodes = {row.pk: FamilyNode(row, row.pk == project.pk) for row in rows}
    roots = []
    for pk, node in nodes.items():
        parent = parents.get(pk)
        while parent is not None and parent not in nodes:
            parent = parents.get(parent)
        (nodes[parent].children if parent is not None else roots).append(node)
    return roots
