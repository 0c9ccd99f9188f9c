"""One size of the Kommunect benchmark, in its own process (bench/run.py starts it).

With DATABASE_URL pointing at a seeded bench database it

1. chooses the pages (the heaviest of their kind in the seeded data; for the project page with
   similar projects many different ones) and counts each page's SQL queries in-process with
   Django's test client;
2. prepares the save round trip: a member of the owner municipality of a published project,
   signed in (a session in the database);
3. starts gunicorn with production settings and measures every scenario with sequential HTTP
   requests after a warm-up; the round trip GETs the edit form, POSTs it back with one small
   change (CSRF token and version field from the form, as a browser sends them) and GETs the
   project page;
4. times the raw SQL of scenario (c) (the captured queries re-run with psycopg);
5. writes the results as JSON to the file named by --result.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from itertools import product
from pathlib import Path
from urllib.parse import urlencode

import psycopg
from html_form import form_fields

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
# Words of demo project titles, for the varied text searches of (g); each matches 2–70 % of
# the demo projects.
SEARCH_WORDS = (
    "antrag",
    "digital",
    "portal",
    "terminvergabe",
    "bürgerservice",
    "online",
    "plattform",
    "kita",
    "schule",
    "wohngeld",
)
BENCH_USER = "bench-redaktion"
# The small change of each save: appended to the summary, removed again by the next save.
SAVE_MARK = " (geprüft)"


@dataclass
class Scenario:
    key: str
    label: str
    paths: list[str]  # requested in turn; the query count is that of the first
    kind: str = "page"  # "page", "save" (the POST of the round trip) or "round trip"
    expected_status: int = 200

    @property
    def path(self) -> str:
        return self.paths[0]


@dataclass
class Result:
    key: str
    label: str
    kind: str
    path: str
    more_paths: int
    queries: int
    expected_status: int
    median_ms: float = 0.0
    p95_ms: float = 0.0
    statuses: list[int] = field(default_factory=list)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Response:
    status: int
    elapsed: float
    body: str
    location: str


class Gunicorn:
    """gunicorn as in production (sync workers, one per core), on a free loopback port."""

    def __init__(self, workers: int):
        self.port = free_port()
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "kommunect.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--log-level",
                "warning",
            ],
            cwd=REPO,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if self.request("GET", "/").status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not start within 30 s")

    def request(
        self, method: str, path: str, body: str | None = None, cookies: dict | None = None
    ) -> Response:
        """One request on a new connection; ``cookies`` are sent and updated from the answer."""
        headers = {"Host": "127.0.0.1"}
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = HTTPConnection("127.0.0.1", self.port, timeout=30)
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        elapsed = time.perf_counter() - started
        connection.close()
        if cookies is not None:
            for header in response.msg.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    cookies[name] = morsel.value
        return Response(
            response.status,
            elapsed,
            content.decode("utf-8", "replace"),
            response.getheader("Location", ""),
        )

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def measure_latency(server: Gunicorn, paths: list[str], requests: int, warmup: int):
    """Median and p95 ms and the statuses of ``requests`` GETs after ``warmup`` GETs; each GET
    asks for the next of ``paths`` (round robin)."""
    statuses = set()
    timings = []
    for number in range(warmup + requests):
        response = server.request("GET", paths[number % len(paths)])
        if number >= warmup:
            statuses.add(response.status)
            timings.append(response.elapsed * 1000)
    return statistics.median(timings), percentile(timings, 0.95), statuses


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunect.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def edited(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The form's fields with the small change of a save (the summary gains or loses
    SAVE_MARK) and the button "save"."""
    if not any(name == "summary" for name, _value in fields):
        raise LookupError("the edit form has no field 'summary'")
    changed = []
    for name, value in fields:
        if name == "summary":
            marked = value.endswith(SAVE_MARK)
            value = value.removesuffix(SAVE_MARK) if marked else value + SAVE_MARK
        changed.append((name, value))
    return [*changed, ("_action", "save")]


def count_queries(client, method: str, path: str, data=None, expected: int = 200):
    """Number of SQL queries of one request with Django's test client, and the response."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        response = getattr(client, method)(path, data) if data is not None else client.get(path)
    if response.status_code != expected:
        raise RuntimeError(f"{method.upper()} {path}: status {response.status_code}")
    return len(context.captured_queries), response, [q["sql"] for q in context.captured_queries]


def django_client(user=None):
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    if user is not None:
        client.force_login(user)
    return client


def page_queries(path: str) -> tuple[int, list[str]]:
    """Number of SQL queries of one GET, and their SQL (parameters inlined), in-process."""
    client = django_client()
    client.get(path)  # warm caches (content types, templates) as a running server has them
    count, _response, sql = count_queries(client, "get", path)
    return count, sql


def time_raw_sql(statements: list[str], repeat: int, warmup: int) -> float:
    """Median milliseconds to run ``statements`` one after another on one connection.

    The connection gets the session options the application sets (kommunect/settings.py), so
    that the server plans the statements as it does for the page.
    """
    from django.conf import settings

    options = settings.DATABASES["default"].get("OPTIONS", {}).get("options", "")
    timings = []
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, options=options) as conn:
        for round_ in range(warmup + repeat):
            started = time.perf_counter()
            for sql in statements:
                cursor = conn.execute(sql)
                if cursor.description:
                    cursor.fetchall()
            if round_ >= warmup:
                timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def varied_searches(search: str, count: int) -> list[str]:
    """``count`` (at least 40) different searches of the kind of (c): a word, one or two
    statuses, a topic field, a Land. Drawn from the catalogue, so the same at every size;
    as many as requests are made, so that no cache of identical requests helps."""
    from municipalities.models import Municipality
    from ozg.models import TopicField
    from projects.models import Project

    status = Project.Status
    statuses = [
        [status.IN_PROGRESS],
        [status.COMPLETED],
        [status.IN_PROGRESS, status.COMPLETED],
        [status.PLANNED, status.IN_PROGRESS],
    ]
    topics = TopicField.objects.order_by("number").values_list("slug", flat=True)
    states = Municipality.objects.filter(level=Municipality.Level.STATE).order_by("ags")
    combinations = list(
        product(SEARCH_WORDS, statuses, topics, states.values_list("ags", flat=True))
    )
    chosen = random.Random(1).sample(combinations, min(max(count, 40), len(combinations)))
    return [
        f"{search}?"
        + urlencode(
            [("q", word), *(("status", s) for s in status_set), ("topic", topic), ("state", state)]
        )
        for word, status_set, topic, state in chosen
    ]


def page_scenarios(varied: int) -> list[Scenario]:
    """The measured pages, chosen from the seeded data (the heaviest of their kind), with
    ``varied`` different searches for (g)."""
    from django.db.models import Count, Q
    from django.urls import reverse

    from municipalities.models import Municipality
    from ozg.models import TopicField
    from projects.models import Project

    published = Q(projects__publication_state=Project.PublicationState.PUBLISHED)
    topic = TopicField.objects.annotate(n=Count("projects", filter=published)).order_by("-n")[0]
    city = (
        Municipality.objects.filter(level=Municipality.Level.MUNICIPALITY)
        .exclude(population=None)
        .order_by("-population")
        .first()
    )
    # The Land with the most published projects, so that (c) finds rows at small sizes too.
    state = Municipality.objects.get(
        pk=Project.objects.published()
        .values("owner__state")
        .annotate(n=Count("id"))
        .order_by("-n")[0]["owner__state"]
    )
    project = (
        Project.objects.published()
        .annotate(n=Count("services", distinct=True) + Count("partners", distinct=True))
        .order_by("-n", "pk")
        .first()
    )
    # The gap analysis that reads the most: of the 50 Gemeinden with the most published
    # projects, the one whose peers published the most; and the Landkreis whose Gemeinden
    # published the most (its matrix and bundling candidates).
    from projects.peers import peers_of

    level = Municipality.Level
    by_owner = (
        Project.objects.published()
        .filter(owner__level=level.MUNICIPALITY, owner__population__isnull=False)
        .values("owner")
        .annotate(n=Count("id"))
        .order_by("-n", "owner")
    )
    candidates = Municipality.objects.filter(pk__in=[row["owner"] for row in by_owner[:50]])

    def peer_projects(municipality) -> int:
        peers = [peer.pk for peer in peers_of(municipality)]
        return Project.objects.published().filter(owner_id__in=peers).count()

    gap_town = max(candidates.order_by("pk"), key=peer_projects)
    by_district = (
        Project.objects.published()
        .filter(
            owner__parent__level=level.DISTRICT,
            owner__parent__kind__in=[Municipality.Kind.RURAL_DISTRICT, Municipality.Kind.DISTRICT],
        )
        .values("owner__parent")
        .annotate(n=Count("id"))
        .order_by("-n", "owner__parent")
    )
    district = Municipality.objects.get(pk=by_district[0]["owner__parent"])
    search = reverse("projects:search")
    facets = (
        f"q=digitaler+antrag&status={Project.Status.IN_PROGRESS}&status={Project.Status.COMPLETED}"
        f"&topic={topic.slug}&state={state.ags}"
    )

    def query(text: str) -> str:
        return f"{search}?{urlencode({'q': text})}"

    return [
        Scenario("a", "Suche ohne Anfrage", [search]),
        Scenario("b", "Suche mit Text", [query("digitaler antrag")]),
        Scenario("c", "Text + 3 Facetten", [f"{search}?{facets}"]),
        Scenario("d", f"Themenfeld ({topic.name})", [topic.get_absolute_url()]),
        Scenario("e", f"Kommune ({city.name})", [city.get_absolute_url()]),
        Scenario("f", "Projektseite", [project.get_absolute_url()]),
        Scenario("g", "Text + Facetten, wechselnd", varied_searches(search, varied)),
        # A typo: nothing matches, so the page finds the correction ("Antrag") and searches it.
        Scenario(
            "h",
            "Tippfehler + 2 Facetten",
            [f"{search}?q=antrg&status={Project.Status.IN_PROGRESS}&state={state.ags}"],
        ),
        # A part of compounds (Personalausweis, Ausweisdokument …).
        Scenario("i", "Kompositum (Ausweis)", [query("Ausweis")]),
        # An abbreviation whose long form (Kraftfahrzeug) the projects use.
        Scenario("j", "Synonym (Kfz)", [query("Kfz")]),
        Scenario("k", "„oder“ (Wohngeld oder Elterngeld)", [query("Wohngeld oder Elterngeld")]),
        Scenario(
            "q", f"Kommune mit Lückenanalyse ({gap_town.name})", [gap_town.get_absolute_url()]
        ),
        Scenario("r", f"Landkreis mit Gemeinden ({district.name})", [district.get_absolute_url()]),
        # Every project page ranks its similar projects (projects/similar.py): many different
        # pages, so that no cache of one page helps.
        Scenario("s", "Projektseite + ähnliche Projekte", similar_pages(varied)),
    ]


def similar_pages(count: int) -> list[str]:
    """``count`` (at least 40) project pages, drawn from the published projects with OZG
    services (those whose similar projects cost the most), the same at every seeding."""
    from django.urls import reverse

    from projects.models import Project

    slugs = list(
        Project.objects.published()
        .filter(facet_service_ids__len__gt=0)
        .order_by("pk")
        .values_list("slug", flat=True)
    )
    chosen = random.Random(2).sample(slugs, min(max(count, 40), len(slugs)))
    return [reverse("projects:detail", args=[slug]) for slug in chosen]


def round_trip_project():
    """The project of the save round trip: a published reuse (an original chosen) with links,
    partners and services, so that every part of the form is in use and the trip's query
    count is the same at every size; of those, one of the owner with the most published
    projects (the member's form and pages are the heaviest there)."""
    from django.db.models import Count, OuterRef, Subquery

    from projects.models import Project

    owner_total = (
        Project.objects.published()
        .filter(owner=OuterRef("owner"))
        .values("owner")
        .annotate(n=Count("id"))
        .values("n")
    )
    project = (
        Project.objects.published()
        .filter(
            based_on__isnull=False,
            links__isnull=False,
            partners__isnull=False,
            services__isnull=False,
        )
        .annotate(owner_total=Subquery(owner_total))
        .order_by("-owner_total", "pk")
        .first()
    )
    if project is None:
        raise RuntimeError("no published reuse with links, partners and services to edit")
    return project


def bench_member(municipality_id: int):
    """The signed-in member of the round trip: an approved editor of ``municipality_id`` and of
    no other municipality (a second one would add the owner picker to the form)."""
    from django.contrib.auth import get_user_model

    from municipalities.models import Membership

    user, _created = get_user_model().objects.get_or_create(
        username=BENCH_USER, defaults={"email": "bench-redaktion@example.org"}
    )
    Membership.objects.filter(user=user).exclude(municipality_id=municipality_id).delete()
    Membership.objects.update_or_create(
        user=user,
        municipality_id=municipality_id,
        defaults={"role": Membership.Role.EDITOR, "state": Membership.State.APPROVED},
    )
    return user


ROUND_TRIP_STEPS = ("l", "m", "n")


def round_trip_scenarios(project) -> list[Scenario]:
    from django.urls import reverse

    edit = reverse("projects:edit", args=[project.slug])
    page = project.get_absolute_url()
    return [
        Scenario("l", "Bearbeiten: Formular (GET)", [edit]),
        Scenario("m", "Speichern (POST)", [edit], kind="save", expected_status=302),
        Scenario("n", "Projektseite nach Speichern", [page]),
        Scenario("o", "Rundweg Formular→Speichern→Seite", [edit], kind="round trip"),
    ]


def round_trip_queries(user, project) -> dict[str, int]:
    """SQL queries of each step of the round trip (the second trip: caches warm), in-process."""
    from django.urls import reverse

    client = django_client(user)
    edit = reverse("projects:edit", args=[project.slug])
    page = project.get_absolute_url()
    counts = {}
    for _trip in range(2):
        counts["l"], response, _sql = count_queries(client, "get", edit)
        data: dict[str, list[str]] = {}
        for name, value in edited(form_fields(response.content.decode(), "version")):
            data.setdefault(name, []).append(value)
        counts["m"], _response, _sql = count_queries(client, "post", edit, data, expected=302)
        counts["n"], _response, _sql = count_queries(client, "get", page)
    counts["o"] = counts["l"] + counts["m"] + counts["n"]
    return counts


def measure_round_trips(server: Gunicorn, user, project, requests: int, warmup: int):
    """Timings (ms) and statuses of each step and of the whole trip, over ``requests`` trips
    after ``warmup`` trips, as the signed-in ``user`` over HTTP."""
    from django.conf import settings
    from django.urls import reverse

    cookies = {settings.SESSION_COOKIE_NAME: django_client(user).session.session_key}
    edit = reverse("projects:edit", args=[project.slug])
    page = project.get_absolute_url()
    timings = {key: [] for key in (*ROUND_TRIP_STEPS, "o")}
    statuses = {key: set() for key in timings}
    for number in range(warmup + requests):
        form = server.request("GET", edit, cookies=cookies)
        body = urlencode(edited(form_fields(form.body, "version")))
        save = server.request("POST", edit, body=body, cookies=cookies)
        if save.status != 302 and number == 0:
            log(f"Speichern antwortet {save.status}: {save.body[:300]!r}")
        shown = server.request("GET", page, cookies=cookies)
        if number < warmup:
            continue
        for key, response in zip(ROUND_TRIP_STEPS, (form, save, shown), strict=True):
            timings[key].append(response.elapsed * 1000)
            statuses[key].add(response.status)
        timings["o"].append((form.elapsed + save.elapsed + shown.elapsed) * 1000)
        statuses["o"].add(200 if {form.status, save.status, shown.status} == {200, 302} else 0)
    return {
        key: (statistics.median(values), percentile(values, 0.95), statuses[key])
        for key, values in timings.items()
    }


def load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def measure(size: int, requests: int, warmup: int, workers: int) -> dict:
    load_start = load_average()
    log(f"{size:>7}: load average at start: " + ", ".join(f"{v:.2f}" for v in load_start))
    pages = page_scenarios(warmup + requests)
    project = round_trip_project()
    user = bench_member(project.owner_id)
    trip = round_trip_scenarios(project)
    results: dict[str, Result] = {}
    c_sql: list[str] = []
    for scenario in pages:
        count, sql = page_queries(scenario.path)
        results[scenario.key] = result_of(scenario, count)
        if scenario.key == "c":
            c_sql = sql
    trip_counts = round_trip_queries(user, project)
    for scenario in trip:
        results[scenario.key] = result_of(scenario, trip_counts[scenario.key])

    server = Gunicorn(workers)
    try:
        for scenario in pages:
            timing = measure_latency(server, scenario.paths, requests, warmup)
            record(size, results[scenario.key], *timing)
        trips = measure_round_trips(server, user, project, requests, warmup)
        for scenario in trip:
            record(size, results[scenario.key], *trips[scenario.key])
    finally:
        server.stop()
    sql_ms = time_raw_sql(c_sql, requests, warmup)
    load_end = load_average()
    log(f"{size:>7}: load average at end: " + ", ".join(f"{v:.2f}" for v in load_end))
    return {
        "size": size,
        "results": [asdict(result) for result in results.values()],
        "c_sql_ms": sql_ms,
        "load_start": load_start,
        "load_end": load_end,
        "round_trip_project": project.get_absolute_url(),
    }


def result_of(scenario: Scenario, queries: int) -> Result:
    return Result(
        key=scenario.key,
        label=scenario.label,
        kind=scenario.kind,
        path=scenario.path,
        more_paths=len(scenario.paths) - 1,
        queries=queries,
        expected_status=scenario.expected_status,
    )


def record(size: int, result: Result, median: float, p95: float, statuses: set[int]) -> None:
    result.median_ms, result.p95_ms, result.statuses = median, p95, sorted(statuses)
    more = f" (+ {result.more_paths} more)" if result.more_paths else ""
    log(
        f"{size:>7} ({result.key}) {result.label}: median {median:.1f} ms, "
        f"p95 {p95:.1f} ms, {result.queries} queries  {result.path}{more}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--requests", type=int, required=True)
    parser.add_argument("--warmup", type=int, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--result", type=Path, required=True)
    args = parser.parse_args()
    setup_django()
    outcome = measure(args.size, args.requests, args.warmup, args.workers)
    args.result.write_text(json.dumps(outcome, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
