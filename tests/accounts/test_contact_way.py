"""A page that says "contact us" gives the way: the operator's address, else the Impressum."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_verification_sent_page_names_the_operator_address(client, settings):
    settings.KOMMUNECT_OPERATOR = {**settings.KOMMUNECT_OPERATOR, "email": "hilfe@example.org"}
    html = client.get(reverse("account_email_verification_sent")).content.decode()
    assert 'href="mailto:hilfe@example.org"' in html


def test_without_an_address_it_points_to_the_impressum(client, settings):
    settings.KOMMUNECT_OPERATOR = {**settings.KOMMUNECT_OPERATOR, "email": ""}
    html = client.get(reverse("account_email_verification_sent")).content.decode()
    assert (
        f'So erreichen Sie uns: siehe <a class="kern-link" href="{reverse("legal:imprint")}"'
        in html
    )
