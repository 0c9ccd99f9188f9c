"""Signing in and out: same answer for unknown addresses, throttled against brute force."""

import pytest
from django.urls import reverse

from municipalities.account_adapter import landing_url
from municipalities.models import Membership
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

PASSWORD = "sicheres-passwort-123"  # tests/factories.py


def sign_in(client, login, password):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def form_errors(response) -> list[str]:
    return [str(error) for error in response.context["form"].non_field_errors()]


@pytest.mark.parametrize("persona", ["editor_a", "admin_a", "curator"])
def test_sign_in_lands_on_my_projects(client, request, persona):
    user = request.getfixturevalue(persona)
    response = sign_in(client, user.email, PASSWORD)
    assert response.status_code == 302
    assert response.url == landing_url(user) == reverse("projects:mine")
    assert int(client.session["_auth_user_id"]) == user.pk


def test_sign_in_without_a_municipality_lands_on_the_join_step(client, outsider):
    response = sign_in(client, outsider.email, PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse("municipalities:join")
    assert int(client.session["_auth_user_id"]) == outsider.pk


def test_sign_in_with_a_pending_request_lands_on_my_projects(client, outsider, municipality_a):
    MembershipFactory(user=outsider, municipality=municipality_a, state=Membership.State.REQUESTED)
    response = sign_in(client, outsider.email, PASSWORD)
    assert response.url == reverse("projects:mine")


def test_wrong_password_and_unknown_address_get_the_same_message(client, outsider):
    known = sign_in(client, outsider.email, "falsch-falsch-falsch")
    unknown = sign_in(client, "niemand@example.org", "falsch-falsch-falsch")
    assert known.status_code == unknown.status_code == 200
    assert form_errors(known) == form_errors(unknown)
    assert "E-Mail-Adresse und/oder das Passwort" in form_errors(known)[0]
    assert "_auth_user_id" not in client.session


def test_login_is_throttled_after_five_failures(client, outsider):
    for _attempt in range(5):
        response = sign_in(client, outsider.email, "falsch-falsch-falsch")
        assert "zu viele" not in " ".join(form_errors(response)).lower()
    blocked = sign_in(client, outsider.email, PASSWORD)  # even the right password
    assert "zu viele" in " ".join(form_errors(blocked)).lower()
    assert "_auth_user_id" not in client.session


def test_throttling_of_an_unknown_address_looks_the_same(client, outsider):
    for login in (outsider.email, "niemand@example.org"):
        for _attempt in range(5):
            sign_in(client, login, "falsch-falsch-falsch")
    known = form_errors(sign_in(client, outsider.email, "falsch-falsch-falsch"))
    unknown = form_errors(sign_in(client, "niemand@example.org", "falsch-falsch-falsch"))
    assert known == unknown


def test_header_offers_sign_in_and_registration_to_visitors(client):
    content = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("account_login")}"' in content
    assert f'href="{reverse("account_signup")}"' in content
    assert "Abmelden" not in content


def test_header_shows_name_and_a_sign_out_form_when_signed_in(client, outsider):
    client.force_login(outsider)
    content = client.get(reverse("home")).content.decode()
    assert outsider.get_full_name() in content
    assert f'action="{reverse("account_logout")}" method="post"' in content
    assert f'href="{reverse("account_login")}"' not in content


def test_sign_out_needs_post(client, outsider):
    client.force_login(outsider)
    client.get(reverse("account_logout"))  # a confirmation page, no sign-out
    assert "_auth_user_id" in client.session
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
