"""Reuse readiness: the authors' checklist on the project page, ``ready_until`` kept by the
services, and the search facet "gut nachnutzbar" that never goes stale."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from projects import readiness
from projects.facets import facet_counts
from projects.models import Project, ProjectLink
from projects.search import ProjectFilterSet
from tests.factories import ProjectFactory
from tests.projects.posting import edit_data

pytestmark = pytest.mark.django_db

COMPLETE = {
    "contact_name": "Dana Digital",
    "contact_email": "dana@musterstadt.example",
    "cost_one_off": Decimal("12000"),
    "reuse_offered": True,
    "reuse_offer": "Konzept, Leistungsverzeichnis und Vertragsmuster.",
    "reuse_conditions": "Kostenlos, Nennung der Quelle.",
    "lessons_learned": "Früh mit dem Personalrat sprechen.",
}


def ready_project(owner, **fields):
    project = ProjectFactory(owner=owner, **{"published_at": timezone.now(), **COMPLETE, **fields})
    ProjectLink.objects.create(project=project, title="Konzept", url="https://example.org/k")
    readiness.refresh_ready_until([project.pk])
    project.refresh_from_db()
    return project


def loaded(project):
    return Project.objects.for_detail().get(pk=project.pk)


def test_a_complete_project_scores_every_item_and_is_ready_for_12_months(municipality_a):
    project = ready_project(municipality_a)
    checklist = readiness.checklist(loaded(project))
    assert (checklist.done, checklist.total) == (6, 6)  # no open-source item: not open source
    assert project.ready_until == readiness.add_months(timezone.localdate())


MISSING = {
    "contact": {"contact_name": ""},
    "contact_channel": {"contact_email": ""},
    "costs": {"cost_one_off": None},
    "reuse_offered": {"reuse_offered": False},
    "reuse_offer": {"reuse_offer": ""},
    "reuse_conditions": {"reuse_conditions": ""},
    "open_source": {"is_open_source": True, "license": "EUPL-1.2"},
    "lessons": {"lessons_learned": ""},
    "never_published": {"published_at": None, "publication_state": "draft"},
}


@pytest.mark.parametrize("missing", MISSING)
def test_each_missing_item_is_listed_and_the_sql_rule_agrees(municipality_a, missing):
    project = ready_project(municipality_a, **MISSING[missing])
    checklist = readiness.checklist(loaded(project))
    assert checklist.done == checklist.total - 1
    assert project.ready_until is None
    assert readiness.ready_until(loaded(project)) is None


def test_documents_are_links_or_attachments(municipality_a):
    project = ready_project(municipality_a)
    project.links.all().delete()
    readiness.refresh_ready_until([project.pk])
    project.refresh_from_db()
    assert project.ready_until is None
    assert [item.key for item in readiness.checklist(loaded(project)).missing] == ["documents"]


def test_open_source_with_licence_and_repository_is_ready(municipality_a):
    project = ready_project(
        municipality_a,
        is_open_source=True,
        license="EUPL-1.2",
        repository_url="https://code.example.org/musterstadt/portal",
    )
    checklist = readiness.checklist(loaded(project))
    assert (checklist.done, checklist.total) == (7, 7)
    assert project.ready_until == readiness.ready_until(loaded(project))


def test_an_old_confirmation_counts_12_months_from_itself(municipality_a):
    old = timezone.localdate() - datetime.timedelta(days=400)
    project = ready_project(
        municipality_a,
        published_at=timezone.now() - datetime.timedelta(days=500),
        last_confirmed=old,
    )
    assert project.ready_until == readiness.add_months(old) < timezone.localdate()
    checklist = readiness.checklist(loaded(project))
    assert [item.key for item in checklist.missing] == ["confirmed"]


def test_add_months_clamps_to_the_end_of_the_month():
    assert readiness.add_months(datetime.date(2024, 2, 29)) == datetime.date(2025, 2, 28)
    assert readiness.add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)


# --- Kept true by the services ------------------------------------------------------------------


def test_confirming_makes_an_expired_project_ready_again(client, editor_a, municipality_a):
    project = ready_project(
        municipality_a,
        published_at=timezone.now() - datetime.timedelta(days=500),
        last_confirmed=timezone.localdate() - datetime.timedelta(days=400),
    )
    client.force_login(editor_a)
    response = client.post(reverse("projects:confirm", args=[project.slug]))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.ready_until == readiness.add_months(timezone.localdate())


def test_an_edit_that_breaks_an_item_clears_ready_until(client, editor_a, municipality_a):
    project = ready_project(municipality_a)
    assert project.ready_until is not None
    client.force_login(editor_a)
    url = reverse("projects:edit", args=[project.slug])
    response = client.post(url, edit_data(project, lessons_learned="", cost_one_off="12000"))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.lessons_learned == ""
    assert project.ready_until is None


# --- The project page: for those who can edit ---------------------------------------------------


@pytest.mark.parametrize(
    ("persona", "sees"),
    [
        ("anonymous", False),
        ("outsider", False),
        ("editor_b", False),
        ("editor_a", True),
        ("admin_a", True),
        ("curator", True),
    ],
)
def test_only_those_who_can_edit_see_the_checklist(client, request, municipality_a, persona, sees):
    project = ready_project(municipality_a, lessons_learned="")
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    html = client.get(project.get_absolute_url()).content.decode()
    assert ('id="readiness-heading"' in html) is sees
    assert ("Nachnutzbarkeit: 5 von 6" in html) is sees


def test_missing_items_link_to_their_field_in_the_edit_form(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, is_open_source=True)
    client.force_login(editor_a)
    html = client.get(project.get_absolute_url()).content.decode()
    edit_url = reverse("projects:edit", args=[project.slug])
    anchors = re.findall(re.escape(edit_url) + r"#([\w-]+)", html)
    assert set(anchors) == {
        "id_contact_name",
        "id_cost_one_off",
        "id_reuse_offered",
        "links",
        "id_license",
        "id_lessons_learned",
    }
    form = client.get(edit_url).content.decode()
    for anchor in anchors:
        assert f'id="{anchor}"' in form
    assert reverse("projects:confirm", args=[project.slug]) in html  # confirm right there


# --- The facet "gut nachnutzbar" ----------------------------------------------------------------


def _facet(client, **params):
    response = client.get(reverse("projects:search"), params)
    facets = response.context["result"].facets
    counts = {f.name: {o.value: o.count for o in f.options} for f in facets}
    return response, counts.get("ready", {})


def test_the_facet_counts_and_filters_ready_projects(client, municipality_a):
    ready = ready_project(municipality_a, title="Gut nachnutzbares Portal")
    ready_project(municipality_a, title="Ohne Erfahrungen", lessons_learned="")
    ProjectFactory(owner=municipality_a, title="Ganz leer")

    response, counts = _facet(client)
    assert counts == {"1": 1}
    response, counts = _facet(client, ready="1")
    assert [p.pk for p in response.context["result"].projects] == [ready.pk]
    assert response.context["result"].total == 1


def test_the_facet_goes_out_of_date_without_any_write(client, municipality_a, monkeypatch):
    project = ready_project(municipality_a)
    last_day = project.ready_until
    matches = Project.objects.published()
    assert facet_counts(matches, {}, today=last_day).facets["ready"] == {"true": 1}
    next_day = last_day + datetime.timedelta(days=1)
    assert "ready" not in facet_counts(matches, {}, today=next_day).facets
    monkeypatch.setattr(readiness, "today", lambda: next_day)
    filterset = ProjectFilterSet({"ready": ["1"]}, queryset=matches)
    assert filterset.is_valid()
    assert not filterset.qs.exists()
    assert facet_counts(matches, {"ready": ["true"]}).total == 0


def test_the_facet_counts_disjunctively_with_the_others(municipality_a):
    ready_project(municipality_a, status=Project.Status.COMPLETED)
    ready_project(municipality_a, status=Project.Status.PLANNED)
    ProjectFactory(owner=municipality_a, status=Project.Status.COMPLETED)
    counts = facet_counts(Project.objects.published(), {"ready": ["true"], "status": ["completed"]})
    assert counts.total == 1
    assert counts.facets["ready"] == {"true": 1}  # within status=completed
    assert counts.facets["status"] == {"completed": 1, "planned": 1}  # within ready
