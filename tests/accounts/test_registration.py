"""Registration: e-mail verification is mandatory before the first sign-in."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "Amtsstube-2026-sicher"


def sign_up(client, email="neu@musterstadt.de", **extra):
    return client.post(
        reverse("account_signup"),
        {
            "first_name": "Nora",
            "last_name": "Neumann",
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            **extra,
        },
    )


def verification_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_signup_page_asks_for_name_email_and_password_in_german(client):
    response = client.get(reverse("account_signup"))
    content = response.content.decode()
    assert response.status_code == 200
    for field in ("first_name", "last_name", "email", "password1", "password2"):
        assert f'id="id_{field}"' in content
        assert f'<label class="kern-label" for="id_{field}">' in content
    assert "Registrieren" in content


def test_signup_sends_a_german_verification_mail(client):
    response = sign_up(client)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = get_user_model().objects.get(email="neu@musterstadt.de")
    assert (user.first_name, user.last_name) == ("Nora", "Neumann")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["neu@musterstadt.de"]
    assert message.subject.startswith("[Kommunect] ")
    assert "E-Mail" in message.subject
    assert verification_link(message)


def test_sign_in_before_verification_is_refused(client):
    sign_up(client)
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "neu@musterstadt.de", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_confirming_in_the_same_browser_signs_in_and_leads_to_the_join_step(client):
    sign_up(client)
    link = verification_link(mail.outbox[0])
    assert client.get(link).status_code == 200  # confirmation page with a button (POST)
    response = client.post(link)
    assert response.status_code == 302
    assert response.url == reverse("municipalities:join")
    assert EmailAddress.objects.get(email="neu@musterstadt.de").verified
    user = get_user_model().objects.get(email="neu@musterstadt.de")
    assert int(client.session["_auth_user_id"]) == user.pk
    page = client.get(response.url)
    assert page.status_code == 200
    assert "Einer Kommune beitreten" in page.content.decode()


def test_confirming_in_another_browser_only_confirms_then_sign_in_leads_to_join(client):
    """allauth signs in on confirmation only in the session that signed up."""
    sign_up(client)
    other_browser = Client()
    response = other_browser.post(verification_link(mail.outbox[0]))
    assert response.status_code == 302
    assert response.url == reverse("account_login")
    assert "_auth_user_id" not in other_browser.session
    assert EmailAddress.objects.get(email="neu@musterstadt.de").verified
    response = other_browser.post(
        reverse("account_login"), {"login": "neu@musterstadt.de", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == reverse("municipalities:join")
    assert "Nora Neumann" in other_browser.get(reverse("accounts:profile")).content.decode()


def test_signup_with_a_registered_address_looks_the_same(client, outsider):
    """No hint that an address exists: same redirect; the owner gets a mail instead."""
    response = sign_up(client, email=outsider.email)
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert get_user_model().objects.filter(email=outsider.email).count() == 1
    assert [m.to for m in mail.outbox] == [[outsider.email]]


@pytest.mark.parametrize(
    ("field", "value"),
    [("first_name", ""), ("first_name", "x" * 151), ("email", "keine-adresse")],
)
def test_invalid_signup_shows_german_errors_next_to_the_field(client, field, value):
    response = sign_up(client, **{field: value})
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_{field}_error"' in content
    assert f'aria-describedby="id_{field}_error" id="id_{field}"' in content
    assert not get_user_model().objects.exists()
    assert mail.outbox == []


def test_html_in_names_is_stored_as_text_and_escaped(client):
    sign_up(client, first_name="<script>alert(1)</script>")
    user = get_user_model().objects.get()
    assert user.first_name == "<script>alert(1)</script>"
    EmailAddress.objects.filter(user=user).update(verified=True)
    client.force_login(user)
    content = client.get(reverse("accounts:profile")).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;" in content
