"""Storing a barrier report and telling the operator about it."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils.translation import gettext as _

from feedback.models import BarrierReport

logger = logging.getLogger(__name__)


def report_barrier(*, message: str, page_url: str = "", name: str = "", email: str = ""):
    """Store the report, then (after the commit) mail it to OPERATOR_EMAIL.

    The stored report is the record: a mail server failure is logged and the report stays in
    the admin ("Gemeldete Barrieren"), so none is lost.
    """
    report = BarrierReport.objects.create(
        message=message, page_url=page_url, name=name, email=email
    )
    recipient = settings.KOMMUNECT_OPERATOR.get("email")
    if recipient:
        transaction.on_commit(lambda: _mail_operator(report, recipient))
    return report


def _mail_operator(report: BarrierReport, recipient: str) -> None:
    body = "\n".join(
        [
            _("Eine Barriere wurde über die Erklärung zur Barrierefreiheit gemeldet."),
            "",
            f"{_('Seite')}: {report.page_url or '–'}",
            f"{_('Name')}: {report.name or '–'}",
            f"{_('E-Mail')}: {report.email or '–'}",
            "",
            report.message,
        ]
    )
    message = EmailMessage(
        _("Barriere gemeldet (Nr. %(pk)s)") % {"pk": report.pk},
        body,
        settings.DEFAULT_FROM_EMAIL,
        [recipient],
        # "Reply" in the operator's mail program answers the reporter.
        reply_to=[report.email] if report.email else None,
    )
    try:
        message.send()
    except Exception:
        logger.exception("Barrier report %s could not be mailed", report.pk)
