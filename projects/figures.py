"""Live figures of the platform, shown on the home page."""

from django.db.models import Count, Q

from municipalities.models import Municipality
from ozg.models import Service
from projects.models import Project


def platform_figures() -> dict[str, int]:
    published = Project.objects.published()
    counts = published.aggregate(
        projects=Count("id", filter=Q(kind=Project.Kind.PROJECT)),
        ideas=Count("id", filter=Q(kind=Project.Kind.IDEA)),
        municipalities=Count("owner", distinct=True),
    )
    counts["services_covered"] = Service.objects.filter(projects__in=published).distinct().count()
    counts["services_total"] = Service.objects.count()
    counts["registered_municipalities"] = Municipality.objects.filter(
        level=Municipality.Level.MUNICIPALITY
    ).count()
    return counts
