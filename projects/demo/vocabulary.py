"""Word material that every demo project shares: people, roles, funding, licences, reuse terms.

What a project is about comes from its archetype (``projects.demo.archetypes``); nothing here
names a service or a technology.
"""

FUNDING_PROGRAMMES = (
    ("", 45),
    ("Eigenmittel", 15),
    ("OZG-Konjunkturpaket (Einer für Alle)", 8),
    ("Landesförderung Kommunale Digitalisierung", 10),
    ("Landesförderung Digitale Modellregionen", 5),
    ("EFRE 2021–2027", 5),
    ("Modellprojekte Smart Cities (BMWSB)", 4),
    ("LEADER (ELER)", 3),
)
# Only for archetypes about schools (Digitalpakt) – chosen by the generator, see SCHOOL_TAGS.
SCHOOL_FUNDING = "DigitalPakt Schule"
SCHOOL_TAGS = {"Schule", "Schulträger", "Digitalpakt"}

# Only projects that publish their code say "Open Source" (as a tag): text and flag agree.
OPEN_SOURCE_TAG = "Open Source"
LICENSES = (("EUPL-1.2", 55), ("MIT", 15), ("AGPL-3.0", 15), ("Apache-2.0", 10), ("GPL-3.0", 5))

# Reserved example hosts only (RFC 2606): demo links must never point at a real address.
# Demo contacts have no phone number: Germany has no reserved range for invented ones.
REPOSITORY_URL = "https://code.example.org/{owner}/{slug}"
PROJECT_PAGE_URL = "https://{owner}.example.org/digital/{slug}"
CONTACT_DOMAIN = "{owner}.example.org"

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
    "Projektleitung OZG-Umsetzung",
    "Leitung Hauptamt",
    "Leitung IT und Organisation",
    "Sachgebietsleitung im Fachamt",
    "Referentin/Referent für Verwaltungsdigitalisierung",
)

# What a reuse offer contains: with source code only when the project is open source.
REUSE_OFFERS_WITH_CODE = (
    "Den Quellcode unter offener Lizenz im Repository, eine Installationsanleitung und unsere "
    "Leistungsbeschreibung für die Vergabe.",
    "Quellcode und Konfiguration im Repository, dazu das Prozessmodell (BPMN) und die "
    "Datenschutz-Folgenabschätzung als Vorlage.",
)
REUSE_OFFERS = (
    "Konzept, Prozessmodell (BPMN) und Formularvorlagen; auf Wunsch ein Erfahrungsaustausch per "
    "Video.",
    "Die Konfiguration des Online-Dienstes zum Import in die eigene Plattform des "
    "IT-Dienstleisters.",
    "Musterdokumente (Dienstanweisung, Datenschutz-Folgenabschätzung, Schulungsunterlagen) und "
    "ein Gespräch mit dem Projektteam.",
)
REUSE_CONDITIONS = (
    "Kostenfrei; wir freuen uns über Rückmeldungen und Verbesserungen.",
    "Nachnutzung über den kommunalen IT-Dienstleister; anteilige Betriebskosten.",
    "Kostenfrei für Kommunen; Anpassungen tragen die Nachnutzenden selbst.",
    "Nach Abschluss einer Kooperationsvereinbarung.",
)

# Why a project was discontinued: (sentence for the summary, paragraph for the description).
DISCONTINUED = (
    (
        "Eine gemeinsame Lösung des kommunalen IT-Dienstleisters hat die eigene abgelöst.",
        "Unser kommunaler IT-Dienstleister bietet inzwischen eine gemeinsame Lösung für alle "
        "Mitgliedskommunen an. Wir haben unsere eigene abgeschaltet und die Erfahrungen in die "
        "gemeinsame Lösung eingebracht.",
    ),
    (
        "Der Hersteller hat das eingesetzte Produkt abgekündigt; ein Nachfolger wird "
        "ausgeschrieben.",
        "Der Hersteller hat das eingesetzte Produkt abgekündigt. Die Erfahrungen fließen in die "
        "Ausschreibung eines Nachfolgers ein.",
    ),
    (
        "Nach dem Ende der Förderung war der Betrieb aus eigenen Mitteln nicht zu tragen; "
        "Konzept und Unterlagen teilen wir gern.",
        "Nach dem Ende der Förderung konnten wir den Betrieb nicht aus eigenen Mitteln tragen; "
        "Konzept und Unterlagen stehen weiter zur Verfügung.",
    ),
)

# Put before the results of a project still in progress: they are interim, not final.
INTERIM_LEADS = (
    "Die Umsetzung ist noch nicht abgeschlossen; aus dem Pilotbetrieb zeichnet sich ab:",
    "Das Projekt läuft noch. Erste Ergebnisse aus den Bereichen, die schon umgestellt sind:",
    "Noch ist nicht alles umgesetzt, aber nach den ersten Monaten zeigt sich:",
)

REJECTION_REASONS = (
    "Bitte ergänzen Sie die Beschreibung um den aktuellen Stand und eine Ansprechperson.",
    "Der Eintrag enthält Werbung für ein Produkt; bitte sachlich beschreiben.",
)

# Reuse requests between demo municipalities (projects.demo.requests).
REQUEST_QUESTIONS = (
    "Wir planen dasselbe für unsere Bürgerinnen und Bürger. Welche Kosten sind bei Ihnen für "
    "Einführung und Betrieb angefallen, und wer hat Sie dabei unterstützt?",
    "Läuft das bei Ihnen über den kommunalen IT-Dienstleister oder haben Sie selbst "
    "ausgeschrieben? Könnten Sie uns die Leistungsbeschreibung zur Verfügung stellen?",
    "Wie haben Sie die Datenschutz-Folgenabschätzung gelöst, und wie lange hat die Einführung "
    "vom Beschluss bis zum Start gedauert?",
    "Unser Fachbereich würde gern mit Ihrem Projektteam sprechen: Wie viele Anträge kommen "
    "inzwischen online, und was würden Sie heute anders machen?",
    "Dürfen wir Ihre Konfiguration übernehmen? Unser Dienstleister nutzt dieselbe Plattform.",
)
REQUEST_TIMELINES = (
    "ab dem nächsten Haushaltsjahr",
    "Beschluss im Frühjahr, Start im Herbst",
    "noch offen, zuerst Gespräch im Fachbereich",
    "innerhalb der nächsten sechs Monate",
    "",
)
REQUEST_ANSWERS = (
    "Gern! Die Leistungsbeschreibung und unsere Kostenaufstellung schicken wir Ihnen. Am "
    "einfachsten besprechen wir alles Weitere in einem kurzen Videotermin.",
    "Danke für Ihr Interesse. Die Einführung hat bei uns rund neun Monate gedauert; die "
    "Datenschutz-Folgenabschätzung stellen wir Ihnen als Vorlage zur Verfügung.",
    "Wir haben über unseren IT-Dienstleister beauftragt, die Konfiguration können Sie dort "
    "übernehmen. Unser Projektteam steht für Fragen bereit.",
)
REQUEST_REPLIES = (
    "Vielen Dank, das hilft uns sehr. Wir würden die Unterlagen gern übernehmen.",
    "Danke! Unser Fachbereich hat zugestimmt, wir möchten die Nachnutzung vereinbaren.",
)
REQUEST_DECLINES = (
    "Leider können wir die Unterlagen derzeit nicht weitergeben: Der Vertrag mit dem Hersteller "
    "erlaubt es nicht.",
    "Das Projekt wird gerade neu ausgeschrieben; bitte fragen Sie im nächsten Jahr noch einmal.",
)
