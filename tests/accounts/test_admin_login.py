"""The admin has no login of its own: the site's sign-in with its second factor and limits."""

import pytest
from django.urls import reverse

from tests.accounts.test_two_factor import PASSWORD, activate_totp, current_code, totp_clock
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
__all__ = ["totp_clock"]  # the stopped TOTP clock, autouse


@pytest.fixture
def superuser(db):
    return UserFactory(username="root", is_staff=True, is_superuser=True)


def test_admin_login_sends_people_to_the_site_sign_in(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url == reverse("account_login") + "?next=%2Fadmin%2F"


def test_password_alone_never_opens_the_admin_for_a_totp_superuser(client, superuser):
    secret = activate_totp(client, superuser)
    client.logout()

    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": superuser.username, "password": PASSWORD, "next": "/admin/"},
    )
    assert "_auth_user_id" not in client.session
    assert response.url.startswith(reverse("account_login"))
    assert client.get("/admin/").status_code == 302

    login = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": superuser.email, "password": PASSWORD, "next": "/admin/"},
    )
    assert login.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    done = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert done.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_wrong_passwords_for_the_admin_are_throttled(client, superuser):
    for _ in range(5):
        client.post(
            reverse("account_login") + "?next=/admin/",
            {"login": superuser.email, "password": "falsch-falsch-falsch"},
        )
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": superuser.email, "password": PASSWORD, "next": "/admin/"},
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
    assert client.get("/admin/").status_code == 302


def test_a_signed_in_person_without_staff_rights_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get("/admin/login/").status_code == 403
