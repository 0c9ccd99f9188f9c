"""The project page: everything someone who wants to reuse a project needs, and whom to ask."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from municipalities.access import can_edit_for
from projects import readiness, reuse_requests, similar
from projects.actions import allowed_actions
from projects.models import Project
from projects.views.contact import project_contact_section
from projects.views.reuse import reuse_section


@require_safe
def project_detail(request: HttpRequest, slug: str) -> HttpResponse:
    user = request.user
    # 404, not 403, for drafts of other municipalities: their existence is not disclosed.
    project = get_object_or_404(Project.objects.visible_to(user).for_detail(), slug=slug)
    is_author = can_edit_for(user, project.owner_id)
    based_on = project.based_on
    if based_on and not (based_on.is_published or can_edit_for(user, based_on.owner_id)):
        based_on = None
    reused_by = (
        Project.objects.visible_to(user).filter(based_on=project).for_cards().order_by("title")
    )
    context = {
        "project": project,
        "is_author": is_author,
        "actions": allowed_actions(user, project),
        "based_on": based_on,
        "reused_by": reused_by,
        "target_groups": [
            Project.TargetGroup(value).label
            for value in project.target_groups
            if value in Project.TargetGroup.values
        ],
        "attachments": project.attachments.all(),
        **reuse_section(user, project),
        "readiness": readiness.checklist(project) if is_author else None,
        "request_box": reuse_requests.project_box(user, project),
        **similar.detail_context(project),
        **project_contact_section(user, project),
    }
    return render(request, "projects/detail.html", context)
