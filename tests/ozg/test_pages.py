"""The catalogue pages with the real catalogue: all 557 services, a fixed number of queries,
and the services that still wait for a project marked as such."""

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ozg.models import Service, TopicField
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

# Ceilings with one query of headroom over today's views (3 and 6, each with the demo notice's
# EXISTS); what matters is that they do not grow with the 557 services (see the last test).
CATALOGUE_QUERIES = 4
TOPIC_FIELD_QUERIES = 7


def test_catalogue_page_lists_all_topic_fields(client, catalogue, django_assert_max_num_queries):
    with django_assert_max_num_queries(CATALOGUE_QUERIES):
        response = client.get(reverse("ozg:catalogue"))
    assert response.status_code == 200
    content = response.content.decode()
    for topic in TopicField.objects.all():
        assert topic.get_absolute_url() in content
    assert "58 OZG-Leistungen" in content  # Bauen & Wohnen
    assert "78 OZG-Leistungen" in content  # Unternehmensführung & -entwicklung


def test_topic_field_page_shows_services_without_projects(
    client, catalogue, django_assert_max_num_queries
):
    topic = TopicField.objects.get(name="Familie & Kind")
    with django_assert_max_num_queries(TOPIC_FIELD_QUERIES):
        response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    services = Service.objects.filter(topic_field=topic)
    assert services.count() == 37
    for service in services:
        assert service.name.replace("&", "&amp;") in content
    assert content.count("noch kein Projekt") == 37


def test_topic_field_page_counts_published_projects(client, catalogue):
    elterngeld = Service.objects.get(ozg_id="10000")
    ProjectFactory(services=[elterngeld])
    ProjectFactory(services=[elterngeld], publication_state="draft")
    response = client.get(elterngeld.topic_field.get_absolute_url())
    content = response.content.decode()
    assert "1 Projekt" in content
    assert content.count("noch kein Projekt") == 36


def test_largest_topic_field_costs_as_many_queries_as_the_smallest(client, catalogue):
    by_size = TopicField.objects.annotate(n=Count("services")).order_by("n")
    smallest, largest = by_size.first(), by_size.last()
    assert (smallest.n, largest.n) == (15, 78)
    counts = []
    for topic in (smallest, largest):
        ProjectFactory.create_batch(3, services=list(topic.services.all()[:5]))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(topic.get_absolute_url()).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= TOPIC_FIELD_QUERIES
