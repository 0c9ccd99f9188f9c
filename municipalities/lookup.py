"""Find a municipality by name or official key (AGS), for autocomplete and pickers."""

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Case, F, FloatField, IntegerField, Q, Value, When

from kommunect.text import normalize_query
from municipalities.folding import fold
from municipalities.models import (
    CITY_DISTRICT_KINDS,
    STANDALONE_ASSOCIATION_LABEL,
    Municipality,
)

Level = Municipality.Level

MIN_QUERY_LENGTH = 2
MAX_RESULTS = 20
TYPO = 4  # rank of matches found only by trigram similarity
# Among rows of equal name and population (a kreisfreie Stadt is in the register as Kreis,
# Gemeinde and Gemeindeverband) the Gemeinde comes first and the others are dropped.
LEVEL_ORDER = Case(
    When(level=Level.MUNICIPALITY, then=Value(0)),
    When(level=Level.DISTRICT, then=Value(1)),
    When(level=Level.STATE, then=Value(2)),
    When(level=Level.REGION, then=Value(3)),
    default=Value(4),
    output_field=IntegerField(),
)
# Second entries of one body, whose pages lead to the Gemeinde: the Gemeindeverband entry of a
# verbandsfreie Gemeinde and the Kreis entry of a kreisfreie Stadt. Never listed as matches.
TWIN_ENTRIES = Q(level=Level.ASSOCIATION, kind_label=STANDALONE_ASSOCIATION_LABEL) | Q(
    level=Level.DISTRICT, kind__in=CITY_DISTRICT_KINDS
)


def find_municipalities(
    raw_query: str, *, limit: int = MAX_RESULTS, current_only: bool = False
) -> list[Municipality]:
    """Up to ``limit`` matches, best first, in one query; ``current_only`` leaves out units
    the register has dissolved (for joining; search and pickers of past work keep them).

    Digits: AGS prefix, or a former AGS in full (a key the register has since changed).
    Otherwise the name, with umlauts typed or spelled out ("Koeln", "Koln"): exact, name
    prefix, word prefix, part of the name (each larger places first), then close typos
    (pg_trgm word similarity ≥ 0.6, "Stuttgard"; first two letters right). Reads the stored
    column Municipality.name_folded (with a trigram index): about 5 ms of database time for
    the ~16,000 register rows. Twin entries (TWIN_ENTRIES) are never listed.
    """
    query = normalize_query(raw_query)
    if len(query) < MIN_QUERY_LENGTH:
        return []
    municipalities = Municipality.objects.select_related("state").exclude(TWIN_ENTRIES)
    if current_only:
        municipalities = municipalities.filter(dissolved_on__isnull=True)
    if query.isdigit():
        by_key = municipalities.filter(
            Q(ags__startswith=query) | Q(former_ags__contains=[query])
        ).order_by("ags")
        return _without_register_twins(by_key[: limit * 2])[:limit]
    folded_query = fold(query)
    starts = folded_query[:2]
    matches = (
        municipalities.filter(
            Q(name_folded__contains=folded_query)
            # Typos: pg_trgm word similarity is costly per row, so only for names that start
            # (or have a word starting) with the first two letters typed.
            | (
                (
                    Q(name_folded__startswith=starts)
                    | Q(name_folded__contains=f"|{starts}")
                    | Q(name_folded__contains=f" {starts}")
                )
                & Q(name_folded__trigram_word_similar=folded_query)
            )
        )
        .annotate(
            rank=Case(
                When(
                    Q(name__iexact=query)
                    | Q(name_folded__startswith=f"{folded_query}|")
                    | Q(name_folded__endswith=f"|{folded_query}"),
                    then=Value(0),
                ),
                When(
                    Q(name_folded__startswith=folded_query)
                    | Q(name_folded__contains=f"|{folded_query}"),
                    then=Value(1),
                ),
                When(name_folded__contains=f" {folded_query}", then=Value(2)),
                When(name_folded__contains=folded_query, then=Value(3)),
                default=Value(TYPO),
                output_field=IntegerField(),
            ),
            similarity=TrigramWordSimilarity(Value(folded_query), "name_folded"),
        )
        .order_by(
            "rank",
            Case(
                When(rank=TYPO, then=F("similarity")),
                default=Value(1.0),
                output_field=FloatField(),
            ).desc(),
            F("population").desc(nulls_last=True),
            LEVEL_ORDER,
            "name",
            "ags",
        )
    )
    return _without_register_twins(matches[: limit * 2])[:limit]


def _without_register_twins(rows) -> list[Municipality]:
    """One row per unit: the register lists a kreisfreie Stadt as Kreis, Gemeinde and
    Gemeindeverband, an Einheitsgemeinde also as Gemeindeverband, all with the same name and
    population. The first row (best level) is kept; equal rows of the same level are
    different places and stay."""
    levels_seen: dict[tuple, str] = {}
    kept = []
    for municipality in rows:
        key = (municipality.name, municipality.population)
        first_level = levels_seen.setdefault(key, municipality.level)
        if municipality.population is not None and first_level != municipality.level:
            continue
        kept.append(municipality)
    return kept


def states_with_districts() -> list[Municipality]:
    """The Länder by name, each with ``districts``: its Kreise and kreisfreie Städte by name
    (Regierungsbezirke skipped: the Land page aggregates them). Two queries, ~420 rows."""
    fields = ("id", "name", "slug", "ags", "kind", "kind_label", "state_id")
    states = list(Municipality.objects.filter(level=Level.STATE).only(*fields).order_by("name"))
    by_state: dict[int, list[Municipality]] = {state.pk: [] for state in states}
    districts = Municipality.objects.filter(level=Level.DISTRICT).only(*fields)
    for district in districts.order_by("name", "ags"):
        by_state.setdefault(district.state_id, []).append(district)
    for state in states:
        state.districts = by_state[state.pk]
    return states


def district_municipalities(district: Municipality) -> list[Municipality]:
    """Every current Gemeinde of a Kreis by name, for the Kreis page (dissolved ones are on
    their successor's page); one query, ~230 rows at most."""
    return list(
        Municipality.objects.filter(
            parent=district, level=Level.MUNICIPALITY, dissolved_on__isnull=True
        )
        .only("id", "name", "slug", "ags", "kind", "kind_label")
        .order_by("name", "ags")
    )
