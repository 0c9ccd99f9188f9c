"""The signed-in person's own profile page: name, position, phone and memberships."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from municipalities.access import is_curator, pending_requests
from municipalities.forms import StaffProfileForm, UserNameForm
from municipalities.models import Membership, StaffProfile


@login_required
def profile(request):
    user = request.user
    staff_profile = StaffProfile.objects.filter(user=user).first() or StaffProfile(user=user)
    # A copy, so that invalid input does not show up in the page header.
    name_form = UserNameForm(request.POST or None, instance=copy.copy(user))
    profile_form = StaffProfileForm(request.POST or None, instance=staff_profile)
    forms_valid = all([name_form.is_valid(), profile_form.is_valid()])  # both show errors
    if request.method == "POST" and forms_valid:
        with transaction.atomic():
            name_form.save()
            profile_form.save()
        messages.success(request, _("Ihr Profil wurde gespeichert."))
        return redirect("accounts:profile")
    memberships = list(
        Membership.objects.filter(user=user)
        .select_related("municipality")
        .order_by("municipality__name")
    )
    manages = is_curator(user) or any(
        m.role == Membership.Role.ADMIN and m.state == Membership.State.APPROVED
        for m in memberships
    )
    return render(
        request,
        "accounts/profile.html",
        {
            "name_form": name_form,
            "profile_form": profile_form,
            "memberships": memberships,
            "pending": pending_requests(user),
            "manages": manages,
        },
    )
