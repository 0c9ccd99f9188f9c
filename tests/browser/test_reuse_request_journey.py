"""Issue 12, journey 1 and the start of 2 in Chromium: a member of B finds P and asks to reuse
it, A's editor answers from the link in the e-mail, B agrees. axe on every page."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from projects.models import ReuseRequest
from tests.browser.steps import link_in_last_mail, new_context, sign_in_with_cookie
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory


def path_in_last_mail(to: str) -> str:
    """The link of the last mail to ``to``, on the live server (mails link to SITE_URL)."""
    return urlsplit(link_in_last_mail(to)).path


def test_b_asks_a_answers_and_b_agrees(page, browser, live_server, third_party_requests, axe_check):
    town_a = MunicipalityFactory(name="Musterstadt")
    town_b = MunicipalityFactory(name="Beispielhausen")
    project = ProjectFactory(
        owner=town_a,
        title="Digitale Hundesteuer",
        reuse_offered=True,
        reuse_offer="Formulare und Prozessmodell.",
    )
    editor_a = MembershipFactory(
        user=UserFactory(username="anna", first_name="Anna", last_name="Amt"), municipality=town_a
    ).user
    editor_b = MembershipFactory(
        user=UserFactory(username="bernd", first_name="Bernd", last_name="Bau"),
        municipality=town_b,
    ).user

    # B finds P and asks.
    sign_in_with_cookie(page.context, live_server, editor_b)
    page.goto(project.get_absolute_url())
    expect(page.get_by_text("0 Kommunen haben die Nachnutzung angefragt")).to_be_visible()
    axe_check(page)
    page.get_by_role("link", name="Nachnutzung anfragen").click()
    expect(page.get_by_role("heading", level=1, name="Nachnutzung anfragen")).to_be_visible()
    axe_check(page)
    page.get_by_label("Konzept").check()
    page.get_by_label("Unterlagen und Ausschreibungen").check()
    page.get_by_label("Geplanter Zeitraum").fill("ab Herbst 2027")
    page.get_by_label("Ihre Fragen an die Kommune").fill("Was hat die Einführung gekostet?")
    page.get_by_role("button", name="Anfrage senden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Nachnutzungsanfrage von Beispielhausen"
    )
    expect(page.get_by_text("offen", exact=True)).to_be_visible()
    axe_check(page)

    # A's editor follows the link in the e-mail and answers.
    other = new_context(browser, live_server, third_party_requests)
    a_page = other.new_page()
    sign_in_with_cookie(other, live_server, editor_a)
    a_page.goto(path_in_last_mail(editor_a.email))
    expect(a_page.get_by_text("Was hat die Einführung gekostet?")).to_be_visible()
    axe_check(a_page)
    a_page.get_by_label("Ihre Nachricht").fill("Rund 20.000 Euro; die Unterlagen schicken wir.")
    a_page.get_by_role("button", name="Antwort senden").click()
    expect(a_page.get_by_text("Ihre Antwort ist verschickt.")).to_be_visible()
    expect(a_page.get_by_text("in Klärung", exact=True)).to_be_visible()
    axe_check(a_page)
    other.close()

    # B reads the answer (the link in its e-mail) and agrees.
    page.goto(path_in_last_mail(editor_b.email))
    expect(page.get_by_text("Rund 20.000 Euro; die Unterlagen schicken wir.")).to_be_visible()
    page.get_by_role("button", name="Nachnutzung vereinbaren").click()
    expect(page.get_by_text("Die Nachnutzung ist vereinbart.")).to_be_visible()
    expect(page.get_by_text("vereinbart", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Nachnutzung starten")).to_have_attribute(
        "href", re.compile(r"#nachnutzen$")
    )
    axe_check(page)
    assert ReuseRequest.objects.get().state == ReuseRequest.State.AGREED

    page.goto("/projekte/anfragen/")
    expect(page.get_by_role("table", name="Gestellte Anfragen")).to_contain_text(
        "Digitale Hundesteuer"
    )
    axe_check(page)
    page.goto(project.get_absolute_url())
    expect(page.get_by_text("1 Kommune hat die Nachnutzung angefragt")).to_be_visible()
