"""Mail in development is printed readable: a confirmation link can be copied as shown."""

import io
import os
import subprocess
import sys

from django.core.mail import EmailMessage

from kommunect.mail import ConsoleEmailBackend

LINK = (
    "http://127.0.0.1:8200/accounts/confirm-email/"
    "MQ:1tQxyz:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH/"
)


def test_console_output_holds_the_link_unbroken_and_umlauts_readable():
    stream = io.StringIO()
    message = EmailMessage(
        subject="[Kommunect] Bitte bestätigen Sie Ihre E-Mail-Adresse",
        body=f"Guten Tag,\n\nbitte bestätigen Sie Ihre Adresse über diesen Link: {LINK}\n\nGrüße",
        from_email="noreply@localhost",
        to=["erika@example.org"],
    )

    sent = ConsoleEmailBackend(stream=stream).send_messages([message])

    output = stream.getvalue()
    assert sent == 1
    assert LINK in output
    assert "bitte bestätigen Sie Ihre Adresse" in output
    assert "quoted-printable" not in output


def test_development_delivers_through_the_readable_console_backend():
    code = "from django.conf import settings; print(settings.MAILERS['delivery']['BACKEND'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={
            **{key: value for key, value in os.environ.items() if key != "EMAIL_BACKEND_PATH"},
            "DJANGO_ENV": "development",
            "DJANGO_SETTINGS_MODULE": "kommunect.settings",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "kommunect.mail.ConsoleEmailBackend"
