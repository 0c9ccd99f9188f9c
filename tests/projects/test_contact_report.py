"""The abuse link of a contact mail, and the curators' log of contact messages."""

import re
import time

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from projects.contact import REPORT_SALT, message_for_token, report_token
from projects.models import ContactMessage
from tests.factories import MunicipalityFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

PROJECT_EMAIL = "dana.beispiel@musterstadt.example"


@pytest.fixture
def project(municipality_a):
    return ProjectFactory(
        owner=municipality_a, title="Digitale Hundesteuer", contact_email=PROJECT_EMAIL
    )


@pytest.fixture
def sent(client, project, editor_b, curator):
    """A message sent through the form; returns the report URL from its mail."""
    client.force_login(editor_b)
    client.post(reverse("projects:contact", args=[project.slug]), {"message": "Werbung!"})
    client.logout()
    (message,) = mail.outbox
    mail.outbox.clear()
    return re.search(r"http://testserver(/projekte/kontakt/melden/\S+/)", message.body)[1]


def test_the_link_asks_to_confirm_without_login_and_changes_nothing(client, sent):
    response = client.get(sent)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nachricht als Missbrauch melden" in html
    assert "Digitale Hundesteuer" in html
    assert "Nachricht melden" in html  # the button
    assert ContactMessage.objects.get().reported_at is None
    assert mail.outbox == []


def test_confirming_marks_the_message_and_tells_the_curators_once(client, sent, curator):
    response = client.post(sent)
    assert response.status_code == 200
    assert "Danke: Die Nachricht ist gemeldet." in response.content.decode()
    log = ContactMessage.objects.get()
    assert log.is_reported
    (message,) = mail.outbox
    assert message.to == [curator.email]
    assert message.subject == "[Kommunect] Kontaktnachricht als Missbrauch gemeldet"
    assert "Digitale Hundesteuer" in message.body
    assert "Beispielhausen" in message.body  # the sender's municipality
    assert "http://testserver/projekte/moderation/kontakte/" in message.body
    assert "Werbung!" not in message.body  # never stored, so never told
    assert PROJECT_EMAIL not in message.body

    again = client.post(sent)
    assert again.status_code == 200
    assert "wurde bereits am" in again.content.decode()
    assert len(mail.outbox) == 1
    assert ContactMessage.objects.get().reported_at == log.reported_at


@pytest.mark.parametrize(
    "token",
    [
        "kaputt",
        "eyJ0ZXN0IjoxfQ:1abcde:falsche-signatur",
        signing.dumps(1, salt="eine-andere-verwendung"),
        signing.dumps("1", salt=REPORT_SALT),  # signed, but not a message number
    ],
)
def test_a_bad_token_gets_our_page_with_400(client, token):
    for method in (client.get, client.post):
        response = method(reverse("projects:contact-report", args=[token]))
        assert response.status_code == 400
        html = response.content.decode()
        assert "Dieser Meldelink ist ungültig oder abgelaufen" in html
        assert "<h1" in html
    assert mail.outbox == []


def test_an_expired_token_gets_our_page_with_400(client, sent):
    log = ContactMessage.objects.get()

    class LongAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 91 * 24 * 3600)

    token = LongAgo(salt=REPORT_SALT).sign_object(log.pk, compress=True)
    response = client.post(reverse("projects:contact-report", args=[token]))
    assert response.status_code == 400
    assert "abgelaufen" in response.content.decode()
    assert ContactMessage.objects.get().reported_at is None


def test_a_token_of_a_deleted_message_is_400(client, sent):
    ContactMessage.objects.all().delete()
    assert client.post(sent).status_code == 400


# The curators' log ------------------------------------------------------------------------------


def _rows(count, project, sender):
    ContactMessage.objects.bulk_create(
        ContactMessage(
            sender=sender,
            sender_name=f"Person {n}",
            sender_municipality=sender_municipality,
            recipient_kind=ContactMessage.RecipientKind.PROJECT_CONTACT,
            recipient_emails=[PROJECT_EMAIL],
            project=project,
            municipality=project.owner,
            subject_title=project.title,
        )
        for n, sender_municipality in zip(
            range(count), [MunicipalityFactory()] * count, strict=True
        )
    )
    # bulk_create sets one time for all: spread them, newest = highest number
    for n, pk in enumerate(ContactMessage.objects.order_by("pk").values_list("pk", flat=True)):
        ContactMessage.objects.filter(pk=pk).update(
            created_at=timezone.now() - timezone.timedelta(minutes=count - n)
        )


def test_curators_see_the_log_newest_first_with_reports_marked(
    client, sent, curator, project, editor_b
):
    client.post(sent)  # reported
    project.owner.officer_email = "olaf.lotse@musterstadt.example"
    project.owner.save()
    client.force_login(editor_b)
    client.post(reverse("regions:contact", args=[project.owner.slug]), {"message": "Hallo"})
    client.force_login(curator)
    html = client.get(reverse("projects:contact-log")).content.decode()
    assert "2 Nachrichten" in html
    first, second = (
        html.index("Ansprechperson für Digitalisierung"),
        html.index("Ansprechperson des Projekts"),
    )
    assert first < second  # the municipality message is newer
    assert html.count("gemeldet am") == 1
    assert "Beispielhausen" in html  # the sender's municipality
    assert f'href="{project.get_absolute_url()}"' in html
    assert PROJECT_EMAIL not in html
    assert "olaf.lotse" not in html
    assert "Werbung!" not in html


def test_the_moderation_page_links_to_the_log(client, curator):
    client.force_login(curator)
    html = client.get(reverse("projects:moderation")).content.decode()
    assert f'href="{reverse("projects:contact-log")}"' in html


@pytest.mark.parametrize("persona", ["outsider", "editor_a", "admin_a"])
def test_others_get_403(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("projects:contact-log")).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("projects:contact-log"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("count", [10, 1000])
def test_the_log_costs_the_same_queries_for_10_and_1000_rows(
    client, curator, project, django_assert_num_queries, count
):
    _rows(count, project, UserFactory())
    client.force_login(curator)
    client.get(reverse("projects:contact-log"))  # session and user caches warm
    # session, user, curator group, count, demo notice, the page of rows with their links
    with django_assert_num_queries(6):
        response = client.get(reverse("projects:contact-log"))
    rows = response.content.decode().count('<tr class="kern-table__row">') - 1  # the header
    assert rows == min(count, 50)


def test_the_log_is_paginated(client, curator, project):
    _rows(51, project, UserFactory())
    client.force_login(curator)
    first = client.get(reverse("projects:contact-log")).content.decode()
    assert "Seite 1 von 2" in first
    assert "Person 50" in first  # the newest
    assert "Person 0<" not in first
    second = client.get(reverse("projects:contact-log") + "?seite=2").content.decode()
    assert "Person 0<" in second
    assert client.get(reverse("projects:contact-log") + "?seite=x").status_code == 200


def test_a_report_token_names_its_message_and_nothing_else(project, editor_b):
    log = ContactMessage.objects.create(
        sender=editor_b,
        sender_name="B",
        recipient_kind=ContactMessage.RecipientKind.PROJECT_CONTACT,
        recipient_emails=[PROJECT_EMAIL],
        project=project,
        subject_title="x",
    )
    token = report_token(log)
    assert "/" not in token  # fits one path segment
    assert message_for_token(token) == log
    assert message_for_token(token + "x") is None
