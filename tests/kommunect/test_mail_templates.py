"""Every plain-text mail template renders to text: no template code reaches a recipient."""

from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"
MAIL_TEMPLATES = sorted(
    str(path.relative_to(TEMPLATES_DIR)) for path in TEMPLATES_DIR.rglob("*.txt")
)
CONTEXT = {
    "name": "Erika Muster",
    "municipality": "Teltow",
    "role": "Redakteur",
    "profile_url": "https://kommunect.example.org/konto/",
    "members_url": "https://kommunect.example.org/kommunen/teltow/mitglieder/",
    "message": "Ich arbeite im Bauamt.",
    "current_site": {"domain": "kommunect.example.org"},
}


def test_all_mail_templates_are_found():
    assert "municipalities/membership_email_approved.txt" in MAIL_TEMPLATES
    assert "account/email/base_message.txt" in MAIL_TEMPLATES


@pytest.mark.parametrize("template_name", MAIL_TEMPLATES)
def test_mail_template_renders_without_template_code(template_name):
    with translation.override("de"):
        text = render_to_string(template_name, CONTEXT)

    assert "{%" not in text
    assert "{{" not in text
    if template_name.endswith("_subject.txt"):  # one line, no greeting
        assert "\n" not in text.strip()
    else:
        assert "Kommunect-Team" in text
