"""Posting a project: the form creates a draft with everything the editor entered."""

import re

import pytest
from django.urls import reverse

from projects.models import Project, ProjectEvent
from projects.services import projects as project_services
from tests.factories import MunicipalityFactory, ProcessFactory, ServiceFactory
from tests.projects.posting import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_editor_sees_the_form_with_their_municipality_preselected(client, editor_a, municipality_a):
    client.force_login(editor_a)
    response = client.get(reverse("projects:create"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Projekt eintragen" in content
    assert f'<option value="{municipality_a.pk}" selected>' in content
    for legend in ["Grunddaten", "OZG-Zuordnung", "Kontakt", "Links und Dateien"]:
        assert legend in content


def test_it_creates_a_draft_with_relations_and_history(client, editor_a, municipality_a):
    service = ServiceFactory()
    process = ProcessFactory()
    process.services.add(service)
    partner = MunicipalityFactory()
    client.force_login(editor_a)
    data = form_data(
        municipality_a,
        services=[service.pk],
        processes=[process.pk],
        partners=[partner.pk],
        **{
            "links-TOTAL_FORMS": "1",
            "links-0-title": "Antragsportal",
            "links-0-url": "https://kita.example.org",
        },
    )
    response = client.post(reverse("projects:create"), data)
    project = Project.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("projects:edit", args=[project.slug])
    assert project.publication_state == Project.PublicationState.DRAFT
    assert project.slug == "online-anmeldung-fuer-kitaplaetze-musterstadt"  # German letters
    assert project.created_by == editor_a
    assert project.version == 1
    assert list(project.services.all()) == [service]
    assert list(project.processes.all()) == [process]
    assert list(project.partners.all()) == [partner]
    assert list(project.topic_fields.all()) == [service.topic_field]
    assert sorted(project.tags.names()) == ["Antrag", "Kita"]
    assert project.target_groups == ["citizens"]
    assert project.links.get().url == "https://kita.example.org"
    event = ProjectEvent.objects.get()
    assert event.action == ProjectEvent.Action.CREATED
    assert event.actor == editor_a
    assert event.snapshot["title"] == project.title
    assert event.changes["services"] == {"old": None, "new": [service.pk]}
    project.refresh_from_db()
    assert project.search_vector is not None


def test_save_and_submit_sends_it_to_moderation(client, editor_a, municipality_a):
    client.force_login(editor_a)
    response = client.post(reverse("projects:create"), form_data(municipality_a, _action="submit"))
    assert response.status_code == 302
    assert response["Location"] == reverse("projects:mine")
    assert Project.objects.get().publication_state == Project.PublicationState.SUBMITTED


def test_a_second_project_of_the_same_name_gets_a_random_suffix(client, editor_a, municipality_a):
    client.force_login(editor_a)
    client.post(reverse("projects:create"), form_data(municipality_a, title="Neu"))
    client.post(reverse("projects:create"), form_data(municipality_a, title="Neu"))
    first, second = Project.objects.order_by("pk").values_list("slug", flat=True)
    assert first == "neu-musterstadt"
    assert re.fullmatch(r"neu-musterstadt-[a-z2-9]{6}", second)


def test_slug_never_takes_a_fixed_url_segment(db):
    # A title that already names its owner keeps its slug; "neu" is a fixed segment.
    assert project_services.unique_slug("Neu", MunicipalityFactory(name="Neu")) == "neu-projekt"
