"""Topic field 9, Mobilität & Reisen: Zulassungs- and Fahrerlaubnisbehörde of the Kreis,
Straßenverkehrsbehörde and Ordnungsamt of the cities."""

from projects.demo.archetypes import KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10439": "Kreis: Zulassungsbehörde",
    "10436": "Kreis: Zulassungsbehörde",
    "10459": "Kreis: Zulassungsbehörde",
    "10169": "Kreis: Fahrerlaubnisbehörde",
    "10424": "Kreis: Fahrerlaubnisbehörde",
    "10173": "Kreis oder Stadt: Straßenverkehrsbehörde",
    "10348": "Stadt oder Kreis: Straßenverkehrsbehörde und Straßenbaulastträger",
    "10418": "Kreis oder Stadt: Straßenverkehrsbehörde",
    "10447": "Kreis: Genehmigungsbehörde nach dem Personenbeförderungsgesetz",
    "10417": "Stadt: Ordnungsamt",
}

ARCHETYPES = (
    Archetype(
        key="i-kfz-zulassung",
        topic_field=9,
        titles=(
            "Internetbasierte Fahrzeugzulassung (i-Kfz) – Zulassungsbehörde {ort}",
            "i-Kfz für Bürger und Autohäuser",
            "Online-Zulassung, -Umschreibung und -Außerbetriebsetzung",
        ),
        summaries=(
            "Fahrzeuge zulassen, umschreiben oder außer Betrieb setzen geht bei der "
            "Zulassungsbehörde {ort} jetzt über i-Kfz mit Online-Ausweis und Online-Bezahlung. "
            "Autohäuser nutzen den Großkundenzugang.",
            "Die Zulassungsbehörde {ort} hat alle i-Kfz-Stufen eingeführt. Rund ein Viertel "
            "der Außerbetriebsetzungen und ein wachsender Teil der Neuzulassungen laufen "
            "inzwischen ohne Besuch vor Ort.",
            "Mit dem Anschluss an i-Kfz entfallen für viele Halterinnen und Halter Wartemarken "
            "und Schalterbesuche. Plaketten und Fahrzeugschein kommen per Post.",
            "Online-Zulassung für Privatleute und gewerbliche Kunden: Die Zulassungsbehörde "
            "{ort} hat Fachverfahren, Bezahlung und Versand so umgestellt, dass i-Kfz im "
            "Alltag wirklich genutzt wird.",
        ),
        description=Section(
            ausgangslage=(
                "Die Zulassungsbehörde bearbeitet an zwei Standorten rund 70.000 Vorgänge "
                "im Jahr. Vor allem im Frühjahr und zum Saisonkennzeichen-Wechsel waren "
                "Wartezeiten von zwei Stunden üblich. Autohäuser und Zulassungsdienste "
                "belegten einen großen Teil der Schalterkapazität.",
                "Die ersten i-Kfz-Stufen waren zwar technisch angebunden, wurden aber kaum "
                "genutzt: Die Außerbetriebsetzung online lag bei unter 3 %. Viele wussten "
                "nicht, dass es den Weg gibt, und der Online-Ausweis war selten "
                "freigeschaltet.",
            ),
            umsetzung=(
                "Das Fachverfahren wurde auf die aktuelle i-Kfz-Stufe gebracht, die "
                "Online-Bezahlung angebunden und der Versand der Plaketten und "
                "Zulassungsbescheinigungen organisiert. Für Autohäuser wurde der "
                "Großkundenzugang eingerichtet; acht Betriebe haben ihn im ersten Jahr "
                "übernommen.",
                "- Aktualisierung des Fachverfahrens und der Schnittstellen\n"
                "- Versandstraße für Plaketten und Dokumente in der Poststelle\n"
                "- Infoblatt am Schalter und in den Kfz-Werkstätten, wie der Online-Ausweis "
                "freigeschaltet wird\n"
                "- Großkundenzugang mit Einweisung der Autohäuser",
            ),
            ergebnis=(
                "Rund 25 % der Außerbetriebsetzungen und etwa 10 % der Halterwechsel "
                "laufen online, bei den Autohäusern liegt der Anteil höher. Die "
                "durchschnittliche Wartezeit am Schalter ist auf unter 45 Minuten "
                "gesunken.",
                "Die Mitarbeitenden bearbeiten Online-Vorgänge im Hintergrund, wenn am "
                "Schalter wenig los ist. Das gleicht Spitzen aus, die früher zu Überstunden "
                "geführt haben.",
            ),
            erfahrungen=(
                "Die Technik war nicht das Problem, sondern die Bekanntheit. Erst die "
                "Infoblätter in Werkstätten und Hinweise im Terminsystem haben die "
                "Zahlen bewegt.",
                "Den Versand der Plaketten sollte man früh mit der Poststelle planen; "
                "am Anfang stapelten sich die Umschläge.",
            ),
        ),
        services=("10439", "10436", "10459"),
        processes=("99036008000000", "99036009000000", "99036011000000"),
        technology=("fachverfahren", "eid", "epayment", "servicekonto"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("i-Kfz", "Zulassung", "Kfz", "Online-Ausweis"),
        costs=Costs(
            small=((20_000, 40_000), (5_000, 10_000)),
            medium=((30_000, 60_000), (8_000, 15_000)),
            large=((50_000, 120_000), (12_000, 30_000)),
        ),
    ),
    Archetype(
        key="bewohnerparkausweis-online",
        topic_field=9,
        titles=(
            "Bewohnerparkausweis online beantragen – {ort}",
            "Digitaler Bewohnerparkausweis ohne Papierplakette",
        ),
        summaries=(
            "Bewohnerparkausweise in {ort} werden online beantragt und verlängert. Die "
            "Meldeadresse wird automatisch geprüft, der Ausweis ist an das Kennzeichen "
            "gebunden und braucht keine Plakette hinter der Windschutzscheibe.",
            "Jedes Jahr verlängern viele Anwohnerinnen und Anwohner in {ort} ihren "
            "Parkausweis. Seit der Umstellung auf ein Online-Verfahren geschieht das "
            "in wenigen Minuten.",
            "Antrag, Zahlung und Ausweis digital: Die Straßenverkehrsbehörde hat das "
            "Bewohnerparken vom Schalter ins Netz verlegt. Kontrolliert wird über das "
            "Kennzeichen.",
            "Weniger Schalterbetrieb, weniger Post: Bewohnerparkausweise laufen in {ort} jetzt "
            "online und kennzeichenbasiert. Die Verkehrsüberwachung sieht gültige Ausweise auf "
            "ihrem Erfassungsgerät.",
        ),
        description=Section(
            ausgangslage=(
                "In {ort} gibt es mehrere Bewohnerparkzonen mit einigen Tausend "
                "gültigen Ausweisen. Die meisten werden jährlich verlängert, fast "
                "alle bisher am Schalter des Bürgerbüros mit Fahrzeugschein und "
                "Personalausweis. Im Dezember bildeten sich regelmäßig Schlangen.",
                "Die Parkausweise wurden gedruckt, laminiert und per Post verschickt. "
                "Bei jedem Fahrzeugwechsel musste ein neuer Ausweis her, verlorene "
                "Ausweise führten zu Streit bei Kontrollen.",
            ),
            umsetzung=(
                "Der Online-Antrag prüft die Hauptwohnung über das Melderegister und die "
                "Halterschaft über die hochgeladene Zulassungsbescheinigung. Nach der "
                "Zahlung wird das Kennzeichen im Fachverfahren freigeschaltet. Die "
                "Verkehrsüberwachung fragt bei Kontrollen das Kennzeichen mobil ab.",
                "- Antragsstrecke mit Anmeldung über das Nutzerkonto\n"
                "- automatischer Abgleich der Zone anhand der Meldeadresse\n"
                "- Zahlung online, Gebühr nach der neuen Gebührensatzung\n"
                "- Erinnerung vier Wochen vor Ablauf per E-Mail",
            ),
            ergebnis=(
                "Rund 75 % der Verlängerungen und gut die Hälfte der Erstanträge kommen "
                "online. Der Druck und Versand von Papierausweisen ist weitgehend "
                "entfallen, das Bürgerbüro hat im Dezember keine Sonderschichten mehr.",
                "Fahrzeugwechsel können online gemeldet werden; der neue Ausweis gilt "
                "sofort. Die Verkehrsüberwachung hat weniger Diskussionen über "
                "vergessene oder verblasste Ausweise.",
            ),
            erfahrungen=(
                "Die Umstellung fiel mit einer neuen Gebührensatzung zusammen. Das hat "
                "für viele Rückfragen gesorgt, die nichts mit dem Online-Verfahren zu tun "
                "hatten; besser wäre eine zeitliche Trennung gewesen.",
                "Für Dienstwagen, Carsharing und Leasingfahrzeuge braucht es eigene "
                "Nachweise. Diese Fälle sollte man vorab mit der Sachbearbeitung "
                "durchgehen.",
            ),
        ),
        services=("10173",),
        processes=("99108001000000",),
        technology=("antragsstrecke", "servicekonto", "epayment", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(STADT,),
        tags=("Bewohnerparken", "Parkausweis", "Verkehrsüberwachung", "Online-Antrag"),
        costs=Costs(
            small=((8_000, 15_000), (2_000, 4_000)),
            medium=((15_000, 35_000), (3_000, 7_000)),
            large=((30_000, 70_000), (6_000, 15_000)),
        ),
    ),
    Archetype(
        key="schwerbehinderten-parkausweis",
        topic_field=9,
        titles=(
            "Parkausweis für Menschen mit Behinderung online beantragen",
            "Blauer und orangefarbener Parkausweis ohne Amtsgang – {ort}",
        ),
        summaries=(
            "Menschen mit den Merkzeichen aG oder Bl beantragen den blauen Parkausweis bei der "
            "Straßenverkehrsbehörde {ort} jetzt online. Foto und Unterschrift werden "
            "hochgeladen, der Ausweis kommt per Post.",
            "Gerade für Menschen mit Gehbehinderung war der Weg zur Straßenverkehrsbehörde "
            "eine Hürde. Der Online-Antrag für Parkerleichterungen nimmt sie weg.",
            "Parkausweise für schwerbehinderte Menschen werden bei der Straßenverkehrsbehörde "
            "{ort} digital beantragt und verlängert. Angehörige und Betreuer können den Antrag "
            "stellvertretend stellen.",
            "Die Straßenverkehrsbehörde {ort} stellt Parkausweise für Menschen mit Behinderung "
            "ohne persönliche Vorsprache aus. Rund zwei Drittel der Anträge kommen inzwischen "
            "online.",
        ),
        description=Section(
            ausgangslage=(
                "Jedes Jahr werden rund 1.200 Parkausweise für Menschen mit Behinderung "
                "ausgestellt oder verlängert. Für die Unterschrift auf dem Ausweis mussten "
                "die Antragstellenden persönlich kommen, oft begleitet von Angehörigen "
                "und mit einem Fahrdienst.",
                "Die Prüfung der Merkzeichen erfolgte über Kopien des "
                "Schwerbehindertenausweises, die per Post oder am Schalter abgegeben "
                "wurden. Fehlende Kopien verzögerten die Ausstellung um Wochen.",
            ),
            umsetzung=(
                "Die Antragsstrecke fragt das Merkzeichen ab und verlangt den passenden "
                "Nachweis als Foto oder Scan. Das Lichtbild und die Unterschrift auf "
                "einem vorbereiteten Bogen werden mit dem Smartphone fotografiert und "
                "hochgeladen. Die Anträge landen über den Zustelldienst in der E-Akte.",
                "- Auswahl zwischen blauem EU-Parkausweis und orangefarbenem Ausweis\n"
                "- Stellvertretende Antragstellung mit Vollmacht\n"
                "- Prüfung der Nachweise in der E-Akte\n"
                "- Druck und Versand durch die Straßenverkehrsbehörde",
            ),
            ergebnis=(
                "Rund zwei Drittel der Anträge kommen online, bei Verlängerungen mehr. "
                "Die Ausstellung dauert im Schnitt acht statt 20 Arbeitstage.",
                "Die Rückmeldungen des Behindertenbeirats sind positiv; besonders die "
                "Vertretung durch Angehörige wird geschätzt.",
            ),
            erfahrungen=(
                "Die Qualität der hochgeladenen Fotos ist sehr unterschiedlich. Eine "
                "kurze Anleitung mit Beispielbild hat die Zahl der Nachforderungen "
                "halbiert.",
                "Den Behindertenbeirat haben wir beim Test des Formulars beteiligt. "
                "Dabei fielen mehrere Barrieren auf, die wir sonst übersehen hätten.",
            ),
        ),
        services=("10173",),
        processes=("99108009000000",),
        technology=("antragsstrecke", "fit_connect", "eakte"),
        target_groups=("citizens",),
        carriers=(KREIS, STADT),
        tags=("Parkerleichterung", "Barrierefreiheit", "Schwerbehinderung", "Parkausweis"),
        costs=Costs(
            small=((5_000, 10_000), (1_000, 2_500)),
            medium=((8_000, 18_000), (1_500, 4_000)),
            large=((15_000, 35_000), (3_000, 8_000)),
        ),
    ),
    Archetype(
        key="fuehrerschein-online",
        topic_field=9,
        titles=(
            "Führerscheinantrag und Pflichtumtausch online – Fahrerlaubnisbehörde {ort}",
            "Digitale Fahrerlaubnisbehörde",
        ),
        summaries=(
            "Der Pflichtumtausch alter Führerscheine läuft bei der Fahrerlaubnisbehörde {ort} "
            "online: Antrag mit Online-Ausweis, digitales Lichtbild, Zahlung und Versand des "
            "neuen Kartenführerscheins per Post.",
            "Die Fahrerlaubnisbehörde {ort} hat Ersterteilung und Umtausch auf Online-Anträge "
            "umgestellt. Fahrschulen reichen Unterlagen digital ein, die Wartezeit für Termine "
            "ist deutlich gesunken.",
            "Bis zum Ende der Umtauschfristen müssen Zehntausende Führerscheine getauscht "
            "werden. Ohne Online-Antrag wäre das am Schalter nicht zu schaffen gewesen.",
            "Führerschein online beantragen, auch den Personenbeförderungsschein: Die "
            "Fahrerlaubnisbehörde {ort} nimmt Anträge digital an und ruft nur noch in "
            "Ausnahmefällen zur Vorsprache.",
        ),
        description=Section(
            ausgangslage=(
                "Die Fahrerlaubnisbehörde bearbeitet rund 25.000 Vorgänge im Jahr. Dazu "
                "kommt der gestaffelte Pflichtumtausch der alten Papier- und "
                "Kartenführerscheine. Termine waren zeitweise sechs Wochen im Voraus "
                "ausgebucht.",
                "Anträge auf Ersterteilung kamen über die Fahrschulen in Papiermappen. "
                "Sehtest, Erste-Hilfe-Nachweis und Lichtbild fehlten häufig und mussten "
                "nachgefordert werden.",
            ),
            umsetzung=(
                "Für den Umtausch wurde eine Antragsstrecke mit Online-Ausweis und "
                "Bezahlfunktion eingerichtet. Fotostudios übermitteln das Lichtbild "
                "digital, die Daten gehen direkt in das Fachverfahren. Für die "
                "Ersterteilung reichen die Fahrschulen die Unterlagen über einen eigenen "
                "Zugang ein.",
                "1. Online-Umtausch für alle Jahrgänge mit Online-Ausweis\n"
                "2. Zugang für Fahrschulen mit Upload der Nachweise\n"
                "3. Online-Antrag für den Personenbeförderungsschein\n"
                "4. Online-Terminvergabe nur noch für Fälle mit Vorsprache",
            ),
            ergebnis=(
                "Rund 55 % der Umtauschanträge kommen online. Der Terminvorlauf liegt "
                "bei einer Woche, und die Sachbearbeitung kann Online-Anträge "
                "gebündelt abarbeiten.",
                "Bei Ersterteilungen ist die Zahl der Nachforderungen um etwa 40 % "
                "gesunken, weil die Fahrschulen vollständige Unterlagen hochladen.",
            ),
            erfahrungen=(
                "Der Engpass war zeitweise das Lichtbild. Die Zusammenarbeit mit den "
                "örtlichen Fotostudios hat sich gelohnt.",
                "Älteren Antragstellenden fehlt oft der freigeschaltete Online-Ausweis. "
                "Für sie bleibt der Schalter; das sollte man offen kommunizieren.",
            ),
        ),
        services=("10169", "10424"),
        processes=("99023001000000", "99023002000000"),
        technology=("antragsstrecke", "eid", "epayment", "fachverfahren", "terminvergabe"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Führerschein", "Fahrerlaubnis", "Pflichtumtausch", "Fahrschulen"),
        costs=Costs(
            small=((15_000, 30_000), (4_000, 8_000)),
            medium=((20_000, 45_000), (5_000, 10_000)),
            large=((35_000, 90_000), (8_000, 20_000)),
        ),
    ),
    Archetype(
        key="verkehrsrechtliche-anordnung",
        topic_field=9,
        titles=(
            "Verkehrsrechtliche Anordnungen für Baustellen online – {ort}",
            "Baustellenkoordination und Halteverbotszonen digital",
        ),
        summaries=(
            "Baufirmen beantragen verkehrsrechtliche Anordnungen bei der "
            "Straßenverkehrsbehörde {ort} jetzt online mit Lageplan in der Karte. Polizei, "
            "Tiefbau und Busbetrieb nehmen im selben Vorgang Stellung.",
            "Halteverbotszonen für Umzüge und Anordnungen für Baustellen laufen über ein "
            "Online-Verfahren mit Karte. Überschneidungen mit anderen Baustellen werden sofort "
            "sichtbar.",
            "Statt Fax, E-Mail und Papierplänen nutzt die Straßenverkehrsbehörde {ort} ein "
            "digitales Verfahren für Verkehrsraumeinschränkungen. Die Bearbeitungszeit sank um "
            "rund ein Drittel.",
            "Wer im öffentlichen Verkehrsraum baut, stellt den Antrag online und sieht den "
            "Stand der Bearbeitung. Für die Straßenverkehrsbehörde {ort} entsteht nebenbei ein "
            "tagesaktueller Baustellenplan.",
        ),
        description=Section(
            ausgangslage=(
                "Die Straßenverkehrsbehörde erteilt jährlich rund 3.500 "
                "verkehrsrechtliche Anordnungen und Genehmigungen für Halteverbotszonen. "
                "Anträge kamen per E-Mail mit eingescannten Verkehrszeichenplänen, "
                "Stellungnahmen von Polizei und Verkehrsbetrieb wurden per Post "
                "eingeholt.",
                "Mehrfach wurden Baustellen in derselben Straße zeitgleich angeordnet, "
                "weil niemand den Überblick hatte. Baufirmen beschwerten sich über "
                "Bearbeitungszeiten von drei Wochen und mehr.",
            ),
            umsetzung=(
                "Das Online-Verfahren verbindet eine Antragsstrecke mit einer "
                "Kartenanwendung: Die Antragstellenden zeichnen den betroffenen Bereich "
                "ein und laden den Verkehrszeichenplan hoch. Die beteiligten Stellen "
                "geben ihre Stellungnahmen im selben Vorgang ab.",
                "- Kartenbasierte Erfassung der Baustelle mit Zeitraum\n"
                "- Automatischer Hinweis auf Überschneidungen mit anderen Baustellen\n"
                "- Beteiligung von Polizei, Tiefbauamt und Verkehrsbetrieb im Vorgang\n"
                "- Eigenes vereinfachtes Formular für Halteverbotszonen bei Umzügen",
            ),
            ergebnis=(
                "Rund 90 % der Anträge von Baufirmen kommen online. Die Bearbeitungszeit "
                "für Standardfälle liegt bei etwa zehn Arbeitstagen, Überschneidungen "
                "werden vor der Anordnung erkannt.",
                "Der Baustellenplan ist inzwischen auch für den Winterdienst, die "
                "Feuerwehr und die Pressestelle die wichtigste Quelle. Die Daten werden "
                "nachts aktualisiert.",
            ),
            erfahrungen=(
                "Die Einführung ging nur mit einer Übergangsfrist, in der Papieranträge "
                "noch angenommen wurden. Danach wurden sie konsequent abgelehnt.",
                "Die größeren Baufirmen waren schnell dabei, kleinere Handwerksbetriebe "
                "brauchten telefonische Unterstützung beim ersten Antrag.",
            ),
        ),
        services=("10348", "10418"),
        processes=("99108013000000", "99108011000000"),
        technology=("antragsstrecke", "gis", "automatisierung"),
        target_groups=("businesses", "citizens", "administration"),
        carriers=(STADT, KREIS),
        tags=("Baustellen", "Verkehrsrechtliche Anordnung", "Straßenverkehrsbehörde", "GIS"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 5_000)),
            medium=((25_000, 50_000), (5_000, 10_000)),
            large=((50_000, 120_000), (10_000, 25_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="taxi-mietwagen-genehmigung",
        topic_field=9,
        titles=(
            "Taxi- und Mietwagengenehmigungen in der E-Akte – {ort}",
            "Personenbeförderung: Genehmigungen und P-Schein digital",
        ),
        summaries=(
            "Taxi- und Mietwagenunternehmen reichen Anträge auf Genehmigung und "
            "Wiedererteilung bei der Genehmigungsbehörde {ort} online ein. Die Nachweise zu "
            "Zuverlässigkeit und finanzieller Leistungsfähigkeit liegen in der E-Akte.",
            "Die Genehmigungsbehörde nach dem Personenbeförderungsgesetz hat ihre Papierakten "
            "digitalisiert und nimmt Anträge online an. Fristen für Wiedererteilungen werden "
            "automatisch überwacht.",
            "Unternehmen im Taxi- und Mietwagenverkehr und ihre Fahrerinnen und Fahrer stellen "
            "Anträge bei der Verwaltung {ort} digital: Konzession, Fahrzeugwechsel und "
            "Personenbeförderungsschein.",
            "Rund 150 Konzessionen, alle fünf Jahre neu zu erteilen, dazu laufend "
            "Fahrzeugwechsel: Die E-Akte hat bei der Genehmigungsbehörde {ort} Ordnung in ein "
            "kleines, aber arbeitsintensives Aufgabengebiet gebracht.",
        ),
        description=Section(
            ausgangslage=(
                "Im Kreisgebiet gibt es rund 150 Taxi- und Mietwagenkonzessionen. Jede "
                "Wiedererteilung braucht Bescheinigungen von Finanzamt, Krankenkassen und "
                "Berufsgenossenschaft, die Akten dazu füllten mehrere Regalmeter.",
                "Fahrzeugwechsel und Fahrerwechsel wurden per Fax oder persönlich "
                "gemeldet. Welche Genehmigung wann abläuft, stand in einer Tabelle, die "
                "eine einzige Kollegin pflegte.",
            ),
            umsetzung=(
                "Die Bestandsakten wurden gescannt und in die E-Akte übernommen. Für "
                "Neuerteilung, Wiedererteilung und Fahrzeugwechsel gibt es "
                "Online-Formulare mit Upload der Nachweise. Der Antrag auf den "
                "Personenbeförderungsschein geht an die Fahrerlaubnisbehörde.",
                "- Scannen von rund 300 Akten durch einen Dienstleister\n"
                "- Online-Formulare für die häufigsten Vorgänge\n"
                "- Wiedervorlagen sechs Monate vor Ablauf einer Genehmigung\n"
                "- Vertretungsregelung, weil alle Akten digital verfügbar sind",
            ),
            ergebnis=(
                "Fast alle Unternehmen nutzen die Online-Formulare. Wiedererteilungen "
                "werden rechtzeitig eingeleitet, es gab seitdem keinen Fall mehr, in dem "
                "ein Taxi wegen einer abgelaufenen Genehmigung stillstehen musste.",
                "Die Aufgabe hängt nicht mehr an einer Person. Urlaubsvertretungen sind "
                "problemlos möglich.",
            ),
            erfahrungen=(
                "Das Scannen der Altakten war günstiger als gedacht, die Nacharbeit "
                "beim Verschlagworten aufwendiger.",
                "Die Unternehmen haben den digitalen Weg schnell angenommen, weil er "
                "ihnen Fahrten zur Behörde erspart.",
            ),
        ),
        services=("10447", "10424"),
        processes=("99084012000000", "99084010000000", "99084003000000"),
        technology=("eakte", "antragsstrecke", "fachverfahren"),
        target_groups=("businesses", "administration"),
        carriers=(KREIS,),
        tags=("Taxi", "Personenbeförderung", "E-Akte", "Konzessionen"),
        costs=Costs(
            small=((8_000, 15_000), (1_500, 3_000)),
            medium=((12_000, 25_000), (2_000, 5_000)),
            large=((20_000, 45_000), (4_000, 9_000)),
        ),
    ),
    Archetype(
        key="abgeschleppte-fahrzeuge",
        topic_field=9,
        titles=(
            "Abgeschleppt – wo steht mein Auto? Online-Auskunft für {ort}",
            "Online-Auskunft und Bezahlung für abgeschleppte Fahrzeuge",
        ),
        summaries=(
            "Wer in {ort} sein Auto nicht mehr findet, soll online per Kennzeichen erfahren, "
            "ob es abgeschleppt wurde, wo es steht und was die Herausgabe kostet. Die Kosten "
            "sollen direkt bezahlt werden können.",
            "Bisher rufen Betroffene bei Polizei, Ordnungsamt und Abschleppunternehmen an. Die "
            "Idee ist eine einfache Kennzeichensuche mit Online-Bezahlung und Freigabecode für "
            "den Verwahrplatz.",
            "Eine Online-Auskunft über abgeschleppte Fahrzeuge würde in {ort} nachts und am "
            "Wochenende Anrufe bei der Polizei sparen. Wir suchen Städte, die das gemeinsam "
            "umsetzen.",
            "Kennzeichen eingeben, Standort und Kosten sehen, bezahlen und das Fahrzeug "
            "abholen: Das schlägt das Ordnungsamt in {ort} als gemeinsames Verfahren mehrerer "
            "Städte vor.",
        ),
        description=Section(
            ausgangslage=(
                "Das Ordnungsamt lässt regelmäßig Fahrzeuge abschleppen, vor allem "
                "bei Veranstaltungen und aus Feuerwehrzufahrten. Die meisten "
                "Halterinnen und Halter melden ihr Auto zunächst bei der Polizei als "
                "gestohlen.",
                "Die Herausgabe erfordert einen Besuch beim Ordnungsamt, das nur zu "
                "Bürozeiten geöffnet ist. Am Wochenende bleibt das Fahrzeug oft bis "
                "Montag auf dem Verwahrplatz, was weitere Standgebühren kostet.",
            ),
            umsetzung=(
                "Geplant ist eine Web-App mit Kennzeichensuche. Sie greift auf das "
                "Fachverfahren des Ordnungsamts zu und zeigt nur Standort und Kosten, "
                "keine Halterdaten. Nach der Online-Zahlung erhält die Person einen "
                "Freigabecode, den der Verwahrplatz prüft.",
                "Offene Punkte, die wir klären wollen:\n\n"
                "- Identitätsprüfung bei der Herausgabe ohne Vorsprache\n"
                "- Einbindung der Abschleppunternehmen\n"
                "- Datenschutz bei der Suche nach fremden Kennzeichen",
            ),
            ergebnis=(
                "Erwartet werden deutlich weniger Anrufe bei Polizei und Ordnungsamt und "
                "kürzere Standzeiten auf dem Verwahrplatz. Die Stadt würde weniger "
                "Widersprüche gegen Standgebühren bearbeiten.",
                "Ein gemeinsames Verfahren mehrerer Städte würde Entwicklung und Betrieb "
                "auf viele Schultern verteilen.",
            ),
            erfahrungen=(
                "Die Idee entstand aus Beschwerden nach einem Stadtfest. Wir freuen uns "
                "über Hinweise von Städten, die so etwas schon betreiben.",
                "Noch ist nichts ausgeschrieben. Wer mitmachen will, meldet sich bei "
                "der genannten Ansprechperson.",
            ),
        ),
        services=("10417",),
        processes=("99108008000000",),
        technology=("app", "epayment", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(STADT,),
        tags=("Abschleppen", "Ordnungsamt", "Online-Bezahlung", "Verkehr"),
        costs=Costs(
            small=((5_000, 10_000), (1_000, 2_000)),
            medium=((10_000, 25_000), (2_000, 4_000)),
            large=((20_000, 50_000), (4_000, 8_000)),
        ),
        is_idea=True,
    ),
)
