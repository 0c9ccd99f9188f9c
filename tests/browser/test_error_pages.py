"""Error pages and the contact block for visitors in a real browser: axe-clean, a way on."""

from django.template.loader import render_to_string
from playwright.sync_api import expect

from tests.factories import MunicipalityFactory


def test_404_page_is_accessible_and_its_search_leads_on(page, axe_check):
    response = page.goto("/gibt-es-nicht/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Seite nicht gefunden")
    axe_check(page)

    page.get_by_role("main").get_by_label("Projekte und Ideen durchsuchen").fill("Wohngeld")
    page.get_by_role("main").get_by_role("button", name="Suchen").click()
    expect(page).to_have_url("/projekte/?q=Wohngeld")


def test_500_page_is_accessible(page, axe_check):
    """The 500 page as the server sends it (Django renders it without a request context)."""
    html = render_to_string("500.html")
    page.route(
        "**/kaputt/",
        lambda route: route.fulfill(status=500, body=html, content_type="text/html"),
    )
    page.goto("/kaputt/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Technischer Fehler")
    expect(page.get_by_role("link", name="Anmelden")).to_be_visible()
    axe_check(page)


def test_anonymous_visitor_is_asked_to_sign_in_to_write_to_the_officer(page, axe_check):
    municipality = MunicipalityFactory(
        name="Musterstadt", officer_name="Olaf Lotse", officer_email="olaf@musterstadt.example"
    )
    page.goto(municipality.get_absolute_url())
    expect(page.get_by_text("Olaf Lotse")).to_be_visible()
    assert "olaf@musterstadt.example" not in page.content()
    axe_check(page)
    page.get_by_role("link", name="Melden Sie sich an, um eine Nachricht zu schreiben.").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert f"/accounts/login/?next=/kommunen/{municipality.slug}/kontakt/" in page.url
    axe_check(page)
