"""Links: into the search page, filtered the way a browsing page needs; absolute links for
e-mails.

The GET parameter names belong to ``projects/search.py``; this is the one place outside it
that spells them, so the browsing pages ("alle 3.000 Projekte ansehen") stay in step.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_back(request: HttpRequest, default: str, *args) -> HttpResponseRedirect:
    """Back to where the button was (the POSTed ``next``), if that is a URL of this site;
    else to the URL named ``default`` (with ``args``)."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default, *args)


def absolute_url(path: str, request: HttpRequest | None = None) -> str:
    """``path`` with scheme and host: the request's if there is one, else settings.SITE_URL."""
    if request is not None:
        return request.build_absolute_uri(path)
    return f"{settings.SITE_URL}{path}"


def search_url(**params) -> str:
    """The search page URL with ``params`` (None values left out)."""
    base = reverse("projects:search")
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{base}?{query}" if query else base
