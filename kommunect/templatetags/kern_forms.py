"""Render Django form fields with the KERN UX classes: ``{% include "includes/kern_field.html" %}``.

Django's BoundField already adds ``aria-invalid`` and ``aria-describedby`` (help text and
errors, ids ``<id>_helptext`` and ``<id>_error``); this only adds the classes.
"""

from django import forms, template

register = template.Library()

INPUT_CLASS = "kern-form-input__input"
SELECT_CLASS = "kern-form-input__select"
CHECKBOX_CLASS = "kern-form-check__checkbox"
RADIO_CLASS = "kern-form-check__radio"


@register.filter
def kern_widget(field):
    """The field's widget with the KERN class for its type (and the error modifier)."""
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxInput):
        css = CHECKBOX_CLASS
    elif isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return field.as_widget()
    elif isinstance(widget, forms.Select):
        css = SELECT_CLASS
    else:
        css = INPUT_CLASS
    classes = [widget.attrs.get("class", ""), css]
    if field.errors:
        classes.append(f"{css}--error")
    return field.as_widget(attrs={"class": " ".join(c for c in classes if c)})


@register.filter
def kern_kind(field) -> str:
    """ "checkbox", "choices" (radio/checkbox lists), "select", "hidden" or "input"."""
    widget = field.field.widget
    if field.is_hidden:
        return "hidden"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return "choices"
    if isinstance(widget, forms.Select):
        return "select"
    return "input"
