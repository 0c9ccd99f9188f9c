import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views import defaults

from kommunect.links import search_url
from municipalities.attribution import register_attribution
from municipalities.models import RegisterImport
from ozg.models import CatalogueImport
from projects import queries
from projects.figures import platform_figures
from projects.models import Project

HOME_PROJECTS = 6


def home(request):
    """Search box, how Kommunect works, live figures (each linking to what it counts), the topic
    fields, newest and featured projects."""
    projects = Project.objects.all()
    topic_fields = queries.topic_fields_with_counts()
    return render(
        request,
        "home.html",
        {
            "figures": platform_figures(topic_fields),
            "topic_fields": topic_fields,
            "newest_projects": queries.newest(projects, HOME_PROJECTS),
            "featured_projects": queries.newest(projects.filter(featured=True), HOME_PROJECTS),
            "search_action": search_url(),
            "figure_urls": {
                "projects": search_url(kind=Project.Kind.PROJECT.value),
                "ideas": search_url(kind=Project.Kind.IDEA.value),
                "reuse": search_url(reuse="1"),
            },
        },
    )


def data_sources(request):
    """Every imported data set with its license, and the attribution its publisher asks for."""
    catalogue = CatalogueImport.objects.order_by("-imported_at").first()
    # The latest import per publisher: the register (Destatis), its points (BKG).
    registers = RegisterImport.objects.order_by("-publisher", "-imported_at").distinct("publisher")
    return render(
        request,
        "legal/data_sources.html",
        {
            "imports": [
                *([{"record": catalogue}] if catalogue else []),
                *({"record": r, "attribution": register_attribution(r)} for r in registers),
            ]
        },
    )


def csrf_failure(request, reason=""):
    """A form sent without a valid security token (expired session, cookies off): our 403 page.

    ``reason`` is Django's English diagnosis: the CSRF middleware logs it, the visitor does not
    need it.
    """
    message = _(
        "Das Formular ist abgelaufen oder wurde ohne Sicherheitsmerkmal gesendet. Laden Sie die "
        "Seite neu und senden Sie es erneut; dafür müssen Cookies erlaubt sein."
    )
    return render(request, "403.html", {"exception": message}, status=403)


def server_error(request):
    """Django's 500 handler; a database that is down or stalled answers 503 with Retry-After.

    Called from inside the exception handling (django.core.handlers.exception), so the error at
    hand is ``sys.exc_info()``, wherever it was raised: view, template, context processor or
    middleware. Both pages render without request and database.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(settings.KOMMUNECT_DATABASE_RETRY_AFTER)
        return response
    return defaults.server_error(request)


def favicon(request):
    """Browsers ask for /favicon.ico on their own: the static icon (a temporary redirect, as
    its hashed static URL changes with the file)."""
    return redirect(static("img/favicon.ico"))
