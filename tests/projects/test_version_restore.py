"""The owner's editors open, compare and (after confirming) restore earlier versions."""

import pytest
from django.urls import reverse

from projects.changes import project_snapshot
from projects.models import Project, ProjectEvent
from tests.factories import ProjectFactory
from tests.projects.posting import db_state

pytestmark = pytest.mark.django_db
State = Project.PublicationState


@pytest.fixture
def two_versions(municipality_a):
    project = ProjectFactory(
        owner=municipality_a, publication_state=State.PUBLISHED, title="Erste Fassung"
    )
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
        changes={"title": {"old": "Erste Fassung", "new": "Zweite Fassung"}},
    )
    return project


def test_editor_compares_confirms_and_restores(client, editor_a, two_versions):
    project = two_versions
    client.force_login(editor_a)
    history = client.get(reverse("projects:history", args=[project.slug])).content.decode()
    assert reverse("projects:version", args=[project.slug, 1]) in history

    version_page = client.get(reverse("projects:version", args=[project.slug, 1]))
    rows = {c.label: (c.old, c.new) for c in version_page.context["against_current"]}
    assert rows == {"Titel": ("Zweite Fassung", "Erste Fassung")}
    restore_url = reverse("projects:version-restore", args=[project.slug, 1])
    assert f'href="{restore_url}"' in version_page.content.decode()

    confirm = client.get(restore_url)
    assert [(c.label, c.old, c.new) for c in confirm.context["changes"]] == [
        ("Titel", "Zweite Fassung", "Erste Fassung")
    ]
    project.refresh_from_db()
    assert (project.title, project.version) == ("Zweite Fassung", 2)

    response = client.post(restore_url, {"version": 2})

    assert response["Location"] == reverse("projects:history", args=[project.slug])
    project.refresh_from_db()
    assert (project.title, project.version) == ("Erste Fassung", 3)
    assert project.publication_state == State.PUBLISHED
    event = project.events.order_by("-id").first()
    assert (event.action, event.actor) == ("restored", editor_a)


@pytest.mark.parametrize(("persona", "code"), [("outsider", 403), ("editor_b", 403)])
def test_others_may_not_open_versions(client, request, two_versions, persona, code):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("projects:version", args=[two_versions.slug, 1])).status_code == code


def test_a_version_of_a_municipality_the_editor_cannot_edit_for_is_not_restored(
    client, editor_a, two_versions, municipality_b
):
    """Version 1 belonged to municipality B: restoring would hand the project to it."""
    event = two_versions.events.get(version=1)
    event.snapshot["owner"] = municipality_b.pk
    event.save()
    before = db_state(two_versions)
    client.force_login(editor_a)

    response = client.post(
        reverse("projects:version-restore", args=[two_versions.slug, 1]), {"version": 2}
    )

    assert response.status_code == 403
    assert db_state(two_versions) == before


def test_a_restore_confirmed_on_a_stale_page_is_refused(client, editor_a, admin_a, two_versions):
    """The editor confirms at version 2; meanwhile the admin saved version 3, which the
    restore would silently overwrite."""
    project = two_versions
    client.force_login(editor_a)
    confirm = client.get(reverse("projects:version-restore", args=[project.slug, 1]))
    assert 'name="version" value="2"' in confirm.content.decode()
    assert "wird als neue Version 3 gespeichert" in confirm.content.decode()
    project.summary, project.version = "Vom Admin ergänzt.", 3
    project.save()
    before = db_state(project)

    response = client.post(
        reverse("projects:version-restore", args=[project.slug, 1]), {"version": 2}, follow=True
    )

    assert db_state(project) == before
    assert "wurde geändert, seit Sie die Seite geöffnet haben (jetzt Version 3)" in (
        response.content.decode()
    )


def test_confirming_the_current_version_leads_back_to_it(client, editor_a, two_versions):
    client.force_login(editor_a)
    response = client.get(reverse("projects:version-restore", args=[two_versions.slug, 2]))
    assert response["Location"] == reverse("projects:version", args=[two_versions.slug, 2])


def test_version_pages_take_a_fixed_number_of_queries(
    client, editor_a, two_versions, django_assert_num_queries
):
    client.force_login(editor_a)
    project = two_versions
    project.tags.add("Kita", "Antrag")
    # session, user, curator group, memberships, project, version event, current snapshot (5),
    # demo notice
    with django_assert_num_queries(12):
        client.get(reverse("projects:version", args=[project.slug, 1]))
    with django_assert_num_queries(12):
        client.get(reverse("projects:version-restore", args=[project.slug, 1]))
