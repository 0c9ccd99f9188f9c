"""Reading the register files: Destatis GV100AD (fixed width) and the BKG points CSV.

The GV100AD file is the fixed-width file Destatis publishes every quarter (UTF-8, one line of
220 characters per territorial unit; layout in shared/data/SOURCES.md, section 1). Record types
("Satzart") 10 Land, 20 Regierungsbezirk, 40 Kreis, 50 Gemeindeverband and 60 Gemeinde become
entries keyed by their official key in natural length. Satzart 30 (Region, the 12
Regionalverbände of Baden-Württemberg) is validated and then skipped: no Kreis or Gemeinde refers
to it, and it is no administration a project could belong to.

Population and area are given for Gemeinden only; higher levels get the sums of their Gemeinden.
Coordinates (a point guaranteed inside the Gemeinde, from BKG VG5000) are joined by AGS; a
Gemeinde whose AGS changed since the points file was made is matched by name within its Land
against points whose AGS no longer exists (Langelsheim, Eisenach).

Everything here only reads and validates; a malformed file raises ImportFileError(path, line,
reason) before anything is written.
"""

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kommunect.importing import ImportFileError
from municipalities.models import Municipality

Level = Municipality.Level
Kind = Municipality.Kind

LINE_WIDTH = 220
POINT_COLUMNS = ("ags", "gen", "lat_inside", "lon_inside")
# Bounding box of Germany with a margin: a point outside is a broken or foreign file.
LATITUDES = (Decimal(47), Decimal(56))
LONGITUDES = (Decimal(5), Decimal(16))

# Textkennzeichen (positions 123-124) → (kind, official label).
DISTRICT_KINDS = {
    "41": (Kind.DISTRICT_FREE_CITY, "Kreisfreie Stadt"),
    "42": (Kind.URBAN_DISTRICT, "Stadtkreis"),
    "43": (Kind.DISTRICT, "Kreis"),
    "44": (Kind.RURAL_DISTRICT, "Landkreis"),
    "45": (Kind.REGIONAL_ASSOCIATION, "Regionalverband"),
}
ASSOCIATION_LABELS = {
    "50": "Verbandsfreie Gemeinde",
    "51": "Amt",
    "52": "Samtgemeinde",
    "53": "Verbandsgemeinde",
    "54": "Verwaltungsgemeinschaft",
    "55": "Kirchspielslandgemeinde",
    "56": "Verwaltungsverband",
    "57": "Verwaltungsgemeinschaft (Trägermodell)",
    "58": "Erfüllende Gemeinde",
}
# Gemeindeverbände whose display name gets the label in front ("Amt Mitteldithmarschen").
ASSOCIATION_PREFIXED = {"51", "52", "53", "55"}
# Gemeindeverbände named after several member towns: the comma is part of the name.
ASSOCIATION_NAME_KEPT = {"54", "56", "57"}
# A Stadtkreis is Baden-Württemberg's word for a kreisfreie Stadt.
MUNICIPALITY_KINDS = {
    "60": (Kind.MARKET, "Markt"),
    "61": (Kind.DISTRICT_FREE_CITY, "Kreisfreie Stadt"),
    "62": (Kind.DISTRICT_FREE_CITY, "Stadtkreis"),
    "63": (Kind.TOWN, "Stadt"),
    "64": (Kind.MUNICIPALITY, "Kreisangehörige Gemeinde"),
    "65": (Kind.UNINCORPORATED, "Gemeindefreies Gebiet, bewohnt"),
    "66": (Kind.UNINCORPORATED, "Gemeindefreies Gebiet, unbewohnt"),
    "67": (Kind.LARGE_DISTRICT_TOWN, "Große Kreisstadt"),
}

# Satzart → (level, key positions as slices to check for digits).
RECORD_TYPES = {
    "10": (Level.STATE, (slice(10, 12),)),
    "20": (Level.REGION, (slice(10, 13),)),
    "30": (None, (slice(10, 14),)),
    "40": (Level.DISTRICT, (slice(10, 15),)),
    "50": (Level.ASSOCIATION, (slice(10, 15), slice(18, 22))),
    "60": (Level.MUNICIPALITY, (slice(10, 22),)),
}


@dataclass
class Entry:
    """One territorial unit as read from a GV100AD line."""

    line: int
    level: str
    ags: str
    ars: str
    official_name: str
    name: str
    kind: str
    kind_label: str
    seat: str = ""
    postal_code: str = ""
    population: int | None = None
    area_km2: Decimal | None = None
    state_ags: str = ""
    parent_ags: str | None = None
    association_ags: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None


@dataclass
class Register:
    entries: list[Entry]
    data_date: date


@dataclass
class PointMatch:
    direct: int = 0
    by_name: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def read_text(path: Path, what: str) -> str:
    """The file as text; refuses a missing, empty or not UTF-8 encoded file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(path, None, f"{what} nicht gefunden") from None
    except OSError as error:
        raise ImportFileError(path, None, f"{what} nicht lesbar ({error.strerror})") from None
    if not data.strip():
        raise ImportFileError(path, None, "Die Datei ist leer")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportFileError(
            path,
            line,
            f"Zeichen 0x{data[error.start]:02x} ist kein gültiges UTF-8 – die Datei hat eine "
            "andere Kodierung (etwa Latin-1) und wird nicht importiert",
        ) from None


def short_name(official: str) -> str:
    """'Kiel, Landeshauptstadt' → 'Kiel'."""
    return official.split(",", 1)[0].strip()


def region_name(official: str) -> tuple[str, str]:
    """Display name and label of a Regierungsbezirk or statistical region."""
    former = official.startswith("früher:")
    name = official.removeprefix("früher:").strip().replace("Reg.-Bez.", "Regierungsbezirk")
    if former:
        return f"{name} (ehemals)", "Statistische Region"
    if name.startswith("Statistische Region"):
        return name, "Statistische Region"
    return name, "Regierungsbezirk"


def district_name(official: str, code: str) -> str:
    name = short_name(official)
    if code not in ("43", "44"):
        return name
    if "kreis" in name.lower() or name.startswith(("Region ", "Städteregion ")):
        return name
    return f"{'Kreis' if code == '43' else 'Landkreis'} {name}"


def association_name(official: str, code: str) -> str:
    if code in ASSOCIATION_NAME_KEPT:
        return official
    name = short_name(official)
    label = ASSOCIATION_LABELS[code]
    if code in ASSOCIATION_PREFIXED and not name.startswith(label):
        return f"{label} {name}"
    return name


def _number(path, number, text: str, what: str) -> int:
    if not text.isdigit():
        raise ImportFileError(path, number, f"{what} „{text.strip()}“ ist keine Zahl")
    return int(text)


def parse_line(path: Path, number: int, line: str) -> Entry | None:
    """One GV100AD line as an Entry (None for a Satzart 30 region); refuses anything malformed."""
    if len(line) != LINE_WIDTH:
        raise ImportFileError(
            path,
            number,
            f"Zeile hat {len(line)} statt {LINE_WIDTH} Zeichen – keine GV100AD-Datei "
            "im Festbreitenformat",
        )
    record_type = line[0:2]
    if record_type not in RECORD_TYPES:
        raise ImportFileError(path, number, f"Unbekannte Satzart „{record_type}“")
    level, key_slices = RECORD_TYPES[record_type]
    for key_slice in key_slices:
        if not line[key_slice].isdigit():
            raise ImportFileError(
                path, number, f"Schlüssel „{line[key_slice]}“ enthält andere Zeichen als Ziffern"
            )
    if level is None:
        return None
    official = line[22:72].strip()
    if not official:
        raise ImportFileError(path, number, "Der Name fehlt")
    code = line[122:124]
    land, rb, kreis_ags = line[10:12], line[12], line[10:15]
    seat = line[72:122].strip()
    if level == Level.STATE:
        return Entry(number, level, land, land, official, official, Kind.STATE, "Land", seat)
    if level == Level.REGION:
        name, label = region_name(official)
        rb_key = line[10:13]
        return Entry(number, level, rb_key, rb_key, official, name, Kind.REGION, label, seat)
    if level == Level.DISTRICT:
        if code not in DISTRICT_KINDS:
            raise ImportFileError(path, number, f"Unbekanntes Textkennzeichen „{code}“ für Kreise")
        kind, label = DISTRICT_KINDS[code]
        parent = land + rb if rb != "0" else land
        name = district_name(official, code)
        return Entry(
            number,
            level,
            kreis_ags,
            kreis_ags,
            official,
            name,
            kind,
            label,
            seat,
            parent_ags=parent,
        )
    if level == Level.ASSOCIATION:
        if code not in ASSOCIATION_LABELS:
            raise ImportFileError(
                path, number, f"Unbekanntes Textkennzeichen „{code}“ für Gemeindeverbände"
            )
        key = kreis_ags + line[18:22]
        name, label = association_name(official, code), ASSOCIATION_LABELS[code]
        return Entry(
            number,
            level,
            key,
            key,
            official,
            name,
            Kind.ASSOCIATION,
            label,
            seat,
            parent_ags=kreis_ags,
        )
    if code not in MUNICIPALITY_KINDS:
        raise ImportFileError(path, number, f"Unbekanntes Textkennzeichen „{code}“ für Gemeinden")
    kind, label = MUNICIPALITY_KINDS[code]
    association_key = kreis_ags + line[18:22]
    postal_code = line[165:170].strip()
    if postal_code and not postal_code.isdigit():
        raise ImportFileError(path, number, f"Postleitzahl „{postal_code}“ ist ungültig")
    return Entry(
        number,
        level,
        kreis_ags + line[15:18],
        association_key + line[15:18],
        official,
        short_name(official),
        kind,
        label,
        seat,
        postal_code=postal_code,
        area_km2=Decimal(_number(path, number, line[128:139], "Fläche")) / 100,
        population=_number(path, number, line[139:150], "Bevölkerung"),
        parent_ags=kreis_ags,
        association_ags=association_key,
    )


def read_gv100(path: Path) -> Register:
    """Parse and validate the whole file; raise ImportFileError on the first problem."""
    path = Path(path)
    text = read_text(path, "GV100AD-Datei")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    entries: list[Entry] = []
    data_date = stand_of_first_line = None
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.removesuffix("\r")
        entry = parse_line(path, number, line)
        stand = line[2:10]
        if data_date is None:
            try:
                data_date = date(int(stand[:4]), int(stand[4:6]), int(stand[6:8]))
                stand_of_first_line = stand
            except ValueError:
                raise ImportFileError(
                    path, number, f"Gebietsstand „{stand}“ ist kein Datum (JJJJMMTT)"
                ) from None
        elif stand != stand_of_first_line:
            raise ImportFileError(
                path,
                number,
                f"Gebietsstand {stand} weicht vom Gebietsstand der ersten Zeile "
                f"({stand_of_first_line}) ab",
            )
        if entry is None:
            continue
        if entry.ags in seen:
            raise ImportFileError(
                path,
                number,
                f"Schlüssel {entry.ags} kommt doppelt vor (zuerst Zeile {seen[entry.ags]})",
            )
        seen[entry.ags] = number
        entry.state_ags = entry.ags[:2]
        entries.append(entry)
    if not entries:
        raise ImportFileError(path, None, "Die Datei enthält keine Länder, Kreise oder Gemeinden")
    _check_references(path, entries)
    _add_totals(entries)
    return Register(entries=entries, data_date=data_date)


def _check_references(path: Path, entries: list[Entry]) -> None:
    """Every parent named by a key must be in the file; areas outside Kreise hang higher up."""
    levels = {entry.ags: entry.level for entry in entries}
    expected = {
        Level.REGION: (Level.STATE,),
        Level.DISTRICT: (Level.STATE, Level.REGION),
        Level.ASSOCIATION: (Level.DISTRICT, Level.REGION, Level.STATE),
        Level.MUNICIPALITY: (Level.DISTRICT, Level.REGION, Level.STATE),
    }
    for entry in entries:
        if levels.get(entry.state_ags) != Level.STATE:
            raise ImportFileError(path, entry.line, f"Land {entry.state_ags} fehlt in der Datei")
        if entry.level == Level.REGION:
            entry.parent_ags = entry.state_ags
        parent = entry.parent_ags
        outside_districts = parent and parent not in levels and parent.endswith("00")
        if entry.level in (Level.ASSOCIATION, Level.MUNICIPALITY) and outside_districts:
            # Kreis "00": areas outside any Kreis (coastal waters, the German-Luxembourg
            # condominium) belong to their Regierungsbezirk or Land directly.
            entry.parent_ags = parent[:3] if levels.get(parent[:3]) else parent[:2]
        if entry.parent_ags and levels.get(entry.parent_ags) not in expected[entry.level]:
            raise ImportFileError(
                path, entry.line, f"Übergeordnete Einheit {entry.parent_ags} fehlt in der Datei"
            )
        if entry.association_ags and levels.get(entry.association_ags) != Level.ASSOCIATION:
            raise ImportFileError(
                path, entry.line, f"Gemeindeverband {entry.association_ags} fehlt in der Datei"
            )


def _add_totals(entries: list[Entry]) -> None:
    """Population and area of the higher levels: the sums over their Gemeinden."""
    population: dict[str, int] = defaultdict(int)
    area: dict[str, Decimal] = defaultdict(Decimal)
    for entry in entries:
        if entry.level == Level.MUNICIPALITY:
            for key in {entry.ags[:2], entry.ags[:3], entry.ags[:5], entry.association_ags}:
                population[key] += entry.population
                area[key] += entry.area_km2
    for entry in entries:
        if entry.level != Level.MUNICIPALITY and entry.ags in population:
            entry.population = population[entry.ags]
            entry.area_km2 = area[entry.ags]


def read_points(path: Path) -> dict[str, tuple[str, Decimal, Decimal]]:
    """AGS → (name, latitude, longitude) from the BKG points CSV."""
    path = Path(path)
    text = read_text(path, "Koordinatendatei")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    missing = [column for column in POINT_COLUMNS if column not in header]
    if missing:
        raise ImportFileError(
            path,
            1,
            f"Kopfzeile ohne Spalte(n) {', '.join(missing)} (erwartet: {', '.join(POINT_COLUMNS)})",
        )
    index = {column: header.index(column) for column in POINT_COLUMNS}
    points = {}
    for row in reader:
        number = reader.line_num
        if not row:
            continue
        if len(row) != len(header):
            raise ImportFileError(path, number, f"Zeile hat {len(row)} statt {len(header)} Spalten")
        ags = row[index["ags"]]
        if not (len(ags) == 8 and ags.isdigit()):
            raise ImportFileError(path, number, f"AGS „{ags}“ ist nicht achtstellig")
        if ags in points:
            raise ImportFileError(path, number, f"AGS {ags} kommt doppelt vor")
        try:
            latitude = Decimal(row[index["lat_inside"]])
            longitude = Decimal(row[index["lon_inside"]])
        except InvalidOperation:
            raise ImportFileError(path, number, "Koordinate ist keine Zahl") from None
        if not (
            LATITUDES[0] <= latitude <= LATITUDES[1] and LONGITUDES[0] <= longitude <= LONGITUDES[1]
        ):
            raise ImportFileError(
                path, number, f"Punkt {latitude}, {longitude} liegt nicht in Deutschland"
            )
        points[ags] = (row[index["gen"]], latitude, longitude)
    return points


def attach_points(entries: list[Entry], points: dict) -> PointMatch:
    """Set coordinates of the Gemeinden: by AGS, else by name among points of vanished AGS."""
    match = PointMatch()
    in_register = {entry.ags for entry in entries}
    orphans = defaultdict(list)
    for ags, (name, latitude, longitude) in points.items():
        if ags not in in_register:
            orphans[(ags[:2], name)].append((latitude, longitude))
    for entry in entries:
        if entry.level != Level.MUNICIPALITY:
            continue
        if entry.ags in points:
            _name, entry.latitude, entry.longitude = points[entry.ags]
            match.direct += 1
        elif len(candidates := orphans.get((entry.ags[:2], entry.name), [])) == 1:
            entry.latitude, entry.longitude = candidates[0]
            match.by_name.append(entry.ags)
        else:
            match.missing.append(entry.ags)
    return match


def points_year(points_path: Path) -> int | None:
    """Year of the BKG data, from the file name (gemeinden_punkte_vg5000_2021.csv → 2021)."""
    found = re.search(r"(?:19|20)\d\d", Path(points_path).name)
    return int(found.group(0)) if found else None


def points_date(points_path: Path) -> date | None:
    """Date of the BKG data: the ``aktualitaet.txt`` BKG ships next to it ("31.12.2023"), else
    31 December of the file name's year (VG5000 is published as of 31.12., vg5000_1231)."""
    stamp = Path(points_path).with_name("aktualitaet.txt")
    if stamp.is_file():
        found = re.search(r"(\d\d)\.(\d\d)\.(\d{4})", stamp.read_text(encoding="utf-8"))
        if found:
            day, month, year = (int(part) for part in found.groups())
            try:
                return date(year, month, day)
            except ValueError:
                pass
    year = points_year(points_path)
    return date(year, 12, 31) if year else None


def bkg_attribution(points_path: Path) -> str:
    """The attribution BKG requires next to its data (quellenvermerk_datenlizenz_deutschland)."""
    year = points_year(points_path)
    return f"© GeoBasis-DE / BKG {year or ''} (Daten verändert)".replace("  ", " ")
