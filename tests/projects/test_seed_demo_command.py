"""seed_demo: deterministic per seed, never mixes demo and real content unasked, clears cleanly."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from municipalities.models import Municipality
from projects.models import Project
from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return [
        (p.slug, p.title, p.summary, p.owner.ags, sorted(s.ozg_id for s in p.services.all()))
        for p in Project.objects.order_by("id").select_related("owner").prefetch_related("services")
    ]


@pytest.fixture
def real_project(register):
    return ProjectFactory(owner=Municipality.objects.get(ags="09162000"))  # München


def test_the_same_seed_gives_the_same_projects(catalogue, register):
    output = seed("--projects", "60", "--seed", "7")
    first = snapshot()

    seed("--projects", "60", "--seed", "7", "--clear")

    assert "60 Demo-Einträge angelegt" in output
    assert snapshot() == first
    assert len({slug for slug, *_ in first}) == 60


def test_another_seed_gives_other_projects(catalogue, register):
    seed("--projects", "30", "--seed", "1")
    first = snapshot()

    seed("--projects", "30", "--seed", "2", "--clear")

    assert snapshot() != first
    assert Project.objects.count() == 30


def test_it_refuses_to_mix_demo_content_into_real_projects(catalogue, real_project):
    with pytest.raises(CommandError, match="--force"):
        seed("--projects", "10")

    assert list(Project.objects.all()) == [real_project]


def test_force_adds_demo_projects_next_to_real_ones_and_clear_keeps_them(catalogue, real_project):
    seed("--projects", "10", "--force")
    assert Project.objects.filter(is_demo=True).count() == 10

    output = seed("--projects", "0", "--clear")

    assert "10 Demo-Projekte gelöscht" in output
    assert list(Project.objects.all()) == [real_project]


def test_if_empty_does_nothing_when_projects_exist(catalogue, real_project):
    output = seed("--projects", "10", "--if-empty")

    assert "bereits Projekte" in output
    assert list(Project.objects.all()) == [real_project]


def test_if_empty_seeds_an_empty_platform(catalogue, register):
    seed("--projects", "10", "--if-empty")

    assert Project.objects.filter(is_demo=True).count() == 10


def test_it_asks_to_import_the_register_first(catalogue):
    with pytest.raises(CommandError, match="Gemeindeverzeichnis importieren"):
        seed("--projects", "10")


def test_it_asks_to_import_the_catalogue_first(db):
    MunicipalityFactory(kind=Municipality.Kind.TOWN, population=20_000)

    with pytest.raises(CommandError, match="OZG-Katalog importieren"):
        seed("--projects", "10")


def test_a_negative_count_is_refused(db):
    with pytest.raises(CommandError, match="nicht negativ"):
        seed("--projects", "-1")

    assert not Project.objects.exists()
