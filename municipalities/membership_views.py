"""Joining a municipality, managing its members and editing its profile.

Permission rules live in municipalities/access.py and in the service functions; a view
only fetches, binds a form and calls a service. Writes are POST-only and redirect.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from kommunect.links import redirect_back
from kommunect.text import parse_id
from municipalities import services
from municipalities.access import can_manage, is_curator, pending_requests
from municipalities.forms import (
    MemberRoleForm,
    MembershipRequestForm,
    MunicipalityProfileForm,
    MunicipalitySearchForm,
)
from municipalities.lookup import find_municipalities
from municipalities.models import Membership, Municipality

QUEUE_PAGE_SIZE = 50


@login_required
def join(request):
    """Search a municipality (GET ``q``), pick it from the matches and send the request."""
    data = request.POST if request.method == "POST" else request.GET
    search_form = MunicipalitySearchForm(data, live_url=reverse("municipalities:join"))
    query = search_form.cleaned_data["q"] if search_form.is_valid() else ""
    matches = list(find_municipalities(query, current_only=True))
    if request.htmx and request.method == "GET":
        return render(
            request,
            "municipalities/membership_request.html#matches",
            {"matches": matches, "query": query, "selected": None},
        )
    form = MembershipRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        municipality = form.cleaned_data["municipality"]
        try:
            services.membership_request(
                user=request.user,
                municipality=municipality,
                message=form.cleaned_data["message"],
                request=request,
            )
        except ValidationError as error:
            form.add_error("municipality", error)
        else:
            messages.success(
                request,
                _(
                    "Ihre Anfrage an %(municipality)s ist gesendet. Sie erhalten eine E-Mail, "
                    "sobald darüber entschieden ist. E-Mails können sich um einige Minuten "
                    "verzögern."
                )
                % {"municipality": municipality.name},
            )
            return redirect("accounts:profile")
    selected = _selected_municipality(request.POST.get("municipality", ""), matches)
    if selected is not None and selected not in matches:
        matches.insert(0, selected)
    return render(
        request,
        "municipalities/membership_request.html",
        {
            "search_form": search_form,
            "form": form,
            "matches": matches,
            "query": query,
            "selected": selected,
            "pending": pending_requests(request.user),
        },
    )


@require_POST
@login_required
def withdraw(request, pk):
    """The requester takes back a pending request (only their own: 404 for anyone else's)."""
    membership = get_object_or_404(
        Membership.objects.select_related("municipality"), pk=pk, user=request.user
    )
    try:
        services.membership_withdraw(
            membership=membership, withdrawn_by=request.user, request=request
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(
            request,
            _("Ihre Anfrage an %(municipality)s ist zurückgezogen.")
            % {"municipality": membership.municipality.name},
        )
    return redirect_back(request, "municipalities:join")


def _selected_municipality(raw_id: str, matches: list[Municipality]) -> Municipality | None:
    """The municipality picked in a rejected form, so that it stays selected."""
    pk = parse_id(raw_id)
    if pk is None:
        return None
    for municipality in matches:
        if municipality.pk == pk:
            return municipality
    return Municipality.objects.select_related("state").filter(pk=pk).first()


@require_safe
def autocomplete(request):
    """Up to 20 municipalities for ``q`` (name or AGS) as JSON, for pickers with JavaScript."""
    form = MunicipalitySearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = [
        {
            "id": municipality.pk,
            "name": municipality.name,
            "ags": municipality.ags,
            "slug": municipality.slug,
            "kind": municipality.kind_name,
            "state": municipality.state.name if municipality.state else "",
            "label": municipality.label,
        }
        for municipality in find_municipalities(query)
    ]
    return JsonResponse({"query": query, "results": results})


def _managed_municipality(request, slug: str) -> Municipality:
    """The municipality, if the signed-in user may manage it; 403 otherwise."""
    municipality = get_object_or_404(Municipality, slug=slug)
    if not can_manage(request.user, municipality.pk):
        raise PermissionDenied(
            _(
                "Nur Kommunen-Admins dieser Kommune und das Kuratorium verwalten ihre Mitglieder "
                "und ihr Profil."
            )
        )
    return municipality


@login_required
def members(request, slug):
    municipality = _managed_municipality(request, slug)
    memberships = list(
        municipality.memberships.select_related(
            "user", "user__staff_profile", "decided_by"
        ).order_by("user__last_name", "user__first_name", "user__email")
    )
    by_state = {state: [] for state in Membership.State}
    for membership in memberships:
        by_state[membership.state].append(membership)
    return render(
        request,
        "municipalities/membership_members.html",
        {
            "municipality": municipality,
            "pending": sorted(by_state[Membership.State.REQUESTED], key=lambda m: m.created_at),
            "approved": by_state[Membership.State.APPROVED],
            "declined": by_state[Membership.State.DECLINED],
            "roles": Membership.Role.choices,
        },
    )


@login_required
def queue(request):
    """Pending requests: all of them for curators, their municipalities' for admins."""
    pending = Membership.objects.filter(state=Membership.State.REQUESTED)
    if not is_curator(request.user):
        managed = Membership.objects.filter(
            user=request.user, role=Membership.Role.ADMIN, state=Membership.State.APPROVED
        ).values("municipality_id")
        if not managed.exists():
            raise PermissionDenied
        pending = pending.filter(municipality_id__in=managed)
    pending = pending.select_related("user", "user__staff_profile", "municipality").order_by(
        "created_at", "pk"
    )
    page = Paginator(pending, QUEUE_PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(request, "municipalities/membership_queue.html", {"page": page})


def _membership_action(request, slug: str, pk: int, action) -> Membership | None:
    municipality = _managed_municipality(request, slug)
    membership = get_object_or_404(
        Membership.objects.select_related("user", "municipality"),
        pk=pk,
        municipality=municipality,
    )
    try:
        action(membership)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return None
    return membership


def _person(membership: Membership) -> str:
    return membership.user.get_full_name() or membership.user.email


@require_POST
@login_required
def approve(request, slug, pk):
    membership = _membership_action(
        request,
        slug,
        pk,
        lambda m: services.membership_approve(
            membership=m, decided_by=request.user, request=request
        ),
    )
    if membership:
        messages.success(
            request,
            _("%(person)s ist jetzt Mitglied. Die Person wurde per E-Mail benachrichtigt.")
            % {"person": _person(membership)},
        )
    return redirect_back(request, "municipalities:members", slug)


@require_POST
@login_required
def decline(request, slug, pk):
    membership = _membership_action(
        request,
        slug,
        pk,
        lambda m: services.membership_decline(
            membership=m, decided_by=request.user, request=request
        ),
    )
    if membership:
        messages.success(
            request,
            _(
                "Die Anfrage von %(person)s ist abgelehnt. "
                "Die Person wurde per E-Mail benachrichtigt."
            )
            % {"person": _person(membership)},
        )
    return redirect_back(request, "municipalities:members", slug)


@require_POST
@login_required
def change_role(request, slug, pk):
    municipality = _managed_municipality(request, slug)
    form = MemberRoleForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for text in errors:
                messages.error(request, text)
        return redirect("municipalities:members", municipality.slug)
    membership = _membership_action(
        request,
        slug,
        pk,
        lambda m: services.membership_change_role(
            membership=m, role=form.cleaned_data["role"], changed_by=request.user
        ),
    )
    if membership:
        messages.success(
            request,
            _("%(person)s hat jetzt die Rolle „%(role)s“.")
            % {
                "person": _person(membership),
                "role": Membership.Role(form.cleaned_data["role"]).label,
            },
        )
    return redirect("municipalities:members", slug)


@require_POST
@login_required
def remove(request, slug, pk):
    membership = _membership_action(
        request,
        slug,
        pk,
        lambda m: services.membership_remove(membership=m, removed_by=request.user),
    )
    if membership:
        messages.success(
            request,
            _("%(person)s ist kein Mitglied mehr.") % {"person": _person(membership)},
        )
    return redirect("municipalities:members", slug)


@login_required
def edit_profile(request, slug):
    municipality = _managed_municipality(request, slug)
    form = MunicipalityProfileForm(request.POST or None, instance=municipality)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Das Profil der Kommune wurde gespeichert."))
        return redirect("municipalities:profile-edit", municipality.slug)
    return render(
        request,
        "municipalities/profile_edit.html",
        {"municipality": municipality, "form": form},
    )
