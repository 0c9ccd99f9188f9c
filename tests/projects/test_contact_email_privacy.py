"""A contact person's e-mail address: never for anonymous visitors, rate limited for users."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db

PROJECT_EMAIL = "dana.beispiel@musterstadt.example"
OFFICER_EMAIL = "olaf.lotse@musterstadt.example"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth's rate limiter counts in the cache; every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def owner():
    return MunicipalityFactory(
        name="Musterstadt",
        officer_name="Olaf Lotse",
        officer_role="CDO",
        officer_email=OFFICER_EMAIL,
    )


@pytest.fixture
def project(owner):
    return ProjectFactory(
        owner=owner,
        contact_name="Dana Beispiel",
        contact_role="Digitalisierungslotsin",
        contact_email=PROJECT_EMAIL,
    )


def _pages(project):
    """(page URL, reveal URL, the address) of the project page and the municipality page."""
    owner = project.owner
    return [
        (
            project.get_absolute_url(),
            reverse("projects:contact-email", args=[project.slug]),
            PROJECT_EMAIL,
        ),
        (
            owner.get_absolute_url(),
            reverse("regions:contact-email", args=[owner.slug]),
            OFFICER_EMAIL,
        ),
    ]


def test_anonymous_visitor_sees_name_role_and_a_sign_in_link_never_the_address(client, project):
    for page_url, reveal_url, email in _pages(project):
        html = client.get(page_url).content.decode()
        assert email not in html
        assert email.split("@")[0] not in html
        assert "Melden Sie sich an, um die E-Mail-Adresse zu sehen." in html
        assert "/accounts/login/?next=" in html
        assert reveal_url not in html
    html = client.get(project.get_absolute_url()).content.decode()
    assert "Dana Beispiel" in html
    assert "Digitalisierungslotsin" in html
    html = client.get(project.owner.get_absolute_url()).content.decode()
    assert "Olaf Lotse" in html
    assert "CDO" in html


def test_anonymous_post_is_sent_to_sign_in_without_the_address(client, project):
    for _page_url, reveal_url, email in _pages(project):
        for headers in ({}, {"HX-Request": "true"}):
            response = client.post(reveal_url, headers=headers)
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("account_login") + "?next=")
            assert email not in response.content.decode()
            assert email not in response["Location"]


def test_signed_in_user_sees_the_address_on_request(client, project, outsider):
    client.force_login(outsider)
    for page_url, reveal_url, email in _pages(project):
        assert email not in client.get(page_url).content.decode()
        response = client.post(reveal_url)
        assert response.status_code == 200
        assert f'href="mailto:{email}"' in response.content.decode()


def test_revealing_is_rate_limited_with_a_german_message(client, project, outsider, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "contact_email": "2/m/user"}
    client.force_login(outsider)
    project_reveal, municipality_reveal = (reveal for _, reveal, _ in _pages(project))
    assert PROJECT_EMAIL in client.post(project_reveal).content.decode()
    assert OFFICER_EMAIL in client.post(municipality_reveal).content.decode()

    limited = ((project_reveal, PROJECT_EMAIL), (municipality_reveal, OFFICER_EMAIL))
    for reveal_url, email in limited:
        response = client.post(reveal_url)
        assert response.status_code == 429
        html = response.content.decode()
        assert email not in html
        assert "Sie haben in kurzer Zeit viele E-Mail-Adressen abgerufen." in html


def test_the_limit_message_reaches_htmx_in_the_contact_block(client, project, outsider, settings):
    """htmx swaps only successful answers, so the block with the message comes as 200."""
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "contact_email": "1/m/user"}
    client.force_login(outsider)
    reveal_url = reverse("projects:contact-email", args=[project.slug])
    client.post(reveal_url, headers={"HX-Request": "true"})
    response = client.post(reveal_url, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith('<section id="kontakt"')
    assert "Sie haben in kurzer Zeit viele E-Mail-Adressen abgerufen." in html
    assert PROJECT_EMAIL not in html


def test_the_limit_counts_per_account(client, project, outsider, editor_a, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "contact_email": "1/m/user"}
    reveal_url = reverse("projects:contact-email", args=[project.slug])
    client.force_login(outsider)
    assert client.post(reveal_url).status_code == 200
    assert client.post(reveal_url).status_code == 429
    client.force_login(editor_a)
    assert PROJECT_EMAIL in client.post(reveal_url).content.decode()


def test_the_default_limit_stops_harvesting_forty_addresses_at_once(client, owner, outsider):
    """The attack of issue 10: 40 reveals in a row by one account. With the default limit
    (10 a minute, 60 a day) it gets ten addresses, then only the limit message."""
    projects = [
        ProjectFactory(owner=owner, contact_name=f"Person {n}", contact_email=f"p{n}@ort.example")
        for n in range(40)
    ]
    client.force_login(outsider)
    responses = [
        client.post(reverse("projects:contact-email", args=[project.slug])) for project in projects
    ]
    assert [response.status_code for response in responses] == [200] * 10 + [429] * 30
    shown = [
        project.contact_email
        for project, response in zip(projects, responses, strict=True)
        if project.contact_email in response.content.decode()
    ]
    assert shown == [f"p{n}@ort.example" for n in range(10)]
