"""Topic field 7, Forschung & Förderung: kommunale Wirtschaftsförderung und Wildschäden."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10415": "Gemeinde/Kreis: kommunale Wirtschaftsförderung (eigene Förderprogramme)",
    "10414": "Gemeinde: Anmeldung von Wildschäden (Vorverfahren)",
}

ARCHETYPES = (
    Archetype(
        key="kommunales-foerderportal",
        topic_field=7,
        titles=(
            "Förderanträge der Wirtschaftsförderung online {in_ort}",
            "Digitales Förderportal für kommunale Förderprogramme",
            "Online-Antrag Innenstadtförderung {ort}",
        ),
        summaries=(
            "Die Wirtschaftsförderung {in_ort} nimmt Anträge für ihre Förderprogramme – "
            "Ladenleerstand, Gründung, Fassaden – online an und bearbeitet sie digital bis zum "
            "Verwendungsnachweis.",
            "{Ort} hat ein Förderportal eingeführt: Unternehmen stellen Anträge online, laden "
            "Angebote hoch und reichen den Verwendungsnachweis digital ein.",
            "Kommunale Förderprogramme {in_ort} laufen ohne Papierakte. Das Portal zeigt "
            "Unternehmen den Stand ihres Antrags.",
            "Mit einem digitalen Förderverfahren hat die Wirtschaftsförderung {in_ort} die "
            "Zeit von Antrag bis Bewilligung deutlich verkürzt.",
        ),
        description=Section(
            ausgangslage=(
                "Die Wirtschaftsförderung {in_ort} betreut mehrere kleine Förderprogramme. "
                "Anträge, Bewilligungen und Verwendungsnachweise liefen auf Papier.",
                "Unternehmen kannten die Programme kaum und fanden die Antragsunterlagen "
                "umständlich.",
            ),
            umsetzung=(
                "Ein Förderportal auf einer Low-Code-Plattform bildet alle Programme mit "
                "eigenen Formularen ab. Anträge werden im Vier-Augen-Prinzip geprüft, "
                "Bescheide automatisch erzeugt.",
                "Wir haben das Portal eines anderen Kreises nachgenutzt und die Programme "
                "selbst konfiguriert. Auszahlungen laufen über das Finanzverfahren.",
            ),
            ergebnis=(
                "Bewilligungen kommen schneller, Unternehmen sehen den Bearbeitungsstand.",
                "Die Förderprogramme werden stärker genutzt, die Verwaltung ist entlastet.",
            ),
            erfahrungen=(
                "Einheitliche Förderrichtlinien erleichtern die Digitalisierung sehr.",
                "Ein Portal für alle Programme ist günstiger als ein Formular pro Programm.",
            ),
        ),
        services=("10415",),
        processes=("99132013000000",),
        technology=("low_code", "antragsstrecke", "eakte"),
        target_groups=("businesses", "administration"),
        carriers=(STADT, KREIS),
        tags=("Wirtschaftsförderung", "Förderprogramm", "Innenstadt", "Unternehmen"),
        costs=Costs(
            small=((5_000, 20_000), (1_000, 4_000)),
            medium=((10_000, 40_000), (2_000, 8_000)),
            large=((25_000, 90_000), (5_000, 15_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="gewerbeflaechenportal",
        topic_field=7,
        titles=(
            "Gewerbeflächenportal {ort}",
            "Freie Gewerbeflächen und Immobilien online finden",
        ),
        summaries=(
            "Unternehmen finden {in_ort} freie Gewerbeflächen und Leerstände auf einer "
            "Karte mit Größe, Preis und Erschließung.",
            "Die Wirtschaftsförderung {in_ort} veröffentlicht Gewerbeflächen als Karte und "
            "Open Data. Anfragen kommen direkt über das Portal.",
            "{Ort} hat ein Gewerbeflächenportal aufgebaut, in dem Gemeinden und private "
            "Eigentümer Flächen melden.",
            "Ein Portal für Gewerbeflächen {in_ort} ersetzt Excel-Listen und PDF-Exposés der "
            "Wirtschaftsförderung.",
        ),
        description=Section(
            ausgangslage=(
                "Freie Gewerbeflächen {in_ort} standen in Listen der Wirtschaftsförderung. "
                "Ansiedlungsinteressierte mussten anrufen und erhielten PDF-Exposés.",
                "Leerstände und private Flächen waren kaum erfasst, Anfragen wurden oft "
                "abgewiesen, obwohl Flächen existierten.",
            ),
            umsetzung=(
                "Die Flächen sind im Geoinformationssystem erfasst und werden über eine "
                "Webkarte veröffentlicht. Eigentümer melden Leerstände über ein Formular.",
                "Die Daten stehen auch als Open Data bereit und fließen in ein landesweites "
                "Standortportal.",
            ),
            ergebnis=(
                "Anfragen kommen gezielter, die Wirtschaftsförderung spart Zeit bei der Recherche.",
                "Leerstände sind sichtbarer und werden schneller wieder genutzt.",
            ),
            erfahrungen=(
                "Die Datenpflege braucht eine feste Zuständigkeit, sonst veraltet das Portal.",
                "Gemeinden im Kreis beteiligen sich, wenn der Aufwand für sie gering ist.",
            ),
        ),
        services=("10415",),
        technology=("gis", "open_data"),
        target_groups=("businesses",),
        carriers=(KREIS, STADT),
        tags=("Wirtschaftsförderung", "Gewerbeflächen", "Geodaten", "Open Data"),
        costs=Costs(
            small=((5_000, 15_000), (1_000, 3_000)),
            medium=((10_000, 30_000), (2_000, 5_000)),
            large=((20_000, 60_000), (4_000, 10_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="wildschaden-melden",
        topic_field=7,
        titles=(
            "Wildschäden online anmelden {in_ort}",
            "Digitale Anmeldung von Wildschäden bei der Gemeinde",
        ),
        summaries=(
            "Landwirtinnen und Landwirte {in_ort} melden Wildschäden online mit Fotos und "
            "Lage auf der Karte. Die Gemeinde lädt dann zum Ortstermin.",
            "{Ort} hat die Anmeldung von Wildschäden digitalisiert. Die Frist ist gewahrt, "
            "sobald die Online-Meldung eingeht.",
            "Wildschäden {in_ort} werden nicht mehr per Telefon gemeldet, sondern über ein "
            "Formular, das Jagdpächter und Schätzer automatisch informiert.",
            "Die Gemeinde {ort} bündelt Wildschadensmeldungen digital und vereinbart "
            "Ortstermine mit Jagdpächtern per E-Mail.",
        ),
        description=Section(
            ausgangslage=(
                "Wildschäden müssen innerhalb einer Woche bei der Gemeinde angemeldet werden. "
                "{ort} nahm Meldungen telefonisch an; Fristen und Flurstücke waren oft strittig.",
                "Die Einladung zum Ortstermin an Jagdpächter und Schätzer lief per Brief.",
            ),
            umsetzung=(
                "Ein Online-Formular nimmt Meldungen mit Flurstück, Kultur, Fotos und Datum an. "
                "Der Eingang wird bestätigt, Jagdpächter und Schätzer werden per E-Mail "
                "informiert.",
                "Das Formular entstand im Formularbaukasten des Landes; die Flurstücke werden "
                "auf einer Karte gewählt.",
            ),
            ergebnis=(
                "Fristen sind eindeutig dokumentiert, Streit darüber gibt es kaum noch.",
                "Ortstermine kommen schneller zustande.",
            ),
            erfahrungen=(
                "Ein kleines Verfahren, das in ländlichen Gemeinden viel Ärger erspart.",
                "Der Bauernverband hat das Formular bekannt gemacht.",
            ),
        ),
        services=("10414",),
        processes=("99078014000000",),
        technology=("antragsstrecke", "gis"),
        target_groups=("citizens", "businesses"),
        carriers=(GEMEINDE,),
        tags=("Wildschaden", "Landwirtschaft", "Jagd", "Online-Antrag"),
        costs=Costs(
            small=((500, 3_000), (0, 500)),
            medium=((1_000, 5_000), (0, 1_000)),
            large=((2_000, 8_000), (0, 2_000)),
        ),
    ),
    Archetype(
        key="foerderlotse",
        topic_field=7,
        titles=(
            "Idee: Gemeinsamer Förderlotse für Unternehmen {in_ort}",
            "Idee: Eine Anlaufstelle für alle Förderprogramme in der Region",
        ),
        summaries=(
            "Unternehmen {in_ort} finden sich im Dschungel der Förderprogramme kaum zurecht. "
            "Ein gemeinsamer Förderlotse von Kreis und Städten soll Programme von Kommune, "
            "Land und Bund an einer Stelle erklären.",
            "Idee {in_ort}: Eine Online-Suche über alle Förderprogramme, die Unternehmen in "
            "der Region offenstehen, mit Beratungstermin bei der Wirtschaftsförderung.",
            "Die Wirtschaftsförderung {in_ort} sucht Partner für einen regionalen "
            "Förderlotsen, der Förderdatenbanken nachnutzt statt neu zu bauen.",
            "{Ort} möchte Unternehmen besser zu Förderprogrammen beraten und plant dafür "
            "einen digitalen Förderlotsen.",
        ),
        description=Section(
            ausgangslage=(
                "Unternehmen {in_ort} fragen die Wirtschaftsförderung regelmäßig nach "
                "Fördermöglichkeiten. Die Antworten hängen vom Wissen einzelner Personen ab.",
                "Die kommunalen Förderprogramme {in_ort} sind außerhalb der Verwaltung wenig "
                "bekannt.",
            ),
            umsetzung=(
                "Ein Förderlotse würde die Förderdatenbank des Bundes nachnutzen und um die "
                "Programme von Kreis und Gemeinden ergänzen. Unternehmen buchen bei Bedarf einen "
                "Beratungstermin.",
                "Denkbar ist ein gemeinsamer Betrieb durch mehrere Wirtschaftsförderungen, die "
                "sich die Pflege der Programme teilen.",
            ),
            ergebnis=(
                "Unternehmen würden passende Programme schneller finden und mehr Fördermittel "
                "in die Region holen.",
                "Die Wirtschaftsförderungen würden sich Recherchearbeit teilen.",
            ),
            erfahrungen=(
                "Wir suchen Wirtschaftsförderungen, die sich an Pflege und Betrieb beteiligen.",
                "Gesucht: Erfahrungen mit der Nachnutzung von Förderdatenbanken.",
            ),
        ),
        services=("10415",),
        processes=("99132013000000",),
        technology=("cms", "terminvergabe"),
        target_groups=("businesses",),
        carriers=(KREIS,),
        tags=("Wirtschaftsförderung", "Förderprogramm", "Beratung"),
        costs=Costs(
            small=((5_000, 15_000), (1_000, 3_000)),
            medium=((10_000, 30_000), (2_000, 5_000)),
            large=((20_000, 60_000), (4_000, 10_000)),
        ),
        is_idea=True,
    ),
)
