"""Pure-Python generation of demo projects: deterministic for a given random.Random.

Nothing here touches the database; ``projects.demo.seeding`` reads the catalogue and the
register (sorted by their official keys) and writes what this module produces.
"""

import math
import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from django.utils.text import slugify

from municipalities.models import Municipality
from projects.demo import vocabulary as words
from projects.models import Project

# Demo timestamps are derived from this anchor and the seed, never from the clock.
ANCHOR = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
ANCHOR_DATE = ANCHOR.date()

Kind = Municipality.Kind
OWNER_KIND_WEIGHTS = {
    Kind.DISTRICT_FREE_CITY: 6.0,
    Kind.URBAN_DISTRICT: 6.0,
    Kind.RURAL_DISTRICT: 5.0,
    Kind.DISTRICT: 5.0,
    Kind.REGIONAL_ASSOCIATION: 4.0,
    Kind.SPECIAL_PURPOSE: 2.0,
    Kind.IT_PROVIDER: 3.0,
    Kind.LARGE_DISTRICT_TOWN: 3.0,
    Kind.TOWN: 2.0,
    Kind.MARKET: 1.0,
    Kind.MUNICIPALITY: 0.7,
}
DISTRICT_LABELS = {Kind.RURAL_DISTRICT: "Landkreis", Kind.DISTRICT: "Kreis"}

Status = Project.Status
State = Project.PublicationState
PROJECT_STATUSES = (
    (Status.PLANNED, 20),
    (Status.IN_PROGRESS, 35),
    (Status.COMPLETED, 35),
    (Status.DISCONTINUED, 7),
    (Status.IDEA, 3),
)
IDEA_STATUSES = ((Status.IDEA, 85), (Status.PLANNED, 15))
PUBLICATION_STATES = (
    (State.PUBLISHED, 82),
    (State.DRAFT, 7),
    (State.SUBMITTED, 5),
    (State.ARCHIVED, 4),
    (State.REJECTED, 2),
)
IDEA_SHARE = 0.2
FEATURED_SHARE = 0.02
BASED_ON_SHARE = 0.04


@dataclass(frozen=True)
class Owner:
    id: int
    name: str
    slug: str
    kind: str
    state_id: int | None
    population: int | None

    @property
    def short_name(self):
        return self.name.split(",")[0].strip()

    @property
    def place(self):
        """'in Kiel', 'im Landkreis Harburg', 'im Rhein-Sieg-Kreis', 'in der Region Hannover'."""
        short = self.short_name
        first = short.split()[0]
        if first in {"Region", "Städteregion"}:
            return f"in der {short}"
        if first.lower().endswith("kreis") or short.endswith("kreis"):
            return f"im {short}"
        label = DISTRICT_LABELS.get(self.kind)
        return f"im {label} {short}" if label else f"in {short}"

    @property
    def weight(self):
        return OWNER_KIND_WEIGHTS.get(self.kind, 0.0) * math.sqrt(self.population or 5000)


@dataclass(frozen=True)
class ServiceRef:
    id: int
    name: str
    topic_field_id: int
    topic_field_name: str


@dataclass
class Sources:
    """What the generator draws from, in a fixed order (sorted by official keys)."""

    owners: list[Owner]
    services: list[ServiceRef]
    processes_by_service: dict[int, list[int]]

    def __post_init__(self):
        self.owners = [owner for owner in self.owners if owner.weight > 0]
        self._owner_cum = list(accumulate(owner.weight for owner in self.owners))
        by_state: dict[int | None, list[Owner]] = {}
        for owner in self.owners:
            by_state.setdefault(owner.state_id, []).append(owner)
        self._by_state = {
            state: (members, list(accumulate(m.weight for m in members)))
            for state, members in by_state.items()
        }
        self._services_by_topic: dict[str, list[ServiceRef]] = {}
        for service in self.services:
            self._services_by_topic.setdefault(service.topic_field_name, []).append(service)
        self._themes_by_topic: dict[str, list[words.Theme]] = {}
        for theme in words.THEMES:
            for name in theme.topic_fields:
                self._themes_by_topic.setdefault(name, []).append(theme)

    def owner(self, rng):
        return self.owners[bisect(self._owner_cum, rng.random() * self._owner_cum[-1])]

    def neighbour(self, rng, owner):
        members, cum = self._by_state[owner.state_id]
        return members[bisect(cum, rng.random() * cum[-1])]

    def service_for(self, rng, theme):
        candidates = [
            service
            for name in theme.topic_fields
            for service in self._services_by_topic.get(name, ())
        ]
        return rng.choice(candidates or self.services)

    def theme_for(self, rng, service):
        return rng.choice(self._themes_by_topic.get(service.topic_field_name) or words.THEMES)

    def more_services(self, rng, first, count):
        related = self._services_by_topic[first.topic_field_name]
        chosen = [first]
        for _ in range(count):
            pool = related if rng.random() < 0.7 else self.services
            service = rng.choice(pool)
            if service not in chosen:
                chosen.append(service)
        return chosen


@dataclass
class DemoProject:
    """One generated project: model values plus its relations (resolved to ids)."""

    values: dict
    core_title: str
    services: list[ServiceRef]
    process_ids: list[int]
    partner_ids: list[int]
    tags: list[str]
    interested: list[tuple[int, datetime]] = field(default_factory=list)
    based_on: int | None = None  # index into the generated list

    @property
    def topic_field_ids(self):
        return sorted({service.topic_field_id for service in self.services})


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
    """slugify for the few thousand names that recur (people, municipalities)."""
    return slugify(name)


def tidy(text):
    return " ".join(text.split())


class SlugRegistry:
    """Unique slugs: the first 'digitale-akte', then 'digitale-akte-2', … (deterministic)."""

    def __init__(self, taken=()):
        self.taken = set(taken)
        self.next_suffix: dict[str, int] = {}

    def claim(self, title):
        base = slugify(title)[:200].strip("-") or "projekt"
        slug = base
        suffix = self.next_suffix.get(base, 2)
        while slug in self.taken:
            slug = f"{base}-{suffix}"
            suffix += 1
        self.next_suffix[base] = suffix
        self.taken.add(slug)
        return slug


def generate(rng: random.Random, count: int, sources: Sources, slugs: SlugRegistry):
    projects: list[DemoProject] = []
    reusable: list[int] = []
    for index in range(count):
        project = _generate_one(rng, sources, slugs, projects, reusable)
        if project.values["reuse_offered"] and project.values["publication_state"] in {
            State.PUBLISHED
        }:
            reusable.append(index)
        projects.append(project)
    return projects


def _generate_one(rng, sources, slugs, projects, reusable):
    owner = sources.owner(rng)
    is_idea = rng.random() < IDEA_SHARE
    kind = Project.Kind.IDEA if is_idea else Project.Kind.PROJECT
    status = weighted(rng, IDEA_STATUSES if is_idea else PROJECT_STATUSES)
    publication_state = weighted(rng, PUBLICATION_STATES)

    based_on = None
    if not is_idea and reusable and rng.random() < BASED_ON_SHARE:
        based_on = rng.choice(reusable)
        base = projects[based_on]
        services = list(base.services)
        theme = sources.theme_for(rng, services[0])
        title = f"Nachnutzung: {base.core_title} {owner.place}"
        core = base.core_title
    elif rng.random() < 0.5:
        first = rng.choice(sources.services)
        theme = sources.theme_for(rng, first)
        services = sources.more_services(rng, first, rng.choice((0, 0, 1, 1, 2)))
        templates = words.SERVICE_IDEA_TITLES if is_idea else words.SERVICE_TITLES
        template = rng.choice(templates)
        title = template.format(service=first.name, place=owner.place)
        core = template.format(service=first.name, place="")
    else:
        theme = rng.choice(words.THEMES)
        first = sources.service_for(rng, theme)
        services = sources.more_services(rng, first, rng.choice((0, 0, 1, 1, 2)))
        if is_idea and theme.idea_titles and rng.random() < 0.6:
            template = rng.choice(theme.idea_titles)
        elif is_idea:
            template = "Idee: " + rng.choice(theme.titles)
        else:
            template = rng.choice(theme.titles)
        title = template.format(place=owner.place)
        core = template.format(place="")
    title = fit(tidy(title), 200)
    core = tidy(core)

    technologies = rng.sample(theme.technologies, min(len(theme.technologies), rng.randint(0, 2)))
    technologies += rng.sample(words.GENERAL_TECHNOLOGIES, rng.randint(1, 2))
    tech = technologies[0]
    texts = {
        "service": services[0].name,
        "city": owner.short_name,
        "place": owner.place,
        "tech": tech,
        "share": rng.randint(35, 90),
        "before": rng.randint(14, 60),
        "after": rng.randint(2, 13),
        "score": f"{rng.uniform(3.6, 4.8):.1f}".replace(".", ","),
        "hours": rng.randrange(200, 6000, 50),
    }

    start_date, end_date = _dates(rng, status)
    created_at = ANCHOR - timedelta(days=rng.uniform(1, 2200))
    updated_at = created_at + (ANCHOR - created_at) * rng.random() ** 2
    is_public = publication_state in {State.PUBLISHED, State.ARCHIVED}
    published_at = (
        min(created_at + timedelta(days=rng.uniform(0, 10)), updated_at) if is_public else None
    )
    is_project_with_results = not is_idea and status in {
        Status.IN_PROGRESS,
        Status.COMPLETED,
        Status.DISCONTINUED,
    }
    is_open_source = not is_idea and rng.random() < 0.3
    reuse_offered = is_project_with_results and rng.random() < 0.45
    slug = slugs.claim(title)

    values = {
        "kind": kind,
        "title": title,
        "slug": slug,
        "summary": _summary(rng, is_idea, texts),
        "description": _description(rng, is_idea, status, texts),
        "status": status,
        "start_date": start_date,
        "end_date": end_date,
        "owner_id": owner.id,
        "target_groups": _target_groups(rng, theme),
        "value_proposition": rng.choice(words.VALUE_PROPOSITIONS),
        "benefit_evidence": rng.choice(words.BENEFIT_EVIDENCE) if is_project_with_results else "",
        "funding_programme": weighted(rng, words.FUNDING_PROGRAMMES),
        "technology": ", ".join(technologies),
        "is_open_source": is_open_source,
        "reuse_offered": reuse_offered,
        "reuse_offer": rng.choice(words.REUSE_OFFERS) if reuse_offered else "",
        "reuse_conditions": rng.choice(words.REUSE_CONDITIONS) if reuse_offered else "",
        "lessons_learned": (
            "\n\n".join(rng.sample(words.LESSONS, rng.randint(1, 3)))
            if is_project_with_results
            else ""
        ),
        "publication_state": publication_state,
        "rejection_reason": (
            rng.choice(words.REJECTION_REASONS) if publication_state == State.REJECTED else ""
        ),
        "featured": publication_state == State.PUBLISHED and rng.random() < FEATURED_SHARE,
        "last_confirmed": (
            min(updated_at.date() + timedelta(days=rng.randint(0, 90)), ANCHOR_DATE)
            if is_public
            else None
        ),
        "is_demo": True,
        "created_at": created_at,
        "updated_at": updated_at,
        "published_at": published_at,
    }
    values.update(_costs(rng, owner) if not is_idea else {})
    values.update(_open_source(rng, owner, slug) if is_open_source else {})
    values.update(_contact(rng, owner))

    interested = []
    if is_public and (reuse_offered or rng.random() < 0.1):
        wanted = min(int(rng.expovariate(0.6)), 12)
        seen = {owner.id}
        for _ in range(wanted):
            other = sources.owner(rng)
            if other.id not in seen:
                seen.add(other.id)
                moment = published_at + (ANCHOR - published_at) * rng.random()
                interested.append((other.id, moment))
    values["reuse_interest_count"] = len(interested)

    process_pool = list(
        dict.fromkeys(
            pid for service in services for pid in sources.processes_by_service.get(service.id, ())
        )
    )
    process_ids = rng.sample(process_pool, min(len(process_pool), rng.randint(0, 3)))

    partner_ids = []
    for _ in range(weighted(rng, ((0, 70), (1, 20), (2, 10)))):
        partner = sources.neighbour(rng, owner)
        if partner.id != owner.id and partner.id not in partner_ids:
            partner_ids.append(partner.id)

    tags = list(rng.sample(theme.tags, rng.randint(1, min(3, len(theme.tags)))))
    for tag in rng.sample(words.GENERAL_TAGS, rng.randint(1, 3)):
        if tag not in tags:
            tags.append(tag)

    return DemoProject(
        values=values,
        core_title=core,
        services=services,
        process_ids=process_ids,
        partner_ids=partner_ids,
        tags=tags,
        interested=interested,
        based_on=based_on,
    )


def _dates(rng, status):
    """Start and end consistent with the status, relative to the anchor; end ≥ start."""
    days = timedelta
    if status == Status.IDEA:
        return None, None
    if status == Status.PLANNED:
        if rng.random() < 0.3:
            return None, None
        start = ANCHOR_DATE + days(rng.randint(20, 400))
        return start, (start + days(rng.randint(180, 900)) if rng.random() < 0.6 else None)
    if status == Status.IN_PROGRESS:
        start = ANCHOR_DATE - days(rng.randint(20, 900))
        return start, (ANCHOR_DATE + days(rng.randint(30, 700)) if rng.random() < 0.6 else None)
    start = ANCHOR_DATE - days(rng.randint(200, 2500))
    latest = (ANCHOR_DATE - start).days
    return start, start + days(rng.randint(min(60, latest), min(1100, latest)))


def _summary(rng, is_idea, texts):
    template = rng.choice(words.IDEA_SUMMARIES if is_idea else words.SUMMARIES)
    return fit(template.format(**texts), 500)


def _description(rng, is_idea, status, texts):
    if is_idea:
        return rng.choice(words.IDEA_DESCRIPTIONS).format(**texts)
    parts = [
        "## Ausgangslage",
        rng.choice(words.SITUATIONS).format(**texts),
        "## Umsetzung",
        rng.choice(words.SOLUTIONS).format(**texts),
    ]
    if status in {Status.IN_PROGRESS, Status.COMPLETED}:
        results = rng.sample(words.RESULTS, rng.randint(1, 2))
        parts += ["## Ergebnisse", "\n".join(f"- {r.format(**texts)}" for r in results)]
    if status == Status.DISCONTINUED:
        parts += [
            "## Warum wir das Projekt eingestellt haben",
            "Die Landeslösung deckt den Bedarf inzwischen ab; unsere Erfahrungen haben wir "
            "eingebracht.",
        ]
    return "\n\n".join(parts)


def _target_groups(rng, theme):
    groups = list(theme.target_groups)
    if rng.random() < 0.25:
        extra = rng.choice(list(Project.TargetGroup.values))
        if extra not in groups:
            groups.append(extra)
    return groups


def _costs(rng, owner):
    if rng.random() < 0.2:
        return {}
    scale = math.sqrt((owner.population or 5000) / 5000)
    one_off = min(rng.lognormvariate(math.log(25000 * scale), 0.8), 5_000_000)
    one_off = Decimal(round(one_off, -2)).quantize(Decimal("1.00"))
    annual = None
    if rng.random() < 0.7:
        annual = (one_off * Decimal(rng.randint(8, 25)) / 100).quantize(Decimal("1.00"))
    return {"cost_one_off": one_off, "cost_annual": annual}


def _open_source(rng, owner, slug):
    values = {"license": weighted(rng, words.LICENSES)}
    if rng.random() < 0.85:
        host = weighted(rng, words.REPOSITORY_HOSTS)
        owner_part = name_slug(owner.short_name) or "kommune"
        values["repository_url"] = host.format(owner=owner_part, slug=slug[:80])
    return values


def _contact(rng, owner):
    first = rng.choice(words.FIRST_NAMES)
    last = rng.choice(words.LAST_NAMES)
    domain = name_slug(owner.short_name)[:40] or "kommune"
    return {
        "contact_name": f"{first} {last}",
        "contact_role": rng.choice(words.CONTACT_ROLES),
        "contact_email": f"{name_slug(first)}.{name_slug(last)}@{domain}.example",
        "contact_phone": f"0{rng.randint(30, 9999)} {rng.randint(100, 99999)}-{rng.randint(0, 99)}",
    }
