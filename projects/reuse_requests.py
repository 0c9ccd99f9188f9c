"""Reading reuse requests: the box on the project page, the figures of a municipality, the
request page and "Meine Anfragen". Writing is projects.services.requests."""

from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Max,
    Prefetch,
    Q,
)
from django.db.models.aggregates import Aggregate
from django.db.models.functions import Extract
from django.urls import reverse

from municipalities.access import can_edit_for, editable_municipality_ids, is_curator
from projects.models import Project, ReuseRequest, ReuseRequestEvent
from projects.services.requests import allowed_steps, completion_candidates

State = ReuseRequest.State
SECONDS_PER_DAY = 86400


class Median(Aggregate):
    """PostgreSQL's ``percentile_cont(0.5) WITHIN GROUP (ORDER BY …)``."""

    function = "percentile_cont"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def municipality_figures(municipality) -> dict:
    """The requests to the projects of ``municipality``: how many, how many answered and the
    median days to the first answer (None without answers). One query.

    A request withdrawn before any answer is not counted: nobody waits for that answer."""
    waited = ExpressionWrapper(
        F("first_answered_at") - F("created_at"), output_field=DurationField()
    )
    return ReuseRequest.objects.filter(project__owner=municipality).aggregate(
        received=Count("pk", filter=~Q(state=State.WITHDRAWN, first_answered_at__isnull=True)),
        answered=Count("pk", filter=Q(first_answered_at__isnull=False)),
        median_days=Median(
            Extract(waited, "epoch") / SECONDS_PER_DAY,
            filter=Q(first_answered_at__isnull=False),
        ),
    )


def project_box(user, project: Project) -> dict:
    """What the request box on a project page shows ``user``, in one query:
    ``asked_count``; ``mode`` one of "sign_in", "join", "own", "ask", "none" (an unpublished
    project); ``active_url`` the page of the open request of the user's municipality, if any."""
    ids = [pk for pk in editable_municipality_ids(user) if pk != project.owner_id]
    found = ReuseRequest.objects.filter(project=project).aggregate(
        asked=Count("municipality", distinct=True, filter=~Q(state=State.WITHDRAWN)),
        active=Max("pk", filter=Q(state__in=ReuseRequest.ACTIVE_STATES, municipality_id__in=ids)),
    )
    box = {"asked_count": found["asked"], "active_url": None}
    if not project.is_published:
        box["mode"] = "none"
    elif not user.is_authenticated:
        box["mode"] = "sign_in"
    elif ids:
        box["mode"] = "ask"
        if found["active"]:
            box["active_url"] = reverse("projects:request", args=[project.slug, found["active"]])
    elif project.owner_id in editable_municipality_ids(user):
        box["mode"] = "own"
    else:
        box["mode"] = "join"
    return box


def request_page(user, request: ReuseRequest) -> dict:
    """The context of the request page: the thread and what the user may do."""
    steps = allowed_steps(user, request)
    resulting = request.resulting_project
    return {
        "reuse_request": request,
        # B's project is linked where the viewer may open it: a draft stays B's own.
        "resulting_is_visible": resulting is not None
        and (resulting.is_published or can_edit_for(user, resulting.owner_id)),
        "project": request.project,
        "events": request.events.all(),
        "steps": steps,
        "candidates": list(completion_candidates(request)) if "complete" in steps else [],
    }


def visible_request(user, slug: str, pk: int) -> ReuseRequest | None:
    """The request with its project, asking municipality and thread (one query each), if
    ``user`` may see it."""
    events = ReuseRequestEvent.objects.select_related("actor", "municipality")
    return (
        ReuseRequest.objects.visible_to(user)
        .select_related("project__owner", "municipality", "created_by", "resulting_project")
        .prefetch_related(Prefetch("events", queryset=events))
        .filter(project__slug=slug, pk=pk)
        .first()
    )


def my_requests(user) -> dict:
    """ "Meine Anfragen": requests to the user's municipalities' projects (incoming) and of
    its municipalities (outgoing), newest first. Two queries."""
    ids = editable_municipality_ids(user)
    rows = ReuseRequest.objects.select_related("project__owner", "municipality").order_by(
        "-updated_at", "-pk"
    )
    return {
        "incoming": list(rows.filter(project__owner_id__in=ids)) if ids else [],
        "outgoing": list(rows.filter(municipality_id__in=ids)) if ids else [],
        "is_curator": is_curator(user),
    }
