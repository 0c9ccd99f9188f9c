"""Tag suggestions of the project form: the tags a user could see anyway.

Only tags of projects visible to the user (published ones, plus the drafts of the user's own
municipalities; curators see all), so a draft's tags never leak to other municipalities. They
come from the most recently changed RECENT_PROJECTS of them, so that the form costs the same
at 1,000 or 100,000 projects (counting the tags of all projects took 56 ms at 20,000).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from taggit.models import TaggedItem

from projects.models import Project

MAX_SUGGESTIONS = 200
RECENT_PROJECTS = 2000


def suggested_tags(user, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """The most used tag names among the recent projects ``user`` may see, in one query."""
    recent = Project.objects.visible_to(user).order_by("-updated_at").values("pk")
    return list(
        TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Project),
            object_id__in=recent[:RECENT_PROJECTS],
        )
        .values("tag__name")
        .annotate(uses=Count("id"))
        .order_by("-uses", "tag__name")
        .values_list("tag__name", flat=True)[:limit]
    )
