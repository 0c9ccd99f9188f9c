"""Cards show kind and status side by side: the two never use the same word."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from projects.models import Project
from tests.factories import ProjectFactory


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_status_label_repeats_a_kind_label(language):
    with translation.override(language):
        kinds = {str(label) for label in Project.Kind.labels}
        statuses = {str(label) for label in Project.Status.labels}
    assert kinds & statuses == set()


@pytest.mark.django_db
def test_an_idea_card_says_idea_once(municipality_a):
    project = ProjectFactory(owner=municipality_a, kind="idea", status="idea")
    with translation.override("de"):
        html = render_to_string("projects/includes/card.html", {"project": project})
    badges = re.findall(r'<span class="kern-label">([^<]+)</span>', html)
    assert badges[:2] == ["Idee", "Angedacht"]
