"""Joining a municipality, deciding requests, managing members and the municipality profile."""

import pytest
from django.core import mail
from django.urls import reverse

from municipalities import services
from municipalities.lookup import find_municipalities
from municipalities.models import Membership, Municipality
from tests.factories import MembershipFactory, MunicipalityFactory, UserFactory

pytestmark = pytest.mark.django_db

JOIN_URL = "/kommunen/beitreten/"
PERSONAS = ["anonymous", "outsider", "editor_b", "editor_a", "admin_a", "curator"]
ALLOWED = {"admin_a", "curator"}


@pytest.fixture
def requester(db):
    return UserFactory(username="requester", first_name="Rita", last_name="Rathaus")


@pytest.fixture
def pending(requester, municipality_a):
    return MembershipFactory(
        user=requester,
        municipality=municipality_a,
        state=Membership.State.REQUESTED,
        message="Ich leite das Bürgeramt.",
    )


@pytest.fixture
def member(municipality_a):
    """An approved editor of municipality A whose role a manager may change."""
    return MembershipFactory(user=UserFactory(username="member"), municipality=municipality_a)


def act_as(client, request, persona):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))


def snapshot(membership: Membership):
    membership.refresh_from_db()
    return (membership.state, membership.role, membership.decided_by_id, membership.decided_at)


# Joining ---------------------------------------------------------------------------------------


def test_join_page_needs_sign_in(client):
    response = client.get(JOIN_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_join_search_without_javascript_lists_matches_as_radio_buttons(
    client, outsider, municipality_a, municipality_b
):
    client.force_login(outsider)
    response = client.get(JOIN_URL, {"q": "Muster"})
    content = response.content.decode()
    assert response.status_code == 200
    assert f'type="radio" name="municipality" id="municipality-{municipality_a.pk}"' in content
    assert f'id="municipality-{municipality_b.pk}"' not in content
    assert '<label class="kern-label" for="id_q">' in content
    assert 'hx-get="/kommunen/beitreten/"' in content  # live suggestions when JS is on


def test_join_search_by_ags_prefix(client, outsider, municipality_a, municipality_b):
    client.force_login(outsider)
    response = client.get(JOIN_URL, {"q": "09999002"})
    assert response.context["matches"] == [municipality_b]


def test_htmx_search_returns_only_the_matches_fragment(client, outsider, municipality_a):
    client.force_login(outsider)
    response = client.get(JOIN_URL, {"q": "Musterst"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert f'value="{municipality_a.pk}"' in content


def test_request_creates_a_pending_membership_and_tells_the_admins(
    client, outsider, municipality_a, admin_a
):
    client.force_login(outsider)
    response = client.post(
        JOIN_URL, {"municipality": municipality_a.pk, "message": "Ich bin im Hauptamt."}
    )
    assert response.status_code == 302
    assert response.url == reverse("accounts:profile")
    membership = Membership.objects.get(user=outsider)
    assert membership.municipality == municipality_a
    assert membership.state == Membership.State.REQUESTED
    assert membership.role == Membership.Role.EDITOR
    assert membership.message == "Ich bin im Hauptamt."
    assert [m.to for m in mail.outbox] == [[admin_a.email]]
    assert "Neue Beitrittsanfrage für Musterstadt" in mail.outbox[0].subject
    members_url = reverse("municipalities:members", args=[municipality_a.slug])
    assert f"http://testserver{members_url}" in mail.outbox[0].body
    assert "Ich bin im Hauptamt." in mail.outbox[0].body


def test_request_to_a_municipality_without_admins_goes_to_the_curators(
    client, outsider, municipality_b, curator
):
    client.force_login(outsider)
    client.post(JOIN_URL, {"municipality": municipality_b.pk})
    assert [m.to for m in mail.outbox] == [[curator.email]]


def test_duplicate_request_gets_a_clear_german_error(client, requester, pending, municipality_a):
    client.force_login(requester)
    response = client.post(JOIN_URL, {"municipality": municipality_a.pk, "q": "Muster"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Sie haben bereits eine Anfrage für Musterstadt gestellt." in content
    assert 'id="id_municipality_error"' in content
    assert Membership.objects.filter(user=requester).count() == 1
    assert mail.outbox == []


def test_members_cannot_ask_again(client, editor_a, municipality_a):
    client.force_login(editor_a)
    response = client.post(JOIN_URL, {"municipality": municipality_a.pk})
    assert "Sie sind bereits Mitglied von Musterstadt." in response.content.decode()
    assert Membership.objects.get(user=editor_a).state == Membership.State.APPROVED


def test_a_declined_request_may_be_asked_again(client, requester, pending, admin_a):
    services.membership_decline(membership=pending, decided_by=admin_a)
    client.force_login(requester)
    client.post(JOIN_URL, {"municipality": pending.municipality_id, "message": "Bitte erneut."})
    assert snapshot(pending) == (Membership.State.REQUESTED, Membership.Role.EDITOR, None, None)


@pytest.mark.parametrize(
    ("data", "field", "text"),
    [
        ({"municipality": ""}, "municipality", "Bitte wählen Sie Ihre Kommune"),
        ({"municipality": "999999"}, "municipality", "Diese Kommune gibt es nicht"),
        ({"municipality": "abc"}, "municipality", "Diese Kommune gibt es nicht"),
        ({"municipality": "9" * 40}, "municipality", "Diese Kommune gibt es nicht"),
        ({"municipality": "<b>1</b>"}, "municipality", "Diese Kommune gibt es nicht"),
        ({"message": "x" * 100_000}, "message", "höchstens 2000 Zeichen"),
    ],
)
def test_bad_request_input_shows_german_errors_and_changes_nothing(
    client, outsider, municipality_a, data, field, text
):
    client.force_login(outsider)
    data = {"municipality": municipality_a.pk, **data}
    response = client.post(JOIN_URL, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_{field}_error"' in content
    assert text in content
    assert not Membership.objects.filter(user=outsider).exists()


def test_html_in_the_message_is_kept_as_text_and_escaped(
    client, requester, pending, admin_a, municipality_a
):
    pending.message = '<img src=x onerror="alert(1)">'
    pending.save()
    client.force_login(admin_a)
    content = client.get(
        reverse("municipalities:members", args=[municipality_a.slug])
    ).content.decode()
    assert '<img src=x onerror="alert(1)">' not in content
    assert "&lt;img src=x" in content


# Deciding --------------------------------------------------------------------------------------


def decide_url(name, membership):
    return reverse(name, args=[membership.municipality.slug, membership.pk])


def test_admin_approves_and_the_requester_gets_a_german_mail(client, admin_a, pending, requester):
    client.force_login(admin_a)
    response = client.post(decide_url("municipalities:membership-approve", pending))
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.state == Membership.State.APPROVED
    assert pending.decided_by == admin_a
    assert pending.decided_at is not None
    assert [m.to for m in mail.outbox] == [[requester.email]]
    message = mail.outbox[0]
    assert message.subject == "[Kommunect] Ihre Mitgliedschaft bei Musterstadt ist bestätigt"
    assert "Guten Tag Rita Rathaus" in message.body
    assert f"http://testserver{reverse('accounts:profile')}" in message.body


def test_curator_declines_and_the_requester_gets_a_german_mail(client, curator, pending, requester):
    client.force_login(curator)
    client.post(decide_url("municipalities:membership-decline", pending))
    pending.refresh_from_db()
    assert pending.state == Membership.State.DECLINED
    assert pending.decided_by == curator
    assert [m.to for m in mail.outbox] == [[requester.email]]
    assert "abgelehnt" in mail.outbox[0].subject
    assert "erneut stellen" in mail.outbox[0].body


def test_a_decided_request_cannot_be_declined_twice(client, admin_a, pending):
    client.force_login(admin_a)
    client.post(decide_url("municipalities:membership-approve", pending))
    mail.outbox.clear()
    response = client.post(decide_url("municipalities:membership-decline", pending), follow=True)
    assert "Über diese Anfrage wurde bereits entschieden." in response.content.decode()
    pending.refresh_from_db()
    assert pending.state == Membership.State.APPROVED
    assert mail.outbox == []


def test_decision_returns_to_a_local_next_url_only(client, admin_a, pending, municipality_a):
    client.force_login(admin_a)
    queue = reverse("municipalities:membership-queue")
    response = client.post(
        decide_url("municipalities:membership-approve", pending), {"next": queue}
    )
    assert response.url == queue
    other = MembershipFactory(municipality=pending.municipality, state="requested")
    response = client.post(
        decide_url("municipalities:membership-approve", other), {"next": "https://evil.example/"}
    )
    assert response.url == reverse("municipalities:members", args=[municipality_a.slug])


def test_membership_of_another_municipality_is_not_found(
    client, admin_a, municipality_a, municipality_b
):
    foreign = MembershipFactory(municipality=municipality_b, state="requested")
    client.force_login(admin_a)
    url = reverse("municipalities:membership-approve", args=[municipality_a.slug, foreign.pk])
    assert client.post(url).status_code == 404
    foreign.refresh_from_db()
    assert foreign.state == Membership.State.REQUESTED


@pytest.mark.parametrize(
    "name",
    [
        "municipalities:membership-approve",
        "municipalities:membership-decline",
        "municipalities:membership-role",
        "municipalities:membership-remove",
    ],
)
def test_writes_refuse_get(client, admin_a, pending, name):
    client.force_login(admin_a)
    assert client.get(decide_url(name, pending)).status_code == 405
    assert snapshot(pending)[0] == Membership.State.REQUESTED


# The permission matrix: only the municipality's admins and curators may manage it -------------


def expect_denied(response, persona):
    if persona == "anonymous":
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_approve(client, request, persona, pending):
    act_as(client, request, persona)
    before = snapshot(pending)
    response = client.post(decide_url("municipalities:membership-approve", pending))
    if persona in ALLOWED:
        assert response.status_code == 302
        assert snapshot(pending)[0] == Membership.State.APPROVED
    else:
        expect_denied(response, persona)
        assert snapshot(pending) == before
        assert mail.outbox == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_decline(client, request, persona, pending):
    act_as(client, request, persona)
    before = snapshot(pending)
    response = client.post(decide_url("municipalities:membership-decline", pending))
    if persona in ALLOWED:
        assert response.status_code == 302
        assert snapshot(pending)[0] == Membership.State.DECLINED
    else:
        expect_denied(response, persona)
        assert snapshot(pending) == before
        assert mail.outbox == []


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_change_role(client, request, persona, member):
    act_as(client, request, persona)
    response = client.post(decide_url("municipalities:membership-role", member), {"role": "admin"})
    member.refresh_from_db()
    if persona in ALLOWED:
        assert response.status_code == 302
        assert member.role == Membership.Role.ADMIN
    else:
        expect_denied(response, persona)
        assert member.role == Membership.Role.EDITOR


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_remove_member(client, request, persona, member):
    act_as(client, request, persona)
    response = client.post(decide_url("municipalities:membership-remove", member))
    exists = Membership.objects.filter(pk=member.pk).exists()
    if persona in ALLOWED:
        assert response.status_code == 302
        assert not exists
    else:
        expect_denied(response, persona)
        assert exists


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_edit_municipality_profile(client, request, persona, municipality_a):
    act_as(client, request, persona)
    url = reverse("municipalities:profile-edit", args=[municipality_a.slug])
    response = client.post(url, {"website": "https://www.musterstadt.de", "profile": "Neu"})
    municipality_a.refresh_from_db()
    if persona in ALLOWED:
        assert response.status_code == 302
        assert municipality_a.website == "https://www.musterstadt.de"
    else:
        expect_denied(response, persona)
        assert municipality_a.website == ""


@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_members_page(client, request, persona, municipality_a, pending):
    act_as(client, request, persona)
    response = client.get(reverse("municipalities:members", args=[municipality_a.slug]))
    if persona in ALLOWED:
        assert response.status_code == 200
        assert "Rita Rathaus" in response.content.decode()
    else:
        expect_denied(response, persona)


@pytest.mark.parametrize(
    ("persona", "status"),
    [("outsider", 403), ("editor_a", 403), ("admin_a", 200), ("curator", 200)],
)
def test_permission_queue(client, request, persona, status):
    act_as(client, request, persona)
    assert client.get(reverse("municipalities:membership-queue")).status_code == status


def test_services_refuse_users_who_may_not_manage(editor_a, pending):
    with pytest.raises(services.PermissionDenied):
        services.membership_approve(membership=pending, decided_by=editor_a)
    assert snapshot(pending)[0] == Membership.State.REQUESTED


def test_unknown_municipality_gives_404(client, curator):
    client.force_login(curator)
    assert client.get(reverse("municipalities:members", args=["gibt-es-nicht"])).status_code == 404
    url = reverse("municipalities:membership-approve", args=["gibt-es-nicht", 1])
    assert client.post(url).status_code == 404


# Managing members -------------------------------------------------------------------------------


def test_members_page_lists_pending_members_and_roles(
    client, admin_a, editor_a, pending, municipality_a
):
    client.force_login(admin_a)
    response = client.get(reverse("municipalities:members", args=[municipality_a.slug]))
    assert response.context["pending"] == [pending]
    assert set(response.context["approved"]) == {
        Membership.objects.get(user=admin_a),
        Membership.objects.get(user=editor_a),
    }
    content = response.content.decode()
    assert "Ich leite das Bürgeramt." in content
    assert 'for="role-' in content  # every role select has a label


def test_members_page_query_count_does_not_grow_with_members(
    client, admin_a, municipality_a, django_assert_max_num_queries
):
    for n in range(30):
        MembershipFactory(municipality=municipality_a, state="requested" if n % 2 else "approved")
    client.force_login(admin_a)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("municipalities:members", args=[municipality_a.slug]))
    assert len(response.context["pending"]) == 15


def test_queue_shows_curators_every_pending_request(
    client, curator, pending, municipality_b, django_assert_max_num_queries
):
    MembershipFactory.create_batch(20, municipality=municipality_b, state="requested")
    client.force_login(curator)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("municipalities:membership-queue"))
    assert response.context["page"].paginator.count == 21
    assert "Rita Rathaus" in response.content.decode()


def test_queue_shows_admins_only_their_municipalities(client, admin_a, pending, municipality_b):
    MembershipFactory(municipality=municipality_b, state="requested")
    client.force_login(admin_a)
    page = client.get(reverse("municipalities:membership-queue")).context["page"]
    assert list(page.object_list) == [pending]


def test_queue_ignores_a_bad_page_number(client, curator, pending):
    client.force_login(curator)
    response = client.get(reverse("municipalities:membership-queue"), {"seite": "x' OR 1=1"})
    assert response.status_code == 200


def test_invalid_role_is_refused_in_german(client, admin_a, member):
    client.force_login(admin_a)
    response = client.post(
        decide_url("municipalities:membership-role", member), {"role": "superuser"}, follow=True
    )
    assert "Diese Rolle gibt es nicht." in response.content.decode()
    member.refresh_from_db()
    assert member.role == Membership.Role.EDITOR


def test_the_last_admin_cannot_step_down(client, admin_a):
    own = Membership.objects.get(user=admin_a)
    client.force_login(admin_a)
    response = client.post(
        decide_url("municipalities:membership-role", own), {"role": "editor"}, follow=True
    )
    assert "mindestens einen Kommunen-Admin" in response.content.decode()
    response = client.post(decide_url("municipalities:membership-remove", own), follow=True)
    assert "mindestens einen Kommunen-Admin" in response.content.decode()
    own.refresh_from_db()
    assert own.role == Membership.Role.ADMIN


def test_an_admin_may_step_down_when_another_admin_remains(client, admin_a, member):
    services.membership_change_role(membership=member, role="admin", changed_by=admin_a)
    own = Membership.objects.get(user=admin_a)
    client.force_login(admin_a)
    client.post(decide_url("municipalities:membership-role", own), {"role": "editor"})
    own.refresh_from_db()
    assert own.role == Membership.Role.EDITOR


def test_pending_requests_are_declined_not_removed(client, admin_a, pending):
    client.force_login(admin_a)
    client.post(decide_url("municipalities:membership-remove", pending))
    assert Membership.objects.filter(pk=pending.pk).exists()


# Municipality profile --------------------------------------------------------------------------


def test_profile_edit_saves_website_text_and_officer(client, admin_a, municipality_a):
    client.force_login(admin_a)
    url = reverse("municipalities:profile-edit", args=[municipality_a.slug])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "website": "https://www.musterstadt.de",
            "profile": "Wir digitalisieren das Bürgeramt.",
            "officer_name": "Dana Digital",
            "officer_role": "CDO",
            "officer_email": "cdo@musterstadt.de",
            "officer_phone": "+49 30 123",
        },
    )
    assert response.status_code == 302
    municipality_a.refresh_from_db()
    assert municipality_a.officer_name == "Dana Digital"
    assert municipality_a.profile == "Wir digitalisieren das Bürgeramt."


@pytest.mark.parametrize(
    ("field", "value", "text"),
    [
        ("website", "javascript:alert(1)", "gültige Adresse"),
        ("officer_email", "keine-adresse", "gültige E-Mail-Adresse"),
        ("profile", "x" * 100_000, "höchstens 10000 Zeichen"),
        ("officer_name", "<b>" * 100, "höchstens 200 Zeichen"),
    ],
)
def test_bad_profile_input_shows_german_errors_next_to_the_field(
    client, admin_a, municipality_a, field, value, text
):
    client.force_login(admin_a)
    url = reverse("municipalities:profile-edit", args=[municipality_a.slug])
    response = client.post(url, {field: value})
    assert response.status_code == 200
    content = response.content.decode()
    assert f'id="id_{field}_error"' in content
    assert text in content
    municipality_a.refresh_from_db()
    assert getattr(municipality_a, field) == ""


# Finding a municipality ------------------------------------------------------------------------


@pytest.fixture
def mini_register(db):
    land = MunicipalityFactory(
        name="Nordrhein-Westfalen", ags="05", level="state", kind="land", population=None
    )
    return {
        "münster": MunicipalityFactory(
            name="Münster", ags="05515000", state=land, population=320000
        ),
        "münstertal": MunicipalityFactory(
            name="Münstertal/Schwarzwald", ags="08315074", population=5000
        ),
        "bad münstereifel": MunicipalityFactory(
            name="Bad Münstereifel", ags="05366028", state=land, population=17000
        ),
        "köln": MunicipalityFactory(name="Köln", ags="05315000", state=land, population=1080000),
    }


def test_lookup_ranks_exact_and_prefix_before_substring(mini_register):
    names = [m.name for m in find_municipalities("Münster")]
    assert names == ["Münster", "Münstertal/Schwarzwald", "Bad Münstereifel"]


def test_lookup_ignores_accents_and_tolerates_typos(mini_register):
    assert [m.name for m in find_municipalities("koln")] == ["Köln"]
    assert "Köln" in [m.name for m in find_municipalities("Koeln")]


def test_lookup_by_ags_prefix(mini_register):
    assert [m.ags for m in find_municipalities("053")] == ["05315000", "05366028"]


def test_lookup_needs_two_characters_and_returns_at_most_twenty(db):
    MunicipalityFactory.create_batch(25, name="Neustadt")
    assert list(find_municipalities("N")) == []
    assert len(find_municipalities("Neustadt")) == 20


def test_autocomplete_answers_json_in_one_query(client, mini_register, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get(reverse("municipalities:autocomplete"), {"q": "Münster"})
    results = response.json()["results"]
    assert results[0]["name"] == "Münster"
    assert results[0]["ags"] == "05515000"
    assert results[0]["label"] == "Münster (Stadt, AGS 05515000, Nordrhein-Westfalen)"


@pytest.mark.parametrize("query", ["", "x" * 5000, "%_\\", "'; DROP TABLE x; --"])
def test_autocomplete_survives_odd_input(client, mini_register, query):
    response = client.get(reverse("municipalities:autocomplete"), {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_municipality_kind_is_shown_next_to_each_match(client, outsider, mini_register):
    client.force_login(outsider)
    content = client.get(JOIN_URL, {"q": "Münster"}).content.decode()
    assert "AGS 05515000" in content
    assert Municipality.objects.count() == 5


def test_lookup_in_the_real_register(register, django_assert_num_queries):
    """About 16,000 rows from GV100AD: the city first, once, although the register lists a
    kreisfreie Stadt three times (Kreis, Gemeinde, Gemeindeverband)."""
    with django_assert_num_queries(1):
        muenster = find_municipalities("Münster")
    assert muenster[0].ags == "05515000"
    assert [m.name for m in muenster].count("Münster") == 2  # and the Gemeinde in Bavaria
    assert len(muenster) == 20
    for spelling in ("München", "Muenchen", "munchen", "MÜNCHEN"):
        assert find_municipalities(spelling)[0].ags == "09162000", spelling
    assert find_municipalities("Stuttgard")[1].ags == "08111000"  # after the Regierungsbezirk
    assert [m.name for m in find_municipalities("09162000")] == ["München"]
    assert [m.ags for m in find_municipalities("Neustadt")][:2] == ["07316000", "03241012"]
