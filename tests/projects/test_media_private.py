"""Uploads are private: never served from /media/ (not even with DEBUG), names unguessable."""

import importlib
import re

import pytest
from django.urls import clear_url_caches

from projects.models import Attachment, Project
from projects.upload_paths import attachment_path, cover_image_path


@pytest.fixture
def debug_urls(settings, tmp_path):
    """The URLconf as it is built with DEBUG on, and a file in MEDIA_ROOT."""
    import kommunect.urls

    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "projects").mkdir()
    (tmp_path / "projects" / "secret.pdf").write_bytes(b"%PDF-1.4 draft")
    importlib.reload(kommunect.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(kommunect.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_media_files_are_not_served_with_debug(client, debug_urls):
    response = client.get("/media/projects/secret.pdf")

    assert response.status_code == 404


UNGUESSABLE = r"projects/{folder}/\d{{4}}/[0-9a-f]{{32}}/bericht\.pdf"


def test_attachment_path_has_a_random_directory():
    first = attachment_path(Attachment(), "bericht.pdf")
    second = attachment_path(Attachment(), "bericht.pdf")

    assert re.fullmatch(UNGUESSABLE.format(folder="attachments"), first)
    assert first != second


def test_cover_image_path_has_a_random_directory():
    path = cover_image_path(Project(), "../bericht.pdf")

    assert re.fullmatch(UNGUESSABLE.format(folder="covers"), path)
