"""manage.py import_municipalities: the register shipped in data/ (GV100AD 31.05.2026, see
data/gemeindeverzeichnis-gv100ad-2026/README.md), its counts, spot checks, coordinates, slugs and
idempotent re-imports."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count, Sum

from municipalities import importer
from municipalities.importer import default_gv100_path, import_register
from municipalities.models import Municipality, RegisterImport
from tests.conftest import remove_register

pytestmark = pytest.mark.django_db

Level = Municipality.Level
OFFICIAL_COUNTS = {
    Level.STATE: 16,
    Level.REGION: 29,
    Level.DISTRICT: 401,
    Level.ASSOCIATION: 4583,
    Level.MUNICIPALITY: 10943,
}


def run_import(*args) -> str:
    out = StringIO()
    call_command("import_municipalities", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Everything an import could change, to compare before and after."""
    return (
        list(
            Municipality.objects.order_by("ags").values_list(
                "ags", "slug", "name", "population", "latitude", "parent_id", "updated_at"
            )
        ),
        list(RegisterImport.objects.order_by("id").values_list("id", "checksum")),
    )


def gv100_copy(tmp_path, change=None):
    """A copy of the real GV100AD file, optionally with lines changed by ``change(lines)``."""
    lines = default_gv100_path().read_text(encoding="utf-8").split("\n")
    if change:
        change(lines)
    path = tmp_path / "GV100AD.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_counts_per_level_match_the_sources(register):
    counts = dict(Municipality.objects.values_list("level").annotate(n=Count("id")))
    assert counts == OFFICIAL_COUNTS
    assert register.summary.startswith("Länder: ")


def test_population_of_the_gemeinden_is_the_official_total(register):
    gemeinden = Municipality.objects.filter(level=Level.MUNICIPALITY)
    assert gemeinden.aggregate(total=Sum("population"))["total"] == 83_577_140
    # Higher levels carry the sums of their Gemeinden.
    states = Municipality.objects.filter(level=Level.STATE)
    assert states.aggregate(total=Sum("population"))["total"] == 83_577_140


def test_berlin_is_a_kreisfreie_stadt_under_its_land(register):
    berlin = Municipality.objects.select_related("parent", "state").get(ags="11000000")
    assert berlin.name == "Berlin"
    assert berlin.official_name == "Berlin, Stadt"
    assert berlin.ars == "110000000000"
    assert berlin.kind == Municipality.Kind.DISTRICT_FREE_CITY
    assert berlin.population == 3_685_265
    assert berlin.parent.ags == "11000"
    assert berlin.parent.parent.ags == "11"
    assert berlin.state.name == "Berlin"
    assert berlin.slug == "berlin"


def test_muenchen_has_its_population_and_parents(register):
    muenchen = Municipality.objects.select_related("parent__parent", "state").get(ags="09162000")
    assert muenchen.name == "München"
    assert muenchen.official_name == "München, Landeshauptstadt"
    assert muenchen.population == 1_505_005
    assert muenchen.area_km2 == Decimal("310.70")
    assert muenchen.postal_code == "80313"
    assert muenchen.parent.ags == "09162"  # the Kreis-level record of the same city
    assert muenchen.parent.population == 1_505_005
    assert muenchen.parent.parent.name == "Oberbayern"  # Regierungsbezirk 091
    assert muenchen.parent.parent.kind == Municipality.Kind.REGION
    assert muenchen.state.ags == "09"


def test_a_gemeinde_in_an_amt_has_the_amt_as_association(register):
    albersdorf = Municipality.objects.select_related("association", "parent").get(ags="01051001")
    assert albersdorf.ars == "010515175001"
    assert albersdorf.kind == Municipality.Kind.MUNICIPALITY
    assert albersdorf.kind_label == "Kreisangehörige Gemeinde"
    assert albersdorf.association.ags == "010515175"
    assert albersdorf.association.name == "Amt Mitteldithmarschen"
    assert albersdorf.association.kind_label == "Amt"
    assert albersdorf.association.parent_id == albersdorf.parent_id
    assert albersdorf.parent.name == "Kreis Dithmarschen"


@pytest.mark.parametrize(
    ("ags", "kind", "label"),
    [
        ("01", Municipality.Kind.STATE, "Land"),
        ("031", Municipality.Kind.REGION, "Statistische Region"),
        ("09184", Municipality.Kind.RURAL_DISTRICT, "Landkreis"),
        ("08111", Municipality.Kind.URBAN_DISTRICT, "Stadtkreis"),
        ("10041", Municipality.Kind.REGIONAL_ASSOCIATION, "Regionalverband"),
        ("08111000", Municipality.Kind.DISTRICT_FREE_CITY, "Stadtkreis"),
        ("09177117", Municipality.Kind.LARGE_DISTRICT_TOWN, "Große Kreisstadt"),
        ("09172116", Municipality.Kind.MARKET, "Markt"),
        ("01001000", Municipality.Kind.DISTRICT_FREE_CITY, "Kreisfreie Stadt"),
        ("01051011", Municipality.Kind.TOWN, "Stadt"),
        ("13000999", Municipality.Kind.UNINCORPORATED, "Gemeindefreies Gebiet, unbewohnt"),
    ],
)
def test_kinds_follow_the_textkennzeichen(register, ags, kind, label):
    unit = Municipality.objects.get(ags=ags)
    assert (unit.kind, unit.kind_label) == (kind, label)


def test_kreise_hang_under_their_regierungsbezirk_or_land(register):
    kreise = Municipality.objects.filter(level=Level.DISTRICT)
    parent_levels = dict(kreise.values_list("parent__level").annotate(n=Count("id")))
    assert parent_levels == {Level.REGION: 314, Level.STATE: 87}
    assert Municipality.objects.get(ags="01051").parent.ags == "01"  # no RBs in SH
    # Areas outside every Kreis (coastal waters) hang under their Land.
    assert Municipality.objects.get(ags="13000999").parent.ags == "13"


def test_every_gemeinde_has_kreis_state_and_association(register):
    gemeinden = Municipality.objects.filter(level=Level.MUNICIPALITY)
    assert not gemeinden.filter(state=None).exists()
    assert not gemeinden.filter(parent=None).exists()
    assert not gemeinden.filter(association=None).exists()
    assert not Municipality.objects.exclude(state__level=Level.STATE).exists()


def test_coordinates_come_from_the_points_inside_each_gemeinde(register):
    with_point = Municipality.objects.filter(level=Level.MUNICIPALITY, latitude__isnull=False)
    assert with_point.count() == 10_938
    kiel = Municipality.objects.get(ags="01002000")
    assert (kiel.latitude, kiel.longitude) == (Decimal("54.34213"), Decimal("10.12789"))
    # AGS changed since the BKG data (31.12.2023): matched by name to the point of the former
    # AGS (Hanau 06435014, kreisfrei since 2026).
    hanau = Municipality.objects.get(ags="06415000")
    assert (hanau.latitude, hanau.longitude) == (Decimal("50.13468"), Decimal("8.91764"))
    # Berga-Wünschendorf (merged in 2024, new name) has no point in the 2023 data.
    assert Municipality.objects.get(ags="16076094").latitude is None
    assert not Municipality.objects.exclude(level=Level.MUNICIPALITY).filter(latitude__isnull=False)


def test_slugs_are_readable_and_unique(register):
    slugs = dict(
        Municipality.objects.filter(
            ags__in=["01002000", "01002", "09184", "09162000", "09162", "11", "010515175"]
        ).values_list("ags", "slug")
    )
    assert slugs == {
        "01002000": "kiel",
        "01002": "kiel-01002",
        "09184": "landkreis-muenchen",
        "09162000": "muenchen",
        "09162": "muenchen-09162",
        "11": "berlin-11",
        "010515175": "amt-mitteldithmarschen",
    }
    assert Municipality.objects.values("slug").distinct().count() == Municipality.objects.count()


def test_register_import_records_source_and_both_attributions(register, client):
    assert register.source == "Gemeindeverzeichnis GV100AD, Gebietsstand 31.05.2026"
    assert register.publisher == "Statistisches Bundesamt (Destatis)"
    assert register.license == "Datenlizenz Deutschland – Namensnennung – Version 2.0"
    assert register.license_url == "https://www.govdata.de/dl-de/by-2-0"
    assert register.data_date == datetime.date(2026, 5, 31)
    assert "© GeoBasis-DE / BKG 2023 (Daten verändert)" in register.summary

    page = client.get("/datenquellen/").content.decode()
    assert "Gemeindeverzeichnis GV100AD, Gebietsstand 31.05.2026" in page
    assert "Statistisches Bundesamt (Destatis)" in page
    assert "© GeoBasis-DE / BKG 2023 (Daten verändert)" in page


def test_reimport_of_unchanged_files_is_skipped(register):
    before = snapshot()
    output = run_import()
    assert "unverändert" in output
    assert "--force" in output
    assert snapshot() == before


def test_forced_reimport_changes_nothing(register):
    before = snapshot()
    output = run_import("--force")
    assert "Gemeinden: 0 neu, 0 geändert, 10943 unverändert" in output
    assert "Länder: 0 neu, 0 geändert, 16 unverändert" in output
    municipalities, imports = snapshot()
    assert municipalities == before[0]
    assert len(imports) == len(before[1]) + 2  # one record for GV100AD, one for the points


def test_changed_lines_update_their_rows_and_keep_what_users_edited(register, tmp_path):
    kiel = Municipality.objects.get(ags="01002000")
    kiel.website = "https://www.kiel.de"
    kiel.profile = "Landeshauptstadt an der Förde."
    kiel.officer_name = "Erika Muster"
    kiel.officer_email = "digital@kiel.example"
    kiel.slug = "kiel-an-der-foerde"
    kiel.save()

    def grow_kiel(lines):
        index = next(i for i, line in enumerate(lines) if line.startswith("6020260531010020"))
        lines[index] = lines[index][:139] + "00000247800" + lines[index][150:]

    output = run_import("--gv100", str(gv100_copy(tmp_path, grow_kiel)))

    assert "Gemeinden: 0 neu, 1 geändert, 10942 unverändert" in output
    # The sums of Kreis, Gemeindeverband and Land change with it.
    assert "Kreise: 0 neu, 1 geändert, 400 unverändert" in output
    assert "Länder: 0 neu, 1 geändert, 15 unverändert" in output
    kiel.refresh_from_db()
    assert kiel.population == 247_800
    assert Municipality.objects.get(ags="01002").population == 247_800
    assert kiel.website == "https://www.kiel.de"
    assert kiel.profile == "Landeshauptstadt an der Förde."
    assert (kiel.officer_name, kiel.officer_email) == ("Erika Muster", "digital@kiel.example")
    assert kiel.slug == "kiel-an-der-foerde"  # slugs are stable once given


def test_no_points_leaves_coordinates_alone(register):
    output = run_import("--no-points", "--force")
    assert "Gemeinden: 0 neu, 0 geändert, 10943 unverändert" in output
    assert "Koordinaten" not in output
    assert Municipality.objects.filter(latitude__isnull=False).count() == 10_938


def test_first_import_creates_every_unit(db):
    remove_register()  # rolled back with the test
    result = import_register()
    assert not result.skipped
    assert {title: counts["created"] for title, counts in result.tally.counts.items()} == {
        "Länder": 16,
        "Regierungsbezirke": 29,
        "Kreise": 401,
        "Gemeindeverbände": 4583,
        "Gemeinden": 10943,
    }
    assert Municipality.objects.count() == sum(OFFICIAL_COUNTS.values())
    bayern = Municipality.objects.get(ags="09")
    assert bayern.state_id == bayern.pk  # every unit, a Land too, knows its Land
    sources = set(RegisterImport.objects.values_list("publisher", flat=True))
    assert sources == {"Statistisches Bundesamt (Destatis)", importer.BKG}


def test_a_failure_while_writing_leaves_the_database_as_it_was(db, monkeypatch, tmp_path):
    remove_register()
    schleswig_holstein = tmp_path / "GV100AD_SH.txt"
    lines = default_gv100_path().read_text(encoding="utf-8").split("\n")
    schleswig_holstein.write_text(
        "\n".join(line for line in lines if line[10:12] == "01"), encoding="utf-8"
    )

    def fail(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer.RegisterImport.objects, "create", fail)
    with pytest.raises(RuntimeError):
        import_register(schleswig_holstein, use_points=False)
    assert not Municipality.objects.exists()


def test_without_points_at_the_default_place_the_register_is_imported_alone(
    register, settings, tmp_path
):
    gv100 = tmp_path / "gemeindeverzeichnis-gv100ad-2026" / "GV100AD_31052026.txt"
    gv100.parent.mkdir()
    gv100.write_bytes(default_gv100_path().read_bytes())
    settings.KOMMUNECT_DATA_DIR = tmp_path  # holds the register, but no points
    output = run_import("--force")
    assert "Gemeinden: 0 neu, 0 geändert, 10943 unverändert" in output
    assert "Koordinaten" not in output
    assert Municipality.objects.filter(latitude__isnull=False).count() == 10_938
