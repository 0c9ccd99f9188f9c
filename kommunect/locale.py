"""German is the platform language; English only when a visitor chose it."""

from django.conf import settings
from django.utils import translation


class GermanFirstLocaleMiddleware:
    """Activate the language from the language cookie, else German.

    Unlike Django's LocaleMiddleware, the browser's Accept-Language header is
    ignored: a German public-sector platform speaks German unless asked otherwise.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
