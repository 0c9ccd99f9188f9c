"""Similar projects on the project page and the duplicate hint of the project form: what they
show, to whom, without JavaScript, and what they cost (the same at 10 and at 1,000 projects)."""

import itertools

import pytest
from django.db import connection
from django.urls import reverse
from django.utils.text import slugify

from municipalities.models import Municipality
from projects.models import Project
from tests.factories import MunicipalityFactory, ProjectFactory, ServiceFactory
from tests.projects.posting import form_data
from tests.projects.search_fixtures import publish_vectors

pytestmark = pytest.mark.django_db
State = Project.PublicationState
HINT_URL = reverse("projects:duplicate-hint")
NUMBERS = itertools.count()


def detail_url(project):
    return reverse("projects:detail", args=[project.slug])


@pytest.fixture
def hundesteuer(db):
    return ServiceFactory(name="Hundesteuer")


@pytest.fixture
def kreis(municipality_a):
    """Musterstadt (municipality A) belongs to the Kreis "Landkreis Muster"."""
    kreis = MunicipalityFactory(
        name="Landkreis Muster",
        level=Municipality.Level.DISTRICT,
        kind=Municipality.Kind.RURAL_DISTRICT,
    )
    municipality_a.parent = kreis
    municipality_a.save()
    return kreis


def project(title, owner=None, services=(), state=State.PUBLISHED, **kwargs):
    made = ProjectFactory(
        title=title,
        slug=f"{slugify(title)}-{next(NUMBERS)}",
        owner=owner or MunicipalityFactory(),
        services=list(services),
        **kwargs,
    )
    if state != State.PUBLISHED:
        Project.objects.filter(pk=made.pk).update(publication_state=state)
    publish_vectors(made)
    return made


def bulk_projects(count, services):
    """``count`` published projects of one new municipality with ``services``, cheaply: one
    INSERT, one for the relations, one UPDATE that fills their facet columns (trigger)."""
    owner = MunicipalityFactory()
    made = Project.objects.bulk_create(
        Project(
            title=f"Verfahren {n} digital",
            slug=f"verfahren-{owner.pk}-{n}",
            summary="Ein Verfahren.",
            owner=owner,
            publication_state=State.PUBLISHED,
        )
        for n in range(count)
    )
    through = Project.services.through
    through.objects.bulk_create(
        through(project_id=p.pk, service_id=s.pk) for p in made for s in services
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE projects_project SET search_vector = search_vector WHERE id = ANY(%s)",
            [[p.pk for p in made]],
        )
    return made


# --- Similar projects on the project page ------------------------------------------------------


def test_project_page_shows_projects_of_the_same_service_first(client, hundesteuer):
    own = project("Hundesteuer online anmelden", services=[hundesteuer])
    same_service = project("Digitale Steueranmeldung für Hunde", services=[hundesteuer])
    same_words = project("Hundesteuerbescheid im Postfach")
    project("Baumfällung beantragen", services=[ServiceFactory()])
    draft = project("Hundesteuer digital", services=[hundesteuer], state=State.DRAFT)

    response = client.get(detail_url(own))

    similar = response.context["similar_projects"]
    assert similar == [same_service, same_words]
    html = response.content.decode()
    assert "Ähnliche Projekte" in html
    assert html.index(same_service.title) < html.index(same_words.title)
    assert draft.title not in html


def test_at_most_six_similar_projects(client, hundesteuer):
    own = project("Hundesteuer online", services=[hundesteuer])
    for n in range(8):
        project(f"Hundesteuer digital {n}", services=[hundesteuer])
    assert len(client.get(detail_url(own)).context["similar_projects"]) == 6


def test_owners_of_the_same_kind_size_and_land_come_first(client, hundesteuer):
    land = MunicipalityFactory(
        name="Musterland", ags="98", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    town = MunicipalityFactory(kind=Municipality.Kind.TOWN, population=30_000, state=land)
    like = MunicipalityFactory(kind=Municipality.Kind.TOWN, population=40_000, state=land)
    unlike = MunicipalityFactory(
        kind=Municipality.Kind.RURAL_DISTRICT, population=300_000, level="district"
    )
    own = project("Hundesteuer online", owner=town, services=[hundesteuer])
    far = project("Hundesteuer online", owner=unlike, services=[hundesteuer])
    near = project("Hundesteuer online", owner=like, services=[hundesteuer])

    assert client.get(detail_url(own)).context["similar_projects"] == [near, far]


def test_without_anything_in_common_there_is_no_section(client):
    own = project("Hundesteuer online", services=[ServiceFactory()])
    project("Baumfällung beantragen", services=[ServiceFactory()])
    html = client.get(detail_url(own)).content.decode()
    assert "Ähnliche Projekte" not in html


@pytest.mark.parametrize("count", [10, 1000])
def test_project_page_costs_the_same_at_10_and_1000_projects(
    client, hundesteuer, count, django_assert_num_queries
):
    own = project("Hundesteuer online anmelden", services=[hundesteuer])
    bulk_projects(count - 1, [hundesteuer])
    client.get(detail_url(own))  # caches warm (content types, the demo notice's first ask)
    # 12 for the page (row, its lists, the reuses, the request box, the contact's fallback,
    # the demo notice) + 2: ranking and cards
    with django_assert_num_queries(14):
        response = client.get(detail_url(own))
    assert len(response.context["similar_projects"]) == 6


# --- Duplicate hint: the htmx fragment ----------------------------------------------------------


def hint_html(client, **params):
    response = client.get(HINT_URL, params)
    assert response.status_code == 200
    return response.content.decode()


def test_hint_counts_municipalities_and_those_in_the_kreis(
    client, editor_a, municipality_a, kreis, hundesteuer
):
    neighbour = MunicipalityFactory(name="Nachbardorf", parent=kreis)
    project("Hundesteuer online anmelden", owner=neighbour, services=[hundesteuer])
    project("Digitale Hundesteuer", services=[hundesteuer])
    third = project("Hundeanmeldung im Netz", services=[hundesteuer])
    project("Hundesteuer per App", owner=municipality_a, services=[hundesteuer])  # own: left out
    project("Hundesteuer als Entwurf", services=[hundesteuer], state=State.DRAFT)
    client.force_login(editor_a)

    html = hint_html(client, title="Hundesteuer", services=[hundesteuer.pk])

    assert "3 Kommunen haben das schon umgesetzt" in html
    assert "1 davon in Ihrem Kreis" in html
    assert f'href="{reverse("projects:reuse-start", args=[third.slug])}"' in html
    assert "Hundesteuer per App" not in html
    assert "Entwurf" not in html


def test_hint_while_typing_the_title_alone(client, editor_a, hundesteuer):
    found = project("Hundesteuer online anmelden", services=[hundesteuer])
    client.force_login(editor_a)
    html = hint_html(client, title="Hundesteuer digital")
    assert found.title in html
    assert "1 Kommune hat das schon umgesetzt" in html
    assert hint_html(client, title="Friedhofsverwaltung").strip() == ""


def test_hint_leaves_out_the_project_being_edited(client, editor_b, municipality_b, hundesteuer):
    other = project("Hundesteuer online anmelden", services=[hundesteuer])
    client.force_login(editor_b)
    html = hint_html(client, title=other.title, services=[hundesteuer.pk], exclude=other.pk)
    assert other.title not in html


def test_hint_leaves_out_the_original_of_a_reuse(client, editor_b, municipality_b, hundesteuer):
    original = project("Hundesteuer online anmelden", services=[hundesteuer])
    other = project("Digitale Hundesteuer", services=[hundesteuer])
    client.force_login(editor_b)
    html = hint_html(client, title=original.title, services=[hundesteuer.pk], based_on=original.pk)
    assert (original.title not in html, other.title in html) == (True, True)
    draft = project(
        "Hundesteuer online anmelden",
        owner=municipality_b,
        services=[hundesteuer],
        state=State.DRAFT,
        based_on=original,
    )
    page = client.get(reverse("projects:edit", args=[draft.slug])).content.decode()
    hint = page[page.index('id="duplicate-hint"') :]
    assert (f">{original.title}<" not in hint, other.title in hint) == (True, True)


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 302),
        ("outsider", 403),
        ("editor_b", 200),
        ("editor_a", 200),
        ("admin_a", 200),
        ("curator", 200),
    ],
)
def test_who_gets_the_hint(client, request, persona, status, hundesteuer):
    project("Hundesteuer online anmelden", services=[hundesteuer])
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    response = client.get(HINT_URL, {"title": "Hundesteuer"})
    assert response.status_code == status
    if persona == "anonymous":
        assert response["Location"].startswith(reverse("account_login"))
    assert ("Hundesteuer online anmelden" in response.content.decode()) == (status == 200)


def test_the_owner_chosen_counts_only_where_the_user_may_post(
    client, editor_b, municipality_a, kreis, hundesteuer
):
    """An editor of B naming A as owner gets no Kreis of A (and A's projects are not hidden)."""
    project("Hundesteuer online", owner=municipality_a, services=[hundesteuer])
    client.force_login(editor_b)
    html = hint_html(client, title="Hundesteuer", owner=municipality_a.pk)
    assert "1 Kommune hat das schon umgesetzt" in html
    assert "in Ihrem Kreis" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"title": "x" * 5000, "services": ["abc", "-1", "9" * 30]},
        {"title": "Hunde\x00steuer <script>", "owner": "1 OR 1=1", "exclude": "x"},
        {"title": "%_\\'\""},
        {},
    ],
)
def test_bad_input_gives_an_answer_never_a_500(client, editor_a, hundesteuer, params):
    project("Hundesteuer online", services=[hundesteuer])
    client.force_login(editor_a)
    response = client.get(HINT_URL, params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize("count", [10, 1000])
def test_hint_costs_the_same_at_10_and_1000_projects(
    client, editor_a, hundesteuer, count, django_assert_num_queries
):
    bulk_projects(count, [hundesteuer])
    client.force_login(editor_a)
    client.get(HINT_URL, {"title": "Verfahren"})
    # session, user, memberships, curator check, ranking, cards
    with django_assert_num_queries(6):
        html = hint_html(client, title="Verfahren", services=[hundesteuer.pk])
    assert "1 Kommune hat das schon umgesetzt" in html


# --- Duplicate hint on the form, with and without JavaScript -----------------------------------


def test_form_region_refreshes_with_htmx_as_title_and_services_change(client, editor_a):
    client.force_login(editor_a)
    html = client.get(reverse("projects:create")).content.decode()
    assert 'id="duplicate-hint"' in html
    assert 'aria-live="polite"' in html
    assert f'hx-get="{HINT_URL}"' in html
    assert "keyup changed delay:500ms from:#id_title" in html
    assert "change from:#id_services" in html


def test_without_javascript_the_page_after_saving_a_draft_shows_the_hint(
    client, editor_a, municipality_a, kreis, hundesteuer
):
    neighbour = MunicipalityFactory(name="Nachbardorf", parent=kreis)
    existing = project("Hundesteuer online anmelden", owner=neighbour, services=[hundesteuer])
    client.force_login(editor_a)

    response = client.post(
        reverse("projects:create"),
        form_data(municipality_a, title="Digitale Hundesteuer", services=[hundesteuer.pk]),
        follow=True,
    )

    draft = Project.objects.get(title="Digitale Hundesteuer")
    assert draft.is_draft
    assert response.redirect_chain[-1][0] == reverse("projects:edit", args=[draft.slug])
    html = response.content.decode()
    assert "1 Kommune hat das schon umgesetzt" in html
    assert "1 davon in Ihrem Kreis" in html
    assert reverse("projects:reuse-start", args=[existing.slug]) in html


def test_a_form_sent_back_with_errors_shows_the_hint_of_what_was_typed(
    client, editor_a, municipality_a, hundesteuer
):
    project("Hundesteuer online anmelden", services=[hundesteuer])
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:create"),
        form_data(municipality_a, title="Hundesteuer digital", summary=""),
    )
    assert response.status_code == 200
    assert not Project.objects.filter(title="Hundesteuer digital").exists()
    assert "1 Kommune hat das schon umgesetzt" in response.content.decode()


def test_no_hint_on_the_form_of_a_published_project(client, editor_a, municipality_a, hundesteuer):
    project("Hundesteuer online anmelden", services=[hundesteuer])
    own = project("Hundesteuer digital", owner=municipality_a, services=[hundesteuer])
    client.force_login(editor_a)
    html = client.get(reverse("projects:edit", args=[own.slug])).content.decode()
    assert 'id="duplicate-hint"' not in html
    assert "schon umgesetzt" not in html
