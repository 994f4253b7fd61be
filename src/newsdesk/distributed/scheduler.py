"""`serve --distributed`: what `serve` builds itself, handed to workers as jobs.

A tick looks at the store (which slots are due, which editions lack files or pushes, as
`serve.run_tick` does) and at the jobs table, and defers what is missing, in one transaction
under an advisory lock, so any number of schedulers defer each job once:

    round = the latest slot ending by now - delay (catch-up after downtime: the slots
            `due_slots` names; one collection serves them all, as `serve` collects once)
    1. no collect jobs for the round: one per source that is not disabled, parked or paced
    2. every collect job finished, or collect_timeout_s since they were deferred:
       one edition job per due slot, oldest first (they share one lock: built in order)
    3. a stored edition whose files are not written: an edition job (it writes them)
    4. a stored edition with files and channels not sent: one push job per channel

Jobs are keyed by their round (`round` in their arguments): a slot with nothing to
publish, or a failing channel, is tried again at the next boundary, as with `serve`, not
at every tick. The tick holds no state; a restarted or second scheduler picks up from the
jobs table.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsdesk.collect import POOLED_KINDS, plan_pool, skip_reason
from newsdesk.config import Settings
from newsdesk.distributed.app import EDITION_LOCK, QUEUES, TASKS, push_lock, queue_url
from newsdesk.errors import StoreError
from newsdesk.logs import log_event
from newsdesk.publish import TROUBLE, pending_channels
from newsdesk.serve import due_slots, next_wake, recent_slots
from newsdesk.sourcelist import effective_sources
from newsdesk.store import Store

log = logging.getLogger(__name__)

#: job states procrastinate will not change again by itself
FINAL = frozenset({"succeeded", "failed", "cancelled", "aborted"})


@dataclass
class ScheduleReport:
    """What one tick found and deferred, for logs and `serve --distributed --once --json`."""

    now: datetime
    round: str
    due: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  #: missed slots older than the catch-up limit
    deferred: dict[str, list[str]] = field(default_factory=lambda: {"collect": [], "edition": [], "push": []})
    collect: dict[str, int] = field(default_factory=dict)  #: job status -> count, this round
    waiting: list[str] = field(default_factory=list)  #: jobs of this round not finished yet
    published: dict[str, dict[str, str]] = field(default_factory=dict)  #: key -> channel -> status
    settled_at: bool | None = None  #: set by `absorb`: whether the last tick absorbed was settled

    @property
    def settled(self) -> bool:
        """Nothing of this round left to defer or to finish (in the last tick, for an absorbed run)."""
        if self.settled_at is not None:
            return self.settled_at
        return not self.waiting and not any(self.deferred.values())

    def absorb(self, later: ScheduleReport) -> ScheduleReport:
        """This tick and a later one as one run (`--once`): what was due at first, everything deferred
        since, and the later tick's state."""
        for kind, names in later.deferred.items():
            self.deferred[kind] = [*self.deferred.get(kind, []), *names]
        self.collect, self.waiting, self.published = later.collect, later.waiting, later.published
        self.settled_at = later.settled
        return self

    def as_dict(self) -> dict[str, Any]:
        return {"now": self.now.isoformat(), "round": self.round, "due": self.due, "skipped": self.skipped,
                "deferred": {k: len(v) if k == "collect" else v for k, v in self.deferred.items()},
                "collect": self.collect, "waiting": self.waiting, "published": self.published,
                "settled": self.settled}


def _jobs(conn: Any, task: str, **args: str) -> list[tuple[str, dict[str, Any]]]:
    """(status, arguments) of every job of `task` whose arguments include `args`."""
    from psycopg.types.json import Jsonb

    rows = conn.execute("SELECT status::text, args FROM procrastinate_jobs WHERE task_name = %s AND args @> %s",
                        (task, Jsonb(args))).fetchall()
    return [(r[0], r[1]) for r in rows]


def _age_s(conn: Any, task: str, **args: str) -> float:
    """Seconds since the first of these jobs was deferred, by the database's clock."""
    from psycopg.types.json import Jsonb

    row = conn.execute(
        """SELECT EXTRACT(EPOCH FROM now() - min(e.at)) FROM procrastinate_events e
           JOIN procrastinate_jobs j ON j.id = e.job_id
           WHERE j.task_name = %s AND j.args @> %s AND e.type = 'deferred'""", (task, Jsonb(args))).fetchone()
    return float(row[0]) if row and row[0] is not None else 0.0


def _job(kind: str, *, lock: str | None, queueing_lock: str, kwargs: Mapping[str, Any]) -> Any:
    from procrastinate.jobs import Job

    return Job(id=None, queue=QUEUES[kind], task_name=TASKS[kind], lock=lock, queueing_lock=queueing_lock,
               task_kwargs=dict(kwargs))


def collect_jobs(settings: Settings, store: Store, round_key: str, now: datetime, at: str | None) -> list[Any]:
    """One collect job per source worth fetching this round; X sources paced over one budget here,
    where every pooled source is seen (a job sees only its own)."""
    sources = [e.source for e in effective_sources(settings, store.stored_sources())]
    health = store.all_health()
    park_after = settings.collect.park_after_failures
    runnable = [s for s in sources if skip_reason(s, health.get(s.id, {}), park_after) is None]
    shares: dict[str, dict[str, Any]] = {}
    paced: dict[str, str] = {}
    pooled = [s for s in runnable if s.kind in POOLED_KINDS]
    if pooled and settings.collect.x_monthly_read_budget:
        states = {s.id: store.source_state(s.id) for s in sources if s.kind in POOLED_KINDS}
        shares, paced = plan_pool(pooled, states, health, budget=settings.collect.x_monthly_read_budget,
                                  now=now, period=settings.edition.period)
    if len(runnable) < len(sources) or paced:
        log_event(log, "schedule.sources_skipped", skipped=len(sources) - len(runnable), paced=len(paced) or None)
    jobs = []
    for s in runnable:
        if s.id in paced:
            continue
        kwargs: dict[str, Any] = {"source_id": s.id, "slot": round_key}
        if at:
            kwargs["at"] = at
        if s.id in shares:
            kwargs["pool"] = shares[s.id]
        # No procrastinate `lock` per source: its fetch query checks each candidate's lock against every
        # queued job, which took 2,000 queued jobs from 158 to 27 jobs/s; one job per source and round
        # is what the scheduler guarantees instead.
        jobs.append(_job("collect", lock=None, queueing_lock=f"collect:{round_key}:{s.id}", kwargs=kwargs))
    return jobs


def schedule_tick(settings: Settings, store: Store, app: Any, conn: Any, now: datetime, *,
                  at: str | None = None) -> ScheduleReport:
    """Defer what is missing for `now` (see the module's docstring); `conn` is the scheduler's own
    connection to the queue database, in autocommit mode."""
    due, skipped = due_slots(settings, store, now)
    recent = recent_slots(settings, now)
    round_key = recent[-1].key
    report = ScheduleReport(now=now, round=round_key, due=[s.key for s in due], skipped=skipped)
    timing = {"at": at} if at else {}
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('newsdesk.schedule'))")
        to_defer: list[Any] = []
        if due:
            collected = _jobs(conn, TASKS["collect"], slot=round_key)
            for status, _ in collected:
                report.collect[status] = report.collect.get(status, 0) + 1
            running = [args["source_id"] for status, args in collected if status not in FINAL]
            if not collected:
                jobs = collect_jobs(settings, store, round_key, now, at)
                to_defer.extend(jobs)
                report.deferred["collect"] = [j.task_kwargs["source_id"] for j in jobs]
                collected_all = not jobs  # nothing to fetch: the slot is built from what is stored
            elif running and _age_s(conn, TASKS["collect"], slot=round_key) > settings.distributed.collect_timeout_s:
                collected_all = True
            else:
                collected_all = not running
                report.waiting.extend(f"collect:{sid}" for sid in running[:20])
            if collected_all:
                for slot in due:
                    report.waiting.extend(_want(conn, to_defer, report, "edition", lock=EDITION_LOCK,
                                                queueing_lock=f"edition:{slot.key}",
                                                kwargs={"slot": slot.key, "round": round_key, **timing}))
                if running and report.deferred["edition"]:
                    log_event(log, "schedule.collect_deadline", logging.WARNING, round=round_key,
                              unfinished=len(running), first=running[0])
        stored = set(store.edition_keys())
        unwritten = set(store.files_pending())
        for key in sorted(unwritten):
            report.waiting.extend(_want(conn, to_defer, report, "edition", lock=EDITION_LOCK,
                                        queueing_lock=f"edition:{key}",
                                        kwargs={"slot": key, "round": round_key, **timing}))
        keys = [s.key for s in recent if s.key in stored]
        for key in keys:
            if key in unwritten:
                continue
            for channel in pending_channels(settings, store, key, backfill=key == keys[-1]):
                report.waiting.extend(_want(conn, to_defer, report, "push", lock=push_lock(channel),
                                            queueing_lock=f"push:{key}:{channel}",
                                            kwargs={"edition_key": key, "channel": channel, "round": round_key,
                                                    **timing}))
            done = store.publications(key)
            if done:
                report.published[key] = {c: str(row.get("status")) for c, row in done.items()}
        if to_defer:
            app.job_manager.batch_defer_jobs(to_defer, connection=conn)
    if any(report.deferred.values()):
        log_event(log, "schedule.deferred", round=round_key, collect=len(report.deferred["collect"]) or None,
                  editions=",".join(report.deferred["edition"]) or None,
                  pushes=",".join(report.deferred["push"]) or None)
    return report


def _want(conn: Any, to_defer: list[Any], report: ScheduleReport, kind: str, *, lock: str | None,
          queueing_lock: str, kwargs: dict[str, Any]) -> list[str]:
    """Defer this round's job unless it exists; returns its name while it has not finished."""
    key_args = {k: v for k, v in kwargs.items() if k != "at"}
    name = queueing_lock
    existing = _jobs(conn, TASKS[kind], **key_args)
    if not existing:
        to_defer.append(_job(kind, lock=lock, queueing_lock=queueing_lock, kwargs=kwargs))
        report.deferred[kind].append(name.split(":", 1)[1])
        return []
    return [name] if any(status not in FINAL for status, _ in existing) else []


def run_scheduler(settings: Settings, store: Store, *, stop: threading.Event,
                  clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                  once: bool = False, at: datetime | None = None,
                  on_tick: Callable[[ScheduleReport], None] | None = None) -> ScheduleReport | None:
    """Tick until `stop` is set: every `poll_s` while a round has jobs under way, else until the next
    slot boundary. With `once`, return the first settled tick's report (or the last one when
    `once_timeout_s` runs out); `at` ticks as if it were that time (backfill)."""
    import psycopg

    from newsdesk.distributed.app import ensure_schema, make_app

    url = queue_url(settings)
    ensure_schema(url)
    app = make_app(settings)
    dist = settings.distributed
    started = time.monotonic()
    report: ScheduleReport | None = None
    run: ScheduleReport | None = None
    try:
        conn = psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(f"queue database: {exc}") from exc
    log_event(log, "serve.started", distributed=True, poll_s=dist.poll_s, collect_timeout_s=dist.collect_timeout_s,
              catch_up=settings.serve.catch_up, channels=len(settings.publish.channels))
    with conn:
        while not stop.is_set():
            now = at or clock()
            report = schedule_tick(settings, store, app, conn, now, at=at.isoformat() if at else None)
            if on_tick is not None:
                on_tick(report)
            run = report if run is None else run.absorb(report)
            if once and (report.settled or time.monotonic() - started > dist.once_timeout_s):
                if not report.settled:
                    log_event(log, "serve.gave_up", logging.ERROR, waited_s=dist.once_timeout_s,
                              waiting=",".join(report.waiting[:10]))
                break
            if report.settled and not once:
                real = clock()
                wake = next_wake(settings, real)
                log_event(log, "serve.sleeping", until=wake.isoformat(timespec="seconds"),
                          seconds=round((wake - real).total_seconds(), 1))
                stop.wait(max(0.0, (wake - real).total_seconds()))
            else:
                stop.wait(dist.poll_s)
    log_event(log, "serve.stopped", distributed=True)
    return run if once else report


def trouble(report: ScheduleReport) -> bool:
    """Whether `serve --distributed --once` should exit 1: unsettled, or a push failed or is unknown."""
    statuses = {s for channels in report.published.values() for s in channels.values()}
    return not report.settled or bool(statuses & (set(TROUBLE) | {"sending"}))
