"""Deleting a project that was never published: with its history, links, tags and files."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from taggit.models import TaggedItem

from projects import actions
from projects.models import Attachment, Project, ProjectEvent, ProjectLink
from projects.services import projects as project_services
from tests.factories import ProjectFactory
from tests.projects.posting import PDF_BYTES, db_state, png_bytes

pytestmark = pytest.mark.django_db
State = Project.PublicationState


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _draft_with_everything(owner, editor):
    project = ProjectFactory(owner=owner, publication_state=State.DRAFT)
    project.cover_image.save("titel.png", ContentFile(png_bytes()), save=False)
    project.cover_alt_text = "Ein rotes Quadrat"
    project.save()
    project.tags.add("Kita")
    ProjectLink.objects.create(project=project, title="Info", url="https://example.org/")
    attachment = Attachment.objects.create(
        project=project,
        file=ContentFile(PDF_BYTES, name="plan.pdf"),
        title="Plan",
        content_type="application/pdf",
        size=len(PDF_BYTES),
    )
    # An earlier version had another cover image, which "restore version" could bring back.
    old_cover = default_storage.save("projects/covers/alt.png", ContentFile(png_bytes()))
    ProjectEvent.objects.create(
        project=project,
        actor=editor,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot={"cover_image": old_cover},
    )
    return project, [project.cover_image.name, attachment.file.name, old_cover]


def test_editor_confirms_and_deletes_a_draft_with_everything(
    client, editor_a, municipality_a, django_capture_on_commit_callbacks
):
    project, files = _draft_with_everything(municipality_a, editor_a)
    assert all(default_storage.exists(name) for name in files)
    client.force_login(editor_a)
    page = client.get(reverse("projects:delete", args=[project.slug]))
    assert "endgültig löschen" in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("projects:delete", args=[project.slug]))

    assert response.status_code == 302
    assert response["Location"] == reverse("projects:mine")
    assert not Project.objects.filter(pk=project.pk).exists()
    assert ProjectEvent.objects.filter(project_id=project.pk).count() == 0
    assert ProjectLink.objects.count() == Attachment.objects.count() == 0
    assert TaggedItem.objects.filter(object_id=project.pk).count() == 0
    assert not any(default_storage.exists(name) for name in files)
    followed = client.get(response["Location"])
    assert f"„{project.title}“ ist gelöscht." in followed.content.decode()


def test_the_wrong_user_deletes_nothing(client, editor_b, municipality_a, editor_a):
    project, files = _draft_with_everything(municipality_a, editor_a)
    before = db_state(project)
    client.force_login(editor_b)
    assert client.post(reverse("projects:delete", args=[project.slug])).status_code == 404
    assert db_state(project) == before
    assert all(default_storage.exists(name) for name in files)


@pytest.mark.parametrize(
    "make",
    [
        # Published, then archived: published_at says so.
        lambda owner: ProjectFactory(
            owner=owner, publication_state=State.ARCHIVED, published_at=timezone.now()
        ),
        # published_at missing (older data), but the history says it was published.
        lambda owner: _with_event(ProjectFactory(owner=owner, publication_state=State.ARCHIVED)),
        lambda owner: ProjectFactory(owner=owner, publication_state=State.SUBMITTED),
        lambda owner: ProjectFactory(
            owner=owner, publication_state=State.PUBLISHED, published_at=timezone.now()
        ),
    ],
    ids=["archived-after-publication", "history-says-published", "submitted", "published"],
)
def test_a_project_that_was_published_or_is_in_review_is_not_deleted(
    client, editor_a, municipality_a, make
):
    project = make(municipality_a)
    before = db_state(project)
    client.force_login(editor_a)

    page = client.get(reverse("projects:delete", args=[project.slug]), follow=True)
    response = client.post(reverse("projects:delete", args=[project.slug]), follow=True)

    assert db_state(project) == before
    assert "endgültig löschen?" not in page.content.decode()
    # The confirmation page and the deletion give the same reason.
    refusal = project_services.deletion_refusal(project)
    assert "nicht gelöscht" in refusal
    assert refusal in page.content.decode()
    assert refusal in response.content.decode()


def test_a_second_delete_after_the_first_finds_the_project_gone(
    client, editor_a, municipality_a, monkeypatch
):
    """Two clicks on "Ja, endgültig löschen": the second passed the view's lookup while the
    first deleted the row; it is told so instead of getting a server error."""
    project = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    delete = project_services.project_delete

    def first_request_wins(*, actor, project):
        Project.objects.filter(pk=project.pk).delete()
        return delete(actor=actor, project=project)

    monkeypatch.setattr(project_services, "project_delete", first_request_wins)
    client.force_login(editor_a)

    response = client.post(reverse("projects:delete", args=[project.slug]), follow=True)

    assert response.redirect_chain == [(reverse("projects:mine"), 302)]
    assert f"„{project.title}“ wurde inzwischen gelöscht." in response.content.decode()


def _with_event(project):
    ProjectEvent.objects.create(project=project, action=ProjectEvent.Action.PUBLISHED, version=1)
    return project


def test_delete_is_offered_only_for_never_published_projects(editor_a, municipality_a):
    draft = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    published = ProjectFactory(
        owner=municipality_a, publication_state=State.PUBLISHED, published_at=timezone.now()
    )
    assert actions.next_actions(draft, editor_a).delete
    assert not actions.next_actions(published, editor_a).delete


def test_my_projects_links_to_the_confirmations(client, editor_a, municipality_a):
    draft = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    client.force_login(editor_a)
    content = client.get(reverse("projects:mine")).content.decode()
    assert f'href="{reverse("projects:delete", args=[draft.slug])}"' in content
    assert f'href="{reverse("projects:archive", args=[draft.slug])}?next=' in content


def test_archive_from_the_confirmation_page_returns_to_the_project(
    client, editor_a, municipality_a
):
    project = ProjectFactory(owner=municipality_a, publication_state=State.PUBLISHED)
    client.force_login(editor_a)
    page = client.get(reverse("projects:archive", args=[project.slug]))
    assert "archivieren?" in page.content.decode()
    project.refresh_from_db()
    assert project.publication_state == State.PUBLISHED

    response = client.post(
        reverse("projects:archive", args=[project.slug]), {"next": project.get_absolute_url()}
    )

    assert response["Location"] == project.get_absolute_url()
    project.refresh_from_db()
    assert project.publication_state == State.ARCHIVED


def test_confirmation_pages_take_a_fixed_number_of_queries(
    client, editor_a, municipality_a, django_assert_num_queries
):
    draft = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    client.force_login(editor_a)
    # session, user, curator group, memberships, project, demo notice (+ "was it published"
    # for delete)
    for name, queries in [("projects:archive", 6), ("projects:delete", 7)]:
        with django_assert_num_queries(queries):
            client.get(reverse(name, args=[draft.slug]))
