from django.conf import settings

from municipalities.access import is_curator
from projects.models import Project


def operator(request):
    """The platform operator, shown in the footer and on the legal pages."""
    return {"operator": settings.KOMMUNECT_OPERATOR}


def demo_content(request):
    """Whether demo projects exist, for the site-wide notice in base.html.

    A callable: the template calls it only where it renders the notice (full pages, not htmx
    fragments), one EXISTS on a partial index that holds only the demo rows."""
    return {"has_demo_content": Project.objects.demo().exists}


def curator(request):
    """Whether the user is a curator, for the header's Moderation and Beitrittsanfragen links.

    A callable: evaluated only where the header shows a signed-in user's links; one query,
    cached on the user (none for superusers or after a view checked it)."""
    return {"is_curator": lambda: is_curator(request.user)}
