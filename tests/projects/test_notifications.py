"""Workflow e-mails: absolute links, sent only once the change is committed, one-line subjects."""

import pytest
from django.core import mail

from projects.models import Project
from projects.services import publication
from tests.factories import ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState


@pytest.fixture
def draft(municipality_a, editor_a):
    return ProjectFactory(
        owner=municipality_a,
        publication_state=State.DRAFT,
        created_by=editor_a,
        title="Kita-Portal\nmit Zeilenumbruch",
    )


def test_submit_mail_goes_out_after_commit_with_an_absolute_link(
    settings, editor_a, curator, draft, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://kommunect.example"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publication.project_submit(actor=editor_a, project=draft)
    assert mail.outbox == []  # nothing before the commit

    for callback in callbacks:
        callback()

    [message] = mail.outbox
    assert "https://kommunect.example/projekte/moderation/" in message.body
    assert message.subject == "Neues Projekt zur Prüfung: Kita-Portal mit Zeilenumbruch"


def test_publish_and_reject_mails_link_absolutely(
    settings, editor_a, curator, draft, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "http://kommunect.test"
    draft.publication_state = State.SUBMITTED
    draft.save()
    with django_capture_on_commit_callbacks(execute=True):
        publication.project_reject(actor=curator, project=draft, reason="Kosten fehlen.")
    draft.publication_state = State.SUBMITTED
    draft.save()
    with django_capture_on_commit_callbacks(execute=True):
        publication.project_publish(actor=curator, project=draft)

    rejected, published = mail.outbox[-2:]
    assert f"http://kommunect.test/projekte/{draft.slug}/bearbeiten/" in rejected.body
    assert f"http://kommunect.test/projekte/{draft.slug}/" in published.body
    assert "\n" not in rejected.subject
    assert "\n" not in published.subject


def test_a_rolled_back_write_sends_nothing(editor_a, curator, draft):
    """Without a commit (the test's transaction is rolled back) no mail leaves."""
    publication.project_submit(actor=editor_a, project=draft)

    assert mail.outbox == []


def test_superusers_are_told_about_submissions_like_other_curators(
    editor_a, draft, django_capture_on_commit_callbacks
):
    admin = UserFactory(is_superuser=True, email="root@example.org")
    UserFactory(is_superuser=True, is_active=False, email="gone@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        publication.project_submit(actor=editor_a, project=draft)

    assert mail.outbox[0].to == [admin.email]
