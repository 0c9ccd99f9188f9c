"""Shared fixtures: personas of the permission model. Objects come from tests/factories.py."""

import pytest
from django.contrib.auth.models import Group

from municipalities.access import CURATORS_GROUP
from municipalities.models import Membership
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
