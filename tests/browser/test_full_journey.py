"""The whole way of a new person in a real browser, in one test: register, verify the address
from the mail, sign in, ask to join a municipality, its admin approves (second browser), post a
project with an attachment and submit it, a curator publishes it (third browser), an anonymous
visitor finds it and downloads the attachment (fourth browser). Every page on the way is
axe-clean (WCAG 2.1 AA) and no browser makes a request to a third-party host."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from municipalities.models import Membership
from projects.models import Project
from tests.browser.steps import (
    FACTORY_PASSWORD,
    approve_membership,
    link_in_last_mail,
    new_context,
    open_profile,
    post_project,
    publish_from_queue,
    register,
    request_membership,
    sign_in,
    verify_email,
)
from tests.factories import MunicipalityFactory, ProcessFactory, ServiceFactory

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "nora.neumann@musterstadt.de"
PASSWORD = "Amtsstube-2026-sicher"
NAME = "Nora Neumann"
TITLE = "Wohngeld digital beantragen"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_register_join_post_publish_and_visitor_sees_it(
    page,
    browser,
    live_server,
    third_party_requests,
    axe_check,
    municipality_a,
    municipality_b,
    admin_a,
    curator,
):
    service = ServiceFactory(name="Wohngeld beantragen", ozg_id="10123")
    process = ProcessFactory(name="Wohngeld Erstantrag")
    process.services.add(service)
    MunicipalityFactory(name="Nachbarhausen")

    # Register; signing in before the address is verified does not work.
    register(page, axe_check, "Nora", "Neumann", EMAIL, PASSWORD)
    sign_in(page, EMAIL, PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))

    # Verify the address with the link from the mail (which signs in), ask to join Musterstadt.
    verify_email(page, axe_check, EMAIL)
    open_profile(page, axe_check, NAME)
    request_membership(page, axe_check, "Musterst", municipality_a.name, municipality_b.name)

    # The municipality admin approves in a second browser.
    admin_context = new_context(browser, live_server, third_party_requests)
    approve_membership(admin_context.new_page(), axe_check, admin_a, municipality_a, NAME)
    admin_context.close()
    assert "bestätigt" in [m for m in mail.outbox if m.to == [EMAIL]][-1].subject
    membership = Membership.objects.get(user__email=EMAIL)
    assert membership.state == Membership.State.APPROVED
    assert membership.decided_by == admin_a
    page.reload()
    expect(page.get_by_text("Bestätigt")).to_be_visible()
    axe_check(page)

    # Two-factor settings are one click away from the profile.
    page.get_by_role("link", name="Zwei-Faktor-Authentifizierung (TOTP)").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page)

    # As a member now, post a project with an attachment and submit it.
    post_project(page, axe_check, TITLE)
    project = Project.objects.get()
    assert project.publication_state == Project.PublicationState.SUBMITTED
    assert project.owner == municipality_a
    assert project.created_by.email == EMAIL
    assert list(project.services.all()) == [service]
    assert list(project.processes.all()) == [process]
    assert project.partners.get().name == "Nachbarhausen"
    assert project.attachments.get().content_type == "application/pdf"

    # A curator publishes it in a third browser, signed in through the login page.
    curator_context = new_context(browser, live_server, third_party_requests)
    curator_page = curator_context.new_page()
    sign_in(curator_page, curator.email, FACTORY_PASSWORD)
    publish_from_queue(curator_page, axe_check, TITLE)
    curator_context.close()

    # The author is told, with the link to the public page, and sees the new state.
    assert link_in_last_mail(EMAIL).endswith(f"/projekte/{project.slug}/")
    page.goto("/projekte/meine/")
    expect(page.get_by_role("cell", name="Veröffentlicht")).to_be_visible()
    axe_check(page)

    # An anonymous visitor finds it in the project search and downloads the attachment.
    visitor_context = new_context(browser, live_server, third_party_requests)
    visitor = visitor_context.new_page()
    visitor.goto("/projekte/")
    expect(visitor.get_by_role("heading", level=1)).to_be_visible()
    axe_check(visitor)
    visitor.get_by_role("link", name=TITLE).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor).to_have_url(re.compile(rf"/projekte/{project.slug}/$"))
    axe_check(visitor)
    with visitor.expect_download() as download_info:
        visitor.get_by_role("link", name="Fachkonzept").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    visitor_context.close()
