"""Pickers (services, processes, partners, owner) and the description preview, with and
without JavaScript."""

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import MunicipalityFactory, ProcessFactory, ProjectFactory, ServiceFactory
from tests.projects.posting import form_data

pytestmark = pytest.mark.django_db


def test_service_search_matches_name_and_ozg_id(client, editor_a):
    kita = ServiceFactory(name="Kita-Platz beantragen", ozg_id="12345")
    ServiceFactory(name="Hundesteuer")
    client.force_login(editor_a)
    url = reverse("projects:picker", args=["services"])
    for query in ["kita", "1234"]:
        response = client.get(url, {"services_q": query}, headers={"HX-Request": "true"})
        assert list(response.context["results"]) == [kita]
        assert f'name="services" value="{kita.pk}"' in response.content.decode()
    excluded = client.get(url, {"services_q": "kita", "services": [kita.pk]})
    assert list(excluded.context["results"]) == []


def test_municipality_search_never_renders_the_whole_register(
    client, editor_a, django_assert_max_num_queries
):
    MunicipalityFactory.create_batch(30, name="Neustadt")
    client.force_login(editor_a)
    url = reverse("projects:picker", args=["partners"])
    with django_assert_max_num_queries(6):
        response = client.get(url, {"partners_q": "Neustadt"})
    assert len(response.context["results"]) == 20
    assert client.get(reverse("projects:picker", args=["users"])).status_code == 400
    assert client.get(url, {"partners_q": ""}).context["results"] == []


def test_form_without_javascript_searches_and_keeps_everything_typed(
    client, editor_a, municipality_a
):
    service = ServiceFactory(name="Wohngeld beantragen")
    process = ProcessFactory(name="Wohngeld Erstantrag")
    process.services.add(service)
    client.force_login(editor_a)
    data = form_data(
        municipality_a,
        title="Wohngeld digital",
        services_q="Wohngeld",
        _refresh="services",
    )
    response = client.post(reverse("projects:create"), data)
    assert response.status_code == 200
    assert not Project.objects.exists()
    content = response.content.decode()
    assert 'value="Wohngeld digital"' in content
    assert f'id="services-option-{service.pk}"' in content
    assert "Dieses Feld ist zwingend" not in content  # a search does not validate

    # Ticking the service and refreshing offers its processes.
    data.update(services=[service.pk], services_q="")
    content = client.post(reverse("projects:create"), data).content.decode()
    assert f'id="services-chosen-{service.pk}" checked' in content
    assert f'id="processes-{process.pk}"' in content


def test_process_choices_follow_the_services(client, editor_a):
    service = ServiceFactory()
    kept, other = ProcessFactory(), ProcessFactory()
    kept.services.add(service)
    client.force_login(editor_a)
    response = client.get(
        reverse("projects:process-choices"), {"services": [service.pk], "processes": [kept.pk]}
    )
    content = response.content.decode()
    assert f'id="processes-{kept.pk}" checked' in content
    assert f"processes-{other.pk}" not in content


def test_preview_renders_markdown_with_and_without_javascript(client, editor_a, municipality_a):
    client.force_login(editor_a)
    fragment = client.post(reverse("projects:preview"), {"description": "**fett**"})
    assert "<strong>fett</strong>" in fragment.content.decode()
    page = client.post(
        reverse("projects:create"),
        form_data(municipality_a, description="**fett**", _refresh="preview"),
    )
    assert "<strong>fett</strong>" in page.content.decode()
    assert client.get(reverse("projects:preview")).status_code == 405


def test_curator_picks_any_owner(client, curator):
    faraway = MunicipalityFactory(name="Fernhausen")
    client.force_login(curator)
    response = client.post(
        reverse("projects:create"), form_data(faraway, owner_q="Fern", _refresh="owner")
    )
    content = response.content.decode()
    assert f'id="owner-chosen-{faraway.pk}" checked' in content
    response = client.post(reverse("projects:create"), form_data(faraway))
    assert response.status_code == 302
    assert Project.objects.get().owner == faraway


def test_tag_suggestions_come_from_existing_tags(client, editor_a, municipality_a):
    ProjectFactory().tags.add("E-Akte")
    client.force_login(editor_a)
    content = client.get(reverse("projects:create")).content.decode()
    assert 'list="tag-suggestions"' in content
    assert '<option value="E-Akte">' in content


def test_edit_form_shows_the_current_choices(client, editor_a, municipality_a):
    service = ServiceFactory(name="Parkausweis")
    partner = MunicipalityFactory(name="Nachbarstadt")
    project = ProjectFactory(owner=municipality_a, services=[service])
    project.partners.add(partner)
    client.force_login(editor_a)
    content = client.get(reverse("projects:edit", args=[project.slug])).content.decode()
    assert f'id="services-chosen-{service.pk}" checked' in content
    assert f'id="partners-chosen-{partner.pk}" checked' in content
    assert 'name="version" value="1"' in content
