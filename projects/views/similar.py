"""The duplicate hint of the project form, as an htmx fragment (projects/similar.py)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from kommunect.text import parse_ids
from municipalities.access import editable_municipality_ids, is_curator
from projects import similar


@login_required
@require_safe
def duplicate_hint(request: HttpRequest) -> HttpResponse:
    """htmx: published projects like the one being typed (GET ``title``, ``services``,
    ``owner``, ``exclude``: the project being edited). For those who may post projects."""
    user = request.user
    if not (is_curator(user) or editable_municipality_ids(user)):
        raise PermissionDenied
    hint = similar.hint_from_input(user, request.GET, parse_ids(request.GET.getlist("exclude")))
    return render(request, "projects/includes/duplicate_hint_result.html", {"duplicate_hint": hint})
