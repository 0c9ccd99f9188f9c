"""Slugs spell German letters out (ä → ae, ß → ss) the way municipality slugs always did; a slug
that dropped them ("sudliche-weinstrae") is renamed by migration 0003 and redirects."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from kommunect.text import german_slug
from municipalities.models import Municipality
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("municipalities.migrations.0003_dissolution_and_former_keys")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Südliche Weinstraße", "suedliche-weinstrasse"),
        ("Öffentliche Übergänge", "oeffentliche-uebergaenge"),
        ("Mühlhausen/Thüringen", "muehlhausen-thueringen"),
        ("Bad Bentheim (Grafschaft)", "bad-bentheim-grafschaft"),
    ],
)
def test_german_slug_spells_out_umlauts_and_sharp_s(text, slug):
    assert german_slug(text) == slug


def test_migration_renames_slugs_that_dropped_the_umlauts_and_keeps_the_old_one():
    weinstrasse = MunicipalityFactory(name="Südliche Weinstraße", slug="sudliche-weinstrae")
    twin = MunicipalityFactory(
        name="Südliche Weinstraße", ags="07337", slug="sudliche-weinstrae-07337"
    )
    hand_made = MunicipalityFactory(name="Zweckverband Süd", slug="zv-sued-digital")
    koeln = MunicipalityFactory(name="Köln", slug="koeln")

    migration.transliterate_slugs(apps, None)

    rows = {m.pk: (m.slug, m.former_slugs) for m in Municipality.objects.all()}
    assert rows[weinstrasse.pk] == ("suedliche-weinstrasse", ["sudliche-weinstrae"])
    assert rows[twin.pk] == ("suedliche-weinstrasse-07337", ["sudliche-weinstrae-07337"])
    assert rows[hand_made.pk] == ("zv-sued-digital", [])  # chosen by a person: kept
    assert rows[koeln.pk] == ("koeln", [])


def test_an_old_slug_redirects_permanently_to_the_page(client):
    MunicipalityFactory(
        name="Südliche Weinstraße",
        slug="suedliche-weinstrasse",
        former_slugs=["sudliche-weinstrae"],
    )
    response = client.get("/kommunen/sudliche-weinstrae/")
    assert response.status_code == 301
    assert response["Location"] == reverse("regions:detail", args=["suedliche-weinstrasse"])
    assert client.get("/kommunen/weinstrasse-gibt-es-nicht/").status_code == 404
