"""Writes to projects: saving, the publication workflow and the version history, in one place.

Every function checks the actor's permission (municipalities.access), runs in one transaction,
locks the project row, records a ProjectEvent and refreshes the search vector where content
changed. Views call these functions and only translate exceptions into messages.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kommunect.links import absolute_url
from kommunect.text import german_slug
from municipalities.access import can_edit_for, curator_emails, is_curator
from municipalities.models import Municipality
from ozg.models import TopicField
from projects.changes import (
    RELATION_FIELDS,
    SCALAR_FIELDS,
    FieldChange,
    compose,
    describe,
    diff,
    filled,
    form_snapshot,
    project_snapshot,
)
from projects.forms import MAX_LINKS, LinkForm, ProjectForm
from projects.lineage import keeps_lineage_acyclic
from projects.models import Attachment, Project, ProjectEvent, ProjectLink
from projects.search_index import update_search_vectors
from projects.uploads import safe_name

logger = logging.getLogger(__name__)
State = Project.PublicationState

# URL segments below /projekte/ that a project slug must not take.
RESERVED_SLUGS = {"neu", "meine", "moderation", "vorschau", "auswahl", "suche", "feed", "export"}


class Action:
    """Action codes of ProjectEvent, with their German labels for the history."""

    CREATED = "created"
    EDITED = "edited"
    SUBMITTED = "submitted"
    PUBLISHED = "published"
    REJECTED = "rejected"
    ARCHIVED = "archived"
    UNARCHIVED = "unarchived"
    CONFIRMED = "confirmed"
    RESTORED = "restored"
    ATTACHMENT_DELETED = "attachment_deleted"
    FEATURED = "featured"
    UNFEATURED = "unfeatured"
    REVIEWED = "reviewed"

    LABELS = {
        CREATED: gettext_lazy("angelegt"),
        EDITED: gettext_lazy("bearbeitet"),
        SUBMITTED: gettext_lazy("zur Prüfung eingereicht"),
        PUBLISHED: gettext_lazy("veröffentlicht"),
        REJECTED: gettext_lazy("abgelehnt"),
        ARCHIVED: gettext_lazy("archiviert"),
        UNARCHIVED: gettext_lazy("aus dem Archiv geholt"),
        CONFIRMED: gettext_lazy("als aktuell bestätigt"),
        RESTORED: gettext_lazy("frühere Version wiederhergestellt"),
        ATTACHMENT_DELETED: gettext_lazy("Anhang gelöscht"),
        FEATURED: gettext_lazy("hervorgehoben"),
        UNFEATURED: gettext_lazy("Hervorhebung aufgehoben"),
        REVIEWED: gettext_lazy("Änderungen vom Kuratorium gesichtet"),
    }
    # Events whose snapshot is a content version that can be restored.
    CONTENT = {CREATED, EDITED, RESTORED}


class WorkflowError(Exception):
    """A transition that the project's current state does not allow (message in German)."""


class ProjectGone(WorkflowError):
    """The project was deleted while the request waited for it (a parallel deletion)."""


@dataclass
class EditConflict(Exception):
    """Someone saved the project since the form was loaded."""

    current_version: int
    changes: list[FieldChange]  # label, old = their (stored) value, new = your value


# --- helpers ---------------------------------------------------------------------------------


def _require_editor(actor, municipality_id: int) -> None:
    if not can_edit_for(actor, municipality_id):
        raise PermissionDenied(_("Sie dürfen Projekte dieser Kommune nicht bearbeiten."))


def _require_curator(actor) -> None:
    if not is_curator(actor):
        raise PermissionDenied(_("Nur das Kuratorium darf das."))


def _locked(project: Project) -> Project:
    """The project's row, locked until the transaction ends; ProjectGone if a parallel request
    deleted it after the view had loaded it."""
    locked = Project.objects.select_for_update(of=("self",)).filter(pk=project.pk).first()
    if locked is None:
        raise ProjectGone(_("„%(title)s“ wurde inzwischen gelöscht.") % {"title": project.title})
    return locked


def _record(project, actor, action, *, changes=None, snapshot=None, note="") -> ProjectEvent:
    return ProjectEvent.objects.create(
        project=project,
        actor=actor if actor and actor.is_authenticated else None,
        action=action,
        version=project.version,
        changes=changes or {},
        snapshot=snapshot or {},
        note=note,
    )


def _notify(recipients: list[str], subject: str, body: str) -> None:
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


def _notify_author(project: Project, subject: str, body: str) -> None:
    if project.created_by_id:
        author = get_user_model().objects.filter(pk=project.created_by_id).first()
        if author:
            _notify([author.email], subject, body)


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


def _derive_topic_fields(project: Project) -> None:
    project.topic_fields.set(
        TopicField.objects.filter(services__projects=project)
        .distinct()
        .values_list("pk", flat=True)
    )


def _add_attachment(project, actor, attachment_form) -> Attachment | None:
    if attachment_form is None or not attachment_form.cleaned_data.get("file"):
        return None
    data = attachment_form.cleaned_data
    upload, checked = data["file"], attachment_form.checked
    upload.name = safe_name(upload.name, checked.extension)
    return Attachment.objects.create(
        project=project,
        file=upload,
        title=data["title"],
        alt_text=data.get("alt_text", ""),
        content_type=checked.content_type,
        size=checked.size,
        uploaded_by=actor,
    )


def _finish_content_write(project, actor, action, before, note="") -> ProjectEvent:
    after = project_snapshot(project)
    changes = diff(before, after)
    if action == Action.CREATED:
        changes = filled(changes)
    event = _record(project, actor, action, changes=changes, snapshot=after, note=note)
    update_search_vectors([project.pk])
    return event


class _Unchanged(Exception):
    """Raised inside a savepoint to undo a save that changed nothing."""


# --- saving ----------------------------------------------------------------------------------


@transaction.atomic
def project_create(*, actor, form, links_formset, attachment_form=None) -> Project:
    """Create a draft from a valid ProjectForm, its link formset and an optional attachment."""
    _require_editor(actor, form.cleaned_data["owner"].pk)
    project = form.save(commit=False)
    project.created_by = actor
    project.version = 1
    project.publication_state = State.DRAFT
    _save_with_unique_slug(project)
    form.save_m2m()
    _derive_topic_fields(project)
    links_formset.instance = project
    links_formset.save()
    _add_attachment(project, actor, attachment_form)
    _finish_content_write(project, actor, Action.CREATED, before={})
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
    *, actor, project, form, links_formset, attachment_form=None, expected_version: int
) -> Project:
    """Save a valid ProjectForm over ``project`` unless someone saved in between.

    The row is locked, and the stored version must equal the version the form was loaded
    with; otherwise EditConflict lists what the other person changed. Editing a published
    project keeps it published (the history records the change).
    """
    stored = _locked(project)
    _require_editor(actor, stored.owner_id)
    _require_editor(actor, form.cleaned_data["owner"].pk)
    if stored.version != expected_version:
        raise _conflict(stored, expected_version, form_snapshot(form, links_formset))
    before = project_snapshot(stored)
    try:
        # A save that changes nothing (e.g. "Einreichen" on an untouched form) is undone, so
        # that it adds no empty version to the history.
        with transaction.atomic():
            instance = form.save(commit=False)
            instance.version = stored.version + 1
            instance.save(update_fields=[*SCALAR_FIELDS, "version", "updated_at"])
            form.save_m2m()
            _derive_topic_fields(instance)
            links_formset.instance = instance
            links_formset.save()
            attachment = _add_attachment(instance, actor, attachment_form)
            event = _finish_content_write(instance, actor, Action.EDITED, before)
            if not event.changes and attachment is None:
                raise _Unchanged
    except _Unchanged:
        return stored
    return instance


# --- publication workflow --------------------------------------------------------------------


def _require_version(locked: Project, expected_version: int | None, message: str, **params):
    """Refuse a step decided on a page that showed an older version than ``locked`` has now.
    ``message`` names the next step; it gets the title, the current version and ``params``."""
    if expected_version is not None and locked.version != expected_version:
        raise WorkflowError(message % {"title": locked.title, "version": locked.version, **params})


def _transition(
    project, actor, allowed_from, new_state, action, *, note="", expected_version=None
) -> Project:
    locked = _locked(project)
    _require_version(
        locked,
        expected_version,
        _(
            "„%(title)s“ wurde geändert, seit Sie es geöffnet haben (jetzt Version "
            "%(version)s). Bitte prüfen Sie die aktuelle Fassung und entscheiden Sie erneut."
        ),
    )
    if locked.publication_state not in allowed_from:
        raise WorkflowError(
            _("Das ist im Zustand „%(state)s“ nicht möglich.")
            % {"state": locked.get_publication_state_display()}
        )
    locked.publication_state = new_state
    fields = ["publication_state", "updated_at"]
    if new_state == State.PUBLISHED and locked.published_at is None:
        locked.published_at = timezone.now()
        fields.append("published_at")
    if new_state == State.REJECTED:
        locked.rejection_reason = note
        fields.append("rejection_reason")
    locked.save(update_fields=fields)
    _record(locked, actor, action, note=note)
    return locked


@transaction.atomic
def project_submit(*, actor, project) -> Project:
    """Ask the curators to publish a draft (or a rejected project after changes)."""
    _require_editor(actor, project.owner_id)
    project = _transition(
        project, actor, {State.DRAFT, State.REJECTED}, State.SUBMITTED, Action.SUBMITTED
    )
    # Notifications speak the platform language, whatever language the actor chose.
    with translation.override(settings.LANGUAGE_CODE):
        _notify(
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
    _require_curator(actor)
    project = _transition(
        project,
        actor,
        {State.SUBMITTED},
        State.PUBLISHED,
        Action.PUBLISHED,
        expected_version=expected_version,
    )
    with translation.override(settings.LANGUAGE_CODE):
        _notify_author(
            project,
            _("Ihr Projekt ist veröffentlicht: %(title)s") % {"title": project.title},
            _("„%(title)s“ ist jetzt öffentlich sichtbar: %(url)s")
            % {"title": project.title, "url": absolute_url(project.get_absolute_url())},
        )
    return project


@transaction.atomic
def project_reject(*, actor, project, reason: str, expected_version: int | None = None) -> Project:
    _require_curator(actor)
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
        _notify_author(
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
    _require_editor(actor, project.owner_id)
    allowed = set(State) - {State.ARCHIVED}
    return _transition(project, actor, allowed, State.ARCHIVED, Action.ARCHIVED)


# A project that was never published can be deleted from these states; once published (or
# while the curators review it) it can only be archived.
DELETABLE_STATES = {State.DRAFT, State.REJECTED, State.ARCHIVED}


def can_be_deleted(project: Project) -> bool:
    """Whether the project's own fields allow deleting it (no query; project_delete also
    checks the history for a publication)."""
    return project.published_at is None and project.publication_state in DELETABLE_STATES


def was_published(project: Project) -> bool:
    """Whether the project was ever published: published_at, or (older data) its history."""
    return (
        project.published_at is not None or project.events.filter(action=Action.PUBLISHED).exists()
    )


def deletion_refusal(project: Project) -> str | None:
    """Why ``project`` cannot be deleted (German), or None if it can."""
    if can_be_deleted(project) and not was_published(project):
        return None
    if project.publication_state == State.SUBMITTED:
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
    files += [(a.file.storage, a.file.name) for a in project.attachments.all()]
    return files


@transaction.atomic
def project_delete(*, actor, project) -> str:
    """Delete a project that was never published, with its history, links and files (the
    files once the deletion is committed). Returns the title for the message."""
    locked = _locked(project)
    _require_editor(actor, locked.owner_id)
    refusal = deletion_refusal(locked)
    if refusal:
        raise WorkflowError(refusal)
    files = _stored_files(locked)
    title, pk = locked.title, locked.pk
    locked.delete()
    logger.info("Project %s (%r) deleted by user %s", pk, title, actor.pk)

    def delete_files():
        for storage, name in files:
            storage.delete(name)

    transaction.on_commit(delete_files)
    return title


@transaction.atomic
def project_unarchive(*, actor, project) -> Project:
    """Back from the archive: published again if it was published before, else a draft."""
    _require_editor(actor, project.owner_id)
    target = State.PUBLISHED if project.published_at else State.DRAFT
    return _transition(project, actor, {State.ARCHIVED}, target, Action.UNARCHIVED)


@transaction.atomic
def project_confirm_current(*, actor, project) -> Project:
    """The owner confirms that the entry is still current (sets last_confirmed to today)."""
    _require_editor(actor, project.owner_id)
    locked = _locked(project)
    locked.last_confirmed = timezone.localdate()
    locked.save(update_fields=["last_confirmed", "updated_at"])
    _record(locked, actor, Action.CONFIRMED)
    return locked


@transaction.atomic
def project_mark_reviewed(*, actor, project, expected_version: int | None = None) -> Project:
    """A curator has looked at the changes of a published project since its publication (or
    the last review): it leaves the "geändert seit Veröffentlichung" list until the next edit.
    With ``expected_version`` (the version the curator saw) only if nobody changed it since."""
    _require_curator(actor)
    locked = _locked(project)
    _require_version(
        locked,
        expected_version,
        _(
            "„%(title)s“ wurde geändert, seit Sie es geöffnet haben (jetzt Version "
            "%(version)s). Bitte sehen Sie sich die neuen Änderungen an."
        ),
    )
    if locked.publication_state != State.PUBLISHED:
        raise WorkflowError(
            _("Das ist im Zustand „%(state)s“ nicht möglich.")
            % {"state": locked.get_publication_state_display()}
        )
    _record(locked, actor, Action.REVIEWED)
    return locked


# --- history ---------------------------------------------------------------------------------


def version_event(project: Project, version: int) -> ProjectEvent | None:
    """The event that holds the content snapshot of ``version`` (None if unknown)."""
    return (
        project.events.filter(version=version, action__in=Action.CONTENT)
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
        ProjectEvent.objects.filter(wanted, action__in=Action.CONTENT)
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
    _derive_topic_fields(project)


@transaction.atomic
def project_restore_version(
    *, actor, project, version: int, expected_version: int | None = None
) -> Project:
    """The owner's editors (and curators) bring back the content of an earlier version as a
    new version. A version that belonged to another municipality needs the right to edit for
    that one too, as saving the form would. With ``expected_version`` (the version the
    confirmation page showed) only if nobody changed the project since."""
    locked = _locked(project)
    _require_editor(actor, locked.owner_id)
    _require_version(
        locked,
        expected_version,
        _(
            "„%(title)s“ wurde geändert, seit Sie die Seite geöffnet haben (jetzt Version "
            "%(version)s). Bitte prüfen Sie die Änderungen, bevor Sie Version "
            "%(restored)s wiederherstellen."
        ),
        restored=version,
    )
    event = version_event(locked, version)
    if event is None or version >= locked.version:
        raise WorkflowError(_("Diese Version kann nicht wiederhergestellt werden."))
    if not _passes_form_checks(event.snapshot):
        raise WorkflowError(
            _(
                "Diese Version enthält Links oder eine Beschreibung, die heute nicht mehr "
                "angenommen werden. Bitte übernehmen Sie die Inhalte über „Projekt bearbeiten“."
            )
        )
    _require_editor(actor, event.snapshot.get("owner") or locked.owner_id)
    before = project_snapshot(locked)
    locked.version += 1
    _apply_snapshot(locked, event.snapshot)
    _finish_content_write(
        locked,
        actor,
        Action.RESTORED,
        before,
        note=_("Stand von Version %(version)s") % {"version": version},
    )
    return locked


# --- attachments -----------------------------------------------------------------------------


@transaction.atomic
def attachment_delete(*, actor, attachment: Attachment) -> None:
    project = _locked(attachment.project)
    _require_editor(actor, project.owner_id)
    title = attachment.title
    file = attachment.file
    attachment.delete()
    transaction.on_commit(lambda: file.storage.delete(file.name))
    _record(project, actor, Action.ATTACHMENT_DELETED, note=title)


# --- what a person can do next ---------------------------------------------------------------


def next_actions(project: Project, user) -> list[str]:
    """Workflow actions offered to ``user`` for ``project`` (codes used by "Meine Projekte")."""
    if not can_edit_for(user, project.owner_id):
        return []
    state = project.publication_state
    actions = ["edit"]
    if state in (State.DRAFT, State.REJECTED):
        actions.append("submit")
    if state == State.PUBLISHED:
        actions.append("confirm")
    if state == State.ARCHIVED:
        actions.append("unarchive")
    else:
        actions.append("archive")
    if can_be_deleted(project):
        actions.append("delete")
    return actions


@dataclass(frozen=True)
class PageAction:
    """A workflow button of the project page: a POST form, or a link (``method`` "get")."""

    code: str
    label: str
    url: str
    method: str = "post"


PAGE_ACTION_LABELS = {
    "submit": gettext_lazy("Zur Prüfung einreichen"),
    "confirm": gettext_lazy("Als aktuell bestätigen"),
    "archive": gettext_lazy("Archivieren …"),
    "unarchive": gettext_lazy("Aus dem Archiv holen"),
    "delete": gettext_lazy("Löschen …"),
    "moderate": gettext_lazy("Veröffentlichen oder ablehnen (Moderation)"),
}
# Actions that open a confirmation page first (a link; the page's form posts).
CONFIRMED_ACTIONS = {"archive", "delete"}


def allowed_actions(user, project: Project) -> list[PageAction]:
    """The workflow buttons ``user`` gets on the page of ``project``: the owner's editors
    submit, confirm, archive, unarchive and delete (as in "Meine Projekte"; archiving and
    deleting lead to a confirmation page); curators are sent to the moderation queue for a
    submitted project, where publishing and rejecting (with a reason) happen. Uses the cached
    permission checks, so it adds no query to the page."""
    actions = [
        PageAction(
            code,
            PAGE_ACTION_LABELS[code],
            reverse(f"projects:{code}", args=[project.slug]),
            method="get" if code in CONFIRMED_ACTIONS else "post",
        )
        for code in next_actions(project, user)
        if code in PAGE_ACTION_LABELS
    ]
    if project.publication_state == State.SUBMITTED and is_curator(user):
        actions.append(
            PageAction(
                "moderate",
                PAGE_ACTION_LABELS["moderate"],
                f"{reverse('projects:moderation')}#moderation-{project.pk}",
                method="get",
            )
        )
    return actions
