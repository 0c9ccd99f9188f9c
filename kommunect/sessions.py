"""Idle timeout for sessions (ASVS 3.3.2): SESSION_COOKIE_AGE counts from the last save, so a
session in use is saved again now and then; one left alone for that long expires."""

import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

REFRESHED_KEY = "_kommunect_refreshed"


def refresh_interval() -> int:
    """Save an active session at most this often (seconds): a tenth of the idle timeout."""
    return max(settings.SESSION_COOKIE_AGE // 10, 1)


@receiver(user_logged_in)
def _mark_login(sender, request, user, **kwargs):
    request.session[REFRESHED_KEY] = int(time.time())


class IdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            if now - request.session.get(REFRESHED_KEY, 0) >= refresh_interval():
                request.session[REFRESHED_KEY] = now  # the session middleware saves it
        return self.get_response(request)
