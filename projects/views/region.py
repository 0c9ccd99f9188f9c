"""The public page of a municipality, Kreis or Land: profile, contact, projects and figures."""

import re

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from kommunect.links import search_url
from municipalities.access import municipality_page_links
from municipalities.models import Municipality
from projects import queries

SLUG_OR_AGS = re.compile(r"[-a-z0-9_]{1,220}")
PAGE_SIZE = 20
NEWEST_PARTNER_PROJECTS = 6
AGGREGATING_LEVELS = {
    Municipality.Level.STATE,
    Municipality.Level.REGION,
    Municipality.Level.DISTRICT,
}


def detail(request, key):
    """``key`` is the slug; an AGS (digits only) redirects to the slug URL."""
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
    region = queries.region_projects(municipality)
    figures = queries.region_figures(municipality)
    paginator = Paginator(queries.newest_first(region), PAGE_SIZE, orphans=3)
    paginator.count = figures["projects"] + figures["ideas"]  # known: no second COUNT
    page = paginator.get_page(request.GET.get("seite"))
    return render(
        request,
        "municipalities/detail.html",
        {
            "municipality": municipality,
            "page_links": municipality_page_links(
                request.user, municipality.pk, dissolved=municipality.is_dissolved
            ),
            "is_district": municipality.level == Municipality.Level.DISTRICT,
            "aggregates": municipality.level in AGGREGATING_LEVELS,
            "figures": figures,
            "page": page,
            "partner_projects": queries.newest(
                queries.partner_projects(municipality), NEWEST_PARTNER_PROJECTS
            ),
            "subdivisions": queries.subdivisions_with_counts(municipality),
            "search_url": search_url(owner=municipality.slug),
        },
    )


def _by_ags(ags: str) -> Municipality:
    """The municipality with this AGS, else the one that had it before (Hanau 06435014)."""
    found = Municipality.objects.only("slug").filter(ags=ags).first()
    return found or get_object_or_404(Municipality.objects.only("slug"), former_ags__contains=[ags])
