"""Account journey in a real browser: register, verify the address from the mail, sign in,
ask to join a municipality, its admin approves in a second browser, the person sees the
approved membership. Every page on the way is axe-clean (WCAG 2.1 AA)."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from municipalities.models import Membership

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "nora.neumann@musterstadt.de"
PASSWORD = "Amtsstube-2026-sicher"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def link_in_last_mail(to: str) -> str:
    message = [m for m in mail.outbox if m.to == [to]][-1]
    match = re.search(r"https?://\S+", message.body)
    assert match, message.body
    return match.group(0)


def sign_in(page, email: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort", exact=True).fill(password)
    page.get_by_role("main").get_by_role("button", name="Anmeldung").click()


def test_register_verify_join_and_get_approved(
    page, browser, live_server, axe_check, municipality_a, municipality_b, admin_a
):
    # Register.
    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Registrieren"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page)
    page.get_by_label("Vorname").fill("Nora")
    page.get_by_label("Nachname").fill("Neumann")
    page.get_by_label("E-Mail-Adresse").fill(EMAIL)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Registrieren").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    axe_check(page)

    # Signing in before the address is verified does not work.
    sign_in(page, EMAIL, PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))

    # Verify the address with the link from the mail.
    page.goto(link_in_last_mail(EMAIL))
    axe_check(page)
    page.get_by_role("main").get_by_role("button", name="Bestätigen").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    axe_check(page)

    # Sign in and open the profile from the header.
    sign_in(page, EMAIL, PASSWORD)
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Nora Neumann"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Profil")
    axe_check(page)

    # Ask to join Musterstadt: suggestions appear while typing (htmx).
    page.get_by_role("link", name="Einer Kommune beitreten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Einer Kommune beitreten")
    axe_check(page)
    page.get_by_label("Kommune suchen").press_sequentially("Musterst", delay=30)
    choice = page.get_by_role("radio", name=re.compile(r"^Musterstadt"))
    expect(choice).to_be_visible()
    expect(page.get_by_role("radio", name=re.compile(r"^Beispielhausen"))).to_have_count(0)
    axe_check(page)
    choice.check()
    page.get_by_label("Nachricht an die Kommunen-Admins").fill("Ich leite das Bürgeramt.")
    page.get_by_role("button", name="Beitritt anfragen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Profil")
    expect(page.get_by_role("status")).to_contain_text("Ihre Anfrage an Musterstadt ist gesendet")
    expect(page.get_by_text("Angefragt")).to_be_visible()
    axe_check(page)

    # The municipality admin approves in a second browser.
    admin_context = browser.new_context(base_url=live_server.url, locale="de-DE")
    admin_page = admin_context.new_page()
    admin_page.goto(link_in_last_mail(admin_a.email))  # the members page, after sign-in
    expect(admin_page).to_have_url(re.compile(r"/accounts/login/"))
    admin_page.get_by_label("E-Mail-Adresse").fill(admin_a.email)
    admin_page.get_by_label("Passwort", exact=True).fill("sicheres-passwort-123")
    admin_page.get_by_role("main").get_by_role("button", name="Anmeldung").click()
    expect(admin_page.get_by_role("heading", level=1)).to_have_text("Mitglieder von Musterstadt")
    axe_check(admin_page)
    admin_page.get_by_role("button", name="Bestätigen – Nora Neumann").click()
    expect(admin_page.get_by_role("status")).to_contain_text("Nora Neumann ist jetzt Mitglied")
    axe_check(admin_page)
    admin_page.goto("/kommunen/anfragen/")
    expect(admin_page.get_by_text("Keine offenen Anfragen")).to_be_visible()
    axe_check(admin_page)
    admin_page.goto(f"/kommunen/{municipality_a.slug}/profil/")
    axe_check(admin_page)
    admin_context.close()

    # The person sees the approved membership and got a mail.
    assert "bestätigt" in [m for m in mail.outbox if m.to == [EMAIL]][-1].subject
    page.reload()
    expect(page.get_by_text("Bestätigt")).to_be_visible()
    membership = Membership.objects.get(user__email=EMAIL)
    assert membership.state == Membership.State.APPROVED
    assert membership.decided_by == admin_a

    # Two-factor settings are one click away.
    page.get_by_role("link", name="Zwei-Faktor-Authentifizierung (TOTP)").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page)
