"""OPML 2.0 in and out, so newsdesk's feeds travel to and from any feed reader.

Pure: bytes in, source rows out; sources in, a document out. The standard
library's expat-based parser refuses external entities and, with expat >= 2.4.1,
limits entity expansion, which is what an untrusted OPML file needs.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

from newsdesk.errors import InputError
from newsdesk.model import Source
from newsdesk.sourcelist import feed_url

_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(url: str) -> str:
    parts = urlsplit(url)
    base = _SLUG.sub("-", (parts.netloc + parts.path).lower()).strip("-")[:48]
    # A short hash keeps ids unique when two feeds share a host and a long path prefix.
    return f"rss:{base}-{hashlib.sha1(url.encode()).hexdigest()[:6]}"


def parse_opml(data: bytes, *, origin: str = "OPML") -> tuple[list[dict[str, Any]], list[str]]:
    """Feed outlines (any depth) as source rows; outlines without `xmlUrl` are folders or notes.

    A folder's title becomes a tag on the feeds inside it.
    """
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InputError(f"{origin}: not valid OPML/XML: {exc}") from exc
    if root.tag != "opml" or root.find("body") is None:
        raise InputError(f"{origin}: not an OPML document (root <{root.tag}>, no <body>)")
    rows: list[dict[str, Any]] = []
    warnings: list[str] = []
    seen: set[str] = set()

    def walk(node: ET.Element, tags: tuple[str, ...]) -> None:
        for outline in node.findall("outline"):
            url = (outline.get("xmlUrl") or "").strip()
            title = (outline.get("title") or outline.get("text") or "").strip()
            if not url:
                walk(outline, (*tags, title) if title else tags)
                continue
            if urlsplit(url).scheme not in ("http", "https"):
                warnings.append(f"{origin}: skipped outline {title or url!r}: xmlUrl is not http(s)")
                continue
            if url in seen:
                continue
            seen.add(url)
            lang = outline.get("language") or None
            rows.append({"id": _slug(url), "kind": "rss", "locator": url, "name": title or url,
                         "weight": 1.0, "lang": lang, "tags": tags, "options": {}})

    walk(root.find("body"), ())  # type: ignore[arg-type]
    return rows, warnings


def render_opml(sources: Sequence[Source], *, title: str = "newsdesk sources",
                now: datetime | None = None) -> str:
    """Every feed-backed source as an `<outline type="rss" xmlUrl=...>`, grouped by kind."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC), usegmt=True)
    body = ET.SubElement(opml, "body")
    groups: dict[str, ET.Element] = {}
    for source in sources:
        url = feed_url(source)
        if url is None:
            continue
        group = groups.get(source.kind)
        if group is None:
            group = groups[source.kind] = ET.SubElement(body, "outline", text=source.kind, title=source.kind)
        attrs = {"type": "rss", "text": source.name or source.id, "title": source.name or source.id,
                 "xmlUrl": url}
        if source.lang:
            attrs["language"] = source.lang
        ET.SubElement(group, "outline", attrs)
    ET.indent(opml)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n"
