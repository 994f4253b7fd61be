"""One edition, end to end. The flow reads like the diagram in docs/architecture.md:

    sources ──collect──▶ store ──window──▶ posts ──relevance/dedup/cluster──▶ stories
        ──rank/select──▶ picks ──write (LLM | extractive, checked)──▶ items
        ──assemble──▶ Edition ──render──▶ content/posts/<key>.md

`run_edition` is the imperative shell: it owns the clock, the store, the lock and
the output file. Everything it calls between reading posts and rendering is pure
for the same posts, settings and slot, which is what makes an edition
reproducible: rebuilding a slot rewrites the same file.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newsdesk.collect import SourceReport, collect_sources
from newsdesk.config import Settings
from newsdesk.errors import EditionError, PublishError
from newsdesk.logs import progress
from newsdesk.model import Edition, Item, Post, Slot, Story
from newsdesk.publish import publish_edition
from newsdesk.publish.files import write_atomic
from newsdesk.publish.site import (
    SitePlan,
    edition_from_record,
    edition_page_url,
    plan_site,
    story_posts,
    write_site,
)
from newsdesk.render.hugo import render_hugo
from newsdesk.slots import edition_title, zone
from newsdesk.sourcelist import effective_sources, source_houses, source_weights
from newsdesk.store import Store
from newsdesk.stories import build_stories
from newsdesk.stories.embed import PostEmbedder, StoreVectorCache, make_post_embedder
from newsdesk.stories.novelty import LOOKBACK, Carried, carried_story
from newsdesk.writer import LLMCache, StoreCache, write_items
from newsdesk.writer.evidence import edition_coverage
from newsdesk.writer.result import Usage, token_report


@dataclass(frozen=True, slots=True)
class EditionRun:
    """What one run produced: the edition, where it was written, and its JSON summary."""

    edition: Edition
    path: Path
    summary: Mapping[str, Any] = field(default_factory=dict)


def derive_categories(items: Sequence[Item], taxonomy: Sequence[str]) -> tuple[str, ...]:
    """The edition's categories: those its items use, in the taxonomy's order, then any others."""
    used = dict.fromkeys(it.category for it in items if it.category)
    ordered = [c for c in taxonomy if c in used]
    return tuple(ordered + [c for c in used if c not in ordered])


def generation_date(slot: Slot, now: datetime) -> datetime:
    """The edition's `date`: now, or the slot's end when rendering a slot long past.

    Rebuilding an old slot (a corpus day, the bundled sample) should date it when it
    would have been published, so the same inputs give the same file.
    """
    return slot.end if now - slot.end >= slot.period else now


def assemble(
    window: Sequence[Post],
    *,
    slot: Slot,
    settings: Settings,
    now: datetime,
    history: Sequence[Post] = (),
    weights: Mapping[str, float] | None = None,
    houses: Mapping[str, str] | None = None,
    timings: dict[str, float] | None = None,
    cache: LLMCache | None = None,
    carried: Sequence[Carried] = (),
    embed: PostEmbedder | None = None,
) -> tuple[Edition, dict[str, Any]]:
    """Posts of one window to a written Edition (no store, no files): the functional core.

    `cache` is the LLM response cache (`StoreCache` over the store's call log in
    `run_edition`): stories already written with the same posts, model and prompt
    version cost nothing. Raises EditionError when there is nothing to publish.
    """
    timings = {} if timings is None else timings
    if not window:
        raise EditionError(
            f"no posts in the window {slot.start.isoformat()} .. {slot.end.isoformat()} (slot {slot.key})"
        )
    t = time.perf_counter()
    result = build_stories(
        window, now=slot.end, settings=settings, source_weights=weights or {}, history=history, carried=carried,
        embed=embed, houses=houses,
    )
    timings["stories_s"] = round(time.perf_counter() - t, 3)
    picks: list[Story] = [s for s in result.stories if s.selected]
    if not picks:
        raise EditionError(
            f"slot {slot.key}: {len(window)} posts, but none is AI news; nothing to publish"
        )
    posts_by_id = {p.id: p for p in window}
    t = time.perf_counter()
    written = write_items(picks, posts_by_id, settings, cache=cache)
    timings["write_s"] = round(time.perf_counter() - t, 3)
    # A story that could not be written at all is left out and reported; the rest still publish.
    items = tuple(w.item for w in written if w.item is not None)
    failed = [{"story_id": w.story_id, "error": w.error} for w in written if w.item is None]
    if not items:
        raise EditionError(f"slot {slot.key}: every story failed to be written: {failed[0]['error']}")
    usage = Usage.total(w.usage for w in written)
    stories_by_id = {s.id: s for s in picks}
    edition = Edition(
        slot=slot,
        title=edition_title(slot, settings.edition.title_template),
        generated_at=generation_date(slot, now),
        items=items,
        categories=derive_categories(items, settings.edition.categories),
    )
    stats: dict[str, Any] = {
        "counts": {**dict(result.counts), "items": len(items)},
        "items": [
            {
                "position": n, "story_id": it.story_id, "headline": it.headline, "url": it.url,
                "category": it.category, "writer": it.writer, "fallback_reason": it.fallback_reason,
                "story_posts": list(stories_by_id[it.story_id].post_ids), "cited_posts": list(it.post_ids),
                "update_of": stories_by_id[it.story_id].update_of,
                "checks_ok": all(c.ok for c in it.checks),
                "checks_failed": [c.name for c in it.checks if not c.ok],
            }
            for n, it in enumerate(items, 1)
        ],
        "failed_stories": failed,
        "novelty": [{"story_id": v.story_id, "repeat_of": v.repeat_of, "update": v.update, "why": v.why}
                    for v in result.novelty],
        "tokens": token_report(usage, settings.llm),
        # what the LLM writer shows of each story: the share of its posts' facts (issue 11)
        "evidence": edition_coverage(picks, posts_by_id, settings.llm) if settings.llm.enabled else None,
    }
    return edition, stats


def published_recently(store: Store, slot: Slot, posts: Sequence[Post] = ()) -> list[Carried]:
    """The stories editions of the last `novelty.LOOKBACK` before `slot` carried, for novelty:
    each item's story posts (from the edition's stats; the cited posts if absent), read from
    `posts` or else from the store."""
    since = slot.start - LOOKBACK
    floor = Slot(end=slot.end - LOOKBACK, period=slot.period).key  # keys sort as times do
    items: list[tuple[str, str, list[str]]] = []
    for key in store.edition_keys():
        record = store.edition_record(key) if floor <= key < slot.key else None
        if record is None or datetime.fromisoformat(record["slot_end"]) <= since:
            continue
        cited = {it.story_id: list(it.post_ids) for it in record["items"]}
        entries = record["stats"].get("items") or [{"story_id": sid} for sid in cited]
        for entry in entries:
            sid = entry.get("story_id", "")
            items.append((key, sid, list(entry.get("story_posts") or cited.get(sid, []))))
    known = {p.id: p for p in posts}
    missing = {pid for _, _, ids in items for pid in ids if pid not in known}
    if missing:
        known.update(store.get_posts(missing))
    return [carried_story(key, sid, ids, known) for key, sid, ids in items]


def run_edition(
    settings: Settings,
    store: Store,
    *,
    slot: Slot,
    now: datetime,
    out_dir: Path,
    site_dir: Path | None = None,
    posts: Sequence[Post] | None = None,
    client: Any = None,
    warnings: Sequence[str] = (),
    publish: bool = True,
    collect: bool = True,
    on_source: Callable[[SourceReport], None] | None = None,
) -> EditionRun:
    """Build, store and write the edition for `slot`, then push it to `[[publish.channels]]`.

    Pushes go once per (edition, channel) (see `newsdesk.publish`); `publish=False` skips them.

    With `site_dir`, the enabled feeds and static site (`[publish]`) are rebuilt there from
    the store's recent editions and this one; the CLI always passes it (`--site`).

    With `posts`, the window is taken from them (an input file, the sample); without,
    the configured sources are collected into the store first and the window is read
    back from it; `on_source` sees each source's report as it finishes (the CLI warns of
    failures there, so they are said even when the edition then cannot be built);
    `collect=False` reads the window as the store has it (distributed workers collected it
    in their own jobs). Holds a lock per slot so two processes never build the same edition.
    """
    tz = zone(settings.edition.timezone)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    reports: list[SourceReport] = []
    baseline = timedelta(days=settings.stories.baseline_days)
    with store.lock(f"edition-{slot.key}"):
        entries = effective_sources(settings, store.stored_sources())
        weights = source_weights(entries)
        houses = source_houses(entries)
        if posts is None and not collect:
            window = store.posts_between(slot.start, slot.end)
            history = store.posts_between(slot.start - baseline, slot.start)
        elif posts is None:
            t = time.perf_counter()
            sources = [e.source for e in entries]
            with progress(len(sources), f"collecting {slot.key}") as advance:  # a bar only at a terminal

                def done(report: SourceReport) -> None:
                    advance(note=f"{report.source_id}: {report.status}")
                    if on_source is not None:
                        on_source(report)

                reports = collect_sources(
                    sources, store, client, now=now, concurrency=settings.fetch.concurrency,
                    park_after=settings.collect.park_after_failures,
                    pool_budget=settings.collect.x_monthly_read_budget, period=settings.edition.period,
                    on_done=done,
                )
            timings["collect_s"] = round(time.perf_counter() - t, 3)
            window = store.posts_between(slot.start, slot.end)
            failed = [r for r in reports if r.status == "error"]
            if not window and failed and not any(r.status in ("ok", "not-modified") for r in reports):
                reasons = "; ".join(f"{r.source_id}: {r.error}" for r in failed[:5])
                more = f"; and {len(failed) - 5} more" if len(failed) > 5 else ""
                raise EditionError(f"slot {slot.key}: no posts in the window, and every source fetched failed "
                                   f"({len(failed)}): {reasons}{more}")
            history = store.posts_between(slot.start - baseline, slot.start)
        else:
            window = sorted((p for p in posts if slot.contains(p.created_at)), key=lambda p: p.created_at)
            history = [p for p in posts if slot.start - baseline <= p.created_at < slot.start]
        carried = published_recently(store, slot, (*history, *window))
        edition, stats = assemble(window, slot=slot, settings=settings, now=now, history=history,
                                  weights=weights, houses=houses, timings=timings, cache=StoreCache(store, now=now),
                                  carried=carried,
                                  embed=make_post_embedder(settings.stories, StoreVectorCache(store, now=now)))
        t = time.perf_counter()
        path = out_dir / f"{slot.key}.md"
        summary: dict[str, Any] = {
            "key": slot.key,
            "title": edition.title,
            "path": str(path),
            "slot": {"start": slot.start.isoformat(), "end": slot.end.isoformat(), "timezone": str(tz)},
            "generated_at": edition.generated_at.astimezone(tz).isoformat(timespec="milliseconds"),
            "categories": list(edition.categories),
            **stats,
            "sources": [r.as_dict() for r in reports],
            "warnings": list(warnings) + [w for r in reports for w in r.warnings],
        }
        edition = Edition(
            slot=edition.slot, title=edition.title, generated_at=edition.generated_at,
            items=edition.items, categories=edition.categories, stats=summary,
        )
        text = render_hugo(edition, tz, page_url=edition_page_url(settings, slot.key))
        window_posts = {p.id: p for p in window}
        plan = None
        if site_dir is not None:
            # Planned before the edition is stored, so the summary names every file it writes.
            plan = plan_site(settings, store, site_dir, current=edition, posts=window_posts)
            summary["warnings"].extend(plan.warnings)
        summary["outputs"] = {"hugo": str(path), **(plan.summary() if plan else {})}
        timings["render_s"] = round(time.perf_counter() - t, 3)
        timings["total_s"] = round(time.perf_counter() - started, 3)
        summary["timings"] = timings
        # Stored "pending" before the files, marked "written" after them: the edition counts as
        # published only then. A write that fails leaves it pending, and the next run (`serve`'s
        # tick, `newsdesk publish`) writes its files from the store before anything is pushed.
        store.save_edition(edition, files="pending")
        if posts is not None:
            # Built from a file or the sample: keep the posts its stories merged, so its page and
            # feed entry rebuilt from the store later (`newsdesk site`) list the same sources.
            cited = {i for ids in story_posts(summary).values() for i in ids}
            store.upsert_posts(p for i, p in window_posts.items() if i in cited)
        _write_files(path, text, plan, slot.key)
        store.mark_files_written(slot.key)
        if publish:
            # After the files: a push links to the page, and a failed push never loses the edition.
            pushes = publish_edition(settings, store, edition, now)
            summary["publish"] = [r.as_dict() for r in pushes]
    return EditionRun(edition=edition, path=path, summary=summary)


def _write_files(path: Path, text: str, plan: SitePlan | None, key: str) -> None:
    """The Markdown, then the site and feeds; a failure names the file and says what happens next."""
    try:
        write_atomic(path, text)
        if plan is not None:
            write_site(plan)
    except PublishError as exc:
        raise PublishError(f"{exc}; edition {key} is stored but not published: the next `newsdesk serve` tick "
                           f"(or `newsdesk publish --slot {key}`) writes its files before any push") from exc


def edition_files_missing(store: Store, key: str, out_dir: Path) -> bool:
    """Whether stored edition `key` still needs its files: marked pending, or its Markdown is not on disk."""
    return key in store.files_pending() or not (out_dir / f"{key}.md").is_file()


def finish_edition(settings: Settings, store: Store, key: str, *, out_dir: Path,
                   site_dir: Path | None) -> Path:
    """Write a stored edition's files (Markdown, then site and feeds) and mark it published.

    For an edition whose files a run could not write (a full disk, a read-only folder, a crash
    between storing and writing): rendered from the store, so the file is the one that run
    would have written. Holds the edition's lock. Raises PublishError when the write fails again.
    """
    tz = zone(settings.edition.timezone)
    with store.lock(f"edition-{key}"):
        record = store.edition_record(key)
        if record is None:
            raise EditionError(f"no stored edition {key}")
        edition = edition_from_record(record, tz)
        path = out_dir / f"{key}.md"
        text = render_hugo(edition, tz, page_url=edition_page_url(settings, key))
        plan = plan_site(settings, store, site_dir, current=edition) if site_dir is not None else None
        _write_files(path, text, plan, key)
        store.mark_files_written(key)
    return path
