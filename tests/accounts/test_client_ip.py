"""Behind the reverse proxy every client has its own rate-limit bucket, not the proxy's."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "sicheres-passwort-123"  # tests/factories.py


def _fail_logins(client, count, **headers):
    for number in range(count):
        client.post(
            reverse("account_login"),
            {"login": f"unbekannt{number}@example.org", "password": "falsch-falsch"},
            headers=headers,
        )


def test_one_client_behind_the_proxy_does_not_lock_out_another(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    person = UserFactory(username="person")
    # Both come through the same proxy (REMOTE_ADDR 127.0.0.1), which appends their address.
    _fail_logins(client, 12, x_forwarded_for="198.51.100.7, 203.0.113.1")
    client.post(
        reverse("account_login"),
        {"login": person.email, "password": PASSWORD},
        headers={"x_forwarded_for": "203.0.113.2"},
    )
    assert int(client.session["_auth_user_id"]) == person.pk


def test_the_same_client_behind_the_proxy_is_throttled(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    person = UserFactory(username="person")
    _fail_logins(client, 12, x_forwarded_for="203.0.113.1")
    # A forged address in front of the proxy's entry changes nothing.
    response = client.post(
        reverse("account_login"),
        {"login": person.email, "password": PASSWORD},
        headers={"x_forwarded_for": "10.9.8.7, 203.0.113.1"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session


def test_a_client_ip_header_of_the_proxy_is_used(client, settings):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    person = UserFactory(username="person")
    _fail_logins(client, 12, x_real_ip="203.0.113.1")
    client.post(
        reverse("account_login"),
        {"login": person.email, "password": PASSWORD},
        headers={"x_real_ip": "203.0.113.2"},
    )
    assert int(client.session["_auth_user_id"]) == person.pk


def _setting(name, **env):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", f"print(repr(settings.{name}))"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_ENV": "development", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_proxy_settings_come_from_the_environment():
    assert _setting("ALLAUTH_TRUSTED_PROXY_COUNT") == "0"
    assert _setting("ALLAUTH_TRUSTED_PROXY_COUNT", BEHIND_TLS_PROXY="true") == "1"
    assert _setting("ALLAUTH_TRUSTED_PROXY_COUNT", TRUSTED_PROXY_COUNT="2") == "2"
    assert _setting("ALLAUTH_TRUSTED_CLIENT_IP_HEADER", CLIENT_IP_HEADER="X-Real-IP") == (
        "'X-Real-IP'"
    )
