"""Links: into the search page, filtered the way a browsing page needs; absolute links for
e-mails.

The GET parameter names belong to ``projects/search.py``; this is the one place outside it
that spells them, so the browsing pages ("alle 3.000 Projekte ansehen") stay in step.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """``path`` with scheme and host: the request's if there is one, else settings.SITE_URL."""
    if request is not None:
        return request.build_absolute_uri(path)
    return f"{settings.SITE_URL}{path}"


def search_url(**params) -> str:
    """The search page URL with ``params`` (None values left out); "" if search is not there."""
    try:
        base = reverse("projects:search")
    except NoReverseMatch:
        return ""
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{base}?{query}" if query else base
