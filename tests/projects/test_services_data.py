"""The project services take plain model values (ProjectData), whoever calls them: a script
or an import needs no form to create, edit or feature a project, and gets the same checks."""

import pytest
from django.core.exceptions import PermissionDenied

from projects.models import Project, ProjectEvent
from projects.services import projects as project_services
from projects.services import publication
from projects.services.common import EditConflict
from projects.services.data import ProjectData
from tests.factories import MunicipalityFactory, ServiceFactory

pytestmark = pytest.mark.django_db
Action = ProjectEvent.Action


def data(owner, **fields) -> ProjectData:
    values = {
        "kind": Project.Kind.PROJECT,
        "title": "Wohngeld digital",
        "summary": "Anträge online.",
        "status": Project.Status.PLANNED,
        "owner": owner,
    }
    return ProjectData(fields=values | fields, services=[ServiceFactory(name="Wohngeld")])


def test_create_and_update_from_plain_values(editor_a, municipality_a):
    project = project_services.project_create(
        actor=editor_a, data=ProjectData(**vars(data(municipality_a)) | {"tags": ["Wohngeld"]})
    )
    assert (project.slug, project.version, project.is_draft) == (
        "wohngeld-digital-musterstadt",
        1,
        True,
    )
    assert project.topic_fields.get() == project.services.get().topic_field

    changed = data(municipality_a, title="Wohngeld online", description="**Neu**")
    changed.links = [("Portal", "https://example.org/")]
    updated = project_services.project_update(
        actor=editor_a, project=project, data=changed, expected_version=1
    )

    assert (updated.title, updated.version) == ("Wohngeld online", 2)
    assert updated.description_html == "<p><strong>Neu</strong></p>"
    assert [(link.title, link.url) for link in updated.links.all()] == [
        ("Portal", "https://example.org/")
    ]
    event = updated.events.get(action=Action.EDITED)
    assert {"title", "description", "links", "services", "tags"} <= set(event.changes)


def test_an_update_over_a_newer_version_names_what_changed(editor_a, municipality_a):
    project = project_services.project_create(actor=editor_a, data=data(municipality_a))
    Project.objects.filter(pk=project.pk).update(version=2, summary="Ihre Fassung.")

    with pytest.raises(EditConflict) as conflict:
        project_services.project_update(
            actor=editor_a,
            project=project,
            data=data(municipality_a, summary="Meine Fassung."),
            expected_version=1,
        )

    assert conflict.value.current_version == 2
    assert [(c.label, c.old, c.new) for c in conflict.value.changes] == [
        ("Kurzbeschreibung", "Ihre Fassung.", "Meine Fassung.")
    ]


def test_plain_values_get_the_same_permission_check(editor_a, municipality_a):
    other = MunicipalityFactory(name="Anderswo")
    with pytest.raises(PermissionDenied):
        project_services.project_create(actor=editor_a, data=data(other))
    with pytest.raises(ValueError, match="slug"):
        ProjectData(fields={"slug": "selbst-gewaehlt"})


def test_featuring_is_for_curators_and_recorded_once(editor_a, curator, municipality_a):
    project = project_services.project_create(actor=editor_a, data=data(municipality_a))
    with pytest.raises(PermissionDenied):
        publication.project_set_featured(actor=editor_a, project=project, featured=True)

    publication.project_set_featured(actor=curator, project=project, featured=True)
    publication.project_set_featured(actor=curator, project=project, featured=True)

    project.refresh_from_db()
    assert project.featured
    assert project.events.filter(action=Action.FEATURED).count() == 1
