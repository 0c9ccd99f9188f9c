"""The htmx forms of issue 12 swap their answers without a console error (CSP included)."""

from playwright.sync_api import expect

from projects.models import ReuseRequest
from tests.browser.steps import sign_in_with_cookie
from tests.factories import MembershipFactory, MunicipalityFactory, ProjectFactory, UserFactory


def test_contact_form_posts_in_place_without_console_errors(page, live_server):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    project = ProjectFactory(
        owner=MunicipalityFactory(name="Musterstadt"),
        contact_name="Dana Beispiel",
        contact_email="dana@musterstadt.example",
    )
    sender = MembershipFactory(
        user=UserFactory(first_name="Bea", last_name="Beispiel"),
        municipality=MunicipalityFactory(name="Beispielhausen"),
    ).user
    sign_in_with_cookie(page.context, live_server, sender)
    page.goto(project.get_absolute_url())
    page.locator("#kontakt").get_by_label("Ihre Nachricht").fill("Wie lief die Einführung?")
    page.locator("#kontakt").get_by_role("button", name="Nachricht senden").click()
    expect(page.locator("#kontakt")).to_contain_text("Ihre Nachricht ist unterwegs")
    assert errors == []


def test_answer_on_a_request_page_posts_in_place_without_console_errors(page, live_server):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    town_a = MunicipalityFactory(name="Musterstadt")
    project = ProjectFactory(owner=town_a, title="Digitale Hundesteuer")
    editor_a = MembershipFactory(user=UserFactory(), municipality=town_a).user
    reuse_request = ReuseRequest.objects.create(
        project=project,
        municipality=MunicipalityFactory(name="Beispielhausen"),
        questions="Was hat es gekostet?",
    )
    sign_in_with_cookie(page.context, live_server, editor_a)
    page.goto(reuse_request.get_absolute_url())
    page.get_by_label("Ihre Nachricht").fill("Rund 20.000 Euro.")
    page.get_by_role("button", name="Antwort senden").click()
    expect(page.get_by_text("Ihre Antwort ist verschickt.")).to_be_visible()
    assert errors == []
