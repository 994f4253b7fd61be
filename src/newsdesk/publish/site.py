"""Feeds and the static site: rebuilt from the store's editions, written atomically.

    store ──edition_record/get_posts──▶ EditionView ──render/site, render/feeds──▶ {path: text}
          ──write_atomic──▶ <site_dir>/index.html, archive/index.html, editions/<key>/index.html, style.css,
                            feed.xml, atom.xml, feed.json

The imperative shell around the pure renderers: it reads the store, joins every
item with the posts of its story, and writes the files. Planning (rendering into
a dict) and writing are separate so `run_edition` can record which files it
writes in the edition's summary before it stores the edition.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from newsdesk.config import Settings
from newsdesk.errors import ConfigError
from newsdesk.model import Edition, Post, Slot
from newsdesk.publish.files import write_atomic
from newsdesk.render.feeds import render_feeds
from newsdesk.render.site import ARCHIVE, render_archive, render_edition_page, render_index, stylesheet
from newsdesk.render.views import (
    ArchiveEntry,
    EditionView,
    SiteMeta,
    edition_dir,
    edition_path,
    make_view,
    newest_first,
    safe_url,
    ui_strings,
)
from newsdesk.slots import zone
from newsdesk.store import Store

STYLESHEET = "style.css"


@dataclass(frozen=True, slots=True)
class SitePlan:
    """Rendered files, by path inside the site folder, not yet written."""

    site_dir: Path
    site: Mapping[str, str]  #: index.html, archive/index.html, style.css, editions/<key>/index.html
    feeds: Mapping[str, str]  #: feed.xml, atom.xml, feed.json
    warnings: tuple[str, ...] = ()

    def summary(self) -> dict[str, Any]:
        """Which files a run writes, for the edition's JSON summary."""
        return {
            "site_dir": str(self.site_dir),
            "site": [str(self.site_dir / p) for p in self.site],
            "feeds": [str(self.site_dir / p) for p in self.feeds],
        }


def base_url(settings: Settings) -> str:
    """`publish.site_url` with one trailing slash; unset, where `newsdesk serve --serve-site` serves."""
    if settings.publish.site_url:
        url = settings.publish.site_url.strip()
        if safe_url(url) is None:
            raise ConfigError(f"publish.site_url: {url!r} is not an absolute http(s) URL (feeds need one)")
        return url.rstrip("/") + "/"
    return f"http://{settings.serve.site_host}:{settings.serve.site_port}/"


def edition_page_url(settings: Settings, key: str) -> str:
    """Where edition `key` is read in full: what pushes link to, and what the Markdown links an item to
    when its own URL is not http(s)."""
    return settings.publish.link_for(key) or base_url(settings) + edition_dir(key)


def site_meta(settings: Settings) -> SiteMeta:
    publish = settings.publish
    strings = ui_strings(publish.language)
    return SiteMeta(
        title=publish.title or strings["site_title"],
        base_url=base_url(settings),
        language=publish.language,
        tz=zone(settings.edition.timezone),
        description=publish.description or strings["site_description"],
    )


def story_posts(stats: Mapping[str, Any]) -> dict[str, list[str]]:
    """story id -> every post id merged into it, from an edition's JSON summary."""
    return {
        entry["story_id"]: list(entry.get("story_posts") or ())
        for entry in stats.get("items") or ()
        if isinstance(entry, Mapping) and "story_id" in entry
    }


def edition_from_record(record: Mapping[str, Any], tz: ZoneInfo) -> Edition:
    """An Edition from `Store.edition_record`."""
    start = datetime.fromisoformat(record["slot_start"])
    end = datetime.fromisoformat(record["slot_end"])
    return Edition(
        slot=Slot(end=end.astimezone(tz), period=end - start),
        title=record["title"],
        generated_at=datetime.fromisoformat(record["generated_at"]),
        items=tuple(record["items"]),
        categories=tuple(record["categories"]),
        stats=record["stats"],
    )


def load_views(store: Store, keys: Iterable[str], tz: ZoneInfo, *,
               posts: Mapping[str, Post] | None = None) -> list[EditionView]:
    """The stored editions `keys` joined with their stories' posts (`posts` first, then the store)."""
    views = []
    for key in keys:
        record = store.edition_record(key)
        if record is None:
            continue
        views.append(view_of(edition_from_record(record, tz), store, posts=posts))
    return views


def view_of(edition: Edition, store: Store, *, posts: Mapping[str, Post] | None = None) -> EditionView:
    links = story_posts(edition.stats)
    wanted = {i for ids in links.values() for i in ids} | {i for it in edition.items for i in it.post_ids}
    known = dict(posts or {})
    missing = [i for i in sorted(wanted) if i not in known]
    if missing:
        known.update(store.get_posts(missing))
    return make_view(edition, links, known)


def plan_site(settings: Settings, store: Store, site_dir: Path, *, current: Edition | None = None,
              posts: Mapping[str, Post] | None = None,
              pages: Literal["recent", "all"] = "recent") -> SitePlan:
    """Render the enabled outputs from the store's editions, `current` (not stored yet) included.

    The index and feeds list the newest `publish.recent` editions; the archive lists every
    edition. Pages are rendered for the recent ones and for any whose page is not in `site_dir`
    yet, so every archive link resolves (`pages="recent"`, what an edition run needs), or for
    every stored edition (`pages="all"`).
    """
    publish = settings.publish
    meta = site_meta(settings)
    tz = meta.tz
    if not (publish.site or publish.feeds):
        return SitePlan(site_dir=site_dir, site={}, feeds={})
    keys = sorted(set(store.edition_keys()) | ({current.slot.key} if current else set()), reverse=True)
    wanted = keys if pages == "all" else keys[: publish.recent]
    archive: list[ArchiveEntry] = []
    if publish.site:  # the archive lists every edition: records only, no posts
        stored = [edition_from_record(r, tz) for k in keys
                  if not (current and k == current.slot.key) and (r := store.edition_record(k)) is not None]
        archive = [ArchiveEntry.of(e) for e in stored] + ([ArchiveEntry.of(current)] if current else [])
        if pages != "all":  # an edition whose page was never written (older than `recent`) gets one now
            wanted = wanted + [k for k in keys[publish.recent:] if not (site_dir / edition_path(k)).is_file()]
    by_key: dict[str, EditionView] = {}
    if current is not None:
        by_key[current.slot.key] = view_of(current, store, posts=posts)
    for view in load_views(store, [k for k in wanted if k not in by_key], tz, posts=posts):
        by_key[view.key] = view
    views = newest_first(list(by_key.values()))
    recent = views[: publish.recent]
    warnings = []
    if not publish.site_url and publish.feeds:
        warnings.append(f"publish.site_url is not set: feed links point at {meta.base_url}")
    site: dict[str, str] = {}
    if publish.site:
        site["index.html"] = render_index(recent, meta)
        site[ARCHIVE] = render_archive(archive, meta)
        site[STYLESHEET] = stylesheet()
        for view in views:
            site[view.path] = render_edition_page(view, meta)
    feeds = render_feeds(recent, meta) if publish.feeds and recent else {}
    return SitePlan(site_dir=site_dir, site=site, feeds=feeds, warnings=tuple(warnings))


def rebuild_around(settings: Settings, store: Store, key: str, site_dir: Path) -> SitePlan | None:
    """Rewrite the site and feeds with stored edition `key`'s page rendered afresh (`newsdesk publish`).

    None, writing nothing, when `key` is not stored.
    """
    record = store.edition_record(key)
    if record is None:
        return None
    plan = plan_site(settings, store, site_dir, current=edition_from_record(record, zone(settings.edition.timezone)))
    write_site(plan)
    return plan


def write_site(plan: SitePlan) -> list[Path]:
    """Write every planned file atomically; pages first, then the index and feeds that link to them."""
    ordered: Sequence[tuple[str, str]] = sorted(
        [*plan.site.items(), *plan.feeds.items()],
        key=lambda kv: (not kv[0].startswith("editions/"), kv[0]),
    )
    return [write_atomic(plan.site_dir / rel, text) for rel, text in ordered]
