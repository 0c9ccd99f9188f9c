"""Tags of the search page /projekte/."""

from django import template

register = template.Library()


@register.inclusion_tag("projects/includes/facet_checkboxes.html")
def facet_checkboxes(name, options):
    """A facet's values as labelled checkboxes with their counts."""
    return {"name": name, "options": options}
