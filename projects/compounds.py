"""German compounds split at index time, so that a part finds the whole word.

"Ausweis" finds "Personalausweis", "Schule" finds "Schulentwicklungsplanung": for the words
of a project's texts, ``compound_terms`` writes extra index text that
``projects.search_index.vector_sql`` adds to the search vector with the lowest weight (D), so a
whole-word match still ranks above a part match.

- A compound is written with hyphens ("Personal-Ausweis"): PostgreSQL's parser indexes the
  hyphenated word and each part at consecutive positions, so the phrase that
  ``websearch_to_tsquery`` makes of a typed "Personal-Ausweis" matches too. A part that is a
  compound itself is split as well ("Schulentwicklung-Planung", "Schul-Entwicklung").
- A hyphenated word is also written joined ("E-Akte" → "EAkte"), so the two spellings find
  each other.

The splitting is done in Python with the dictionary-based decompounder of the ``german-nouns``
package (the nouns of the German Wiktionary), not by a PostgreSQL ispell dictionary: managed
PostgreSQL servers do not accept dictionary files. Its dictionary takes about 1 s and 230 MB to
load, so it is loaded once per process on first use, and each word is split once per process.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterable

# Words and hyphenated words ("E-Akte"); digits and underscores are no part of them.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Linking elements between the parts ("Gewerbe|anmeldung", "Entwicklung|s|planung").
LINKS = ("", "s", "es", "n", "en", "e", "er", "ens")
# Endings of the last part ("Bau|anträge", "Bürger|ämter").
ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen")
MIN_PART = 3
_FOLD = str.maketrans("äöü", "aou")


@functools.cache
def _nouns():
    from german_nouns.lookup import Nouns

    # The library reads its CSV file without closing it; the warning is about its code.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        return Nouns()


def _is_noun(word: str) -> bool:
    # The index is a defaultdict that parse_compound also fills with empty lists.
    return bool(_nouns().index.get(word))


@functools.lru_cache(maxsize=200_000)
def split(word: str) -> tuple[str, ...]:
    """The parts of a compound noun ("Personalausweis" → ("Personal", "Ausweis")), or () where
    ``word`` is no compound or the decompounder's parts do not make up the whole word."""
    if len(word) < 2 * MIN_PART:
        return ()
    lemmas = [lemma for lemma in _nouns().parse_compound(word) if lemma]
    if not lemmas:
        return ()
    folded = word.lower().translate(_FOLD)
    if len(lemmas) == 1 and lemmas[0].lower() != word.lower() and _cover(folded, 0, lemmas):
        return split(lemmas[0])  # an inflected form ("Kindertagesstätten")
    lemmas = _linking_s(folded, lemmas)
    parts = _cover(folded, 0, lemmas)
    # The decompounder drops a first part that is no dictionary word as written ("Schul" in
    # "Schulentwicklung", short for "Schule") or misreads it ("Kindertagesstätte" gives "Inder"
    # and "Tagesstätte"): keep its later parts and take the rest of the word as the first part
    # where that is a noun without its linking element or with an elided "e"/"en".
    for skip in range(len(lemmas)):
        if parts is not None:
            break
        for start in range(MIN_PART, len(folded) - MIN_PART + 1):
            rest = _cover(folded, start, lemmas[skip:])
            first = rest is not None and _first_part(word[:start])
            if first:
                parts = [first, *rest]
                break
    return tuple(parts) if parts and len(parts) > 1 else ()


# Suffixes after which German links with "s" ("Ordnung|s|amt", "Sicherheit|s|konzept").
S_LINKED = ("ung", "heit", "keit", "schaft", "ion", "tat", "tum", "ling")


def _linking_s(folded: str, lemmas: list[str]) -> list[str]:
    """The decompounder prefers the longer last part, "Ordnung|Samt" and "Stand|e|Samt":
    read the "s" as linking element where the previous part takes one and the rest is a noun
    ("Ordnung|s|Amt", "Stand|es|Amt")."""
    result = lemmas[:1]
    for lemma in lemmas[1:]:
        previous = result[-1].lower().translate(_FOLD)
        rest = lemma[1:].lower()
        if (
            lemma[:1] in "sS"
            and _is_noun(rest)
            and (previous.endswith(S_LINKED) or previous + "es" + rest.translate(_FOLD) in folded)
        ):
            lemma = lemma[1:].capitalize()
        result.append(lemma)
    return result


def _cover(folded: str, start: int, lemmas: list[str]) -> list[str] | None:
    """The lemmas, if they make up ``folded[start:]`` in order (allowing linking elements,
    an elided final "e"/"en" inside, and an ending of the last part); else None."""
    if not lemmas:
        return [] if start == len(folded) else None
    lemma, rest = lemmas[0], lemmas[1:]
    form = lemma.lower().translate(_FOLD)
    if len(form) < MIN_PART:
        return None
    forms = [form]
    if rest:  # an elided ending inside the word ("Schul|entwicklung")
        forms += [form[: -len(e)] for e in ("e", "en") if form.endswith(e)]
    for written in forms:
        if len(written) < MIN_PART or not folded.startswith(written, start):
            continue
        end = start + len(written)
        for tail in ENDINGS if not rest else LINKS:
            if folded.startswith(tail, end):
                covered = _cover(folded, end + len(tail), rest)
                if covered is not None:
                    return [lemma, *covered]
    return None


def _first_part(prefix: str) -> str | None:
    low = prefix.lower()
    for link in LINKS:
        if not low.endswith(link):
            continue
        stem = low[: len(low) - len(link)]
        if len(stem) >= MIN_PART and any(_is_noun(stem + e) for e in ("", "e", "en", "n")):
            return prefix[: len(stem)].capitalize()
    return None


def _split_terms(word: str, min_part: int = MIN_PART) -> list[str]:
    """The hyphenated split of ``word`` and of its parts. Parts of parts are kept only where
    each is at least 4 letters long: short ones are mostly misreadings ("Jug|End")."""
    parts = split(word)
    if not parts or min(map(len, parts)) < min_part:
        return []
    return ["-".join(parts), *(term for part in parts for term in _split_terms(part, 4))]


@functools.lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """The index terms that one word of a text adds (none for most words)."""
    terms = []
    pieces = word.split("-")
    if len(pieces) > 1:
        terms.append("".join(pieces))
    for piece in pieces:
        # Nouns are capitalised; lower-case words and abbreviations ("OZG") are left alone.
        if piece[:1].isupper() and not piece.isupper():
            terms.extend(_split_terms(piece))
    return tuple(terms)


def project_terms(
    title: str, summary: str, description: str, tags: Iterable[str]
) -> tuple[str, str]:
    """The two stored columns of a project: the terms of its title (``title_compound_terms``,
    weight B) and of its other texts (``compound_terms``, weight D)."""
    return compound_terms([title]), compound_terms([summary, description, *tags])


def compound_terms(texts: Iterable[str]) -> str:
    """The extra index text for a project's texts (title, summary, description, tags)."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in WORD.findall(text or ""):
            seen.update(dict.fromkeys(word_terms(word)))
    return " ".join(seen)
