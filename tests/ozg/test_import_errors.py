"""A malformed catalogue file is refused as a whole: the command names file and line, in German,
and the database stays exactly as it was."""

import hashlib
import shutil

import pytest
from django.core.management import CommandError, call_command

from ozg import importer
from ozg.importer import FILES, default_directory
from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField
from tests.conftest import remove_catalogue

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue_copy(tmp_path):
    for name in FILES:
        shutil.copy(default_directory() / name, tmp_path / name)
    return tmp_path


def database_state() -> tuple:
    """Counts and a checksum of every catalogue row and link."""
    digest = hashlib.sha256()
    for queryset in (
        TopicField.objects.order_by("pk").values_list(),
        LifeSituation.objects.order_by("pk").values_list(),
        Service.objects.order_by("pk").values_list(),
        Process.objects.order_by("pk").values_list(),
        Process.services.through.objects.order_by("pk").values_list(),
        CatalogueImport.objects.order_by("pk").values_list("pk", "checksum"),
    ):
        rows = list(queryset)
        digest.update(repr((len(rows), rows)).encode())
    return (
        TopicField.objects.count(),
        Service.objects.count(),
        Process.objects.count(),
        CatalogueImport.objects.count(),
        digest.hexdigest(),
    )


def set_line(path, line_number, old, new):
    """Replace `old` by `new` in line `line_number` (1-based) of a UTF-8 file."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line_number - 1]
    lines[line_number - 1] = lines[line_number - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


def first_non_ascii_line(path) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.isascii():
            return number
    raise AssertionError("no umlaut in file")


def break_header(directory):
    set_line(directory / "ozg_leistungen.csv", 1, "ozg_id,", "ozg_nummer,")
    return "ozg_leistungen.csv, Zeile 1: Spalte(n) fehlen: ozg_id"


def break_ozg_id(directory):
    set_line(directory / "ozg_leistungen.csv", 5, "10003,", "1003,")
    return "ozg_leistungen.csv, Zeile 5: OZG-ID „1003“ ist nicht fünfstellig."


def break_leika_key(directory):
    set_line(directory / "leika_zu_ozg.csv", 3, "99041006013000,", "9904100601300,")
    return (
        "leika_zu_ozg.csv, Zeile 3: LeiKa-Schlüssel „9904100601300“ ist weder 14-stellig noch "
        "„nicht im LeiKa“."
    )


def break_encoding(directory):
    path = directory / "lebenslagen.csv"
    line = first_non_ascii_line(path)
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))
    return f"lebenslagen.csv, Zeile {line}: Die Datei ist nicht UTF-8-kodiert"


def break_topic_reference(directory):
    set_line(directory / "lebenslagen.csv", 2, ",1,Arbeit & Ruhestand", ",99,Arbeit & Ruhestand")
    return "lebenslagen.csv, Zeile 2: Unbekanntes Themenfeld 99."


def break_life_situation_reference(directory):
    set_line(directory / "ozg_leistungen.csv", 2, "Elterngeld,26,", "Elterngeld,999,")
    return "ozg_leistungen.csv, Zeile 2: Unbekannte Lebenslage 999."


def break_service_reference(directory):
    set_line(directory / "leika_zu_ozg.csv", 4, ",10000,Elterngeld,", ",10999,Elterngeld,")
    return "leika_zu_ozg.csv, Zeile 4: Unbekannte OZG-Leistung 10999."


def break_column_count(directory):
    set_line(directory / "themenfelder.csv", 3, "2,Bauen & Wohnen", "2,Bauen, Wohnen")
    return "themenfelder.csv, Zeile 3: Die Zeile hat 3 statt 2 Spalten."


def break_duplicate_key(directory):
    set_line(directory / "ozg_leistungen.csv", 3, "10001,", "10000,")
    return "ozg_leistungen.csv, Zeile 3: OZG-ID 10000 steht doppelt (auch Zeile 2)."


def remove_file(directory):
    (directory / "themenfelder.csv").unlink()
    return "themenfelder.csv: Datei fehlt."


BREAKAGES = [
    break_header,
    break_ozg_id,
    break_leika_key,
    break_encoding,
    break_topic_reference,
    break_life_situation_reference,
    break_service_reference,
    break_column_count,
    break_duplicate_key,
    remove_file,
]


def assert_refused(directory, expected, *args):
    before = database_state()
    with pytest.raises(CommandError) as error:
        call_command("import_ozg", "--directory", str(directory), *args)
    assert expected in str(error.value)
    assert str(error.value).startswith("OZG-Katalog nicht importiert, nichts geändert.")
    assert database_state() == before


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_broken_file_is_refused_and_the_previous_import_kept(catalogue, catalogue_copy, breakage):
    expected = breakage(catalogue_copy)
    assert_refused(catalogue_copy, expected)


@pytest.mark.parametrize("breakage", [break_ozg_id, break_encoding, remove_file])
def test_broken_file_is_refused_on_an_empty_database(catalogue, catalogue_copy, breakage):
    remove_catalogue()
    expected = breakage(catalogue_copy)
    assert_refused(catalogue_copy, expected)
    assert not Service.objects.exists()


def test_broken_file_is_refused_also_when_forced(catalogue, catalogue_copy):
    expected = break_service_reference(catalogue_copy)
    assert_refused(catalogue_copy, expected, "--force")


def test_valid_changes_are_not_written_when_a_later_file_is_broken(catalogue, catalogue_copy):
    set_line(catalogue_copy / "ozg_leistungen.csv", 2, "Elterngeld,", "Elterngeld Plus,")
    expected = break_leika_key(catalogue_copy)
    assert_refused(catalogue_copy, expected)
    assert Service.objects.get(ozg_id="10000").name == "Elterngeld"


def test_failure_while_writing_rolls_everything_back(catalogue, catalogue_copy, monkeypatch):
    set_line(catalogue_copy / "ozg_leistungen.csv", 2, "Elterngeld,", "Elterngeld Plus,")
    before = database_state()

    def fail(*args):
        raise RuntimeError("database went away")

    monkeypatch.setattr(importer, "_upsert_processes", fail)
    with pytest.raises(RuntimeError):
        call_command("import_ozg", "--directory", str(catalogue_copy))
    assert database_state() == before


def test_missing_directory_is_refused(catalogue, tmp_path):
    assert_refused(tmp_path / "nirgends", "themenfelder.csv: Datei fehlt.")
