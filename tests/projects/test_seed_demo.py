"""The demo content of `make run` tells stories a municipal reader believes (issue 9).

The archetypes are checked against the real OZG catalogue; the projects are those of
scripts/load_data.sh (``seed_demo --projects 300 --seed 1``), seeded once for this module on the
real catalogue and register. Each project names the archetype it came from
(``Project.demo_archetype``), so every check below also checks that the bulk path stores it.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.contrib.postgres.search import SearchQuery
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from kommunect.text import german_slug
from municipalities.models import Municipality
from ozg.models import Process, Service
from projects.demo import vocabulary as words
from projects.demo.archetypes import Archetype, all_archetypes, municipal_services
from projects.demo.archetypes.technology import TECHNOLOGIES
from projects.demo.generator import (
    CARRIER_KINDS,
    DISTRICT_KINDS,
    anchor_of,
    fits,
    size_of,
)
from projects.demo.seeding import clear_demo_projects
from projects.models import Project, ProjectLink, ReuseRequest, ReuseRequestEvent
from projects.search_index import update_search_vectors

pytestmark = pytest.mark.django_db

COUNT, SEED = 300, 1  # as scripts/load_data.sh seeds for `make run`
Status = Project.Status


@dataclass
class Demo:
    today: date
    archetypes: dict[str, Archetype]  # by project slug


@pytest.fixture(scope="module")
def demo(catalogue, register, django_db_blocker):
    with django_db_blocker.unblock():
        anchor = anchor_of(timezone.now())
        call_command("seed_demo", "--projects", str(COUNT), "--seed", str(SEED), stdout=StringIO())
        by_key = {archetype.key: archetype for archetype in all_archetypes()}
        stored = Project.objects.values_list("slug", "demo_archetype")
        yield Demo(anchor.date(), {slug: by_key[key] for slug, key in stored})
        clear_demo_projects()


def projects():
    return (
        Project.objects.select_related("owner")
        .prefetch_related("services", "topic_fields", "processes__services", "partners")
        .order_by("id")
    )


# The archetypes ---------------------------------------------------------------------------------


def test_archetypes_name_only_municipal_services_of_the_catalogue(catalogue):
    services = municipal_services()
    in_catalogue = set(Service.objects.values_list("ozg_id", flat=True))

    assert set(services) <= in_catalogue
    for archetype in all_archetypes():
        assert archetype.services, archetype.key
        assert set(archetype.services) <= set(services), archetype.key


def test_no_municipal_service_is_a_federal_one(catalogue):
    """LeiKa type 1: the Bund regulates and carries the service out (Zoll, BAföG, Rente)."""
    types = {}
    for ozg_id, leika_type in Process.objects.filter(
        services__ozg_id__in=list(municipal_services())
    ).values_list("services__ozg_id", "leika_type"):
        types.setdefault(ozg_id, set()).add(leika_type)

    assert [ozg_id for ozg_id, found in types.items() if found == {"1"}] == []
    assert len(types) > 40  # the check saw the services


def is_federal(leika_type):
    """LeiKa type 1 (alone or among others, "1, 2/3"): the Bund carries the service out."""
    return "1" in leika_type.replace(" ", "").split(",")


def test_archetype_processes_are_leika_objects_of_their_services_never_federal(catalogue):
    processes = {p.leika_key: p for p in Process.objects.prefetch_related("services")}
    named = 0
    for archetype in all_archetypes():
        for key in archetype.processes:
            process = processes[key]
            named += 1
            assert process.level == Process.Level.OBJECT, (archetype.key, key)
            assert not is_federal(process.leika_type), (archetype.key, process.name)
            ozg_ids = {service.ozg_id for service in process.services.all()}
            assert ozg_ids & set(archetype.services), (archetype.key, process.name)
    assert named > 100

    def names(key):
        archetype = next(a for a in all_archetypes() if a.key == key)
        return {processes[leika_key].name for leika_key in archetype.processes}

    assert "Baugenehmigung" in names("digitaler-bauantrag")
    assert "Gaststättengewerbe" in names("gaststaettenerlaubnis-online")
    assert names("wohngeld-online") == {"Wohngeld"}
    assert names("hundesteuer-online") == {"Hundesteuer"}


def test_archetypes_are_complete_and_use_known_vocabulary():
    archetypes = all_archetypes()
    keys = [archetype.key for archetype in archetypes]

    assert len(keys) == len(set(keys))
    for archetype in archetypes:
        assert len(archetype.titles) >= 2, archetype.key
        assert len(archetype.summaries) >= 4, archetype.key
        assert all(len(summary) < 450 for summary in archetype.summaries), archetype.key
        for variants in vars(archetype.description).values():
            assert len(variants) >= 2, archetype.key
        assert set(archetype.technology) <= set(TECHNOLOGIES), archetype.key
        assert set(archetype.target_groups) <= set(Project.TargetGroup.values), archetype.key
        assert archetype.carriers, archetype.key
        assert set(archetype.carriers) <= set(CARRIER_KINDS), archetype.key
        assert 2 <= len(archetype.tags) <= 5, archetype.key
        texts = [*archetype.titles, *archetype.summaries]
        texts += [text for variants in vars(archetype.description).values() for text in variants]
        for text in texts:
            text.format(ort="Ulm", Ort="Ulm", in_ort="in Ulm", kreis="Ulm", land="Bayern")


def test_at_least_80_archetypes_cover_all_14_topic_fields_with_ideas():
    archetypes = all_archetypes()
    fields = Counter(archetype.topic_field for archetype in archetypes)

    assert len(archetypes) >= 80
    assert set(fields) == set(range(1, 15))
    assert sum(archetype.is_idea for archetype in archetypes) >= 10


# The seeded projects ----------------------------------------------------------------------------


def test_every_project_tells_the_story_of_its_archetype(demo):
    seen = set()
    for project in projects():
        archetype = demo.archetypes[project.slug]
        seen.add(archetype.key)
        services = {service.ozg_id for service in project.services.all()}
        assert services, project.title
        assert services <= set(archetype.services), (project.title, archetype.key)
        assert project.target_groups == list(archetype.target_groups)
        assert (project.kind == Project.Kind.IDEA) == archetype.is_idea
        kinds = set().union(*(CARRIER_KINDS[carrier] for carrier in archetype.carriers))
        assert project.owner.kind in kinds, (archetype.key, project.owner.name)
        assert fits(project.owner, archetype), (archetype.key, project.owner.name)
        assert set(project.topic_fields.all()) == {s.topic_field for s in project.services.all()}
        for process in project.processes.all():
            assert set(process.services.all()) & set(project.services.all())
    assert len(seen) > 30  # many stories, not a few repeated


def test_projects_list_only_the_processes_their_archetype_names(demo):
    with_processes = 0
    for project in projects():
        archetype = demo.archetypes[project.slug]
        keys = {process.leika_key for process in project.processes.all()}
        with_processes += bool(keys)
        assert keys <= set(archetype.processes), (project.title, keys)
        assert not any(is_federal(p.leika_type) for p in project.processes.all()), project.title
    assert with_processes > COUNT / 2
    building_permit = Process.objects.get(leika_key="99012008000000")  # Baugenehmigung
    bauantrag = [p for p in building_permit.projects.all() if "Bauantrag" in p.title]
    assert bauantrag


def test_building_supervision_is_never_owned_by_a_town_of_a_kreis(demo):
    """The untere Bauaufsichtsbehörde is the Kreis, a kreisfreie Stadt or a Große Kreisstadt."""
    Kind = Municipality.Kind
    owners = [
        project.owner.kind
        for project in projects()
        if demo.archetypes[project.slug].key in {"digitaler-bauantrag", "bauaktenarchiv"}
    ]

    assert owners
    assert not {Kind.TOWN, Kind.MARKET, Kind.MUNICIPALITY} & set(owners)


def test_only_open_source_projects_say_open_source(demo):
    """A text, tag or technology that says "Open Source" belongs to a project with published
    code, and every such project says so in its tags."""
    says = re.compile(r"open[ -]source", re.IGNORECASE)
    for project in Project.objects.prefetch_related("tags"):
        tags = " ".join(tag.name for tag in project.tags.all())
        texts = (project.title, project.summary, project.description, project.technology, tags)
        texts += (project.lessons_learned,)
        assert bool(says.search(" ".join(texts))) == project.is_open_source, project.title


def test_results_of_running_projects_are_interim_and_stopped_ones_say_so(demo):
    leads = words.INTERIM_LEADS
    for project in Project.objects.filter(kind=Project.Kind.PROJECT):
        description = project.description
        match project.status:
            case Status.IN_PROGRESS:
                assert "## Ergebnis" not in description, project.title
                interim = description.split("## Zwischenstand\n\n")[1]
                assert interim.startswith(leads), project.title
            case Status.COMPLETED:
                assert "## Ergebnis und Nutzen" in description, project.title
            case Status.DISCONTINUED:
                assert "hat dieses Projekt eingestellt." in project.summary, project.title
                reason = next(r for s, r in words.DISCONTINUED if project.summary.endswith(s))
                assert description.endswith(f"## Warum das Projekt eingestellt wurde\n\n{reason}")
    assert Project.objects.filter(status=Status.DISCONTINUED).exists()


def test_demo_contacts_have_no_phone_number(demo):
    """There is no reserved German range for invented numbers: demo content has none."""
    assert Project.objects.count() == COUNT
    assert not Project.objects.exclude(contact_phone="").exists()


def test_at_least_90_percent_of_the_titles_are_distinct(demo):
    titles = list(Project.objects.values_list("title", flat=True))

    assert len(set(titles)) >= 0.9 * COUNT


def test_slugs_and_addresses_spell_out_umlauts_and_eszett(demo):
    umlauts = 0
    for project in Project.objects.select_related("owner"):
        base = german_slug(project.title)
        assert re.fullmatch(rf"{re.escape(base)}(-\d+)?", project.slug), project.slug
        domain = project.contact_email.rpartition("@")[2]
        assert domain == f"{german_slug(project.owner.name)[:40]}.example.org", domain
        umlauts += any(letter in project.owner.name + project.title for letter in "äöüßÄÖÜ")
    assert umlauts > 20


def test_the_example_queries_the_ui_suggests_find_demo_projects(client, demo):
    """The home page and the search tip suggest queries; each finds published demo projects."""
    home = client.get(reverse("home")).content.decode()
    search = client.get(reverse("projects:search")).content.decode()
    home_hint = re.search(r'id="home-q-hint">Zum Beispiel: ([^<]+)</p>', home).group(1)
    tip = re.search(
        r'id="search-q-hint">Tipps: [^<]*?, (\w+ nicht \w+) [^<]*?, (\w+ oder \w+),', search
    )
    queries = [*home_hint.split(", "), tip.group(1), *tip.group(2).split(" oder ")]

    assert len(queries) >= 4
    for query in queries:
        result = client.get(reverse("projects:search"), {"q": query}).context["result"]
        assert result.total > 0, query


def test_a_reuse_tells_the_same_story_for_its_own_owner(demo):
    reuses = list(projects().filter(based_on__isnull=False).select_related("based_on__owner"))
    facts = [
        (
            demo.archetypes[p.slug] == demo.archetypes[p.based_on.slug],
            p.title.startswith("Nachnutzung: ") and p.owner.name in p.title,
            p.based_on.owner.name not in p.title,
            f"Lösung von {p.based_on.owner.name}" in p.description,
        )
        for p in reuses
    ]

    assert reuses
    assert facts == [(True, True, True, True)] * len(reuses)


def test_no_project_names_a_service_that_municipalities_do_not_carry_out(demo):
    named = set(Service.objects.filter(projects__is_demo=True).values_list("ozg_id", flat=True))

    assert named
    assert named <= set(municipal_services())


def test_costs_come_from_the_archetypes_range_for_the_owners_size(demo):
    def within(value, bounds):
        low, high = bounds
        return value is None or Decimal(low) - 50 <= value <= Decimal(high) + 50

    outside = []
    for project in projects().exclude(cost_one_off=None):
        costs = demo.archetypes[project.slug].costs
        one_off, annual = getattr(costs, size_of(project.owner.kind, project.owner.population))
        if not (within(project.cost_one_off, one_off) and within(project.cost_annual, annual)):
            outside.append(project.title)

    assert outside == []
    assert projects().exclude(cost_one_off=None).count() > COUNT / 2
    assert not projects().filter(kind=Project.Kind.IDEA).exclude(cost_one_off=None).exists()
    assert not projects().filter(cost_one_off=None).exclude(cost_annual=None).exists()


def test_at_least_90_percent_of_the_summaries_are_distinct(demo):
    summaries = list(Project.objects.values_list("summary", flat=True))

    assert len(summaries) == COUNT
    assert len(set(summaries)) >= 0.9 * COUNT


def test_open_source_licence_repository_and_reuse_offer_agree(demo):
    """Open source here means published code: a licence, a repository and a reuse offer that
    names the code; without it, neither licence nor repository nor a promise of code."""
    for project in Project.objects.all():
        oss = project.is_open_source
        facts = (
            bool(project.license),
            bool(project.repository_url),
            project.reuse_offered or not oss,
            "Quellcode" in project.reuse_offer,
            bool(project.reuse_offer),
        )
        assert facts == (oss, oss, True, oss, project.reuse_offered), project.title
    assert Project.objects.filter(is_open_source=True).count() >= 5


def test_links_point_only_to_reserved_example_domains(demo):
    def host(url):
        return urlsplit(url).hostname

    urls = list(Project.objects.exclude(repository_url="").values_list("repository_url", flat=True))
    urls += list(ProjectLink.objects.values_list("url", flat=True))
    emails = Project.objects.exclude(contact_email="").values_list("contact_email", flat=True)

    assert len(urls) > 20
    for found in [host(url) for url in urls] + [email.rpartition("@")[2] for email in emails]:
        assert found == "example.org" or found.endswith(".example.org"), found


def test_partners_come_from_the_same_kreis_or_land(demo):
    pairs = 0
    same_kreis = 0
    for project in projects():
        owner = project.owner
        owner_kreis = owner.id if owner.kind in DISTRICT_KINDS else owner.parent_id
        for partner in project.partners.all():
            pairs += 1
            assert partner.state_id == owner.state_id, (owner.name, partner.name)
            partner_kreis = partner.id if partner.kind in DISTRICT_KINDS else partner.parent_id
            same_kreis += partner_kreis == owner_kreis
    assert pairs > 30
    assert same_kreis > pairs / 5


def dates_fit(status, start, end, today):
    """Idea: no dates. Planned: a future start, if any. In progress: started, no end or a future
    one. Completed or discontinued: started and ended before today."""
    match status:
        case Status.IDEA:
            return start is None and end is None
        case Status.PLANNED:
            return start is None or start > today
        case Status.IN_PROGRESS:
            return start is not None and start <= today and (end is None or end > today)
        case _:
            return start is not None and end is not None and start <= end < today


def test_every_status_matches_its_dates(demo):
    rows = Project.objects.values_list("title", "status", "start_date", "end_date")

    assert [row for row in rows if not dates_fit(*row[1:], demo.today)] == []
    assert set(Project.objects.values_list("status", flat=True)) == set(Status.values)
    # Archetype texts tell what was done; only ideas, written as plans, may be planned.
    planned = Project.objects.filter(status=Status.PLANNED)
    assert set(planned.values_list("kind", flat=True)) == {Project.Kind.IDEA}


def test_an_ended_project_was_last_edited_after_its_end(demo):
    ended = Project.objects.filter(end_date__lt=demo.today)
    assert ended.exists()
    late = [
        p.title
        for p in ended.only("title", "end_date", "updated_at")
        if p.updated_at.date() < p.end_date
    ]
    assert late == []


def test_owners_are_spread_like_on_a_national_platform(demo):
    owners = [project.owner for project in projects()]
    kinds = Counter(owner.kind for owner in owners)
    kreise = sum(kinds[kind] for kind in DISTRICT_KINDS)
    cities = kinds[Municipality.Kind.DISTRICT_FREE_CITY]
    smallest = sum(
        1 for owner in owners if owner.level == "municipality" and (owner.population or 0) < 5000
    )

    assert kreise + cities > 0.4 * COUNT  # Kreise and kreisfreie Städte post most
    assert 0 < smallest < 0.15 * COUNT  # few of the 7,800 smallest Gemeinden
    assert len({owner.state_id for owner in owners}) >= 14
    assert {owner.level for owner in owners} == {"district", "municipality"}
    assert not any(o.level == "district" and o.kind not in DISTRICT_KINDS for o in owners)


def test_the_demo_content_is_varied_and_marked(demo):
    projects = Project.objects.all()
    states = Counter(projects.values_list("publication_state", flat=True))

    assert not projects.filter(is_demo=False).exists()
    assert set(projects.values_list("kind", flat=True)) == set(Project.Kind.values)
    assert states[Project.PublicationState.PUBLISHED] > 0.6 * COUNT
    assert {Project.PublicationState.DRAFT, Project.PublicationState.ARCHIVED} <= set(states)
    assert projects.filter(featured=True).exists()
    assert projects.filter(based_on__isnull=False).exists()
    assert ReuseRequest.objects.filter(state=ReuseRequest.State.CLARIFYING).exists()
    assert ReuseRequestEvent.objects.filter(action=ReuseRequestEvent.Action.ANSWERED).exists()


def test_a_broad_search_finds_a_good_share_of_the_demo_projects(demo):
    published = Project.objects.published()
    query = SearchQuery("digitaler antrag", config="german_unaccent", search_type="websearch")

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {Project._meta.db_table} WHERE search_vector = ''")
        assert cursor.fetchone() == (0,)
    assert published.filter(search_vector=query).count() > 0.1 * published.count()


def test_seeding_writes_the_compounds_and_vectors_a_save_would_write(demo):
    """The bulk path and update_search_vectors share one definition, split compounds included."""
    sample = list(projects().order_by("pk").values_list("pk", flat=True)[:50])
    terms = ("title_compound_terms", "compound_terms")
    seeded = {
        pk: rest for pk, *rest in Project.objects.filter(pk__in=sample).values_list("pk", *terms)
    }
    vectors = dict(Project.objects.filter(pk__in=sample).values_list("pk", "search_vector"))
    assert all(any(row) for row in seeded.values())

    update_search_vectors(sample)

    assert {
        pk: rest for pk, *rest in Project.objects.filter(pk__in=sample).values_list("pk", *terms)
    } == seeded
    assert dict(Project.objects.filter(pk__in=sample).values_list("pk", "search_vector")) == vectors


def test_reuses_are_typed_and_counted(demo):
    """Every demo reuse names its type, in the field and in its story; the originals count
    the municipalities that reuse them."""
    reuses = list(projects().filter(based_on__isnull=False).select_related("based_on"))
    stories = {
        Project.ReuseKind.ADOPTED: "übernommen, wie sie ist",
        Project.ReuseKind.ADAPTED: "an unsere Abläufe angepasst",
        Project.ReuseKind.INSPIRED: "hat uns den Weg gezeigt",
    }
    assert {p.reuse_kind for p in reuses} == set(Project.ReuseKind)
    assert all(stories[p.reuse_kind] in p.description for p in reuses)
    assert not projects().filter(based_on__isnull=True).exclude(reuse_kind="").exists()
    for original in {p.based_on for p in reuses}:
        expected = len(
            {
                p.owner_id
                for p in reuses
                if p.based_on_id == original.pk
                and p.is_published
                and p.owner_id != original.owner_id
            }
        )
        assert original.reuse_count == expected, original.title
    assert any(p.based_on.reuse_count for p in reuses)
