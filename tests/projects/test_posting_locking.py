"""Optimistic locking: a save based on an old version is refused and shows both versions."""

import threading

import pytest
from django.test import Client
from django.urls import reverse

from projects.models import Project
from tests.concurrency import run_at_once
from tests.factories import ProjectFactory
from tests.projects.posting import edit_data

pytestmark = pytest.mark.django_db


def test_stale_save_is_refused_and_nothing_typed_is_lost(client, editor_a, admin_a, municipality_a):
    project = ProjectFactory(
        owner=municipality_a, publication_state="published", title="Bürgerportal"
    )
    editor_view = edit_data(project)  # the editor opens the form at version 1

    client.force_login(admin_a)  # meanwhile the admin saves
    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, title="Bürgerportal 2.0", summary="Vom Admin geändert."),
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.version == 2

    client.force_login(editor_a)
    mine = {**editor_view, "title": "Bürgerportal (Editor)", "contact_name": "Max Mustermann"}
    response = client.post(reverse("projects:edit", args=[project.slug]), mine)

    assert response.status_code == 409
    project.refresh_from_db()
    assert project.title == "Bürgerportal 2.0"  # the admin's save survives
    assert project.version == 2
    content = response.content.decode()
    assert "Jemand anderes hat das Projekt inzwischen gespeichert" in content
    rows = {
        change.label: (change.old, change.new) for change in response.context["conflict"].changes
    }
    assert rows["Titel"] == ("Bürgerportal 2.0", "Bürgerportal (Editor)")
    assert rows["Kurzbeschreibung"][0] == "Vom Admin geändert."
    # Everything the editor typed is still in the form, which now carries the current version.
    assert 'value="Bürgerportal (Editor)"' in content
    assert 'value="Max Mustermann"' in content
    assert 'name="version" value="2"' in content

    # Saving again, knowingly, wins.
    response = client.post(reverse("projects:edit", args=[project.slug]), {**mine, "version": "2"})
    assert response.status_code == 302
    project.refresh_from_db()
    assert (project.title, project.version) == ("Bürgerportal (Editor)", 3)


def test_edit_of_a_published_project_stays_published_and_is_in_the_history(
    client, editor_a, municipality_a
):
    project = ProjectFactory(owner=municipality_a, publication_state="published")
    client.force_login(editor_a)
    client.post(
        reverse("projects:edit", args=[project.slug]), edit_data(project, summary="Neu gefasst.")
    )
    project.refresh_from_db()
    assert project.publication_state == Project.PublicationState.PUBLISHED
    event = project.events.get()
    assert (event.action, event.version) == ("edited", 2)
    assert event.changes["summary"]["new"] == "Neu gefasst."
    history = client.get(reverse("projects:history", args=[project.slug])).content.decode()
    assert "bearbeitet" in history
    assert "Kurzbeschreibung" in history


def test_a_transition_in_between_does_not_get_overwritten(
    client, editor_a, curator, municipality_a
):
    """A save writes only the editable fields, so a publication in between is kept."""
    project = ProjectFactory(owner=municipality_a, publication_state="submitted")
    form_state = edit_data(project, summary="Kleine Korrektur.")
    client.force_login(curator)
    client.post(reverse("projects:publish", args=[project.slug]), {"version": project.version})
    client.force_login(editor_a)
    response = client.post(reverse("projects:edit", args=[project.slug]), form_state)
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.publication_state == Project.PublicationState.PUBLISHED
    assert project.summary == "Kleine Korrektur."


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_of_the_same_version_cannot_both_win(municipality_a, editor_a):
    """The row lock makes the version check race-free: one save wins, the other conflicts."""
    project = ProjectFactory(owner=municipality_a, publication_state="draft")
    payloads = [edit_data(project, title=f"Fassung {n}") for n in (1, 2)]
    barrier = threading.Barrier(2)
    statuses = []

    def save(payload):
        client = Client()
        client.force_login(editor_a)
        barrier.wait(timeout=10)
        statuses.append(
            client.post(reverse("projects:edit", args=[project.slug]), payload).status_code
        )

    assert run_at_once(*((save, payload) for payload in payloads)) == []
    assert sorted(statuses) == [302, 409]
    project.refresh_from_db()
    assert project.version == 2
    assert project.events.count() == 1
