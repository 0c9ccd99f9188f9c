"""Demo projects carry invented stories under real names: every one is marked, on cards and on
its page, and every page says that demo content exists until it is removed."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from projects.models import Project
from tests.factories import ProjectFactory
from tests.projects.search_fixtures import publish_vectors

pytestmark = pytest.mark.django_db

BADGE = '<span class="kern-label">Demo-Inhalt</span>'
NOTICE = 'id="demo-notice-title"'


@pytest.fixture
def demo_and_real(db):
    demo = ProjectFactory(title="Kita-Portal Demostadt", is_demo=True)
    real = ProjectFactory(title="Kita-Portal Echtstadt")
    publish_vectors(demo, real)
    return demo, real


def item_of(html, title, start):
    """The HTML of the one list item (a search result, a card) whose title is ``title``."""
    items = [item for item in html.split(start)[1:] if f">{title}</a>" in item]
    assert len(items) == 1
    return items[0]


def test_search_results_mark_demo_projects_only(client, demo_and_real):
    demo, real = demo_and_real

    for params in ({}, {"q": "Anliegen"}):  # without and with a text query
        html = client.get(reverse("projects:search"), params).content.decode()
        assert BADGE in item_of(html, demo.title, 'class="search-result"')
        assert BADGE not in item_of(html, real.title, 'class="search-result"')


def test_cards_mark_demo_projects_only(client, demo_and_real):
    demo, real = demo_and_real

    html = client.get(demo.owner.get_absolute_url()).content.decode()
    html += client.get(real.owner.get_absolute_url()).content.decode()

    assert BADGE in item_of(html, demo.title, "<article")
    assert BADGE not in item_of(html, real.title, "<article")


def test_the_page_of_a_demo_project_says_it_is_invented(client, demo_and_real):
    demo, _real = demo_and_real

    html = client.get(demo.get_absolute_url()).content.decode()

    assert BADGE in html
    assert f"ein Demo-Inhalt, den {demo.owner.name} nicht eingetragen hat" in html


def test_the_page_of_a_real_project_has_no_demo_badge(client, demo_and_real):
    demo, real = demo_and_real

    html = client.get(real.get_absolute_url()).content.decode()

    # The demo project may show among its similar projects, marked on its card.
    page, similar = html.split('id="aehnliche-projekte"')
    assert BADGE not in page
    assert "nicht eingetragen hat" not in html
    assert BADGE in item_of(similar, demo.title, "<li>")


def test_every_page_shows_the_notice_while_demo_content_exists(client, demo_and_real):
    for url in (reverse("home"), reverse("projects:search"), reverse("ozg:catalogue")):
        html = client.get(url).content.decode()
        assert NOTICE in html
        assert "seed_demo --clear --projects 0" in html


def test_the_notice_is_gone_after_clearing_the_demo_content(client, demo_and_real):
    _demo, real = demo_and_real

    call_command("seed_demo", "--projects", "0", "--clear", stdout=None)

    assert list(Project.objects.all()) == [real]
    assert NOTICE not in client.get(reverse("home")).content.decode()
    assert BADGE not in client.get(reverse("projects:search")).content.decode()


def test_a_platform_without_demo_content_shows_no_notice(client):
    ProjectFactory()

    assert NOTICE not in client.get(reverse("home")).content.decode()


def test_my_projects_marks_demo_projects_only(client, editor_a, municipality_a):
    """A new member sees the invented projects of their municipality marked before editing."""
    demo = ProjectFactory(owner=municipality_a, title="Kita-Portal Demostadt", is_demo=True)
    real = ProjectFactory(owner=municipality_a, title="Kita-Portal Echtstadt")
    client.force_login(editor_a)

    html = client.get(reverse("projects:mine")).content.decode()

    assert BADGE in item_of(html, demo.title, '<tr class="kern-table__row">')
    assert BADGE not in item_of(html, real.title, '<tr class="kern-table__row">')
