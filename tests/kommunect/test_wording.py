"""One term for one thing, and numbers that agree with their nouns."""

import re

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_one_project_is_one_projekt_on_a_municipality_page(client):
    owner = MunicipalityFactory()
    ProjectFactory(owner=owner)
    ProjectFactory(owner=owner, kind=Project.Kind.IDEA)
    text = _text(client.get(owner.get_absolute_url()).content.decode())
    assert "1 Projekt " in text
    assert "1 Idee " in text
    assert "1 Projekte" not in text
    assert "0 Partnerprojekte" in text


def test_based_on_is_named_as_in_the_form(client):
    original = ProjectFactory(title="Vorbild")
    html = client.get(ProjectFactory(based_on=original).get_absolute_url()).content.decode()
    assert "Nachnutzung von" in html
    assert "Baut auf auf" not in html


def test_a_search_box_is_never_marked_optional(client, outsider):
    client.force_login(outsider)
    html = client.get(reverse("municipalities:join")).content.decode()
    assert '<label class="kern-label" for="id_q">Kommune suchen</label>' in html
    assert "Kuratorium" in html
    assert "Kommunect-Team" not in html


def test_drafts_are_visible_to_the_kuratorium(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, publication_state=Project.PublicationState.DRAFT)
    client.force_login(editor_a)
    html = client.get(project.get_absolute_url()).content.decode()
    assert "nur für Ihre Kommune und das Kuratorium sichtbar." in html
    assert "Kuratoren" not in html
