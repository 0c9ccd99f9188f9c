""" "Meine Projekte": the user's municipalities' projects and next actions, fixed queries."""

import pytest
from django.urls import reverse

from projects.models import Project
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db
State = Project.PublicationState


def test_it_lists_own_projects_with_states_and_actions(client, editor_a, municipality_a):
    ProjectFactory(owner=municipality_a, publication_state=State.DRAFT, title="Entwurf A")
    ProjectFactory(owner=municipality_a, publication_state=State.PUBLISHED, title="Live A")
    ProjectFactory(title="Fremdes Projekt")
    client.force_login(editor_a)
    response = client.get(reverse("projects:mine"))
    content = response.content.decode()
    actions = {project.title: acts for project, acts in response.context["rows"]}
    assert set(actions) == {"Entwurf A", "Live A"}
    assert "submit" in actions["Entwurf A"]
    assert "confirm" in actions["Live A"]
    assert "Zur Prüfung einreichen" in content
    assert "Als aktuell bestätigen" in content
    assert "Fremdes Projekt" not in content


def test_user_without_membership_is_told_how_to_get_one(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("projects:mine"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Nächster Schritt: Ihrer Kommune beitreten" in content
    assert f'href="{reverse("municipalities:join")}"' in content
    assert f'href="{reverse("projects:create")}"' not in content.split("<main")[1]


@pytest.mark.parametrize("count", [1, 20])
def test_query_count_does_not_grow_with_projects(
    client, editor_a, municipality_a, django_assert_max_num_queries, count
):
    second = MunicipalityFactory()
    MembershipFactory(user=editor_a, municipality=second)
    for index in range(count):
        ProjectFactory(
            owner=municipality_a if index % 2 else second,
            publication_state=list(State)[index % len(State)],
        )
    client.force_login(editor_a)
    with django_assert_max_num_queries(7):  # +1: the demo notice
        response = client.get(reverse("projects:mine"))
    assert len(response.context["rows"]) == count


def test_curators_find_the_moderation_queue(client, curator):
    client.force_login(curator)
    assert reverse("projects:moderation") in client.get(reverse("projects:mine")).content.decode()


def test_one_and_twenty_projects_cost_the_same_queries(client, editor_a, municipality_a):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor_a)
    counts = []
    for total in (1, 20):
        ProjectFactory.create_batch(total - Project.objects.count(), owner=municipality_a)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("projects:mine"))
        assert len(response.context["rows"]) == total
        counts.append(len(queries))
    assert counts[0] == counts[1]
