"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 of recent editions: one feed entry per edition.

Pure: `EditionView`s and a `SiteMeta` in, a string out; the same inputs give the
same bytes (the feed's own date is its newest edition's, never the clock's).

RSS and Atom are built with feedgen (lxml underneath, so the XML is well formed
by construction; characters XML 1.0 forbids are dropped first, since lxml
refuses them). JSON Feed is a plain dict per https://www.jsonfeed.org/version/1.1/.
Entry content is the HTML fragment of `render/site.py`, escaped the same way as
the site's pages, and every link in a feed is absolute.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from feedgen.feed import FeedGenerator

from newsdesk import __version__
from newsdesk.render.site import FEED_FILES, render_entry_html
from newsdesk.render.views import EditionView, SiteMeta, newest_first, ui_strings, xml_text

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
GENERATOR_URI = "https://github.com/newsdesk/newsdesk"
_BOLD_MARK = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
_SPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", xml_text(text)).strip()


def _local(dt: datetime, meta: SiteMeta) -> datetime:
    return dt.astimezone(meta.tz)


def entry_summary(view: EditionView) -> str:
    """One plain line: the headlines, numbered."""
    return " ".join(f"{iv.number}. {_clean(iv.item.headline)}" for iv in view.items)


def entry_text(view: EditionView) -> str:
    """The edition as plain text (JSON Feed `content_text`): headline-attribution, link, summary."""
    blocks = []
    for iv in view.items:
        summary = _BOLD_MARK.sub(r"\1", _clean(iv.item.summary))
        blocks.append(f"{iv.number}. {_clean(iv.item.headline)}-{_clean(iv.item.attribution)}\n"
                      f"{_clean(iv.item.url)}\n{summary}")
    return "\n\n".join(blocks)


def _title(meta: SiteMeta) -> str:
    return _clean(meta.title) or ui_strings(meta.language)["site_title"]


def _edition_title(view: EditionView) -> str:
    # Every format requires a non-empty title; the key is what the edition is called anyway.
    return _clean(view.edition.title) or view.key


def _description(meta: SiteMeta) -> str:
    return _clean(meta.description) or ui_strings(meta.language)["site_description"]


def _require(views: Sequence[EditionView]) -> list[EditionView]:
    if not views:
        raise ValueError("a feed needs at least one edition")
    return newest_first(views)


def _generator(views: Sequence[EditionView], meta: SiteMeta, self_file: str) -> FeedGenerator:
    ordered = _require(views)
    fg = FeedGenerator()
    title = _title(meta)
    fg.id(meta.base_url)
    fg.title(title)
    fg.description(_description(meta))
    fg.subtitle(_description(meta))
    fg.language(meta.language)
    fg.author({"name": title})
    fg.generator("newsdesk", version=__version__, uri=GENERATOR_URI)
    # feedgen takes RSS's channel <link> from the last link given: the site, not the feed itself.
    fg.link(href=meta.url(self_file), rel="self")
    fg.link(href=meta.base_url, rel="alternate", type="text/html")
    # The feed changes when its newest edition does; the clock never enters (reproducible bytes).
    fg.updated(_local(max(v.edition.generated_at for v in ordered), meta))
    for view in ordered:
        edition = view.edition
        url = meta.url(view.url_path)
        when = _local(edition.generated_at, meta)
        fe = fg.add_entry(order="append")
        fe.id(url)
        fe.guid(url, permalink=True)
        fe.title(_edition_title(view))
        fe.link(href=url, rel="alternate", type="text/html")
        fe.published(when)
        fe.updated(when)
        fe.description(entry_summary(view) or _edition_title(view))
        fe.content(xml_text(render_entry_html(view, meta)), type="html")
        for category in edition.categories:
            if _clean(category):
                fe.category(term=_clean(category))
    return fg


def render_rss(views: Sequence[EditionView], meta: SiteMeta) -> str:
    """RSS 2.0 (https://www.rssboard.org/rss-specification), newest edition first."""
    fg = _generator(views, meta, FEED_FILES["rss"])
    return fg.rss_str(pretty=True, encoding="UTF-8").decode("utf-8")


def render_atom(views: Sequence[EditionView], meta: SiteMeta) -> str:
    """Atom 1.0 (RFC 4287), newest edition first."""
    fg = _generator(views, meta, FEED_FILES["atom"])
    return fg.atom_str(pretty=True, encoding="UTF-8").decode("utf-8")


def render_json_feed(views: Sequence[EditionView], meta: SiteMeta) -> str:
    """JSON Feed 1.1, newest edition first."""
    ordered = _require(views)
    title = _title(meta)
    items: list[dict[str, Any]] = []
    for view in ordered:
        edition = view.edition
        url = meta.url(view.url_path)
        when = _local(edition.generated_at, meta).isoformat(timespec="seconds")
        item: dict[str, Any] = {
            "id": url,
            "url": url,
            "title": _edition_title(view),
            "content_html": xml_text(render_entry_html(view, meta)),
            "content_text": entry_text(view),
            "summary": entry_summary(view),
            "date_published": when,
            "date_modified": when,
            "language": meta.language,
        }
        tags = [_clean(c) for c in edition.categories if _clean(c)]
        if tags:
            item["tags"] = tags
        items.append(item)
    feed = {
        "version": JSON_FEED_VERSION,
        "title": title,
        "home_page_url": meta.base_url,
        "feed_url": meta.url(FEED_FILES["json"]),
        "description": _description(meta),
        "language": meta.language,
        "authors": [{"name": title}],
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def render_feeds(views: Sequence[EditionView], meta: SiteMeta) -> dict[str, str]:
    """Every feed file by its path inside the site."""
    return {
        FEED_FILES["rss"]: render_rss(views, meta),
        FEED_FILES["atom"]: render_atom(views, meta),
        FEED_FILES["json"]: render_json_feed(views, meta),
    }
