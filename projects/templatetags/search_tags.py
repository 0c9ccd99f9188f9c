"""Tags of the search page /projekte/."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def facet_checkbox(name, option):
    """One facet value as a labelled checkbox with its count.

    The search page shows up to 150 of them; a tag builds each in one step, where the same
    markup spelled out in the template resolved nine variables per checkbox.
    """
    return format_html(
        '<input class="kern-form-check__checkbox" type="checkbox" id="f-{0}-{1}" name="{0}" '
        'value="{1}"{2}>\n'
        '          <label class="kern-label" for="f-{0}-{1}">{3} '
        '<span class="search-count">({4})</span></label>',
        name,
        option.value,
        " checked" if option.selected else "",
        option.label,
        option.count,
    )
