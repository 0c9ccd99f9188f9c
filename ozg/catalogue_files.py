"""Reading and validating the OZG catalogue files (KDN NRW edition, autumn 2019).

Reads the four CSV files described in shared/data/SOURCES.md (section 3) into plain dicts keyed
by the official keys, without touching the database. Anything malformed (missing file or column,
bad key, encoding other than UTF-8, reference to an unknown topic field, life situation or
service) raises ImportFileError(path, line, reason) with a German reason.

Rules the source leaves open, decided here:
- Process levels come from the 14-digit key (LLLLLLLL VVV DDD): Leistungsobjekt when the last six
  digits are 0, Verrichtung when the last three are 0, otherwise Verrichtungsdetail. Every
  Verrichtung and Verrichtungsdetail has its Leistungsobjekt (first 8 digits + 000000) as parent.
- A Leistungsobjekt that is not a row of its own is added as implied. Its name is the name of
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
"""

import csv
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from kommunect.importing import ImportFileError, file_checksum
from ozg.models import LifeSituation, Process, Service, TopicField

DIRECTORY_NAME = "ozg-katalog-kdn-nrw-2019"
TOPIC_FIELDS_FILE = "themenfelder.csv"
LIFE_SITUATIONS_FILE = "lebenslagen.csv"
SERVICES_FILE = "ozg_leistungen.csv"
PROCESSES_FILE = "leika_zu_ozg.csv"
FILES = (TOPIC_FIELDS_FILE, LIFE_SITUATIONS_FILE, SERVICES_FILE, PROCESSES_FILE)

UNKEYED_MARKER = "nicht im LeiKa"
OZG_ID_PATTERN = re.compile(r"[0-9]{5}")
LEIKA_KEY_PATTERN = re.compile(r"[0-9]{14}")
NUMBER_PATTERN = re.compile(r"[0-9]{1,9}")

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


def default_directory() -> Path:
    return Path(settings.KOMMUNECT_DATA_DIR) / DIRECTORY_NAME


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


@dataclass
class Catalogue:
    """The validated content of the four files, keyed by official keys."""

    checksum: str
    topic_fields: dict[int, dict] = field(default_factory=dict)
    life_situations: dict[int, dict] = field(default_factory=dict)
    services: dict[str, dict] = field(default_factory=dict)
    # Processes by LeiKa key (implied Leistungsobjekte included), unkeyed ones by normalised
    # name. Values hold the fields of Process plus "parent_key" and "ozg_ids".
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
