"""A malformed register file is refused as a whole, naming file and line, in German; the
database stays exactly as it was."""

import pytest
from django.core.management import CommandError, call_command

from municipalities.importer import default_gv100_path, default_points_path
from tests.municipalities.test_import_register import snapshot

pytestmark = pytest.mark.django_db


def real_lines():
    return default_gv100_path().read_text(encoding="utf-8").split("\n")


def line_index(lines, prefix):
    return next(i for i, line in enumerate(lines) if line.startswith(prefix))


def refused(*args) -> str:
    with pytest.raises(CommandError) as error:
        call_command("import_municipalities", *args)
    return str(error.value)


def write(tmp_path, lines, name="GV100AD.txt", encoding="utf-8"):
    path = tmp_path / name
    # Sorbian names have letters Latin-1 lacks: "?" for those, as a re-saving editor would.
    path.write_bytes("\n".join(lines).encode(encoding, errors="replace"))
    return path


def short_line(lines):
    lines[4] = lines[4][:150]
    return 5, "Zeile hat 150 statt 220 Zeichen"


def bad_record_type(lines):
    lines[2] = "70" + lines[2][2:]
    return 3, "Unbekannte Satzart „70“"


def letter_in_key(lines):
    lines[3] = lines[3][:10] + "0A" + lines[3][12:]
    return 4, "Schlüssel „0A0010000000“ enthält andere Zeichen als Ziffern"


def other_territorial_date(lines):
    lines[5] = lines[5][:2] + "20230930" + lines[5][10:]
    return 6, "Gebietsstand 20230930 weicht vom Gebietsstand der ersten Zeile (20260531) ab"


def unknown_text_code(lines):
    lines[3] = lines[3][:122] + "49" + lines[3][124:]
    return 4, "Unbekanntes Textkennzeichen „49“ für Gemeinden"


def population_not_a_number(lines):
    lines[3] = lines[3][:139] + "0000009255x" + lines[3][150:]
    return 4, "Bevölkerung „0000009255x“ ist keine Zahl"


def duplicate_key(lines):
    lines.insert(4, lines[3])
    return 5, "Schlüssel 01001000 kommt doppelt vor (zuerst Zeile 4)"


def unknown_parent(lines):
    """The Kreis Dithmarschen is missing: its first Gemeindeverband names an unknown parent."""
    del lines[line_index(lines, "402026053101051")]
    return line_index(lines, "502026053101051") + 1, "Übergeordnete Einheit 01051 fehlt"


def unknown_association(lines):
    del lines[line_index(lines, "502026053101051   5175")]
    return line_index(lines, "6020260531010510015175") + 1, "Gemeindeverband 010515175 fehlt"


@pytest.mark.parametrize(
    "breakage",
    [
        short_line,
        bad_record_type,
        letter_in_key,
        other_territorial_date,
        unknown_text_code,
        population_not_a_number,
        duplicate_key,
        unknown_parent,
        unknown_association,
    ],
)
def test_a_malformed_line_is_refused_with_file_and_line(register, tmp_path, breakage):
    lines = real_lines()
    number, reason = breakage(lines)
    path = write(tmp_path, lines)
    before = snapshot()

    message = refused("--gv100", str(path), "--force")

    assert message.startswith(f"{path}, Zeile {number}: ")
    assert reason in message
    assert snapshot() == before


def test_a_latin1_file_is_refused_at_its_first_umlaut(register, tmp_path):
    lines = real_lines()
    first_umlaut = next(i for i, line in enumerate(lines) if not line.isascii()) + 1
    path = write(tmp_path, lines, encoding="latin-1")
    before = snapshot()

    message = refused("--gv100", str(path))

    assert message.startswith(f"{path}, Zeile {first_umlaut}: ")
    assert "kein gültiges UTF-8" in message
    assert snapshot() == before


def test_missing_and_empty_files_are_refused(register, tmp_path):
    before = snapshot()
    missing = tmp_path / "GV100AD_fehlt.txt"
    assert refused("--gv100", str(missing)) == f"{missing}: Datei nicht gefunden"
    empty = write(tmp_path, [""], name="leer.txt")
    assert refused("--gv100", str(empty)) == f"{empty}: Die Datei ist leer"
    no_points = tmp_path / "punkte.csv"
    assert refused("--points", str(no_points)) == f"{no_points}: Datei nicht gefunden"
    assert snapshot() == before


def points_copy(tmp_path, change):
    lines = default_points_path().read_text(encoding="utf-8").split("\n")
    change(lines)
    return write(tmp_path, lines, name="punkte.csv")


def test_a_points_file_with_a_wrong_header_is_refused(register, tmp_path):
    def rename_columns(lines):
        lines[0] = lines[0].replace("lat_inside,lon_inside", "lat,lon")

    path = points_copy(tmp_path, rename_columns)
    before = snapshot()

    message = refused("--points", str(path), "--force")

    assert message.startswith(f"{path}, Zeile 1: Kopfzeile ohne Spalte(n) lat_inside, lon_inside")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("value", "reason"),
    [("abc,10.0", "Koordinate ist keine Zahl"), ("48.1,-74.0", "liegt nicht in Deutschland")],
)
def test_a_points_file_with_a_bad_coordinate_is_refused(register, tmp_path, value, reason):
    def break_line_7(lines):
        lines[6] = ",".join(lines[6].split(",")[:8]) + f",{value}"

    path = points_copy(tmp_path, break_line_7)
    before = snapshot()

    message = refused("--points", str(path), "--force")

    assert message.startswith(f"{path}, Zeile 7: ")
    assert reason in message
    assert snapshot() == before


def test_options_points_and_no_points_exclude_each_other(register, tmp_path):
    with pytest.raises(CommandError, match="not allowed with argument"):
        call_command("import_municipalities", "--points", str(tmp_path / "p.csv"), "--no-points")
