"""The projects matching a text query as chunk bitmaps, from the lexeme bitmaps of migration 0013.

PostgreSQL normalizes the query (``websearch_to_tsquery``: stemming, unaccent, stop words) into
a tsquery such as ``'digital' & 'antrag' & !'kita' | 'burgeramt'``. Its Boolean tree is then
evaluated per chunk on the bitmaps of its lexemes: AND, OR and NOT of bitmaps give exactly the
projects whose search vector the tsquery matches, and cost the same for 10 or 30,000 matches.

Phrases ("digitaler antrag" in quotes), prefixes and weights need word positions, which bitmaps
do not hold: such a query returns None from ``parse`` and is searched in the GIN index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection

_TOKEN = re.compile(r"\s*('(?:[^'\\]|''|\\.)*'(?::[*A-Da-d]+)?|<\d*-?>|[&|!()])")


@dataclass(frozen=True)
class Term:
    lexeme: str


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class And:
    left: Node
    right: Node


@dataclass(frozen=True)
class Or:
    left: Node
    right: Node


@dataclass(frozen=True)
class Nothing:
    """A query without lexemes (only stop words): it matches no project."""


Node = Term | Not | And | Or | Nothing


class Unsupported(Exception):
    """The tsquery uses word positions (phrase, prefix, weight)."""


def normalized(tsquery_sql: str, params: list) -> str:
    """The tsquery of an SQL expression (``search.query_sql``) as PostgreSQL writes it. One
    query."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({tsquery_sql})::text", params)
        return cursor.fetchone()[0]


def parse(tsquery: str) -> Node | None:
    """The Boolean tree of a tsquery's text; None where it needs word positions."""
    tokens = _tokenize(tsquery)
    if not tokens:
        return Nothing()
    try:
        node, rest = _or(tokens)
    except Unsupported:
        return None
    if rest:
        raise ValueError(f"unexpected {rest[0]!r} in tsquery {tsquery!r}")
    return node


def scope_cte(node: Node) -> tuple[str, list[str]]:
    """``scope (chunk, bits)``: the published projects that match, one bitmap per chunk; no
    row for a chunk without matches, so that counting skips its facet values."""
    expression, params = _sql(node)
    return (
        f"scope AS (SELECT chunk, bits FROM (SELECT p.chunk, {expression} AS bits "
        "FROM projects_facet_bitmap p WHERE p.facet = 'published' AND p.value = '') AS s "
        "WHERE bit_count(bits) > 0)"
    ), params


def _tokenize(tsquery: str) -> list[str]:
    tokens, position = [], 0
    text = tsquery.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ValueError(f"cannot read tsquery {tsquery!r} at {position}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def _or(tokens: list[str]) -> tuple[Node, list[str]]:
    node, tokens = _and(tokens)
    while tokens and tokens[0] == "|":
        right, tokens = _and(tokens[1:])
        node = Or(node, right)
    return node, tokens


def _and(tokens: list[str]) -> tuple[Node, list[str]]:
    node, tokens = _not(tokens)
    while tokens and tokens[0] not in ("|", ")"):
        if tokens[0] != "&":  # <-> or <N>: a phrase
            raise Unsupported
        right, tokens = _not(tokens[1:])
        node = And(node, right)
    return node, tokens


def _not(tokens: list[str]) -> tuple[Node, list[str]]:
    if tokens[0] == "!":
        operand, tokens = _not(tokens[1:])
        return Not(operand), tokens
    if tokens[0] == "(":
        node, tokens = _or(tokens[1:])
        if not tokens or tokens[0] != ")":
            raise ValueError("unbalanced parentheses in tsquery")
        return node, tokens[1:]
    token = tokens[0]
    if not token.startswith("'"):
        raise ValueError(f"unexpected {token!r} in tsquery")
    quoted, _, suffix = token.rpartition("'")
    if suffix:  # ':*' prefix or ':AB' weights
        raise Unsupported
    lexeme = quoted[1:].replace("''", "'")
    return Term(re.sub(r"\\(.)", r"\1", lexeme)), tokens[1:]


def _sql(node: Node) -> tuple[str, list[str]]:
    """The chunk bitmap of ``node`` as an SQL expression over the published row ``p``."""
    match node:
        case Term(lexeme):
            return (
                "coalesce((SELECT l.bits FROM projects_lexeme_bitmap l "
                "WHERE l.lexeme = %s AND l.chunk = p.chunk), p.bits # p.bits)"
            ), [lexeme]
        case Not(operand):
            inner, params = _sql(operand)
            return f"(p.bits & ~{inner})", params
        case And(left, right) | Or(left, right):
            left_sql, left_params = _sql(left)
            right_sql, right_params = _sql(right)
            operator = "&" if isinstance(node, And) else "|"
            return f"({left_sql} {operator} {right_sql})", left_params + right_params
        case Nothing():
            return "(p.bits # p.bits)", []
    raise TypeError(node)
