"""STYLE.md rule 1: imports point one way. ``ozg`` imports neither of the other apps,
``municipalities`` never imports ``projects``; ``projects`` may import both.

Every module of an app is parsed, migrations and management commands included. Besides
import statements, the dynamic ways to reach another app count too: ``importlib.import_module``
and ``__import__`` with a module name, ``apps.get_model`` with an app label, and lazy model
references such as ``ForeignKey("projects.Project")``. Relative imports are not checked: the
apps are top-level packages, so a relative import cannot leave its app.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN_IMPORTS = {
    "ozg": {"projects", "municipalities"},
    "municipalities": {"projects"},
}


MODEL_LABEL = re.compile(r"^([a-z_]+)\.[A-Z]\w*$")  # "projects.Project"


def imported_packages(source: str) -> set[str]:
    """Top-level packages (app labels) that ``source`` imports or reaches dynamically."""
    packages = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            packages.update(alias.name.partition(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            packages.add(node.module.partition(".")[0])
        elif isinstance(node, ast.Call):
            packages.update(_reached_by_call(node))
    return packages


def _reached_by_call(call: ast.Call) -> set[str]:
    name = getattr(call.func, "attr", None) or getattr(call.func, "id", None)
    texts = [arg.value for arg in call.args if isinstance(arg, ast.Constant)]
    texts = [text for text in texts if isinstance(text, str)]
    if name in ("import_module", "__import__", "get_model", "get_app_config") and texts:
        return {texts[0].partition(".")[0]}
    return {match.group(1) for text in texts if (match := MODEL_LABEL.match(text))}


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


def test_dynamic_imports_and_model_references_are_seen():
    source = """
import importlib
from django.apps import apps
importlib.import_module("projects.search")
__import__("municipalities")
apps.get_model("projects", "Project")
apps.get_model("municipalities.Municipality")
owner = models.ForeignKey("projects.Project", on_delete=models.CASCADE)
label = "not.a model label"
"""
    assert imported_packages(source) == {"importlib", "django", "projects", "municipalities"}


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
