"""Workflow actions of a project's own municipality: submit, archive, confirm, delete."""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from kommunect.links import redirect_back
from municipalities.access import can_edit_for
from projects.models import Project
from projects.services import projects as project_services
from projects.services import publication
from projects.services.common import ProjectGone, WorkflowError


def editable_project(request: HttpRequest, slug: str) -> Project:
    """404 for projects the user may not see, 403 for those they see but may not edit."""
    project = get_object_or_404(Project.objects.visible_to(request.user), slug=slug)
    if not can_edit_for(request.user, project.owner_id):
        raise PermissionDenied
    return project


def _run(request: HttpRequest, slug: str, action: Callable, done: str) -> HttpResponse:
    project = editable_project(request, slug)
    try:
        project = action(actor=request.user, project=project)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done % {"title": project.title})
    return redirect_back(request, "projects:mine")


@login_required
@require_POST
def project_submit(request: HttpRequest, slug: str) -> HttpResponse:
    return _run(
        request, slug, publication.project_submit, _("„%(title)s“ ist zur Prüfung eingereicht.")
    )


def _confirm(request: HttpRequest, project: Project, **texts) -> HttpResponse:
    """The confirmation page of an action: GET shows it, its form posts to the same URL."""
    return render(request, "projects/confirm.html", {"project": project, **texts})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def project_archive(request: HttpRequest, slug: str) -> HttpResponse:
    """GET asks for confirmation; POST archives."""
    if request.method != "POST":  # GET and HEAD ask for confirmation
        project = editable_project(request, slug)
        return _confirm(
            request,
            project,
            heading=_("„%(title)s“ archivieren?") % {"title": project.title},
            text=_(
                "Archivierte Projekte erscheinen nicht mehr in der Suche und auf den Seiten "
                "der Kommunen. Sie können das Projekt jederzeit aus dem Archiv holen."
            ),
            button=_("Ja, archivieren"),
        )
    return _run(request, slug, publication.project_archive, _("„%(title)s“ ist archiviert."))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def project_delete(request: HttpRequest, slug: str) -> HttpResponse:
    """GET asks for confirmation; POST deletes a project that was never published."""
    project = editable_project(request, slug)
    if request.method != "POST":  # GET and HEAD ask for confirmation
        refusal = project_services.deletion_refusal(project)
        if refusal:
            messages.error(request, refusal)
            return redirect(project)
        return _confirm(
            request,
            project,
            heading=_("„%(title)s“ endgültig löschen?") % {"title": project.title},
            text=_(
                "Das Projekt wird mit seinem Verlauf, seinen Links und Dateien gelöscht. "
                "Das lässt sich nicht rückgängig machen."
            ),
            button=_("Ja, endgültig löschen"),
        )
    try:
        title = project_services.project_delete(actor=request.user, project=project)
    except ProjectGone as error:  # a parallel request deleted it first
        messages.info(request, str(error))
        return redirect("projects:mine")
    except WorkflowError as error:
        messages.error(request, str(error))
        return redirect(project)
    messages.success(request, _("„%(title)s“ ist gelöscht.") % {"title": title})
    return redirect("projects:mine")


@login_required
@require_POST
def project_unarchive(request: HttpRequest, slug: str) -> HttpResponse:
    return _run(
        request, slug, publication.project_unarchive, _("„%(title)s“ ist aus dem Archiv zurück.")
    )


@login_required
@require_POST
def project_confirm(request: HttpRequest, slug: str) -> HttpResponse:
    return _run(
        request,
        slug,
        publication.project_confirm_current,
        _("„%(title)s“ ist als aktuell bestätigt."),
    )
