"""The header's language switch in a real browser: English on request, axe-clean, and back;
choosing a language is enough with JavaScript, the "Wechseln" button does it without."""

import re

from playwright.sync_api import expect

from tests.factories import ProjectFactory, ServiceFactory


def test_visitor_switches_to_english_and_back(page, axe_check):
    service = ServiceFactory(name="Elterngeld", life_situation__topic_field__name="Familie & Kind")
    ProjectFactory(title="Digitales Elterngeld", services=[service])
    # An English browser still gets German: the platform speaks German unless asked otherwise.
    page.set_extra_http_headers({"Accept-Language": "en-US,en;q=0.9"})

    page.goto("/ozg/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("OZG-Katalog")

    expect(page.get_by_role("button", name="Wechseln")).to_be_hidden()
    page.get_by_label("Sprache").select_option("en")

    expect(page).to_have_url(re.compile(r"/ozg/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("OZG catalogue")
    legal = page.get_by_role("navigation", name="Legal")
    expect(legal.get_by_role("link", name="Legal notice")).to_be_visible()
    axe_check(page)

    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Projects"
    ).click()
    expect(page.get_by_label("Search term")).to_be_visible()
    expect(page.get_by_text("1 result", exact=True)).to_be_visible()
    axe_check(page)

    page.get_by_role("link", name="Digitales Elterngeld").click()
    expect(page.get_by_role("heading", name="At a glance")).to_be_visible()
    axe_check(page)

    legal.get_by_role("link", name="Legal notice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Legal notice")

    page.get_by_label("Language").select_option("de")

    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("Impressum")


def test_without_javascript_the_button_switches(browser, live_server, third_party_requests):
    context = browser.new_context(
        base_url=live_server.url, locale="de-DE", java_script_enabled=False
    )
    context.on("request", third_party_requests.record)
    page = context.new_page()
    page.goto("/ozg/")
    page.get_by_label("Sprache").select_option("en")
    expect(page.locator("html")).to_have_attribute("lang", "de")  # nothing happens yet
    page.get_by_role("button", name="Wechseln").click()
    expect(page).to_have_url(re.compile(r"/ozg/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()
