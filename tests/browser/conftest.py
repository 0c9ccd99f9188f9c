"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Every test here gets:
- ``page`` with ``base_url`` set to the live server, so ``page.goto("/")`` works;
- a guard that records every request the browser makes and fails the test if one leaves the
  live server (no CDN, no fonts, no trackers: DESIGN.md principle 5);
- ``axe_check(page)``: an axe-core scan restricted to WCAG 2.1 A/AA that must find nothing.

The live server runs in another thread, so tests use transactional database access: create the
data inside the test (factories) or in a function-scoped fixture; it is flushed after each test.
"""

import itertools
import json
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.db import connections
from pytest_playwright_axe import Axe, AxeAccessibilityException

CHROMIUM = "/usr/bin/chromium"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Schemes that never leave the machine.
LOCAL_SCHEMES = {"data", "blob", "about"}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium instead of a downloaded browser (TOOLING.md)."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": browser_type_launch_args.get("headless", True),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session", autouse=True)
def _close_db_connections_while_playwright_runs(django_db_setup, playwright):
    """Close the database connections opened while Playwright is running, before the test
    database is dropped.

    Playwright's sync API keeps an asyncio loop running in the main thread, so Django (through
    asgiref's Local) keeps the connections of that thread in context variables instead of the
    thread-local it uses otherwise. Session fixtures torn down after the browser tests (such as
    ``catalogue``) then leave a connection open that pytest-django's teardown does not see, and
    the test database cannot be dropped ("is being accessed by other users").
    """
    yield
    connections.close_all()


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


@pytest.fixture(scope="session")
def _static_assets_installed():
    """KERN UX comes from node_modules; without it every page would look broken (and axe say so)."""
    if not finders.find("kern/kern.min.css"):
        pytest.fail("KERN UX is missing: run `npm ci` (or `make setup`) before the browser tests.")


@pytest.fixture(autouse=True)
def _live_server_for_every_browser_test(live_server, _static_assets_installed):
    """Request the live server (and with it transactional_db) for every browser test."""
    return live_server


class RequestLog:
    """Every URL the browser requested, and those that went to another host."""

    def __init__(self, own_url: str):
        own = urlsplit(own_url)
        self._own = (own.scheme, own.hostname, own.port)
        self.requested: list[str] = []
        self.foreign: list[str] = []

    def record(self, request) -> None:
        self.requested.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in LOCAL_SCHEMES:
            return
        if (parts.scheme, parts.hostname, parts.port) != self._own:
            self.foreign.append(request.url)


@pytest.fixture(autouse=True)
def third_party_requests(context, live_server):
    """Record every request of the browser context; fail the test if one leaves the live server.

    Yields the RequestLog, so a test can also assert what was loaded.
    """
    log = RequestLog(live_server.url)
    context.on("request", log.record)
    yield log
    assert not log.foreign, "Requests to third-party hosts:\n" + "\n".join(log.foreign)


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation['help']}\n"
            f"  {violation.get('helpUrl', '')}"
        )
        for node in violation.get("nodes", [])[:10]:
            target = ", ".join(str(part) for part in node.get("target", []))
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_report_dir(tmp_path_factory):
    """Outside test-results/, which every pytest-playwright session start wipes."""
    return tmp_path_factory.mktemp("axe-reports", numbered=False)


@pytest.fixture
def axe_check(request, axe_report_dir):
    """Scan the current page with axe-core (WCAG 2.0/2.1 A and AA); assert zero violations.

    Strict mode: a frame that could not be scanned fails too. Reports (HTML + JSON) are
    written to pytest's temporary folder, named after the test, only when something is found.
    Returns the axe results for further assertions.
    """
    axe = Axe(output_directory=axe_report_dir)
    test_name = re.sub(r"[^A-Za-z0-9_-]+", "-", request.node.name).strip("-")
    scans = itertools.count(1)

    def check(page, context=None):
        name = f"{test_name}-{next(scans)}"
        report = axe_report_dir / f"{name}.json"
        report.unlink(missing_ok=True)
        try:
            return axe.run(
                page,
                filename=name,
                context=context,
                options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
                report_on_violation_only=True,
                strict_mode=True,
            )
        except AxeAccessibilityException as error:
            violations = json.loads(report.read_text())["violations"] if report.exists() else []
            # Raised explicitly so that pytest shows this text, not a repr of the results.
            raise AssertionError(
                f"{error} (report: {report})\n{format_violations(violations)}"
            ) from None

    return check
