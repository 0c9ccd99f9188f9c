"""What axe cannot see on the search page: where focus goes after an in-place update, that the
live region survives updates and speaks the new count, the title, and the tab order on a narrow
screen (filters in a closed disclosure before the results)."""

import re

import pytest
from playwright.sync_api import expect

from projects import search as search_module
from tests.projects import search_fixtures

world = search_fixtures.world


@pytest.fixture
def small_pages(monkeypatch):
    """Two results a page, so the four projects of the world need paging."""
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)


def test_focus_after_each_in_place_update(page, world, small_pages, axe_check):
    page.goto("/projekte/")
    heading = page.locator("#search-results-heading")

    page.get_by_label("Suchbegriff").fill("digital")
    page.get_by_role("button", name="Suchen", exact=True).last.click()
    expect(page).to_have_url(re.compile(r"q=digital"))
    expect(heading).to_be_focused()

    checkbox = page.get_by_role("checkbox", name=re.compile(r"^Abgeschlossen"))
    checkbox.check()
    expect(page).to_have_url(re.compile(r"status=completed"))
    expect(page.get_by_role("checkbox", name=re.compile(r"^Abgeschlossen"))).to_be_focused()

    page.get_by_role("button", name="Filter anwenden").click()
    expect(heading).to_be_focused()

    page.get_by_role("link", name=re.compile(r"Status: Abgeschlossen")).click()
    expect(page).not_to_have_url(re.compile(r"status="))
    expect(heading).to_be_focused()

    page.get_by_role("link", name="Nächste Seite").click()
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(heading).to_be_focused()
    # The next Tabs reach the new results (after the chip and the reset link), not the footer.
    for _ in range(3):
        page.keyboard.press("Tab")
    expect(page.locator(".search-result a").first).to_be_focused()
    axe_check(page)


def test_live_region_survives_updates_and_title_follows(page, world, axe_check):
    page.goto("/projekte/")
    status = page.locator("#search-status")
    expect(status).to_have_text("4 Treffer.")
    expect(status).to_have_attribute("role", "status")
    status.evaluate("node => { window.liveRegion = node; }")

    page.get_by_label("Suchbegriff").fill("Buergeramt")
    page.get_by_role("button", name="Suchen", exact=True).last.click()
    expect(status).to_have_text("3 Treffer.")
    expect(page).to_have_title("Buergeramt – 3 Treffer – Kommunect")
    assert page.evaluate("window.liveRegion === document.getElementById('search-status')")

    page.get_by_label("Suchbegriff").fill("Ratsarbiet")
    page.get_by_role("button", name="Suchen", exact=True).last.click()
    expect(status).to_have_text(
        "1 Treffer. Keine Treffer für „Ratsarbiet“. Ergebnisse für „Ratsarbeit“:"
    )
    assert page.evaluate("window.liveRegion.isConnected")
    # Only one live region: the area itself has none.
    expect(page.locator("#search-area [aria-live], #search-area [role=status]")).to_have_count(0)
    axe_check(page)


def test_tab_order_on_a_narrow_screen_reaches_results_before_filters(page, world, axe_check):
    page.set_viewport_size({"width": 640, "height": 900})
    page.goto("/projekte/?status=completed")
    summary = page.locator("#search-facets summary")
    expect(summary).to_have_text("Filter (1 aktiv)")
    expect(page.locator("#search-facets")).not_to_have_attribute("open", "")
    axe_check(page)

    page.get_by_role("button", name="Suchen", exact=True).last.focus()
    stops = []
    for _ in range(4):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert stops[:2] == ["Zu den Ergebnissen", "Filter (1 aktiv)"]
    # Then the results: the chip of the active filter, then the first result.
    assert stops[2].startswith("Status: Abgeschlossen")

    # Visual order follows the DOM: the disclosure sits above the results.
    facets_top = summary.bounding_box()["y"]
    results_top = page.locator("#search-results-heading").bounding_box()["y"]
    assert facets_top < results_top

    summary.click()
    expect(page.locator("#search-facets")).to_have_attribute("open", "")
    page.get_by_role("checkbox", name=re.compile(r"^Geplant")).check()
    expect(page).to_have_url(re.compile(r"status=planned"))
    # The disclosure stays open after the update.
    expect(page.locator("#search-facets")).to_have_attribute("open", "")


def test_skip_link_to_the_results_on_a_wide_screen(page, world, axe_check):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/projekte/")
    expect(page.locator("#search-facets")).to_have_attribute("open", "")
    page.get_by_role("link", name="Zu den Ergebnissen").click()
    expect(page.locator("#search-results-heading")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(".search-result a").first).to_be_focused()
