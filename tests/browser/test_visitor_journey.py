"""A visitor's way to a project they can reuse, in a real browser, axe-clean on every page:
home → topic field → its projects in the search, narrowed by Bundesland and status → a
misspelled query → the project → its municipality."""

import re

from django.utils import timezone
from playwright.sync_api import expect

from municipalities.models import Municipality
from projects.models import Project
from projects.search_index import update_search_vectors
from tests.factories import (
    LifeSituationFactory,
    MunicipalityFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
)


def land(name, ags):
    return MunicipalityFactory(
        name=name,
        ags=ags,
        slug=name.lower(),
        level=Municipality.Level.STATE,
        kind=Municipality.Kind.STATE,
    )


def small_platform():
    """Two Länder, a topic field with two services and three published projects."""
    bayern, hessen = land("Bayern", "09"), land("Hessen", "06")
    musterstadt = MunicipalityFactory(
        name="Musterstadt", slug="musterstadt", state=bayern, officer_name="Dana Digital"
    )
    beispielhausen = MunicipalityFactory(name="Beispielhausen", state=hessen)
    topic = TopicFieldFactory(name="Bauen & Wohnen", slug="bauen-wohnen")
    TopicFieldFactory(name="Familie & Kind", slug="familie-kind")
    situation = LifeSituationFactory(name="Wohnen", topic_field=topic)
    wohngeld = ServiceFactory(name="Wohngeld", ozg_id="10218", life_situation=situation)
    bauantrag = ServiceFactory(name="Baugenehmigung", ozg_id="10100", life_situation=situation)
    now = timezone.now()
    projects = [
        ProjectFactory(
            title="Wohngeld digital beantragen",
            summary="Anträge auf Wohngeld vollständig online.",
            owner=musterstadt,
            status=Project.Status.IN_PROGRESS,
            services=[wohngeld],
            published_at=now,
        ),
        ProjectFactory(
            title="Wohngeldrechner",
            owner=beispielhausen,
            status=Project.Status.IN_PROGRESS,
            services=[wohngeld],
            published_at=now,
        ),
        ProjectFactory(
            title="Digitaler Bauantrag",
            owner=musterstadt,
            status=Project.Status.COMPLETED,
            services=[bauantrag],
            published_at=now,
        ),
    ]
    update_search_vectors([project.pk for project in projects])
    return topic


def test_visitor_finds_a_project_and_its_municipality(page, axe_check):
    topic = small_platform()

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    axe_check(page)

    page.get_by_role("link", name=topic.name, exact=True).click()
    expect(page).to_have_url(re.compile(rf"/ozg/{topic.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(topic.name)
    axe_check(page)

    page.get_by_role("link", name=re.compile("Alle 3 Projekte im Themenfeld")).click()
    expect(page).to_have_url(re.compile(rf"/projekte/\?topic={topic.slug}"))
    results = page.locator("#search-results-heading")
    expect(results).to_have_text(re.compile("3 Treffer"))
    axe_check(page)

    page.get_by_role("checkbox", name=re.compile(r"^Bayern")).check()
    expect(results).to_have_text(re.compile("2 Treffer"))
    page.get_by_role("checkbox", name=re.compile(r"^In Umsetzung")).check()
    expect(results).to_have_text(re.compile("1 Treffer"))
    expect(page).to_have_url(re.compile(r"state=09"))
    expect(page).to_have_url(re.compile(r"status=in_progress"))
    axe_check(page)

    # A new search from the header box (the page's own box would keep the filters, and the
    # search page suggests corrections only without filters).
    header_search = page.get_by_role("searchbox", name="Projekte durchsuchen")
    header_search.fill("Wohngelt")
    header_search.press("Enter")
    expect(page.locator(".search-notice")).to_have_text(
        "Keine Treffer für „Wohngelt“. Ergebnisse für „Wohngeld“:"
    )
    expect(results).to_have_text(re.compile("2 Treffer"))
    axe_check(page)

    page.get_by_role("link", name="Wohngeld digital beantragen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wohngeld digital beantragen")
    axe_check(page)

    page.get_by_role("link", name="Musterstadt").first.click()
    expect(page).to_have_url(re.compile(r"/kommunen/musterstadt/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Musterstadt")
    expect(page.get_by_text("Dana Digital")).to_be_visible()
    expect(page.get_by_role("link", name="Digitaler Bauantrag")).to_be_visible()
    axe_check(page)
