"""Project archetypes: coherent stories that a municipality could really have done.

Each topic field has its module (``field_01`` … ``field_14``, numbered like the OZG topic
fields) with a tuple ``ARCHETYPES`` and a dict ``MUNICIPAL_SERVICES``: the OZG-IDs its
archetypes use, each with who carries the service out ("Kreis: Zulassungsbehörde",
"Gemeinde: Einwohnermeldeamt"). Only services that a Gemeinde, Kreis or kreisfreie Stadt
carries out belong there, never federal, Land or court services.

The demo generator (``projects.demo.generator``) turns an archetype and an owning
municipality into a project; nothing here touches the database.

Placeholders in titles, summaries and sections: ``{ort}`` (short name of the owner, e.g.
"Ulm" or "Landkreis Harburg"), ``{kreis}`` (the owner's Kreis or, for a Kreis or kreisfreie
Stadt, the owner itself), ``{land}`` (the owner's Land), ``{in_ort}`` (the owner with its
preposition: "in Ulm", "im Landkreis Harburg", "in der Region Hannover"), ``{Ort}`` (the owner
at the start of a sentence: "Ulm", "Der Landkreis Harburg"). Nothing else.
"""

from dataclasses import dataclass
from importlib import import_module

# Who carries out the service an archetype implements; the owner must fit one of them.
GEMEINDE = "gemeinde"  # any Gemeinde, Stadt, Markt (and a kreisfreie Stadt)
KREIS = "kreis"  # Landkreis, Kreis, Regionalverband (and a kreisfreie Stadt)
STADT = "stadt"  # cities only: kreisfreie Stadt, Stadtkreis, Große Kreisstadt, Stadt
# Tasks of a Kreis that only the large cities share, e.g. the untere Bauaufsichtsbehörde:
# kreisfreie Stadt and Große Kreisstadt, never a town of the Kreis.
GROSSE_STADT = "grosse_stadt"


@dataclass(frozen=True)
class Section:
    """One section of the description; the generator picks one variant of each."""

    ausgangslage: tuple[str, ...]
    umsetzung: tuple[str, ...]
    ergebnis: tuple[str, ...]
    erfahrungen: tuple[str, ...]


@dataclass(frozen=True)
class Costs:
    """Cost ranges in EUR (one-off, annual) per size of the owner."""

    small: tuple[tuple[int, int], tuple[int, int]]  # under 20,000 inhabitants
    medium: tuple[tuple[int, int], tuple[int, int]]  # 20,000 to 100,000
    large: tuple[tuple[int, int], tuple[int, int]]  # over 100,000, and every Kreis


@dataclass(frozen=True)
class Archetype:
    key: str  # unique, lowercase, e.g. "kita-platzvergabe"
    topic_field: int  # OZG topic field id, 1–14 (the module's number)
    titles: tuple[str, ...]  # at least 2 patterns
    summaries: tuple[str, ...]  # at least 4 variants, each 1–3 sentences, under 450 chars
    description: Section  # at least 2 variants per section, Markdown paragraphs or lists
    services: tuple[str, ...]  # OZG-IDs (5 digits) that the story implements, all municipal
    technology: tuple[str, ...]  # keys of TECHNOLOGIES in .technology
    target_groups: tuple[str, ...]  # values of Project.TargetGroup
    carriers: tuple[str, ...]  # GEMEINDE, KREIS, STADT: who may own it
    tags: tuple[str, ...]  # 2–5 German keywords
    costs: Costs
    is_idea: bool = False  # an idea: status "idea" or "planned", no end date, no costs spent
    open_source: bool = False  # whether a reuse offer can come with source code
    # LeiKa keys (Leistungsobjekte of its services, never LeiKa type 1) the story implements;
    # projects list only these, and none when empty.
    processes: tuple[str, ...] = ()


def _field_modules():
    """The 14 topic field modules, in the order of the OZG topic fields."""
    for number in range(1, 15):
        yield import_module(f"{__name__}.field_{number:02d}")


def all_archetypes() -> tuple[Archetype, ...]:
    return tuple(archetype for module in _field_modules() for archetype in module.ARCHETYPES)


def municipal_services() -> dict[str, str]:
    """OZG-ID → who carries it out, over all topic field modules."""
    return {
        key: carrier
        for module in _field_modules()
        for key, carrier in module.MUNICIPAL_SERVICES.items()
    }
