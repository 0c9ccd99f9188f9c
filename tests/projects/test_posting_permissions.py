"""Permission matrix of every write action (pretix style): only the allowed personas succeed.

For each action × persona the table says whether the request may change anything. A refused
request answers with a login redirect (anonymous), 403/404 (no right / not even visible), or the
form's error (an editor of another municipality posting for municipality A); in every refused
case the project row and the counts around it are unchanged and no e-mail is sent.
"""

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.base import ContentFile
from django.shortcuts import resolve_url
from django.urls import reverse

from projects.changes import project_snapshot
from projects.models import Attachment, Project, ProjectEvent
from tests.factories import ProjectFactory
from tests.projects.posting import PDF_BYTES, db_state, edit_data, form_data

pytestmark = pytest.mark.django_db
State = Project.PublicationState

PERSONAS = ["anonymous", "outsider", "editor_b", "editor_a", "admin_a", "curator"]
OWNERS = {"editor_a", "admin_a", "curator"}
CURATORS = {"curator"}


def _project(owner, state=State.DRAFT, **kwargs):
    return ProjectFactory(owner=owner, publication_state=state, **kwargs)


def _with_attachment(owner):
    project = _project(owner)
    Attachment.objects.create(
        project=project,
        file=ContentFile(PDF_BYTES, name="plan.pdf"),
        title="Plan",
        content_type="application/pdf",
        size=len(PDF_BYTES),
    )
    return project


def _with_two_versions(owner):
    project = _project(owner, State.PUBLISHED, title="Erste Fassung")
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot=project_snapshot(project),
    )
    project.title, project.version = "Zweite Fassung", 2
    project.save()
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.EDITED,
        version=2,
        snapshot=project_snapshot(project),
    )
    return project


# action: (url name, needs slug, project factory, POST payload, who may)
ACTIONS = {
    "create": ("projects:create", None, lambda p, m: form_data(m, title="Neues Projekt"), OWNERS),
    "edit": (
        "projects:edit",
        _project,
        lambda p, m: edit_data(p, title="Geänderter Titel"),
        OWNERS,
    ),
    "submit": ("projects:submit", _project, lambda p, m: {}, OWNERS),
    "publish": (
        "projects:publish",
        lambda m: _project(m, State.SUBMITTED),
        lambda p, m: {"version": p.version},
        CURATORS,
    ),
    "reject": (
        "projects:reject",
        lambda m: _project(m, State.SUBMITTED),
        lambda p, m: {f"reject-{p.pk}-reason": "Bitte Kosten ergänzen.", "version": p.version},
        CURATORS,
    ),
    "archive": ("projects:archive", _project, lambda p, m: {}, OWNERS),
    "unarchive": (
        "projects:unarchive",
        lambda m: _project(m, State.ARCHIVED),
        lambda p, m: {},
        OWNERS,
    ),
    "confirm": (
        "projects:confirm",
        lambda m: _project(m, State.PUBLISHED),
        lambda p, m: {},
        OWNERS,
    ),
    "delete_attachment": ("projects:attachment-delete", _with_attachment, lambda p, m: {}, OWNERS),
    "restore_version": (
        "projects:version-restore",
        _with_two_versions,
        lambda p, m: {"version": p.version},
        OWNERS,
    ),
    "delete": ("projects:delete", _with_attachment, lambda p, m: {}, OWNERS),
    "mark_reviewed": (
        "projects:mark-reviewed",
        _with_two_versions,
        lambda p, m: {"version": p.version},
        CURATORS,
    ),
}


def _url(action, project):
    name = ACTIONS[action][0]
    if action == "create":
        return reverse(name)
    if action == "delete_attachment":
        return reverse(name, args=[project.slug, project.attachments.get().pk])
    if action == "restore_version":
        return reverse(name, args=[project.slug, 1])
    return reverse(name, args=[project.slug])


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def everyone(request, municipality_a, municipality_b):
    """All personas exist in every case, so the counts compare the same population."""
    return {name: request.getfixturevalue(name) for name in PERSONAS if name != "anonymous"}


def _refusal_code(action, allowed, project) -> int:
    """403 where the refused person may know the project exists (creating, curators' actions,
    a published project); 404 for another municipality's unpublished project, whose existence
    must not leak."""
    if action == "create" or allowed == CURATORS:
        return 403
    return 403 if project.publication_state == State.PUBLISHED else 404


# Refusals with their own answer; every other refused pair gets _refusal_code.
SPECIAL_REFUSALS = {("create", "outsider"), ("create", "editor_b")}
ALLOWED = [(a, p) for a in ACTIONS for p in PERSONAS if p in ACTIONS[a][3]]
ANONYMOUS = [a for a in ACTIONS if "anonymous" not in ACTIONS[a][3]]
REFUSED = [
    (a, p)
    for a in ACTIONS
    for p in PERSONAS
    if p not in ACTIONS[a][3] and p != "anonymous" and (a, p) not in SPECIAL_REFUSALS
]


def _post(client, everyone, municipality_a, action, persona):
    """Post ``action`` as ``persona``: response, project, db state before and after."""
    _name, make_project, payload, _allowed = ACTIONS[action]
    project = make_project(municipality_a) if make_project else None
    if persona != "anonymous":
        client.force_login(everyone[persona])
    before = db_state(project)
    response = client.post(_url(action, project), payload(project, municipality_a))
    return response, project, before, db_state(project)


@pytest.mark.parametrize(("action", "persona"), ALLOWED)
def test_allowed_personas_change_the_project(client, everyone, municipality_a, action, persona):
    response, _, before, after = _post(client, everyone, municipality_a, action, persona)
    assert response.status_code == 302, response.content[:2000]
    assert after != before


@pytest.mark.parametrize("action", ANONYMOUS)
def test_anonymous_visitors_are_sent_to_login(client, everyone, municipality_a, action):
    response, _, before, after = _post(client, everyone, municipality_a, action, "anonymous")
    assert after == before
    assert mail.outbox == []
    assert response.status_code == 302
    assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))


@pytest.mark.parametrize(("action", "persona"), REFUSED)
def test_refused_personas_change_nothing(client, everyone, municipality_a, action, persona):
    response, project, before, after = _post(client, everyone, municipality_a, action, persona)
    assert after == before
    assert mail.outbox == []
    assert response.status_code == _refusal_code(action, ACTIONS[action][3], project)


def test_an_outsider_creating_is_led_to_the_join_step(client, everyone, municipality_a):
    """Not a member anywhere: led to the join step, with a word why (no bare 403)."""
    response, _, before, after = _post(client, everyone, municipality_a, "create", "outsider")
    assert after == before
    assert mail.outbox == []
    assert response.status_code == 302
    assert response["Location"] == reverse("municipalities:join")


def test_another_municipalitys_editor_cannot_create_for_a(client, everyone, municipality_a):
    """May post projects, but only for municipality B: the owner choice is refused."""
    response, _, before, after = _post(client, everyone, municipality_a, "create", "editor_b")
    assert after == before
    assert mail.outbox == []
    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["owner"][0].code == "invalid_choice"


def test_drafts_of_another_municipality_are_not_even_confirmed(client, editor_b, municipality_a):
    """404, not 403: another municipality's draft must not reveal that it exists."""
    project = _project(municipality_a)
    client.force_login(editor_b)
    assert client.get(reverse("projects:edit", args=[project.slug])).status_code == 404
    assert client.post(reverse("projects:submit", args=[project.slug])).status_code == 404


def test_write_actions_reject_get(client, editor_a, municipality_a):
    project = _project(municipality_a)
    client.force_login(editor_a)
    for name in ["projects:submit", "projects:confirm", "projects:publish"]:
        assert client.get(reverse(name, args=[project.slug])).status_code == 405


@pytest.mark.parametrize("action", ["archive", "delete", "restore_version"])
def test_confirmation_pages_change_nothing(client, everyone, municipality_a, action):
    """GET of a confirmed action shows the question and a form posting to the same URL."""
    _name, make_project, _payload, _allowed = ACTIONS[action]
    project = make_project(municipality_a)
    client.force_login(everyone["editor_a"])
    before = db_state(project)

    response = client.get(_url(action, project))

    assert response.status_code == 200
    assert db_state(project) == before
    content = response.content.decode()
    assert '<form method="post"' in content
    assert "Ja, " in content


@pytest.mark.parametrize("action", ["archive", "delete", "restore_version"])
@pytest.mark.parametrize("persona", ["outsider", "editor_b"])
def test_confirmation_pages_are_for_the_owners(client, everyone, municipality_a, action, persona):
    _name, make_project, _payload, _allowed = ACTIONS[action]
    project = make_project(municipality_a)
    client.force_login(everyone[persona])
    response = client.get(_url(action, project))
    assert response.status_code == (403 if project.publication_state == State.PUBLISHED else 404)


def test_every_write_url_has_a_row():
    """New write URLs of the posting views must be added to the matrix."""
    from projects.urls import posting_patterns

    write_names = {
        pattern.name
        for pattern in posting_patterns
        if pattern.name
        not in {
            "mine",
            "moderation",
            "moderation-changed",
            "preview",
            "picker",
            "process-choices",
            "duplicate-hint",
            "history",
            "version",
            "cover",
            "attachment",
        }
    }
    assert write_names == {ACTIONS[action][0].split(":")[1] for action in ACTIONS}


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("editor_b", 403),
        ("editor_a", 403),
        ("admin_a", 403),
        ("curator", 200),
    ],
)
def test_moderation_queue_is_for_curators(client, everyone, persona, expected):
    if persona != "anonymous":
        client.force_login(everyone[persona])
    assert client.get(reverse("projects:moderation")).status_code == expected
    assert client.get(reverse("projects:moderation-changed")).status_code == expected


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", 302),
        ("outsider", 404),
        ("editor_b", 404),
        ("editor_a", 200),
        ("admin_a", 200),
        ("curator", 200),
    ],
)
def test_history_of_a_draft_is_for_its_editors_and_curators(
    client, everyone, municipality_a, persona, expected
):
    project = _with_two_versions(municipality_a)
    project.publication_state = State.DRAFT
    project.save()
    if persona != "anonymous":
        client.force_login(everyone[persona])
    assert client.get(reverse("projects:history", args=[project.slug])).status_code == expected
