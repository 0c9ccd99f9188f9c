"""The project page in a real browser: axe-clean for visitors and authors, nothing third-party."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from projects.models import ContactMessage, Project, ProjectLink
from tests.browser.steps import sign_in_with_cookie
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProcessFactory,
    ProjectFactory,
    ServiceFactory,
    UserFactory,
)


def rich_project(**overrides):
    owner = MunicipalityFactory(name="Musterstadt")
    services = ServiceFactory.create_batch(2)
    original = ProjectFactory(title="Vorbild aus Beispielhausen")
    project = ProjectFactory(
        owner=owner,
        title="Digitale Hundesteuer",
        summary="Hundesteuer online an- und abmelden.",
        description=(
            "# Ablauf\n\nDie Anmeldung läuft **online**.\n\n- Formular\n- Bescheid\n\n"
            "| Schritt | Dauer |\n|---|---|\n| Antrag | 5 Minuten |\n\n"
            "[Mehr](https://example.org) <script>alert(1)</script>"
        ),
        services=services,
        based_on=original,
        start_date=datetime.date(2024, 3, 1),
        target_groups=[Project.TargetGroup.CITIZENS],
        value_proposition="Weniger Papier.",
        cost_one_off=Decimal("12000"),
        cost_annual=Decimal("800"),
        is_open_source=True,
        license="EUPL-1.2",
        repository_url="https://code.example.org/hundesteuer",
        reuse_offered=True,
        reuse_offer="Formulare und Prozessmodell.",
        lessons_learned="Früh mit der Kasse sprechen.",
        contact_name="Dana Beispiel",
        contact_role="Digitalisierungslotsin",
        contact_email="dana.beispiel@musterstadt.example",
        contact_phone="0123 45678",
        **overrides,
    )
    project.processes.add(ProcessFactory())
    project.partners.add(MunicipalityFactory(name="Beispielhausen"))
    project.tags.add("Steuern", "Formulare")
    ProjectLink.objects.create(project=project, title="Projektseite", url="https://example.org/p")
    ProjectFactory(owner=MunicipalityFactory(), based_on=project, title="Nachnutzung Nachbarort")
    return project


def test_project_page_is_accessible_and_sends_a_message_in_place(
    page, context, live_server, axe_check
):
    project = rich_project()

    page.goto(project.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Digitale Hundesteuer")
    expect(page.get_by_text("12.000\N{NO-BREAK SPACE}€")).to_be_visible()
    assert "dana.beispiel@" not in page.content()
    expect(page.get_by_role("button", name="Nachricht senden")).to_have_count(0)
    sign_in = page.get_by_role("link", name="Melden Sie sich an, um eine Nachricht zu schreiben.")
    expect(sign_in).to_be_visible()
    axe_check(page)

    sender = UserFactory(first_name="Bea", last_name="Beispiel")
    sign_in_with_cookie(context, live_server, sender)
    page.reload()
    field = page.get_by_label("Ihre Nachricht")
    axe_check(page)
    page.get_by_role("button", name="Nachricht senden").click()  # empty: error in place
    expect(page.get_by_text("Bitte schreiben Sie eine Nachricht.")).to_be_visible()
    axe_check(page)
    field = page.get_by_label("Ihre Nachricht")
    field.fill("Guten Tag, dürfen wir Ihre Formulare <b>nachnutzen</b>?")
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.get_by_text("Ihre Nachricht ist unterwegs.")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_count(1)  # swapped in place
    assert page.url.endswith(project.get_absolute_url())
    assert "dana.beispiel@" not in page.content()
    axe_check(page)
    (message,) = mail.outbox
    assert message.to == ["dana.beispiel@musterstadt.example"]
    assert message.reply_to == [f"Bea Beispiel <{sender.email}>"]  # no approved membership
    assert "<b>nachnutzen</b>" in message.body
    assert ContactMessage.objects.get().sender == sender

    page.goto(reverse("projects:contact", args=[project.slug]))  # the form's page of its own
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachricht schreiben")
    axe_check(page)


def test_sending_a_message_works_without_javascript(browser, live_server):
    project = rich_project()
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    try:
        sign_in_with_cookie(context, live_server, UserFactory())
        page = context.new_page()
        page.goto(project.get_absolute_url())
        page.get_by_role("button", name="Nachricht senden").click()  # empty: the form page
        expect(page.get_by_role("heading", level=1)).to_have_text("Nachricht schreiben")
        expect(page.get_by_text("Bitte schreiben Sie eine Nachricht.")).to_be_visible()
        page.get_by_label("Ihre Nachricht").fill("Hallo aus Beispielhausen")
        page.get_by_role("button", name="Nachricht senden").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Digitale Hundesteuer")
        expect(page.get_by_text("Ihre Nachricht ist unterwegs.")).to_be_visible()
        assert len(mail.outbox) == 1
    finally:
        context.close()


def test_draft_page_for_its_author_is_accessible(page, context, live_server, axe_check):
    project = rich_project(publication_state=Project.PublicationState.REJECTED)
    project.rejection_reason = "Bitte Kosten ergänzen."
    project.save()
    author = UserFactory()
    MembershipFactory(user=author, municipality=project.owner)
    client = Client()
    client.force_login(author)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )

    page.goto(project.get_absolute_url())
    expect(page.get_by_text("Bitte Kosten ergänzen.")).to_be_visible()
    axe_check(page)
