"""A visitor of a platform with demo content sees, on every page and on each demo project,
that the projects are invented; the notice and the badges are axe-clean."""

from playwright.sync_api import expect

from tests.factories import ProjectFactory


def test_visitor_sees_the_demo_notice_and_the_badge_of_a_demo_project(page, axe_check):
    demo = ProjectFactory(title="Kita-Portal Demostadt", is_demo=True)

    page.goto("/")
    notice = page.get_by_role("note", name="Demo-Inhalte")
    expect(notice).to_contain_text("erfundenen Projekten")
    expect(notice).to_contain_text("seed_demo --clear --projects 0")
    axe_check(page)

    page.goto(demo.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text(demo.title)
    expect(page.locator(".project-badges").get_by_text("Demo-Inhalt")).to_be_visible()
    expect(page.get_by_text("ein Demo-Inhalt, den")).to_be_visible()
    axe_check(page)


def test_without_demo_content_there_is_no_notice(page):
    ProjectFactory(title="Kita-Portal Echtstadt")

    page.goto("/")

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("note", name="Demo-Inhalte")).to_have_count(0)
