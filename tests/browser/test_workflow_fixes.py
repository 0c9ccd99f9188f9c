"""Confirmations, versions and the curators' review in a real browser, axe-clean: archiving
and deleting ask first, an author restores a version, the reject form keeps its place when
its error appears, and the hint of a checkbox reads as a line of text."""

import pytest
from playwright.sync_api import expect

from projects.changes import project_snapshot
from projects.models import Project, ProjectEvent
from projects.services import publication
from tests.browser.steps import sign_in_with_cookie
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db(transaction=True)
State = Project.PublicationState


def test_archive_and_delete_ask_first(
    page, context, live_server, axe_check, editor_a, municipality_a
):
    published = ProjectFactory(owner=municipality_a, title="Bürgerportal")
    draft = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT, title="Entwurf")
    sign_in_with_cookie(context, live_server, editor_a)

    page.goto(published.get_absolute_url())
    page.get_by_role("link", name="Archivieren …").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("„Bürgerportal“ archivieren?")
    axe_check(page)
    page.get_by_role("link", name="Abbrechen").click()
    expect(page).to_have_url(f"{live_server.url}{published.get_absolute_url()}")
    page.get_by_role("link", name="Archivieren …").click()
    page.get_by_role("button", name="Ja, archivieren").click()
    expect(page.get_by_text("„Bürgerportal“ ist archiviert.")).to_be_visible()

    page.goto("/projekte/meine/")
    submit = page.get_by_role("row", name="Entwurf").get_by_role("button", name="Zur Prüfung")
    assert submit.bounding_box()["width"] > 100  # not KERN's 48px icon-button width
    page.get_by_role("row", name="Entwurf").get_by_role("link", name="Löschen …").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("„Entwurf“ endgültig löschen?")
    axe_check(page)
    page.get_by_role("button", name="Ja, endgültig löschen").click()
    expect(page.get_by_text("„Entwurf“ ist gelöscht.")).to_be_visible()
    axe_check(page)
    assert not Project.objects.filter(pk=draft.pk).exists()
    published.refresh_from_db()
    assert published.publication_state == State.ARCHIVED


def test_author_restores_a_version_after_confirming(
    page, context, live_server, axe_check, editor_a, municipality_a
):
    project = ProjectFactory(owner=municipality_a, title="Erste Fassung")
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.CREATED,
        version=1,
        snapshot=project_snapshot(project),
    )
    project.title, project.version = "Zweite Fassung", 2
    project.save()
    ProjectEvent.objects.create(
        project=project,
        action=ProjectEvent.Action.EDITED,
        version=2,
        snapshot=project_snapshot(project),
        changes={"title": {"old": "Erste Fassung", "new": "Zweite Fassung"}},
    )
    sign_in_with_cookie(context, live_server, editor_a)

    page.goto(f"/projekte/{project.slug}/verlauf/")
    page.get_by_role("link", name="Version 1 ansehen und vergleichen").click()
    axe_check(page)
    page.get_by_role("link", name="Version 1 wiederherstellen …").click()
    expect(page.get_by_role("cell", name="Erste Fassung")).to_be_visible()
    axe_check(page)
    page.get_by_role("button", name="Ja, Version 1 wiederherstellen").click()
    expect(page.get_by_text("Version 1 ist als neue Version 3 wiederhergestellt.")).to_be_visible()
    project.refresh_from_db()
    assert project.title == "Erste Fassung"


def test_reject_form_keeps_its_place_and_changed_list(
    page, context, live_server, axe_check, curator, editor_a, municipality_a
):
    project = ProjectFactory(owner=municipality_a, publication_state=State.DRAFT, title="Kita")
    publication.project_submit(actor=editor_a, project=project)
    edited = ProjectFactory(owner=municipality_a, title="Bürgerportal")
    ProjectEvent.objects.create(
        project=edited,
        action=ProjectEvent.Action.EDITED,
        version=2,
        changes={"title": {"old": "Bürgerportal", "new": "Bürgerportal 2.0"}},
    )
    Project.objects.filter(pk=edited.pk).update(version=2, title="Bürgerportal 2.0")
    sign_in_with_cookie(context, live_server, curator)

    page.goto("/projekte/moderation/")
    expect(page.get_by_text(f"Eingereicht von {editor_a.get_full_name()} am")).to_be_visible()
    axe_check(page)
    reject = page.get_by_role("article", name="Kita").get_by_role("button", name="Ablehnen")
    before = page.locator(".moderation-reject").bounding_box()
    reject.click()
    expect(page.locator(".moderation-reject .kern-error")).to_be_visible()
    after = page.locator(".moderation-reject").bounding_box()
    assert (after["x"], after["width"]) == (before["x"], before["width"])
    axe_check(page)

    page.get_by_role("link", name="Geändert seit Veröffentlichung: 1 Projekt zu sichten").click()
    expect(page.get_by_role("cell", name="Bürgerportal 2.0")).to_be_visible()
    axe_check(page)
    page.get_by_role("article", name="Bürgerportal 2.0").get_by_role(
        "button", name="Als gesichtet markieren"
    ).click()
    expect(page.get_by_text("Keine ungesichteten Änderungen")).to_be_visible()


def test_checkbox_hint_reads_as_a_line(page, context, live_server, editor_a, municipality_a):
    sign_in_with_cookie(context, live_server, editor_a)
    page.goto("/projekte/neu/")
    hint = page.locator("#id_reuse_offered_helptext")
    label = page.locator("label[for='id_reuse_offered']")
    expect(hint).to_be_visible()
    hint_box, label_box = hint.bounding_box(), label.bounding_box()
    assert hint_box["x"] == label_box["x"]
    assert hint_box["height"] < 2.5 * label_box["height"]
