"""Live figures of the platform, shown on the home page."""

from django.core.cache import caches
from django.db.models import Count, Q

from ozg.models import TopicField
from projects.models import Project


def platform_figures(topic_fields: list[TopicField]) -> dict[str, int]:
    """Published projects, ideas, participating municipalities and covered services.

    ``topic_fields`` come from ``projects.queries.topic_fields_with_counts`` (the home page
    shows them anyway); their service counts give the coverage. One query, cached for a
    minute like the tiles.
    """
    counts = caches["counts"].get_or_set("platform-figures", _project_figures)
    services_total = sum(topic.service_count for topic in topic_fields)
    return counts | {
        "services_total": services_total,
        "services_covered": services_total - sum(t.open_service_count for t in topic_fields),
    }


def _project_figures() -> dict[str, int]:
    return Project.objects.published().aggregate(
        projects=Count("id", filter=Q(kind=Project.Kind.PROJECT)),
        ideas=Count("id", filter=Q(kind=Project.Kind.IDEA)),
        municipalities=Count("owner", distinct=True),
    )
