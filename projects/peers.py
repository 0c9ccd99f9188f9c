"""Kommunen wie meine: the peers of a municipality and the OZG services they cover that it
does not (the gap analysis), for the municipality page and "Meine Kommune".

Peers: current bodies of the same Land, level and kind whose population is within a factor
``SIZE_FACTOR`` of its own, the ``MAX_PEERS`` nearest by population. A gap: an OZG service that
published projects of peers cover and no published project of the municipality (owner or
partner) does; the gaps most peers covered come first, each with the peer projects to look
at. Three queries, whatever the number of projects: peers, gaps, projects.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Func, IntegerField
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


# The statement starts from the peers' projects (owner index) and reads each one's services by
# its own index entries (LATERAL; OFFSET 0 keeps the planner from turning it back into a scan
# of the whole link table). Completed projects first, then
# running, planned and the rest; offered for reuse first; newest first.
GAPS_SQL = """
WITH covered AS (
    SELECT ps.service_id FROM projects_project AS p
      JOIN projects_project_services AS ps ON ps.project_id = p.id
     WHERE p.owner_id = %(municipality)s AND p.publication_state = 'published'
    UNION
    SELECT ps.service_id FROM projects_project_partners AS pp
      JOIN projects_project AS p ON p.id = pp.project_id
      JOIN projects_project_services AS ps ON ps.project_id = p.id
     WHERE pp.municipality_id = %(municipality)s AND p.publication_state = 'published'
),
ranked AS (
    SELECT link.service_id, count(DISTINCT p.owner_id) AS peer_count,
           (array_agg(p.id ORDER BY array_position(%(status_order)s::text[], p.status::text),
                      p.reuse_offered DESC, p.published_at DESC, p.id DESC))[1:%(per_gap)s]
               AS project_ids
      FROM projects_project AS p
     CROSS JOIN LATERAL (SELECT ps.service_id FROM projects_project_services AS ps
                          WHERE ps.project_id = p.id OFFSET 0) AS link
     WHERE p.owner_id = ANY(%(peers)s) AND p.publication_state = 'published'
       AND link.service_id NOT IN (SELECT service_id FROM covered)
     GROUP BY link.service_id
)
SELECT r.service_id, s.name, s.ozg_id, r.peer_count, r.project_ids
  FROM ranked AS r JOIN ozg_service AS s ON s.id = r.service_id
 ORDER BY r.peer_count DESC, s.name, r.service_id
 LIMIT %(limit)s
"""
# Status order of the peer projects to look at; statuses not listed come last (NULL sorts last).
STATUS_ORDER = [
    Project.Status.COMPLETED,
    Project.Status.IN_PROGRESS,
    Project.Status.PLANNED,
]


def gaps_of(municipality: Municipality, peers: list[Municipality], limit=MAX_GAPS) -> list[Gap]:
    """The services the peers cover and ``municipality`` does not (as owner or partner), most
    peers first, each with up to ``PROJECTS_PER_GAP`` peer projects (completed and offered for
    reuse first). Two queries (none without peers)."""
    if not peers:
        return []
    params = {
        "municipality": municipality.pk,
        "peers": [peer.pk for peer in peers],
        "status_order": [str(status) for status in STATUS_ORDER],
        "per_gap": PROJECTS_PER_GAP,
        "limit": limit,
    }
    with connection.cursor() as cursor:
        cursor.execute(GAPS_SQL, params)
        gaps = [
            Gap(
                service_id=service_id,
                service_name=name,
                service_ozg_id=ozg_id,
                peer_count=peer_count,
                project_ids=project_ids,
            )
            for service_id, name, ozg_id, peer_count, project_ids in cursor.fetchall()
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
