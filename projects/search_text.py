"""The visitor's text as a tsquery: what the search box understands.

Everything that turns typed text into the query that the stored ``Project.search_vector`` is
matched, ranked and highlighted with lives here (``query_sql``); ``projects.search`` uses it.
"""

from __future__ import annotations

import re

CONFIG = "german_unaccent"

# --- Text query ------------------------------------------------------------------------------

# A phrase in quotes (also excluded: -"…") or a run of non-blanks, as websearch_to_tsquery
# reads them.
TOKEN = re.compile(r'-?"[^"]*"?|\S+')
WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_UMLAUT_SPELLINGS = re.compile(r"(ae|oe|ue)", re.IGNORECASE)
# websearch_to_tsquery's "or", also as German users type it ("oder" is a stop word otherwise).
OR_WORDS = {"or", "oder"}
# "nicht Kita" excludes like "-Kita" ("nicht" is a stop word otherwise).
NOT_WORDS = {"nicht"}
# Every word is required anyway; "AND" typed as in other search engines is left out.
AND_WORDS = {"and", "und"}
OPERATOR_WORDS = OR_WORDS | NOT_WORDS | AND_WORDS
# A slash between two letters outside quotes.
_SLASH = re.compile(r'(?<=[^\W\d_])/(?=[^\W\d_])(?=(?:[^"]*"[^"]*")*[^"]*$)')


def websearch_text(q: str) -> str:
    """``q`` in websearch_to_tsquery's syntax: German "oder" as "or", "nicht X" as "-X"; a
    slash between words separates them ("Kita/Hort", which PostgreSQL reads as one path), and
    an "oder" without a word on both sides is left out ("Kita oder")."""
    tokens = []
    negate = False
    for token in TOKEN.findall(_SLASH.sub(" ", q)):
        lower = token.lower()
        if lower in NOT_WORDS:
            negate = True
            continue
        if lower in AND_WORDS:
            continue
        if lower in OR_WORDS:
            tokens.append("or")
        elif negate and not token.startswith("-"):
            tokens.append("-" + token)
        else:
            tokens.append(token)
        negate = False
    while tokens and tokens[-1] == "or":
        tokens.pop()
    while tokens and tokens[0] == "or":
        tokens.pop(0)
    return " ".join(tokens)


def query_sql(q: str) -> tuple[str, list]:
    """The tsquery of ``q`` as SQL with its parameters ("oder" read as "or", "nicht" as "-"),
    synonyms added (``projects.synonyms``). A word typed with ae/oe/ue is also looked for as
    its variant without the e ("Buergeramt" or "Burgeramt"): the stored vectors are
    unaccented, and not every German stemmer reads "ue" as "ü". The SQL function
    ``kommunect_search_query`` (migrations 0017, 0027) rewrites each such word in place, so
    the structure of the query is kept."""
    q = websearch_text(q)
    spellings = list(dict.fromkeys(w for w in WORD.findall(q) if _UMLAUT_SPELLINGS.search(w)))
    variants = [_UMLAUT_SPELLINGS.sub(lambda m: m.group(0)[0], w) for w in spellings]
    return (
        "kommunect_search_query(%s::regconfig, %s, %s::text[], %s::text[])",
        [CONFIG, q, spellings, variants],
    )
