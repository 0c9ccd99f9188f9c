"""Publishers' attributions: BKG linked to bkg.bund.de, Destatis with the dl-de/by-2-0 link."""

import datetime
import re

import pytest
from django.conf import settings
from django.urls import reverse

from municipalities.importer import BKG, DESTATIS, DL_DE_BY_2, DL_DE_BY_2_URL
from municipalities.models import RegisterImport
from municipalities.register_files import points_date

pytestmark = pytest.mark.django_db


@pytest.fixture
def register_imports(db):
    RegisterImport.objects.create(
        source="Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2023",
        publisher=DESTATIS,
        license=DL_DE_BY_2,
        license_url=DL_DE_BY_2_URL,
        data_date=datetime.date(2023, 11, 30),
        checksum="a",
    )
    RegisterImport.objects.create(
        source="Gemeindepunkte aus VG5000 – © GeoBasis-DE / BKG 2021 (Daten verändert)",
        publisher=BKG,
        license=DL_DE_BY_2,
        license_url=DL_DE_BY_2_URL,
        data_date=datetime.date(2021, 1, 1),
        checksum="b",
    )


def test_bkg_attribution_links_to_bkg(client, register_imports):
    page = client.get(reverse("legal:data_sources")).content.decode()
    assert (
        '<a class="kern-link" href="https://www.bkg.bund.de">'
        "© GeoBasis-DE / BKG 2021 (Daten verändert)</a>"
    ) in page


def test_destatis_attribution_with_license_link(client, register_imports):
    page = client.get(reverse("legal:data_sources")).content.decode()
    attribution = re.search(
        r"© Statistisches Bundesamt \(Destatis\), Gemeindeverzeichnis GV100AD, "
        r"Gebietsstand 30.11.2023, <a class=\"kern-link\" href=\"([^\"]+)\">([^<]+)</a>",
        page,
    )
    assert attribution is not None
    assert attribution.groups() == (DL_DE_BY_2_URL, "dl-de/by-2-0")


def test_page_without_imports_renders(client):
    response = client.get(reverse("legal:data_sources"))
    assert response.status_code == 200
    assert "Quellenvermerk" not in response.content.decode()


def test_footer_attribution_links_to_the_data_sources_page(client):
    page = client.get(reverse("home")).content.decode()
    footer = page[page.index("<footer") :]
    link = re.search(r'<a class="kern-link" href="/datenquellen/">Daten: [^<]*BKG[^<]*</a>', footer)
    assert link is not None


def shipped_attributions() -> dict[str, str]:
    """The "Quellenvermerk" of each README in data/, joined to one line."""
    found = {}
    for readme in sorted((settings.BASE_DIR / "data").glob("*/README.md")):
        text = readme.read_text(encoding="utf-8")
        match = re.search(r"\*\*Quellenvermerk:\*\* (.+?)(?:\n\n|\n- |\Z)", text, re.S)
        assert match, readme
        found[readme.parent.name] = " ".join(match.group(1).split())
    return found


def test_the_page_shows_the_attribution_of_every_shipped_source(client):
    attributions = shipped_attributions()
    assert set(attributions) == {
        "gemeindeverzeichnis-gv100ad-2026",
        "geo-vg5000-2023",
        "ozg-katalog-kdn-nrw-2019",
    }
    html = client.get(reverse("legal:data_sources")).content.decode()
    text = " ".join(re.sub(r"<[^>]+>", "", html).split())
    for attribution in attributions.values():
        assert attribution in text
    assert '<a class="kern-link" href="https://www.bkg.bund.de">© GeoBasis-DE / BKG 2023' in html


def test_the_shipped_points_are_dated_as_bkg_dates_them():
    """VG5000 is published as of 31.12. (aktualitaet.txt), the date the data README names."""
    points = next((settings.BASE_DIR / "data").glob("geo-vg5000-*/gemeinden_punkte_*.csv"))
    assert points_date(points) == datetime.date(2023, 12, 31)


def test_points_without_a_date_file_are_dated_31_december(tmp_path):
    points = tmp_path / "gemeinden_punkte_vg5000_2021.csv"
    points.write_text("ags\n", encoding="utf-8")
    assert points_date(points) == datetime.date(2021, 12, 31)
    (tmp_path / "aktualitaet.txt").write_text("30.06.2021\n", encoding="utf-8")
    assert points_date(points) == datetime.date(2021, 6, 30)
