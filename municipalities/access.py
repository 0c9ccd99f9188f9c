"""Who may do what: the permission rules of the platform, in one place."""

from allauth.core import ratelimit
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef, QuerySet

from municipalities.models import Membership

CURATORS_GROUP = "Kuratoren"


def curators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=CURATORS_GROUP)
    return group


def curator_emails() -> list[str]:
    """Addresses of the active curators (group "Kuratoren" or superuser), as is_curator."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    curators = get_user_model().objects.filter(
        Q(groups__name=CURATORS_GROUP) | Q(is_superuser=True), is_active=True
    )
    return sorted({email for email in curators.values_list("email", flat=True) if email})


def is_curator(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_kommunect_is_curator", None)
    if cached is None:
        cached = user.groups.filter(name=CURATORS_GROUP).exists()
        user._kommunect_is_curator = cached
    return cached


def _approved(user, roles=None):
    memberships = Membership.objects.filter(user=user, state=Membership.State.APPROVED)
    if roles:
        memberships = memberships.filter(role__in=roles)
    return memberships


def approved_admins(municipality_id) -> QuerySet[Membership]:
    """The approved municipality admins of a municipality: they decide its join requests."""
    return Membership.objects.filter(
        municipality_id=municipality_id,
        role=Membership.Role.ADMIN,
        state=Membership.State.APPROVED,
    )


def pending_requests(user) -> list[Membership]:
    """The user's open join requests, oldest first, in one query.

    Each carries ``decided_by_admins``: True if its municipality has approved admins (they
    decide), False if the curators decide (see services._notify_deciders)."""
    if not user.is_authenticated:
        return []
    return list(
        Membership.objects.filter(user=user, state=Membership.State.REQUESTED)
        .select_related("municipality")
        .annotate(decided_by_admins=Exists(approved_admins(OuterRef("municipality_id"))))
        .order_by("created_at", "pk")
    )


def editable_municipality_ids(user) -> list[int]:
    """Municipalities whose projects the user may edit (as editor or municipality admin)."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_kommunect_editable_ids", None)
    if cached is None:
        cached = list(_approved(user).values_list("municipality_id", flat=True))
        user._kommunect_editable_ids = cached
    return cached


def can_edit_for(user, municipality_id: int) -> bool:
    return is_curator(user) or municipality_id in editable_municipality_ids(user)


def can_manage(user, municipality_id: int) -> bool:
    """Manage members and the profile of a municipality."""
    if is_curator(user):
        return True
    return (
        user.is_authenticated
        and _approved(user, [Membership.Role.ADMIN])
        .filter(municipality_id=municipality_id)
        .exists()
    )


def municipality_page_links(user, municipality_id: int, *, dissolved: bool = False) -> set[str]:
    """What the public page of a municipality offers ``user``, in at most two queries:
    "manage" (members and profile) to those who may manage it (can_manage), "join" to signed-in
    users who neither belong to it nor have asked to (unless the register dissolved it),
    "pending" to those who asked (the page then shows their request, see pending_requests),
    "sign_in_to_join" to anonymous visitors (unless dissolved)."""
    if not user.is_authenticated:
        return set() if dissolved else {"sign_in_to_join"}
    if is_curator(user):
        return {"manage"}
    memberships = set(
        Membership.objects.filter(user=user, municipality_id=municipality_id).values_list(
            "role", "state"
        )
    )
    if (Membership.Role.ADMIN, Membership.State.APPROVED) in memberships:
        return {"manage"}
    states = {state for _role, state in memberships}
    if Membership.State.REQUESTED in states:
        return {"pending"}
    if not dissolved and Membership.State.APPROVED not in states:
        return {"join"}
    return set()


def may_request_membership(request) -> bool:
    """Whether ``request``'s user may send one more membership request: each one mails the
    deciders, so at most ACCOUNT_RATE_LIMITS["membership_request"]. Counts the request."""
    return ratelimit.consume(request, action="membership_request", user=request.user)
