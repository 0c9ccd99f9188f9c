"""Municipality names folded for search, in SQL and in Python alike.

"Köln" is searchable as "Köln", "Koeln" and "Koln": the folded form joins both spellings,
"koeln|koln", stored in the generated column Municipality.name_folded with a trigram index,
so substring and typo search over the ~16,000 register rows stay fast.
"""

from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Lower, Replace

UMLAUTS_SPELLED = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))


class Translate(Func):
    """PostgreSQL translate(); referenced by a migration, keep the name."""

    function = "translate"
    output_field = TextField()


class JoinedByBar(Func):
    """``a || '|' || b``; unlike CONCAT() immutable, so PostgreSQL can index it. Referenced by a
    migration, keep the name."""

    arg_joiner = " || '|' || "
    template = "(%(expressions)s)"
    output_field = TextField()


def fold(text: str) -> str:
    """What a user typed, lower case with umlauts spelled out: "Köln" → "koeln"."""
    text = text.lower()
    for char, spelled in UMLAUTS_SPELLED:
        text = text.replace(char, spelled)
    return text


def folded_name(field: str = "name") -> Func:
    """SQL: lower(name) with umlauts spelled out, "|", lower(name) with umlauts dropped."""
    spelled = Lower(F(field))
    for char, replacement in UMLAUTS_SPELLED:
        spelled = Replace(spelled, Value(char), Value(replacement))
    dropped = Translate(Lower(F(field)), Value("äöüß"), Value("aous"))
    return JoinedByBar(spelled, dropped)
