"""The project page: everything someone who wants to reuse a project needs, and whom to ask."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from municipalities.access import can_edit_for, may_reveal_email
from projects import readiness, reuse_requests, similar
from projects.actions import allowed_actions
from projects.models import Project
from projects.views.reuse import reuse_section


def _project_page(
    request: HttpRequest, slug: str, *, show_email: bool = False, email_limited: bool = False
) -> HttpResponse:
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
        "show_email": show_email and bool(project.contact_email),
        "email_limited": email_limited,
        **reuse_section(user, project),
        "readiness": readiness.checklist(project) if is_author else None,
        "request_box": reuse_requests.project_box(user, project),
        **similar.detail_context(project),
    }
    template = "projects/detail.html"
    if (show_email or email_limited) and request.htmx:
        # htmx swaps only successful answers: the limit message comes as 200 to it.
        return render(request, template + "#contact", context)
    return render(request, template, context, status=429 if email_limited else 200)


@require_safe
def project_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return _project_page(request, slug)


@require_POST
def project_contact_email(request: HttpRequest, slug: str) -> HttpResponse:
    """Reveal the contact's e-mail address to a signed-in user, within a rate limit.

    The address is never in the page's HTML and never reaches an anonymous visitor, who is sent
    to sign in. Nothing is written, so the answer is the page itself (or, for htmx, its contact
    block) rather than a redirect; over the limit, the page says so (429).
    """
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("projects:detail", args=[slug]) + "#kontakt")
    if not may_reveal_email(request):
        return _project_page(request, slug, email_limited=True)
    return _project_page(request, slug, show_email=True)
