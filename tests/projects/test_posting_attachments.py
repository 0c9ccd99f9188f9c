"""Attachments and cover images: content-checked on upload, served with safe headers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from projects.models import Attachment, Project, ProjectEvent
from tests.factories import ProjectFactory
from tests.projects.posting import PDF_BYTES, edit_data, form_data, get_file, png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _post_with(client, municipality, files, **extra):
    return client.post(reverse("projects:create"), {**form_data(municipality, **extra), **files})


def test_pdf_attachment_is_stored_under_a_safe_name(client, editor_a, municipality_a):
    client.force_login(editor_a)
    upload = SimpleUploadedFile("Konzept <final>.PDF", PDF_BYTES, "application/x-whatever")
    response = _post_with(
        client, municipality_a, {"attachment-file": upload, "attachment-title": "Konzept"}
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.content_type == "application/pdf"  # from the content, not the request
    assert attachment.size == len(PDF_BYTES)
    assert attachment.uploaded_by == editor_a
    assert attachment.file.name.endswith("/konzept-final.pdf")


def test_document_is_downloaded_with_safe_headers(client, editor_a, municipality_a):
    client.force_login(editor_a)
    _post_with(
        client,
        municipality_a,
        {
            "attachment-file": SimpleUploadedFile("plan.pdf", PDF_BYTES),
            "attachment-title": "Plan",
        },
    )
    project = Project.objects.get()
    url = reverse("projects:attachment", args=[project.slug, project.attachments.get().pk])
    response = get_file(client, url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.body == PDF_BYTES


def test_images_are_shown_inline(client, editor_a, municipality_a):
    client.force_login(editor_a)
    _post_with(
        client,
        municipality_a,
        {
            "attachment-file": SimpleUploadedFile("foto.png", png_bytes()),
            "attachment-title": "Foto",
            "attachment-alt_text": "Das neue Bürgerbüro",
        },
        cover_image=SimpleUploadedFile("titel.png", png_bytes()),
        cover_alt_text="Rathaus bei Nacht",
    )
    project = Project.objects.get()
    attachment = project.attachments.get()
    assert attachment.alt_text == "Das neue Bürgerbüro"
    response = get_file(client, reverse("projects:attachment", args=[project.slug, attachment.pk]))
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline;")
    cover = get_file(client, reverse("projects:cover", args=[project.slug]))
    assert cover.status_code == 200
    assert cover["Content-Type"] == "image/png"
    assert cover["X-Content-Type-Options"] == "nosniff"


def test_attachments_of_drafts_are_hidden_from_others(client, editor_b, municipality_a):
    project = ProjectFactory(owner=municipality_a, publication_state="draft")
    attachment = Attachment.objects.create(
        project=project,
        file=SimpleUploadedFile("plan.pdf", PDF_BYTES),
        title="Plan",
        content_type="application/pdf",
        size=len(PDF_BYTES),
    )
    url = reverse("projects:attachment", args=[project.slug, attachment.pk])
    assert client.get(url).status_code == 404
    client.force_login(editor_b)
    assert client.get(url).status_code == 404
    project.publication_state = "published"
    project.save()
    assert get_file(client, url).status_code == 200


def test_deleting_an_attachment_removes_file_and_records_it(
    client, editor_a, municipality_a, django_capture_on_commit_callbacks
):
    project = ProjectFactory(owner=municipality_a, publication_state="draft")
    attachment = Attachment.objects.create(
        project=project,
        file=SimpleUploadedFile("plan.pdf", PDF_BYTES),
        title="Plan",
        content_type="application/pdf",
        size=len(PDF_BYTES),
    )
    storage, name = attachment.file.storage, attachment.file.name
    client.force_login(editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("projects:attachment-delete", args=[project.slug, attachment.pk])
        )
    assert response.status_code == 302
    assert not Attachment.objects.exists()
    assert not storage.exists(name)
    assert ProjectEvent.objects.get().action == ProjectEvent.Action.ATTACHMENT_DELETED


def test_cover_image_can_be_removed(client, editor_a, municipality_a):
    client.force_login(editor_a)
    _post_with(
        client,
        municipality_a,
        {},
        cover_image=SimpleUploadedFile("titel.png", png_bytes()),
        cover_alt_text="Rathaus",
    )
    project = Project.objects.get()
    assert project.cover_image
    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, remove_cover="on", cover_alt_text=""),
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert not project.cover_image


def test_a_drafts_files_are_never_cached_published_ones_are(client, editor_a, municipality_a):
    client.force_login(editor_a)
    _post_with(
        client,
        municipality_a,
        {
            "attachment-file": SimpleUploadedFile("plan.pdf", PDF_BYTES),
            "attachment-title": "Plan",
        },
        cover_image=SimpleUploadedFile("titel.png", png_bytes()),
        cover_alt_text="Rathaus bei Nacht",
    )
    project = Project.objects.get()
    assert project.publication_state == Project.PublicationState.DRAFT
    urls = [
        reverse("projects:attachment", args=[project.slug, project.attachments.get().pk]),
        reverse("projects:cover", args=[project.slug]),
    ]
    assert [get_file(client, url)["Cache-Control"] for url in urls] == ["private, no-store"] * 2

    Project.objects.filter(pk=project.pk).update(
        publication_state=Project.PublicationState.PUBLISHED
    )
    client.logout()
    responses = [get_file(client, url) for url in urls]
    assert [r.status_code for r in responses] == [200, 200]
    assert [r["Cache-Control"] for r in responses] == ["private, max-age=3600"] * 2
