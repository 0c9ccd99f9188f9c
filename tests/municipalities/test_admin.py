"""The municipalities admin: every page loads for a superuser, the Bundesland filter lists only
the Länder, official keys are read-only, import records cannot be edited, and the membership
actions decide requests (with e-mail) for staff only."""

import datetime
import json

import pytest
from django.core import mail
from django.urls import reverse

from municipalities.models import Membership, Municipality, RegisterImport, StaffProfile
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def admin_url(model, view, *args):
    return reverse(f"admin:municipalities_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def pending(municipality_a):
    return MembershipFactory(
        user=UserFactory(username="requester", email="requester@example.org"),
        municipality=municipality_a,
        state=Membership.State.REQUESTED,
    )


@pytest.mark.parametrize(
    ("model", "make"),
    [
        (Municipality, lambda: Municipality.objects.get(ags="09162000")),
        (Membership, lambda: MembershipFactory(municipality=Municipality.objects.get(ags="09"))),
        (StaffProfile, lambda: StaffProfile.objects.create(user=UserFactory(), position="CDO")),
        (RegisterImport, lambda: RegisterImport.objects.first()),
    ],
)
def test_changelist_and_change_pages_load(admin_client, register, model, make):
    obj = make()
    assert admin_client.get(admin_url(model, "changelist")).status_code == 200
    assert admin_client.get(admin_url(model, "change", obj.pk)).status_code == 200
    expected_add = 403 if model is RegisterImport else 200
    assert admin_client.get(admin_url(model, "add")).status_code == expected_add


def test_municipality_list_filters_by_land_and_stays_cheap(
    admin_client, register, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        page = admin_client.get(admin_url(Municipality, "changelist"))
    content = page.content.decode()
    assert content.count("?state=") == 16  # one link per Land, not one per municipality
    bayern = Municipality.objects.get(ags="09")
    filtered = admin_client.get(
        admin_url(Municipality, "changelist"), {"state": bayern.pk, "level": "district"}
    )
    assert filtered.context["cl"].result_count == 96


def test_search_finds_by_name_and_ags_prefix(admin_client, register):
    by_name = admin_client.get(admin_url(Municipality, "changelist"), {"q": "Flensburg"})
    assert by_name.context["cl"].result_count >= 1
    by_ags = admin_client.get(admin_url(Municipality, "changelist"), {"q": "09162"})
    assert {m.ags for m in by_ags.context["cl"].result_list} == {"09162", "09162000", "091620000"}


def test_official_keys_are_read_only_on_change(admin_client, register):
    muenchen = Municipality.objects.get(ags="09162000")
    change_page = admin_client.get(admin_url(Municipality, "change", muenchen.pk)).content.decode()
    assert 'name="ags"' not in change_page
    assert 'name="ars"' not in change_page
    assert 'name="website"' in change_page
    add_page = admin_client.get(admin_url(Municipality, "add")).content.decode()
    assert 'name="ags"' in add_page


def test_state_autocomplete_offers_only_laender(admin_client, register):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "municipalities",
            "model_name": "municipality",
            "field_name": "state",
            "term": "Berlin",
        },
    )
    results = json.loads(response.content)["results"]
    assert [item["text"] for item in results] == ["Berlin (Land)"]


def test_dissolved_filter_and_successor_autocomplete(admin_client, register):
    Municipality.objects.filter(ags="16077043").update(dissolved_on=datetime.date(2026, 5, 31))
    changelist = admin_client.get(
        admin_url(Municipality, "changelist"), {"dissolved_on__isempty": "0"}
    )
    assert [m.ags for m in changelist.context["cl"].result_list] == ["16077043"]
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "municipalities",
            "model_name": "municipality",
            "field_name": "successor",
            "term": "Schmölln",
        },
    )
    results = json.loads(response.content)["results"]
    assert {item["text"] for item in results} == {
        "Schmölln (Stadt)",
        "Schmölln-Putzkau (Kreisangehörige Gemeinde)",
    }  # Gemeinden only, not the Gemeindeverband of the same name


def test_register_imports_cannot_be_changed(admin_client, register):
    record = RegisterImport.objects.first()
    source = record.source
    page = admin_client.get(admin_url(RegisterImport, "change", record.pk)).content.decode()
    assert 'name="_save"' not in page
    response = admin_client.post(
        admin_url(RegisterImport, "change", record.pk), {"source": "Erfunden"}
    )
    assert response.status_code == 403
    record.refresh_from_db()
    assert record.source == source


def test_approve_action_approves_and_tells_the_requester(admin_client, admin_user, pending):
    response = admin_client.post(
        admin_url(Membership, "changelist"),
        {"action": "approve", "_selected_action": [pending.pk]},
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.state == Membership.State.APPROVED
    assert pending.decided_by == admin_user
    assert pending.decided_at is not None
    assert [message.to for message in mail.outbox] == [["requester@example.org"]]


def test_decline_action_declines(admin_client, admin_user, pending):
    admin_client.post(
        admin_url(Membership, "changelist"),
        {"action": "decline", "_selected_action": [pending.pk]},
    )
    pending.refresh_from_db()
    assert pending.state == Membership.State.DECLINED
    assert pending.decided_by == admin_user


def test_an_already_decided_request_is_left_alone(admin_client, pending):
    pending.state = Membership.State.DECLINED
    pending.save()
    response = admin_client.post(
        admin_url(Membership, "changelist"),
        {"action": "decline", "_selected_action": [pending.pk]},
        follow=True,
    )
    assert "Nicht geändert" in response.content.decode()
    pending.refresh_from_db()
    assert pending.state == Membership.State.DECLINED
    assert pending.decided_by is None


def test_a_user_who_is_not_staff_cannot_use_the_actions(client, admin_a, pending):
    client.force_login(admin_a)  # manages the municipality on the site, but is no staff
    response = client.post(
        admin_url(Membership, "changelist"),
        {"action": "approve", "_selected_action": [pending.pk]},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    pending.refresh_from_db()
    assert pending.state == Membership.State.REQUESTED
    assert not mail.outbox
