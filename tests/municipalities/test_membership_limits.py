"""Membership requests mail the deciders: one open request per municipality, and a limit."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from municipalities.models import Membership
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

JOIN_URL = "/kommunen/beitreten/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_one_open_request_per_municipality(client, outsider, municipality_a, curator):
    client.force_login(outsider)
    client.post(JOIN_URL, {"municipality": municipality_a.pk})
    again = client.post(JOIN_URL, {"municipality": municipality_a.pk})
    assert again.status_code == 200
    assert Membership.objects.filter(user=outsider).count() == 1
    assert len(mail.outbox) == 1


def test_request_and_withdraw_cannot_mail_the_curators_again_and_again(
    client, outsider, municipality_a, curator
):
    client.force_login(outsider)
    for _ in range(5):
        assert client.post(JOIN_URL, {"municipality": municipality_a.pk}).status_code == 302
        pending = Membership.objects.get(user=outsider)
        client.post(reverse("municipalities:membership-withdraw", args=[pending.pk]))
    sent = len(mail.outbox)

    response = client.post(JOIN_URL, {"municipality": municipality_a.pk})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Sie haben in kurzer Zeit viele Anfragen gestellt." in content
    assert 'id="id_municipality_error"' in content
    assert not Membership.objects.filter(user=outsider).exists()
    assert len(mail.outbox) == sent


def test_the_limit_counts_per_person_across_municipalities(
    client, outsider, editor_b, curator, settings
):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "membership_request": "2/h/user",
    }
    towns = [MunicipalityFactory(name=f"Ort {n}", ags=f"0999910{n}") for n in range(3)]
    client.force_login(outsider)
    assert client.post(JOIN_URL, {"municipality": towns[0].pk}).status_code == 302
    assert client.post(JOIN_URL, {"municipality": towns[1].pk}).status_code == 302
    assert client.post(JOIN_URL, {"municipality": towns[2].pk}).status_code == 200
    assert Membership.objects.filter(user=outsider).count() == 2
    # Someone else still may ask.
    client.force_login(outsider.__class__.objects.create_user("zweite", "zweite@example.org"))
    assert client.post(JOIN_URL, {"municipality": towns[2].pk}).status_code == 302
