"""gunicorn settings read from the working directory (the repository root) by default.

No `Server: gunicorn` header: it tells an attacker which server and where to look. gunicorn has
no setting for it, so its response drops the header before sending.
"""

from gunicorn.http import wsgi

_default_headers = wsgi.Response.default_headers


def _without_server_header(self):
    return [line for line in _default_headers(self) if not line.startswith("Server:")]


wsgi.Response.default_headers = _without_server_header
