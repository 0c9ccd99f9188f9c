"""Topic field 8, Gesundheit: Gesundheitsamt of the Kreis or kreisfreie Stadt, Sozialamt,
Standesamt and Friedhofsverwaltung of the Gemeinde."""

from projects.demo.archetypes import GEMEINDE, KREIS, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10181": "Kreis: Gesundheitsamt (Belehrungen und Untersuchungen)",
    "10187": "Kreis: Gesundheitsamt, Kinder- und Jugendgesundheitsdienst",
    "10486": "Kreis: Gesundheitsamt, Trinkwasserüberwachung",
    "10227": "Gemeinde: Friedhofsverwaltung",
    "10235": "Gemeinde: Standesamt",
    "10237": "Gemeinde: Standesamt",
    "10218": "Kreis: Sozialamt als örtlicher Träger der Sozialhilfe",
    "10220": "Kreis: Pflegestützpunkt und Sozialamt",
}

ARCHETYPES = (
    Archetype(
        key="infektionsschutz-belehrung",
        topic_field=8,
        titles=(
            "Belehrung nach dem Infektionsschutzgesetz per Video – {ort}",
            "Erstbelehrung für Beschäftigte im Lebensmittelbereich online",
            "Gesundheitsamt {ort}: Online-Belehrung nach § 43 IfSG",
        ),
        summaries=(
            "Wer mit Lebensmitteln arbeitet, bekommt die Erstbelehrung nach § 43 "
            "Infektionsschutzgesetz jetzt per Videositzung statt im Sitzungssaal des "
            "Gesundheitsamts {ort}. Gebühr und Bescheinigung laufen online.",
            "Das Gesundheitsamt {ort} hat die Gruppenbelehrungen für Küchen- und "
            "Verkaufspersonal auf Videotermine umgestellt. Die Wartezeit auf einen Termin sank "
            "von rund vier Wochen auf wenige Tage.",
            "Online-Anmeldung, Zahlung, Belehrung in einer Videokonferenz und die "
            "Bescheinigung als PDF: Für Gastronomie, Bäckereien und Kitas ist die "
            "IfSG-Belehrung kein halber Arbeitstag mehr.",
            "Kurzfilm in sieben Sprachen, anschließend eine Videositzung mit einer "
            "Hygienekontrolleurin: So führt das Gesundheitsamt {ort} die Erstbelehrung nach "
            "dem Infektionsschutzgesetz inzwischen überwiegend durch.",
        ),
        description=Section(
            ausgangslage=(
                "Jede Person, die gewerbsmäßig mit Lebensmitteln umgeht, braucht vor "
                "Arbeitsbeginn eine Belehrung des Gesundheitsamts. Bisher fanden dafür "
                "zweimal wöchentlich Gruppentermine mit bis zu 30 Personen statt. Vor "
                "Saisonbeginn waren die Termine wochenlang ausgebucht, Betriebe konnten "
                "Aushilfen nicht rechtzeitig einsetzen.",
                "Rund 4.500 Belehrungen im Jahr, Barzahlung an der Kasse, Bescheinigungen "
                "von Hand ausgefüllt und unterschrieben: Der Aufwand im Gesundheitsamt war "
                "hoch, und wer kein Deutsch sprach, verstand vom Vortrag oft nur die "
                "Hälfte.",
            ),
            umsetzung=(
                "Die Anmeldung läuft über eine Online-Antragsstrecke mit Bezahlfunktion. "
                "Nach der Zahlung erhalten die Teilnehmenden einen Link zu einem Lernfilm "
                "und einen Termin für die Videositzung. Dort prüft eine Mitarbeiterin den "
                "Ausweis in die Kamera, beantwortet Fragen und bestätigt die Teilnahme. "
                "Die Bescheinigung wird im Fachverfahren erzeugt und per E-Mail "
                "verschickt.",
                "- Lernfilm in Deutsch, Englisch, Arabisch, Türkisch, Polnisch, Rumänisch "
                "und Ukrainisch\n"
                "- Videositzungen mit höchstens zwölf Personen, dreimal pro Woche\n"
                "- Identitätsprüfung per Ausweis in der Kamera\n"
                "- Bescheinigung mit Prüfnummer, die Betriebe bei Kontrollen vorzeigen",
            ),
            ergebnis=(
                "Gut 80 % der Belehrungen finden inzwischen per Video statt. Die "
                "Präsenztermine gibt es weiter, vor allem für Schulklassen und Menschen "
                "ohne passendes Endgerät. Die Wartezeit liegt bei drei bis fünf Tagen.",
                "Das Gesundheitsamt spart pro Jahr etwa 300 Arbeitsstunden an der Kasse "
                "und beim Ausstellen der Bescheinigungen. Die Rückfragen der Betriebe zu "
                "verlorenen Bescheinigungen sind fast verschwunden, weil die PDF-Datei "
                "jederzeit erneut versandt werden kann.",
            ),
            erfahrungen=(
                "Die rechtliche Frage, ob eine Videositzung als mündliche Belehrung gilt, "
                "haben wir früh mit der Aufsicht im Land geklärt. Das hat Zeit gekostet, "
                "aber spätere Diskussionen erspart.",
                "Die Übersetzungen des Lernfilms waren der aufwendigste Teil. Wir würden "
                "heute früher mit anderen Gesundheitsämtern zusammenarbeiten, die "
                "dieselben Filme brauchen.",
            ),
        ),
        services=("10181",),
        processes=("99003002000000",),
        technology=("antragsstrecke", "epayment", "video", "fachverfahren"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Gesundheitsamt", "Infektionsschutz", "Videoberatung", "Gastronomie"),
        costs=Costs(
            small=((8_000, 15_000), (2_000, 4_000)),
            medium=((12_000, 25_000), (3_000, 6_000)),
            large=((20_000, 45_000), (5_000, 10_000)),
        ),
    ),
    Archetype(
        key="schuleingangsuntersuchung",
        topic_field=8,
        titles=(
            "Schuleingangsuntersuchung mit Online-Termin und digitalem Elternfragebogen",
            "Digitale Einladung zur Schuleingangsuntersuchung – {ort}",
        ),
        summaries=(
            "Eltern buchen den Termin zur Schuleingangsuntersuchung beim Gesundheitsamt {ort} "
            "online und füllen den Anamnesebogen vorab am Smartphone aus. Die Angaben landen "
            "direkt im Fachverfahren.",
            "Statt Einladungsbrief mit festem Termin und Papierfragebogen wählen Familien "
            "ihren Untersuchungstermin selbst. Die Zahl der verpassten Termine hat sich etwa "
            "halbiert.",
            "Der Kinder- und Jugendgesundheitsdienst des Gesundheitsamts {ort} untersucht "
            "jedes Jahr alle angehenden Schulkinder. Terminplanung und Elternfragebogen laufen "
            "jetzt digital und in mehreren Sprachen.",
            "Weniger Abtippen, weniger Terminchaos: Die Schuleingangsuntersuchung im "
            "Gesundheitsamt {ort} beginnt mit einem Online-Fragebogen, den die Ärztinnen schon "
            "vor dem Termin sehen.",
        ),
        description=Section(
            ausgangslage=(
                "Der Kinder- und Jugendgesundheitsdienst untersucht jährlich rund 2.400 "
                "Kinder vor der Einschulung. Die Einladungen gingen mit festem Termin per "
                "Post hinaus, der Anamnesebogen kam auf Papier zurück oder wurde im "
                "Wartezimmer ausgefüllt. Etwa jeder sechste Termin musste neu vergeben "
                "werden.",
                "Die medizinischen Fachangestellten verbrachten viel Zeit damit, "
                "Fragebögen abzutippen und Termine am Telefon zu verschieben. Familien, "
                "die wenig Deutsch sprechen, konnten die Fragen zu Vorerkrankungen und "
                "Sprachentwicklung oft nicht beantworten.",
            ),
            umsetzung=(
                "Die Einladung enthält jetzt einen Code, mit dem Eltern online einen "
                "Termin an einem der Untersuchungsorte buchen. Der Anamnesebogen ist eine "
                "Antragsstrecke mit Übersetzungen, die Daten werden über eine Schnittstelle "
                "in das Fachverfahren übernommen. Erinnerungen gehen zwei Tage vorher per "
                "E-Mail oder SMS hinaus.",
                "- Terminbuchung mit Einladungscode, getrennt nach Untersuchungsorten\n"
                "- Elternfragebogen in acht Sprachen, mit Hinweis auf Impfausweis und "
                "U-Heft\n"
                "- Übernahme der Antworten in das Fachverfahren ohne Abtippen\n"
                "- Papierbogen bleibt für Familien ohne Internetzugang erhalten",
            ),
            ergebnis=(
                "Rund 70 % der Familien buchen online, etwa 60 % füllen den Fragebogen "
                "vorab aus. Versäumte Termine gingen von etwa 16 % auf 8 % zurück. Die "
                "Ärztinnen können sich im Termin auf die Untersuchung und das Gespräch "
                "konzentrieren.",
                "Das Team spart pro Untersuchungsjahr geschätzt 350 Stunden "
                "Erfassungsarbeit. Die Daten für die Gesundheitsberichterstattung sind "
                "vollständiger, weil Pflichtfelder im Fragebogen nicht mehr leer bleiben.",
            ),
            erfahrungen=(
                "Wichtig war, den Datenschutz von Anfang an einzubinden: Es geht um "
                "Gesundheitsdaten von Kindern. Die Einwilligungstexte haben wir "
                "gemeinsam mit Eltern aus dem Kita-Beirat verständlich gemacht.",
                "Die Übersetzungen sollten fachlich geprüft werden. Eine Frage zur "
                "Sprachentwicklung war im ersten Entwurf so übersetzt, dass sie "
                "missverstanden wurde.",
            ),
        ),
        services=("10187", "10181"),
        processes=("99003042000000",),
        technology=("terminvergabe", "antragsstrecke", "fachverfahren"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Schuleingangsuntersuchung", "Kindergesundheit", "Terminvergabe", "Gesundheitsamt"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 4_000)),
            medium=((15_000, 30_000), (3_000, 6_000)),
            large=((25_000, 60_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="trinkwasser-anzeigen",
        topic_field=8,
        titles=(
            "Anzeigen nach der Trinkwasserverordnung online – Gesundheitsamt {ort}",
            "Legionellenbefunde digital melden",
        ),
        summaries=(
            "Betreiber von Wasserversorgungsanlagen und Labore melden Befunde und Anzeigen "
            "nach der Trinkwasserverordnung über ein Online-Formular. Das Gesundheitsamt {ort} "
            "sieht Überschreitungen sofort im Fachverfahren.",
            "Legionellenbefunde aus Mehrfamilienhäusern kamen per Fax, E-Mail und Post. Jetzt "
            "gibt es einen einheitlichen Meldeweg, und kritische Werte werden automatisch "
            "hervorgehoben.",
            "Das Gesundheitsamt {ort} überwacht mehrere Tausend Trinkwasseranlagen. Mit dem "
            "digitalen Meldeweg gehen Anzeigen nicht mehr im Postfach unter.",
            "Hausverwaltungen, Wasserversorger und Untersuchungslabore nutzen einen "
            "gemeinsamen Online-Zugang zum Gesundheitsamt {ort} für Anzeigen und "
            "Befundmeldungen zum Trinkwasser.",
        ),
        description=Section(
            ausgangslage=(
                "Im Zuständigkeitsbereich liegen rund 60 Wasserversorgungsanlagen, "
                "mehrere Hundert Kleinanlagen und etwa 3.000 Gebäude mit Großanlagen zur "
                "Trinkwassererwärmung. Befunde über dem technischen Maßnahmewert für "
                "Legionellen kamen auf allen Kanälen an, manchmal erst Tage nach der "
                "Probenahme.",
                "Die Sachbearbeitung tippte eingehende Anzeigen von Hand in das "
                "Fachverfahren. Ob zu einem Gebäude schon eine Gefährdungsanalyse "
                "vorlag, ließ sich nur mit Rückfragen klären.",
            ),
            umsetzung=(
                "Gemeinsam mit zwei Nachbarkreisen wurde eine Antragsstrecke für die "
                "häufigsten Anzeigen gebaut: Inbetriebnahme und Änderung von Anlagen, "
                "Überschreitungen von Grenzwerten und Maßnahmewerten. Labore können "
                "Befunde zusätzlich als strukturierte Datei hochladen. Die Daten gehen "
                "über eine Schnittstelle in das Fachverfahren, die Gebäude werden "
                "anhand der Adresse im Geoinformationssystem verortet.",
                "Das Projekt lief in drei Stufen:\n\n"
                "1. Online-Formular für Hausverwaltungen und Betreiber\n"
                "2. Upload für Labore mit Plausibilitätsprüfung\n"
                "3. Kartenansicht für das Amt, in der offene Fälle farbig markiert sind",
            ),
            ergebnis=(
                "Inzwischen kommen etwa 85 % der Befundmeldungen digital. Überschreitungen "
                "sind am selben Tag im Fachverfahren sichtbar, die Nachverfolgung der "
                "Fristen für Gefährdungsanalysen läuft über Wiedervorlagen statt über "
                "Excel-Listen.",
                "Die Sachbearbeitung gewinnt rund einen halben Personentag pro Woche. "
                "Hausverwaltungen schätzen, dass sie eine Eingangsbestätigung mit "
                "Aktenzeichen erhalten.",
            ),
            erfahrungen=(
                "Die Labore früh einzubinden war entscheidend; ohne ihren Upload wäre "
                "das Formular nur halb so viel wert gewesen.",
                "Die Zusammenarbeit mit den Nachbarkreisen hat die Kosten gedrückt, "
                "erforderte aber eine gemeinsame Sprachregelung für Fachbegriffe in den "
                "Formularen.",
            ),
        ),
        services=("10486",),
        processes=("99129033000000", "99129034000000"),
        technology=("antragsstrecke", "fachverfahren", "gis"),
        target_groups=("businesses", "administration"),
        carriers=(KREIS,),
        tags=("Trinkwasser", "Legionellen", "Gesundheitsamt", "Meldeweg"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 4_000)),
            medium=((15_000, 35_000), (3_000, 6_000)),
            large=((25_000, 70_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="friedhof-grabstellen",
        topic_field=8,
        titles=(
            "Digitale Friedhofsverwaltung {ort}",
            "Grabnutzungsrechte und Grabmalanträge online – {ort}",
            "Friedhofsplan und Grabstellenverwaltung im GIS",
        ),
        summaries=(
            "Die Friedhofsverwaltung in {ort} führt alle Grabstellen in einem digitalen "
            "Friedhofsplan. Steinmetze stellen Grabmalanträge online, Angehörige verlängern "
            "Nutzungsrechte ohne Amtsgang.",
            "Karteikarten, Papierpläne und ein Aktenschrank voller Grabmalanträge: Das war die "
            "Friedhofsverwaltung bis zum Projekt. Heute liegt alles in einer digitalen Akte "
            "mit Lageplan.",
            "Auf den Friedhöfen in {ort} werden ablaufende Nutzungsrechte automatisch erkannt. "
            "Angehörige erhalten rechtzeitig ein Schreiben mit Online-Antrag zur Verlängerung.",
            "Für Bestatter und Steinmetze gibt es einen Online-Zugang zur Friedhofsverwaltung "
            "in {ort}: freie Grabstellen anfragen, Grabmale genehmigen lassen und Unterlagen "
            "hochladen.",
        ),
        description=Section(
            ausgangslage=(
                "Die Verwaltung betreibt eigene Friedhöfe mit mehreren Grabfeldern. "
                "Belegung und Nutzungsrechte standen auf Karteikarten, die Lagepläne "
                "waren handgezeichnet und teilweise über 40 Jahre alt. Anfragen von "
                "Bestattern nach freien Wahlgräbern dauerten oft mehrere Tage.",
                "Jedes Jahr laufen zahlreiche Nutzungsrechte ab. Welche das sind, "
                "ließ sich nur durch Blättern in der Kartei ermitteln. "
                "Grabmalanträge kamen per Post mit Zeichnungen, die oft "
                "nachgefordert werden mussten.",
            ),
            umsetzung=(
                "Die Grabfelder wurden vermessen und im Geoinformationssystem "
                "digitalisiert, anschließend die Karteikarten übertragen. Für "
                "Grabmalanträge und die Verlängerung von Nutzungsrechten gibt es "
                "Online-Formulare, deren Eingänge in der E-Akte der Friedhofsverwaltung "
                "landen.",
                "- Vermessung und Digitalisierung der Grabfelder durch den Bauhof und "
                "eine Vermessungsstelle\n"
                "- Übertragung der Karteikarten durch zwei Aushilfen über vier Monate\n"
                "- Online-Anträge für Grabmale mit Upload von Zeichnung und "
                "Standsicherheitsnachweis\n"
                "- Verlängerung von Nutzungsrechten mit Online-Bezahlung",
            ),
            ergebnis=(
                "Anfragen nach freien Grabstellen beantwortet die Verwaltung jetzt "
                "meist am selben Tag. Etwa zwei Drittel der Grabmalanträge kommen "
                "online, Nachforderungen sind deutlich seltener, weil Pflichtangaben "
                "abgefragt werden.",
                "Die Gebührenbescheide für Verlängerungen entstehen aus den Daten des "
                "Friedhofsplans. Die Gemeinde hat zum ersten Mal einen verlässlichen "
                "Überblick über freie Flächen, was bei der Planung eines Urnenfelds "
                "geholfen hat.",
            ),
            erfahrungen=(
                "Die Übertragung der Karteikarten hat länger gedauert als geplant; viele "
                "Einträge waren unvollständig. Ein Puffer von einigen Wochen ist "
                "realistisch.",
                "Mit den örtlichen Steinmetzbetrieben haben wir das Formular vorab "
                "getestet. Ihre Hinweise haben mehrere Pflichtfelder überflüssig gemacht.",
            ),
        ),
        services=("10227",),
        processes=("99101001000000", "99101008000000"),
        technology=("gis", "antragsstrecke", "eakte", "epayment"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(GEMEINDE,),
        tags=("Friedhof", "Grabstellen", "Friedhofsverwaltung", "GIS"),
        costs=Costs(
            small=((5_000, 15_000), (1_000, 3_000)),
            medium=((15_000, 40_000), (3_000, 7_000)),
            large=((40_000, 90_000), (6_000, 15_000)),
        ),
    ),
    Archetype(
        key="sterbefall-standesamt",
        topic_field=8,
        titles=(
            "Sterbefallanzeige durch Bestatter online – Standesamt {ort}",
            "Digitale Beurkundung von Sterbefällen",
        ),
        summaries=(
            "Bestattungsunternehmen zeigen Sterbefälle dem Standesamt in {ort} online an und "
            "laden die Unterlagen hoch. Die Sterbeurkunden gehen danach ohne weiteren Termin "
            "hinaus.",
            "Früher brachten Bestatter jeden Sterbefall persönlich mit einem Stapel Unterlagen "
            "ins Standesamt. Heute reichen sie die Anzeige digital ein, die Beurkundung dauert "
            "im Schnitt einen Arbeitstag.",
            "Angehörige bestellen weitere Sterbeurkunden beim Standesamt in {ort} online und "
            "bezahlen direkt. Das spart Telefonate und Wege am Schalter.",
            "Das Standesamt in {ort} nimmt Sterbefallanzeigen digital entgegen und übernimmt "
            "die Angaben in das Fachverfahren. Das entlastet Bestatter, Angehörige und die "
            "Standesbeamtinnen.",
        ),
        description=Section(
            ausgangslage=(
                "Fast alle Sterbefälle, die das Standesamt beurkundet, werden von "
                "Bestattungsunternehmen angezeigt, die dafür mit Todesbescheinigung, "
                "Personenstandsurkunden und Ausweis persönlich vorsprechen mussten. "
                "Fehlende Unterlagen bedeuteten einen zweiten Weg.",
                "Die Bestatter klagten über Wartezeiten, das Standesamt über "
                "unvollständige Unterlagen. Angehörige riefen an, um zusätzliche "
                "Sterbeurkunden für Versicherungen und Banken zu bestellen.",
            ),
            umsetzung=(
                "Für die Sterbefallanzeige wurde eine Antragsstrecke mit Upload für die "
                "Unterlagen eingerichtet, die Bestatter mit einem Organisationskonto "
                "nutzen. Die Daten werden in das Fachverfahren des Standesamts "
                "übernommen. Die Originale der Todesbescheinigung kommen weiterhin per "
                "Post oder Bote nach.",
                "- Organisationskonten für die Bestattungsunternehmen im Ort und in "
                "der Umgebung\n"
                "- Prüfliste im Formular, welche Urkunden je nach Familienstand "
                "nötig sind\n"
                "- Urkundenbestellung für Angehörige mit Online-Bezahlung\n"
                "- Versand der Urkunden per Post, auf Wunsch an den Bestatter",
            ),
            ergebnis=(
                "Rund 90 % der Sterbefälle werden inzwischen digital angezeigt. Die "
                "Beurkundung erfolgt in der Regel am nächsten Arbeitstag, Rückfragen "
                "wegen fehlender Unterlagen sind seltener geworden.",
                "Am Schalter des Standesamts ist mehr Zeit für Eheschließungen und "
                "Geburten. Etwa die Hälfte der zusätzlichen Sterbeurkunden wird online "
                "bestellt.",
            ),
            erfahrungen=(
                "Die Bestatter waren die treibende Kraft; sie früh einzubinden hat die "
                "Akzeptanz gesichert.",
                "Dass Originalunterlagen weiter auf Papier nachgereicht werden müssen, "
                "sorgt für Verwirrung. Ein klarer Hinweis im Formular und in der "
                "Eingangsbestätigung hilft.",
            ),
        ),
        services=("10235", "10237"),
        processes=("99101011000000", "99101004000000"),
        technology=("antragsstrecke", "servicekonto", "epayment", "fachverfahren"),
        target_groups=("citizens", "businesses"),
        carriers=(GEMEINDE,),
        tags=("Standesamt", "Sterbefall", "Bestattung", "Urkunden"),
        costs=Costs(
            small=((3_000, 8_000), (800, 2_000)),
            medium=((8_000, 20_000), (2_000, 5_000)),
            large=((20_000, 45_000), (4_000, 9_000)),
        ),
    ),
    Archetype(
        key="kurzzeitpflege-boerse",
        topic_field=8,
        titles=(
            "Tagesaktuelle Übersicht freier Kurzzeitpflegeplätze – {ort}",
            "Pflegeplatzbörse und Online-Antrag Hilfe zur Pflege",
        ),
        summaries=(
            "Angehörige suchen oft tagelang telefonisch nach einem Kurzzeitpflegeplatz. Die "
            "Idee: Pflegeeinrichtungen melden freie Plätze täglich online, der "
            "Pflegestützpunkt und die Kliniksozialdienste sehen sie auf einen Blick.",
            "Eine gemeinsame Übersicht freier Kurzzeit- und Tagespflegeplätze, verbunden mit "
            "einem Online-Antrag beim Sozialamt {ort} auf Hilfe zur Pflege. Gesucht werden "
            "Kreise, die mitplanen.",
            "Wer nach einem Krankenhausaufenthalt Kurzzeitpflege braucht, soll schneller einen "
            "Platz finden. Der Pflegestützpunkt {ort} will dafür mit den Einrichtungen einen "
            "einfachen Meldeweg aufbauen.",
            "Vorschlag des Sozialamts {ort} für ein Gemeinschaftsprojekt: Pflegeplatzbörse für "
            "Kurzzeitpflege plus digitaler Antrag, damit Familien nicht zweimal alle "
            "Unterlagen zusammensuchen.",
        ),
        description=Section(
            ausgangslage=(
                "Im Kreisgebiet gibt es rund 40 Pflegeeinrichtungen, aber nur wenige "
                "feste Kurzzeitpflegeplätze. Der Pflegestützpunkt telefoniert bei jeder "
                "Anfrage die Liste ab, die Kliniksozialdienste tun dasselbe parallel.",
                "Anträge auf Hilfe zur Pflege kommen beim Sozialamt häufig unvollständig "
                "an, weil Angehörige in einer Ausnahmesituation stecken. Die Bearbeitung "
                "dauert dann mehrere Wochen.",
            ),
            umsetzung=(
                "Geplant ist ein schlanker Meldeweg: Einrichtungen tragen einmal täglich "
                "ihre freien Plätze ein, die Übersicht ist für Pflegestützpunkt, "
                "Kliniken und Öffentlichkeit sichtbar. Dazu kommt eine Antragsstrecke für "
                "Hilfe zur Pflege mit Checkliste der Nachweise.",
                "Erste Schritte wären:\n\n"
                "1. Gespräche mit Trägern und Pflegekassen über die Meldebereitschaft\n"
                "2. Prototyp der Platzübersicht mit fünf Einrichtungen\n"
                "3. Antragsstrecke auf Basis eines vorhandenen Landesformulars",
            ),
            ergebnis=(
                "Erwartet wird, dass Familien und Sozialdienste einen freien Platz in "
                "Stunden statt Tagen finden. Für das Sozialamt sollen vollständige "
                "Anträge die Bearbeitungszeit um mehrere Wochen verkürzen.",
                "Die Daten zeigen außerdem, wo im Kreisgebiet Plätze fehlen, und helfen "
                "bei der Pflegeplanung.",
            ),
            erfahrungen=(
                "Noch offen ist, wie verlässlich die Einrichtungen melden. Erfahrungen "
                "anderer Kreise mit ähnlichen Börsen wären sehr willkommen.",
                "Wir suchen Partner, die die Antragsstrecke gemeinsam nutzen wollen; die "
                "Kosten würden wir teilen.",
            ),
        ),
        services=("10220", "10218"),
        processes=("99107014000000",),
        technology=("low_code", "antragsstrecke", "dashboard"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Pflege", "Kurzzeitpflege", "Sozialamt", "Pflegestützpunkt"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 5_000)),
            medium=((15_000, 30_000), (3_000, 6_000)),
            large=((25_000, 60_000), (5_000, 12_000)),
        ),
        is_idea=True,
    ),
)
