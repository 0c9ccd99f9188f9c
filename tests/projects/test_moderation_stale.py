"""A curator decides on the version reviewed: a change since then refuses publish and reject."""

import pytest
from django.core import mail
from django.urls import reverse

from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState


@pytest.fixture
def submitted(municipality_a, editor_a):
    return ProjectFactory(
        owner=municipality_a, publication_state=State.SUBMITTED, created_by=editor_a, version=3
    )


def test_the_queue_posts_the_reviewed_version(client, curator, submitted):
    client.force_login(curator)

    content = client.get(reverse("projects:moderation")).content.decode()

    assert content.count('<input type="hidden" name="version" value="3">') == 2


@pytest.mark.parametrize("posted", [{"version": "2"}, {}, {"version": "²"}])
def test_publish_of_a_changed_project_is_refused_with_a_message(client, curator, submitted, posted):
    client.force_login(curator)

    response = client.post(reverse("projects:publish", args=[submitted.slug]), posted, follow=True)

    submitted.refresh_from_db()
    assert submitted.publication_state == State.SUBMITTED
    assert "wurde geändert, seit Sie es geöffnet haben" in response.content.decode()
    assert mail.outbox == []


def test_reject_of_a_changed_project_is_refused_with_a_message(client, curator, submitted):
    client.force_login(curator)
    data = {f"reject-{submitted.pk}-reason": "Kosten fehlen.", "version": "2"}

    response = client.post(reverse("projects:reject", args=[submitted.slug]), data, follow=True)

    submitted.refresh_from_db()
    assert submitted.publication_state == State.SUBMITTED
    assert "wurde geändert, seit Sie es geöffnet haben" in response.content.decode()


def test_publish_of_the_reviewed_version_succeeds(client, curator, submitted):
    client.force_login(curator)

    client.post(reverse("projects:publish", args=[submitted.slug]), {"version": "3"})

    submitted.refresh_from_db()
    assert submitted.publication_state == State.PUBLISHED
