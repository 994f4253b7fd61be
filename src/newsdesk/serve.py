"""The 4-hourly loop: at each slot boundary, build what is due and push what is pending.

    ┌──▶ now ──ask the store──▶ due slots ──run_edition (lock, collect, build, files, push)──┐
    │                          pending pushes ──publish_stored (lock)──────────────────────┤
    └──────────── sleep until the next slot end + delay ◀───────────────────────────────────┘

The loop holds no state between ticks: every tick asks the store which editions
exist and which channels are not yet sent, so a restart (or a second process)
picks up exactly where the last one stopped. What is due at `now`:

- the latest slot ending at or before `now - delay_s`, when it is not stored;
- after downtime, up to `catch_up` missed slots before it, oldest first; "missed"
  means newer than the newest stored edition, so a fresh store starts with the
  latest slot only, and a slot with nothing to publish is not retried forever;
- any stored edition whose files were not written (a failed write, a crash between storing
  and writing: `files` pending in the store, or the Markdown missing for a recent one): its
  files are written from the store (`finish`) before anything is pushed;
- any of those slots whose edition is stored, with its files, but has channels not yet sent; a
  channel added later starts with the newest edition (older ones are not back-filled to it).

Two processes never build one slot: the due check and the build run under a
per-slot lock, and `run_edition` takes the edition's own lock. The clock and the
sleep are arguments, so tests drive the loop across simulated boundaries.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import EditionError, NewsdeskError, StoreError
from newsdesk.logs import log_event
from newsdesk.model import Slot
from newsdesk.publish import pending_channels, publish_stored
from newsdesk.slots import slot_containing, slot_ending_at_or_before, zone
from newsdesk.store import Store

log = logging.getLogger(__name__)

Build = Callable[[Store, Slot, datetime], Any]
#: Writes a stored edition's files when they are missing; True when it wrote them.
Finish = Callable[[Store, str], bool]


@dataclass
class TickReport:
    """What one tick did, for logs and `serve --once --json`."""

    now: datetime
    built: list[str] = field(default_factory=list)
    empty: dict[str, str] = field(default_factory=dict)  #: key -> why nothing was published
    busy: list[str] = field(default_factory=list)  #: another process held the slot
    finished: list[str] = field(default_factory=list)  #: stored editions whose files this tick wrote
    skipped: list[str] = field(default_factory=list)  #: missed slots older than the catch-up limit
    published: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  #: key -> channel reports
    errors: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"now": self.now.isoformat(), "built": self.built, "empty": self.empty, "busy": self.busy,
                "finished": self.finished, "skipped": self.skipped, "published": self.published,
                "errors": self.errors}


def recent_slots(settings: Settings, now: datetime) -> list[Slot]:
    """The latest slot ending by `now - delay_s` and the `catch_up` slots before it, oldest first."""
    tz = zone(settings.edition.timezone)
    period = settings.edition.period
    latest = slot_ending_at_or_before(now - timedelta(seconds=settings.serve.delay_s), tz, period)
    out = [latest]
    for _ in range(settings.serve.catch_up):
        out.append(slot_ending_at_or_before(out[-1].end - period, tz, period))
    return out[::-1]


def due_slots(settings: Settings, store: Store, now: datetime) -> tuple[list[Slot], list[str]]:
    """(slots to build, oldest first; keys of missed slots beyond the catch-up limit)."""
    candidates = recent_slots(settings, now)
    keys = store.edition_keys()
    stored = set(keys)
    newest = max(keys) if keys else None
    if newest is None:
        return [candidates[-1]], []
    due = [s for s in candidates if s.key not in stored and s.key > newest]
    skipped: list[str] = []
    if due and due[0] is candidates[0]:
        # Down longer than the catch-up window: name what is given up, back to the last edition.
        tz, period = zone(settings.edition.timezone), settings.edition.period
        cursor = slot_ending_at_or_before(candidates[0].end - period, tz, period)
        while cursor.key > newest and len(skipped) < 1000:
            skipped.append(cursor.key)
            cursor = slot_ending_at_or_before(cursor.end - period, tz, period)
    return due, skipped[::-1]


def next_wake(settings: Settings, now: datetime) -> datetime:
    """When the next slot is due: its end plus `delay_s`, strictly after `now`."""
    delay = timedelta(seconds=settings.serve.delay_s)
    nxt = slot_containing(now - delay, zone(settings.edition.timezone), settings.edition.period)
    return nxt.end.astimezone(UTC) + delay


def run_tick(settings: Settings, store: Store, now: datetime, build: Build, *,
             sleep: Callable[[float], None] | None = None, finish: Finish | None = None) -> TickReport:
    """Build every due slot, write the files of stored editions that lack them (`finish`), then
    retry pushes still pending for recent editions whose files are written."""
    report = TickReport(now=now)
    due, report.skipped = due_slots(settings, store, now)
    if report.skipped:
        log_event(log, "serve.skipped", logging.WARNING, slots=len(report.skipped), first=report.skipped[0],
                  last=report.skipped[-1], catch_up=settings.serve.catch_up)
    for slot in due:
        key = slot.key
        try:
            with store.lock(f"due-{key}"):
                if key in store.edition_keys():  # another process built it since we looked
                    report.busy.append(key)
                    continue
                run = build(store, slot, now)
        except EditionError as exc:
            report.empty[key] = str(exc)
            log_event(log, "serve.empty", logging.WARNING, key=key, reason=str(exc))
            continue
        except StoreError as exc:
            if "is being built by" in str(exc):
                report.busy.append(key)
                log_event(log, "serve.busy", key=key, reason=str(exc))
            else:
                report.errors[key] = str(exc)
                log_event(log, "serve.failed", logging.ERROR, key=key, error=str(exc))
            continue
        except NewsdeskError as exc:
            report.errors[key] = str(exc)
            log_event(log, "serve.failed", logging.ERROR, key=key, error=str(exc))
            continue
        report.built.append(key)
        summary = getattr(run, "summary", {}) or {}
        if summary.get("publish"):
            report.published[key] = summary["publish"]
        log_event(log, "edition.built", key=key, items=len(summary.get("items", [])) or None,
                  path=summary.get("path"))
    stored = set(store.edition_keys())
    recent = [slot.key for slot in recent_slots(settings, now) if slot.key in stored]
    if finish is not None:
        for key in dict.fromkeys([*store.files_pending(), *recent]):
            if key in report.built or key in report.errors:  # its build failed this tick: say why once
                continue
            try:
                if finish(store, key):
                    report.finished.append(key)
                    log_event(log, "edition.finished", key=key)
            except NewsdeskError as exc:
                report.errors[key] = str(exc)
                log_event(log, "serve.finish_failed", logging.ERROR, key=key, error=str(exc))
    unwritten = set(store.files_pending())
    for key in recent:
        pending = pending_channels(settings, store, key, backfill=key == recent[-1])
        if key in report.built or key in unwritten or not pending:
            continue
        try:
            kwargs = {"sleep": sleep} if sleep is not None else {}
            pushes = publish_stored(settings, store, key, now, only=pending, **kwargs)
        except NewsdeskError as exc:
            report.errors[key] = str(exc)
            log_event(log, "serve.publish_failed", logging.WARNING, key=key, error=str(exc))
            continue
        report.published[key] = [p.as_dict() for p in pushes]
    republished = sum(1 for k in report.published if k not in report.built)
    log_event(log, "serve.ticked", now=now.isoformat(timespec="seconds"), built=len(report.built),
              finished=len(report.finished) or None, empty=len(report.empty), busy=len(report.busy),
              republished=republished, errors=len(report.errors))
    return report


def make_build(settings: Settings, *, out_dir: Path, site_dir: Path | None, client: Any) -> Build:
    """The real build step: collect the configured sources, build, write and push (run_edition)."""
    from newsdesk.edition import run_edition

    def failed(report: Any) -> None:
        if report.status == "error":
            log_event(log, "source.failed", logging.WARNING, source=report.source_id, error=report.error)

    def build(store: Store, slot: Slot, now: datetime) -> Any:
        return run_edition(settings, store, slot=slot, now=now, out_dir=out_dir, site_dir=site_dir,
                           client=client, on_source=failed)

    return build


def make_finish(settings: Settings, *, out_dir: Path, site_dir: Path | None) -> Finish:
    """The real finish step: a stored edition's Markdown, site and feeds, when they were not written."""
    from newsdesk.edition import edition_files_missing, finish_edition

    def finish(store: Store, key: str) -> bool:
        if not edition_files_missing(store, key, out_dir):
            return False
        finish_edition(settings, store, key, out_dir=out_dir, site_dir=site_dir)
        return True

    return finish


def serve_forever(settings: Settings, store: Store, build: Build, *, stop: threading.Event,
                  clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                  sleep: Callable[[float], None] | None = None,
                  on_tick: Callable[[TickReport], None] | None = None, finish: Finish | None = None) -> int:
    """Tick at every slot boundary until `stop` is set; returns the number of ticks.

    `sleep(seconds)` defaults to `stop.wait`, so a SIGTERM handler that sets `stop`
    ends the wait at once; a tick under way finishes first (its pushes are recorded).
    """
    wait = sleep or (lambda seconds: stop.wait(seconds))
    ticks = 0
    log_event(log, "serve.started", store=store.location, delay_s=settings.serve.delay_s,
              catch_up=settings.serve.catch_up, channels=len(settings.publish.channels))
    while not stop.is_set():
        report = run_tick(settings, store, clock(), build, finish=finish)
        ticks += 1
        if on_tick is not None:
            on_tick(report)
        if stop.is_set():
            break
        now = clock()
        wake = next_wake(settings, now)
        log_event(log, "serve.sleeping", until=wake.isoformat(timespec="seconds"),
                  seconds=round((wake - now).total_seconds(), 1))
        wait(max(0.0, (wake - now).total_seconds()))
    log_event(log, "serve.stopped", ticks=ticks)
    return ticks


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log_event(log, "site.request", logging.DEBUG, line=format % args)


def start_site_server(site_dir: Path, host: str, port: int) -> ThreadingHTTPServer:
    """Serve `site_dir` (the static site and feeds) over HTTP from a daemon thread."""
    site_dir.mkdir(parents=True, exist_ok=True)
    handler = partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True,
                     name="newsdesk-site").start()
    bound_host, bound_port = server.server_address[:2]
    log_event(log, "site.serving", url=f"http://{bound_host}:{bound_port}/", dir=str(site_dir))
    return server
