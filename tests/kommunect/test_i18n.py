"""English as second language: German unless chosen, every string translated and compiled."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from projects.models import Project
from projects.services import publication
from tests.factories import ProjectFactory, ServiceFactory

PO_FILE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"


def parse_po(path):
    """Entries of a .po file as dicts (msgctxt, msgid, msgid_plural, msgstr, msgstr[n], flags).

    A tiny parser so the check runs without gettext tools; obsolete (#~) entries are skipped.
    """
    entries, entry, key = [], {"flags": set()}, None

    def finish():
        if "msgid" in entry:
            entries.append(entry)

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#,"):
            if "msgid" in entry:
                finish()
                entry = {"flags": set()}
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[key] += ast.literal_eval(line)
        else:
            key, _space, value = line.partition(" ")
            if key in ("msgid", "msgctxt") and "msgid" in entry:
                finish()
                entry = {"flags": set()}
            entry[key] = ast.literal_eval(value)
    finish()
    return entries


@pytest.fixture(scope="module")
def po_entries():
    return parse_po(PO_FILE)


def switch_to_english(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_english_browser_still_gets_german(client):
    response = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    content = response.content.decode()
    assert '<html lang="de"' in content
    assert "Impressum" in content
    assert "Legal notice" not in content


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "english", "german"),
    [
        ("home", "Legal notice", "Impressum"),
        ("ozg:catalogue", "OZG catalogue", "OZG-Katalog"),
        ("projects:search", "Search term", "Suchbegriff"),
        ("legal:imprint", "Legal notice", "Impressum"),
        ("legal:privacy", "Privacy policy", "Datenschutzerklärung"),
        ("legal:accessibility", "Accessibility statement", "Erklärung zur Barrierefreiheit"),
        ("account_login", "Sign In", "Anmelden"),
    ],
)
def test_pages_speak_english_after_switching(client, url_name, english, german):
    service = ServiceFactory(life_situation__topic_field__name="Gesundheit")
    ProjectFactory(title="Digitales Bürgeramt", services=[service])
    switch_to_english(client)

    response = client.get(reverse(url_name))

    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in content
    assert english in content
    assert german not in content
    assert "Skip to content" in content


@pytest.mark.django_db
def test_english_plurals_on_home_page(client):
    service = ServiceFactory(life_situation__topic_field__name="Gesundheit")
    ProjectFactory.create_batch(2, services=[service])
    switch_to_english(client)

    content = client.get(reverse("home")).content.decode()

    assert "2 projects" in content
    assert "2 Projekte" not in content


@pytest.mark.django_db
def test_switching_back_to_german(client):
    switch_to_english(client)
    client.post(reverse("set_language"), {"language": "de", "next": "/"})

    content = client.get(reverse("legal:imprint")).content.decode()

    assert '<html lang="de"' in content
    assert "Impressum" in content


@pytest.mark.django_db
def test_notifications_stay_german_when_the_actor_chose_english(
    editor_a, curator, municipality_a, django_capture_on_commit_callbacks
):
    project = ProjectFactory(
        owner=municipality_a,
        publication_state=Project.PublicationState.DRAFT,
        created_by=editor_a,
        title="Digitales Bürgeramt",
    )

    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        publication.project_submit(actor=editor_a, project=project)
        publication.project_reject(actor=curator, project=project, reason="Zu kurz.")

    to_curators, to_author = mail.outbox
    assert to_curators.subject == "Neues Projekt zur Prüfung: Digitales Bürgeramt"
    assert to_author.subject == "Ihr Projekt wurde nicht veröffentlicht: Digitales Bürgeramt"
    assert "Begründung:\nZu kurz." in to_author.body


def test_po_file_has_no_untranslated_or_fuzzy_entries(po_entries):
    assert len(po_entries) > 500
    fuzzy = [entry["msgid"] for entry in po_entries if "fuzzy" in entry["flags"]]
    untranslated = [
        entry["msgid"]
        for entry in po_entries[1:]  # the first entry is the header
        if not all(entry[key] for key in entry if key.startswith("msgstr"))
    ]
    assert fuzzy == []
    assert untranslated == []
    assert any("msgid_plural" in entry for entry in po_entries)


def test_compiled_catalogue_matches_po_file(po_entries):
    """The committed .mo carries every translation of the .po (catches a forgotten compile)."""
    stale = []
    with translation.override("en"):
        for entry in po_entries[1:]:
            context = entry.get("msgctxt")
            if "msgid_plural" in entry:
                for count, form in ((1, "msgstr[0]"), (2, "msgstr[1]")):
                    if context is None:
                        got = translation.ngettext(entry["msgid"], entry["msgid_plural"], count)
                    else:
                        got = translation.npgettext(
                            context, entry["msgid"], entry["msgid_plural"], count
                        )
                    if got != entry[form]:
                        stale.append((entry["msgid"], count, got))
            else:
                if context is None:
                    got = translation.gettext(entry["msgid"])
                else:
                    got = translation.pgettext(context, entry["msgid"])
                if got != entry["msgstr"]:
                    stale.append((entry["msgid"], got))
    assert stale == []
