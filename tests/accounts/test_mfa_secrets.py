"""Two-factor secrets are stored encrypted with a key from settings and never displayed."""

import importlib

import pytest
from allauth.mfa.models import Authenticator
from cryptography.fernet import InvalidToken
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from municipalities import mfa_adapter
from tests.accounts.test_two_factor import PASSWORD, activate_totp, current_code, totp_clock
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
__all__ = ["totp_clock"]  # the stopped TOTP clock, autouse
migration = importlib.import_module("municipalities.migrations.0004_encrypt_mfa_secrets")


def test_the_totp_secret_and_recovery_seed_are_stored_encrypted(client, outsider):
    secret = activate_totp(client, outsider)
    totp = Authenticator.objects.get(user=outsider, type=Authenticator.Type.TOTP)
    codes = Authenticator.objects.get(user=outsider, type=Authenticator.Type.RECOVERY_CODES)
    assert secret not in str(totp.data)
    assert mfa_adapter.decrypt(totp.data["secret"]) == secret
    assert len(mfa_adapter.decrypt(codes.data["seed"])) == 80


def test_another_key_cannot_read_the_secret(client, outsider, settings):
    activate_totp(client, outsider)
    stored = Authenticator.objects.get(user=outsider, type=Authenticator.Type.TOTP).data["secret"]
    settings.MFA_ENCRYPTION_KEY = "ein-ganz-anderer-schluessel"
    with pytest.raises(InvalidToken):
        mfa_adapter.decrypt(stored)


def test_a_rotated_key_still_reads_old_secrets(client, outsider, settings):
    secret = activate_totp(client, outsider)
    stored = Authenticator.objects.get(user=outsider, type=Authenticator.Type.TOTP).data["secret"]
    settings.MFA_ENCRYPTION_KEY = "neuer-schluessel," + settings.MFA_ENCRYPTION_KEY
    assert mfa_adapter.decrypt(stored) == secret


def test_production_without_a_key_refuses_to_store_secrets(settings):
    settings.MFA_ENCRYPTION_KEY = ""
    with pytest.raises(ImproperlyConfigured, match="MFA_ENCRYPTION_KEY"):
        mfa_adapter.encrypt("GEHEIM")


def test_the_migration_encrypts_secrets_stored_in_clear_text(client, outsider):
    secret = "JBSWY3DPEHPK3PXP"
    Authenticator.objects.create(user=outsider, type="totp", data={"secret": secret})
    Authenticator.objects.create(
        user=outsider, type="recovery_codes", data={"seed": "ab" * 40, "used_mask": 0}
    )
    migration.encrypt_secrets(apps, None)
    migration.encrypt_secrets(apps, None)  # a second run changes nothing

    totp = Authenticator.objects.get(user=outsider, type="totp")
    assert totp.data["secret"] != secret
    assert mfa_adapter.decrypt(totp.data["secret"]) == secret
    seed = Authenticator.objects.get(user=outsider, type="recovery_codes").data["seed"]
    assert mfa_adapter.decrypt(seed) == "ab" * 40
    # The person signs in with the code of the same secret, as before the migration.
    client.post(reverse("account_login"), {"login": outsider.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert int(client.session["_auth_user_id"]) == outsider.pk


def test_the_admin_never_shows_the_secret(client, outsider):
    secret = activate_totp(client, outsider)
    totp = Authenticator.objects.get(user=outsider, type=Authenticator.Type.TOTP)
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    page = client.get(reverse("admin:mfa_authenticator_change", args=[totp.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    assert outsider.username in body or outsider.email in body
    assert secret not in body
    assert totp.data["secret"] not in body
    assert "secret" not in body
