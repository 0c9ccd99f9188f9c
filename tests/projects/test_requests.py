"""Reuse requests in the browser without JavaScript: asking, answering, agreeing, completing;
bad input, a stale second tab, the one-open-request rule, reminders, figures, query counts."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from kommunect.models import OutboxMessage
from municipalities.models import Membership
from projects.models import Project, ReuseRequest, ReuseRequestEvent
from projects.reuse_requests import municipality_figures
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db
State = ReuseRequest.State
Action = ReuseRequestEvent.Action


@pytest.fixture
def project(municipality_a):
    return ProjectFactory(
        owner=municipality_a,
        title="Digitale Hundesteuer",
        contact_email="kontakt@musterstadt.example",
    )


def create_url(project):
    return reverse("projects:request-create", args=[project.slug])


def step_url(step, reuse_request):
    return reverse(f"projects:request-{step}", args=[reuse_request.project.slug, reuse_request.pk])


def ask(client, project, municipality, **fields):
    data = {
        "municipality": municipality.pk,
        "parts": ["concept", "documents"],
        "timeline": "ab Herbst 2027",
        "questions": "Was hat die Einführung gekostet?",
        **fields,
    }
    return client.post(create_url(project), data)


def test_b_asks_a_answers_b_agrees_and_completes(
    client, project, municipality_b, editor_a, editor_b, django_capture_on_commit_callbacks
):
    client.force_login(editor_b)
    page = client.get(project.get_absolute_url()).content.decode()
    assert "die Nachnutzung angefragt" not in page  # no figure while no one asked
    assert create_url(project) in page

    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, project, municipality_b)
    reuse_request = ReuseRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reuse_request.get_absolute_url()
    assert reuse_request.state == State.OPEN
    assert reuse_request.parts == ["concept", "documents"]
    assert reuse_request.created_by == editor_b
    assert [m.to for m in mail.outbox] == [[editor_a.email]]
    assert "Neue Nachnutzungsanfrage für „Digitale Hundesteuer“" in mail.outbox[0].subject
    assert reuse_request.get_absolute_url() in mail.outbox[0].body
    assert "Was hat die Einführung gekostet?" in mail.outbox[0].body
    assert "Was nachgenutzt werden soll: Konzept, Unterlagen und Ausschreibungen" in (
        mail.outbox[0].body
    )
    assert "Geplanter Zeitraum: ab Herbst 2027" in mail.outbox[0].body
    page = client.get(project.get_absolute_url()).content.decode()
    assert "1 Kommune hat die Nachnutzung angefragt" in page
    assert "Ihre Kommune hat die Nachnutzung bereits angefragt" in page

    client.force_login(editor_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            step_url("answer", reuse_request), {"version": 1, "text": "Rund 20.000 Euro."}
        )
    assert response.status_code == 302
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.CLARIFYING
    assert reuse_request.first_answered_at is not None
    assert [m.to for m in mail.outbox] == [[editor_b.email]]

    client.force_login(editor_b)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(step_url("agree", reuse_request), {"version": 2})
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.AGREED
    assert [m.to for m in mail.outbox] == [[editor_a.email]]

    page = client.get(reuse_request.get_absolute_url()).content.decode()
    assert "Nachnutzung starten" in page  # no own project yet: how to get one
    own = ProjectFactory(owner=municipality_b, based_on=project, title="Hundesteuer Beispiel")
    response = client.post(
        step_url("complete", reuse_request), {"version": 3, "resulting_project": own.pk}
    )
    assert response.status_code == 302
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.COMPLETED
    assert reuse_request.resulting_project == own
    assert list(reuse_request.events.values_list("action", "state")) == [
        (Action.ASKED, State.OPEN),
        (Action.ANSWERED, State.CLARIFYING),
        (Action.AGREED, State.AGREED),
        (Action.COMPLETED, State.COMPLETED),
    ]
    page = client.get(reuse_request.get_absolute_url()).content.decode()
    assert "Rund 20.000 Euro." in page
    assert "umgesetzt" in page


def test_starting_the_reuse_completes_the_agreed_request(
    client, project, municipality_b, editor_a, editor_b
):
    """ "Nachnutzung starten" after the agreement: B's new draft is the request's result."""
    project.publication_state = Project.PublicationState.PUBLISHED
    project.save()
    reuse_request = ReuseRequest.objects.create(
        project=project, municipality=municipality_b, state=State.AGREED, version=3
    )
    client.force_login(editor_b)
    response = client.post(
        reverse("projects:reuse-start", args=[project.slug]),
        {"municipality": municipality_b.pk, "kind": Project.ReuseKind.ADAPTED},
    )
    draft = Project.objects.get(owner=municipality_b)
    assert response.status_code == 302
    reuse_request.refresh_from_db()
    assert (reuse_request.state, reuse_request.resulting_project) == (State.COMPLETED, draft)
    assert reuse_request.events.get().action == Action.COMPLETED


def test_a_may_decline_and_b_may_withdraw(client, project, municipality_b, editor_a, editor_b):
    client.force_login(editor_b)
    ask(client, project, municipality_b)
    first = ReuseRequest.objects.get()
    client.post(step_url("withdraw", first), {"version": 1})
    first.refresh_from_db()
    assert first.state == State.WITHDRAWN
    assert first.first_answered_at is None

    ask(client, project, municipality_b)  # withdrawn: B may ask again
    second = ReuseRequest.objects.exclude(pk=first.pk).get()
    client.force_login(editor_a)
    client.post(step_url("decline", second), {"version": 1, "text": "Vertrag verbietet es."})
    second.refresh_from_db()
    assert second.state == State.DECLINED
    assert second.events.last().text == "Vertrag verbietet es."
    assert second.first_answered_at is not None


def test_a_members_post_on_an_open_request_is_its_answer(client, project, municipality_b, editor_a):
    reuse_request = ReuseRequest.objects.create(project=project, municipality=municipality_b)
    client.force_login(editor_a)
    client.post(step_url("post", reuse_request), {"version": 1, "text": "Gern, rufen Sie an."})
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.CLARIFYING
    assert reuse_request.events.get().action == Action.ANSWERED


def test_b_cannot_complete_without_a_project_based_on_p(client, project, municipality_b, editor_b):
    reuse_request = ReuseRequest.objects.create(
        project=project, municipality=municipality_b, state=State.AGREED
    )
    unrelated = ProjectFactory(owner=municipality_b)
    client.force_login(editor_b)
    response = client.post(
        step_url("complete", reuse_request), {"version": 1, "resulting_project": unrelated.pk}
    )
    assert response.status_code == 200
    assert "Bitte wählen Sie ein Projekt Ihrer Kommune." in response.content.decode()
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.AGREED


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"questions": ""}, "Bitte stellen Sie Ihre Fragen an die Kommune."),
        ({"questions": "   \n  "}, "Bitte stellen Sie Ihre Fragen an die Kommune."),
        ({"questions": "x" * 5001}, "höchstens 5000 Zeichen"),
        ({"timeline": "y" * 201}, "höchstens 200 Zeichen"),
        ({"parts": []}, "Bitte wählen Sie mindestens eines aus."),
        ({"parts": ["alles"]}, "keine gültige Auswahl"),
    ],
)
def test_bad_request_input_gets_a_german_error_and_changes_nothing(
    client, project, municipality_b, editor_b, fields, error
):
    client.force_login(editor_b)
    response = ask(client, project, municipality_b, **fields)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not ReuseRequest.objects.exists()
    assert not OutboxMessage.objects.exists()


def test_html_in_questions_and_posts_is_shown_as_text(
    client, project, municipality_b, editor_a, editor_b
):
    client.force_login(editor_b)
    ask(client, project, municipality_b, questions="<script>alert(1)</script><b>fett</b>")
    reuse_request = ReuseRequest.objects.get()
    client.force_login(editor_a)
    client.post(
        step_url("answer", reuse_request), {"version": 1, "text": '<img src=x onerror="x">'}
    )
    html = client.get(reuse_request.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;fett&lt;/b&gt;" in html
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html


@pytest.mark.parametrize(
    ("text", "error"),
    [("", "Bitte schreiben Sie eine Nachricht."), ("z" * 5001, "höchstens 5000 Zeichen")],
)
def test_bad_messages_get_a_german_error(client, project, municipality_b, editor_b, text, error):
    reuse_request = ReuseRequest.objects.create(
        project=project, municipality=municipality_b, state=State.CLARIFYING
    )
    client.force_login(editor_b)
    response = client.post(step_url("post", reuse_request), {"version": 1, "text": text})
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not reuse_request.events.exists()


def test_a_request_for_ones_own_project_is_refused_in_german(client, project, editor_a):
    client.force_login(editor_a)
    response = client.get(create_url(project))
    assert response.status_code == 403
    assert "Das ist ein Projekt Ihrer Kommune." in response.content.decode()
    page = client.get(project.get_absolute_url()).content.decode()
    assert create_url(project) not in page


def test_a_second_open_request_is_refused_in_german(client, project, municipality_b, editor_b):
    client.force_login(editor_b)
    ask(client, project, municipality_b)
    response = ask(client, project, municipality_b, questions="Noch einmal?")
    assert response.status_code == 200
    assert "Ihre Kommune hat für dieses Projekt bereits eine offene Anfrage." in (
        response.content.decode()
    )
    assert ReuseRequest.objects.count() == 1


def test_the_form_says_so_before_a_second_request_is_written(
    client, project, municipality_b, editor_b
):
    client.force_login(editor_b)
    ask(client, project, municipality_b)
    page = client.get(create_url(project)).content.decode()
    assert "Ihre Kommune hat die Nachnutzung bereits angefragt." in page
    assert ReuseRequest.objects.get().get_absolute_url() in page
    assert 'name="questions"' not in page


def test_the_database_keeps_one_open_request_per_project_and_municipality(project, municipality_b):
    ReuseRequest.objects.create(project=project, municipality=municipality_b)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReuseRequest.objects.create(project=project, municipality=municipality_b)
    ReuseRequest.objects.update(state=State.DECLINED)
    ReuseRequest.objects.create(project=project, municipality=municipality_b)
    assert ReuseRequest.objects.count() == 2


def test_a_draft_cannot_be_asked_for(client, municipality_a, municipality_b, editor_b, curator):
    draft = ProjectFactory(owner=municipality_a, publication_state=Project.PublicationState.DRAFT)
    client.force_login(editor_b)
    assert client.get(create_url(draft)).status_code == 404
    assert ask(client, draft, municipality_b).status_code == 404
    # A curator who is also a member of B sees the draft, and is told why not.
    MembershipFactory(user=curator, municipality=municipality_b)
    client.force_login(curator)
    response = ask(client, draft, municipality_b)
    assert response.status_code == 403
    assert "Nur veröffentlichte Projekte können angefragt werden." in response.content.decode()
    assert not ReuseRequest.objects.exists()


def test_a_stale_answer_from_a_second_tab_is_refused_with_409_and_the_input_kept(
    client, project, municipality_b, editor_a, admin_a, django_capture_on_commit_callbacks
):
    reuse_request = ReuseRequest.objects.create(project=project, municipality=municipality_b)
    client.force_login(editor_a)
    page = client.get(reuse_request.get_absolute_url()).content.decode()
    assert 'name="version" value="1"' in page
    client.post(step_url("answer", reuse_request), {"version": 1, "text": "Erste Antwort."})

    events = ReuseRequestEvent.objects.count()
    outbox = OutboxMessage.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            step_url("answer", reuse_request), {"version": 1, "text": "Zweite Antwort aus Tab 2."}
        )
    html = response.content.decode()
    assert response.status_code == 409
    assert "In dieser Anfrage ist inzwischen etwas geschehen" in html
    assert "Zweite Antwort aus Tab 2.</textarea>" in html
    assert "Erste Antwort." in html  # the page as it is now
    assert 'name="version" value="2"' in html  # sending again works
    assert ReuseRequestEvent.objects.count() == events
    assert OutboxMessage.objects.count() == outbox
    assert mail.outbox == []


def test_a_stale_decision_is_refused_with_409(client, project, municipality_b, editor_a):
    reuse_request = ReuseRequest.objects.create(project=project, municipality=municipality_b)
    client.force_login(editor_a)
    client.post(step_url("agree", reuse_request), {"version": 1})
    response = client.post(step_url("decline", reuse_request), {"version": 1, "text": "Doch nicht"})
    assert response.status_code == 409
    assert "Doch nicht" in response.content.decode()  # shown with the error: no form now
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.AGREED


def test_a_member_of_several_municipalities_chooses_for_which_one_to_ask(
    client, project, municipality_b, editor_b
):
    third = MunicipalityFactory(name="Drittdorf")
    MembershipFactory(user=editor_b, municipality=third)
    client.force_login(editor_b)
    form = client.get(create_url(project)).content.decode()
    assert "Für welche Kommune fragen Sie an?" in form
    assert "Drittdorf" in form
    assert "Beispielhausen" in form
    ask(client, project, third)
    assert ReuseRequest.objects.get().municipality == third


def test_visitors_see_what_they_need_first(client, project, outsider):
    page = client.get(project.get_absolute_url()).content.decode()
    assert "um die Nachnutzung anzufragen" in page
    assert "Melden Sie sich an" in client.get(create_url(project)).content.decode()
    client.force_login(outsider)
    page = client.get(project.get_absolute_url()).content.decode()
    assert "treten Sie zuerst Ihrer Kommune bei" in page
    response = client.get(create_url(project))
    assert response.status_code == 200
    assert reverse("municipalities:join") in response.content.decode()


# --- mails to the other side -----------------------------------------------------------------


def test_a_without_members_hears_through_the_projects_contact(
    client, municipality_b, editor_b, django_capture_on_commit_callbacks
):
    lonely = ProjectFactory(contact_email="kontakt@dorf.example")
    client.force_login(editor_b)
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, lonely, municipality_b)
    assert [m.to for m in mail.outbox] == [["kontakt@dorf.example"]]


def test_mail_goes_to_approved_members_only(
    client,
    project,
    municipality_a,
    municipality_b,
    editor_a,
    editor_b,
    django_capture_on_commit_callbacks,
):
    MembershipFactory(
        user=UserFactory(username="waiting"),
        municipality=municipality_a,
        state=Membership.State.REQUESTED,
    )
    client.force_login(editor_b)
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, project, municipality_b)
    assert [m.to for m in mail.outbox] == [[editor_a.email]]


# --- reminders -------------------------------------------------------------------------------


def test_a_is_reminded_once_after_seven_days_without_an_answer(
    project, municipality_b, editor_a, monkeypatch, django_capture_on_commit_callbacks
):
    waiting = ReuseRequest.objects.create(project=project, municipality=municipality_b)
    answered = ReuseRequest.objects.create(
        project=ProjectFactory(owner=project.owner),
        municipality=municipality_b,
        state=State.CLARIFYING,
    )
    start = timezone.now()

    def run_at(days):
        monkeypatch.setattr(timezone, "now", lambda: start + datetime.timedelta(days=days))
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_reuse_reminders", stdout=io.StringIO())

    run_at(6.9)
    assert mail.outbox == []
    run_at(7.01)
    assert [m.to for m in mail.outbox] == [[editor_a.email]]
    assert "Erinnerung" in mail.outbox[0].subject
    assert waiting.get_absolute_url() in mail.outbox[0].body
    run_at(8)
    run_at(30)
    assert len(mail.outbox) == 1
    waiting.refresh_from_db()
    assert waiting.reminded_at is not None
    assert waiting.state == State.OPEN
    assert list(waiting.events.values_list("action", flat=True)) == [Action.REMINDED]
    assert not answered.events.exists()


# --- figures ----------------------------------------------------------------------------------


def _answered_after(project, days, state=State.CLARIFYING):
    asked = timezone.now() - datetime.timedelta(days=30)
    return ReuseRequest.objects.create(
        project=project,
        municipality=MunicipalityFactory(),
        state=state,
        created_at=asked,
        first_answered_at=asked + datetime.timedelta(days=days),
    )


def test_municipality_figures_answered_share_and_median_in_one_query(
    project, django_assert_num_queries
):
    for days in (1, 2, 6):
        _answered_after(project, days)
    ReuseRequest.objects.create(project=project, municipality=MunicipalityFactory())  # open
    ReuseRequest.objects.create(  # withdrawn before any answer: nobody waits for it
        project=project, municipality=MunicipalityFactory(), state=State.WITHDRAWN
    )
    with django_assert_num_queries(1):
        figures = municipality_figures(project.owner)
    assert figures["received"] == 4
    assert figures["answered"] == 3
    assert figures["median_days"] == pytest.approx(2.0)


def test_the_pages_show_the_public_figures(client, project):
    _answered_after(project, 1)
    _answered_after(project, 2, State.DECLINED)
    _answered_after(project, 4, State.WITHDRAWN)  # withdrawn after an answer: not "asked"
    ReuseRequest.objects.create(project=project, municipality=MunicipalityFactory())
    html = client.get(project.owner.get_absolute_url()).content.decode()
    text = re.sub(r"<[^>]+>", "", html)
    shown = re.findall(r"(Anfragen beantwortet: \d+ von \d+|Median .*?Tage)", text)
    print(f"\nmunicipality page: {shown}")
    assert "Anfragen beantwortet: 3 von 4" in text
    assert "Median bis zur ersten Antwort: 2 Tage" in text
    page = client.get(project.get_absolute_url()).content.decode()
    assert "3 Kommunen haben die Nachnutzung angefragt" in page


# --- query counts ------------------------------------------------------------------------------


@pytest.mark.parametrize("messages", [1, 40])
def test_the_request_page_costs_a_fixed_number_of_queries(
    client, project, municipality_b, editor_a, django_assert_num_queries, messages
):
    reuse_request = ReuseRequest.objects.create(
        project=project, municipality=municipality_b, state=State.CLARIFYING
    )
    ReuseRequestEvent.objects.bulk_create(
        ReuseRequestEvent(
            request=reuse_request,
            actor=editor_a,
            municipality=project.owner,
            action=Action.MESSAGE,
            state=State.CLARIFYING,
            text=f"Nachricht {n}",
        )
        for n in range(messages)
    )
    client.force_login(editor_a)
    client.get(reuse_request.get_absolute_url())  # session and membership caches warm
    # session, user, memberships, is-curator, request (with project, owner, B), its events
    # (with actors and municipalities), demo notice
    with django_assert_num_queries(7):
        response = client.get(reuse_request.get_absolute_url())
    assert response.content.decode().count("Nachricht ") >= messages


@pytest.mark.parametrize("size", [10, 1000])
def test_request_figures_cost_the_same_at_10_and_1000_projects(
    client, municipality_a, django_assert_num_queries, size
):
    projects = Project.objects.bulk_create(
        Project(
            owner=municipality_a,
            title=f"Projekt {n}",
            slug=f"projekt-{n}",
            summary="Kurz.",
            publication_state=Project.PublicationState.PUBLISHED,
        )
        for n in range(size)
    )
    asker = MunicipalityFactory()
    ReuseRequest.objects.bulk_create(
        ReuseRequest(project=p, municipality=asker, first_answered_at=timezone.now())
        for p in projects
    )
    with django_assert_num_queries(1):
        figures = municipality_figures(municipality_a)
    assert figures["received"] == size
    with django_assert_num_queries(8):  # the whole municipality page
        assert client.get(municipality_a.get_absolute_url()).status_code == 200


def test_htmx_posts_swap_the_page_in_place(client, project, municipality_b, editor_a):
    """With htmx the message form gets the page back (200, no redirect), also when stale."""
    reuse_request = ReuseRequest.objects.create(project=project, municipality=municipality_b)
    client.force_login(editor_a)
    page = client.get(reuse_request.get_absolute_url()).content.decode()
    assert 'hx-post="' in page
    assert 'hx-select="#anfrage"' in page
    url = step_url("answer", reuse_request)
    response = client.post(url, {"version": 1, "text": "Gern."}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ihre Antwort ist verschickt." in html
    assert "Gern." in html
    assert 'name="version" value="2"' in html

    stale = client.post(url, {"version": 1, "text": "Noch mal."}, headers={"HX-Request": "true"})
    assert stale.status_code == 200  # htmx swaps only 2xx: the message must arrive
    assert "In dieser Anfrage ist inzwischen etwas geschehen" in stale.content.decode()
    assert "Noch mal.</textarea>" in stale.content.decode()
    assert reuse_request.events.count() == 1


def test_b_cannot_agree_before_a_has_answered(client, project, municipality_b, editor_b):
    reuse_request = ReuseRequest.objects.create(project=project, municipality=municipality_b)
    client.force_login(editor_b)
    page = client.get(reuse_request.get_absolute_url()).content.decode()
    assert "Nachnutzung vereinbaren" not in page
    response = client.post(step_url("agree", reuse_request), {"version": 1})
    assert response.status_code == 409
    assert "Das ist im Stand „offen“ nicht möglich." in response.content.decode()
    reuse_request.refresh_from_db()
    assert reuse_request.state == State.OPEN


@pytest.mark.parametrize("size", [10, 1000])
def test_the_project_page_with_requests_costs_the_same_at_10_and_1000_projects(
    client, project, editor_b, django_assert_num_queries, size
):
    others = Project.objects.bulk_create(
        Project(owner=project.owner, title=f"P {n}", slug=f"p-{n}", summary="Kurz.")
        for n in range(size)
    )
    askers = MunicipalityFactory.create_batch(3)
    ReuseRequest.objects.bulk_create(
        ReuseRequest(project=p, municipality=m) for p in [project, *others] for m in askers
    )
    client.force_login(editor_b)
    client.get(project.get_absolute_url())  # session and membership caches warm
    with django_assert_num_queries(16):  # as pinned in test_detail, the request box is one
        page = client.get(project.get_absolute_url()).content.decode()
    assert "3 Kommunen haben die Nachnutzung angefragt" in page
