"""A visitor on the page of a Gemeinde the register dissolved, in a real browser, axe-clean:
the notice, the way to the successor, and the old project listed there."""

import datetime

from playwright.sync_api import expect

from municipalities.models import Municipality
from tests.factories import MunicipalityFactory, ProjectFactory


def test_visitor_follows_a_dissolved_gemeinde_to_its_successor(page, axe_check):
    thueringen = MunicipalityFactory(
        name="Thüringen", ags="16", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    schmoelln = MunicipalityFactory(
        name="Schmölln", slug="schmoelln", ags="16077043", state=thueringen
    )
    dobitschen = MunicipalityFactory(
        name="Dobitschen",
        slug="dobitschen",
        ags="16077003",
        state=thueringen,
        dissolved_on=datetime.date(2026, 5, 31),
        successor=schmoelln,
    )
    ProjectFactory(owner=dobitschen, title="Dorfladen digital")

    page.goto("/kommunen/dobitschen/")
    notice = page.locator("#dissolved")
    expect(notice.get_by_role("heading", name="Aufgelöst am 31.05.2026")).to_be_visible()
    expect(page.get_by_role("link", name="Dorfladen digital")).to_be_visible()
    expect(page.get_by_role("link", name="Dieser Kommune beitreten")).to_have_count(0)
    axe_check(page)

    notice.get_by_role("link", name="Schmölln").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Schmölln")
    predecessors = page.get_by_role("region", name="Aufgegangen in dieser Gemeinde")
    expect(predecessors.get_by_role("link", name="Dobitschen")).to_be_visible()
    expect(page.get_by_role("link", name="Dorfladen digital")).to_be_visible()
    axe_check(page)
