from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def operator_is_configured(app_configs, **kwargs):
    """The imprint (§ 5 DDG) needs the operator's name, address and e-mail."""
    operator = settings.KOMMUNECT_OPERATOR
    missing = [key for key in ("name", "address", "email") if not operator.get(key)]
    if not missing:
        return []
    return [
        checks.Warning(
            "The operator is incomplete: " + ", ".join(missing) + " missing.",
            hint="Set OPERATOR_NAME, OPERATOR_ADDRESS and OPERATOR_EMAIL for the imprint.",
            id="kommunect.W001",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def site_url_is_configured(app_configs, **kwargs):
    """E-mails link to SITE_URL: it must be the public https address of the site."""
    from urllib.parse import urlsplit

    url = urlsplit(settings.SITE_URL)
    if url.scheme == "https" and url.hostname and url.hostname not in ("localhost", "127.0.0.1"):
        return []
    return [
        checks.Warning(
            f"SITE_URL is {settings.SITE_URL!r}: links in e-mails would not reach the site.",
            hint="Set SITE_URL to the public address, e.g. https://kommunect.example.org.",
            id="kommunect.W002",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def no_demo_password(app_configs, **kwargs):
    """The demo admin of `make run` (ensure_demo_admin) must not sign in on a public instance.

    Staff accounts and the demo admin's name and address are checked against the demo password
    (one hash each: ordinary members are not the demo admin)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import check_password
    from django.db import DatabaseError
    from django.db.models import Q

    from kommunect.management.commands.ensure_demo_admin import EMAIL, PASSWORD, USERNAME

    candidates = get_user_model().objects.filter(
        Q(is_staff=True) | Q(is_superuser=True) | Q(username=USERNAME) | Q(email__iexact=EMAIL),
        is_active=True,
    )
    try:
        # hashers.check_password: no rehash, a check never writes.
        demo = [
            user.get_username() for user in candidates if check_password(PASSWORD, user.password)
        ]
    except DatabaseError as error:
        return [
            checks.Error(
                f"Could not check the accounts for the demo password: {error}",
                hint="Run the deploy check against the production database (after migrate).",
                id="kommunect.E002",
            )
        ]
    if not demo:
        return []
    return [
        checks.Error(
            "These accounts still have the demo password of ensure_demo_admin: "
            + ", ".join(demo)
            + ".",
            hint="Delete them or set a new password (manage.py changepassword <name>).",
            id="kommunect.E001",
        )
    ]


@checks.register(checks.Tags.security, deploy=True)
def mfa_key_is_configured(app_configs, **kwargs):
    """Two-factor secrets are encrypted with MFA_ENCRYPTION_KEY (municipalities/mfa_adapter)."""
    if settings.MFA_ENCRYPTION_KEY:
        return []
    return [
        checks.Error(
            "MFA_ENCRYPTION_KEY is not set: two-factor secrets cannot be stored or read.",
            hint="Set MFA_ENCRYPTION_KEY to a long random passphrase and keep it with the backups.",
            id="kommunect.E003",
        )
    ]


MAIL_TAG = "mail"
MAIL_CHECK_TIMEOUT = 5


@checks.register(MAIL_TAG, deploy=True)
def mail_server_is_reachable(app_configs, **kwargs):
    """Sign-up, password reset and membership requests need the SMTP server. A tag of its own:
    `check --deploy --tag security` skips it where no mail server runs (CI)."""
    from django.core.mail import mailers
    from django.core.mail.backends.smtp import EmailBackend

    from kommunect.outbox import DELIVERY_MAILER

    backend = mailers[DELIVERY_MAILER]  # "default" is the outbox, which always accepts
    if not isinstance(backend, EmailBackend):
        return []
    backend.timeout = MAIL_CHECK_TIMEOUT
    try:
        backend.open()
    except OSError as error:  # smtplib and ssl errors are OSErrors too
        return [
            checks.Error(
                f"The mail server {backend.host}:{backend.port} cannot be reached: {error!r}",
                hint="Check EMAIL_HOST, EMAIL_PORT, EMAIL_USE_TLS and the credentials.",
                id="kommunect.E004",
            )
        ]
    backend.close()
    return []
