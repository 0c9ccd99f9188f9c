"""Encrypt the two-factor secrets stored in clear text before MFA_ENCRYPTION_KEY existed."""

from django.db import migrations


def _convert(apps, convert):
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=["totp", "recovery_codes"]):
        data = authenticator.data
        for field in ("secret", "seed"):
            if field in data:
                data[field] = convert(data[field])
        if "migrated_codes" in data:
            data["migrated_codes"] = [convert(code) for code in data["migrated_codes"]]
        authenticator.save(update_fields=["data"])


def encrypt_secrets(apps, schema_editor):
    from municipalities.mfa_adapter import encrypt, is_encrypted

    _convert(apps, lambda value: value if is_encrypted(value) else encrypt(value))


def decrypt_secrets(apps, schema_editor):
    from municipalities.mfa_adapter import decrypt, is_encrypted

    _convert(apps, lambda value: decrypt(value) if is_encrypted(value) else value)


class Migration(migrations.Migration):
    dependencies = [
        ("municipalities", "0003_dissolution_and_former_keys"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt_secrets, decrypt_secrets, elidable=False)]
