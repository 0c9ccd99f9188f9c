"""Kommunen wie meine: the peers of a municipality and the OZG services they cover that it
does not (the gap analysis), for the municipality page and "Meine Kommune".

Peers: current bodies of the same Land, level and kind whose population is within a factor
``SIZE_FACTOR`` of its own, the ``MAX_PEERS`` nearest by population. A gap: an OZG service that
published projects of peers cover and no published project of the municipality (owner or
partner) does; the gaps most peers covered come first, each with the peer projects to look
at. Three queries, whatever the number of projects: peers, gaps, projects.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Case, Count, F, Func, IntegerField, Value, When
from django.urls import reverse

from municipalities.models import Municipality
from projects.models import Project

MAX_PEERS = 30
SIZE_FACTOR = 3
MAX_GAPS = 10
PROJECTS_PER_GAP = 3
# Levels whose bodies have peers (a Land or Regierungsbezirk has no peers within its Land).
PEER_LEVELS = {
    Municipality.Level.MUNICIPALITY,
    Municipality.Level.ASSOCIATION,
    Municipality.Level.DISTRICT,
}


@dataclass
class Gap:
    service_id: int
    service_name: str
    service_ozg_id: str
    peer_count: int  # distinct peers with a published project for the service
    project_ids: list[int]
    projects: list[Project] = field(default_factory=list)

    @property
    def service_url(self) -> str:
        return reverse("ozg:service-detail", args=[self.service_ozg_id])


@dataclass
class PeerAnalysis:
    municipality: Municipality
    peers: list[Municipality]
    gaps: list[Gap]

    @property
    def has_peers(self) -> bool:
        return bool(self.peers)


def has_peers(municipality: Municipality) -> bool:
    """Whether the gap analysis applies: a Gemeinde, Gemeindeverband or Kreis with a known
    population and Land (no query)."""
    return (
        municipality.level in PEER_LEVELS
        and municipality.population is not None
        and municipality.state_id is not None
        and not municipality.is_dissolved
    )


def peers_of(municipality: Municipality) -> list[Municipality]:
    """The peers of ``municipality``, nearest in population first. One query (none without a
    population or Land)."""
    if not has_peers(municipality):
        return []
    population = municipality.population
    low, high = population // SIZE_FACTOR, population * SIZE_FACTOR
    return list(
        Municipality.objects.filter(
            state_id=municipality.state_id,
            level=municipality.level,
            kind=municipality.kind,
            population__gte=low,
            population__lte=high,
            dissolved_on__isnull=True,
        )
        .exclude(pk=municipality.pk)
        .annotate(
            distance=Func(F("population") - population, function="ABS", output_field=IntegerField())
        )
        .only("id", "name", "slug", "kind", "kind_label", "population")
        .order_by("distance", "name", "pk")[:MAX_PEERS]
    )


def _status_rank(column: str) -> Case:
    """Completed projects first, then running, planned and the rest: what to look at first."""
    Status = Project.Status
    ranks = [Status.COMPLETED, Status.IN_PROGRESS, Status.PLANNED]
    return Case(
        *(When(**{column: status}, then=Value(rank)) for rank, status in enumerate(ranks)),
        default=Value(len(ranks)),
        output_field=IntegerField(),
    )


def _covered_services(municipality: Municipality) -> list:
    """Subqueries of the ids of the services its published projects cover, as owner and as
    partner. Apart: an OR of the two would read every project's links."""
    published = Project.objects.filter(publication_state=Project.PublicationState.PUBLISHED)
    links = Project.services.through.objects
    return [
        links.filter(project_id__in=published.filter(owner=municipality).values("pk")),
        links.filter(project_id__in=published.filter(partners=municipality).values("pk")),
    ]


def gaps_of(municipality: Municipality, peers: list[Municipality], limit=MAX_GAPS) -> list[Gap]:
    """The services the peers cover and ``municipality`` does not, most peers first, each with
    up to ``PROJECTS_PER_GAP`` peer projects (completed and offered for reuse first). Two
    queries (none without peers)."""
    if not peers:
        return []
    own, partnered = _covered_services(municipality)
    rows = (
        Project.services.through.objects.filter(
            # Driven by the peers' projects (owner index), not by a scan of all links.
            project_id__in=Project.objects.filter(
                owner_id__in=[peer.pk for peer in peers],
                publication_state=Project.PublicationState.PUBLISHED,
            ).values("pk")
        )
        .exclude(service_id__in=own.values("service_id"))
        .exclude(service_id__in=partnered.values("service_id"))
        .values("service_id", "service__name", "service__ozg_id")
        .annotate(
            peer_count=Count("project__owner_id", distinct=True),
            project_ids=ArrayAgg(
                "project_id",
                order_by=(
                    _status_rank("project__status"),
                    "-project__reuse_offered",
                    "-project__published_at",
                    "-project_id",
                ),
            ),
        )
        .order_by("-peer_count", "service__name", "service_id")[:limit]
    )
    gaps = [
        Gap(
            service_id=row["service_id"],
            service_name=row["service__name"],
            service_ozg_id=row["service__ozg_id"],
            peer_count=row["peer_count"],
            project_ids=row["project_ids"][:PROJECTS_PER_GAP],
        )
        for row in rows
    ]
    wanted = {pk for gap in gaps for pk in gap.project_ids}
    if wanted:
        projects = Project.objects.for_cards().in_bulk(wanted)
        for gap in gaps:
            gap.projects = [projects[pk] for pk in gap.project_ids if pk in projects]
    return gaps


def peer_analysis(municipality: Municipality, limit=MAX_GAPS) -> PeerAnalysis:
    """Peers and gaps of ``municipality``: three queries at most."""
    peers = peers_of(municipality)
    return PeerAnalysis(municipality, peers, gaps_of(municipality, peers, limit))
