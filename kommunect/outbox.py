"""Mail never fails a request and is never lost.

Every message goes through OutboxBackend (MAILERS["default"]): it is stored in the outbox within
the current transaction and handed to the real mailer (MAILERS["delivery"], SMTP in production)
once the transaction commits. A message the mail server refuses or cannot take stays in the
outbox, with the error logged; ``manage.py send_queued_mail`` (cron) retries it.
"""

import copy
import logging
import pickle
from functools import partial

from django.core.mail import mailers
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

from kommunect.models import OutboxMessage

logger = logging.getLogger(__name__)

DELIVERY_MAILER = "delivery"


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        stored = [_store(message) for message in email_messages]
        transaction.on_commit(partial(deliver, [row.pk for row in stored]))
        return len(stored)


def _store(email_message) -> OutboxMessage:
    email_message = copy.copy(email_message)
    email_message._connection = None  # a live connection is not data (no deprecated setter)
    return OutboxMessage.objects.create(
        subject=str(email_message.subject)[:300],
        recipients=", ".join(email_message.recipients()),
        message=pickle.dumps(email_message),
    )


def deliver(pks: list[int] | None = None) -> tuple[int, int]:
    """Send the outbox messages ``pks`` (all if None); return (sent, still queued).

    Each message is locked while it is sent, so that a request and the command running at once
    never send it twice. Never raises for a mail server fault.
    """
    sent = failed = 0
    queryset = (
        OutboxMessage.objects.all() if pks is None else OutboxMessage.objects.filter(pk__in=pks)
    )
    for pk in queryset.values_list("pk", flat=True):
        with transaction.atomic():
            row = OutboxMessage.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if row is None:
                continue  # sent meanwhile, or being sent by another process
            try:
                mailers[DELIVERY_MAILER].send_messages([pickle.loads(row.message)])
            except Exception as error:
                failed += 1
                row.attempts += 1
                row.last_attempt_at = timezone.now()
                row.last_error = f"{type(error).__name__}: {error}"[:2000]
                row.save(update_fields=["attempts", "last_attempt_at", "last_error"])
                logger.warning(
                    "Mail %s to %s not sent (attempt %s), kept in the outbox",
                    row.pk,
                    row.recipients,
                    row.attempts,
                    exc_info=True,
                )
            else:
                sent += 1
                row.delete()
    return sent, failed
