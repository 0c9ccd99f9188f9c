"""Storage paths of uploads. A random directory per file makes the name unguessable, so a
file stays private even where the storage itself is reachable (a misconfigured web server, a
public bucket); the site serves uploads only through permission-checked views."""

import uuid
from datetime import date
from pathlib import PurePath


def _unguessable(folder: str, filename: str) -> str:
    name = PurePath(filename).name or "datei"
    return f"projects/{folder}/{date.today():%Y}/{uuid.uuid4().hex}/{name}"


def cover_image_path(instance, filename: str) -> str:
    return _unguessable("covers", filename)


def attachment_path(instance, filename: str) -> str:
    return _unguessable("attachments", filename)
