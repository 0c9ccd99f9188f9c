"""Topic field 11, Recht & Ordnung: Ordnungsamt, Fundbüro, Meldebehörde, Bußgeldstelle of
the Gemeinde or Stadt, Waffenbehörde of the Kreis."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10244": "Gemeinde: Fundbüro",
    "10136": "Gemeinde: Ordnungsamt und Bauhof",
    "10124": "Gemeinde: Meldebehörde",
    "10111": "Gemeinde: Meldebehörde",
    "10119": "Gemeinde: Pass- und Personalausweisbehörde",
    "10177": "Gemeinde: Pass- und Personalausweisbehörde",
    "10243": "Stadt: Bußgeldstelle und kommunale Verkehrsüberwachung",
    "10154": "Kreis: Waffenbehörde",
}

ARCHETYPES = (
    Archetype(
        key="fundbuero-online",
        topic_field=11,
        titles=(
            "Online-Fundbüro {ort}",
            "Verlustmeldung und Fundsachensuche im Internet",
        ),
        summaries=(
            "Wer in {ort} etwas verloren hat, meldet den Verlust online und wird "
            "benachrichtigt, sobald eine passende Fundsache eingeht. Das Fundbüro erfasst "
            "Fundsachen mit Foto und Beschreibung.",
            "Schlüssel, Handys, Fahrräder: Im Fundbüro in {ort} landet jedes Jahr "
            "einiges. Mit der Online-Suche finden deutlich mehr davon ihre "
            "Eigentümer wieder.",
            "Das Fundbüro hat sein Eingangsbuch durch ein Online-Verfahren ersetzt. "
            "Verlustmeldungen und Fundsachen werden automatisch abgeglichen.",
            "Fundsachen aus {ort} lassen sich im Internet suchen, ohne dass Wertgegenstände "
            "oder persönliche Details öffentlich werden. Die Herausgabe erfolgt nach "
            "Eigentumsnachweis im Bürgerbüro.",
        ),
        description=Section(
            ausgangslage=(
                "Fundsachen wurden in einem Eingangsbuch und einer Tabelle erfasst. Wer "
                "etwas suchte, rief an oder kam vorbei; die Mitarbeiterin ging dann die "
                "Regale durch. Weniger als ein Fünftel der Fundsachen ging an die "
                "Eigentümer zurück.",
                "Nach Ablauf der Aufbewahrungsfrist wurden Fundsachen versteigert oder "
                "entsorgt. Die Listen dafür wurden von Hand zusammengestellt.",
            ),
            umsetzung=(
                "Eingeführt wurde ein Online-Fundbüro: Fundsachen werden mit Kategorie, "
                "Fundort, Datum und Foto erfasst, öffentlich sind nur allgemeine "
                "Angaben. Verlustmeldungen gehen über ein Online-Formular ein und werden "
                "automatisch mit den Fundsachen verglichen.",
                "- Erfassung am Tablet direkt bei der Abgabe\n"
                "- Öffentliche Suche nach Kategorie und Zeitraum\n"
                "- Benachrichtigung bei Treffern per E-Mail\n"
                "- Liste für die Versteigerung nach Fristablauf auf Knopfdruck",
            ),
            ergebnis=(
                "Die Rückgabequote stieg von unter 20 % auf rund 35 %. Telefonische "
                "Anfragen sind um etwa die Hälfte zurückgegangen.",
                "Verkehrsbetriebe und Polizei geben Fundsachen mit vorbereiteter "
                "Erfassung ab, was Zeit am Schalter spart. Versteigerungen lassen sich "
                "mit wenig Aufwand vorbereiten.",
            ),
            erfahrungen=(
                "Bei Wertsachen wie Schmuck veröffentlichen wir bewusst kein Foto. Sonst "
                "melden sich Menschen, die nicht Eigentümer sind.",
                "Die Nachbargemeinden haben sich inzwischen angeschlossen. Ein "
                "gemeinsames Fundbüro im Netz ist für Bürgerinnen und Bürger einfacher "
                "als viele einzelne.",
            ),
        ),
        services=("10244",),
        processes=("99089017000000",),
        technology=("app", "antragsstrecke"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Fundbüro", "Fundsachen", "Bürgerservice"),
        costs=Costs(
            small=((1_000, 4_000), (500, 1_500)),
            medium=((4_000, 10_000), (1_000, 3_000)),
            large=((10_000, 25_000), (2_500, 6_000)),
        ),
    ),
    Archetype(
        key="maengelmelder",
        topic_field=11,
        titles=(
            "Mängelmelder für {ort}",
            "Schlaglöcher, Müll und defekte Laternen online melden",
            "Digitaler Mängelmelder mit Anbindung an den Bauhof",
        ),
        summaries=(
            "Bürgerinnen und Bürger in {ort} melden Schäden im öffentlichen Raum mit Foto und "
            "Standort. Die Meldung geht direkt an Bauhof oder Ordnungsamt, der Status ist "
            "öffentlich sichtbar.",
            "Vom wilden Müll bis zur defekten Straßenlaterne: Der Mängelmelder "
            "ersetzt E-Mails und Anrufe und zeigt, was erledigt ist.",
            "Der Mängelmelder von {ort} leitet Meldungen nach Kategorie an die zuständige "
            "Stelle. Für Straßenbeleuchtung und Ampeln werden die Stadtwerke direkt "
            "benachrichtigt.",
            "Mit dem Mängelmelder weiß der Bauhof in {ort} schneller, wo etwas kaputt ist. Die "
            "meisten Meldungen werden innerhalb einer Woche erledigt.",
        ),
        description=Section(
            ausgangslage=(
                "Schäden an Straßen, Spielplätzen und Bänken wurden per Telefon, E-Mail "
                "und in der Bürgersprechstunde gemeldet. Oft fehlte der genaue Ort, und "
                "viele Meldungen kamen mehrfach an. Rückmeldungen an die Meldenden gab "
                "es selten.",
                "Der Bauhof arbeitete mit einer handgeschriebenen Liste. Ob ein Schaden "
                "schon bekannt war, wusste am Telefon niemand.",
            ),
            umsetzung=(
                "Der Mängelmelder ist eine Web-App mit Karte, die auch auf dem "
                "Smartphone funktioniert. Meldungen mit Foto und Standort werden nach "
                "Kategorie zugeordnet. Der Bauhof bearbeitet sie auf Tablets im "
                "Fahrzeug.",
                "- Kategorien für Straßenschäden, wilden Müll, Beleuchtung, Grünflächen "
                "und Spielplätze\n"
                "- Hinweis auf bereits gemeldete Mängel in der Nähe\n"
                "- Statusanzeige: neu, in Bearbeitung, erledigt\n"
                "- Weiterleitung von Zuständigkeiten Dritter, etwa Kreis- und "
                "Landesstraßen",
            ),
            ergebnis=(
                "Im ersten Jahr kamen rund drei Viertel aller Schadensmeldungen über "
                "den Mängelmelder, etwa 80 % davon mit Foto. Doppelte Meldungen sind "
                "selten geworden, und die Hälfte der Mängel ist innerhalb von fünf "
                "Arbeitstagen behoben.",
                "Der Bauhof plant seine Touren anhand der Karte. Die Ratsfraktionen "
                "nutzen die Auswertungen, etwa zu Müllschwerpunkten.",
            ),
            erfahrungen=(
                "Der Mängelmelder erzeugt Erwartungen. Wer eine Meldung abgibt, möchte "
                "wissen, was passiert; ehrliche Statusmeldungen wie „nicht zuständig, "
                "weitergeleitet“ werden gut angenommen.",
                "Die Kategorien sollten sich an den internen Zuständigkeiten "
                "orientieren, nicht an der Sicht der Meldenden. Sonst muss jede Meldung "
                "von Hand verteilt werden.",
            ),
        ),
        services=("10136",),
        processes=("99108018000000", "99108020000000", "99001004000000"),
        technology=("app", "gis", "automatisierung"),
        target_groups=("citizens", "administration"),
        carriers=(GEMEINDE,),
        tags=("Mängelmelder", "Bauhof", "Bürgerbeteiligung", "Ordnungsamt"),
        costs=Costs(
            small=((2_000, 6_000), (1_000, 2_500)),
            medium=((6_000, 15_000), (2_000, 5_000)),
            large=((15_000, 40_000), (4_000, 10_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="wohnsitzanmeldung-online",
        topic_field=11,
        titles=(
            "Elektronische Wohnsitzanmeldung in der Meldebehörde {ort}",
            "Umzug online melden – ohne Termin im Bürgerbüro",
        ),
        summaries=(
            "Wer nach {ort} zieht oder innerhalb des Ortes umzieht, meldet sich online mit dem "
            "Online-Ausweis an. Die Adresse auf dem Ausweis wird per Post-Aufkleber "
            "aktualisiert.",
            "Die Meldebehörde in {ort} hat die elektronische Wohnsitzanmeldung eingeführt. "
            "Inzwischen kommt etwa jede vierte Anmeldung online, vor allem von jüngeren "
            "Menschen.",
            "Umzug melden ohne Wartemarke: Die Online-Anmeldung prüft die "
            "Wohnungsgeberbestätigung und übernimmt die Daten direkt in das Melderegister.",
            "Anmeldung, Ummeldung und Auskunftssperre online: Das Bürgerbüro in {ort} gewinnt "
            "Termine für Pass- und Ausweisanträge, die weiterhin vor Ort nötig sind.",
        ),
        description=Section(
            ausgangslage=(
                "Die Meldebehörde bearbeitete An- und Ummeldungen bisher fast "
                "ausschließlich am Schalter. Zum Semesterbeginn und im Sommer waren "
                "Termine knapp, die gesetzliche Frist von zwei Wochen ließ sich oft "
                "nicht einhalten.",
                "Viele Vorsprachen scheiterten an einer fehlenden "
                "Wohnungsgeberbestätigung. Bußgelder wegen verspäteter Anmeldung waren "
                "unbeliebt, weil die Verzögerung oft an den Terminen lag.",
            ),
            umsetzung=(
                "Die elektronische Wohnsitzanmeldung wurde im Fachverfahren aktiviert "
                "und auf der Website prominent verlinkt. Die Anmeldung erfolgt mit dem "
                "Online-Ausweis, die Wohnungsgeberbestätigung kann der Vermieter online "
                "abgeben. Anträge auf Auskunftssperren laufen über ein eigenes "
                "Formular.",
                "- Aktivierung im Fachverfahren und Test mit Beschäftigten, die gerade "
                "umgezogen waren\n"
                "- Online-Wohnungsgeberbestätigung mit Code für die Anmeldung\n"
                "- Versand des Adressaufklebers für den Ausweis per Post\n"
                "- Hinweise für Fälle, die weiter am Schalter laufen, etwa Zuzug aus dem "
                "Ausland",
            ),
            ergebnis=(
                "Rund 25 % der Anmeldungen kommen online, bei Umzügen innerhalb des "
                "Ortes mehr. Die Wartezeit auf einen Termin im Bürgerbüro ist von drei "
                "Wochen auf wenige Tage gesunken.",
                "Online-Anmeldungen werden im Schnitt am nächsten Arbeitstag "
                "abgeschlossen. Fehlerhafte Adressen im Register sind seltener, weil die "
                "Straßennamen aus einer Liste gewählt werden.",
            ),
            erfahrungen=(
                "Der Online-Ausweis ist die größte Hürde. Wer die PIN vergessen hat, "
                "kommt doch ins Bürgerbüro; darauf sollte man vorbereitet sein.",
                "Die Vermieter einzubeziehen hat sich gelohnt: Große "
                "Wohnungsgesellschaften geben die Bestätigung inzwischen fast nur noch "
                "online ab.",
            ),
        ),
        services=("10124", "10111"),
        processes=("99115005000000", "99115008000000"),
        technology=("eid", "fachverfahren", "servicekonto"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Meldewesen", "Wohnsitzanmeldung", "Online-Ausweis", "Umzug"),
        costs=Costs(
            small=((2_000, 6_000), (500, 2_000)),
            medium=((5_000, 15_000), (1_500, 4_000)),
            large=((15_000, 35_000), (3_000, 8_000)),
        ),
    ),
    Archetype(
        key="ausweis-abholung",
        topic_field=11,
        titles=(
            "Statusabfrage und Abholstation für Ausweisdokumente – {ort}",
            "Personalausweis und Reisepass abholen ohne Wartezeit",
        ),
        summaries=(
            "Ob Personalausweis oder Reisepass fertig sind, erfahren Antragstellende in {ort} "
            "per Statusabfrage und E-Mail. Abgeholt wird an einer Abholstation, rund um die "
            "Uhr und ohne Termin.",
            "Die Abholung fertiger Ausweisdokumente machte ein Drittel der Vorsprachen im "
            "Bürgerbüro aus. Eine Abholstation mit Schließfächern hat diese Besuche fast "
            "vollständig übernommen.",
            "Statt nachzufragen, ob der Pass schon da ist, bekommen Antragstellende in {ort} "
            "eine Nachricht. Die Abholung erfolgt an einem Terminal mit Fingerabdruck und PIN.",
            "Die Ausweisbehörde in {ort} hat Benachrichtigung und Abholung neu geordnet: "
            "weniger Anrufe, weniger Termine, zufriedenere Bürgerinnen und Bürger.",
        ),
        description=Section(
            ausgangslage=(
                "Für die Abholung musste jede Person noch einmal kommen, meist mit "
                "Termin. Dazu kamen täglich Anrufe mit der Frage, ob das Dokument "
                "schon da ist.",
                "Die Termine im Bürgerbüro waren knapp, und ein großer Teil davon ging "
                "für Abholungen drauf, die fachlich wenig Arbeit machen.",
            ),
            umsetzung=(
                "Eingerichtet wurden eine Online-Statusabfrage über die Vorgangsnummer "
                "und eine automatische E-Mail, sobald das Dokument eingetroffen ist. Im "
                "Eingangsbereich steht eine Abholstation, an der sich die Person mit "
                "Fingerabdruck und PIN identifiziert.",
                "- Statusabfrage mit Vorgangsnummer auf der Website\n"
                "- Benachrichtigung per E-Mail oder SMS, wenn gewünscht\n"
                "- Abholstation mit Schließfächern im Foyer, auch außerhalb der "
                "Öffnungszeiten\n"
                "- Abholung am Schalter bleibt möglich, etwa für Kinderreisepässe",
            ),
            ergebnis=(
                "Rund 65 % der Dokumente werden an der Abholstation abgeholt. Das "
                "Bürgerbüro hat rund ein Drittel mehr Termine für Anträge frei.",
                "Anrufe zum Stand der Ausweise sind fast verschwunden. Die "
                "Öffnungszeiten des Bürgerbüros konnten unverändert bleiben, obwohl die "
                "Antragszahlen gestiegen sind.",
            ),
            erfahrungen=(
                "Die Abholstation braucht einen gut einsehbaren, sicheren Standort. Die "
                "Abstimmung mit Gebäudemanagement und Datenschutz hat Monate gedauert.",
                "Die Statusabfrage allein bringt schon viel und kostet wenig. Kleinere "
                "Gemeinden können damit anfangen.",
            ),
        ),
        services=("10119", "10177"),
        processes=("99008001000000", "99085001000000"),
        technology=("terminvergabe", "cms", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Personalausweis", "Reisepass", "Bürgerbüro", "Abholstation"),
        costs=Costs(
            small=((3_000, 10_000), (500, 2_000)),
            medium=((25_000, 50_000), (3_000, 7_000)),
            large=((40_000, 90_000), (6_000, 15_000)),
        ),
    ),
    Archetype(
        key="verwarnungsgeld-online",
        topic_field=11,
        titles=(
            "Digitale Verkehrsüberwachung und Online-Anhörung – {ort}",
            "Verwarnungsgeldverfahren ohne Medienbruch",
        ),
        summaries=(
            "Die kommunale Verkehrsüberwachung in {ort} erfasst Parkverstöße mobil, Betroffene "
            "sehen Fotos und zahlen online. Anhörungen und Einsprüche laufen über ein "
            "Webformular.",
            "Tausende Verwarnungen im Jahr, bisher mit Papierzettel, "
            "Überweisungsträger und Aktenbergen bei Einsprüchen. Das Verfahren ist "
            "heute weitgehend digital.",
            "Wer in {ort} einen Parkverstoß bestreiten will, sieht die Beweisfotos online und "
            "äußert sich im Formular. Die Bußgeldstelle bearbeitet die Anhörung in der "
            "elektronischen Akte.",
            "Mobile Erfassungsgeräte, Online-Bezahlung, elektronische Akte: Die Bußgeldstelle "
            "in {ort} hat das Verfahren für Verstöße im ruhenden Verkehr durchgängig "
            "digitalisiert.",
        ),
        description=Section(
            ausgangslage=(
                "Die Verkehrsüberwachung stellt jedes Jahr Tausende Verwarnungen "
                "aus. Die Daten wurden mit Handgeräten erfasst, aber Zahlungen, "
                "Anhörungen und Einsprüche liefen auf Papier. Der Zahlungsabgleich "
                "war fehleranfällig, viele Verfahren gingen unnötig in das "
                "Bußgeldverfahren über.",
                "Betroffene riefen an, um Fotos zu sehen oder den Stand zu erfragen. "
                "Akteneinsicht für Anwälte bedeutete Kopieren und Versenden.",
            ),
            umsetzung=(
                "Neue Erfassungsgeräte übertragen Verstöße mit Fotos direkt in das "
                "Fachverfahren. Auf dem Verwarnungszettel steht ein Code, mit dem "
                "Betroffene online die Fotos sehen, zahlen oder sich äußern können. Die "
                "Akte wird elektronisch geführt.",
                "- Mobile Erfassung mit Fotodokumentation\n"
                "- Online-Zahlung mit sofortiger Zuordnung\n"
                "- Anhörungsbogen als Webformular\n"
                "- Elektronische Akteneinsicht für Rechtsanwälte",
            ),
            ergebnis=(
                "Rund 60 % der Verwarnungsgelder werden online bezahlt. Der manuelle "
                "Zahlungsabgleich ist weitgehend entfallen, und es gehen etwa 15 % "
                "weniger Fälle ins Bußgeldverfahren.",
                "Die Bußgeldstelle spart Porto und Kopierkosten. Einsprüche sind "
                "seltener, weil Betroffene die Fotos vorab sehen.",
            ),
            erfahrungen=(
                "Die Fotos müssen datenschutzkonform sein: Unbeteiligte Personen und "
                "fremde Kennzeichen werden unkenntlich gemacht.",
                "Ohne die Verkehrsüberwachung im Außendienst wäre das Projekt "
                "gescheitert. Ihre Hinweise zur Bedienung der Geräte waren entscheidend.",
            ),
        ),
        services=("10243",),
        processes=("99108031000000",),
        technology=("fachverfahren", "epayment", "eakte", "app"),
        target_groups=("citizens", "administration"),
        carriers=(STADT,),
        tags=("Verkehrsüberwachung", "Bußgeldstelle", "Ordnungswidrigkeiten", "Parken"),
        costs=Costs(
            small=((10_000, 25_000), (3_000, 6_000)),
            medium=((30_000, 70_000), (8_000, 15_000)),
            large=((70_000, 160_000), (15_000, 35_000)),
        ),
    ),
    Archetype(
        key="waffenrechtliche-anzeigen",
        topic_field=11,
        titles=(
            "Waffenrechtliche Anzeigen online – Waffenbehörde {ort}",
            "Erwerb, Überlassung und Verlust von Waffen digital anzeigen",
        ),
        summaries=(
            "Jäger, Sportschützen und Waffenhändler sollen Erwerb, Überlassung und Verlust von "
            "Waffen bei der Waffenbehörde {ort} online anzeigen können. Bisher kommen die "
            "Anzeigen auf Papier.",
            "Die Waffenbehörde {ort} erhält jedes Jahr Tausende Anzeigen, fast alle auf "
            "Papier. Die Idee ist ein Online-Formular, das die Daten in das Fachverfahren "
            "übergibt.",
            "Gesucht werden Kreise, die gemeinsam ein Online-Verfahren für Anzeigen nach dem "
            "Waffengesetz aufbauen wollen, abgestimmt mit dem Fachverfahren und dem Nationalen "
            "Waffenregister.",
            "Weniger Papier, weniger Abtippen: Anzeigen nach dem Waffengesetz sollen bei der "
            "Waffenbehörde {ort} digital eingehen. Die Eintragung in die Waffenbesitzkarte "
            "bliebe ein Termin oder Postweg.",
        ),
        description=Section(
            ausgangslage=(
                "Im Kreisgebiet gibt es rund 4.000 Personen mit waffenrechtlicher "
                "Erlaubnis. Jeder Erwerb und jede Überlassung muss binnen zwei Wochen "
                "angezeigt werden. Die Anzeigen kommen mit Formular per Post oder am "
                "Schalter und werden im Fachverfahren abgetippt.",
                "Die Waffenbehörde ist personell knapp besetzt. Rückstände bei der "
                "Bearbeitung führen zu Nachfragen von Händlern und Vereinen.",
            ),
            umsetzung=(
                "Vorgesehen ist eine Antragsstrecke für die häufigsten Anzeigen mit "
                "Identifizierung über den Online-Ausweis. Die Daten sollen über eine "
                "Schnittstelle in das Fachverfahren gehen. Für Händler wäre ein "
                "Organisationszugang sinnvoll.",
                "Zu klären ist vor allem:\n\n"
                "- wie die Eintragung in die Waffenbesitzkarte ohne Vorsprache gelingt\n"
                "- ob der Hersteller des Fachverfahrens eine Schnittstelle anbietet\n"
                "- welche Anzeigen zuerst digitalisiert werden",
            ),
            ergebnis=(
                "Erwartet wird, dass die Erfassungszeit je Anzeige deutlich sinkt und "
                "Rückstände abgebaut werden. Händler und Vereine bekämen eine "
                "Eingangsbestätigung.",
                "Mit mehreren Kreisen zusammen würde sich auch eine Schnittstelle zum "
                "Fachverfahren lohnen, die ein Kreis allein nicht bezahlen kann.",
            ),
            erfahrungen=(
                "Die Idee stammt aus einem Austausch der Waffenbehörden im Land. Wir "
                "freuen uns über Rückmeldungen von Kreisen mit ähnlichen Plänen.",
                "Gesucht sind vor allem Kreise mit demselben Fachverfahren. Die "
                "Sicherheitsanforderungen würden wir gemeinsam mit den Beauftragten "
                "für Informationssicherheit festlegen.",
            ),
        ),
        services=("10154",),
        processes=("99089035000000", "99089107000000"),
        technology=("antragsstrecke", "eid", "fachverfahren"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Waffenrecht", "Waffenbehörde", "Online-Antrag"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 4_000)),
            medium=((15_000, 30_000), (3_000, 6_000)),
            large=((25_000, 60_000), (5_000, 10_000)),
        ),
        is_idea=True,
    ),
)
