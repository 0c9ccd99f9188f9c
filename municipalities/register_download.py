"""Download of the newest GV100AD edition from Destatis (manage.py update_register).

Destatis publishes the register quarterly as a ZIP under a fixed address per edition, named by
day and month of its Gebietsstand (GV100AD3105.zip for 31 May; each year replaces the file of
the year before). The newest edition is the one whose file carries the latest Gebietsstand.
Only the standard library is used; nothing is written to the database here.
"""

import io
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

DESTATIS_ARCHIVE = (
    "https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/"
    "Administrativ/Archiv/GV100ADQ/"
)
# Gebietsstand of the quarterly editions: end of February (29 in leap years), May, August,
# November.
EDITION_DAYS = ("3011", "3108", "3105", "2802", "2902")
DESTATIS_URLS = tuple(
    f"{DESTATIS_ARCHIVE}GV100AD{day}.zip?__blob=publicationFile" for day in EDITION_DAYS
)
TIMEOUT_SECONDS = 30
MAX_BYTES = 50 * 1024 * 1024  # the ZIP is about 1 MB


class DownloadError(Exception):
    """The download failed; the message says why, in German."""


class Offline(DownloadError):
    """No connection to the server at all."""


@dataclass
class Edition:
    url: str
    file_name: str
    data: bytes
    stand: str  # JJJJMMTT, a valid date (edition_in_zip checks it)

    @property
    def stand_date(self) -> date:
        return datetime.strptime(self.stand, "%Y%m%d").date()

    def save(self, directory: Path) -> Path:
        path = Path(directory) / self.file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.data)
        return path


def fetch(url: str) -> bytes | None:
    """The body at ``url``; None if the server has no such file (404)."""
    request = urllib.request.Request(url, headers={"User-Agent": "Kommunect update_register"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise DownloadError(f"{url}: Der Server antwortet mit HTTP {error.code}.") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise Offline(f"Keine Verbindung zu {_host(url)} ({reason}).") from None
    if len(data) > MAX_BYTES:
        raise DownloadError(f"{url}: Die Datei ist größer als {MAX_BYTES // 2**20} MB.")
    return data


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).hostname or url


def edition_in_zip(url: str, data: bytes) -> Edition:
    """The GV100AD text file inside the ZIP downloaded from ``url``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DownloadError(f"{url}: Die Antwort ist keine ZIP-Datei.") from None
    names = [
        name
        for name in archive.namelist()
        if Path(name).name.startswith("GV100AD") and name.lower().endswith(".txt")
    ]
    if not names:
        raise DownloadError(f"{url}: Das ZIP enthält keine GV100AD-Datei (GV100AD_*.txt).")
    name = names[0]
    if archive.getinfo(name).file_size > MAX_BYTES:  # read no more than the header declares
        raise DownloadError(f"{url}: {name} ist entpackt größer als {MAX_BYTES // 2**20} MB.")
    content = archive.read(name)
    stand = content.removeprefix(b"\xef\xbb\xbf")[2:10].decode("ascii", errors="replace")
    try:
        datetime.strptime(stand, "%Y%m%d")
    except ValueError:
        raise DownloadError(
            f"{url}: {name} beginnt nicht mit einem gültigen Gebietsstand (JJJJMMTT)."
        ) from None
    return Edition(url=url, file_name=Path(name).name, data=content, stand=stand)


def newest_edition(urls=DESTATIS_URLS) -> Edition | None:
    """Download every address and return the edition with the latest Gebietsstand; None if
    none of them holds a file. Raises Offline at the first address that cannot be reached."""
    newest = None
    for url in urls:
        data = fetch(url)
        if data is None:
            continue
        edition = edition_in_zip(url, data)
        if newest is None or edition.stand > newest.stand:
            newest = edition
    return newest
