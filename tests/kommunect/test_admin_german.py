"""The German admin names third-party apps in German, not by their Python names."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_admin_index_names_apps_in_german(admin_client):
    html = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    captions = re.findall(r"<caption>\s*<a[^>]*>([^<]+)</a>", html)

    assert "Zwei-Faktor-Authentifizierung" in captions
    assert "Schlagwörter" in captions
    assert "MFA" not in captions
    assert "Taggit" not in captions
