"""The municipality page offers managing to those who may, joining to signed-in non-members."""

from datetime import date
from urllib.parse import quote

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from municipalities.access import can_manage, municipality_page_links
from municipalities.models import Membership
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProjectFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def links(client, municipality) -> dict[str, bool]:
    html = client.get(municipality.get_absolute_url()).content.decode()
    return {
        "members": f'href="{reverse("municipalities:members", args=[municipality.slug])}"' in html,
        "profile": f'href="{reverse("municipalities:profile-edit", args=[municipality.slug])}"'
        in html,
        "join": f'href="{reverse("municipalities:join")}?q={municipality.ags}"' in html,
    }


NONE = {"members": False, "profile": False, "join": False}
MANAGE = {"members": True, "profile": True, "join": False}
JOIN = {"members": False, "profile": False, "join": True}


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        (None, NONE),
        ("outsider", JOIN),
        ("editor_b", JOIN),  # member elsewhere may still ask to join this one
        ("editor_a", NONE),  # already a member
        ("admin_a", MANAGE),
        ("curator", MANAGE),
    ],
)
def test_links_follow_the_permissions(client, request, municipality_a, persona, expected):
    if persona:
        user = request.getfixturevalue(persona)
        client.force_login(user)
        assert ("manage" in municipality_page_links(user, municipality_a.pk)) == can_manage(
            user, municipality_a.pk
        )
    assert links(client, municipality_a) == expected


def test_a_pending_request_hides_the_join_link_a_declined_one_shows_it(client, municipality_a):
    user = UserFactory()
    membership = MembershipFactory(
        user=user, municipality=municipality_a, state=Membership.State.REQUESTED
    )
    client.force_login(user)
    assert links(client, municipality_a) == NONE
    membership.state = Membership.State.DECLINED
    membership.save()
    assert links(client, municipality_a) == JOIN


def test_the_join_link_preselects_the_municipality(client, outsider, municipality_a):
    client.force_login(outsider)
    page = client.get(reverse("municipalities:join"), {"q": municipality_a.ags})
    assert page.status_code == 200
    assert [m.pk for m in page.context["matches"]] == [municipality_a.pk]


@pytest.mark.parametrize("persona", ["outsider", "admin_a", "curator"])
def test_links_cost_a_fixed_number_of_queries(
    client, request, municipality_a, django_assert_max_num_queries, persona
):
    client.force_login(request.getfixturevalue(persona))
    client.get(municipality_a.get_absolute_url())
    counts = []
    for rows in (1, 15):
        ProjectFactory.create_batch(rows, owner=municipality_a)
        with django_assert_max_num_queries(12) as captured:
            assert client.get(municipality_a.get_absolute_url()).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_anonymous_visitors_are_told_how_to_join(client, municipality_a, outsider):
    content = client.get(municipality_a.get_absolute_url()).content.decode()
    next_url = f"{reverse('municipalities:join')}?q={municipality_a.ags}"
    login = f"{reverse('account_login')}?next={quote(next_url, safe='/')}"
    assert "Sie arbeiten für diese Kommune?" in content
    assert f'href="{login}"' in content
    response = client.post(login, {"login": outsider.email, "password": "sicheres-passwort-123"})
    assert response.status_code == 302
    assert response.url == next_url


@pytest.mark.parametrize(
    ("dissolved_on", "expected"), [(None, {"sign_in_to_join"}), (date(2020, 1, 1), set())]
)
def test_anonymous_visitors_are_invited_to_join_only_current_municipalities(dissolved_on, expected):
    municipality = MunicipalityFactory(name="Altdorf", dissolved_on=dissolved_on)
    assert (
        municipality_page_links(
            AnonymousUser(), municipality.pk, dissolved=municipality.is_dissolved
        )
        == expected
    )


def test_a_dissolved_municipality_does_not_invite_visitors_to_join(client):
    municipality = MunicipalityFactory(name="Altdorf", dissolved_on=date(2020, 1, 1))
    content = client.get(municipality.get_absolute_url()).content.decode()
    assert "Arbeiten Sie für Altdorf?" not in content
    assert "beizutreten" not in content
