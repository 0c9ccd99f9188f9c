"""/kommunen/ in a real browser: from the header to a Land, its Kreis and a Gemeinde, and the
search by name; every page axe-clean."""

import re

from playwright.sync_api import expect

from municipalities.models import Municipality
from tests.factories import MunicipalityFactory

Level, Kind = Municipality.Level, Municipality.Kind


def test_visitor_walks_from_the_index_to_a_gemeinde_and_searches_one(page, axe_check):
    land = MunicipalityFactory(name="Nordland", ags="98", level=Level.STATE, kind=Kind.STATE)
    kreis = MunicipalityFactory(
        name="Landkreis Heide",
        ags="98001",
        level=Level.DISTRICT,
        kind=Kind.RURAL_DISTRICT,
        state=land,
        parent=land,
    )
    MunicipalityFactory(name="Moorbach", ags="98001001", state=land, parent=kreis)

    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Kommunen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kommunen")
    axe_check(page)

    page.get_by_text("1 Kreis oder kreisfreie Stadt in Nordland").click()
    page.get_by_role("link", name="Landkreis Heide").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Landkreis Heide")
    page.get_by_text("1 Gemeinde anzeigen").click()
    axe_check(page)
    page.get_by_role("link", name="Moorbach").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Moorbach")
    axe_check(page)

    page.goto("/kommunen/")
    page.get_by_label("Kommune suchen").fill("moorb")
    page.get_by_role("main").get_by_role("button", name="Suchen").click()
    expect(page).to_have_url(re.compile(r"/kommunen/\?q=moorb$"))
    expect(page.get_by_text("1 Treffer für „moorb“:")).to_be_visible()
    axe_check(page)
    page.get_by_role("main").get_by_label("Kommune suchen").fill("x")
    page.get_by_role("main").get_by_role("button", name="Suchen").click()
    expect(page.get_by_text("Bitte geben Sie mindestens zwei Zeichen ein")).to_be_visible()
    axe_check(page)
