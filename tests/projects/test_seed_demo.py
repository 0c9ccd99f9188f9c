"""seed_demo fills an empty platform with varied, deterministic demo projects."""

from io import StringIO

import pytest
from django.contrib.postgres.search import SearchQuery
from django.core.management import CommandError, call_command

from municipalities.models import Municipality
from projects.models import Project
from tests.factories import (
    LifeSituationFactory,
    MunicipalityFactory,
    ProcessFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_register(db):
    """A small register: a Land (never an owner), a Landkreis, a city and small towns."""
    land = MunicipalityFactory(
        ags="09", name="Bayern", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    kinds = [
        ("Landkreis Musterkreis", Municipality.Kind.RURAL_DISTRICT, 250_000),
        ("Musterstadt", Municipality.Kind.DISTRICT_FREE_CITY, 300_000),
        ("Kleinhausen", Municipality.Kind.MUNICIPALITY, 2_000),
        ("Marktheim", Municipality.Kind.MARKET, 6_000),
        ("Neustadt", Municipality.Kind.TOWN, 20_000),
    ]
    return [land] + [
        MunicipalityFactory(name=name, kind=kind, population=population, state=land)
        for name, kind, population in kinds
    ]


@pytest.fixture
def small_catalogue(db):
    """Two topic fields with services, some of which have processes."""
    services = []
    for topic_name in ("Bauen & Wohnen", "Familie & Kind"):
        situation = LifeSituationFactory(topic_field=TopicFieldFactory(name=topic_name))
        for number in range(4):
            service = ServiceFactory(
                name=f"{topic_name} Leistung {number}", life_situation=situation
            )
            for _ in range(number):
                ProcessFactory().services.add(service)
            services.append(service)
    return services


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return [
        (p.slug, p.title, p.owner.ags, sorted(s.ozg_id for s in p.services.all()))
        for p in Project.objects.order_by("id").select_related("owner").prefetch_related("services")
    ]


def test_it_creates_the_requested_number_of_varied_demo_projects(small_register, small_catalogue):
    output = seed("--projects", "300", "--seed", "1")

    projects = Project.objects.all()
    assert "300 Demo-Einträge angelegt" in output
    assert projects.count() == 300
    assert not projects.filter(is_demo=False).exists()
    assert set(projects.values_list("kind", flat=True)) == set(Project.Kind.values)
    assert set(projects.values_list("status", flat=True)) == set(Project.Status.values)
    states = list(projects.values_list("publication_state", flat=True))
    assert states.count(Project.PublicationState.PUBLISHED) > 0.6 * len(states)
    assert {Project.PublicationState.DRAFT, Project.PublicationState.ARCHIVED} <= set(states)
    assert projects.filter(featured=True).exists()
    assert projects.filter(is_open_source=True).exclude(license="").exists()
    assert not projects.filter(owner__level=Municipality.Level.STATE).exists()


def test_every_project_has_services_with_consistent_topic_fields_and_dates(
    small_register, small_catalogue
):
    seed("--projects", "200", "--seed", "3")

    for project in Project.objects.prefetch_related("services", "topic_fields", "processes"):
        services = set(project.services.all())
        assert services
        assert set(project.topic_fields.all()) == {s.topic_field for s in services}
        assert all(set(p.services.all()) & services for p in project.processes.all())
        if project.start_date and project.end_date:
            assert project.end_date >= project.start_date
        assert project.reuse_interest_count == project.reuse_interests.count()


def test_seeded_projects_are_searchable(small_register, small_catalogue):
    seed("--projects", "100", "--seed", "1")
    project = Project.objects.order_by("id").first()
    word = project.title.split()[0]

    query = SearchQuery(word, config="german_unaccent", search_type="websearch")

    assert not Project.objects.filter(search_vector__isnull=True).exists()
    assert Project.objects.filter(search_vector=query, id=project.id).exists()
    assert project.tags.exists()


def test_the_same_seed_gives_the_same_projects(small_register, small_catalogue):
    seed("--projects", "120", "--seed", "7")
    first = snapshot()

    seed("--projects", "120", "--seed", "7", "--clear")

    assert snapshot() == first
    assert len({slug for slug, *_ in first}) == 120


def test_another_seed_gives_other_projects(small_register, small_catalogue):
    seed("--projects", "50", "--seed", "1")
    first = snapshot()

    seed("--projects", "50", "--seed", "2", "--clear")

    assert snapshot() != first


def test_it_refuses_to_mix_demo_content_into_real_projects(small_register, small_catalogue):
    real = ProjectFactory(owner=small_register[1])

    with pytest.raises(CommandError, match="--force"):
        seed("--projects", "10")

    assert list(Project.objects.all()) == [real]


def test_force_adds_demo_projects_next_to_real_ones_and_clear_keeps_them(
    small_register, small_catalogue
):
    real = ProjectFactory(owner=small_register[1])

    seed("--projects", "10", "--force")
    assert Project.objects.filter(is_demo=True).count() == 10

    seed("--projects", "0", "--force", "--clear")
    assert list(Project.objects.all()) == [real]


def test_if_empty_does_nothing_when_projects_exist(small_register, small_catalogue):
    ProjectFactory(owner=small_register[1])

    output = seed("--projects", "10", "--if-empty")

    assert "bereits Projekte" in output
    assert Project.objects.count() == 1


def test_if_empty_seeds_an_empty_platform(small_register, small_catalogue):
    seed("--projects", "10", "--if-empty")

    assert Project.objects.count() == 10


def test_it_asks_to_import_the_register_first(small_catalogue):
    with pytest.raises(CommandError, match="Gemeindeverzeichnis importieren"):
        seed("--projects", "10")


def test_it_asks_to_import_the_catalogue_first(small_register):
    with pytest.raises(CommandError, match="OZG-Katalog importieren"):
        seed("--projects", "10")


def test_it_builds_on_the_real_catalogue_and_register(catalogue, register):
    seed("--projects", "300", "--seed", "1")
    first = snapshot()

    projects = Project.objects.all()
    assert projects.count() == 300
    owner_levels = set(projects.values_list("owner__level", flat=True))
    assert owner_levels <= {Municipality.Level.DISTRICT, Municipality.Level.MUNICIPALITY}
    big = projects.filter(owner__population__gte=100_000).count()
    assert big > 300 * 0.25  # cities and Landkreise post more than their share of bodies
    assert projects.filter(processes__isnull=False).exists()
    assert not projects.filter(services__isnull=True).exists()

    seed("--projects", "300", "--seed", "1", "--clear")
    assert snapshot() == first
