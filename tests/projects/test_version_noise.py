"""The version history shows what happened: the first version lists the fields filled in, and
saving or submitting an untouched form adds no empty version."""

import pytest
from django.urls import reverse

from projects.models import Project, ProjectEvent
from tests.projects.posting import edit_data, form_data

pytestmark = pytest.mark.django_db


def test_the_first_version_lists_only_fields_with_a_value(client, editor_a, municipality_a):
    client.force_login(editor_a)
    client.post(reverse("projects:create"), form_data(municipality_a))
    project = Project.objects.get()

    created = project.events.get(action=ProjectEvent.Action.CREATED)

    assert {"title", "summary", "owner", "tags", "cost_one_off"} <= set(created.changes)
    for empty in ("cover_image", "license", "repository_url", "end_date", "cost_annual"):
        assert empty not in created.changes
    assert created.snapshot["license"] == ""  # the version itself stays complete


@pytest.mark.parametrize("action", ["save", "submit"])
def test_an_untouched_form_adds_no_version(client, editor_a, municipality_a, action):
    client.force_login(editor_a)
    client.post(reverse("projects:create"), form_data(municipality_a))
    project = Project.objects.get()

    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, cost_one_off="12500", _action=action),
    )

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.version == 1
    assert not project.events.filter(action=ProjectEvent.Action.EDITED).exists()
    state = Project.PublicationState
    assert project.publication_state == {"save": state.DRAFT, "submit": state.SUBMITTED}[action]


def test_a_real_change_still_adds_a_version(client, editor_a, municipality_a):
    client.force_login(editor_a)
    client.post(reverse("projects:create"), form_data(municipality_a))
    project = Project.objects.get()

    client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, cost_one_off="12500", title="Neuer Titel"),
    )

    project.refresh_from_db()
    assert project.version == 2
    assert set(project.events.get(action=ProjectEvent.Action.EDITED).changes) == {"title"}
