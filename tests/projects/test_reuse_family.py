"""The family page /projekte/<slug>/familie/: who reused whom, from the root ancestor down, as
nested lists with municipality, year and type of lineage, in a fixed number of queries."""

import datetime
import re

import pytest
from django.urls import reverse

from projects.family import family_tree
from projects.models import Project
from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState
Kind = Project.ReuseKind


def family_url(project):
    return reverse("projects:family", args=[project.slug])


@pytest.fixture
def family(municipality_a, municipality_b):
    """root (A, 2019) ← adopted (B, 2021) ← inspired (C, 2023); root ← adapted draft (D)
    ← its published reuse (E); root ← adapted (F, 2024)."""
    c, d, e, f = (MunicipalityFactory(name=n) for n in ("Cestadt", "Dedorf", "Ehausen", "Efheim"))
    root = ProjectFactory(
        owner=municipality_a, title="Bürgerportal", start_date=datetime.date(2019, 3, 1)
    )
    adopted = ProjectFactory(
        owner=municipality_b,
        title="Bürgerportal Beispielhausen",
        based_on=root,
        reuse_kind=Kind.ADOPTED,
        start_date=datetime.date(2021, 1, 1),
    )
    inspired = ProjectFactory(
        owner=c,
        title="Serviceportal Cestadt",
        based_on=adopted,
        reuse_kind=Kind.INSPIRED,
        start_date=datetime.date(2023, 6, 1),
    )
    draft = ProjectFactory(
        owner=d,
        title="Geheimer Entwurf Dedorf",
        based_on=root,
        reuse_kind=Kind.ADAPTED,
        publication_state=State.DRAFT,
    )
    below_draft = ProjectFactory(
        owner=e,
        title="Portal Ehausen",
        based_on=draft,
        reuse_kind=Kind.ADOPTED,
        start_date=datetime.date(2025, 1, 1),
    )
    adapted = ProjectFactory(
        owner=f,
        title="Portal Efheim",
        based_on=root,
        reuse_kind=Kind.ADAPTED,
        start_date=datetime.date(2024, 1, 1),
    )
    return locals()


def shape(nodes):
    return [(node.project.title, shape(node.children)) for node in nodes]


def test_the_tree_starts_at_the_root_from_any_member(family):
    from django.contrib.auth.models import AnonymousUser

    expected = [
        (
            "Bürgerportal",
            [
                ("Bürgerportal Beispielhausen", [("Serviceportal Cestadt", [])]),
                ("Portal Efheim", []),
                # Below a draft the visitor may not see: hung from the nearest visible ancestor.
                ("Portal Ehausen", []),
            ],
        )
    ]
    for member in ("root", "inspired", "adapted", "below_draft"):
        assert shape(family_tree(family[member], AnonymousUser())) == expected, member


def test_the_drafts_own_municipality_sees_it_in_place(client, family):
    from tests.factories import MembershipFactory

    user = MembershipFactory(municipality=family["d"]).user
    roots = family_tree(family["root"], user)
    titles = [node.project.title for node in roots[0].children]
    assert "Geheimer Entwurf Dedorf" in titles
    draft_node = next(n for n in roots[0].children if n.project.title == "Geheimer Entwurf Dedorf")
    assert shape(draft_node.children) == [("Portal Ehausen", [])]


def test_the_page_is_nested_lists_with_municipality_year_and_kind(client, family):
    response = client.get(family_url(family["inspired"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Geheimer Entwurf" not in html
    assert html.count('<ul class="kern-list family-tree">') == 3  # root, its reuses, B's reuses
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Bürgerportal – Musterstadt , 2019" in text
    assert "Bürgerportal Beispielhausen – Beispielhausen , 2021, übernommen" in text
    assert "Serviceportal Cestadt – Cestadt , 2023, inspiriert von" in text
    assert "Portal Efheim – Efheim , 2024, angepasst" in text
    # The page's own project is marked for screen readers.
    assert re.search(r'href="[^"]+serviceportal-cestadt/" lang="de" aria-current="page"', html)


def test_the_project_page_links_the_family_only_with_lineage(client, family, municipality_a):
    page = client.get(family["inspired"].get_absolute_url()).content.decode()
    assert f'href="{family_url(family["inspired"])}"' in page
    assert "Inspiriert von" in page
    lonely = ProjectFactory(owner=municipality_a, title="Allein")
    assert family_url(lonely) not in client.get(lonely.get_absolute_url()).content.decode()
    response = client.get(family_url(lonely))
    assert response.status_code == 200
    assert "Zu diesem Projekt gibt es noch keine Nachnutzungen." in response.content.decode()


def test_hidden_projects_have_no_family_page(client, family, editor_b):
    assert client.get(family_url(family["draft"])).status_code == 404
    client.force_login(editor_b)
    assert client.get(family_url(family["draft"])).status_code == 404
    assert client.get("/projekte/gibt-es-nicht/familie/").status_code == 404


def _bulk_family(owner, root, size):
    """``size`` published reuses, half below the root, half below the first of them."""
    children = Project.objects.bulk_create(
        Project(
            title=f"Nachnutzung {root.pk}-{n}",
            slug=f"nachnutzung-{root.pk}-{n}",
            summary="Kurz.",
            owner=owner,
            based_on=root,
            reuse_kind=Kind.ADAPTED,
            publication_state=State.PUBLISHED,
        )
        for n in range(size // 2)
    )
    Project.objects.bulk_create(
        Project(
            title=f"Enkel {root.pk}-{n}",
            slug=f"enkel-{root.pk}-{n}",
            summary="Kurz.",
            owner=owner,
            based_on=children[0],
            reuse_kind=Kind.INSPIRED,
            publication_state=State.PUBLISHED,
        )
        for n in range(size - size // 2)
    )


@pytest.mark.parametrize("persona", [None, "editor_b", "curator"])
def test_query_count_is_the_same_for_10_and_1000_members(
    client, request, municipality_a, municipality_b, django_assert_max_num_queries, persona
):
    small = ProjectFactory(owner=municipality_a, title="Klein")
    large = ProjectFactory(owner=municipality_a, title="Groß")
    _bulk_family(municipality_b, small, 10)
    _bulk_family(municipality_b, large, 1000)
    if persona:
        client.force_login(request.getfixturevalue(persona))
        client.get(family_url(small))  # session and user caches warm alike for both
    counts = []
    for project, size in ((small, 10), (large, 1000)):
        # project (1), family CTE (1), rows (1), demo notice (1); signed in: session, user,
        # curator group and memberships (visible_to, once per request)
        with django_assert_max_num_queries(8) as captured:
            response = client.get(family_url(project))
        assert response.status_code == 200
        assert response.content.decode().count("<li>") >= size + 1
        counts.append(len(captured))
    assert counts[0] == counts[1]
    print(f"family page queries ({persona or 'anonymous'}): {counts[0]} at 10 and 1,000 members")
