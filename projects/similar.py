"""Similar projects (on every project page) and the duplicate hint while drafting.

Both rank published projects against a few features of one project, saved or being typed:
its title, OZG services and processes, and its owner. One SQL statement ranks (``_rank``), a
second loads the cards: a fixed cost whatever the number of projects, because the candidates
come from indexes only, a bounded number each, never from a scan of all projects:

- up to ``PER_SERVICE`` projects (the newest) for each OZG service and process of the project
  (the indexes of the M2M tables on ``service_id`` and ``process_id``);
- up to ``PER_WORD`` published projects for each word of the title that tells its subject
  (``title_words``: without generic words such as "online", "digital", "Antrag" and the owner's
  name), whose folded title contains the word's beginning (``title_folded LIKE '%wohnge%'``,
  the trigram GIN index ``project_title_folded_trgm``): "Kita" also finds "Kitaplatz-Portal".

Each candidate is scored by the share of OZG services both have (Jaccard), how well its folded
title contains the subject words (mean ``word_similarity``), the share of topic fields (those of
the services), a shared process, and boosted when its owner is of the same kind, size class
(``facet_population_class``) or Land as the project's.

Why not the stored ``search_vector``: a tsquery ORing a title's words matches (and ``ts_rank``
must score) every project with a frequent word, tens of thousands at 100,000 projects. A
k-nearest-neighbour scan over a trigram GiST index of all titles measured 30-60 ms at 100,000
(titles are alike); the word matches read a bounded number of rows.
``tests/projects/test_similar_precision.py`` measures precision@3 on a judged fixture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from django.db import connection
from django.utils.functional import SimpleLazyObject

from kommunect.text import clean_text, parse_ids
from municipalities.access import editable_municipality_ids, is_curator
from municipalities.models import Municipality
from ozg.models import Service
from projects.models import Project
from projects.search import fold

SIMILAR_LIMIT = 6  # on a project page
HINT_LIMIT = 5  # projects listed by the duplicate hint
PER_SERVICE = 60  # candidates per OZG service or process
PER_WORD = 40  # candidates per word of the title
MAX_WORDS = 6
MIN_WORD_LENGTH = 4  # shorter words count for the similarity, but find no candidates
PIECE = 6  # a word finds candidates by its first PIECE letters
MAX_TITLE_LENGTH = 200
MAX_SERVICES = 50

# Weights of the score (sum 1) and the boost per shared owner feature (kind, size class, Land).
WEIGHT_SERVICES = 0.45
WEIGHT_TEXT = 0.40
WEIGHT_TOPICS = 0.10
WEIGHT_PROCESSES = 0.05
OWNER_BOOST = 0.05
# Below this score a project is not shown as similar (nothing in common but a few trigrams).
MIN_SCORE = 0.12
# The duplicate hint counts a project that shares an OZG service or whose title is this similar.
HINT_TEXT_THRESHOLD = 0.3

# Words of titles that tell nothing about the subject ("Online-Antrag auf Briefwahl",
# "Digitale Hundesteuer"), folded like ``kommunect_fold``: left out before titles are compared.
_GENERIC_WORDS = (
    "online digital digitale digitaler digitales digitalen elektronisch elektronische "
    "elektronischer elektronisches elektronischen e antrag antrage beantragen anmelden "
    "anmeldung per app portal internet plattform idee neu neue neuer neues landkreis "
    "kreis stadt gemeinde und oder fur in im an am auf aus bei bis mit nach ohne uber von "
    "vom zu zum zur der die das den dem des ein eine einer eines alle als"
)
GENERIC_TITLE_WORDS = frozenset(_GENERIC_WORDS.split())
_WORD = re.compile(r"[^\W_]+")


def title_words(title: str, owner_name: str = "") -> list[str]:
    """The folded words of ``title`` that tell its subject: without generic words and without
    the words of the owner's name ("Briefwahl online beantragen in Ulm" → ["briefwahl"])."""
    own = set(_WORD.findall(fold(owner_name)))
    words = _WORD.findall(fold(title or ""))
    return list(dict.fromkeys(w for w in words if w not in GENERIC_TITLE_WORDS and w not in own))


def word_patterns(words: list[str]) -> list[str]:
    """LIKE patterns that find titles with the subject words ``words``: a word by its first
    ``PIECE`` letters, so that a compound also finds its first part and that part's other
    compounds ("wohngeldantrag": "%wohnge%" finds "Wohngeld digital")."""
    pieces = [word[:PIECE] for word in words if len(word) >= MIN_WORD_LENGTH]
    return [f"%{piece}%" for piece in dict.fromkeys(pieces)][:MAX_WORDS]


def _tables() -> dict[str, str]:
    def through(name):
        return Project._meta.get_field(name).remote_field.through._meta.db_table

    return {
        "project": Project._meta.db_table,
        "municipality": Municipality._meta.db_table,
        "service": Service._meta.db_table,
        "services": through("services"),
        "processes": through("processes"),
    }


@cache
def _rank_sql() -> str:
    t = _tables()
    published = Project.PublicationState.PUBLISHED.value
    district = Municipality.Level.DISTRICT.value
    city_kinds = ", ".join(
        f"'{kind}'"
        for kind in (Municipality.Kind.DISTRICT_FREE_CITY, Municipality.Kind.URBAN_DISTRICT)
    )
    return f"""
WITH owner AS (
    SELECT m.kind, kommunect_population_class(m.population) AS size, m.state_id,
           CASE WHEN m.level = '{district}' THEN m.id
                WHEN par.level = '{district}' AND par.kind NOT IN ({city_kinds}) THEN par.id
           END AS kreis
      FROM {t["municipality"]} m
      LEFT JOIN {t["municipality"]} par ON par.id = m.parent_id
     WHERE m.id = %(owner)s
),
topics AS (
    SELECT ARRAY(SELECT DISTINCT s.topic_field_id FROM {t["service"]} s
                  WHERE s.id = ANY(%(services)s::bigint[]) AND s.topic_field_id IS NOT NULL
                  ORDER BY 1) AS ids
),
candidates AS (
    SELECT c.id FROM unnest(%(services)s::bigint[]) AS s (id),
        LATERAL (SELECT j.project_id AS id FROM {t["services"]} j WHERE j.service_id = s.id
                  ORDER BY j.project_id DESC LIMIT {PER_SERVICE}) c
    UNION
    SELECT c.id FROM unnest(%(processes)s::bigint[]) AS s (id),
        LATERAL (SELECT j.project_id AS id FROM {t["processes"]} j WHERE j.process_id = s.id
                  ORDER BY j.project_id DESC LIMIT {PER_SERVICE}) c
    UNION
    SELECT c.id FROM unnest(%(patterns)s::text[]) AS w (pattern),
        LATERAL (SELECT p.id FROM {t["project"]} p
                  WHERE p.publication_state = '{published}' AND p.title_folded LIKE w.pattern
                  LIMIT {PER_WORD}) c
),
features AS MATERIALIZED (
    SELECT p.id, p.owner_id, p.published_at,
           (SELECT count(*) FROM unnest(p.facet_service_ids) x
             WHERE x = ANY(%(services)s::bigint[])) AS services,
           cardinality(p.facet_service_ids) AS own_services,
           (SELECT count(*) FROM unnest(p.facet_topic_ids) x WHERE x = ANY(topics.ids)) AS topics,
           cardinality(p.facet_topic_ids) + cardinality(topics.ids) AS topic_sum,
           CASE WHEN %(key)s = '' THEN 0
                ELSE (SELECT avg(word_similarity(w, p.title_folded))
                        FROM unnest(%(words)s::text[]) w)
           END AS text,
           (cardinality(%(processes)s::bigint[]) > 0 AND EXISTS (
               SELECT 1 FROM {t["processes"]} x
                WHERE x.project_id = p.id AND x.process_id = ANY(%(processes)s::bigint[])
           )) AS process,
           (p.facet_owner_kind = owner.kind)::int + (p.facet_population_class = owner.size)::int
               + (p.facet_state_id = owner.state_id)::int AS owner_features,
           (o.id = owner.kreis OR o.parent_id = owner.kreis) AS in_kreis
      FROM candidates c
      JOIN {t["project"]} p ON p.id = c.id
      JOIN {t["municipality"]} o ON o.id = p.owner_id
      CROSS JOIN topics
      LEFT JOIN owner ON true
     WHERE p.publication_state = '{published}'
       AND p.id <> ALL(%(exclude)s::bigint[])
       AND p.owner_id IS DISTINCT FROM %(exclude_owner)s
),
scored AS (
    SELECT f.*,
           ({WEIGHT_SERVICES} * f.services
                / greatest(f.own_services + %(service_count)s - f.services, 1)
            + {WEIGHT_TEXT} * f.text
            + {WEIGHT_TOPICS} * f.topics / greatest(f.topic_sum - f.topics, 1)
            + {WEIGHT_PROCESSES} * f.process::int)
           * (1 + {OWNER_BOOST} * coalesce(f.owner_features, 0)) AS score,
           (f.services > 0 OR f.text >= {HINT_TEXT_THRESHOLD}) AS duplicate
      FROM features f
),
shown AS (
    SELECT id, score, published_at FROM scored
     WHERE score >= {MIN_SCORE} AND (duplicate OR NOT %(duplicates_only)s)
     ORDER BY score DESC, published_at DESC NULLS LAST, id DESC
     LIMIT %(limit)s
),
-- The duplicate hint's count: every published project of another municipality sharing a
-- service (the GIN index over facet_service_ids), and the similar titles among the candidates.
duplicates AS (
    SELECT p.owner_id FROM {t["project"]} p
     WHERE %(duplicates_only)s AND p.publication_state = '{published}'
       AND p.facet_service_ids && %(services)s::bigint[]
       AND p.id <> ALL(%(exclude)s::bigint[])
       AND p.owner_id IS DISTINCT FROM %(exclude_owner)s
    UNION
    SELECT owner_id FROM scored WHERE %(duplicates_only)s AND duplicate
)
SELECT ARRAY(SELECT id FROM shown ORDER BY score DESC, published_at DESC NULLS LAST, id DESC),
       (SELECT count(*) FROM duplicates),
       (SELECT count(*) FROM duplicates d
          JOIN {t["municipality"]} o ON o.id = d.owner_id, owner
         WHERE o.id = owner.kreis OR o.parent_id = owner.kreis)
"""


@dataclass
class Ranking:
    ids: list[int]
    municipalities: int  # distinct owners of the duplicates (shared service or similar title)
    in_kreis: int  # of those, in the Kreis of the owner


def _rank(
    *,
    title: str,
    service_ids: list[int],
    process_ids: list[int] = (),
    owner_id: int | None = None,
    owner_name: str = "",
    exclude: list[int] = (),
    exclude_owner: int | None = None,
    duplicates_only: bool = False,
    limit: int = SIMILAR_LIMIT,
) -> Ranking:
    """One query: the ids of the best ``limit`` published projects, best first, and counts."""
    services = sorted(set(service_ids))[:MAX_SERVICES]
    words = title_words((title or "")[:MAX_TITLE_LENGTH], owner_name)
    params = {
        "key": " ".join(words),
        "words": words,
        "patterns": word_patterns(words),
        "services": services,
        "service_count": len(services),
        "processes": sorted(set(process_ids)),
        "owner": owner_id,
        "exclude": list(exclude),
        "exclude_owner": exclude_owner,
        "duplicates_only": duplicates_only,
        "limit": limit,
    }
    with connection.cursor() as cursor:
        cursor.execute(_rank_sql(), params)
        ids, municipalities, in_kreis = cursor.fetchone()
    return Ranking(list(ids), municipalities, in_kreis)


def _cards(ids: list[int]) -> list[Project]:
    """The cards of ``ids`` in that order. One query (none without ids)."""
    if not ids:
        return []
    by_id = {p.pk: p for p in Project.objects.for_cards().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


# --- Similar projects on the project page ------------------------------------------------------


def similar_projects(project: Project, limit: int = SIMILAR_LIMIT) -> list[Project]:
    """Up to ``limit`` published projects most like ``project`` (not itself), best first, as
    cards. Two queries; reads the project's services and processes from its prefetch
    (``for_detail``) when there is one."""
    ranking = _rank(
        title=project.title,
        service_ids=[s.pk for s in project.services.all()],
        process_ids=[p.pk for p in project.processes.all()],
        owner_id=project.owner_id,
        owner_name=project.owner.name,
        exclude=[project.pk],
        limit=limit,
    )
    return _cards(ranking.ids)


def detail_context(project: Project) -> dict:
    """The project page's context for ``projects/includes/similar.html``; ranked only when
    the template shows it (not for the page's contact fragment)."""
    return {"similar_projects": SimpleLazyObject(lambda: similar_projects(project))}


# --- Duplicate hint while drafting --------------------------------------------------------------


@dataclass
class DuplicateHint:
    projects: list[Project] = field(default_factory=list)
    municipalities: int = 0  # "3 Kommunen haben das schon umgesetzt"
    in_kreis: int = 0  # "1 davon in Ihrem Kreis"

    def __bool__(self) -> bool:
        return bool(self.projects)


def hint_owner(user, owner_id: int | None) -> int | None:
    """The author's municipality for the hint: the chosen owner if the user may post for it,
    else the user's only municipality, else None."""
    editable = editable_municipality_ids(user)
    if owner_id is not None and (owner_id in editable or is_curator(user)):
        return owner_id
    return editable[0] if len(editable) == 1 else None


def duplicate_hint(
    *, title: str, service_ids: list[int], owner_id: int | None, exclude: list[int] = ()
) -> DuplicateHint:
    """Published projects of other municipalities that share an OZG service with a draft or
    have a similar title: the best ``HINT_LIMIT``, how many municipalities have such a project
    and how many of them are in the Kreis of ``owner_id``. Two queries (none without input)."""
    if not (title or "").strip() and not service_ids:
        return DuplicateHint()
    ranking = _rank(
        title=title,
        service_ids=service_ids,
        owner_id=owner_id,
        exclude=exclude,
        exclude_owner=owner_id,
        duplicates_only=True,
        limit=HINT_LIMIT,
    )
    return DuplicateHint(
        projects=_cards(ranking.ids),
        municipalities=ranking.municipalities,
        in_kreis=ranking.in_kreis,
    )


def hint_from_input(user, data, exclude: list[int] = ()) -> DuplicateHint:
    """The hint for typed form values (``data``: a QueryDict with ``title``, ``services``,
    ``owner``), as the htmx fragment and a re-rendered form show it."""
    owners = parse_ids([data.get("owner", "")])
    return duplicate_hint(
        title=clean_text(data.get("title", ""), MAX_TITLE_LENGTH),
        service_ids=parse_ids(data.getlist("services"), MAX_SERVICES),
        owner_id=hint_owner(user, owners[0] if owners else None),
        # The original the project is based on is no news to its author.
        exclude=[*exclude, *parse_ids(data.getlist("based_on"), 1)],
    )


def form_context(user, form, project: Project | None) -> dict:
    """The project form's context for ``projects/includes/duplicate_hint.html``: while a
    project is not published, the hint for what the form holds (the typed values after a
    post, the saved ones on the page after saving: so it shows without JavaScript too)."""
    if project is not None and project.is_published:
        return {"duplicate_hint_region": False}
    exclude = [pk for pk in (project.pk, project.based_on_id) if pk] if project else []
    if form.is_bound:
        hint = hint_from_input(user, form.data, exclude)
    elif project is not None:
        hint = duplicate_hint(
            title=project.title,
            service_ids=list(project.services.values_list("pk", flat=True)),
            owner_id=project.owner_id,
            exclude=exclude,
        )
    else:
        hint = DuplicateHint()
    return {"duplicate_hint_region": True, "duplicate_hint": hint}
