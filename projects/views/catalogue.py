"""Browsing the OZG catalogue: topic fields → services → processes, each with its projects."""

import re

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from kommunect.links import search_url
from ozg.models import UNKEYED_PREFIX, Process, Service, TopicField
from projects import queries

LEIKA_KEY = re.compile(r"[0-9]{14}")
OZG_ID = re.compile(r"[0-9]{1,10}")
NEWEST_PROJECTS = 6
MUNICIPALITIES_SHOWN = 30


def catalogue(request):
    """The 14 topic fields as tiles with their project and service counts."""
    return render(
        request,
        "ozg/catalogue.html",
        {"topic_fields": queries.topic_fields_with_counts()},
    )


def topic_field(request, slug):
    """A topic field: its services by life situation with project counts, newest projects."""
    topic = get_object_or_404(TopicField, slug=slug)
    per_service, project_count = queries.topic_field_counts(topic)
    services = queries.services_with_counts(topic, per_service)
    projects = queries.topic_field_projects(topic)
    return render(
        request,
        "ozg/topic_field.html",
        {
            "topic": topic,
            "services": services,
            "open_service_count": sum(1 for service in services if not service.project_count),
            "newest_projects": queries.newest(projects, NEWEST_PROJECTS),
            "project_count": project_count,
            "all_projects_url": search_url(topic=topic.slug),
        },
    )


def service_detail(request, ozg_id):
    """An OZG service: what it is, its processes, projects implementing it and who did them."""
    if not OZG_ID.fullmatch(ozg_id):
        raise Http404
    service = get_object_or_404(
        Service.objects.select_related("topic_field", "life_situation").prefetch_related(
            Prefetch(
                "processes",
                queryset=Process.objects.filter(level=Process.Level.OBJECT).only(
                    "id", "name", "leika_key", "leika_type"
                ),
                to_attr="object_processes",
            ),
            Prefetch(
                "processes",
                queryset=Process.objects.filter(level=Process.Level.UNKEYED).only("id", "name"),
                to_attr="unkeyed_processes",
            ),
        ),
        ozg_id=ozg_id,
    )
    projects = queries.service_projects(service)
    implemented_by, worked_on_by = queries.municipalities_by_progress(
        projects, MUNICIPALITIES_SHOWN
    )
    return render(
        request,
        "ozg/service_detail.html",
        {
            "service": service,
            "newest_projects": queries.newest(projects, NEWEST_PROJECTS),
            "project_count": projects.published().order_by().count(),
            "implemented_by": implemented_by,
            "worked_on_by": worked_on_by,
            "all_projects_url": search_url(service=service.ozg_id),
        },
    )


def process_detail(request, key):
    """A LeiKa process by its 14-digit key; one without a key by ``nicht-im-leika-<id>``."""
    pk = key.removeprefix(UNKEYED_PREFIX)
    if pk != key and pk.isascii() and pk.isdigit() and len(pk) < 10:
        lookup = {"pk": int(pk), "leika_key__isnull": True}
    elif LEIKA_KEY.fullmatch(key):
        lookup = {"leika_key": key}
    else:
        raise Http404
    process = get_object_or_404(
        Process.objects.select_related("parent").prefetch_related(
            Prefetch(
                "services",
                queryset=Service.objects.select_related("topic_field").only(
                    "id", "name", "ozg_id", "topic_field__name", "topic_field__slug"
                ),
            ),
            Prefetch(
                "children", queryset=Process.objects.only("id", "name", "leika_key", "parent")
            ),
        ),
        **lookup,
    )
    projects = queries.process_projects(process)
    # The breadcrumb follows the first of its services (most processes have one).
    service = next(iter(process.services.all()), None)
    return render(
        request,
        "ozg/process_detail.html",
        {
            "process": process,
            "service": service,
            "newest_projects": queries.newest(projects, NEWEST_PROJECTS),
            "project_count": projects.published().order_by().count(),
        },
    )
