"""Maintenance of the stored full-text vector ``Project.search_vector``.

The vector is weighted for ranking (config ``german_unaccent``, see ozg/migrations/0002):

- A: title
- B: summary and the split compounds of the title (``Project.title_compound_terms``)
- C: description, tags and the names of the project's OZG services
- D: name of the owner municipality, the technology field, the split compounds of the other
  texts (``Project.compound_terms``, see ``projects.compounds``), the names of its topic
  fields and life situations (what the facets show) and the keys a visitor may type: the
  owner's AGS, the services' OZG-IDs and the processes' LeiKa keys

It is computed in the database by one SQL expression (``vector_sql``), in one UPDATE here and
in the bulk INSERT of ``projects.demo.seeding``, so saving one project and seeding 100,000 use
the same definition; only the compounds are split in Python before (``compound_terms``: the
server needs no dictionary files). Call ``update_search_vectors([project.pk])`` after a
project, its tags, services and processes have been saved (inside the same transaction), and
``update_search_vectors_for_owner(ids)`` after municipalities were renamed, and
``update_stale_owner_facets()`` after a register import changed Land, kind or size of owners.
After commit, ``update_search_vectors`` also adds the projects' new words to "did you mean"
(``projects.search_words``).
"""

from collections.abc import Iterable

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, transaction
from django.db.models import OuterRef
from taggit.models import Tag

from municipalities.models import Municipality
from ozg.models import LifeSituation, Service
from projects import search_sql, search_words
from projects.compounds import project_terms
from projects.models import Project

CONFIG = "german_unaccent"
# The names of a project's tags, for the texts whose compounds are split.
_TAG_NAMES = ArraySubquery(
    Tag.objects.filter(
        taggit_taggeditem_items__content_type__model="project",
        taggit_taggeditem_items__content_type__app_label="projects",
        taggit_taggeditem_items__object_id=OuterRef("pk"),
    ).values("name")
)


def vector_sql(
    alias: str, title_compound_terms: str | None = None, compound_terms: str | None = None
) -> str:
    """SQL expression computing the weighted vector of the project row ``alias``.

    It expects the parameter ``%(content_type)s`` (see ``vector_params``); bulk writers
    (``projects.demo.seeding``) use it in INSERT … SELECT so that rows are written once.
    ``title_compound_terms`` and ``compound_terms`` are the SQL of the split compounds of the
    title and of the other texts, the row's stored columns by default.
    """
    services_field = Project._meta.get_field("services")
    services_table = services_field.remote_field.through._meta.db_table
    title_compound_terms = title_compound_terms or f"{alias}.title_compound_terms"
    compound_terms = compound_terms or f"{alias}.compound_terms"
    return f"""
        setweight(to_tsvector('{CONFIG}', {alias}.title), 'A')
        || setweight(to_tsvector('{CONFIG}', concat_ws(' ',
            {alias}.summary, {title_compound_terms})), 'B')
        || setweight(to_tsvector('{CONFIG}', concat_ws(' ',
            {alias}.description,
            {search_sql.tag_names(alias)},
            {search_sql.related_values(alias, "services", "name")}
        )), 'C')
        || setweight(to_tsvector('{CONFIG}', concat_ws(' ',
            (SELECT concat_ws(' ', m.name, m.ags)
               FROM {Municipality._meta.db_table} m WHERE m.id = {alias}.owner_id),
            {alias}.technology,
            {compound_terms},
            {search_sql.related_values(alias, "services", "ozg_id")},
            {search_sql.related_values(alias, "processes", "leika_key")},
            {search_sql.related_values(alias, "topic_fields", "name")},
            (SELECT string_agg(DISTINCT l.name, ' ')
               FROM {services_table} ps
               JOIN {Service._meta.db_table} s ON s.id = ps.{services_field.m2m_reverse_name()}
               JOIN {LifeSituation._meta.db_table} l ON l.id = s.life_situation_id
              WHERE ps.{services_field.m2m_column_name()} = {alias}.id)
        )), 'D')
    """


def vector_params() -> dict:
    return search_sql.params()


def _run(where: str, params: dict) -> int:
    sql = (
        f"UPDATE {Project._meta.db_table} AS p SET search_vector = {vector_sql('p')} WHERE {where}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params | vector_params())
        return cursor.rowcount


def update_search_vectors(project_ids: Iterable[int] | None = None) -> int:
    """Recompute the split compounds and the vectors of the given projects (all projects when
    None); returns the count. Two queries: the texts are read, their compounds split in
    Python (``projects.compounds``), and one UPDATE writes both columns. After commit, the
    projects' new words go to "did you mean" (not in this transaction: the word table is
    shared, and a row lock there would make unrelated saves wait for each other)."""
    projects = (
        Project.objects.all()
        if project_ids is None
        else Project.objects.filter(pk__in=list(project_ids))
    )
    rows = list(projects.values_list("pk", "title", "summary", "description", _TAG_NAMES))
    if not rows:
        return 0
    ids = [row[0] for row in rows]
    titles, terms = zip(*(project_terms(*row[1:4], row[4] or ()) for row in rows), strict=True)
    sql = (
        f"UPDATE {Project._meta.db_table} AS p"
        " SET title_compound_terms = c.titles, compound_terms = c.terms,"
        f" search_vector = {vector_sql('p', 'c.titles', 'c.terms')}"
        " FROM unnest(%(ids)s::bigint[], %(titles)s::text[], %(terms)s::text[])"
        " AS c (id, titles, terms) WHERE p.id = c.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql, {"ids": ids, "titles": list(titles), "terms": list(terms)} | vector_params()
        )
        updated = cursor.rowcount
    if project_ids is None:
        transaction.on_commit(search_words.refresh)
    else:
        transaction.on_commit(lambda: search_words.add_project_words(ids))
    return updated


# Projects whose stored owner facets (Land, kind, population class; filled by the trigger of
# migration 0002_search_facets) no longer match their owner's register row. The class bounds
# live in the SQL function kommunect_population_class (migration 0021), which the trigger uses.
STALE_OWNER_FACETS = f"""
    p.id IN (
        SELECT q.id FROM {Project._meta.db_table} q
        JOIN {Municipality._meta.db_table} m ON m.id = q.owner_id
        WHERE q.facet_state_id IS DISTINCT FROM m.state_id
           OR q.facet_owner_kind IS DISTINCT FROM coalesce(m.kind, '')
           OR q.facet_population_class IS DISTINCT FROM kommunect_population_class(m.population)
    )
"""


def update_stale_owner_facets() -> int:
    """Recompute vector and facets of the projects whose owner moved to another Land, changed
    its kind (Hanau became kreisfrei) or crossed a population class; returns the count."""
    return _run(STALE_OWNER_FACETS, {})


def update_search_vectors_for_owner(municipality_ids: Iterable[int]) -> int:
    """Recompute the vectors of the projects owned by the given (e.g. renamed) municipalities."""
    ids = list(municipality_ids)
    if not ids:
        return 0
    return _run("p.owner_id = ANY(%(ids)s)", {"ids": ids})
