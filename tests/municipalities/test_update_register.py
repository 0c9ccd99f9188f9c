"""manage.py update_register: the newest GV100AD from an address, imported when it is newer;
without a connection a clear German message and no change. Real sockets throughout: a local
HTTP server stands in for www.destatis.de, a closed port and an unresolvable name for no
network."""

import datetime
import functools
import io
import socket
import threading
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from municipalities import register_download
from municipalities.importer import default_gv100_path
from municipalities.models import Municipality, RegisterImport
from municipalities.register_download import DESTATIS_URLS
from tests.conftest import remove_register
from tests.municipalities.test_import_register import snapshot

pytestmark = pytest.mark.django_db


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def server(tmp_path):
    """An HTTP server on a free local port serving tmp_path/www; yields its base URL."""
    root = tmp_path / "www"
    root.mkdir()
    httpd = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def schleswig_holstein_zip(root, name: str, stand: str) -> None:
    """A GV100AD ZIP as Destatis publishes it: the shipped lines of Schleswig-Holstein under
    the Gebietsstand ``stand``, and the format description beside it."""
    lines = default_gv100_path().read_text(encoding="utf-8").split("\n")
    text = "\n".join(line[:2] + stand + line[10:] for line in lines if line[10:12] == "01")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"GV100AD_{stand[6:]}{stand[4:6]}{stand[:4]}.txt", text + "\n")
        archive.writestr("Datensatzbeschreibung_GV100AD.pdf", b"%PDF-1.4")
    (root / name).write_bytes(buffer.getvalue())


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/GV100AD3105.zip"  # nobody listens there any more


def update(*args) -> str:
    out = StringIO()
    call_command("update_register", *args, stdout=out)
    return out.getvalue()


def test_the_default_addresses_are_destatis_quarterly_editions():
    assert all(url.startswith("https://www.destatis.de/") for url in DESTATIS_URLS)
    assert any("GV100AD3105.zip" in url for url in DESTATIS_URLS)


@pytest.mark.parametrize(
    "url",
    [closed_port_url(), "http://www.destatis.invalid/GV100AD3105.zip"],
    ids=["connection-refused", "name-not-resolved"],
)
def test_without_a_connection_it_says_so_and_changes_nothing(register, url):
    before = snapshot()
    with pytest.raises(CommandError) as error:
        update("--url", url)
    message = str(error.value)
    assert message.startswith("Keine Verbindung zu ")
    assert "es wurde nichts geändert" in message
    assert snapshot() == before


def test_the_newest_edition_is_downloaded_and_imported(server, tmp_path):
    remove_register()  # rolled back with the test
    root, base = server
    schleswig_holstein_zip(root, "GV100AD3105.zip", "20260531")
    schleswig_holstein_zip(root, "GV100AD3108.zip", "20260831")
    urls = [f"{base}/GV100AD3011.zip", f"{base}/GV100AD3105.zip", f"{base}/GV100AD3108.zip"]
    args = [arg for url in urls for arg in ("--url", url)]  # 3011 is not there yet: 404

    output = update(*args, "--save-to", str(tmp_path / "kept"))

    assert "Neueste Ausgabe: Gebietsstand 31.08.2026" in output
    assert "Gemeinden: 1104 neu" in output
    record = RegisterImport.objects.get(publisher="Statistisches Bundesamt (Destatis)")
    assert record.data_date == datetime.date(2026, 8, 31)
    assert Municipality.objects.get(ags="01002000").name == "Kiel"
    assert (tmp_path / "kept" / "GV100AD_31082026.txt").is_file()

    before = snapshot()
    again = update(*args)
    assert "Importiert ist bereits der Gebietsstand 31.08.2026 – nichts zu tun" in again
    assert snapshot() == before


def test_a_zip_without_a_register_file_changes_nothing(server, register):
    root, base = server
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("liesmich.txt", "nichts")
    (root / "GV100AD3105.zip").write_bytes(buffer.getvalue())
    before = snapshot()
    with pytest.raises(CommandError, match="Das ZIP enthält keine GV100AD-Datei"):
        update("--url", f"{base}/GV100AD3105.zip")
    assert snapshot() == before


def test_a_gebietsstand_that_is_no_date_changes_nothing(server, register):
    root, base = server
    schleswig_holstein_zip(root, "GV100AD3105.zip", "20260231")
    before = snapshot()
    with pytest.raises(CommandError, match=r"gültigen Gebietsstand.*nichts geändert"):
        update("--url", f"{base}/GV100AD3105.zip")
    assert snapshot() == before


def test_a_register_file_too_large_unpacked_is_not_read(server, register, monkeypatch):
    """A small ZIP may unpack to gigabytes: the declared size is checked before reading."""
    root, base = server
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("GV100AD_31052026.txt", "0020260531" + " " * 100_000)
    (root / "GV100AD3105.zip").write_bytes(buffer.getvalue())
    assert len(buffer.getvalue()) < 10_000  # the download itself is within the limit
    monkeypatch.setattr(register_download, "MAX_BYTES", 10_000)
    before = snapshot()
    with pytest.raises(CommandError, match=r"entpackt größer als.*nichts geändert"):
        update("--url", f"{base}/GV100AD3105.zip")
    assert snapshot() == before
