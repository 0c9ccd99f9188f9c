"""Header links for curators, the favicon, and a 403 that fits who is refused."""

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

MODERATION = reverse("projects:moderation")
QUEUE = reverse("municipalities:membership-queue")


def test_curators_find_moderation_and_join_requests_in_the_header(client, curator):
    client.force_login(curator)
    html = client.get(reverse("home")).content.decode()
    assert f'href="{MODERATION}"' in html
    assert f'href="{QUEUE}"' in html


def test_other_users_get_no_curator_links(client, editor_a):
    client.force_login(editor_a)
    html = client.get(reverse("home")).content.decode()
    assert f'href="{MODERATION}"' not in html
    assert f'href="{QUEUE}"' not in html


def test_favicon_is_linked_and_served_at_the_root(client):
    html = client.get(reverse("home")).content.decode()
    assert 'rel="icon"' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith(".ico")
    assert finders.find("img/favicon.ico")


def test_an_editor_refused_member_management_is_not_told_to_join(client, editor_a, municipality_a):
    response = client.get(reverse("municipalities:members", args=[municipality_a.slug]))
    assert response.status_code == 302  # signed out: to the login first
    client.force_login(editor_a)
    response = client.get(reverse("municipalities:members", args=[municipality_a.slug]))
    html = response.content.decode()
    assert response.status_code == 403
    assert "Nur Kommunen-Admins dieser Kommune" in html
    assert "Wer einer Kommune beitritt" not in html


def test_a_municipality_admin_still_manages_members(client, municipality_a):
    admin = MembershipFactory(municipality=municipality_a, role="admin").user
    client.force_login(admin)
    response = client.get(reverse("municipalities:members", args=[municipality_a.slug]))
    assert response.status_code == 200
