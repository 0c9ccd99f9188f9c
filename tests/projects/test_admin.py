"""The projects admin: every page loads for staff, the changelist costs a fixed number of
queries, edits keep the platform's invariants (version, topic fields, search vector, history),
bulk actions are recorded, and people without staff status stay out."""

import itertools

import pytest
from django.contrib.postgres.search import SearchQuery
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects.models import Attachment, Project, ProjectEvent, ProjectLink, ReuseRequest
from tests.factories import MunicipalityFactory, ProcessFactory, ProjectFactory, ServiceFactory

Action = ProjectEvent.Action

pytestmark = pytest.mark.django_db


def admin_url(model, view, *args):
    return reverse(f"admin:projects_{model._meta.model_name}_{view}", args=args)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


_numbers = itertools.count()


def make_projects(count):
    projects = []
    for _ in range(count):
        number = next(_numbers)
        service = ServiceFactory()
        project = ProjectFactory(
            title=f"Digitales Bürgeramt Nummer {number}",
            services=[service],
            featured=number % 2 == 0,
        )
        project.partners.add(MunicipalityFactory())
        project.processes.add(ProcessFactory())
        project.tags.add("Bürgeramt")
        projects.append(project)
    return projects


@pytest.fixture
def project():
    project = make_projects(1)[0]
    ProjectLink.objects.create(project=project, title="Website", url="https://example.org/")
    Attachment.objects.create(
        project=project,
        file=SimpleUploadedFile("konzept.pdf", b"%PDF-1.4 demo"),
        title="Konzept",
        content_type="application/pdf",
        size=13,
    )
    ProjectEvent.objects.create(project=project, action=ProjectEvent.Action.CREATED, version=1)
    ReuseRequest.objects.create(project=project, municipality=MunicipalityFactory())
    return project


def test_every_projects_admin_page_loads(admin_client, project):
    objects = {
        Project: project,
        ProjectEvent: project.events.get(),
        ReuseRequest: project.reuse_requests.get(),
        Attachment: project.attachments.get(),
        ProjectLink: None,
    }
    pages = 0
    for model, obj in objects.items():
        if obj is None:
            continue
        assert admin_client.get(admin_url(model, "changelist")).status_code == 200
        assert admin_client.get(admin_url(model, "change", obj.pk)).status_code == 200
        pages += 2
    assert admin_client.get(admin_url(Project, "add")).status_code == 200
    assert admin_client.get(admin_url(ReuseRequest, "add")).status_code == 403
    assert pages == 8


def test_history_and_attachments_cannot_be_added_in_the_admin(admin_client, project):
    assert admin_client.get(admin_url(ProjectEvent, "add")).status_code == 403
    assert admin_client.get(admin_url(Attachment, "add")).status_code == 403


def test_changelist_search_finds_by_owner_name(admin_client, project):
    response = admin_client.get(admin_url(Project, "changelist"), {"q": project.owner.name})

    assert project.title in response.content.decode()


def test_the_project_changelist_costs_the_same_queries_for_3_and_30_rows(admin_client):
    make_projects(3)
    admin_client.get(admin_url(Project, "changelist"))  # warm up session and content types
    with CaptureQueriesContext(connection) as few:
        assert admin_client.get(admin_url(Project, "changelist")).status_code == 200
    make_projects(27)
    with CaptureQueriesContext(connection) as many:
        response = admin_client.get(admin_url(Project, "changelist"))

    assert response.status_code == 200
    assert response.content.decode().count('class="action-select"') == 30
    assert len(many) == len(few)
    assert len(many) <= 6, [q["sql"][:120] for q in many.captured_queries]


def test_a_curator_without_staff_status_is_refused(client, curator, project):
    client.force_login(curator)

    response = client.get(admin_url(Project, "changelist"))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def change_form_data(project, **changes):
    data = {
        "kind": project.kind,
        "title": project.title,
        "slug": project.slug,
        "summary": project.summary,
        "description": project.description,
        "status": project.status,
        "owner": project.owner_id,
        "services": [s.pk for s in project.services.all()],
        "processes": [p.pk for p in project.processes.all()],
        "partners": [m.pk for m in project.partners.all()],
        "tags": "Bürgeramt",
        "target_groups": "",
        "publication_state": project.publication_state,
        "loaded_version": project.version,
        "links-TOTAL_FORMS": 0,
        "links-INITIAL_FORMS": 0,
        "attachments-TOTAL_FORMS": 0,
        "attachments-INITIAL_FORMS": 0,
        "events-TOTAL_FORMS": 0,
        "events-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_an_admin_edit_bumps_the_version_derives_topic_fields_and_is_searchable(admin_client):
    project = make_projects(1)[0]
    new_service = ServiceFactory(name="Wohngeld")

    response = admin_client.post(
        admin_url(Project, "change", project.pk),
        change_form_data(project, title="Wohngeld digital", services=[new_service.pk]),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    project.refresh_from_db()
    assert project.title == "Wohngeld digital"
    assert project.version == 2
    assert list(project.topic_fields.all()) == [new_service.topic_field]
    query = SearchQuery("Wohngeld", config="german_unaccent", search_type="websearch")
    assert Project.objects.filter(search_vector=query, pk=project.pk).exists()
    event = project.events.get()
    assert (event.action, event.version) == ("edited", 2)
    assert event.changes


def test_publish_action_publishes_and_records_history(admin_client, admin_user):
    projects = make_projects(3)
    Project.objects.update(publication_state=Project.PublicationState.SUBMITTED)

    response = admin_client.post(
        admin_url(Project, "changelist"),
        {"action": "publish_selected", "_selected_action": [p.pk for p in projects[:2]]},
    )

    assert response.status_code == 302
    states = dict(Project.objects.values_list("pk", "publication_state"))
    assert states[projects[0].pk] == states[projects[1].pk] == "published"
    assert states[projects[2].pk] == "submitted"
    assert Project.objects.get(pk=projects[0].pk).published_at is not None
    events = ProjectEvent.objects.filter(action=ProjectEvent.Action.PUBLISHED)
    assert {e.project_id for e in events} == {projects[0].pk, projects[1].pk}
    assert {e.actor for e in events} == {admin_user}


def test_the_change_form_carries_the_loaded_version(admin_client):
    project = make_projects(1)[0]
    Project.objects.filter(pk=project.pk).update(version=7)

    content = admin_client.get(admin_url(Project, "change", project.pk)).content.decode()

    assert 'type="hidden" name="loaded_version" value="7"' in content


def test_an_admin_edit_over_a_newer_version_is_refused(admin_client):
    project = make_projects(1)[0]
    data = change_form_data(project, title="Meine Fassung")
    Project.objects.filter(pk=project.pk).update(title="Ihre Fassung", version=2)

    response = admin_client.post(admin_url(Project, "change", project.pk), data, follow=True)

    assert response.redirect_chain == [(admin_url(Project, "change", project.pk), 302)]
    html = response.content.decode()
    assert "wurde inzwischen geändert (jetzt Version 2; geändert: Titel)" in html
    assert 'type="hidden" name="loaded_version" value="2"' in html
    project.refresh_from_db()
    assert (project.title, project.version) == ("Ihre Fassung", 2)
    assert not project.events.exists()


def test_admin_publish_goes_through_the_workflow(
    admin_client, editor_a, django_capture_on_commit_callbacks
):
    draft, submitted = make_projects(2)
    Project.objects.filter(pk=draft.pk).update(publication_state=Project.PublicationState.DRAFT)
    Project.objects.filter(pk=submitted.pk).update(
        publication_state=Project.PublicationState.SUBMITTED, created_by=editor_a
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            admin_url(Project, "changelist"),
            {"action": "publish_selected", "_selected_action": [draft.pk, submitted.pk]},
            follow=True,
        )

    states = dict(Project.objects.values_list("pk", "publication_state"))
    assert states == {draft.pk: "draft", submitted.pk: "published"}
    assert [message.to for message in mail.outbox] == [[editor_a.email]]
    assert "1 Projekt übersprungen" in response.content.decode()


def test_featuring_is_labelled_in_the_history():
    assert Action.FEATURED.label == "hervorgehoben"
    assert Action.UNFEATURED.label == "Hervorhebung aufgehoben"


@pytest.mark.parametrize(
    ("action", "field", "value"),
    [
        ("archive_selected", "publication_state", "archived"),
        ("feature_selected", "featured", True),
        ("unfeature_selected", "featured", False),
    ],
)
def test_bulk_actions_change_only_what_needs_changing(admin_client, action, field, value):
    projects = make_projects(2)

    admin_client.post(
        admin_url(Project, "changelist"),
        {"action": action, "_selected_action": [p.pk for p in projects]},
    )

    assert set(Project.objects.values_list(field, flat=True)) == {value}
    already = sum(1 for p in projects if getattr(p, field) == value)
    assert ProjectEvent.objects.count() == len(projects) - already


def test_history_in_the_admin_speaks_german(admin_client):
    """Action codes ("edited", "published") appear as the history page names them."""
    project = ProjectFactory()
    edited = ProjectEvent.objects.create(project=project, action=Action.EDITED, version=2)
    event = ProjectEvent.objects.create(project=project, action=Action.PUBLISHED, version=2)
    pages = [
        admin_url(ProjectEvent, "changelist"),
        admin_url(ProjectEvent, "change", event.pk),
        admin_url(Project, "change", project.pk),
    ]
    for url in pages:
        html = admin_client.get(url).content.decode()
        assert "veröffentlicht" in html
        assert ">published<" not in html
        assert "– published" not in html
    changelist = admin_client.get(admin_url(ProjectEvent, "changelist")).content.decode()
    assert "bearbeitet" in changelist
    assert ">edited<" not in changelist
    filtered = admin_client.get(admin_url(ProjectEvent, "changelist"), {"action": "edited"})
    assert list(filtered.context["cl"].result_list) == [edited]


def test_admin_names_the_platform_in_german(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "Kommunect-Verwaltung" in html
    assert "Django" not in html


def test_an_admin_add_creates_a_draft_like_the_site(admin_client, admin_user):
    owner = MunicipalityFactory(name="Teltow")
    service = ServiceFactory(name="Wohngeld")
    data = {
        "kind": Project.Kind.PROJECT,
        "title": "Wohngeld digital",
        "summary": "Anträge online.",
        "status": Project.Status.PLANNED,
        "owner": owner.pk,
        "services": [service.pk],
        "tags": "Wohngeld",
        "target_groups": "",
        "links-TOTAL_FORMS": 1,
        "links-INITIAL_FORMS": 0,
        "links-0-title": "Website",
        "links-0-url": "https://example.org/",
        "attachments-TOTAL_FORMS": 0,
        "attachments-INITIAL_FORMS": 0,
        "events-TOTAL_FORMS": 0,
        "events-INITIAL_FORMS": 0,
    }

    response = admin_client.post(admin_url(Project, "add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    project = Project.objects.get()
    assert (project.slug, project.version, project.created_by) == (
        "wohngeld-digital-teltow",
        1,
        admin_user,
    )
    assert project.is_draft
    assert list(project.topic_fields.all()) == [service.topic_field]
    assert [(link.title, link.url) for link in project.links.all()] == [
        ("Website", "https://example.org/")
    ]
    event = project.events.get()
    assert (event.action, event.actor) == (Action.CREATED, admin_user)
    assert event.changes["links"]["new"] == [["Website", "https://example.org/"]]


def test_an_admin_delete_of_a_published_project_is_refused(admin_client):
    project = make_projects(1)[0]
    Project.objects.filter(pk=project.pk).update(
        publication_state=Project.PublicationState.PUBLISHED
    )

    response = admin_client.post(
        admin_url(Project, "delete", project.pk), {"post": "yes"}, follow=True
    )

    assert Project.objects.filter(pk=project.pk).exists()
    assert "kann nicht gelöscht, nur archiviert werden" in response.content.decode()


def test_an_admin_delete_of_a_draft_goes_through_the_service(admin_client):
    project = make_projects(1)[0]
    Project.objects.filter(pk=project.pk).update(
        publication_state=Project.PublicationState.DRAFT, published_at=None
    )

    response = admin_client.post(admin_url(Project, "delete", project.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not Project.objects.filter(pk=project.pk).exists()
