"""The contact forms, read side: whom a message reaches, whether the limits allow one more,
the abuse-report token, and what the page sections show. The writes are in
projects/services/contact.py.

Whom a message reaches (never shown: pages name the person or the role, not the address):

- about a project: its contact person (``contact_email``); without one the digital officer of
  the owning municipality; without one its approved municipality admins;
- about a municipality: its digital officer; without one its approved municipality admins;
- nobody of these: the form is not offered, the section says that no one can be reached.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from municipalities.access import approved_admins
from municipalities.models import Membership, Municipality
from projects.models import ContactMessage, Project

Kind = ContactMessage.RecipientKind

# The longest message a form accepts (characters).
MAX_MESSAGE_LENGTH = 5000
REPORT_SALT = "projects.contact.report"
# How long the abuse link in a contact mail works.
REPORT_MAX_AGE = timedelta(days=90)
# "5/h,20/d": at most 5 in an hour and 20 in a day (the format of KOMMUNECT_CONTACT_LIMITS).
_LIMIT = re.compile(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Recipient:
    """Whom a contact message reaches: the kind, a name to show (never the address) and the
    addresses (for the mail and the limit per recipient)."""

    kind: str
    name: str
    emails: list[str] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label

    def without(self, email: str) -> "Recipient":
        """The same recipient without ``email`` (a sender never mails themselves)."""
        own = (email or "").lower()
        return replace(self, emails=[e for e in self.emails if e.lower() != own])

    @property
    def counted_emails(self) -> list[str]:
        """The addresses as the log stores and the limit per recipient counts them."""
        return sorted({email.lower() for email in self.emails})

    @property
    def description(self) -> str:
        """Whom the form names: "Dana Beispiel (Ansprechperson des Projekts)"."""
        if self.kind == Kind.ADMINS:
            return self.name
        return f"{self.name} ({self.kind_label})"

    @property
    def is_fallback_for_project(self) -> bool:
        """A project message that goes to the municipality (no project contact on file)."""
        return self.kind != Kind.PROJECT_CONTACT


def project_recipient(project: Project) -> Recipient | None:
    """Whom a message about ``project`` reaches (see the module docstring); reads
    ``project.owner`` (loaded with the row on the project page) and, only for the last
    fallback, one query for the admins."""
    if project.contact_email:
        name = project.contact_name or _("Ansprechperson des Projekts")
        return Recipient(Kind.PROJECT_CONTACT, name, [project.contact_email])
    return municipality_recipient(project.owner)


def municipality_recipient(municipality: Municipality) -> Recipient | None:
    if municipality.officer_email:
        name = municipality.officer_name or _("Ansprechperson für Digitalisierung")
        return Recipient(Kind.OFFICER, name, [municipality.officer_email])
    emails = sorted(
        {
            email
            for email in get_user_model()
            .objects.filter(is_active=True, memberships__in=approved_admins(municipality.pk))
            .values_list("email", flat=True)
            if email
        }
    )
    if not emails:
        return None
    name = _("die Kommunen-Admins von %(municipality)s") % {"municipality": municipality.name}
    return Recipient(Kind.ADMINS, name, emails)


def is_own_address(user, recipient: Recipient) -> bool:
    """Whether ``user`` would write only to themselves (then the form is refused)."""
    return not recipient.without(user.email).emails


def sender_municipality(user) -> Municipality | None:
    """The municipality a message names for its sender: their oldest approved membership."""
    membership = (
        Membership.objects.filter(user=user, state=Membership.State.APPROVED)
        .select_related("municipality")
        .order_by("created_at", "pk")
        .first()
    )
    return membership.municipality if membership else None


def _help_text() -> str:
    return _(
        "Höchstens %(max)s Zeichen, als reiner Text: Formatierungen und HTML erscheinen so, "
        "wie Sie sie schreiben."
    ) % {"max": MAX_MESSAGE_LENGTH}


class ContactForm(forms.Form):
    """The message; sent as plain text (tags arrive as typed, nothing is rendered as HTML)."""

    message = forms.CharField(
        label=_lazy("Ihre Nachricht"),
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=lazy(_help_text, str)(),
        error_messages={
            "required": _lazy("Bitte schreiben Sie eine Nachricht."),
            "max_length": _lazy(
                "Die Nachricht ist zu lang: höchstens %(limit_value)d Zeichen "
                "(jetzt %(show_value)d)."
            ),
        },
    )


# Limits -----------------------------------------------------------------------------------------


def parse_limits(text: str) -> list[tuple[int, timedelta]]:
    """ "5/h,20/d" → [(5, 1 hour), (20, 1 day)]; "3/10m" is 3 in ten minutes."""
    limits = []
    for part in filter(None, (piece.strip() for piece in text.split(","))):
        match = _LIMIT.fullmatch(part)
        if match is None:
            raise ValueError(f"Not a contact limit: {part!r} (e.g. '5/h,20/d')")
        count, amount, unit = match.groups()
        seconds = int(amount or 1) * _UNIT_SECONDS[unit]
        limits.append((int(count), timedelta(seconds=seconds)))
    return limits


def limit_reached(sender, recipient: Recipient) -> bool:
    """Whether ``sender`` may not write to ``recipient`` now: one of the limits of
    settings.KOMMUNECT_CONTACT_LIMITS ("sender", "recipient") is reached, counted exactly from
    the log rows in one query (the service holds locks so that parallel requests count in turn).
    """
    configured = settings.KOMMUNECT_CONTACT_LIMITS
    now = timezone.now()
    to_recipient = Q(recipient_emails__overlap=recipient.counted_emails)
    checks = [
        (count, Q(sender=sender, created_at__gte=now - window))
        for count, window in parse_limits(configured.get("sender", ""))
    ] + [
        (count, to_recipient & Q(created_at__gte=now - window))
        for count, window in parse_limits(configured.get("recipient", ""))
    ]
    if not checks:
        return False
    longest = max(
        (window for _count, window in parse_limits(",".join(configured.values()))),
        default=timedelta(0),
    )
    counts = ContactMessage.objects.filter(
        Q(sender=sender) | to_recipient, created_at__gte=now - longest
    ).aggregate(**{f"c{n}": Count("pk", filter=check) for n, (_count, check) in enumerate(checks)})
    return any(counts[f"c{n}"] >= count for n, (count, _check) in enumerate(checks))


# The abuse link ---------------------------------------------------------------------------------


def report_token(message: ContactMessage) -> str:
    return signing.dumps(message.pk, salt=REPORT_SALT, compress=True)


def message_for_token(token: str) -> ContactMessage | None:
    """The message of a report link; None if the token is forged, broken or expired."""
    try:
        pk = signing.loads(token, salt=REPORT_SALT, max_age=REPORT_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is one
        return None
    if not isinstance(pk, int):
        return None
    return ContactMessage.objects.select_related("project", "municipality").filter(pk=pk).first()


# Page sections ----------------------------------------------------------------------------------


def contact_section(
    user, recipient: Recipient | None, form_url: str, form=None, *, about_project: bool = False
) -> dict:
    """What the contact section of a project or municipality page shows: ``contact`` with the
    recipient (or None: no one can be reached), whether the visitor must sign in first, is
    the recipient themselves, whether a project's message goes to its municipality instead
    (``fallback``), and the form (a fresh one unless given)."""
    signed_in = user.is_authenticated
    is_self = signed_in and recipient is not None and is_own_address(user, recipient)
    return {
        "contact": {
            "recipient": recipient,
            "url": form_url,
            "sign_in": not signed_in,
            "is_self": is_self,
            "fallback": about_project
            and recipient is not None
            and recipient.is_fallback_for_project,
            "form": (form or ContactForm()) if signed_in and recipient and not is_self else None,
        }
    }
