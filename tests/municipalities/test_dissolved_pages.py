"""Pages of dissolved Gemeinden and of their successors, with factories: what a visitor sees,
and that the predecessors cost no extra query."""

import datetime

import pytest

from municipalities.models import Municipality
from tests.factories import MunicipalityFactory, ProjectFactory

pytestmark = pytest.mark.django_db

DISSOLVED = datetime.date(2026, 5, 31)


@pytest.fixture
def merger():
    """Uder and the Gemeinden dissolved into it, each with a published project."""
    kreis = MunicipalityFactory(
        name="Landkreis Eichsfeld", level=Municipality.Level.DISTRICT, ags="16061"
    )
    uder = MunicipalityFactory(name="Uder", ags="16061119", parent=kreis)
    ProjectFactory(owner=uder, title="Uder-App")
    predecessors = []
    for number, name in enumerate(["Lutter", "Birkenfelde", "Röhrig"]):
        gone = MunicipalityFactory(
            name=name,
            ags=f"1606100{number}",
            parent=kreis,
            dissolved_on=DISSOLVED,
            successor=uder,
        )
        ProjectFactory(owner=gone, title=f"Projekt aus {name}")
        predecessors.append(gone)
    return {"kreis": kreis, "uder": uder, "predecessors": predecessors}


def test_the_successor_lists_its_predecessors_and_their_projects(client, merger):
    response = client.get(merger["uder"].get_absolute_url())
    page = response.content.decode()
    assert [p["name"] for p in response.context["municipality"].predecessor_list] == [
        "Birkenfelde",
        "Lutter",
        "Röhrig",
    ]
    assert "Aufgegangen in dieser Gemeinde" in page
    assert "(aufgelöst am 31.05.2026)" in page
    assert {p.title for p in response.context["page"]} == {
        "Uder-App",
        "Projekt aus Lutter",
        "Projekt aus Birkenfelde",
        "Projekt aus Röhrig",
    }
    assert "Aufgelöst am" not in page  # Uder itself is current


def test_a_dissolved_page_names_the_successor_and_keeps_its_projects(client, merger):
    lutter = merger["predecessors"][0]
    response = client.get(lutter.get_absolute_url())
    page = response.content.decode()
    assert "Aufgelöst am 31.05.2026" in page
    assert f'<a class="kern-link" href="{merger["uder"].get_absolute_url()}">Uder</a>' in page
    assert {p.title for p in response.context["page"]} == {"Projekt aus Lutter"}
    assert "keine amtliche Angabe" in page


@pytest.mark.parametrize("predecessors", [0, 3])
def test_predecessors_cost_no_extra_query(
    client, merger, django_assert_max_num_queries, predecessors
):
    uder = merger["uder"]
    Municipality.objects.filter(successor=uder).exclude(
        pk__in=[m.pk for m in merger["predecessors"][:predecessors]]
    ).update(successor=None)
    # municipality with its predecessors, figures (2), page of projects, partner projects,
    # request figures, demo notice, the admins a message reaches when no officer address is on
    # file
    with django_assert_max_num_queries(8):
        assert client.get(uder.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get(merger["predecessors"][0].get_absolute_url()).status_code == 200
