"""Response headers every page carries: Permissions-Policy and, for signed-in people, no caching."""

from django.conf import settings


class ResponseHeadersMiddleware:
    """Permissions-Policy on every response; ``Cache-Control: private, no-store`` on every
    response to a signed-in person (their pages show drafts, names and addresses that no shared
    cache and no browser history may keep). Anonymous public pages stay cacheable.

    Placed after AuthenticationMiddleware. ``request.user`` is resolved only when the request
    brings a session cookie: a visitor without one is anonymous, and their pages (the Impressum
    among them) need no database.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.KOMMUNECT_PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            response["Cache-Control"] = "private, no-store"
        return response
