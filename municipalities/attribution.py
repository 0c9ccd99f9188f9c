"""The attribution (Quellenvermerk) each register publisher asks for next to its data."""

from dataclasses import dataclass

from municipalities.importer import BKG, DESTATIS
from municipalities.models import RegisterImport

BKG_URL = "https://www.bkg.bund.de"
LICENSE_SHORT_NAME = "dl-de/by-2-0"


@dataclass(frozen=True)
class Attribution:
    text: str
    url: str  # where the text links to ("" for plain text)
    license: str
    license_url: str


def register_attribution(record: RegisterImport) -> Attribution | None:
    """Destatis: "© Statistisches Bundesamt (Destatis), <source>"; BKG: "© GeoBasis-DE / BKG
    <year> (Daten verändert)" linked to bkg.bund.de; both with the dl-de/by-2-0 license link."""
    if record.publisher == DESTATIS:
        text, url = f"© Statistisches Bundesamt (Destatis), {record.source}", ""
    elif record.publisher == BKG:
        year = f" {record.data_date.year}" if record.data_date else ""
        text, url = f"© GeoBasis-DE / BKG{year} (Daten verändert)", BKG_URL
    else:
        return None
    return Attribution(text, url, LICENSE_SHORT_NAME, record.license_url)
