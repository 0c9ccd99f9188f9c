"""Joining a municipality with a forged id: the form comes back, never a 500."""

import pytest
from django.urls import reverse

from municipalities.models import Membership

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("raw_id", ["²", "١٢", "1" * 40, "\x00"])
def test_join_with_non_ascii_digit_id_shows_the_form_again(client, outsider, raw_id):
    client.force_login(outsider)

    response = client.post(reverse("municipalities:join"), {"municipality": raw_id})

    assert response.status_code == 200
    assert Membership.objects.count() == 0
