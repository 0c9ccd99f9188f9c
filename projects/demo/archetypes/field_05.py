"""Topic field 5, Engagement & Hobby: Mängelmelder, Hundesteuer, Wahlen, Ehrenamt, Fischerei."""

from projects.demo.archetypes import GEMEINDE, KREIS, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10136": "Gemeinde: Bauhof, Ordnungsamt (Mängel im öffentlichen Raum)",
    "10160": "Gemeinde: Steueramt (Hundesteuer) und Ordnungsamt",
    "10145": "Gemeinde: Wahlamt (Wählerverzeichnis, Wahlschein und Briefwahl)",
    "10144": "Gemeinde: Wahlamt (Berufung der Wahlhelfenden)",
    "10134": "Kreis/kreisfreie Stadt: Ehrenamtskarte; Gemeinde: Ehrenamtsförderung",
    "10148": "Kreis/kreisfreie Stadt: untere Fischereibehörde",
    "10127": "Gemeinde: Hauptamt (Amtsblatt, öffentliche Bekanntmachungen)",
    "10147": "Gemeinde: Ordnungsamt (Brauchtumsfeuer)",
    "10132": "Gemeinde: Einwohnerversammlung und Einwohnerfragestunde",
    "10131": "Gemeinde: Einwohnerantrag an den Rat",
}

SMALL = Costs(
    small=((1_000, 6_000), (200, 1_500)),
    medium=((3_000, 15_000), (800, 3_000)),
    large=((8_000, 40_000), (2_000, 8_000)),
)

ARCHETYPES = (
    Archetype(
        key="briefwahl-online",
        topic_field=5,
        titles=(
            "Briefwahl online beantragen {in_ort}",
            "Digitales Wahlamt: Briefwahlantrag und Wahlhelfergewinnung",
        ),
        summaries=(
            "Wählerinnen und Wähler {in_ort} beantragen Briefwahlunterlagen online oder per "
            "QR-Code auf der Wahlbenachrichtigung. Das Wahlamt verarbeitet die Anträge ohne "
            "Abtippen.",
            "{Ort} hat die Briefwahl digitalisiert: Antrag per QR-Code, Versandstatus online, "
            "Wahlhelfende melden sich über ein Portal.",
            "Das Wahlamt {in_ort} gewinnt Wahlhelfende online und verwaltet ihre Einsätze "
            "digital. Briefwahlanträge kommen direkt ins Wahlverfahren.",
            "Zur Bundestagswahl kamen {in_ort} die meisten Briefwahlanträge online. Die "
            "Unterlagen wurden schneller verschickt als bei früheren Wahlen.",
        ),
        description=Section(
            ausgangslage=(
                "Der Anteil der Briefwahl wächst mit jeder Wahl. Das Wahlamt {in_ort} "
                "bearbeitete Zehntausende Papieranträge in wenigen Wochen.",
                "Es wurde immer schwieriger, genügend Wahlhelfende zu finden. Die Einteilung "
                "lief über Excel-Listen und Telefonate.",
            ),
            umsetzung=(
                "Die Wahlbenachrichtigung trägt einen QR-Code, der zum vorausgefüllten "
                "Online-Antrag führt. Anträge gehen direkt in das Wahlverfahren, der Versand "
                "wird mit Kuvertiermaschine erledigt.",
                "Ein Portal für Wahlhelfende nimmt Anmeldungen mit Wunschwahllokal an. Das "
                "Wahlamt teilt die Vorstände ein und verschickt Berufungen elektronisch.",
            ),
            ergebnis=(
                "Die Unterlagen gehen wenige Tage nach dem Antrag raus. Die Schlange im "
                "Briefwahlbüro ist kürzer geworden.",
                "Mehr Menschen haben sich als Wahlhelfende gemeldet, viele zum ersten Mal.",
            ),
            erfahrungen=(
                "Der QR-Code auf der Wahlbenachrichtigung war der größte Hebel.",
                "Bei vorgezogenen Wahlen zahlt es sich aus, wenn die Verfahren schon stehen.",
            ),
        ),
        services=("10145", "10144"),
        processes=("99128001000000", "99128009000000", "99128008000000"),
        technology=("antragsstrecke", "fachverfahren"),
        target_groups=("citizens", "administration"),
        carriers=(GEMEINDE,),
        tags=("Wahlen", "Briefwahl", "Wahlhelfende", "Online-Antrag"),
        costs=SMALL,
    ),
    Archetype(
        key="ehrenamtskarte",
        topic_field=5,
        titles=(
            "Ehrenamtskarte online beantragen {in_ort}",
            "Digitale Ehrenamtskarte und Ehrenamtsbörse",
        ),
        summaries=(
            "Ehrenamtlich Engagierte {in_ort} beantragen die Ehrenamtskarte online; Vereine "
            "bestätigen das Engagement im selben Verfahren.",
            "{Ort} hat die Ehrenamtskarte digitalisiert und eine Übersicht der "
            "Vergünstigungen bei Partnern aus der Region online gestellt.",
            "Mit der Online-Beantragung der Ehrenamtskarte {in_ort} entfällt der Papierweg "
            "zwischen Engagierten, Vereinen und Verwaltung.",
            "Die Ehrenamtskarte {in_ort} gibt es jetzt digital beantragt und auf Wunsch als "
            "Karte per Post; eine Ehrenamtsbörse vermittelt neue Engagierte.",
        ),
        description=Section(
            ausgangslage=(
                "Für die Ehrenamtskarte mussten Engagierte {in_ort} ein Formular ausfüllen, "
                "vom Verein unterschreiben lassen und einreichen. Viele Berechtigte "
                "verzichteten.",
                "Vereine suchen Nachwuchs, Interessierte finden passende Angebote nicht.",
            ),
            umsetzung=(
                "Der Online-Antrag schickt dem Verein einen Link zur Bestätigung. Nach der "
                "Prüfung wird die Karte gedruckt und verschickt. Partnerbetriebe sind in einer "
                "Karte auf der Website verzeichnet.",
                "Zusätzlich zum Antrag gibt es eine Ehrenamtsbörse, in der Vereine Aufgaben "
                "einstellen. Beides läuft auf derselben Plattform.",
            ),
            ergebnis=(
                "Die Zahl der ausgegebenen Karten ist gestiegen. Die Bearbeitung braucht "
                "deutlich weniger Zeit.",
                "Die Ehrenamtsbörse hat vielen Vereinen neue Helferinnen und Helfer gebracht.",
            ),
            erfahrungen=(
                "Vereine brauchen eine einfache Bestätigung ohne eigenes Konto.",
                "Partnerbetriebe bleiben nur dabei, wenn die Karte sichtbar beworben wird.",
            ),
        ),
        services=("10134",),
        processes=("99030003000000",),
        technology=("antragsstrecke", "cms"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Ehrenamt", "Ehrenamtskarte", "Vereine"),
        costs=SMALL,
    ),
    Archetype(
        key="fischereischein",
        topic_field=5,
        titles=(
            "Fischereischein online beantragen {in_ort}",
            "Fischereischein und Fischereiabgabe digital",
        ),
        summaries=(
            "Anglerinnen und Angler {in_ort} beantragen oder verlängern den Fischereischein "
            "online und zahlen die Fischereiabgabe direkt.",
            "Die untere Fischereibehörde {in_ort} hat den Fischereischein digitalisiert. "
            "Nachweis der Fischerprüfung und Passbild werden hochgeladen.",
            "{ort}: Fischereischein beantragen ohne Amtsbesuch, mit Online-Bezahlung und "
            "Versand per Post.",
            "Verlängerungen des Fischereischeins {in_ort} laufen online; die Behörde spart "
            "Schalterzeit im Frühjahr, wenn die Saison beginnt.",
        ),
        description=Section(
            ausgangslage=(
                "Im Frühjahr standen Anglerinnen und Angler {in_ort} für Fischereischeine an. "
                "Die Verlängerung war reine Routine, brauchte aber einen Besuch.",
                "Die Fischereiabgabe wurde bar kassiert und von Hand verbucht.",
            ),
            umsetzung=(
                "Ein Online-Antrag nimmt Prüfungszeugnis, Passbild und Zahlung an. Der Schein "
                "wird gedruckt und per Post verschickt.",
                "Wir haben das Formular aus dem Landesportal übernommen und an das "
                "Kassenverfahren angebunden.",
            ),
            ergebnis=(
                "Der Großteil der Verlängerungen läuft online. Die Barkasse wird kaum noch "
                "gebraucht.",
                "Die Spitze im Frühjahr ist abgeflacht, Wartezeiten gibt es kaum noch.",
            ),
            erfahrungen=(
                "Ein kleiner Dienst mit großer Wirkung für eine kleine Behörde.",
                "Angelvereine haben den Online-Antrag bei ihren Mitgliedern bekannt gemacht.",
            ),
        ),
        services=("10148",),
        processes=("99042001000000",),
        technology=("antragsstrecke", "epayment"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Fischerei", "Freizeit", "Online-Antrag", "E-Payment"),
        costs=SMALL,
    ),
    Archetype(
        key="amtsblatt-digital",
        topic_field=5,
        titles=(
            "Digitales Amtsblatt {in_ort}",
            "Öffentliche Bekanntmachungen im Internet statt im Aushangkasten",
        ),
        summaries=(
            "{ort} veröffentlicht Amtsblatt und Bekanntmachungen rechtsverbindlich im "
            "Internet. Wer möchte, erhält neue Ausgaben per E-Mail.",
            "Das Amtsblatt {in_ort} erscheint nur noch digital. Die Hauptsatzung wurde "
            "angepasst, ein Ausdruck liegt weiterhin im Rathaus aus.",
            "Bekanntmachungen {in_ort} sind jetzt dauerhaft online durchsuchbar, mit "
            "Abonnement per E-Mail und RSS.",
            "Statt Aushangkasten und gedrucktem Amtsblatt setzt {ort} auf digitale "
            "Bekanntmachung und spart Druck- und Verteilkosten.",
        ),
        description=Section(
            ausgangslage=(
                "Das Amtsblatt {in_ort} wurde gedruckt und verteilt. Fristen hingen am "
                "Erscheinungstermin, eilige Bekanntmachungen kamen in den Aushangkasten.",
                "Ältere Bekanntmachungen waren nur im Archiv zu finden.",
            ),
            umsetzung=(
                "Nach Änderung der Hauptsatzung erscheinen Bekanntmachungen auf der Website als "
                "signierte PDF-Dokumente. Ein Abonnement per E-Mail informiert über neue "
                "Ausgaben.",
                "Das Redaktionssystem der Website wurde um einen Bereich für Bekanntmachungen "
                "mit Archiv und Suche erweitert.",
            ),
            ergebnis=(
                "Druck- und Verteilkosten sind entfallen. Bekanntmachungen erscheinen ohne "
                "Wartezeit.",
                "Das Archiv ist für alle durchsuchbar, Anfragen nach alten Satzungen sind "
                "seltener.",
            ),
            erfahrungen=(
                "Die rechtliche Prüfung der Hauptsatzung hat am längsten gedauert.",
                "Ein Ausdruck im Rathaus bleibt wichtig für Menschen ohne Internet.",
            ),
        ),
        services=("10127",),
        processes=("99094003000000",),
        technology=("cms",),
        target_groups=("citizens", "businesses"),
        carriers=(GEMEINDE,),
        tags=("Amtsblatt", "Bekanntmachung", "Transparenz"),
        costs=SMALL,
        open_source=True,
    ),
    Archetype(
        key="brauchtumsfeuer",
        topic_field=5,
        titles=(
            "Osterfeuer online anmelden {in_ort}",
            "Brauchtumsfeuer digital anzeigen",
        ),
        summaries=(
            "Vereine und Nachbarschaften {in_ort} melden Osterfeuer online an. Die Feuerwehr "
            "sieht alle Feuer auf einer Karte.",
            "{ort} nimmt Anzeigen für Brauchtumsfeuer über ein Online-Formular an und "
            "veröffentlicht die Standorte für Feuerwehr und Nachbarn.",
            "Die Anmeldung von Osterfeuern {in_ort} läuft nicht mehr per Brief. Auflagen "
            "gibt es automatisch mit der Bestätigung.",
            "Ein kleines Formular für ein großes Brauchtum: Osterfeuer {in_ort} werden online "
            "angezeigt und auf einer Karte gesammelt.",
        ),
        description=Section(
            ausgangslage=(
                "Jedes Jahr gingen {in_ort} vor Ostern viele formlose Anmeldungen ein. Die "
                "Feuerwehr erhielt eine Liste per Fax.",
                "Auflagen zum Abstand und zum Brennmaterial mussten jedem Veranstalter einzeln "
                "geschickt werden.",
            ),
            umsetzung=(
                "Ein Online-Formular fragt Veranstalter, Standort und Verantwortliche ab. Die "
                "Bestätigung mit Auflagen kommt automatisch per E-Mail, die Feuerwehr sieht "
                "alle Feuer auf einer Karte.",
                "Das Formular entstand im Formularbaukasten des Landes in wenigen Tagen.",
            ),
            ergebnis=(
                "Die Feuerwehr kennt alle Feuer vorab, Fehlalarme sind seltener.",
                "Das Ordnungsamt spart jedes Frühjahr viele Stunden.",
            ),
            erfahrungen=(
                "Kleine Formulare sind ein guter Einstieg für kleine Verwaltungen.",
                "Die Karte für die Feuerwehr war der eigentliche Gewinn.",
            ),
        ),
        services=("10147",),
        processes=("99063010000000",),
        technology=("antragsstrecke", "gis"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Osterfeuer", "Ordnungsamt", "Brauchtum"),
        costs=Costs(
            small=((300, 2_000), (0, 300)),
            medium=((500, 3_000), (0, 500)),
            large=((1_000, 5_000), (0, 1_000)),
        ),
    ),
    Archetype(
        key="einwohnerbeteiligung-online",
        topic_field=5,
        titles=(
            "Idee: Einwohnerversammlung hybrid und Einwohneranträge online",
            "Idee: Digitale Einwohnerbeteiligung {in_ort}",
        ),
        summaries=(
            "{ort} möchte Einwohnerversammlungen auch online übertragen und Fragen vorab "
            "digital sammeln. Einwohneranträge sollen online unterstützt werden können.",
            "Idee {in_ort}: Fragen für die Einwohnerfragestunde online einreichen, Antworten "
            "öffentlich nachlesen, Versammlungen im Livestream verfolgen.",
            "Wir planen {in_ort} eine digitale Ergänzung der Einwohnerversammlung und suchen "
            "Gemeinden mit Erfahrung in hybriden Formaten.",
            "Mehr Beteiligung für Menschen, die abends nicht ins Rathaus kommen können: "
            "{ort} denkt über hybride Einwohnerversammlungen nach.",
        ),
        description=Section(
            ausgangslage=(
                "Zu Einwohnerversammlungen {in_ort} kommen wenige, meist dieselben Menschen. "
                "Junge Familien und Berufstätige fehlen.",
                "Einwohneranträge brauchen Unterschriften auf Papier; die Prüfung ist aufwendig.",
            ),
            umsetzung=(
                "Versammlungen würden per Videokonferenz übertragen, Fragen vorab und während "
                "der Sitzung über ein Formular gestellt. Antworten würden im "
                "Ratsinformationssystem veröffentlicht.",
                "Für Einwohneranträge wäre eine Online-Unterstützung mit Prüfung über das "
                "Melderegister denkbar, sofern das Landesrecht sie zulässt.",
            ),
            ergebnis=(
                "Mehr und vielfältigere Beteiligung bei überschaubarem Aufwand.",
                "Nachvollziehbare Antworten auf Fragen aus der Einwohnerschaft.",
            ),
            erfahrungen=(
                "Wir suchen Gemeinden, die hybride Versammlungen schon durchführen.",
                "Gesucht: rechtliche Einschätzungen zu Online-Unterschriften bei "
                "Einwohneranträgen.",
            ),
        ),
        services=("10132", "10131"),
        processes=("99030006000000", "99030004000000"),
        technology=("video", "beteiligung"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Bürgerbeteiligung", "Einwohnerversammlung", "Demokratie"),
        costs=SMALL,
        is_idea=True,
    ),
)
