"""Kommunen wie meine: "Meine Kommune" (the members' start page) and the peer and Kreis sections
of the municipality page (projects/peers.py, projects/districts.py)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from municipalities.access import is_curator, pending_requests
from municipalities.models import Membership, Municipality
from projects import districts, peers


def municipality_sections(municipality: Municipality) -> dict:
    """Context of the municipality page's peer include: the gap analysis for visitors (3
    queries) and, for a Landkreis, its Gemeinden × topic fields and bundling candidates (7)."""
    landkreis = districts.is_landkreis(municipality)
    return {
        "peer_analysis": peers.peer_analysis(municipality),
        "district_matrix": districts.topic_matrix(municipality) if landkreis else None,
        "bundling": districts.bundling_candidates(municipality) if landkreis else None,
        "is_landkreis": landkreis,
    }


@login_required
def my_municipality(request: HttpRequest) -> HttpResponse:
    """The start page of a member: for one of their municipalities (``?kommune=<slug>``, else
    the first by name) the peers, the gaps and, for a Landkreis, its Gemeinden. Without an
    approved membership: how to join. A fixed number of queries."""
    memberships = list(
        Membership.objects.filter(user=request.user, state=Membership.State.APPROVED)
        .select_related("municipality", "municipality__state")
        .order_by("municipality__name", "municipality__pk")
    )
    municipalities = [membership.municipality for membership in memberships]
    chosen = next(
        (m for m in municipalities if m.slug == request.GET.get("kommune")),
        municipalities[0] if municipalities else None,
    )
    context = {
        "municipalities": municipalities,
        "chosen": chosen,
        "pending": [] if chosen else pending_requests(request.user),
        "is_curator": is_curator(request.user),
    }
    if chosen is not None:
        context.update(municipality_sections(chosen))
    return render(request, "projects/my_municipality.html", context)
