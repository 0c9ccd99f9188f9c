"""Kommunen wie meine: peers, the gap analysis on the municipality page and on "Meine Kommune",
and for a Landkreis its Gemeinden × topic fields and the bundling candidates."""

import pytest
from django.urls import reverse

from municipalities.models import Membership, Municipality
from projects import districts, peers
from projects.models import Project
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

Level, Kind, Status = Municipality.Level, Municipality.Kind, Project.Status


@pytest.fixture
def land():
    return MunicipalityFactory(name="Beispielland", ags="98", level=Level.STATE, kind=Kind.STATE)


@pytest.fixture
def kreis(land):
    return MunicipalityFactory(
        name="Landkreis Muster",
        ags="98001",
        level=Level.DISTRICT,
        kind=Kind.RURAL_DISTRICT,
        state=land,
        parent=land,
        population=180_000,
    )


def town(name, population, kreis, **kwargs):
    return MunicipalityFactory(
        name=name,
        population=population,
        state=kreis.state,
        parent=kreis,
        kind=Kind.TOWN,
        **kwargs,
    )


@pytest.fixture
def home(kreis):
    return town("Heimstadt", 20_000, kreis)


@pytest.fixture
def services():
    return ServiceFactory.create_batch(4)


def test_peers_are_same_land_level_kind_and_similar_size_nearest_first(land, kreis, home):
    near = town("Nahstadt", 21_000, kreis)
    farther = town("Fernstadt", 40_000, kreis)
    town("Riesenstadt", 200_000, kreis)  # more than three times the size
    MunicipalityFactory(name="Dorf", population=20_000, state=land, kind=Kind.MUNICIPALITY)
    other_land = MunicipalityFactory(ags="97", level=Level.STATE, kind=Kind.STATE)
    MunicipalityFactory(name="Anderswo", population=20_000, state=other_land, kind=Kind.TOWN)
    town("Aufgelöst", 20_000, kreis, dissolved_on="2024-01-01")

    assert [m.name for m in peers.peers_of(home)] == [near.name, farther.name]


def test_peers_are_bounded(kreis, home):
    for n in range(peers.MAX_PEERS + 5):
        town(f"Stadt {n}", 20_000 + n, kreis)
    found = peers.peers_of(home)
    assert len(found) == peers.MAX_PEERS
    assert max(m.population for m in found) == 20_000 + peers.MAX_PEERS - 1


def test_no_population_no_peers(kreis):
    unknown = town("Ohnezahl", None, kreis)
    town("Nahstadt", 21_000, kreis)
    assert peers.peer_analysis(unknown).peers == []


def test_gaps_are_services_of_peers_the_municipality_lacks_most_peers_first(kreis, home, services):
    a, b, c = (town(name, 20_000, kreis) for name in ("A-Stadt", "B-Stadt", "C-Stadt"))
    common, rare, covered, partnered = services
    for peer in (a, b, c):
        ProjectFactory(owner=peer, services=[common], status=Status.COMPLETED)
    best = ProjectFactory(owner=a, services=[rare], status=Status.COMPLETED, reuse_offered=True)
    ProjectFactory(owner=a, services=[rare], status=Status.PLANNED)
    ProjectFactory(owner=b, services=[covered])
    ProjectFactory(owner=home, services=[covered])
    ProjectFactory(owner=c, services=[partnered])
    ProjectFactory(owner=c, services=[partnered]).partners.add(home)  # home takes part
    ProjectFactory(owner=a, services=[services[0]], publication_state="draft", title="Entwurf")

    gaps = peers.peer_analysis(home).gaps

    assert [(g.service_id, g.peer_count) for g in gaps] == [(common.pk, 3), (rare.pk, 1)]
    assert gaps[1].projects[0] == best  # completed and offered for reuse first
    assert all(p.title != "Entwurf" for g in gaps for p in g.projects)
    assert all(len(g.projects) <= peers.PROJECTS_PER_GAP for g in gaps)


def test_visitors_see_the_gap_analysis_on_the_municipality_page(client, kreis, home, services):
    peer = town("Vorbildstadt", 22_000, kreis)
    project = ProjectFactory(owner=peer, services=[services[0]], title="Online-Antrag Hund")

    html = client.get(home.get_absolute_url()).content.decode()

    assert 'id="peer-gaps-heading"' in html
    assert services[0].name in html
    assert project.get_absolute_url() in html
    assert "Vorbildstadt" in html


def test_a_municipality_without_peers_shows_no_empty_section(client, kreis, home):
    assert 'id="peer-gaps-heading"' not in client.get(home.get_absolute_url()).content.decode()


# --- Meine Kommune ------------------------------------------------------------------------------


def test_meine_kommune_needs_sign_in(client):
    url = reverse("regions:mine")
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_meine_kommune_without_membership_says_how_to_join(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("regions:mine"))
    assert response.status_code == 200
    assert reverse("municipalities:join") in response.content.decode()
    assert response.context["chosen"] is None


def test_meine_kommune_with_a_pending_request_shows_the_request(client, home):
    user = UserFactory()
    MembershipFactory(user=user, municipality=home, state=Membership.State.REQUESTED)
    client.force_login(user)
    response = client.get(reverse("regions:mine"))
    assert response.context["chosen"] is None
    assert "Ihre Beitrittsanfrage an Heimstadt ist noch offen" in response.content.decode()


def test_meine_kommune_shows_the_gaps_of_the_chosen_municipality(client, kreis, home, services):
    peer = town("Vorbildstadt", 22_000, kreis)
    ProjectFactory(owner=peer, services=[services[0]])
    second = town("Zweitstadt", 22_000, kreis)
    user = UserFactory()
    MembershipFactory(user=user, municipality=home)
    MembershipFactory(user=user, municipality=second)
    MembershipFactory(user=user, municipality=kreis, state=Membership.State.DECLINED)
    client.force_login(user)

    first = client.get(reverse("regions:mine"))
    assert first.context["chosen"] == home  # first by name
    assert [g.service_id for g in first.context["peer_analysis"].gaps] == [services[0].pk]
    assert first.context["municipalities"] == [home, second]

    chosen = client.get(reverse("regions:mine"), {"kommune": second.slug})
    assert chosen.context["chosen"] == second
    # Not a member: the first one instead, never someone else's municipality.
    other = client.get(reverse("regions:mine"), {"kommune": kreis.slug})
    assert other.context["chosen"] == home


def test_a_kreis_member_sees_the_kreis_overview_on_meine_kommune(client, kreis, services):
    a, b = town("A-Dorf", 5_000, kreis), town("B-Dorf", 6_000, kreis)
    ProjectFactory(owner=a, services=[services[0]], title="Kita A")
    ProjectFactory(owner=b, services=[services[0]], title="Kita B")
    user = UserFactory()
    MembershipFactory(user=user, municipality=kreis)
    client.force_login(user)
    response = client.get(reverse("regions:mine"))
    assert [c.service_id for c in response.context["bundling"]] == [services[0].pk]
    assert 'id="district-matrix-heading"' in response.content.decode()


def test_the_gemeinde_meine_keeps_its_page(client, kreis):
    """/kommunen/meine/ is the Gemeinde Meine (Landkreis Gifhorn); Meine Kommune lives at
    /kommunen/meine-kommune/."""
    meine = town("Meine", 8_000, kreis, slug="meine")
    assert meine.get_absolute_url() == "/kommunen/meine/"
    response = client.get(meine.get_absolute_url())
    assert response.status_code == 200
    assert response.context["municipality"] == meine


def test_the_header_links_meine_kommune_for_signed_in_users(client, outsider):
    url = reverse("regions:mine")
    assert url not in client.get(reverse("home")).content.decode()
    client.force_login(outsider)
    assert url in client.get(reverse("home")).content.decode()


# --- Landkreis ----------------------------------------------------------------------------------


@pytest.fixture
def topics():
    return TopicFieldFactory(name="Bauen"), TopicFieldFactory(name="Familie")


def test_kreis_matrix_counts_published_projects_per_gemeinde_and_topic_field(client, kreis, topics):
    bauen, familie = topics
    build = ServiceFactory(topic_field=bauen, life_situation__topic_field=bauen)
    kita = ServiceFactory(topic_field=familie, life_situation__topic_field=familie)
    a, b, quiet = town("A-Dorf", 3_000, kreis), town("B-Dorf", 4_000, kreis), town("C", 1, kreis)
    ProjectFactory(owner=a, services=[build])
    ProjectFactory(owner=a, services=[build, kita])
    ProjectFactory(owner=b, services=[kita])
    ProjectFactory(owner=b, services=[kita], publication_state="draft")
    ProjectFactory(owner=kreis, services=[kita])  # the Kreis itself is no row

    matrix = districts.topic_matrix(kreis)

    assert [c.name for c in matrix.topic_fields] == ["Bauen", "Familie"]
    assert [(r.municipality, r.counts, r.total) for r in matrix.rows] == [
        (a, [2, 1], 2),
        (b, [0, 1], 1),
    ]
    assert quiet not in [r.municipality for r in matrix.rows]
    html = client.get(kreis.get_absolute_url()).content.decode()
    assert "<caption" in html
    assert 'scope="col">Bauen</th>' in html
    assert 'scope="row"' in html


def test_bundling_candidates_are_services_two_gemeinden_run_separately(kreis, services):
    separate, joint, alone, idea_only = services
    a, b, c = (town(name, 5_000, kreis) for name in ("A-Dorf", "B-Dorf", "C-Dorf"))
    pa = ProjectFactory(owner=a, services=[separate], status=Status.PLANNED)
    pb = ProjectFactory(owner=b, services=[separate], status=Status.COMPLETED)
    pc = ProjectFactory(owner=c, services=[separate], status=Status.IN_PROGRESS)
    # A joint project of A and B, and B's own project named with A as partner: one group.
    ProjectFactory(owner=a, services=[joint]).partners.add(b)
    ProjectFactory(owner=b, services=[joint]).partners.add(a)
    ProjectFactory(owner=a, services=[alone])
    ProjectFactory(owner=a, services=[idea_only], status=Status.IDEA)
    ProjectFactory(owner=b, services=[idea_only], status=Status.DISCONTINUED)
    ProjectFactory(owner=c, services=[alone], publication_state="draft")

    candidates = districts.bundling_candidates(kreis)

    assert [(c.service_id, c.municipality_count) for c in candidates] == [(separate.pk, 3)]
    assert set(candidates[0].projects) == {pa, pb, pc}


def test_a_joint_project_with_a_third_separate_one_is_still_a_candidate(kreis, services):
    a, b, c = (town(name, 5_000, kreis) for name in ("A-Dorf", "B-Dorf", "C-Dorf"))
    ProjectFactory(owner=a, services=[services[0]]).partners.add(b)
    ProjectFactory(owner=b, services=[services[0]])
    ProjectFactory(owner=c, services=[services[0]])
    assert [c.municipality_count for c in districts.bundling_candidates(kreis)] == [3]


def test_kreis_page_shows_matrix_and_bundling_only_for_a_landkreis(client, kreis, home):
    assert 'id="bundling-heading"' in client.get(kreis.get_absolute_url()).content.decode()
    assert 'id="bundling-heading"' not in client.get(home.get_absolute_url()).content.decode()


# --- Query counts: the same at 10 and 1,000 projects --------------------------------------------


def _bulk_world(kreis, home, services, total):
    """``total`` published projects of the peers and Gemeinden, with services and partners,
    bulk-created."""
    gemeinden = [town(f"Peer {n}", 19_000 + n * 100, kreis) for n in range(8)]
    projects = Project.objects.bulk_create(
        Project(
            title=f"Projekt {n}",
            slug=f"projekt-bulk-{n}",
            summary="Kurz.",
            owner=gemeinden[n % len(gemeinden)],
            status=[Status.PLANNED, Status.IN_PROGRESS, Status.COMPLETED][n % 3],
            publication_state=Project.PublicationState.PUBLISHED,
        )
        for n in range(total)
    )
    links = Project.services.through
    links.objects.bulk_create(
        links(project_id=p.pk, service_id=services[n % len(services)].pk)
        for n, p in enumerate(projects)
    )
    topics = Project.topic_fields.through
    topics.objects.bulk_create(
        topics(project_id=p.pk, topicfield_id=services[n % len(services)].topic_field_id)
        for n, p in enumerate(projects)
    )
    partners = Project.partners.through
    partners.objects.bulk_create(
        partners(project_id=p.pk, municipality_id=gemeinden[(n + 1) % len(gemeinden)].pk)
        for n, p in enumerate(projects[::7])
    )
    return gemeinden


# Gemeinde page: its own 7 (with the request figures and the contact's fallback) + peers, gaps,
# gap projects. Kreis page: its own 11 + peers (the only
# Landkreis of its Land: no gaps) + matrix (owners with totals, cells) + bundling (rows,
# projects). Meine Kommune: session, user, memberships, curator check, peers, gaps, gap
# projects, demo notice.
PAGE_QUERIES = {"gemeinde": 10, "kreis": 16, "mine": 8}


@pytest.mark.parametrize("total", [10, 1000])
def test_pages_cost_the_same_number_of_queries_at_10_and_1000_projects(
    client, kreis, home, services, django_assert_num_queries, total
):
    _bulk_world(kreis, home, services, total)
    user = UserFactory()
    MembershipFactory(user=user, municipality=kreis)
    MembershipFactory(user=user, municipality=home)

    with django_assert_num_queries(PAGE_QUERIES["gemeinde"]):
        response = client.get(home.get_absolute_url())
    assert len(response.context["peer_analysis"].gaps) == len(services)
    with django_assert_num_queries(PAGE_QUERIES["kreis"]):
        response = client.get(kreis.get_absolute_url())
    assert response.context["bundling"]
    assert len(response.context["district_matrix"].rows) == 8
    client.force_login(user)
    with django_assert_num_queries(PAGE_QUERIES["mine"]):
        response = client.get(reverse("regions:mine"), {"kommune": home.slug})
    assert response.context["peer_analysis"].gaps
