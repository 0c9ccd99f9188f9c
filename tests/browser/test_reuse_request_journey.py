"""Issue 12's journey in Chromium, axe on every page: a member of B finds P in the search and
asks to reuse it, A's editor answers from the link in the e-mail; B agrees and starts the
reuse; once B's project is published, the lineage and the counts show on both projects, on the
family page and in the search."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from projects.models import Project, ReuseRequest
from tests.browser.steps import (
    FACTORY_PASSWORD,
    link_in_last_mail,
    new_context,
    publish_from_queue,
    sign_in,
    sign_in_with_cookie,
)
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory
from tests.projects.search_fixtures import publish_vectors


def path_in_last_mail(to: str) -> str:
    """The link of the last mail to ``to``, on the live server (mails link to SITE_URL)."""
    return urlsplit(link_in_last_mail(to)).path


def test_b_asks_a_answers_b_agrees_and_reuses(
    page, browser, live_server, third_party_requests, axe_check, curator
):
    town_a = MunicipalityFactory(name="Musterstadt")
    town_b = MunicipalityFactory(name="Beispielhausen")
    project = ProjectFactory(
        owner=town_a,
        title="Digitale Hundesteuer",
        reuse_offered=True,
        reuse_offer="Formulare und Prozessmodell.",
    )
    publish_vectors(project)
    editor_a = MembershipFactory(
        user=UserFactory(username="anna", first_name="Anna", last_name="Amt"), municipality=town_a
    ).user
    editor_b = MembershipFactory(
        user=UserFactory(username="bernd", first_name="Bernd", last_name="Bau"),
        municipality=town_b,
    ).user

    # B finds P in the search and asks.
    sign_in_with_cookie(page.context, live_server, editor_b)
    page.goto("/projekte/?q=Hundesteuer")
    axe_check(page)
    page.get_by_role("link", name="Digitale Hundesteuer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Digitale Hundesteuer")
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
    start = page.get_by_role("link", name="Nachnutzung starten")
    expect(start).to_have_attribute("href", f"/projekte/{project.slug}/nachnutzen/")
    axe_check(page)
    assert ReuseRequest.objects.get().state == ReuseRequest.State.AGREED

    page.goto("/projekte/anfragen/")
    expect(page.get_by_role("table", name="Gestellte Anfragen")).to_contain_text(
        "Digitale Hundesteuer"
    )
    axe_check(page)
    page.goto(project.get_absolute_url())
    expect(page.get_by_text("1 Kommune hat die Nachnutzung angefragt")).to_be_visible()

    # B starts the reuse from the request: a draft of its own, which completes the request.
    page.goto(ReuseRequest.objects.get().get_absolute_url())
    page.get_by_role("link", name="Nachnutzung starten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachnutzung starten")
    axe_check(page)
    page.get_by_label("angepasst").check()
    page.get_by_role("button", name="Entwurf anlegen").click()
    expect(page.get_by_text("Ihr Entwurf „Digitale Hundesteuer“ ist angelegt")).to_be_visible()
    expect(page.locator("#id_reuse_kind").get_by_label("angepasst")).to_be_checked()
    axe_check(page)
    draft = Project.objects.get(owner=town_b)
    reuse_request = ReuseRequest.objects.get()
    assert (reuse_request.state, reuse_request.resulting_project) == (
        ReuseRequest.State.COMPLETED,
        draft,
    )
    page.locator("#id_title").fill("Hundesteuer digital in Beispielhausen")
    page.get_by_role("button", name="Speichern und zur Prüfung einreichen").click()
    expect(page).to_have_url(re.compile(r"/projekte/meine/$"))
    axe_check(page)

    # A curator publishes B's project.
    curator_context = new_context(browser, live_server, third_party_requests)
    curator_page = curator_context.new_page()
    sign_in(curator_page, curator.email, FACTORY_PASSWORD)
    publish_from_queue(curator_page, axe_check, "Hundesteuer digital in Beispielhausen")
    curator_context.close()

    # The lineage and the counts, on both projects, the family page and in the search.
    page.goto(draft.get_absolute_url())
    expect(page.get_by_text("Angepasst von")).to_be_visible()
    expect(
        page.locator("main").get_by_role("link", name="Digitale Hundesteuer").first
    ).to_be_visible()
    axe_check(page)
    page.goto(project.get_absolute_url())
    expect(page.locator("#nachnutzen")).to_contain_text("Wird von 1 Kommune nachgenutzt")
    page.get_by_role("link", name="Stammbaum der Nachnutzungen ansehen").click()
    expect(page.locator(".family-tree").first).to_contain_text(
        "Hundesteuer digital in Beispielhausen"
    )
    axe_check(page)
    page.goto("/projekte/?q=Hundesteuer&sort=reused")
    results = page.get_by_role("main")
    expect(
        results.get_by_role("link", name="Hundesteuer digital in Beispielhausen")
    ).to_be_visible()
    expect(results.get_by_text("Wird von 1 Kommune nachgenutzt")).to_have_count(1)
    axe_check(page)
    page.goto("/projekte/?reused=1")
    expect(
        page.get_by_role("main").get_by_role("link", name="Digitale Hundesteuer")
    ).to_be_visible()
    expect(
        page.get_by_role("main").get_by_role("link", name="Hundesteuer digital in Beispielhausen")
    ).to_have_count(0)
    axe_check(page)
