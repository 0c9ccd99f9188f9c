"""Two-factor secrets (TOTP keys, recovery-code seeds) encrypted at rest with Fernet.

The key comes from settings.MFA_ENCRYPTION_KEY: one or more passphrases separated by commas,
the first encrypts, all decrypt (key rotation). allauth.mfa calls encrypt/decrypt whenever it
stores or reads a secret.
"""

import base64
import hashlib

from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Secrets stored before encryption (migration 0004 encrypts them) carry no Fernet token prefix.
TOKEN_PREFIX = "gAAAAA"


def _fernet_key(passphrase: str) -> bytes:
    digest = hashlib.sha256(b"kommunect-mfa:" + passphrase.encode()).digest()
    return base64.urlsafe_b64encode(digest)


def cipher() -> MultiFernet:
    passphrases = [key.strip() for key in settings.MFA_ENCRYPTION_KEY.split(",") if key.strip()]
    if not passphrases:
        raise ImproperlyConfigured("MFA_ENCRYPTION_KEY must be set in production.")
    return MultiFernet([Fernet(_fernet_key(key)) for key in passphrases])


def encrypt(text: str) -> str:
    return cipher().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    return cipher().decrypt(token.encode()).decode()


def is_encrypted(value: str) -> bool:
    if not value.startswith(TOKEN_PREFIX):
        return False
    try:
        decrypt(value)
    except InvalidToken:
        return False
    return True


class KommunectMFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        return encrypt(text)

    def decrypt(self, encrypted_text: str) -> str:
        return decrypt(encrypted_text)
