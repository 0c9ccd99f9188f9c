"""A pending join request: who decides is named wherever it shows, and the requester (only
they) can withdraw it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from municipalities import services
from municipalities.access import pending_requests
from municipalities.models import Membership
from tests.concurrency import run_at_once
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

ADMINS_DECIDE = "Darüber entscheiden die Kommunen-Admins von Musterstadt"
CURATORS_DECIDE = (
    "Beispielhausen hat noch keine Kommunen-Admins, deshalb entscheidet das Kuratorium"
)
WITHDRAW_BUTTON = "Anfrage zurückziehen"


@pytest.fixture
def requester(db):
    return UserFactory(username="requester", first_name="Rita", last_name="Rathaus")


@pytest.fixture
def pending(requester, municipality_a):
    return MembershipFactory(
        user=requester, municipality=municipality_a, state=Membership.State.REQUESTED
    )


def withdraw_url(membership):
    return reverse("municipalities:membership-withdraw", args=[membership.pk])


def test_requester_withdraws_and_the_admins_are_told(client, requester, pending, admin_a):
    client.force_login(requester)
    response = client.post(withdraw_url(pending), {"next": reverse("projects:mine")})
    assert response.status_code == 302
    assert response.url == reverse("projects:mine")
    assert not Membership.objects.filter(pk=pending.pk).exists()
    assert [m.to for m in mail.outbox] == [[admin_a.email]]
    assert "zurückgezogen" in mail.outbox[0].subject
    assert "Rita Rathaus" in mail.outbox[0].body
    page = client.get(response.url).content.decode()
    assert "Ihre Anfrage an Musterstadt ist zurückgezogen." in page


def test_without_admins_the_curators_are_told(client, requester, municipality_b, curator):
    membership = MembershipFactory(
        user=requester, municipality=municipality_b, state=Membership.State.REQUESTED
    )
    client.force_login(requester)
    client.post(withdraw_url(membership))
    assert [m.to for m in mail.outbox] == [[curator.email]]


def test_after_withdrawing_one_may_ask_again(client, requester, pending, municipality_a):
    client.force_login(requester)
    client.post(withdraw_url(pending))
    client.post(reverse("municipalities:join"), {"municipality": municipality_a.pk})
    assert Membership.objects.get(user=requester).state == Membership.State.REQUESTED


def test_asking_again_after_a_decline_is_dated_anew(client, requester, pending, admin_a):
    Membership.objects.filter(pk=pending.pk).update(
        created_at=pending.created_at - timedelta(days=90)
    )
    services.membership_decline(membership=pending, decided_by=admin_a)
    client.force_login(requester)
    client.post(reverse("municipalities:join"), {"municipality": pending.municipality_id})
    pending.refresh_from_db()
    assert pending.state == Membership.State.REQUESTED
    assert timezone.now() - pending.created_at < timedelta(minutes=1)


@pytest.mark.parametrize("persona", ["outsider", "editor_a", "admin_a", "curator"])
def test_nobody_else_can_withdraw_it(client, request, persona, pending):
    """Not even those who decide: they decline. Someone else's request is not found."""
    user = request.getfixturevalue(persona)
    client.force_login(user)
    assert client.post(withdraw_url(pending)).status_code == 404
    with pytest.raises(PermissionDenied):
        services.membership_withdraw(membership=pending, withdrawn_by=user)
    pending.refresh_from_db()
    assert pending.state == Membership.State.REQUESTED
    assert mail.outbox == []


def test_anonymous_is_sent_to_sign_in_and_nothing_changes(client, pending):
    response = client.post(withdraw_url(pending))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert Membership.objects.filter(pk=pending.pk, state=Membership.State.REQUESTED).exists()


def test_get_changes_nothing(client, requester, pending):
    client.force_login(requester)
    assert client.get(withdraw_url(pending)).status_code == 405
    assert Membership.objects.filter(pk=pending.pk).exists()


@pytest.mark.parametrize("state", [Membership.State.APPROVED, Membership.State.DECLINED])
def test_a_decided_request_cannot_be_withdrawn(client, requester, pending, state):
    pending.state = state
    pending.save()
    client.force_login(requester)
    response = client.post(withdraw_url(pending), follow=True)
    assert "Über diese Anfrage wurde bereits entschieden." in response.content.decode()
    with pytest.raises(ValidationError) as error:
        services.membership_withdraw(membership=pending, withdrawn_by=requester)
    assert error.value.code == "not_pending"
    pending.refresh_from_db()
    assert pending.state == state
    assert mail.outbox == []


def test_pending_requests_name_who_decides_in_one_query(
    requester, pending, admin_a, municipality_b, django_assert_num_queries
):
    MembershipFactory(user=requester, municipality=municipality_b, state=Membership.State.REQUESTED)
    with django_assert_num_queries(1):
        rows = [(m.municipality.name, m.decided_by_admins) for m in pending_requests(requester)]
    assert rows == [("Musterstadt", True), ("Beispielhausen", False)]


@pytest.mark.parametrize("page", ["projects:mine", "municipalities:join", "accounts:profile"])
def test_every_page_of_the_request_says_who_decides_and_offers_to_withdraw(
    client, requester, pending, admin_a, municipality_b, page
):
    other = MembershipFactory(
        user=requester, municipality=municipality_b, state=Membership.State.REQUESTED
    )
    client.force_login(requester)
    response = client.get(reverse(page))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ihre Beitrittsanfrage an Musterstadt ist noch offen" in content
    assert ADMINS_DECIDE in content
    assert CURATORS_DECIDE in content
    assert f'action="{withdraw_url(pending)}"' in content
    assert f'action="{withdraw_url(other)}"' in content


def test_the_municipality_page_shows_its_own_request_only(
    client, requester, pending, admin_a, municipality_a, municipality_b
):
    MembershipFactory(user=requester, municipality=municipality_b, state=Membership.State.REQUESTED)
    client.force_login(requester)
    content = client.get(municipality_a.get_absolute_url()).content.decode()
    assert ADMINS_DECIDE in content
    assert f'action="{withdraw_url(pending)}"' in content
    assert "Beispielhausen" not in content


def test_project_create_sends_a_pending_requester_to_the_join_step(client, requester, pending):
    client.force_login(requester)
    response = client.get(reverse("projects:create"), follow=True)
    assert response.redirect_chain == [(reverse("municipalities:join"), 302)]
    content = response.content.decode()
    assert "sobald Ihre Beitrittsanfrage bestätigt ist" in content
    assert "Ihre Beitrittsanfrage an Musterstadt ist noch offen" in content
    assert CURATORS_DECIDE.replace("Beispielhausen", "Musterstadt") in content


def test_project_create_sends_a_non_member_to_the_join_step(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("projects:create"), follow=True)
    assert response.redirect_chain == [(reverse("municipalities:join"), 302)]
    content = response.content.decode()
    assert "brauchen Sie eine bestätigte Mitgliedschaft einer Kommune" in content
    assert "noch offen" not in content


def _withdraw(membership):
    services.membership_withdraw(membership=membership, withdrawn_by=membership.user)


@pytest.mark.django_db(transaction=True)
def test_withdrawing_twice_at_once_withdraws_once(pending, admin_a):
    """A double click: both requests loaded the request; the second finds it gone and says so
    (a ValidationError shown as a message), instead of a server error."""
    errors = run_at_once((_withdraw, pending), (_withdraw, pending))

    assert [error.code for error in errors] == ["gone"]
    assert not Membership.objects.filter(pk=pending.pk).exists()
    assert len(mail.outbox) == 1  # the admins are told once


@pytest.mark.django_db(transaction=True)
def test_an_admin_deciding_while_the_requester_withdraws_gets_a_message(pending, admin_a):
    """Whichever comes first wins; the other is refused with a reason, never a 500."""

    def approve(membership):
        services.membership_approve(membership=membership, decided_by=admin_a)

    errors = run_at_once((_withdraw, pending), (approve, pending))

    assert len(errors) == 1
    assert isinstance(errors[0], ValidationError)
    assert errors[0].code in {"gone", "not_pending"}


def test_the_withdraw_view_reports_a_request_withdrawn_meanwhile(
    client, requester, pending, monkeypatch
):
    withdraw = services.membership_withdraw

    def other_tab_first(**kwargs):
        Membership.objects.filter(pk=pending.pk).delete()
        return withdraw(**kwargs)

    monkeypatch.setattr(services, "membership_withdraw", other_tab_first)
    client.force_login(requester)

    response = client.post(withdraw_url(pending), follow=True)

    assert response.status_code == 200
    assert "gibt es nicht mehr: sie wurde inzwischen zurückgezogen" in response.content.decode()
