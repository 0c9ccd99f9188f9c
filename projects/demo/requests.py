"""Reuse requests of the demo: each municipality that the generator lets ask for a published
demo project (DemoProject.interested) gets a request with a short, believable thread.

The details come from a random generator seeded by project and municipality, not from the
generator's stream, so the projects stay the same whatever happens here. Rows are written by
COPY with reserved ids (requests first, then their events)."""

import random
from datetime import datetime, timedelta

from django.db import connection

from projects.demo import vocabulary as words
from projects.models import ReuseRequest, ReuseRequestEvent

State = ReuseRequest.State
Action = ReuseRequestEvent.Action
Part = ReuseRequest.Part
STATES = (
    (State.OPEN, 25),
    (State.CLARIFYING, 35),
    (State.AGREED, 22),
    (State.DECLINED, 8),
    (State.WITHDRAWN, 10),
)
REMINDER_AFTER = timedelta(days=7)


def demo_requests(pairs, now: datetime):
    """(request row, [event rows]) for every asking municipality of the projects ``pairs``
    ((project id, DemoProject)); ids are filled in by write_requests."""
    for project_id, project in pairs:
        owner_id = project.values["owner_id"]
        for municipality_id, moment in project.interested:
            yield _request(
                project_id, project.values["slug"], owner_id, municipality_id, moment, now
            )


def _request(project_id, slug, owner_id, municipality_id, asked, now):
    rng = random.Random(f"{slug}:{municipality_id}")
    state = rng.choices([s for s, _w in STATES], [w for _s, w in STATES])[0]
    span = max((now - asked).total_seconds(), 3600)
    answered = asked + timedelta(seconds=min(rng.expovariate(1 / 259200), span * 0.5))
    parts = sorted(rng.sample(Part.values, rng.randint(1, 3)), key=Part.values.index)
    questions = rng.choice(words.REQUEST_QUESTIONS)
    events = [(None, municipality_id, Action.ASKED, State.OPEN, "", asked)]
    if state != State.OPEN and not (state == State.WITHDRAWN and rng.random() < 0.5):
        answer = rng.choice(words.REQUEST_ANSWERS)
        events.append((None, owner_id, Action.ANSWERED, State.CLARIFYING, answer, answered))
    else:
        answered = None
    later = (answered or asked) + (now - (answered or asked)) * rng.uniform(0.1, 0.5)
    if state == State.AGREED:
        reply = rng.choice(words.REQUEST_REPLIES)
        events.append((None, municipality_id, Action.AGREED, State.AGREED, reply, later))
    elif state == State.DECLINED:
        reason = rng.choice(words.REQUEST_DECLINES)
        events.append((None, owner_id, Action.DECLINED, State.DECLINED, reason, later))
    elif state == State.WITHDRAWN:
        events.append((None, municipality_id, Action.WITHDRAWN, State.WITHDRAWN, "", later))
    reminded = (
        asked + REMINDER_AFTER if state == State.OPEN and now - asked > REMINDER_AFTER else None
    )
    request = {
        "project_id": project_id,
        "municipality_id": municipality_id,
        "parts": "{" + ",".join(parts) + "}",
        "timeline": rng.choice(words.REQUEST_TIMELINES),
        "questions": questions,
        "state": state,
        "first_answered_at": answered,
        "reminded_at": reminded,
        "version": len(events),
        "created_at": asked,
        "updated_at": events[-1][-1],
    }
    return request, events


def write_requests(pairs, now: datetime, copy) -> None:
    """Write the demo requests and their events with ``copy`` (seeding._copy)."""
    rows = list(demo_requests(pairs, now))
    if not rows:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [ReuseRequest._meta.db_table, len(rows)],
        )
        ids = sorted(row[0] for row in cursor.fetchall())
    columns = list(rows[0][0])
    copy(
        ReuseRequest._meta.db_table,
        ["id", *columns],
        (
            (pk, *(request[c] for c in columns))
            for pk, (request, _events) in zip(ids, rows, strict=True)
        ),
    )
    copy(
        ReuseRequestEvent._meta.db_table,
        ["request_id", "actor_id", "municipality_id", "action", "state", "text", "created_at"],
        (
            (pk, *event)
            for pk, (_request, events) in zip(ids, rows, strict=True)
            for event in events
        ),
    )
