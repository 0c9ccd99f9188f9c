"""The fields a browser would submit for an HTML form, read from a page (for the benchmark's
save round trip, which posts the edit form the way a browser does)."""

from __future__ import annotations

from html.parser import HTMLParser

# Inputs that submit nothing unless clicked or chosen (buttons, files).
NOT_SUBMITTED = {"submit", "button", "image", "reset", "file"}


class _Form:
    def __init__(self, attrs: dict[str, str | None]):
        self.attrs = attrs
        self.fields: list[tuple[str, str]] = []


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[_Form] = []
        self.form: _Form | None = None
        self.textarea: tuple[str, list[str]] | None = None
        # The open <select>: name, multiple, its options (value, selected).
        self.select: tuple[str, bool, list[tuple[str, bool]]] | None = None
        self.option: tuple[str | None, bool, list[str]] | None = None

    def handle_starttag(self, tag, attr_list):
        attrs = dict(attr_list)
        if tag == "form":
            self.form = _Form(attrs)
            self.forms.append(self.form)
            return
        if self.form is None or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in NOT_SUBMITTED or (kind in {"checkbox", "radio"} and "checked" not in attrs):
                return
            default = "on" if kind in {"checkbox", "radio"} else ""
            self.form.fields.append((name, attrs.get("value") or default))
        elif tag == "textarea" and name:
            self.textarea = (name, [])
        elif tag == "select" and name:
            self.select = (name, "multiple" in attrs, [])
        elif tag == "option" and self.select is not None:
            self._close_option()
            self.option = (attrs.get("value"), "selected" in attrs, [])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1].append(data)
        elif self.option is not None:
            self.option[2].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "textarea" and self.textarea is not None and self.form is not None:
            name, parts = self.textarea
            text = "".join(parts)
            # HTML drops one line break right after <textarea> (Django's widget writes one).
            self.form.fields.append((name, text.removeprefix("\r\n").removeprefix("\n")))
            self.textarea = None
        elif tag == "option":
            self._close_option()
        elif tag == "select" and self.select is not None and self.form is not None:
            self._close_option()
            name, multiple, options = self.select
            chosen = [value for value, selected in options if selected]
            if not chosen and not multiple and options:
                chosen = [options[0][0]]  # a single select submits its first option
            self.form.fields.extend((name, value) for value in chosen)
            self.select = None

    def _close_option(self):
        if self.option is not None and self.select is not None:
            value, selected, text = self.option
            self.select[2].append((value if value is not None else "".join(text).strip(), selected))
        self.option = None


def form_fields(html: str, having: str) -> list[tuple[str, str]]:
    """The (name, value) pairs the first form with a field named ``having`` submits (without
    its buttons). Raises LookupError if the page has no such form."""
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    for form in parser.forms:
        if any(name == having for name, _value in form.fields):
            return form.fields
    raise LookupError(f"no form with a field {having!r}")
