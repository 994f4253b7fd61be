"""A structural checker for edition Markdown, validated against the seed example itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

import frontmatter

ITEM_HEAD = re.compile(r"^(\d+)\. \[(?P<text>(?:[^\]\\]|\\.)+)\]\((?P<url>[^)\s]+)\)$")
TITLE = re.compile(r"^\d{4}\.\d{2}\.\d{2}\.\d{2} 过去4小时全球AI发生了什么？$")


@dataclass
class ParsedItem:
    number: int
    link_text: str
    url: str
    summary: str


def parse_edition(text: str) -> tuple[dict, list[ParsedItem]]:
    """Parse and check the seed's shape; raises AssertionError naming what is off."""
    assert text.startswith("---\n"), "front matter must open the file"
    post = frontmatter.loads(text)
    meta = dict(post.metadata)
    assert list(meta) == ["title", "date", "categories"], f"front matter keys {list(meta)}"
    assert TITLE.match(meta["title"]), meta["title"]
    date = meta["date"]
    date_line = next(line for line in text.splitlines() if line.startswith("date: "))
    assert re.fullmatch(r"date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00", date_line), date_line
    assert isinstance(date, datetime | str)
    cats_line = next(line for line in text.splitlines() if line.startswith("categories: "))
    assert re.fullmatch(r'categories: \[("[^"]+"(, "[^"]+")*)?\]', cats_line), cats_line
    assert isinstance(meta["categories"], list)
    body = post.content.split("\n")
    items: list[ParsedItem] = []
    i = 0
    while i < len(body):
        line = body[i]
        if not line.strip():
            i += 1
            continue
        m = ITEM_HEAD.match(line)
        assert m, f"line {i}: not an item head: {line!r}"
        assert int(m.group(1)) == len(items) + 1, f"item numbers must count up: {line!r}"
        assert body[i + 1] == "", f"a blank line must follow the head of item {m.group(1)}"
        summary = body[i + 2]
        assert summary.startswith("   ") and not summary.startswith("    "), (
            f"the summary of item {m.group(1)} must be indented three spaces: {summary!r}"
        )
        assert summary.strip(), f"item {m.group(1)} has an empty summary"
        items.append(ParsedItem(int(m.group(1)), m.group("text"), m.group("url"), summary.strip()))
        i += 3
    return meta, items
