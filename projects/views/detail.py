"""The project page: everything someone who wants to reuse a project needs, and whom to ask."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from municipalities.access import can_edit_for
from projects.models import Project
from projects.services import allowed_actions


def _project_page(request: HttpRequest, slug: str, *, show_email: bool) -> HttpResponse:
    user = request.user
    # 404, not 403, for drafts of other municipalities: their existence is not disclosed.
    project = get_object_or_404(Project.objects.visible_to(user).for_detail(), slug=slug)
    is_author = can_edit_for(user, project.owner_id)
    based_on = project.based_on
    if based_on and not (
        based_on.publication_state == Project.PublicationState.PUBLISHED
        or can_edit_for(user, based_on.owner_id)
    ):
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
        "show_email": show_email and bool(project.contact_email),
    }
    template = "projects/detail.html"
    if show_email and request.htmx:
        template += "#contact"
    return render(request, template, context)


@require_GET
def project_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return _project_page(request, slug, show_email=False)


@require_POST
def project_contact_email(request: HttpRequest, slug: str) -> HttpResponse:
    """Reveal the contact's e-mail address on request.

    The address is never in the page's HTML: harvesting bots read pages but do not submit forms
    (the POST needs the CSRF token of a rendered page). Nothing is written, so the answer is the
    page itself (or, for htmx, its contact block) rather than a redirect.
    """
    return _project_page(request, slug, show_email=True)
