"""Topic field 4, Ein- & Auswanderung: the Ausländerbehörde of Kreis and kreisfreie Stadt."""

from projects.demo.archetypes import KREIS, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10255": "Kreis/kreisfreie Stadt: Ausländerbehörde",
    "10596": "Kreis/kreisfreie Stadt: Ausländerbehörde",
    "10594": "Kreis/kreisfreie Stadt: Ausländerbehörde (mit Zustimmung der Arbeitsagentur)",
    "10257": "Kreis/kreisfreie Stadt: Einbürgerungsbehörde",
    "10273": "Kreis/kreisfreie Stadt: Ausländerbehörde",
    "10266": "Kreis/kreisfreie Stadt: Leistungsbehörde nach dem AsylbLG",
}

AUSLAENDERBEHOERDE = Costs(
    small=((15_000, 40_000), (3_000, 8_000)),
    medium=((20_000, 60_000), (4_000, 12_000)),
    large=((40_000, 150_000), (8_000, 30_000)),
)

ARCHETYPES = (
    Archetype(
        key="auslaenderbehoerde-digital",
        topic_field=4,
        titles=(
            "Digitale Ausländerbehörde {in_ort}",
            "Aufenthaltstitel online beantragen und verlängern",
            "Online-Antrag auf Verlängerung des Aufenthaltstitels {in_ort}",
        ),
        summaries=(
            "Die Ausländerbehörde {in_ort} nimmt Anträge auf Verlängerung von "
            "Aufenthaltstiteln online an. Unterlagen werden hochgeladen, ein Termin ist nur "
            "noch für Fingerabdrücke und Abholung nötig.",
            "{Ort} hat die Ausländerbehörde auf E-Akte und Online-Anträge umgestellt. Die "
            "Wartezeit auf Termine ist deutlich kürzer geworden.",
            "Anträge auf Aufenthaltstitel, Beschäftigungserlaubnis und Bescheinigungen kommen "
            "{in_ort} digital an und werden vor dem Termin vollständig geprüft.",
            "Weniger Schlangen vor der Ausländerbehörde {in_ort}: Online-Anträge in mehreren "
            "Sprachen, Terminbuchung und Statusabfrage per E-Mail.",
        ),
        description=Section(
            ausgangslage=(
                "Die Ausländerbehörde {in_ort} war monatelang telefonisch kaum erreichbar. "
                "Menschen mit ablaufendem Aufenthaltstitel warteten lange auf einen Termin, "
                "Arbeitgeber auf Beschäftigungserlaubnisse.",
                "Viele Vorsprachen dienten nur dazu, Unterlagen abzugeben. Fehlende Dokumente "
                "bedeuteten einen weiteren Termin.",
            ),
            umsetzung=(
                "Wir nutzen die Online-Dienste für Aufenthaltstitel, die als "
                "Einer-für-Alle-Leistung bereitstehen. Anträge kommen über FIT-Connect in das "
                "Fachverfahren und die E-Akte. Die Terminbuchung folgt erst, wenn der Antrag "
                "vollständig ist.",
                "Alle Papierakten wurden gescannt, neue Vorgänge entstehen nur noch in der "
                "E-Akte. Formulare und Hinweise gibt es auf Deutsch, Englisch, Arabisch, "
                "Ukrainisch und Türkisch.",
            ),
            ergebnis=(
                "Die Zahl der Vorsprachen ist deutlich gesunken. Termine sind kürzer, weil "
                "die Prüfung vorher erledigt ist.",
                "Fiktionsbescheinigungen werden seltener gebraucht, weil Verlängerungen "
                "rechtzeitig fertig sind.",
            ),
            erfahrungen=(
                "Ohne E-Akte bringen Online-Anträge wenig; beides gehört zusammen.",
                "Die Mitarbeitenden früh beteiligen: Sie kannten die häufigsten Lücken in "
                "den Anträgen genau.",
            ),
        ),
        services=("10255", "10596", "10594"),
        processes=("99010001000000", "99010003000000", "99010006000000"),
        technology=("antragsstrecke", "fit_connect", "eakte", "terminvergabe"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(KREIS,),
        tags=("Ausländerbehörde", "Aufenthaltstitel", "E-Akte", "Einer für Alle"),
        costs=AUSLAENDERBEHOERDE,
    ),
    Archetype(
        key="einbuergerung-online",
        topic_field=4,
        titles=(
            "Einbürgerung online beantragen {in_ort}",
            "Digitaler Einbürgerungsantrag mit Vorprüfung",
        ),
        summaries=(
            "Seit der Reform des Staatsangehörigkeitsrechts stellen {in_ort} viel mehr "
            "Menschen einen Einbürgerungsantrag. Ein Online-Antrag mit Vorprüfung ersetzt die "
            "Wartelisten für Beratungstermine.",
            "Die Einbürgerungsbehörde {in_ort} nimmt Anträge online an. Ein Selbstcheck zeigt "
            "vorher, welche Voraussetzungen erfüllt sind und welche Nachweise fehlen.",
            "{Ort} nutzt den Online-Dienst Einbürgerung und hat die Bearbeitung auf E-Akte "
            "umgestellt.",
            "Einbürgerung ohne monatelange Wartezeit auf ein Erstgespräch: {in_ort} beginnt "
            "das Verfahren online.",
        ),
        description=Section(
            ausgangslage=(
                "Nach der Reform des Staatsangehörigkeitsrechts verdoppelten sich die Anfragen "
                "{in_ort}. Auf ein Beratungsgespräch warteten Interessierte über ein Jahr.",
                "Einbürgerungsanträge bestanden aus dicken Papierakten mit vielen Kopien. Jede "
                "Anfrage bei Sicherheitsbehörden lief per Post.",
            ),
            umsetzung=(
                "Der Online-Antrag führt durch die Voraussetzungen und fordert passende "
                "Nachweise an. Die Daten gehen per FIT-Connect ins Fachverfahren; "
                "Beratungsgespräche gibt es nur noch bei Bedarf.",
                "Wir haben die Beratung durch einen Selbstcheck und Infoveranstaltungen "
                "ersetzt. Anträge werden in der E-Akte geführt, Nachforderungen laufen über das "
                "Postfach des Nutzerkontos.",
            ),
            ergebnis=(
                "Die Warteliste für Erstgespräche ist abgebaut. Anträge kommen vollständiger an.",
                "Die Bearbeitungszeit ist trotz gestiegener Antragszahlen nicht länger geworden.",
            ),
            erfahrungen=(
                "Der Selbstcheck hat viele aussichtslose Anträge vermieden.",
                "Die Abstimmung mit dem Land zur Übermittlung an Sicherheitsbehörden war "
                "zeitaufwendig.",
            ),
        ),
        services=("10257",),
        processes=("99099002000000", "99099004000000"),
        technology=("antragsstrecke", "fit_connect", "servicekonto", "eakte"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Einbürgerung", "Staatsangehörigkeit", "Online-Antrag", "E-Akte"),
        costs=AUSLAENDERBEHOERDE,
    ),
    Archetype(
        key="verpflichtungserklaerung",
        topic_field=4,
        titles=(
            "Verpflichtungserklärung für Besuchsvisa: Vorprüfung online {in_ort}",
            "Online-Vorbereitung der Verpflichtungserklärung",
        ),
        summaries=(
            "Wer Verwandte aus dem Ausland einladen will, gibt {in_ort} die "
            "Verpflichtungserklärung ab. Die Bonitätsprüfung läuft online vor dem Termin.",
            "{ort}: Einladende laden Einkommens- und Mietnachweise vorab hoch, der Termin in "
            "der Ausländerbehörde dauert nur noch wenige Minuten.",
            "Die Ausländerbehörde {in_ort} prüft Verpflichtungserklärungen vor dem Termin "
            "digital und gibt das Formular dann ohne zweite Vorsprache aus.",
            "Besuch aus dem Ausland einladen: Die Unterlagen für die Verpflichtungserklärung "
            "werden {in_ort} online geprüft.",
        ),
        description=Section(
            ausgangslage=(
                "Verpflichtungserklärungen machten {in_ort} einen großen Teil der Vorsprachen "
                "aus, vor allem vor Feiertagen und in den Sommerferien. Fehlende Nachweise "
                "führten zu zweiten Terminen.",
                "Die Prüfung der Bonität fand am Schalter statt und blockierte Termine für "
                "andere Anliegen.",
            ),
            umsetzung=(
                "Ein Online-Formular nimmt Angaben zu Einladenden, Gästen und Einkommen an und "
                "lädt Nachweise hoch. Nach der Prüfung erhalten Einladende einen kurzen "
                "Termin zur Unterschrift auf dem fälschungssicheren Vordruck.",
                "Das Formular wurde mit dem Formularserver des Landes gebaut; die Gebühr wird "
                "online bezahlt.",
            ),
            ergebnis=(
                "Vorsprachen dauern fünf statt dreißig Minuten, zweite Termine sind selten.",
                "Die Ausländerbehörde gewinnt Termine für Aufenthaltsangelegenheiten.",
            ),
            erfahrungen=(
                "Klare Angaben zur erforderlichen Bonität auf der Website reduzieren "
                "Rückfragen mehr als jede Technik.",
                "Eine kleine Leistung, die sich schnell umsetzen ließ und viel entlastet.",
            ),
        ),
        services=("10273",),
        processes=("99010005000000",),
        technology=("antragsstrecke", "epayment", "terminvergabe"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Ausländerbehörde", "Visum", "Terminvergabe"),
        costs=Costs(
            small=((2_000, 8_000), (500, 1_500)),
            medium=((4_000, 12_000), (800, 2_500)),
            large=((6_000, 20_000), (1_000, 4_000)),
        ),
    ),
    Archetype(
        key="asylblg-bezahlkarte",
        topic_field=4,
        titles=(
            "Bezahlkarte und digitale Leistungsakte nach dem AsylbLG {in_ort}",
            "Digitale Auszahlung von Leistungen nach dem Asylbewerberleistungsgesetz",
        ),
        summaries=(
            "Das Sozialamt {in_ort} zahlt Leistungen nach dem Asylbewerberleistungsgesetz über "
            "eine Bezahlkarte aus. Barauszahlungen am Schalter entfallen.",
            "{Ort} hat die Leistungsgewährung nach dem AsylbLG digitalisiert: E-Akte, "
            "Bescheide aus dem Fachverfahren und Auszahlung über eine Bezahlkarte.",
            "Statt Bargeldausgabe an festen Tagen: {in_ort} erhalten Leistungsberechtigte ihr "
            "Geld auf eine Karte, die Verwaltung spart Kassentage.",
            "Die Leistungsbehörde {in_ort} führt Akten nach dem Asylbewerberleistungsgesetz "
            "elektronisch und hat die Zahlungsabläufe vereinfacht.",
        ),
        description=Section(
            ausgangslage=(
                "Leistungen wurden {in_ort} an festen Tagen bar ausgezahlt. Das band Personal, "
                "Sicherheitsdienst und Räume; Menschen ohne Konto mussten jedes Mal kommen.",
                "Die Akten waren auf Papier und bei Umverteilungen zwischen Unterkünften oft "
                "nicht dort, wo sie gebraucht wurden.",
            ),
            umsetzung=(
                "Wir haben uns dem Vergabeverfahren des Landes für eine Bezahlkarte "
                "angeschlossen. Das Fachverfahren übergibt die Beträge automatisch. "
                "Parallel wurden die Akten auf die E-Akte umgestellt.",
                "Die Bezahlkarte wird bei der Erstvorsprache ausgegeben. Bescheide entstehen im "
                "Fachverfahren und werden digital abgelegt.",
            ),
            ergebnis=(
                "Die Kassentage sind entfallen, Auszahlungen laufen pünktlich und nachvollziehbar.",
                "Akten sind für alle Beteiligten sofort verfügbar, auch in Außenstellen.",
            ),
            erfahrungen=(
                "Die Kommunikation mit Leistungsberechtigten in ihren Sprachen war wichtiger "
                "als erwartet.",
                "Die Abstimmung mit Kasse und Rechnungsprüfung früh beginnen.",
            ),
        ),
        services=("10266",),
        processes=("99107029000000",),
        technology=("fachverfahren", "eakte", "epayment"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Asylbewerberleistungen", "Bezahlkarte", "Sozialamt", "E-Akte"),
        costs=AUSLAENDERBEHOERDE,
    ),
    Archetype(
        key="auslaenderbehoerde-chatbot",
        topic_field=4,
        titles=(
            "Idee: Mehrsprachiger Chatbot für die Ausländerbehörde",
            "Idee: Mehrsprachige Auskunft der Ausländerbehörde {in_ort}",
        ),
        summaries=(
            "Die meisten Anrufe bei der Ausländerbehörde {in_ort} betreffen Unterlagen und "
            "Bearbeitungsstand. Ein mehrsprachiger Chatbot könnte diese Fragen rund um die Uhr "
            "beantworten.",
            "Idee {in_ort}: Ein Chatbot, der auf Basis geprüfter Texte erklärt, welche "
            "Unterlagen für Aufenthaltstitel nötig sind, in zehn Sprachen.",
            "Wir möchten die telefonische Erreichbarkeit der Ausländerbehörde {in_ort} "
            "verbessern und suchen Partner für einen gemeinsamen Auskunftsdienst.",
            "{Ort} plant eine mehrsprachige Auskunft zu Aufenthaltstiteln, die auch am "
            "Smartphone gut funktioniert und die Sachbearbeitung entlastet.",
        ),
        description=Section(
            ausgangslage=(
                "Das Telefon der Ausländerbehörde {in_ort} ist dauernd belegt. Die meisten "
                "Fragen wiederholen sich: Welche Unterlagen? Wie weit ist mein Antrag?",
                "Viele Kundinnen und Kunden sprechen wenig Deutsch. Informationen auf der "
                "Website gibt es nur auf Deutsch und Englisch.",
            ),
            umsetzung=(
                "Ein Chatbot beantwortet Fragen auf Grundlage geprüfter Textbausteine, nicht "
                "frei generiert. Für den Bearbeitungsstand fragt er mit Vorgangsnummer das "
                "Fachverfahren ab.",
                "Mehrere Ausländerbehörden könnten einen Chatbot gemeinsam betreiben und die "
                "Wissensbasis teilen.",
            ),
            ergebnis=(
                "Weniger Anrufe, mehr Zeit für die Bearbeitung. Antworten in der eigenen "
                "Sprache senken Missverständnisse.",
                "Eine gemeinsame Wissensbasis spart Pflegeaufwand für alle Beteiligten.",
            ),
            erfahrungen=(
                "Wir suchen Ausländerbehörden, die mitmachen, und Erfahrungen mit Chatbots in "
                "der Verwaltung.",
                "Gesucht: ein IT-Dienstleister, der einen gemeinsamen Betrieb übernehmen kann.",
            ),
        ),
        services=("10255", "10596"),
        processes=("99010001000000",),
        technology=("chatbot", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Ausländerbehörde", "Chatbot", "Mehrsprachigkeit"),
        costs=AUSLAENDERBEHOERDE,
        is_idea=True,
    ),
)
