"""Contact forms on the project and municipality pages, the abuse report of a contact mail, and
the curators' log of contact messages.

The form posts in place with htmx (the answer is the section's form fragment) and works without
JavaScript (errors on a page of its own, success: redirect to the page with a message). htmx
swaps only successful answers, so its fragments come as 200 also when the limit is reached;
the full page answers 429 then.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from municipalities.access import is_curator
from municipalities.models import Municipality
from projects.contact import (
    ContactForm,
    contact_section,
    message_for_token,
    municipality_recipient,
    project_recipient,
)
from projects.models import ContactMessage, Project
from projects.services.contact import (
    ContactRefused,
    contact_municipality,
    contact_project,
    contact_report,
)

LOG_PAGE_SIZE = 50
# HTTP status of a refusal on the full page (htmx gets 200, see the module docstring).
REFUSAL_STATUS = {"rate_limited": 429, "self": 400, "unreachable": 409}


def project_contact_section(user, project: Project) -> dict:
    """The project page's context for its contact section (projects/includes/contact.html)."""
    return contact_section(
        user,
        project_recipient(project),
        reverse("projects:contact", args=[project.slug]),
        about_project=True,
    )


def municipality_contact_section(user, municipality: Municipality) -> dict:
    """The municipality page's context for its contact section."""
    return contact_section(
        user,
        municipality_recipient(municipality),
        reverse("regions:contact", args=[municipality.slug]),
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def project_contact(request: HttpRequest, slug: str) -> HttpResponse:
    project = get_object_or_404(
        Project.objects.visible_to(request.user).select_related("owner"), slug=slug
    )
    return _contact(
        request,
        recipient=project_recipient(project),
        url=reverse("projects:contact", args=[slug]),
        back=project.get_absolute_url(),
        title=project.title,
        about_project=True,
        send=lambda text: contact_project(
            sender=request.user, project=project, message=text, request=request
        ),
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def municipality_contact(request: HttpRequest, key: str) -> HttpResponse:
    municipality = get_object_or_404(Municipality, slug=key)
    return _contact(
        request,
        recipient=municipality_recipient(municipality),
        url=reverse("regions:contact", args=[key]),
        back=municipality.get_absolute_url(),
        title=municipality.name,
        about_project=False,
        send=lambda text: contact_municipality(
            sender=request.user, municipality=municipality, message=text, request=request
        ),
    )


def _contact(request, *, recipient, url, back, title, send, about_project) -> HttpResponse:
    form = ContactForm(request.POST if request.method == "POST" else None)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            send(form.cleaned_data["message"])
        except ContactRefused as error:
            refusal = error
        else:
            sent = _("Ihre Nachricht ist unterwegs. Die Antwort kommt per E-Mail an Sie.")
            if request.htmx:
                context = contact_section(
                    request.user, recipient, url, about_project=about_project
                ) | {"sent": sent}
                return render(request, "projects/includes/contact_form.html", context)
            messages.success(request, sent)
            return redirect(back)  # the message shows at the top of the page
    context = contact_section(request.user, recipient, url, form, about_project=about_project) | {
        "refusal": refusal,
        "title": title,
        "back": back,
    }
    if request.htmx:
        return render(request, "projects/includes/contact_form.html", context)
    status = REFUSAL_STATUS[refusal.code] if refusal else 200
    return render(request, "projects/contact.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def contact_report_view(request: HttpRequest, token: str) -> HttpResponse:
    """The abuse link of a contact mail: GET asks to confirm, POST reports (no login: the
    signed token is the permission). A forged or expired token gets a page that says so."""
    message = message_for_token(token)
    if message is None:
        return render(request, "projects/contact_report_invalid.html", status=400)
    reported_now = False
    if request.method == "POST":
        reported_now = contact_report(message=message, request=request)
        message.refresh_from_db(fields=["reported_at"])
    context = {"log": message, "reported_now": reported_now}
    return render(request, "projects/contact_report.html", context)


@login_required
def contact_log(request: HttpRequest) -> HttpResponse:
    """The curators' log of contact messages, newest first: who wrote to whom and when, and
    which were reported; never the text. Four queries a page, whatever the number of rows."""
    if not is_curator(request.user):
        raise PermissionDenied(_("Nur das Kuratorium sieht das Protokoll der Kontaktnachrichten."))
    rows = ContactMessage.objects.select_related(
        "sender", "sender_municipality", "project", "municipality"
    )
    page = Paginator(rows, LOG_PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(request, "projects/contact_log.html", {"page": page})
