"""The facet and lexeme bitmaps and the title words behind search stay exact through every
kind of write.

The triggers of migrations 0009, 0013 and 0016 change them per statement; whatever the writes,
the tables must equal what ``projects_facet_bitmap_rebuild()``,
``projects_lexeme_bitmap_rebuild()`` and ``projects_title_word_rebuild()`` compute from the
projects themselves.
"""

import datetime
import threading
import time

import pytest
from django.db import connection, transaction
from django.http import QueryDict

from projects.models import Project
from projects.search import search
from projects.search_index import update_search_vectors
from tests.concurrency import run_at_once
from tests.factories import MunicipalityFactory, ProjectFactory, ServiceFactory
from tests.projects import search_fixtures

world = search_fixtures.world


def bitmap_rows() -> dict:
    """(facet, value, chunk) → bits of every row of the facet bitmaps, as facet "lexeme" of the
    lexeme bitmaps (0013), and as facet "title_word" (folded word, count) of the title words
    (0016; their spelling is any one seen); a rebuild keeps no row without bits or projects."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT facet, value, chunk, bits::text FROM projects_facet_bitmap UNION ALL "
            "SELECT 'lexeme', lexeme, chunk, bits::text FROM projects_lexeme_bitmap UNION ALL "
            "SELECT 'title_word', folded, projects, '' FROM projects_title_word"
        )
        return {(facet, value, chunk): bits for facet, value, chunk, bits in cursor.fetchall()}


def rebuilt_rows() -> dict:
    """The tables as a rebuild from scratch computes them (rolled back afterwards)."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT projects_facet_bitmap_rebuild()")
            cursor.execute("SELECT projects_lexeme_bitmap_rebuild()")
            cursor.execute("SELECT projects_title_word_rebuild()")
        rows = bitmap_rows()
        transaction.set_rollback(True)
    return rows


def assert_exact():
    rows = bitmap_rows()
    assert rows == rebuilt_rows()
    return rows


def published_count() -> int:
    return search(QueryDict("")).total


def chunk_of(project) -> int:
    """The bitmap chunk of a project, as the database computes it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT projects_facet_chunk(%s)", [project.pk])
        return cursor.fetchone()[0]


def test_bitmaps_follow_every_kind_of_write(world):
    projects = world["projects"]
    rows = assert_exact()
    assert ("status", "completed", chunk_of(projects["buergeraemter"])) in rows
    assert ("lexeme", "burgeramt", chunk_of(projects["buergeraemter"])) in rows
    assert ("title_word", "burgeramter", 1) in rows
    assert published_count() == 4

    # Edit a facet column and the M2M facets of one project, as the edit form does.
    ratsarbeit = projects["ratsarbeit"]
    ratsarbeit.status = Project.Status.COMPLETED
    ratsarbeit.save()
    ratsarbeit.tags.set(["Antrag", "Sitzungsdienst"])
    ratsarbeit.services.set([world["services"]["10003"]])
    update_search_vectors([ratsarbeit.pk])
    assert_exact()

    # Publish the draft, archive a published project, delete another.
    draft = projects["draft"]
    draft.publication_state = Project.PublicationState.PUBLISHED
    draft.published_at = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    draft.save()
    projects["wohngeld"].publication_state = Project.PublicationState.ARCHIVED
    projects["wohngeld"].save()
    projects["elterngeld"].delete()
    assert_exact()
    assert published_count() == 3

    # Bulk writes: one UPDATE of many rows, and rows inserted after the others.
    Project.objects.update(is_open_source=True, start_date=datetime.date(2020, 1, 1))
    created = [ProjectFactory(owner=world["municipalities"][1]) for _ in range(3)]
    update_search_vectors([p.pk for p in created])
    rows = assert_exact()
    assert ("oss", "true", 0) in rows
    assert published_count() == 6


def test_counts_exclude_a_project_as_soon_as_it_is_unpublished(world):
    def completed_count():
        result = search(QueryDict(""))
        facet = next(f for f in result.facets if f.name == "status")
        return next(o.count for o in facet.options if o.value == "completed")

    assert completed_count() == 2
    project = world["projects"]["elterngeld"]
    project.publication_state = Project.PublicationState.ARCHIVED
    project.save()
    assert completed_count() == 1


def test_truncating_the_projects_empties_the_bitmaps(world):
    with connection.cursor() as cursor:
        # As in a transaction of its own (Django's flush): the world's deferred checks first.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("TRUNCATE projects_project CASCADE")
    assert bitmap_rows() == {}
    assert published_count() == 0


@pytest.mark.django_db(transaction=True)
def test_simultaneous_edits_of_two_projects_keep_the_bitmaps_exact():
    """Two editors save at the same time, again and again: both saves go through (no deadlock
    on the shared bitmap rows) and the bitmaps still equal a rebuild."""
    owner = MunicipalityFactory()
    projects = [
        ProjectFactory(owner=owner, status=Project.Status.PLANNED),
        ProjectFactory(owner=owner, status=Project.Status.COMPLETED),
    ]
    update_search_vectors([p.pk for p in projects])
    barrier = threading.Barrier(2)

    def edit(project, statuses, tags):
        for round_ in range(6):
            barrier.wait(timeout=10)
            with transaction.atomic():  # as one edit: the row, then its tags and vector
                project.status = statuses[round_ % 2]
                project.save()
                project.tags.set([tags[round_ % 2]])
                update_search_vectors([project.pk])

    errors = run_at_once(
        (edit, projects[0], [Project.Status.COMPLETED, Project.Status.PLANNED], ["A", "B"]),
        (edit, projects[1], [Project.Status.PLANNED, Project.Status.COMPLETED], ["B", "A"]),
    )

    assert errors == []
    assert_exact()
    statuses = dict(Project.objects.values_list("pk", "status"))
    assert statuses == {projects[0].pk: "planned", projects[1].pk: "completed"}


@pytest.mark.django_db(transaction=True)
def test_a_publish_during_an_edit_waits_for_it_instead_of_deadlocking():
    """An edit writes its row (status bitmaps), then its services and vector (service bitmaps)
    in a second statement; a publish of another project flips service bitmaps before status
    ones in one statement. Without a lock held to the end of the edit, each would hold what the
    other waits for."""
    owner = MunicipalityFactory()
    service = ServiceFactory()
    draft = ProjectFactory(
        owner=owner,
        status=Project.Status.COMPLETED,
        publication_state="draft",
        services=[service],
    )
    edited = ProjectFactory(owner=owner, status=Project.Status.PLANNED)
    update_search_vectors([draft.pk, edited.pk])
    first_statement_done = threading.Event()

    def edit():
        with transaction.atomic():
            edited.status = Project.Status.COMPLETED
            edited.save()
            first_statement_done.set()
            time.sleep(0.5)  # the publish below now waits for this transaction
            edited.services.add(service)
            update_search_vectors([edited.pk])

    def publish():
        first_statement_done.wait(timeout=10)
        Project.objects.filter(pk=draft.pk).update(
            publication_state=Project.PublicationState.PUBLISHED
        )

    errors = run_at_once((edit,), (publish,))

    assert errors == []
    assert_exact()
    assert ("service", str(service.pk), chunk_of(draft)) in bitmap_rows()
