"""The curators' moderation: publish or reject submitted projects, and review the changes
made to published projects since their publication."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kommunect.text import parse_id
from municipalities.access import is_curator
from projects.forms import RejectForm
from projects.models import Project
from projects.services import publication, versions
from projects.services.common import WorkflowError


def _require_curator(request: HttpRequest) -> None:
    if not is_curator(request.user):
        raise PermissionDenied(_("Nur das Kuratorium hat Zugang zur Moderation."))


def _queue(request: HttpRequest, reject_forms: dict | None = None, status: int = 200):
    """The queue: each project with what changed since its last rejection (None if never
    rejected) and its reject form. A fixed number of queries."""
    projects = list(Project.objects.awaiting_moderation())
    resubmitted = [project for project in projects if project.rejected_version]
    since_rejection = versions.changes_since(
        resubmitted, {project.pk: project.rejected_version for project in resubmitted}
    )
    reject_forms = reject_forms or {}
    rows = [
        (
            project,
            since_rejection.get(project.pk),
            reject_forms.get(project.pk) or RejectForm(prefix=f"reject-{project.pk}"),
        )
        for project in projects
    ]
    context = {"rows": rows, "changed_count": Project.objects.changed_since_review().count()}
    return render(request, "projects/moderation.html", context, status=status)


def _reviewed_version(request: HttpRequest) -> int:
    """The version the curator saw in the queue (0, never a project version, if missing)."""
    return parse_id(request.POST.get("version")) or 0


@login_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    _require_curator(request)
    return _queue(request)


@login_required
@require_POST
def project_publish(request: HttpRequest, slug: str) -> HttpResponse:
    _require_curator(request)
    project = get_object_or_404(Project, slug=slug)
    try:
        publication.project_publish(
            actor=request.user, project=project, expected_version=_reviewed_version(request)
        )
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("„%(title)s“ ist veröffentlicht.") % {"title": project.title})
    return redirect("projects:moderation")


@login_required
@require_POST
def project_reject(request: HttpRequest, slug: str) -> HttpResponse:
    _require_curator(request)
    project = get_object_or_404(Project, slug=slug)
    form = RejectForm(request.POST, prefix=f"reject-{project.pk}")
    if not form.is_valid():
        return _queue(request, {project.pk: form}, status=200)
    try:
        publication.project_reject(
            actor=request.user,
            project=project,
            reason=form.cleaned_data["reason"],
            expected_version=_reviewed_version(request),
        )
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("„%(title)s“ ist abgelehnt; die einreichende Person wurde benachrichtigt.")
            % {"title": project.title},
        )
    return redirect("projects:moderation")


# Projects listed on one page of "geändert seit Veröffentlichung", the longest-unreviewed first.
CHANGED_PAGE_SIZE = 50


@login_required
def changed_since_review(request: HttpRequest) -> HttpResponse:
    """Published projects edited since their publication or the last review, each with the
    differences; the curators mark them as reviewed. A fixed number of queries."""
    _require_curator(request)
    changed = Project.objects.changed_since_review()
    projects = list(changed[:CHANGED_PAGE_SIZE])
    total = len(projects) if len(projects) < CHANGED_PAGE_SIZE else changed.count()
    diffs = versions.changes_since(
        projects, {project.pk: project.reviewed_version for project in projects}
    )
    context = {"rows": [(project, diffs[project.pk]) for project in projects], "total": total}
    return render(request, "projects/changed.html", context)


@login_required
@require_POST
def project_mark_reviewed(request: HttpRequest, slug: str) -> HttpResponse:
    _require_curator(request)
    project = get_object_or_404(Project, slug=slug)
    try:
        publication.project_mark_reviewed(
            actor=request.user, project=project, expected_version=_reviewed_version(request)
        )
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Die Änderungen an „%(title)s“ sind gesichtet.") % {"title": project.title}
        )
    return redirect("projects:moderation-changed")
