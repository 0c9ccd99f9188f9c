"""Topic field 10, Querschnitt: Bürgerbüro, Standesamt and the internal basics of a
municipal administration (portal, appointments, E-Akte, E-Rechnung, Open Data)."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10119": "Gemeinde: Pass- und Personalausweisbehörde",
    "10177": "Gemeinde: Pass- und Personalausweisbehörde",
    "10124": "Gemeinde: Meldebehörde",
    "10559": "Gemeinde: Meldebehörde",
    "10557": "Gemeinde: Standesamt",
    "10237": "Gemeinde: Standesamt",
    "10564": "Gemeinde: Gewerbeamt",
    "10591": "Gemeinde oder Kreis: Beschaffung und Rechnungseingang der Verwaltung",
    "10343": "Stadt: Statistikstelle (Mietspiegel, Daten für die Wissenschaft)",
}

ARCHETYPES = (
    Archetype(
        key="buergerportal-servicekonto",
        topic_field=10,
        titles=(
            "Bürgerportal mit Nutzerkonto – {ort}",
            "Ein Zugang für alle Online-Dienste der Verwaltung {ort}",
            "Neues Serviceportal mit Anbindung an das Nutzerkonto",
        ),
        summaries=(
            "Die Verwaltung in {ort} bündelt ihre Online-Dienste in einem Bürgerportal. Wer "
            "sich einmal mit dem Nutzerkonto anmeldet, kann Meldebescheinigung, Urkunden und "
            "weitere Leistungen ohne erneute Dateneingabe beantragen.",
            "Über 40 Online-Formulare lagen verstreut auf der Website, einige davon nur als "
            "PDF zum Ausdrucken. Das neue Portal führt sie zusammen und zeigt den "
            "Bearbeitungsstand.",
            "Ein Portal, ein Konto, ein Postfach: Bescheide aus dem Rathaus in {ort} kommen "
            "digital zurück, statt per Brief. Das Bürgerportal ist an das Nutzerkonto des "
            "Landes angebunden.",
            "Das Bürgerportal von {ort} ersetzt die Formularsammlung der alten Website. Die "
            "meisten Anträge enden jetzt mit einer Online-Zahlung und einer "
            "Eingangsbestätigung.",
        ),
        description=Section(
            ausgangslage=(
                "Auf der Website der Verwaltung fanden sich Online-Formulare aus drei "
                "verschiedenen Systemen und viele PDF-Dateien zum Ausdrucken. Wer eine "
                "Meldebescheinigung wollte, musste trotzdem ins Bürgerbüro oder einen "
                "Brief mit Briefmarken für die Gebühr schicken.",
                "Eine Umfrage unter Einwohnerinnen und Einwohnern ergab, dass viele gar "
                "nicht wussten, welche Leistungen schon online angeboten werden. Der "
                "Bearbeitungsstand war nur telefonisch zu erfahren.",
            ),
            umsetzung=(
                "Das Portal wurde in das Web-Content-Management der Website integriert "
                "und an das Nutzerkonto des Landes angebunden. Zuerst kamen die "
                "Leistungen mit den meisten Fällen: Meldebescheinigung, Urkunden des "
                "Standesamts und Wohnsitzanmeldung. Danach folgten monatlich weitere "
                "Formulare.",
                "- Anmeldung mit Nutzerkonto, Gastzugang für einfache Leistungen\n"
                "- Online-Bezahlung für gebührenpflichtige Leistungen\n"
                "- Rückkanal: Bescheide und Urkunden im Postfach des Nutzerkontos\n"
                "- Leistungsbeschreibungen aus dem Landesredaktionssystem",
            ),
            ergebnis=(
                "Rund 40 % der Meldebescheinigungen und etwa die Hälfte der "
                "Urkundenbestellungen kommen inzwischen über das Portal. Das Bürgerbüro "
                "hat spürbar weniger Laufkundschaft für einfache Anliegen.",
                "Im ersten Jahr hat sich die Zahl der Online-Anträge mehr als "
                "verdreifacht. Die Rückfragen zum Bearbeitungsstand gingen zurück, "
                "weil der Status im Nutzerkonto sichtbar ist.",
            ),
            erfahrungen=(
                "Nicht alle Fachverfahren konnten den Rückkanal sofort bedienen. Für "
                "eine Übergangszeit kamen Bescheide weiter per Post; das sollte man "
                "ehrlich kommunizieren.",
                "Die Fachämter haben die Formulare selbst getestet. Das hat länger "
                "gedauert, aber die Akzeptanz im Haus deutlich erhöht.",
            ),
        ),
        services=("10559", "10557", "10124"),
        processes=("99115003000000", "99115005000000"),
        technology=("cms", "servicekonto", "antragsstrecke", "epayment"),
        target_groups=("citizens", "businesses"),
        carriers=(GEMEINDE,),
        tags=("Bürgerportal", "Nutzerkonto", "Online-Dienste", "Bürgerservice"),
        costs=Costs(
            small=((5_000, 15_000), (2_000, 5_000)),
            medium=((20_000, 50_000), (5_000, 12_000)),
            large=((60_000, 150_000), (15_000, 40_000)),
        ),
    ),
    Archetype(
        key="terminvergabe-buergerbuero",
        topic_field=10,
        titles=(
            "Online-Terminvergabe im Bürgerbüro {ort}",
            "Terminbuchung für Ausweis, Pass und Meldeangelegenheiten",
        ),
        summaries=(
            "Das Bürgerbüro in {ort} vergibt Termine für Personalausweis, Reisepass und "
            "Ummeldung online. Die Wartezeit vor Ort liegt meist unter zehn Minuten.",
            "Schluss mit der Wartemarke um sieben Uhr früh: Termine im Bürgerbüro werden "
            "online gebucht, mit Erinnerung und Liste der mitzubringenden Unterlagen.",
            "Die Online-Terminvergabe im Bürgerbüro in {ort} plant je Anliegen die passende "
            "Dauer ein. Dadurch arbeiten die Schalter gleichmäßiger, und es bleiben Zeiten für "
            "spontane Besuche.",
            "Rund 80 % der Besuche im Bürgerbüro in {ort} sind inzwischen online gebucht. Wer "
            "keinen Internetzugang hat, bekommt den Termin telefonisch.",
        ),
        description=Section(
            ausgangslage=(
                "Im Bürgerbüro bildeten sich morgens lange Schlangen, nachmittags war "
                "wenig los. Vor den Sommerferien warteten Menschen zwei Stunden auf einen "
                "Reisepass, manche gingen unverrichteter Dinge wieder.",
                "Ein Teil der Vorsprachen scheiterte an fehlenden Unterlagen, etwa dem "
                "alten Ausweis oder der Wohnungsgeberbestätigung. Dann begann alles von "
                "vorn.",
            ),
            umsetzung=(
                "Eingeführt wurde eine Terminvergabe, die für jedes Anliegen eine "
                "eigene Dauer kennt. Bei der Buchung erscheint eine Liste der "
                "erforderlichen Unterlagen, zwei Tage vorher kommt eine Erinnerung. Ein "
                "Aufrufsystem im Wartebereich zeigt die Nummern an.",
                "- Anliegen mit eigener Dauer, mehrere Anliegen pro Termin buchbar\n"
                "- Unterlagenliste in der Buchungsbestätigung\n"
                "- Kontingente für spontane Vorsprachen am Vormittag\n"
                "- Absage und Umbuchung per Link",
            ),
            ergebnis=(
                "Die durchschnittliche Wartezeit vor Ort liegt unter zehn Minuten. "
                "Unvollständige Vorsprachen sind um etwa ein Drittel seltener geworden.",
                "Die Auslastung der Schalter ist gleichmäßiger. Die Quote der nicht "
                "wahrgenommenen Termine liegt bei rund 8 %, seit Erinnerungen verschickt "
                "werden.",
            ),
            erfahrungen=(
                "Ganz ohne spontane Vorsprachen geht es nicht. Feste Kontingente für "
                "Notfälle, etwa einen verlorenen Ausweis vor dem Urlaub, haben viel Ärger "
                "verhindert.",
                "Die Dauer der einzelnen Anliegen sollte man nach einigen Wochen anhand "
                "echter Zeiten nachjustieren.",
            ),
        ),
        services=("10119", "10177", "10124"),
        processes=("99008001000000", "99085001000000"),
        technology=("terminvergabe", "cms"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Terminvergabe", "Bürgerbüro", "Personalausweis", "Wartezeit"),
        costs=Costs(
            small=((3_000, 8_000), (1_000, 2_500)),
            medium=((8_000, 20_000), (2_000, 5_000)),
            large=((20_000, 50_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="buerger-chatbot",
        topic_field=10,
        titles=(
            "Gemeinsamer Bürger-Chatbot mit den Nachbargemeinden – {ort}",
            "Chatbot für Fragen an das Bürgerbüro – {ort}",
        ),
        summaries=(
            "Ein Chatbot soll die häufigsten Fragen ans Bürgerbüro in {ort} beantworten: "
            "welche Unterlagen für den Ausweis nötig sind, wie man sich ummeldet, was eine "
            "Meldebescheinigung kostet.",
            "Mehrere Gemeinden wollen einen gemeinsamen Chatbot aufbauen, der auf den "
            "Leistungsbeschreibungen des Landes beruht und nur örtliche Angaben ergänzt.",
            "Ein großer Teil der Anrufe im Bürgerbüro in {ort} betrifft dieselben zehn Fragen. "
            "Die Idee: ein Chatbot auf der Website, der rund um die Uhr antwortet und bei "
            "Bedarf einen Termin vorschlägt.",
            "{ort} sucht Partner für einen Chatbot für Bürgerämter, der ohne Datenweitergabe an "
            "Dritte beim kommunalen IT-Dienstleister betrieben werden kann.",
        ),
        description=Section(
            ausgangslage=(
                "Das Bürgerbüro erhält jede Woche viele Anrufe und E-Mails. Eine "
                "Auswertung über vier Wochen zeigte: Etwa 60 % betreffen Unterlagen, "
                "Gebühren und Öffnungszeiten rund um Ausweis, Pass und Ummeldung.",
                "Kleine Gemeinden können sich keinen eigenen Chatbot leisten, haben aber "
                "dieselben Fragen. Einzeln gepflegte Antworten würden schnell veralten.",
            ),
            umsetzung=(
                "Geplant ist ein Chatbot, der beim kommunalen IT-Dienstleister "
                "betrieben wird. Die Antworten stammen aus den Leistungsbeschreibungen des "
                "Landes, jede Gemeinde ergänzt nur Öffnungszeiten, Gebühren und "
                "Terminlink.",
                "Vorgesehene Schritte:\n\n"
                "1. Auswertung der häufigsten Fragen in drei Pilotgemeinden\n"
                "2. Prototyp mit 50 Fragen und Weiterleitung zur Terminvergabe\n"
                "3. Test mit Bürgerinnen und Bürgern, auch in Leichter Sprache",
            ),
            ergebnis=(
                "Erhofft wird, dass ein Viertel der Anrufe im Bürgerbüro entfällt. Die "
                "Beschäftigten hätten mehr Zeit für Anliegen, die wirklich eine Beratung "
                "brauchen.",
                "Durch den gemeinsamen Betrieb sollen die Kosten je Gemeinde bei wenigen "
                "Tausend Euro im Jahr liegen.",
            ),
            erfahrungen=(
                "Offen ist, wer die Antworten fachlich verantwortet. Wir würden gern von "
                "Kommunen hören, die das schon geregelt haben.",
                "Wir suchen Gemeinden, die den Chatbot bewusst bescheiden halten "
                "wollen: Er soll nur beantworten, was sicher stimmt, und sonst auf "
                "Telefon und Termin verweisen.",
            ),
        ),
        services=("10119", "10124", "10559"),
        technology=("chatbot", "cms", "terminvergabe"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Chatbot", "Bürgerbüro", "Interkommunale Zusammenarbeit", "Datenschutz"),
        costs=Costs(
            small=((2_000, 6_000), (1_000, 3_000)),
            medium=((10_000, 25_000), (3_000, 6_000)),
            large=((30_000, 70_000), (8_000, 15_000)),
        ),
        is_idea=True,
        open_source=True,
    ),
    Archetype(
        key="e-akte-einfuehrung",
        topic_field=10,
        titles=(
            "Einführung der E-Akte in der Verwaltung {ort}",
            "E-Akte und digitaler Posteingang, beginnend im Bürgerbüro",
        ),
        summaries=(
            "Die Verwaltung in {ort} führt schrittweise die E-Akte ein. Den Anfang machten "
            "Bürgerbüro und Gewerbeamt; die Post wird zentral gescannt und digital verteilt.",
            "Mit der E-Akte und einem zentralen Posteingang arbeiten inzwischen die "
            "meisten Fachbereiche papierlos. Akten lassen sich im Homeoffice und bei "
            "Vertretungen sofort finden.",
            "Die E-Akte wurde in {ort} nicht auf einen Schlag, sondern Bereich für Bereich "
            "eingeführt. Jeder Bereich bekam einen Aktenplan und eine Ansprechperson im "
            "eigenen Team.",
            "Papierakten, Umlaufmappen und Hängeregister gehören in den ersten Fachbereichen "
            "der Verwaltung in {ort} der Vergangenheit an. Der digitale Posteingang verteilt "
            "die Briefe am Tag des Eingangs.",
        ),
        description=Section(
            ausgangslage=(
                "Die Verwaltung arbeitete vollständig mit Papierakten. Die Archivräume "
                "waren voll, Vertretungen mussten Akten suchen, und mobiles Arbeiten war "
                "nur mit Aktentaschen möglich.",
                "Das Landesrecht verlangt die elektronische Aktenführung. Einzelne "
                "Bereiche hatten eigene Ablagen auf Netzlaufwerken, einen gemeinsamen "
                "Aktenplan gab es nicht.",
            ),
            umsetzung=(
                "Zuerst wurden ein einheitlicher Aktenplan und eine Dienstanweisung "
                "erarbeitet. Dann startete die E-Akte im Bürgerbüro und im Gewerbeamt, "
                "wo viele gleichartige Vorgänge anfallen. Die Poststelle scannt "
                "eingehende Briefe und legt sie im Posteingang der Fachbereiche ab.",
                "- Aktenplan auf Basis eines landesweiten Musters\n"
                "- Scanstelle in der Poststelle mit ersetzendem Scannen nach einer "
                "Verfahrensdokumentation\n"
                "- Schulungen in Kleingruppen und Multiplikatoren je Fachbereich\n"
                "- Anbindung der Fachverfahren, sobald die Hersteller es ermöglichen",
            ),
            ergebnis=(
                "Nach zwei Jahren arbeiten zwei Drittel der Fachbereiche mit der "
                "E-Akte. Gewerbeanzeigen und Melderegisterauskünfte werden "
                "vollständig digital bearbeitet, die Durchlaufzeit im Gewerbeamt "
                "sank um etwa ein Drittel.",
                "Die Poststelle verteilt die Eingangspost noch am selben Tag "
                "digital. Akten sind für Vertretungen sofort auffindbar, und mobiles "
                "Arbeiten ist ohne Papier möglich.",
            ),
            erfahrungen=(
                "Die Technik war schneller eingerichtet als die Regeln. Ohne Aktenplan "
                "und klare Zuständigkeiten für die Ablage wäre die E-Akte ein neues "
                "Netzlaufwerk geworden.",
                "Multiplikatoren in jedem Bereich waren wichtiger als jede Schulung. "
                "Sie beantworten die kleinen Fragen im Alltag.",
            ),
        ),
        services=("10564", "10559"),
        technology=("eakte", "posteingang", "kollaboration"),
        target_groups=("administration",),
        carriers=(GEMEINDE,),
        tags=("E-Akte", "Posteingang", "Dokumentenmanagement", "Aktenplan"),
        costs=Costs(
            small=((20_000, 50_000), (5_000, 12_000)),
            medium=((60_000, 150_000), (15_000, 35_000)),
            large=((150_000, 400_000), (40_000, 100_000)),
        ),
    ),
    Archetype(
        key="e-rechnung-workflow",
        topic_field=10,
        titles=(
            "Eingang elektronischer Rechnungen und digitaler Freigabeworkflow – {ort}",
            "E-Rechnung: vom Posteingang bis zur Zahlung ohne Papier",
        ),
        summaries=(
            "Rechnungen an die Verwaltung {ort} kommen elektronisch an, werden automatisch "
            "geprüft und in einem digitalen Workflow sachlich und rechnerisch freigegeben. "
            "Papierrechnungen werden gescannt und laufen denselben Weg.",
            "Lieferanten müssen der Verwaltung Rechnungen elektronisch schicken. Wir haben den "
            "Empfang eingerichtet und gleich die Freigabe digitalisiert.",
            "Umlaufmappen mit Rechnungen gibt es in der Verwaltung {ort} nicht mehr: Die "
            "Freigabe läuft digital, Skontofristen werden eingehalten und die Kasse bucht "
            "direkt aus dem Workflow.",
            "Alle Rechnungen durchlaufen bei der Verwaltung {ort} einen digitalen "
            "Workflow. Die durchschnittliche Durchlaufzeit sank von 21 auf 8 Tage.",
        ),
        description=Section(
            ausgangslage=(
                "Die Rechnungen kamen fast alle auf Papier oder als PDF per E-Mail. "
                "Sie wanderten in Umlaufmappen durch die Ämter, Skontofristen "
                "verstrichen und Mahnungen von Lieferanten waren häufig.",
                "Mit der Pflicht, strukturierte elektronische Rechnungen anzunehmen, "
                "musste ohnehin ein Empfangskanal her. Die Kämmerei wollte die "
                "Gelegenheit nutzen, den ganzen Ablauf zu ändern.",
            ),
            umsetzung=(
                "Elektronische Rechnungen kommen über das Rechnungseingangsportal des "
                "Landes und werden automatisch gelesen. Papierrechnungen scannt die "
                "Poststelle. Ein BPMN-Workflow leitet jede Rechnung an die zuständige "
                "Stelle, erst zur sachlichen, dann zur rechnerischen Prüfung, und "
                "übergibt sie an das Finanzverfahren.",
                "- Leitweg-IDs für alle Ämter und Eigenbetriebe\n"
                "- Automatische Prüfung von Pflichtangaben und Bestellbezug\n"
                "- Vertretungsregeln und Eskalation bei drohenden Fristen\n"
                "- Ablage der Belege in der E-Akte",
            ),
            ergebnis=(
                "Inzwischen kommen rund 55 % der Rechnungen strukturiert elektronisch. Die "
                "Durchlaufzeit sank von durchschnittlich 21 auf 8 Tage, Skonto wird "
                "deutlich häufiger gezogen.",
                "Die Kasse spart das Erfassen der Rechnungsdaten. Rückfragen von "
                "Lieferanten zum Zahlungsstand lassen sich im Workflow sofort "
                "beantworten.",
            ),
            erfahrungen=(
                "Die Zuordnung der Rechnungen zu den richtigen Stellen war am Anfang "
                "fehleranfällig. Klare Leitweg-IDs und eine Rechnungsanschrift pro "
                "Bereich haben geholfen.",
                "Kleine Lieferanten aus der Region brauchten Unterstützung. Ein "
                "Merkblatt und ein Webformular zur Rechnungserfassung haben die meisten "
                "Fragen erledigt.",
            ),
        ),
        services=("10591",),
        technology=("automatisierung", "posteingang", "eakte"),
        target_groups=("administration", "businesses"),
        carriers=(GEMEINDE, KREIS),
        tags=("E-Rechnung", "Workflow", "Kämmerei", "Rechnungseingang"),
        costs=Costs(
            small=((8_000, 20_000), (2_000, 5_000)),
            medium=((25_000, 60_000), (6_000, 15_000)),
            large=((60_000, 150_000), (15_000, 35_000)),
        ),
    ),
    Archetype(
        key="open-data-portal",
        topic_field=10,
        titles=(
            "Open-Data-Portal {ort}",
            "Offene Daten der Verwaltung: vom Mietspiegel bis zur Einwohnerstatistik",
        ),
        summaries=(
            "Die Statistikstelle in {ort} veröffentlicht ihre Daten in einem Open-Data-Portal: "
            "Einwohnerzahlen nach Stadtteilen, Mietspiegel, Wahlergebnisse, Haushaltsdaten. "
            "Alles unter offener Lizenz und maschinenlesbar.",
            "Anfragen von Presse, Hochschulen und Bürgerinitiativen nach Zahlen wurden bisher "
            "einzeln per E-Mail beantwortet. Jetzt stehen die häufigsten Datensätze im "
            "Open-Data-Portal.",
            "Dutzende Datensätze, automatisch aktualisiert und an das bundesweite "
            "Datenportal gemeldet: So sieht das Open-Data-Angebot von {ort} nach "
            "zwei Jahren aus.",
            "Das Open-Data-Portal macht Verwaltungsdaten aus {ort} nutzbar, etwa für "
            "Schulwegkarten, Mietvergleiche oder Haushaltsanalysen. Ein Dashboard zeigt die "
            "wichtigsten Kennzahlen auf einen Blick.",
        ),
        description=Section(
            ausgangslage=(
                "Die Statistikstelle beantwortete jedes Jahr zahlreiche "
                "Datenanfragen. Viele betrafen immer wieder dieselben Zahlen: "
                "Einwohner nach Stadtteilen, Altersstruktur, Mietspiegel.",
                "Der Stadtrat hatte beschlossen, Verwaltungsdaten grundsätzlich offen "
                "bereitzustellen. Es fehlten aber eine Plattform, Lizenzregeln und "
                "Zuständigkeiten in den Ämtern.",
            ),
            umsetzung=(
                "Das Portal läuft auf einer verbreiteten Portalsoftware, die Metadaten werden "
                "nach dem deutschen Standard beschrieben und an das bundesweite Portal "
                "übertragen. Jedes Amt benennt eine Datenpatin oder einen Datenpaten.",
                "- Start mit den meistgefragten Datensätzen der Statistikstelle\n"
                "- Automatische Aktualisierung aus Fachverfahren, wo möglich\n"
                "- Geodaten über das Geoinformationssystem\n"
                "- Dashboard mit Kennzahlen für Rat und Öffentlichkeit",
            ),
            ergebnis=(
                "Nach zwei Jahren hat sich das Angebot mehr als verdreifacht. Die "
                "Zahl der Einzelanfragen an die Statistikstelle hat sich etwa "
                "halbiert.",
                "Hochschulen, Lokalpresse und eine ehrenamtliche Gruppe nutzen die "
                "Daten; unter anderem ist eine Karte der Kita-Plätze entstanden, die die "
                "Verwaltung selbst nie gebaut hätte.",
            ),
            erfahrungen=(
                "Die meiste Arbeit steckt nicht in der Software, sondern im Klären, "
                "welche Daten veröffentlicht werden dürfen. Eine Checkliste für den "
                "Datenschutz hat das beschleunigt.",
                "Datensätze, die sich nicht automatisch aktualisieren, veralten. Wir "
                "veröffentlichen lieber weniger, dafür aktuelle Daten.",
            ),
        ),
        services=("10343",),
        processes=("99116002000000",),
        technology=("open_data", "dashboard", "gis"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(STADT,),
        tags=("Open Data", "Statistik", "Transparenz", "Mietspiegel"),
        costs=Costs(
            small=((5_000, 12_000), (1_500, 4_000)),
            medium=((15_000, 40_000), (4_000, 10_000)),
            large=((40_000, 100_000), (10_000, 25_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="urkunden-online-bestellen",
        topic_field=10,
        titles=(
            "Personenstandsurkunden online bestellen – Standesamt {ort}",
            "Geburts- und Sterbeurkunden mit Online-Bezahlung",
        ),
        summaries=(
            "Geburts- und Sterbeurkunden aus {ort} lassen sich online bestellen und bezahlen. "
            "Das Standesamt prüft die Berechtigung im Fachverfahren und verschickt die Urkunde "
            "am nächsten Werktag.",
            "Urkundenbestellungen kamen per Telefon, E-Mail und Brief, die Gebühr per "
            "Überweisung mit Rückfragen. Ein Online-Formular mit Bezahlfunktion hat das "
            "vereinfacht.",
            "Das Standesamt in {ort} bearbeitet Urkundenbestellungen im Stapel: "
            "Online-Eingänge werden morgens geprüft, ausgedruckt und versandt. Der Schalter "
            "bleibt für Beurkundungen frei.",
            "Wer eine Geburtsurkunde aus {ort} für Rente, Heirat oder Erbschein braucht, "
            "bestellt sie online. Rund 70 % der Bestellungen nutzen inzwischen diesen Weg.",
        ),
        description=Section(
            ausgangslage=(
                "Urkundenbestellungen kamen beim Standesamt auf allen Kanälen, die "
                "Zahlung per Überweisung musste von Hand mit der Bestellung "
                "abgeglichen werden. Bis zum Versand vergingen oft zwei Wochen.",
                "Viele Anrufe drehten sich darum, ob die Zahlung angekommen ist oder "
                "welche Angaben für die Bestellung nötig sind.",
            ),
            umsetzung=(
                "Die Online-Bestellung fragt die für die Suche im Register nötigen "
                "Angaben ab und prüft das berechtigte Interesse. Bezahlt wird direkt im "
                "Formular. Die Bestellung geht in das Fachverfahren des Standesamts.",
                "- Online-Formular für Geburts- und Sterbeurkunden\n"
                "- Zahlung per Bezahldienst, automatische Zuordnung\n"
                "- Hinweis, wenn der Eintrag bei einem anderen Standesamt liegt\n"
                "- Versand am nächsten Werktag",
            ),
            ergebnis=(
                "Rund 70 % der Bestellungen kommen online, die Zeit bis zum Versand "
                "liegt bei ein bis zwei Werktagen. Der Abgleich von Überweisungen "
                "entfällt fast vollständig.",
                "Die Zahl der Anrufe im Standesamt ist um etwa ein Drittel gesunken.",
            ),
            erfahrungen=(
                "Viele Bestellungen betreffen Einträge, die bei anderen Standesämtern "
                "liegen. Ein klarer Hinweis im Formular spart Erstattungen.",
                "Die Prüfung des berechtigten Interesses bleibt Handarbeit. Das "
                "Formular sollte die nötigen Angaben aber vollständig abfragen.",
            ),
        ),
        services=("10557", "10237"),
        processes=("99027002000000", "99101004000000"),
        technology=("antragsstrecke", "epayment", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Standesamt", "Urkunden", "Online-Bezahlung"),
        costs=Costs(
            small=((2_000, 6_000), (500, 1_500)),
            medium=((5_000, 12_000), (1_000, 3_000)),
            large=((10_000, 25_000), (2_000, 6_000)),
        ),
    ),
)
