"""Writes around memberships: request, withdraw, approve, decline, change role, remove; with
e-mails.

Every function checks its own permission (municipalities/access.py) and raises
PermissionDenied for a user who may not act, ValidationError (with a ``code``) for a
request that breaks a rule. Use them from views and from admin actions alike, e.g.::

    membership_approve(membership=m, decided_by=request.user, request=request)

E-mails go out after the change is saved; ``request`` only builds absolute links.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kommunect.links import absolute_url
from municipalities.access import (
    approved_admins,
    can_manage,
    curator_emails,
    is_curator,
    may_request_membership,
)
from municipalities.models import Membership, Municipality

SUBJECT_PREFIX = "[Kommunect] "


def membership_request(
    *, user, municipality: Municipality, message: str = "", request: HttpRequest | None = None
) -> Membership:
    """The signed-in ``user`` asks to join ``municipality`` as editor.

    A declined request may be asked again; a pending or approved one may not. With a
    ``request``, at most ACCOUNT_RATE_LIMITS["membership_request"] per user (each mails).
    The municipality's admins (or, if it has none yet, the curators) get an e-mail.
    """
    if not user.is_authenticated:
        raise PermissionDenied
    if municipality.dissolved_on is not None:
        raise ValidationError(_dissolved_message(municipality), code="dissolved")
    with transaction.atomic():
        existing = (
            Membership.objects.select_for_update()
            .filter(user=user, municipality=municipality)
            .first()
        )
        if existing and existing.state == Membership.State.REQUESTED:
            raise ValidationError(
                _("Sie haben bereits eine Anfrage für %(municipality)s gestellt."),
                code="duplicate_request",
                params={"municipality": municipality.name},
            )
        if existing and existing.state == Membership.State.APPROVED:
            raise ValidationError(
                _("Sie sind bereits Mitglied von %(municipality)s."),
                code="already_member",
                params={"municipality": municipality.name},
            )
        if request is not None and not may_request_membership(request):
            raise ValidationError(
                _(
                    "Sie haben in kurzer Zeit viele Anfragen gestellt. Bitte versuchen Sie es "
                    "später noch einmal."
                ),
                code="rate_limited",
            )
        membership = existing or Membership(user=user, municipality=municipality)
        if existing:  # asked again after a decline: a new request, dated today
            membership.created_at = timezone.now()
        membership.role = Membership.Role.EDITOR
        membership.state = Membership.State.REQUESTED
        membership.message = message
        membership.decided_by = None
        membership.decided_at = None
        membership.full_clean(exclude=["user", "municipality"], validate_unique=False)
        try:
            with transaction.atomic():
                membership.save()
        except IntegrityError as error:  # a parallel request won the race
            raise ValidationError(
                _("Sie haben bereits eine Anfrage für %(municipality)s gestellt."),
                code="duplicate_request",
                params={"municipality": municipality.name},
            ) from error
    _notify_deciders(membership, request)
    return membership


def membership_withdraw(
    *, membership: Membership, withdrawn_by, request: HttpRequest | None = None
):
    """The requester takes back a pending request; it is deleted, so they may ask again later.

    Only the requester may withdraw (PermissionDenied otherwise); a request that was decided
    meanwhile cannot be (ValidationError "not_pending"). Those who would have decided are told.
    """
    if not withdrawn_by.is_authenticated or membership.user_id != withdrawn_by.pk:
        raise PermissionDenied
    with transaction.atomic():
        membership = _locked(membership)
        if membership.state != Membership.State.REQUESTED:
            raise ValidationError(
                _("Über diese Anfrage wurde bereits entschieden."), code="not_pending"
            )
        membership.delete()
    _notify_deciders(membership, request, withdrawn=True)


def _dissolved_message(municipality: Municipality) -> str:
    params = {
        "municipality": municipality.name,
        "date": f"{municipality.dissolved_on:%d.%m.%Y}",
        "successor": municipality.successor.name if municipality.successor else "",
    }
    if municipality.successor is None:
        return (
            _("%(municipality)s ist seit dem %(date)s aufgelöst und nimmt keine Mitglieder auf.")
            % params
        )
    return (
        _(
            "%(municipality)s ist seit dem %(date)s aufgelöst und nimmt keine Mitglieder auf. "
            "Bitte fragen Sie bei der Nachfolgerin %(successor)s an."
        )
        % params
    )


def membership_approve(*, membership: Membership, decided_by, request: HttpRequest | None = None):
    """Approve a pending (or earlier declined) request and tell the requester."""
    membership = _decide(membership, decided_by, Membership.State.APPROVED)
    _notify_requester(membership, Membership.State.APPROVED, request)
    return membership


def membership_decline(*, membership: Membership, decided_by, request: HttpRequest | None = None):
    """Decline a pending request and tell the requester."""
    membership = _decide(membership, decided_by, Membership.State.DECLINED)
    _notify_requester(membership, Membership.State.DECLINED, request)
    return membership


def membership_change_role(*, membership: Membership, role: str, changed_by) -> Membership:
    """Make an approved member editor or municipality admin."""
    _require_manager(changed_by, membership)
    role = Membership.Role(role)
    with transaction.atomic():
        membership = _locked(membership)
        if membership.state != Membership.State.APPROVED:
            raise ValidationError(
                _("Nur bestätigte Mitglieder haben eine Rolle."), code="not_approved"
            )
        if membership.role == Membership.Role.ADMIN and role != Membership.Role.ADMIN:
            _keep_one_admin(membership, changed_by)
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


def membership_remove(*, membership: Membership, removed_by) -> None:
    """Remove an approved member from the municipality."""
    _require_manager(removed_by, membership)
    with transaction.atomic():
        membership = _locked(membership)
        if membership.state != Membership.State.APPROVED:
            raise ValidationError(
                _("Offene Anfragen werden abgelehnt, nicht entfernt."), code="not_approved"
            )
        if membership.role == Membership.Role.ADMIN:
            _keep_one_admin(membership, removed_by)
        membership.delete()


def _require_manager(user, membership: Membership) -> None:
    if not can_manage(user, membership.municipality_id):
        raise PermissionDenied


def _locked(membership: Membership) -> Membership:
    """The membership's row, locked until the transaction ends; ValidationError "gone" if a
    parallel request (a withdrawal, a removal) deleted it after the view had loaded it."""
    locked = (
        Membership.objects.select_for_update()
        .select_related("user", "municipality")
        .filter(pk=membership.pk)
        .first()
    )
    if locked is None:
        raise ValidationError(
            _(
                "Diese Anfrage oder Mitgliedschaft gibt es nicht mehr: sie wurde inzwischen "
                "zurückgezogen oder entfernt."
            ),
            code="gone",
        )
    return locked


def _keep_one_admin(membership: Membership, acting_user) -> None:
    """A municipality admin cannot demote or remove the last admin; curators can."""
    if is_curator(acting_user):
        return
    others = (
        Membership.objects.filter(
            municipality_id=membership.municipality_id,
            role=Membership.Role.ADMIN,
            state=Membership.State.APPROVED,
        )
        .exclude(pk=membership.pk)
        .exists()
    )
    if not others:
        raise ValidationError(
            _("Die Kommune braucht mindestens einen Kommunen-Admin."), code="last_admin"
        )


def _decide(membership: Membership, decided_by, state: str) -> Membership:
    _require_manager(decided_by, membership)
    with transaction.atomic():
        membership = _locked(membership)
        allowed = (
            {Membership.State.REQUESTED, Membership.State.DECLINED}
            if state == Membership.State.APPROVED
            else {Membership.State.REQUESTED}
        )
        if membership.state not in allowed:
            raise ValidationError(
                _("Über diese Anfrage wurde bereits entschieden."), code="already_decided"
            )
        membership.state = state
        membership.decided_by = decided_by
        membership.decided_at = timezone.now()
        membership.save(update_fields=["state", "decided_by", "decided_at"])
    return membership


def _send(subject: str, template: str, context: dict, recipients: list[str]) -> None:
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    send_mail(
        SUBJECT_PREFIX + subject,
        render_to_string(template, context),
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )


def _notify_requester(
    membership: Membership, outcome: Membership.State, request: HttpRequest | None
):
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "membership": membership,
            "name": membership.user.get_full_name() or membership.user.email,
            "municipality": membership.municipality.name,
            "role": membership.get_role_display(),
            "profile_url": absolute_url(reverse("accounts:profile"), request),
        }
        if outcome == Membership.State.APPROVED:
            subject = _("Ihre Mitgliedschaft bei %(municipality)s ist bestätigt") % context
        else:
            subject = _("Ihre Anfrage bei %(municipality)s wurde abgelehnt") % context
        _send(
            subject,
            f"municipalities/membership_email_{outcome!s}.txt",
            context,
            [membership.user.email],
        )


def _notify_deciders(
    membership: Membership, request: HttpRequest | None, *, withdrawn: bool = False
) -> None:
    """Tell the municipality's admins about a new (or withdrawn) request; curators if it has
    none (access.pending_requests tells the requester the same)."""
    admins = get_user_model().objects.filter(
        is_active=True,
        memberships__in=approved_admins(membership.municipality_id),
    )
    recipients = list(admins.values_list("email", flat=True))
    if not recipients:
        recipients = curator_emails()
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "membership": membership,
            "name": membership.user.get_full_name() or membership.user.email,
            "municipality": membership.municipality.name,
            "members_url": absolute_url(
                reverse("municipalities:members", args=[membership.municipality.slug]), request
            ),
        }
        if withdrawn:
            subject = _("Beitrittsanfrage für %(municipality)s zurückgezogen") % context
        else:
            subject = _("Neue Beitrittsanfrage für %(municipality)s") % context
        _send(
            subject,
            f"municipalities/membership_email_{'withdrawn' if withdrawn else 'requested'}.txt",
            context,
            recipients,
        )
