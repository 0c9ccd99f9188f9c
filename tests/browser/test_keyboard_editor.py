"""The editor's journey with the keyboard alone, and the pickers keeping their choices."""

import re

import pytest
from playwright.sync_api import expect

from projects.models import Project
from tests.browser.steps import FACTORY_PASSWORD, sign_in_with_cookie
from tests.factories import MunicipalityFactory, ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)


def tab_to(page, selector: str, limit: int = 150) -> None:
    """Press Tab until ``selector`` has the focus; fail if it is never reached."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} is not reachable with Tab")


@pytest.fixture
def services(db):
    return {
        "wohngeld": ServiceFactory(name="Wohngeld beantragen", ozg_id="10123"),
        "elterngeld": ServiceFactory(name="Elterngeld beantragen", ozg_id="10124"),
    }


def test_keyboard_only_editor_saves_a_draft_with_an_ozg_service(
    page, editor_a, services, axe_check
):
    page.goto("/")
    tab_to(page, 'a[href="/accounts/login/"]')
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    tab_to(page, "input[name=login]")
    page.keyboard.type(editor_a.email)
    tab_to(page, "input[name=password]")
    page.keyboard.type(FACTORY_PASSWORD)
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))

    tab_to(page, 'a[href="/projekte/neu/"]')
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Projekt eintragen")
    tab_to(page, "#id_title")
    page.keyboard.type("Wohngeld per Tastatur")
    tab_to(page, "#id_summary")
    page.keyboard.type("Anträge ohne Maus stellen.")
    tab_to(page, "#id_services_q")
    page.keyboard.type("Wohngeld")
    option = page.locator(f"#services-option-{services['wohngeld'].pk}")
    expect(option).to_be_visible()
    tab_to(page, f"#services-option-{services['wohngeld'].pk}")
    page.keyboard.press("Space")
    expect(page.locator(".picker__chosen").get_by_label(re.compile("^Wohngeld"))).to_be_checked()
    # The moved checkbox keeps the focus.
    expect(option).to_be_focused()
    axe_check(page)

    tab_to(page, "button[name=_action][value=save]")
    page.keyboard.press("Enter")
    expect(page.get_by_text("„Wohngeld per Tastatur“ ist gespeichert.")).to_be_visible()
    project = Project.objects.get(title="Wohngeld per Tastatur")
    assert list(project.services.all()) == [services["wohngeld"]]


def test_pickers_keep_choices_across_searches(page, context, live_server, editor_a, services):
    MunicipalityFactory(name="Nachbarhausen", ags="09999011")
    MunicipalityFactory(name="Nachbardorf", ags="09999012")
    original = ProjectFactory(title="Wohngeld digital", publication_state="published")
    sign_in_with_cookie(context, live_server, editor_a)
    page.goto("/projekte/neu/")
    services_picker = page.locator("#id_services")
    expect(services_picker).to_contain_text("Noch keine OZG-Leistung gewählt.")

    page.get_by_label("Leistung suchen: Name oder OZG-ID").fill("Wohngeld")
    services_picker.get_by_label(re.compile(r"^Wohngeld beantragen")).check()
    chosen = services_picker.locator(".picker__chosen")
    expect(chosen.get_by_label(re.compile(r"^Wohngeld beantragen"))).to_be_checked()
    expect(services_picker).not_to_contain_text("Noch keine OZG-Leistung gewählt.")
    expect(services_picker.get_by_role("status")).to_have_text(
        re.compile(r"^Wohngeld beantragen .*: ausgewählt$")
    )

    page.get_by_label("Leistung suchen: Name oder OZG-ID").fill("Elterngeld")
    expect(services_picker.locator(".picker__results")).to_contain_text("Elterngeld beantragen")
    expect(chosen.get_by_label(re.compile(r"^Wohngeld beantragen"))).to_be_checked()
    services_picker.get_by_label(re.compile(r"^Elterngeld beantragen")).check()
    expect(chosen.locator("input:checked")).to_have_count(2)

    partners = page.locator("#id_partners")
    page.get_by_label("Kommune suchen: Name oder AGS").fill("Nachbarh")
    partners.get_by_label(re.compile(r"^Nachbarhausen")).check()
    page.get_by_label("Kommune suchen: Name oder AGS").fill("Nachbard")
    expect(partners.locator(".picker__results")).to_contain_text("Nachbardorf")
    expect(
        partners.locator(".picker__chosen").get_by_label(re.compile("^Nachbarhausen"))
    ).to_be_checked()

    based_on = page.locator("#id_based_on")
    page.get_by_label("Projekt suchen: Titel").fill("Wohngeld")
    based_on.get_by_label(re.compile(r"^Wohngeld digital")).check()
    page.get_by_label("Projekt suchen: Titel").fill("nichts")
    expect(based_on.locator(".picker__results")).to_contain_text("Keine Treffer")
    expect(
        based_on.locator(".picker__chosen").get_by_label(re.compile("^Wohngeld digital"))
    ).to_be_checked()

    page.locator("#id_reuse_kind").get_by_label("angepasst").check()
    page.locator("#id_title").fill("Auswahl bleibt")
    page.locator("#id_summary").fill("Kurz.")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    expect(page.get_by_text("„Auswahl bleibt“ ist gespeichert.")).to_be_visible()
    project = Project.objects.get(title="Auswahl bleibt")
    assert {s.name for s in project.services.all()} == {
        "Wohngeld beantragen",
        "Elterngeld beantragen",
    }
    assert [p.name for p in project.partners.all()] == ["Nachbarhausen"]
    assert project.based_on == original
    assert project.reuse_kind == Project.ReuseKind.ADAPTED
