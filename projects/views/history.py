"""Version history of a project: events, the differences of a version, restoring it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kommunect.text import parse_id
from projects import changes
from projects.services import versions
from projects.services.common import ProjectGone, WorkflowError
from projects.views.workflow import editable_project


@login_required
def project_history(request: HttpRequest, slug: str) -> HttpResponse:
    """Who did what when; visible to the owner's editors and to curators."""
    project = editable_project(request, slug)
    events = list(project.events.select_related("actor"))
    described = changes.describe([event.changes for event in events])
    rows = [
        (event, event.get_action_display(), rows)
        for event, rows in zip(events, described, strict=True)
    ]
    return render(request, "projects/history.html", {"project": project, "rows": rows})


def _version(request: HttpRequest, slug: str, version: int):
    """The project (owner's editors and curators only) and the event holding ``version``."""
    project = editable_project(request, slug)
    event = versions.version_event(project, version)
    if event is None:
        raise Http404
    return project, event


@login_required
def version_detail(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    """What a version changed, and how it differs from the current state."""
    project, event = _version(request, slug, version)
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
@require_http_methods(["GET", "HEAD", "POST"])
def version_restore(request: HttpRequest, slug: str, version: int) -> HttpResponse:
    """GET asks for confirmation and lists what would change; POST restores."""
    project, event = _version(request, slug, version)
    if request.method != "POST":  # GET and HEAD ask for confirmation
        if version >= project.version:  # the current version: nothing to restore
            return redirect("projects:version", slug=project.slug, version=version)
        [changed] = changes.describe(
            [changes.diff(changes.project_snapshot(project), event.snapshot)]
        )
        context = {
            "project": project,
            "event": event,
            "changes": changed,
            "next_version": project.version + 1,
        }
        return render(request, "projects/version_restore.html", context)
    try:
        project = versions.project_restore_version(
            actor=request.user,
            project=project,
            version=version,
            # The version the confirmation page showed (0, never a version, if missing).
            expected_version=parse_id(request.POST.get("version")) or 0,
        )
    except ProjectGone as error:
        messages.info(request, str(error))
        return redirect("projects:mine")
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Version %(old)s ist als neue Version %(new)s wiederhergestellt.")
            % {"old": version, "new": project.version},
        )
    return redirect("projects:history", slug=project.slug)
