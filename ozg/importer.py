"""Import of the OZG catalogue with its LeiKa assignment (KDN NRW edition, autumn 2019).

Reads four CSV files (see shared/data/SOURCES.md, section 3) and upserts them on their official
keys: TopicField.number, LifeSituation.number, Service.ozg_id, Process.leika_key.

Everything is read and validated before the first write; a malformed file raises
ImportFileError(path, line, reason) and nothing is written. The writes run in one transaction.
An unchanged set of files (same checksum as the latest CatalogueImport) is skipped unless forced.

Rules the source leaves open, decided here:
- Process levels come from the 14-digit key (LLLLLLLL VVV DDD): Leistungsobjekt when the last six
  digits are 0, Verrichtung when the last three are 0, otherwise Verrichtungsdetail. Every
  Verrichtung and Verrichtungsdetail has its Leistungsobjekt (first 8 digits + 000000) as parent.
- A Leistungsobjekt that is not a row of its own is created as implied. Its name is the name of
  one of its children up to the Verrichtung (e.g. "Mindestlohn Anmeldung" -> "Mindestlohn"); the
  Verrichtung words are learned from the file's own object/Verrichtung pairs with the same
  Verrichtung code.
- A Leistungsobjekt links to its own OZG service and to the services of its Verrichtungen, so
  that a service reached through a Verrichtung still lists the Leistungsobjekt users browse.
  Verrichtungen and details link to the service(s) of their own rows.
- Entries "nicht im LeiKa" have no key: level "unkeyed", one process per name (whitespace
  normalised), linked to every service that lists it.
- LifeSituation.kind (the source has no citizens/businesses flag): the 17 Geschäftslagen of the
  OZG catalogue (all of the topic field "Unternehmensführung & -entwicklung" plus the named
  ones in BUSINESS_SITUATIONS) and "Querschnitt Unternehmen" are businesses, "Weitere
  Leistungen" is other, every other life situation is for citizens.
- Slugs are made once, on creation (German umlauts transliterated); on a clash the official
  key is appended. Later imports never change a slug, nor a description edited in the admin.
- Rows missing from the files are kept (projects may refer to them); nothing is deleted except
  process-service links that the files no longer contain.
"""

import csv
import datetime
import io
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from kommunect.importing import ImportFileError, ImportTally, file_checksum
from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField

DIRECTORY_NAME = "ozg-katalog-kdn-nrw-2019"
TOPIC_FIELDS_FILE = "themenfelder.csv"
LIFE_SITUATIONS_FILE = "lebenslagen.csv"
SERVICES_FILE = "ozg_leistungen.csv"
PROCESSES_FILE = "leika_zu_ozg.csv"
FILES = (TOPIC_FIELDS_FILE, LIFE_SITUATIONS_FILE, SERVICES_FILE, PROCESSES_FILE)

UNKEYED_MARKER = "nicht im LeiKa"
OZG_ID_PATTERN = re.compile(r"\d{5}")
LEIKA_KEY_PATTERN = re.compile(r"\d{14}")
NUMBER_PATTERN = re.compile(r"\d{1,9}")

BUSINESS_TOPIC_FIELD = "Unternehmensführung & -entwicklung"
BUSINESS_SITUATIONS = frozenset(
    {
        "Abfall & Umweltschutz",
        "Anlagen & Stoffe",
        "Auslandsgeschäft",
        "Bauen & Immobilien",
        "Finanzierung & Förderung",
        "Forschung & Entwicklung",
        "Gerichtliche und außergerichtliche Verfahren",
        "Logistik & Transport",
        "Steuern & Abgaben",
        "Querschnitt Unternehmen",
    }
)
OTHER_SITUATIONS = frozenset({"Weitere Leistungen"})

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

GERMAN_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def default_directory() -> Path:
    return Path(settings.KOMMUNECT_DATA_DIR) / DIRECTORY_NAME


def german_slug(name: str) -> str:
    return slugify(name.translate(GERMAN_TRANSLITERATION))


def life_situation_kind(name: str, topic_field_name: str) -> str:
    if name in OTHER_SITUATIONS:
        return LifeSituation.Kind.OTHER
    if topic_field_name == BUSINESS_TOPIC_FIELD or name in BUSINESS_SITUATIONS:
        return LifeSituation.Kind.BUSINESSES
    return LifeSituation.Kind.CITIZENS


def leika_level(key: str) -> str:
    if key.endswith("000000"):
        return Process.Level.OBJECT
    if key.endswith("000"):
        return Process.Level.ACTION
    return Process.Level.DETAIL


def object_key(key: str) -> str:
    return key[:8] + "000000"


def normalise(text: str) -> str:
    return " ".join(text.split())


# --- Reading and validating ------------------------------------------------------------------


@dataclass
class Catalogue:
    """The validated content of the four files, keyed by official keys."""

    checksum: str
    topic_fields: dict[int, dict] = field(default_factory=dict)
    life_situations: dict[int, dict] = field(default_factory=dict)
    services: dict[str, dict] = field(default_factory=dict)
    # Keyed processes by LeiKa key, unkeyed ones by normalised name. Values hold the fields of
    # Process plus "parent_key" and "ozg_ids".
    processes: dict[str, dict] = field(default_factory=dict)
    unkeyed: dict[str, dict] = field(default_factory=dict)


class CsvFile:
    """Rows of one catalogue CSV as dicts with their line numbers; raises ImportFileError."""

    def __init__(self, path: Path, required: tuple[str, ...]):
        self.path = path
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ImportFileError(path, None, "Datei fehlt.") from None
        except OSError as error:
            raise ImportFileError(path, None, f"Datei nicht lesbar ({error.strerror}).") from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise ImportFileError(
                path,
                line,
                f"Die Datei ist nicht UTF-8-kodiert (ungültiges Byte 0x{raw[error.start]:02x}).",
            ) from None
        self.reader = csv.reader(io.StringIO(text, newline=""))
        try:
            self.header = [name.strip() for name in next(self.reader)]
        except StopIteration:
            raise ImportFileError(path, 1, "Die Datei ist leer.") from None
        except csv.Error as error:
            raise ImportFileError(path, 1, f"Kopfzeile nicht lesbar ({error}).") from None
        missing = [name for name in required if name not in self.header]
        if missing:
            raise ImportFileError(
                path,
                1,
                f"Spalte(n) fehlen: {', '.join(missing)} (erwartet: {', '.join(required)}).",
            )

    def __iter__(self):
        """Yield (line number, row dict) for each non-empty data row."""
        count = 0
        while True:
            try:
                values = next(self.reader)
            except StopIteration:
                break
            except csv.Error as error:
                raise ImportFileError(
                    self.path, self.reader.line_num, f"CSV-Fehler: {error}."
                ) from None
            if not values:
                continue
            if len(values) != len(self.header):
                raise ImportFileError(
                    self.path,
                    self.reader.line_num,
                    f"Die Zeile hat {len(values)} statt {len(self.header)} Spalten.",
                )
            count += 1
            yield self.reader.line_num, dict(zip(self.header, values, strict=True))
        if not count:
            raise ImportFileError(self.path, None, "Die Datei enthält keine Datenzeilen.")

    def error(self, line: int, reason: str) -> ImportFileError:
        return ImportFileError(self.path, line, reason)

    def number(self, line: int, value: str, label: str) -> int:
        value = value.strip()
        if not NUMBER_PATTERN.fullmatch(value):
            raise self.error(line, f"{label} „{value}“ ist keine Zahl.")
        return int(value)

    def name(self, line: int, value: str, label: str, max_length: int) -> str:
        value = normalise(value)
        if not value:
            raise self.error(line, f"{label} fehlt.")
        if len(value) > max_length:
            raise self.error(line, f"{label} ist länger als {max_length} Zeichen.")
        return value


def _max_length(model, field_name: str) -> int:
    return model._meta.get_field(field_name).max_length


def catalogue_paths(directory: Path) -> list[Path]:
    """The four files in reading order; ImportFileError if one is missing."""
    paths = [Path(directory) / name for name in FILES]
    for path in paths:
        if not path.is_file():
            raise ImportFileError(path, None, "Datei fehlt.")
    return paths


def read_catalogue(directory: Path) -> Catalogue:
    """Read and validate all four files; nothing touches the database."""
    directory = Path(directory)
    catalogue = Catalogue(checksum=file_checksum(*catalogue_paths(directory)))
    _read_topic_fields(catalogue, directory / TOPIC_FIELDS_FILE)
    _read_life_situations(catalogue, directory / LIFE_SITUATIONS_FILE)
    _read_services(catalogue, directory / SERVICES_FILE)
    _read_processes(catalogue, directory / PROCESSES_FILE)
    return catalogue


def _read_topic_fields(catalogue: Catalogue, path: Path) -> None:
    rows = CsvFile(path, ("themenfeld_id", "themenfeld"))
    lines = {}
    for line, row in rows:
        number = rows.number(line, row["themenfeld_id"], "Themenfeld-Nummer")
        if number in lines:
            raise rows.error(
                line, f"Themenfeld {number} steht doppelt (auch Zeile {lines[number]})."
            )
        lines[number] = line
        name = rows.name(
            line, row["themenfeld"], "Name des Themenfelds", _max_length(TopicField, "name")
        )
        catalogue.topic_fields[number] = {"name": name}
    for order, number in enumerate(sorted(catalogue.topic_fields), start=1):
        catalogue.topic_fields[number]["order"] = order


def _read_life_situations(catalogue: Catalogue, path: Path) -> None:
    rows = CsvFile(path, ("lebenslage_id", "lebenslage", "themenfeld_id"))
    lines = {}
    for line, row in rows:
        number = rows.number(line, row["lebenslage_id"], "Lebenslagen-Nummer")
        if number in lines:
            raise rows.error(
                line, f"Lebenslage {number} steht doppelt (auch Zeile {lines[number]})."
            )
        lines[number] = line
        name = rows.name(
            line, row["lebenslage"], "Name der Lebenslage", _max_length(LifeSituation, "name")
        )
        topic_number = rows.number(line, row["themenfeld_id"], "Themenfeld-Nummer")
        if topic_number not in catalogue.topic_fields:
            raise rows.error(line, f"Unbekanntes Themenfeld {topic_number}.")
        catalogue.life_situations[number] = {
            "name": name,
            "topic_number": topic_number,
            "kind": life_situation_kind(name, catalogue.topic_fields[topic_number]["name"]),
        }


def _read_services(catalogue: Catalogue, path: Path) -> None:
    rows = CsvFile(path, ("ozg_id", "ozg_leistung", "lebenslage_id", "themenfeld_id"))
    lines = {}
    for line, row in rows:
        ozg_id = row["ozg_id"].strip()
        if not OZG_ID_PATTERN.fullmatch(ozg_id):
            raise rows.error(line, f"OZG-ID „{ozg_id}“ ist nicht fünfstellig.")
        if ozg_id in lines:
            raise rows.error(line, f"OZG-ID {ozg_id} steht doppelt (auch Zeile {lines[ozg_id]}).")
        lines[ozg_id] = line
        name = rows.name(
            line, row["ozg_leistung"], "Name der OZG-Leistung", _max_length(Service, "name")
        )
        situation_number = rows.number(line, row["lebenslage_id"], "Lebenslagen-Nummer")
        if situation_number not in catalogue.life_situations:
            raise rows.error(line, f"Unbekannte Lebenslage {situation_number}.")
        topic_number = rows.number(line, row["themenfeld_id"], "Themenfeld-Nummer")
        if topic_number not in catalogue.topic_fields:
            raise rows.error(line, f"Unbekanntes Themenfeld {topic_number}.")
        catalogue.services[ozg_id] = {
            "name": name,
            "situation_number": situation_number,
            "topic_number": topic_number,
        }


def _read_processes(catalogue: Catalogue, path: Path) -> None:
    rows = CsvFile(
        path, ("leika_schluessel", "leika_bezeichnung", "leika_typ", "ozg_id", "rechtsgrundlage")
    )
    name_length = _max_length(Process, "name")
    type_length = _max_length(Process, "leika_type")
    for line, row in rows:
        key = row["leika_schluessel"].strip()
        if key != UNKEYED_MARKER and not LEIKA_KEY_PATTERN.fullmatch(key):
            raise rows.error(
                line, f"LeiKa-Schlüssel „{key}“ ist weder 14-stellig noch „{UNKEYED_MARKER}“."
            )
        ozg_id = row["ozg_id"].strip()
        if not OZG_ID_PATTERN.fullmatch(ozg_id):
            raise rows.error(line, f"OZG-ID „{ozg_id}“ ist nicht fünfstellig.")
        if ozg_id not in catalogue.services:
            raise rows.error(line, f"Unbekannte OZG-Leistung {ozg_id}.")
        name = rows.name(line, row["leika_bezeichnung"], "LeiKa-Bezeichnung", name_length)
        leika_type = normalise(row["leika_typ"])
        if len(leika_type) > type_length:
            raise rows.error(line, f"LeiKa-Typ ist länger als {type_length} Zeichen.")
        legal_basis = row["rechtsgrundlage"].strip()
        if key == UNKEYED_MARKER:
            entry = catalogue.unkeyed.setdefault(
                name,
                {"leika_key": None, "name": name, "level": Process.Level.UNKEYED, "ozg_ids": set()},
            )
        else:
            level = leika_level(key)
            # The same key listed under a second OZG service links it to both.
            entry = catalogue.processes.setdefault(
                key,
                {
                    "leika_key": key,
                    "name": name,
                    "level": level,
                    "parent_key": None if level == Process.Level.OBJECT else object_key(key),
                    "ozg_ids": set(),
                },
            )
        entry.setdefault("leika_type", leika_type)
        entry.setdefault("legal_basis", legal_basis)
        entry["leika_type"] = entry["leika_type"] or leika_type
        entry["legal_basis"] = entry["legal_basis"] or legal_basis
        entry["ozg_ids"].add(ozg_id)
    _add_implied_objects(catalogue)


def _add_implied_objects(catalogue: Catalogue) -> None:
    """Create the Leistungsobjekte that only appear through their Verrichtungen, and roll the
    services of every Verrichtung up to its Leistungsobjekt."""
    processes = catalogue.processes
    children = defaultdict(list)
    for entry in processes.values():
        if entry["parent_key"]:
            children[entry["parent_key"]].append(entry)
    actions = _action_words(processes)
    for parent_key, kids in children.items():
        parent = processes.get(parent_key)
        if parent is None:
            parent = processes[parent_key] = {
                "leika_key": parent_key,
                "name": _implied_name(sorted(kids, key=lambda kid: kid["leika_key"]), actions),
                "level": Process.Level.OBJECT,
                "leika_type": "",
                "legal_basis": "",
                "parent_key": None,
                "implied": True,
                "ozg_ids": set(),
            }
        for kid in kids:
            parent["ozg_ids"] |= kid["ozg_ids"]


def _action_words(processes: dict[str, dict]) -> dict[str, str]:
    """Verrichtung code (digits 9-11) -> its word, learned from rows named "<object> <word>"."""
    seen = defaultdict(Counter)
    for key, entry in processes.items():
        if entry["level"] != Process.Level.ACTION:
            continue
        parent = processes.get(entry["parent_key"])
        if parent and entry["name"].startswith(parent["name"] + " "):
            seen[key[8:11]][entry["name"][len(parent["name"]) + 1 :]] += 1
    return {code: words.most_common(1)[0][0] for code, words in seen.items()}


def _implied_name(kids: list[dict], actions: dict[str, str]) -> str:
    """The children's name up to the Verrichtung of their code; failing that, an action's name
    without a last word that ends a known Verrichtung; failing that, the first child's name."""
    for kid in kids:
        word = actions.get(kid["leika_key"][8:11])
        name = kid["name"]
        position = name.find(f" {word} ") if word else -1
        if position < 0 and word and name.endswith(f" {word}"):
            position = len(name) - len(word) - 1
        if position > 0:
            return name[:position]
    known = {words.rpartition(" ")[2] for words in actions.values()}
    for kid in kids:
        head, _, last = kid["name"].rpartition(" ")
        if kid["level"] == Process.Level.ACTION and head and last in known:
            return head
    return kids[0]["name"]


# --- Writing ---------------------------------------------------------------------------------


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
    max_length = _max_length(model, "slug")
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
