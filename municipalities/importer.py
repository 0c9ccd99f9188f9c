"""Import of the municipality register: Destatis GV100AD plus BKG points inside each Gemeinde.

The files are read and validated completely first (municipalities/register_files.py); then all
units are upserted on their official key (AGS) in one transaction, parents before children.
Fields that platform users edit (website, profile, officer_*) and existing slugs are never
touched, and nothing is ever deleted. A newer edition of the register is applied like this:

- A unit whose key vanished while exactly one new key of the same level and Land carries its
  name only changed its key (Hanau 06435014 → 06415000, kreisfrei since 2026; Uder, Obergeckler
  after mergers that kept the name): the row takes the new key, keeps its id, slug, members and
  projects, and the old key redirects.
- Any other unit missing from the file is kept and marked dissolved with the edition's date.
  A dissolved Gemeinde names a successor where the register allows it: among the Gemeinden of
  its Kreis that are new or whose area grew by at least half of its own, the one whose point
  lies nearest to its point (``successor_for``); a Gemeinde split between neighbours (e.g. an
  unincorporated forest) gets the nearest one that took a part. The tests check this for
  Dobitschen → Schmölln and Niedergeckler → Obergeckler (2023 → 2026 editions), not for
  every dissolved Gemeinde. The GV100AD has no predecessor field, so the successor is
  derived, not official; the pages say so.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import connection, transaction
from django.db.models import CharField, F, Func, Value
from django.utils import timezone

from kommunect.importing import ImportFileError, ImportTally, file_checksum
from kommunect.text import german_slug
from municipalities.models import Municipality, RegisterImport
from municipalities.register_files import (
    Entry,
    PointMatch,
    Register,
    attach_points,
    bkg_attribution,
    points_date,
    points_year,
    read_gv100,
    read_points,
)
from municipalities.signals import register_imported

Level = Municipality.Level

DESTATIS = "Statistisches Bundesamt (Destatis)"
BKG = "Bundesamt für Kartographie und Geodäsie (BKG)"
DL_DE_BY_2 = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
DL_DE_BY_2_URL = "https://www.govdata.de/dl-de/by-2-0"

LEVEL_ORDER = [Level.STATE, Level.REGION, Level.DISTRICT, Level.ASSOCIATION, Level.MUNICIPALITY]
LEVEL_TITLES = {
    Level.STATE: "Länder",
    Level.REGION: "Regierungsbezirke",
    Level.DISTRICT: "Kreise",
    Level.ASSOCIATION: "Gemeindeverbände",
    Level.MUNICIPALITY: "Gemeinden",
}
# Who gets the plain slug when names clash: the Gemeinde "kiel", the Kreis "kiel-01002".
SLUG_PRIORITY = {
    Level.MUNICIPALITY: 0,
    Level.DISTRICT: 1,
    Level.STATE: 2,
    Level.REGION: 3,
    Level.ASSOCIATION: 4,
}
REGISTER_FIELDS = [
    "ars",
    "name",
    "official_name",
    "level",
    "kind",
    "kind_label",
    "state_id",
    "parent_id",
    "association_id",
    "population",
    "area_km2",
    "postal_code",
    "seat",
    "dissolved_on",
    "successor_id",
]
POINT_FIELDS = ["latitude", "longitude"]
# Key of the Postgres advisory lock held while the register is written.
IMPORT_LOCK_ID = 0x0F6_0003


GV100_PATTERN = "gemeindeverzeichnis-gv100ad-*/GV100AD_*.txt"
POINTS_PATTERN = "geo-vg5000-*/gemeinden_punkte_vg5000_*.csv"
# Units that the register marks as dissolved: register levels only, never bodies added by hand.
REGISTER_KEY_LENGTHS = (2, 3, 5, 8, 9)


def _from_register(ags: str, row) -> bool:
    return len(ags) in REGISTER_KEY_LENGTHS and row.level != Level.BODY


def _edition(path: Path) -> str:
    """Gebietsstand (JJJJMMTT, columns 3–10 of the first line) of a GV100AD file; "" if none."""
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as file:
            stand = file.readline()[2:10]
    except OSError:
        return ""
    return stand if stand.isdigit() else ""


def default_gv100_path() -> Path:
    """The newest GV100AD edition in KOMMUNECT_DATA_DIR (by its Gebietsstand), e.g.
    data/gemeindeverzeichnis-gv100ad-2026/GV100AD_31052026.txt; the pattern when there is none."""
    data_dir = Path(settings.KOMMUNECT_DATA_DIR)
    files = sorted(data_dir.glob(GV100_PATTERN), key=lambda path: (_edition(path), path.name))
    return files[-1] if files else data_dir / GV100_PATTERN


def default_points_path() -> Path:
    """The newest BKG points file in KOMMUNECT_DATA_DIR (by the year in its name)."""
    data_dir = Path(settings.KOMMUNECT_DATA_DIR)
    files = sorted(data_dir.glob(POINTS_PATTERN), key=lambda p: (points_year(p) or 0, p.name))
    return files[-1] if files else data_dir / POINTS_PATTERN


@dataclass
class ImportResult:
    tally: ImportTally
    skipped: bool = False
    record: RegisterImport | None = None
    points: PointMatch | None = None
    rekeyed: dict[str, str] = field(default_factory=dict)
    dissolved: list[str] = field(default_factory=list)


def assign_slugs(entries: list[Entry], taken: set[str]) -> dict[str, str]:
    """Readable unique slugs for new entries: the plain name if free, else name + AGS."""
    ordered = sorted(entries, key=lambda e: (SLUG_PRIORITY[e.level], -(e.population or 0), e.ags))
    slugs = {}
    for entry in ordered:
        base = german_slug(entry.name) or entry.ags
        slug = base if base not in taken else f"{base}-{entry.ags}"
        counter = 2
        while slug in taken:
            slug, counter = f"{base}-{entry.ags}-{counter}", counter + 1
        taken.add(slug)
        slugs[entry.ags] = slug
    return slugs


def _values(entry: Entry, ids: dict[str, int], with_points: bool) -> dict:
    values = {
        "ars": entry.ars,
        "name": entry.name,
        "official_name": entry.official_name,
        "level": entry.level,
        "kind": entry.kind,
        "kind_label": entry.kind_label,
        "state_id": ids.get(entry.state_ags),
        "parent_id": ids[entry.parent_ags] if entry.parent_ags else None,
        "association_id": ids[entry.association_ags] if entry.association_ags else None,
        "population": entry.population,
        "area_km2": entry.area_km2,
        "postal_code": entry.postal_code,
        "seat": entry.seat,
        "dissolved_on": None,
        "successor_id": None,
    }
    if with_points:
        values["latitude"] = entry.latitude
        values["longitude"] = entry.longitude
    return values


@dataclass
class Changes:
    """What an import did beyond plain updates: keys changed, units dissolved."""

    tally: ImportTally
    renamed: list[int] = field(default_factory=list)  # new name or new key
    rekeyed: dict[str, str] = field(default_factory=dict)  # old key → new key
    dissolved: dict[str, str | None] = field(default_factory=dict)  # key → successor key


@dataclass(frozen=True)
class Row:
    """An existing register row as the import compares it."""

    ags: str
    id: int
    level: str
    name: str
    area_km2: Decimal | None
    latitude: Decimal | None
    longitude: Decimal | None
    dissolved_on: date | None
    compared: tuple


def rekey(register: Register, existing: dict[str, Row]) -> dict[str, str]:
    """Old key → new key of the units that only changed their key: a unit (not yet dissolved)
    missing from the file, and a unit of the file not in the database, with the same level,
    Land and name, each the only one of its kind."""
    in_file = {entry.ags for entry in register.entries}
    vanished = defaultdict(list)
    for ags, row in existing.items():
        if ags not in in_file and row.dissolved_on is None and _from_register(ags, row):
            vanished[(row.level, ags[:2], row.name)].append(ags)
    appeared = defaultdict(list)
    for entry in register.entries:
        if entry.ags not in existing:
            appeared[(entry.level, entry.state_ags, entry.name)].append(entry.ags)
    return {
        old[0]: appeared[key][0]
        for key, old in vanished.items()
        if len(old) == 1 and len(appeared.get(key, ())) == 1
    }


def _distance(a: tuple, b: tuple) -> float:
    """Distance of two (latitude, longitude) points in degrees of latitude (equirectangular)."""
    scale = math.cos(math.radians(float(a[0])))
    return math.hypot(float(a[0] - b[0]), float(a[1] - b[1]) * scale)


def successor_for(row: Row, gemeinden: list[Entry], existing: dict[str, Row]) -> str | None:
    """Key of the Gemeinde that took over the dissolved Gemeinde ``row`` (see module docstring):
    among the ``gemeinden`` of its Kreis in the file that are new or grew by at least half of its
    area, the one nearest to its point; without points, only a single such Gemeinde."""
    area = row.area_km2 or 0
    candidates = []
    for entry in gemeinden:
        before = existing.get(entry.ags)
        growth = (entry.area_km2 or 0) - ((before.area_km2 or 0) if before else 0)
        if before is None or (growth > 0 and growth >= area / 2):
            point = (entry.latitude, entry.longitude)
            if point[0] is None and before is not None:
                point = (before.latitude, before.longitude)
            candidates.append((entry.ags, point))
    if len(candidates) == 1:
        return candidates[0][0]
    here = (row.latitude, row.longitude)
    placed = [(ags, point) for ags, point in candidates if point[0] is not None]
    if here[0] is None or not placed:
        return None
    return min(placed, key=lambda item: (_distance(here, item[1]), item[0]))[0]


def _appended(column: str, value: str) -> Func:
    """SQL array_append(column, value) for an array of strings."""
    return Func(
        F(column),
        Value(value),
        function="array_append",
        output_field=ArrayField(CharField()),
    )


def write_register(register: Register, with_points: bool) -> Changes:
    """Upsert all entries level by level (parents first), move units whose key changed, mark
    the ones missing from the file as dissolved."""
    fields = REGISTER_FIELDS + (POINT_FIELDS if with_points else [])
    extra = ["level", "name", "area_km2", "latitude", "longitude", "dissolved_on"]
    existing = {
        values[0]: Row(*values[:8], compared=values[8:])
        for values in Municipality.objects.values_list("ags", "id", *extra, *fields)
    }
    changes = Changes(tally=ImportTally(), rekeyed=rekey(register, existing))
    for old, new in changes.rekeyed.items():
        moved = Municipality.objects.filter(ags=old)
        moved.update(ags=new, former_ags=_appended("former_ags", old))
        existing[new] = replace(existing.pop(old), ags=new)
        # Its projects are found by its key too: their search vectors hold the new one.
        changes.renamed.append(existing[new].id)
    ids = {ags: row.id for ags, row in existing.items()}
    in_file = {entry.ags for entry in register.entries}
    states_in_file = {ags for ags in in_file if len(ags) == 2}
    vanished = [
        ags
        for ags, row in existing.items()
        if ags not in in_file
        and ags[:2] in states_in_file
        and _from_register(ags, row)
        and row.dissolved_on is None
    ]
    gemeinden_by_kreis = defaultdict(list)
    for entry in register.entries:
        if entry.level == Level.MUNICIPALITY:
            gemeinden_by_kreis[entry.ags[:5]].append(entry)
    for ags in vanished:
        row = existing[ags]
        successor = None
        if row.level == Level.MUNICIPALITY:
            successor = successor_for(row, gemeinden_by_kreis[ags[:5]], existing)
        changes.dissolved[ags] = successor

    new_entries = [entry for entry in register.entries if entry.ags not in existing]
    slugs = assign_slugs(new_entries, set(Municipality.objects.values_list("slug", flat=True)))
    tally = changes.tally
    changed: list[dict] = []
    now = timezone.now()
    by_level = defaultdict(list)
    for entry in register.entries:
        by_level[entry.level].append(entry)
    for level in LEVEL_ORDER:
        title = LEVEL_TITLES[level]
        tally.add(title, "created", 0)
        created = []
        for entry in by_level[level]:
            values = _values(entry, ids, with_points)
            if entry.ags not in existing:
                created.append(Municipality(ags=entry.ags, slug=slugs[entry.ags], **values))
                continue
            row = existing[entry.ags]
            if tuple(values[name] for name in fields) == row.compared:
                tally.add(title, "unchanged")
            else:
                changed.append({"id": row.id, "updated_at": now, **values})
                tally.add(title, "updated")
                if values["name"] != row.name:
                    changes.renamed.append(row.id)
        Municipality.objects.bulk_create(created, batch_size=2000)
        ids.update((row.ags, row.id) for row in created)
        tally.add(title, "created", len(created))
        if level == Level.STATE and created:
            for row in created:
                row.state_id = row.id
            Municipality.objects.bulk_update(created, ["state"])
    update_rows(changed, [*fields, "updated_at"])
    for ags, successor in changes.dissolved.items():
        Municipality.objects.filter(ags=ags).update(
            dissolved_on=register.data_date,
            successor_id=ids[successor] if successor else None,
            updated_at=now,
        )
        if successor:  # earlier predecessors move on to the current successor
            Municipality.objects.filter(successor_id=ids[ags]).update(successor_id=ids[successor])
    return changes


def update_rows(rows: list[dict], fields: list[str]) -> None:
    """Write changed register rows in one UPDATE … FROM unnest(arrays).

    ``bulk_update`` builds one CASE WHEN per field and row; when a new quarterly file changes
    every population it took 146 s for the 16,000 rows (measured), this statement under 1 s.
    """
    if not rows:
        return
    meta = Municipality._meta
    quote = connection.ops.quote_name
    columns = [meta.get_field(name) for name in ["id", *fields]]
    arrays = ", ".join(f"%s::{column.db_type(connection)}[]" for column in columns)
    names = ", ".join(quote(column.column) for column in columns)
    assignments = ", ".join(f"{quote(c.column)} = v.{quote(c.column)}" for c in columns[1:])
    sql = (
        f"UPDATE {quote(meta.db_table)} AS m SET {assignments} "
        f"FROM unnest({arrays}) AS v({names}) WHERE m.id = v.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [[row[name] for row in rows] for name in ["id", *fields]])


def import_register(
    gv100_path: Path | None = None,
    points_path: Path | None = None,
    *,
    use_points: bool = True,
    force: bool = False,
) -> ImportResult:
    """Import the register; skip when the same files were imported last time (unless force).

    Coordinates come from ``points_path`` (default: the BKG points in KOMMUNECT_DATA_DIR, if
    there); without points (``use_points=False``) existing coordinates stay as they are.
    """
    gv100_path = Path(gv100_path or default_gv100_path())
    if use_points and points_path is None and not default_points_path().is_file():
        use_points = False  # no points at the default place: the register alone, as --no-points
    points_path = Path(points_path or default_points_path()) if use_points else None
    sources = [gv100_path] + ([points_path] if points_path else [])
    for path in sources:
        if not path.is_file():
            raise ImportFileError(path, None, "Datei nicht gefunden")
    checksum = file_checksum(*sources)
    last = RegisterImport.objects.filter(publisher=DESTATIS).order_by("-imported_at").first()
    if not force and last and last.checksum == checksum:
        return ImportResult(tally=ImportTally(), skipped=True, record=last)

    register = read_gv100(gv100_path)
    match = None
    if points_path:
        match = attach_points(register.entries, read_points(points_path))

    with transaction.atomic():
        with connection.cursor() as cursor:
            # Two imports started at once (two `make run`s) take turns instead of colliding.
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_ID])
        changes = write_register(register, with_points=bool(points_path))
        tally = changes.tally
        # Receivers (projects: search vectors of renamed owners, facets of owners whose Land,
        # kind or size changed) run once the import is committed, outside its lock; a failed
        # import sends nothing.
        transaction.on_commit(
            lambda: register_imported.send(sender=RegisterImport, renamed_ids=changes.renamed)
        )
        summary = tally.summary()
        if match:
            summary += (
                f"\nKoordinaten: {match.direct + len(match.by_name)} Gemeinden "
                f"({len(match.by_name)} per Namensabgleich: {', '.join(match.by_name)}), "
                f"ohne Punkt: {', '.join(match.missing) or '–'}"
                f"\nKoordinaten: {bkg_attribution(points_path)}"
            )
        if changes.rekeyed:
            moved = ", ".join(f"{old} → {new}" for old, new in changes.rekeyed.items())
            summary += f"\nNeuer Schlüssel (mit Projekten und Mitgliedern): {moved}"
        if changes.dissolved:
            summary += (
                f"\nAufgelöst zum {register.data_date:%d.%m.%Y} (behalten und markiert): "
                f"{len(changes.dissolved)}, davon mit Nachfolgerin: "
                f"{sum(1 for successor in changes.dissolved.values() if successor)}"
            )
        record = RegisterImport.objects.create(
            source=f"Gemeindeverzeichnis GV100AD, Gebietsstand {register.data_date:%d.%m.%Y}",
            publisher=DESTATIS,
            license=DL_DE_BY_2,
            license_url=DL_DE_BY_2_URL,
            data_date=register.data_date,
            checksum=checksum,
            summary=summary,
        )
        if match:
            RegisterImport.objects.create(
                source=f"Gemeindepunkte aus VG5000 – {bkg_attribution(points_path)}",
                publisher=BKG,
                license=DL_DE_BY_2,
                license_url=DL_DE_BY_2_URL,
                data_date=points_date(points_path),
                checksum=file_checksum(points_path),
                summary=(
                    f"Punkte innerhalb der Gemeindeflächen für "
                    f"{match.direct + len(match.by_name)} Gemeinden"
                ),
            )
    return ImportResult(
        tally=tally,
        record=record,
        points=match,
        rekeyed=changes.rekeyed,
        dissolved=list(changes.dissolved),
    )
