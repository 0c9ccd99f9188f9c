"""Import of the OZG catalogue: upsert of the validated files (ozg/catalogue_files.py).

Upserts on the official keys: TopicField.number, LifeSituation.number, Service.ozg_id,
Process.leika_key (unkeyed processes: their name). Everything is read and validated before the
first write, so a malformed file changes nothing; the writes run in one transaction. An
unchanged set of files (same checksum as the latest CatalogueImport) is skipped unless forced.

- Slugs are made once, on creation (German umlauts transliterated); on a clash the official
  key is appended. Later imports never change a slug, nor a description edited in the admin.
- Rows missing from the files are kept (projects may refer to them); nothing is deleted except
  process-service links that the files no longer contain.
"""

import datetime
import time
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction
from django.utils.text import slugify

from kommunect.importing import ImportTally, file_checksum
from ozg.catalogue_files import (
    FILES,
    catalogue_paths,
    default_directory,
    normalise,
    read_catalogue,
)
from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField

__all__ = ["FILES", "ImportResult", "default_directory", "german_slug", "import_catalogue"]

SOURCE = {
    "source": "OZG-Umsetzungskatalog mit LeiKa-Zuordnung",
    "publisher": (
        "BMI / IT-Planungsrat (OZG-Umsetzungskatalog), FIM (LeiKa); "
        "Aufbereitung: KDN – Dachverband kommunaler IT-Dienstleister NRW"
    ),
    "license": "Verwaltungsdaten, frei veröffentlicht; Aufbereitung MIT",
    "license_url": "https://github.com/kdn-nrw/OZG-Datenbank-NRW",
    # The data rows carry timestamps from October to December 2019.
    "data_date": datetime.date(2019, 12, 31),
}

# Key of the Postgres advisory lock held while the catalogue is written.
IMPORT_LOCK_ID = 0x0F6_0002

GERMAN_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def german_slug(name: str) -> str:
    return slugify(name.translate(GERMAN_TRANSLITERATION))


@dataclass
class ImportResult:
    tally: ImportTally
    skipped: bool
    seconds: float
    record: CatalogueImport | None


def import_catalogue(directory: Path | None = None, *, force: bool = False) -> ImportResult:
    """Upsert the catalogue from `directory`; skip when its files were imported unchanged.

    Raises ImportFileError (nothing written) when a file is malformed.
    """
    started = time.monotonic()
    directory = Path(directory or default_directory())
    paths = catalogue_paths(directory)
    latest = CatalogueImport.objects.order_by("-imported_at", "-pk").first()
    if not force and latest and latest.checksum == file_checksum(*paths):
        return ImportResult(ImportTally(), True, time.monotonic() - started, latest)

    catalogue = read_catalogue(directory)
    tally = ImportTally()
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Two imports started at once (two `make run`s) take turns instead of colliding.
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_ID])
        topic_fields = _upsert_topic_fields(catalogue, tally)
        situations = _upsert_life_situations(catalogue, topic_fields, tally)
        services = _upsert_services(catalogue, topic_fields, situations, tally)
        _upsert_processes(catalogue, services, tally)
        record = CatalogueImport.objects.create(
            **SOURCE, checksum=catalogue.checksum, summary=tally.summary()
        )
    return ImportResult(tally, False, time.monotonic() - started, record)


def _upsert(model, key_field, wanted, fields, existing=None, slug_key=None):
    """Create or update `model` rows so that each of `wanted` ({key: field values}) matches.

    Returns ({key: instance}, created keys, updated keys). New rows get a unique slug made
    from the name (name-key on a clash) when `slug_key` turns a key into the suffix.
    """
    if existing is None:
        existing = {getattr(row, key_field): row for row in model.objects.all()}
    used_slugs = set(model.objects.values_list("slug", flat=True)) if slug_key else set()
    to_create, to_update = [], []
    created, updated = set(), set()
    for key, values in wanted.items():
        instance = existing.get(key)
        if instance is None:
            instance = model(**{key_field: key, **values})
            if slug_key:
                instance.slug = _unique_slug(values["name"], slug_key(key), used_slugs, model)
            to_create.append(instance)
            existing[key] = instance
            created.add(key)
        elif any(getattr(instance, name) != values[name] for name in fields):
            for name in fields:
                setattr(instance, name, values[name])
            to_update.append(instance)
            updated.add(key)
    model.objects.bulk_create(to_create, batch_size=1000)
    if to_update:
        model.objects.bulk_update(to_update, fields, batch_size=500)
    return existing, created, updated


def _tally(tally, kind, wanted, created, updated):
    tally.add(kind, "created", len(created))
    tally.add(kind, "updated", len(updated))
    tally.add(kind, "unchanged", len(wanted) - len(created) - len(updated))


def _unique_slug(name: str, key: str, used: set[str], model) -> str:
    max_length = model._meta.get_field("slug").max_length
    slug = german_slug(name)[:max_length].strip("-") or key
    if slug in used:
        suffix = f"-{key}"
        slug = slug[: max_length - len(suffix)].strip("-") + suffix
    used.add(slug)
    return slug


def _upsert_topic_fields(catalogue, tally):
    wanted = {
        number: {"name": row["name"], "order": row["order"]}
        for number, row in catalogue.topic_fields.items()
    }
    rows, created, updated = _upsert(TopicField, "number", wanted, ["name", "order"], slug_key=str)
    _tally(tally, "Themenfelder", wanted, created, updated)
    return rows


def _upsert_life_situations(catalogue, topic_fields, tally):
    wanted = {
        number: {
            "name": row["name"],
            "kind": row["kind"],
            "topic_field_id": topic_fields[row["topic_number"]].pk,
        }
        for number, row in catalogue.life_situations.items()
    }
    fields = ["name", "kind", "topic_field_id"]
    rows, created, updated = _upsert(LifeSituation, "number", wanted, fields, slug_key=str)
    _tally(tally, "Lebenslagen", wanted, created, updated)
    return rows


def _upsert_services(catalogue, topic_fields, situations, tally):
    wanted = {
        ozg_id: {
            "name": row["name"],
            "topic_field_id": topic_fields[row["topic_number"]].pk,
            "life_situation_id": situations[row["situation_number"]].pk,
        }
        for ozg_id, row in catalogue.services.items()
    }
    fields = ["name", "topic_field_id", "life_situation_id"]
    rows, created, updated = _upsert(Service, "ozg_id", wanted, fields, slug_key=str)
    _tally(tally, "OZG-Leistungen", wanted, created, updated)
    return rows


PROCESS_FIELDS = ["name", "level", "leika_type", "legal_basis", "implied", "parent_id"]


def _process_values(entry: dict, parent_id: int | None = None) -> dict:
    return {
        "name": entry["name"],
        "level": entry["level"],
        "leika_type": entry["leika_type"],
        "legal_basis": entry["legal_basis"],
        "implied": entry.get("implied", False),
        "parent_id": parent_id,
    }


def _upsert_processes(catalogue, services, tally):
    """Leistungsobjekte first, then their Verrichtungen (which need the parent's id), then the
    unkeyed entries (matched by name), then the links to services."""
    keyed, unkeyed = {}, {}
    for process in Process.objects.all():
        if process.leika_key:
            keyed[process.leika_key] = process
        else:
            unkeyed.setdefault(normalise(process.name), process)
    created, updated = set(), set()

    def upsert(wanted, key_field, existing):
        rows, new, changed = _upsert(Process, key_field, wanted, PROCESS_FIELDS, existing)
        created.update(rows[key].pk for key in new)
        updated.update(rows[key].pk for key in changed)
        return rows

    objects = {
        key: _process_values(entry)
        for key, entry in catalogue.processes.items()
        if not entry["parent_key"]
    }
    keyed = upsert(objects, "leika_key", keyed)
    finer = {
        key: _process_values(entry, keyed[entry["parent_key"]].pk)
        for key, entry in catalogue.processes.items()
        if entry["parent_key"]
    }
    keyed = upsert(finer, "leika_key", keyed)
    unkeyed = upsert(
        {name: _process_values(entry) for name, entry in catalogue.unkeyed.items()},
        "name",
        unkeyed,
    )
    wanted_links = {
        (rows[key].pk, services[ozg_id].pk)
        for rows, entries in ((keyed, catalogue.processes), (unkeyed, catalogue.unkeyed))
        for key, entry in entries.items()
        for ozg_id in entry["ozg_ids"]
    }
    relinked = _sync_links(wanted_links) - created
    updated |= relinked
    total = len(catalogue.processes) + len(catalogue.unkeyed)
    tally.add("Prozesse", "created", len(created))
    tally.add("Prozesse", "updated", len(updated))
    tally.add("Prozesse", "unchanged", total - len(created) - len(updated))


def _sync_links(wanted: set[tuple[int, int]]) -> set[int]:
    """Make the process-service links of the imported processes exactly `wanted`.

    Links of processes the files do not mention are left alone. Returns the ids of the
    processes whose links changed.
    """
    through = Process.services.through
    process_ids = {process_id for process_id, _ in wanted}
    existing = {
        (process_id, service_id): link_id
        for link_id, process_id, service_id in through.objects.values_list(
            "id", "process_id", "service_id"
        )
        if process_id in process_ids
    }
    stale = [link_id for pair, link_id in existing.items() if pair not in wanted]
    new = [pair for pair in wanted if pair not in existing]
    if stale:
        through.objects.filter(id__in=stale).delete()
    through.objects.bulk_create(
        [through(process_id=p, service_id=s) for p, s in sorted(new)], batch_size=2000
    )
    changed = {pair[0] for pair in new}
    changed |= {pair[0] for pair, link_id in existing.items() if pair not in wanted}
    return changed
