"""How django-allauth fits into Kommunect: where people land after signing in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import NoReverseMatch, reverse

PROFILE_URL_NAME = "accounts:profile"


def landing_url() -> str:
    """ "Meine Projekte" (settings.LOGIN_REDIRECT_URL) once it exists, else the profile page."""
    try:
        return reverse(settings.LOGIN_REDIRECT_URL)
    except NoReverseMatch:
        return reverse(PROFILE_URL_NAME)


def user_display(user) -> str:
    """How allauth names a person on pages and in e-mails: full name, else the address."""
    return user.get_full_name() or user.email


class KommunectAccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        return landing_url()

    def get_signup_redirect_url(self, request) -> str:
        return landing_url()
