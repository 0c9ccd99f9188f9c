"""Reuse readiness: what a municipality that wants to reuse a project needs from its page, as a
checklist for the authors ("5 von 7") and the search facet "gut nachnutzbar".

The checklist: contact, costs, reuse offer and conditions, documents (attachments or links),
licence and repository (only for open source), lessons learned, and the status confirmed
within ``VALID_MONTHS`` (``last_confirmed``, else the publication date).

The facet must not go stale while nothing is written: ``Project.ready_until`` stores the last
day on which the project counts as ready (the confirmation or publication date plus 12
months, if every other item is met; else NULL). The search compares it with the current date
in its filter and its count (projects/search.py, projects/facets.py). ``refresh_ready_until``
writes it; ``projects.services.common.record`` calls it for every change of a project.

The rule is written twice, once for one loaded project (``checklist``, the page) and once as
one SQL expression (``refresh_ready_until``, any number of rows);
tests/projects/test_readiness.py holds them together.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Case, DateField, Exists, F, Func, OuterRef, Q, Value, When
from django.db.models.functions import Greatest, Least, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.models import Attachment, Project, ProjectLink

VALID_MONTHS = 12


def today() -> datetime.date:
    """The date the search compares ``ready_until`` with (the site's time zone)."""
    return timezone.localdate()


def add_months(day: datetime.date, months: int = VALID_MONTHS) -> datetime.date:
    """``day`` plus ``months``, as PostgreSQL adds an interval: 29 Feb + 12 months = 28 Feb."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=last)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


@dataclass
class Item:
    key: str
    label: str
    done: bool
    anchor: str  # id of the field in the edit form ("" for an action on the page)
    hint: str


@dataclass
class Checklist:
    items: list[Item]
    confirmed_until: datetime.date | None  # last day the confirmation counts

    @property
    def done(self) -> int:
        return sum(item.done for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def missing(self) -> list[Item]:
        return [item for item in self.items if not item.done]

    @property
    def is_complete(self) -> bool:
        return self.done == self.total


def _confirmed_on(project: Project) -> datetime.date | None:
    published = timezone.localdate(project.published_at) if project.published_at else None
    dates = [d for d in (project.last_confirmed, published) if d is not None]
    return min(max(dates), today()) if dates else None


def checklist(project: Project) -> Checklist:
    """The checklist of a project loaded with its links and attachments (``for_detail``): no
    query."""
    has_documents = bool(project.links.all()) or bool(project.attachments.all())
    confirmed_on = _confirmed_on(project)
    confirmed_until = add_months(confirmed_on) if confirmed_on else None
    items = [
        Item(
            "contact",
            _("Ansprechperson mit E-Mail oder Telefon"),
            bool(project.contact_name and (project.contact_email or project.contact_phone)),
            "id_contact_name",
            _("Wen Nachnutzende fragen können."),
        ),
        Item(
            "costs",
            _("Kosten"),
            project.cost_one_off is not None or project.cost_annual is not None,
            "id_cost_one_off",
            _("Einmalige oder jährliche Kosten, auch 0 €."),
        ),
        Item(
            "reuse",
            _("Nachnutzungsangebot und Bedingungen"),
            bool(project.reuse_offered and project.reuse_offer and project.reuse_conditions),
            "id_reuse_offered",
            _("Was Nachnutzende erhalten und unter welchen Bedingungen."),
        ),
        Item(
            "documents",
            _("Unterlagen (Anhänge oder Links)"),
            has_documents,
            "links",
            _("Konzepte, Ausschreibungen, Verträge, Handbücher."),
        ),
    ]
    if project.is_open_source:
        items.append(
            Item(
                "open_source",
                _("Lizenz und Quellcode-Repository"),
                bool(project.license and project.repository_url),
                "id_license",
                _("Für Open Source: unter welcher Lizenz und wo der Code liegt."),
            )
        )
    items += [
        Item(
            "lessons",
            _("Erfahrungen"),
            bool(project.lessons_learned),
            "id_lessons_learned",
            _("Was nicht funktioniert hat, was Sie anders machen würden."),
        ),
        Item(
            "confirmed",
            _("Stand in den letzten 12 Monaten bestätigt"),
            confirmed_until is not None and confirmed_until >= today(),
            "",
            _("Bestätigen Sie, dass die Angaben noch aktuell sind."),
        ),
    ]
    return Checklist(items, confirmed_until)


def ready_until(project: Project) -> datetime.date | None:
    """What ``refresh_ready_until`` stores for ``project`` (loaded as for ``checklist``)."""
    result = checklist(project)
    if all(item.done for item in result.items if item.key != "confirmed"):
        return result.confirmed_until
    return None


def _ready_condition() -> Q:
    documents = Exists(ProjectLink.objects.filter(project=OuterRef("pk"))) | Exists(
        Attachment.objects.filter(project=OuterRef("pk"))
    )
    return (
        ~Q(contact_name="")
        & (~Q(contact_email="") | ~Q(contact_phone=""))
        & (Q(cost_one_off__isnull=False) | Q(cost_annual__isnull=False))
        & Q(reuse_offered=True)
        & ~Q(reuse_offer="")
        & ~Q(reuse_conditions="")
        & Q(documents)
        & (Q(is_open_source=False) | (~Q(license="") & ~Q(repository_url="")))
        & ~Q(lessons_learned="")
        & (Q(last_confirmed__isnull=False) | Q(published_at__isnull=False))
    )


def _ready_until_expression(on: datetime.date):
    confirmed_on = Least(
        Greatest(F("last_confirmed"), TruncDate("published_at")),
        Value(on),
        output_field=DateField(),
    )
    return Func(
        confirmed_on,
        template=f"(%(expressions)s + interval '{VALID_MONTHS} months')::date",
        output_field=DateField(),
    )


def refresh_ready_until(project_ids=None, *, fresh=False) -> int:
    """Store ``ready_until`` for the given projects (ids or a subquery of them; all if None).
    ``fresh``: rows whose ``ready_until`` is still NULL from their INSERT (demo seeding): only
    the ready ones are written. One UPDATE."""
    rows = (
        Project.objects.all() if project_ids is None else Project.objects.filter(pk__in=project_ids)
    )
    expiry = _ready_until_expression(today())
    if fresh:
        return rows.filter(_ready_condition()).update(ready_until=expiry)
    return rows.update(
        ready_until=Case(
            When(_ready_condition(), then=expiry), default=None, output_field=DateField()
        )
    )
