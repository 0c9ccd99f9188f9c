"""Steps of the browser journeys, shared by the test modules in this folder.

Each step drives the real UI, waits on locators (never on time) and runs ``axe_check`` on every
page it reaches. The pages the steps end on are stated in their docstrings, so that a journey
reads as a sequence of steps.
"""

import re

from django.conf import settings
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from tests.projects.posting import PDF_BYTES

# Every factory-made user has this password (tests/factories.py).
FACTORY_PASSWORD = "sicheres-passwort-123"


def link_in_last_mail(to: str) -> str:
    """The first link in the last mail sent to ``to`` (the test mailbox)."""
    message = [m for m in mail.outbox if m.to == [to]][-1]
    match = re.search(r"https?://\S+", message.body)
    assert match, message.body
    return match.group(0)


def new_context(browser, live_server, third_party_requests):
    """A second browser (another person), guarded against third-party requests as well."""
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    context.on("request", third_party_requests.record)
    return context


def fill_login_form(page, email: str, password: str) -> None:
    """Fill and send the login form the page shows."""
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort", exact=True).fill(password)
    page.get_by_role("main").get_by_role("button", name="Anmeldung").click()


def sign_in(page, email: str, password: str) -> None:
    """Sign in through /accounts/login/; waits until the browser has left the login page."""
    page.goto("/accounts/login/")
    fill_login_form(page, email, password)
    expect(page).not_to_have_url(re.compile(r"/accounts/login/$"))


def sign_in_with_cookie(context, live_server, user) -> None:
    """Sign in without the login page: a session made by the test client, as a cookie."""
    client = Client()
    client.force_login(user)
    context.clear_cookies()
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def register(page, axe_check, first_name: str, last_name: str, email: str, password: str):
    """From the home page through the header link; ends on the "confirm your e-mail" page."""
    page.goto("/")
    axe_check(page)
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Registrieren"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page)
    page.get_by_label("Vorname").fill(first_name)
    page.get_by_label("Nachname").fill(last_name)
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.locator("#id_password1").fill(password)
    page.locator("#id_password2").fill(password)
    page.get_by_role("main").get_by_role("button", name="Registrieren").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    axe_check(page)


def verify_email(page, axe_check, email: str) -> None:
    """Open the link from the mail in the browser that signed up and confirm; ends signed in on
    the join page, the next step of a new person."""
    page.goto(link_in_last_mail(email))
    axe_check(page)
    page.get_by_role("main").get_by_role("button", name="Bestätigen").click()
    expect(page).to_have_url(re.compile(r"/kommunen/beitreten/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Einer Kommune beitreten")
    expect(page.get_by_role("button", name="Abmelden")).to_be_visible()
    axe_check(page)


def open_profile(page, axe_check, full_name: str) -> None:
    """Through the header link with the person's name; ends on "Mein Profil"."""
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name=full_name
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Profil")
    axe_check(page)


def request_membership(page, axe_check, typed: str, municipality: str, other: str) -> None:
    """From the profile: search (htmx suggestions while typing; ``other`` must not be among
    them), choose and ask to join; ends on the profile with the request pending."""
    page.get_by_role("link", name="Einer Kommune beitreten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Einer Kommune beitreten")
    axe_check(page)
    page.get_by_label("Kommune suchen").press_sequentially(typed, delay=30)
    choice = page.get_by_role("radio", name=re.compile(rf"^{re.escape(municipality)}"))
    expect(choice).to_be_visible()
    expect(page.get_by_role("radio", name=re.compile(rf"^{re.escape(other)}"))).to_have_count(0)
    axe_check(page)
    choice.check()
    page.get_by_label("Nachricht an die Kommunen-Admins").fill("Ich leite das Bürgeramt.")
    page.get_by_role("button", name="Beitritt anfragen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Profil")
    expect(page.get_by_role("status")).to_contain_text(
        f"Ihre Anfrage an {municipality} ist gesendet"
    )
    expect(page.get_by_text("Angefragt", exact=True)).to_be_visible()
    axe_check(page)


def approve_membership(page, axe_check, admin, municipality, full_name: str) -> None:
    """The municipality admin follows the link in the request mail, signs in, approves; then
    the open requests and the municipality's profile form."""
    page.goto(link_in_last_mail(admin.email))  # the members page, after sign-in
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    axe_check(page)
    fill_login_form(page, admin.email, FACTORY_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Mitglieder von {municipality.name}")
    axe_check(page)
    page.get_by_role("button", name=f"Bestätigen – {full_name}").click()
    expect(page.get_by_role("status")).to_contain_text(f"{full_name} ist jetzt Mitglied")
    axe_check(page)
    page.goto("/kommunen/anfragen/")
    expect(page.get_by_text("Keine offenen Anfragen")).to_be_visible()
    axe_check(page)
    page.goto(f"/kommunen/{municipality.slug}/profil/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page)


def post_project(page, axe_check, title: str) -> None:
    """Through the header link: fill the form (Markdown preview, service, process and partner
    pickers with htmx, contact, a PDF attachment), save and submit; ends on "my projects".

    Expects the service "Wohngeld beantragen" with the process "Wohngeld Erstantrag" and the
    municipality "Nachbarhausen" to exist."""
    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Projekt eintragen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Projekt eintragen")
    axe_check(page)

    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill("Bürgerinnen und Bürger beantragen Wohngeld online.")
    page.locator("#id_description").fill("## Ziel\n\n**Kein Papier** mehr.")
    page.get_by_role("button", name="Vorschau anzeigen").click()
    expect(page.locator("#description-preview strong")).to_have_text("Kein Papier")

    # Search-and-add with htmx: type, tick the match; its processes appear.
    page.get_by_label("Leistung suchen: Name oder OZG-ID").fill("Wohngeld")
    page.get_by_label(re.compile(r"^Wohngeld beantragen")).check()
    page.get_by_label(re.compile(r"^Wohngeld Erstantrag")).check()
    page.get_by_label("Kommune suchen: Name oder AGS").fill("Nachbar")
    page.get_by_label(re.compile(r"^Nachbarhausen")).check()
    page.locator("#id_contact_name").fill("Erika Mustermann")
    page.locator("#id_attachment-file").set_input_files(
        {"name": "konzept.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
    )
    page.locator("#id_attachment-title").fill("Fachkonzept")
    axe_check(page)

    page.get_by_role("button", name="Speichern und zur Prüfung einreichen").click()
    expect(page).to_have_url(re.compile(r"/projekte/meine/$"))
    expect(page.get_by_role("cell", name="Zur Prüfung eingereicht")).to_be_visible()
    axe_check(page)


def publish_from_queue(page, axe_check, title: str) -> None:
    """A curator publishes the project from the moderation queue; ends on the empty queue."""
    page.goto("/projekte/moderation/")
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    axe_check(page)
    page.get_by_role("article", name=title).get_by_role("button", name="Veröffentlichen").click()
    expect(page.get_by_text("Zurzeit wartet nichts auf Prüfung.")).to_be_visible()
    axe_check(page)
