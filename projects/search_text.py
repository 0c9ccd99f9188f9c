"""The visitor's text as a tsquery: what the search box understands.

Everything that turns typed text into the query that the stored ``Project.search_vector`` is
matched, ranked and highlighted with lives here (``query_sql``); ``projects.search`` uses it.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import SearchQuery

CONFIG = "german_unaccent"

# --- Text query ------------------------------------------------------------------------------

# A phrase in quotes (also excluded: -"…") or a run of non-blanks, as websearch_to_tsquery
# reads them.
TOKEN = re.compile(r'-?"[^"]*"?|\S+')
WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_UMLAUT_SPELLINGS = re.compile(r"(ae|oe|ue)", re.IGNORECASE)
# websearch_to_tsquery's "or", also as German users type it ("oder" is a stop word otherwise).
OR_WORDS = {"or", "oder"}


class TextQuery(SearchQuery):
    """The user's text as ``websearch_to_tsquery`` reads it ("phrase", -exclude, or), with each
    word typed with ae/oe/ue also as its variant without the e ("Buergeramt" or "Burgeramt"):
    the stored vectors are unaccented, and not every German stemmer reads "ue" as "ü". The
    SQL function ``kommunect_search_query`` (migration 0017) rewrites each such word in place,
    so the structure of the query is kept."""

    def __init__(self, q: str):
        super().__init__(q, config=CONFIG, search_type="websearch")
        self.q = q

    def as_sql(self, compiler, connection, **extra_context):
        return query_sql(self.q)


def query_sql(q: str) -> tuple[str, list]:
    """The tsquery of ``q`` as SQL with its parameters ("oder" read as "or")."""
    q = " ".join("or" if t.lower() in OR_WORDS else t for t in TOKEN.findall(q))
    spellings = list(dict.fromkeys(w for w in WORD.findall(q) if _UMLAUT_SPELLINGS.search(w)))
    variants = [_UMLAUT_SPELLINGS.sub(lambda m: m.group(0)[0], w) for w in spellings]
    return (
        "kommunect_search_query(%s::regconfig, %s, %s::text[], %s::text[])",
        [CONFIG, q, spellings, variants],
    )


def text_query(q: str) -> TextQuery:
    return TextQuery(q)
