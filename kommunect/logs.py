"""Logging filters."""

import logging

from django.core.exceptions import PermissionDenied


class RefusalsWithoutTraceback(logging.Filter):
    """A refused request (PermissionDenied, answered with 403) is an expected event: Django logs
    it at WARNING with the full traceback, which floods the log and hides real faults. Keep the
    one line with path and status, drop the traceback."""

    def filter(self, record):
        if record.exc_info and isinstance(record.exc_info[1], PermissionDenied):
            record.exc_info = None
            record.exc_text = None
        return True
