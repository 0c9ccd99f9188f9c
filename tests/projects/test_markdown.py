"""Editors' Markdown is rendered for everyone: normal Markdown works, nothing hostile survives."""

import re
from html.parser import HTMLParser

import pytest

from projects.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<<script>script>alert(1)<</script>/script>",
    "<div>\n<script>alert(1)</script>\n</div>",
    "text <img src=x onerror=alert(1)> text",
    '<a href="javascript:alert(1)">klick</a>',
    '<a href="#" onclick="alert(1)">klick</a>',
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    '<p style="position:fixed">overlay</p>',
    "[klick](javascript:alert(1))",
    "[klick](JaVaScRiPt:alert(1))",
    "[klick](java&#115;cript:alert(1))",
    "[klick](&#106;avascript:alert(1))",
    "[klick](jav&#x09;ascript:alert(1))",
    "[klick](java\nscript:alert(1))",
    "[klick](<javascript:alert(1)>)",
    "[klick]( javascript:alert(1))",
    "[klick][x]\n\n[x]: javascript:alert(1)",
    "[klick](vbscript:msgbox(1))",
    "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](javascript:alert(1))",
    '[klick](https://example.org" onmouseover="alert(1))',
    "**<img src=x onerror=alert(1)>**",
    "`<script>`<script>alert(1)</script>",
    "Text {: onclick=alert(1) }\n\n# Titel {: onclick=alert(1) }",
    "<!--><script>alert(1)</script>-->",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
]

SAFE_TAGS = {"p", "a", "strong", "em", "code", "pre", "h2", "h3"}
SAFE_SCHEMES = ("http://", "https://", "mailto:")


class ElementCollector(HTMLParser):
    """The real elements and attributes of rendered HTML (escaped text is not an element)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements_of(html):
    collector = ElementCollector()
    collector.feed(html)
    collector.close()
    return collector.elements


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_leaves_no_active_content(text):
    for tag, attrs in elements_of(str(render_markdown(text))):
        assert tag in SAFE_TAGS
        assert set(attrs) <= {"href", "title", "rel"}
        href = attrs.get("href")
        # Browsers drop tabs and newlines inside URLs; compare what they would see.
        href = re.sub(r"[\t\n\r]", "", href or "").strip().lower()
        assert not href or href.startswith(SAFE_SCHEMES) or ":" not in href.split("/")[0]


def test_raw_html_is_shown_as_text():
    assert str(render_markdown("<b>fett</b>")) == "<p>&lt;b&gt;fett&lt;/b&gt;</p>"


def test_javascript_links_lose_their_target_but_keep_their_text():
    html = str(render_markdown("[klick](javascript:alert(1))"))
    assert "href" not in html
    assert ">klick</a>" in html


def test_event_handler_in_markdown_link_title_stays_an_attribute_value():
    html = str(render_markdown('[x](https://example.org "t\\" onclick=\\"alert(1)")'))
    assert " onclick=" not in html.replace("&quot; onclick", "")


def test_normal_markdown_renders():
    html = str(
        render_markdown(
            "Einleitung mit **fett**, *kursiv* und `code`.\n\n"
            "- eins\n- zwei\n\n"
            "3. drei\n4. vier\n\n"
            "> Zitat\n\n"
            "```\nprint('hallo')\n```\n\n"
            "| Spalte | Wert |\n|---|---|\n| a | 1 |\n"
        )
    )
    assert "<strong>fett</strong>" in html
    assert "<em>kursiv</em>" in html
    assert "<code>code</code>" in html
    assert "<ul>\n<li>eins</li>" in html
    assert '<ol start="3">' in html
    assert "<blockquote>" in html
    assert "<pre><code>print(&#x27;hallo&#x27;)" in html or "<pre><code>print('hallo')" in html
    assert "<th>Spalte</th>" in html
    assert "<td>1</td>" in html


def test_links_allow_web_and_mail_and_get_nofollow():
    html = str(render_markdown("[Web](https://example.org) [Mail](mailto:a@example.org)"))
    assert '<a href="https://example.org" rel="nofollow noopener">Web</a>' in html
    assert '<a href="mailto:a@example.org" rel="nofollow noopener">Mail</a>' in html


def test_images_become_links_so_no_foreign_host_is_requested():
    html = str(render_markdown("![Plan der Stadt](https://tracker.example/plan.png)"))
    assert "<img" not in html
    assert '<a href="https://tracker.example/plan.png" rel="nofollow noopener">' in html
    assert "Plan der Stadt</a>" in html


def test_headings_never_become_h1_and_keep_their_structure():
    html = str(render_markdown("# Ziel\n\n## Weg\n\n###### Tief"))
    assert "<h1" not in html
    assert "<h2>Ziel</h2>" in html
    assert "<h3>Weg</h3>" in html
    assert "<h6>Tief</h6>" in html


def test_highest_heading_used_starts_at_the_given_level():
    html = str(render_markdown("### Ziele\n\n#### Teilziel", top_level=3))
    assert "<h3>Ziele</h3>" in html
    assert "<h4>Teilziel</h4>" in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""


def test_result_is_safe_for_templates():
    assert hasattr(render_markdown("text"), "__html__")
