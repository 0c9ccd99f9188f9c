"""Nachnutzung starten in a real browser: a member of Beispielhausen finds Musterstadt's
project, starts its reuse and lands in the edit form with the draft prefilled; the family page
shows the lineage. axe on every page."""

import datetime
import re

from playwright.sync_api import expect

from projects.models import Project
from tests.browser.steps import sign_in_with_cookie
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProjectFactory,
    ServiceFactory,
    UserFactory,
)


def test_member_starts_reuse_and_edits_the_prefilled_draft(page, context, live_server, axe_check):
    musterstadt = MunicipalityFactory(name="Musterstadt")
    beispielhausen = MunicipalityFactory(name="Beispielhausen")
    service = ServiceFactory(name="Wohngeld beantragen")
    original = ProjectFactory(
        owner=musterstadt,
        title="Wohngeld digital",
        summary="Anträge auf Wohngeld kommen online.",
        services=[service],
        technology="Antragsmodul im Landesportal",
        is_open_source=True,
        license="EUPL-1.2",
        repository_url="https://code.example.org/wohngeld",
        start_date=datetime.date(2022, 5, 1),
    )
    original.tags.add("Wohngeld")
    earlier = ProjectFactory(
        owner=MunicipalityFactory(name="Drittstadt"),
        title="Wohngeld online Drittstadt",
        based_on=original,
        reuse_kind=Project.ReuseKind.ADOPTED,
    )
    Project.objects.filter(pk=original.pk).update(reuse_count=1)
    editor = MembershipFactory(
        user=UserFactory(username="bea", first_name="Bea", last_name="Beispiel"),
        municipality=beispielhausen,
    ).user

    page.goto(original.get_absolute_url())
    section = page.locator("#nachnutzen")
    expect(section).to_contain_text("Wird von 1 Kommune nachgenutzt")
    expect(
        section.get_by_role(
            "link", name="Melden Sie sich an, um die Nachnutzung für Ihre Kommune zu starten."
        )
    ).to_be_visible()
    axe_check(page)

    sign_in_with_cookie(context, live_server, editor)
    page.reload()
    page.locator("#nachnutzen").get_by_role("link", name="Nachnutzung starten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nachnutzung starten")
    expect(page.get_by_label("Beispielhausen")).to_be_checked()  # the only choice
    axe_check(page)

    page.get_by_role("button", name="Entwurf anlegen").click()
    expect(page.get_by_text("Bitte wählen Sie, wie Sie das Projekt nachnutzen.")).to_be_visible()
    axe_check(page)
    page.get_by_label("angepasst").check()
    page.get_by_role("button", name="Entwurf anlegen").click()

    expect(page).to_have_url(re.compile(r"/projekte/wohngeld-digital-beispielhausen/bearbeiten/$"))
    expect(page.get_by_text("Ihr Entwurf „Wohngeld digital“ ist angelegt")).to_be_visible()
    expect(page.locator("#id_title")).to_have_value("Wohngeld digital")
    expect(page.locator("#id_technology")).to_have_value("Antragsmodul im Landesportal")
    expect(page.locator("#id_license")).to_have_value("EUPL-1.2")
    expect(page.locator("#id_reuse_kind").get_by_label("angepasst")).to_be_checked()
    expect(
        page.locator("#id_based_on .picker__chosen").get_by_label(re.compile(r"^Wohngeld digital"))
    ).to_be_checked()
    expect(page.locator("#id_services .picker__chosen")).to_contain_text("Wohngeld beantragen")
    axe_check(page)

    draft = Project.objects.get(owner=beispielhausen)
    page.goto(draft.get_absolute_url())
    expect(page.get_by_text("Angepasst von")).to_be_visible()
    page.get_by_role("link", name="Stammbaum der Nachnutzungen ansehen").click()
    tree = page.locator(".family-tree").first
    root = tree.locator(":scope > li > a")
    expect(root).to_have_attribute("href", original.get_absolute_url())
    expect(tree).to_contain_text(earlier.title)
    expect(tree).to_contain_text("Beispielhausen")
    expect(tree).to_contain_text("angepasst")
    current = page.locator('[aria-current="page"]')
    expect(current).to_have_attribute("href", draft.get_absolute_url())
    axe_check(page)
