"""manage.py import_municipalities: the official municipality register (Destatis GV100AD)."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from kommunect.importing import ImportFileError
from municipalities.importer import default_gv100_path, default_points_path, import_register


class Command(BaseCommand):
    help = (
        "Importiert das Gemeindeverzeichnis GV100AD (Destatis, Festbreitenformat) und die "
        "Gemeindepunkte (BKG VG5000). Idempotent; unveränderte Dateien werden übersprungen."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--gv100",
            type=Path,
            help=f"GV100AD-Datei (Standard: {default_gv100_path()})",
        )
        points = parser.add_mutually_exclusive_group()
        points.add_argument(
            "--points",
            type=Path,
            help=f"CSV mit Gemeindepunkten (Standard: {default_points_path()})",
        )
        points.add_argument(
            "--no-points",
            action="store_true",
            help="Koordinaten nicht einlesen (vorhandene bleiben unverändert).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Auch importieren, wenn die Dateien seit dem letzten Import unverändert sind.",
        )

    def handle(self, *args, gv100=None, points=None, no_points=False, force=False, **options):
        started = time.perf_counter()
        try:
            result = import_register(gv100, points, use_points=not no_points, force=force)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        seconds = time.perf_counter() - started
        if result.skipped:
            self.stdout.write(
                "Gemeindeverzeichnis unverändert seit dem Import vom "
                f"{timezone.localtime(result.record.imported_at):%d.%m.%Y %H:%M} – nichts zu tun "
                f"({seconds:.2f} s). Mit --force erneut importieren."
            )
            return
        self.stdout.write(result.record.summary)
        self.stdout.write(
            self.style.SUCCESS(f"{result.record.source}: importiert in {seconds:.1f} s")
        )
