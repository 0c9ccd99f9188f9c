"""For the Landkreise, which coordinate their Gemeinden: the Gemeinden × OZG topic fields with
project counts, and the bundling candidates (OZG services that two or more Gemeinden plan or
run separately). A fixed number of queries, whatever the number of projects.

The Gemeinden of a Kreis are the bodies whose ``parent`` is the Kreis (Gemeinden and
Gemeindeverbände), as on the Kreis page's "Gemeinden mit Projekten".
"""

from dataclasses import dataclass, field

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Count, Q

from municipalities.models import CITY_DISTRICT_KINDS, Municipality
from projects.models import Project

# Projects that count for bundling: planned, running or done (not ideas, not discontinued).
BUNDLING_STATUSES = (
    Project.Status.PLANNED,
    Project.Status.IN_PROGRESS,
    Project.Status.COMPLETED,
)
MAX_CANDIDATES = 20


def is_landkreis(municipality: Municipality) -> bool:
    """A Kreis with Gemeinden (not the Kreis entry of a kreisfreie Stadt). No query."""
    return (
        municipality.level == Municipality.Level.DISTRICT
        and municipality.kind not in CITY_DISTRICT_KINDS
    )


def _published_in(district: Municipality):
    return (
        Project.objects.published()
        .filter(owner__parent=district)
        .exclude(owner=district)
        .order_by()
    )


@dataclass
class MatrixColumn:
    id: int
    name: str


@dataclass
class MatrixRow:
    municipality: Municipality
    counts: list[int]  # one per column, in the order of ``Matrix.topic_fields``
    total: int


@dataclass
class Matrix:
    topic_fields: list[MatrixColumn]
    rows: list[MatrixRow]


def topic_matrix(district: Municipality) -> Matrix:
    """The Gemeinden of ``district`` with published projects × the topic fields any of them
    covers, with the number of projects in each cell and in all. Two queries."""
    published = Q(projects__publication_state=Project.PublicationState.PUBLISHED)
    owners = list(
        Municipality.objects.filter(parent=district)
        .exclude(pk=district.pk)
        .annotate(total=Count("projects", filter=published))
        .filter(total__gt=0)
        .only("id", "name", "slug", "kind", "kind_label")
        .order_by("name_folded", "ags")  # Löchgau before Ludwigsburg
    )
    if not owners:
        return Matrix([], [])
    cells = list(
        _published_in(district)
        .filter(topic_fields__isnull=False)
        .values_list("owner_id", "topic_fields", "topic_fields__name", "topic_fields__order")
        .annotate(n=Count("id"))
    )
    columns = sorted({(order, name, pk) for _owner, pk, name, order, _n in cells})
    topic_fields = [MatrixColumn(pk, name) for _order, name, pk in columns]
    counts = {(owner, pk): n for owner, pk, _name, _order, n in cells}
    rows = [
        MatrixRow(
            owner,
            [counts.get((owner.pk, column.id), 0) for column in topic_fields],
            owner.total,
        )
        for owner in owners
    ]
    return Matrix(topic_fields, rows)


@dataclass
class Candidate:
    service_id: int
    service_name: str
    service_ozg_id: str
    municipality_count: int  # Gemeinden with a separate project
    project_ids: list[int] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)


def _groups(links: list[tuple[int, set[int]]]) -> int:
    """How many separate groups of Gemeinden ``links`` (owner, partners of one project) form:
    a project joins its owner with its partners (union-find)."""
    parent: dict[int, int] = {}

    def find(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for owner, partners in links:
        find(owner)
        for partner in partners:
            parent[find(partner)] = find(owner)
    owners = {owner for owner, _partners in links}
    return len({find(owner) for owner in owners})


def bundling_candidates(district: Municipality, limit=MAX_CANDIDATES) -> list[Candidate]:
    """OZG services that two or more Gemeinden of ``district`` plan, build or run in separate
    published projects: not one joint project (a Gemeinde as partner of another's project for
    the same service joins the two). Most Gemeinden first, each with its projects. Two
    queries."""
    links = Project.services.through.objects.filter(
        project__in=_published_in(district).filter(status__in=BUNDLING_STATUSES)
    )
    rows = list(
        links.values_list(
            "service_id", "service__name", "service__ozg_id", "project_id", "project__owner_id"
        )
        .annotate(
            partners=ArrayAgg(
                "project__partners",
                filter=Q(project__partners__parent=district),
                default=[],
            )
        )
        .order_by("service_id", "project_id")
    )
    if not rows:
        return []
    by_service: dict[int, list[tuple]] = {}
    for row in rows:
        by_service.setdefault(row[0], []).append(row)
    candidates = []
    for service_rows in by_service.values():
        owners = {row[4] for row in service_rows}
        if len(owners) < 2:
            continue
        groups = _groups([(row[4], set(row[5])) for row in service_rows])
        if groups < 2:
            continue
        service_id, name, ozg_id = service_rows[0][:3]
        candidates.append(
            Candidate(service_id, name, ozg_id, len(owners), [row[3] for row in service_rows])
        )
    candidates.sort(key=lambda c: (-c.municipality_count, c.service_name, c.service_id))
    candidates = candidates[:limit]
    wanted = {pk for candidate in candidates for pk in candidate.project_ids}
    if wanted:
        projects = Project.objects.for_cards().in_bulk(wanted)
        for candidate in candidates:
            candidate.projects = sorted(
                (projects[pk] for pk in candidate.project_ids),
                key=lambda p: (p.owner.name, p.title),
            )
    return candidates
