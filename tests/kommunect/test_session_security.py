"""ASVS L2 session points, HSTS opt-in, no server banner, brief refusals in the log."""

import io
import logging
import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from kommunect.logs import RefusalsWithoutTraceback
from kommunect.sessions import REFRESHED_KEY

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_a_password_needs_twelve_characters(client):
    def sign_up(password):
        return client.post(
            reverse("account_signup"),
            {
                "first_name": "Nora",
                "last_name": "Neumann",
                "email": "neu@musterstadt.de",
                "password1": password,
                "password2": password,
            },
        )

    short = sign_up("Amtsstube-2")  # 11 characters
    assert short.status_code == 200
    assert "mindestens 12 Zeichen" in short.content.decode()
    assert not get_user_model().objects.filter(email="neu@musterstadt.de").exists()
    assert sign_up("Amtsstube-26").status_code == 302


def _expiry(client):
    return Session.objects.get(session_key=client.session.session_key).expire_date


def _seconds_left(client):
    return (_expiry(client) - timezone.now()).total_seconds()


@pytest.mark.django_db
def test_a_session_ends_after_an_hour_without_requests(client, outsider):
    client.force_login(outsider)
    assert 3590 < _seconds_left(client) <= 3600
    # An hour without a request: the session has expired, the person is signed out.
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert client.get(reverse("projects:mine")).status_code == 302
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_activity_extends_the_session(client, outsider):
    client.force_login(outsider)
    session = client.session
    session[REFRESHED_KEY] = int(time.time()) - 3540  # last saved 59 minutes ago
    session.save()
    Session.objects.update(expire_date=timezone.now() + timedelta(seconds=60))
    assert client.get(reverse("projects:mine")).status_code == 200
    assert _seconds_left(client) > 3590


@pytest.mark.django_db
def test_a_request_within_the_refresh_interval_writes_no_session(client, outsider):
    client.force_login(outsider)
    before = _expiry(client)
    assert client.get(reverse("projects:mine")).status_code == 200
    assert _expiry(client) == before


def _setting(name, **env):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", f"print(repr(settings.{name}))"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_ENV": "production",
            "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40,
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_cookies_carry_the_host_prefix_with_tls():
    assert _setting("SESSION_COOKIE_NAME") == "'__Host-sessionid'"
    assert _setting("CSRF_COOKIE_NAME") == "'__Host-csrftoken'"
    assert _setting("SESSION_COOKIE_AGE", SESSION_IDLE_TIMEOUT_MINUTES="15") == "900"


def test_hsts_subdomains_and_preload_are_opt_in():
    assert _setting("SECURE_HSTS_SECONDS") == "31536000"
    assert _setting("SECURE_HSTS_INCLUDE_SUBDOMAINS") == "False"
    assert _setting("SECURE_HSTS_PRELOAD") == "False"
    assert _setting("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_INCLUDE_SUBDOMAINS="1") == "True"
    assert _setting("SECURE_HSTS_PRELOAD", SECURE_HSTS_PRELOAD="1") == "True"


@pytest.mark.django_db
def test_a_refusal_is_logged_in_one_line_without_traceback(client, outsider):
    console = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, RefusalsWithoutTraceback) for f in handler.filters)
    )
    stream = console.setStream(io.StringIO())
    try:
        client.force_login(outsider)
        assert client.get("/admin/login/").status_code == 403
        output = console.stream.getvalue()
    finally:
        console.setStream(stream)
    assert "Forbidden (Permission denied): /admin/login/" in output
    assert "Traceback" not in output


@pytest.mark.django_db
def test_gunicorn_sends_no_server_header():
    """The documented command (gunicorn reads gunicorn.conf.py from the repository root) on a
    socket the test opened: the request waits in its queue until gunicorn accepts it."""
    db = connection.settings_dict
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    port = listener.getsockname()[1]
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "kommunect.wsgi",
            "--workers",
            "1",
            "--bind",
            f"fd://{listener.fileno()}",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        },
        pass_fds=[listener.fileno()],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    listener.close()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(
                b"GET /impressum/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            )
            response = b""
            while chunk := conn.recv(65536):
                response += chunk
    finally:
        server.terminate()
        server.wait(timeout=30)
    head = response.split(b"\r\n\r\n", 1)[0].decode().lower()
    assert head.startswith("http/1.1 200")
    assert "\r\nserver:" not in head
    assert "\r\ndate:" in head
