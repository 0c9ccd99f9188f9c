"""Browsing the catalogue: topic fields → services → processes, with their projects."""

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import (
    LifeSituationFactory,
    MunicipalityFactory,
    ProcessFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return TopicFieldFactory(name="Familie & Kind", slug="familie-kind")


def _projects(n, services, **kwargs):
    return [ProjectFactory(services=services, **kwargs) for _ in range(n)]


def test_catalogue_shows_topic_fields_with_published_project_counts(client, topic):
    covered, _open = ServiceFactory.create_batch(2, life_situation__topic_field=topic)
    _projects(3, [covered])
    _projects(1, [covered], publication_state=Project.PublicationState.DRAFT)
    response = client.get(reverse("ozg:catalogue"))
    (tile,) = [t for t in response.context["topic_fields"] if t.pk == topic.pk]
    assert (tile.project_count, tile.service_count, tile.open_service_count) == (3, 2, 1)
    content = response.content.decode()
    assert "3 Projekte" in content
    assert "davon 1 noch ohne Projekt" in content


@pytest.mark.parametrize("rows", [1, 12])
def test_catalogue_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries, rows):
    for _ in range(rows):
        _projects(2, ServiceFactory.create_batch(2))
    # project counts, topic fields with service counts, demo notice
    with django_assert_max_num_queries(3):
        assert client.get(reverse("ozg:catalogue")).status_code == 200


def test_topic_field_lists_services_by_life_situation_and_marks_those_without_projects(
    client, topic
):
    situation = LifeSituationFactory(name="Geburt", topic_field=topic)
    covered = ServiceFactory(name="Elterngeld", life_situation=situation)
    ServiceFactory(name="Kinderreisepass", life_situation=situation)
    owner = MunicipalityFactory(name="Kiel")
    (project,) = _projects(1, [covered], owner=owner, title="Elterngeld digital", slug="eg")
    _projects(1, [covered], title="Geheimer Entwurf", slug="ge", publication_state="draft")

    response = client.get(topic.get_absolute_url())

    content = response.content.decode()
    assert response.status_code == 200
    assert "Geburt" in content
    assert "Elterngeld digital" in content
    assert "Geheimer Entwurf" not in content
    assert "noch kein Projekt" in content
    assert response.context["open_service_count"] == 1
    services = {service.name: service.project_count for service in response.context["services"]}
    assert services == {"Elterngeld": 1, "Kinderreisepass": 0}
    assert project.get_absolute_url() in content
    assert owner.get_absolute_url() in content


def test_topic_field_shows_only_the_newest_projects(client, topic):
    service = ServiceFactory(life_situation__topic_field=topic)
    _projects(8, [service])
    response = client.get(topic.get_absolute_url())
    assert len(response.context["newest_projects"]) == 6


@pytest.mark.parametrize("rows", [1, 10])
def test_topic_field_costs_a_fixed_number_of_queries(
    client, topic, django_assert_max_num_queries, rows
):
    for _ in range(rows):
        service = ServiceFactory(life_situation=LifeSituationFactory(topic_field=topic))
        _projects(2, [service])
    # topic, project counts per service, services, newest projects, project count, demo notice
    with django_assert_max_num_queries(6):
        assert client.get(topic.get_absolute_url()).status_code == 200


def test_unknown_topic_field_is_404(client):
    assert client.get(reverse("ozg:topic_field", args=["gibt-es-nicht"])).status_code == 404


def test_service_page_shows_processes_projects_and_municipalities(client, topic):
    service = ServiceFactory(
        ozg_id="10001", name="Wohngeld", description="Zuschuss zur Miete.", topic_field=topic
    )
    process = ProcessFactory(name="Wohngeld Bewilligung", leika_key="99100001000000")
    process.services.add(service)
    kiel, ulm = MunicipalityFactory(name="Kiel"), MunicipalityFactory(name="Ulm")
    _projects(2, [service], owner=kiel, status=Project.Status.COMPLETED)
    _projects(1, [service], owner=ulm, status=Project.Status.COMPLETED)
    _projects(
        1, [service], owner=MunicipalityFactory(name="Entwurfstadt"), publication_state="draft"
    )

    response = client.get(reverse("ozg:service-detail", args=["10001"]))

    content = response.content.decode()
    assert response.status_code == 200
    assert "10001" in content
    assert "Zuschuss zur Miete." in content
    assert "Wohngeld Bewilligung" in content
    assert process.get_absolute_url() in content
    assert response.context["project_count"] == 3
    assert [(m.name, m.project_count) for m in response.context["implemented_by"]] == [
        ("Kiel", 2),
        ("Ulm", 1),
    ]
    assert "Entwurfstadt" not in content


def test_only_completed_projects_count_as_implemented(client, topic):
    """Planned, ongoing and idea entries are listed under a heading of their own."""
    service = ServiceFactory(topic_field=topic)
    kiel, ulm, bonn = (MunicipalityFactory(name=n) for n in ("Kiel", "Ulm", "Bonn"))
    Status = Project.Status
    _projects(1, [service], owner=kiel, status=Status.COMPLETED)
    _projects(1, [service], owner=kiel, status=Status.PLANNED)
    _projects(2, [service], owner=ulm, status=Status.IN_PROGRESS)
    _projects(1, [service], owner=bonn, status=Status.IDEA, kind=Project.Kind.IDEA)

    response = client.get(service.get_absolute_url())

    pairs = {
        key: [(m.name, m.project_count) for m in response.context[key]]
        for key in ("implemented_by", "worked_on_by")
    }
    assert pairs == {
        "implemented_by": [("Kiel", 1)],
        "worked_on_by": [("Ulm", 2), ("Bonn", 1), ("Kiel", 1)],
    }
    content = response.content.decode()
    assert "Kommunen, die diese Leistung umgesetzt haben" in content
    assert "Kommunen mit weiteren Projekten und Ideen zu dieser Leistung" in content
    assert "1 abgeschlossenes Projekt" in content


def test_service_without_projects_invites_to_share(client):
    service = ServiceFactory()
    content = client.get(service.get_absolute_url()).content.decode()
    assert "noch kein Projekt" in content
    assert "Noch hat keine Kommune ein Projekt" in content


@pytest.mark.parametrize("rows", [1, 10])
def test_service_page_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries, rows):
    service = ServiceFactory()
    for process in ProcessFactory.create_batch(rows):
        process.services.add(service)
    for _ in range(rows):
        _projects(1, [service], owner=MunicipalityFactory())
    # service, 2 process prefetches, owners grouped (completed, others), owners, newest
    # projects, count, demo notice
    with django_assert_max_num_queries(9):
        assert client.get(service.get_absolute_url()).status_code == 200


def test_unknown_service_is_404(client):
    assert client.get(reverse("ozg:service-detail", args=["00000"])).status_code == 404


def test_process_page_shows_services_children_and_projects(client):
    service = ServiceFactory(name="Hundesteuer")
    parent = ProcessFactory(name="Hundesteuer", leika_key="99200001000000")
    parent.services.add(service)
    child = ProcessFactory(
        name="Hundesteuer Anmeldung", leika_key="99200001001000", level="action", parent=parent
    )
    project = ProjectFactory(title="Hund online anmelden", slug="hund")
    project.processes.add(parent)

    response = client.get(parent.get_absolute_url())

    content = response.content.decode()
    assert response.status_code == 200
    assert "99200001000000" in content
    assert service.get_absolute_url() in content
    assert child.get_absolute_url() in content
    assert "Hund online anmelden" in content


def test_process_page_breadcrumb_names_topic_field_and_service(client):
    service = ServiceFactory(name="Hundesteuer")
    process = ProcessFactory(name="Hundesteuer", leika_key="99200001000000", leika_type="5")
    process.services.add(service)
    content = client.get(process.get_absolute_url()).content.decode()
    crumbs = content[content.index('<nav class="breadcrumbs"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    assert service.topic_field.get_absolute_url() in crumbs
    assert service.get_absolute_url() in crumbs
    assert "5: Die Kommune regelt und vollzieht." in content
    assert "Der LeiKa-Typ sagt, wer eine Leistung regelt" in content


def test_process_without_leika_key_has_its_own_page(client):
    process = ProcessFactory(name="Sonderfall", leika_key=None, level="unkeyed")
    url = process.get_absolute_url()
    assert "nicht-im-leika-" in url
    response = client.get(url)
    assert response.status_code == 200
    assert "Sonderfall" in response.content.decode()


@pytest.mark.parametrize("key", ["nicht-im-leika-abc", "nicht-im-leika-", "12345", "x" * 300])
def test_bad_process_keys_are_404(client, key):
    assert client.get(reverse("ozg:process-detail", args=[key])).status_code == 404
