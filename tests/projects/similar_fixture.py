"""A judged world for similar projects and the duplicate hint (projects/similar.py).

Eight groups of near-duplicates: four published projects each, of four different
municipalities, that implement the same OZG service under reworded titles ("Hundesteuer online
anmelden", "Digitale Anmeldung zur Hundesteuer" …), one of them an idea without any service
(found by its title alone). Beside them distractors: projects of the same topic fields with
other services and words in common ("Hundekot-Meldung", "Kita-Elternbeiträge"), and unrelated
ones. ``build()`` creates it all, published with computed search vectors and facets.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.test import TestCase

from municipalities.models import Municipality
from projects.models import Project
from projects.search_index import update_search_vectors
from tests.factories import (
    LifeSituationFactory,
    MunicipalityFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
)

# topic field → its services (name, OZG-ID)
TOPICS = {
    "Engagement & Hobby": [
        ("Hundesteuer", "10160"),
        ("Mängelmelder", "10136"),
        ("Briefwahl", "10145"),
        ("Wahlhelfende", "10144"),
    ],
    "Bauen & Wohnen": [
        ("Wohngeld", "10225"),
        ("Baugenehmigung", "10186"),
        ("Bauleitplanung", "10191"),
    ],
    "Familie & Kind": [
        ("Kindertagesbetreuung", "10010"),
        ("Elternbeitrag Kita", "10011"),
        ("Elterngeld", "10012"),
    ],
    "Umwelt": [("Sperrmüllabholung", "10300"), ("Abfallgebühren", "10301")],
    "Unternehmensführung": [("Gewerbeanmeldung", "10400"), ("Gaststättenerlaubnis", "10401")],
    "Mobilität & Reisen": [("Bewohnerparkausweis", "10500"), ("Parkraum", "10501")],
    "Querschnitt": [("Terminvergabe", "10600"), ("Fundsachen", "10601"), ("Musikschule", "10602")],
}

# group → service name, and the titles with summaries of its four projects; a title marked
# with "idea:" is an idea without any OZG service.
GROUPS = {
    "hundesteuer": (
        "Hundesteuer",
        [
            ("Hundesteuer online anmelden", "Hunde werden online an- und abgemeldet."),
            ("Digitale Anmeldung zur Hundesteuer", "Das Steueramt nimmt Hunde digital auf."),
            ("Hundeanmeldung und Hundesteuer digital", "Halterinnen melden ihren Hund online."),
            ("idea:Online-Hundesteuerbescheid", "Bescheide zur Hundesteuer per Postfach."),
        ],
    ),
    "wohngeld": (
        "Wohngeld",
        [
            ("Wohngeldantrag online", "Wohngeld wird vollständig online beantragt."),
            ("Digitaler Wohngeld-Antrag", "Der Antrag auf Wohngeld kommt ohne Papier."),
            ("Wohngeld digital beantragen", "Nachweise werden zum Wohngeld hochgeladen."),
            ("E-Antrag Wohngeld mit Nachweis-Upload", "Die Wohngeldstelle arbeitet digital."),
        ],
    ),
    "kita": (
        "Kindertagesbetreuung",
        [
            ("Kita-Platzvergabe online", "Eltern melden ihr Kind zentral für einen Platz an."),
            ("Zentrale Online-Vergabe von Kitaplätzen", "Ein Portal vergibt die Kitaplätze."),
            ("Kitaplatz-Portal für Eltern", "Eltern suchen und beantragen Kitaplätze online."),
            ("Digitale Kita-Anmeldung", "Die Anmeldung zur Kita läuft über ein Portal."),
        ],
    ),
    "sperrmuell": (
        "Sperrmüllabholung",
        [
            ("Sperrmüll online anmelden", "Sperrmüll wird im Netz zur Abholung angemeldet."),
            ("Sperrmülltermin digital buchen", "Bürger buchen den Abholtermin selbst."),
            ("Online-Terminbuchung für Sperrmüllabholung", "Abholung ohne Anruf buchen."),
            ("Sperrmüllanmeldung per App", "Die Abfall-App meldet Sperrmüll an."),
        ],
    ),
    "briefwahl": (
        "Briefwahl",
        [
            ("Briefwahl online beantragen", "Wahlscheine werden online beantragt."),
            ("Digitaler Briefwahlantrag per QR-Code", "Der QR-Code führt zum Antrag."),
            ("Briefwahlunterlagen online anfordern", "Unterlagen kommen nach dem Antrag."),
            ("Online-Antrag auf Briefwahl", "Das Wahlamt verarbeitet Anträge ohne Abtippen."),
        ],
    ),
    "gewerbe": (
        "Gewerbeanmeldung",
        [
            ("Gewerbeanmeldung online", "Gewerbe werden online angemeldet."),
            ("Digitale Gewerbean- und -abmeldung", "An-, Um- und Abmeldung digital."),
            ("Gewerbe online anmelden", "Gründerinnen melden ihr Gewerbe im Portal an."),
            ("Elektronische Gewerbeanzeige", "Die Gewerbeanzeige kommt elektronisch."),
        ],
    ),
    "parken": (
        "Bewohnerparkausweis",
        [
            ("Anwohnerparkausweis online beantragen", "Der Parkausweis kommt per Post."),
            ("Digitaler Bewohnerparkausweis", "Bewohnerparken ohne Gang ins Amt."),
            ("Parkausweis für Anwohner digital", "Anwohner beantragen den Ausweis online."),
            ("Online-Antrag Anwohnerparken", "Anträge auf Anwohnerparken im Portal."),
        ],
    ),
    "bauantrag": (
        "Baugenehmigung",
        [
            ("Digitaler Bauantrag", "Bauanträge werden elektronisch eingereicht."),
            ("Bauantrag online einreichen", "Pläne und Unterlagen kommen online."),
            ("Baugenehmigungsverfahren digital", "Das Bauamt prüft Anträge digital."),
            ("Virtuelles Bauamt: Bauantrag ohne Papier", "Der Bauantrag kommt ohne Papier."),
        ],
    ),
}

# Distractors: same topic fields, other services, words in common; and unrelated projects.
DISTRACTORS = [
    ("Hundekot-Meldung per App", "Mängelmelder", "Verschmutzungen werden per App gemeldet."),
    ("Wahlhelfende online gewinnen", "Wahlhelfende", "Ein Portal für Wahlhelfende."),
    ("Kita-Elternbeiträge online zahlen", "Elternbeitrag Kita", "Beiträge werden online bezahlt."),
    ("Elterngeld digital beantragen", "Elterngeld", "Elterngeld ohne Papier beantragen."),
    ("Müllgebührenbescheid digital", "Abfallgebühren", "Gebührenbescheide im Postfach."),
    ("Digitale Bauleitplanung mit Bürgerbeteiligung", "Bauleitplanung", "Pläne online."),
    ("Gaststättenerlaubnis online", "Gaststättenerlaubnis", "Gastronomie beantragt digital."),
    ("Parkraumbewirtschaftung mit Handyparken", "Parkraum", "Parken per Smartphone zahlen."),
    ("Online-Terminvergabe im Bürgerbüro", "Terminvergabe", "Termine online buchen."),
    ("Digitales Fundbüro", "Fundsachen", "Fundsachen werden online gesucht."),
    ("Online-Anmeldung zur Musikschule", "Musikschule", "Unterricht online buchen."),
    ("Online-Antrag für Baumfällungen", None, "Fällanträge werden online gestellt."),
]


@dataclass
class World:
    groups: dict[str, list[Project]]  # group → its four projects
    distractors: list[Project]
    services: dict[str, object]  # service name → Service
    newcomer: Municipality  # a municipality without any project, in the Kreis "Kreis Mitte"
    kreis: Municipality

    def group_of(self, project: Project) -> str | None:
        return next((g for g, members in self.groups.items() if project in members), None)

    @property
    def projects(self) -> list[Project]:
        return [p for members in self.groups.values() for p in members] + self.distractors


def build() -> World:
    land = MunicipalityFactory(
        name="Musterland", ags="97", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    other_land = MunicipalityFactory(
        name="Nachbarland", ags="96", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    kreis = MunicipalityFactory(
        name="Kreis Mitte",
        level=Municipality.Level.DISTRICT,
        kind=Municipality.Kind.RURAL_DISTRICT,
        state=land,
        parent=land,
        population=180_000,
    )
    owners = [
        MunicipalityFactory(name=f"Gemeinde {n}", state=land, parent=kreis, population=8_000)
        for n in range(3)
    ] + [
        MunicipalityFactory(
            name=f"Stadt {n}", state=other_land, kind=Municipality.Kind.TOWN, population=60_000
        )
        for n in range(5)
    ]
    newcomer = MunicipalityFactory(name="Neudorf", state=land, parent=kreis, population=6_000)

    services = {}
    for topic_name, entries in TOPICS.items():
        topic = TopicFieldFactory(name=topic_name)
        situation = LifeSituationFactory(topic_field=topic)
        for name, ozg_id in entries:
            services[name] = ServiceFactory(name=name, ozg_id=ozg_id, life_situation=situation)

    def make(title, summary, service, owner):
        idea = title.startswith("idea:")
        return ProjectFactory(
            title=title.removeprefix("idea:"),
            summary=summary,
            owner=owner,
            kind=Project.Kind.IDEA if idea else Project.Kind.PROJECT,
            status=Project.Status.IDEA if idea else Project.Status.COMPLETED,
            services=[] if idea or service is None else [services[service]],
        )

    groups = {}
    for number, (group, (service, entries)) in enumerate(GROUPS.items()):
        groups[group] = [
            make(title, summary, service, owners[(number + i * 2) % len(owners)])
            for i, (title, summary) in enumerate(entries)
        ]
    distractors = [
        make(title, summary, service, owners[n % len(owners)])
        for n, (title, service, summary) in enumerate(DISTRACTORS)
    ]
    world = World(groups, distractors, services, newcomer, kreis)
    with TestCase.captureOnCommitCallbacks(execute=True):
        update_search_vectors([p.pk for p in world.projects])
    for project in world.projects:
        project.refresh_from_db()
    return world
