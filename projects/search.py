"""Search of published projects and ideas at ``/projekte/``: filters, facets, ranking, snippets.

GET parameters (stable: other pages and the benchmark build links with them). Every parameter
but ``q``, ``sort`` and ``page`` may be repeated; values of one parameter are ORed, different
parameters are ANDed. Unknown values are ignored with a notice, never an error.

==============  ==========================================================================
``q``           free text, web search syntax: ``"exakte Phrase"``, ``-ausschließen``, ``or``
``kind``        ``project`` | ``idea``
``status``      ``idea`` | ``planned`` | ``in_progress`` | ``completed`` | ``discontinued``
``topic``       slug of an OZG topic field (``TopicField.slug``)
``situation``   slug of a life situation (``LifeSituation.slug``)
``service``     OZG-ID of an OZG service (``Service.ozg_id``), e.g. ``10218``
``state``       AGS of a Bundesland (2 digits, e.g. ``09`` for Bayern)
``owner_kind``  ``Municipality.Kind`` value of the owner, e.g. ``landkreis``, ``stadt``
``size``        population class of the owner: ``1`` < 5,000 · ``2`` < 20,000 · ``3`` < 100,000
                · ``4`` < 500,000 · ``5`` from 500,000
``tag``         tag slug
``reuse``       ``1``: reuse offered
``reused``      ``1``: reused by at least one other municipality (``Project.reuse_count``)
``oss``         ``1``: open source
``ready``       ``1``: gut nachnutzbar (reuse checklist complete and confirmed within 12 months)
``year``        start year, e.g. ``2024``
``owner``       slug or AGS of a municipality: its projects; for a Kreis, Regierungsbezirk or
                Land also those of the municipalities within it (no facet counts of its own)
``sort``        ``relevance`` (default) | ``newest`` | ``updated`` | ``reused`` | ``title``
``page``        page number (20 results per page)
==============  ==========================================================================

Example: ``/projekte/?q=Wohngeld&status=completed&status=in_progress&state=09``.

How it works, on PostgreSQL's own means (no cache, nothing of its own beside the tables):

- Text: the visitor's text becomes a tsquery (``projects.search_text``, web search syntax),
  evaluated once per search and passed on as a parameter. It is matched against the stored
  weighted ``Project.search_vector`` (``projects.search_index``) through its GIN index, ranked by
  ``ts_rank`` over ALL matches (only the page's 20 ids are then joined for their cards), and
  highlighted by ``ts_headline`` for the 20 rows of the page.
- Facets: the facet values of a project (owner Land, kind, population class, start year, topic
  fields, life situations, services, tags) are denormalised into ``Project.facet_*`` columns
  (filters) and the array ``Project.facet_values`` ("status:completed", counting) by a row
  trigger (migrations 0002, 0029). ``projects.facets.facet_counts`` counts all facets,
  disjunctively, with the total in one statement over the matching rows.
- "Did you mean": when a text matches nothing, its words are corrected from the words of all
  published text (table ``projects_searchword``, ``projects.search_words``) by trigram
  distance; with filters set, words that occur within them are preferred.

Keeping it current needs nothing from other code but this: whoever saves a project calls
``projects.search_index.update_search_vectors`` afterwards (posting, admin, seed_demo). The facet
trigger fills the facet columns on the way; the new words reach "did you mean" after commit, and
``manage.py refresh_search_words`` (cron) rebuilds the word table.
"""

from __future__ import annotations

import math
import secrets
import unicodedata
from dataclasses import dataclass, field

import django_filters
from django import forms
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import BooleanField, F, Func, Q, QuerySet, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from taggit.models import Tag

from kommunect.text import clean_text
from municipalities.models import Municipality
from ozg.models import LifeSituation, Service, TopicField
from projects import readiness
from projects.facets import Counts, facet_counts
from projects.models import Project, SearchWord
from projects.queries import region_owner_ids
from projects.search_text import CONFIG, NOT_WORDS, OPERATOR_WORDS, TOKEN, WORD, query_sql

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_PARAMETER = 20
MAX_PARAMETER_LENGTH = 100
FACET_OPTIONS_SHOWN = 10
FACET_OPTIONS_MAX = 30
SUGGESTION_CANDIDATES = 8  # nearest known words that may correct a word of a query

POPULATION_CLASSES = [
    (1, gettext_lazy("unter 5.000 Einwohner")),
    (2, gettext_lazy("5.000 bis 20.000 Einwohner")),
    (3, gettext_lazy("20.000 bis 100.000 Einwohner")),
    (4, gettext_lazy("100.000 bis 500.000 Einwohner")),
    (5, gettext_lazy("ab 500.000 Einwohner")),
]

SORTS = [
    ("relevance", gettext_lazy("Relevanz")),
    ("newest", gettext_lazy("Neueste zuerst")),
    ("updated", gettext_lazy("Zuletzt aktualisiert")),
    ("reused", gettext_lazy("Meist nachgenutzt")),
    ("title", gettext_lazy("Titel (A–Z)")),
]

# --- Lenient form fields: unknown values are dropped and reported, never an error. -----------


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    def clean(self, value):
        values = [v for v in (value or []) if isinstance(v, str)]
        if not values:
            self.ignored = []
            return []
        allowed = {str(key) for key, _label in self.choices}
        self.ignored = [v for v in values if v not in allowed]
        return list(dict.fromkeys(v for v in values if v in allowed))


class LenientModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def clean(self, value):
        values = list(dict.fromkeys(v for v in (value or []) if isinstance(v, str) and v))
        if not values:
            self.ignored = []
            return []
        objects = list(self.queryset.filter(**{f"{self.to_field_name}__in": values}))
        found = {str(getattr(obj, self.to_field_name)) for obj in objects}
        self.ignored = [v for v in values if v not in found]
        return objects


class ValueFilter(django_filters.MultipleChoiceFilter):
    """Values of one facet, ORed: ``column IN (…)``, or array overlap ``&&`` for list columns."""

    field_class = LenientMultipleChoiceField

    def __init__(self, *args, column, overlap=False, convert=str, **kwargs):
        self.column, self.overlap, self.convert = column, overlap, convert
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        values = [self.convert(v) for v in value]
        lookup = "overlap" if self.overlap else "in"
        return qs.filter(**{f"{self.column}__{lookup}": values})

    def tokens(self, value) -> list[str]:
        """The selected values as ``facets.facet_counts`` names them (the column as text)."""
        values = (self.convert(v) for v in value)
        return [str(v).lower() if isinstance(v, bool) else str(v) for v in values]


class PositiveFilter(ValueFilter):
    """A yes-facet over a count column: ``column > 0``; counted as "facet:true"."""

    def filter(self, qs, value):
        return qs.filter(**{f"{self.column}__gt": 0}) if value else qs

    def tokens(self, value) -> list[str]:
        return ["true"]


class ObjectFilter(django_filters.ModelMultipleChoiceFilter):
    """Objects named by a natural key in the URL, matched by id in a denormalised array column."""

    field_class = LenientModelMultipleChoiceField

    def __init__(self, *args, column, overlap=True, **kwargs):
        self.column, self.overlap = column, overlap
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        ids = [obj.pk for obj in value]
        lookup = "overlap" if self.overlap else "in"
        return qs.filter(**{f"{self.column}__{lookup}": ids})

    def tokens(self, value) -> list[str]:
        """The selected objects as ``facets.facet_counts`` names them (their ids as text)."""
        return [str(obj.pk) for obj in value]


class ReadyFilter(ValueFilter):
    """ "gut nachnutzbar": ``ready_until`` not past (projects/readiness.py), so that it needs no
    rewrite when a confirmation grows old."""

    def filter(self, qs, value):
        return qs.filter(ready_until__gte=readiness.today()) if value else qs

    def tokens(self, value) -> list[str]:
        return ["true"]


class OwnerChoiceField(LenientModelMultipleChoiceField):
    """Municipalities named by slug or AGS; unknown values are dropped and reported."""

    def clean(self, value):
        values = list(dict.fromkeys(v for v in (value or []) if isinstance(v, str) and v))
        if not values:
            self.ignored = []
            return []
        objects = list(self.queryset.filter(Q(slug__in=values) | Q(ags__in=values)))
        found = {obj.slug for obj in objects} | {obj.ags for obj in objects}
        self.ignored = [v for v in values if v not in found]
        return objects


class OwnerFilter(django_filters.ModelMultipleChoiceFilter):
    """Projects of a municipality; of a Kreis or Land also those of the bodies within it.

    Not a facet (no counts): it narrows the set every facet counts, see ``scope``.
    """

    field_class = OwnerChoiceField

    def filter(self, qs, value):
        if not value:
            return qs
        condition = Q()
        for municipality in value:
            condition |= Q(owner__in=region_owner_ids(municipality))
        return qs.filter(condition)


def _year_choices():
    return [(str(year), str(year)) for year in range(1990, 2101)]


class ProjectFilterSet(django_filters.FilterSet):
    """All facets of the search page; ``queryset_without(name)`` serves disjunctive counts."""

    kind = ValueFilter(choices=Project.Kind.choices, column="kind")
    status = ValueFilter(choices=Project.Status.choices, column="status")
    topic = ObjectFilter(
        queryset=TopicField.objects.all(), to_field_name="slug", column="facet_topic_ids"
    )
    situation = ObjectFilter(
        queryset=LifeSituation.objects.all(),
        to_field_name="slug",
        column="facet_life_situation_ids",
    )
    service = ObjectFilter(
        queryset=Service.objects.all(), to_field_name="ozg_id", column="facet_service_ids"
    )
    state = ObjectFilter(
        queryset=Municipality.objects.filter(level=Municipality.Level.STATE),
        to_field_name="ags",
        column="facet_state_id",
        overlap=False,
    )
    owner_kind = ValueFilter(choices=Municipality.Kind.choices, column="facet_owner_kind")
    size = ValueFilter(
        choices=[(str(k), v) for k, v in POPULATION_CLASSES],
        column="facet_population_class",
        convert=int,
    )
    tag = ObjectFilter(queryset=Tag.objects.all(), to_field_name="slug", column="facet_tag_ids")
    reuse = ValueFilter(
        choices=[("1", gettext_lazy("Nachnutzung angeboten"))],
        column="reuse_offered",
        convert=lambda v: True,
    )
    reused = PositiveFilter(choices=[("1", gettext_lazy("Wird nachgenutzt"))], column="reuse_count")
    oss = ValueFilter(
        choices=[("1", gettext_lazy("Open Source"))],
        column="is_open_source",
        convert=lambda v: True,
    )
    ready = ReadyFilter(choices=[("1", gettext_lazy("Gut nachnutzbar"))], column="ready_until")
    year = ValueFilter(choices=_year_choices, column="facet_start_year", convert=int)
    owner = OwnerFilter(
        queryset=Municipality.objects.select_related("parent").only(
            "id",
            "name",
            "slug",
            "ags",
            "level",
            "kind",
            "kind_label",
            "parent__level",
            "parent__kind",
        ),
        to_field_name="slug",
    )

    class Meta:
        model = Project
        fields: list[str] = []

    _form_class = None

    def get_form_class(self):
        """Built once per process: django-filter would build it (fields, choices) per search."""
        cls = type(self)
        if cls.__dict__.get("_form_class") is None:
            cls._form_class = super().get_form_class()
        return cls._form_class

    def queryset_without(self, queryset: QuerySet, excluded: str | None = None) -> QuerySet:
        """``queryset`` with every active facet filter applied except ``excluded``."""
        for name, value in self.form.cleaned_data.items():
            if name != excluded and name in FACETS:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def scope(self, queryset: QuerySet) -> QuerySet:
        """``queryset`` narrowed by the filters that are no facet (``owner``)."""
        for name, value in self.form.cleaned_data.items():
            if name not in FACETS:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def selections(self) -> dict[str, list[str]]:
        """Facet → selected values, as ``facets.facet_counts`` takes them."""
        return {
            name: self.filters[name].tokens(value)
            for name, value in self.form.cleaned_data.items()
            if value and name in FACETS
        }

    def narrows(self) -> bool:
        """Whether a filter that is no facet (``owner``) is active."""
        return any(value for name, value in self.form.cleaned_data.items() if name not in FACETS)

    def ignored_values(self) -> dict[str, list[str]]:
        self.form.is_valid()
        return {
            name: form_field.ignored
            for name, form_field in self.form.fields.items()
            if getattr(form_field, "ignored", None)
        }


# Levels whose ``owner`` filter includes the projects of the bodies within (queries.py).
AGGREGATING_LEVELS = {
    Municipality.Level.STATE,
    Municipality.Level.REGION,
    Municipality.Level.DISTRICT,
}

# Every filter parameter; the facets among them have counts, ``owner`` has none.
FILTER_NAMES = list(ProjectFilterSet.base_filters)

# The filters with facet counts (``projects.facets``); ``owner`` has none.
FACETS = {
    name
    for name, facet_filter in ProjectFilterSet.base_filters.items()
    if isinstance(facet_filter, ValueFilter | ObjectFilter)
}
FACET_NAMES = [name for name in FILTER_NAMES if name in FACETS]

FACET_LEGENDS = {
    "kind": gettext_lazy("Art"),
    "status": gettext_lazy("Status"),
    "topic": gettext_lazy("Themenfeld"),
    "situation": gettext_lazy("Lebenslage"),
    "service": gettext_lazy("OZG-Leistung"),
    "state": gettext_lazy("Bundesland"),
    "owner_kind": gettext_lazy("Art der Kommune"),
    "size": gettext_lazy("Einwohnerzahl der Kommune"),
    "tag": gettext_lazy("Schlagwort"),
    "reuse": gettext_lazy("Nachnutzung"),
    "reused": gettext_lazy("Nachnutzung durch andere Kommunen"),
    "oss": gettext_lazy("Open Source"),
    "ready": gettext_lazy("Nachnutzbarkeit"),
    "year": gettext_lazy("Beginn"),
    "owner": gettext_lazy("Kommune"),
}


# --- "Did you mean" --------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Lower case, ß as ss, no accents: "Bürgerämter" → "burgeramter"."""
    text = text.lower().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Python twin of the SQL function ``kommunect_fold``: lower case, no accents, ue→u."""
    return _plain(text).replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _trigrams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity() of two single words."""
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


@dataclass
class _Candidate:
    folded: str
    word: str  # as stored: lower case, with umlauts
    projects: int
    within: bool  # used by a project within the active filters


def suggest(q: str, filterset: ProjectFilterSet | None = None) -> str | None:
    """``q`` with its misspelled words corrected from the words of all published text, or None.
    One query.

    For each word outside phrases and exclusions, the nearest known words by trigram distance
    of their folded form (table ``projects_searchword``, GiST index); the word is replaced by
    the most similar of them when that one is clearly closer than a typo away. With active
    filters, a word that occurs in a project within them (GIN index) is preferred, so that the
    correction finds something there. Everything else of the query (phrases, exclusions,
    operators, punctuation) is kept as typed.
    """
    tokens = TOKEN.findall(q)
    # Operators and excluded words ("-Hort", "nicht Hort") are kept as typed.
    plain, excluded = [], False
    for token in tokens:
        lower = token.lower()
        plain.append(not (token.startswith(("-", '"')) or lower in OPERATOR_WORDS or excluded))
        excluded = lower in NOT_WORDS
    words = [
        word for token, p in zip(tokens, plain, strict=True) if p for word in WORD.findall(token)
    ]
    if not words:
        return None
    typed = [fold(word) for word in words]
    within, within_params = "TRUE", []
    if filterset is not None and (filterset.selections() or filterset.narrows()):
        scoped = filterset.queryset_without(filterset.scope(Project.objects.published()))
        uses_word = RawSQL(
            "search_vector @@ plainto_tsquery(%s::regconfig, v.word)",
            [CONFIG],
            output_field=BooleanField(),
        )
        sql, params = scoped.filter(uses_word).order_by().values("pk").query.sql_with_params()
        within, within_params = f"EXISTS ({sql})", list(params)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT t.position, v.folded, v.word, v.projects, {within} "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS t (folded, position) "
            "CROSS JOIN LATERAL (SELECT folded, word, projects "
            f"FROM {SearchWord._meta.db_table} ORDER BY folded <-> t.folded LIMIT %s) AS v",
            [*within_params, typed, SUGGESTION_CANDIDATES],
        )
        candidates: dict[int, list[_Candidate]] = {}
        for position, *row in cursor.fetchall():
            candidates.setdefault(position - 1, []).append(_Candidate(*row))
    replacements = iter(
        [
            _corrected(word, folded, candidates.get(position, []))
            for position, (word, folded) in enumerate(zip(words, typed, strict=True))
        ]
    )
    corrected = " ".join(
        WORD.sub(lambda _match: next(replacements), token) if p else token
        for token, p in zip(tokens, plain, strict=True)
    )
    return corrected if corrected != " ".join(tokens) else None


def _corrected(word: str, folded: str, candidates: list[_Candidate]) -> str:
    """``word`` itself if it is short, a known word or nothing is close; else the closest
    candidate, those within the filters first, in the case the word was typed in.

    Close means similar as folded ("Buergeraemtr" to "bürgerämter") or as typed without
    accents ("Grundsteur" to "grundsteuer", which folding turns into "grundstuer")."""

    def score(candidate: _Candidate) -> float:
        return max(
            similarity(folded, candidate.folded), similarity(_plain(word), _plain(candidate.word))
        )

    close = [c for c in candidates if score(c) >= 0.4]
    # Known as typed, or as an umlaut spelling that the search reads ("Buergeramt"); a typo may
    # fold like a word ("Grundsteur" and "grundsteuer" both to "grundsteur") and is not known.
    known = any(_plain(c.word) in (_plain(word), folded) for c in candidates)
    if len(folded) < 3 or known or not close:
        return word
    best = max(
        close,
        key=lambda c: (c.within, score(c), -abs(len(c.folded) - len(folded)), c.projects),
    ).word
    if len(word) > 1 and word.isupper():
        return best.upper()
    return best[:1].upper() + best[1:] if word[:1].isupper() else best


# --- Facets as shown ------------------------------------------------------------------------


@dataclass
class FacetOption:
    value: str  # as in the URL
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    legend: str
    options: list[FacetOption]
    more: list[FacetOption] = field(default_factory=list)

    @property
    def has_selection(self):
        return any(o.selected for o in self.options + self.more)


def _top_values(counted: dict[str, int]) -> list[str]:
    """The values counted at least as often as the FACET_OPTIONS_MAX-th most counted one."""
    if len(counted) <= FACET_OPTIONS_MAX:
        return list(counted)
    least = sorted(counted.values(), reverse=True)[FACET_OPTIONS_MAX - 1]
    return [value for value, n in counted.items() if n >= least]


def _labels(counts: dict, filterset: ProjectFilterSet) -> dict[str, dict[str, tuple[str, str]]]:
    """facet → {value: (value in URL, label)}, for the model-backed facets. One query.

    Only values that can be among a facet's FACET_OPTIONS_MAX options get a label: those
    counted at least as often as the last of them (ties are ordered by label), and the
    selected ones. The rest (hundreds of services) are never shown.
    """
    ids = {
        name: {int(v) for v in _top_values(counts[name])}
        for name in ("topic", "situation", "service", "state", "tag")
    }
    for name in ids:
        ids[name] |= {obj.pk for obj in filterset.form.cleaned_data.get(name) or []}
    rows = []
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT 'topic', id, slug, name FROM ozg_topicfield WHERE id = ANY(%s)
            UNION ALL SELECT 'situation', id, slug, name FROM ozg_lifesituation WHERE id = ANY(%s)
            UNION ALL SELECT 'service', id, ozg_id, name FROM ozg_service WHERE id = ANY(%s)
            UNION ALL SELECT 'state', id, ags, name FROM municipalities_municipality
                       WHERE id = ANY(%s)
            UNION ALL SELECT 'tag', id, slug, name FROM taggit_tag WHERE id = ANY(%s)
            """,
            [sorted(ids[n]) for n in ("topic", "situation", "service", "state", "tag")],
        )
        rows = cursor.fetchall()
    labels: dict[str, dict[str, tuple[str, str]]] = {n: {} for n in ids}
    for facet, pk, key, name in rows:
        labels[facet][str(pk)] = (key, name)
    return labels


def build_facets(counts: dict, filterset: ProjectFilterSet) -> list[Facet]:
    labels = _labels(counts, filterset)
    selected = filterset.form.cleaned_data
    choices_labels = {
        "kind": dict(Project.Kind.choices),
        "status": dict(Project.Status.choices),
        "owner_kind": dict(Municipality.Kind.choices),
        "size": {str(k): v for k, v in POPULATION_CLASSES},
        "reuse": {"true": _("Nachnutzung angeboten")},
        "reused": {"true": _("Wird nachgenutzt")},
        "oss": {"true": _("Open Source")},
        "ready": {"true": _("Gut nachnutzbar")},
    }
    facets = []
    for name in FACET_NAMES:
        options = []
        if name in labels:
            chosen = {str(obj.pk) for obj in selected.get(name) or []}
            for value, (key, label) in labels[name].items():
                options.append(FacetOption(key, label, counts[name].get(value, 0), value in chosen))
        elif name in ("reuse", "reused", "oss", "ready"):
            options.append(
                FacetOption(
                    "1",
                    choices_labels[name]["true"],
                    counts[name].get("true", 0),
                    bool(selected.get(name)),
                )
            )
        else:
            chosen = {str(v) for v in selected.get(name) or []}
            known = choices_labels.get(name)
            for value in set(counts[name]) | chosen:
                label = str(known.get(value, value)) if known else value
                options.append(
                    FacetOption(value, label, counts[name].get(value, 0), value in chosen)
                )
        if name == "year":
            options.sort(key=lambda o: o.value, reverse=True)
        elif name in ("kind", "status", "size"):
            order = [str(k) for k in (choices_labels[name])]
            options.sort(key=lambda o: order.index(o.value) if o.value in order else 99)
        else:
            options.sort(key=lambda o: (not o.selected, -o.count, o.label.lower()))
        options = [o for o in options if o.count or o.selected]
        if not options:
            continue
        shown = options[:FACET_OPTIONS_SHOWN]
        more = options[FACET_OPTIONS_SHOWN:FACET_OPTIONS_MAX]
        # Selected values are always visible.
        shown += [o for o in more if o.selected]
        more = [o for o in more if not o.selected]
        facets.append(Facet(name, str(FACET_LEGENDS[name]), shown, more))
    return facets


# --- The search ------------------------------------------------------------------------------


@dataclass
class Chip:
    label: str
    remove_query: str  # "?…" without this value


@dataclass
class SearchResult:
    q: str
    sort: str
    page: int
    last_page: int
    total: int
    projects: list
    facets: list[Facet]
    chips: list[Chip]
    notices: list[str]
    suggestion: str | None = None
    suggestion_query: str = ""  # "?…": the suggestion with the current filters
    suggestion_without_filters_query: str = ""  # "?…": the suggestion alone, if filters are set
    original_q: str | None = None
    filters_active: bool = False
    params: QueryDict = field(default_factory=QueryDict)

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.last_page

    @property
    def page_numbers(self):
        """Numbers around the current page, with None for gaps: [1, None, 4, 5, 6, None, 40]."""
        pages = {1, self.last_page, *range(self.page - 2, self.page + 3)}
        numbers, previous = [], 0
        for number in sorted(p for p in pages if 1 <= p <= self.last_page):
            if number - previous > 1:
                numbers.append(None)
            numbers.append(number)
            previous = number
        return numbers

    @property
    def filter_count(self):
        """Facet values in effect (the chips without the search term)."""
        return len(self.chips) - (1 if self.q else 0)

    @property
    def first_index(self):
        return (self.page - 1) * PAGE_SIZE + 1 if self.total else 0

    @property
    def last_index(self):
        return min(self.page * PAGE_SIZE, self.total)


def clean_parameters(get) -> tuple[dict[str, list[str]], list[str]]:
    """GET parameters without control characters, duplicates or absurd lengths."""
    notices = []
    data: dict[str, list[str]] = {}
    for name in [*FILTER_NAMES, "q", "sort", "page"]:
        raw = get.getlist(name)
        if not raw:
            continue
        if name == "q":
            text = " ".join(raw)
            cleaned = clean_text(text, MAX_QUERY_LENGTH)
            if len(" ".join(text.split())) > MAX_QUERY_LENGTH:
                notices.append(
                    _("Der Suchbegriff war zu lang und wurde auf %(n)s Zeichen gekürzt.")
                    % {"n": MAX_QUERY_LENGTH}
                )
            data[name] = [cleaned]
            continue
        values = [clean_text(v, MAX_PARAMETER_LENGTH) for v in raw]
        values = list(dict.fromkeys(v for v in values if v))[:MAX_VALUES_PER_PARAMETER]
        if name in ("sort", "page"):
            values = values[:1]
        data[name] = values
    return data, notices


def _ordering(sort: str, has_text: bool):
    if sort == "relevance" and has_text:
        return ["-rank", "-published_at", "-id"]
    return {
        "updated": ["-updated_at", "-id"],
        "reused": ["-reuse_count", "-published_at", "-id"],
        "title": [Lower(Func(F("title"), function="unaccent")).asc(), "id"],
    }.get(sort, ["-published_at", "-id"])


def _page_rows(matches: QuerySet, query, sort: str, offset: int):
    """The rows of the result page that starts at ``offset``.

    Relevance ranks ALL matches by ``ts_rank`` of the stored vector: the ranking orders ids
    alone, and only the page's rows are joined for their cards (one statement).
    """
    page = slice(offset, offset + PAGE_SIZE)
    if query is None or sort != "relevance":
        return list(matches.for_cards().order_by(*_ordering(sort, has_text=False))[page])
    ordering = _ordering(sort, has_text=True)
    rank = SearchRank(F("search_vector"), query)
    ranked = matches.annotate(rank=rank).order_by(*ordering).values("pk")[page]
    return list(
        Project.objects.for_cards().filter(pk__in=ranked).annotate(rank=rank).order_by(*ordering)
    )


class ParsedQuery(SearchQuery):
    """A tsquery computed once per search (``parsed_query``), passed on as a parameter: the
    statements that match, rank and highlight do not evaluate the visitor's text again."""

    def __init__(self, tsquery: str):
        super().__init__(tsquery, config=CONFIG)
        self.tsquery = tsquery

    def as_sql(self, compiler, connection, **extra_context):
        return "%s::tsquery", [self.tsquery]


def parsed_query(q: str) -> ParsedQuery:
    """The tsquery of the visitor's text ``q`` (``projects.search_text``). One query."""
    sql, params = query_sql(q)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({sql})::text", params)
        return ParsedQuery(cursor.fetchone()[0])


def _sentinels() -> tuple[str, str]:
    """Random per search, so text stored by users cannot forge a <mark> element."""
    token = secrets.token_hex(8)
    return f"\x02{token}\x03", f"\x02/{token}\x03"


def highlighted(text: str, start: str, stop: str) -> str:
    """ts_headline output as safe HTML: everything escaped, the sentinels turned into <mark>."""
    return mark_safe(escape(text).replace(start, "<mark>").replace(stop, "</mark>"))


# Markdown syntax out of the description before ts_headline cuts a snippet from it: links and
# images keep their text, line prefixes (headings, quotes, list markers) and emphasis go.
# (Until the description has a stored plain-text form; regexp flags: g = all, n = ^ per line.)
MARKDOWN_TO_PLAIN = [
    (r"!?\[([^]]*)\]\([^)]*\)", r"\1", "g"),
    (r"^[ \t]*(#{1,6}|>|[-*+]|[0-9]+\.)[ \t]+", "", "gn"),
    (r"\*+|`+|~~|__", "", "g"),
]


def plain_text(expression):
    """SQL: ``expression`` (Markdown) as plain text."""
    for pattern, replacement, flags in MARKDOWN_TO_PLAIN:
        expression = Func(
            expression,
            Value(pattern),
            Value(replacement),
            Value(flags),
            function="regexp_replace",
            output_field=TextField(),
        )
    return expression


def _attach_snippets(projects: list, query: SearchQuery) -> None:
    """Highlighted title and text excerpt for the rows of one page. One query."""
    if not projects:
        return
    start, stop = _sentinels()
    options = {"start_sel": start, "stop_sel": stop, "config": CONFIG}
    rows = (
        Project.objects.filter(pk__in=[p.pk for p in projects])
        .annotate(
            title_hl=SearchHeadline("title", query, highlight_all=True, **options),
            text_hl=SearchHeadline(
                Func(
                    F("summary"),
                    plain_text(F("description")),
                    template="concat_ws(' ', %(expressions)s)",
                    output_field=TextField(),
                ),
                query,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
                **options,
            ),
        )
        .values_list("pk", "title_hl", "text_hl")
    )
    by_pk = {pk: (title, text) for pk, title, text in rows}
    for project in projects:
        title, text = by_pk.get(project.pk, (project.title, project.summary))
        project.title_html = highlighted(title, start, stop)
        project.snippet_html = highlighted(text, start, stop) if start in text else None


def search(get) -> SearchResult:
    """Everything the search page shows for the given GET parameters."""
    data, notices = clean_parameters(get)
    q = (data.get("q") or [""])[0]
    sort = (data.get("sort") or ["relevance"])[0]
    if sort not in dict(SORTS):
        notices.append(_("Unbekannte Sortierung ignoriert."))
        sort = "relevance"

    filterset = ProjectFilterSet(
        data={name: data.get(name, []) for name in FILTER_NAMES}, queryset=Project.objects.none()
    )
    filterset.form.is_valid()
    for name, values in filterset.ignored_values().items():
        notices.append(
            _("Unbekannter Filterwert für „%(facet)s“ ignoriert: %(values)s")
            % {"facet": FACET_LEGENDS[name], "values": ", ".join(values[:3])}
        )
    return _search(q, sort, data, filterset, notices)


def _search(
    q: str,
    sort: str,
    data: dict[str, list[str]],
    filterset: ProjectFilterSet,
    notices: list[str],
    allow_suggestion: bool = True,
) -> SearchResult:
    """The search for the cleaned parameters; a query without matches tries its correction.

    The correction is searched with the same filters. If it finds nothing either, the result
    offers it as "did you mean" (the link keeps the filters; a second link drops them).
    """
    base = filterset.scope(Project.objects.published())
    query = parsed_query(q) if q else None
    if query is not None:
        base = base.filter(search_vector=query)
    counts = facet_counts(base, filterset.selections())
    total = counts.total

    result_suggestion = None
    # A correction only where the words match nothing at all, not where the filters exclude.
    if total == 0 and q and allow_suggestion and not _words_match(counts, query, filterset):
        result_suggestion = suggest(q, filterset)
        if result_suggestion:
            corrected_data = {k: v for k, v in data.items() if k != "q"}
            result = _search(result_suggestion, sort, corrected_data, filterset, [], False)
            if result.total:
                result.original_q = q
                result.notices = notices + result.notices
                return result
            if not filterset_has_values(filterset):
                result_suggestion = None  # it was just searched as it stands: nothing

    last_page = max(1, math.ceil(total / PAGE_SIZE))
    page_raw = (data.get("page") or ["1"])[0]
    try:
        page = int(page_raw)
    except ValueError:
        page = 1
        notices.append(_("Ungültige Seitenzahl; Seite 1 wird angezeigt."))
    else:
        if page < 1:
            page = 1
            notices.append(_("Ungültige Seitenzahl; Seite 1 wird angezeigt."))
        elif page > last_page:
            notices.append(
                _("Seite %(page)s gibt es nicht; die letzte Seite %(last)s wird angezeigt.")
                % {"page": page, "last": last_page}
            )
            page = last_page

    params = _canonical_params(q, sort, filterset)
    offset = (page - 1) * PAGE_SIZE
    projects = _page_rows(filterset.queryset_without(base), query, sort, offset)
    if query is not None:
        _attach_snippets(projects, query)

    return SearchResult(
        q=q,
        sort=sort,
        page=page,
        last_page=last_page,
        total=total,
        projects=projects,
        facets=build_facets({name: counts.facets.get(name, {}) for name in FACET_NAMES}, filterset),
        chips=_chips(q, filterset, params),
        notices=notices,
        suggestion=result_suggestion,
        suggestion_query=_with_query(params, result_suggestion),
        suggestion_without_filters_query=(
            _with_query(QueryDict(), result_suggestion) if filterset_has_values(filterset) else ""
        ),
        filters_active=bool(q) or filterset_has_values(filterset),
        params=params,
    )


def _words_match(counts: Counts, query, filterset: ProjectFilterSet) -> bool:
    """Whether the text query matches any published project, whatever the filters.

    The scope of the counts is the text alone, except with the ``owner`` filter (then the text
    within those municipalities): only then one more query, and only for an empty result."""
    if counts.scope_total or not filterset.narrows():
        return bool(counts.scope_total)
    return Project.objects.published().filter(search_vector=query).exists()


def _with_query(params: QueryDict, q: str | None) -> str:
    """``params`` with the text query ``q`` (first page), as "?…"; "" without ``q``."""
    if not q:
        return ""
    changed = params.copy()
    changed["q"] = q
    changed.pop("page", None)
    return "?" + changed.urlencode()


def _canonical_params(q: str, sort: str, filterset: ProjectFilterSet) -> QueryDict:
    """The valid state of the page as GET parameters: what links (pages, chips) carry on."""
    params = QueryDict(mutable=True)
    if q:
        params["q"] = q
    cleaned = filterset.form.cleaned_data
    for name in FILTER_NAMES:
        form_field = filterset.form.fields[name]
        values = cleaned.get(name) or []
        if isinstance(form_field, forms.ModelMultipleChoiceField):
            values = [str(getattr(obj, form_field.to_field_name)) for obj in values]
        if values:
            params.setlist(name, [str(v) for v in values])
    if sort != "relevance":
        params["sort"] = sort
    return params


def filterset_has_values(filterset: ProjectFilterSet) -> bool:
    return any(filterset.form.cleaned_data.values())


def _without(params: QueryDict, name: str, value: str) -> str:
    remaining = params.copy()
    remaining.setlist(name, [v for v in params.getlist(name) if v != value])
    remaining.pop("page", None)
    return "?" + remaining.urlencode() if remaining else "?"


def _chips(q: str, filterset: ProjectFilterSet, params: QueryDict) -> list[Chip]:
    chips = [Chip(_("Suche: „%(q)s“") % {"q": q}, _without(params, "q", q))] if q else []
    cleaned = filterset.form.cleaned_data
    for name in FILTER_NAMES:
        form_field = filterset.form.fields[name]
        for value in cleaned.get(name) or []:
            if isinstance(form_field, forms.ModelMultipleChoiceField):
                url_value = str(getattr(value, form_field.to_field_name))
                label = value.name
                if name == "owner" and value.level in AGGREGATING_LEVELS:
                    label = _("%(name)s und Kommunen darin") % {"name": label}
            else:
                url_value = value
                label = str(dict(form_field.choices).get(value, value))
            chips.append(Chip(f"{FACET_LEGENDS[name]}: {label}", _without(params, name, url_value)))
    return chips
