import datetime

from allauth.core import ratelimit
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from feedback.forms import BarrierReportForm
from feedback.services import report_barrier

# Update STATEMENT_REVIEWED whenever the statement is checked against the site again.
STATEMENT_CREATED = datetime.date(2026, 12, 6)
STATEMENT_REVIEWED = datetime.date(2026, 12, 6)


def accessibility_statement(request: HttpRequest) -> HttpResponse:
    """The statement (BITV 2.0 § 7) with the form to report a barrier."""
    form = BarrierReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Per IP: the form is open to everyone (ACCOUNT_RATE_LIMITS["barrier_report"]).
        if ratelimit.consume(request, action="barrier_report"):
            report_barrier(**form.cleaned_data)
            messages.success(
                request,
                _(
                    "Vielen Dank, Ihre Meldung ist eingegangen. Wenn Sie eine E-Mail-Adresse "
                    "angegeben haben, antworten wir spätestens innerhalb eines Monats."
                ),
            )
            return redirect("legal:accessibility")
        form.add_error(
            None,
            _(
                "Sie haben in kurzer Zeit zu viele Meldungen gesendet. Bitte versuchen Sie es "
                "in einer Stunde erneut oder schreiben Sie eine E-Mail."
            ),
        )
    return render(
        request,
        "legal/accessibility.html",
        {"form": form, "created": STATEMENT_CREATED, "reviewed": STATEMENT_REVIEWED},
    )
