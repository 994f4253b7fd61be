"""Hugo Markdown in exactly the shape of the seed briefing.

    ---
    title: "2025.07.22.04 过去4小时全球AI发生了什么？"
    date: 2025-07-22T04:00:34.422+08:00
    categories: ["AI快讯", "技术前沿", "开源动态"]
    ---

    1. [headline-Attribution](url)

       summary with **bold** facts

Pure: an Edition and a zone in, a string out. Every text in the file comes from posts
or a model, so none of it reaches the Markdown raw (Hugo sites often render raw HTML,
`markup.goldmark.renderer.unsafe = true`, and Hugo expands shortcodes before Markdown):

- C0/C1 controls and bidi overrides are dropped (`views.xml_text` and the rest of C0);
- `<` becomes `&lt;` (no tag, no autolink) and an `&` that would start an entity `&amp;`;
- `{{` is broken as `&#123;{`, so `{{< ... >}}` and `{{% ... %}}` are text, not shortcodes;
- brackets are escaped (no link or image inside a text), and a summary cannot open a block
  (heading, quote, list) with its first character;
- a link target is an http(s) URL with its unsafe characters percent-encoded, or else
  the edition's page (`page_url`).

Normal Chinese and English text, and the `**bold**` markup, come out unchanged.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote
from zoneinfo import ZoneInfo

from newsdesk.model import Edition, Item
from newsdesk.render.views import safe_url, xml_text

INDENT = "   "  # three spaces: the summary belongs to the list item above it
_SPACE = re.compile(r"\s+")
#: What xml_text keeps but a Markdown line must not carry: C0 and C1 controls (tab and
#: newline are whitespace, collapsed by _one_line).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: An `&` that a Markdown renderer would read as an entity or character reference.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
#: A start that would open a block: heading, quote, list item, code fence. The backslash goes
#: before the punctuation (`\#`, `1\.`): CommonMark escapes only ASCII punctuation.
_BLOCK_START = re.compile(r"^(?:(\d{1,9})(?=[.)]\s|[.)]$)|(?=(?:#{1,6}|[-+*>])(?:\s|$)|`{3}|~{3}))")
#: Characters a link destination may not carry as they are (beside controls, spaces and non-ASCII).
_URL_ESCAPE = frozenset('()<>"{}|\\^`[]')


def clean(text: str) -> str:
    """`text` on one line, without controls or bidi overrides."""
    return _SPACE.sub(" ", _CONTROLS.sub("", xml_text(text))).strip()


def _inert(text: str) -> str:
    """Markdown text in which no HTML, entity, shortcode, link or image can start."""
    text = text.replace("\\", "\\\\")
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;")
    text = re.sub(r"\{(?=\{)", "&#123;", text)
    return text.replace("[", "\\[").replace("]", "\\]")


def _link_text(text: str) -> str:
    return _inert(clean(text))


def _summary(text: str) -> str:
    text = _inert(clean(text))
    return _BLOCK_START.sub(lambda m: (m.group(1) or "") + "\\", text, count=1)


def link_url(url: str, page_url: str = "") -> str:
    """`url` fit for a Markdown link destination when it is http(s), else `page_url` (or "#").

    Spaces, parentheses, brackets and non-ASCII characters are percent-encoded (so a URL
    cannot end the link early or hide a bidi override); `&name;` keeps its `&` literal.
    """
    encoded = "".join(quote(ch, safe="") if ch in _URL_ESCAPE or ch.isspace() or not (" " < ch < "\x7f")
                      else ch for ch in url.strip())
    if safe_url(encoded) is None:
        fallback = safe_url(page_url)
        return link_url(fallback) if fallback else "#"
    return _ENTITY.sub("&amp;", encoded)


def front_matter_string(value: str) -> str:
    """A YAML double-quoted scalar; JSON string syntax is a subset YAML accepts."""
    return json.dumps(value, ensure_ascii=False)


def render_item(number: int, item: Item, page_url: str = "") -> str:
    head = (f"{number}. [{_link_text(item.headline)}-{_link_text(item.attribution)}]"
            f"({link_url(item.url, page_url)})")
    return f"{head}\n\n{INDENT}{_summary(item.summary)}\n"


def render_hugo(edition: Edition, tz: ZoneInfo, *, page_url: str = "") -> str:
    """The edition as a Hugo content file; `page_url` (the edition's page) stands in for unsafe item links."""
    date = edition.generated_at.astimezone(tz).isoformat(timespec="milliseconds")
    categories = json.dumps([clean(c) for c in edition.categories], ensure_ascii=False)
    lines = [
        "---",
        f"title: {front_matter_string(clean(edition.title))}",
        f"date: {date}",
        f"categories: {categories}",
        "---",
        "",
    ]
    body = "\n".join(render_item(n, item, page_url) for n, item in enumerate(edition.items, 1))
    return "\n".join(lines) + "\n" + body
