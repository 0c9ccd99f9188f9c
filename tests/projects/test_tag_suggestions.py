"""Tag suggestions never reveal tags of other municipalities' unpublished projects."""

from datetime import timedelta

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState


def _suggestions(client, user):
    client.force_login(user)
    return client.get(reverse("projects:create")).context["tag_suggestions"]


def test_suggestions_are_tags_of_published_and_own_projects(
    client, editor_a, municipality_a, municipality_b
):
    ProjectFactory(owner=municipality_b, publication_state=State.PUBLISHED).tags.add("Öffentlich")
    ProjectFactory(owner=municipality_b, publication_state=State.DRAFT).tags.add("Geheimplan B")
    ProjectFactory(owner=municipality_b, publication_state=State.SUBMITTED).tags.add(
        "Eingereicht B"
    )
    ProjectFactory(owner=municipality_a, publication_state=State.DRAFT).tags.add("Eigener Entwurf")

    suggestions = _suggestions(client, editor_a)

    assert sorted(suggestions) == ["Eigener Entwurf", "Öffentlich"]


def test_most_used_tags_come_first(client, editor_a, municipality_b):
    for _ in range(2):
        ProjectFactory(owner=municipality_b, publication_state=State.PUBLISHED).tags.add("Kita")
    ProjectFactory(owner=municipality_b, publication_state=State.PUBLISHED).tags.add("Abfall")

    assert _suggestions(client, editor_a) == ["Kita", "Abfall"]


def test_suggestions_come_from_the_most_recently_changed_projects(
    client, editor_a, municipality_b, monkeypatch
):
    monkeypatch.setattr("projects.tag_suggestions.RECENT_PROJECTS", 1)
    old = ProjectFactory(owner=municipality_b, publication_state=State.PUBLISHED)
    old.tags.add("Alt")
    recent = ProjectFactory(owner=municipality_b, publication_state=State.PUBLISHED)
    recent.tags.add("Neu")
    Project.objects.filter(pk=old.pk).update(updated_at=recent.updated_at - timedelta(days=1))

    assert _suggestions(client, editor_a) == ["Neu"]
