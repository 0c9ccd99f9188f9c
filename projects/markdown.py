"""Markdown written by municipal editors, rendered to HTML that is safe to show to everyone.

Two layers, so that one mistake does not open a hole:
1. python-markdown with raw HTML switched off: ``<script>`` typed into a description is shown
   as text, never passed through. Images become plain links (an image from another host would
   be a third-party request). Headings are shifted so user content never produces an ``<h1>``
   and fits under the heading of the section it is shown in.
2. nh3 (ammonia) sanitizes the result against an allowlist of tags and attributes; links keep
   only http, https and mailto URLs (or relative ones) and get ``rel="nofollow noopener"``.
"""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener"

# fenced_code, tables, def_list and sane_lists from "extra" and beyond; left out on purpose:
# attr_list (lets authors set attributes), md_in_html (raw HTML) and footnotes (ids, backlinks).
EXTENSIONS = ["fenced_code", "tables", "def_list", "sane_lists"]

HEADING_TAGS = {f"h{level}" for level in range(1, 7)}


class _UserContentTreeprocessor(Treeprocessor):
    """Shift headings below ``top_level`` and turn images into links."""

    def __init__(self, md, top_level: int):
        super().__init__(md)
        self.top_level = top_level

    def run(self, root):
        headings = [element for element in root.iter() if element.tag in HEADING_TAGS]
        if headings:
            # The highest heading the author used becomes top_level; the structure below stays.
            shift = self.top_level - min(int(element.tag[1]) for element in headings)
            for element in headings:
                element.tag = f"h{min(max(int(element.tag[1]) + shift, self.top_level), 6)}"
        for element in root.iter("img"):
            source, alt, title = (
                element.get("src", ""),
                element.get("alt", ""),
                element.get("title"),
            )
            element.attrib.clear()
            element.tag = "a"
            element.set("href", source)
            if title:
                element.set("title", title)
            element.text = alt or source


class _UserContentExtension(Extension):
    def __init__(self, top_level: int):
        super().__init__()
        self.top_level = top_level

    def extendMarkdown(self, md):
        # No raw HTML: block-level and inline HTML are rendered as escaped text.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_UserContentTreeprocessor(md, self.top_level), "kommunect", 5)


def sanitize_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def render_markdown(text: str, top_level: int = 2) -> SafeString:
    """Render an editor's Markdown as sanitized HTML; its headings start at ``<h{top_level}>``."""
    if not text:
        return mark_safe("")
    if not 2 <= top_level <= 6:
        raise ValueError("top_level must be between 2 and 6")
    converter = markdown.Markdown(
        extensions=[*EXTENSIONS, _UserContentExtension(top_level)], output_format="html"
    )
    return mark_safe(sanitize_html(converter.convert(text)))
