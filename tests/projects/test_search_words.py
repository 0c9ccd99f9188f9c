""" "Did you mean" knows the words of all published text, not titles alone."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from projects.models import Project, SearchWord
from projects.search import suggest
from projects.search_index import update_search_vectors
from projects.services.publication import project_publish
from tests.factories import ProjectFactory, ServiceFactory
from tests.projects.posting import edit_data
from tests.projects.search_fixtures import publish_vectors

pytestmark = pytest.mark.django_db


@pytest.fixture
def texts(db):
    """Projects whose titles say nothing of Kita or Grundsteuer."""
    projects = [
        ProjectFactory(
            title="Digitale Anmeldung",
            summary="Eltern melden ihr Kind online für die Kita an.",
        ),
        ProjectFactory(
            title="Online-Bescheide",
            summary="Bescheide kommen digital.",
            description="## Ablauf\n\nDie **Grundsteuer** wird elektronisch festgesetzt.",
        ),
        ProjectFactory(title="Ratsarbeit", services=[ServiceFactory(name="Hundesteuer")]),
        ProjectFactory(title="Entwurf", summary="Geheimwort", publication_state="draft"),
    ]
    publish_vectors(*projects)
    return projects


@pytest.mark.parametrize(
    ("q", "corrected"),
    [("Kitta", "Kita"), ("Grundsteur", "Grundsteuer"), ("hundesteur", "hundesteuer")],
)
def test_words_of_summaries_descriptions_and_services_correct_a_query(client, texts, q, corrected):
    result = client.get(reverse("projects:search"), {"q": q}).context["result"]
    assert result.original_q == q
    assert result.q == corrected
    assert result.total == 1


def test_words_of_drafts_are_never_suggested(texts):
    assert not SearchWord.objects.filter(word="geheimwort").exists()
    assert suggest("Geheimwrt") is None


def test_the_command_rebuilds_the_words_from_published_text(texts):
    SearchWord.objects.all().delete()
    SearchWord.objects.create(word="veraltet", folded="veraltet", projects=3)
    call_command("refresh_search_words", stdout=StringIO())
    words = dict(SearchWord.objects.values_list("word", "projects"))
    assert "veraltet" not in words
    assert words["grundsteuer"] == 1
    assert words["digitale"] == 1
    assert "geheimwort" not in words
    assert suggest("Grundsteur") == "Grundsteuer"


@pytest.mark.django_db(transaction=True)
def test_a_word_saved_in_a_project_is_suggested_right_after_commit(municipality_a, editor_a):
    project = ProjectFactory(owner=municipality_a, title="Digitale Akte")
    client = Client()
    client.force_login(editor_a)
    assert suggest("Wasserzaehlr") is None

    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, summary="Der Wasserzähler meldet sich selbst."),
    )

    assert response.status_code == 302
    assert Project.objects.get(pk=project.pk).summary.startswith("Der Wasserzähler")
    assert suggest("Wasserzaehlr") == "Wasserzähler"
    with connection.cursor() as cursor:  # by the save's commit, not by a rebuild
        cursor.execute("SELECT count(*) FROM projects_searchword WHERE word = 'wasserzähler'")
        assert cursor.fetchone()[0] == 1


@pytest.mark.django_db(transaction=True)
def test_the_words_of_a_project_are_suggested_once_it_is_published(municipality_a, curator):
    project = ProjectFactory(
        owner=municipality_a,
        title="Neue Leitstelle",
        summary="Die Feuerwehrleitstelle plant digital.",
        publication_state=Project.PublicationState.SUBMITTED,
    )
    update_search_vectors([project.pk])
    assert suggest("Feuerwehrleitstele") is None

    project_publish(actor=curator, project=project)

    assert suggest("Feuerwehrleitstele") == "Feuerwehrleitstelle"
