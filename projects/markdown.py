"""Markdown written by municipal editors, rendered to HTML that is safe to show to everyone.

Two layers, so that one mistake does not open a hole:
1. markdown-it-py (CommonMark and tables, linear in the length of the text) with raw HTML
   switched off: ``<script>`` typed into a description is shown as text, never passed through.
   Images become plain links (an image from another host would be a third-party request).
   Headings are shifted so user content never produces an ``<h1>`` and fits under the heading
   of the section it is shown in.
2. nh3 (ammonia) sanitizes the result against an allowlist of tags and attributes; links keep
   only http, https and mailto URLs (or relative ones) and get ``rel="nofollow noopener"``.

Rendering costs up to about half a second for 50,000 characters of brackets, so it runs when a
description is saved (``Project.description_html``) and for the capped preview, never per view.
"""

import re

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt
from markdown_it.token import Token

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

# The longest text that is rendered: the description's max_length (also the preview's cap).
MAX_LENGTH = 50000
# Nested brackets evaluated per inline run. Each unmatched "[" costs work proportional to this
# limit, so it bounds the constant of the linear time; deeper nesting stays text.
INLINE_NESTING = 8
HEADING_TAGS = {f"h{level}" for level in range(1, 7)}
# An address with an allowed scheme, or one without any scheme (relative, anchor). nh3 checks
# again; this also drops what only looks relative to it, such as "jav%09ascript:".
SAFE_HREF = re.compile(r"(?:https?:|mailto:|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)


def _any_link(url: str) -> bool:
    # Every destination becomes a link; nh3 drops the ones with a disallowed scheme, so that
    # "[klick](javascript:…)" keeps its text as an inert <a> instead of showing the Markdown.
    return True


def _parser(max_nesting: int = 20) -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "maxNesting": max_nesting}).enable("table")
    parser.validateLink = _any_link
    return parser


_BLOCKS = _parser()
_INLINE = _parser(INLINE_NESTING)


def _parse_inline(state) -> None:
    """Core rule "inline", parsing the blocks' text with the shallower nesting limit."""
    for token in state.tokens:
        if token.type == "inline":
            _INLINE.inline.parse(token.content, _INLINE, state.env, token.children)


_BLOCKS.core.ruler.at("inline", _parse_inline)


def _images_as_links(tokens: list[Token]) -> list[Token]:
    """Each image becomes a link to its address, with its alt text (or address) as text."""
    result = []
    for token in tokens:
        if token.type != "image":
            result.append(token)
            continue
        source = str(token.attrGet("src") or "")
        opening = Token("link_open", "a", 1, attrs={"href": source})
        if token.attrGet("title"):
            opening.attrSet("title", token.attrGet("title"))
        text = _images_as_links(token.children or []) or [Token("text", "", 0, content=source)]
        result += [opening, *text, Token("link_close", "a", -1)]
    return result


def _user_content(tokens: list[Token], top_level: int) -> None:
    """Shift headings below ``top_level``, turn images into links, drop unsafe addresses."""
    headings = [token for token in tokens if token.tag in HEADING_TAGS]
    if headings:
        # The highest heading the author used becomes top_level; the structure below stays.
        shift = top_level - min(int(token.tag[1]) for token in headings)
        for token in headings:
            token.tag = f"h{min(max(int(token.tag[1]) + shift, top_level), 6)}"
    for token in tokens:
        if token.children:
            token.children = _images_as_links(token.children)
            for child in token.children:
                if child.type == "link_open" and not SAFE_HREF.match(child.attrGet("href") or ""):
                    del child.attrs["href"]


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
    tokens = _BLOCKS.parse(text)
    _user_content(tokens, top_level)
    html = _BLOCKS.renderer.render(tokens, _BLOCKS.options, {})
    return mark_safe(sanitize_html(html).strip())


def render_description(text: str) -> SafeString:
    """A project description as the project page shows it (below the page's section headings)."""
    return render_markdown(text, top_level=3)


def render_preview(text: str) -> SafeString:
    """The description preview of the form: as the page will show it, cut at the field's cap."""
    return render_description(text[:MAX_LENGTH])
