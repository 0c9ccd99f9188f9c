"""A small, hand-made search world: a few published projects with known facet values."""

import datetime

import pytest
from django.test import TestCase

from municipalities.models import Municipality
from ozg.models import Service
from projects.models import Project
from projects.search_index import update_search_vectors
from tests.factories import (
    LifeSituationFactory,
    MunicipalityFactory,
    ProjectFactory,
    ServiceFactory,
    TopicFieldFactory,
)


def publish_vectors(*projects):
    """Compute the projects' search vectors as a save does, including what runs after its
    commit (their words for "did you mean")."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        update_search_vectors([p.pk for p in projects])
    for project in projects:
        project.refresh_from_db()


@pytest.fixture
def world(db):
    bayern = MunicipalityFactory(
        name="Bayern", ags="09", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    hessen = MunicipalityFactory(
        name="Hessen", ags="06", level=Municipality.Level.STATE, kind=Municipality.Kind.STATE
    )
    musterstadt = MunicipalityFactory(
        name="Musterstadt", state=bayern, population=50_000, kind=Municipality.Kind.TOWN
    )
    kleinhausen = MunicipalityFactory(
        name="Kleinhausen", state=hessen, population=3_000, kind=Municipality.Kind.MUNICIPALITY
    )
    grossstadt = MunicipalityFactory(
        name="Großstadt",
        state=bayern,
        population=800_000,
        kind=Municipality.Kind.DISTRICT_FREE_CITY,
    )
    family = TopicFieldFactory(name="Familie & Kind", slug="familie-kind")
    housing = TopicFieldFactory(name="Bauen & Wohnen", slug="bauen-wohnen")
    birth = LifeSituationFactory(name="Geburt", slug="geburt", topic_field=family)
    moving = LifeSituationFactory(name="Umzug", slug="umzug", topic_field=housing)
    elterngeld = ServiceFactory(name="Elterngeld", ozg_id="10001", life_situation=birth)
    wohngeld = ServiceFactory(name="Wohngeld", ozg_id="10002", life_situation=moving)
    ummeldung = ServiceFactory(name="Ummeldung", ozg_id="10003", life_situation=moving)

    def make(**kwargs):
        services = kwargs.pop("services", [])
        tags = kwargs.pop("tags", [])
        project = ProjectFactory(services=services, **kwargs)
        if tags:
            project.tags.add(*tags)
        return project

    projects = {
        "buergeraemter": make(
            title="Bürgerämter digital",
            summary="Termine und Anträge ohne Warteschlange.",
            owner=musterstadt,
            kind=Project.Kind.PROJECT,
            status=Project.Status.COMPLETED,
            start_date=datetime.date(2021, 3, 1),
            reuse_offered=True,
            is_open_source=True,
            services=[ummeldung],
            tags=["Chatbot", "Terminvergabe"],
            published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
        ),
        "wohngeld": make(
            title="Wohngeldantrag online",
            summary="Wohngeld beantragen wie im Bürgeramt, nur digital.",
            owner=kleinhausen,
            kind=Project.Kind.IDEA,
            status=Project.Status.PLANNED,
            start_date=datetime.date(2023, 1, 1),
            services=[wohngeld],
            tags=["Antrag"],
            published_at=datetime.datetime(2024, 2, 1, tzinfo=datetime.UTC),
        ),
        "ratsarbeit": make(
            title="Digitale Ratsarbeit",
            summary="Sitzungen papierlos vorbereiten.",
            description="Auch das Bürgeramt nutzt die Plattform für Aushänge.",
            owner=musterstadt,
            kind=Project.Kind.PROJECT,
            status=Project.Status.IN_PROGRESS,
            start_date=datetime.date(2023, 6, 1),
            is_open_source=True,
            services=[elterngeld, wohngeld],
            tags=["Chatbot"],
            published_at=datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC),
        ),
        "elterngeld": make(
            title="Elterngeld digital beantragen",
            summary="Eltern beantragen Elterngeld in wenigen Minuten.",
            owner=grossstadt,
            kind=Project.Kind.PROJECT,
            status=Project.Status.COMPLETED,
            start_date=datetime.date(2022, 9, 1),
            reuse_offered=True,
            services=[elterngeld],
            published_at=datetime.datetime(2024, 4, 1, tzinfo=datetime.UTC),
        ),
        "draft": make(
            title="Bürgeramt im Entwurf",
            owner=musterstadt,
            publication_state=Project.PublicationState.DRAFT,
            services=[ummeldung],
        ),
    }
    publish_vectors(*projects.values())
    return {
        "projects": projects,
        "states": {"bayern": bayern, "hessen": hessen},
        "services": {s.ozg_id: s for s in Service.objects.all()},
        "municipalities": [musterstadt, kleinhausen, grossstadt],
    }
