"""Bad input never produces a 500: German errors next to the field, everything else kept."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from projects.models import Attachment, Project
from tests.factories import ProcessFactory, ServiceFactory
from tests.projects.posting import EXE_BYTES, HTML_BYTES, PDF_BYTES, form_data, png_bytes

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def post(client, editor_a, municipality_a):
    client.force_login(editor_a)

    def _post(files=None, **overrides):
        data = form_data(municipality_a, **overrides)
        if files:
            data.update(files)
        return client.post(reverse("projects:create"), data)

    return _post


def _error_next_to(response, field_id: str) -> str:
    """The error block of a field, which its input references with aria-describedby."""
    content = response.content.decode()
    assert f'id="{field_id}_error"' in content
    control = re.search(rf'<(?:input|textarea|select)\b[^>]*\bid="{field_id}"[^>]*>', content)
    assert control, f"no input with id {field_id}"
    described_by = re.search(r'aria-describedby="([^"]*)"', control.group(0))
    assert described_by
    assert f"{field_id}_error" in described_by.group(1).split()
    start = content.index(f'id="{field_id}_error"')
    return content[start : content.index("</div>", start)]


def _refused(response, field: str, code: str | None = None, form="form"):
    assert response.status_code == 200
    assert Project.objects.count() == 0
    errors = response.context[form].errors.as_data()
    assert field in errors, errors
    if code:
        assert code in [error.code for error in errors[field]]


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("title", 200),
        ("summary", 500),
        ("description", 50000),
        ("funding_programme", 300),
        ("license", 100),
        ("contact_name", 200),
        ("contact_phone", 50),
        ("value_proposition", 5000),
        ("lessons_learned", 10000),
    ],
)
def test_every_text_field_has_a_limit(post, field, limit):
    response = post(**{field: "x" * (limit + 1)})
    _refused(response, field, "max_length")
    assert "höchstens" in _error_next_to(response, f"id_{field}")


def test_100_kb_of_text_is_refused_and_the_rest_kept(post):
    response = post(description="Lorem ipsum " * 9000, contact_name="Erika Mustermann")
    _refused(response, "description", "max_length")
    content = response.content.decode()
    assert "Erika Mustermann" in content
    assert "Online-Anmeldung für Kitaplätze" in content


PLAIN_TEXT_FIELDS = [
    "title",
    "summary",
    "value_proposition",
    "benefit_evidence",
    "funding_programme",
    "technology",
    "license",
    "reuse_offer",
    "reuse_conditions",
    "lessons_learned",
    "contact_name",
    "contact_role",
    "contact_phone",
]


@pytest.mark.parametrize("field", PLAIN_TEXT_FIELDS)
def test_markup_in_plain_text_fields_is_kept_as_text_and_echoed_escaped(post, field):
    """Output is escaped everywhere, so text with angle brackets is just text."""
    response = post(**{field: f"Text {SCRIPT}"}, end_date="2000-01-01")  # re-shows the form
    assert response.status_code == 200
    content = response.content.decode()
    assert SCRIPT not in content
    assert "&lt;script&gt;" in content
    assert "HTML ist in diesem Feld nicht erlaubt" not in content
    response = post(**{field: f"Text {SCRIPT}"})
    assert response.status_code == 302
    assert getattr(Project.objects.get(), field) == f"Text {SCRIPT}"


def test_markdown_description_keeps_html_as_text_and_never_renders_it(client, post):
    response = post(description=f"# Titel {SCRIPT}")
    assert response.status_code == 302
    assert Project.objects.get().description == f"# Titel {SCRIPT}"
    preview = client.post(reverse("projects:preview"), {"description": f"Text {SCRIPT}"})
    assert preview.status_code == 200
    assert SCRIPT not in preview.content.decode()


def test_end_before_start_is_refused_at_the_end_date(post):
    response = post(start_date="2025-06-01", end_date="2025-01-01")
    _refused(response, "end_date", "end_before_start")
    assert "nicht vor dem Beginn" in _error_next_to(response, "id_end_date")


@pytest.mark.parametrize("value", ["morgen", "2025-13-45", "31.02.2025"])
def test_invalid_dates_are_refused(post, value):
    _refused(post(start_date=value), "start_date", "invalid")


@pytest.mark.parametrize("value", ["-1", "viel", "1e20", "10000000000000"])
def test_invalid_costs_are_refused(post, value):
    _refused(post(cost_one_off=value), "cost_one_off")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", "rakete"),
        ("status", "fertig"),
        ("target_groups", ["aliens"]),
        ("contact_email", "keine-adresse"),
        ("repository_url", "javascript:alert(1)"),
        ("owner", "abc"),
    ],
)
def test_invalid_choices_and_formats_are_refused(post, field, value):
    _refused(post(**{field: value}), field)


def test_unknown_service_ids_are_refused_and_the_rest_kept(post):
    response = post(services=["999999"], partners=["abc"])
    _refused(response, "services", "invalid_choice")
    assert "partners" in response.context["form"].errors
    assert "Online-Anmeldung für Kitaplätze" in response.content.decode()


def test_processes_must_belong_to_the_chosen_services(post):
    service = ServiceFactory()
    foreign_process = ProcessFactory()
    response = post(services=[service.pk], processes=[foreign_process.pk])
    _refused(response, "processes", "process_outside_services")
    assert "gewählten OZG-Leistungen" in response.content.decode()


def test_missing_required_fields_are_named(post):
    response = post(title="", summary="")
    _refused(response, "title", "required")
    assert "summary" in response.context["form"].errors
    assert "Dieses Feld ist zwingend erforderlich." in _error_next_to(response, "id_title")


def test_a_link_needs_a_valid_web_address(post):
    response = post(
        **{"links-TOTAL_FORMS": "1", "links-0-title": "Portal", "links-0-url": "ftp//kaputt"}
    )
    assert response.status_code == 200
    assert Project.objects.count() == 0
    assert response.context["links"].errors[0]["url"]


def test_oversized_upload_is_refused(post, settings):
    settings.KOMMUNECT_MAX_UPLOAD_MB = 1
    big = PDF_BYTES + b"0" * (1024 * 1024)
    response = post(
        files={
            "attachment-file": SimpleUploadedFile("plan.pdf", big, "application/pdf"),
            "attachment-title": "Plan",
        }
    )
    _refused(response, "file", "file_too_large", form="attachment_form")
    assert "zu groß" in _error_next_to(response, "id_attachment-file")


@pytest.mark.parametrize(
    ("name", "content", "claimed"),
    [
        ("programm.pdf", EXE_BYTES, "application/pdf"),
        ("seite.png", HTML_BYTES, "image/png"),
        ("notiz.docx", b"just text, not a document", "application/msword"),
    ],
)
def test_disguised_upload_is_refused(post, name, content, claimed):
    response = post(
        files={
            "attachment-file": SimpleUploadedFile(name, content, claimed),
            "attachment-title": "Datei",
        }
    )
    _refused(response, "file", "file_type", form="attachment_form")
    assert "nicht erlaubt" in _error_next_to(response, "id_attachment-file")
    assert Attachment.objects.count() == 0


def test_disguised_cover_image_is_refused(post):
    response = post(
        files={"cover_image": SimpleUploadedFile("bild.png", HTML_BYTES, "image/png")},
        cover_alt_text="Rathaus",
    )
    _refused(response, "cover_image")
    assert response.context["form"].errors.as_data()["cover_image"][0].code in {
        "invalid_image",  # Django's ImageField (Pillow) refuses it first
        "file_type",
    }


def test_image_attachment_needs_alt_text(post):
    response = post(
        files={
            "attachment-file": SimpleUploadedFile("foto.png", png_bytes(), "image/png"),
            "attachment-title": "Foto",
        }
    )
    _refused(response, "alt_text", "alt_required", form="attachment_form")


def test_cover_image_needs_alt_text(post):
    response = post(files={"cover_image": SimpleUploadedFile("c.png", png_bytes(), "image/png")})
    _refused(response, "cover_alt_text", "alt_required")


@pytest.mark.parametrize("version", ["abc", "-3"])
def test_tampered_version_is_refused(client, editor_a, municipality_a, version):
    from tests.factories import ProjectFactory
    from tests.projects.posting import edit_data

    project = ProjectFactory(owner=municipality_a, publication_state="draft")
    client.force_login(editor_a)
    response = client.post(
        reverse("projects:edit", args=[project.slug]), edit_data(project, version=version)
    )
    assert response.status_code == 200
    assert "version" in response.context["form"].errors


@pytest.mark.parametrize(
    ("tags", "code"),
    [
        ("x" * 101, "max_length"),
        (", ".join(f"t{i}" for i in range(21)), "too_many"),
    ],
)
def test_tags_have_limits(post, tags, code):
    _refused(post(tags=tags), "tags", code)


def test_the_owner_is_not_its_own_partner(post, municipality_a):
    _refused(post(partners=[municipality_a.pk]), "partners", "owner_as_partner")
