"""Validation of uploaded files: size limit and type checked by content, never by name."""

from dataclasses import dataclass
from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image

IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}
ATTACHMENT_TYPES = {**DOCUMENT_TYPES, **IMAGE_TYPES}
PILLOW_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WEBP"}


@dataclass
class CheckedUpload:
    content_type: str
    extension: str
    size: int


def max_upload_bytes() -> int:
    return settings.KOMMUNECT_MAX_UPLOAD_MB * 1024 * 1024


def _head(upload, length: int = 8192) -> bytes:
    upload.seek(0)
    head = upload.read(length)
    upload.seek(0)
    return head


def check_upload(upload, allowed: dict[str, str]) -> CheckedUpload:
    """Return the detected type of ``upload`` or raise ValidationError (German message).

    The type comes from the file's content (``filetype`` magic numbers; images are also decoded
    by Pillow), so an executable renamed to .pdf or an HTML page renamed to .png is refused.
    """
    if upload.size > max_upload_bytes():
        raise ValidationError(
            _("Die Datei ist zu groß (höchstens %(limit)s MB)."),
            code="file_too_large",
            params={"limit": settings.KOMMUNECT_MAX_UPLOAD_MB},
        )
    if upload.size == 0:
        raise ValidationError(_("Die Datei ist leer."), code="file_empty")
    kind = filetype.guess(_head(upload))
    if kind is None or kind.mime not in allowed:
        raise ValidationError(
            _(
                "Dieser Dateityp ist nicht erlaubt. Erlaubt sind: %(types)s. "
                "Geprüft wird der Inhalt der Datei, nicht ihr Name."
            ),
            code="file_type",
            params={"types": ", ".join(sorted(set(allowed.values())))},
        )
    if kind.mime in PILLOW_FORMATS:
        try:
            upload.seek(0)
            with Image.open(upload) as image:
                if image.format != PILLOW_FORMATS[kind.mime]:
                    raise ValueError(image.format)
                image.verify()
        except Exception as error:
            raise ValidationError(
                _("Das Bild ist beschädigt oder kein gültiges Bild."), code="image_invalid"
            ) from error
        finally:
            upload.seek(0)
    return CheckedUpload(content_type=kind.mime, extension=allowed[kind.mime], size=upload.size)


def safe_name(original: str, extension: str) -> str:
    """A storage name from the original stem and the extension of the detected type."""
    stem = slugify(PurePath(original or "").stem)[:80] or "datei"
    return f"{stem}.{extension}"
