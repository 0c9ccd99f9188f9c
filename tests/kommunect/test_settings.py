import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from kommunect.management.commands.ensure_demo_admin import PASSWORD as DEMO_PASSWORD
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40,
    "ALLOWED_HOSTS": "kommunect.example.org",
    "SITE_URL": "https://kommunect.example.org",
    "OPERATOR_NAME": "Kommunalverband",
    "OPERATOR_ADDRESS": "Hauptstr. 1, 10115 Berlin",
    "OPERATOR_EMAIL": "info@example.org",
    "MFA_ENCRYPTION_KEY": "a-long-random-mfa-passphrase-" + "m" * 30,
    "EMAIL_HOST": "127.0.0.1",
}


class _AcceptAll:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"


@pytest.fixture
def mail_server():
    """A real SMTP server on a free port (aiosmtpd), as the deploy check's mail server."""
    port = _closed_port()
    controller = Controller(_AcceptAll(), hostname="127.0.0.1", port=int(port))
    controller.start()
    yield port
    controller.stop()


def _test_database_url() -> str:
    """The test database, with its schema: the checks read the accounts."""
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _deploy_check(*tags, **overrides) -> subprocess.CompletedProcess:
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        **PRODUCTION,
        "DATABASE_URL": _test_database_url(),
        **overrides,
    }
    tag_options = [option for tag in tags for option in ("--tag", tag)]
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING", *tag_options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.django_db
def test_the_deploy_check_warns_without_a_public_site_url():
    result = _deploy_check("security", SITE_URL="")

    assert result.returncode == 1
    assert "kommunect.W002" in result.stderr


@pytest.mark.django_db
def test_production_settings_pass_the_deploy_check(mail_server):
    result = _deploy_check(EMAIL_PORT=mail_server)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db(transaction=True)
def test_the_deploy_check_fails_while_an_account_has_the_demo_password(mail_server):
    # A hash the production settings can verify (the tests hash with MD5 for speed).
    demo_hash = PBKDF2PasswordHasher().encode(DEMO_PASSWORD, "demosalt", iterations=1000)
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    admin.password = demo_hash
    admin.save()
    UserFactory(username="chefin", is_staff=True)

    result = _deploy_check(EMAIL_PORT=mail_server)
    assert result.returncode == 1
    assert "kommunect.E001" in result.stderr
    assert "admin" in result.stderr
    assert "chefin" not in result.stderr

    admin.password = PBKDF2PasswordHasher().encode("ein-neues-passwort", "salt", iterations=1000)
    admin.save()
    assert _deploy_check(EMAIL_PORT=mail_server).returncode == 0


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


@pytest.mark.django_db
def test_the_deploy_check_fails_when_the_mail_server_cannot_be_reached():
    result = _deploy_check(EMAIL_PORT=_closed_port())
    assert result.returncode == 1
    assert "kommunect.E004" in result.stderr


@pytest.mark.django_db
def test_ci_without_a_mail_server_skips_the_mail_check_by_tag():
    result = _deploy_check("security", EMAIL_PORT=_closed_port())
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_the_deploy_check_fails_without_an_mfa_key(mail_server):
    result = _deploy_check(EMAIL_PORT=mail_server, MFA_ENCRYPTION_KEY="")
    assert result.returncode == 1
    assert "kommunect.E003" in result.stderr


def test_production_refuses_to_start_without_secret_key():
    env = {**os.environ, "DJANGO_ENV": "production", "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
