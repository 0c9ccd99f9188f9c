"""The public page of a municipality, Kreis or Land: profile, contact, projects and figures."""

import re
from urllib.parse import quote

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from kommunect.links import search_url
from municipalities.access import municipality_page_links, pending_requests
from municipalities.lookup import district_municipalities
from municipalities.models import Municipality
from projects import queries, reuse_requests
from projects.views.contact import municipality_contact_section
from projects.views.peers import municipality_sections

SLUG_OR_AGS = re.compile(r"[-a-z0-9_]{1,220}")
PAGE_SIZE = 20
NEWEST_PARTNER_PROJECTS = 6
AGGREGATING_LEVELS = {
    Municipality.Level.STATE,
    Municipality.Level.REGION,
    Municipality.Level.DISTRICT,
}


def participating(request):
    """The municipalities counted as "beteiligte Kommunen" on the home page, with their
    number of published entries."""
    return render(
        request,
        "projects/participating.html",
        {"municipalities": queries.participating_municipalities()},
    )


def detail(request, key):
    """``key`` is the slug; an AGS (digits only) redirects to the slug URL."""
    return _municipality_page(request, key)


def _municipality_page(request, key):
    if not SLUG_OR_AGS.fullmatch(key):
        raise Http404
    if key.isdigit():
        return redirect(_by_ags(key), permanent=True)
    municipality = (
        Municipality.objects.select_related("state", "parent", "association", "successor")
        .annotate(predecessor_list=queries.predecessor_list())
        .filter(slug=key)
        .first()
    )
    if municipality is None:  # an earlier slug: the page moved
        moved = get_object_or_404(Municipality.objects.only("slug"), former_slugs__contains=[key])
        return redirect(moved, permanent=True)
    if municipality.is_standalone_association:
        # Named like its only Gemeinde, whose page shows its projects too: go there.
        member = municipality.member_municipalities.only("slug").first()
        if member is not None:
            return redirect(member, permanent=True)
    if (city := municipality.city_of_district_twin()) is not None:
        # The Kreis entry of a kreisfreie Stadt: the Gemeinde page shows its projects too.
        return redirect(city, permanent=True)
    region = queries.region_projects(municipality)
    figures = queries.region_figures(municipality)
    paginator = Paginator(queries.newest_first(region), PAGE_SIZE, orphans=3)
    paginator.count = figures["projects"] + figures["ideas"]  # known: no second COUNT
    page = paginator.get_page(request.GET.get("seite"))
    is_district = municipality.level == Municipality.Level.DISTRICT
    page_links = municipality_page_links(
        request.user, municipality.pk, dissolved=municipality.is_dissolved
    )
    pending = pending_requests(request.user) if "pending" in page_links else []
    join_url = f"{reverse('municipalities:join')}?q={quote(municipality.ags)}"
    return render(
        request,
        "municipalities/detail.html",
        {
            "municipality": municipality,
            "page_links": page_links,
            "join_url": join_url,
            "join_next": quote(join_url, safe="/"),  # the login's ?next= for "sign_in_to_join"
            "pending": [m for m in pending if m.municipality_id == municipality.pk],
            "is_district": is_district,
            # Länder → Kreise → Gemeinden: /kommunen/ lists the Kreise, a Kreis its Gemeinden.
            "all_municipalities": district_municipalities(municipality) if is_district else [],
            "aggregates": municipality.level in AGGREGATING_LEVELS,
            "figures": figures,
            "page": page,
            "partner_projects": queries.newest(
                queries.partner_projects(municipality), NEWEST_PARTNER_PROJECTS
            ),
            "subdivisions": queries.subdivisions_with_counts(municipality),
            "search_url": search_url(owner=municipality.slug),
            **municipality_sections(municipality),
            "request_figures": reuse_requests.municipality_figures(municipality),
            **municipality_contact_section(request.user, municipality),
        },
    )


def _by_ags(ags: str) -> Municipality:
    """The municipality with this AGS, else the one that had it before (Hanau 06435014)."""
    found = Municipality.objects.only("slug").filter(ags=ags).first()
    return found or get_object_or_404(Municipality.objects.only("slug"), former_ags__contains=[ags])
