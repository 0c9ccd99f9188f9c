"""Issue 13: a clone without ../shared sets up a site with every municipality and the whole OZG
catalogue. The repository is copied (as a clone holds it: no .venv, no .git, nothing beside it)
into an empty folder, and the set-up steps of `make run` run there as separate processes
against a database of their own: migrate, createcachetable, scripts/load_data.sh with the
default DATA_DIR (the copy's data/). The counts then equal those of the shipped files."""

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

pytestmark = pytest.mark.django_db

REPO = Path(settings.BASE_DIR)
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "node_modules",
    ".pgdata",
    ".pgbench",
    "staticfiles",
    "media",
    "test-results",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    "*.egg-info",
)


def shipped_counts(data: Path) -> dict[str, int]:
    """Gemeinden (Satzart 60) of the newest shipped GV100AD, services of the OZG catalogue."""
    (gv100,) = data.glob("gemeindeverzeichnis-gv100ad-*/GV100AD_*.txt")
    lines = gv100.read_text(encoding="utf-8").splitlines()
    with (data / "ozg-katalog-kdn-nrw-2019" / "ozg_leistungen.csv").open(encoding="utf-8") as f:
        services = sum(1 for _row in csv.DictReader(f))
    return {
        "gemeinden": sum(1 for line in lines if line.startswith("60")),
        "kreise": sum(1 for line in lines if line.startswith("40")),
        "services": services,
    }


@pytest.fixture
def scratch_database():
    """A database of its own on the test server (dropped afterwards); yields its URL."""
    db = connection.settings_dict
    name = f"{db['NAME']}_clone"
    server = {
        "host": db["HOST"] or "127.0.0.1",
        "port": db["PORT"] or 5432,
        "user": db["USER"],
        "password": db["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    yield (
        f"postgres://{credentials}@{server['host']}:{server['port']}/{name}",
        {
            **server,
            "dbname": name,
        },
    )
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_clone_without_shared_imports_the_shipped_data(tmp_path, scratch_database):
    url, connect = scratch_database
    clone = tmp_path / "kommunect"
    shutil.copytree(REPO, clone, ignore=NOT_IN_A_CLONE)
    assert not (tmp_path / "shared").exists()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"KOMMUNECT_DATA_DIR", "DATA_DIR", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    environment |= {"DATABASE_URL": url, "DJANGO_ENV": "development"}

    def run(*command, **extra):
        done = subprocess.run(
            command,
            cwd=clone,
            env=environment | extra,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    python = sys.executable
    run(python, "manage.py", "migrate", "--no-input", "-v", "0")
    run(python, "manage.py", "createcachetable")
    # As `make run` does: DATA_DIR defaults to the clone's data/ and is exported.
    data = clone / "data"
    output = run("scripts/load_data.sh", python, str(data), "10", KOMMUNECT_DATA_DIR=str(data))
    assert "Gebietsstand 31.05.2026: importiert" in output
    # Without KOMMUNECT_DATA_DIR the settings point at the same files: nothing new to import.
    assert "nichts zu tun" in run(python, "manage.py", "import_municipalities")

    expected = shipped_counts(data)
    with psycopg.connect(**connect) as conn:
        count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert (
            count("SELECT count(*) FROM municipalities_municipality WHERE level = 'municipality'")
            == expected["gemeinden"]
            == 10_943
        )
        assert (
            count("SELECT count(*) FROM municipalities_municipality WHERE level = 'district'")
            == expected["kreise"]
            == 401
        )
        assert count("SELECT count(*) FROM ozg_service") == expected["services"] == 557
        assert count("SELECT count(*) FROM projects_project") == 10
