"""Create, update and delete a project's content.

The content comes as ProjectData, model values a form or the admin has validated; the
services store it, keep the derived data (topic fields, search vector) true and record the
version in the history.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from kommunect.text import german_slug
from municipalities.models import Municipality
from projects.changes import RELATION_FIELDS, SCALAR_FIELDS, describe, diff, project_snapshot
from projects.models import Attachment, Project, ProjectLink
from projects.reuse_counts import refresh_reuse_counts
from projects.services.attachments import add_attachment
from projects.services.common import (
    Action,
    EditConflict,
    WorkflowError,
    derive_topic_fields,
    finish_content_write,
    locked,
    require_editor,
)
from projects.services.data import NewAttachment, ProjectData
from projects.services.versions import version_event

logger = logging.getLogger(__name__)

# URL segments below /projekte/ that a project slug must not take.
RESERVED_SLUGS = {
    "neu",
    "meine",
    "anfragen",
    "moderation",
    "vorschau",
    "auswahl",
    "suche",
    "feed",
    "export",
}


SLUG_SUFFIX_CHARS = "abcdefghijkmnpqrstuvwxyz23456789"


def _random_suffix(slug: str) -> str:
    return f"{slug[:190]}-{get_random_string(6, SLUG_SUFFIX_CHARS)}"


def unique_slug(title: str, owner: Municipality) -> str:
    """The title's slug with the owner's name ("digitaler-bauantrag-teltow"), or with a random
    suffix when a project holds it already. With the owner in it, a slug can only collide with
    the owner's own projects, which its editors see anyway: another municipality's hidden
    draft of the same title changes nothing in the new slug."""
    base = german_slug(title) or "projekt"
    owner_part = german_slug(owner.name)
    if owner_part and f"-{owner_part}-" not in f"-{base}-":
        base = f"{base}-{owner_part}"[:200]
    if base in RESERVED_SLUGS:
        base = f"{base}-projekt"
    return _random_suffix(base) if Project.objects.filter(slug=base).exists() else base


def _save_with_unique_slug(project: Project, attempts: int = 5) -> None:
    """Insert ``project`` under a free slug. Two people creating the same title at once both
    see the slug as free; the second insert then fails on the unique index and retries (in a
    savepoint, so the surrounding transaction survives) with a random suffix."""
    for attempt in range(attempts):
        project.slug = unique_slug(project.title, project.owner)
        if attempt:
            project.slug = _random_suffix(project.slug)
        try:
            with transaction.atomic():
                project.save()
            return
        except IntegrityError:
            if attempt == attempts - 1 or not Project.objects.filter(slug=project.slug).exists():
                raise


def _store_relations(project: Project, data: ProjectData) -> None:
    for name in RELATION_FIELDS:
        getattr(project, name).set(getattr(data, name))
    project.tags.set(data.tags)
    links = [(title, url) for title, url in data.links]
    if [(link.title, link.url) for link in project.links.all()] != links:
        project.links.all().delete()
        ProjectLink.objects.bulk_create(
            ProjectLink(project=project, title=title, url=url) for title, url in links
        )
    derive_topic_fields(project)


class _Unchanged(Exception):
    """Raised inside a savepoint to undo a save that changed nothing."""


@transaction.atomic
def project_create(
    *, actor, data: ProjectData, attachment: NewAttachment | None = None, note: str = ""
) -> Project:
    """Create a draft with ``data`` and an optional attachment; ``note`` goes into the
    history entry."""
    require_editor(actor, data.owner.pk)
    project = Project(created_by=actor, version=1, publication_state=Project.PublicationState.DRAFT)
    data.apply_to(project)
    _save_with_unique_slug(project)
    _store_relations(project, data)
    add_attachment(project, actor, attachment)
    finish_content_write(project, actor, Action.CREATED, before={}, note=note)
    return project


def _conflict(stored: Project, expected_version: int, yours: dict) -> EditConflict:
    current = project_snapshot(stored)
    base_event = version_event(stored, expected_version)
    # What the others changed since the form was loaded; without a stored snapshot of that
    # version, every field where the stored value differs from the user's.
    changed = diff(base_event.snapshot, current) if base_event else diff(current, yours)
    rows = {name: {"old": current.get(name), "new": yours.get(name)} for name in changed}
    return EditConflict(current_version=stored.version, changes=describe([rows])[0])


@transaction.atomic
def project_update(
    *,
    actor,
    project: Project,
    data: ProjectData,
    expected_version: int,
    attachment: NewAttachment | None = None,
) -> Project:
    """Store ``data`` over ``project`` unless someone saved in between.

    The row is locked, and the stored version must equal the version the form was loaded
    with; otherwise EditConflict lists what the other person changed. Editing a published
    project keeps it published (the history records the change).
    """
    stored = locked(project)
    require_editor(actor, stored.owner_id)
    require_editor(actor, data.owner.pk)
    if stored.version != expected_version:
        raise _conflict(stored, expected_version, data.snapshot(stored))
    before = project_snapshot(stored)
    try:
        # A save that changes nothing (e.g. "Einreichen" on an untouched form) is undone, so
        # that it adds no empty version to the history.
        with transaction.atomic():
            data.apply_to(stored)
            stored.version += 1
            stored.save(update_fields=[*SCALAR_FIELDS, "version", "updated_at"])
            _store_relations(stored, data)
            added = add_attachment(stored, actor, attachment)
            event = finish_content_write(stored, actor, Action.EDITED, before)
            if not event.changes and added is None:
                raise _Unchanged
    except _Unchanged:
        return Project.objects.get(pk=stored.pk)
    # A new original or owner moves this project's reuse between counts, and its own count
    # excludes its owner's reuses.
    refresh_reuse_counts([before["based_on"], stored.based_on_id, stored.pk])
    return stored


def was_published(project: Project) -> bool:
    """Whether the project was ever published: published_at, or (older data) its history."""
    return (
        project.published_at is not None or project.events.filter(action=Action.PUBLISHED).exists()
    )


def deletion_refusal(project: Project) -> str | None:
    """Why ``project`` cannot be deleted (German), or None if it can."""
    if project.can_be_deleted and not was_published(project):
        return None
    if project.is_submitted:
        return _("Ein eingereichtes Projekt kann nicht gelöscht werden, nur archiviert.")
    return _("„%(title)s“ war veröffentlicht und kann nicht gelöscht, nur archiviert werden.") % {
        "title": project.title
    }


def _stored_files(project: Project) -> list:
    """(storage, name) of every upload of the project: its attachments, its cover image and
    the cover images of earlier versions, which "restore version" could bring back."""
    cover_storage = Project._meta.get_field("cover_image").storage
    covers = {project.cover_image.name} if project.cover_image else set()
    for snapshot in project.events.exclude(snapshot={}).values_list("snapshot", flat=True):
        if snapshot.get("cover_image"):
            covers.add(snapshot["cover_image"])
    files = [(cover_storage, name) for name in sorted(covers)]
    files += [(a.file.storage, a.file.name) for a in Attachment.objects.filter(project=project)]
    return files


@transaction.atomic
def project_delete(*, actor, project) -> str:
    """Delete a project that was never published, with its history, links and files (the
    files once the deletion is committed). Returns the title for the message."""
    row = locked(project)
    require_editor(actor, row.owner_id)
    refusal = deletion_refusal(row)
    if refusal:
        raise WorkflowError(refusal)
    files = _stored_files(row)
    title, pk, original_id = row.title, row.pk, row.based_on_id
    row.delete()
    refresh_reuse_counts([original_id])
    logger.info("Project %s (%r) deleted by user %s", pk, title, actor.pk)

    def delete_files():
        for storage, name in files:
            storage.delete(name)

    transaction.on_commit(delete_files)
    return title
