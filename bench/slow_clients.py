"""Slow clients against the documented deployment (README, "Produktion").

Opens 4 half-open connections (a request line and one header, never finished), then times one
normal request, for gunicorn alone (4 sync workers, as documented) and for gunicorn behind the
documented nginx (deploy/nginx.conf without TLS, on loopback ports). Needs nginx installed and
DATABASE_URL of a migrated database.

    DATABASE_URL=… .venv/bin/python bench/slow_clients.py
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from http.client import HTTPConnection
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
SLOW_CLIENTS = 4


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            timed_request(port)
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise
            time.sleep(0.1)


def timed_request(port: int) -> tuple[int, float]:
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    started = time.perf_counter()
    connection.request("GET", "/impressum/", headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, time.perf_counter() - started


def slow_client_run(port: int) -> tuple[int, float]:
    slow = []
    for _ in range(SLOW_CLIENTS):
        client = socket.create_connection(("127.0.0.1", port))
        client.sendall(b"GET /impressum/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
        slow.append(client)
    try:
        return timed_request(port)
    finally:
        for client in slow:
            client.close()


def nginx_config(directory: Path, port: int, upstream: int) -> Path:
    """deploy/nginx.conf on loopback ports, TLS left out, in a minimal main configuration."""
    site = (REPO / "deploy" / "nginx.conf").read_text()
    site = re.sub(r"^\s*ssl_.*$", "", site, flags=re.MULTILINE)
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port};")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
    temp = "".join(
        f"{kind}_temp_path {directory / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = directory / "nginx.conf"
    config.write_text(
        f"worker_processes 1;\npid {directory / 'nginx.pid'};\n"
        f"error_log {directory / 'error.log'};\n"
        f"events {{ worker_connections 256; }}\n"
        f"http {{\naccess_log off;\n{temp}{site}\n}}\n"
    )
    return config


def main() -> None:
    env = {**os.environ, "DJANGO_ENV": "test", "DEBUG": "0", "LOG_LEVEL": "WARNING"}
    upstream = free_port()
    gunicorn = subprocess.Popen(
        [GUNICORN, "kommunect.wsgi", "--bind", f"127.0.0.1:{upstream}", "--workers", "4"],
        cwd=REPO,
        env=env,
    )
    directory = Path(tempfile.mkdtemp(prefix="kommunect-nginx-"))
    directory.chmod(0o755)
    nginx = None
    try:
        wait_for(upstream, gunicorn)
        port = free_port()
        config = nginx_config(directory, port, upstream)
        nginx = subprocess.Popen(["nginx", "-c", str(config), "-g", "daemon off;"])
        wait_for(port, nginx)
        for name, target in (("gunicorn (4 sync workers)", upstream), ("nginx + gunicorn", port)):
            status, seconds = slow_client_run(target)
            print(
                f"{name}: {SLOW_CLIENTS} slow clients, then a request: {status} in {seconds:.2f} s"
            )
    finally:
        if nginx is not None:
            nginx.terminate()
            nginx.wait(10)
        gunicorn.terminate()
        gunicorn.wait(30)
        shutil.rmtree(directory)


if __name__ == "__main__":
    main()
