"""Similar projects and the duplicate hint in a real browser: the hint appears while the title
is typed (htmx, announced by its live region), and both pages are axe-clean (WCAG 2.1 AA)."""

import pytest
from playwright.sync_api import expect

from tests.browser.steps import sign_in_with_cookie
from tests.factories import MunicipalityFactory, ProjectFactory, ServiceFactory
from tests.projects.search_fixtures import publish_vectors

pytestmark = pytest.mark.django_db(transaction=True)


def test_duplicate_hint_appears_as_the_title_is_typed(
    page, context, live_server, axe_check, editor_a, municipality_a
):
    service = ServiceFactory(name="Hundesteuer")
    existing = ProjectFactory(
        title="Hundesteuer online anmelden",
        owner=MunicipalityFactory(name="Nachbarstadt"),
        services=[service],
    )
    publish_vectors(existing)
    sign_in_with_cookie(context, live_server, editor_a)
    page.goto("/projekte/neu/")
    hint = page.locator("#duplicate-hint")
    expect(hint).to_have_attribute("aria-live", "polite")
    expect(hint).to_be_empty()

    page.locator("#id_title").press_sequentially("Digitale Hundesteuer", delay=20)

    expect(hint).to_contain_text("1 Kommune hat das schon umgesetzt")
    expect(hint.get_by_role("link", name=existing.title, exact=True)).to_be_visible()
    start = hint.get_by_role("link", name="Nachnutzung starten")
    expect(start).to_have_attribute("href", f"/projekte/{existing.slug}/nachnutzen/")
    axe_check(page)

    page.goto(existing.get_absolute_url())
    expect(page.get_by_role("heading", name="Ähnliche Projekte")).to_have_count(0)


def test_project_page_with_similar_projects_is_axe_clean(page, axe_check, municipality_a):
    service = ServiceFactory(name="Wohngeld")
    own = ProjectFactory(title="Wohngeld digital", owner=municipality_a, services=[service])
    other = ProjectFactory(title="Wohngeldantrag online", services=[service])
    publish_vectors(own, other)
    page.goto(own.get_absolute_url())
    section = page.locator("#aehnliche-projekte")
    expect(section.get_by_role("heading", name="Ähnliche Projekte")).to_be_visible()
    expect(section.get_by_role("link", name="Wohngeldantrag online")).to_be_visible()
    axe_check(page)
