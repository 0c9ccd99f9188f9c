"""Normalising what visitors type or post: search queries and lists of ids.

Every search box and picker goes through ``normalize_query`` (PostgreSQL rejects NUL in text,
a DataError, i.e. a 500), and every posted id through ``parse_ids``: ``"²".isdigit()`` is
true, but ``int("²")`` fails, so only ASCII digits count.
"""

import re
import unicodedata

from django.utils.text import slugify

MAX_QUERY_LENGTH = 100
MAX_ID_DIGITS = 18  # fits a bigint primary key
MAX_IDS = 500

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_text(value: str, limit: int) -> str:
    """Without control characters (NUL included), whitespace collapsed, at most ``limit`` chars."""
    value = unicodedata.normalize("NFC", _CONTROL_CHARS.sub(" ", value or ""))
    return " ".join(value.split())[:limit]


def normalize_query(raw: str | None, limit: int = MAX_QUERY_LENGTH) -> str:
    """A search query as typed, safe to send to the database."""
    return clean_text(str(raw or ""), limit)


def is_ascii_digits(value) -> bool:
    """True for a non-empty string of ASCII digits short enough to be a primary key."""
    text = str(value)
    return text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS


def parse_id(value) -> int | None:
    return int(value) if value is not None and is_ascii_digits(value) else None


def parse_ids(values, limit: int = MAX_IDS) -> list[int]:
    """The valid ids among posted values, in order, at most ``limit``; the rest dropped."""
    return [int(value) for value in values if is_ascii_digits(value)][:limit]


GERMAN_LETTERS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))


def german_slug(text: str, limit: int = 200) -> str:
    """A slug that spells German letters out: "Südliche Weinstraße" → "suedliche-weinstrasse"
    (slugify alone drops them: "sudliche-weinstrae"); dots, slashes and brackets part words."""
    for letter, spelled in GERMAN_LETTERS:
        text = text.replace(letter, spelled).replace(letter.upper(), spelled.capitalize())
    return slugify(re.sub(r"[./()]", " ", text))[:limit].strip("-")
