"""Input hardening of the project form: harmless text and German amounts are accepted, a
huge link count is not built, slugs reveal no hidden drafts, HEAD reads and never writes, and a
restored version passes the same checks as an edit."""

from decimal import Decimal

import pytest
from django.urls import reverse

from projects.changes import project_snapshot
from projects.forms import LinkFormSet
from projects.models import Project, ProjectEvent
from projects.services import common, versions
from tests.factories import ProjectFactory
from tests.projects.posting import EMPTY_LINKS, db_state, form_data

pytestmark = pytest.mark.django_db
State = Project.PublicationState
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture
def post(client, editor_a, municipality_a):
    client.force_login(editor_a)

    def _post(**overrides):
        return client.post(reverse("projects:create"), form_data(municipality_a, **overrides))

    return _post


# --- plain text is text: stored as typed, shown escaped ------------------------------------


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("title", "Kosten < Nutzen"),
        ("summary", "Schreiben Sie an E-Mail <info@stadt.de>."),
        ("value_proposition", f"Kein Code: {SCRIPT}"),
        ("contact_name", "Erika <Mustermann>"),
    ],
)
def test_plain_text_with_angle_brackets_is_accepted_and_shown_escaped(client, post, field, text):
    response = post(**{field: text})
    assert response.status_code == 302
    project = Project.objects.get()
    assert getattr(project, field) == text
    project.publication_state = State.PUBLISHED
    project.save()
    content = client.get(project.get_absolute_url()).content.decode()
    assert text not in content
    assert text.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;") in content


# --- German amounts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("12.500,50", Decimal("12500.50")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("12500", Decimal("12500")),
        ("12,5", Decimal("12.5")),
        (" 800 ", Decimal("800")),
    ],
)
def test_costs_accept_the_german_number_format(post, typed, stored):
    response = post(cost_one_off=typed, cost_annual=typed)
    assert response.status_code == 302
    project = Project.objects.get()
    assert project.cost_one_off == stored
    assert project.cost_annual == stored


@pytest.mark.parametrize("typed", ["12,500,50", "zwölf", "-5", "1,2.5"])
def test_an_unreadable_amount_is_refused_next_to_the_field(post, typed):
    response = post(cost_one_off=typed)
    assert response.status_code == 200
    assert Project.objects.count() == 0
    assert 'id="id_cost_one_off_error"' in response.content.decode()


def test_the_edit_form_shows_a_stored_amount_the_german_way(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, cost_one_off=Decimal("12500.50"))
    client.force_login(editor_a)
    content = client.get(reverse("projects:edit", args=[project.slug])).content.decode()
    assert 'value="12500,50"' in content


# --- the link formset is capped ------------------------------------------------------------


def test_a_huge_link_count_builds_no_more_forms_than_allowed(post):
    data = {**EMPTY_LINKS, "links-TOTAL_FORMS": "100000"}
    assert len(LinkFormSet(data, prefix="links").forms) == 20
    response = post(**{"links-TOTAL_FORMS": "100000"})
    assert response.status_code == 200
    assert Project.objects.count() == 0


# --- slugs ----------------------------------------------------------------------------------


def test_a_hidden_draft_of_another_municipality_does_not_show_in_a_new_slug(
    post, municipality_a, municipality_b
):
    ProjectFactory(owner=municipality_b, title="Geheimes Vorhaben", publication_state=State.DRAFT)
    ProjectFactory(
        owner=municipality_b,
        title="Geheimes Vorhaben 2",
        slug="geheimes-vorhaben-2",
        publication_state=State.DRAFT,
    )
    post(title="Geheimes Vorhaben")
    # The owner's name makes the slug; B's hidden drafts leave no trace in it.
    assert Project.objects.get(owner=municipality_a).slug == "geheimes-vorhaben-musterstadt"


# --- HEAD reads, never writes ---------------------------------------------------------------


def test_head_on_a_project_page_answers_like_get(client):
    project = ProjectFactory()
    response = client.head(project.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.content == b""


@pytest.mark.parametrize("route", ["projects:delete", "projects:archive"])
def test_head_on_a_confirmation_page_changes_nothing(client, editor_a, municipality_a, route):
    project = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    client.force_login(editor_a)
    before = db_state(project)
    assert client.head(reverse(route, args=[project.slug])).status_code == 200
    assert db_state(project) == before


def test_head_on_the_restore_confirmation_restores_nothing(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, title="Erste Fassung")
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot=project_snapshot(project),
    )
    Project.objects.filter(pk=project.pk).update(title="Zweite Fassung", version=2)
    client.force_login(editor_a)
    before = db_state(project)
    response = client.head(reverse("projects:version-restore", args=[project.slug, 1]))
    assert response.status_code == 200
    assert db_state(project) == before


# --- a restored version passes the checks of an edit ----------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        {"links": [["Klick", "javascript:alert(1)"]]},
        {"links": [[f"Link {n}", f"https://example.org/{n}"] for n in range(21)]},
        {"description": "a" * 50001},
    ],
)
def test_a_published_project_gets_back_no_version_the_form_would_refuse(
    editor_a, municipality_a, bad
):
    project = ProjectFactory(owner=municipality_a, publication_state=State.PUBLISHED)
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot={**project_snapshot(project), **bad},
    )
    Project.objects.filter(pk=project.pk).update(version=2)
    project.refresh_from_db()
    before = db_state(project)
    with pytest.raises(common.WorkflowError):
        versions.project_restore_version(actor=editor_a, project=project, version=1)
    assert db_state(project) == before
