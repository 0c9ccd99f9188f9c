"""One editor cannot make a page unservable: Markdown renders in linear time, once at save,
and every preview path renders at most as much as the description field can hold."""

import importlib
import time

import pytest
from django.apps import apps
from django.urls import reverse

from projects.markdown import MAX_LENGTH, render_markdown
from projects.models import Project
from projects.services import versions
from tests.factories import ProjectFactory
from tests.projects.posting import edit_data, form_data

MARKER = "Zeichen-jenseits-der-Grenze"


@pytest.mark.parametrize("unit", ["[", "![", "[a]("])
def test_fifty_thousand_brackets_render_in_under_a_second(unit):
    text = unit * (50000 // len(unit))
    # CPU time of this process: the helpers of the test machine share its cores.
    started = time.process_time()
    html = str(render_markdown(text))
    assert time.process_time() - started < 1
    assert html.startswith("<p>")


@pytest.mark.django_db
def test_the_project_page_shows_the_description_rendered_at_save(client):
    project = ProjectFactory(description="## Ziel\n\n**Weniger** Papier.")
    assert "<strong>Weniger</strong>" in project.description_html
    assert "<h3>Ziel</h3>" in project.description_html  # below the page's "Beschreibung" <h2>
    # The page serves the stored HTML; it does not render the Markdown again.
    Project.objects.filter(pk=project.pk).update(description_html="<p>gespeichert</p>")
    content = client.get(project.get_absolute_url()).content.decode()
    assert "<p>gespeichert</p>" in content
    assert "<strong>Weniger</strong>" not in content


@pytest.mark.django_db
def test_saving_an_edit_renders_the_new_description(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, description="alt")
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:edit", args=[project.slug]), edit_data(project, description="*neu*")
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.description_html == "<p><em>neu</em></p>"


@pytest.mark.django_db
def test_restoring_a_version_restores_its_rendered_description(client, editor_a, municipality_a):
    client.force_login(editor_a)
    client.post(reverse("projects:create"), form_data(municipality_a, description="*eins*"))
    project = Project.objects.get()
    client.post(
        reverse("projects:edit", args=[project.slug]), edit_data(project, description="*zwei*")
    )
    versions.project_restore_version(actor=editor_a, project=project, version=1)
    project.refresh_from_db()
    assert project.description_html == "<p><em>eins</em></p>"


@pytest.mark.django_db
def test_the_migration_renders_existing_descriptions():
    project = ProjectFactory(description="**alt**")
    Project.objects.filter(pk=project.pk).update(description_html="")
    migration = importlib.import_module("projects.migrations.0020_description_html")
    migration.render_existing(apps, None)
    project.refresh_from_db()
    assert project.description_html == "<p><strong>alt</strong></p>"


@pytest.fixture
def too_long():
    return "a" * MAX_LENGTH + MARKER


@pytest.mark.django_db
def test_the_preview_fragment_is_capped(client, editor_a, too_long):
    client.force_login(editor_a)
    response = client.post(reverse("projects:preview"), {"description": too_long})
    assert response.status_code == 200
    assert "aaaa" in response.content.decode()
    assert MARKER not in response.content.decode()


@pytest.mark.django_db
def test_the_preview_of_the_form_is_capped(client, editor_a, municipality_a, too_long):
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:create"),
        form_data(municipality_a, description=too_long, _refresh="preview"),
    )
    assert response.status_code == 200
    preview = response.content.decode().split('id="description-preview"')[1]
    assert "aaaa" in preview.split("</section>")[0]
    assert MARKER not in preview.split("</section>")[0]
