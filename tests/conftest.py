"""Shared fixtures: personas of the permission model. Objects come from tests/factories.py."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from municipalities.access import CURATORS_GROUP
from municipalities.importer import import_register
from municipalities.models import Membership, Municipality, RegisterImport
from ozg.importer import import_catalogue
from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField
from tests.factories import MembershipFactory, MunicipalityFactory, UserFactory


@pytest.fixture
def municipality_a(db):
    return MunicipalityFactory(name="Musterstadt", ags="09999001")


@pytest.fixture
def municipality_b(db):
    return MunicipalityFactory(name="Beispielhausen", ags="09999002")


@pytest.fixture
def editor_a(municipality_a):
    """Approved editor of municipality A."""
    return MembershipFactory(
        user=UserFactory(username="editor_a"), municipality=municipality_a
    ).user


@pytest.fixture
def admin_a(municipality_a):
    """Approved municipality admin of municipality A."""
    return MembershipFactory(
        user=UserFactory(username="admin_a"),
        municipality=municipality_a,
        role=Membership.Role.ADMIN,
    ).user


@pytest.fixture
def editor_b(municipality_b):
    """Approved editor of another municipality."""
    return MembershipFactory(
        user=UserFactory(username="editor_b"), municipality=municipality_b
    ).user


@pytest.fixture
def outsider(db):
    """Signed-in user without any membership."""
    return UserFactory(username="outsider")


@pytest.fixture
def curator(db):
    user = UserFactory(username="curator")
    user.groups.add(Group.objects.get_or_create(name=CURATORS_GROUP)[0])
    return user


# The real OZG catalogue -------------------------------------------------------------------------
_catalogue_db_blocker = []


def pytest_collection_modifyitems(items):
    """Run the tests that use the real catalogue last, keeping pytest-django's order (plain db
    tests, then transactional ones) within both groups, so that the catalogue, imported once and
    kept, never meets a test that builds its own topic fields and services with factories.
    Tests that use the real register come after those, for the same reason."""
    items.sort(key=lambda item: (uses_real_register(item), "catalogue" in item.fixturenames))


@pytest.fixture(scope="session")
def catalogue(django_db_setup, django_db_blocker):
    """The real OZG catalogue shipped in data/ (14 topic fields, 55 life situations, 557 services,
    5,236 processes), imported once per test session (about half a second).

    Use it where a test needs real services, e.g. ``Service.objects.get(ozg_id="10000")``
    (Elterngeld), and expect its slugs ("familie-kind", "geburt", ...) to be taken. It is
    written outside the per-test transactions and kept until the end of the session, when it is
    deleted again (for --reuse-db); tests that use it run after all others
    (pytest_collection_modifyitems above). Changes a test makes to catalogue rows are rolled
    back with the test. Tests on ``transactional_db``/``live_server`` flush every table
    afterwards; the next test that asks for ``catalogue`` then gets it imported again
    (pytest_runtest_setup below). Returns the CatalogueImport record.
    """
    with django_db_blocker.unblock():
        result = import_catalogue()
    _catalogue_db_blocker.append(django_db_blocker)
    yield result.record
    with django_db_blocker.unblock():
        remove_catalogue()
    _catalogue_db_blocker.clear()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Re-import the catalogue before a test that needs it if a transactional test flushed it."""
    if "catalogue" in item.fixturenames and _catalogue_db_blocker:
        with _catalogue_db_blocker[0].unblock():
            if not Service.objects.exists():
                import_catalogue(force=True)
    if uses_real_register(item) and _register_db_blocker:
        with _register_db_blocker[0].unblock():
            if not Municipality.objects.filter(ags="11000000").exists():
                import_register(force=True)


def remove_catalogue():
    """Delete every catalogue row (for a reused test database and for tests of a first import).

    Plain DELETEs: the ORM's cascade collector needs seconds for the 5,236 processes."""
    tables = [
        model._meta.db_table
        for model in (Process.services.through, Process, Service, LifeSituation, TopicField)
    ]
    with connection.cursor() as cursor:
        for table in [*tables, CatalogueImport._meta.db_table]:
            cursor.execute(f'DELETE FROM "{table}"')


# The real municipality register -----------------------------------------------------------------
_register_db_blocker = []


def uses_real_register(item) -> bool:
    """Whether a test asks for the session fixture ``register`` below (and not for a fixture of
    the same name that its own module defines)."""
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.get("register", ()) if info else ()
    return bool(definitions) and definitions[-1].scope == "session"


@pytest.fixture(scope="session")
def register(django_db_setup, django_db_blocker):
    """The real municipality register shipped in data/ (GV100AD 31.05.2026 with the BKG points
    of 31.12.2023): 16 Länder, 29 Regierungsbezirke, 401 Kreise, 4,583 Gemeindeverbände, 10,943
    Gemeinden, imported once per test session (about 3 s).

    Look rows up by AGS, e.g. ``Municipality.objects.get(ags="09162000")`` (München), and expect
    the readable slugs ("muenchen", "kiel", "landkreis-muenchen") to be taken. Works like
    ``catalogue``: written outside the per-test transactions, kept for the session and deleted
    at its end; tests that use it run after all others (also after the catalogue tests); it is
    imported again before a test that needs it when a transactional test flushed it
    (pytest_runtest_setup above). Returns the RegisterImport record of the GV100AD file.
    """
    with django_db_blocker.unblock():
        result = import_register(force=True)
    _register_db_blocker.append(django_db_blocker)
    yield result.record
    with django_db_blocker.unblock():
        remove_register()
    _register_db_blocker.clear()


def remove_register():
    """Empty the municipalities and register imports, and with them every table that refers to
    a municipality (memberships, projects), for a reused test database and for tests of a first
    import. TRUNCATE: a DELETE's foreign-key checks take 6 s for the 16,000 rows."""
    tables = ", ".join(f'"{model._meta.db_table}"' for model in (Municipality, RegisterImport))
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {tables} CASCADE")
