"""Markup of the facet checkboxes on /projekte/ (the template of the ``facet_checkboxes``
tag: projects/includes/facet_checkboxes.html)."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse

from projects.search import FacetOption
from tests.factories import ProjectFactory
from tests.projects import search_fixtures

pytestmark = pytest.mark.django_db

# Fixtures shared by the search tests.
world = search_fixtures.world


def test_every_checkbox_has_a_label_with_its_count(client, world):
    content = client.get(reverse("projects:search"), {"status": "completed"}).content.decode()
    ids = re.findall(
        r'<input class="kern-form-check__checkbox" type="checkbox" id="([^"]+)"', content
    )
    labels = re.findall(r'<label class="kern-label" for="(f-[^"]+)"', content)
    assert ids
    assert sorted(ids) == sorted(labels)
    assert len(set(ids)) == len(ids)
    assert (
        '<input class="kern-form-check__checkbox" type="checkbox" id="f-status-completed" '
        'name="status" value="completed" checked>'
    ) in content
    assert (
        '<label class="kern-label" for="f-kind-project">Projekt '
        '<span class="search-count">(2)</span></label>'
    ) in content


def test_facet_labels_are_escaped(client, world):
    project = ProjectFactory(owner=world["municipalities"][0])
    project.tags.add("<b>fett</b> & mehr")
    search_fixtures.publish_vectors(project)
    content = client.get(reverse("projects:search")).content.decode()
    assert "&lt;b&gt;fett&lt;/b&gt; &amp; mehr" in content
    assert "<b>fett</b>" not in content


def test_the_checkbox_template_escapes_values_and_prints_counts_plainly():
    options = [
        FacetOption(value='a"b', label="<i>x</i>", count=12345, selected=True),
        FacetOption(value="2", label="Zwei", count=0, selected=False),
    ]
    html = Template("{% load search_tags %}{% facet_checkboxes name options %}").render(
        Context({"name": "tag", "options": options})
    )
    assert html == (
        '<div class="kern-form-check"><input class="kern-form-check__checkbox" '
        'type="checkbox" id="f-tag-a&quot;b" name="tag" value="a&quot;b" checked>'
        '<label class="kern-label" for="f-tag-a&quot;b">&lt;i&gt;x&lt;/i&gt; '
        '<span class="search-count">(12345)</span></label></div>'
        '<div class="kern-form-check"><input class="kern-form-check__checkbox" '
        'type="checkbox" id="f-tag-2" name="tag" value="2">'
        '<label class="kern-label" for="f-tag-2">Zwei '
        '<span class="search-count">(0)</span></label></div>'
    )
