"""Permission matrix of the contact forms (style of test_posting_permissions.py).

For a published project of municipality A (contact person: editor_a) and for municipality A
itself (digital officer: admin_a), every persona posts a message. Anonymous visitors are sent
to sign in, back to the form; every signed-in person may write (302, one log row, one mail in
the outbox, nothing delivered before the commit), except to themselves (400). A refusal leaves
the log, the outbox and the mailbox as they were.
"""

import pytest
from django.conf import settings
from django.core import mail
from django.shortcuts import resolve_url
from django.urls import reverse

from kommunect.models import OutboxMessage
from projects.models import ContactMessage, Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "outsider", "editor_b", "editor_a", "admin_a", "curator"]
# Who is the recipient of each form: writing to oneself is refused.
SELF = {"project": "editor_a", "municipality": "admin_a"}
TARGETS = list(SELF)
TEXT = "Guten Tag, wir möchten Ihr Projekt nachnutzen. Haben Sie kurz Zeit für ein Gespräch?"


@pytest.fixture(autouse=True)
def real_outbox(settings):
    """The production mail path: stored in the outbox, delivered (to locmem) after commit."""
    settings.MAILERS = {
        "default": {"BACKEND": "kommunect.outbox.OutboxBackend"},
        "delivery": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
    }


@pytest.fixture
def everyone(request, municipality_a, municipality_b):
    return {name: request.getfixturevalue(name) for name in PERSONAS if name != "anonymous"}


def _url(target, everyone, municipality_a) -> str:
    if target == "project":
        project = ProjectFactory(
            owner=municipality_a,
            title="Digitale Hundesteuer",
            contact_name="Erika Editorin",
            contact_email=everyone["editor_a"].email,
        )
        return reverse("projects:contact", args=[project.slug])
    municipality_a.officer_name = "Anton Admin"
    municipality_a.officer_email = everyone["admin_a"].email
    municipality_a.save()
    return reverse("regions:contact", args=[municipality_a.slug])


def _state() -> dict:
    return {
        "log": list(ContactMessage.objects.values_list("pk", "reported_at")),
        "outbox": OutboxMessage.objects.count(),
        "delivered": len(mail.outbox),
    }


def _post(client, everyone, municipality_a, target, persona, data=None):
    url = _url(target, everyone, municipality_a)
    if persona != "anonymous":
        client.force_login(everyone[persona])
    before = _state()
    response = client.post(url, {"message": TEXT} if data is None else data)
    return url, response, before, _state()


ALLOWED = [(t, p) for t in TARGETS for p in PERSONAS if p not in ("anonymous", SELF[t])]


@pytest.mark.parametrize(("target", "persona"), ALLOWED)
def test_signed_in_people_send_one_logged_message(
    client, everyone, municipality_a, target, persona, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        url, response, before, after = _post(client, everyone, municipality_a, target, persona)
    assert response.status_code == 302
    assert response["Location"] == url.removesuffix("kontakt/")  # back to the page
    assert len(after["log"]) == len(before["log"]) + 1
    assert after["outbox"] == before["outbox"] + 1
    assert after["delivered"] == 0  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    assert OutboxMessage.objects.count() == before["outbox"]  # delivered: gone from the queue
    log = ContactMessage.objects.get()
    assert log.sender == everyone[persona]
    assert mail.outbox[0].reply_to[0].endswith(f"<{everyone[persona].email}>")


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("headers", [{}, {"HX-Request": "true"}])
def test_anonymous_visitors_are_sent_to_sign_in_and_back_to_the_form(
    client, everyone, municipality_a, target, headers
):
    url = _url(target, everyone, municipality_a)
    before = _state()
    response = client.post(url, {"message": TEXT}, headers=headers)
    assert _state() == before
    assert response.status_code == 302
    login = resolve_url(settings.LOGIN_URL)
    assert response["Location"] == f"{login}?next={url}"
    assert client.get(url)["Location"] == f"{login}?next={url}"


@pytest.mark.parametrize("target", TARGETS)
def test_writing_to_oneself_is_refused_and_changes_nothing(
    client, everyone, municipality_a, target
):
    _, response, before, after = _post(client, everyone, municipality_a, target, SELF[target])
    assert after == before
    assert response.status_code == 400
    html = response.content.decode()
    assert "Diese Nachricht ginge an Sie selbst" in html
    assert "Nachricht senden" not in html  # no form to oneself


def test_a_draft_of_another_municipality_is_404_and_changes_nothing(
    client, everyone, municipality_a
):
    draft = ProjectFactory(
        owner=municipality_a,
        publication_state=Project.PublicationState.DRAFT,
        contact_email="geheim@musterstadt.example",
    )
    client.force_login(everyone["editor_b"])
    before = _state()
    response = client.post(reverse("projects:contact", args=[draft.slug]), {"message": TEXT})
    assert response.status_code == 404
    assert _state() == before


def test_a_colleague_may_write_about_a_draft_of_their_own_municipality(
    client, everyone, municipality_a
):
    draft = ProjectFactory(
        owner=municipality_a,
        publication_state=Project.PublicationState.DRAFT,
        contact_email=everyone["editor_a"].email,
    )
    client.force_login(everyone["admin_a"])
    response = client.post(reverse("projects:contact", args=[draft.slug]), {"message": TEXT})
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 1


def test_nobody_to_reach_is_409_and_changes_nothing(client, everyone, municipality_b):
    """Municipality B has an editor but no officer and no admin: no one receives messages."""
    project = ProjectFactory(owner=municipality_b)
    client.force_login(everyone["outsider"])
    for url in (
        reverse("projects:contact", args=[project.slug]),
        reverse("regions:contact", args=[municipality_b.slug]),
    ):
        page = client.get(url).content.decode()
        assert "niemand erreichbar" in page
        assert "Nachricht senden" not in page
        before = _state()
        response = client.post(url, {"message": TEXT})
        assert response.status_code == 409
        assert _state() == before
        assert "niemand eingetragen, der Nachrichten empfangen kann" in response.content.decode()


def test_get_and_unknown_methods(client, everyone, municipality_a):
    url = _url("project", everyone, municipality_a)
    client.force_login(everyone["outsider"])
    response = client.get(url)
    assert response.status_code == 200
    assert "Nachricht senden" in response.content.decode()
    assert client.put(url).status_code == 405
    assert client.get(reverse("projects:contact", args=["gibt-es-nicht"])).status_code == 404
    assert client.get(reverse("regions:contact", args=["gibt-es-nicht"])).status_code == 404
