"""The content versions of a project's history: finding one, what changed since one, and
bringing one back."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from projects.changes import (
    RELATION_FIELDS,
    SCALAR_FIELDS,
    FieldChange,
    compose,
    describe,
    project_snapshot,
)
from projects.forms import MAX_LINKS, LinkForm, ProjectForm
from projects.lineage import keeps_lineage_acyclic
from projects.models import Project, ProjectEvent, ProjectLink
from projects.reuse_counts import refresh_reuse_counts
from projects.services.common import (
    Action,
    WorkflowError,
    derive_topic_fields,
    finish_content_write,
    locked,
    require_editor,
    require_version,
)


def version_event(project: Project, version: int) -> ProjectEvent | None:
    """The event that holds the content snapshot of ``version`` (None if unknown)."""
    return (
        project.events.filter(version=version, action__in=ProjectEvent.CONTENT_ACTIONS)
        .exclude(snapshot={})
        .order_by("-created_at", "-id")
        .first()
    )


def changes_since(projects, since: dict[int, int]) -> dict[int, list[FieldChange]]:
    """For each project, what its content changed after version ``since[pk]``: the changes
    of its later content events composed (first old value, last new value per field). One
    query for the events, plus describe's name lookups (at most one per related model)."""
    wanted = Q()
    for project in projects:
        wanted |= Q(project_id=project.pk, version__gt=since[project.pk])
    if not wanted:
        return {}
    later = {project.pk: [] for project in projects}
    for project_id, changed in (
        ProjectEvent.objects.filter(wanted, action__in=ProjectEvent.CONTENT_ACTIONS)
        .order_by("version", "created_at", "id")
        .values_list("project_id", "changes")
    ):
        later[project_id].append(changed)
    described = describe([compose(changes_list) for changes_list in later.values()])
    return dict(zip(later, described, strict=True))


def _passes_form_checks(snapshot: dict) -> bool:
    """Whether a version's links and description pass today's checks of the project form.
    A restored version is current at once, on a published project without review, so it
    must not bring back what the form would refuse (e.g. stored before a check existed)."""
    links = snapshot.get("links") or []
    if len(links) > MAX_LINKS:
        return False
    if not all(LinkForm(data={"title": title, "url": url}).is_valid() for title, url in links):
        return False
    try:
        ProjectForm.base_fields["description"].clean(snapshot.get("description") or "")
    except ValidationError:
        return False
    return True


def _apply_snapshot(project: Project, snapshot: dict) -> None:
    for name in SCALAR_FIELDS:
        if name not in snapshot:
            continue
        value = snapshot[name]
        if name == "owner":
            project.owner_id = value
            continue
        if name == "based_on":  # deleted since, or now a reuse of this project: dropped
            project.based_on_id = value if keeps_lineage_acyclic(project.pk, value) else None
            continue
        field = Project._meta.get_field(name)
        if name == "cover_image":
            setattr(project, name, value or "")
        elif value is None and not field.null:
            setattr(project, name, field.get_default())
        else:
            setattr(project, name, field.to_python(value))
    project.save(update_fields=[*SCALAR_FIELDS, "version", "updated_at"])
    for name, model in RELATION_FIELDS.items():
        if name in snapshot:
            ids = model.objects.filter(pk__in=snapshot[name]).values_list("pk", flat=True)
            getattr(project, name).set(list(ids))
    if "tags" in snapshot:
        project.tags.set(snapshot["tags"])
    if "links" in snapshot:
        project.links.all().delete()
        ProjectLink.objects.bulk_create(
            ProjectLink(project=project, title=title, url=url) for title, url in snapshot["links"]
        )
    derive_topic_fields(project)


@transaction.atomic
def project_restore_version(
    *, actor, project, version: int, expected_version: int | None = None
) -> Project:
    """The owner's editors (and curators) bring back the content of an earlier version as a
    new version. A version that belonged to another municipality needs the right to edit for
    that one too, as saving the form would. With ``expected_version`` (the version the
    confirmation page showed) only if nobody changed the project since."""
    row = locked(project)
    require_editor(actor, row.owner_id)
    require_version(
        row,
        expected_version,
        _(
            "„%(title)s“ wurde geändert, seit Sie die Seite geöffnet haben (jetzt Version "
            "%(version)s). Bitte prüfen Sie die Änderungen, bevor Sie Version "
            "%(restored)s wiederherstellen."
        ),
        restored=version,
    )
    event = version_event(row, version)
    if event is None or version >= row.version:
        raise WorkflowError(_("Diese Version kann nicht wiederhergestellt werden."))
    if not _passes_form_checks(event.snapshot):
        raise WorkflowError(
            _(
                "Diese Version enthält Links oder eine Beschreibung, die heute nicht mehr "
                "angenommen werden. Bitte übernehmen Sie die Inhalte über „Projekt bearbeiten“."
            )
        )
    require_editor(actor, event.snapshot.get("owner") or row.owner_id)
    before = project_snapshot(row)
    row.version += 1
    _apply_snapshot(row, event.snapshot)
    finish_content_write(
        row,
        actor,
        Action.RESTORED,
        before,
        note=_("Stand von Version %(version)s") % {"version": version},
    )
    refresh_reuse_counts([before["based_on"], row.based_on_id, row.pk])
    return row
