"""Mail never fails a request and is never lost: with the mail server down, signup, password
reset and membership requests succeed, their data is saved and the mail waits in the outbox
until ``manage.py send_queued_mail`` delivers it."""

import socket
import socketserver
import threading
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from kommunect.models import OutboxMessage
from municipalities.models import Membership

pytestmark = pytest.mark.django_db

SMTP = "django.core.mail.backends.smtp.EmailBackend"
PASSWORD = "Amtsstube-2026-sicher"


def free_port() -> int:
    """A port nobody listens on (the mail server that is down)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_smtp(settings, port: int) -> None:
    settings.MAILERS = {
        "default": {"BACKEND": "kommunect.outbox.OutboxBackend"},
        "delivery": {"BACKEND": SMTP, "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5}},
    }


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: every command is accepted, DATA is recorded."""

    def handle(self):
        self.wfile.write(b"220 test\r\n")
        for line in self.rfile:
            command = line.strip().upper()
            if command == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                data = b"".join(iter(self.rfile.readline, b".\r\n"))
                self.server.received.append(data.decode())
                self.wfile.write(b"250 ok\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def mail_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.daemon_threads = True
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def mail_server_down(settings):
    cache.clear()  # allauth's rate limits
    use_smtp(settings, free_port())


def queued_to(address: str) -> OutboxMessage:
    message = OutboxMessage.objects.get(recipients__contains=address)
    assert message.attempts == 1
    assert "ConnectionRefusedError" in message.last_error
    return message


def test_signup_succeeds_and_queues_the_mail(
    client, mail_server_down, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_signup"),
            {
                "first_name": "Nora",
                "last_name": "Neumann",
                "email": "neu@musterstadt.de",
                "password1": PASSWORD,
                "password2": PASSWORD,
            },
        )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="neu@musterstadt.de").exists()
    queued_to("neu@musterstadt.de")
    assert "kept in the outbox" in caplog.text
    page = client.get(response.url).content.decode()
    assert "kommt die E-Mail einige Minuten später" in page


def test_password_reset_succeeds_and_queues_the_mail(
    client, outsider, mail_server_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": outsider.email})
    assert response.status_code == 302
    queued_to(outsider.email)
    page = client.get(response.url).content.decode()
    assert "kommt die E-Mail einige Minuten später" in page


def test_membership_request_succeeds_and_queues_the_mail(
    client, outsider, municipality_a, admin_a, mail_server_down, django_capture_on_commit_callbacks
):
    client.force_login(outsider)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("municipalities:join"), {"municipality": municipality_a.pk})
    assert response.status_code == 302
    assert Membership.objects.get(user=outsider).state == Membership.State.REQUESTED
    queued_to(admin_a.email)
    page = client.get(response.url).content.decode()
    assert "E-Mails können sich um einige Minuten verzögern." in page


def test_the_drain_command_sends_queued_mail_once_the_server_is_up(
    client, outsider, mail_server_down, django_capture_on_commit_callbacks, mail_server, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": outsider.email})
    call_command("send_queued_mail", stdout=StringIO())  # still down: kept, tried again
    assert OutboxMessage.objects.get().attempts == 2

    use_smtp(settings, mail_server.server_address[1])
    output = StringIO()
    call_command("send_queued_mail", stdout=output)
    assert output.getvalue() == "1 sent, 0 still queued.\n"
    assert not OutboxMessage.objects.exists()
    call_command("send_queued_mail", stdout=StringIO())
    assert len(mail_server.received) == 1  # sent once
    assert f"To: {outsider.email}" in mail_server.received[0]
    assert "Subject: [Kommunect]" in mail_server.received[0]


def test_with_the_server_up_mail_goes_out_right_after_commit(
    client, outsider, mail_server, settings, django_capture_on_commit_callbacks
):
    use_smtp(settings, mail_server.server_address[1])
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(reverse("account_reset_password"), {"email": outsider.email})
        assert mail_server.received == []  # nothing leaves before the commit
        assert OutboxMessage.objects.count() == 1
    for callback in callbacks:
        callback()
    assert len(mail_server.received) == 1
    assert not OutboxMessage.objects.exists()
