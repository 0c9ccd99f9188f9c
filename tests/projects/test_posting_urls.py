"""Odd URLs of the posting views answer 404, never 500."""

import pytest
from django.urls import reverse

from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

HUGE = 10**30


@pytest.mark.parametrize(
    "name",
    ["projects:version", "projects:attachment", "projects:version-restore"],
)
def test_out_of_range_numbers_are_not_found(client, curator, municipality_a, name):
    project = ProjectFactory(owner=municipality_a)
    client.force_login(curator)
    url = reverse(name, args=[project.slug, HUGE])
    assert client.get(url).status_code == 404


def test_out_of_range_version_is_not_restored(client, curator, municipality_a):
    project = ProjectFactory(owner=municipality_a)
    client.force_login(curator)
    url = reverse("projects:version-restore", args=[project.slug, HUGE])
    assert client.post(url, {"version": project.version}).status_code == 404


def test_unknown_project_is_not_found(client, curator):
    client.force_login(curator)
    for name in ["projects:edit", "projects:history", "projects:cover"]:
        assert client.get(reverse(name, args=["gibt-es-nicht"])).status_code == 404
