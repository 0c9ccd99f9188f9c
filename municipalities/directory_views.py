"""/kommunen/: every Land with its Kreise, and a search by name or AGS that needs no JavaScript."""

from django.shortcuts import render

from kommunect.text import normalize_query
from municipalities.forms import MunicipalitySearchForm
from municipalities.lookup import MIN_QUERY_LENGTH, find_municipalities, states_with_districts


def index(request):
    """The register as a directory. A query (GET ``q``) lists up to 20 matches above it; one
    that is too short or too long gets a notice, never an error page."""
    searched = "q" in request.GET
    form = MunicipalitySearchForm(request.GET if searched else None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    return render(
        request,
        "municipalities/index.html",
        {
            "form": form,
            "query": query,
            "searched": searched,
            "too_short": form.is_valid() and len(normalize_query(query)) < MIN_QUERY_LENGTH,
            "matches": find_municipalities(query) if searched else [],
            "states": states_with_districts(),
        },
    )
