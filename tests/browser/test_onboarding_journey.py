"""A newcomer's first hour in a real browser, without a dead end: 1. sign up (the page asks for
the office address) and confirm the address, which signs in; 2. the next step is the join page:
search the municipality and ask to join; every place says the request is pending and who
decides, "Projekt eintragen" leads back to the join step; the municipality admin approves in a
second browser; 3. the first project. Every page is axe-clean (WCAG 2.1 AA)."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from municipalities.models import Membership
from projects.models import Project
from tests.browser.steps import approve_membership, new_context, post_project, register
from tests.factories import MunicipalityFactory, ProcessFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "jonas.jung@musterstadt.de"
PASSWORD = "Rathaus-2026-sicher"
NAME = "Jonas Jung"
TITLE = "Wohngeld ohne Papier"
ADMINS_DECIDE = "Darüber entscheiden die Kommunen-Admins von Musterstadt"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def header_link(page, name: str):
    return page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name=name)


def test_signup_confirm_join_pending_approved_first_project(
    page, browser, live_server, third_party_requests, axe_check, municipality_a, admin_a
):
    service = ServiceFactory(name="Wohngeld beantragen", ozg_id="10123")
    ProcessFactory(name="Wohngeld Erstantrag").services.add(service)
    MunicipalityFactory(name="Nachbarhausen")

    # 1. The home page says how it works; the signup page asks for the office address.
    page.goto("/")
    expect(page.get_by_role("heading", name="So funktioniert Kommunect")).to_be_visible()
    axe_check(page)
    header_link(page, "Registrieren").click()
    expect(page.get_by_text("dienstlichen E-Mail-Adresse")).to_be_visible()
    expect(page.get_by_text("So geht es weiter:")).to_be_visible()
    register(page, axe_check, "Jonas", "Jung", EMAIL, PASSWORD)
    expect(page.get_by_text("am besten in diesem Browser")).to_be_visible()

    # Confirming in the same browser signs in and leads to the join step.
    confirmation = [m for m in mail.outbox if m.to == [EMAIL]][-1]
    page.goto(re.search(r"https?://\S+", confirmation.body).group(0))
    axe_check(page)
    page.get_by_role("main").get_by_role("button", name="Bestätigen").click()
    expect(page).to_have_url(re.compile(r"/kommunen/beitreten/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Einer Kommune beitreten")
    expect(header_link(page, NAME)).to_be_visible()
    axe_check(page)

    # 2. Search without leaving the page, ask to join; the profile says who decides.
    page.get_by_label("Kommune suchen").press_sequentially("Musterst", delay=30)
    choice = page.get_by_role("radio", name=re.compile(r"^Musterstadt"))
    expect(choice).to_be_visible()
    choice.check()
    page.get_by_role("button", name="Beitritt anfragen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Profil")
    expect(page.get_by_text(ADMINS_DECIDE)).to_be_visible()
    axe_check(page)

    # "Meine Projekte" says the same and offers to withdraw; no bare 403 behind
    # "Projekt eintragen": the join step explains why.
    header_link(page, "Meine Projekte").click()
    expect(page.get_by_text("Ihre Beitrittsanfrage an Musterstadt ist noch offen")).to_be_visible()
    expect(page.get_by_text(ADMINS_DECIDE)).to_be_visible()
    expect(
        page.get_by_role("button", name=re.compile(r"^Anfrage zurückziehen.*Musterstadt$"))
    ).to_be_visible()
    axe_check(page)
    header_link(page, "Projekt eintragen").click()
    expect(page).to_have_url(re.compile(r"/kommunen/beitreten/$"))
    expect(page.get_by_role("status")).to_contain_text("sobald Ihre Beitrittsanfrage bestätigt ist")
    expect(page.get_by_text(ADMINS_DECIDE)).to_be_visible()
    axe_check(page)

    # The municipality page shows the pending request too.
    page.goto(municipality_a.get_absolute_url())
    expect(page.get_by_text(ADMINS_DECIDE)).to_be_visible()
    axe_check(page)

    # The admin approves in a second browser, from the link in the request mail.
    admin_context = new_context(browser, live_server, third_party_requests)
    approve_membership(admin_context.new_page(), axe_check, admin_a, municipality_a, NAME)
    admin_context.close()
    assert Membership.objects.get(user__email=EMAIL).state == Membership.State.APPROVED

    # 3. The first project, through the header.
    page.goto("/projekte/meine/")
    expect(page.get_by_text("noch offen")).to_have_count(0)
    axe_check(page)
    post_project(page, axe_check, TITLE)
    project = Project.objects.get()
    assert project.owner == municipality_a
    assert project.publication_state == Project.PublicationState.SUBMITTED
