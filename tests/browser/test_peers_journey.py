"""Kommunen wie meine in a real browser: a member opens "Meine Kommune" from the header, sees
what comparable municipalities did, follows a gap to the Kreis page with its Gemeinden ×
topic fields and bundling candidates, and an author follows the readiness checklist into the
form; every page axe-clean."""

import re

from django.utils import timezone
from playwright.sync_api import expect

from municipalities.models import Municipality
from projects.models import Project
from tests.browser.steps import sign_in_with_cookie
from tests.factories import (
    MembershipFactory,
    MunicipalityFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
    UserFactory,
)

Level, Kind = Municipality.Level, Municipality.Kind


def test_member_sees_gaps_and_the_kreis_overview(page, context, live_server, axe_check):
    land = MunicipalityFactory(name="Nordland", ags="98", level=Level.STATE, kind=Kind.STATE)
    kreis = MunicipalityFactory(
        name="Landkreis Heide",
        ags="98001",
        level=Level.DISTRICT,
        kind=Kind.RURAL_DISTRICT,
        state=land,
        parent=land,
        population=150_000,
    )
    home, peer, other = (
        MunicipalityFactory(name=name, state=land, parent=kreis, population=population)
        for name, population in (("Moorbach", 12_000), ("Heidedorf", 14_000), ("Sandau", 9_000))
    )
    topic = TopicFieldFactory(name="Familie & Kind")
    kita = ServiceFactory(
        name="Kita-Platz beantragen", topic_field=topic, life_situation__topic_field=topic
    )
    ProjectFactory(owner=peer, services=[kita], title="Kita-Portal Heidedorf", status="completed")
    ProjectFactory(owner=other, services=[kita], title="Kita-Anmeldung Sandau", status="planned")
    user = UserFactory(first_name="Mara", last_name="Moor")
    MembershipFactory(user=user, municipality=home)
    sign_in_with_cookie(context, live_server, user)

    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Meine Kommune"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meine Kommune")
    gaps = page.locator("#kommunen-wie-diese")
    expect(gaps.get_by_role("heading", name="Kita-Platz beantragen")).to_be_visible()
    expect(gaps).to_contain_text("2 vergleichbare Kommunen haben Projekte dazu.")
    axe_check(page)

    gaps.get_by_role("link", name="Kita-Portal Heidedorf").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kita-Portal Heidedorf")

    page.goto(kreis.get_absolute_url())
    table = page.get_by_role("table", name=re.compile("nach Gemeinde und OZG-Themenfeld"))
    expect(table.get_by_role("columnheader", name="Familie & Kind")).to_be_visible()
    expect(table.get_by_role("rowheader", name="Heidedorf")).to_be_visible()
    bundling = page.locator("#buendelung")
    expect(bundling.get_by_role("heading", name="Kita-Platz beantragen")).to_be_visible()
    expect(bundling).to_contain_text("2 Gemeinden mit eigenem Projekt")
    axe_check(page)


def test_author_follows_the_readiness_checklist_into_the_form(
    page, context, live_server, axe_check, editor_a, municipality_a
):
    project = ProjectFactory(
        owner=municipality_a,
        title="Bauantrag online",
        published_at=timezone.now(),
        publication_state=Project.PublicationState.PUBLISHED,
        contact_name="Dana Digital",
        contact_email="dana@musterstadt.example",
    )
    sign_in_with_cookie(context, live_server, editor_a)
    page.goto(project.get_absolute_url())
    checklist = page.locator("#nachnutzbarkeit")
    expect(checklist.get_by_role("heading")).to_have_text("Nachnutzbarkeit: 2 von 6")
    axe_check(page)

    checklist.get_by_role("link", name="Erfahrungen").click()
    expect(page).to_have_url(re.compile(r"/bearbeiten/#id_lessons_learned$"))
    expect(page.locator("#id_lessons_learned")).to_be_in_viewport()
    axe_check(page)
