from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render

from ozg.models import Process, Service, TopicField


def catalogue(request):
    """The 14 topic fields with their services; the entry to browsing by OZG."""
    topic_fields = TopicField.objects.with_service_counts()
    return render(request, "ozg/catalogue.html", {"topic_fields": topic_fields})


def topic_field(request, slug):
    """A topic field: its services grouped by life situation, each with its processes."""
    topic = get_object_or_404(TopicField, slug=slug)
    services = (
        Service.objects.filter(topic_field=topic)
        .select_related("life_situation")
        .annotate(
            project_count=Count("projects", filter=Q(projects__publication_state="published"))
        )
        .prefetch_related(
            Prefetch(
                "processes",
                queryset=Process.objects.filter(level=Process.Level.OBJECT).only(
                    "id", "name", "leika_key"
                ),
                to_attr="object_processes",
            )
        )
        .order_by("life_situation__name", "name")
    )
    return render(request, "ozg/topic_field.html", {"topic": topic, "services": services})
