"""Publication workflow: submit, moderate (publish / reject with reason), archive, restore."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from projects.changes import project_snapshot
from projects.models import Project, ProjectEvent
from projects.services import publication
from tests.factories import ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState


@pytest.fixture
def submitted(municipality_a, editor_a):
    return ProjectFactory(
        owner=municipality_a, publication_state=State.SUBMITTED, created_by=editor_a
    )


def test_submit_records_event_and_tells_the_curators(
    editor_a, curator, municipality_a, django_capture_on_commit_callbacks
):
    project = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        publication.project_submit(actor=editor_a, project=project)
    project.refresh_from_db()
    assert project.publication_state == State.SUBMITTED
    event = project.events.get()
    assert (event.action, event.actor) == ("submitted", editor_a)
    assert mail.outbox[0].to == [curator.email]


def test_queue_lists_submitted_projects_oldest_submission_first(
    client, curator, editor_a, municipality_a
):
    older = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT, title="Älter")
    newer = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT, title="Neuer")
    ProjectFactory(owner=municipality_a, publication_state=State.DRAFT, title="Nur Entwurf")
    publication.project_submit(actor=editor_a, project=older)
    publication.project_submit(actor=editor_a, project=newer)
    ProjectEvent.objects.filter(project=older).update(created_at=timezone.now() - timedelta(days=3))
    # The older submission was changed last; the order follows the submission anyway.
    Project.objects.filter(pk=older.pk).update(updated_at=timezone.now() + timedelta(hours=1))
    client.force_login(curator)
    response = client.get(reverse("projects:moderation"))
    assert [project.title for project, _changes, _form in response.context["rows"]] == [
        "Älter",
        "Neuer",
    ]


def test_curator_publishes_and_the_author_is_told(
    client, curator, editor_a, submitted, django_capture_on_commit_callbacks
):
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("projects:publish", args=[submitted.slug]), {"version": submitted.version}
        )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.publication_state == State.PUBLISHED
    assert submitted.published_at is not None
    assert mail.outbox[-1].to == [editor_a.email]
    assert "veröffentlicht" in mail.outbox[-1].subject
    assert Project.objects.published().filter(pk=submitted.pk).exists()


def test_reject_needs_a_reason_shown_next_to_the_field(client, curator, submitted):
    client.force_login(curator)
    response = client.post(reverse("projects:reject", args=[submitted.slug]), {})
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_reject-{submitted.pk}-reason_error"' in content
    submitted.refresh_from_db()
    assert submitted.publication_state == State.SUBMITTED
    assert mail.outbox == []


def test_reject_with_reason_notifies_the_author(
    client, curator, editor_a, submitted, django_capture_on_commit_callbacks
):
    client.force_login(curator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("projects:reject", args=[submitted.slug]),
            {f"reject-{submitted.pk}-reason": "Bitte ergänzen Sie die Kosten.", "version": 1},
        )
    submitted.refresh_from_db()
    assert submitted.publication_state == State.REJECTED
    assert submitted.rejection_reason == "Bitte ergänzen Sie die Kosten."
    assert mail.outbox[-1].to == [editor_a.email]
    assert "Bitte ergänzen Sie die Kosten." in mail.outbox[-1].body
    event = submitted.events.get()
    assert (event.action, event.note) == ("rejected", "Bitte ergänzen Sie die Kosten.")
    # The author sees the reason and can resubmit.
    client.force_login(editor_a)
    assert "Bitte ergänzen Sie die Kosten." in client.get(reverse("projects:mine")).content.decode()
    client.post(reverse("projects:submit", args=[submitted.slug]))
    submitted.refresh_from_db()
    assert submitted.publication_state == State.SUBMITTED


def test_publishing_twice_is_refused_with_a_message(client, curator, submitted):
    client.force_login(curator)
    client.post(reverse("projects:publish", args=[submitted.slug]), {"version": submitted.version})
    response = client.post(
        reverse("projects:publish", args=[submitted.slug]),
        {"version": submitted.version},
        follow=True,
    )
    assert "nicht möglich" in response.content.decode()
    assert submitted.events.count() == 1


def test_archive_and_restore_from_archive(client, editor_a, municipality_a):
    project = ProjectFactory(
        owner=municipality_a, publication_state=State.PUBLISHED, published_at=timezone.now()
    )
    client.force_login(editor_a)
    client.post(reverse("projects:archive", args=[project.slug]))
    project.refresh_from_db()
    assert project.publication_state == State.ARCHIVED
    assert not Project.objects.published().filter(pk=project.pk).exists()
    client.post(reverse("projects:unarchive", args=[project.slug]))
    project.refresh_from_db()
    assert project.publication_state == State.PUBLISHED
    assert [e.action for e in project.events.order_by("id")] == ["archived", "unarchived"]


def test_confirm_current_sets_today(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a)
    client.force_login(editor_a)
    client.post(reverse("projects:confirm", args=[project.slug]))
    project.refresh_from_db()
    assert project.last_confirmed == timezone.localdate()


def test_curator_sees_diff_and_restores_an_earlier_version(client, curator, municipality_a):
    project = ProjectFactory(owner=municipality_a, title="Erste Fassung")
    project.tags.add("Alt")
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot=project_snapshot(project),
    )
    first = project_snapshot(project)
    project.title, project.version = "Zweite Fassung", 2
    project.save()
    project.tags.set(["Neu"])
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.EDITED,
        version=2,
        snapshot=project_snapshot(project),
        changes={"title": {"old": "Erste Fassung", "new": "Zweite Fassung"}},
    )
    client.force_login(curator)
    page = client.get(reverse("projects:version", args=[project.slug, 1]))
    assert page.status_code == 200
    rows = {change.label: (change.old, change.new) for change in page.context["against_current"]}
    assert rows["Titel"] == ("Zweite Fassung", "Erste Fassung")
    assert rows["Schlagworte"] == ("Neu", "Alt")

    client.post(reverse("projects:version-restore", args=[project.slug, 1]), {"version": 2})

    project.refresh_from_db()
    assert (project.title, project.version) == ("Erste Fassung", 3)
    assert project.tags.names()[0] == "Alt"
    event = project.events.order_by("-id").first()
    assert (event.action, event.version, event.actor) == ("restored", 3, curator)
    assert event.changes["title"] == {"old": "Zweite Fassung", "new": "Erste Fassung"}
    assert project_snapshot(project) == first


def test_history_lists_who_did_what(client, editor_a, curator, municipality_a, submitted):
    client.force_login(curator)
    client.post(reverse("projects:publish", args=[submitted.slug]), {"version": submitted.version})
    client.force_login(editor_a)
    response = client.get(reverse("projects:history", args=[submitted.slug]))
    content = response.content.decode()
    assert "veröffentlicht" in content
    assert curator.get_full_name() in content


def test_only_the_author_address_gets_the_decision(curator, municipality_a):
    nobody = UserFactory(email="")
    project = ProjectFactory(
        owner=municipality_a, publication_state=State.SUBMITTED, created_by=nobody
    )
    publication.project_publish(actor=curator, project=project)
    assert mail.outbox == []
