"""The documented nginx configuration (deploy/nginx.conf, shown in the README) matches the
settings and does what the production section promises."""

import re

from django.conf import settings

CONFIG = (settings.BASE_DIR / "deploy" / "nginx.conf").read_text()


def directive(name: str) -> list[str]:
    return re.findall(rf"^\s*{name}\s+([^;]+);", CONFIG, flags=re.MULTILINE)


def test_the_request_body_limit_fits_two_uploads_and_the_form():
    assert directive("client_max_body_size") == [f"{2 * settings.KOMMUNECT_MAX_UPLOAD_MB + 1}m"]


def test_the_proxy_buffers_slow_clients_and_overwrites_forwarded_headers():
    assert directive("proxy_request_buffering") == ["on"]
    assert directive("proxy_buffering") == ["on"]
    assert directive("proxy_set_header") == [
        "Host $host",
        "X-Forwarded-Proto $scheme",
        "X-Forwarded-For $remote_addr",
    ]
    # Longer than gunicorn's 30 s worker timeout, so the 503/500 pages get through.
    assert int(directive("proxy_read_timeout")[0].removesuffix("s")) > 30


def test_html_is_compressed():
    assert directive("gzip") == ["on"]
    assert directive("gzip_proxied") == ["any"]


def test_the_readme_shows_this_configuration():
    readme = (settings.BASE_DIR / "README.md").read_text()
    assert CONFIG.strip() in readme
