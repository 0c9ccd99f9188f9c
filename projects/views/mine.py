""" "Meine Projekte": the projects of the user's municipalities and what to do next."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from municipalities.access import editable_municipality_ids, is_curator, pending_requests
from projects.actions import next_actions
from projects.models import Project


@login_required
def my_projects(request: HttpRequest) -> HttpResponse:
    """One query for the projects, however many there are."""
    projects = (
        Project.objects.editable_by(request.user)
        .select_related("owner")
        .only(
            "id",
            "slug",
            "title",
            "kind",
            "owner_id",
            "owner__name",
            "publication_state",
            "rejection_reason",
            "last_confirmed",
            "updated_at",
            "version",
            "published_at",
            "is_demo",
        )
        .order_by("owner__name", "-updated_at")
    )
    rows = [(project, next_actions(project, request.user)) for project in projects]
    context = {
        "rows": rows,
        "has_membership": bool(editable_municipality_ids(request.user)),
        "is_curator": is_curator(request.user),
        "pending": pending_requests(request.user),
    }
    return render(request, "projects/mine.html", context)
