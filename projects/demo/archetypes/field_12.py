"""Topic field 12, Steuern & Zoll: only the taxes and levies a Gemeinde or Stadt collects
itself (Hundesteuer, Grundsteuer, Gewerbesteuer, Zweitwohnungsteuer, Vergnügungsteuer,
Übernachtungssteuer, Kurabgabe); federal and Land taxes and customs stay out."""

from projects.demo.archetypes import GEMEINDE, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10160": "Gemeinde: Steueramt (Hundesteuer)",
    "10117": "Gemeinde: Steueramt (Grundsteuer)",
    "10364": "Gemeinde: Steueramt (Gewerbesteuer)",
    "10126": "Gemeinde: Steueramt (Zweitwohnungsteuer)",
    "10377": "Gemeinde: Steueramt (Vergnügungsteuer)",
    "10375": "Stadt: Steueramt (Übernachtungssteuer)",
    "10369": "Gemeinde: Kurverwaltung (Kurabgabe)",
}

ARCHETYPES = (
    Archetype(
        key="hundesteuer-online",
        topic_field=12,
        titles=(
            "Hundesteuer online an- und abmelden – {ort}",
            "Digitale Hundeanmeldung mit Steuermarke per Post",
        ),
        summaries=(
            "Hunde werden in {ort} online zur Hundesteuer an- und abgemeldet. Die Steuermarke "
            "kommt per Post, der Bescheid auf Wunsch ins Postfach des Nutzerkontos.",
            "Die Hundesteuer war einer der häufigsten Gründe für einen Besuch im Rathaus. Seit "
            "es das Online-Formular gibt, kommt der Großteil der An- und Abmeldungen digital.",
            "Anmeldung, Abmeldung, Ermäßigung für Rettungshunde und Ersatzmarke: Das Steueramt "
            "in {ort} bietet alle Anliegen rund um die Hundesteuer online an. Die Daten gehen "
            "direkt ins Finanzverfahren.",
            "Kleines Projekt, große Wirkung: Ein Online-Formular zur Hundesteuer "
            "spart dem Steueramt in {ort} das Abtippen fast aller An- und "
            "Abmeldungen.",
        ),
        description=Section(
            ausgangslage=(
                "In {ort} hält etwa jeder siebte Haushalt einen Hund, und jede Woche "
                "gehen An- und Abmeldungen ein. Die Formulare gab es als PDF zum "
                "Ausdrucken, die Daten wurden im Steueramt abgetippt.",
                "Wer einen Hund aus dem Tierheim holte oder ein Tier abgeben musste, "
                "kam meist persönlich ins Rathaus. Fehlende Angaben, etwa die "
                "Chipnummer, führten zu Rückfragen.",
            ),
            umsetzung=(
                "Das Steueramt nutzt ein Formular aus dem Formularangebot des Landes, "
                "angepasst an die örtliche Satzung. Die Eingänge werden über eine "
                "Schnittstelle in das Finanzverfahren übernommen, die Steuermarke "
                "verschickt die Poststelle.",
                "- An- und Abmeldung mit Chipnummer und Datum\n"
                "- Antrag auf Steuerermäßigung mit Upload des Nachweises\n"
                "- Bescheid per Post oder in das Postfach des Nutzerkontos\n"
                "- SEPA-Lastschriftmandat direkt im Formular",
            ),
            ergebnis=(
                "Rund 70 % der An- und Abmeldungen kommen online. Das Steueramt "
                "spart nach eigener Schätzung rund zehn Minuten je Vorgang.",
                "Die Angaben sind vollständiger, Rückfragen zur Chipnummer entfallen. "
                "Im Rathaus gibt es merklich weniger Laufkundschaft für Hundesteuer.",
            ),
            erfahrungen=(
                "Das Landesformular hat die Kosten niedrig gehalten. Nur die "
                "Ermäßigungstatbestände der eigenen Satzung mussten ergänzt werden.",
                "Eine Bestandsaufnahme der Hunde, wie sie manche Gemeinden durchführen, "
                "haben wir bewusst nicht mit dem Projekt verknüpft.",
            ),
        ),
        services=("10160",),
        processes=("99102013000000",),
        technology=("antragsstrecke", "fachverfahren", "servicekonto"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Hundesteuer", "Steueramt", "Online-Formular"),
        costs=Costs(
            small=((1_000, 4_000), (300, 1_000)),
            medium=((3_000, 8_000), (800, 2_000)),
            large=((6_000, 15_000), (1_500, 4_000)),
        ),
    ),
    Archetype(
        key="grundsteuer-reform",
        topic_field=12,
        titles=(
            "Grundsteuerreform: elektronische Messbescheide und Bürgerauskunft – {ort}",
            "Neue Grundsteuerbescheide ohne Papierflut",
        ),
        summaries=(
            "Zur Grundsteuerreform übernimmt das Steueramt in {ort} die Messbescheide der "
            "Finanzämter elektronisch ins Finanzverfahren. Eine Online-Auskunft erklärt "
            "Eigentümerinnen und Eigentümern ihren neuen Bescheid.",
            "Tausende neue Grundsteuerbescheide auf einen Schlag: Das Steueramt hat den "
            "Datenabgleich mit den Finanzämtern automatisiert und Widersprüche über ein "
            "Online-Formular kanalisiert.",
            "Die Grundsteuerreform brachte neue Messbeträge für jedes Grundstück in {ort}. Ein "
            "elektronischer Datenaustausch mit den Finanzämtern hat das Abtippen vermieden.",
            "Mit einem Online-Formular für Fragen zum Grundsteuerbescheid und Textbausteinen "
            "für die Antworten hat das Steueramt in {ort} die Welle nach dem Versand der neuen "
            "Bescheide bewältigt.",
        ),
        description=Section(
            ausgangslage=(
                "Zur Grundsteuerreform mussten für alle Steuergegenstände neue "
                "Messbeträge übernommen und neue Bescheide erlassen werden. Bis "
                "dahin kamen Messbescheide der Finanzämter auf Papier und wurden von "
                "Hand erfasst.",
                "Erfahrungen anderer Kommunen zeigten: Nach dem Versand der neuen "
                "Bescheide kommen viele Anrufe und Widersprüche, oft zu Fragen, für "
                "die das Finanzamt zuständig ist.",
            ),
            umsetzung=(
                "Das Finanzverfahren wurde für den elektronischen Empfang der "
                "Messbescheide eingerichtet, Abweichungen zu den bisherigen Daten "
                "wurden in Prüflisten abgearbeitet. Für Rückfragen gibt es ein "
                "Online-Formular, das bei Fragen zum Messbetrag direkt auf das Finanzamt "
                "verweist.",
                "1. Abgleich der Eigentümerdaten und Steuergegenstände\n"
                "2. Elektronische Übernahme der Messbescheide im Stapel\n"
                "3. Beschluss eines neuen Hebesatzes durch den Rat\n"
                "4. Versand der Bescheide mit Erklärblatt und Online-Formular für "
                "Rückfragen",
            ),
            ergebnis=(
                "Über 95 % der Messbescheide wurden elektronisch übernommen. Das "
                "Steueramt konnte die neuen Bescheide fristgerecht verschicken.",
                "Etwa zwei Drittel der Rückfragen kamen über das Online-Formular und "
                "ließen sich mit Textbausteinen beantworten. Die Zahl der Widersprüche "
                "blieb unter den Erwartungen.",
            ),
            erfahrungen=(
                "Ein klares Erklärblatt, was die Gemeinde entscheidet und was das "
                "Finanzamt, hätte früher kommen sollen. Viele Widersprüche richteten "
                "sich gegen den Messbetrag.",
                "Die Prüflisten für abweichende Daten waren länger als erwartet. Eine "
                "Aushilfe für drei Monate war gut investiertes Geld.",
            ),
        ),
        services=("10117",),
        processes=("99102012000000", "99102056000000"),
        technology=("fachverfahren", "automatisierung", "antragsstrecke"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(GEMEINDE,),
        tags=("Grundsteuer", "Grundsteuerreform", "Steueramt", "Datenaustausch"),
        costs=Costs(
            small=((3_000, 10_000), (500, 2_000)),
            medium=((10_000, 30_000), (2_000, 5_000)),
            large=((30_000, 80_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="gewerbesteuer-digital",
        topic_field=12,
        titles=(
            "Gewerbesteuer digital: Anträge und Bescheide online – {ort}",
            "Online-Anträge zur Gewerbesteuer für Betriebe und Steuerberatung",
        ),
        summaries=(
            "Betriebe und Steuerberatungskanzleien beantragen beim Steueramt in {ort} die "
            "Anpassung von Gewerbesteuervorauszahlungen, Stundungen und SEPA-Mandate online. "
            "Bescheide kommen auf Wunsch elektronisch.",
            "Die Messbescheide der Finanzämter kamen schon elektronisch, der Rest lief auf "
            "Papier. Jetzt sind auch Anträge und Bescheide der Gewerbesteuer digital.",
            "Rund 70 % der Anträge zur Gewerbesteuer in {ort} stellen "
            "Steuerberatungskanzleien. Für sie gibt es einen Online-Zugang mit Vollmacht.",
            "Das Steueramt in {ort} hat die Gewerbesteuer vom Papier befreit: Anträge online, "
            "Bescheide elektronisch, Stundungen mit Ratenplan.",
        ),
        description=Section(
            ausgangslage=(
                "Anträge auf Herabsetzung der Vorauszahlungen kamen per Brief oder "
                "Fax, meist von Steuerberatungskanzleien. Die Sachbearbeitung "
                "erfasste sie von Hand.",
                "Bescheide wurden gedruckt und versandt, Kanzleien scannten sie "
                "wieder ein. In Krisenzeiten kamen Stundungsanträge in Wellen, alle "
                "auf Papier.",
            ),
            umsetzung=(
                "Für die häufigsten Anträge gibt es Online-Formulare mit Zugang über das "
                "Nutzerkonto, auch für Kanzleien mit Vollmacht. Die Daten gehen in das "
                "Finanzverfahren. Bescheide können elektronisch bekanntgegeben werden, "
                "wenn der Betrieb zustimmt.",
                "- Anpassung der Vorauszahlungen mit Upload der Begründung\n"
                "- Stundungsantrag mit Ratenplan-Vorschlag\n"
                "- SEPA-Lastschriftmandat online\n"
                "- Elektronische Bekanntgabe von Bescheiden mit Einwilligung",
            ),
            ergebnis=(
                "Rund 60 % der Anträge kommen online, bei Kanzleien fast alle. Die "
                "Bearbeitung einfacher Anträge dauert zwei statt zehn Tage.",
                "Etwa ein Drittel der Betriebe erhält Bescheide elektronisch. Das spart "
                "Porto und beschleunigt Rückfragen.",
            ),
            erfahrungen=(
                "Die Steuerberaterkammer frühzeitig zu informieren hat sich gelohnt. "
                "Die Kanzleien waren die ersten und treuesten Nutzer.",
                "Die elektronische Bekanntgabe braucht eine saubere Einwilligung. Wir "
                "haben sie in das SEPA-Formular integriert.",
            ),
        ),
        services=("10364",),
        processes=("99102010000000",),
        technology=("antragsstrecke", "servicekonto", "fachverfahren"),
        target_groups=("businesses",),
        carriers=(GEMEINDE,),
        tags=("Gewerbesteuer", "Steueramt", "Steuerberatung", "Unternehmen"),
        costs=Costs(
            small=((3_000, 8_000), (800, 2_000)),
            medium=((8_000, 20_000), (2_000, 5_000)),
            large=((20_000, 50_000), (5_000, 10_000)),
        ),
    ),
    Archetype(
        key="zweitwohnungsteuer",
        topic_field=12,
        titles=(
            "Zweitwohnungsteuer: Online-Erklärung und Abgleich mit dem Melderegister",
            "Digitale Zweitwohnungsteuer in {ort}",
        ),
        summaries=(
            "Wer in {ort} eine Zweitwohnung hat, gibt die Steuererklärung online ab. Das "
            "Steueramt gleicht Nebenwohnsitze aus dem Melderegister automatisch mit den "
            "Steuerfällen ab.",
            "Viele Ferienwohnungen, viele Nebenwohnsitze: {ort} hat die Zweitwohnungsteuer "
            "digitalisiert und dabei zahlreiche nicht erklärte Wohnungen gefunden.",
            "Die Erklärung zur Zweitwohnungsteuer lässt sich online ausfüllen, mit Berechnung "
            "der Bemessungsgrundlage und Upload des Mietvertrags.",
            "Automatischer Abgleich statt Karteikasten: Neue Nebenwohnsitze in {ort} lösen im "
            "Steueramt eine Wiedervorlage aus, die Erklärung kommt online zurück.",
        ),
        description=Section(
            ausgangslage=(
                "Als Ferienort hat {ort} viele Zweitwohnungen. Erklärungen kamen auf "
                "Papier, Nebenwohnsitze wurden dem Steueramt in Listen gemeldet und "
                "von Hand geprüft. Viele Fälle blieben unentdeckt.",
                "Die Satzung wurde an die aktuelle Rechtsprechung angepasst, neue "
                "Bemessungsgrundlagen erforderten neue Erklärungen für alle "
                "Steuerpflichtigen.",
            ),
            umsetzung=(
                "Ein Online-Formular fragt die Angaben zur Wohnung ab und berechnet die "
                "Bemessungsgrundlage nach der Satzung. Neue Nebenwohnsitze aus dem "
                "Melderegister werden wöchentlich abgeglichen und erzeugen ein "
                "Anschreiben mit Link zum Formular.",
                "- Online-Erklärung mit Upload von Mietvertrag oder Flächennachweis\n"
                "- Wöchentlicher Abgleich der Nebenwohnsitze\n"
                "- Anschreiben mit persönlichem Code für das Formular\n"
                "- Übernahme der Erklärung in das Finanzverfahren",
            ),
            ergebnis=(
                "Rund 65 % der Erklärungen kommen online. Durch den Abgleich wurden "
                "im ersten Jahr rund 8 % mehr Zweitwohnungen erfasst als zuvor.",
                "Das Steueraufkommen stieg um rund 12 %. Die Bearbeitung einer "
                "Erklärung dauert nur noch einen Bruchteil der früheren Zeit.",
            ),
            erfahrungen=(
                "Viele Steuerpflichtige wohnen weit weg und schätzen den Online-Weg "
                "besonders. Die Hotline-Zeiten haben wir trotzdem ausgeweitet.",
                "Die Satzungsänderung und das Online-Formular gemeinsam zu planen war "
                "richtig; so passt das Formular genau zur Satzung.",
            ),
        ),
        services=("10126",),
        processes=("99102017000000",),
        technology=("antragsstrecke", "fachverfahren", "automatisierung"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Zweitwohnungsteuer", "Ferienort", "Steueramt", "Melderegister"),
        costs=Costs(
            small=((4_000, 10_000), (1_000, 2_500)),
            medium=((8_000, 20_000), (2_000, 4_000)),
            large=((15_000, 35_000), (3_000, 7_000)),
        ),
    ),
    Archetype(
        key="vergnuegungsteuer-spielgeraete",
        topic_field=12,
        titles=(
            "Vergnügungsteuer: Online-Steueranmeldung für Spielgeräte – {ort}",
            "Digitale Steueranmeldung für Automatenaufsteller",
        ),
        summaries=(
            "Aufsteller von Geldspielgeräten in {ort} geben ihre Vergnügungsteueranmeldungen "
            "online ab. Die Zählwerksausdrucke werden hochgeladen und automatisch auf "
            "Plausibilität geprüft.",
            "Vierteljährlich kamen Stapel von Anmeldungen und Zählwerksausdrucken. Mit der "
            "Online-Steueranmeldung prüft das Steueramt die Angaben jetzt in einem Bruchteil "
            "der Zeit.",
            "Die Vergnügungsteuer auf Spielgeräte wird in {ort} online angemeldet. Fehler in "
            "der Berechnung fallen schon beim Ausfüllen auf.",
            "Online-Anmeldung, automatische Berechnung und Bescheid ohne Abtippen: "
            "So erhebt das Steueramt in {ort} die Vergnügungsteuer auf Spielgeräte.",
        ),
        description=Section(
            ausgangslage=(
                "In {ort} stehen Geldspielgeräte in Spielhallen und Gaststätten, "
                "aufgestellt von mehreren Unternehmen. Die Steuer wird nach dem "
                "Einspielergebnis erhoben, angemeldet auf Papier mit "
                "Zählwerksausdrucken für jedes Gerät.",
                "Die Prüfung der Ausdrucke war mühsam: Summen wurden nachgerechnet, "
                "fehlende Geräte nachgefragt. Ein Kollege war damit jedes Quartal "
                "wochenlang beschäftigt.",
            ),
            umsetzung=(
                "Die Aufsteller melden online, Gerät für Gerät, und laden die Ausdrucke "
                "hoch. Das Formular rechnet die Steuer nach der Satzung, das "
                "Finanzverfahren übernimmt die Beträge. Abweichungen zum Vorquartal "
                "werden markiert.",
                "- Zugang für Aufsteller über das Nutzerkonto für Unternehmen\n"
                "- Geräteliste aus dem Vorquartal vorbelegt\n"
                "- Automatische Berechnung und Plausibilitätsprüfung\n"
                "- Festsetzung im Finanzverfahren ohne Abtippen",
            ),
            ergebnis=(
                "Alle großen Aufsteller melden online, insgesamt rund 85 % der Geräte. "
                "Die Prüfung eines Quartals dauert Tage statt Wochen.",
                "Auffälligkeiten, etwa stark schwankende Einspielergebnisse, werden "
                "sichtbar und gezielt geprüft.",
            ),
            erfahrungen=(
                "Die Aufsteller haben die Umstellung begrüßt, weil sie weniger Papier "
                "verschicken. Ein kleiner Teil meldet weiter auf Papier.",
                "Die Plausibilitätsregeln sollte man mit der Prüfung abstimmen, sonst "
                "markiert das System zu viel.",
            ),
        ),
        services=("10377",),
        processes=("99102034000000",),
        technology=("antragsstrecke", "servicekonto", "fachverfahren"),
        target_groups=("businesses",),
        carriers=(GEMEINDE,),
        tags=("Vergnügungsteuer", "Spielgeräte", "Steueranmeldung", "Steueramt"),
        costs=Costs(
            small=((3_000, 8_000), (800, 2_000)),
            medium=((5_000, 15_000), (1_500, 3_500)),
            large=((12_000, 30_000), (3_000, 6_000)),
        ),
    ),
    Archetype(
        key="uebernachtungssteuer-online",
        topic_field=12,
        titles=(
            "Übernachtungssteuer online anmelden – {ort}",
            "Digitale Steueranmeldung für Hotels und Ferienwohnungen",
        ),
        summaries=(
            "Beherbergungsbetriebe in {ort} melden die Übernachtungssteuer online an, vom "
            "Hotel bis zur privat vermieteten Ferienwohnung. Geschäftsreisen werden im "
            "Formular getrennt erfasst.",
            "Mit der Einführung der Übernachtungssteuer hat {ort} gleich ein Online-Verfahren "
            "geschaffen. Papieranmeldungen sind die Ausnahme.",
            "Hotels, Pensionen, Ferienwohnungen, monatliche oder vierteljährliche "
            "Anmeldungen: Das Steueramt erhebt die Übernachtungssteuer fast "
            "vollständig digital.",
            "Hotels, Pensionen und Vermieter von Ferienwohnungen in {ort} geben ihre "
            "Übernachtungssteuer online ab. Die Berechnung und der Abgleich mit dem "
            "Betriebsregister laufen automatisch.",
        ),
        description=Section(
            ausgangslage=(
                "Der Rat hatte eine Übernachtungssteuer beschlossen. Das Steueramt "
                "musste in wenigen Monaten alle Beherbergungsbetriebe erfassen, "
                "darunter viele private Vermieter, die bisher kaum Kontakt zur "
                "Verwaltung hatten.",
                "Eine Erhebung auf Papier hätte nach Schätzung des Steueramts zwei "
                "zusätzliche Stellen erfordert.",
            ),
            umsetzung=(
                "Das Online-Verfahren umfasst die Registrierung der Betriebe und die "
                "regelmäßige Steueranmeldung. Die Steuer wird aus Übernachtungen und "
                "Entgelten berechnet, befreite Übernachtungen werden getrennt erfasst. "
                "Die Daten gehen in das Finanzverfahren.",
                "1. Registrierung der Betriebe mit Nutzerkonto\n"
                "2. Monatliche oder vierteljährliche Anmeldung je nach Größe\n"
                "3. Erinnerung per E-Mail vor Fristablauf\n"
                "4. Abgleich mit Gewerbe- und Tourismusdaten zur Erfassung neuer Betriebe",
            ),
            ergebnis=(
                "Rund 90 % der Anmeldungen kommen online. Das Steueramt kommt mit einer "
                "zusätzlichen halben Stelle aus.",
                "Neue Ferienwohnungen werden über den Abgleich mit Tourismusdaten "
                "zuverlässiger erfasst, das Aufkommen liegt über der Prognose.",
            ),
            erfahrungen=(
                "Private Vermieter brauchten viel Beratung zum ersten Termin. Ein "
                "Erklärvideo und eine Telefonsprechstunde haben geholfen.",
                "Die Befreiung für Geschäftsreisen ist je nach Satzung unterschiedlich "
                "geregelt; das Formular muss genau zur eigenen Satzung passen.",
            ),
        ),
        services=("10375",),
        processes=("99139003000000",),
        technology=("antragsstrecke", "servicekonto", "fachverfahren"),
        target_groups=("businesses",),
        carriers=(STADT,),
        tags=("Übernachtungssteuer", "Tourismus", "Steueramt", "Beherbergung"),
        costs=Costs(
            small=((5_000, 12_000), (1_000, 3_000)),
            medium=((10_000, 25_000), (2_000, 5_000)),
            large=((20_000, 50_000), (4_000, 10_000)),
        ),
    ),
    Archetype(
        key="kurabgabe-meldeschein",
        topic_field=12,
        titles=(
            "Digitaler Meldeschein und Gästekarte für {ort}",
            "Kurabgabe automatisch abrechnen",
        ),
        summaries=(
            "Gastgeber in {ort} sollen ihre Gäste digital anmelden, die Kurabgabe wird "
            "automatisch berechnet und abgerechnet. Die Gästekarte kommt aufs Smartphone.",
            "Papier-Meldescheine, handschriftliche Abrechnungen der Kurabgabe und Gästekarten "
            "aus Pappe: Die Idee ist ein digitaler Meldeschein für alle Gastgeber im Ort.",
            "{ort} sucht Kur- und Erholungsorte, die gemeinsam einen digitalen Meldeschein mit "
            "Abrechnung der Kurabgabe einführen wollen.",
            "Vorschlag aus {ort}: Gästemeldung und Kurabgabe digital, mit Abrechnung im "
            "Finanzverfahren und Gästekarte als QR-Code für Bus und Schwimmbad.",
        ),
        description=Section(
            ausgangslage=(
                "Als Erholungsort erhebt {ort} eine Kurabgabe. Die Gastgeber füllen "
                "Meldescheine auf Papier aus, rechnen monatlich ab und geben "
                "Gästekarten aus. Die Kurverwaltung prüft die Abrechnungen von Hand.",
                "Kleine Vermieter empfinden die Abrechnung als lästig. Fehler und "
                "verspätete Abrechnungen kosten die Gemeinde jedes Jahr Einnahmen.",
            ),
            umsetzung=(
                "Geplant ist eine Web-App für Gastgeber, mit der Gäste gemeldet und die "
                "Kurabgabe berechnet wird. Die Abrechnung geht monatlich an das "
                "Finanzverfahren. Gäste erhalten die Karte als QR-Code.",
                "Offene Fragen:\n\n"
                "- Anbindung der Buchungssysteme größerer Betriebe\n"
                "- Anerkennung der digitalen Gästekarte durch Verkehrsbetrieb und "
                "Freizeiteinrichtungen\n"
                "- Aufbewahrung der Meldedaten nach dem Melderecht",
            ),
            ergebnis=(
                "Erwartet werden vollständigere Abrechnungen, weniger Prüfaufwand in der "
                "Kurverwaltung und eine Gästekarte, die nicht verloren geht.",
                "Die Daten würden außerdem eine verlässliche Tourismusstatistik "
                "liefern, die bisher aufwendig erhoben wird.",
            ),
            erfahrungen=(
                "Die Idee wurde im Tourismusausschuss vorgestellt und stieß auf "
                "Interesse. Wir suchen Orte mit ähnlicher Größe für eine gemeinsame "
                "Ausschreibung.",
                "Gesucht sind auch Verkehrsbetriebe und Tourismusverbände, die eine "
                "digitale Gästekarte in der Region anerkennen würden.",
            ),
        ),
        services=("10369",),
        processes=("99139002000000",),
        technology=("app", "epayment", "fachverfahren"),
        target_groups=("businesses", "citizens"),
        carriers=(GEMEINDE,),
        tags=("Kurabgabe", "Tourismus", "Meldeschein", "Gästekarte"),
        costs=Costs(
            small=((8_000, 20_000), (2_000, 5_000)),
            medium=((15_000, 35_000), (3_000, 8_000)),
            large=((30_000, 70_000), (6_000, 15_000)),
        ),
        is_idea=True,
    ),
)
