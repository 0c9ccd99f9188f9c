"""Rebuild the words of "did you mean" from all published projects (projects/search_words.py)."""

from django.core.management.base import BaseCommand

from projects import search_words


class Command(BaseCommand):
    help = "Baut die Wörter für „Meinten Sie“ aus allen veröffentlichten Projekten neu auf."

    def handle(self, *args, **options):
        count = search_words.refresh()
        self.stdout.write(f"{count} Wörter für „Meinten Sie“.")
