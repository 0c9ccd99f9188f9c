"""Running database writers at the same time, each in a thread with its own connection, and
waiting until one of them is blocked by another (no sleep standing in for synchronisation)."""

import threading
import time

from django.db import connection


def run_at_once(*calls) -> list[Exception]:
    """Run each ``(function, *args)`` in a thread of its own (own database connection) and wait
    for all of them; the errors they raised."""
    errors = []

    def run(function, *args):
        try:
            function(*args)
        except Exception as error:  # reported to the test's thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=call) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def backend_pid() -> int:
    """The PostgreSQL backend of this thread's connection, for another thread to watch."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def wait_until_blocked(pid: int, timeout: float = 10.0, poll: float = 0.005) -> None:
    """Return as soon as backend ``pid`` waits for a lock (pg_stat_activity); raise
    AssertionError if it does not within ``timeout`` seconds.

    Works inside a transaction: the statistics snapshot, which PostgreSQL keeps for the rest
    of a transaction, is cleared before each look."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while True:
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = %s", [pid]
            )
            row = cursor.fetchone()
            if row and row[0]:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"Backend {pid} was not blocked within {timeout} s")
            time.sleep(poll)  # the interval between two looks, not a guess at the timing
