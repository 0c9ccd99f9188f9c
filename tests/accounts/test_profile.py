"""The profile page: name, position, phone, memberships; links to password and 2FA."""

import re

import pytest
from django.urls import reverse

from municipalities.models import StaffProfile
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

URL = "/accounts/profil/"


def test_profile_lives_under_accounts():
    assert reverse("accounts:profile") == URL


def test_profile_needs_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_profile_shows_memberships_with_their_state_and_account_links(
    client, editor_a, municipality_b
):
    MembershipFactory(user=editor_a, municipality=municipality_b, state="requested")
    client.force_login(editor_a)
    response = client.get(URL)
    content = response.content.decode()
    assert response.status_code == 200
    for text in ("Musterstadt", "Bestätigt", "Beispielhausen", "Angefragt"):
        assert text in content
    for name in ("municipalities:join", "account_change_password", "mfa_index"):
        assert f'href="{reverse(name)}"' in content


def test_profile_edit_saves_name_position_and_phone(client, outsider):
    client.force_login(outsider)
    response = client.post(
        URL,
        {
            "first_name": "Petra",
            "last_name": "Pflug",
            "position": "Digitalisierungsbeauftragte",
            "phone": "+49 30 1234567",
        },
    )
    assert response.status_code == 302
    outsider.refresh_from_db()
    assert outsider.get_full_name() == "Petra Pflug"
    profile = StaffProfile.objects.get(user=outsider)
    assert (profile.position, profile.phone) == ("Digitalisierungsbeauftragte", "+49 30 1234567")
    assert "Ihr Profil wurde gespeichert" in client.get(URL).content.decode()


def test_position_and_phone_are_optional(client, outsider):
    client.force_login(outsider)
    response = client.post(URL, {"first_name": "Petra", "last_name": "Pflug"})
    assert response.status_code == 302
    assert StaffProfile.objects.get(user=outsider).phone == ""


def test_profile_get_writes_nothing(client, outsider):
    client.force_login(outsider)
    client.get(URL)
    assert not StaffProfile.objects.exists()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"first_name": "", "last_name": "Pflug"}, "first_name", "Dieses Feld ist zwingend"),
        (
            {"first_name": "P", "last_name": "Pflug", "phone": "1" * 51},
            "phone",
            "höchstens 50 Zeichen",
        ),
        (
            {"first_name": "P", "last_name": "Pflug", "position": "x" * 100_000},
            "position",
            "höchstens 200 Zeichen",
        ),
    ],
)
def test_bad_profile_input_shows_german_errors_next_to_the_field(
    client, outsider, data, field, message
):
    client.force_login(outsider)
    response = client.post(URL, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_{field}_error"' in content
    control = re.search(rf'<input\b[^>]*\bid="id_{field}"[^>]*>', content).group(0)
    described_by = re.search(r'aria-describedby="([^"]*)"', control).group(1).split()
    assert f"id_{field}_error" in described_by
    error = re.search(rf'id="id_{field}_error"><p class="kern-body">([^<]*)</p>', content)
    assert message in error.group(1)
    outsider.refresh_from_db()
    assert outsider.last_name != "Pflug"
    assert not StaffProfile.objects.exists()


def test_profile_links_queue_and_members_page_for_municipality_admins_only(
    client, admin_a, editor_a, municipality_a
):
    members_url = reverse("municipalities:members", args=[municipality_a.slug])
    client.force_login(editor_a)
    content = client.get(URL).content.decode()
    assert reverse("municipalities:membership-queue") not in content
    assert members_url not in content
    client.force_login(admin_a)
    content = client.get(URL).content.decode()
    assert reverse("municipalities:membership-queue") in content
    assert members_url in content


def test_two_factor_setup_is_reachable(client, outsider):
    client.force_login(outsider)
    index = client.get(reverse("mfa_index"))
    assert index.status_code == 200
    assert "Zwei-Faktor" in index.content.decode()
    # Activating TOTP first asks for the password again (allauth reauthentication) ...
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    client.post(response.url, {"password": "sicheres-passwort-123"})
    # ... then shows the QR code and the secret.
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    content = page.content.decode()
    assert 'id="authenticator_secret"' in content
    assert "data:image/svg+xml" in content
