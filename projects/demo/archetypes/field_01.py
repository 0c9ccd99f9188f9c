"""Topic field 1, Arbeit & Ruhestand: Wohngeld, Sozialhilfe, Bildung und Teilhabe, Senioren."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10092": "Kreis/kreisfreie Stadt, große kreisangehörige Stadt: Wohngeldbehörde",
    "10084": "Kreis/kreisfreie Stadt: Sozialamt (Träger der Sozialhilfe)",
    "10086": "Kreis/kreisfreie Stadt: Sozialamt (Träger der Sozialhilfe)",
    "10088": "Kreis/kreisfreie Stadt: Leistungen für Bildung und Teilhabe",
    "10090": "Kreis/kreisfreie Stadt: Fachstelle Wohnungssicherung des Sozialamts",
    "10087": "Kreis/kreisfreie Stadt: Sozialamt (Hilfe nach §§ 67 ff. SGB XII)",
    "10105": "Gemeinde: Seniorenbüro",
    "10102": "Gemeinde/Stadt: Bürgeramt (Bestätigung für die Rentenversicherung)",
    "10071": "Kreis/kreisfreie Stadt: Gesundheitsamt (Belehrung nach § 43 IfSG)",
}

ARCHETYPES = (
    Archetype(
        key="wohngeld-online",
        topic_field=1,
        titles=(
            "Wohngeld online beantragen {in_ort}",
            "Digitaler Wohngeldantrag mit Nachweis-Upload",
            "Wohngeldstelle {ort}: Antrag und Weiterleistungsantrag online",
        ),
        summaries=(
            "Die Wohngeldstelle {in_ort} nimmt Erst- und Weiterleistungsanträge über den "
            "Online-Dienst des Landes an. Die Daten gehen direkt ins Fachverfahren, Nachweise "
            "werden als Datei hochgeladen.",
            "Seit der Wohngeldreform stiegen die Anträge {in_ort} stark. Ein digitaler Antrag "
            "mit Plausibilitätsprüfung verkürzt die Rückfragen und damit die Wartezeit auf den "
            "Bescheid.",
            "{Ort} hat den Wohngeldantrag vollständig digitalisiert: Online-Antrag mit "
            "Nutzerkonto, Übergabe per FIT-Connect an das Fachverfahren und elektronische Akte.",
            "Wohngeld {in_ort} ohne Papierstapel: Antragstellende laden Mietbescheinigung und "
            "Einkommensnachweise hoch, die Sachbearbeitung arbeitet in der E-Akte.",
        ),
        description=Section(
            ausgangslage=(
                "Mit der Wohngeld-Plus-Reform hat sich die Zahl der Anspruchsberechtigten fast "
                "verdreifacht. Die Wohngeldstelle {in_ort} bekam Anträge überwiegend auf Papier, "
                "oft unvollständig; jede Nachforderung kostete Wochen.",
                "Anträge auf Wohngeld kamen {in_ort} per Post oder wurden am Schalter abgegeben. "
                "Die Erfassung im Fachverfahren war reine Abtipparbeit, und fehlende Nachweise "
                "fielen erst bei der Prüfung auf.",
            ),
            umsetzung=(
                "Wir nutzen den Online-Dienst Wohngeld, der als Einer-für-Alle-Leistung "
                "bereitsteht. Die Anträge kommen über FIT-Connect im Fachverfahren an; "
                "Nachweise landen in der E-Akte. Das Team hat Textbausteine für Nachforderungen "
                "überarbeitet und eine Checkliste für Antragstellende veröffentlicht.",
                "Der Antrag läuft über das Servicekonto des Landes. Pflichtnachweise werden je "
                "nach Haushaltskonstellation abgefragt, bevor der Antrag abgeschickt werden kann. "
                "Die Schnittstelle zum Fachverfahren hat unser IT-Dienstleister eingerichtet.",
            ),
            ergebnis=(
                "Gut die Hälfte der Anträge kommt inzwischen online. Vollständige Anträge sind "
                "deutlich häufiger, die durchschnittliche Bearbeitungszeit ist um mehrere Wochen "
                "gesunken.",
                "Die Erfassung von Hand entfällt für alle Online-Anträge. Rückfragen wegen "
                "fehlender Unterlagen sind spürbar seltener geworden.",
            ),
            erfahrungen=(
                "Die Schnittstelle zum Fachverfahren war der aufwendigste Teil. Früh mit dem "
                "Hersteller und dem IT-Dienstleister sprechen spart Monate.",
                "Viele Menschen brauchen weiterhin Hilfe beim Ausfüllen. Eine Sprechstunde, in "
                "der das Team mit ihnen den Online-Antrag ausfüllt, hat sich bewährt.",
            ),
        ),
        services=("10092",),
        processes=("99107023000000",),
        technology=("antragsstrecke", "fit_connect", "servicekonto", "eakte"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS, STADT),
        tags=("Wohngeld", "Online-Antrag", "Einer für Alle", "E-Akte"),
        costs=Costs(
            small=((5_000, 20_000), (1_000, 4_000)),
            medium=((15_000, 45_000), (3_000, 9_000)),
            large=((30_000, 120_000), (6_000, 20_000)),
        ),
    ),
    Archetype(
        key="grundsicherung-antrag",
        topic_field=1,
        titles=(
            "Digitaler Antrag auf Grundsicherung und Hilfe zum Lebensunterhalt",
            "Sozialhilfe online beantragen {in_ort}",
        ),
        summaries=(
            "Das Sozialamt {in_ort} bietet Grundsicherung im Alter und Hilfe zum "
            "Lebensunterhalt als Online-Antrag an. Angehörige und Betreuer können den Antrag "
            "stellvertretend ausfüllen.",
            "Anträge auf Leistungen nach dem SGB XII kommen {in_ort} jetzt digital an: mit "
            "Nachweis-Upload, Eingangsbestätigung und Übergabe an das Fachverfahren.",
            "Ältere Menschen und ihre Betreuerinnen und Betreuer beantragen Grundsicherung "
            "{in_ort} online. Der Antrag fragt nur ab, was für die jeweilige Lage nötig ist.",
            "{Ort} digitalisiert die Antragstellung in der Sozialhilfe. Ziel sind vollständige "
            "Anträge und weniger Wege ins Amt für Menschen, die schlecht mobil sind.",
        ),
        description=Section(
            ausgangslage=(
                "Viele Antragstellende in der Grundsicherung sind hochbetagt oder pflegebedürftig. "
                "Den 16-seitigen Papierantrag füllten meist Angehörige oder gesetzliche Betreuer "
                "aus, häufig mit Lücken.",
                "Das Sozialamt {in_ort} erhielt jährlich mehrere tausend Papieranträge. Die "
                "Nachweise wurden kopiert, gescannt und von Hand zugeordnet.",
            ),
            umsetzung=(
                "Der Online-Antrag ist in Abschnitte gegliedert und zeigt je nach Angaben nur die "
                "nötigen Fragen. Betreuerinnen und Betreuer melden sich mit ihrem eigenen "
                "Nutzerkonto an und laden die Bestellungsurkunde hoch. Die Daten gehen an das "
                "Fachverfahren, die Unterlagen in die E-Akte.",
                "Wir haben den Papierantrag gemeinsam mit Sachbearbeitung und Betreuungsvereinen "
                "überarbeitet und danach als Online-Formular umgesetzt. Eingänge werden im "
                "digitalen Posteingang dem zuständigen Team zugewiesen.",
            ),
            ergebnis=(
                "Berufsbetreuer stellen fast alle Anträge inzwischen online. Die Zeit vom Eingang "
                "bis zum Bescheid ist kürzer, weil weniger nachgefordert werden muss.",
                "Die Sachbearbeitung spart die Erfassung und das Scannen. Anträge sind "
                "vollständiger, und der Eingang ist für alle Beteiligten nachvollziehbar.",
            ),
            erfahrungen=(
                "Die Betreuungsvereine früh einzubinden war richtig: Sie sind die häufigsten "
                "Nutzer und haben viele Fehler im Entwurf gefunden.",
                "Ein Online-Antrag ersetzt die Beratung nicht. Wir verweisen im Formular auf "
                "Beratungsstellen und bieten Rückruftermine an.",
            ),
        ),
        services=("10084", "10086"),
        processes=("99107009000000", "99107012000000"),
        technology=("antragsstrecke", "servicekonto", "fachverfahren", "eakte"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Sozialhilfe", "Grundsicherung", "Online-Antrag", "SGB XII"),
        costs=Costs(
            small=((10_000, 30_000), (2_000, 5_000)),
            medium=((20_000, 60_000), (4_000, 10_000)),
            large=((40_000, 150_000), (8_000, 25_000)),
        ),
    ),
    Archetype(
        key="bildung-und-teilhabe",
        topic_field=1,
        titles=(
            "Bildung und Teilhabe digital: Antrag und Abrechnung mit Anbietern",
            "BuT-Leistungen online {in_ort}",
            "Digitale Bildungskarte {in_ort}",
        ),
        summaries=(
            "Familien {in_ort}, die Bürgergeld, Wohngeld oder Kinderzuschlag beziehen, "
            "beantragen Leistungen für Bildung und Teilhabe online; Schulen, Vereine und "
            "Mittagessen-Anbieter rechnen direkt über ein Portal ab.",
            "Mit einer digitalen Bildungskarte {in_ort} erhalten Kinder aus Familien mit "
            "geringem Einkommen Mittagessen, Nachhilfe und Vereinsbeitrag ohne Gutscheine auf "
            "Papier.",
            "{Ort} hat die Leistungen für Bildung und Teilhabe neu organisiert: ein Antrag für "
            "alle Leistungsarten, Abrechnung der Anbieter über ein Portal statt per Rechnung.",
            "Weniger Papier bei Bildung und Teilhabe: {in_ort} laufen Antrag, Bewilligung und "
            "Abrechnung mit Schulen und Vereinen digital.",
        ),
        description=Section(
            ausgangslage=(
                "Leistungen für Bildung und Teilhabe wurden {in_ort} wenig genutzt. Familien "
                "mussten jede Leistung einzeln beantragen, Anbieter reichten Rechnungen auf "
                "Papier ein.",
                "Für Mittagessen, Ausflüge und Vereinsbeiträge gab es Papiergutscheine. Viele "
                "gingen verloren, die Abrechnung mit über hundert Anbietern band zwei Stellen.",
            ),
            umsetzung=(
                "Ein Online-Antrag deckt alle Leistungsarten ab. Nach der Bewilligung erhalten "
                "die Anbieter über ein Portal die Berechtigung und rechnen monatlich elektronisch "
                "ab. Schulsekretariate bestätigen Ausflüge im selben Portal.",
                "Berechtigte Kinder erhalten eine Bildungskarte. Mensa-Betreiber und Vereine "
                "buchen die Leistungen im Anbieterportal, die Zahlungen laufen gesammelt über das "
                "Finanzverfahren.",
            ),
            ergebnis=(
                "Der Anteil der Kinder, die Leistungen tatsächlich abrufen, ist deutlich "
                "gestiegen. Die Abrechnung mit den Anbietern braucht einen Bruchteil der Zeit.",
                "Familien stellen einen Antrag statt vieler, und kein Kind muss in der Mensa "
                "einen Gutschein vorzeigen.",
            ),
            erfahrungen=(
                "Die Anbieter brauchen Unterstützung beim Start. Eine Hotline für Vereine in "
                "den ersten Monaten war gut investiert.",
                "Datenschutz und Rechnungsprüfung früh beteiligen: Die Abrechnung über das "
                "Portal musste mit dem Rechnungsprüfungsamt abgestimmt werden.",
            ),
        ),
        services=("10088",),
        technology=("antragsstrecke", "low_code", "epayment"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(KREIS,),
        tags=("Bildung und Teilhabe", "Familie", "Online-Antrag", "Abrechnung"),
        costs=Costs(
            small=((10_000, 30_000), (2_000, 6_000)),
            medium=((25_000, 70_000), (5_000, 12_000)),
            large=((50_000, 180_000), (10_000, 30_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="fachstelle-wohnungssicherung",
        topic_field=1,
        titles=(
            "Frühwarnsystem gegen Wohnungsverlust",
            "Idee: Digitale Meldekette bei drohender Räumung {in_ort}",
        ),
        summaries=(
            "Wenn Mietrückstände auflaufen, erfährt die Fachstelle {in_ort} oft zu spät davon. "
            "Wir möchten Mitteilungen von Gerichten und Vermietern digital bündeln und früher "
            "Hilfe anbieten.",
            "Idee {in_ort}: Vermieter, Jobcenter und Sozialamt melden drohende Wohnungsverluste "
            "über einen gemeinsamen sicheren Kanal an die Fachstelle Wohnungssicherung.",
            "Räumungsklagen erreichen die Fachstelle {in_ort} als Fax oder Brief. Eine digitale "
            "Meldekette soll die Zeit bis zum ersten Kontakt mit den Betroffenen verkürzen.",
            "Wir suchen Kommunen, die mit uns eine digitale Fallsteuerung für die "
            "Wohnungsnotfallhilfe {in_ort} und darüber hinaus aufbauen wollen.",
        ),
        description=Section(
            ausgangslage=(
                "Mitteilungen der Amtsgerichte über Räumungsklagen kommen {in_ort} auf Papier. "
                "Bis die Fachstelle reagieren kann, vergehen oft Wochen, in denen Mietschulden "
                "weiter wachsen.",
                "Die Fachstelle Wohnungssicherung erfährt von drohenden Räumungen aus mehreren "
                "Quellen, die nicht miteinander verbunden sind.",
            ),
            umsetzung=(
                "Eingehende Mitteilungen werden digital erfasst und einer Fallakte zugeordnet. "
                "Vermieter und Wohnungsunternehmen können Mietrückstände mit Einverständnis der "
                "Mieter über ein Formular melden. Die Fachstelle erhält eine Aufgabe mit Frist.",
                "Ein einfacher Workflow bündelt alle Meldungen, schlägt ein Anschreiben vor und "
                "erinnert an Fristen. Die Übernahme von Mietrückständen kann direkt aus der "
                "Fallakte beantragt werden.",
            ),
            ergebnis=(
                "Wir erwarten, dass die Fachstelle Betroffene früher erreicht und mehr "
                "Wohnungen erhalten bleiben. Das spart auch Kosten für Notunterbringung.",
                "Eine frühe Beratung ist für alle Seiten günstiger als eine Räumung. Die "
                "Meldekette soll dafür die nötigen Tage gewinnen.",
            ),
            erfahrungen=(
                "Wir suchen Kreise und Städte mit eigener Fachstelle, die Anforderungen "
                "mitschreiben, und einen Austausch mit Wohnungsunternehmen.",
                "Gesucht sind Partner, die bereits eine digitale Fallakte in der "
                "Wohnungsnotfallhilfe nutzen, und Fachleute für den Datenschutz.",
            ),
        ),
        services=("10090", "10087"),
        processes=("99107042000000", "99107015000000"),
        technology=("automatisierung", "eakte"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Wohnungsnotfallhilfe", "Mietschulden", "Prävention", "Fallakte"),
        costs=Costs(
            small=((10_000, 25_000), (2_000, 5_000)),
            medium=((20_000, 50_000), (4_000, 8_000)),
            large=((40_000, 100_000), (6_000, 15_000)),
        ),
        is_idea=True,
    ),
    Archetype(
        key="seniorenpass",
        topic_field=1,
        titles=(
            "Seniorenpass digital {in_ort}",
            "Idee: Seniorenpass als Karte und in der App",
        ),
        summaries=(
            "Ältere Menschen {in_ort} sollen den Seniorenpass online beantragen und als Karte "
            "oder in der Stadt-App nutzen können, für Ermäßigungen in Bad, Museum und "
            "Volkshochschule.",
            "Der Seniorenpass {in_ort} wird heute nur im Rathaus ausgestellt. Wir planen einen "
            "Online-Antrag mit Postversand und eine digitale Variante.",
            "Idee aus {ort}: Den Seniorenpass digital beantragen, die Karte per Post erhalten "
            "und Angebote der Seniorenarbeit an einer Stelle finden.",
            "{ort} möchte den Seniorenpass vereinfachen: ein Antrag ohne Behördengang und eine "
            "Übersicht der Vergünstigungen, die auch ohne Smartphone nutzbar bleibt.",
        ),
        description=Section(
            ausgangslage=(
                "Für den Seniorenpass müssen Bürgerinnen und Bürger {in_ort} persönlich ins "
                "Rathaus kommen. Gerade wer nicht mehr gut mobil ist, verzichtet darauf.",
                "Der Seniorenpass bringt Ermäßigungen, ist aber wenig bekannt. Die "
                "Vergünstigungen stehen auf verschiedenen Seiten der Website verstreut.",
            ),
            umsetzung=(
                "Ein kurzes Online-Formular fragt Name, Anschrift und Geburtsdatum ab; das Alter "
                "wird mit dem Melderegister abgeglichen. Die Karte kommt per Post. Angehörige "
                "können den Antrag stellvertretend stellen.",
                "Zusätzlich zur Plastikkarte soll es einen QR-Code in der Stadt-App geben. Die "
                "Einrichtungen prüfen ihn mit einem einfachen Lesegerät oder per Sichtkontrolle.",
            ),
            ergebnis=(
                "Mehr ältere Menschen nutzen die Angebote, und das Bürgerbüro wird entlastet.",
                "Wir erwarten weniger Besuche im Rathaus für eine Routineleistung und eine "
                "bessere Übersicht über die Angebote der Seniorenarbeit.",
            ),
            erfahrungen=(
                "Wir suchen Gemeinden mit Seniorenpass, die Formular und Kartendruck gemeinsam "
                "mit uns ausschreiben möchten.",
                "Gesucht: Erfahrungen mit digitalen Berechtigungsnachweisen für Bäder und "
                "Museen, und Seniorenbeiräte, die das Konzept testen.",
            ),
        ),
        services=("10105",),
        processes=("99107040000000",),
        technology=("antragsstrecke", "app"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Senioren", "Seniorenpass", "Teilhabe"),
        costs=Costs(
            small=((2_000, 8_000), (500, 1_500)),
            medium=((5_000, 15_000), (1_000, 3_000)),
            large=((10_000, 40_000), (2_000, 6_000)),
        ),
        is_idea=True,
    ),
    Archetype(
        key="lebensbescheinigung",
        topic_field=1,
        titles=(
            "Lebensbescheinigung für Rentnerinnen und Rentner im Ausland ohne Wartezeit",
            "Lebensbescheinigungen im Bürgerbüro {ort}: Terminbuchung und Vordruck online",
        ),
        summaries=(
            "Das Bürgerbüro {in_ort} bestätigt Lebensbescheinigungen für ausländische "
            "Rentenversicherungen. Ein Online-Termin mit Hinweis auf die mitzubringenden "
            "Unterlagen erspart zweite Besuche.",
            "{Ort} hat die Lebensbescheinigung in die Online-Terminvergabe aufgenommen und "
            "erklärt in mehreren Sprachen, welcher Vordruck und welcher Ausweis nötig sind.",
            "Zum Jahresanfang standen {in_ort} viele Rentnerinnen und Rentner für eine "
            "Lebensbescheinigung Schlange. Eigene Online-Termine verteilen die Nachfrage.",
            "Lebensbescheinigung {in_ort}: Termin online buchen, Vordruck mitbringen, in fünf "
            "Minuten erledigt.",
        ),
        description=Section(
            ausgangslage=(
                "Wer eine Rente aus dem Ausland bezieht, muss jährlich nachweisen, dass er lebt. "
                "Im Bürgerbüro {in_ort} kamen die Anfragen gebündelt zum Jahresanfang, oft mit "
                "falschen Vordrucken.",
                "Lebensbescheinigungen liefen im Bürgerbüro {in_ort} ohne Termin. Die Wartezeit "
                "war lang, und ein Teil der Menschen musste mit dem richtigen Formular "
                "wiederkommen.",
            ),
            umsetzung=(
                "Die Lebensbescheinigung ist ein eigenes Anliegen in der Online-Terminvergabe. "
                "Bei der Buchung erscheinen Hinweise auf Deutsch, Türkisch, Italienisch und "
                "Polnisch, welche Unterlagen mitzubringen sind.",
                "Wir haben eine Infoseite mit den Vordrucken der häufigsten Rententräger "
                "erstellt und kurze Termine im Fünf-Minuten-Takt eingerichtet.",
            ),
            ergebnis=(
                "Die Schlange zum Jahresanfang ist verschwunden. Fast alle Vorsprachen sind beim "
                "ersten Besuch erledigt.",
                "Das Bürgerbüro plant die Spitzen besser ein, und die Vorsprachen dauern nur "
                "wenige Minuten.",
            ),
            erfahrungen=(
                "Mehrsprachige Hinweise sind wichtiger als die Technik. Migrantenorganisationen "
                "haben die Texte gegengelesen.",
                "Kleine Anliegen lohnen sich für die Terminvergabe, weil sie die großen Anliegen "
                "entlasten.",
            ),
        ),
        services=("10102",),
        processes=("99114032000000",),
        technology=("terminvergabe", "cms"),
        target_groups=("citizens",),
        carriers=(STADT,),
        tags=("Bürgerbüro", "Bürgerservice", "Rente", "Terminvergabe", "Mehrsprachigkeit"),
        costs=Costs(
            small=((500, 3_000), (0, 500)),
            medium=((1_000, 5_000), (0, 1_000)),
            large=((2_000, 10_000), (0, 2_000)),
        ),
    ),
    Archetype(
        key="infektionsschutzbelehrung",
        topic_field=1,
        titles=(
            "Belehrung nach dem Infektionsschutzgesetz online",
            "Digitale Erstbelehrung für Beschäftigte im Lebensmittelbereich {in_ort}",
        ),
        summaries=(
            "Das Gesundheitsamt {in_ort} bietet die Erstbelehrung nach § 43 IfSG online an: "
            "Video, Verständnisfragen, Bescheinigung als PDF nach Identitätsprüfung.",
            "Wer {in_ort} in der Gastronomie anfangen will, braucht keinen Termin mehr im "
            "Gesundheitsamt. Die Belehrung läuft online in mehreren Sprachen.",
            "{ort}: Die Bescheinigung für Beschäftigte im Lebensmittelbereich gibt es nach "
            "einer Online-Belehrung mit Online-Ausweis und Bezahlung direkt als Download.",
            "Das Gesundheitsamt {in_ort} hat die Gruppenbelehrungen im Saal durch eine "
            "Online-Belehrung ersetzt; Termine vor Ort gibt es nur noch auf Wunsch.",
        ),
        description=Section(
            ausgangslage=(
                "Vor Arbeitsbeginn in Küche, Bäckerei oder Imbiss ist eine Belehrung durch das "
                "Gesundheitsamt Pflicht. {Ort} bot sie als Gruppentermin an, die Wartezeit lag "
                "bei mehreren Wochen – Betriebe konnten neue Kräfte so lange nicht einsetzen.",
                "Die Gruppenbelehrungen im Gesundheitsamt {in_ort} banden jede Woche Personal "
                "und Räume. Viele Teilnehmende verstanden die deutschsprachige Belehrung kaum.",
            ),
            umsetzung=(
                "Die Belehrung ist ein Video in acht Sprachen mit anschließenden "
                "Verständnisfragen. Die Identität wird mit der Online-Ausweisfunktion geprüft, "
                "die Gebühr online bezahlt; die Bescheinigung wird automatisch erzeugt.",
                "Wir haben eine bestehende Online-Belehrung eines anderen Gesundheitsamts "
                "nachgenutzt und Texte sowie Gebührenordnung angepasst. Wer keinen Online-Ausweis "
                "hat, zeigt den Ausweis kurz am Schalter vor und erhält die Bescheinigung sofort.",
            ),
            ergebnis=(
                "Die Wartezeit ist entfallen, Betriebe können neue Beschäftigte sofort anmelden. "
                "Das Gesundheitsamt gewinnt Zeit für Hygienekontrollen.",
                "Über drei Viertel der Belehrungen laufen online. Die Gruppentermine sind auf "
                "einen pro Monat geschrumpft.",
            ),
            erfahrungen=(
                "Die Identitätsprüfung war die rechtlich schwierigste Frage. Der Austausch mit "
                "anderen Gesundheitsämtern hat sehr geholfen.",
                "Übersetzungen von Fachleuten prüfen lassen: automatische Übersetzungen waren "
                "bei Hygienebegriffen unbrauchbar.",
            ),
        ),
        services=("10071",),
        processes=("99003009000000",),
        technology=("antragsstrecke", "eid", "epayment", "video"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Gesundheitsamt", "Infektionsschutz", "Gastronomie", "Online-Ausweis"),
        costs=Costs(
            small=((5_000, 15_000), (1_000, 3_000)),
            medium=((10_000, 30_000), (2_000, 5_000)),
            large=((20_000, 60_000), (3_000, 10_000)),
        ),
        open_source=True,
    ),
)
