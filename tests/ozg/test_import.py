"""manage.py import_ozg: the real catalogue, its counts (shared/data/SOURCES.md, section 3),
spot checks and idempotent re-imports."""

import datetime
import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from kommunect.importing import file_checksum
from ozg.importer import FILES, default_directory, import_catalogue
from ozg.models import CatalogueImport, LifeSituation, Process, Service, TopicField
from tests.conftest import remove_catalogue

pytestmark = pytest.mark.django_db


def run_import(*args) -> str:
    out = StringIO()
    call_command("import_ozg", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def catalogue_copy(tmp_path):
    """A writable copy of the catalogue files."""
    for name in FILES:
        shutil.copy(default_directory() / name, tmp_path / name)
    return tmp_path


def replace_in(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_counts_match_the_sources(catalogue):
    assert TopicField.objects.count() == 14
    assert LifeSituation.objects.count() == 55
    assert Service.objects.count() == 557
    levels = dict(Process.objects.values_list("level").annotate(n=Count("id")))
    assert levels == {"object": 1821, "action": 2019, "detail": 972, "unkeyed": 424}
    keyed_rows = Process.objects.filter(leika_key__isnull=False, implied=False)
    assert keyed_rows.count() == 4797
    assert keyed_rows.filter(level=Process.Level.OBJECT).count() == 1806
    assert Process.objects.filter(implied=True, level=Process.Level.OBJECT).count() == 15


def test_every_service_has_processes_and_every_process_a_service(catalogue):
    assert not Service.objects.filter(processes=None).exists()
    assert not Process.objects.filter(services=None).exists()
    # 5,223 rows: 4,797 keyed ones (one service each) + 426 unkeyed ones (on 424 names).
    finer = Process.objects.exclude(level__in=["object", "unkeyed"]).annotate(n=Count("services"))
    assert set(finer.values_list("n", flat=True)) == {1}
    unkeyed_links = Process.services.through.objects.filter(process__level="unkeyed").count()
    assert unkeyed_links == 425  # one name listed twice under the same service


def test_life_situation_kinds_follow_the_documented_rule(catalogue):
    kinds = dict(LifeSituation.objects.values_list("kind").annotate(n=Count("id")))
    assert kinds == {"citizens": 36, "businesses": 18, "other": 1}
    businesses = LifeSituation.objects.filter(kind=LifeSituation.Kind.BUSINESSES)
    assert businesses.filter(topic_field__number=14).count() == 8
    assert businesses.filter(name="Querschnitt Unternehmen").exists()
    assert LifeSituation.objects.get(name="Querschnitt Bürger").kind == LifeSituation.Kind.CITIZENS
    assert LifeSituation.objects.get(name="Weitere Leistungen").kind == LifeSituation.Kind.OTHER
    assert LifeSituation.objects.get(name="Geburt").kind == LifeSituation.Kind.CITIZENS


def test_known_service_has_its_name_topic_field_and_life_situation(catalogue):
    service = Service.objects.select_related("topic_field", "life_situation").get(ozg_id="10000")
    assert service.name == "Elterngeld"
    assert service.topic_field.name == "Familie & Kind"
    assert service.life_situation.name == "Geburt"
    assert service.slug == "elterngeld"


def test_known_leika_keys_have_their_level_and_parent(catalogue):
    action = Process.objects.select_related("parent").get(leika_key="99041006013000")
    assert action.name == "Elterngeld Informationserteilung"
    assert action.level == Process.Level.ACTION
    assert action.parent.leika_key == "99041006000000"
    assert action.parent.name == "Elterngeld"
    assert list(action.services.values_list("ozg_id", flat=True)) == ["10000"]

    detail = Process.objects.select_related("parent").get(leika_key="99013002024001")
    assert detail.level == Process.Level.DETAIL
    assert detail.parent.leika_key == "99013002000000"
    assert detail.parent.level == Process.Level.OBJECT

    elterngeld = Process.objects.get(leika_key="99041006000000")
    assert elterngeld.level == Process.Level.OBJECT
    assert elterngeld.parent is None
    assert not elterngeld.implied
    assert elterngeld.leika_type == "2/3"
    assert "BEEG" in elterngeld.legal_basis
    assert elterngeld.children.count() == 3


def test_missing_leistungsobjekt_is_implied_from_its_verrichtung(catalogue):
    implied = Process.objects.get(leika_key="99006026000000")
    assert implied.implied
    assert implied.name == "Mindestlohn"
    assert list(implied.children.values_list("leika_key", flat=True)) == ["99006026104000"]
    assert list(implied.services.values_list("ozg_id", flat=True)) == ["10577"]
    # Children of two services: the implied object links to both.
    money_laundering = Process.objects.get(leika_key="99089051000000")
    assert money_laundering.name == "Geldwäsche"
    assert set(money_laundering.services.values_list("ozg_id", flat=True)) == {"10297", "10342"}


def test_unkeyed_entries_are_merged_by_name_and_keep_all_services(catalogue):
    name = "Zulassung für die Beförderung unverpackter Gegenstände gem. ADR/RID/IMDG-Code 4.1.3.8"
    process = Process.objects.get(name=name)
    assert process.leika_key is None
    assert process.level == Process.Level.UNKEYED
    assert set(process.services.values_list("ozg_id", flat=True)) == {"10433", "10478"}
    # Names are stored with their whitespace normalised.
    assert Process.objects.filter(name="Zuschüsse für private Förderschulen").exists()


def test_topic_fields_are_ordered_by_number_with_german_slugs(catalogue):
    topics = list(TopicField.objects.order_by("order").values_list("number", "order", "slug"))
    assert [number for number, _, _ in topics] == list(range(1, 15))
    assert all(number == order for number, order, _ in topics)
    slugs = {slug for _, _, slug in topics}
    assert {"forschung-foerderung", "mobilitaet-reisen", "familie-kind"} <= slugs
    assert set(TopicField.objects.values_list("description", flat=True)) == {""}


def test_import_is_recorded_with_source_license_and_checksum(catalogue):
    record = CatalogueImport.objects.latest()
    assert record.source == "OZG-Umsetzungskatalog mit LeiKa-Zuordnung"
    assert "KDN" in record.publisher
    assert "LeiKa" in record.publisher
    assert "MIT" in record.license
    assert record.data_date == datetime.date(2019, 12, 31)
    paths = [default_directory() / name for name in FILES]
    assert record.checksum == file_checksum(*paths)
    assert "OZG-Leistungen" in record.summary


def test_unchanged_files_are_skipped(catalogue):
    imports = CatalogueImport.objects.count()
    output = run_import()
    assert "unverändert" in output
    assert "nichts geändert" in output
    assert CatalogueImport.objects.count() == imports
    assert Process.objects.count() == 5236


def test_forced_reimport_changes_nothing(catalogue, django_assert_max_num_queries):
    imports = CatalogueImport.objects.count()
    with django_assert_max_num_queries(30):
        output = run_import("--force")
    assert "Themenfelder: 0 neu, 0 geändert, 14 unverändert" in output
    assert "Lebenslagen: 0 neu, 0 geändert, 55 unverändert" in output
    assert "OZG-Leistungen: 0 neu, 0 geändert, 557 unverändert" in output
    assert "Prozesse: 0 neu, 0 geändert, 5236 unverändert" in output
    assert CatalogueImport.objects.count() == imports + 1
    assert Service.objects.count() == 557
    assert Process.objects.count() == 5236
    # 4,797 keyed rows + 425 unkeyed ones + 67 links of Leistungsobjekte to the other services
    # of their Verrichtungen.
    assert Process.services.through.objects.count() == 5289


def test_first_import_creates_everything(catalogue):
    remove_catalogue()
    output = run_import()
    assert "Themenfelder: 14 neu, 0 geändert, 0 unverändert" in output
    assert "OZG-Leistungen: 557 neu, 0 geändert, 0 unverändert" in output
    assert "Prozesse: 5236 neu, 0 geändert, 0 unverändert" in output
    assert "OZG-Katalog importiert in" in output
    assert Process.objects.filter(level=Process.Level.OBJECT).count() == 1821


def test_changed_rows_are_updated_on_their_keys_and_keep_slug_and_description(
    catalogue, catalogue_copy
):
    service = Service.objects.get(ozg_id="10000")
    service.description = "Von der Redaktion ergänzt."
    service.save()
    replace_in(catalogue_copy / "ozg_leistungen.csv", "10000,Elterngeld,", "10000,Elterngeld Plus,")
    # Elterngeld Berechnung moves from Elterngeld (10000) to Geburtsanzeige (10003).
    replace_in(
        catalogue_copy / "leika_zu_ozg.csv",
        "99041006151000,Elterngeld Berechnung,2/3,Leistungsobjekt mit Verrichtung,"
        "99041006000000,10000,",
        "99041006151000,Elterngeld Berechnung,2/3,Leistungsobjekt mit Verrichtung,"
        "99041006000000,10003,",
    )

    output = run_import("--directory", str(catalogue_copy))

    assert "OZG-Leistungen: 0 neu, 1 geändert, 556 unverändert" in output
    # The Verrichtung and its Leistungsobjekt (which now also belongs to 10003).
    assert "Prozesse: 0 neu, 2 geändert, 5234 unverändert" in output
    service.refresh_from_db()
    assert (service.name, service.slug) == ("Elterngeld Plus", "elterngeld")
    assert service.description == "Von der Redaktion ergänzt."
    moved = Process.objects.get(leika_key="99041006151000")
    assert list(moved.services.values_list("ozg_id", flat=True)) == ["10003"]
    parent = Process.objects.get(leika_key="99041006000000")
    assert set(parent.services.values_list("ozg_id", flat=True)) == {"10000", "10003"}


def test_new_rows_get_unique_slugs(catalogue, catalogue_copy):
    with (catalogue_copy / "ozg_leistungen.csv").open("a", encoding="utf-8") as file:
        file.write("10999,Elterngeld,26,Geburt,6,Familie & Kind,1,1,2/3:1\n")
    with (catalogue_copy / "leika_zu_ozg.csv").open("a", encoding="utf-8") as file:
        file.write("99999999000000,Neue Leistung,2/3,Leistungsobjekt,99999999000000,10999,,,,\n")

    output = run_import("--directory", str(catalogue_copy))

    assert "OZG-Leistungen: 1 neu, 0 geändert, 557 unverändert" in output
    assert "Prozesse: 1 neu, 0 geändert, 5236 unverändert" in output
    assert Service.objects.get(ozg_id="10999").slug == "elterngeld-10999"
    assert Service.objects.get(ozg_id="10000").slug == "elterngeld"


def test_import_takes_well_under_a_few_seconds(catalogue):
    result = import_catalogue(force=True)
    assert not result.skipped
    assert result.seconds < 5
