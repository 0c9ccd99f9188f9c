"""A database that is down or frozen: pages that need it answer our German 503 page with
Retry-After within seconds, pages that do not (the Impressum) stay up, and the site recovers
without a restart.

gunicorn runs against a PostgreSQL cluster of its own (scripts/postgres_cluster.py, in a
temporary folder), which the test stops, and freezes with SIGSTOP on the postmaster and its
backends (always continued again).
"""

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from http.client import HTTPConnection
from pathlib import Path

import psycopg
import pytest
from django.conf import settings

from scripts.postgres_cluster import start_cluster, stop_cluster

PYTHON = Path(sys.executable)
CONNECT_TIMEOUT = 2
# The connect timeout plus time for the page; far below gunicorn's 30 s worker timeout.
WITHIN = CONNECT_TIMEOUT + 2


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str) -> tuple[int, dict, str, float]:
    connection = HTTPConnection("127.0.0.1", port, timeout=35)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    body = response.read().decode()
    elapsed = time.perf_counter() - started
    connection.close()
    return response.status, dict(response.getheaders()), body, elapsed


def backends(postmaster: int) -> list[int]:
    """The postmaster's child processes (backends, checkpointer, WAL writer, ...)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        if int(fields[1]) == postmaster:
            children.append(int(stat.parent.name))
    return children


@pytest.fixture(scope="module")
def site():
    """gunicorn (2 sync workers, production-like: DEBUG off) on its own migrated cluster."""
    directory = Path(tempfile.mkdtemp(prefix="kommunect-faults-"))
    port = free_port()
    start_cluster(directory, port)
    url = f"postgres://postgres@127.0.0.1:{port}/kommunect"
    with psycopg.connect(f"{url.rsplit('/', 1)[0]}/postgres", autocommit=True) as connection:
        connection.execute("CREATE DATABASE kommunect")
    env = {
        **os.environ,
        "DJANGO_ENV": "test",
        "DEBUG": "0",
        "DATABASE_URL": url,
        "DATABASE_CONNECT_TIMEOUT": str(CONNECT_TIMEOUT),
        "LOG_LEVEL": "CRITICAL",  # the 503s' tracebacks are expected here
    }
    env.pop("TEST_DATABASE_NAME", None)
    base = settings.BASE_DIR
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=base, env=env, check=True
    )
    web_port = free_port()
    server = subprocess.Popen(
        [
            *(PYTHON.with_name("gunicorn"), "kommunect.wsgi", "--bind", f"127.0.0.1:{web_port}"),
            *("--workers", "2", "--log-level", "critical"),
        ],
        cwd=base,
        env=env,
    )
    deadline = time.monotonic() + 30
    while True:  # wait until gunicorn answers
        try:
            get(web_port, "/impressum/")
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise
            time.sleep(0.1)
    yield {"port": web_port, "directory": directory, "db_port": port}
    server.terminate()
    server.wait(10)
    stop_cluster(directory)
    subprocess.run(["rm", "-rf", str(directory)], check=True)


def assert_database_fault_page(site, fault: str) -> None:
    status, headers, body, elapsed = get(site["port"], "/projekte/")
    print(f"\n{fault}: 503 after {elapsed:.2f} s")
    assert status == 503
    assert elapsed < WITHIN
    assert headers["Retry-After"] == "30"
    assert "Vorübergehend nicht erreichbar" in body
    assert "Unsere Datenbank antwortet gerade nicht." in body
    status, _headers, body, elapsed = get(site["port"], "/impressum/")
    assert (status, "Impressum" in body) == (200, True)
    assert elapsed < CONNECT_TIMEOUT  # it never waits for the database


def test_a_stopped_database_gives_503_and_the_site_recovers(site):
    assert get(site["port"], "/projekte/")[0] == 200
    stop_cluster(site["directory"])
    try:
        assert_database_fault_page(site, "stopped")
    finally:
        start_cluster(site["directory"], site["db_port"])
    assert get(site["port"], "/projekte/")[0] == 200


def test_a_frozen_database_gives_503_and_the_site_recovers(site):
    assert get(site["port"], "/projekte/")[0] == 200
    pid_file = site["directory"] / "data" / "postmaster.pid"
    postmaster = int(pid_file.read_text().split()[0])
    frozen = [postmaster, *backends(postmaster)]
    for pid in frozen:
        os.kill(pid, signal.SIGSTOP)
    try:
        assert_database_fault_page(site, "frozen")
    finally:
        for pid in frozen:
            # A backend that had already exited (a zombie until the postmaster, continued
            # first, reaps it) is gone by now and needs no continue.
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
    assert get(site["port"], "/projekte/")[0] == 200


@pytest.mark.django_db
def test_every_connection_has_the_connect_and_statement_timeouts():
    from django.db import connection

    assert connection.settings_dict["OPTIONS"]["connect_timeout"] == 3
    assert connection.settings_dict["CONN_MAX_AGE"] == 0
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == ("10s",)


def test_management_commands_run_without_statement_timeout():
    """Migrations, imports and demo data may run long statements on purpose."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_STATEMENT_TIMEOUT"}
    show = "from django.db import connection as c; print(c.cursor().execute('SHOW statement_timeout').fetchone()[0])"  # noqa: E501
    result = subprocess.run(
        [PYTHON, "manage.py", "shell", "--no-imports", "-c", show],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "0"
