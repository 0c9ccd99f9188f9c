"""Main path through the public site in a real browser: axe-clean, no third-party requests."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.factories import LifeSituationFactory, ProcessFactory, ServiceFactory, TopicFieldFactory


def small_catalogue():
    topic = TopicFieldFactory(name="Familie & Kind", slug="familie-kind")
    situation = LifeSituationFactory(name="Geburt", topic_field=topic)
    service = ServiceFactory(name="Elterngeld", ozg_id="10001", life_situation=situation)
    service.processes.add(ProcessFactory(name="Elterngeld Bewilligung"))
    TopicFieldFactory(name="Bauen & Wohnen", slug="bauen-wohnen")
    return topic


def test_visitor_walks_from_home_through_catalogue_to_legal_pages(page, axe_check):
    topic = small_catalogue()

    page.goto("/")
    expect(page.locator("h1")).to_have_count(1)
    axe_check(page)

    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="OZG-Katalog"
    ).click()
    expect(page).to_have_url(re.compile(r"/ozg/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("OZG-Katalog")
    axe_check(page)

    page.get_by_role("link", name=topic.name).click()
    expect(page).to_have_url(re.compile(rf"/ozg/{topic.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(topic.name)
    expect(page.get_by_text("Elterngeld").first).to_be_visible()
    axe_check(page)

    for name in ["Impressum", "Datenschutz", "Barrierefreiheit", "Datenquellen und Lizenzen"]:
        page.get_by_role("navigation", name="Rechtliches").get_by_role("link", name=name).click()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        axe_check(page)


def test_pages_load_only_from_the_live_server(page, live_server, third_party_requests):
    page.goto("/")
    stylesheets = [url for url in third_party_requests.requested if url.endswith(".css")]
    assert any("/static/kern/kern.min.css" in url for url in stylesheets)
    assert all(url.startswith(live_server.url) for url in third_party_requests.requested)


# The site's CSP blocks such a request before it leaves the browser; the guard is the second
# line, so this test switches the CSP off to see it work.
@pytest.mark.browser_context_args(bypass_csp=True)
def test_the_request_guard_notices_a_third_party_host(page, third_party_requests):
    page.goto("/")
    with page.expect_request("http://cdn.example.invalid/lib.js"):
        page.evaluate("fetch('http://cdn.example.invalid/lib.js').catch(() => null)")
    assert third_party_requests.foreign == ["http://cdn.example.invalid/lib.js"]
    third_party_requests.foreign.clear()  # seen; don't fail this test at teardown


def test_the_axe_check_reports_violations_readably(page, axe_check):
    page.goto("/")
    page.evaluate("document.querySelector('main').innerHTML += '<img src=\"/static/none.png\">'")
    with pytest.raises(AssertionError) as failure:
        axe_check(page)
    message = str(failure.value)
    assert "image-alt" in message
    assert "Violation detected" in message
    assert "at img" in message
    assert "must have alternative text" in message
    report = message.split("(report: ")[1].split(")")[0]
    assert '"image-alt"' in Path(report).read_text()
