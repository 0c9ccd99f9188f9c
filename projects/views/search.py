"""The search page /projekte/: the full page, or for htmx the fragment with results and facets."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers

from projects.search import SORTS, search


def project_search(request: HttpRequest) -> HttpResponse:
    result = search(request.GET)
    template = "projects/search.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#area"
    response = render(request, template, {"result": result, "sorts": SORTS})
    # The fragment and the full page share the URL: a browser must not show the cached
    # fragment as the page (Back after an in-place search).
    patch_vary_headers(response, ("HX-Request",))
    return response
