"""The static HTML site: an index of editions and one page per edition.

Pure: `EditionView`s and a `SiteMeta` in, HTML strings out. Pages are plain
HTML and one stylesheet (`style.css`), no JavaScript, readable on a phone.

Everything shown comes from posts or from a model, so nothing is trusted:
Jinja2 escapes every value (autoescape), the only markup made from text is
`**bold**` -> `<strong>`, converted *after* escaping, and a link is emitted only
for an absolute http(s) URL (`views.safe_url`); anything else is shown as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from importlib.resources import files
from itertools import groupby
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from newsdesk.model import Post
from newsdesk.render.views import ArchiveEntry, EditionView, SiteMeta, newest_first, safe_url, ui_strings, xml_text

#: How many headlines of each edition the index shows.
INDEX_HEADLINES = 3
#: A source's excerpt is cut to this many characters.
EXCERPT_CHARS = 90
STYLESHEET = "style.css"
ARCHIVE = "archive/index.html"
FEED_FILES = {"rss": "feed.xml", "atom": "atom.xml", "json": "feed.json"}

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    return _SPACE.sub(" ", xml_text(text)).strip()


def bold_html(text: str) -> Markup:
    """Escape `text`, then turn `**x**` into `<strong>x</strong>`: the only markup text may carry."""
    escaped = str(escape(one_line(text)))
    return Markup(_BOLD.sub(r"<strong>\1</strong>", escaped))


def excerpt(post: Post, limit: int = EXCERPT_CHARS) -> str:
    text = one_line(post.title or post.text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def author_label(post: Post) -> str:
    name = one_line(post.author_name)
    handle = one_line(post.author_handle)
    return name or (f"@{handle}" if handle else post.platform)


def _finalize(value: Any) -> Any:
    # Every printed value loses XML-invalid characters; Markup we built is already clean.
    if isinstance(value, str) and not isinstance(value, Markup):
        return xml_text(value)
    return "" if value is None else value


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsdesk.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["bold"] = bold_html
    env.filters["href"] = safe_url
    env.filters["one_line"] = one_line
    env.globals["excerpt"] = excerpt
    env.globals["author_label"] = author_label
    return env


def _context(meta: SiteMeta, root: str) -> dict[str, Any]:
    strings = ui_strings(meta.language)

    def local(dt: datetime, fmt: str = strings["time_format"]) -> str:
        return dt.astimezone(meta.tz).strftime(fmt)

    def iso(dt: datetime) -> str:
        return dt.astimezone(meta.tz).isoformat(timespec="seconds")

    return {
        "meta": meta, "t": strings, "root": root, "local": local, "iso": iso,
        "archive": ARCHIVE, "stylesheet": root + STYLESHEET, "feeds": {k: root + v for k, v in FEED_FILES.items()},
    }


def render_index(views: Sequence[EditionView], meta: SiteMeta) -> str:
    """`index.html`: the editions, newest first, each with its first headlines."""
    template = environment().get_template("index.html")
    return template.render(editions=newest_first(views), headlines=INDEX_HEADLINES, **_context(meta, ""))


def render_archive(entries: Sequence[ArchiveEntry], meta: SiteMeta) -> str:
    """`archive/index.html`: every edition, newest first, grouped by the date of its slot in `meta.tz`."""
    ordered = sorted(entries, key=lambda e: e.key, reverse=True)
    days = [(day, list(group)) for day, group in groupby(ordered, key=lambda e: e.end.astimezone(meta.tz).date())]
    template = environment().get_template("archive.html")
    return template.render(entries=ordered, days=days, **_context(meta, "../"))


def render_edition_page(view: EditionView, meta: SiteMeta) -> str:
    """`editions/<key>/index.html`: the numbered items, each with its story's sources."""
    template = environment().get_template("edition.html")
    return template.render(view=view, edition=view.edition, **_context(meta, "../../"))


def render_entry_html(view: EditionView, meta: SiteMeta) -> str:
    """The edition as an HTML fragment for feed entries (absolute links only)."""
    template = environment().get_template("entry.html")
    return template.render(view=view, edition=view.edition, **_context(meta, meta.base_url)).strip()


def stylesheet() -> str:
    return files("newsdesk.render").joinpath("templates", STYLESHEET).read_text(encoding="utf-8")


def render_site(views: Sequence[EditionView], meta: SiteMeta) -> dict[str, str]:
    """Every site file by its path inside the site: index, archive, stylesheet, one page per view."""
    archive = render_archive([ArchiveEntry.of(v.edition) for v in views], meta)
    out = {"index.html": render_index(views, meta), ARCHIVE: archive, STYLESHEET: stylesheet()}
    for view in views:
        out[view.path] = render_edition_page(view, meta)
    return out
