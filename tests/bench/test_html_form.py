"""The benchmark's save round trip (bench/measure.py) posts the edit form the way a browser does,
from the fields bench/html_form.py reads off the page: that post must pass the CSRF check, save
the one change and keep everything else of the project."""

import pytest
from django.test import Client
from django.urls import reverse

from bench.html_form import form_fields
from projects.models import Project, ProjectLink
from tests.factories import ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db

# Columns a save changes or derives (the facet columns are filled from the relations).
CHANGING = {
    "summary",
    "version",
    "updated_at",
    "search_vector",
    "title_compound_terms",
    "compound_terms",
}


def saved_state(project: Project) -> dict:
    row = Project.objects.filter(pk=project.pk).values().get()
    return {
        "row": {
            key: value
            for key, value in row.items()
            if key not in CHANGING and not key.startswith("facet_")
        },
        "services": set(project.services.values_list("pk", flat=True)),
        "partners": set(project.partners.values_list("pk", flat=True)),
        "links": set(project.links.values_list("title", "url")),
        "tags": set(project.tags.names()),
    }


def test_posting_the_read_edit_form_saves_the_change_and_keeps_the_rest(
    editor_a, municipality_a, municipality_b
):
    original = ProjectFactory(owner=municipality_b, title="Kita-Anmeldung Beispielhausen")
    project = ProjectFactory(
        owner=municipality_a,
        based_on=original,
        services=[ServiceFactory()],
        description="## Ziel\n\nWeniger Papier, <em>schneller</em> & einfacher.",
        contact_name="Erika Mustermann",
        contact_email="erika@example.org",
    )
    project.partners.add(municipality_b)
    project.tags.add("Kita", "Antrag")
    ProjectLink.objects.create(project=project, title="Portal", url="https://example.org/kita")
    before = saved_state(project)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor_a)
    edit = reverse("projects:edit", args=[project.slug])

    fields = form_fields(client.get(edit).content.decode(), "version")

    data: dict[str, list[str]] = {"_action": ["save"]}
    for name, value in fields:
        data.setdefault(name, []).append(value + " (geprüft)" if name == "summary" else value)
    assert data["version"] == [str(project.version)]
    response = client.post(edit, data)
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.summary == "Bürgerinnen und Bürger erledigen Anliegen online. (geprüft)"
    assert saved_state(project) == before


def test_a_page_without_the_form_is_refused():
    with pytest.raises(LookupError):
        form_fields('<form method="post"><input name="q"></form>', "version")
