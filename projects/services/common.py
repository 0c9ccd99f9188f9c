"""What the project services share: their errors, permission checks, row lock, history event
and notifications after commit."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext as _

from municipalities.access import can_edit_for, is_curator
from ozg.models import TopicField
from projects.changes import FieldChange, diff, filled, project_snapshot
from projects.models import Project, ProjectEvent
from projects.readiness import refresh_ready_until
from projects.search_index import update_search_vectors

logger = logging.getLogger(__name__)
Action = ProjectEvent.Action
State = Project.PublicationState


class WorkflowError(Exception):
    """A transition that the project's current state does not allow (message in German)."""


class ProjectGone(WorkflowError):
    """The project was deleted while the request waited for it (a parallel deletion)."""


@dataclass
class EditConflict(Exception):
    """Someone saved the project since the form was loaded."""

    current_version: int
    changes: list[FieldChange]  # label, old = their (stored) value, new = your value


def require_editor(actor, municipality_id: int) -> None:
    if not can_edit_for(actor, municipality_id):
        raise PermissionDenied(_("Sie dürfen Projekte dieser Kommune nicht bearbeiten."))


def require_curator(actor) -> None:
    if not is_curator(actor):
        raise PermissionDenied(_("Nur das Kuratorium darf das."))


def locked(project: Project) -> Project:
    """The project's row, locked until the transaction ends; ProjectGone if a parallel request
    deleted it after the view had loaded it."""
    row = Project.objects.select_for_update(of=("self",)).filter(pk=project.pk).first()
    if row is None:
        raise ProjectGone(_("„%(title)s“ wurde inzwischen gelöscht.") % {"title": project.title})
    return row


def require_version(row: Project, expected_version: int | None, message: str, **params) -> None:
    """Refuse a step decided on a page that showed an older version than ``row`` has now.
    ``message`` names the next step; it gets the title, the current version and ``params``."""
    if expected_version is not None and row.version != expected_version:
        raise WorkflowError(message % {"title": row.title, "version": row.version, **params})


def record(project, actor, action, *, changes=None, snapshot=None, note="") -> ProjectEvent:
    refresh_ready_until([project.pk])  # every change may complete or break the checklist
    return ProjectEvent.objects.create(
        project=project,
        actor=actor if actor and actor.is_authenticated else None,
        action=action,
        version=project.version,
        changes=changes or {},
        snapshot=snapshot or {},
        note=note,
    )


def finish_content_write(project, actor, action, before, note="") -> ProjectEvent:
    """Record a content version (changes and snapshot) and refresh the search vector."""
    after = project_snapshot(project)
    changes = diff(before, after)
    if action == Action.CREATED:
        changes = filled(changes)
    event = record(project, actor, action, changes=changes, snapshot=after, note=note)
    update_search_vectors([project.pk])
    return event


def derive_topic_fields(project: Project) -> None:
    """The topic fields follow from the OZG services; nobody sets them by hand."""
    project.topic_fields.set(
        TopicField.objects.filter(services__projects=project)
        .distinct()
        .values_list("pk", flat=True)
    )


def notify(recipients: list[str], subject: str, body: str) -> None:
    """Send a notification once the write is committed (never for a rolled-back one); the
    subject on one line (a title with a line break would make it an invalid header); a mail
    server failure is logged, never undoes the write."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    subject = " ".join(subject.split())

    def send():
        try:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        except Exception:
            logger.exception("Notification %r could not be sent", subject)

    transaction.on_commit(send)


def notify_author(project: Project, subject: str, body: str) -> None:
    if project.created_by_id:
        author = get_user_model().objects.filter(pk=project.created_by_id).first()
        if author:
            notify([author.email], subject, body)
