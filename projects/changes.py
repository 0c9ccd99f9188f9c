"""Snapshots of a project's editable content, and the differences between two snapshots.

A snapshot is a JSON-serialisable dict: scalar fields as strings (or None), relations as sorted
lists of primary keys, tags as sorted names, links as [title, url] pairs. ProjectEvent stores one
per version; the history, the edit-conflict message and "restore version" all read them.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from municipalities.models import Municipality
from ozg.models import Process, Service
from projects.models import Project

SCALAR_FIELDS = [
    "kind",
    "title",
    "summary",
    "description",
    "status",
    "start_date",
    "end_date",
    "owner",
    "target_groups",
    "value_proposition",
    "benefit_evidence",
    "cost_one_off",
    "cost_annual",
    "funding_programme",
    "technology",
    "is_open_source",
    "license",
    "repository_url",
    "reuse_offered",
    "reuse_offer",
    "reuse_conditions",
    "lessons_learned",
    "based_on",
    "reuse_kind",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "cover_image",
    "cover_alt_text",
]
RELATION_FIELDS = {"partners": Municipality, "services": Service, "processes": Process}
# Scalar foreign keys: stored in a snapshot as the primary key, named through their model.
FOREIGN_KEYS = {"owner": Municipality, "based_on": Project}
EDITABLE_FIELDS = [*SCALAR_FIELDS, *RELATION_FIELDS, "tags", "links"]
EXTRA_LABELS = {"tags": _("Schlagworte"), "links": _("Links")}
# Amounts: a form gives Decimal("8000"), the database Decimal("8000.00"); both mean the same.
DECIMAL_FIELDS = {"cost_one_off", "cost_annual"}


def _scalar(value):
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, date | Decimal):
        return str(value)
    if isinstance(value, list):
        return sorted(str(item) for item in value)
    if hasattr(value, "name"):  # FieldFile
        return value.name or ""
    return str(value)


def _amount(value) -> Decimal | None:
    """A stored amount (Decimal, or its string in a snapshot) as a Decimal with two places."""
    if value in (None, ""):
        return None
    try:
        return Decimal(value).quantize(Decimal("0.01"))
    except ArithmeticError:  # not a number: compared and shown as it is
        return None


def scalar_values(project: Project) -> dict:
    """The scalar part of a snapshot, read from the instance (no query)."""
    values = {}
    for name in SCALAR_FIELDS:
        if name in FOREIGN_KEYS:
            values[name] = getattr(project, f"{name}_id")
        elif name in DECIMAL_FIELDS:
            amount = _amount(getattr(project, name))
            values[name] = None if amount is None else str(amount)
        else:
            values[name] = _scalar(getattr(project, name))
    return values


def project_snapshot(project: Project) -> dict:
    """Full snapshot of the stored project. Costs five queries (relations, tags, links)."""
    snapshot = scalar_values(project)
    for name in RELATION_FIELDS:
        snapshot[name] = sorted(getattr(project, name).values_list("pk", flat=True))
    snapshot["tags"] = sorted(project.tags.names())
    snapshot["links"] = [[link.title, link.url] for link in project.links.all()]
    return snapshot


def _differs(name: str, old, new) -> bool:
    if name in DECIMAL_FIELDS and _amount(old) is not None and _amount(new) is not None:
        return _amount(old) != _amount(new)
    if isinstance(old, str) and isinstance(new, str):  # CRLF stored by older saves
        return _lf(old) != _lf(new)
    return old != new


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def diff(before: dict, after: dict) -> dict:
    """{field: {"old": …, "new": …}} for every editable field whose value differs (amounts by
    value, so that an older snapshot's "8000" equals "8000.00"; texts regardless of CRLF)."""
    return {
        name: {"old": before.get(name), "new": after.get(name)}
        for name in EDITABLE_FIELDS
        if _differs(name, before.get(name), after.get(name))
    }


def filled(changes: dict) -> dict:
    """The changes whose new value is filled in: a new project's first version lists what was
    entered, not every field left empty (None, "", no relations, an unticked box)."""
    return {
        name: change
        for name, change in changes.items()
        if change["new"] not in (None, "", [], False)
    }


def compose(changes_list: list[dict]) -> dict:
    """One change dict for several successive ones (oldest first): per field the first old
    and the last new value, in form order; fields changed and changed back are left out."""
    composed = {}
    for changes in changes_list:
        for name, change in changes.items():
            first = composed.get(name, change)
            composed[name] = {"old": first["old"], "new": change["new"]}
    return {
        name: composed[name]
        for name in EDITABLE_FIELDS
        if name in composed and _differs(name, composed[name]["old"], composed[name]["new"])
    }


@dataclass
class FieldChange:
    field: str
    label: str
    old: str
    new: str


def field_label(name: str) -> str:
    if name in EXTRA_LABELS:
        return str(EXTRA_LABELS[name])
    return str(Project._meta.get_field(name).verbose_name)


def _related_names(changes_list: list[dict]) -> dict:
    """Names of all related objects mentioned in the given changes, in one query per model."""
    wanted = {name: set() for name in [*RELATION_FIELDS, *FOREIGN_KEYS]}
    for changes in changes_list:
        for name, change in changes.items():
            if name in wanted:
                for value in (change["old"], change["new"]):
                    if isinstance(value, list):
                        wanted[name].update(value)
                    elif value is not None:
                        wanted[name].add(value)
    names = {}
    for name, ids in wanted.items():
        model = FOREIGN_KEYS.get(name) or RELATION_FIELDS[name]
        if ids:
            names[name] = {obj.pk: str(obj) for obj in model.objects.filter(pk__in=ids)}
    return names


def _display(name: str, value, names: dict) -> str:
    if value in (None, "", []):
        return "–"
    if name in names or name in RELATION_FIELDS or name in FOREIGN_KEYS:
        lookup = names.get(name, {})
        if isinstance(value, list):
            return ", ".join(lookup.get(pk, f"#{pk}") for pk in value)
        return lookup.get(value, f"#{value}")
    if name == "links":
        return ", ".join(f"{title} ({url})" for title, url in value)
    if name == "tags":
        return ", ".join(value)
    if isinstance(value, bool):
        return str(_("ja") if value else _("nein"))
    if name in DECIMAL_FIELDS and _amount(value) is not None:
        return f"{number_format(_amount(value), decimal_pos=2, force_grouping=True)} €"
    field = Project._meta.get_field(name)
    choices = dict(
        field.choices or getattr(getattr(field, "base_field", None), "choices", ()) or ()
    )
    if isinstance(value, list):
        return ", ".join(str(choices.get(item, item)) for item in value)
    return str(choices.get(value, value))


def describe(changes_list: list[dict]) -> list[list[FieldChange]]:
    """Readable rows for several change dicts at once (related names in one query per model)."""
    names = _related_names(changes_list)
    return [
        [
            FieldChange(
                field=name,
                label=field_label(name),
                old=_display(name, change["old"], names),
                new=_display(name, change["new"], names),
            )
            for name, change in changes.items()
            # Events recorded before amounts were compared by value may hold "8000" → "8000.00".
            if name in EDITABLE_FIELDS and _differs(name, change["old"], change["new"])
        ]
        for changes in changes_list
    ]
