"""Tags of the search page /projekte/."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def facet_checkboxes(name, options):
    """A facet's values as labelled checkboxes with their counts.

    The search page shows up to 150 of them; one tag builds all of a facet's at once, where
    the markup spelled out in the template resolved nine variables per checkbox.
    """
    name = escape(name)
    return mark_safe(  # every value below is escaped
        "".join(
            f'<div class="kern-form-check"><input class="kern-form-check__checkbox" '
            f'type="checkbox" id="f-{name}-{value}" name="{name}" value="{value}"'
            f"{' checked' if option.selected else ''}>"
            f'<label class="kern-label" for="f-{name}-{value}">{escape(option.label)} '
            f'<span class="search-count">({option.count})</span></label></div>'
            for option in options
            for value in [escape(option.value)]
        )
    )
