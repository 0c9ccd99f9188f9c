"""Judged relevance of the search: recall@10 and nDCG@10 over the seeded demo content.

The judged set (``tests/projects/relevance/judgments.toml``) lists queries as municipal staff
type them, each with the demo archetypes (``projects.demo.archetypes``) that must appear in
the top 10. A query runs through the search page's own function, ``projects.search.search``;
its first ten projects are mapped to the archetype they were generated from
(``Project.demo_archetype``). The command ``search_relevance`` and the relevance test share
this module.

Figures:
- recall@10: judged archetypes found in the top 10 / all judged archetypes (over all queries);
- nDCG@10: binary gain, each judged archetype counted once at its best position, divided by
  the ideal (all judged archetypes at the top); the mean over the queries.
"""

import math
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import QueryDict

from projects.models import Project
from projects.search import search

JUDGMENTS = Path(settings.BASE_DIR) / "tests" / "projects" / "relevance" / "judgments.toml"
DEPTH = 10


@dataclass(frozen=True)
class Judgment:
    kind: str  # the group of the query: "typo", "compound", "operator", …
    q: str
    expected: tuple[str, ...]  # archetype keys that must appear in the top DEPTH


@dataclass(frozen=True)
class Outcome:
    judgment: Judgment
    ranked: tuple[str, ...]  # the archetype of each of the top DEPTH projects, in order

    @property
    def found(self) -> list[str]:
        return [key for key in self.judgment.expected if key in self.ranked]

    @property
    def missed(self) -> list[str]:
        return [key for key in self.judgment.expected if key not in self.ranked]

    @property
    def ndcg(self) -> float:
        gain = sum(1 / math.log2(self.ranked.index(key) + 2) for key in self.found)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(self.judgment.expected), DEPTH)))
        return gain / ideal


@dataclass(frozen=True)
class Figures:
    queries: int
    judged: int
    found: int
    ndcg: float

    @property
    def recall(self) -> float:
        return self.found / self.judged if self.judged else 0.0


def load_judgments(path: Path = JUDGMENTS) -> list[Judgment]:
    """The judged queries: each top-level key of the file is a kind, with a list of
    ``{ q = "…", expect = ["archetype-key", …] }``."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    return [
        Judgment(kind=kind, q=entry["q"], expected=tuple(entry["expect"]))
        for kind, entries in data.items()
        for entry in entries
    ]


def seeded_archetypes() -> set[str]:
    """Archetypes with at least one published demo project (what a search can find)."""
    return set(
        Project.objects.published()
        .exclude(demo_archetype="")
        .values_list("demo_archetype", flat=True)
        .distinct()
    )


def ranked_archetypes(q: str) -> tuple[str, ...]:
    """The archetypes of the first DEPTH projects the search page shows for ``q``."""
    params = QueryDict(mutable=True)
    params["q"] = q
    ids = [project.pk for project in search(params).projects[:DEPTH]]
    archetype = dict(Project.objects.filter(pk__in=ids).values_list("pk", "demo_archetype"))
    return tuple(archetype[pk] for pk in ids)


def run(judgments: Iterable[Judgment]) -> list[Outcome]:
    return [Outcome(judgment, ranked_archetypes(judgment.q)) for judgment in judgments]


def figures(outcomes: list[Outcome]) -> Figures:
    return Figures(
        queries=len(outcomes),
        judged=sum(len(o.judgment.expected) for o in outcomes),
        found=sum(len(o.found) for o in outcomes),
        ndcg=sum(o.ndcg for o in outcomes) / len(outcomes) if outcomes else 0.0,
    )


def figures_by_kind(outcomes: list[Outcome]) -> dict[str, Figures]:
    kinds = dict.fromkeys(o.judgment.kind for o in outcomes)
    return {kind: figures([o for o in outcomes if o.judgment.kind == kind]) for kind in kinds}
