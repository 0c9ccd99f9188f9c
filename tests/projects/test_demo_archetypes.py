"""Demo archetypes are consistent stories: valid keys, placeholders, vocabularies and only
services that a Gemeinde, Kreis or kreisfreie Stadt carries out."""

import re
import string
from importlib import import_module

import pytest

from ozg.models import Process, Service
from projects.demo import archetypes as schema
from projects.demo.archetypes import (
    GEMEINDE,
    GROSSE_STADT,
    KREIS,
    STADT,
    Archetype,
    all_archetypes,
    municipal_services,
)
from projects.demo.archetypes.technology import TECHNOLOGIES
from projects.models import Project

ARCHETYPES = all_archetypes()
# The placeholders the schema documents (``{ort}``, ``{kreis}``, ...), each with a long value.
PLACEHOLDERS = set(re.findall(r"``\{(\w+)\}``", schema.__doc__))
DUMMY = dict.fromkeys(PLACEHOLDERS, "Landkreis Vorpommern-Greifswald")


def texts(archetype: Archetype) -> list[str]:
    section = archetype.description
    return [
        *archetype.titles,
        *archetype.summaries,
        *section.ausgangslage,
        *section.umsetzung,
        *section.ergebnis,
        *section.erfahrungen,
    ]


def field_modules():
    modules = []
    for number in range(1, 15):
        try:
            modules.append((number, import_module(f"projects.demo.archetypes.field_{number:02d}")))
        except ModuleNotFoundError:
            continue
    return modules


def test_schema_documents_the_placeholders():
    assert {"ort", "kreis", "land"} <= PLACEHOLDERS


def test_archetypes_exist_for_written_fields():
    assert len(ARCHETYPES) >= 42
    for number, module in field_modules():
        assert isinstance(module.ARCHETYPES, tuple)
        assert len(module.ARCHETYPES) >= 4, number
        assert all(archetype.topic_field == number for archetype in module.ARCHETYPES)


def test_keys_are_unique_and_lowercase():
    keys = [archetype.key for archetype in ARCHETYPES]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in keys)


@pytest.mark.parametrize("archetype", ARCHETYPES, ids=lambda a: a.key)
def test_texts_use_only_allowed_placeholders(archetype):
    for text in texts(archetype):
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        assert names <= PLACEHOLDERS, (archetype.key, text[:60])
        assert "{" not in text.format(**DUMMY), text[:60]
        assert "http" not in text
        assert "www." not in text


@pytest.mark.parametrize("archetype", ARCHETYPES, ids=lambda a: a.key)
def test_shape_of_an_archetype(archetype):
    section = archetype.description
    assert len(archetype.titles) >= 2
    assert len(archetype.summaries) >= 4
    assert all(len(summary.format(**DUMMY)) < 450 for summary in archetype.summaries)
    assert len(set(archetype.summaries)) == len(archetype.summaries)
    for variants in (section.ausgangslage, section.umsetzung, section.ergebnis):
        assert len(variants) >= 2
        assert len(set(variants)) == len(variants)
    assert len(section.erfahrungen) >= 2
    assert 2 <= len(archetype.tags) <= 5
    for low, high in (*archetype.costs.small, *archetype.costs.medium, *archetype.costs.large):
        assert 0 <= low <= high


@pytest.mark.parametrize("archetype", ARCHETYPES, ids=lambda a: a.key)
def test_vocabularies_are_valid(archetype):
    assert archetype.technology
    assert set(archetype.technology) <= set(TECHNOLOGIES)
    assert archetype.target_groups
    assert set(archetype.target_groups) <= set(Project.TargetGroup.values)
    assert archetype.carriers
    assert set(archetype.carriers) <= {GEMEINDE, KREIS, STADT, GROSSE_STADT}


def test_every_service_of_an_archetype_is_a_listed_municipal_service():
    listed = municipal_services()
    for archetype in ARCHETYPES:
        assert set(archetype.services) <= set(listed), archetype.key


def test_each_module_lists_the_services_its_archetypes_use():
    for _number, module in field_modules():
        used = {ozg_id for archetype in module.ARCHETYPES for ozg_id in archetype.services}
        assert used <= set(module.MUNICIPAL_SERVICES)
        assert all(
            re.match(r"(Gemeinde|Stadt|Kreis|Kreisfreie Stadt)\b", carrier)
            for carrier in module.MUNICIPAL_SERVICES.values()
        )


def test_about_one_in_five_archetypes_is_an_idea():
    ideas = sum(archetype.is_idea for archetype in ARCHETYPES)
    assert 0.12 <= ideas / len(ARCHETYPES) <= 0.3


def test_summaries_differ_across_archetypes():
    summaries = [summary for archetype in ARCHETYPES for summary in archetype.summaries]
    assert len(summaries) == len(set(summaries))


@pytest.mark.django_db
def test_municipal_services_are_official_and_not_federal_only(catalogue):
    listed = municipal_services()
    found = set(Service.objects.filter(ozg_id__in=listed).values_list("ozg_id", flat=True))
    assert set(listed) - found == set()
    for ozg_id in listed:
        types = set(
            Process.objects.filter(services__ozg_id=ozg_id)
            .exclude(leika_type="")
            .values_list("leika_type", flat=True)
        )
        assert types, ozg_id
        assert types != {"1"}, ozg_id
