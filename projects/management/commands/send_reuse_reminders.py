from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from projects.models import ReuseRequest
from projects.services.requests import REMIND_AFTER_DAYS, request_remind


class Command(BaseCommand):
    help = (
        "Remind the asked municipality of reuse requests still unanswered after "
        f"{REMIND_AFTER_DAYS} days, once per request (run it from cron, e.g. daily)."
    )

    def handle(self, *args, **options):
        due = ReuseRequest.objects.filter(
            state=ReuseRequest.State.OPEN,
            reminded_at__isnull=True,
            created_at__lte=timezone.now() - timedelta(days=REMIND_AFTER_DAYS),
        ).order_by("created_at", "pk")
        sent = sum(request_remind(request) for request in due.only("pk").iterator())
        self.stdout.write(f"{sent} reminders sent.")
