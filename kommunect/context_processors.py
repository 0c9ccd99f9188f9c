from django.conf import settings

from projects.models import Project


def operator(request):
    """The platform operator, shown in the footer and on the legal pages."""
    return {"operator": settings.KOMMUNECT_OPERATOR}


def demo_content(request):
    """Whether demo projects exist, for the site-wide notice in base.html.

    A callable: the template calls it only where it renders the notice (full pages, not htmx
    fragments), one EXISTS on a partial index that holds only the demo rows."""
    return {"has_demo_content": Project.objects.demo().exists}
