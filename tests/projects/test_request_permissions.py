"""Permission matrix of the reuse request steps (as test_posting_permissions.py for projects).

Municipality A (Musterstadt: editor_a, admin_a) owns the published project; municipality B
(Beispielhausen: editor_b) asks for it. For each step × persona: the allowed ones change the
request and mail the other side; every refused one gets its exact status code (the login step,
404 where the request is not theirs to see, 403 for the wrong side) and changes nothing, in
the database or in the mailbox (outbox rows and delivered mail, commit callbacks executed).
"""

import pytest
from django.conf import settings
from django.core import mail
from django.shortcuts import resolve_url
from django.urls import reverse

from kommunect.models import OutboxMessage
from projects.models import Project, ReuseRequest, ReuseRequestEvent
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
State = ReuseRequest.State

PERSONAS = ["anonymous", "outsider", "editor_b", "editor_a", "admin_a", "curator"]
OWNER = {"editor_a", "admin_a"}
ASKER = {"editor_b"}


def _request(project, municipality_b, state=State.OPEN):
    return ReuseRequest.objects.create(
        project=project,
        municipality=municipality_b,
        questions="Was kostet der Betrieb?",
        state=state,
    )


def _agreed_with_project(project, municipality_b):
    ProjectFactory(owner=municipality_b, based_on=project, title="Hundesteuer in Beispielhausen")
    return _request(project, municipality_b, State.AGREED)


# step: (url name, request factory or None for create, payload, who may)
STEPS = {
    "create": (
        "projects:request-create",
        None,
        lambda r, b: {"municipality": b.pk, "parts": ["concept"], "questions": "Kosten?"},
        ASKER,
    ),
    "answer": ("projects:request-answer", _request, lambda r, b: {"text": "Gern."}, OWNER),
    "agree": (
        "projects:request-agree",
        lambda p, b: _request(p, b, State.CLARIFYING),
        lambda r, b: {},
        OWNER | ASKER,
    ),
    "decline": ("projects:request-decline", _request, lambda r, b: {"text": "Leider nein."}, OWNER),
    "withdraw": ("projects:request-withdraw", _request, lambda r, b: {}, ASKER),
    "complete": (
        "projects:request-complete",
        _agreed_with_project,
        lambda r, b: {"resulting_project": Project.objects.get(owner=b).pk},
        ASKER,
    ),
    "post": (
        "projects:request-post",
        lambda p, b: _request(p, b, State.CLARIFYING),
        lambda r, b: {"text": "Eine Frage noch."},
        OWNER | ASKER | {"curator"},
    ),
}


def _refusal_code(step, persona) -> int:
    """Creating: 403 for everyone signed in who may not ask (no municipality, or A's own).
    A request: 404 for whoever may not see it (the outsider), 403 for the wrong side."""
    if step == "create" or persona != "outsider":
        return 403
    return 404


def db_state(reuse_request=None) -> dict:
    state = {
        "requests": ReuseRequest.objects.count(),
        "events": ReuseRequestEvent.objects.count(),
        "outbox": OutboxMessage.objects.count(),
    }
    if reuse_request is not None:
        state["row"] = ReuseRequest.objects.filter(pk=reuse_request.pk).values().first()
    return state


@pytest.fixture
def everyone(request, municipality_a, municipality_b):
    return {name: request.getfixturevalue(name) for name in PERSONAS if name != "anonymous"}


@pytest.fixture
def project(municipality_a):
    return ProjectFactory(owner=municipality_a, title="Digitale Hundesteuer")


def _post(client, everyone, project, municipality_b, step, persona, capture):
    name, make, payload, _allowed = STEPS[step]
    reuse_request = make(project, municipality_b) if make else None
    if persona != "anonymous":
        client.force_login(everyone[persona])
    if reuse_request is None:
        url = reverse(name, args=[project.slug])
        data = payload(None, municipality_b)
    else:
        url = reverse(name, args=[project.slug, reuse_request.pk])
        data = {"version": reuse_request.version, **payload(reuse_request, municipality_b)}
    before = db_state(reuse_request)
    with capture(execute=True):
        response = client.post(url, data)
    return response, before, db_state(reuse_request)


ALLOWED = [(s, p) for s in STEPS for p in PERSONAS if p in STEPS[s][3]]
REFUSED = [(s, p) for s in STEPS for p in PERSONAS if p not in STEPS[s][3] and p != "anonymous"]


@pytest.mark.parametrize(("step", "persona"), ALLOWED)
def test_allowed_personas_take_the_step_and_the_other_side_hears_of_it(
    client, everyone, project, municipality_b, step, persona, django_capture_on_commit_callbacks
):
    response, before, after = _post(
        client, everyone, project, municipality_b, step, persona, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302, response.content[:2000]
    assert after != before
    assert after["events"] == before["events"] + 1
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients
    assert everyone[persona].email not in recipients


@pytest.mark.parametrize("step", list(STEPS))
def test_anonymous_visitors_are_sent_to_login(
    client, everyone, project, municipality_b, step, django_capture_on_commit_callbacks
):
    response, before, after = _post(
        client,
        everyone,
        project,
        municipality_b,
        step,
        "anonymous",
        django_capture_on_commit_callbacks,
    )
    assert after == before
    assert mail.outbox == []
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))


@pytest.mark.parametrize(("step", "persona"), REFUSED)
def test_refused_personas_change_nothing(
    client, everyone, project, municipality_b, step, persona, django_capture_on_commit_callbacks
):
    response, before, after = _post(
        client, everyone, project, municipality_b, step, persona, django_capture_on_commit_callbacks
    )
    assert after == before
    assert mail.outbox == []
    assert response.status_code == _refusal_code(step, persona)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_request_page_is_seen_by_a_b_and_the_curators_only(
    client, everyone, project, municipality_b, persona
):
    reuse_request = _request(project, municipality_b)
    if persona != "anonymous":
        client.force_login(everyone[persona])
    response = client.get(reuse_request.get_absolute_url())
    expected = {"anonymous": 302, "outsider": 404}.get(persona, 200)
    assert response.status_code == expected
    if expected == 200:
        assert "Was kostet der Betrieb?" in response.content.decode()


def test_every_request_write_url_has_a_row():
    """New write URLs of reuse requests must be added to the matrix."""
    from projects.urls import request_patterns

    write_names = {p.name for p in request_patterns} - {"my-requests", "request"}
    assert write_names == {STEPS[step][0].split(":")[1] for step in STEPS}
