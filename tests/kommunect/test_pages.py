import pytest
from django.urls import reverse

from tests.factories import ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name",
    ["home", "legal:imprint", "legal:privacy", "legal:accessibility", "legal:data_sources"],
)
def test_public_pages_render_in_german(client, name):
    response = client.get(reverse(name), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="de"' in content
    assert 'href="#main"' in content
    assert "Impressum" in content


def test_home_shows_live_figures(client, django_assert_max_num_queries):
    service = ServiceFactory()
    ProjectFactory.create_batch(3, services=[service])
    ProjectFactory(publication_state="draft")
    # as on test_home, plus the demo notice
    with django_assert_max_num_queries(6):
        response = client.get(reverse("home"))
    figures = response.context["figures"]
    assert figures["projects"] == 3
    assert figures["services_covered"] == 1
    assert service.topic_field.name in response.content.decode()


def test_home_query_count_does_not_grow_with_projects(client, django_assert_max_num_queries):
    ProjectFactory.create_batch(30, services=ServiceFactory.create_batch(3))
    with django_assert_max_num_queries(6):
        assert client.get(reverse("home")).status_code == 200


def test_imprint_warns_when_operator_is_not_configured(client, settings):
    settings.KOMMUNECT_OPERATOR = {"name": ""}
    assert "OPERATOR_NAME" in client.get(reverse("legal:imprint")).content.decode()
    settings.KOMMUNECT_OPERATOR = {"name": "Kommunalverband X", "address": "Hauptstr. 1"}
    content = client.get(reverse("legal:imprint")).content.decode()
    assert "Kommunalverband X" in content
    assert "OPERATOR_NAME" not in content
