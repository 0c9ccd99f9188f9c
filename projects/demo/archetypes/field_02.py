"""Topic field 2, Bauen & Wohnen: Bauaufsicht, Meldewesen, Grundsteuer, Abfall, Planung."""

from projects.demo.archetypes import GEMEINDE, GROSSE_STADT, KREIS, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10519": "Kreis/kreisfreie Stadt, große Kreisstadt: untere Bauaufsichtsbehörde",
    "10513": "Kreis/kreisfreie Stadt, große Kreisstadt: untere Bauaufsichtsbehörde",
    "10531": "Kreis/kreisfreie Stadt, große Kreisstadt: untere Bauaufsichtsbehörde",
    "10517": "Kreis/kreisfreie Stadt, große Kreisstadt: untere Bauaufsichtsbehörde",
    "10124": "Gemeinde: Meldebehörde (Einwohnermeldeamt)",
    "10117": "Gemeinde: Steueramt (Grundsteuer)",
    "10110": "Kreis/kreisfreie Stadt: öffentlich-rechtlicher Entsorgungsträger",
    "10112": "Gemeinde: Baumschutzsatzung (Umwelt- oder Grünflächenamt)",
    "10522": "Kreis/kreisfreie Stadt: Geschäftsstelle des Gutachterausschusses",
    "10536": "Kreis/kreisfreie Stadt: Geschäftsstelle des Gutachterausschusses",
    "10528": "Gemeinde: Stadtplanung (Bauleitplanung)",
    "10108": "Gemeinde: Liegenschaften (Vorkaufsrecht nach §§ 24 ff. BauGB)",
}

SMALL_SOFTWARE = Costs(
    small=((3_000, 12_000), (500, 2_500)),
    medium=((8_000, 30_000), (1_500, 6_000)),
    large=((20_000, 80_000), (4_000, 15_000)),
)

ARCHETYPES = (
    Archetype(
        key="digitaler-bauantrag",
        topic_field=2,
        titles=(
            "Digitaler Bauantrag {in_ort}",
            "Bauantrag online: vom Antrag bis zur Baugenehmigung ohne Papier",
            "Digitale Baugenehmigung mit XBau-Schnittstelle {in_ort}",
        ),
        summaries=(
            "Die untere Bauaufsicht {in_ort} nimmt Bauanträge nur noch digital an. "
            "Entwurfsverfasser reichen Pläne als PDF ein, Fachstellen nehmen im virtuellen "
            "Bauaktenraum Stellung.",
            "{Ort} hat das Baugenehmigungsverfahren digitalisiert: Online-Antrag über das "
            "Landesportal, Übernahme per XBau ins Fachverfahren, Beteiligung der Fachämter in "
            "der E-Akte.",
            "Bauanträge, Bauvoranfragen und Abbruchanzeigen können {in_ort} online gestellt "
            "werden. Die Papierakte mit mehrfachen Plansätzen entfällt.",
            "Mit dem digitalen Bauantrag {in_ort} sind Pläne für alle Beteiligten gleichzeitig "
            "einsehbar, und Bauherren sehen den Stand ihres Verfahrens online.",
        ),
        description=Section(
            ausgangslage=(
                "Ein Bauantrag bestand {in_ort} aus drei bis fünf Papiersätzen, die per Post an "
                "Fachstellen wie Brandschutz, Denkmalschutz und Gemeinde gingen. Die Verfahren "
                "dauerten lange, auch weil Akten unterwegs waren.",
                "Architektinnen und Architekten arbeiten längst digital, mussten aber für die "
                "Bauaufsicht {in_ort} Pläne ausdrucken und falten. Die Bauaufsicht scannte sie "
                "für das Archiv später wieder ein.",
            ),
            umsetzung=(
                "Der Antrag läuft über den Online-Dienst Bauantrag des Landes. Per XBau gelangen "
                "die Daten ins Fachverfahren der Bauaufsicht, die Pläne in die E-Akte. Fachstellen "
                "und Gemeinden geben ihre Stellungnahmen im virtuellen Bauaktenraum ab.",
                "Wir haben die Verfahren Baugenehmigung, Freistellung und Abbruch gemeinsam mit "
                "der Kammer und örtlichen Planungsbüros getestet. Große Bildschirme und Schulungen "
                "gehörten zum Projekt; ohne sie lesen Sachbearbeitende keine Pläne am Rechner.",
            ),
            ergebnis=(
                "Fast alle Anträge kommen digital. Die Beteiligung der Fachstellen läuft "
                "parallel statt nacheinander, das spart im Mittel mehrere Wochen.",
                "Postlaufzeiten und Kopierkosten sind entfallen. Antragstellende erhalten "
                "Nachforderungen und Bescheid elektronisch.",
            ),
            erfahrungen=(
                "Die Technik war nicht das Problem, sondern gewohnte Arbeitsweisen. Ein "
                "Stichtag, ab dem nur noch digitale Anträge angenommen werden, hat geholfen.",
                "Die Beteiligung der Gemeinden beim gemeindlichen Einvernehmen braucht Zeit: "
                "nicht alle waren sofort an den Bauaktenraum angebunden.",
            ),
        ),
        services=("10519", "10531", "10513"),
        processes=("99012008000000", "99012010000000", "99012027000000"),
        technology=("antragsstrecke", "fachverfahren", "eakte", "servicekonto"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(KREIS, GROSSE_STADT),
        tags=("Bauantrag", "Bauaufsicht", "XBau", "Digitale Akte"),
        costs=Costs(
            small=((30_000, 80_000), (5_000, 12_000)),
            medium=((50_000, 150_000), (8_000, 20_000)),
            large=((100_000, 400_000), (15_000, 60_000)),
        ),
    ),
    Archetype(
        key="bauaktenarchiv",
        topic_field=2,
        titles=(
            "Digitalisierung des Bauaktenarchivs {in_ort}",
            "Bauakten und Baulastenverzeichnis digital",
        ),
        summaries=(
            "Die Bauaufsicht {in_ort} lässt ihr Bauaktenarchiv scannen und verschlagworten. "
            "Auskünfte und Akteneinsicht laufen danach am Bildschirm statt im Keller.",
            "Rund 60.000 Bauakten {in_ort} werden digitalisiert, das Baulastenverzeichnis "
            "steht online zur Auskunft bereit.",
            "{Ort} digitalisiert Bauakten und Baulasten, damit Anfragen von Eigentümern, Banken "
            "und Notaren ohne Aktensuche beantwortet werden können.",
            "Das Archiv der Bauaufsicht {in_ort} war voll und schwer zugänglich. Gescannte Akten "
            "sind jetzt mit dem Flurstück verknüpft und im Geoinformationssystem auffindbar.",
        ),
        description=Section(
            ausgangslage=(
                "Die Bauakten {in_ort} lagen in einem Archiv mit begrenztem Platz. Für jede "
                "Akteneinsicht und jede Baulastenauskunft musste jemand die Akte suchen, "
                "kopieren und wieder einsortieren.",
                "Anfragen zum Baulastenverzeichnis kamen täglich, vor allem von Notaren und "
                "Sachverständigen. Die Bearbeitung dauerte oft eine Woche.",
            ),
            umsetzung=(
                "Ein Scandienstleister digitalisiert die Akten nach einer Ausschreibung "
                "abschnittsweise. Jede Akte wird mit Flurstück und Adresse verschlagwortet und im "
                "Dokumentenmanagement abgelegt; Großformate werden in Farbe gescannt.",
                "Wir haben mit den meistgefragten Akten begonnen. Das Baulastenverzeichnis wurde "
                "vollständig übernommen und mit dem Liegenschaftskataster im "
                "Geoinformationssystem verknüpft.",
            ),
            ergebnis=(
                "Auskünfte aus dem Baulastenverzeichnis dauern Minuten statt Tage. Der "
                "Archivraum wird für andere Zwecke frei.",
                "Sachbearbeitende finden Vorgängerakten sofort, was neue Bauanträge beschleunigt.",
            ),
            erfahrungen=(
                "Die Qualität der Verschlagwortung entscheidet über den Nutzen. Stichproben in "
                "den ersten Wochen haben Fehler früh gezeigt.",
                "Akten mit Schäden oder Schimmel brauchen eine eigene Behandlung; das sollte "
                "in der Ausschreibung stehen.",
            ),
        ),
        services=("10517", "10519"),
        processes=("99012004000000",),
        technology=("posteingang", "eakte", "gis"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(KREIS, GROSSE_STADT),
        tags=("Bauakten", "Scannen", "Baulasten", "Archiv"),
        costs=Costs(
            small=((40_000, 100_000), (2_000, 6_000)),
            medium=((80_000, 250_000), (4_000, 10_000)),
            large=((200_000, 900_000), (8_000, 25_000)),
        ),
    ),
    Archetype(
        key="elektronische-wohnsitzanmeldung",
        topic_field=2,
        titles=(
            "Wohnsitz online anmelden {in_ort}",
            "Elektronische Wohnsitzanmeldung im Bürgerbüro {ort}",
        ),
        summaries=(
            "Wer nach {ort} zieht, meldet sich online an: mit Online-Ausweis und "
            "Wohnungsgeberbestätigung als Datei. Die Adresse auf dem Ausweis wird per Post "
            "aktualisiert.",
            "Das Bürgerbüro {in_ort} bietet die elektronische Wohnsitzanmeldung an. Umziehende "
            "sparen den Termin, das Bürgerbüro Zeit für schwierigere Anliegen.",
            "{Ort} hat die Wohnsitzanmeldung als Online-Dienst eingeführt. Die Daten gehen "
            "direkt in das Melderegister, eine Meldebestätigung steht zum Download bereit.",
            "Umzug nach {ort} ohne Behördengang: Die Anmeldung des Wohnsitzes läuft online, "
            "auch für Familien mit Kindern.",
        ),
        description=Section(
            ausgangslage=(
                "Anmeldungen machten im Bürgerbüro {in_ort} rund ein Drittel aller Termine aus. "
                "Zu Semesterbeginn und im Sommer waren Termine wochenlang ausgebucht.",
                "Wer umzieht, muss sich innerhalb von zwei Wochen anmelden. {ort} konnte "
                "diese Frist in Spitzenzeiten kaum sicherstellen.",
            ),
            umsetzung=(
                "Wir nutzen den Online-Dienst zur elektronischen Wohnsitzanmeldung, der an das "
                "Melderegister angebunden ist. Die Identität wird mit der Online-Ausweisfunktion "
                "geprüft, die Anschrift im Ausweis wird mit einem Aufkleber per Post aktualisiert.",
                "Die Anmeldung läuft über das Nutzerkonto mit Online-Ausweis. Nach der Prüfung "
                "übernimmt das Fachverfahren die Daten; nur bei Unstimmigkeiten meldet sich das "
                "Bürgerbüro.",
            ),
            ergebnis=(
                "Ein wachsender Teil der Anmeldungen läuft online, vor allem bei jüngeren "
                "Menschen. Die Wartezeit auf einen Termin ist kürzer geworden.",
                "Das Bürgerbüro hat freie Termine für Pass- und Ausweisanträge gewonnen. Die "
                "Meldefrist wird wieder eingehalten.",
            ),
            erfahrungen=(
                "Viele Bürgerinnen und Bürger kennen ihre PIN für den Online-Ausweis nicht. "
                "Wir setzen sie am Schalter zurück und weisen auf der Website darauf hin.",
                "Familienanmeldungen mit Kindern ohne eigenen Ausweis waren anfangs nicht "
                "möglich; das ist inzwischen gelöst und hat die Nutzung deutlich erhöht.",
            ),
        ),
        services=("10124",),
        processes=("99115005000000", "99115008000000"),
        technology=("eid", "fachverfahren", "servicekonto"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Wohnsitz", "Bürgerbüro", "Bürgerservice", "Online-Ausweis", "Meldewesen"),
        costs=SMALL_SOFTWARE,
    ),
    Archetype(
        key="grundsteuer-digital",
        topic_field=2,
        titles=(
            "Grundsteuerreform: elektronische Übernahme der Messbescheide {in_ort}",
            "Grundsteuerbescheide und Änderungsmitteilungen digital",
        ),
        summaries=(
            "Das Steueramt {in_ort} übernimmt die Grundsteuermessbeträge der Finanzämter "
            "elektronisch und verschickt Bescheide auf Wunsch digital über das Postfach des "
            "Nutzerkontos.",
            "Für die Grundsteuerreform hat {ort} den Datenaustausch mit der Finanzverwaltung "
            "automatisiert. Zehntausende Messbescheide mussten nicht mehr abgetippt werden.",
            "Eigentümerinnen und Eigentümer {in_ort} können Fragen zur Grundsteuer, "
            "Eigentümerwechsel und SEPA-Mandate online einreichen.",
            "{Ort} hat die Neuberechnung der Grundsteuer mit elektronischer Datenübernahme "
            "und einem Online-Formular für Rückfragen bewältigt.",
        ),
        description=Section(
            ausgangslage=(
                "Mit der Grundsteuerreform mussten alle Grundstücke {in_ort} neu veranlagt "
                "werden. Die Messbescheide der Finanzämter kamen in großer Zahl, das Steueramt "
                "hat dafür kein zusätzliches Personal.",
                "Rückfragen zur neuen Grundsteuer kamen per Telefon, Brief und E-Mail. Das "
                "Steueramt {in_ort} konnte sie kaum beantworten, ohne die Veranlagung zu "
                "verzögern.",
            ),
            umsetzung=(
                "Das Finanzverfahren übernimmt die Messbeträge über die elektronische "
                "Schnittstelle der Steuerverwaltung. Abweichungen, etwa bei geteilten "
                "Grundstücken, landen in einer Klärungsliste. Ein Online-Formular nimmt "
                "Eigentümerwechsel, Adressänderungen und SEPA-Mandate entgegen.",
                "Wir haben die Datenübernahme mit dem IT-Dienstleister vorbereitet und mit einem "
                "Testbestand geprüft. Parallel informiert eine FAQ-Seite, was die Gemeinde "
                "entscheidet (Hebesatz) und was das Finanzamt (Messbetrag).",
            ),
            ergebnis=(
                "Über 95 % der Messbescheide wurden automatisch übernommen. Die Bescheide "
                "konnten fristgerecht zum Jahresanfang verschickt werden.",
                "Rückfragen gehen strukturiert ein und sind schneller beantwortet. Viele Anrufe "
                "hat die FAQ-Seite vermieden.",
            ),
            erfahrungen=(
                "Frühzeitig Testdaten anfordern: Die Formate unterschieden sich im Detail von "
                "der Dokumentation.",
                "Klare Zuständigkeiten kommunizieren: Viele Beschwerden richteten sich gegen den "
                "Messbetrag, für den das Finanzamt zuständig ist.",
            ),
        ),
        services=("10117",),
        processes=("99102012000000", "99102056000000"),
        technology=("fachverfahren", "antragsstrecke", "automatisierung"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(GEMEINDE,),
        tags=("Grundsteuer", "Steueramt", "Schnittstelle", "Finanzwesen"),
        costs=SMALL_SOFTWARE,
    ),
    Archetype(
        key="baumfaellgenehmigung",
        topic_field=2,
        titles=(
            "Baumfällgenehmigung online beantragen {in_ort}",
            "Digitaler Antrag nach der Baumschutzsatzung",
        ),
        summaries=(
            "Anträge nach der Baumschutzsatzung {in_ort} gehen online ein, mit Fotos und "
            "Lageplan. Die Prüfung vor Ort wird über den Online-Antrag vereinbart.",
            "{Ort} hat die Baumfällgenehmigung digitalisiert. Antragstellende markieren den "
            "Baum auf der Karte, das Grünflächenamt sieht ihn im Geoinformationssystem.",
            "Ob ein Baum {in_ort} unter die Baumschutzsatzung fällt, zeigt ein kurzer "
            "Online-Check. Der Antrag folgt im selben Schritt.",
            "Weniger Rückfragen bei Baumfällungen {in_ort}: Der Online-Antrag verlangt "
            "Stammumfang, Fotos und Begründung, bevor er abgeschickt wird.",
        ),
        description=Section(
            ausgangslage=(
                "Anträge zum Fällen geschützter Bäume kamen {in_ort} formlos per E-Mail, oft "
                "ohne Angaben zum Stammumfang oder zum Standort. Fast jeder Antrag brauchte "
                "eine Rückfrage.",
                "Im Herbst und Winter häuften sich die Anträge, weil Fällungen nur außerhalb "
                "der Brutzeit erlaubt sind. Die Bearbeitung kam nicht hinterher.",
            ),
            umsetzung=(
                "Ein Online-Formular führt durch die Baumschutzsatzung: Baumart, Stammumfang "
                "in einem Meter Höhe, Fotos und Begründung. Der Standort wird auf einer Karte "
                "markiert und ins Geoinformationssystem übernommen.",
                "Das Formular wurde mit einem Formularbaukasten erstellt und an das "
                "Dokumentenmanagement angebunden. Die Gebühr wird online bezahlt.",
            ),
            ergebnis=(
                "Anträge sind vollständig, Ortstermine lassen sich besser bündeln. Die "
                "Bearbeitungszeit hat sich etwa halbiert.",
                "Bürgerinnen und Bürger wissen vorher, ob ihr Baum geschützt ist. Unnötige "
                "Anträge sind seltener geworden.",
            ),
            erfahrungen=(
                "Die Kartenmarkierung erspart viele Ortstermine mit Suche. Sie sollte auch am "
                "Smartphone gut bedienbar sein.",
                "Eine kleine Leistung, aber ein gutes Übungsfeld für weitere Formulare.",
            ),
        ),
        services=("10112",),
        processes=("99093003000000",),
        technology=("antragsstrecke", "gis", "epayment"),
        target_groups=("citizens", "businesses"),
        carriers=(GEMEINDE,),
        tags=("Baumschutz", "Umwelt", "Online-Antrag", "Geodaten"),
        costs=Costs(
            small=((1_000, 5_000), (0, 1_000)),
            medium=((3_000, 12_000), (500, 2_000)),
            large=((8_000, 25_000), (1_000, 4_000)),
        ),
    ),
    Archetype(
        key="bodenrichtwerte",
        topic_field=2,
        titles=(
            "Bodenrichtwerte und Grundstücksmarktbericht online {in_ort}",
            "Auskünfte aus der Kaufpreissammlung digital",
        ),
        summaries=(
            "Der Gutachterausschuss {in_ort} veröffentlicht Bodenrichtwerte in einer "
            "Online-Karte und nimmt Anträge auf Auskünfte aus der Kaufpreissammlung digital an.",
            "{Ort} stellt Bodenrichtwerte und Grundstücksmarktbericht kostenfrei online bereit. "
            "Anfragen zur Kaufpreissammlung kommen mit Online-Bezahlung.",
            "Wer {in_ort} den Wert eines Grundstücks einschätzen will, findet die "
            "Bodenrichtwerte auf der Karte statt per Telefonauskunft.",
            "Die Geschäftsstelle des Gutachterausschusses {in_ort} hat Auskünfte und "
            "Marktberichte digitalisiert und die Daten als Open Data veröffentlicht.",
        ),
        description=Section(
            ausgangslage=(
                "Bodenrichtwerte wurden {in_ort} telefonisch oder schriftlich gegen Gebühr "
                "erteilt. Mit der Grundsteuerreform stieg die Zahl der Anfragen stark.",
                "Der Grundstücksmarktbericht erschien gedruckt. Sachverständige und Banken "
                "fragten Auskünfte aus der Kaufpreissammlung per Brief an.",
            ),
            umsetzung=(
                "Die Bodenrichtwerte stehen in einer Webkarte auf Basis des Masterportals, "
                "zusätzlich im Landesportal. Anträge auf Auskunft aus der Kaufpreissammlung "
                "laufen über ein Online-Formular mit Nachweis des berechtigten Interesses.",
                "Wir haben die Bodenrichtwertzonen im Geoinformationssystem überarbeitet und "
                "veröffentlichen sie über einen Kartendienst. Der Marktbericht ist als PDF "
                "kostenfrei abrufbar.",
            ),
            ergebnis=(
                "Telefonische Anfragen sind stark zurückgegangen. Die Geschäftsstelle hat mehr "
                "Zeit für Gutachten.",
                "Die Daten werden von Bürgern, Banken und anderen Ämtern genutzt, ohne dass "
                "jemand anrufen muss.",
            ),
            erfahrungen=(
                "Die Entscheidung für Gebührenfreiheit brauchte einen Beschluss, hat sich aber "
                "durch die Entlastung schnell bezahlt gemacht.",
                "Die Landesvermessung bot Kartendienste an, die wir nachnutzen konnten; das hat "
                "viel Aufwand gespart.",
            ),
        ),
        services=("10522", "10536"),
        processes=("99012006000000", "99123013000000"),
        technology=("gis", "open_data", "epayment"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Bodenrichtwerte", "Gutachterausschuss", "Geodaten", "Open Data"),
        costs=SMALL_SOFTWARE,
        open_source=True,
    ),
    Archetype(
        key="bauleitplanung-online",
        topic_field=2,
        titles=(
            "Online-Beteiligung in der Bauleitplanung {in_ort}",
            "Bebauungspläne und Flächennutzungsplan digital beteiligen",
        ),
        summaries=(
            "Bürgerinnen, Bürger und Träger öffentlicher Belange nehmen {in_ort} online zu "
            "Bauleitplänen Stellung. Die Stellungnahmen werden direkt für die Abwägung "
            "aufbereitet.",
            "{ort} veröffentlicht Bebauungspläne und die Änderung des Flächennutzungsplans im "
            "Beteiligungsportal, wie es das Baugesetzbuch inzwischen verlangt.",
            "Statt Planauslage im Rathaus: {in_ort} stehen Pläne und Begründungen online, "
            "Stellungnahmen lassen sich direkt an einer Stelle der Karte abgeben.",
            "Die Stadtplanung {in_ort} nutzt ein Beteiligungsportal mit XPlanung-Daten. Die "
            "Auswertung der Stellungnahmen geht schneller und nachvollziehbarer.",
        ),
        description=Section(
            ausgangslage=(
                "Seit der Novelle des Baugesetzbuchs ist die Veröffentlichung im Internet der "
                "Regelfall. {ort} legte Pläne bis dahin im Rathaus aus und sammelte "
                "Stellungnahmen per Post.",
                "Die Auswertung von Stellungnahmen für die Abwägung war Handarbeit: abtippen, "
                "zuordnen, in Tabellen übertragen.",
            ),
            umsetzung=(
                "Wir nutzen eine Beteiligungsplattform, die Pläne im Format XPlanung anzeigt. "
                "Stellungnahmen können an einer Stelle im Plan verortet werden und fließen in "
                "eine Abwägungstabelle.",
                "Die Plattform wird über den IT-Dienstleister betrieben und von mehreren "
                "Gemeinden gemeinsam genutzt. Träger öffentlicher Belange werden per E-Mail "
                "mit Link beteiligt.",
            ),
            ergebnis=(
                "Mehr Menschen beteiligen sich, auch jüngere. Die Abwägungstabelle entsteht "
                "halbautomatisch, das spart Wochen.",
                "Beteiligungen laufen rechtssicher nach den neuen Vorgaben, Pläne sind "
                "dauerhaft online auffindbar.",
            ),
            erfahrungen=(
                "Pläne im Format XPlanung sind die Voraussetzung. Planungsbüros müssen das in "
                "der Beauftragung liefern.",
                "Die gemeinsame Nutzung mit Nachbargemeinden senkt Kosten und schafft einen "
                "Erfahrungsaustausch.",
            ),
        ),
        services=("10528",),
        processes=("99012012000000",),
        technology=("beteiligung", "gis"),
        target_groups=("citizens", "businesses", "administration"),
        carriers=(GEMEINDE,),
        tags=("Bauleitplanung", "Bürgerbeteiligung", "XPlanung", "Stadtplanung"),
        costs=SMALL_SOFTWARE,
        open_source=True,
    ),
    Archetype(
        key="vorkaufsrecht-negativzeugnis",
        topic_field=2,
        titles=(
            "Idee: Negativzeugnis zum Vorkaufsrecht automatisch für Notariate",
            "Vorkaufsrechtsanfragen digital beantworten {in_ort}",
        ),
        summaries=(
            "Bei jedem Grundstücksverkauf fragt das Notariat, ob die Gemeinde ihr Vorkaufsrecht "
            "ausübt. {ort} möchte diese Anfragen digital annehmen und in einfachen Fällen "
            "automatisch beantworten.",
            "Idee {in_ort}: Notariate stellen Anfragen zum gemeindlichen Vorkaufsrecht online, "
            "ein Abgleich mit Satzungsgebieten im Geoinformationssystem bereitet die Antwort vor.",
            "Die Liegenschaftsabteilung {in_ort} beantwortet jährlich viele hundert "
            "Vorkaufsrechtsanfragen auf Papier. Wir suchen Partner für eine gemeinsame digitale "
            "Lösung.",
            "{ort} plant, das Negativzeugnis über das Vorkaufsrecht elektronisch auszustellen "
            "und so Kaufverträge schneller abwickeln zu lassen.",
        ),
        description=Section(
            ausgangslage=(
                "Notariate schicken Kaufverträge per Post an die Gemeinde {ort}. Fast immer "
                "besteht kein Vorkaufsrecht, trotzdem wird jede Anfrage einzeln geprüft und "
                "beantwortet.",
                "Die Frist für die Ausübung des Vorkaufsrechts ist kurz. Die Prüfung, ob ein "
                "Grundstück in einem Sanierungs- oder Satzungsgebiet liegt, dauert mit "
                "Papierplänen unnötig lange.",
            ),
            umsetzung=(
                "Ein Online-Formular nimmt die Anfragen der Notariate an. Das Flurstück wird "
                "automatisch mit Satzungsgebieten im Geoinformationssystem abgeglichen. "
                "Liegt es außerhalb, wird das Negativzeugnis zur Freigabe vorbereitet.",
                "Denkbar ist ein gemeinsamer Dienst mehrerer Gemeinden beim IT-Dienstleister, "
                "mit Anbindung an die elektronische Kommunikation der Notariate.",
            ),
            ergebnis=(
                "Kaufverträge könnten Tage früher vollzogen werden, die Verwaltung spart "
                "Routinearbeit.",
                "Die Liegenschaftsabteilung hätte mehr Zeit für die wenigen Fälle, in denen ein "
                "Vorkaufsrecht tatsächlich in Frage kommt.",
            ),
            erfahrungen=(
                "Wir suchen Gemeinden, die mitplanen, und Notariate, die den Ablauf testen.",
                "Gesucht sind Erfahrungen mit der elektronischen Kommunikation mit Notariaten "
                "und mit automatisierten Bescheiden.",
            ),
        ),
        services=("10108",),
        processes=("99012038000000",),
        technology=("antragsstrecke", "gis", "automatisierung"),
        target_groups=("businesses", "administration"),
        carriers=(GEMEINDE,),
        tags=("Vorkaufsrecht", "Liegenschaften", "Notariate", "Automatisierung"),
        costs=SMALL_SOFTWARE,
        is_idea=True,
    ),
)
