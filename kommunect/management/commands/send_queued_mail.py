from django.core.management.base import BaseCommand

from kommunect.outbox import deliver


class Command(BaseCommand):
    help = (
        "Send the e-mails kept in the outbox because the mail server failed (run it from cron, "
        "e.g. every five minutes). Messages that fail again stay queued."
    )

    def handle(self, *args, **options):
        sent, queued = deliver()
        self.stdout.write(f"{sent} sent, {queued} still queued.")
