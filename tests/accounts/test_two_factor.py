"""TOTP two-factor authentication for those who want it: set up, then asked at sign-in."""

import time
from types import SimpleNamespace

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal import auth as totp_auth
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "sicheres-passwort-123"  # tests/factories.py


@pytest.fixture(autouse=True)
def totp_clock(monkeypatch):
    """allauth's TOTP clock, stopped in the middle of a 30-second window: the code a test
    computes is the code the server expects, even when the real clock crosses a window
    boundary between the two (allauth accepts no adjacent window by default). Only the TOTP
    module sees the stopped clock; sessions and rate limits keep the real one."""
    period = mfa_settings.TOTP_PERIOD
    frozen = (int(time.time()) // period) * period + period // 2
    monkeypatch.setattr(totp_auth, "time", SimpleNamespace(time=lambda: frozen))
    return frozen


def current_code(secret: str) -> str:
    return format_hotp_value(
        hotp_value(secret, int(totp_auth.time.time()) // mfa_settings.TOTP_PERIOD)
    )


def activate_totp(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("mfa_activate_totp"))
    client.post(response.url, {"password": PASSWORD})  # allauth asks for the password again
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    return secret


def test_activating_totp_creates_an_authenticator_and_recovery_codes(client, outsider):
    activate_totp(client, outsider)
    types = set(Authenticator.objects.filter(user=outsider).values_list("type", flat=True))
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}


def test_a_wrong_code_does_not_activate_totp(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("mfa_activate_totp"))
    client.post(response.url, {"password": PASSWORD})
    response = client.post(reverse("mfa_activate_totp"), {"code": "000000"})
    assert response.status_code == 200
    assert 'id="id_code_error"' in response.content.decode()
    assert not Authenticator.objects.filter(user=outsider).exists()


def test_sign_in_asks_for_the_code_when_totp_is_active(client, outsider):
    secret = activate_totp(client, outsider)
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": outsider.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    page = client.get(response.url)
    assert page.status_code == 200
    assert '<html lang="de"' in page.content.decode()
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 200
    assert "_auth_user_id" not in client.session
    right = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert right.status_code == 302
    assert int(client.session["_auth_user_id"]) == outsider.pk
