"""Topic field 14, Unternehmensführung & -entwicklung: Gewerbeamt, Ordnungsamt,
Wirtschaftsförderung and Vergabestelle of the Gemeinde or Kreis."""

from projects.demo.archetypes import GEMEINDE, KREIS, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10294": "Gemeinde: Gewerbeamt (Gewerbeanzeigen, Gaststättenerlaubnis)",
    "10564": "Gemeinde: Gewerbeamt",
    "10346": "Gemeinde: Ordnungsamt (Sperrzeit)",
    "10348": "Gemeinde: Straßenbaulastträger (Sondernutzung von Gemeindestraßen)",
    "10349": "Gemeinde: Ordnungsamt (Veranstaltungen)",
    "10347": "Gemeinde: Ordnungsamt (Feuerwerk und Pyrotechnik)",
    "10593": "Gemeinde oder Kreis: Zentrale Vergabestelle",
    "10350": "Gemeinde: Marktverwaltung",
}

ARCHETYPES = (
    Archetype(
        key="gewerbeanzeige-online",
        topic_field=14,
        titles=(
            "Gewerbeanzeige online – Gewerbeamt {ort}",
            "Gewerbe an-, um- und abmelden ohne Amtsgang",
            "Digitale Gewerbeanzeige mit Weiterleitung an die beteiligten Stellen",
        ),
        summaries=(
            "Gewerbe werden in {ort} online an-, um- und abgemeldet. Die Gebühr wird direkt "
            "bezahlt, die Daten gehen ohne Abtippen ins Fachverfahren und von dort an "
            "Finanzamt, Kammern und Statistik.",
            "Jede dritte Vorsprache im Gewerbeamt war eine einfache Gewerbeanzeige. Seit es "
            "das Online-Verfahren gibt, kommen rund 70 % davon digital.",
            "Gründerinnen und Gründer in {ort} melden ihr Gewerbe online mit dem "
            "Online-Ausweis oder dem Unternehmenskonto. Die Bestätigung kommt meist am "
            "nächsten Werktag.",
            "Das Gewerbeamt in {ort} hat die Gewerbeanzeige und den Gewerberegisterauszug "
            "vollständig digitalisiert, einschließlich Zahlung und Weiterleitung an die "
            "beteiligten Stellen.",
        ),
        description=Section(
            ausgangslage=(
                "Gewerbeanzeigen kamen auf Papier oder am Schalter, die "
                "Sachbearbeitung tippte sie ab und verschickte Durchschläge an die "
                "beteiligten Stellen.",
                "Für die Gründungsberatung der Wirtschaftsförderung war das "
                "Gewerbeamt ein Nadelöhr: Termine gab es oft erst nach zwei Wochen.",
            ),
            umsetzung=(
                "Das Gewerbeamt nutzt die Online-Gewerbeanzeige des Landes, angebunden "
                "über den Zustelldienst an das Fachverfahren. Die Gebühr wird online "
                "bezahlt, die Weiterleitung an Finanzamt, Kammern und Statistisches "
                "Landesamt erfolgt elektronisch aus dem Fachverfahren.",
                "- Online-Gewerbeanzeige mit Online-Ausweis oder Unternehmenskonto\n"
                "- Online-Bezahlung der Gebühr\n"
                "- Elektronische Weiterleitung an die beteiligten Stellen\n"
                "- Gewerberegisterauszug online mit Versand als PDF",
            ),
            ergebnis=(
                "Rund 70 % der Gewerbeanzeigen kommen online. Die Bestätigung geht im "
                "Schnitt nach einem Werktag hinaus, früher waren es eine bis zwei "
                "Wochen.",
                "Das Gewerbeamt hat Zeit für erlaubnispflichtige Gewerbe gewonnen, bei "
                "denen Beratung wirklich nötig ist.",
            ),
            erfahrungen=(
                "Die Nachnutzung der Landeslösung hat die Kosten klein gehalten. "
                "Aufwendig war die Anpassung im Fachverfahren.",
                "Erlaubnispflichtige Gewerbe sollten im Formular früh erkannt werden, "
                "sonst melden Menschen ein Gewerbe an, das sie noch gar nicht ausüben "
                "dürfen.",
            ),
        ),
        services=("10294", "10564"),
        processes=("99050012000000",),
        technology=("antragsstrecke", "fit_connect", "epayment", "eid", "fachverfahren"),
        target_groups=("businesses",),
        carriers=(GEMEINDE,),
        tags=("Gewerbeanzeige", "Gewerbeamt", "Gründung", "Online-Antrag"),
        costs=Costs(
            small=((2_000, 6_000), (500, 1_500)),
            medium=((5_000, 15_000), (1_500, 4_000)),
            large=((15_000, 35_000), (3_000, 8_000)),
        ),
    ),
    Archetype(
        key="gaststaettenerlaubnis-online",
        topic_field=14,
        titles=(
            "Gaststättenerlaubnis und Sperrzeitverkürzung online – {ort}",
            "Digitale Gaststättenerlaubnis mit Beteiligung der Fachämter",
        ),
        summaries=(
            "Wer in {ort} eine Gaststätte mit Alkoholausschank eröffnet, beantragt die "
            "Erlaubnis online. Bauaufsicht, Lebensmittelüberwachung und Polizei nehmen im "
            "selben digitalen Vorgang Stellung.",
            "Gaststättenerlaubnisse dauerten wegen der vielen beteiligten Stellen oft zwei "
            "Monate. Mit der digitalen Beteiligung sind es im Schnitt drei Wochen.",
            "Anträge auf Gaststättenerlaubnis, vorübergehende Gestattung und "
            "Sperrzeitverkürzung laufen in {ort} online. Vereine beantragen die Gestattung für "
            "ihr Fest ohne Amtsgang.",
            "Vom Vereinsfest bis zur Bar: Das Ordnungsamt in {ort} nimmt alle "
            "gaststättenrechtlichen Anträge online an und beteiligt die Fachämter digital.",
        ),
        description=Section(
            ausgangslage=(
                "Das Ordnungsamt erteilt jedes Jahr Gaststättenerlaubnisse und viele "
                "Gestattungen für Feste. Für jede Erlaubnis mussten Bauaufsicht, "
                "Lebensmittelüberwachung und Polizei beteiligt werden, die Akte "
                "wanderte per Hauspost.",
                "Vereine reichten Anträge für Feste oft erst kurz vorher ein, weil das "
                "Verfahren unübersichtlich war. Die Sachbearbeitung arbeitete dann unter "
                "Zeitdruck.",
            ),
            umsetzung=(
                "Die Online-Anträge fragen je nach Vorhaben die nötigen Unterlagen ab, "
                "etwa Grundriss und Führungszeugnis. Die Beteiligung der Fachämter "
                "läuft über einen Workflow in der E-Akte mit Fristen.",
                "- Antrag auf Erlaubnis, Gestattung und Sperrzeitverkürzung online\n"
                "- Checkliste der Unterlagen je nach Betriebsart\n"
                "- Beteiligung der Fachämter im Workflow mit Fristüberwachung\n"
                "- Bescheid per Post oder in das Postfach des Nutzerkontos",
            ),
            ergebnis=(
                "Rund 60 % der Anträge kommen online, bei Gestattungen für Vereinsfeste "
                "mehr. Die Bearbeitung einer Erlaubnis dauert im Schnitt drei statt acht "
                "Wochen.",
                "Die Fachämter sehen den Stand der Beteiligung. Nachforderungen sind "
                "seltener, weil die Checkliste die Unterlagen vollständig abfragt.",
            ),
            erfahrungen=(
                "Die Fachämter mussten überzeugt werden, Stellungnahmen digital "
                "abzugeben. Ein gemeinsamer Termin zu Beginn hat geholfen.",
                "Für Vereine ist eine einfache Sprache wichtig. Wir haben die Texte mit "
                "zwei Vereinsvorständen getestet.",
            ),
        ),
        services=("10294", "10346"),
        processes=("99025002000000", "99025004000000"),
        technology=("antragsstrecke", "eakte", "automatisierung", "servicekonto"),
        target_groups=("businesses", "citizens"),
        carriers=(GEMEINDE,),
        tags=("Gaststätten", "Ordnungsamt", "Vereinsfeste", "Gastronomie"),
        costs=Costs(
            small=((3_000, 8_000), (800, 2_000)),
            medium=((8_000, 20_000), (2_000, 5_000)),
            large=((20_000, 45_000), (4_000, 10_000)),
        ),
    ),
    Archetype(
        key="sondernutzung-aussengastronomie",
        topic_field=14,
        titles=(
            "Sondernutzungserlaubnis für Außengastronomie und Warenauslagen online – {ort}",
            "Außengastronomie digital beantragen",
        ),
        summaries=(
            "Gastronomen und Einzelhändler in {ort} beantragen Tische, Stühle und "
            "Warenauslagen auf dem Gehweg online. Die Fläche wird in der Karte eingezeichnet, "
            "die Gebühr automatisch berechnet.",
            "Die Sondernutzung für Außengastronomie war jedes Frühjahr ein Engpass. Mit dem "
            "Online-Antrag und einer Karte der bisher erlaubten Flächen geht die Verlängerung "
            "in Minuten.",
            "Sondernutzungen im öffentlichen Straßenraum von {ort}, von Außengastronomie bis "
            "Werbeaufsteller, werden online beantragt und in einer Karte verwaltet.",
            "Kartenbasierte Sondernutzungserlaubnisse: Das Ordnungsamt in {ort} sieht alle "
            "genehmigten Flächen auf einen Blick, Kontrollen im Außendienst werden einfacher.",
        ),
        description=Section(
            ausgangslage=(
                "Im Ortskern gibt es zahlreiche Flächen für Außengastronomie und "
                "zahlreiche Warenauslagen. Die Anträge kamen jedes Jahr im Frühjahr "
                "auf Papier mit handgezeichneten Skizzen. Die Gebühren wurden von "
                "Hand nach Fläche und Lage berechnet.",
                "Bei Kontrollen wusste der Außendienst oft nicht, welche Fläche "
                "genehmigt war. Streit über Zentimeter war die Regel.",
            ),
            umsetzung=(
                "Der Online-Antrag zeigt die Straßenkarte mit Gehwegbreiten. Die "
                "Antragstellenden zeichnen die gewünschte Fläche ein, das System "
                "berechnet die Gebühr nach der Satzung. Genehmigte Flächen stehen im "
                "Geoinformationssystem, auch für den Außendienst auf dem Tablet.",
                "- Einzeichnen der Fläche in der Karte\n"
                "- Vorbelegung mit der Fläche des Vorjahres für Verlängerungen\n"
                "- Gebührenberechnung nach Zonen der Sondernutzungssatzung\n"
                "- Genehmigte Flächen mobil abrufbar",
            ),
            ergebnis=(
                "Rund 80 % der Anträge kommen online, Verlängerungen fast alle. Die "
                "Bescheide gehen vor Saisonbeginn hinaus.",
                "Der Außendienst kontrolliert mit dem Tablet und kann Abweichungen "
                "belegen. Die Zahl der Streitfälle ist deutlich gesunken.",
            ),
            erfahrungen=(
                "Die Gehwegbreiten in der Karte mussten teilweise neu erhoben werden. "
                "Dafür war der Bauhof eine große Hilfe.",
                "Die Gastronomie hat die Vorbelegung mit dem Vorjahr besonders gelobt.",
            ),
        ),
        services=("10348",),
        processes=("99108012000000",),
        technology=("antragsstrecke", "gis", "epayment"),
        target_groups=("businesses",),
        carriers=(GEMEINDE,),
        tags=("Sondernutzung", "Außengastronomie", "Einzelhandel", "GIS"),
        costs=Costs(
            small=((3_000, 8_000), (800, 2_000)),
            medium=((10_000, 25_000), (2_000, 5_000)),
            large=((25_000, 60_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="veranstaltungen-anzeigen",
        topic_field=14,
        titles=(
            "Veranstaltungen online anmelden – Ordnungsamt {ort}",
            "Ein Antrag für Stadtfest, Umzug und Feuerwerk",
        ),
        summaries=(
            "Veranstalter in {ort} melden Feste, Märkte und Feuerwerke über einen einzigen "
            "Online-Antrag an. Das Ordnungsamt verteilt die Teile an Straßenverkehr, Feuerwehr "
            "und Gesundheitsamt.",
            "Wer ein Straßenfest plant, musste bisher fünf Anträge bei vier Stellen stellen. "
            "Jetzt gibt es einen Online-Assistenten, der nur fragt, was für die Veranstaltung "
            "nötig ist.",
            "Veranstaltungsanzeige, Sperrzeit, Feuerwerk und Straßensperrung in einem Vorgang: "
            "Das Ordnungsamt in {ort} koordiniert die Beteiligten digital.",
            "Die meisten Veranstaltungen in {ort} laufen über den digitalen "
            "Veranstaltungsantrag. Vereine und Veranstalter sehen, welche "
            "Genehmigung noch aussteht.",
        ),
        description=Section(
            ausgangslage=(
                "Für eine größere Veranstaltung brauchten Vereine und Veranstalter "
                "mehrere Genehmigungen: Veranstaltungsanzeige, gaststättenrechtliche "
                "Gestattung, Sperrzeitverkürzung, Feuerwerk, Straßensperrung. Jede kam "
                "auf einem eigenen Formular.",
                "Das Ordnungsamt erfuhr von manchen Festen erst durch die Presse. Die "
                "Abstimmung mit Feuerwehr und Polizei geschah per E-Mail in letzter "
                "Minute.",
            ),
            umsetzung=(
                "Ein Online-Assistent fragt Art, Größe und Ort der Veranstaltung ab und "
                "blendet nur die nötigen Teile ein. Das Ordnungsamt verteilt die Teile im "
                "Workflow an die beteiligten Stellen und erlässt einen gebündelten "
                "Bescheid.",
                "1. Assistent mit Fragen zu Größe, Ausschank, Musik, Feuerwerk und "
                "Straßennutzung\n"
                "2. Beteiligung von Straßenverkehrsbehörde, Feuerwehr und Polizei im "
                "Workflow\n"
                "3. Veranstaltungskalender für die Verwaltung\n"
                "4. Gebündelter Bescheid mit allen Auflagen",
            ),
            ergebnis=(
                "Etwa drei Viertel aller Veranstaltungen werden online angemeldet. "
                "Die Anträge kommen im Schnitt drei Wochen früher als bisher.",
                "Der interne Veranstaltungskalender verhindert Doppelbelegungen von "
                "Plätzen. Die Feuerwehr sieht alle Feuerwerke auf einen Blick.",
            ),
            erfahrungen=(
                "Der Assistent ist nur so gut wie die Fragen. Wir haben die Logik nach "
                "dem ersten Sommer deutlich vereinfacht.",
                "Vereine schätzen den einen Ansprechpartner im Ordnungsamt mehr als jede Technik.",
            ),
        ),
        services=("10349", "10347", "10346"),
        processes=("99089001000000", "99089046000000", "99025004000000"),
        technology=("antragsstrecke", "automatisierung", "eakte"),
        target_groups=("citizens", "businesses"),
        carriers=(GEMEINDE,),
        tags=("Veranstaltungen", "Ordnungsamt", "Vereine", "Feuerwerk"),
        costs=Costs(
            small=((3_000, 10_000), (800, 2_000)),
            medium=((10_000, 25_000), (2_000, 5_000)),
            large=((25_000, 60_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="e-vergabe-ausschreibungen",
        topic_field=14,
        titles=(
            "Elektronische Vergabe und Ausschreibungsübersicht – Vergabestelle {ort}",
            "E-Vergabe für alle Ämter und Eigenbetriebe",
        ),
        summaries=(
            "Die zentrale Vergabestelle {ort} wickelt alle Ausschreibungen elektronisch ab: "
            "Bekanntmachung, Vergabeunterlagen, Angebotsabgabe und Zuschlag. Betriebe finden "
            "alle laufenden Verfahren an einer Stelle.",
            "Angebote auf Papier im verschlossenen Umschlag gibt es nicht mehr. Die "
            "Vergabestelle hat die elektronische Vergabe auch unterhalb der EU-Schwellenwerte "
            "eingeführt.",
            "Eine Übersicht aller Ausschreibungen der Verwaltung {ort} auf der Website, "
            "elektronische Angebotsabgabe und digitale Vergabeakte: So sieht die Vergabe heute "
            "aus.",
            "Örtliche Handwerksbetriebe beteiligen sich wieder häufiger an Ausschreibungen der "
            "Vergabestelle {ort}, seit Unterlagen und Angebotsabgabe einfach online "
            "funktionieren.",
        ),
        description=Section(
            ausgangslage=(
                "Die Vergabestelle führt jedes Jahr viele Verfahren durch, "
                "überwiegend unterhalb der EU-Schwellenwerte. Die Unterlagen wurden "
                "als Papier verschickt, Angebote kamen im Umschlag und wurden im "
                "Submissionstermin geöffnet.",
                "Zu manchen Ausschreibungen gingen nur ein oder zwei Angebote ein. "
                "Örtliche Betriebe gaben an, die Ausschreibungen gar nicht zu finden.",
            ),
            umsetzung=(
                "Die Vergabestelle nutzt die Vergabeplattform des Landes für alle "
                "Verfahren. Auf der Website gibt es eine Übersicht der laufenden "
                "Ausschreibungen. Die Vergabeakte wird elektronisch geführt.",
                "- Einführung der elektronischen Angebotsabgabe für alle Verfahren\n"
                "- Schulung der Ämter in der Erstellung der Vergabeunterlagen\n"
                "- Informationsabend mit Handwerkskammer und örtlichen Betrieben\n"
                "- Elektronische Vergabeakte mit Ablage in der E-Akte",
            ),
            ergebnis=(
                "Alle Verfahren laufen elektronisch. Die Zahl der Angebote je "
                "Ausschreibung ist im Schnitt von 2,8 auf 4,1 gestiegen.",
                "Formfehler bei Angeboten, etwa fehlende Unterschriften, sind fast "
                "verschwunden. Die Submission dauert Minuten statt Stunden.",
            ),
            erfahrungen=(
                "Der Informationsabend mit den Betrieben war der wichtigste Schritt. "
                "Viele hatten Vorbehalte, die sich schnell ausräumen ließen.",
                "Die Ämter brauchen klare Vorlagen. Die Vergabestelle hat dafür eine "
                "Mustersammlung aufgebaut.",
            ),
        ),
        services=("10593",),
        processes=("99120001000000",),
        technology=("eakte", "cms", "kollaboration"),
        target_groups=("businesses", "administration"),
        carriers=(GEMEINDE, KREIS),
        tags=("Vergabe", "Ausschreibungen", "E-Vergabe", "Handwerk"),
        costs=Costs(
            small=((3_000, 8_000), (1_000, 3_000)),
            medium=((10_000, 25_000), (3_000, 7_000)),
            large=((25_000, 60_000), (6_000, 15_000)),
        ),
    ),
    Archetype(
        key="wochenmarkt-standplaetze",
        topic_field=14,
        titles=(
            "Standplätze auf dem Wochenmarkt online vergeben – {ort}",
            "Digitale Marktverwaltung für Wochen- und Spezialmärkte",
        ),
        summaries=(
            "Händlerinnen und Händler sollen sich online für Standplätze auf dem Wochenmarkt "
            "und dem Weihnachtsmarkt in {ort} bewerben und Tagesplätze buchen können. Die "
            "Marktverwaltung plant die Belegung in einem Lageplan.",
            "Die Marktverwaltung arbeitet mit Listen, Bargeld und Telefon. Die Idee ist eine "
            "einfache Web-App für Bewerbung, Platzbuchung und Bezahlung.",
            "{ort} sucht Städte und Gemeinden mit Wochenmärkten, die gemeinsam eine Lösung für "
            "Standplatzvergabe und Marktgebühren nutzen wollen.",
            "Vorschlag aus {ort}: Tagesplätze auf dem Wochenmarkt online buchen und bezahlen, "
            "feste Plätze digital verwalten, Bewerbungen für Spezialmärkte transparent "
            "bewerten.",
        ),
        description=Section(
            ausgangslage=(
                "Auf dem Wochenmarkt stehen an zwei Tagen rund 50 Händler, dazu kommen "
                "Weihnachts- und Bauernmarkt. Tagesplätze werden morgens vergeben, die "
                "Gebühr bar kassiert. Bewerbungen für Spezialmärkte kommen per E-Mail.",
                "Der Marktmeister geht in den Ruhestand, und sein Wissen über Plätze "
                "und Händler steht nirgends geschrieben.",
            ),
            umsetzung=(
                "Geplant ist eine Web-App mit Lageplan der Marktflächen. Händler "
                "bewerben sich online, feste Plätze werden dort verwaltet, Tagesplätze "
                "können vorab gebucht und bezahlt werden.",
                "Vorgehen:\n\n"
                "1. Erfassung der Marktflächen und Stromanschlüsse im Lageplan\n"
                "2. Bewerbungsformular für Spezialmärkte mit Bewertungskriterien\n"
                "3. Buchung und Online-Bezahlung von Tagesplätzen",
            ),
            ergebnis=(
                "Erwartet wird, dass Bargeld auf dem Markt weitgehend entfällt und die "
                "Vergabe der Plätze nachvollziehbar wird.",
                "Das Wissen über Plätze und Händler wäre dokumentiert und nicht mehr an "
                "eine Person gebunden.",
            ),
            erfahrungen=(
                "Gesucht sind Marktverwaltungen, die ihre Erfahrungen mit Händlern "
                "teilen. Erste Gespräche bei uns waren positiv, einige fürchten aber "
                "höhere Gebühren.",
                "Wir suchen Kommunen, die so etwas bereits nutzen oder mitentwickeln wollen.",
            ),
        ),
        services=("10350",),
        processes=("99050054000000",),
        technology=("raumbuchung", "epayment", "gis"),
        target_groups=("businesses",),
        carriers=(GEMEINDE,),
        tags=("Wochenmarkt", "Marktverwaltung", "Standplätze"),
        costs=Costs(
            small=((3_000, 8_000), (1_000, 2_000)),
            medium=((8_000, 20_000), (2_000, 4_000)),
            large=((15_000, 40_000), (3_000, 8_000)),
        ),
        is_idea=True,
    ),
    Archetype(
        key="gruendungslotse-gastronomie",
        topic_field=14,
        titles=(
            "Gründungslotse: alle Genehmigungen für ein Gastronomiegeschäft an einer Stelle",
            "Online-Gründungslotse der Wirtschaftsförderung {ort}",
        ),
        summaries=(
            "Wer in {ort} ein Café oder einen Imbiss eröffnet, braucht Gewerbeanzeige, "
            "Gaststättenerlaubnis, Sondernutzung und mehr. Ein Online-Lotse soll zeigen, was "
            "nötig ist, und die Anträge bündeln.",
            "Die Wirtschaftsförderung möchte Gründerinnen und Gründern einen Assistenten "
            "anbieten, der aus wenigen Fragen eine persönliche Checkliste mit den passenden "
            "Online-Anträgen macht.",
            "Die Wirtschaftsförderung in {ort} sucht Partner für einen Gründungslotsen, der "
            "die Anträge von Gewerbeamt, Ordnungsamt und Straßenverkehr in einer Reihenfolge "
            "zusammenführt.",
            "Vom Geschäftsplan zur Eröffnung ohne Behördenmarathon: {ort} möchte einen Lotsen, "
            "der die Genehmigungen für Gastronomiebetriebe bündelt.",
        ),
        description=Section(
            ausgangslage=(
                "Die Wirtschaftsförderung berät jedes Jahr viele Gründungswillige, "
                "ein großer Teil plant ein Gastronomiegeschäft. Viele erfahren erst "
                "nach dem Mietvertrag, welche Genehmigungen sie brauchen.",
                "Die Anträge liegen bei verschiedenen Stellen und auf verschiedenen "
                "Portalen. Auch die Beschäftigten kennen nicht alle Zusammenhänge.",
            ),
            umsetzung=(
                "Geplant ist ein Assistent, der aus Fragen zu Betriebsart, Ausschank, "
                "Außenfläche und Öffnungszeiten eine Checkliste erzeugt und zu den "
                "vorhandenen Online-Anträgen verlinkt. Die Wirtschaftsförderung "
                "begleitet den Vorgang als feste Ansprechstelle.",
                "Erste Schritte:\n\n"
                "- Bestandsaufnahme der Genehmigungen mit Ordnungsamt und Bauaufsicht\n"
                "- Prototyp als Low-Code-Anwendung\n"
                "- Test mit fünf Gründerinnen und Gründern",
            ),
            ergebnis=(
                "Erhofft werden weniger abgebrochene Gründungen und weniger "
                "Nachforderungen bei den Anträgen.",
                "Für die Verwaltung würde sichtbar, wo Verfahren unnötig hintereinander "
                "statt parallel laufen.",
            ),
            erfahrungen=(
                "Die Idee entstand im Gespräch mit Gründerinnen, die drei Monate auf "
                "ihre Eröffnung warten mussten. Wir suchen Wirtschaftsförderungen "
                "mit ähnlichen Erfahrungen.",
                "Wir wissen, dass es ähnliche Ansätze auf Landesebene gibt, und würden "
                "uns gern anschließen statt etwas Eigenes zu bauen.",
            ),
        ),
        services=("10294", "10348", "10346"),
        processes=("99025002000000", "99050012000000", "99108012000000", "99025004000000"),
        technology=("low_code", "cms", "antragsstrecke"),
        target_groups=("businesses",),
        carriers=(GEMEINDE,),
        tags=("Wirtschaftsförderung", "Gründung", "Gastronomie", "Lotse"),
        costs=Costs(
            small=((5_000, 12_000), (1_000, 3_000)),
            medium=((10_000, 25_000), (2_000, 5_000)),
            large=((20_000, 50_000), (4_000, 10_000)),
        ),
        is_idea=True,
    ),
)
