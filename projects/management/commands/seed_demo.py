from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from projects.demo.seeding import MissingSourceData, clear_demo_projects, seed_demo_projects
from projects.models import Project

MISSING = {
    "municipalities": (
        "Keine Kommunen in der Datenbank. Bitte zuerst das Gemeindeverzeichnis importieren: "
        "manage.py import_municipalities --gv100 …"
    ),
    "services": (
        "Keine OZG-Leistungen in der Datenbank. Bitte zuerst den OZG-Katalog importieren: "
        "manage.py import_ozg"
    ),
}


class Command(BaseCommand):
    help = (
        "Legt realistische Demo-Projekte und -Ideen an (is_demo), deterministisch je --seed. "
        "Braucht den importierten OZG-Katalog und das Gemeindeverzeichnis."
    )

    def add_arguments(self, parser):
        parser.add_argument("--projects", type=int, default=300, help="Anzahl (Standard 300).")
        parser.add_argument("--seed", type=int, default=1, help="Zufallsstartwert (Standard 1).")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Auch anlegen, wenn die Datenbank echte (Nicht-Demo-)Projekte enthält.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Nichts tun, wenn es schon Projekte gibt (für wiederholtes make run).",
        )
        parser.add_argument(
            "--clear",
            action="store_true",
            help="Vorher alle Demo-Projekte löschen (mit --projects 0: nur löschen).",
        )

    def handle(self, *args, projects, seed, force, if_empty, clear, **options):
        if projects < 0:
            raise CommandError("--projects darf nicht negativ sein.")
        if if_empty and Project.objects.exists():
            self.stdout.write("Es gibt bereits Projekte; es werden keine Demo-Projekte angelegt.")
            return
        # Only adding demo projects can mix them into real content; clearing alone is safe.
        real = Project.objects.filter(is_demo=False).count() if projects else 0
        if real and not force:
            raise CommandError(
                f"Die Datenbank enthält {real} echte Projekte (keine Demo-Inhalte). "
                "Demo-Projekte werden nur mit --force dazugelegt."
            )
        try:
            with transaction.atomic():
                if clear:
                    deleted = clear_demo_projects()
                    self.stdout.write(f"{deleted} Demo-Projekte gelöscht.")
                if projects == 0:
                    return
                result = seed_demo_projects(projects, seed)
        except MissingSourceData as missing:
            raise CommandError(MISSING[str(missing)]) from missing
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.created} Demo-Einträge angelegt ({result.ideas} Ideen) "
                f"in {result.seconds:.1f} s (Startwert {seed})."
            )
        )
