"""Templates hold no business rule: they ask the model (``project.is_published``,
``membership.is_approved``, ``actions.submit``) instead of comparing state, role or action
codes, which would silently stop matching when a code is renamed."""

import re

from django.conf import settings

CODE_COMPARISON = re.compile(
    r"\.(publication_state|state|role|action|status|kind)\s*(==|!=)\s*['\"]"
    r"|['\"]\w+['\"]\s+(not\s+)?in\s+actions\b"
)


def test_no_template_compares_a_state_role_or_action_code():
    templates = sorted((settings.BASE_DIR / "templates").rglob("*.html"))
    found = [
        f"{path.relative_to(settings.BASE_DIR)}:{number}: {match.group(0)}"
        for path in templates
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in CODE_COMPARISON.finditer(line)
    ]
    assert len(templates) > 50
    assert found == []
