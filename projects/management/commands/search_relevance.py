from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from projects.relevance import (
    DEPTH,
    JUDGMENTS,
    figures,
    figures_by_kind,
    load_judgments,
    run,
    seeded_archetypes,
)

NO_DEMO = (
    "Keine veröffentlichten Demo-Projekte mit Vorlage in der Datenbank. Die Bewertung braucht "
    "Demo-Inhalte, z. B.: manage.py seed_demo --projects 1000 --seed 1 --clear "
    "(Demo-Projekte von vor der Migration projects 0021 kennen ihre Vorlage nicht: --clear)."
)


class Command(BaseCommand):
    help = (
        f"Misst die Suchqualität an der bewerteten Anfragenliste: recall@{DEPTH} und "
        f"nDCG@{DEPTH}, gesamt und je Art der Anfrage (-v 2: Fehlende je Anfrage). "
        "Braucht Demo-Inhalte (seed_demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--judgments",
            type=Path,
            default=JUDGMENTS,
            help="Bewertete Anfragen (TOML, Standard tests/projects/relevance/judgments.toml).",
        )

    def handle(self, *args, judgments, verbosity, **options):
        try:
            judged = load_judgments(judgments)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CommandError(f"Bewertungsdatei {judgments} nicht lesbar: {error}") from error
        seeded = seeded_archetypes()
        if not seeded:
            raise CommandError(NO_DEMO)
        absent = sorted({key for j in judged for key in j.expected} - seeded)
        if absent:
            # A judged archetype without a published project cannot be found; such queries
            # would measure the seed, not the search.
            self.stderr.write(
                self.style.WARNING(
                    f"{len(absent)} bewertete Vorlagen haben kein veröffentlichtes Demo-Projekt "
                    f"(mehr Projekte seeden); ihre Anfragen werden übersprungen: "
                    f"{', '.join(absent)}"
                )
            )
            judged = [j for j in judged if not set(j.expected) & set(absent)]
        outcomes = run(judged)

        if verbosity >= 2:
            for outcome in outcomes:
                if outcome.missed:
                    self.stdout.write(
                        f"[{outcome.judgment.kind}] {outcome.judgment.q!r}: fehlt "
                        f"{', '.join(outcome.missed)}; Top {DEPTH}: "
                        f"{', '.join(outcome.ranked) or '(keine Treffer)'}"
                    )
            self.stdout.write("")

        self.stdout.write(
            f"{'Art':<14} {'Anfragen':>8} {'bewertet':>8} {'gefunden':>8} "
            f"{'recall@' + str(DEPTH):>10} {'nDCG@' + str(DEPTH):>8}"
        )
        rows = [*figures_by_kind(outcomes).items(), ("gesamt", figures(outcomes))]
        for kind, f in rows:
            self.stdout.write(
                f"{kind:<14} {f.queries:>8} {f.judged:>8} {f.found:>8} "
                f"{f.recall:>10.3f} {f.ndcg:>8.3f}"
            )
