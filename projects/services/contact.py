"""Contact forms, write side: send a message to a project's contact or a municipality's digital
officer (logged, rate limited, mailed through the outbox), and report one as abuse.

Whom a message reaches and the limits are read in projects/contact.py. The text of a message is
only in the mail, never in the database's log row (ContactMessage).
"""

from email.utils import formataddr

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kommunect.links import absolute_url
from municipalities.access import curator_emails
from municipalities.models import Municipality
from projects.contact import (
    Recipient,
    is_own_address,
    limit_reached,
    municipality_recipient,
    project_recipient,
    report_token,
    sender_municipality,
)
from projects.models import ContactMessage, Project

SUBJECT_PREFIX = "[Kommunect] "


class ContactRefused(Exception):
    """The message cannot be sent (German message); ``code`` says why: "unreachable" (no one
    on file), "self" (the sender would write to themselves), "rate_limited"."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.code = code


def contact_project(
    *, sender, project: Project, message: str, request: HttpRequest | None = None
) -> ContactMessage:
    """``sender`` writes ``message`` about ``project`` (one they can see) to its contact
    person, or to the fallback of projects.contact.project_recipient."""
    if not sender.is_authenticated:
        raise PermissionDenied
    if not Project.objects.visible_to(sender).filter(pk=project.pk).exists():
        raise PermissionDenied
    return _send(
        sender=sender,
        recipient=project_recipient(project),
        project=project,
        municipality=project.owner,
        title=project.title,
        page_url=project.get_absolute_url(),
        text=message,
        request=request,
    )


def contact_municipality(
    *, sender, municipality: Municipality, message: str, request: HttpRequest | None = None
) -> ContactMessage:
    """``sender`` writes ``message`` to the digital officer of ``municipality`` (or its
    admins, see projects.contact.municipality_recipient)."""
    if not sender.is_authenticated:
        raise PermissionDenied
    return _send(
        sender=sender,
        recipient=municipality_recipient(municipality),
        project=None,
        municipality=municipality,
        title=municipality.name,
        page_url=municipality.get_absolute_url(),
        text=message,
        request=request,
    )


def _send(
    *,
    sender,
    recipient: Recipient | None,
    project: Project | None,
    municipality: Municipality,
    title: str,
    page_url: str,
    text: str,
    request: HttpRequest | None,
) -> ContactMessage:
    if recipient is None:
        raise ContactRefused(
            _("Für diese Seite ist niemand eingetragen, der Nachrichten empfangen kann."),
            code="unreachable",
        )
    if is_own_address(sender, recipient):
        raise ContactRefused(
            _("Diese Nachricht ginge an Sie selbst: Sie sind hier als Ansprechperson eingetragen."),
            code="self",
        )
    recipient = recipient.without(sender.email)  # an admin writing to the admins
    with transaction.atomic():
        _lock_counters(sender, recipient)
        if limit_reached(sender, recipient):
            raise ContactRefused(
                _(
                    "Sie haben in kurzer Zeit viele Nachrichten geschrieben, oder diese "
                    "Ansprechperson hat gerade viele erhalten. Bitte versuchen Sie es später "
                    "noch einmal; Ihr Text bleibt im Formular."
                ),
                code="rate_limited",
            )
        own_municipality = sender_municipality(sender)
        log = ContactMessage.objects.create(
            sender=sender,
            sender_name=_display_name(sender),
            sender_municipality=own_municipality,
            recipient_kind=recipient.kind,
            recipient_emails=recipient.counted_emails,
            project=project,
            municipality=municipality,
            subject_title=title,
        )
        # The outbox stores the mail in this transaction and sends it after the commit.
        for mail in _mails(log, recipient, own_municipality, text, page_url, request):
            mail.send()
    return log


def _lock_counters(sender, recipient: Recipient) -> None:
    """Serialize the sends that count against the same limits (this sender, these addresses)
    until the transaction ends, so that two parallel requests cannot both pass the last free
    place. Locks in a fixed order: no deadlock between two such transactions."""
    keys = sorted(
        {f"contact:sender:{sender.pk}"}
        | {f"contact:recipient:{email}" for email in recipient.counted_emails}
    )
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [key])


def _display_name(user) -> str:
    return (user.get_full_name() or user.email or str(user))[:300]


def _reply_to(log, own_municipality) -> str:
    """ "Name (Municipality)" <address>: the recipient sees who answers before opening the mail."""
    name = log.sender_name
    if own_municipality:
        name = f"{name} ({own_municipality.name})"
    return formataddr((name, log.sender.email))


def _mails(log, recipient, own_municipality, text, page_url, request) -> list[EmailMessage]:
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "log": log,
            "recipient": recipient,
            "sender_name": log.sender_name,
            "sender_email": log.sender.email,
            "sender_municipality": own_municipality.name if own_municipality else "",
            "title": log.subject_title,
            "is_project": log.project_id is not None,
            "message": text,
            "page_url": absolute_url(page_url, request),
            "report_url": absolute_url(
                reverse("projects:contact-report", args=[report_token(log)]), request
            ),
        }
        subject = " ".join(render_to_string("projects/contact_email_subject.txt", context).split())
        body = render_to_string("projects/contact_email.txt", context)
    return [
        EmailMessage(
            SUBJECT_PREFIX + subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            [email],
            reply_to=[_reply_to(log, own_municipality)],
        )
        for email in recipient.emails
    ]


def contact_report(*, message: ContactMessage, request: HttpRequest | None = None) -> bool:
    """Mark ``message`` as reported abuse (whoever holds the signed link in its mail may) and
    tell the curators. False, and nothing sent, if it was reported before."""
    with transaction.atomic():
        row = ContactMessage.objects.select_for_update().filter(pk=message.pk).first()
        if row is None:
            raise PermissionDenied
        if row.reported_at is not None:
            return False
        row.reported_at = timezone.now()
        row.save(update_fields=["reported_at"])
        recipients = curator_emails()
        if recipients:
            with translation.override(settings.LANGUAGE_CODE):
                context = {
                    "log": row,
                    "log_url": absolute_url(reverse("projects:contact-log"), request),
                }
                subject = _("Kontaktnachricht als Missbrauch gemeldet")
                body = render_to_string("projects/contact_report_email.txt", context)
            EmailMessage(
                SUBJECT_PREFIX + subject, body, settings.DEFAULT_FROM_EMAIL, recipients
            ).send()
    return True
