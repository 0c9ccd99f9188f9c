"""Password reset and change: never reveal whether an address is registered."""

import re

import pytest
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def request_reset(client, email):
    return client.post(reverse("account_reset_password"), {"email": email})


def test_reset_for_unknown_address_answers_like_for_a_known_one(client, outsider):
    known = request_reset(client, outsider.email)
    unknown = request_reset(client, "niemand@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == reverse("account_reset_password_done")
    page_known = client.get(known.url).content.decode()
    assert "E-Mail" in page_known


def test_reset_mail_lets_the_owner_choose_a_new_password(client, outsider):
    request_reset(client, outsider.email)
    assert [m.to for m in mail.outbox] == [[outsider.email]]
    assert mail.outbox[0].subject.startswith("[Kommunect] ")
    path = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/[^\s]+/)", mail.outbox[0].body)
    form_page = client.get(path.group(1), follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"password1": "Neues-Passwort-2026", "password2": "Neues-Passwort-2026"},
    )
    assert response.status_code == 302
    outsider.refresh_from_db()
    assert outsider.check_password("Neues-Passwort-2026")


def test_password_change_page_is_german_and_needs_sign_in(client, outsider):
    url = reverse("account_change_password")
    assert client.get(url).status_code == 302
    client.force_login(outsider)
    response = client.post(
        url,
        {"oldpassword": "falsch", "password1": "Neues-Passwort-2026", "password2": "x"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="id_oldpassword_error"' in content
    assert 'lang="de"' in content
    outsider.refresh_from_db()
    assert outsider.check_password("sicheres-passwort-123")


def test_changing_the_password_is_confirmed_by_mail(client, outsider):
    client.force_login(outsider)
    client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "sicheres-passwort-123",
            "password1": "Neues-Passwort-2026",
            "password2": "Neues-Passwort-2026",
        },
    )
    outsider.refresh_from_db()
    assert outsider.check_password("Neues-Passwort-2026")
    assert [m.to for m in mail.outbox] == [[outsider.email]]
    assert mail.outbox[0].subject == "[Kommunect] Passwort geändert"
    assert "- IP-Adresse: 127.0.0.1" in mail.outbox[0].body
    assert '"' not in mail.outbox[0].body
