"""What the feed and site renderers read: an edition with the posts behind each item.

The renderers are pure (records in, text out), so they cannot ask the store for
the posts a story merged. The shell (`publish/site.py`) looks them up and hands
over an `EditionView`: the Edition plus, for every item, the posts of its story
in the order the story lists them. `SiteMeta` carries what every page and feed
shares: title, base URL, language and time zone.

The text helpers here are the one place where untrusted text (post text, model
text) is made safe for markup: XML-invalid characters are dropped, and a link
target is kept only when it is an absolute http(s) URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from newsdesk.model import Edition, Item, Post

#: Characters XML 1.0 forbids (C0 controls except tab/newline/return, lone surrogates,
#: U+FFFE/U+FFFF); lxml refuses them and HTML parsers treat them as errors.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a post can use
#: them to make the text shown differ from the text stored ("Trojan Source"); no briefing needs them.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Whitespace or controls inside a URL: a browser strips some of them, which is how
#: `java\tscript:` gets past naive checks, so a URL carrying any is not linked.
_URL_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f]")
_SAFE_SCHEMES = frozenset({"http", "https"})


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 does not allow, nor bidi overrides."""
    return _BIDI.sub("", _NOT_XML.sub("", text))


def safe_url(url: str | None) -> str | None:
    """`url` if it is an absolute http(s) URL with a host, else None (shown unlinked)."""
    if not url:
        return None
    url = xml_text(url).strip()
    if not url or _URL_UNSAFE.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 literal
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return url


@dataclass(frozen=True, slots=True)
class SiteMeta:
    """What every page and feed shares."""

    title: str
    base_url: str  #: absolute, ends with "/": where the site is published (feeds need absolute links)
    tz: ZoneInfo  #: times are shown in the edition's zone
    language: str = "zh-CN"  #: BCP 47 tag for `lang`, feeds and the UI strings
    description: str = ""

    def url(self, path: str) -> str:
        """The absolute URL of a site path such as "editions/2026.04.22.12.html"."""
        return self.base_url + path.lstrip("/")


@dataclass(frozen=True, slots=True)
class ItemView:
    """One numbered item with the posts of its story (every post merged in, earliest first)."""

    number: int
    item: Item
    posts: tuple[Post, ...] = ()


@dataclass(frozen=True, slots=True)
class EditionView:
    """An edition as the renderers see it."""

    edition: Edition
    items: tuple[ItemView, ...]

    @property
    def key(self) -> str:
        return self.edition.slot.key

    @property
    def path(self) -> str:
        """The edition page's file inside the site."""
        return edition_path(self.key)

    @property
    def url_path(self) -> str:
        """The edition page's address inside the site, as pushes link to it (`editions/<key>/`)."""
        return edition_dir(self.key)


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    """One edition as the archive lists it: no posts needed, so every stored edition is cheap to list."""

    key: str
    title: str
    end: datetime  #: the slot's end, in the edition's zone: the archive groups by its date
    generated_at: datetime
    n_items: int

    @property
    def path(self) -> str:
        return edition_path(self.key)

    @classmethod
    def of(cls, edition: Edition) -> ArchiveEntry:
        return cls(key=edition.slot.key, title=edition.title, end=edition.slot.end,
                   generated_at=edition.generated_at, n_items=len(edition.items))


def edition_dir(key: str) -> str:
    return f"editions/{key}/"


def edition_path(key: str) -> str:
    return edition_dir(key) + "index.html"


def make_view(edition: Edition, story_posts: Mapping[str, Sequence[str]], posts: Mapping[str, Post]) -> EditionView:
    """Join an edition with its posts: `story_posts` maps story id -> post ids.

    A post the lookup does not have is left out (an old edition whose posts were never
    stored); an item with none left shows only its own link.
    """
    items = []
    for n, item in enumerate(edition.items, 1):
        ids = story_posts.get(item.story_id) or item.post_ids
        found = tuple(posts[i] for i in dict.fromkeys(ids) if i in posts)
        items.append(ItemView(number=n, item=item, posts=found))
    return EditionView(edition=edition, items=tuple(items))


#: The UI strings, by language family; `ui_strings` falls back to English for other languages.
UI_STRINGS: Mapping[str, Mapping[str, str]] = {
    "zh": {
        "site_title": "AI 新闻简报",
        "site_description": "定期更新的全球 AI 新闻简报",
        "editions": "往期简报",
        "items_count": "{n} 条",
        "sources": "来源",
        "sources_count": "来源（{n}）",
        "category": "分类",
        "back": "← 最新简报",
        "archive": "全部往期",
        "archive_count": "共 {n} 期",
        "date_format": "%Y-%m-%d",
        "clock_format": "%H:%M",
        "subscribe": "订阅",
        "colon": "：",
        "generated_by": "由 newsdesk 生成",
        "no_editions": "还没有简报。",
        "more": "……另有 {n} 条",
        "time_format": "%Y-%m-%d %H:%M",
        "source_time_format": "%m-%d %H:%M",
    },
    "en": {
        "site_title": "AI news briefing",
        "site_description": "A regular briefing on AI news from around the world",
        "editions": "Editions",
        "items_count": "{n} items",
        "sources": "Sources",
        "sources_count": "Sources ({n})",
        "category": "Category",
        "back": "← Latest editions",
        "archive": "Archive",
        "archive_count": "{n} editions",
        "date_format": "%Y-%m-%d",
        "clock_format": "%H:%M",
        "subscribe": "Subscribe",
        "colon": ": ",
        "generated_by": "Made by newsdesk",
        "no_editions": "No editions yet.",
        "more": "… and {n} more",
        "time_format": "%Y-%m-%d %H:%M",
        "source_time_format": "%b %d %H:%M",
    },
}


def ui_strings(language: str) -> Mapping[str, str]:
    """The UI strings for a BCP 47 tag: "zh-CN", "zh-TW", "zh" -> Chinese; anything else English."""
    family = language.split("-")[0].lower()
    return UI_STRINGS.get(family, UI_STRINGS["en"])


def newest_first(views: Sequence[EditionView]) -> list[EditionView]:
    return sorted(views, key=lambda v: v.key, reverse=True)
