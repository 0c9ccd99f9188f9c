"""Template filters of the project pages: ``{% load project_tags %}``."""

from decimal import Decimal
from pathlib import PurePosixPath

from django import template
from django.utils.numberformat import format as format_number

register = template.Library()


@register.filter
def euro(amount: Decimal | int | None) -> str:
    """An amount in euros, written the German way: ``12.000 €``, ``1.234,50 €``.

    Whole amounts are shown without cents. Non-breaking space before the sign.
    """
    if amount is None or amount == "":
        return ""
    amount = Decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    number = format_number(
        amount,
        decimal_sep=",",
        decimal_pos=places,
        grouping=3,
        thousand_sep=".",
        force_grouping=True,
        use_l10n=False,
    )
    return f"{number}\N{NO-BREAK SPACE}€"


@register.filter
def file_extension(name: str) -> str:
    """``PDF`` for ``projects/attachments/2026/konzept.pdf``."""
    return PurePosixPath(str(name)).suffix.lstrip(".").upper()
