"""A value saved unchanged is no change: "8000" typed equals "8000.00" stored, and a text the
browser sends back with CRLF line breaks equals the stored one."""

from decimal import Decimal

import pytest
from django.urls import reverse

from projects import changes
from projects.models import ProjectEvent
from tests.factories import ProjectFactory
from tests.projects.posting import edit_data

pytestmark = pytest.mark.django_db


def test_saving_an_unchanged_amount_records_no_change(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, cost_one_off=Decimal("8000.00"))
    client.force_login(editor_a)

    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, cost_one_off="8000", title="Neuer Titel"),
    )

    assert response.status_code == 302
    event = project.events.get(action=ProjectEvent.Action.EDITED)
    assert set(event.changes) == {"title"}
    assert event.snapshot["cost_one_off"] == "8000.00"


def test_a_changed_amount_is_shown_as_money(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, cost_one_off=Decimal("8000.00"))
    client.force_login(editor_a)
    client.post(
        reverse("projects:edit", args=[project.slug]), edit_data(project, cost_one_off="9500.5")
    )

    response = client.get(reverse("projects:history", args=[project.slug]))

    [(_event, _label, rows)] = [row for row in response.context["rows"] if row[2]]
    assert [(row.label, row.old, row.new) for row in rows] == [
        ("Einmalige Kosten (EUR)", "8.000,00 €", "9.500,50 €")
    ]


def test_history_hides_the_false_changes_recorded_before_the_fix(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a)
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.EDITED,
        version=2,
        changes={
            "cost_one_off": {"old": "8000.00", "new": "8000"},
            "title": {"old": "Alt", "new": "Neu"},
        },
    )
    client.force_login(editor_a)

    response = client.get(reverse("projects:history", args=[project.slug]))

    [(_event, _label, rows)] = response.context["rows"]
    assert [row.label for row in rows] == ["Titel"]


def test_old_and_new_snapshots_compare_amounts_by_value():
    assert changes.diff({"cost_annual": "8000"}, {"cost_annual": "8000.00"}) == {}
    assert changes.diff({"cost_annual": "8000"}, {"cost_annual": None}) == {
        "cost_annual": {"old": "8000", "new": None}
    }


def test_the_conflict_table_lists_no_unchanged_amount(client, editor_a, admin_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, cost_one_off=Decimal("8000.00"))
    # Version 1 as a form recorded it before the fix: the amount as typed.
    typed = {**changes.project_snapshot(project), "cost_one_off": "8000"}
    ProjectEvent.objects.create(
        project=project, action=ProjectEvent.Action.CREATED, version=1, snapshot=typed
    )
    editor_view = edit_data(project, cost_one_off="8000")
    client.force_login(admin_a)
    client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, cost_one_off="8000", summary="Vom Admin geändert."),
    )
    client.force_login(editor_a)

    response = client.post(
        reverse("projects:edit", args=[project.slug]), {**editor_view, "title": "Mein Titel"}
    )

    assert response.status_code == 409
    labels = {change.label for change in response.context["conflict"].changes}
    assert labels == {"Kurzbeschreibung"}


def test_a_text_sent_back_with_crlf_is_no_change(client, editor_a, municipality_a):
    project = ProjectFactory(owner=municipality_a, description="## Ziel\n\nWeniger Papier.")
    client.force_login(editor_a)

    response = client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, description="## Ziel\r\n\r\nWeniger Papier.", title="Neu"),
    )

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.description == "## Ziel\n\nWeniger Papier."
    assert set(project.events.get(action=ProjectEvent.Action.EDITED).changes) == {"title"}
    assert changes.diff({"description": "a\r\nb"}, {"description": "a\nb"}) == {}
