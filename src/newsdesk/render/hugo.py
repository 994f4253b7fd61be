"""Hugo Markdown in exactly the shape of the seed briefing.

    ---
    title: "2025.07.22.04 过去4小时全球AI发生了什么？"
    date: 2025-07-22T04:00:34.422+08:00
    categories: ["AI快讯", "技术前沿", "开源动态"]
    ---

    1. [headline-Attribution](url)

       summary with **bold** facts

Pure: an Edition and a zone in, a string out. Link text and URLs are escaped so
that a bracket in a headline or a parenthesis in a URL cannot break the list.
"""

from __future__ import annotations

import json
import re
from zoneinfo import ZoneInfo

from newsdesk.model import Edition, Item

INDENT = "   "  # three spaces: the summary belongs to the list item above it
_SPACE = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _link_text(text: str) -> str:
    # Brackets would end the link text early; backslashes would escape what follows.
    return _one_line(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _link_url(url: str) -> str:
    # Parentheses and spaces end a Markdown link destination; percent-encode them.
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def front_matter_string(value: str) -> str:
    """A YAML double-quoted scalar; JSON string syntax is a subset YAML accepts."""
    return json.dumps(value, ensure_ascii=False)


def render_item(number: int, item: Item) -> str:
    head = f"{number}. [{_link_text(item.headline)}-{_link_text(item.attribution)}]({_link_url(item.url)})"
    return f"{head}\n\n{INDENT}{_one_line(item.summary)}\n"


def render_hugo(edition: Edition, tz: ZoneInfo) -> str:
    """The edition as a Hugo content file."""
    date = edition.generated_at.astimezone(tz).isoformat(timespec="milliseconds")
    categories = json.dumps(list(edition.categories), ensure_ascii=False)
    lines = [
        "---",
        f"title: {front_matter_string(edition.title)}",
        f"date: {date}",
        f"categories: {categories}",
        "---",
        "",
    ]
    body = "\n".join(render_item(n, item) for n, item in enumerate(edition.items, 1))
    return "\n".join(lines) + "\n" + body
