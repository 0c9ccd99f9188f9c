"""The reuse lineage of a project ("Nachnutzung von"): the chain of originals it builds on.

A project names at most one original (``Project.based_on``), so its originals form a chain
upward. A chain must not lead back to the project: the project pages would then show a
circular lineage. Both edit forms (the platform's and the admin's) refuse such an original
through ``validate_original``. Two saves at the same moment (A → B and B → A) could both pass
that check: the database refuses the second one (trigger of migration 0015, constraint
CYCLE_CONSTRAINT), and ``is_cycle_refusal`` recognises that error.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection
from django.utils.translation import gettext_lazy as _

from projects.models import Project

MAX_CHAIN = 100
CYCLE_CONSTRAINT = "project_lineage_acyclic"
LINEAGE_LOCK = "projects_project.based_on"  # key of the trigger's advisory lock (0015)

# Recursive CTE: start at the given project and follow based_on upward, stopping after
# MAX_CHAIN steps or when an id repeats (a cycle saved before this rule existed).
CHAIN_SQL = """
WITH RECURSIVE chain (id, based_on_id, path) AS (
    SELECT id, based_on_id, ARRAY[id] FROM {table} WHERE id = %(start)s
    UNION ALL
    SELECT project.id, project.based_on_id, chain.path || project.id
    FROM {table} AS project JOIN chain ON project.id = chain.based_on_id
    WHERE cardinality(chain.path) < %(limit)s AND project.id <> ALL(chain.path)
)
SELECT id FROM chain ORDER BY cardinality(path)
"""


def original_chain_ids(project_id: int, *, limit: int = MAX_CHAIN) -> list[int]:
    """The ids of ``project_id``, its original, that one's original and so on, in that order
    (at most ``limit``); one query. Empty if the project does not exist."""
    table = connection.ops.quote_name(Project._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(CHAIN_SQL.format(table=table), {"start": project_id, "limit": limit})
        return [row[0] for row in cursor.fetchall()]


def validate_original(project: Project, original: Project | None) -> Project | None:
    """``original`` if ``project`` may be based on it; a ValidationError if the chain of
    originals starting at ``original`` contains ``project`` (including ``original`` itself)."""
    if original is None or project.pk is None:
        return original
    lock_lineage()
    if project.pk not in original_chain_ids(original.pk):
        return original
    raise cycle_error(project, original)


def cycle_error(project: Project, original: Project) -> ValidationError:
    if original.pk == project.pk:
        return ValidationError(
            _("Ein Projekt kann nicht Nachnutzung von sich selbst sein."), code="self"
        )
    return ValidationError(
        _(
            "„%(title)s“ ist bereits eine Nachnutzung dieses Projekts (direkt oder über "
            "weitere Projekte). Eine Nachnutzung im Kreis ist nicht möglich."
        ),
        code="cycle",
        params={"title": original.title},
    )


def lock_lineage() -> None:
    """Take the lineage lock of the database trigger until the transaction ends, so that no
    other lineage change lands between a check and the save that follows it in the same
    transaction (the admin validates and saves in one; outside a transaction it is a no-op)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [LINEAGE_LOCK])


def is_cycle_refusal(error: IntegrityError) -> bool:
    """Whether the database refused a write because it would close a circular lineage."""
    diag = getattr(error.__cause__, "diag", None)
    return getattr(diag, "constraint_name", None) == CYCLE_CONSTRAINT


def keeps_lineage_acyclic(project_id: int, original_id: int | None) -> bool:
    """Whether ``project_id`` may name ``original_id`` (an existing project) as its original."""
    lock_lineage()
    chain = original_chain_ids(original_id) if original_id else []
    return bool(chain) and project_id not in chain
