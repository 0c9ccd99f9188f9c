"""``Project.reuse_count`` ("Wird von N Kommunen nachgenutzt") stays true through every
service that changes it, and shows on cards, the project page and in search (sort "meist
nachgenutzt", facet "wird nachgenutzt" with exact counts)."""

import pytest
from django.db import connection
from django.urls import reverse

from projects.models import Project
from projects.reuse_counts import refresh_reuse_counts
from projects.services import projects as project_services
from projects.services import publication
from projects.services.reuse import start_reuse
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory
from tests.projects.posting import edit_data
from tests.projects.search_fixtures import publish_vectors
from tests.projects.test_search_facets import brute_force_counts, page_counts

pytestmark = pytest.mark.django_db
State = Project.PublicationState


def true_count(project: Project) -> int:
    """The definition, in Python: municipalities other than the owner with a published reuse."""
    return len(
        {
            reuse.owner_id
            for reuse in Project.objects.filter(based_on=project, publication_state=State.PUBLISHED)
            if reuse.owner_id != project.owner_id
        }
    )


def count_of(project: Project) -> int:
    project.refresh_from_db()
    assert project.reuse_count == true_count(project)
    return project.reuse_count


def member(municipality, name):
    return MembershipFactory(user=UserFactory(username=name), municipality=municipality).user


def reuse_published(original, municipality, curator, actor=None):
    """A reuse started by a member of ``municipality``, submitted and published."""
    actor = actor or member(municipality, f"m{municipality.pk}-{Project.objects.count()}")
    draft = start_reuse(actor=actor, original=original, municipality=municipality, kind="adapted")
    publication.project_submit(actor=actor, project=draft)
    return publication.project_publish(actor=curator, project=draft)


@pytest.fixture
def original(municipality_a):
    return ProjectFactory(owner=municipality_a, title="Kita-Portal")


def test_publishing_archiving_and_unarchiving_a_reuse_move_the_count(
    curator, original, municipality_b
):
    assert count_of(original) == 0
    reuse = reuse_published(original, municipality_b, curator)
    assert count_of(original) == 1
    assert "reused:true" in Project.objects.get(pk=original.pk).facet_values

    publication.project_archive(actor=curator, project=reuse)
    assert count_of(original) == 0
    assert "reused:true" not in Project.objects.get(pk=original.pk).facet_values

    publication.project_unarchive(actor=curator, project=reuse)
    assert count_of(original) == 1


def test_municipalities_count_once_and_the_owner_not_at_all(
    curator, original, municipality_a, municipality_b
):
    editor = member(municipality_b, "b1")
    reuse_published(original, municipality_b, curator, editor)
    reuse_published(original, municipality_b, curator, editor)  # B again: still one
    assert count_of(original) == 1
    reuse_published(original, MunicipalityFactory(name="Drittstadt"), curator)
    assert count_of(original) == 2
    # A's own follow-up project is no reuse by another municipality.
    own = ProjectFactory(owner=municipality_a, based_on=original, reuse_kind="adapted")
    refresh_reuse_counts([original.pk])
    assert count_of(original) == 2
    assert own.based_on == original


def test_a_draft_or_submitted_reuse_does_not_count(curator, original, municipality_b):
    editor = member(municipality_b, "b1")
    draft = start_reuse(
        actor=editor, original=original, municipality=municipality_b, kind="inspired"
    )
    assert count_of(original) == 0
    publication.project_submit(actor=editor, project=draft)
    assert count_of(original) == 0
    publication.project_reject(actor=curator, project=draft, reason="Bitte ergänzen.")
    assert count_of(original) == 0


def test_editing_the_original_of_a_reuse_moves_it_between_counts(
    client, curator, original, municipality_a, municipality_b
):
    other = ProjectFactory(owner=municipality_a, title="Anderes Original")
    editor = member(municipality_b, "b1")
    reuse = reuse_published(original, municipality_b, curator, editor)
    client.force_login(editor)
    url = reverse("projects:edit", args=[reuse.slug])
    response = client.post(url, edit_data(reuse, based_on=other.pk, reuse_kind="inspired"))
    assert response.status_code == 302
    assert (count_of(original), count_of(other)) == (0, 1)

    reuse.refresh_from_db()
    response = client.post(url, edit_data(reuse, based_on=""))
    assert response.status_code == 302
    assert (count_of(original), count_of(other)) == (0, 0)


def test_moving_a_project_to_the_originals_owner_drops_it_from_the_count(
    curator, original, municipality_a, municipality_b
):
    reuse = reuse_published(original, municipality_b, curator)
    reuse.refresh_from_db()
    data = project_services.ProjectData(fields={"owner": municipality_a})
    project_services.project_update(
        actor=curator, project=reuse, data=data, expected_version=reuse.version
    )
    assert count_of(original) == 0


def test_the_originals_own_owner_change_recounts_it(curator, original, municipality_b):
    reuse_published(original, municipality_b, curator)
    original.refresh_from_db()
    data = project_services.ProjectData(fields={"owner": municipality_b})
    project_services.project_update(
        actor=curator, project=original, data=data, expected_version=original.version
    )
    assert count_of(original) == 0  # its only reuser is now its owner


def test_restoring_a_version_recounts(client, curator, original, municipality_b):
    editor = member(municipality_b, "b1")
    reuse = reuse_published(original, municipality_b, curator, editor)
    client.force_login(editor)
    reuse.refresh_from_db()
    assert (
        client.post(
            reverse("projects:edit", args=[reuse.slug]), edit_data(reuse, based_on="")
        ).status_code
        == 302
    )
    assert count_of(original) == 0
    reuse.refresh_from_db()
    response = client.post(
        reverse("projects:version-restore", args=[reuse.slug, 1]), {"version": reuse.version}
    )
    assert response.status_code == 302
    reuse.refresh_from_db()
    assert (reuse.based_on, reuse.reuse_kind) == (original, "adapted")
    assert count_of(original) == 1


def test_deleting_an_original_clears_the_lineage_of_its_drafts(
    editor_a, original, municipality_a, municipality_b
):
    draft_original = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT)
    reuse = ProjectFactory(owner=municipality_b, based_on=draft_original, reuse_kind="adopted")
    project_services.project_delete(actor=editor_a, project=draft_original)
    reuse.refresh_from_db()
    assert (reuse.based_on, reuse.reuse_kind) == (None, "")


def test_deleting_a_reuse_keeps_the_count_true(editor_a, original, municipality_a, municipality_b):
    draft = ProjectFactory(
        owner=municipality_a,
        based_on=ProjectFactory(owner=municipality_b),
        reuse_kind="adapted",
        publication_state=State.DRAFT,
    )
    parent = draft.based_on
    Project.objects.filter(pk=parent.pk).update(reuse_count=7)  # wrong on purpose
    project_services.project_delete(actor=editor_a, project=draft)
    assert count_of(parent) == 0


def test_the_database_refuses_a_kind_without_original(original):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Project.objects.filter(pk=original.pk).update(reuse_kind="adopted")


def test_card_and_project_page_say_how_many_reuse_it(client, curator, original, municipality_b):
    reuse_published(original, municipality_b, curator)
    reuse_published(original, MunicipalityFactory(name="Drittstadt"), curator)
    publish_vectors(*Project.objects.all())
    page = client.get(original.get_absolute_url()).content.decode()
    assert "Wird von 2 Kommunen nachgenutzt" in page
    assert reverse("projects:family", args=[original.slug]) in page
    search = client.get(reverse("projects:search")).content.decode()
    assert search.count("Wird von 2 Kommunen nachgenutzt") == 1
    assert "Wird von 1 Kommune nachgenutzt" not in search


@pytest.fixture
def reused_world(curator, municipality_a, municipality_b):
    """Three originals reused by 0, 1 and 2 municipalities, published with vectors."""
    third = MunicipalityFactory(name="Drittstadt")
    editors = {m.pk: member(m, f"e{m.pk}") for m in (municipality_a, municipality_b, third)}
    none = ProjectFactory(owner=municipality_a, title="Nie nachgenutzt", is_open_source=True)
    once = ProjectFactory(owner=municipality_a, title="Einmal nachgenutzt")
    twice = ProjectFactory(owner=municipality_b, title="Zweimal nachgenutzt")
    reuse_published(once, municipality_b, curator, editors[municipality_b.pk])
    reuse_published(twice, municipality_a, curator, editors[municipality_a.pk])
    reuse_published(twice, third, curator, editors[third.pk])
    publish_vectors(*Project.objects.all())
    return {"none": none, "once": once, "twice": twice}


def test_sort_most_reused_first(client, reused_world):
    response = client.get(reverse("projects:search"), {"sort": "reused"})
    titles = [p.title for p in response.context["result"].projects]
    assert titles[:2] == ["Zweimal nachgenutzt", "Einmal nachgenutzt"]
    assert "Meist nachgenutzt" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "reused"),
    [
        ({}, {"1": 2}),
        ({"reused": ["1"]}, {"1": 2}),
        ({"reused": ["1"], "oss": ["1"]}, {}),  # the only open source project is not reused
        ({"q": ["nachgenutzt"], "reused": ["1"]}, {"1": 2}),
    ],
)
def test_facet_counts_are_exact(client, reused_world, params, reused):
    counts, total = page_counts(client, params)
    published = Project.objects.published()
    if "q" in params:
        published = published.filter(title__icontains="nachgenutzt")
    selections = {name: values for name, values in params.items() if name != "q"}
    assert (counts, total) == brute_force_counts(selections, published)
    assert counts.get("reused", {}) == reused


def test_facet_filters_the_reused_projects(client, reused_world):
    response = client.get(reverse("projects:search"), {"reused": "1"})
    titles = {p.title for p in response.context["result"].projects}
    assert titles == {"Einmal nachgenutzt", "Zweimal nachgenutzt"}
    assert "Wird nachgenutzt" in response.content.decode()


def test_the_sort_reads_its_index(reused_world):
    with connection.cursor() as cursor:
        # Tiny tables: forbid the scan and the sort, so the plan shows the index that orders.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        sql, params = (
            Project.objects.published()
            .order_by("-reuse_count", "-published_at", "-id")
            .values("id")[:20]
            .query.sql_with_params()
        )
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "project_most_reused_idx" in plan


def test_two_reuses_published_at_once_both_count(transactional_db, municipality_a, municipality_b):
    """Each publication recounts under a lock of the original's row: no lost count."""
    from django.contrib.auth.models import Group

    from tests.concurrency import run_at_once

    curator = UserFactory(username="kurator")
    curator.groups.add(Group.objects.get_or_create(name="Kuratoren")[0])
    original = ProjectFactory(owner=municipality_a)
    third = MunicipalityFactory(name="Drittstadt")
    submitted = [
        ProjectFactory(
            owner=owner,
            based_on=original,
            reuse_kind="adopted",
            publication_state=State.SUBMITTED,
        )
        for owner in (municipality_b, third)
    ]
    errors = run_at_once(
        *[(publication.project_publish,) for _ in ()],
        *[(lambda p=p: publication.project_publish(actor=curator, project=p),) for p in submitted],
    )
    assert errors == []
    assert count_of(original) == 2
