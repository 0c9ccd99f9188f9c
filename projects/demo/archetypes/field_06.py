"""Topic field 6, Familie & Kind: Kita, Elterngeld, Standesamt, Jugendamt, Familienangebote."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10019": "Kreis/kreisfreie Stadt, Stadt mit eigenem Jugendamt: Kita-Platzvergabe",
    "10000": "Kreis/kreisfreie Stadt: Elterngeldstelle (in den meisten Ländern)",
    "10003": "Gemeinde: Standesamt (Geburtsbeurkundung)",
    "10026": "Gemeinde: Standesamt (Eheschließung)",
    "10025": "Gemeinde: Standesamt (Ehefähigkeitszeugnis)",
    "10035": "Kreis/kreisfreie Stadt: Unterhaltsvorschusskasse des Jugendamts",
    "10034": "Kreis/kreisfreie Stadt: Jugendamt (Beistandschaft)",
    "10009": "Kreis/kreisfreie Stadt: Jugendamt (Beurkundung der Sorgeerklärung)",
    "10001": "Kreis/kreisfreie Stadt: Jugendamt; Gemeinde: Standesamt (Beurkundung)",
    "10016": "Gemeinde: Familienbüro (Familienpass)",
    "10024": "Gemeinde: Sport- und Freizeiteinrichtungen",
    "10023": "Gemeinde: kommunale Musikschule",
    "10017": "Kreis/kreisfreie Stadt: Jugendamt (Frühe Hilfen)",
    "10018": "Kreis/kreisfreie Stadt: Jugendamt (Hilfen zur Erziehung)",
}

JUGENDAMT = Costs(
    small=((10_000, 30_000), (2_000, 6_000)),
    medium=((20_000, 60_000), (4_000, 12_000)),
    large=((40_000, 160_000), (8_000, 30_000)),
)

ARCHETYPES = (
    Archetype(
        key="kita-platzvergabe",
        topic_field=6,
        titles=(
            "Kita-Platzvergabe online {in_ort}",
            "Zentrales Kita-Portal mit Vormerkung und Platzvergabe",
            "Kita-Portal {ort}",
        ),
        summaries=(
            "Eltern {in_ort} melden ihren Betreuungsbedarf in einem Kita-Portal an und "
            "wählen bis zu fünf Wunsch-Kitas. Kitas und Jugendamt vergeben die Plätze im "
            "selben System.",
            "{Ort} hat die Kita-Platzvergabe zentralisiert: eine Online-Vormerkung für alle "
            "Träger, keine Mehrfachanmeldungen, transparente Zusagen.",
            "Das Kita-Portal {in_ort} zeigt freie Plätze und Öffnungszeiten aller "
            "Einrichtungen. Eltern erhalten die Zusage per E-Mail.",
            "Kita-Plätze {in_ort} werden über ein gemeinsames Portal der städtischen und "
            "freien Träger vergeben. Das Jugendamt sieht endlich den tatsächlichen Bedarf.",
        ),
        description=Section(
            ausgangslage=(
                "Eltern {in_ort} meldeten ihr Kind bei vielen Kitas gleichzeitig an. Die "
                "Wartelisten waren voller Doppelungen, und niemand wusste, wie viele Plätze "
                "wirklich fehlen.",
                "Jede Kita führte eine eigene Warteliste. Für die Bedarfsplanung fragte das "
                "Jugendamt die Zahlen einmal im Jahr per E-Mail ab.",
            ),
            umsetzung=(
                "Ein Kita-Portal nimmt Vormerkungen mit Wunsch-Kitas, Betreuungsumfang und "
                "Startdatum an. Städtische und freie Träger vergeben Plätze im Portal; "
                "Zusagen und Absagen gehen automatisch an die Eltern.",
                "Wir haben eine Kita-Verwaltungssoftware eingeführt, die Vormerkung, "
                "Platzvergabe und Elternbeiträge abdeckt. Die freien Träger haben sich per "
                "Kooperationsvereinbarung angeschlossen.",
            ),
            ergebnis=(
                "Mehrfachanmeldungen gibt es nicht mehr, die Bedarfsplanung beruht auf echten "
                "Zahlen. Eltern wissen früher, ob sie einen Platz bekommen.",
                "Kita-Leitungen sparen Zeit bei der Verwaltung der Wartelisten. Die "
                "Platzvergabe ist nachvollziehbar.",
            ),
            erfahrungen=(
                "Die Vergabekriterien mit allen Trägern abzustimmen hat länger gedauert als "
                "die Einführung der Software.",
                "Nicht alle Träger machen sofort mit. Ein verbindlicher Starttermin und "
                "Schulungen für Kita-Leitungen haben geholfen.",
            ),
        ),
        services=("10019",),
        processes=("99041004000000",),
        technology=("antragsstrecke", "fachverfahren", "servicekonto"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS, STADT),
        tags=("Kita", "Kindertagesbetreuung", "Jugendamt", "Portal"),
        costs=JUGENDAMT,
        open_source=True,
    ),
    Archetype(
        key="elterngeld-digital",
        topic_field=6,
        titles=(
            "Elterngeld digital {in_ort}",
            "Elterngeldstelle {ort}: Online-Antrag und E-Akte",
        ),
        summaries=(
            "Die Elterngeldstelle {in_ort} nimmt Anträge über ElterngeldDigital an und "
            "bearbeitet sie in der E-Akte. Eltern laden die Geburtsurkunde hoch.",
            "{Ort} hat die Elterngeldstelle auf digitale Anträge umgestellt. Die Daten werden "
            "ins Fachverfahren übernommen, Rückfragen laufen elektronisch.",
            "Elterngeld {in_ort} ohne Papierantrag: Online-Antrag, Nachweise als Datei, "
            "Bescheid schneller auf dem Konto.",
            "Die Elterngeldstelle {in_ort} verkürzt die Bearbeitungszeit mit Online-Antrag, "
            "automatischer Datenübernahme und digitaler Akte.",
        ),
        description=Section(
            ausgangslage=(
                "Elterngeldanträge kamen {in_ort} auf Papier, mit vielen Kopien von "
                "Gehaltsnachweisen. Die Bearbeitung dauerte oft mehrere Wochen.",
                "Die Erfassung der Anträge im Fachverfahren war fehleranfällig und band "
                "Personal, das für die Beratung fehlte.",
            ),
            umsetzung=(
                "Eltern stellen den Antrag über ElterngeldDigital. Die Daten kommen über eine "
                "Schnittstelle ins Fachverfahren, Nachweise landen in der E-Akte.",
                "Wir haben die Elterngeldstelle komplett auf E-Akte umgestellt und "
                "Papieranträge werden im Posteingang gescannt.",
            ),
            ergebnis=(
                "Ein Großteil der Anträge kommt online. Die Bearbeitung ist spürbar schneller.",
                "Die Erfassung entfällt für Online-Anträge, Nachfragen sind seltener.",
            ),
            erfahrungen=(
                "Online-Antrag und E-Akte zusammen einführen, sonst druckt man Online-Anträge "
                "wieder aus.",
                "Der Austausch mit anderen Elterngeldstellen im Land hat viele Fragen geklärt.",
            ),
        ),
        services=("10000",),
        processes=("99041006000000",),
        technology=("antragsstrecke", "fachverfahren", "eakte", "posteingang"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Elterngeld", "Familie", "E-Akte", "Online-Antrag"),
        costs=JUGENDAMT,
    ),
    Archetype(
        key="digitale-geburtsanzeige",
        topic_field=6,
        titles=(
            "Digitale Geburtsanzeige der Kliniken an das Standesamt {ort}",
            "Geburt beurkunden ohne Papier: Kliniken melden elektronisch",
        ),
        summaries=(
            "Die Geburtskliniken {in_ort} zeigen Geburten elektronisch beim Standesamt an. "
            "Eltern erhalten die Geburtsurkunde schneller und müssen nicht ins Amt.",
            "{ort}: Geburtsanzeigen kommen nicht mehr per Kurier, sondern digital aus der "
            "Klinik. Das Standesamt beurkundet ohne Medienbruch.",
            "Das Standesamt {in_ort} beurkundet Geburten auf Grundlage elektronischer "
            "Anzeigen und verschickt Urkunden per Post.",
            "Schneller zur Geburtsurkunde: {in_ort} übermitteln Kliniken die Geburtsanzeige "
            "digital, Eltern reichen fehlende Unterlagen online nach.",
        ),
        description=Section(
            ausgangslage=(
                "Die Kliniken {in_ort} brachten Geburtsanzeigen gesammelt auf Papier ins "
                "Standesamt. Fehlten Unterlagen der Eltern, gab es Rückfragen per Brief.",
                "Eltern brauchen die Geburtsurkunde für Elterngeld, Kindergeld und "
                "Krankenkasse. Wartezeiten von mehreren Wochen waren üblich.",
            ),
            umsetzung=(
                "Die Kliniken übermitteln Anzeigen über ein Portal des Standesamts. Eltern "
                "laden fehlende Urkunden online hoch. Das Standesamt beurkundet im "
                "Fachverfahren und verschickt die Urkunden.",
                "Wir haben die elektronische Geburtsanzeige mit den Kliniken über mehrere "
                "Monate getestet und die Abläufe gemeinsam angepasst.",
            ),
            ergebnis=(
                "Urkunden sind im Schnitt nach wenigen Tagen bei den Eltern. Botengänge entfallen.",
                "Unvollständige Anzeigen sind selten geworden, weil das Portal Pflichtangaben "
                "prüft.",
            ),
            erfahrungen=(
                "Die Kliniken früh einbinden; sie haben ihre eigenen IT-Abläufe.",
                "Datenschutz- und Sicherheitskonzept frühzeitig mit dem Land abstimmen.",
            ),
        ),
        services=("10003",),
        processes=("99027006000000",),
        technology=("fachverfahren", "antragsstrecke", "eakte"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(STADT,),
        tags=("Standesamt", "Geburt", "Geburtsurkunde", "Klinik"),
        costs=Costs(
            small=((5_000, 15_000), (1_000, 3_000)),
            medium=((10_000, 30_000), (2_000, 5_000)),
            large=((20_000, 60_000), (4_000, 10_000)),
        ),
    ),
    Archetype(
        key="eheschliessung-online",
        topic_field=6,
        titles=(
            "Eheschließung online anmelden {in_ort}",
            "Standesamt {ort}: Trautermin und Anmeldung zur Eheschließung digital",
        ),
        summaries=(
            "Paare {in_ort} reservieren den Trautermin online und reichen die Unterlagen zur "
            "Anmeldung der Eheschließung digital ein. Nur zur Unterschrift ist ein Termin nötig.",
            "Das Standesamt {in_ort} bietet Trautermine und die Vorprüfung der Unterlagen "
            "online an. Ausländische Dokumente werden vorab geprüft.",
            "{Ort} hat die Anmeldung der Eheschließung digitalisiert: Terminreservierung, "
            "Unterlagencheck und Gebührenzahlung online.",
            "Heiraten {in_ort}: Trauorte und freie Termine stehen online, die Anmeldung "
            "beginnt mit einem digitalen Unterlagencheck.",
        ),
        description=Section(
            ausgangslage=(
                "Trautermine wurden {in_ort} telefonisch vergeben, beliebte Daten waren "
                "sofort weg. Zur Anmeldung kamen viele Paare mehrmals, weil Unterlagen fehlten.",
                "Bei Beteiligung ausländischer Staatsangehöriger ist die Prüfung aufwendig und "
                "dauerte oft Wochen.",
            ),
            umsetzung=(
                "Ein Online-Kalender zeigt freie Termine in Trauzimmer und Außenorten. Ein "
                "Unterlagencheck fragt die Lebenssituation ab und listet die nötigen "
                "Dokumente; Scans werden vorab hochgeladen.",
                "Die Gebühren werden online bezahlt. Das Standesamt prüft die Unterlagen vor "
                "dem Termin, die Anmeldung dauert dann nur noch kurz.",
            ),
            ergebnis=(
                "Die meisten Paare kommen nur noch einmal zur Anmeldung. Telefonische "
                "Terminvergabe entfällt.",
                "Die Vorprüfung spart vor allem bei internationalen Paaren viel Zeit.",
            ),
            erfahrungen=(
                "Der Unterlagencheck war aufwendiger als der Kalender, lohnt sich aber am meisten.",
                "Außenorte wie Schloss oder Museum brauchen eigene Absprachen im Kalender.",
            ),
        ),
        services=("10026", "10025"),
        processes=("99059001000000", "99059002000000"),
        technology=("terminvergabe", "antragsstrecke", "epayment"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Standesamt", "Eheschließung", "Terminvergabe"),
        costs=Costs(
            small=((1_000, 5_000), (300, 1_000)),
            medium=((3_000, 12_000), (500, 2_000)),
            large=((8_000, 25_000), (1_000, 4_000)),
        ),
    ),
    Archetype(
        key="unterhaltsvorschuss-online",
        topic_field=6,
        titles=(
            "Unterhaltsvorschuss online beantragen {in_ort}",
            "Digitale Unterhaltsvorschusskasse",
        ),
        summaries=(
            "Alleinerziehende {in_ort} beantragen Unterhaltsvorschuss online. Das Jugendamt "
            "übernimmt die Daten ins Fachverfahren und meldet sich nur bei Rückfragen.",
            "{Ort} hat den Unterhaltsvorschuss digitalisiert, vom Online-Antrag über die E-Akte "
            "bis zum Rückgriff beim unterhaltspflichtigen Elternteil.",
            "Die Unterhaltsvorschusskasse {in_ort} arbeitet mit Online-Antrag und E-Akte; "
            "Alleinerziehende sparen den Weg ins Jugendamt.",
            "Unterhaltsvorschuss {in_ort}: Antrag mit Nachweis-Upload, Beistandschaft auf "
            "Wunsch im selben Schritt.",
        ),
        description=Section(
            ausgangslage=(
                "Seit der Ausweitung des Unterhaltsvorschusses sind die Fallzahlen {in_ort} "
                "stark gestiegen. Papieranträge waren oft unvollständig.",
                "Alleinerziehende mussten für Antrag und Nachweise mehrmals ins Jugendamt, "
                "oft mit Kindern.",
            ),
            umsetzung=(
                "Wir nutzen den Online-Dienst Unterhaltsvorschuss, der als "
                "Einer-für-Alle-Leistung angeboten wird. Die Anträge kommen über FIT-Connect "
                "ins Fachverfahren.",
                "Der Online-Antrag fragt auch, ob eine Beistandschaft gewünscht ist, und leitet "
                "diese an das zuständige Team weiter.",
            ),
            ergebnis=(
                "Anträge sind vollständiger, die Zeit bis zur ersten Zahlung ist kürzer.",
                "Alleinerziehende sparen Wege, das Jugendamt Erfassungsaufwand.",
            ),
            erfahrungen=(
                "Die Anbindung des Fachverfahrens brauchte Geduld beim Hersteller.",
                "Beratung bleibt wichtig; wir bieten Rückruftermine an.",
            ),
        ),
        services=("10035", "10034"),
        processes=("99107021000000",),
        technology=("antragsstrecke", "fit_connect", "fachverfahren", "eakte"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Unterhaltsvorschuss", "Alleinerziehende", "Jugendamt", "Einer für Alle"),
        costs=JUGENDAMT,
    ),
    Archetype(
        key="beurkundungen-jugendamt",
        topic_field=6,
        titles=(
            "Beurkundungen im Jugendamt: Termin und Vorabangaben online {in_ort}",
            "Vaterschaftsanerkennung und Sorgeerklärung: Termin online buchen",
        ),
        summaries=(
            "Werdende Eltern {in_ort} buchen den Termin für Vaterschaftsanerkennung und "
            "Sorgeerklärung online und geben die Daten vorab ein. Die Urkunde ist beim Termin "
            "vorbereitet.",
            "Das Jugendamt {in_ort} hat die Beurkundungen auf Online-Termine mit "
            "Vorabformular umgestellt. Termine dauern halb so lang.",
            "{ort}: Vaterschaftsanerkennung und gemeinsame Sorge werden mit Online-Termin und "
            "vorbereiteter Urkunde beurkundet.",
            "Kürzere Wartezeiten für werdende Eltern {in_ort}: Das Jugendamt bereitet "
            "Beurkundungen auf Grundlage eines Online-Formulars vor.",
        ),
        description=Section(
            ausgangslage=(
                "Beurkundungstermine im Jugendamt {in_ort} wurden telefonisch vergeben. Bei "
                "jedem Termin wurden alle Daten erst aufgenommen, das dauerte lange.",
                "Vor dem Geburtstermin wollen viele Paare Vaterschaft und Sorge regeln; die "
                "Wartezeit auf Termine lag bei mehreren Wochen.",
            ),
            umsetzung=(
                "Paare buchen den Termin online und füllen ein Vorabformular mit den Daten "
                "beider Elternteile aus. Die Urkundsperson bereitet die Urkunde vor.",
                "Die Terminvergabe ist an das Fachverfahren des Jugendamts angebunden, die "
                "Daten werden übernommen.",
            ),
            ergebnis=(
                "Termine sind deutlich kürzer, die Wartezeit ist gesunken.",
                "Die Urkundspersonen haben mehr Zeit für Beratung.",
            ),
            erfahrungen=(
                "Das Vorabformular muss verständlich sein; wir haben es mit Eltern getestet.",
                "Eine kleine Änderung mit großer Wirkung auf die Wartezeit.",
            ),
        ),
        services=("10001", "10009"),
        processes=("99133001000000", "99013005000000"),
        technology=("terminvergabe", "antragsstrecke"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Jugendamt", "Beurkundung", "Terminvergabe", "Familie"),
        costs=Costs(
            small=((2_000, 8_000), (500, 1_500)),
            medium=((4_000, 12_000), (800, 2_500)),
            large=((6_000, 20_000), (1_000, 4_000)),
        ),
    ),
    Archetype(
        key="familienpass-digital",
        topic_field=6,
        titles=(
            "Familienpass digital {in_ort}",
            "Familienpass und Ferienprogramm online",
        ),
        summaries=(
            "Familien {in_ort} beantragen den Familienpass online und erhalten Ermäßigungen "
            "für Bad, Museum und Ferienprogramm.",
            "{ort} hat Familienpass und Ferienprogramm in einem Online-Angebot gebündelt: "
            "Antrag, Anmeldung zu Ferienkursen und Bezahlung.",
            "Der Familienpass {in_ort} wird online beantragt und als Karte oder in der App "
            "ausgegeben. Die Berechtigung wird einmal im Jahr geprüft.",
            "Ferienprogramm {in_ort} ohne Schlange am Anmeldetag: Familien buchen online, "
            "Inhaber des Familienpasses zahlen ermäßigt.",
        ),
        description=Section(
            ausgangslage=(
                "Für das Ferienprogramm {in_ort} standen Eltern am Anmeldetag früh morgens "
                "an. Der Familienpass musste im Rathaus vorgezeigt werden.",
                "Der Familienpass war wenig bekannt. Viele Familien wussten nicht, welche "
                "Angebote er vergünstigt.",
            ),
            umsetzung=(
                "Ein Online-Portal nimmt Anträge auf den Familienpass an und verwaltet das "
                "Ferienprogramm. Plätze werden nach einem festen Zeitpunkt oder per Los "
                "vergeben, die Ermäßigung wird automatisch berücksichtigt.",
                "Wir haben ein Buchungssystem für das Ferienprogramm eingeführt und mit dem "
                "Familienpass verknüpft.",
            ),
            ergebnis=(
                "Die Schlange am Anmeldetag ist Geschichte. Mehr Familien nutzen den Familienpass.",
                "Die Abrechnung mit Vereinen und Anbietern im Ferienprogramm ist einfacher.",
            ),
            erfahrungen=(
                "Ein Losverfahren ist fairer als das schnellste Internet.",
                "Vereine brauchen einen einfachen Zugang, um ihre Kurse einzutragen.",
            ),
        ),
        services=("10016", "10024"),
        processes=("99107046000000",),
        technology=("raumbuchung", "antragsstrecke", "epayment"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Familie", "Familienpass", "Ferienprogramm", "Freizeit"),
        costs=Costs(
            small=((2_000, 8_000), (500, 2_000)),
            medium=((5_000, 15_000), (1_000, 3_000)),
            large=((10_000, 35_000), (2_000, 6_000)),
        ),
    ),
    Archetype(
        key="musikschule-anmeldung",
        topic_field=6,
        titles=(
            "Online-Anmeldung an der Musikschule {ort}",
            "Musikschule digital: Anmeldung, Stundenplan und Gebühren",
        ),
        summaries=(
            "Die Musikschule {in_ort} nimmt Anmeldungen online an und verwaltet Wartelisten, "
            "Unterrichtszeiten und Gebühren in einer Software.",
            "{Ort} hat die Verwaltung der Musikschule digitalisiert: Anmeldung online, "
            "Gebührenbescheid automatisch, Lehrkräfte sehen ihre Schülerlisten.",
            "Eltern melden ihr Kind {in_ort} online an der Musikschule an und ändern "
            "Bankverbindung oder Kurs ohne Papierformular.",
            "Weniger Verwaltung, mehr Unterricht: die Musikschule {in_ort} verwaltet "
            "Anmeldungen und Gebühren digital.",
        ),
        description=Section(
            ausgangslage=(
                "Die Musikschule {in_ort} führte Wartelisten in Excel, Anmeldungen kamen auf "
                "Papier. Gebührenbescheide wurden von Hand erstellt.",
                "Lehrkräfte erfuhren von Abmeldungen oft spät, Unterrichtszeiten wurden per "
                "Telefon abgestimmt.",
            ),
            umsetzung=(
                "Eine Verwaltungssoftware für Musikschulen nimmt Online-Anmeldungen an, "
                "verwaltet Wartelisten und erstellt Gebührenbescheide mit SEPA-Lastschrift.",
                "Lehrkräfte sehen ihre Schülerinnen und Schüler und tragen Unterrichtszeiten "
                "selbst ein. Eltern ändern Daten im Online-Zugang.",
            ),
            ergebnis=(
                "Die Verwaltung der Musikschule ist deutlich entlastet. Wartezeiten auf einen "
                "Platz sind transparent.",
                "Gebührenbescheide entstehen automatisch, Fehler bei der Abrechnung sind selten.",
            ),
            erfahrungen=(
                "Die Datenübernahme aus Excel hat länger gedauert als geplant.",
                "Der Online-Zugang für Eltern wurde schnell angenommen.",
            ),
        ),
        services=("10023",),
        processes=("99088031000000",),
        technology=("antragsstrecke", "epayment"),
        target_groups=("citizens",),
        carriers=(STADT,),
        tags=("Musikschule", "Kultur", "Anmeldung", "Bildung"),
        costs=Costs(
            small=((2_000, 8_000), (500, 2_000)),
            medium=((5_000, 15_000), (1_000, 3_000)),
            large=((10_000, 30_000), (2_000, 6_000)),
        ),
    ),
    Archetype(
        key="fruehe-hilfen-willkommen",
        topic_field=6,
        titles=(
            "Idee: Digitaler Willkommensbesuch der Frühen Hilfen {in_ort}",
            "Idee: Frühe Hilfen – Angebote für junge Familien an einem Ort",
        ),
        summaries=(
            "Junge Familien {in_ort} sollen nach der Geburt eine digitale Übersicht aller "
            "Frühen Hilfen bekommen und einen Willkommensbesuch online vereinbaren können.",
            "Idee {in_ort}: Ein Familienwegweiser, der Hebammen, Beratungsstellen und "
            "Elterncafés zeigt und Termine für Willkommensbesuche anbietet.",
            "Das Jugendamt {in_ort} plant, die Frühen Hilfen digital sichtbarer zu machen, und "
            "sucht Partner für einen gemeinsamen Familienwegweiser.",
            "{Ort} möchte Familien mit Neugeborenen früher erreichen: mit einem "
            "mehrsprachigen Online-Wegweiser und Terminbuchung für Beratung.",
        ),
        description=Section(
            ausgangslage=(
                "Viele Familien {in_ort} kennen die Frühen Hilfen nicht. Die Angebote sind auf "
                "Träger, Broschüren und Websites verteilt.",
                "Der Willkommensbesuch nach der Geburt wird per Brief angekündigt; viele "
                "Familien melden sich nicht zurück.",
            ),
            umsetzung=(
                "Ein mehrsprachiger Wegweiser würde alle Angebote nach Alter des Kindes und "
                "Wohnort zeigen. Familien könnten den Willkommensbesuch online vereinbaren.",
                "Die Daten der Angebote würden die Träger selbst pflegen; das Jugendamt gibt sie "
                "frei.",
            ),
            ergebnis=(
                "Mehr Familien sollen Unterstützung erhalten, bevor Probleme groß werden.",
                "Träger und Jugendamt würden ein gemeinsames Bild der Angebote bekommen.",
            ),
            erfahrungen=(
                "Wir suchen Jugendämter mit einem Familienwegweiser und Träger der Frühen "
                "Hilfen, die mitwirken.",
                "Gesucht: Erfahrungen mit mehrsprachigen Angeboten für Familien.",
            ),
        ),
        services=("10017",),
        processes=("99041019000000",),
        technology=("cms", "terminvergabe"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Frühe Hilfen", "Familie", "Jugendamt", "Prävention"),
        costs=JUGENDAMT,
        is_idea=True,
    ),
    Archetype(
        key="wirtschaftliche-jugendhilfe",
        topic_field=6,
        titles=(
            "Digitale Abrechnung der Hilfen zur Erziehung mit freien Trägern",
            "Hilfen zur Erziehung: Rechnungen der Träger elektronisch {in_ort}",
        ),
        summaries=(
            "Freie Träger der Jugendhilfe {in_ort} rechnen Hilfen zur Erziehung elektronisch "
            "ab. Die wirtschaftliche Jugendhilfe prüft Rechnungen automatisch gegen die "
            "Bewilligung.",
            "{Ort} hat die Abrechnung mit freien Trägern der Jugendhilfe auf E-Rechnung "
            "umgestellt und spart monatlich viele Stunden Prüfarbeit.",
            "Die wirtschaftliche Jugendhilfe {in_ort} gleicht Rechnungen der Träger mit den "
            "Bewilligungen im Fachverfahren ab. Auffällige Positionen werden markiert.",
            "Weniger Papier im Jugendamt {in_ort}: Rechnungen für Hilfen zur Erziehung kommen "
            "als XRechnung und werden automatisch vorgeprüft.",
        ),
        description=Section(
            ausgangslage=(
                "Jeden Monat kamen {in_ort} Hunderte Papierrechnungen freier Träger an. Jede "
                "wurde von Hand mit der Bewilligung verglichen.",
                "Zahlungen an Träger verzögerten sich, weil die Prüfung lange dauerte.",
            ),
            umsetzung=(
                "Träger reichen Rechnungen als XRechnung ein. Das Fachverfahren prüft Zeitraum, "
                "Stundenumfang und Entgeltsatz gegen die Bewilligung und gibt passende "
                "Rechnungen zur Zahlung frei.",
                "Wir haben mit den großen Trägern ein gemeinsames Rechnungsformat vereinbart "
                "und die Schnittstelle zum Finanzverfahren genutzt.",
            ),
            ergebnis=(
                "Die Prüfzeit ist stark gesunken, Zahlungen an Träger kommen pünktlich.",
                "Fehlerhafte Rechnungen fallen sofort auf.",
            ),
            erfahrungen=(
                "Kleine Träger brauchten Unterstützung beim Erstellen von E-Rechnungen.",
                "Die Abstimmung mit dem Rechnungsprüfungsamt hat sich gelohnt.",
            ),
        ),
        services=("10018",),
        processes=("99060006000000",),
        technology=("fachverfahren", "automatisierung", "eakte"),
        target_groups=("businesses", "administration"),
        carriers=(KREIS,),
        tags=("Jugendhilfe", "E-Rechnung", "Jugendamt", "Automatisierung"),
        costs=JUGENDAMT,
    ),
)
