"""Every ReuseInterest row becomes a reuse request; nothing of the old counter is lost.

- A row (project P, municipality B, person, message, date) becomes a request of B for P in
  state "offen", its message the questions, its date kept, with a history entry "aus einer
  Interessenbekundung übernommen". B can withdraw it, A can answer it like any new request.
  Its reminder counts as sent: an old declaration of interest is no reason to remind A today.
- A row of the project's own municipality (possible in the admin) becomes a withdrawn request:
  kept, but never counted as interest of another municipality.
- Project.reuse_interest_count was fed from the rows by the admin, but the column was writable
  by scripts and imports. Where it is higher than the number of rows, the difference has no
  municipality behind it and cannot become a request; it is kept as a history entry of the
  project ("Nachnutzungsinteresse übernommen", with the number in its note).
"""

from django.db import migrations
from django.db.models import Count
from django.utils import timezone

EXCESS_NOTE = (
    "Vor der Umstellung auf Nachnutzungsanfragen zählte das Projekt {count} "
    "Interessenbekundungen, davon {excess} ohne eine Kommune, die eine Anfrage daraus werden "
    "könnte."
)


def forward(apps, schema_editor):
    ReuseInterest = apps.get_model("projects", "ReuseInterest")
    ReuseRequest = apps.get_model("projects", "ReuseRequest")
    ReuseRequestEvent = apps.get_model("projects", "ReuseRequestEvent")
    Project = apps.get_model("projects", "Project")
    ProjectEvent = apps.get_model("projects", "ProjectEvent")
    now = timezone.now()

    rows = ReuseInterest.objects.select_related("project").order_by("pk").iterator(2000)
    batch = []
    for row in rows:
        own = row.municipality_id == row.project.owner_id
        batch.append(
            (
                ReuseRequest(
                    project_id=row.project_id,
                    municipality_id=row.municipality_id,
                    created_by_id=row.user_id,
                    questions=row.message,
                    state="withdrawn" if own else "open",
                    reminded_at=now,
                    created_at=row.created_at,
                ),
                row,
            )
        )
        if len(batch) >= 2000:
            _save(ReuseRequest, ReuseRequestEvent, batch)
            batch = []
    _save(ReuseRequest, ReuseRequestEvent, batch)

    counted = dict(
        ReuseInterest.objects.order_by()
        .values("project")
        .annotate(n=Count("id"))
        .values_list("project", "n")
    )
    over = Project.objects.filter(reuse_interest_count__gt=0).values_list(
        "pk", "reuse_interest_count", "version"
    )
    ProjectEvent.objects.bulk_create(
        ProjectEvent(
            project_id=pk,
            action="interest_migrated",
            version=version,
            note=EXCESS_NOTE.format(count=count, excess=count - counted.get(pk, 0)),
        )
        for pk, count, version in over.iterator(2000)
        if count > counted.get(pk, 0)
    )


def _save(ReuseRequest, ReuseRequestEvent, batch):
    requests = ReuseRequest.objects.bulk_create([request for request, _row in batch])
    ReuseRequestEvent.objects.bulk_create(
        ReuseRequestEvent(
            request=request,
            actor_id=row.user_id,
            municipality_id=row.municipality_id,
            action="migrated",
            state=request.state,
            created_at=row.created_at,
        )
        for request, (_request, row) in zip(requests, batch, strict=True)
    )


def backward(apps, schema_editor):
    """Requests back to interest rows (one per project and municipality) and the counter."""
    ReuseInterest = apps.get_model("projects", "ReuseInterest")
    ReuseRequest = apps.get_model("projects", "ReuseRequest")
    Project = apps.get_model("projects", "Project")
    seen = set()
    rows = []
    for request in ReuseRequest.objects.order_by("created_at", "pk").iterator(2000):
        key = (request.project_id, request.municipality_id)
        if key not in seen:
            seen.add(key)
            rows.append(
                ReuseInterest(
                    project_id=request.project_id,
                    municipality_id=request.municipality_id,
                    user_id=request.created_by_id,
                    message=request.questions[:2000],
                )
            )
    created = ReuseInterest.objects.bulk_create(rows)
    counts = {}
    for row in created:
        counts[row.project_id] = counts.get(row.project_id, 0) + 1
    for pk, n in counts.items():
        Project.objects.filter(pk=pk).update(reuse_interest_count=n)


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0033_reuse_requests"),
    ]

    operations = [migrations.RunPython(forward, backward)]
