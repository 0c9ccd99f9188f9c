"""Helpers of the posting tests: a valid form payload, a DB snapshot, small upload files."""

import io

from PIL import Image

from projects.models import Project

EMPTY_LINKS = {
    "links-TOTAL_FORMS": "0",
    "links-INITIAL_FORMS": "0",
    "links-MIN_NUM_FORMS": "0",
    "links-MAX_NUM_FORMS": "1000",
}


def form_data(owner, /, **overrides) -> dict:
    """A valid POST payload of the project form (create), changed by ``overrides``."""
    data = {
        "kind": "project",
        "title": "Online-Anmeldung für Kitaplätze",
        "summary": "Eltern melden ihr Kind online für einen Kitaplatz an.",
        "description": "## Ziel\n\nWeniger Papier.",
        "status": "in_progress",
        "start_date": "2025-01-01",
        "end_date": "",
        "owner": owner.pk,
        "tags": "Kita, Antrag",
        "target_groups": ["citizens"],
        "cost_one_off": "12500",
        "cost_annual": "",
        "contact_name": "Erika Mustermann",
        "contact_email": "erika@example.org",
        "_action": "save",
        **EMPTY_LINKS,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def edit_data(project: Project, **overrides) -> dict:
    """The payload the edit form would post unchanged for ``project`` (then ``overrides``)."""
    links = list(project.links.all())
    data = form_data(
        project.owner,
        kind=project.kind,
        title=project.title,
        summary=project.summary,
        description=project.description,
        status=project.status,
        start_date=project.start_date.isoformat() if project.start_date else "",
        end_date=project.end_date.isoformat() if project.end_date else "",
        tags=", ".join(project.tags.names()),
        target_groups=project.target_groups,
        cost_one_off="",
        contact_name=project.contact_name,
        contact_email=project.contact_email,
        version=project.version,
        services=[s.pk for s in project.services.all()],
        partners=[m.pk for m in project.partners.all()],
        processes=[p.pk for p in project.processes.all()],
        based_on=project.based_on_id,
        reuse_kind=project.reuse_kind or None,
    )
    data["links-TOTAL_FORMS"] = str(len(links))
    data["links-INITIAL_FORMS"] = str(len(links))
    for index, link in enumerate(links):
        data[f"links-{index}-id"] = link.pk
        data[f"links-{index}-title"] = link.title
        data[f"links-{index}-url"] = link.url
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def db_state(project: Project | None = None) -> dict:
    """Everything a write could change: the project row and the counts around it."""
    from projects.models import Attachment, ProjectEvent, ProjectLink

    state = {
        "projects": Project.objects.count(),
        "events": ProjectEvent.objects.count(),
        "links": ProjectLink.objects.count(),
        "attachments": Attachment.objects.count(),
    }
    if project is not None:
        row = Project.objects.filter(pk=project.pk).values().first()
        state["row"] = {k: v for k, v in row.items() if k != "search_vector"} if row else None
    return state


def png_bytes(size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
HTML_BYTES = b"<!DOCTYPE html><html><script>alert(1)</script></html>"


def get_file(client, url: str, **extra):
    """GET a file (a FileResponse) with its bytes read into ``response.body``: reading it to
    the end closes the file (the test client's wrapper), an unread one stays open (a
    ResourceWarning)."""
    response = client.get(url, **extra)
    response.body = b"".join(response.streaming_content) if response.streaming else b""
    return response
