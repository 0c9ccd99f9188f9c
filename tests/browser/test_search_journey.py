"""The search page in a real browser: search, narrow by facets, remove a chip, with and without
JavaScript; axe-clean at every step, nothing loaded from another host."""

import re

from playwright.sync_api import expect

from tests.projects import search_fixtures

world = search_fixtures.world


def results(page):
    return page.locator(".search-result h3")


def test_visitor_searches_narrows_and_removes_a_filter(page, world, axe_check):
    page.goto("/projekte/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Projekte und Ideen")
    expect(results(page)).to_have_count(4)
    axe_check(page)

    page.get_by_label("Suchbegriff").fill("Buergeramt")
    page.get_by_role("button", name="Suchen", exact=True).last.click()
    expect(page).to_have_url(re.compile(r"q=Buergeramt"))
    expect(results(page).first).to_have_text("Bürgerämter digital")
    expect(page.locator("mark").first).to_be_visible()

    page.get_by_role("checkbox", name=re.compile(r"^Abgeschlossen")).check()
    expect(page).to_have_url(re.compile(r"status=completed"))
    expect(results(page)).to_have_count(1)
    chip = page.get_by_role("link", name=re.compile(r"Status: Abgeschlossen"))
    expect(chip).to_be_visible()
    axe_check(page)

    chip.click()
    expect(page).not_to_have_url(re.compile(r"status="))
    expect(results(page)).to_have_count(3)

    page.get_by_role("link", name="Alle Filter zurücksetzen").click()
    expect(results(page)).to_have_count(4)


def test_misspelled_query_from_the_header_search_box(page, world, axe_check):
    page.goto("/ozg/")  # the home page has its own box instead
    page.get_by_role("searchbox", name="Projekte durchsuchen").fill("Ratsarbiet")
    page.get_by_role("searchbox", name="Projekte durchsuchen").press("Enter")
    expect(page.locator(".search-notice")).to_contain_text("Ergebnisse für „Ratsarbeit“")
    expect(results(page)).to_have_text(["Digitale Ratsarbeit"])
    axe_check(page)


def test_filters_work_without_javascript(browser, live_server, world, axe_check):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    try:
        page = context.new_page()
        page.goto("/projekte/?q=digital")
        page.get_by_role("checkbox", name=re.compile(r"^Bayern")).check()
        page.get_by_role("button", name="Filter anwenden").click()
        expect(page).to_have_url(re.compile(r"state=09"))
        expect(page.get_by_role("link", name=re.compile(r"Bundesland: Bayern"))).to_be_visible()
        for title in results(page).all_inner_texts():
            assert title != "Wohngeldantrag online"
    finally:
        context.close()


def test_a_highlighted_title_reads_as_one_line_and_no_policy_blocks_an_icon(page, world):
    errors = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.goto("/projekte/?q=Buergeramt")
    title = results(page).first.locator("a")
    expect(title.locator("mark")).to_have_count(1)

    # One line box: the <mark> does not split the title into flex items side by side.
    assert title.evaluate("a => getComputedStyle(a).display") == "inline"
    expect(page.get_by_label("Sortierung")).to_be_visible()
    assert errors == []
