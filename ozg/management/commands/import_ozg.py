"""manage.py import_ozg [--directory DIR] [--force]: import the OZG catalogue (ozg/importer.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.timezone import localtime

from kommunect.importing import ImportFileError
from ozg.importer import default_directory, import_catalogue


class Command(BaseCommand):
    help = (
        "Importiert den OZG-Katalog (Themenfelder, Lebenslagen, OZG-Leistungen, LeiKa-Zuordnung) "
        "aus den CSV-Dateien des KDN-Exports. Wiederholbar: aktualisiert über die amtlichen "
        "Schlüssel und überspringt unveränderte Dateien."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--directory",
            type=Path,
            default=None,
            help="Ordner mit themenfelder.csv, lebenslagen.csv, ozg_leistungen.csv und "
            f"leika_zu_ozg.csv (Standard: {default_directory()}).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Auch importieren, wenn die Dateien seit dem letzten Import unverändert sind.",
        )

    def handle(self, *args, directory=None, force=False, **options):
        try:
            result = import_catalogue(directory, force=force)
        except ImportFileError as error:
            raise CommandError(f"OZG-Katalog nicht importiert, nichts geändert. {error}") from error
        if result.skipped:
            imported_at = localtime(result.record.imported_at)
            self.stdout.write(
                f"OZG-Katalog unverändert seit dem Import vom {imported_at:%d.%m.%Y %H:%M} "
                "(gleiche Prüfsumme); nichts geändert. Mit --force trotzdem einlesen."
            )
            return
        self.stdout.write(result.tally.summary())
        self.stdout.write(self.style.SUCCESS(f"OZG-Katalog importiert in {result.seconds:.1f} s."))
