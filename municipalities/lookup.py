"""Find a municipality by name or official key (AGS), for autocomplete and pickers."""

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Case, CharField, F, Func, IntegerField, Q, QuerySet, Value, When

from municipalities.models import Municipality

MIN_QUERY_LENGTH = 2
MAX_RESULTS = 20
# word_similarity (both sides unaccented) for typos: "Koeln" → "Köln" scores 0.375,
# "Koeln" → "Kolbermoor" 0.33.
MIN_SIMILARITY = 0.35


def _unaccent(expression) -> Func:
    return Func(expression, function="unaccent", output_field=CharField())


def normalize_query(raw: str) -> str:
    return " ".join((raw or "").split())[:100]


def find_municipalities(raw_query: str, *, limit: int = MAX_RESULTS) -> QuerySet[Municipality]:
    """Up to ``limit`` matches, best first: AGS prefix, else name prefix, substring, typo.

    One query; the register has about 11,000 rows, so trigram similarity is computed
    on the fly without an index.
    """
    query = normalize_query(raw_query)
    if len(query) < MIN_QUERY_LENGTH:
        return Municipality.objects.none()
    municipalities = Municipality.objects.select_related("state")
    if query.isdigit():
        return municipalities.filter(ags__startswith=query).order_by("ags")[:limit]
    return (
        municipalities.annotate(
            similarity=TrigramWordSimilarity(_unaccent(Value(query)), _unaccent(F("name"))),
            rank=Case(
                When(name__iexact=query, then=Value(0)),
                When(name__unaccent__istartswith=query, then=Value(1)),
                When(name__unaccent__icontains=query, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            ),
        )
        .filter(
            Q(name__unaccent__icontains=query)
            | Q(official_name__unaccent__icontains=query)
            | Q(similarity__gte=MIN_SIMILARITY)
        )
        .order_by("rank", "-similarity", F("population").desc(nulls_last=True), "name", "ags")[
            :limit
        ]
    )
