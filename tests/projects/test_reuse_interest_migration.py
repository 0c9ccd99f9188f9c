"""Migration 0034: every ReuseInterest row becomes a reuse request, nothing of the old counter is
lost (its excess over the rows becomes a project history entry). Run with MigrationExecutor:
back to before the data migration, rows written with the historical models, forward again."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("projects", "0033_reuse_requests")]
AFTER = [("projects", "0035_drop_reuse_interest")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def old_apps():
    apps = migrate(BEFORE)
    yield apps
    migrate(executor_latest())


def executor_latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def test_interest_rows_become_requests_and_the_counter_excess_is_kept(old_apps):
    Municipality = old_apps.get_model("municipalities", "Municipality")
    Project = old_apps.get_model("projects", "Project")
    ReuseInterest = old_apps.get_model("projects", "ReuseInterest")
    User = old_apps.get_model("auth", "User")

    def town(n):
        return Municipality.objects.create(
            ags=f"0999900{n}", name=f"Stadt {n}", slug=f"stadt-{n}", level="municipality"
        )

    owner, b, c = town(1), town(2), town(3)
    person = User.objects.create(username="erika", email="erika@example.org")
    common = {"owner": owner, "summary": "Kurz.", "publication_state": "published"}
    asked = Project.objects.create(
        title="Kita-Portal", slug="kita", reuse_interest_count=5, **common
    )
    plain = Project.objects.create(title="Ratsinfo", slug="rats", reuse_interest_count=1, **common)
    when = datetime.datetime(2025, 3, 1, 9, 30, tzinfo=datetime.UTC)
    first = ReuseInterest.objects.create(
        project=asked, municipality=b, user=person, message="Wir möchten das auch."
    )
    ReuseInterest.objects.create(project=asked, municipality=c)
    ReuseInterest.objects.create(project=plain, municipality=owner)  # its own municipality
    ReuseInterest.objects.filter(pk=first.pk).update(created_at=when)

    new_apps = migrate(AFTER)

    ReuseRequest = new_apps.get_model("projects", "ReuseRequest")
    ProjectEvent = new_apps.get_model("projects", "ProjectEvent")
    rows = {
        (r.project.slug, r.municipality.slug): r
        for r in ReuseRequest.objects.select_related("project", "municipality")
    }
    assert set(rows) == {("kita", "stadt-2"), ("kita", "stadt-3"), ("rats", "stadt-1")}
    from_b = rows["kita", "stadt-2"]
    assert from_b.state == "open"
    assert from_b.questions == "Wir möchten das auch."
    assert from_b.created_at == when
    assert from_b.created_by_id == person.pk
    assert from_b.reminded_at is not None  # no reminder storm for old interest
    assert rows["rats", "stadt-1"].state == "withdrawn"  # never counted as another's interest
    assert list(from_b.events.values_list("action", "actor_id", "created_at")) == [
        ("migrated", person.pk, when)
    ]
    # Kita-Portal counted 5, two rows stood behind it: the 3 others are kept in its history.
    notes = list(
        ProjectEvent.objects.filter(action="interest_migrated").values_list("project__slug", "note")
    )
    assert len(notes) == 1
    assert notes[0][0] == "kita"
    assert "5 Interessenbekundungen, davon 3 ohne eine Kommune" in notes[0][1]
    assert "reuse_interest_count" not in {
        f.name for f in new_apps.get_model("projects", "Project")._meta.get_fields()
    }
