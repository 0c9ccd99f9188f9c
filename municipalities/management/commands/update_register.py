"""manage.py update_register: download the newest GV100AD from Destatis and import it."""

import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kommunect.importing import ImportFileError
from municipalities.importer import DESTATIS, import_register
from municipalities.models import RegisterImport
from municipalities.register_download import DESTATIS_URLS, DownloadError, Offline, newest_edition


class Command(BaseCommand):
    help = (
        "Lädt die neueste Ausgabe des Gemeindeverzeichnisses GV100AD von Destatis herunter und "
        "importiert sie, wenn sie neuer ist als die importierte. Braucht eine Internetverbindung; "
        "für make run nicht nötig."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--url",
            action="append",
            dest="urls",
            help="Adresse eines GV100AD-ZIPs (mehrfach möglich; Standard: die Quartalsausgaben "
            "unter www.destatis.de).",
        )
        parser.add_argument(
            "--save-to",
            type=Path,
            help="Die heruntergeladene GV100AD-Datei in diesem Ordner behalten, z. B. "
            "data/gemeindeverzeichnis-gv100ad-2026 (README dort: Ausgabe ersetzen).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Auch importieren, wenn diese Ausgabe schon importiert ist.",
        )

    def handle(self, *args, urls=None, save_to=None, force=False, **options):
        try:
            edition = newest_edition(urls or DESTATIS_URLS)
        except Offline as error:
            raise CommandError(
                f"{error} Ohne Netz lässt sich keine neue Ausgabe laden; es wurde nichts "
                "geändert. Eine von Hand geladene Datei importiert "
                "„manage.py import_municipalities --gv100 PFAD“."
            ) from error
        except DownloadError as error:
            raise CommandError(f"{error} Es wurde nichts geändert.") from error
        if edition is None:
            raise CommandError(
                "Unter den Adressen liegt keine GV100AD-Ausgabe. Es wurde nichts geändert."
            )
        stand = edition.stand_date
        self.stdout.write(f"Neueste Ausgabe: Gebietsstand {stand:%d.%m.%Y} ({edition.url})")
        last = RegisterImport.objects.filter(publisher=DESTATIS).order_by("-imported_at").first()
        if not force and last and last.data_date and last.data_date >= stand:
            self.stdout.write(
                f"Importiert ist bereits der Gebietsstand {last.data_date:%d.%m.%Y} – nichts zu "
                "tun. Mit --force trotzdem importieren."
            )
            return
        with tempfile.TemporaryDirectory() as scratch:
            path = edition.save(save_to or Path(scratch))
            try:
                result = import_register(path, force=force)
            except ImportFileError as error:
                raise CommandError(f"{error} Es wurde nichts geändert.") from error
            self.stdout.write(result.record.summary)
        if save_to:
            self.stdout.write(f"Gespeichert: {path}")
        self.stdout.write(self.style.SUCCESS(f"{result.record.source}: importiert"))
