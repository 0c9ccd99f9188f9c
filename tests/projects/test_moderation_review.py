"""Moderation: who submitted when, what changed since a rejection, and the curators' list of
published projects changed since their publication ("geändert seit Veröffentlichung")."""

import pytest
from django.urls import reverse

from projects.models import Project
from projects.services import publication
from tests.factories import ProjectFactory
from tests.projects.posting import db_state, edit_data, form_data

pytestmark = pytest.mark.django_db
State = Project.PublicationState


def _create(client, editor, owner, title) -> Project:
    client.force_login(editor)
    client.post(reverse("projects:create"), form_data(owner, title=title))
    return Project.objects.get(title=title)


def _edit(client, editor, project, **changes) -> Project:
    client.force_login(editor)
    project.refresh_from_db()
    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, **{"cost_one_off": str(project.cost_one_off or ""), **changes}),
    )
    assert response.status_code == 302
    project.refresh_from_db()
    return project


def _published(client, editor, curator, owner, title) -> Project:
    project = _create(client, editor, owner, title)
    publication.project_submit(actor=editor, project=project)
    return publication.project_publish(actor=curator, project=project)


def test_queue_shows_who_submitted_when_and_what_changed_since_the_rejection(
    client, editor_a, admin_a, curator, municipality_a
):
    project = _create(client, editor_a, municipality_a, "Kita-Portal")
    publication.project_submit(actor=editor_a, project=project)
    publication.project_reject(actor=curator, project=project, reason="Bitte Kosten ergänzen.")
    _edit(client, admin_a, project, cost_one_off="4000", cost_annual="300")
    publication.project_submit(actor=admin_a, project=project)
    client.force_login(curator)

    response = client.get(reverse("projects:moderation"))

    [(row, since_rejection, _form)] = response.context["rows"]
    assert row.submitted_by == admin_a.get_full_name()
    assert [(c.label, c.old, c.new) for c in since_rejection] == [
        ("Einmalige Kosten (EUR)", "12.500,00 €", "4.000,00 €"),
        ("Jährliche Kosten (EUR)", "–", "300,00 €"),
    ]
    content = response.content.decode()
    assert f"Eingereicht von {admin_a.get_full_name()} am" in content
    assert "Seit der Ablehnung geändert (Version 1 → 2)" in content
    assert "Bitte Kosten ergänzen." in content
    # Short button labels; the project's heading describes them for screen readers.
    described = f'aria-describedby="moderation-{project.pk}"><span class="kern-label">'
    assert f"{described}Veröffentlichen</span>" in content
    assert f"{described}Ablehnen</span>" in content
    assert "Kita-Portal“ veröffentlichen" not in content


def test_a_first_submission_shows_no_rejection_block(client, editor_a, curator, municipality_a):
    project = _create(client, editor_a, municipality_a, "Neu")
    publication.project_submit(actor=editor_a, project=project)
    client.force_login(curator)
    response = client.get(reverse("projects:moderation"))
    [(_row, since_rejection, _form)] = response.context["rows"]
    assert since_rejection is None
    assert "Seit der Ablehnung" not in response.content.decode()


def _queue_queries(client, django_assert_num_queries, expected):
    with django_assert_num_queries(expected):
        assert client.get(reverse("projects:moderation")).status_code == 200


def test_queue_queries_do_not_grow_with_the_queue(
    client, editor_a, curator, municipality_a, django_assert_num_queries
):
    for number in range(4):
        project = _create(client, editor_a, municipality_a, f"Projekt {number}")
        publication.project_submit(actor=editor_a, project=project)
        publication.project_reject(actor=curator, project=project, reason="Fehlt etwas.")
        _edit(client, editor_a, project, summary=f"Überarbeitet {number}.")
        publication.project_submit(actor=editor_a, project=project)
    client.force_login(curator)
    # session, user, curator group, queue, snapshots, changed count, demo notice
    _queue_queries(client, django_assert_num_queries, 7)
    for number in range(4, 8):
        project = _create(client, editor_a, municipality_a, f"Projekt {number}")
        publication.project_submit(actor=editor_a, project=project)
    client.force_login(curator)
    _queue_queries(client, django_assert_num_queries, 7)


def test_edits_after_publication_are_listed_with_the_diff_until_reviewed(
    client, editor_a, curator, municipality_a
):
    project = _published(client, editor_a, curator, municipality_a, "Bürgerportal")
    untouched = _published(client, editor_a, curator, municipality_a, "Unverändert")
    _edit(client, editor_a, project, title="Bürgerportal 2.0")
    _edit(client, editor_a, project, summary="Jetzt mit Terminbuchung.")
    client.force_login(curator)
    url = reverse("projects:moderation-changed")

    response = client.get(url)

    [(row, changes)] = response.context["rows"]
    assert row == project
    assert (row.reviewed_version, row.version) == (1, 3)
    assert {c.label: (c.old, c.new) for c in changes} == {
        "Titel": ("Bürgerportal", "Bürgerportal 2.0"),
        "Kurzbeschreibung": (
            "Eltern melden ihr Kind online für einen Kitaplatz an.",
            "Jetzt mit Terminbuchung.",
        ),
    }
    assert untouched not in [row for row, _changes in response.context["rows"]]
    assert project.publication_state == State.PUBLISHED  # edits stay live

    reviewed = client.post(
        reverse("projects:mark-reviewed", args=[project.slug]), {"version": 3}, follow=True
    )
    assert "sind gesichtet" in reviewed.content.decode()
    assert reviewed.context["rows"] == []
    event = project.events.order_by("-id").first()
    assert (event.action, event.actor, event.version) == ("reviewed", curator, 3)

    _edit(client, editor_a, project, title="Bürgerportal 3.0")
    client.force_login(curator)
    [(row, changes)] = client.get(url).context["rows"]
    assert (row.reviewed_version, row.version) == (3, 4)
    assert [(c.old, c.new) for c in changes] == [("Bürgerportal 2.0", "Bürgerportal 3.0")]


def test_marking_an_outdated_version_as_reviewed_is_refused(
    client, editor_a, curator, municipality_a
):
    project = _published(client, editor_a, curator, municipality_a, "Bürgerportal")
    _edit(client, editor_a, project, title="Bürgerportal 2.0")
    _edit(client, editor_a, project, title="Bürgerportal 3.0")  # after the curator looked
    before = db_state(project)
    client.force_login(curator)

    response = client.post(
        reverse("projects:mark-reviewed", args=[project.slug]), {"version": 2}, follow=True
    )

    assert db_state(project) == before
    assert "wurde geändert, seit Sie es geöffnet haben" in response.content.decode()
    assert [row for row, _changes in response.context["rows"]] == [project]


def test_only_published_projects_can_be_marked(client, editor_a, curator, municipality_a):
    project = _create(client, editor_a, municipality_a, "Entwurf")
    before = db_state(project)
    client.force_login(curator)
    response = client.post(
        reverse("projects:mark-reviewed", args=[project.slug]), {"version": 1}, follow=True
    )
    assert db_state(project) == before
    assert "nicht möglich" in response.content.decode()


def test_changed_list_queries_do_not_grow_with_the_list(
    client, editor_a, curator, municipality_a, municipality_b, django_assert_num_queries
):
    def add(number):
        project = _published(client, editor_a, curator, municipality_a, f"Projekt {number}")
        _edit(client, editor_a, project, summary=f"Neu {number}.", partners=[municipality_b.pk])

    add(0)
    client.force_login(curator)
    # session, user, curator group, list, snapshots, partner names, demo notice
    with django_assert_num_queries(7):
        assert len(client.get(reverse("projects:moderation-changed")).context["rows"]) == 1
    for number in range(1, 5):
        add(number)
    client.force_login(curator)
    with django_assert_num_queries(7):
        assert len(client.get(reverse("projects:moderation-changed")).context["rows"]) == 5


def test_a_project_published_without_history_shows_its_later_edits(
    client, editor_a, curator, municipality_a
):
    """Imported and demo projects have no events before their first edit."""
    project = ProjectFactory(
        owner=municipality_a, publication_state=State.PUBLISHED, title="Importiert"
    )
    _edit(client, editor_a, project, title="Importiert, überarbeitet")
    client.force_login(curator)
    [(row, changes)] = client.get(reverse("projects:moderation-changed")).context["rows"]
    assert row == project
    assert [(c.label, c.old, c.new) for c in changes] == [
        ("Titel", "Importiert", "Importiert, überarbeitet")
    ]


def test_a_change_undone_by_a_later_edit_is_no_difference(
    client, editor_a, curator, municipality_a
):
    project = _published(client, editor_a, curator, municipality_a, "Bürgerportal")
    _edit(client, editor_a, project, title="Vertippt")
    _edit(client, editor_a, project, title="Bürgerportal")
    client.force_login(curator)
    response = client.get(reverse("projects:moderation-changed"))
    assert response.context["rows"] == [(project, [])]
    assert "Keine Unterschiede." in response.content.decode()
