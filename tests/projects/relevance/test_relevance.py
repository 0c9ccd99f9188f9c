"""The judged relevance set (judgments.toml): the search finds what municipal staff look for.

The demo content is seeded once for this module on the real catalogue and register, with a
count and seed under which every archetype has a published project (checked below, so that a
change of the generator cannot silently drop judged queries). Figures come from
``projects.relevance``, the code of ``manage.py search_relevance``.
"""

import math
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from projects.demo.archetypes import all_archetypes
from projects.demo.seeding import clear_demo_projects, seed_demo_projects
from projects.models import Project
from projects.relevance import (
    DEPTH,
    Judgment,
    Outcome,
    figures,
    figures_by_kind,
    load_judgments,
    run,
    seeded_archetypes,
)

pytestmark = pytest.mark.django_db

# The smallest seeding found where every archetype has a published project (500 projects,
# about five per archetype, as on a young platform).
COUNT, SEED = 500, 16
RECALL_TARGET = 0.95


@pytest.fixture(scope="module")
def demo(catalogue, register, django_db_blocker):
    with django_db_blocker.unblock():
        seed_demo_projects(COUNT, SEED)
        yield
        clear_demo_projects()


def test_the_judged_set_is_large_varied_and_names_real_archetypes():
    judgments = load_judgments()
    keys = {archetype.key for archetype in all_archetypes()}

    assert len(judgments) >= 150
    assert len({j.q for j in judgments}) == len(judgments)
    assert [j.q for j in judgments if not 1 <= len(j.expected) <= 3] == []
    assert [(j.q, key) for j in judgments for key in j.expected if key not in keys] == []
    assert {j.kind for j in judgments} >= {
        "single",
        "multi",
        "compound",
        "typo",
        "synonym",
        "umlaut",
        "operator",
        "identifier",
    }


def test_ndcg_counts_each_judged_archetype_once_at_its_best_position():
    outcome = Outcome(Judgment("multi", "q", ("a", "b", "c")), ("x", "a", "a", "b", "x"))

    ideal = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert outcome.found == ["a", "b"]
    assert outcome.missed == ["c"]
    assert outcome.ndcg == pytest.approx((1 / math.log2(3) + 1 / math.log2(5)) / ideal)
    assert figures([outcome]).recall == pytest.approx(2 / 3)


def test_the_command_says_when_there_is_no_demo_content():
    with pytest.raises(CommandError, match="seed_demo"):
        call_command("search_relevance", stdout=StringIO())


def test_every_judged_archetype_has_published_demo_projects(demo):
    judged = {key for j in load_judgments() for key in j.expected}

    assert sorted(judged - seeded_archetypes()) == []
    # Each demo project knows its archetype (the bulk path of seed_demo writes it).
    assert not Project.objects.filter(is_demo=True, demo_archetype="").exists()


def test_recall_at_10_over_the_judged_set(demo):
    outcomes = run(load_judgments())
    overall = figures(outcomes)

    by_kind = {kind: round(f.recall, 3) for kind, f in figures_by_kind(outcomes).items()}
    misses = [
        f"{o.judgment.kind} {o.judgment.q!r}: {', '.join(o.missed)}" for o in outcomes if o.missed
    ]
    report = f"recall@{DEPTH} per kind {by_kind}; misses:\n" + "\n".join(misses)
    assert overall.recall >= RECALL_TARGET, report


def test_the_command_prints_the_figures_per_kind(demo):
    out = StringIO()
    call_command("search_relevance", stdout=out, stderr=StringIO())

    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["Art", "Anfragen", "bewertet", "gefunden", "recall@10", "nDCG@10"]
    assert [line.split()[0] for line in lines[1:]] == [
        "single",
        "multi",
        "compound",
        "typo",
        "synonym",
        "umlaut",
        "operator",
        "identifier",
        "gesamt",
    ]
    judgments = load_judgments()
    judged = sum(len(j.expected) for j in judgments)
    assert lines[-1].split()[1:3] == [str(len(judgments)), str(judged)]
