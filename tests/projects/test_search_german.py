"""German search quality on /projekte/: compounds, synonyms and abbreviations, German operators
("oder", "nicht", quoted phrases) and official keys (OZG-ID, LeiKa key, AGS)."""

import pytest
from django.urls import reverse

from municipalities.models import Municipality
from projects.compounds import compound_terms, split
from projects.models import Project
from projects.search_index import update_search_vectors
from projects.synonyms import FILE, groups, sync_synonyms
from tests.factories import MunicipalityFactory, ProcessFactory, ProjectFactory, ServiceFactory

pytestmark = pytest.mark.django_db

NEUTRAL = "Ein Vorhaben der Verwaltung."


def make(title, summary=NEUTRAL, tags=(), **kwargs):
    project = ProjectFactory(title=title, summary=summary, **kwargs)
    project.tags.add(*tags)
    update_search_vectors([project.pk])
    return project


def search(client, q, **params):
    response = client.get(reverse("projects:search"), {"q": q, **params})
    assert response.status_code == 200
    return response.context["result"]


def titles(client, q, **params):
    return [p.title for p in search(client, q, **params).projects]


# --- Compounds ------------------------------------------------------------------------------

COMPOUNDS = [
    ("Ausweis", "Personalausweis beantragen"),
    ("Termin", "Terminvergabe am Telefon"),
    ("Termine", "Terminvergabe am Telefon"),
    ("Gewerbe", "Gewerbeanmeldung digital"),
    ("Schule", "Schulentwicklungsplanung mit Daten"),
    ("Schulentwicklung", "Schulentwicklungsplanung mit Daten"),
    ("Planung", "Schulentwicklungsplanung mit Daten"),
    ("Antrag", "Bauantrag digital"),
    ("Amt", "Ordnungsamt mobil"),
    ("Kinder", "Kindertagesstätten vernetzen"),
]


@pytest.fixture
def compounds(db):
    projects = {title: make(title) for title in dict.fromkeys(t for _q, t in COMPOUNDS)}
    projects["control"] = make("Hundesteuer online zahlen")
    return projects


@pytest.mark.parametrize(("q", "title"), COMPOUNDS)
def test_a_part_of_a_compound_finds_the_compound(client, compounds, q, title):
    found = titles(client, q)
    assert title in found
    assert "Hundesteuer online zahlen" not in found


def test_the_decompounder_rejects_parts_that_do_not_make_up_the_word():
    # german-nouns reads "Kindertagesstätte" as "Inder" + "Tagesstätte".
    assert split("Kindertagesstätte") == ("Kinder", "Tagesstätte")
    assert split("Ausweis") == ()
    assert split("Digitalisierung") == ()
    assert compound_terms(["Schulentwicklungsplanung"]) == (
        "Schulentwicklung-Planung Schul-Entwicklung"
    )


def test_a_part_match_counts_in_the_facets(client, compounds):
    result = search(client, "Ausweis")
    status = next(f for f in result.facets if f.name == "status")
    counts = {o.value: o.count for o in status.options + status.more}
    assert result.total == 1
    assert counts[Project.Status.IN_PROGRESS] == 1


def test_a_whole_word_ranks_above_a_compound_part(client):
    make("Personalausweis beantragen", summary="Ein Ausweis-Vorhaben der Verwaltung.")
    make("Ausweis prüfen")
    make("Reisepass und Personalausweis")
    assert titles(client, "Ausweis", sort="relevance")[0] == "Ausweis prüfen"
    assert titles(client, "Ausweis", sort="relevance")[-1] == "Reisepass und Personalausweis"


@pytest.mark.parametrize(
    ("q", "title"),
    [
        ("Schul-Entwicklung", "Schulentwicklung im Kreis"),
        ("Schulentwicklung", "Schul-Entwicklung im Kreis"),
        ("Gewerbeanmeldung", "Gewerbe-Anmeldung im Kreis"),
        ("Gewerbe-Anmeldung", "Gewerbeanmeldung im Kreis"),
    ],
)
def test_hyphenated_and_joined_spellings_find_each_other(client, q, title):
    make(title)
    make("Hundesteuer online zahlen")
    assert titles(client, q) == [title]


def test_tags_and_descriptions_are_split_too(client):
    make("Online-Dienste", tags=["Wohnsitzanmeldung"])
    make("Neues Verfahren", description="Die Friedhofsverwaltung plant Gräber digital.")
    assert titles(client, "Wohnsitz") == ["Online-Dienste"]
    assert titles(client, "Friedhof") == ["Neues Verfahren"]


# --- Synonyms and abbreviations -------------------------------------------------------------

SYNONYMS = [
    ("Kfz", "Kraftfahrzeuge online abmelden"),
    ("Kraftfahrzeug", "Kfz-Halter informieren"),
    ("Kita", "Kindertagesstätte am Markt"),
    ("Kindertagesstätte", "Kita-Navigator"),
    ("E-Akte", "Elektronische Akte im Bauamt"),
    ("EAkte", "Elektronische Akte im Bauamt"),
    ("elektronische Akte", "E-Akte im Sozialamt"),
    ('"elektronische Akte"', "E-Akte im Sozialamt"),
    ("Bürgeramt", "Bürgerbüro am Samstag"),
    ("Buergeramt", "Bürgerbüro am Samstag"),
    ("Bürgerbüro", "Bürgerservice am Telefon"),
    ("Bürgerservice", "Bürgeramt ohne Wartezeit"),
    ("KI", "Künstliche Intelligenz in der Poststelle"),
    ("künstliche Intelligenz", "KI-Assistent für Anträge"),
    ('"künstliche Intelligenz"', "KI-Assistent für Anträge"),
    ("OZG", "Umsetzung des Onlinezugangsgesetzes"),
    ("BAföG", "Ausbildungsförderung digital"),
    ("ALG", "Arbeitslosengeld beantragen"),
    ("eID", "Online-Ausweis für Bürger"),
    ("DMS", "Dokumentenmanagementsystem einführen"),
    ("RIS", "Neues Ratsinformationssystem"),
    ("GIS", "Geoinformationssystem für Bauhof"),
    ("ÖPNV", "Nahverkehr in Echtzeit"),
    ("Nahverkehr", "ÖPNV-App"),
    ("Kfz-Zulassung", "Fahrzeugzulassung ohne Termin"),
    ("Ummeldung", "Adressänderung online"),
]


@pytest.fixture
def synonyms(db):
    projects = {title: make(title) for title in dict.fromkeys(t for _q, t in SYNONYMS)}
    projects["control"] = make("Hundesteuer online zahlen")
    return projects


@pytest.mark.parametrize(("q", "title"), SYNONYMS)
def test_a_synonym_or_abbreviation_finds_the_other_spelling(client, synonyms, q, title):
    found = titles(client, q)
    assert title in found
    assert "Hundesteuer online zahlen" not in found


def test_a_synonym_keeps_the_other_words_of_the_query(client, synonyms):
    assert titles(client, "KI Poststelle") == ["Künstliche Intelligenz in der Poststelle"]
    assert titles(client, "Kfz -abmelden") == ["Kfz-Halter informieren"]
    assert titles(client, "Kita nicht Markt") == ["Kita-Navigator"]


def test_a_synonym_match_counts_in_the_facets(client, synonyms):
    result = search(client, "Kfz")
    status = next(f for f in result.facets if f.name == "status")
    assert result.total == 2
    assert sum(o.count for o in status.options + status.more) == 2


def test_the_synonym_file_holds_at_least_60_pairs_and_every_member_is_a_rule():
    pairs = sum(len(group) * (len(group) - 1) // 2 for group in groups())
    members = sum(len(group) for group in groups())
    assert pairs >= 60
    # One rule per member, and one more for a member of several words (phrase and words).
    assert sync_synonyms() >= members


def test_the_synonym_file_format(tmp_path):
    path = tmp_path / "synonyms.csv"
    path.write_text("# comment; not a group\nKfz; Kraftfahrzeug ;\n\nEinzeln\n", "utf-8")
    assert groups(path) == [["Kfz", "Kraftfahrzeug"]]
    assert FILE.name == "search_synonyms.csv"


# --- German operators -----------------------------------------------------------------------


@pytest.fixture
def benefits(db):
    make("Wohngeld digital beantragen")
    make("Elterngeld und Wohngeld zusammen")
    make("Elterngeld ohne Papier")


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Wohngeld nicht Elterngeld", {"Wohngeld digital beantragen"}),
        ("Wohngeld NICHT Elterngeld", {"Wohngeld digital beantragen"}),
        ("Wohngeld -Elterngeld", {"Wohngeld digital beantragen"}),
        ('Elterngeld nicht "Elterngeld und Wohngeld"', {"Elterngeld ohne Papier"}),
        ('"Elterngeld und Wohngeld"', {"Elterngeld und Wohngeld zusammen"}),
        ("Papier oder digital", {"Wohngeld digital beantragen", "Elterngeld ohne Papier"}),
        ("Papier or digital", {"Wohngeld digital beantragen", "Elterngeld ohne Papier"}),
    ],
)
def test_german_operators(client, benefits, q, expected):
    assert set(titles(client, q)) == expected


def test_the_search_tip_shows_the_german_operators(client):
    page = client.get(reverse("projects:search")).content.decode()
    assert "Schule nicht Hort" in page
    assert "Wohngeld oder Elterngeld" in page


# --- Official keys --------------------------------------------------------------------------


@pytest.fixture
def keyed(db):
    kreis = MunicipalityFactory(
        name="Landkreis Musterland", ags="09162", level=Municipality.Level.DISTRICT
    )
    flensburg = MunicipalityFactory(name="Flensburg", ags="01001000")
    service = ServiceFactory(name="Wohngeld", ozg_id="10092")
    process = ProcessFactory(name="Wohngeld Bewilligung", leika_key="99050012104000")
    found = make("Antrag digital", owner=flensburg, services=[service])
    found.processes.set([process])
    update_search_vectors([found.pk])
    make("Akte digital", owner=kreis)
    make("Hundesteuer online zahlen")


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("10092", ["Antrag digital"]),
        ("99050012104000", ["Antrag digital"]),
        ("01001000", ["Antrag digital"]),
        ("09162", ["Akte digital"]),
        ("10092 digital", ["Antrag digital"]),
    ],
)
def test_an_ozg_id_leika_key_or_ags_finds_the_projects(client, keyed, q, expected):
    assert titles(client, q) == expected


def test_a_key_ranks_below_the_text(client, keyed):
    make("Projekt 10092 im Titel")
    assert titles(client, "10092", sort="relevance") == ["Projekt 10092 im Titel", "Antrag digital"]


def test_recomputing_all_projects_fills_the_compounds_as_migration_0026_does(client):
    project = ProjectFactory(title="Gewerbeanmeldung digital", summary=NEUTRAL)
    assert update_search_vectors() == 1
    project.refresh_from_db()
    assert project.title_compound_terms == "Gewerbe-Anmeldung"
    assert titles(client, "Gewerbe") == ["Gewerbeanmeldung digital"]
