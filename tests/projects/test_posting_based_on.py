""" "Nachnutzung von": picking the published project a project reuses, and bad input."""

import pytest
from django.urls import reverse

from projects.models import Project, ProjectEvent
from tests.factories import ProjectFactory
from tests.projects.posting import edit_data, form_data

pytestmark = pytest.mark.django_db
State = Project.PublicationState


@pytest.fixture
def original(municipality_b):
    return ProjectFactory(owner=municipality_b, title="Digitale Kita-Anmeldung Beispielhausen")


def test_picker_finds_published_projects_only(client, editor_a, original, municipality_b):
    ProjectFactory(owner=municipality_b, title="Kita-Entwurf", publication_state=State.DRAFT)
    client.force_login(editor_a)
    url = reverse("projects:picker", args=["based_on"])
    response = client.get(url, {"based_on_q": "kita"}, headers={"HX-Request": "true"})
    assert list(response.context["results"]) == [original]
    content = response.content.decode()
    assert f'type="radio" name="based_on" value="{original.pk}"' in content
    assert "Beispielhausen" in content
    # The project being edited is left out of its own picker.
    excluded = client.get(url, {"based_on_q": "kita", "based_on_exclude": original.pk})
    assert list(excluded.context["results"]) == []


def test_create_based_on_a_published_project_shows_it_on_the_page(
    client, editor_a, municipality_a, original
):
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:create"),
        form_data(municipality_a, based_on=original.pk, reuse_kind="adopted"),
    )
    assert response.status_code == 302
    project = Project.objects.get(owner=municipality_a)
    assert project.based_on == original
    page = client.get(project.get_absolute_url()).content.decode()
    assert f'href="{original.get_absolute_url()}" lang="de">{original.title}</a>' in page
    edit_page = client.get(reverse("projects:edit", args=[project.slug])).content.decode()
    assert f'id="based_on-chosen-{original.pk}" checked' in edit_page


def test_search_without_javascript_offers_matches(client, editor_a, municipality_a, original):
    client.force_login(editor_a)
    data = form_data(municipality_a, based_on_q="Kita-Anmeldung", _refresh="based_on")
    response = client.post(reverse("projects:create"), data)
    assert response.status_code == 200
    assert f'id="based_on-option-{original.pk}"' in response.content.decode()
    assert not Project.objects.filter(owner=municipality_a).exists()


@pytest.mark.parametrize("value", ["999999", "abc", "-1", "1.5"])
def test_unknown_or_garbage_id_is_an_error_next_to_the_field(
    client, editor_a, municipality_a, value
):
    client.force_login(editor_a)
    response = client.post(reverse("projects:create"), form_data(municipality_a, based_on=value))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="id_based_on_error"' in content
    assert "Bitte wählen Sie ein veröffentlichtes Projekt" in content
    assert not Project.objects.filter(owner=municipality_a).exists()


def test_unpublished_project_cannot_be_chosen_and_its_title_stays_hidden(
    client, editor_a, municipality_a, municipality_b
):
    draft = ProjectFactory(
        owner=municipality_b, title="Geheimer Entwurf", publication_state=State.DRAFT
    )
    client.force_login(editor_a)
    response = client.post(reverse("projects:create"), form_data(municipality_a, based_on=draft.pk))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="id_based_on_error"' in content
    assert "Geheimer Entwurf" not in content


def test_a_project_cannot_be_based_on_itself(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a)
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:edit", args=[project.slug]), edit_data(project, based_on=project.pk)
    )
    assert response.status_code == 200
    assert "nicht Nachnutzung von sich selbst" in response.content.decode()
    project.refresh_from_db()
    assert project.based_on is None


def test_edit_changes_and_clears_the_original_with_history(
    client, editor_a, municipality_a, original
):
    project = ProjectFactory(owner=municipality_a)
    client.force_login(editor_a)
    url = reverse("projects:edit", args=[project.slug])
    assert (
        client.post(url, edit_data(project, based_on=original.pk, reuse_kind="adapted")).status_code
        == 302
    )
    project.refresh_from_db()
    assert project.based_on == original
    assert project.reuse_kind == Project.ReuseKind.ADAPTED
    assert project.events.get(action=ProjectEvent.Action.EDITED).changes["based_on"] == {
        "old": None,
        "new": original.pk,
    }
    history = client.get(reverse("projects:history", args=[project.slug])).content.decode()
    assert original.title in history
    assert client.post(url, edit_data(project, based_on="")).status_code == 302
    project.refresh_from_db()
    assert project.based_on is None
    assert project.reuse_kind == ""  # no original, no type of lineage


def test_an_original_unpublished_later_may_stay(client, editor_a, municipality_a, original):
    project = ProjectFactory(owner=municipality_a, based_on=original, reuse_kind="inspired")
    original.publication_state = State.ARCHIVED
    original.save()
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, based_on=original.pk, title="Neuer Titel"),
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.based_on == original


def test_a_chosen_original_needs_the_type_of_reuse(client, editor_a, municipality_a, original):
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:create"), form_data(municipality_a, based_on=original.pk)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_reuse_kind_error"' in html
    assert "Bitte wählen Sie, wie Ihr Projekt das Original nachnutzt." in html
    assert not Project.objects.filter(owner=municipality_a).exists()
    response = client.post(
        reverse("projects:create"),
        form_data(municipality_a, based_on=original.pk, reuse_kind="geklaut"),
    )
    assert response.status_code == 200
    assert 'id="id_reuse_kind_error"' in response.content.decode()
    assert not Project.objects.filter(owner=municipality_a).exists()


def test_a_type_without_original_is_dropped(client, editor_a, municipality_a):
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:create"), form_data(municipality_a, reuse_kind="adopted")
    )
    assert response.status_code == 302
    assert Project.objects.get(owner=municipality_a).reuse_kind == ""


def test_an_untyped_lineage_stored_earlier_can_be_saved_as_it_is(
    client, editor_a, municipality_a, original
):
    project = ProjectFactory(owner=municipality_a, based_on=original)
    client.force_login(editor_a)
    url = reverse("projects:edit", args=[project.slug])
    assert client.post(url, edit_data(project, title="Tippfehler behoben")).status_code == 302
    project.refresh_from_db()
    assert (project.title, project.based_on, project.reuse_kind) == (
        "Tippfehler behoben",
        original,
        "",
    )
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Nachnutzung von" in page
