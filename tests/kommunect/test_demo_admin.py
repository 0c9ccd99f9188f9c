"""The demo admin of `make run`: signs in on the site, moderates, can be created twice."""

from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from kommunect.management.commands.ensure_demo_admin import EMAIL, PASSWORD, USERNAME
from municipalities.access import is_curator

pytestmark = pytest.mark.django_db


def test_demo_admin_signs_in_on_the_site_and_is_a_curator(client, capsys):
    call_command("ensure_demo_admin")
    assert PASSWORD in capsys.readouterr().out
    response = client.post(reverse("account_login"), {"login": EMAIL, "password": PASSWORD})
    assert response.status_code == 302
    assert response.url != reverse("account_email_verification_sent")
    admin = get_user_model().objects.get(username=USERNAME)
    assert int(client.session["_auth_user_id"]) == admin.pk
    assert admin.is_superuser
    assert admin.is_staff
    assert admin.groups.filter(name="Kuratoren").exists()
    assert is_curator(admin)


def test_running_twice_changes_nothing(capsys):
    call_command("ensure_demo_admin")
    call_command("ensure_demo_admin")
    assert "bestand bereits" in capsys.readouterr().out
    assert get_user_model().objects.filter(username=USERNAME).count() == 1
    address = EmailAddress.objects.get(email=EMAIL)
    assert address.verified
    assert address.primary
    assert EmailAddress.objects.count() == 1


def test_refused_in_production(settings):
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError):
        call_command("ensure_demo_admin")
    assert not get_user_model().objects.filter(username=USERNAME).exists()


def test_printed_links_follow_the_server_address(capsys):
    call_command("ensure_demo_admin", address="127.0.0.1:8200")
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8200/accounts/login/" in out
    assert "http://127.0.0.1:8200/admin/" in out
    assert ":8000" not in out
    assert f"E-Mail {EMAIL}" in out


def test_readme_and_makefile_name_the_real_sign_in(settings):
    base = Path(settings.BASE_DIR)
    readme = (base / "README.md").read_text(encoding="utf-8")
    assert f"{EMAIL} / {PASSWORD}" in readme
    assert f"{USERNAME} / {PASSWORD}" not in readme
    makefile = (base / "Makefile").read_text(encoding="utf-8")
    assert "ensure_demo_admin --address $(HOST):$(PORT)" in makefile
