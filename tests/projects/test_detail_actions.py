"""Workflow buttons on the project page: only for those allowed, and they work."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState


def detail_url(project):
    return reverse("projects:detail", args=[project.slug])


def offered(client, project) -> dict[str, str]:
    """Action code → method ("post" form or "get" link to a confirmation page) of the buttons
    on the page."""
    html = client.get(detail_url(project)).content.decode()
    found = {}
    for code in ("submit", "confirm", "archive", "unarchive", "delete"):
        url = reverse(f"projects:{code}", args=[project.slug])
        if re.search(rf'<form method="post" action="{re.escape(url)}">', html):
            found[code] = "post"
        if f'href="{url}"' in html:
            found[code] = "get"
    if f'href="{reverse("projects:moderation")}#moderation-{project.pk}"' in html:
        found["moderate"] = "get"
    return found


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (State.DRAFT, {"submit", "archive", "delete"}),
        (State.REJECTED, {"submit", "archive", "delete"}),
        (State.SUBMITTED, {"archive"}),
        (State.PUBLISHED, {"confirm", "archive"}),
        (State.ARCHIVED, {"unarchive", "delete"}),
    ],
)
@pytest.mark.parametrize("persona", ["editor_a", "admin_a"])
def test_editors_of_the_owner_get_the_buttons_of_the_state(
    client, request, municipality_a, persona, state, expected
):
    project = ProjectFactory(owner=municipality_a, publication_state=state)
    client.force_login(request.getfixturevalue(persona))
    assert set(offered(client, project)) == expected


@pytest.mark.parametrize("persona", [None, "outsider", "editor_b"])
def test_others_get_no_buttons(client, request, municipality_a, persona):
    project = ProjectFactory(owner=municipality_a, publication_state=State.PUBLISHED)
    if persona:
        client.force_login(request.getfixturevalue(persona))
    assert offered(client, project) == {}
    assert "Als aktuell bestätigen" not in client.get(detail_url(project)).content.decode()


def test_curator_is_sent_to_the_moderation_queue_for_a_submitted_project(
    client, curator, municipality_a
):
    project = ProjectFactory(owner=municipality_a, publication_state=State.SUBMITTED)
    client.force_login(curator)
    assert offered(client, project) == {"archive": "get", "moderate": "get"}
    queue = client.get(reverse("projects:moderation")).content.decode()
    assert f'id="moderation-{project.pk}"' in queue


def test_submit_button_submits_and_returns_to_the_page(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:submit", args=[project.slug]), {"next": detail_url(project)}
    )
    assert response.status_code == 302
    assert response.url == detail_url(project)
    project.refresh_from_db()
    assert project.publication_state == State.SUBMITTED
    page = client.get(response.url).content.decode()
    assert "ist zur Prüfung eingereicht" in page
    assert offered(client, project) == {"archive": "get"}


def test_confirm_and_archive_and_restore_from_the_page(client, editor_a, municipality_a):
    project = ProjectFactory(
        owner=municipality_a, publication_state=State.PUBLISHED, published_at=timezone.now()
    )
    client.force_login(editor_a)
    for code, state in [
        ("confirm", State.PUBLISHED),
        ("archive", State.ARCHIVED),
        ("unarchive", State.PUBLISHED),
    ]:
        assert code in offered(client, project)
        response = client.post(
            reverse(f"projects:{code}", args=[project.slug]), {"next": detail_url(project)}
        )
        assert response.url == detail_url(project)
        project.refresh_from_db()
        assert project.publication_state == state
    assert project.last_confirmed is not None
    assert list(project.events.values_list("action", flat=True).order_by("id")) == [
        "confirmed",
        "archived",
        "unarchived",
    ]


def test_buttons_cannot_be_used_by_others(client, editor_b, municipality_a):
    project = ProjectFactory(owner=municipality_a, publication_state=State.PUBLISHED)
    client.force_login(editor_b)
    response = client.post(reverse("projects:archive", args=[project.slug]))
    assert response.status_code == 403
    project.refresh_from_db()
    assert project.publication_state == State.PUBLISHED
