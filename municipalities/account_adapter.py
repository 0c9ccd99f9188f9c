"""How django-allauth fits into Kommunect: where people land after signing in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from municipalities.access import is_curator
from municipalities.models import Membership

JOIN_URL_NAME = "municipalities:join"


def landing_url(user) -> str:
    """Where a person lands after signing in (and after confirming the address of a new
    account): "Meine Projekte" (settings.LOGIN_REDIRECT_URL), or the join page as the next step
    for someone who belongs to no municipality and has not asked to join one."""
    if (
        not is_curator(user)
        and not Membership.objects.filter(
            user=user, state__in=[Membership.State.APPROVED, Membership.State.REQUESTED]
        ).exists()
    ):
        return reverse(JOIN_URL_NAME)
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def user_display(user) -> str:
    """How allauth names a person on pages and in e-mails: full name, else the address."""
    return user.get_full_name() or user.email


class KommunectAccountAdapter(DefaultAccountAdapter):
    """Settings ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION signs a new person in when they confirm
    their address in the browser they signed up with; allauth then asks
    get_signup_redirect_url. Opened elsewhere, the link only confirms, and the person signs in
    (get_login_redirect_url)."""

    def get_login_redirect_url(self, request) -> str:
        return landing_url(request.user)

    def get_signup_redirect_url(self, request) -> str:
        return landing_url(request.user)
