""" "Nachnutzung von" never forms a cycle: an original whose own chain of originals leads back
to the edited project is refused in the project form and in the admin, and by the database
when two saves pass the form's check at the same moment."""

import re
import threading

import psycopg
import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from projects import forms
from projects.lineage import (
    LINEAGE_LOCK,
    is_cycle_refusal,
    original_chain_ids,
    validate_original,
)
from projects.models import Project
from tests.concurrency import backend_pid, run_at_once, wait_until_blocked
from tests.factories import MunicipalityFactory, ProjectFactory
from tests.projects.posting import edit_data
from tests.projects.test_admin import change_form_data

pytestmark = pytest.mark.django_db

CYCLE = "ist bereits eine Nachnutzung dieses Projekts"


def chain(owner, *titles):
    """Projects with ``titles``, each based on the one before it (the first on none)."""
    projects = []
    for title in titles:
        projects.append(
            ProjectFactory(owner=owner, title=title, based_on=projects[-1] if projects else None)
        )
    return projects


def field_error(content: str) -> str:
    match = re.search(r'id="id_based_on_error"[^>]*>(.*?)</', content, re.S)
    assert match, "no error next to the field 'Nachnutzung von'"
    return match.group(1)


def post_edit(client, project, original):
    return client.post(
        reverse("projects:edit", args=[project.slug]),
        edit_data(project, based_on=original.pk, reuse_kind="adapted"),
    )


def test_two_projects_cannot_be_based_on_each_other(client, editor_a, municipality_a):
    original, reuse = chain(municipality_a, "Kita-Portal Nord", "Kita-Portal Süd")
    client.force_login(editor_a)

    response = post_edit(client, original, reuse)

    assert response.status_code == 200
    error = field_error(response.content.decode())
    assert f"„Kita-Portal Süd“ {CYCLE}" in error
    original.refresh_from_db()
    assert original.based_on is None
    assert original.version == 1
    assert not original.events.exists()


def test_a_three_step_cycle_is_refused(client, editor_a, municipality_a):
    first, _, third = chain(municipality_a, "Bauantrag A", "Bauantrag B", "Bauantrag C")
    client.force_login(editor_a)

    response = post_edit(client, first, third)

    assert response.status_code == 200
    assert f"„Bauantrag C“ {CYCLE}" in field_error(response.content.decode())
    first.refresh_from_db()
    assert first.based_on is None


def test_a_chain_without_a_cycle_can_be_extended(client, editor_a, municipality_a):
    *_, last = chain(municipality_a, "Wohngeld A", "Wohngeld B", "Wohngeld C")
    newcomer = ProjectFactory(owner=municipality_a, title="Wohngeld D")
    client.force_login(editor_a)

    response = post_edit(client, newcomer, last)

    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.based_on == last


def test_a_cycle_saved_before_the_rule_does_not_hang_the_form(client, editor_a, municipality_a):
    first, second = chain(municipality_a, "Alt A", "Alt B")
    with connection.cursor() as cursor:  # as before migration 0015 (rolled back with the test)
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending checks before ALTER TABLE
        cursor.execute("ALTER TABLE projects_project DISABLE TRIGGER projects_lineage_check_update")
        Project.objects.filter(pk=first.pk).update(based_on=second)
        cursor.execute("ALTER TABLE projects_project ENABLE TRIGGER projects_lineage_check_update")
    newcomer = ProjectFactory(owner=municipality_a, title="Neu")
    client.force_login(editor_a)

    assert original_chain_ids(second.pk) == [second.pk, first.pk]
    assert post_edit(client, newcomer, second).status_code == 302


def test_the_admin_refuses_a_cycle(admin_client, municipality_a):
    original, reuse = chain(municipality_a, "Hundesteuer Nord", "Hundesteuer Süd")

    response = admin_client.post(
        reverse("admin:projects_project_change", args=[original.pk]),
        change_form_data(original, based_on=reuse.pk),
    )

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["based_on"]
    assert f"„Hundesteuer Süd“ {CYCLE}" in errors["based_on"][0]
    original.refresh_from_db()
    assert original.based_on is None
    assert original.version == 1


def test_the_admin_accepts_a_chain_without_a_cycle(admin_client, municipality_a):
    *_, last = chain(municipality_a, "Müll A", "Müll B")
    newcomer = ProjectFactory(owner=municipality_a, title="Müll C")

    response = admin_client.post(
        reverse("admin:projects_project_change", args=[newcomer.pk]),
        change_form_data(newcomer, based_on=last.pk),
    )

    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.based_on == last


def test_the_chain_of_originals_costs_one_query(django_assert_num_queries, municipality_a):
    projects = chain(municipality_a, *(f"Schritt {n}" for n in range(5)))

    with django_assert_num_queries(1):
        ids = original_chain_ids(projects[-1].pk)

    assert ids == [p.pk for p in reversed(projects)]
    assert original_chain_ids(projects[-1].pk, limit=2) == [projects[-1].pk, projects[-2].pk]


def test_the_database_refuses_a_cycle_from_any_writer(municipality_a):
    original, reuse = chain(municipality_a, "Parken A", "Parken B")

    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        Project.objects.filter(pk=original.pk).update(based_on=reuse)

    assert is_cycle_refusal(refused.value)
    original.refresh_from_db()
    assert original.based_on is None


def test_a_new_row_cannot_close_a_cycle_with_its_own_id(municipality_a):
    """Foreign keys are checked at commit: a project may name an id that does not exist yet,
    and the row inserted with that id may not name it back (nor itself)."""
    project = ProjectFactory(owner=municipality_a)
    future_id = project.pk + 1000
    Project.objects.filter(pk=project.pk).update(based_on_id=future_id)

    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        ProjectFactory(id=future_id, owner=municipality_a, based_on=project)
    assert is_cycle_refusal(refused.value)

    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        ProjectFactory(id=future_id + 1, owner=municipality_a, based_on_id=future_id + 1)
    assert is_cycle_refusal(refused.value)
    Project.objects.filter(pk=project.pk).update(based_on_id=None)


def test_a_cycle_the_form_did_not_see_is_shown_next_to_the_field(
    client, editor_a, municipality_a, monkeypatch
):
    """Between the form's check and the save, someone made the original a reuse of this
    project: the database refuses, and the form says why instead of failing with a 500."""
    original, reuse = chain(municipality_a, "Wahl A", "Wahl B")
    monkeypatch.setattr(forms, "validate_original", lambda project, chosen: chosen)
    client.force_login(editor_a)

    response = post_edit(client, original, reuse)

    assert response.status_code == 200
    assert CYCLE in field_error(response.content.decode())
    original.refresh_from_db()
    assert original.based_on is None
    assert original.version == 1


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_cannot_close_a_cycle():
    """A → B and B → A saved at the same moment: the second waits for the first and is refused."""
    owner = MunicipalityFactory()
    first, second = ProjectFactory(owner=owner), ProjectFactory(owner=owner)
    first_saved, second_known = threading.Event(), threading.Event()
    second_backend = []

    def save_first_and_hold():
        with transaction.atomic():
            Project.objects.filter(pk=first.pk).update(based_on=second)
            first_saved.set()
            assert second_known.wait(timeout=10)
            # Commit only once the other save waits for this transaction.
            wait_until_blocked(second_backend[0])

    def save_second():
        second_backend.append(backend_pid())
        second_known.set()
        assert first_saved.wait(timeout=10)
        with transaction.atomic():
            Project.objects.filter(pk=second.pk).update(based_on=first)

    errors = run_at_once((save_first_and_hold,), (save_second,))

    assert len(errors) == 1
    assert is_cycle_refusal(errors[0])
    links = dict(Project.objects.values_list("pk", "based_on"))
    assert links == {first.pk: second.pk, second.pk: None}


def test_restoring_a_version_drops_an_original_that_became_a_reuse(
    client, editor_a, curator, municipality_a
):
    original = ProjectFactory(owner=municipality_a, title="Hund A")
    project = ProjectFactory(owner=municipality_a, title="Hund B")
    client.force_login(editor_a)
    assert post_edit(client, project, original).status_code == 302  # version 2: B reuses A
    project.refresh_from_db()
    edit = reverse("projects:edit", args=[project.slug])
    assert client.post(edit, edit_data(project, based_on="")).status_code == 302  # version 3
    assert post_edit(client, original, project).status_code == 302  # now A reuses B

    client.force_login(curator)
    response = client.post(
        reverse("projects:version-restore", args=[project.slug, 2]), {"version": 3}
    )

    assert response.status_code == 302
    project.refresh_from_db()
    assert project.version == 4
    assert project.based_on is None
    original.refresh_from_db()
    assert original.based_on == project


def test_an_original_checked_in_a_transaction_holds_the_lineage_lock(municipality_a):
    """The admin checks and saves in one transaction: while it does, no other lineage change can
    slip in between (it would wait for the same lock as the database trigger)."""
    original = ProjectFactory(owner=municipality_a)
    project = ProjectFactory(owner=municipality_a)
    db = connection.settings_dict
    other = psycopg.connect(
        dbname=db["NAME"],
        host=db["HOST"],
        port=db["PORT"] or None,
        user=db["USER"],
        password=db["PASSWORD"],
        autocommit=True,
    )
    try:
        with transaction.atomic():
            assert validate_original(project, original) == original
            query = "SELECT pg_try_advisory_xact_lock(hashtext(%s))"
            taken_by_other = other.execute(query, [LINEAGE_LOCK]).fetchone()[0]
    finally:
        other.close()
    assert taken_by_other is False
