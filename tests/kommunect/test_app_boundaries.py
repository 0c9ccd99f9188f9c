"""STYLE.md rule 1: imports point one way. ``ozg`` imports neither of the other apps,
``municipalities`` never imports ``projects``; ``projects`` may import both.

Every module of an app is parsed, migrations and management commands included. Relative
imports are not checked: the apps are top-level packages, so a relative import cannot leave
its app.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN_IMPORTS = {
    "ozg": {"projects", "municipalities"},
    "municipalities": {"projects"},
}


def imported_packages(source: str) -> set[str]:
    """Top-level packages named by the absolute imports in ``source``."""
    packages = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            packages.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            packages.add(node.module.partition(".")[0])
    return packages


def app_modules(app: str) -> list[Path]:
    return sorted(path for path in (ROOT / app).rglob("*.py") if "__pycache__" not in path.parts)


def test_every_import_form_is_seen():
    source = """
import projects
import projects.queries as q
from projects import queries
from projects.views.search import project_search
from . import models
def inside():
    import municipalities.models
"""
    assert imported_packages(source) == {"projects", "municipalities"}


@pytest.mark.parametrize("app", sorted(FORBIDDEN_IMPORTS))
def test_app_does_not_import_apps_that_depend_on_it(app):
    modules = app_modules(app)
    assert any("migrations" in path.parts for path in modules)
    reverse_imports = {
        str(path.relative_to(ROOT)): sorted(found)
        for path in modules
        if (found := imported_packages(path.read_text()) & FORBIDDEN_IMPORTS[app])
    }
    assert reverse_imports == {}
