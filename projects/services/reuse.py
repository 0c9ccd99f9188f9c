""" "Nachnutzung starten": a member of municipality B starts B's own project from a published
project P of another municipality, as a draft prefilled from P with the lineage set.

What the draft takes from P: what the reusing municipality will do the same way (title and
summary as a starting point, kind, target groups, OZG services and processes, hence topic
fields, tags, technology, open source, licence and repository). What it does not take: what
is P's owner's own (description, status, dates, costs and funding, contact, partners, cover
image, links and files, lessons learned) and P's reuse offer and conditions, which are
commitments of P's owner that B has not made.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from municipalities.access import editable_municipality_ids, is_curator
from municipalities.models import Municipality
from projects.models import Project, ReuseRequest
from projects.services.common import WorkflowError
from projects.services.data import ProjectData
from projects.services.projects import project_create
from projects.services.requests import request_complete

# Scalar fields copied from the original into the new draft.
COPIED_FIELDS = [
    "kind",
    "title",
    "summary",
    "target_groups",
    "technology",
    "is_open_source",
    "license",
    "repository_url",
]


def reuse_municipalities(user, original: Project) -> QuerySet[Municipality]:
    """The municipalities for which ``user`` may start a reuse of ``original``: those of the
    user's approved memberships (editor or admin) except the original's owner. Curators have
    no municipality of their own: without a membership they start nothing."""
    ids = [pk for pk in editable_municipality_ids(user) if pk != original.owner_id]
    return Municipality.objects.filter(pk__in=ids).order_by("name")


def reuse_refusal(user, original: Project) -> str | None:
    """Why ``user`` cannot start a reuse of ``original`` (a code the page explains), or None.

    "anonymous": sign in first; "own": the original belongs to the user's only municipality;
    "curator": a curator without membership; "no_membership": join a municipality first."""
    if not user.is_authenticated:
        return "anonymous"
    ids = editable_municipality_ids(user)  # cached on the user: no query on the project page
    if ids:
        return None if set(ids) - {original.owner_id} else "own"
    return "curator" if is_curator(user) else "no_membership"


@transaction.atomic
def start_reuse(*, actor, original: Project, municipality: Municipality, kind: str) -> Project:
    """Create ``municipality``'s draft based on the published ``original`` with the lineage
    ``kind`` (Project.ReuseKind), prefilled from it; the history of the draft says where it
    came from; an agreed reuse request of ``municipality`` for it becomes "umgesetzt". The
    actor must be a member (editor or admin) of ``municipality``; a curator's
    right to edit everything does not make a municipality reuse a project."""
    if municipality.pk not in editable_municipality_ids(actor):
        raise PermissionDenied(_("Sie sind nicht Mitglied dieser Kommune."))
    if municipality.pk == original.owner_id:
        raise WorkflowError(_("Dieses Projekt gehört bereits Ihrer Kommune."))
    if kind not in Project.ReuseKind.values:
        raise WorkflowError(_("Bitte wählen Sie, wie Sie das Projekt nachnutzen."))
    # Read the original's committed state (and keep it from changing until this commit).
    original = (
        Project.objects.select_for_update(of=("self",))
        .filter(pk=original.pk, publication_state=Project.PublicationState.PUBLISHED)
        .first()
    )
    if original is None:
        raise WorkflowError(_("Nur veröffentlichte Projekte können nachgenutzt werden."))
    data = ProjectData(
        fields={
            **{name: getattr(original, name) for name in COPIED_FIELDS},
            "owner": municipality,
            "based_on": original,
            "reuse_kind": kind,
        },
        services=list(original.services.all()),
        processes=list(original.processes.all()),
        tags=list(original.tags.names()),
    )
    draft = project_create(
        actor=actor,
        data=data,
        note=_("Nachnutzung von „%(title)s“ (%(owner)s), %(kind)s")
        % {
            "title": original.title,
            "owner": original.owner.name,
            "kind": Project.ReuseKind(kind).label,
        },
    )
    # An agreed request of this municipality for the original is now done ("umgesetzt").
    agreed = ReuseRequest.objects.filter(
        project=original, municipality=municipality, state=ReuseRequest.State.AGREED
    ).first()
    if agreed is not None:
        request_complete(actor=actor, request=agreed, resulting_project=draft)
    return draft
