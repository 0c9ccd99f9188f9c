"""NUL bytes and non-ASCII digits in searches and posted ids: never a 500.

"²".isdigit() is true but int("²") fails; PostgreSQL rejects NUL in text.
"""

import pytest
from django.urls import reverse

from projects import pickers
from projects.models import Project
from projects.services import projects as project_services
from tests.factories import ProjectFactory
from tests.projects.posting import edit_data, form_data

pytestmark = pytest.mark.django_db

SUPERSCRIPT_TWO = "²"


@pytest.fixture
def signed_in(client, editor_a):
    client.force_login(editor_a)
    return client


@pytest.mark.parametrize("query", ["\x00", "Kita\x00", "\x00\x01"])
def test_services_picker_with_nul_byte_answers(signed_in, query):
    url = reverse("projects:picker", args=["services"])

    response = signed_in.get(url, {"services_q": query})

    assert response.status_code == 200
    assert b"\x00" not in response.content


@pytest.mark.parametrize(
    "search", [pickers.search_services, pickers.search_municipalities, pickers.search_projects]
)
def test_picker_searches_drop_nul_bytes(search):
    assert list(search("Ki\x00ta", exclude=["²"])) == []


@pytest.mark.parametrize("field", ["services", "partners", "owner"])
def test_picker_with_superscript_digit_ids_answers(signed_in, field):
    url = reverse("projects:picker", args=[field])

    response = signed_in.get(url, {f"{field}_q": "Ki", field: [SUPERSCRIPT_TWO, "1"]})

    assert response.status_code == 200


def test_process_choices_with_superscript_digit_answers(signed_in):
    response = signed_in.get(reverse("projects:process-choices"), {"services": SUPERSCRIPT_TWO})

    assert response.status_code == 200


@pytest.mark.parametrize(
    "overrides",
    [
        {"_refresh": "search", "services_q": "\x00"},
        {"_refresh": "search", "partners_q": "\x00"},
        {"_refresh": "search", "owner_q": "\x00"},
        {"_refresh": "search", "services": [SUPERSCRIPT_TWO]},
        {"_refresh": "search", "partners": [SUPERSCRIPT_TWO]},
        {"_refresh": "search", "owner": SUPERSCRIPT_TWO},
        {"services": [SUPERSCRIPT_TWO]},
        {"owner": SUPERSCRIPT_TWO},
    ],
)
def test_create_form_with_bad_search_or_ids_is_shown_again(signed_in, municipality_a, overrides):
    response = signed_in.post(reverse("projects:create"), form_data(municipality_a, **overrides))

    assert response.status_code == 200
    assert b"\x00" not in response.content
    assert Project.objects.count() == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"_refresh": "search", "services_q": "\x00"},
        {"_refresh": "search", "services": [SUPERSCRIPT_TWO]},
        {"_refresh": "search", "owner": SUPERSCRIPT_TWO},
    ],
)
def test_edit_form_with_bad_search_or_ids_is_shown_again(signed_in, municipality_a, overrides):
    project = ProjectFactory(owner=municipality_a)
    url = reverse("projects:edit", args=[project.slug])

    response = signed_in.post(url, edit_data(project, **overrides))

    assert response.status_code == 200
    project.refresh_from_db()
    assert project.version == 1


def test_create_retries_with_another_slug_when_the_free_one_is_taken_meanwhile(
    signed_in, municipality_a, monkeypatch
):
    """Two creates of the same title at once: the slug looked free to both."""
    taken = "online-anmeldung-fur-kitaplatze"
    ProjectFactory(owner=municipality_a, slug=taken)
    monkeypatch.setattr(project_services, "unique_slug", lambda title, owner: taken)

    response = signed_in.post(reverse("projects:create"), form_data(municipality_a))

    assert response.status_code == 302
    created = Project.objects.exclude(slug=taken).get()
    assert created.slug.startswith(f"{taken}-")
