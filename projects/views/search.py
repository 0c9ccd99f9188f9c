"""The search page /projekte/: the full page, or for htmx the fragment with results and facets."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from projects.search import SORTS, search


def project_search(request: HttpRequest) -> HttpResponse:
    result = search(request.GET)
    template = "projects/search.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#area"
    return render(request, template, {"result": result, "sorts": SORTS})
