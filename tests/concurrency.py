"""Running database writers at the same time, each in a thread with its own connection."""

import threading

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
