"""Search-and-add pickers of the project form: OZG services, processes, municipalities and
the published project a project is based on.

The form never renders all 575 services or 11,000 municipalities: it shows the chosen ones as
checked boxes plus the matches of a search (htmx while typing, or the "Suchen" button without
JavaScript). These functions return those matches, each in one query.
"""

from django.db.models import Q, QuerySet

from kommunect.text import normalize_query, parse_ids
from municipalities.lookup import find_municipalities
from municipalities.models import Municipality
from ozg.models import Process, Service
from projects.models import Project

MAX_RESULTS = 20
BROWSABLE_PROCESS_LEVELS = [Process.Level.OBJECT, Process.Level.UNKEYED]


def clean_ids(values) -> list[int]:
    return parse_ids(values)


def search_services(query: str, *, exclude=()) -> QuerySet[Service]:
    """Services whose name contains ``query`` or whose OZG-ID starts with it."""
    query = normalize_query(query)
    if not query:
        return Service.objects.none()
    matches = Q(name__unaccent__icontains=query) | Q(ozg_id__startswith=query)
    return (
        Service.objects.filter(matches)
        .exclude(pk__in=clean_ids(exclude))
        .select_related("topic_field")
        .order_by("topic_field__order", "name")[:MAX_RESULTS]
    )


def search_municipalities(query: str, *, exclude=()) -> list[Municipality]:
    excluded = set(clean_ids(exclude))
    return [m for m in find_municipalities(query) if m.pk not in excluded]


def search_projects(query: str, *, exclude=()) -> QuerySet[Project]:
    """Published projects whose title contains ``query`` (for "Nachnutzung von")."""
    query = normalize_query(query)
    if not query:
        return Project.objects.none()
    return (
        Project.objects.published()
        .filter(title__unaccent__icontains=query)
        .exclude(pk__in=clean_ids(exclude))
        .select_related("owner")
        .only("id", "title", "owner__name")
        .order_by("title", "id")[:MAX_RESULTS]
    )


def processes_for_services(service_ids) -> QuerySet[Process]:
    """The LeiKa processes a user can attach once the given services are chosen."""
    ids = clean_ids(service_ids)
    if not ids:
        return Process.objects.none()
    return (
        Process.objects.filter(services__in=ids, level__in=BROWSABLE_PROCESS_LEVELS)
        .distinct()
        .order_by("name")
    )
