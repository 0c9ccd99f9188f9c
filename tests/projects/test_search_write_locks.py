"""Search data takes no lock that makes a save wait for an unrelated save."""

import threading

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from projects.models import Project
from tests.concurrency import run_at_once
from tests.factories import MembershipFactory, ProjectFactory, UserFactory
from tests.projects.posting import edit_data


@pytest.mark.django_db(transaction=True)
def test_a_save_does_not_wait_for_an_open_edit_of_another_project(municipality_a, editor_a):
    """One editor's save changed status and text and is not committed yet; another saves a
    different project with a lock timeout of 500 ms, and succeeds."""
    first, second = (
        ProjectFactory(owner=municipality_a, status=Project.Status.PLANNED, title=title)
        for title in ("Digitale Akte", "Online-Termine")
    )
    other_editor = MembershipFactory(user=UserFactory(), municipality=municipality_a).user
    first_saved, second_done = threading.Event(), threading.Event()
    statuses = {}

    def save(project, key, **changes):
        client = Client()
        client.force_login(editor_a if key == "first" else other_editor)
        response = client.post(
            reverse("projects:edit", args=[project.slug]), edit_data(project, **changes)
        )
        statuses[key] = response.status_code

    def open_edit():
        with transaction.atomic():  # the view's transaction stays open inside this one
            save(first, "first", status="completed", summary="Jetzt abgeschlossen, mit Wörtern.")
            first_saved.set()
            second_done.wait(timeout=10)

    def other_save():
        first_saved.wait(timeout=10)
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '500ms'")
                save(second, "second", status="completed", summary="Auch fertig, neue Wörter.")
        finally:
            second_done.set()

    assert run_at_once((open_edit,), (other_save,)) == []
    assert statuses == {"first": 302, "second": 302}
    assert set(Project.objects.values_list("status", flat=True)) == {"completed"}
