#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kommunect.settings")
    # Migrations, imports and demo data may run long statements on purpose; the statement
    # timeout (settings.DATABASE_STATEMENT_TIMEOUT) is for web requests.
    os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "0")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
