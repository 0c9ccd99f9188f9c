"""Version history of a project: events, the differences of a version, restoring it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from municipalities.access import is_curator
from projects import changes, services
from projects.models import Project
from projects.views.workflow import editable_project


@login_required
def project_history(request: HttpRequest, slug: str) -> HttpResponse:
    """Who did what when; visible to the owner's editors and to curators."""
    project = editable_project(request, slug)
    events = list(project.events.select_related("actor"))
    described = changes.describe([event.changes for event in events])
    rows = [
        (event, services.Action.LABELS.get(event.action, event.action), rows)
        for event, rows in zip(events, described, strict=True)
    ]
    context = {"project": project, "rows": rows, "is_curator": is_curator(request.user)}
    return render(request, "projects/history.html", context)


@login_required
def version_detail(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    """Curators: what a version changed, and how it differs from the current state."""
    if not is_curator(request.user):
        raise PermissionDenied
    project = get_object_or_404(Project, slug=slug)
    event = services.version_event(project, version)
    if event is None:
        raise Http404
    current = changes.project_snapshot(project)
    own_changes, against_current = changes.describe(
        [event.changes, changes.diff(current, event.snapshot)]
    )
    context = {
        "project": project,
        "event": event,
        "own_changes": own_changes,
        "against_current": against_current,
        "can_restore": version < project.version,
    }
    return render(request, "projects/version.html", context)


@login_required
@require_POST
def version_restore(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    if not is_curator(request.user):
        raise PermissionDenied
    project = get_object_or_404(Project, slug=slug)
    try:
        project = services.project_restore_version(
            actor=request.user, project=project, version=version
        )
    except services.WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Version %(old)s ist als neue Version %(new)s wiederhergestellt.")
            % {"old": version, "new": project.version},
        )
    return redirect("projects:history", slug=project.slug)
