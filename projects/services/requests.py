"""Reuse requests ("Nachnutzung anfragen"): municipality B asks municipality A, owner of
project P, to reuse P. One function per step, each with its permission check, a row lock, the
version check of the page the step was decided on, a history entry (ReuseRequestEvent) and an
e-mail to the other side after commit.

Life cycle: offen → in Klärung → vereinbart / abgelehnt / zurückgezogen; vereinbart →
umgesetzt once B's own project based on P exists.

Who: members of B (approved memberships) ask, agree once in Klärung, withdraw and complete;
members of A answer, agree and decline; members of both and the curators write in the thread.
Curators read and write in every thread but take no decision for a municipality.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kommunect.links import absolute_url
from municipalities.access import editable_municipality_ids, is_curator
from municipalities.models import Membership, Municipality
from projects.models import Project, ReuseRequest
from projects.models import ReuseRequestEvent as Event
from projects.services.common import WorkflowError

State = ReuseRequest.State
SUBJECT_PREFIX = "[Kommunect] "
MAX_TEXT = 5000
REMIND_AFTER_DAYS = 7


class StaleRequest(WorkflowError):
    """The request changed since the page with the form was loaded (e.g. in a second tab)."""


@dataclass
class RequestData:
    """What B asks for (model values, not a form)."""

    parts: list[str] = field(default_factory=list)
    timeline: str = ""
    questions: str = ""


# --- who is who ----------------------------------------------------------------------------


def is_owner_side(user, request: ReuseRequest) -> bool:
    """A member of A, the municipality whose project is asked for."""
    return request.project.owner_id in editable_municipality_ids(user)


def is_asker_side(user, request: ReuseRequest) -> bool:
    """A member of B, the municipality that asks."""
    return request.municipality_id in editable_municipality_ids(user)


def asking_municipalities(user, project: Project) -> list[Municipality]:
    """The municipalities ``user`` may ask for ``project`` on behalf of: theirs, not A."""
    ids = [pk for pk in editable_municipality_ids(user) if pk != project.owner_id]
    return list(Municipality.objects.filter(pk__in=ids).order_by("name"))


def allowed_steps(user, request: ReuseRequest) -> set[str]:
    """The steps ``user`` may take on ``request`` now (no query beyond the cached membership):
    "answer", "post", "agree", "decline", "withdraw", "complete"."""
    owner, asker = is_owner_side(user, request), is_asker_side(user, request)
    steps = set()
    if not request.is_active:
        return steps
    if owner or asker or is_curator(user):
        steps.add("post")
    if owner and request.state in (State.OPEN, State.CLARIFYING):
        steps |= {"decline", "agree"}
        if request.is_open:
            steps.add("answer")
    if asker:
        steps.add("withdraw")
        if request.state == State.CLARIFYING:
            steps.add("agree")
        if request.is_agreed:
            steps.add("complete")
    return steps


SIDES = {
    "answer": {"owner"},
    "decline": {"owner"},
    "agree": {"owner", "asker"},
    "withdraw": {"asker"},
    "complete": {"asker"},
    "post": {"owner", "asker", "curator"},
}


def may_take(user, request: ReuseRequest, step: str) -> bool:
    """Whether ``user``'s side ever takes ``step`` (whatever the state)."""
    sides = SIDES[step]
    return (
        ("owner" in sides and is_owner_side(user, request))
        or ("asker" in sides and is_asker_side(user, request))
        or ("curator" in sides and is_curator(user))
    )


def _require(user, request: ReuseRequest, step: str) -> None:
    """The step now; the side was checked before the version (_locked)."""
    if step in allowed_steps(user, request):
        return
    if not request.is_active:
        raise WorkflowError(
            _("Diese Anfrage ist abgeschlossen (%(state)s).")
            % {"state": request.get_state_display()}
        )
    raise WorkflowError(
        _("Das ist im Stand „%(state)s“ nicht möglich.") % {"state": request.get_state_display()}
    )


# --- the steps ----------------------------------------------------------------------------


@transaction.atomic
def request_create(
    *, actor, project: Project, municipality: Municipality, data: RequestData
) -> ReuseRequest:
    """B (``municipality``, one of the actor's) asks A for a published project of A."""
    if municipality.pk not in editable_municipality_ids(actor):
        raise PermissionDenied(_("Sie können nur für Ihre eigene Kommune anfragen."))
    if municipality.pk == project.owner_id:
        raise PermissionDenied(_("Das ist ein Projekt Ihrer Kommune."))
    project = Project.objects.select_for_update(of=("self",)).filter(pk=project.pk).first()
    if project is None or not project.is_published:
        raise WorkflowError(_("Nur veröffentlichte Projekte können angefragt werden."))
    questions = data.questions.strip()
    if not questions:
        raise WorkflowError(_("Bitte stellen Sie Ihre Fragen an die Kommune."))
    parts = [part for part in dict.fromkeys(data.parts) if part in ReuseRequest.Part.values]
    if ReuseRequest.objects.active().filter(project=project, municipality=municipality).exists():
        raise WorkflowError(_("Ihre Kommune hat für dieses Projekt bereits eine offene Anfrage."))
    try:
        with transaction.atomic():  # the constraint decides between two parallel requests
            request = ReuseRequest.objects.create(
                project=project,
                municipality=municipality,
                created_by=actor,
                parts=parts,
                timeline=data.timeline.strip()[:200],
                questions=questions[:MAX_TEXT],
            )
    except IntegrityError:
        raise WorkflowError(
            _("Ihre Kommune hat für dieses Projekt bereits eine offene Anfrage.")
        ) from None
    event = _record(request, actor, Event.Action.ASKED, municipality)
    _notify(request, event, to_owner=True)
    return request


@transaction.atomic
def request_answer(
    *, actor, request: ReuseRequest, text: str, expected_version: int | None = None
) -> ReuseRequest:
    """A's first answer: offen → in Klärung, the time of the first answer is set."""
    row = _locked(request, expected_version, actor, "answer")
    text = _text(text)
    row.state = State.CLARIFYING
    _answered(row)
    _save(row)
    event = _record(row, actor, Event.Action.ANSWERED, row.project.owner, text=text)
    _notify(row, event, to_owner=False)
    return row


@transaction.atomic
def request_post(
    *, actor, request: ReuseRequest, text: str, expected_version: int | None = None
) -> ReuseRequest:
    """A message in the thread; A's message on an open request is its answer."""
    row = _locked(request, expected_version, actor, "post")
    if "answer" in allowed_steps(actor, row):
        return request_answer(actor=actor, request=row, text=text)
    text = _text(text)
    _save(row)
    speaks_for = _speaks_for(actor, row)
    event = _record(row, actor, Event.Action.MESSAGE, speaks_for, text=text)
    if speaks_for is None:  # a curator: both sides hear it
        _notify(row, event, to_owner=True)
        _notify(row, event, to_owner=False)
    else:
        _notify(row, event, to_owner=speaks_for.pk == row.municipality_id)
    return row


@transaction.atomic
def request_agree(
    *, actor, request: ReuseRequest, text: str = "", expected_version: int | None = None
) -> ReuseRequest:
    """Either side agrees: A from offen or in Klärung, B once A has answered (in Klärung)."""
    row = _locked(request, expected_version, actor, "agree")
    by_owner = is_owner_side(actor, row) and row.state in (State.OPEN, State.CLARIFYING)
    row.state = State.AGREED
    if by_owner:
        _answered(row)
    _save(row)
    speaks_for = row.project.owner if by_owner else row.municipality
    event = _record(row, actor, Event.Action.AGREED, speaks_for, text=_note(text))
    _notify(row, event, to_owner=not by_owner)
    return row


@transaction.atomic
def request_decline(
    *, actor, request: ReuseRequest, text: str = "", expected_version: int | None = None
) -> ReuseRequest:
    """A declines (from offen or in Klärung); a reason is welcome, not required."""
    row = _locked(request, expected_version, actor, "decline")
    row.state = State.DECLINED
    _answered(row)
    _save(row)
    event = _record(row, actor, Event.Action.DECLINED, row.project.owner, text=_note(text))
    _notify(row, event, to_owner=False)
    return row


@transaction.atomic
def request_withdraw(
    *, actor, request: ReuseRequest, text: str = "", expected_version: int | None = None
) -> ReuseRequest:
    """B withdraws its request (while it is under way)."""
    row = _locked(request, expected_version, actor, "withdraw")
    row.state = State.WITHDRAWN
    _save(row)
    event = _record(row, actor, Event.Action.WITHDRAWN, row.municipality, text=_note(text))
    _notify(row, event, to_owner=True)
    return row


def completion_candidates(request: ReuseRequest):
    """B's projects based on P: one of them completes the request."""
    return Project.objects.filter(
        owner_id=request.municipality_id, based_on_id=request.project_id
    ).order_by("title", "pk")


@transaction.atomic
def request_complete(
    *,
    actor,
    request: ReuseRequest,
    resulting_project: Project | None = None,
    expected_version: int | None = None,
) -> ReuseRequest:
    """B reports the reuse done: vereinbart → umgesetzt, with B's project based on P (the
    only one if ``resulting_project`` is None)."""
    row = _locked(request, expected_version, actor, "complete")
    candidates = completion_candidates(row)
    if resulting_project is None:
        found = list(candidates[:2])
        resulting_project = found[0] if len(found) == 1 else None
    elif not candidates.filter(pk=resulting_project.pk).exists():
        resulting_project = None
    if resulting_project is None:
        raise WorkflowError(
            _(
                "Legen Sie zuerst das Projekt Ihrer Kommune an, das auf „%(title)s“ beruht "
                "(„Nachnutzung von“), und wählen Sie es hier aus."
            )
            % {"title": row.project.title}
        )
    row.state = State.COMPLETED
    row.resulting_project = resulting_project
    _save(row, "resulting_project")
    event = _record(
        row, actor, Event.Action.COMPLETED, row.municipality, text=resulting_project.title
    )
    _notify(row, event, to_owner=True)
    return row


@transaction.atomic
def request_remind(request: ReuseRequest) -> bool:
    """The scheduled reminder to A (send_reuse_reminders): once per request, only while it is
    still unanswered. False if there was nothing to do."""
    row = (
        ReuseRequest.objects.select_for_update(of=("self",))
        .select_related("project__owner", "municipality")
        .filter(pk=request.pk, state=State.OPEN, reminded_at__isnull=True)
        .first()
    )
    if row is None:
        return False
    row.reminded_at = timezone.now()
    row.save(update_fields=["reminded_at", "updated_at"])
    event = _record(row, None, Event.Action.REMINDED, None)
    _notify(row, event, to_owner=True)
    return True


# --- helpers ------------------------------------------------------------------------------


def _locked(request: ReuseRequest, expected_version: int | None, actor, step) -> ReuseRequest:
    """The request's row, locked; refused first for the wrong side (PermissionDenied), then
    for an older page (StaleRequest), then for the wrong state (WorkflowError)."""
    row = (
        ReuseRequest.objects.select_for_update(of=("self",))
        .select_related("project__owner", "municipality")
        .filter(pk=request.pk)
        .first()
    )
    if row is None:
        raise WorkflowError(_("Diese Anfrage gibt es nicht mehr."))
    if not may_take(actor, row, step):
        raise PermissionDenied(_("Das darf nur die andere Kommune."))
    if expected_version is not None and row.version != expected_version:
        raise StaleRequest(
            _(
                "In dieser Anfrage ist inzwischen etwas geschehen (zum Beispiel in einem "
                "anderen Tab). Bitte lesen Sie den aktuellen Stand; Ihr Text ist erhalten "
                "und Sie können ihn erneut senden."
            )
        )
    _require(actor, row, step)
    return row


def _text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Bitte schreiben Sie eine Nachricht."))
    if len(text) > MAX_TEXT:
        raise WorkflowError(
            _("Die Nachricht darf höchstens %(max)s Zeichen lang sein.") % {"max": MAX_TEXT}
        )
    return text


def _note(text: str) -> str:
    """An optional note to a decision: empty is fine, too long is not."""
    text = (text or "").strip()
    return _text(text) if text else ""


def _answered(row: ReuseRequest) -> None:
    if row.first_answered_at is None:
        row.first_answered_at = timezone.now()


def _save(row: ReuseRequest, *extra: str) -> None:
    row.version += 1
    row.save(
        update_fields=["state", "first_answered_at", "version", "updated_at", *extra],
    )


def _speaks_for(actor, row: ReuseRequest) -> Municipality | None:
    if is_owner_side(actor, row):
        return row.project.owner
    if is_asker_side(actor, row):
        return row.municipality
    return None


def _record(row, actor, action, municipality, *, text: str = "") -> Event:
    return Event.objects.create(
        request=row,
        actor=actor if actor is not None and actor.is_authenticated else None,
        municipality=municipality,
        action=action,
        state=row.state,
        text=text,
    )


def side_emails(municipality_id: int) -> list[str]:
    """The addresses of a municipality's approved, active members."""
    users = get_user_model().objects.filter(
        is_active=True,
        memberships__municipality_id=municipality_id,
        memberships__state=Membership.State.APPROVED,
    )
    return sorted({email for email in users.values_list("email", flat=True) if email})


def _recipients(row: ReuseRequest, event: Event, *, to_owner: bool) -> list[str]:
    """A: its approved members, else the project's contact; B: its approved members, else
    the person who asked. Never the one who wrote."""
    if to_owner:
        emails = side_emails(row.project.owner_id) or [row.project.contact_email]
    else:
        emails = side_emails(row.municipality_id)
        if not emails and row.created_by_id:
            emails = list(
                get_user_model()
                .objects.filter(pk=row.created_by_id)
                .values_list("email", flat=True)
            )
    own = event.actor.email if event.actor else None
    return [email for email in emails if email and email != own]


ASKING = {Event.Action.ASKED, Event.Action.REMINDED}
SUBJECTS = {
    Event.Action.ASKED: gettext_lazy("Neue Nachnutzungsanfrage für „%(title)s“"),
    Event.Action.ANSWERED: gettext_lazy("Antwort auf Ihre Nachnutzungsanfrage zu „%(title)s“"),
    Event.Action.MESSAGE: gettext_lazy("Neue Nachricht zur Nachnutzung von „%(title)s“"),
    Event.Action.AGREED: gettext_lazy("Nachnutzung von „%(title)s“ vereinbart"),
    Event.Action.DECLINED: gettext_lazy("Nachnutzungsanfrage zu „%(title)s“ abgelehnt"),
    Event.Action.WITHDRAWN: gettext_lazy("Nachnutzungsanfrage zu „%(title)s“ zurückgezogen"),
    Event.Action.COMPLETED: gettext_lazy("Nachnutzung von „%(title)s“ umgesetzt"),
    Event.Action.REMINDED: gettext_lazy(
        "Erinnerung: Nachnutzungsanfrage zu „%(title)s“ wartet auf Antwort"
    ),
}


def _notify(row: ReuseRequest, event: Event, *, to_owner: bool) -> None:
    """E-mail the other side (through the outbox: stored now, sent after commit)."""
    recipients = _recipients(row, event, to_owner=to_owner)
    if not recipients:
        return
    actor = event.actor
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "request": row,
            "event": event,
            "step": event.get_action_display(),
            "title": row.project.title,
            "asker": row.municipality.name,
            "owner": row.project.owner.name,
            "speaker": (event.municipality.name if event.municipality else _("Das Kuratorium")),
            "actor_name": (actor.get_full_name() or actor.username) if actor else "",
            "reminder": event.action == Event.Action.REMINDED,
            "asking": event.action in ASKING,
            # The questions are the request's own; a step's text is the event's.
            "text": event.text or (row.questions if event.action in ASKING else ""),
            "url": absolute_url(row.get_absolute_url()),
        }
        subject = str(SUBJECTS[event.action]) % {"title": " ".join(row.project.title.split())}
        body = render_to_string("projects/mail/reuse_request.txt", context)
    send_mail(SUBJECT_PREFIX + subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
