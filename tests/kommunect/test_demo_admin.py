"""The demo admin of `make run`: signs in on the site, moderates, can be created twice."""

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
