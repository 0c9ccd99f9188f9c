""" "Nachnutzung starten": who may start a reuse of a published project (permission matrix),
what the draft takes over, and bad input.

Project P belongs to municipality A and is published. Members of another municipality start a
reuse for their municipality; A's own members, curators without membership, outsiders and
anonymous visitors are refused, and a refusal changes nothing (database and mailbox).
"""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.shortcuts import resolve_url
from django.urls import reverse

from municipalities.models import Membership
from projects.models import Project, ProjectEvent
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProcessFactory,
    ProjectFactory,
    ServiceFactory,
    UserFactory,
)
from tests.projects.posting import db_state

pytestmark = pytest.mark.django_db
State = Project.PublicationState
Kind = Project.ReuseKind

PERSONAS = ["anonymous", "outsider", "editor_b", "admin_b", "editor_a", "admin_a", "curator"]
ALLOWED = {"editor_b", "admin_b"}  # members of a municipality other than P's owner
# GET and POST answer the same: anonymous visitors sign in, the others learn why not (403).
EXPECTED = {
    "anonymous": 302,
    "outsider": 403,
    "editor_b": 302,
    "admin_b": 302,
    "editor_a": 403,  # P belongs to their own municipality
    "admin_a": 403,
    "curator": 403,  # no municipality of their own
}
GET_EXPECTED = EXPECTED | {"editor_b": 200, "admin_b": 200}


@pytest.fixture
def admin_b(municipality_b):
    return MembershipFactory(
        user=UserFactory(username="admin_b"),
        municipality=municipality_b,
        role=Membership.Role.ADMIN,
    ).user


@pytest.fixture
def everyone(request, municipality_a, municipality_b):
    return {name: request.getfixturevalue(name) for name in PERSONAS if name != "anonymous"}


@pytest.fixture
def original(municipality_a):
    service = ServiceFactory(name="Wohngeld beantragen")
    process = ProcessFactory(name="Wohngeld Bewilligung")
    process.services.add(service)
    project = ProjectFactory(
        owner=municipality_a,
        title="Wohngeld digital",
        summary="Anträge auf Wohngeld kommen online.",
        description="Unsere Geschichte, nur für uns.",
        services=[service],
        target_groups=[Project.TargetGroup.CITIZENS],
        technology="Antragsmodul im Landesportal",
        is_open_source=True,
        license="EUPL-1.2",
        repository_url="https://code.example.org/wohngeld",
        reuse_offered=True,
        reuse_offer="Konzept und Formulare",
        reuse_conditions="Nennung der Stadt",
        contact_name="Erika Mustermann",
        contact_email="erika@musterstadt.example",
        cost_one_off=12000,
        lessons_learned="Früh mit der Wohngeldstelle reden.",
    )
    project.processes.add(process)
    project.tags.set(["Wohngeld", "Antrag"])
    return project


def start_url(project):
    return reverse("projects:reuse-start", args=[project.slug])


def _start(client, everyone, persona, project, data):
    if persona != "anonymous":
        client.force_login(everyone[persona])
    before = db_state(project)
    response = client.post(start_url(project), data)
    return response, before, db_state(project)


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix_post(client, everyone, municipality_b, original, persona):
    data = {"municipality": municipality_b.pk, "kind": Kind.ADAPTED}
    if persona in ("editor_a", "admin_a"):
        data["municipality"] = original.owner_id  # their only municipality
    response, before, after = _start(client, everyone, persona, original, data)
    assert response.status_code == EXPECTED[persona]
    assert mail.outbox == []
    if persona in ALLOWED:
        draft = Project.objects.get(based_on=original)
        assert response["Location"] == reverse("projects:edit", args=[draft.slug])
        assert draft.owner == municipality_b
        assert after["projects"] == before["projects"] + 1
        return
    assert after == before
    if persona == "anonymous":
        assert response["Location"].startswith(resolve_url(settings.LOGIN_URL))


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix_get(client, everyone, original, persona):
    if persona != "anonymous":
        client.force_login(everyone[persona])
    before = db_state(original)
    response = client.get(start_url(original))
    assert response.status_code == GET_EXPECTED[persona]
    assert db_state(original) == before


@pytest.mark.parametrize(
    ("persona", "reason"),
    [
        ("outsider", "Treten Sie Ihrer Kommune bei."),
        ("editor_a", "Dieses Projekt gehört Ihrer Kommune."),
        ("curator", "Als Kuratorium gehören Sie keiner Kommune an."),
    ],
)
def test_refused_people_see_why_on_the_page_and_the_project_page(
    client, everyone, original, persona, reason
):
    client.force_login(everyone[persona])
    assert reason in client.get(start_url(original)).content.decode()
    page = client.get(original.get_absolute_url()).content.decode()
    assert reason in page
    assert start_url(original) not in page


def test_anonymous_visitors_are_asked_to_sign_in_on_the_project_page(client, original):
    page = client.get(original.get_absolute_url()).content.decode()
    assert 'id="nachnutzen"' in page
    assert f'href="/accounts/login/?next={start_url(original)}"' in page


def test_member_starts_a_prefilled_draft(client, editor_b, municipality_b, original):
    client.force_login(editor_b)
    page = client.get(original.get_absolute_url()).content.decode()
    assert f'href="{start_url(original)}"' in page
    form = client.get(start_url(original))
    # One municipality: it is chosen already.
    assert (
        f'value="{municipality_b.pk}" required id="id_municipality_0" checked'
        in form.content.decode()
    )

    response = client.post(
        start_url(original), {"municipality": municipality_b.pk, "kind": "adopted"}
    )

    draft = Project.objects.get(based_on=original)
    assert response.status_code == 302
    assert response["Location"] == reverse("projects:edit", args=[draft.slug])
    assert (draft.owner, draft.reuse_kind, draft.publication_state) == (
        municipality_b,
        Kind.ADOPTED,
        State.DRAFT,
    )
    assert draft.created_by == editor_b
    # Taken over: what B will do the same way.
    assert draft.title == original.title
    assert draft.summary == original.summary
    assert list(draft.services.all()) == list(original.services.all())
    assert list(draft.processes.all()) == list(original.processes.all())
    assert list(draft.topic_fields.all()) == list(original.topic_fields.all())
    assert sorted(draft.tags.names()) == ["Antrag", "Wohngeld"]
    assert draft.target_groups == [Project.TargetGroup.CITIZENS]
    assert draft.technology == original.technology
    assert (draft.is_open_source, draft.license, draft.repository_url) == (
        True,
        "EUPL-1.2",
        "https://code.example.org/wohngeld",
    )
    # Not taken over: what is A's own, and A's offer to reusers.
    assert draft.description == ""
    assert (draft.contact_name, draft.contact_email) == ("", "")
    assert draft.cost_one_off is None
    assert draft.lessons_learned == ""
    assert (draft.reuse_offered, draft.reuse_offer, draft.reuse_conditions) == (False, "", "")
    assert draft.slug != original.slug
    # The history of the draft says where it came from.
    event = draft.events.get()
    assert event.action == ProjectEvent.Action.CREATED
    assert event.note == "Nachnutzung von „Wohngeld digital“ (Musterstadt), übernommen"
    assert event.changes["based_on"]["new"] == original.pk
    assert event.changes["reuse_kind"]["new"] == "adopted"
    # A draft counts for nobody yet.
    original.refresh_from_db()
    assert original.reuse_count == 0
    # The edit form greets the author with the prefilled data and a message.
    edit = client.get(response["Location"])
    html = edit.content.decode()
    assert "Ihr Entwurf „Wohngeld digital“ ist angelegt" in html
    assert re.search(r'value="adopted"[^>]*checked', html)
    assert f'id="based_on-chosen-{original.pk}" checked' in html


def test_several_memberships_choose_the_municipality(client, municipality_a, original):
    third = MunicipalityFactory(name="Dritthausen")
    fourth = MunicipalityFactory(name="Viertdorf")
    user = UserFactory(username="doppelt")
    for municipality in (municipality_a, third, fourth):
        MembershipFactory(user=user, municipality=municipality)
    client.force_login(user)
    form = client.get(start_url(original))
    choices = list(form.context["form"].fields["municipality"].queryset)
    assert choices == [third, fourth]  # not A, the owner
    assert "checked" not in form.content.decode().split('name="municipality"')[1][:80]

    response = client.post(start_url(original), {"municipality": fourth.pk, "kind": "inspired"})
    assert response.status_code == 302
    assert Project.objects.get(based_on=original).owner == fourth


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"kind": "geklaut"}, "kind", "Bitte wählen Sie eine der drei Arten."),
        ({"kind": ""}, "kind", "Bitte wählen Sie, wie Sie das Projekt nachnutzen."),
        ({"municipality": "999999"}, "municipality", "Bitte wählen Sie eine Ihrer Kommunen."),
        ({"municipality": "abc"}, "municipality", "Bitte wählen Sie eine Ihrer Kommunen."),
        ({"municipality": ""}, "municipality", "Bitte wählen Sie Ihre Kommune."),
        ({"municipality": "own"}, "municipality", "Bitte wählen Sie eine Ihrer Kommunen."),
        ({"municipality": "foreign"}, "municipality", "Bitte wählen Sie eine Ihrer Kommunen."),
    ],
)
def test_bad_input_is_an_error_next_to_the_field(
    client, editor_b, municipality_b, original, data, field, message
):
    values = {"municipality": municipality_b.pk, "kind": "adapted", **data}
    if values["municipality"] == "own":
        values["municipality"] = original.owner_id
    if values["municipality"] == "foreign":
        values["municipality"] = MunicipalityFactory().pk
    client.force_login(editor_b)
    before = db_state(original)
    response = client.post(start_url(original), values)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html
    assert message in html
    assert db_state(original) == before


@pytest.mark.parametrize("state", [State.DRAFT, State.SUBMITTED, State.REJECTED, State.ARCHIVED])
def test_only_published_projects_can_be_reused(
    client, editor_b, municipality_a, municipality_b, state
):
    project = ProjectFactory(owner=municipality_a, publication_state=state)
    client.force_login(editor_b)
    before = db_state(project)
    assert client.get(start_url(project)).status_code == 404
    response = client.post(
        start_url(project), {"municipality": municipality_b.pk, "kind": "adapted"}
    )
    assert response.status_code == 404
    assert db_state(project) == before


def test_unknown_project_is_404(client, editor_b):
    client.force_login(editor_b)
    assert client.get("/projekte/gibt-es-nicht/nachnutzen/").status_code == 404


def test_the_service_refuses_what_the_form_would_not_offer(
    editor_b, municipality_a, municipality_b, curator, original
):
    from django.core.exceptions import PermissionDenied

    from projects.services.common import WorkflowError
    from projects.services.reuse import start_reuse

    with pytest.raises(PermissionDenied):  # curators edit everything, but reuse as members
        start_reuse(actor=curator, original=original, municipality=municipality_b, kind="adapted")
    with pytest.raises(PermissionDenied):
        start_reuse(actor=editor_b, original=original, municipality=municipality_a, kind="adapted")
    with pytest.raises(WorkflowError):
        start_reuse(actor=editor_b, original=original, municipality=municipality_b, kind="x")
    Project.objects.filter(pk=original.pk).update(publication_state=State.ARCHIVED)
    with pytest.raises(WorkflowError):
        start_reuse(actor=editor_b, original=original, municipality=municipality_b, kind="adapted")
    assert not Project.objects.filter(based_on=original).exists()


def test_the_form_names_reuses_the_municipality_started_already(
    client, editor_b, municipality_b, original
):
    client.force_login(editor_b)
    client.post(start_url(original), {"municipality": municipality_b.pk, "kind": "adapted"})
    draft = Project.objects.get(based_on=original)
    html = client.get(start_url(original)).content.decode()
    assert "Ihre Kommune nutzt dieses Projekt bereits nach" in html
    assert f'href="{draft.get_absolute_url()}"' in html
