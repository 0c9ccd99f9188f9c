import pytest
from django.urls import reverse

from kommunect.checks import operator_is_configured
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


@pytest.mark.parametrize("name", ["legal:imprint", "legal:privacy", "legal:accessibility"])
def test_legal_pages_never_show_developer_text(client, settings, name):
    settings.KOMMUNECT_OPERATOR = {"name": "", "address": "", "email": ""}
    content = client.get(reverse(name)).content.decode()
    assert "Die Angaben zum Betreiber werden derzeit ergänzt." in content
    assert "OPERATOR_" not in content
    assert "Umgebungsvariable" not in content
    settings.KOMMUNECT_OPERATOR = {"name": "Kommunalverband X", "address": "Hauptstr. 1"}
    content = client.get(reverse(name)).content.decode()
    assert "Kommunalverband X" in content
    assert "Hauptstr. 1" in content
    assert "derzeit ergänzt" not in content


def test_deploy_check_warns_about_a_missing_operator(settings):
    settings.KOMMUNECT_OPERATOR = {"name": "", "address": "", "email": ""}
    assert [w.id for w in operator_is_configured(None)] == ["kommunect.W001"]
    settings.KOMMUNECT_OPERATOR = {"name": "X", "address": "Y", "email": "x@example.org"}
    assert operator_is_configured(None) == []
