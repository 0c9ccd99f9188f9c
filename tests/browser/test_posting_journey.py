"""Editing a returned project in a real browser: the rejection reason is shown, a field error
appears next to the field, saving works, the history lists the versions. Every page is
axe-clean (WCAG 2.1 AA). Posting, submitting and publishing are part of test_full_journey."""

import pytest
from playwright.sync_api import expect

from tests.browser.steps import sign_in_with_cookie
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_edit_form_and_history_are_axe_clean(
    page, context, live_server, axe_check, editor_a, municipality_a
):
    project = ProjectFactory(owner=municipality_a, publication_state="rejected")
    project.rejection_reason = "Bitte Kosten ergänzen."
    project.save()
    sign_in_with_cookie(context, live_server, editor_a)
    page.goto(f"/projekte/{project.slug}/bearbeiten/")
    expect(page.get_by_text("Bitte Kosten ergänzen.")).to_be_visible()
    axe_check(page)
    page.locator("#id_title").fill("")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    expect(page.locator("#id_title_error")).to_be_visible()
    axe_check(page)
    page.locator("#id_title").fill("Neuer Titel")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    expect(page.get_by_text("„Neuer Titel“ ist gespeichert.")).to_be_visible()
    axe_check(page)
    page.goto(f"/projekte/{project.slug}/verlauf/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Verlauf")
    axe_check(page)
