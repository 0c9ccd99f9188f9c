"""Pure-Python generation of demo projects from archetypes: deterministic per random.Random.

Nothing here touches the database; ``projects.demo.seeding`` reads the catalogue and the
register (sorted by their official keys) and writes what this module produces. An archetype
(``projects.demo.archetypes``) is one coherent story; the generator picks an owner that could
have done it, a status with matching dates, costs for the owner's size, partners from the same
Kreis or Land, and a reuse offer whose open-source flag, licence and repository agree.
"""

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from kommunect.text import german_slug
from municipalities.models import Municipality
from projects.demo import vocabulary as words
from projects.demo.archetypes import GEMEINDE, GROSSE_STADT, KREIS, STADT, Archetype
from projects.demo.archetypes.technology import TECHNOLOGIES
from projects.models import Project

# Timestamps are derived from the seed and an anchor, the moment of seeding: a planned project
# starts after it, a completed one ended before it. Same seed and anchor, same projects.

Kind = Municipality.Kind
# Who posts on a national platform: Kreise and cities far more than the smallest Gemeinden.
# An owner's weight is this factor times population ** POPULATION_EXPONENT. A kreisfreie Stadt
# is in the register twice (Kreis and Gemeinde); only its Gemeinde row owns projects.
OWNER_KIND_WEIGHTS = {
    Kind.RURAL_DISTRICT: 1.0,
    Kind.DISTRICT: 1.0,
    Kind.REGIONAL_ASSOCIATION: 1.0,
    Kind.DISTRICT_FREE_CITY: 1.6,
    Kind.LARGE_DISTRICT_TOWN: 1.0,
    Kind.TOWN: 0.8,
    Kind.MARKET: 0.5,
    Kind.MUNICIPALITY: 0.4,
}
POPULATION_EXPONENT = 0.7
OWNER_LEVELS = (Municipality.Level.DISTRICT, Municipality.Level.MUNICIPALITY)
DISTRICT_KINDS = {Kind.RURAL_DISTRICT, Kind.DISTRICT, Kind.REGIONAL_ASSOCIATION}
CARRIER_KINDS = {
    GEMEINDE: {Kind.MUNICIPALITY, Kind.MARKET, Kind.TOWN, Kind.LARGE_DISTRICT_TOWN}
    | {Kind.DISTRICT_FREE_CITY},
    KREIS: DISTRICT_KINDS | {Kind.DISTRICT_FREE_CITY},
    STADT: {Kind.TOWN, Kind.LARGE_DISTRICT_TOWN, Kind.DISTRICT_FREE_CITY},
    GROSSE_STADT: {Kind.LARGE_DISTRICT_TOWN, Kind.DISTRICT_FREE_CITY},
}
# A Stadt carries out a city's services (Wohngeld, Jugendamt, Bauaufsicht) only from the size of
# a mittlere kreisangehörige Stadt; a Große Kreisstadt or kreisfreie Stadt always does.
CITY_POPULATION = 20_000

Status = Project.Status
State = Project.PublicationState
# Archetypes tell what a project did or does; what is still planned comes from the ideas, whose
# texts are written as plans.
PROJECT_STATUSES = ((Status.IN_PROGRESS, 42), (Status.COMPLETED, 53), (Status.DISCONTINUED, 5))
IDEA_STATUSES = ((Status.IDEA, 65), (Status.PLANNED, 35))
PUBLICATION_STATES = (
    (State.PUBLISHED, 82),
    (State.DRAFT, 7),
    (State.SUBMITTED, 5),
    (State.ARCHIVED, 4),
    (State.REJECTED, 2),
)
IDEA_SHARE = 0.2
FEATURED_SHARE = 0.02
BASED_ON_SHARE = 0.05
OPEN_SOURCE_SHARE = 0.6  # of reuse offers whose archetype can be open source
REUSE_SHARE = 0.45
WITH_RESULTS = {Status.IN_PROGRESS, Status.COMPLETED, Status.DISCONTINUED}

HEADINGS = {
    # idea or status → headings of (Ausgangslage, Umsetzung, Ergebnis, Erfahrungen); None: left
    # out.
    "idea": ("Ausgangslage", "Die Idee", "Erwarteter Nutzen", "Wen wir suchen"),
    Status.IN_PROGRESS: ("Ausgangslage", "Umsetzung", "Zwischenstand", None),
    Status.COMPLETED: ("Ausgangslage", "Umsetzung", "Ergebnis und Nutzen", None),
    Status.DISCONTINUED: ("Ausgangslage", "Umsetzung", None, None),
}


@dataclass(frozen=True)
class Owner:
    id: int
    name: str
    slug: str
    kind: str
    state_id: int | None
    population: int | None
    kreis_id: int  # its Kreis; a Kreis or kreisfreie Stadt is its own
    kreis_name: str
    land_name: str

    @property
    def subject(self):
        """The owner at the start of a sentence: 'Kiel', 'Der Landkreis Harburg', 'Die Region
        Hannover'."""
        if self.name.split()[0] in {"Region", "Städteregion"}:
            return f"Die {self.name}"
        return f"Der {self.name}" if self.kind in DISTRICT_KINDS else self.name

    @property
    def in_place(self):
        """'in Kiel', 'im Landkreis Harburg', 'im Rhein-Sieg-Kreis', 'in der Region Hannover'."""
        first = self.name.split()[0]
        if first in {"Region", "Städteregion"}:
            return f"in der {self.name}"
        if self.kind in DISTRICT_KINDS:
            return f"im {self.name}"
        return f"in {self.name}"

    @property
    def weight(self):
        factor = OWNER_KIND_WEIGHTS.get(self.kind, 0.0)
        return factor * (self.population or 1000) ** POPULATION_EXPONENT

    @property
    def size(self):
        return size_of(self.kind, self.population)


def size_of(kind, population):
    """'small', 'medium' or 'large': the cost range of archetypes (every Kreis is large)."""
    if kind in DISTRICT_KINDS or (population or 0) > 100_000:
        return "large"
    return "medium" if (population or 0) >= 20_000 else "small"


@dataclass(frozen=True)
class ServiceRef:
    id: int
    ozg_id: str
    name: str
    topic_field_id: int


class Picker:
    """Weighted choice over a fixed list (bisect over cumulative weights)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(accumulate(weights))

    def __call__(self, rng):
        return self.items[bisect(self.cum, rng.random() * self.cum[-1])]


@dataclass
class Sources:
    """What the generator draws from, in a fixed order (sorted by official keys)."""

    owners: list[Owner]
    services: dict[str, ServiceRef]  # by OZG-ID
    processes_by_service: dict[int, dict[str, int]]  # service id → LeiKa key → process id
    archetypes: tuple[Archetype, ...]

    def __post_init__(self):
        self.owners = [owner for owner in self.owners if owner.weight > 0]
        self.pick_owner = Picker(self.owners, (o.weight for o in self.owners))
        self._kreis: dict[int, list[Owner]] = {}
        self._land: dict[int | None, list[Owner]] = {}
        for owner in self.owners:
            self._kreis.setdefault(owner.kreis_id, []).append(owner)
            self._land.setdefault(owner.state_id, []).append(owner)
        self._land_pickers = {
            state: Picker(members, (m.weight for m in members))
            for state, members in self._land.items()
        }
        # Archetypes whose services are all missing from the catalogue cannot be seeded.
        usable = [a for a in self.archetypes if any(s in self.services for s in a.services)]
        # Archetypes by (owner kind, whether a city by size, idea or not).
        self._fitting: dict[tuple[str, bool, bool], list[Archetype]] = {}
        for kind in {owner.kind for owner in self.owners}:
            for is_city in (False, True):
                probe = Owner(0, "", "", kind, None, CITY_POPULATION * is_city, 0, "", "")
                for is_idea in (False, True):
                    self._fitting[kind, is_city, is_idea] = [
                        a for a in usable if a.is_idea == is_idea and fits(probe, a)
                    ]

    def archetype_for(self, rng, owner, is_idea):
        is_city = (owner.population or 0) >= CITY_POPULATION
        candidates = (
            self._fitting[owner.kind, is_city, is_idea]
            or self._fitting[owner.kind, is_city, not is_idea]
        )
        return rng.choice(candidates) if candidates else None

    def partner(self, rng, owner):
        """Another body of the same Kreis (half the time, where there is one), else the Land."""
        kreis = self._kreis.get(owner.kreis_id, ())
        if len(kreis) > 1 and rng.random() < 0.5:
            return rng.choice(kreis)
        return self._land_pickers[owner.state_id](rng)


@dataclass
class DemoProject:
    """One generated project: model values plus its relations (resolved to ids)."""

    values: dict
    archetype: Archetype
    title_pattern: str
    owner_name: str
    services: list[ServiceRef]
    process_ids: list[int]
    partner_ids: list[int]
    tags: list[str]
    links: list[tuple[str, str]] = field(default_factory=list)
    # Municipalities that asked to reuse it, and when (projects.demo.requests writes them).
    interested: list[tuple[int, datetime]] = field(default_factory=list)
    based_on: int | None = None  # index into the generated list

    @property
    def topic_field_ids(self):
        return sorted({service.topic_field_id for service in self.services})


def fits(owner, archetype):
    """Whether the owner (an Owner or a Municipality) can carry out the archetype's services."""
    return any(_carries(carrier, owner.kind, owner.population) for carrier in archetype.carriers)


def _carries(carrier, kind, population):
    if kind not in CARRIER_KINDS[carrier]:
        return False
    return carrier != STADT or kind != Kind.TOWN or (population or 0) >= CITY_POPULATION


def weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def fit(text, limit):
    """Shorten text to at most ``limit`` characters at a word boundary."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,:–-") + "…"


@lru_cache(maxsize=20000)
def name_slug(name):
    """german_slug for the few thousand names that recur (people, municipalities)."""
    return german_slug(name)


def tidy(text):
    return " ".join(text.split())


class SlugRegistry:
    """Unique slugs: the first 'digitale-akte', then 'digitale-akte-2', … (deterministic)."""

    def __init__(self, taken=()):
        self.taken = set(taken)
        self.next_suffix: dict[str, int] = {}

    def claim(self, title):
        base = german_slug(title) or "projekt"
        slug = base
        suffix = self.next_suffix.get(base, 2)
        while slug in self.taken:
            slug = f"{base}-{suffix}"
            suffix += 1
        self.next_suffix[base] = suffix
        self.taken.add(slug)
        return slug


def anchor_of(moment: datetime) -> datetime:
    """The anchor for seeding at ``moment``: 9:00 UTC that day (same day, same projects)."""
    return datetime.combine(moment.astimezone(UTC).date(), time(9), tzinfo=UTC)


def generate(
    rng: random.Random, count: int, sources: Sources, slugs: SlugRegistry, anchor: datetime
):
    projects: list[DemoProject] = []
    reusable: list[int] = []
    titles: set[str] = set()
    while len(projects) < count:
        project = _generate_one(rng, sources, slugs, projects, reusable, titles, anchor)
        if project is None:
            continue
        values = project.values
        if values["reuse_offered"] and values["publication_state"] == State.PUBLISHED:
            reusable.append(len(projects))
        projects.append(project)
        titles.add(values["title"])
    return projects


def _generate_one(rng, sources, slugs, projects, reusable, titles, anchor):
    anchor_date = anchor.date()
    owner = sources.pick_owner(rng)
    based_on = None
    if reusable and rng.random() < BASED_ON_SHARE:
        candidate = rng.choice(reusable)
        if fits(owner, projects[candidate].archetype):  # a Gemeinde cannot reuse a Kreis's
            based_on = candidate
    if based_on is not None:
        archetype = projects[based_on].archetype
        is_idea = False
    else:
        archetype = sources.archetype_for(rng, owner, rng.random() < IDEA_SHARE)
        if archetype is None:
            return None
        is_idea = archetype.is_idea
    texts = {
        "ort": owner.name,
        "Ort": owner.subject,
        "in_ort": owner.in_place,
        "kreis": owner.kreis_name,
        "land": owner.land_name,
    }
    if based_on is not None:
        pattern = projects[based_on].title_pattern
        title = "Nachnutzung: " + pattern.format(**texts)
        if "{" not in pattern:
            title += f" {owner.in_place}"
    else:
        pattern = rng.choice(archetype.titles)
        title = pattern.format(**texts)
    if title in titles and owner.name not in title:
        # A story told twice names its owner: no row of identical titles in a list.
        title = f"{title} – {owner.name}"
    title = fit(tidy(title), 200)

    status = weighted(rng, IDEA_STATUSES if is_idea else PROJECT_STATUSES)
    publication_state = weighted(rng, PUBLICATION_STATES)
    start_date, end_date = _dates(rng, status, anchor_date)
    created_at = anchor - timedelta(days=rng.uniform(1, 2200))
    if start_date and start_date < anchor_date:
        # Nobody posts a project years before it starts.
        earliest = datetime.combine(start_date, anchor.timetz()) - timedelta(days=120)
        created_at = max(created_at, earliest)
    updated_at = created_at + (anchor - created_at) * rng.random() ** 2
    if end_date and end_date < anchor_date:
        # A finished or stopped project was last edited when it ended, to say so (a few days
        # later, taken from the creation time so that the random stream stays the same).
        ended = datetime.combine(end_date, anchor.timetz()) + timedelta(
            days=created_at.microsecond % 30
        )
        updated_at = max(updated_at, min(ended, anchor))
    is_public = publication_state in {State.PUBLISHED, State.ARCHIVED}
    published_at = (
        min(created_at + timedelta(days=rng.uniform(0, 10)), updated_at) if is_public else None
    )
    has_results = not is_idea and status in WITH_RESULTS
    reuse_offered = has_results and status != Status.DISCONTINUED and rng.random() < REUSE_SHARE
    # Open source here means published code: it comes with a reuse offer and a repository.
    is_open_source = reuse_offered and archetype.open_source and rng.random() < OPEN_SOURCE_SHARE
    slug = slugs.claim(title)
    owner_part = name_slug(owner.name) or "kommune"
    # A discontinued project says so in its summary, and why, in the words of its description.
    stop_reason = rng.choice(words.DISCONTINUED) if status == Status.DISCONTINUED else None
    if stop_reason:
        summary = f"{owner.subject} hat dieses Projekt eingestellt. {stop_reason[0]}"
    else:
        summary = rng.choice(archetype.summaries).format(**texts)

    # How a reuse builds on its original, from the creation time (no draw from the random
    # stream, which would change every project generated after it).
    reuse_kind = (
        REUSE_KINDS[created_at.microsecond % len(REUSE_KINDS)] if based_on is not None else ""
    )
    values = {
        "kind": Project.Kind.IDEA if is_idea else Project.Kind.PROJECT,
        "reuse_kind": reuse_kind,
        "title": title,
        "slug": slug,
        "summary": fit(tidy(summary), 500),
        "description": _description(rng, archetype, status, is_idea, texts, stop_reason)
        + (_reused(projects[based_on], reuse_kind) if based_on is not None else ""),
        "status": status,
        "start_date": start_date,
        "end_date": end_date,
        "owner_id": owner.id,
        "target_groups": list(archetype.target_groups),
        "technology": _technology(rng, archetype),
        "funding_programme": _funding(rng, archetype),
        "is_open_source": is_open_source,
        "reuse_offered": reuse_offered,
        "lessons_learned": (
            rng.choice(archetype.description.erfahrungen).format(**texts) if has_results else ""
        ),
        "publication_state": publication_state,
        "rejection_reason": (
            rng.choice(words.REJECTION_REASONS) if publication_state == State.REJECTED else ""
        ),
        "featured": publication_state == State.PUBLISHED and rng.random() < FEATURED_SHARE,
        "last_confirmed": (
            min(updated_at.date() + timedelta(days=rng.randint(0, 90)), anchor_date)
            if is_public
            else None
        ),
        "is_demo": True,
        "demo_archetype": archetype.key,
        "created_at": created_at,
        "updated_at": updated_at,
        "published_at": published_at,
    }
    if not is_idea and rng.random() < 0.85:
        values.update(_costs(rng, archetype, owner))
    if reuse_offered:
        offers = words.REUSE_OFFERS_WITH_CODE if is_open_source else words.REUSE_OFFERS
        values["reuse_offer"] = rng.choice(offers)
        values["reuse_conditions"] = rng.choice(words.REUSE_CONDITIONS)
    if is_open_source:
        values["license"] = weighted(rng, words.LICENSES)
        values["repository_url"] = words.REPOSITORY_URL.format(owner=owner_part, slug=slug[:80])
    values.update(_contact(rng, owner_part))

    links = []
    if has_results and rng.random() < 0.4:
        url = words.PROJECT_PAGE_URL.format(owner=owner_part, slug=slug[:80])
        links.append(("Projektseite", url))

    interested = []
    if is_public and (reuse_offered or rng.random() < 0.1):
        wanted = min(int(rng.expovariate(0.6)), 12)
        seen = {owner.id}
        for _ in range(wanted):
            other = sources.pick_owner(rng)
            if other.id not in seen:
                seen.add(other.id)
                moment = published_at + (anchor - published_at) * rng.random()
                interested.append((other.id, moment))

    services = _services(rng, archetype, sources)
    # Only the LeiKa processes the archetype names, where one of its chosen services has them.
    process_ids = list(
        dict.fromkeys(
            pid
            for key in archetype.processes
            for service in services
            if (pid := sources.processes_by_service.get(service.id, {}).get(key))
        )
    )

    partner_ids = []
    for _ in range(weighted(rng, ((0, 65), (1, 22), (2, 10), (3, 3)))):
        partner = sources.partner(rng, owner)
        if partner.id != owner.id and partner.id not in partner_ids:
            partner_ids.append(partner.id)

    tags = rng.sample(archetype.tags, rng.randint(min(2, len(archetype.tags)), len(archetype.tags)))
    if is_open_source:
        tags.append(words.OPEN_SOURCE_TAG)

    return DemoProject(
        values=values,
        archetype=archetype,
        title_pattern=pattern,
        owner_name=owner.name,
        services=services,
        process_ids=process_ids,
        partner_ids=partner_ids,
        tags=tags,
        links=links,
        interested=interested,
        based_on=based_on,
    )


def _services(rng, archetype, sources):
    """The archetype's first service and a random share of its others (catalogue order)."""
    known = [sources.services[s] for s in archetype.services if s in sources.services]
    first, rest = known[0], known[1:]
    return [first, *(service for service in rest if rng.random() < 0.7)]


def _dates(rng, status, today):
    """Start and end that fit the status, relative to today; end ≥ start.

    Idea: no dates. Planned: future start (or none yet). In progress: started, no end or a
    future one. Completed and discontinued: start and end in the past.
    """
    days = timedelta
    if status == Status.IDEA:
        return None, None
    if status == Status.PLANNED:
        if rng.random() < 0.3:
            return None, None
        start = today + days(rng.randint(20, 400))
        return start, (start + days(rng.randint(180, 900)) if rng.random() < 0.6 else None)
    if status == Status.IN_PROGRESS:
        start = today - days(rng.randint(20, 900))
        return start, (today + days(rng.randint(30, 700)) if rng.random() < 0.6 else None)
    start = today - days(rng.randint(200, 2500))
    latest = (today - start).days - 1
    return start, start + days(rng.randint(min(60, latest), min(1100, latest)))


def _description(rng, archetype, status, is_idea, texts, stop_reason):
    section = archetype.description
    variants = (section.ausgangslage, section.umsetzung, section.ergebnis, section.erfahrungen)
    parts = []
    for heading, choices in zip(HEADINGS["idea" if is_idea else status], variants, strict=True):
        if heading:
            parts += [f"## {heading}", rng.choice(choices).format(**texts)]
    if status == Status.IN_PROGRESS and not is_idea:
        # The results of a running project are interim: say so before them.
        parts[-1] = f"{rng.choice(words.INTERIM_LEADS)} {parts[-1]}"
    if stop_reason:
        parts += ["## Warum das Projekt eingestellt wurde", stop_reason[1]]
    return "\n\n".join(parts)


REUSE_KINDS = [Project.ReuseKind.ADAPTED, Project.ReuseKind.ADOPTED, Project.ReuseKind.INSPIRED]
REUSE_STORIES = {
    Project.ReuseKind.ADOPTED: "Wir haben die Lösung von {owner} übernommen, wie sie ist: "
    "dieselbe Software, dieselben Formulare, nur unser Name und unsere Gebühren.",
    Project.ReuseKind.ADAPTED: "Wir nutzen die Lösung von {owner} nach und haben sie an "
    "unsere Abläufe angepasst.",
    Project.ReuseKind.INSPIRED: "Die Lösung von {owner} hat uns den Weg gezeigt; umgesetzt "
    "haben wir eine eigene, die zu unserer Verwaltung passt.",
}


def _reused(original, reuse_kind):
    story = REUSE_STORIES[reuse_kind].format(owner=original.owner_name)
    return f"\n\n## Nachnutzung\n\n{story}"


def _technology(rng, archetype):
    parts = []
    for key in archetype.technology:
        category, products = TECHNOLOGIES[key]
        parts.append(f"{category}: {rng.choice(products)}")
    return "; ".join(parts)


def _funding(rng, archetype):
    if words.SCHOOL_TAGS & set(archetype.tags) and rng.random() < 0.6:
        return words.SCHOOL_FUNDING
    return weighted(rng, words.FUNDING_PROGRAMMES)


def _costs(rng, archetype, owner):
    (one_low, one_high), (annual_low, annual_high) = getattr(archetype.costs, owner.size)
    one_off = Decimal(round(rng.uniform(one_low, one_high), -2)).quantize(Decimal("1.00"))
    annual = None
    if annual_high and rng.random() < 0.8:
        annual = Decimal(round(rng.uniform(annual_low, annual_high), -2)).quantize(Decimal("1.00"))
    return {"cost_one_off": one_off, "cost_annual": annual}


def _contact(rng, owner_part):
    first = rng.choice(words.FIRST_NAMES)
    last = rng.choice(words.LAST_NAMES)
    domain = words.CONTACT_DOMAIN.format(owner=owner_part[:40])
    # No phone number: there is no reserved German test range, and an invented number would
    # be a real one somewhere (and a clickable tel: link).
    return {
        "contact_name": f"{first} {last}",
        "contact_role": rng.choice(words.CONTACT_ROLES),
        "contact_email": f"{name_slug(first)}.{name_slug(last)}@{domain}",
    }
