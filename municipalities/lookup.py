"""Find a municipality by name or official key (AGS), for autocomplete and pickers."""

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When

from municipalities.models import Municipality

MIN_QUERY_LENGTH = 2
MAX_RESULTS = 20
# word_similarity threshold for typos ("Muenster" → "Münster"); 0.4 keeps noise out.
MIN_SIMILARITY = 0.4


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
            similarity=TrigramWordSimilarity(query, "name"),
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
