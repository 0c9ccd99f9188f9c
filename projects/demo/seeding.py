"""Write generated demo projects fast: COPY into the project and relation tables.

``seed_demo_projects`` reads the real catalogue and register (sorted by their official keys,
so the result depends on the seed only), generates the projects in Python
(``projects.demo.generator``), writes the relations with PostgreSQL COPY, the projects with
COPY into a staging table (with their split compounds, ``projects.compounds``: each distinct
word is split once) and one INSERT … SELECT that computes every search vector with the
expression of ``projects.search_index`` (the facet trigger of migration 0002 fills the facet
columns on the way), and finally refreshes the planner's statistics.
"""

import random
import time
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from municipalities.models import Municipality
from ozg.models import Process, Service
from projects import search_words
from projects.compounds import project_terms
from projects.demo.archetypes import all_archetypes
from projects.demo.generator import (
    OWNER_KIND_WEIGHTS,
    OWNER_LEVELS,
    DemoProject,
    Owner,
    ServiceRef,
    SlugRegistry,
    Sources,
    anchor_of,
    generate,
)
from projects.demo.requests import write_requests
from projects.markdown import render_description
from projects.models import Project, ProjectLink, ReuseRequest, clear_lineage
from projects.readiness import refresh_ready_until
from projects.reuse_counts import refresh_reuse_counts
from projects.search_index import vector_params, vector_sql

STAGING = "demo_project_staging"


class MissingSourceData(Exception):
    """The catalogue or the register has not been imported yet."""


@dataclass
class SeedResult:
    created: int
    ideas: int
    seconds: float


def load_sources() -> Sources:
    rows = (
        Municipality.objects.filter(kind__in=list(OWNER_KIND_WEIGHTS), level__in=OWNER_LEVELS)
        .exclude(level=Municipality.Level.DISTRICT, kind=Municipality.Kind.DISTRICT_FREE_CITY)
        .order_by("ags")
        .values_list(
            "id",
            "name",
            "slug",
            "kind",
            "state_id",
            "population",
            "level",
            "parent_id",
            "parent__name",
            "state__name",
        )
    )
    owners = []
    for id_, name, slug, kind, state_id, population, level, parent_id, parent_name, land in rows:
        is_kreis = level == Municipality.Level.DISTRICT
        kreis_id, kreis_name = (id_, name) if is_kreis else (parent_id, parent_name)
        owners.append(
            Owner(id_, name, slug, kind, state_id, population, kreis_id, kreis_name, land or "")
        )
    if not owners:
        raise MissingSourceData("municipalities")
    services = {
        row[1]: ServiceRef(*row)
        for row in Service.objects.order_by("ozg_id").values_list(
            "id", "ozg_id", "name", "topic_field_id"
        )
    }
    if not services:
        raise MissingSourceData("services")
    return Sources(
        owners=owners,
        services=services,
        processes_by_service=_processes(),
        archetypes=all_archetypes(),
    )


def _processes() -> dict[int, dict[str, int]]:
    """The LeiKa processes of each service: LeiKa key → process id (archetypes name keys)."""
    links = (
        Process.services.through.objects.exclude(process__leika_key=None)
        .order_by("service_id", "process__leika_key")
        .values_list("service_id", "process__leika_key", "process_id")
    )
    by_service: dict[int, dict[str, int]] = {}
    for service_id, leika_key, process_id in links:
        by_service.setdefault(service_id, {})[leika_key] = process_id
    return by_service


def seed_demo_projects(count: int, seed: int) -> SeedResult:
    started = time.monotonic()
    sources = load_sources()
    rng = random.Random(seed)
    slugs = SlugRegistry(Project.objects.values_list("slug", flat=True).iterator())
    projects = generate(rng, count, sources, slugs, anchor_of(timezone.now()))
    with transaction.atomic():
        ids = _write(projects)
        refresh_reuse_counts()
        refresh_ready_until(ids, fresh=True)  # "gut nachnutzbar" (projects/readiness.py)
        # The bulk path writes no row through update_search_vectors: "did you mean" is rebuilt.
        search_words.refresh()
    _analyze([Project._meta.db_table])
    return SeedResult(
        created=len(projects),
        ideas=sum(1 for p in projects if p.values["kind"] == Project.Kind.IDEA),
        seconds=time.monotonic() - started,
    )


def clear_demo_projects() -> int:
    """Delete all demo projects with everything that hangs on them; returns how many.

    Every relation pointing at projects is handled in one set-based statement (cascade:
    delete, SET_NULL: update), tags by their generic key, then the projects themselves. This
    avoids Django's deletion collector loading 100,000 rows, with the same outcome.
    """
    demo_ids = Project.objects.filter(is_demo=True).values("id")
    relations = [
        field
        for field in Project._meta.get_fields(include_hidden=True)
        if (field.one_to_many or field.one_to_one) and field.auto_created and not field.concrete
    ]
    with transaction.atomic():
        TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Project), object_id__in=demo_ids
        ).delete()
        for relation in relations:
            pointing = relation.related_model._base_manager.filter(
                **{f"{relation.field.name}__in": demo_ids}
            )
            if relation.on_delete is models.CASCADE:
                pointing.delete()
            elif relation.on_delete is models.SET_NULL:
                pointing.update(**{relation.field.name: None})
            elif relation.on_delete is clear_lineage:  # based_on: no original, no type
                pointing.update(**{relation.field.name: None, "reuse_kind": ""})
            elif relation.on_delete is not models.DO_NOTHING and pointing.exists():
                raise models.ProtectedError(
                    f"Demo-Projekte werden noch verwendet: {relation.related_model._meta.label}",
                    set(pointing[:10]),
                )
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {Project._meta.db_table} WHERE is_demo")
            deleted = cursor.rowcount
        refresh_reuse_counts()  # real projects lose the demo projects that reused them
        search_words.refresh()
        return deleted


def _reserve_ids(count: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Project._meta.db_table, count],
        )
        return sorted(row[0] for row in cursor.fetchall())


def _copy(table: str, columns: list[str], rows) -> None:
    with connection.cursor() as cursor:
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)


def _write(projects: list[DemoProject]) -> list[int]:
    """Relations first (their foreign keys are checked at commit), then the projects.

    The projects go through a temporary staging table into one INSERT … SELECT that computes
    the search vector on the way, so that every row is written once (an UPDATE of 100,000 fresh
    rows would rewrite each row and its index entries a second time).
    """
    ids = _reserve_ids(len(projects))
    pairs = list(zip(ids, projects, strict=True))
    _write_relations(pairs)

    fields = [
        f for f in Project._meta.concrete_fields if f.attname != "search_vector" and not f.generated
    ]
    defaults = {f.attname: f.get_default() for f in fields}

    def project_rows():
        for project_id, project in pairs:
            values = project.values
            values["id"] = project_id
            values["description_html"] = render_description(values.get("description", ""))
            values["title_compound_terms"], values["compound_terms"] = project_terms(
                values["title"], values["summary"], values.get("description", ""), project.tags
            )
            if project.based_on is not None:
                values["based_on_id"] = ids[project.based_on]
            yield tuple(values.get(name, default) for name, default in defaults.items())

    table = Project._meta.db_table
    columns = ", ".join(f.column for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
        cursor.execute(f"CREATE TEMPORARY TABLE {STAGING} (LIKE {table} INCLUDING DEFAULTS)")
    _copy(STAGING, [f.column for f in fields], project_rows())
    _analyze(_related_tables())  # so that the per-row lookups below use their indexes
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")  # compiling costs more than it saves here
        cursor.execute(
            f"INSERT INTO {table} ({columns}, search_vector) "
            f"SELECT {columns}, {vector_sql('p')} FROM {STAGING} p ORDER BY p.id",
            vector_params(),
        )
        cursor.execute(f"DROP TABLE {STAGING}")
    return ids


def _write_relations(pairs: list[tuple[int, DemoProject]]) -> None:
    relations = {
        "services": lambda p: [s.id for s in p.services],
        "processes": lambda p: p.process_ids,
        "topic_fields": lambda p: p.topic_field_ids,
        "partners": lambda p: p.partner_ids,
    }
    for name, targets in relations.items():
        field = Project._meta.get_field(name)
        _copy(
            field.remote_field.through._meta.db_table,
            [field.m2m_column_name(), field.m2m_reverse_name()],
            ((pid, target) for pid, p in pairs for target in targets(p)),
        )

    tag_ids = _tag_ids({name for _pid, p in pairs for name in p.tags})
    content_type = ContentType.objects.get_for_model(Project).pk
    _copy(
        TaggedItem._meta.db_table,
        ["content_type_id", "object_id", "tag_id"],
        ((content_type, pid, tag_ids[name]) for pid, p in pairs for name in p.tags),
    )
    write_requests(pairs, timezone.now(), _copy)
    _copy(
        ProjectLink._meta.db_table,
        ["project_id", "title", "url"],
        ((pid, title, url) for pid, p in pairs for title, url in p.links),
    )


def _tag_ids(names: set[str]) -> dict[str, int]:
    existing = dict(Tag.objects.filter(name__in=names).values_list("name", "id"))
    for name in sorted(names - existing.keys()):
        tag = Tag.objects.create(name=name)
        existing[name] = tag.id
    return existing


def _related_tables() -> list[str]:
    project = Project._meta
    return [
        TaggedItem._meta.db_table,
        Tag._meta.db_table,
        ReuseRequest._meta.db_table,
        ProjectLink._meta.db_table,
        Service._meta.db_table,
        Municipality._meta.db_table,
        *(
            project.get_field(name).remote_field.through._meta.db_table
            for name in ("services", "processes", "topic_fields", "partners")
        ),
    ]


def _analyze(tables: list[str]) -> None:
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {table}")
