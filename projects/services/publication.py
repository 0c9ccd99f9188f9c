"""The publication workflow: submit, publish, reject, archive, unarchive; the owner's
confirmation that an entry is current, the curators' review of changes and featuring."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kommunect.links import absolute_url
from municipalities.access import curator_emails
from projects import search_words
from projects.models import Project
from projects.reuse_counts import refresh_reuse_counts
from projects.services.common import (
    Action,
    State,
    WorkflowError,
    locked,
    notify,
    notify_author,
    record,
    require_curator,
    require_editor,
    require_version,
)

STALE_DECISION = gettext_lazy(
    "„%(title)s“ wurde geändert, seit Sie es geöffnet haben (jetzt Version "
    "%(version)s). Bitte prüfen Sie die aktuelle Fassung und entscheiden Sie erneut."
)


def _refuse_state(row: Project) -> WorkflowError:
    return WorkflowError(
        _("Das ist im Zustand „%(state)s“ nicht möglich.")
        % {"state": row.get_publication_state_display()}
    )


def _transition(
    project, actor, allowed_from, new_state, action, *, note="", expected_version=None
) -> Project:
    row = locked(project)
    require_version(row, expected_version, str(STALE_DECISION))
    if row.publication_state not in allowed_from:
        raise _refuse_state(row)
    row.publication_state = new_state
    fields = ["publication_state", "updated_at"]
    if row.is_published and row.published_at is None:
        row.published_at = timezone.now()
        fields.append("published_at")
    if row.is_rejected:
        row.rejection_reason = note
        fields.append("rejection_reason")
    row.save(update_fields=fields)
    record(row, actor, action, note=note)
    refresh_reuse_counts([row.based_on_id])  # a reuse counts while it is published
    if row.is_published:
        # Its words join "did you mean" once public (after commit: the word table is shared).
        transaction.on_commit(lambda: search_words.add_project_words([row.pk]))
    return row


@transaction.atomic
def project_submit(*, actor, project) -> Project:
    """Ask the curators to publish a draft (or a rejected project after changes)."""
    require_editor(actor, project.owner_id)
    project = _transition(
        project, actor, Project.SUBMITTABLE_STATES, State.SUBMITTED, Action.SUBMITTED
    )
    # Notifications speak the platform language, whatever language the actor chose.
    with translation.override(settings.LANGUAGE_CODE):
        notify(
            curator_emails(),
            _("Neues Projekt zur Prüfung: %(title)s") % {"title": project.title},
            _("„%(title)s“ wartet in der Moderation: %(url)s")
            % {"title": project.title, "url": absolute_url(reverse("projects:moderation"))},
        )
    return project


@transaction.atomic
def project_publish(*, actor, project, expected_version: int | None = None) -> Project:
    """Publish a submitted project; with ``expected_version`` (the version the curator
    reviewed) only if nobody changed it since."""
    require_curator(actor)
    project = _transition(
        project,
        actor,
        {State.SUBMITTED},
        State.PUBLISHED,
        Action.PUBLISHED,
        expected_version=expected_version,
    )
    with translation.override(settings.LANGUAGE_CODE):
        notify_author(
            project,
            _("Ihr Projekt ist veröffentlicht: %(title)s") % {"title": project.title},
            _("„%(title)s“ ist jetzt öffentlich sichtbar: %(url)s")
            % {"title": project.title, "url": absolute_url(project.get_absolute_url())},
        )
    return project


@transaction.atomic
def project_reject(*, actor, project, reason: str, expected_version: int | None = None) -> Project:
    require_curator(actor)
    if not reason.strip():
        raise WorkflowError(_("Bitte geben Sie einen Grund für die Ablehnung an."))
    project = _transition(
        project,
        actor,
        {State.SUBMITTED},
        State.REJECTED,
        Action.REJECTED,
        note=reason.strip(),
        expected_version=expected_version,
    )
    with translation.override(settings.LANGUAGE_CODE):
        notify_author(
            project,
            _("Ihr Projekt wurde nicht veröffentlicht: %(title)s") % {"title": project.title},
            _(
                "„%(title)s“ wurde vom Kuratorium abgelehnt.\n\nBegründung:\n%(reason)s\n\n"
                "Sie können das Projekt überarbeiten und erneut einreichen: %(url)s"
            )
            % {
                "title": project.title,
                "reason": project.rejection_reason,
                "url": absolute_url(reverse("projects:edit", args=[project.slug])),
            },
        )
    return project


@transaction.atomic
def project_archive(*, actor, project) -> Project:
    require_editor(actor, project.owner_id)
    allowed = set(State) - {State.ARCHIVED}
    return _transition(project, actor, allowed, State.ARCHIVED, Action.ARCHIVED)


@transaction.atomic
def project_unarchive(*, actor, project) -> Project:
    """Back from the archive: published again if it was published before, else a draft."""
    require_editor(actor, project.owner_id)
    target = State.PUBLISHED if project.published_at else State.DRAFT
    return _transition(project, actor, {State.ARCHIVED}, target, Action.UNARCHIVED)


@transaction.atomic
def project_confirm_current(*, actor, project) -> Project:
    """The owner confirms that the entry is still current (sets last_confirmed to today)."""
    require_editor(actor, project.owner_id)
    row = locked(project)
    row.last_confirmed = timezone.localdate()
    row.save(update_fields=["last_confirmed", "updated_at"])
    record(row, actor, Action.CONFIRMED)
    return row


@transaction.atomic
def project_mark_reviewed(*, actor, project, expected_version: int | None = None) -> Project:
    """A curator has looked at the changes of a published project since its publication (or
    the last review): it leaves the "geändert seit Veröffentlichung" list until the next edit.
    With ``expected_version`` (the version the curator saw) only if nobody changed it since."""
    require_curator(actor)
    row = locked(project)
    require_version(
        row,
        expected_version,
        _(
            "„%(title)s“ wurde geändert, seit Sie es geöffnet haben (jetzt Version "
            "%(version)s). Bitte sehen Sie sich die neuen Änderungen an."
        ),
    )
    if not row.is_published:
        raise _refuse_state(row)
    record(row, actor, Action.REVIEWED)
    return row


@transaction.atomic
def project_set_featured(*, actor, project, featured: bool) -> Project:
    """Curators feature a project on the home page, or take the feature back."""
    require_curator(actor)
    row = locked(project)
    if row.featured == featured:
        return row
    row.featured = featured
    row.save(update_fields=["featured", "updated_at"])
    record(row, actor, Action.FEATURED if featured else Action.UNFEATURED)
    return row
