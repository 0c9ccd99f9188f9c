"""Posting journey in a real browser: an editor posts a project with an attachment and submits
it, a curator publishes it from the moderation queue, an anonymous visitor sees it. Every page
on the way is axe-clean (WCAG 2.1 AA)."""

import re

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from projects.models import Project
from tests.factories import MunicipalityFactory, ProcessFactory, ServiceFactory
from tests.projects.posting import PDF_BYTES

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def sign_in(context, live_server, user) -> None:
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


def test_editor_posts_curator_publishes_visitor_sees(
    page, context, live_server, axe_check, editor_a, curator, municipality_a
):
    service = ServiceFactory(name="Wohngeld beantragen", ozg_id="10123")
    process = ProcessFactory(name="Wohngeld Erstantrag")
    process.services.add(service)
    MunicipalityFactory(name="Nachbarhausen")

    sign_in(context, live_server, editor_a)
    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Projekt eintragen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Projekt eintragen")
    axe_check(page)

    page.locator("#id_title").fill("Wohngeld digital beantragen")
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

    project = Project.objects.get()
    assert project.publication_state == Project.PublicationState.SUBMITTED
    assert list(project.services.all()) == [service]
    assert list(project.processes.all()) == [process]
    assert project.partners.get().name == "Nachbarhausen"
    assert project.attachments.get().content_type == "application/pdf"

    sign_in(context, live_server, curator)
    page.goto("/projekte/moderation/")
    expect(page.get_by_role("heading", name="Wohngeld digital beantragen")).to_be_visible()
    axe_check(page)
    page.get_by_role("button", name="„Wohngeld digital beantragen“ veröffentlichen").click()
    expect(page.get_by_text("Zurzeit wartet nichts auf Prüfung.")).to_be_visible()

    context.clear_cookies()
    page.goto(f"/projekte/{project.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wohngeld digital beantragen")
    download = page.request.get(f"/projekte/{project.slug}/dateien/{project.attachments.get().pk}/")
    assert download.status == 200
    assert download.headers["content-disposition"].startswith("attachment")


def test_edit_form_and_history_are_axe_clean(
    page, context, live_server, axe_check, editor_a, municipality_a
):
    from tests.factories import ProjectFactory

    project = ProjectFactory(owner=municipality_a, publication_state="rejected")
    project.rejection_reason = "Bitte Kosten ergänzen."
    project.save()
    sign_in(context, live_server, editor_a)
    page.goto(f"/projekte/{project.slug}/bearbeiten/")
    expect(page.get_by_text("Bitte Kosten ergänzen.")).to_be_visible()
    page.locator("#id_title").fill("")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    expect(page.locator("#id_title_error")).to_be_visible()
    axe_check(page)
    page.locator("#id_title").fill("Neuer Titel")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    expect(page.get_by_text("„Neuer Titel“ ist gespeichert.")).to_be_visible()
    page.goto(f"/projekte/{project.slug}/verlauf/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verlauf")
    axe_check(page)
