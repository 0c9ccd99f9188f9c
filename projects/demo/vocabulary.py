"""Word material for demo projects: plausible German municipal digitalization projects.

Placeholders: {service} (name of the first OZG service), {place} ("in Musterstadt",
"im Landkreis Harburg"), {city} (short name of the owner), {tech} (a technology).
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Theme:
    """A kind of project that municipalities really run, tied to OZG topic fields."""

    titles: tuple[str, ...]
    topic_fields: tuple[str, ...]  # names of OZG topic fields whose services fit
    tags: tuple[str, ...]
    technologies: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ("citizens",)
    idea_titles: tuple[str, ...] = field(default=())


# Titles tied to the chosen OZG service: "Digitaler Antrag: Wohngeld in Musterstadt".
SERVICE_TITLES = (
    "Digitaler Antrag: {service} {place}",
    "{service} online beantragen {place}",
    "Ende-zu-Ende-Digitalisierung: {service}",
    "Online-Dienst {service} {place}",
    "Medienbruchfreie Sachbearbeitung: {service}",
    "{service} digital – vom Antrag bis zum Bescheid",
    "Digitale Antragsstrecke {service} {place}",
    "Anbindung des Fachverfahrens {service} an FIT-Connect",
    "EfA-Nachnutzung {service} {place}",
    "{service}: Online-Formular mit Bezahlfunktion",
)

SERVICE_IDEA_TITLES = (
    "Idee: {service} vollständig digital",
    "Wer macht mit? {service} als Einer-für-Alle-Lösung",
    "Automatisierte Bescheide für {service}",
    "Proaktive Leistung: {service} ohne Antrag",
)

THEMES = (
    Theme(
        titles=(
            "KI-Chatbot für das Bürgeramt {place}",
            "Digitale Terminvergabe im Bürgeramt {place}",
            "Virtuelles Bürgerbüro {place}",
            "Selbstbedienungsterminal für Bürgerservices {place}",
            "Mobiles Bürgerbüro für die Ortsteile {place}",
        ),
        idea_titles=(
            "Idee: Videoberatung im Bürgeramt",
            "Gemeinsamer Chatbot für Bürgerämter im Kreis",
        ),
        topic_fields=("Querschnitt", "Recht & Ordnung", "Ein- & Auswanderung"),
        tags=("Bürgeramt", "Chatbot", "Terminvergabe", "Bürgerservice", "Künstliche Intelligenz"),
        technologies=("Rasa (Open Source)", "TEVIS", "Qmatic", "Python", "Nextcloud Talk"),
    ),
    Theme(
        titles=(
            "Digitaler Bauantrag {place}",
            "Virtueller Bauaktenraum {place}",
            "Digitalisierung des Bauaktenarchivs {place}",
            "Online-Beteiligung in der Bauleitplanung {place}",
            "XBau-Schnittstelle für die Bauaufsicht {place}",
        ),
        idea_titles=("Idee: KI-gestützte Vollständigkeitsprüfung von Bauanträgen",),
        topic_fields=("Bauen & Wohnen",),
        tags=("Bauantrag", "Bauaufsicht", "XBau", "Digitale Akte", "Bauleitplanung"),
        technologies=("XBau", "DiPlanung", "BOB-SH", "Scanstraße", "ProSoz Bau"),
        target_groups=("citizens", "businesses"),
    ),
    Theme(
        titles=(
            "Digitaler Wohngeldantrag {place}",
            "Wohnraumförderung online {place}",
            "Online-Wohnberechtigungsschein {place}",
        ),
        topic_fields=("Bauen & Wohnen",),
        tags=("Wohngeld", "Sozialleistungen", "Antragsassistent"),
        technologies=("OZG-Hub", "Civento", "FIT-Connect"),
    ),
    Theme(
        titles=(
            "Kita-Platzvergabe online {place}",
            "Digitale Elterngeldstelle {place}",
            "Familienportal {place}",
            "Online-Anmeldung für die Offene Ganztagsschule {place}",
        ),
        idea_titles=("Idee: Gemeinsames Kita-Portal für den Kreis",),
        topic_fields=("Familie & Kind", "Bildung"),
        tags=("Kita", "Familie", "Elterngeld", "Schule", "Portal"),
        technologies=("Little Bird", "Kita-Navigator", "Django", "Open-Source-CMS TYPO3"),
    ),
    Theme(
        titles=(
            "Digitale Schulanmeldung {place}",
            "Lernplattform für alle Schulen {place}",
            "WLAN und Tablets für die Grundschulen {place}",
            "Medienentwicklungsplan {place}",
        ),
        topic_fields=("Bildung",),
        tags=("Schule", "Digitalpakt", "Lernplattform", "Medienbildung"),
        technologies=("Moodle", "itslearning", "Nextcloud", "iPad-Verwaltung (MDM)"),
        target_groups=("citizens", "administration"),
    ),
    Theme(
        titles=(
            "Smarte Parkraumbewirtschaftung {place}",
            "Digitales Anwohnerparken {place}",
            "Online-Kfz-Zulassung (i-Kfz) {place}",
            "Sensorbasierte Parkplatzerkennung {place}",
            "Mobilitätsplattform für den ländlichen Raum {place}",
        ),
        idea_titles=("Idee: On-Demand-Shuttle mit digitaler Buchung",),
        topic_fields=("Mobilität & Reisen",),
        tags=("Mobilität", "Parken", "Smart City", "Sensorik", "i-Kfz"),
        technologies=("LoRaWAN", "FROST-Server", "i-Kfz", "OpenStreetMap"),
        target_groups=("citizens", "businesses"),
    ),
    Theme(
        titles=(
            "Digitaler Mängelmelder {place}",
            "Bürgerbeteiligungsplattform {place}",
            "Ratsinformationssystem mit Open Data {place}",
            "Open-Data-Portal {place}",
            "Digitaler Zwilling der Innenstadt {place}",
        ),
        idea_titles=("Idee: Gemeinsames Open-Data-Portal mehrerer Kommunen",),
        topic_fields=("Engagement & Hobby", "Querschnitt", "Umwelt"),
        tags=("Bürgerbeteiligung", "Open Data", "Mängelmelder", "Smart City", "Transparenz"),
        technologies=("CKAN", "Consul", "Decidim", "Mark-a-Spot", "CesiumJS"),
    ),
    Theme(
        titles=(
            "E-Rechnung und digitaler Rechnungsworkflow {place}",
            "Einführung der E-Akte {place}",
            "Digitaler Posteingang mit KI-Klassifizierung {place}",
            "Dokumentenmanagement für die Kernverwaltung {place}",
            "Digitale Personalakte {place}",
        ),
        idea_titles=("Idee: Gemeinsame E-Akte-Lösung im Verwaltungsverbund",),
        topic_fields=("Querschnitt", "Steuern & Zoll"),
        tags=("E-Akte", "E-Rechnung", "Dokumentenmanagement", "Prozessoptimierung", "Posteingang"),
        technologies=("enaio", "d.velop", "VIS-Suite", "XRechnung", "OpenText"),
        target_groups=("administration",),
    ),
    Theme(
        titles=(
            "Gewerbeanmeldung online {place}",
            "Digitale Wirtschaftsförderung {place}",
            "Unternehmensportal {place}",
            "Online-Gaststättenerlaubnis {place}",
        ),
        topic_fields=("Unternehmensführung & -entwicklung", "Steuern & Zoll"),
        tags=(
            "Gewerbe",
            "Wirtschaftsförderung",
            "Unternehmensportal",
            "Einheitlicher Ansprechpartner",
        ),
        technologies=("XGewerbeanzeige", "Unternehmenskonto (ELSTER)", "FIT-Connect"),
        target_groups=("businesses",),
    ),
    Theme(
        titles=(
            "Digitale Abfall-App {place}",
            "Sensorgestützte Füllstandsmessung von Wertstoffcontainern {place}",
            "Baumkataster online {place}",
            "Hochwasser-Frühwarnsystem {place}",
            "Klimaschutz-Monitoring {place}",
        ),
        idea_titles=("Idee: Starkregen-Warnung per Push-Nachricht",),
        topic_fields=("Umwelt",),
        tags=("Umwelt", "Abfall", "Klimaschutz", "Sensorik", "App"),
        technologies=("LoRaWAN", "QGIS", "React Native", "Grafana"),
    ),
    Theme(
        titles=(
            "Digitales Gesundheitsamt {place}",
            "Online-Anmeldung zur Schuleingangsuntersuchung {place}",
            "Pflegeplatzbörse {place}",
        ),
        topic_fields=("Gesundheit",),
        tags=("Gesundheitsamt", "Pakt ÖGD", "Pflege", "Terminvergabe"),
        technologies=("SORMAS", "DEMIS", "Octoware"),
        target_groups=("citizens", "administration"),
    ),
    Theme(
        titles=(
            "Digitale Ausländerbehörde {place}",
            "Online-Terminbuchung für Aufenthaltstitel {place}",
            "Mehrsprachiges Serviceportal für Zugewanderte {place}",
        ),
        topic_fields=("Ein- & Auswanderung",),
        tags=("Ausländerbehörde", "Mehrsprachigkeit", "Integration", "Terminvergabe"),
        technologies=("XAusländer", "ADVIS", "Übersetzungsdienst"),
    ),
    Theme(
        titles=(
            "Digitaler Jobcenter-Zugang {place}",
            "Online-Antrag auf Leistungen zur Teilhabe {place}",
            "Digitale Schuldnerberatung {place}",
        ),
        topic_fields=("Arbeit & Ruhestand",),
        tags=("Soziales", "Beratung", "Antragsassistent"),
        technologies=("OPEN/PROSOZ", "Civento", "BundID"),
    ),
    Theme(
        titles=(
            "Digitale Vereinsförderung {place}",
            "Online-Buchung von Sportstätten {place}",
            "Ehrenamtsbörse {place}",
            "Digitale Stadtbibliothek {place}",
        ),
        topic_fields=("Engagement & Hobby", "Forschung & Förderung"),
        tags=("Ehrenamt", "Vereine", "Förderung", "Sport", "Bibliothek"),
        technologies=("Django", "WordPress", "Onleihe", "Matrix"),
    ),
    Theme(
        titles=(
            "Digitales Fundbüro {place}",
            "Online-Anzeige von Ordnungswidrigkeiten {place}",
            "Digitale Gewerbe- und Gaststättenkontrolle {place}",
        ),
        topic_fields=("Recht & Ordnung",),
        tags=("Ordnungsamt", "Fundbüro", "Mobiles Arbeiten"),
        technologies=("Fundinfo", "Mobile Datenerfassung", "Android"),
        target_groups=("citizens", "administration"),
    ),
    Theme(
        titles=(
            "Glasfaser-Ausbauportal {place}",
            "Kommunale Datenplattform {place}",
            "Informationssicherheitsmanagement nach BSI IT-Grundschutz {place}",
            "Souveräner Arbeitsplatz mit Open-Source-Software {place}",
            "Digitalisierungsstrategie {place}",
        ),
        idea_titles=(
            "Idee: Gemeinsamer IT-Grundschutz-Baukasten für kleine Gemeinden",
            "Idee: Interkommunales Rechenzentrum",
        ),
        topic_fields=("Querschnitt", "Forschung & Förderung"),
        tags=(
            "Digitalstrategie",
            "Informationssicherheit",
            "Open Source",
            "Breitband",
            "Datenplattform",
        ),
        technologies=(
            "openDesk",
            "Nextcloud",
            "Univention Corporate Server",
            "Kubernetes",
            "FIWARE",
        ),
        target_groups=("administration",),
    ),
)

GENERAL_TAGS = (
    "OZG",
    "Einer für Alle",
    "Digitalisierung",
    "Onlinezugang",
    "Barrierefreiheit",
    "Nachnutzung",
    "Interkommunale Zusammenarbeit",
    "Open Source",
    "Nutzerzentrierung",
    "Prozessdigitalisierung",
    "BundID",
    "FIT-Connect",
    "Datenschutz",
    "Cloud",
    "Low Code",
    "Ländlicher Raum",
    "Smart City",
    "Verwaltungsmodernisierung",
    "Servicekonto",
    "E-Payment",
)

GENERAL_TECHNOLOGIES = (
    "Formularserver Form-Solutions",
    "OZG-Hub",
    "FIT-Connect",
    "BundID / Nutzerkonto Bund",
    "ePayBL",
    "XÖV-Standards",
    "Python und Django",
    "Java / Spring Boot",
    "PostgreSQL",
    "Low-Code-Plattform",
    "Dataport-Onlinedienste",
    "Civento",
    "Nextcloud",
    "Matrix / Element",
)

FUNDING_PROGRAMMES = (
    ("", 40),
    ("Modellprojekte Smart Cities (BMWSB)", 10),
    ("EFRE 2021–2027", 8),
    ("Landesförderung Digitale Modellregionen", 7),
    ("Landesförderung Kommunale Digitalisierung", 9),
    ("OZG-Konjunkturpaket (Einer für Alle)", 8),
    ("Digitalpakt Schule", 4),
    ("Pakt für den Öffentlichen Gesundheitsdienst", 3),
    ("LEADER (ELER)", 4),
    ("Eigenmittel", 7),
)

LICENSES = (("EUPL-1.2", 50), ("MIT", 20), ("AGPL-3.0", 15), ("Apache-2.0", 10), ("GPL-3.0", 5))

REPOSITORY_HOSTS = (
    ("https://gitlab.opencode.de/{owner}/{slug}", 65),
    ("https://github.com/{owner}/{slug}", 25),
    ("https://gitlab.com/{owner}/{slug}", 10),
)

FIRST_NAMES = (
    "Anna", "Jonas", "Lea", "Lukas", "Sophie", "Felix", "Marie", "Paul", "Katrin", "Stefan",
    "Sabine", "Thomas", "Julia", "Michael", "Sandra", "Andreas", "Nicole", "Christian", "Birgit",
    "Martin", "Claudia", "Frank", "Petra", "Tobias", "Miriam", "Yusuf", "Elif", "Dariusz", "Ole",
    "Hanna",
)  # fmt: skip

LAST_NAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun",
    "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Özdemir",
    "Nowak", "Jansen", "Petersen", "Vogel",
)  # fmt: skip

CONTACT_ROLES = (
    "Digitalisierungsbeauftragte/r",
    "Chief Digital Officer",
    "Projektleitung OZG-Umsetzung",
    "Leitung Bürgeramt",
    "Leitung Hauptamt",
    "Leitung IT und Organisation",
    "Referentin/Referent für Verwaltungsdigitalisierung",
    "Smart-City-Koordination",
)

SUMMARIES = (
    "{city} digitalisiert die Leistung „{service}“ von der Antragstellung bis zum Bescheid, "
    "damit niemand mehr für einen Antrag ins Rathaus kommen muss.",
    "Bürgerinnen und Bürger erledigen ihr Anliegen rund um die Uhr online; die Sachbearbeitung "
    "erhält vollständige Daten direkt im Fachverfahren.",
    "Ein gemeinsames Vorhaben mit Nachbarkommunen: einmal entwickelt, mehrfach genutzt.",
    "Weniger Papier, kürzere Bearbeitungszeiten und ein Angebot, das auch auf dem Smartphone "
    "barrierefrei funktioniert.",
    "Wir haben den Prozess mit den Beschäftigten neu gedacht und erst danach digitalisiert.",
    "Der Online-Dienst ist an BundID und ePayBL angebunden und wird über FIT-Connect zugestellt.",
    "Ein Pilot in einem Fachbereich, der nach erfolgreicher Erprobung auf die ganze Verwaltung "
    "übertragen wird.",
    "Daten aus Sensoren und Fachverfahren werden offen bereitgestellt und für Entscheidungen "
    "genutzt.",
)

IDEA_SUMMARIES = (
    "Wir suchen Kommunen, die diese Idee gemeinsam mit uns umsetzen möchten.",
    "Eine Idee aus dem Innovationsworkshop der Verwaltung – Rückmeldungen und Erfahrungen sind "
    "willkommen.",
    "Bevor wir ausschreiben: Hat jemand so etwas schon gebaut und würde es teilen?",
    "Die Idee entstand im Austausch mit Bürgerinnen und Bürgern; wir prüfen die Machbarkeit.",
)

SITUATIONS = (
    "Bisher wurden Anträge zu **{service}** auf Papier eingereicht und von Hand in das "
    "Fachverfahren übertragen. Rückfragen kosteten Zeit, Bearbeitungszeiten von mehreren Wochen "
    "waren üblich.",
    "Die Nachfrage nach **{service}** ist {place} in den letzten Jahren deutlich gestiegen. "
    "Telefonisch und vor Ort war die Verwaltung kaum noch erreichbar.",
    "Viele Menschen {place} wünschten sich, ihre Anliegen online zu erledigen. Die vorhandene "
    "Lösung bestand nur aus einem PDF-Formular zum Ausdrucken.",
    "Das Onlinezugangsgesetz verpflichtet uns, **{service}** digital anzubieten. Wir wollten mehr "
    "als ein Formular: einen durchgängig digitalen Prozess.",
)

SOLUTIONS = (
    "Wir haben einen Online-Dienst eingeführt, der Schritt für Schritt durch den Antrag führt:\n\n"
    "- Anmeldung mit BundID oder ohne Konto\n- Hochladen von Nachweisen\n"
    "- Bezahlung über ePayBL\n- Zustellung an das Fachverfahren über FIT-Connect",
    "Gemeinsam mit dem kommunalen IT-Dienstleister wurde eine Antragsstrecke auf Basis von "
    "{tech} umgesetzt. Die Sachbearbeitung arbeitet in einer elektronischen Akte.",
    "Zuerst haben wir den Prozess in Workshops mit Beschäftigten und Nutzenden modelliert "
    "(BPMN), dann überflüssige Schritte gestrichen und schließlich mit {tech} digitalisiert.",
    "Statt einer Eigenentwicklung nutzen wir eine Einer-für-Alle-Lösung nach und haben sie an "
    "unser Fachverfahren angebunden. Eigene Anpassungen stellen wir anderen Kommunen zur "
    "Verfügung.",
)

RESULTS = (
    "Mehr als {share} % der Anträge gehen inzwischen online ein. Die durchschnittliche "
    "Bearbeitungszeit sank von {before} auf {after} Tage.",
    "Die Zufriedenheit der Nutzenden liegt in unserer Befragung bei {score} von 5 Punkten.",
    "Pro Jahr sparen wir rund {hours} Arbeitsstunden, die jetzt in die Beratung fließen.",
)

IDEA_DESCRIPTIONS = (
    "## Die Idee\n\nWir stellen uns vor, **{service}** {place} so anzubieten, dass "
    "Bürgerinnen und Bürger gar keinen Antrag mehr stellen müssen.\n\n## Was wir suchen\n\n"
    "- Kommunen mit ähnlichen Plänen\n- Erfahrungen mit {tech}\n- Hinweise auf bestehende "
    "Lösungen",
    "## Ausgangspunkt\n\nIm Ideenwettbewerb der Verwaltung {place} wurde diese Idee am häufigsten "
    "genannt.\n\n## Nächste Schritte\n\n1. Bedarf mit Nachbarkommunen abstimmen\n"
    "2. Fördermöglichkeiten prüfen\n3. Prototyp mit Nutzenden testen",
)

LESSONS = (
    "Die Einbindung des Personalrats von Anfang an hat viele Diskussionen erspart.",
    "Wir hätten früher mit echten Nutzerinnen und Nutzern testen sollen; das erste Formular war "
    "zu lang.",
    "Die Schnittstelle zum Fachverfahren war aufwändiger als geplant – Zeitpuffer einplanen!",
    "Ohne klare Verantwortlichkeit im Fachamt bleibt ein Online-Dienst ein Formular.",
    "Die Ausschreibung hat länger gedauert als die Umsetzung. Nachnutzung spart beides.",
    "Barrierefreiheit muss von Beginn an Teil der Abnahmekriterien sein.",
    "Schulungen allein reichen nicht; Ansprechpersonen in jedem Team haben den Unterschied "
    "gemacht.",
    "Der Datenschutz war kein Hindernis, sobald wir ihn früh beteiligt haben.",
)

REUSE_OFFERS = (
    "Konzept, Prozessmodell (BPMN) und Formularvorlagen; auf Wunsch ein Erfahrungsaustausch per "
    "Video.",
    "Den vollständigen Quellcode unter offener Lizenz, eine Installationsanleitung und unsere "
    "Leistungsbeschreibung für die Ausschreibung.",
    "Die Konfiguration des Online-Dienstes zum Import in die eigene Plattform.",
    "Musterdokumente (Dienstanweisung, Datenschutz-Folgenabschätzung, Schulungsunterlagen).",
)

REUSE_CONDITIONS = (
    "Kostenfrei; wir freuen uns über Rückmeldungen und Verbesserungen.",
    "Nachnutzung über den kommunalen IT-Dienstleister; anteilige Betriebskosten.",
    "Kostenfrei für Kommunen; Anpassungen tragen die Nachnutzenden selbst.",
    "Nach Abschluss einer Kooperationsvereinbarung.",
)

VALUE_PROPOSITIONS = (
    "Schnellere Bearbeitung, weniger Rückfragen und ein Angebot rund um die Uhr.",
    "Entlastung der Beschäftigten von Routinearbeit und weniger Wege für Bürgerinnen und Bürger.",
    "Transparente Entscheidungen auf Grundlage offener Daten.",
    "Ein einheitliches Angebot über Gemeindegrenzen hinweg.",
)

BENEFIT_EVIDENCE = (
    "Auswertung der Bearbeitungszeiten im Fachverfahren vor und nach der Einführung.",
    "Regelmäßige Nutzerbefragung direkt nach dem Antrag.",
    "Zählung der Online-Anträge im Verhältnis zu Papieranträgen.",
    "Evaluation durch eine Hochschule im Rahmen der Förderung.",
)

REJECTION_REASONS = (
    "Bitte ergänzen Sie die Beschreibung um den aktuellen Stand und eine Ansprechperson.",
    "Der Eintrag enthält Werbung für ein Produkt; bitte sachlich beschreiben.",
)
