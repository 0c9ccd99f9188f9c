"""Contact forms: what the mail carries, whom it reaches, limits, bad input, htmx and no-JS,
and that a failing mail server loses nothing."""

from io import StringIO
from smtplib import SMTPServerDisconnected

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kommunect.models import OutboxMessage
from municipalities.models import Membership
from projects.models import ContactMessage
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

PROJECT_EMAIL = "dana.beispiel@musterstadt.example"
OFFICER_EMAIL = "olaf.lotse@musterstadt.example"
TEXT = "Guten Tag,\n\nwir planen dasselbe in Beispielhausen. Dürfen wir Ihre Formulare nutzen?"
Kind = ContactMessage.RecipientKind


@pytest.fixture
def owner(municipality_a):
    municipality_a.officer_name = "Olaf Lotse"
    municipality_a.officer_role = "CDO"
    municipality_a.officer_email = OFFICER_EMAIL
    municipality_a.save()
    return municipality_a


@pytest.fixture
def project(owner):
    return ProjectFactory(
        owner=owner,
        title="Digitale Hundesteuer",
        contact_name="Dana Beispiel",
        contact_role="Digitalisierungslotsin",
        contact_email=PROJECT_EMAIL,
    )


@pytest.fixture
def sender(municipality_b):
    user = UserFactory(username="bea", first_name="Bea", last_name="Beispiel")
    MembershipFactory(user=user, municipality=municipality_b)
    return user


def project_url(project):
    return reverse("projects:contact", args=[project.slug])


def municipality_url(municipality):
    return reverse("regions:contact", args=[municipality.slug])


def send(client, url, text=TEXT, **kwargs):
    return client.post(url, {"message": text}, **kwargs)


# What the mail carries --------------------------------------------------------------------------


def test_the_mail_names_the_project_the_sender_and_replies_to_them(client, project, sender):
    client.force_login(sender)
    response = send(client, project_url(project))
    assert response.status_code == 302
    assert response["Location"] == project.get_absolute_url()  # the message is on top
    (message,) = mail.outbox
    assert message.to == [PROJECT_EMAIL]
    assert message.reply_to == [f'"Bea Beispiel (Beispielhausen)" <{sender.email}>']
    assert message.from_email == "Kommunect <noreply@localhost>"
    assert message.subject == ("[Kommunect] Nachricht zu „Digitale Hundesteuer“ von Bea Beispiel")
    assert TEXT in message.body
    assert "Absender/in: Bea Beispiel, Beispielhausen" in message.body
    assert f"E-Mail: {sender.email}" in message.body
    assert f"http://testserver{project.get_absolute_url()}" in message.body
    assert "Antworten Sie einfach auf diese E-Mail" in message.body
    assert "http://testserver/projekte/kontakt/melden/" in message.body
    assert "Kommunect-Team" in message.body
    assert message.message().get_content_type() == "text/plain"  # no HTML part

    log = ContactMessage.objects.get()
    assert (log.sender, log.sender_name, log.sender_municipality) == (
        sender,
        "Bea Beispiel",
        sender.memberships.get().municipality,
    )
    assert (log.recipient_kind, log.project, log.municipality) == (
        Kind.PROJECT_CONTACT,
        project,
        project.owner,
    )
    assert log.subject_title == "Digitale Hundesteuer"
    assert log.reported_at is None


def test_the_log_row_never_holds_the_text(client, project, sender):
    client.force_login(sender)
    send(client, project_url(project), "Geheimnisvoller Inhalt 4711")
    row = ContactMessage.objects.values().get()
    assert not any("4711" in str(value) for value in row.values())


def test_the_municipality_mail_names_the_municipality(client, owner, sender):
    client.force_login(sender)
    assert send(client, municipality_url(owner)).status_code == 302
    (message,) = mail.outbox
    assert message.to == [OFFICER_EMAIL]
    assert message.subject == "[Kommunect] Nachricht an Musterstadt von Bea Beispiel"
    assert "als Ansprechperson von Musterstadt" in message.body
    log = ContactMessage.objects.get()
    assert (log.recipient_kind, log.project, log.municipality) == (Kind.OFFICER, None, owner)


def test_a_sender_without_municipality_is_named_so(client, project, outsider):
    client.force_login(outsider)
    send(client, project_url(project))
    assert "(ohne bestätigte Kommune)" in mail.outbox[0].body
    assert ContactMessage.objects.get().sender_municipality is None


def test_a_pending_membership_is_not_the_senders_municipality(client, project, outsider):
    MembershipFactory(
        user=outsider, municipality=MunicipalityFactory(), state=Membership.State.REQUESTED
    )
    client.force_login(outsider)
    send(client, project_url(project))
    assert ContactMessage.objects.get().sender_municipality is None


# Whom it reaches --------------------------------------------------------------------------------


def test_without_project_address_the_officer_gets_it_and_is_told_why(client, owner, sender):
    project = ProjectFactory(owner=owner, contact_name="Dana Beispiel")
    client.force_login(sender)
    html = client.get(project.get_absolute_url()).content.decode()
    assert "Olaf Lotse (Ansprechperson für Digitalisierung)" in html
    assert "keine Ansprechperson mit E-Mail-Adresse eingetragen" in html
    send(client, project_url(project))
    (message,) = mail.outbox
    assert message.to == [OFFICER_EMAIL]
    assert "weil für das Projekt keine Ansprechperson mit E-Mail-Adresse" in message.body
    assert ContactMessage.objects.get().recipient_kind == Kind.OFFICER


def test_without_any_address_each_admin_gets_a_mail_of_their_own(
    client, municipality_a, admin_a, sender
):
    second_admin = MembershipFactory(municipality=municipality_a, role=Membership.Role.ADMIN).user
    MembershipFactory(municipality=municipality_a)  # an editor: not a recipient
    project = ProjectFactory(owner=municipality_a)
    client.force_login(sender)
    html = client.get(project.get_absolute_url()).content.decode()
    assert "die Kommunen-Admins von Musterstadt" in html
    send(client, project_url(project))
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [admin_a.email, second_admin.email]
    )
    assert all(len(message.to) == 1 for message in mail.outbox)  # they do not see each other
    log = ContactMessage.objects.get()
    assert log.recipient_kind == Kind.ADMINS
    assert sorted(log.recipient_emails) == sorted([admin_a.email, second_admin.email])


def test_an_admin_writing_to_the_admins_reaches_the_others_only(client, municipality_a, admin_a):
    other = MembershipFactory(municipality=municipality_a, role=Membership.Role.ADMIN).user
    client.force_login(admin_a)
    assert send(client, municipality_url(municipality_a)).status_code == 302
    assert [message.to for message in mail.outbox] == [[other.email]]


def test_the_sole_admin_writing_to_themselves_is_refused(client, municipality_a, admin_a):
    client.force_login(admin_a)
    html = client.get(municipality_url(municipality_a)).content.decode()
    assert "Sie sind hier selbst als Ansprechperson eingetragen" in html
    assert send(client, municipality_url(municipality_a)).status_code == 400
    assert mail.outbox == []


def test_the_address_comparison_ignores_case(client, owner, sender):
    project = ProjectFactory(owner=owner, contact_email=sender.email.upper())
    client.force_login(sender)
    assert send(client, project_url(project)).status_code == 400
    assert not ContactMessage.objects.exists()


# Bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "Bitte schreiben Sie eine Nachricht."),
        ("   \n\t ", "Bitte schreiben Sie eine Nachricht."),
        ("x" * 5001, "Die Nachricht ist zu lang: höchstens 5000 Zeichen (jetzt 5001)."),
        ("Hallo\x00Welt", "Nullzeichen sind nicht erlaubt."),
    ],
)
@pytest.mark.parametrize("target", ["project", "municipality"])
def test_bad_input_gets_a_german_error_next_to_the_field(
    client, project, sender, text, error, target
):
    client.force_login(sender)
    url = project_url(project) if target == "project" else municipality_url(project.owner)
    response = send(client, url, text)
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert 'aria-invalid="true"' in html
    assert "kern-form-input--error" in html
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_a_message_of_exactly_the_maximum_is_sent(client, project, sender):
    client.force_login(sender)
    assert send(client, project_url(project), "x" * 5000).status_code == 302
    assert "x" * 5000 in mail.outbox[0].body


def test_html_is_sent_as_typed_in_plain_text_and_never_rendered(client, project, sender, settings):
    """Decision: tags are kept literally (a recipient sees what was typed); the mail is plain
    text only, and the form shows the text escaped when it comes back."""
    html_text = '<script>alert(1)</script><b>fett</b> <a href="https://evil.example">hier</a>'
    client.force_login(sender)
    send(client, project_url(project), html_text)
    (message,) = mail.outbox
    assert html_text in message.body
    assert message.message().get_content_type() == "text/plain"

    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "1/h", "recipient": ""}
    response = send(client, project_url(project), html_text)  # refused: the form comes back
    assert response.status_code == 429
    page = response.content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;fett&lt;/b&gt;" in page


# Limits -----------------------------------------------------------------------------------------


def test_the_sender_limit_refuses_with_429_and_keeps_the_text(client, owner, sender, settings):
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "2/h", "recipient": ""}
    projects = [ProjectFactory(owner=owner, contact_email=f"p{n}@ort.example") for n in range(3)]
    client.force_login(sender)
    assert send(client, project_url(projects[0])).status_code == 302
    assert send(client, municipality_url(owner)).status_code == 302  # the limit spans both forms
    response = send(client, project_url(projects[2]), "Mein dritter Text")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Sie haben in kurzer Zeit viele Nachrichten geschrieben" in html
    assert "Mein dritter Text" in html
    assert ContactMessage.objects.count() == 2
    assert len(mail.outbox) == 2


def test_the_limit_reaches_htmx_in_the_form_fragment(client, project, sender, settings):
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "1/h", "recipient": ""}
    client.force_login(sender)
    send(client, project_url(project), headers={"HX-Request": "true"})
    response = send(client, project_url(project), "Noch einmal", headers={"HX-Request": "true"})
    assert response.status_code == 200  # htmx swaps only successful answers
    html = response.content.decode()
    assert html.strip().startswith('<div id="kontakt-formular"')
    assert "Sie haben in kurzer Zeit viele Nachrichten geschrieben" in html
    assert "Noch einmal" in html
    assert ContactMessage.objects.count() == 1


def test_the_recipient_limit_counts_every_sender(client, project, sender, outsider, settings):
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "", "recipient": "1/d"}
    client.force_login(sender)
    assert send(client, project_url(project)).status_code == 302
    client.force_login(outsider)
    assert send(client, project_url(project)).status_code == 429
    # Another recipient is not affected.
    assert send(client, municipality_url(project.owner)).status_code == 302


def test_the_recipient_limit_follows_the_address_across_pages(client, owner, sender, settings):
    """The officer is also the contact of a project: both forms reach one person."""
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "", "recipient": "1/d"}
    project = ProjectFactory(owner=owner, contact_email=OFFICER_EMAIL.upper())
    client.force_login(sender)
    assert send(client, municipality_url(owner)).status_code == 302
    assert send(client, project_url(project)).status_code == 429


def test_messages_older_than_the_window_do_not_count(client, project, sender, settings):
    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "1/h", "recipient": "2/d"}
    client.force_login(sender)
    assert send(client, project_url(project)).status_code == 302
    ContactMessage.objects.update(created_at=timezone.now() - timezone.timedelta(minutes=61))
    assert send(client, project_url(project)).status_code == 302
    assert send(client, project_url(project)).status_code == 429  # 1 in the last hour


def test_the_default_limits_stop_a_burst(client, owner, sender):
    """The harvesting attack of issue 10, now against the form: 30 messages in a row."""
    projects = [ProjectFactory(owner=owner, contact_email=f"p{n}@ort.example") for n in range(30)]
    client.force_login(sender)
    codes = [send(client, project_url(project)).status_code for project in projects]
    assert codes == [302] * 5 + [429] * 25
    assert len(mail.outbox) == 5


def test_the_limits_are_parsed_from_settings():
    from datetime import timedelta

    from projects.contact import parse_limits

    assert parse_limits("5/h, 20/d") == [(5, timedelta(hours=1)), (20, timedelta(days=1))]
    assert parse_limits("3/10m") == [(3, timedelta(minutes=10))]
    assert parse_limits("") == []
    with pytest.raises(ValueError, match="Not a contact limit"):
        parse_limits("fünf pro Stunde")


# htmx and without JavaScript --------------------------------------------------------------------


def test_htmx_gets_the_form_fragment_with_the_confirmation(client, project, sender):
    client.force_login(sender)
    response = send(client, project_url(project), headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.strip().startswith('<div id="kontakt-formular"')
    assert "<h1" not in html
    assert "Ihre Nachricht ist unterwegs" in html
    assert TEXT not in html  # a fresh form
    assert len(mail.outbox) == 1


def test_htmx_errors_come_in_the_fragment(client, project, sender):
    client.force_login(sender)
    response = send(client, project_url(project), "", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.strip().startswith('<div id="kontakt-formular"')
    assert "Bitte schreiben Sie eine Nachricht." in html


def test_without_javascript_post_redirect_get_with_a_message(client, project, sender):
    client.force_login(sender)
    response = send(client, project_url(project), follow=True)
    assert response.redirect_chain == [(project.get_absolute_url(), 302)]
    html = response.content.decode()
    assert "Ihre Nachricht ist unterwegs" in html
    assert "<h1" in html


def test_the_page_form_posts_in_place_and_without_javascript(client, project, sender):
    client.force_login(sender)
    html = client.get(project.get_absolute_url()).content.decode()
    url = project_url(project)
    assert f'action="{url}"' in html
    assert f'hx-post="{url}"' in html
    assert 'hx-target="#kontakt-formular"' in html
    html = client.get(project.owner.get_absolute_url()).content.decode()
    assert f'hx-post="{municipality_url(project.owner)}"' in html
    assert "htmx-2.min.js" in html


def test_anonymous_visitors_see_a_sign_in_link_back_to_the_form(client, project):
    for page, form_url in (
        (project.get_absolute_url(), project_url(project)),
        (project.owner.get_absolute_url(), municipality_url(project.owner)),
    ):
        html = client.get(page).content.decode()
        assert f'href="/accounts/login/?next={form_url}"' in html
        assert "Melden Sie sich an, um eine Nachricht zu schreiben." in html
        assert "Nachricht senden" not in html


# Mail after commit, never lost ------------------------------------------------------------------


class FailingDelivery(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise SMTPServerDisconnected("Connection unexpectedly closed")


def test_a_failing_mail_server_keeps_the_mail_and_the_request_succeeds(
    client, project, sender, settings, django_capture_on_commit_callbacks
):
    settings.MAILERS = {
        "default": {"BACKEND": "kommunect.outbox.OutboxBackend"},
        "delivery": {"BACKEND": f"{__name__}.FailingDelivery"},
    }
    client.force_login(sender)
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, project_url(project))
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1
    queued = OutboxMessage.objects.get()
    assert queued.recipients == PROJECT_EMAIL
    assert queued.attempts == 1
    assert "SMTPServerDisconnected" in queued.last_error

    settings.MAILERS = {
        "default": {"BACKEND": "kommunect.outbox.OutboxBackend"},
        "delivery": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
    }
    output = StringIO()
    call_command("send_queued_mail", stdout=output)
    assert output.getvalue() == "1 sent, 0 still queued.\n"
    (message,) = mail.outbox
    assert message.reply_to[0].endswith(f"<{sender.email}>")
    assert TEXT in message.body


# Parallel sends ---------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_parallel_send_waits_and_then_counts_the_first(project, sender, settings):
    """Two sends of one sender at once with one place left: the second waits for the first's
    lock, then counts its committed row and is refused. Without the lock both would pass."""
    import threading

    from django.db import connection, transaction

    from projects.services.contact import ContactRefused, contact_project
    from tests.concurrency import backend_pid, wait_until_blocked

    settings.KOMMUNECT_CONTACT_LIMITS = {"sender": "1/h", "recipient": ""}
    second_pid, outcome, connected = [], [], threading.Event()

    def second():
        try:
            second_pid.append(backend_pid())
            connected.set()
            contact_project(sender=sender, project=project, message="Zweite")
            outcome.append("sent")
        except ContactRefused as error:
            outcome.append(error.code)
        finally:
            connection.close()

    with transaction.atomic():
        contact_project(sender=sender, project=project, message="Erste")
        thread = threading.Thread(target=second)
        thread.start()
        assert connected.wait(10)
        wait_until_blocked(second_pid[0])
    thread.join(10)
    assert outcome == ["rate_limited"]
    assert ContactMessage.objects.count() == 1


# Query cost -------------------------------------------------------------------------------------


# project page, municipality page: pinned per persona (the user adds session, user, the
# user's memberships for the page links); the project page also has the request box and the
# similar projects (2), the municipality page the request figures.
PAGE_QUERIES = {None: (14, 8), "sender": (18, 12)}


@pytest.mark.parametrize("persona", [None, "sender"])
def test_the_contact_sections_cost_the_same_for_10_and_1000_projects(
    client, request, municipality_a, admin_a, persona
):
    """The project page and the municipality page, with the costliest fallback (the admins),
    answer with the same number of queries whatever the number of projects."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from projects.models import Project

    def grow_to(total):
        have = Project.objects.filter(owner=municipality_a).count()
        Project.objects.bulk_create(ProjectFactory.build_batch(total - have, owner=municipality_a))

    if persona:
        client.force_login(request.getfixturevalue(persona))
    grow_to(10)
    project = Project.objects.filter(owner=municipality_a).first()
    pages = [project.get_absolute_url(), municipality_a.get_absolute_url()]
    for page in pages:
        client.get(page)  # session and user caches warm
    counts = {page: [] for page in pages}
    for total in (10, 1000):
        grow_to(total)
        for page in pages:
            with CaptureQueriesContext(connection) as captured:
                response = client.get(page)
            assert 'id="kontakt-formular"' in response.content.decode()
            counts[page].append(len(captured))
    print("queries at 10 and 1,000 projects", persona or "anonymous", list(counts.values()))
    assert [tuple(pair) for pair in counts.values()] == [
        (expected, expected) for expected in PAGE_QUERIES[persona]
    ]
