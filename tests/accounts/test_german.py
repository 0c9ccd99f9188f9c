"""The account pages speak formal German ("Sie"), in the Kommunect layout."""

import re

import pytest
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(du|dein\w*|dich|dir)\b", re.IGNORECASE)
ANONYMOUS_PAGES = [
    "account_login",
    "account_signup",
    "account_reset_password",
    "account_reset_password_done",
    "account_email_verification_sent",
]
SIGNED_IN_PAGES = ["account_change_password", "account_email", "account_logout", "mfa_index"]


def main_text(response) -> str:
    content = response.content.decode()
    return content[content.index("<main") : content.index("</main>")]


def assert_formal_german_page(response):
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="de"' in content
    assert 'class="skip-link' in content  # our base.html, not allauth's bare layout
    assert content.count("<h1") == 1
    assert not INFORMAL.findall(main_text(response))


@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_anonymous_account_pages(client, name):
    assert_formal_german_page(client.get(reverse(name)))


@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_signed_in_account_pages(client, outsider, name):
    client.force_login(outsider)
    response = client.get(reverse(name))
    assert_formal_german_page(response)
    assert 'aria-label="Mein Konto"' in response.content.decode()


def test_login_invites_to_register_politely(client):
    text = main_text(client.get(reverse("account_login")))
    assert "Sie haben noch kein Konto?" in text


def test_throttle_message_is_formal(client, outsider):
    for _attempt in range(6):
        response = client.post(
            reverse("account_login"), {"login": outsider.email, "password": "falsch-falsch"}
        )
    assert "Bitte versuchen Sie es später erneut." in main_text(response)


def test_account_mails_are_formal_and_signed_by_kommunect(client, outsider):
    password = "Amtsstube-2026-sicher"
    for email in ("neu@musterstadt.de", outsider.email):  # new address, then a registered one
        client.post(
            reverse("account_signup"),
            {
                "first_name": "Nora",
                "last_name": "Neumann",
                "email": email,
                "password1": password,
                "password2": password,
            },
        )
    client.post(reverse("account_reset_password"), {"email": outsider.email})
    client.post(reverse("account_reset_password"), {"email": "niemand@example.org"})
    assert len(mail.outbox) == 4
    for message in mail.outbox:
        assert message.subject.startswith("[Kommunect] ")
        assert message.body.startswith("Guten Tag,")
        assert "Ihr Kommunect-Team" in message.body
        assert not INFORMAL.findall(message.subject + message.body)
    assert "Nora Neumann" in mail.outbox[0].body
