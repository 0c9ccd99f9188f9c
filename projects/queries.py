"""Read queries of the browsing pages: project lists and counts per catalogue entry or region.

Every function costs a fixed number of queries, however many projects there are: lists are
sliced to the newest few (the search page holds the full, filtered list), counts are one
aggregate or one GROUP BY each.
"""

import copy

from django.contrib.postgres.expressions import ArraySubquery
from django.core.cache import caches
from django.db.models import CharField, Count, Exists, F, Func, OuterRef, Q, QuerySet, Value
from django.db.models.functions import JSONObject

from municipalities.models import STANDALONE_ASSOCIATION_LABEL, Municipality
from ozg.models import Process, Service, TopicField
from projects.models import Project

NEWEST_ORDER = ("-published_at", "-id")


def newest_first(projects: QuerySet) -> QuerySet[Project]:
    """The published ``projects`` as cards, newest first."""
    return projects.published().for_cards().order_by(*NEWEST_ORDER)


def newest(projects: QuerySet, limit: int) -> list[Project]:
    """The ``limit`` newest published ``projects`` as cards; one query."""
    return list(newest_first(projects)[:limit])


def _published_links(through, **filters) -> QuerySet:
    """Rows of an M2M ``through`` table whose project is published."""
    return through.objects.filter(
        project__publication_state=Project.PublicationState.PUBLISHED, **filters
    ).order_by()


def topic_fields_with_counts() -> list[TopicField]:
    """The topic fields with their number of published projects and of services; cached.

    ``open_service_count`` is the number of services without any published project: where
    reuse is needed most. Two GROUP BY queries over the whole catalogue, kept for a minute
    in the shared "counts" cache.
    """
    return caches["counts"].get_or_set("topic-field-tiles", _topic_fields_with_counts)


def _topic_fields_with_counts() -> list[TopicField]:
    project_counts = dict(
        _published_links(Project.topic_fields.through)
        .values("topicfield_id")
        .annotate(n=Count("project_id"))
        .values_list("topicfield_id", "n")
    )
    has_project = _published_links(Project.services.through, service_id=OuterRef("services"))
    topics = list(
        TopicField.objects.annotate(
            service_count=Count("services"),
            open_service_count=Count("services", filter=~Q(Exists(has_project))),
        ).order_by("order", "name")
    )
    for topic in topics:
        topic.project_count = project_counts.get(topic.pk, 0)
    return topics


def topic_field_counts(topic: TopicField) -> tuple[dict[int, int], int]:
    """Published projects per service of ``topic`` and in all; 2 queries, cached a minute."""
    return caches["counts"].get_or_set(
        f"topic-field-counts-{topic.pk}", lambda: _topic_field_counts(topic)
    )


def _topic_field_counts(topic: TopicField) -> tuple[dict[int, int], int]:
    per_service = dict(
        _published_links(Project.services.through, service__topic_field=topic)
        .values("service_id")
        .annotate(n=Count("project_id"))
        .values_list("service_id", "n")
    )
    total = _published_links(Project.topic_fields.through, topicfield=topic).count()
    return per_service, total


def services_with_counts(topic: TopicField, counts: dict[int, int]) -> list[Service]:
    """The services of a topic field by life situation, each with its ``project_count``."""
    services = list(
        Service.objects.filter(topic_field=topic)
        .select_related("life_situation")
        .order_by("life_situation__name", "life_situation_id", "name")
    )
    for service in services:
        service.project_count = counts.get(service.pk, 0)
    return services


def topic_field_projects(topic: TopicField) -> QuerySet[Project]:
    return Project.objects.filter(topic_fields=topic)


def service_projects(service: Service) -> QuerySet[Project]:
    return Project.objects.filter(services=service)


def process_projects(process: Process) -> QuerySet[Project]:
    return Project.objects.filter(processes=process)


def municipalities_by_progress(
    projects: QuerySet[Project], limit: int
) -> tuple[list[Municipality], list[Municipality]]:
    """The owners of the published ``projects``: those with completed projects (they have
    implemented it) and those with other projects (planned, in progress, ideas, stopped), each
    most projects first with ``project_count``. A municipality can be in both. Three queries."""
    completed = Q(status=Project.Status.COMPLETED)
    rows = (
        projects.published()
        .order_by()
        .values("owner_id")
        .annotate(done=Count("id", filter=completed), other=Count("id", filter=~completed))
    )
    done = rows.filter(done__gt=0).order_by("-done", "owner_id")[:limit]
    other = rows.filter(other__gt=0).order_by("-other", "owner_id")[:limit]
    counts = {row["owner_id"]: (row["done"], row["other"]) for row in [*done, *other]}
    owners = Municipality.objects.filter(pk__in=list(counts)).only(
        "id", "name", "slug", "kind", "kind_label", "ags"
    )
    implemented, working = [], []
    for owner in owners:
        for count, found in zip(counts[owner.pk], (implemented, working), strict=True):
            if count:
                entry = copy.copy(owner)
                entry.project_count = count
                found.append(entry)
    for found in (implemented, working):
        found.sort(key=lambda m: (-m.project_count, m.name))
    return implemented[:limit], working[:limit]


def region_owner_ids(municipality: Municipality) -> QuerySet[Municipality]:
    """Ids of the municipalities whose projects count for ``municipality``'s page: itself and
    the bodies it aggregates (``_aggregated``)."""
    scope = Q(pk=municipality.pk)
    if (others := _aggregated(municipality)) is not None:
        scope |= others
    return Municipality.objects.filter(scope).values("pk")


def _aggregated(municipality: Municipality) -> Q | None:
    """The other bodies whose projects count for ``municipality``, or None for none.

    A Land aggregates everything in it, a Regierungsbezirk its Kreise and their Gemeinden, a
    Kreis its kreisangehörige Gemeinden and Gemeindeverbände. A kreisfreie Stadt is in the
    register twice, as Kreis and as Gemeinde (Berlin 11000 and 11000000, ``district_twin``): its
    Gemeinde counts the projects of its Kreis too, so that either page shows the city's projects.
    A Gemeinde counts the projects of the Gemeinden the register dissolved into it (its
    predecessors; the importer keeps every successor current), which stay on their own page
    and Kreis as well, and those of its verbandsfreie Gemeinde entry (``is_standalone_
    association``), whose page redirects to the Gemeinde.
    """
    level = Municipality.Level
    if municipality.level == level.STATE:
        return Q(state=municipality)
    if municipality.level == level.REGION:
        return Q(parent=municipality) | Q(parent__parent=municipality)
    if municipality.level == level.DISTRICT:
        return Q(parent=municipality)
    if municipality.level != level.MUNICIPALITY:
        return None
    others = Q(successor=municipality)
    if municipality.association_id is not None:
        others |= Q(
            pk=municipality.association_id,
            level=level.ASSOCIATION,
            kind_label=STANDALONE_ASSOCIATION_LABEL,
        )
    if (twin := municipality.district_twin()) is not None:
        others |= Q(pk=twin.pk)
    return others


def _german_date(field: str) -> Func:
    return Func(F(field), Value("DD.MM.YYYY"), function="to_char", output_field=CharField())


def predecessor_list() -> ArraySubquery:
    """Annotation: the Gemeinden dissolved into a municipality, as dicts (name, slug,
    date: dissolved on, "31.05.2026"), by name; part of the page's own query."""
    rows = (
        Municipality.objects.filter(successor=OuterRef("pk"))
        .order_by("name", "ags")
        .values(json=JSONObject(name="name", slug="slug", date=_german_date("dissolved_on")))
    )
    return ArraySubquery(rows)


def region_projects(municipality: Municipality) -> QuerySet[Project]:
    """Projects owned by ``municipality`` or by the bodies it aggregates (``_aggregated``)."""
    if _aggregated(municipality) is None:
        return Project.objects.filter(owner=municipality)
    return Project.objects.filter(owner__in=region_owner_ids(municipality))


def _cached_for_large_regions(name: str, municipality: Municipality, compute):
    """A Land or Regierungsbezirk aggregates up to a fifth of all projects: counted once a
    minute (shared "counts" cache). Kreise and Gemeinden are counted live (a few thousand rows
    at most)."""
    if municipality.level in {Municipality.Level.STATE, Municipality.Level.REGION}:
        return caches["counts"].get_or_set(f"{name}-{municipality.pk}", compute)
    return compute()


def region_figures(municipality: Municipality) -> dict[str, int]:
    """Figures of a municipality page, in 2 queries (cached for a Land)."""
    return _cached_for_large_regions(
        "region-figures", municipality, lambda: _region_figures(municipality)
    )


def _region_figures(municipality: Municipality) -> dict[str, int]:
    published = region_projects(municipality).published()
    figures = published.aggregate(
        projects=Count("id", filter=Q(kind=Project.Kind.PROJECT)),
        ideas=Count("id", filter=Q(kind=Project.Kind.IDEA)),
        completed=Count("id", filter=Q(status=Project.Status.COMPLETED)),
        reuse_offered=Count("id", filter=Q(reuse_offered=True)),
        open_source=Count("id", filter=Q(is_open_source=True)),
        owners=Count("owner_id", distinct=True),
    )
    figures["partner_projects"] = partner_projects(municipality).published().order_by().count()
    return figures


def partner_projects(municipality: Municipality) -> QuerySet[Project]:
    """Projects with ``municipality`` as partner; for a kreisfreie Stadt also those naming its
    Kreis entry (whose page leads to the city's)."""
    twin = municipality.district_twin()
    if twin is None:
        return Project.objects.filter(partners=municipality)
    links = Project.partners.through.objects.filter(municipality__in=[municipality, twin])
    return Project.objects.filter(pk__in=links.values("project_id"))


def subdivisions_with_counts(municipality: Municipality) -> list[Municipality]:
    """The Kreise of a Land (or Regierungsbezirk), the Gemeinden of a Kreis, with project counts.

    A Kreis counts its own projects and those of its Gemeinden. Gemeinden without projects are
    left out of a Kreis (there may be a hundred); every Kreis of a Land is listed. Two queries
    (cached for a Land).
    """
    return _cached_for_large_regions(
        "subdivisions", municipality, lambda: _subdivisions_with_counts(municipality)
    )


def _subdivisions_with_counts(municipality: Municipality) -> list[Municipality]:
    level = Municipality.Level
    published = Project.objects.published().order_by()
    if municipality.level == level.DISTRICT:
        rows = (
            published.filter(owner__parent=municipality)
            .exclude(owner=municipality)
            .values("owner_id")
            .annotate(n=Count("id"))
            .values_list("owner_id", "n")
        )
        counts = dict(rows)
        children = list(
            Municipality.objects.filter(pk__in=list(counts)).only(
                "id", "name", "slug", "kind", "kind_label", "ags"
            )
        )
    elif municipality.level in {level.STATE, level.REGION}:
        districts = Municipality.objects.filter(level=level.DISTRICT)
        if municipality.level == level.STATE:
            districts = districts.filter(state=municipality)
        else:
            districts = districts.filter(parent=municipality)
        children = list(districts.only("id", "name", "slug", "kind", "kind_label", "ags"))
        ids = {district.pk for district in children}
        counts: dict[int, int] = {}
        for owner_id, parent_id, n in (
            published.filter(Q(owner__in=ids) | Q(owner__parent__in=ids))
            .values("owner_id", "owner__parent_id")
            .annotate(n=Count("id"))
            .values_list("owner_id", "owner__parent_id", "n")
        ):
            district_id = owner_id if owner_id in ids else parent_id
            counts[district_id] = counts.get(district_id, 0) + n
    else:
        return []
    for child in children:
        child.project_count = counts.get(child.pk, 0)
    return sorted(children, key=lambda m: (-m.project_count, m.name))


def participating_municipalities() -> list[Municipality]:
    """The municipalities that own published projects or ideas ("beteiligte Kommunen" on the
    home page), most entries first, each with ``published_count``; one query."""
    return list(
        Municipality.objects.filter(projects__publication_state=Project.PublicationState.PUBLISHED)
        .annotate(published_count=Count("projects"))
        .only("name", "slug", "kind", "kind_label")
        .order_by("-published_count", "name", "ags")
    )
