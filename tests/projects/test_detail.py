"""The project page: what a reuser sees, who may see it, and what it costs to render."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse

from projects.models import Attachment, Project, ProjectLink, ReuseRequest
from projects.templatetags.project_tags import euro
from tests.factories import MunicipalityFactory, ProcessFactory, ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db

HIDDEN_STATES = [
    Project.PublicationState.DRAFT,
    Project.PublicationState.SUBMITTED,
    Project.PublicationState.REJECTED,
    Project.PublicationState.ARCHIVED,
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def detail_url(project):
    return reverse("projects:detail", args=[project.slug])


def add_everything(project, count):
    """``count`` services, processes, partners, tags, links and attachments (half images)."""
    services = ServiceFactory.create_batch(count)
    project.services.set(services)
    project.topic_fields.set({service.topic_field for service in services})
    project.processes.set(ProcessFactory.create_batch(count))
    project.partners.set(MunicipalityFactory.create_batch(count))
    project.tags.add(*[f"Schlagwort {project.pk}-{n}" for n in range(count)])
    for n in range(count):
        ProjectLink.objects.create(
            project=project, title=f"Link {n}", url=f"https://example.org/{n}"
        )
        is_image = n % 2 == 1
        Attachment.objects.create(
            project=project,
            file=SimpleUploadedFile(f"datei-{n}.{'png' if is_image else 'pdf'}", b"x" * 2048),
            title=f"Anhang {n}",
            alt_text=f"Foto {n} der Anlage" if is_image else "",
            content_type="image/png" if is_image else "application/pdf",
            size=2048,
        )
    return project


@pytest.fixture
def full_project(municipality_a):
    project = ProjectFactory(
        owner=municipality_a,
        title="Digitale Hundesteuer",
        summary="Hundesteuer online an- und abmelden.",
        description="# Ablauf\n\nDie Anmeldung läuft **online**.\n\n<script>alert(1)</script>",
        status=Project.Status.COMPLETED,
        start_date=datetime.date(2024, 3, 1),
        end_date=datetime.date(2025, 6, 30),
        target_groups=[Project.TargetGroup.CITIZENS, Project.TargetGroup.BUSINESSES],
        value_proposition="Weniger Papier.",
        benefit_evidence="Bearbeitungszeit halbiert.",
        cost_one_off=Decimal("12000.00"),
        cost_annual=Decimal("1234.50"),
        funding_programme="Digitalprogramm Land",
        technology="Formularserver, XÖV-Schnittstelle",
        is_open_source=True,
        license="EUPL-1.2",
        repository_url="https://code.example.org/hundesteuer",
        reuse_offered=True,
        reuse_offer="Formulare und Prozessmodell.",
        reuse_conditions="Kostenfrei, Namensnennung.",
        lessons_learned="Früh mit der Kasse sprechen.",
        contact_name="Dana Beispiel",
        contact_role="Digitalisierungslotsin",
        contact_email="dana.beispiel@musterstadt.example",
        contact_phone="0123 45678",
        last_confirmed=datetime.date(2026, 1, 15),
        published_at=datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC),
    )
    for state in ["open", "clarifying", "declined", "withdrawn"]:  # withdrawn: not counted
        ReuseRequest.objects.create(
            project=project, municipality=MunicipalityFactory(), state=state
        )
    return add_everything(project, 2)


def test_page_shows_what_a_reuser_needs(client, full_project):
    response = client.get(detail_url(full_project))
    assert response.status_code == 200
    html = response.content.decode()
    project = full_project
    for text in [
        "Digitale Hundesteuer",
        "Hundesteuer online an- und abmelden.",
        "Projekt",
        "Abgeschlossen",
        "Musterstadt",
        "Weniger Papier.",
        "Bearbeitungszeit halbiert.",
        "12.000\N{NO-BREAK SPACE}€",
        "1.234,50\N{NO-BREAK SPACE}€",
        "Digitalprogramm Land",
        "Formularserver, XÖV-Schnittstelle",
        "EUPL-1.2",
        'href="https://code.example.org/hundesteuer"',
        "Formulare und Prozessmodell.",
        "Kostenfrei, Namensnennung.",
        "Früh mit der Kasse sprechen.",
        "Dana Beispiel",
        "Digitalisierungslotsin",
        'href="#kontakt"',
        'href="tel:012345678"',
        "Bürgerinnen und Bürger, Unternehmen",
        "3 Kommunen haben die Nachnutzung angefragt",
        "1. März 2024",
        "30. Juni 2025",
        "15. Januar 2026",
    ]:
        assert text in html, text
    for service in project.services.all():
        assert service.name in html
        assert f"OZG-ID {service.ozg_id}" in html
        assert service.topic_field.name in html
    for process in project.processes.all():
        assert process.name in html
        assert process.leika_key in html
    for partner in project.partners.all():
        assert partner.name in html
    for tag in project.tags.all():
        assert tag.name in html
    for link in project.links.all():
        assert f'href="{link.url}" rel="nofollow noopener"' in html


def test_description_is_rendered_markdown_without_raw_html(client, full_project):
    html = client.get(detail_url(full_project)).content.decode()
    assert "<h3>Ablauf</h3>" in html  # under the section's h2
    assert "<strong>online</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<h1") == 1


def test_owner_and_partners_link_to_their_pages(client, full_project):
    html = client.get(detail_url(full_project)).content.decode()
    partners = list(full_project.partners.all())
    assert len(partners) == 2
    for municipality in [full_project.owner, *partners]:
        url = reverse("regions:detail", args=[municipality.slug])
        assert f'<a class="kern-link" href="{url}" lang="de">{municipality.name}</a>' in html


def test_attachments_are_download_links_with_size_and_images_have_alt_text(client, full_project):
    html = client.get(detail_url(full_project)).content.decode()
    document, image = full_project.attachments.order_by("id")
    assert "Anhang 0" in html
    assert "(PDF, 2,0\N{NO-BREAK SPACE}KB)" in html
    assert 'alt="Foto 1 der Anlage"' in html
    assert html.count("<img") == 1
    for attachment in (document, image):
        url = reverse("projects:attachment", args=[full_project.slug, attachment.pk])
        assert f'href="{url}" download' in html


def test_cover_image_has_its_alt_text(client, municipality_a):
    project = ProjectFactory(
        owner=municipality_a,
        cover_image=SimpleUploadedFile("titel.png", b"x"),
        cover_alt_text="Rathaus mit Bürgerterminal",
    )
    html = client.get(detail_url(project)).content.decode()
    assert 'alt="Rathaus mit Bürgerterminal"' in html


def test_contact_email_is_not_in_the_page(client, full_project, outsider):
    client.force_login(outsider)
    html = client.get(detail_url(full_project)).content.decode()
    assert "dana.beispiel" not in html
    assert "musterstadt.example" not in html
    assert reverse("projects:contact", args=[full_project.slug]) in html


def test_without_contact_person_the_page_says_whom_to_ask(client, municipality_a):
    project = ProjectFactory(owner=municipality_a)
    html = client.get(detail_url(project)).content.decode()
    assert "Keine Ansprechperson eingetragen" in html
    assert "Nachricht senden" not in html


def test_without_contact_person_the_digital_officer_of_the_municipality_is_named(client):
    owner = MunicipalityFactory(
        officer_name="Olaf Lotse",
        officer_role="CDO",
        officer_phone="0123 999",
        officer_email="olaf@musterstadt.example",
    )
    html = client.get(detail_url(ProjectFactory(owner=owner))).content.decode()
    assert "Olaf Lotse" in html
    assert "CDO" in html
    assert 'href="tel:0123999"' in html
    assert "olaf@musterstadt.example" not in html


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize(
    ("persona", "status_code"),
    [
        (None, 404),
        ("outsider", 404),
        ("editor_b", 404),
        ("editor_a", 200),
        ("admin_a", 200),
        ("curator", 200),
    ],
)
def test_unpublished_projects_only_for_own_municipality_and_curators(
    client, request, municipality_a, state, persona, status_code
):
    project = ProjectFactory(owner=municipality_a, publication_state=state)
    if persona:
        client.force_login(request.getfixturevalue(persona))
    assert client.get(detail_url(project)).status_code == status_code


@pytest.mark.parametrize("persona", [None, "outsider", "editor_b", "editor_a", "curator"])
def test_published_projects_are_public(client, request, municipality_a, persona):
    project = ProjectFactory(owner=municipality_a)
    if persona:
        client.force_login(request.getfixturevalue(persona))
    assert client.get(detail_url(project)).status_code == 200


def test_publication_state_is_shown_to_authors_only(client, municipality_a, editor_a, editor_b):
    project = ProjectFactory(
        owner=municipality_a,
        publication_state=Project.PublicationState.REJECTED,
        rejection_reason="Bitte Kosten ergänzen.",
    )
    client.force_login(editor_a)
    html = client.get(detail_url(project)).content.decode()
    assert "Veröffentlichung:" in html
    assert "Abgelehnt" in html
    assert "Bitte Kosten ergänzen." in html

    project.publication_state = Project.PublicationState.PUBLISHED
    project.save()
    client.force_login(editor_b)
    html = client.get(detail_url(project)).content.decode()
    assert "Veröffentlichung:" not in html
    assert "Bitte Kosten ergänzen." not in html


def test_unknown_slug_is_404(client):
    assert client.get("/projekte/gibt-es-nicht/").status_code == 404


def test_based_on_links_to_the_original_only_when_visible(client, municipality_a, municipality_b):
    original = ProjectFactory(owner=municipality_b, title="Original aus Beispielhausen")
    reuse = ProjectFactory(owner=municipality_a, based_on=original, title="Nachnutzung")
    html = client.get(detail_url(reuse)).content.decode()
    assert f'href="{detail_url(original)}"' in html

    original.publication_state = Project.PublicationState.DRAFT
    original.save()
    html = client.get(detail_url(reuse)).content.decode()
    assert "Original aus Beispielhausen" not in html


def test_page_lists_visible_projects_that_reuse_it(client, municipality_a, municipality_b):
    original = ProjectFactory(owner=municipality_a)
    ProjectFactory(owner=municipality_b, based_on=original, title="Nachnutzung Beispielhausen")
    ProjectFactory(
        owner=municipality_b,
        based_on=original,
        title="Geheimer Entwurf",
        publication_state=Project.PublicationState.DRAFT,
    )
    html = client.get(detail_url(original)).content.decode()
    assert "Nachnutzung Beispielhausen" in html
    assert "Geheimer Entwurf" not in html


@pytest.mark.parametrize("persona", [None, "editor_a", "curator"])
def test_query_count_does_not_grow_with_related_rows(
    client, request, municipality_a, django_assert_max_num_queries, persona
):
    small = add_everything(ProjectFactory(owner=municipality_a, title="Klein"), 1)
    large = add_everything(ProjectFactory(owner=municipality_a, title="Groß"), 10)
    ProjectFactory(owner=municipality_a, based_on=large)
    if persona:
        client.force_login(request.getfixturevalue(persona))
        client.get(detail_url(small))  # session and user caches warm alike for both
    counts = []
    for project in (small, large):
        # 13, the demo notice, the request box, similar projects (2), the admins a message
        # reaches when no address is on file
        with django_assert_max_num_queries(18) as captured:
            response = client.get(detail_url(project))
        assert response.status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
    assert large.tags.count() == 10
    assert response.content.decode().count("download>Anhang") == 10


def test_card_uses_only_the_for_cards_fields(django_assert_num_queries, municipality_a):
    ProjectFactory.create_batch(3, owner=municipality_a, reuse_offered=True, is_open_source=True)
    ProjectFactory(owner=municipality_a, publication_state=Project.PublicationState.DRAFT)
    with django_assert_num_queries(1):
        html = "".join(
            render_to_string("projects/includes/card.html", {"project": project})
            for project in Project.objects.for_cards()
        )
    assert html.count("<article") == 4
    assert html.count("Nachnutzung angeboten") == 3
    assert html.count("Open Source") == 3
    assert html.count("Entwurf") == 1
    assert html.count("<h3") == 4
    assert "Musterstadt" in html


def test_card_heading_level_can_be_set(municipality_a):
    project = ProjectFactory(owner=municipality_a)
    html = render_to_string("projects/includes/card.html", {"project": project, "heading_level": 2})
    assert "<h2" in html
    assert f'href="{project.get_absolute_url()}"' in html


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("12000"), "12.000\N{NO-BREAK SPACE}€"),
        (Decimal("12000.00"), "12.000\N{NO-BREAK SPACE}€"),
        (Decimal("1234.5"), "1.234,50\N{NO-BREAK SPACE}€"),
        (Decimal("0"), "0\N{NO-BREAK SPACE}€"),
        (Decimal("1500000"), "1.500.000\N{NO-BREAK SPACE}€"),
        (None, ""),
    ],
)
def test_costs_are_written_the_german_way(amount, text):
    assert euro(amount) == text
