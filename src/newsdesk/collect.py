"""Collection: fetch every configured source and put what it found into the store.

    sources ──fetch (thread pool, network)──▶ outcomes ──upsert (one thread)──▶ store

Fetching runs concurrently because it waits on the network; writing stays on the
caller's thread because SQLite wants one writer. A source that fails, in any way
(its fetch, its parser, a post the store cannot hold), becomes a report with its
error and a failure in its health, never an exception: the rest of the run goes on.
Only the store failing itself (`StoreError`) stops the run.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from newsdesk.errors import StoreError
from newsdesk.fetch import fetch_source
from newsdesk.model import Source
from newsdesk.sources.base import REGISTRY, FetchOutcome, _load_builtin
from newsdesk.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SourceReport:
    """What one source did in one collection run, for the CLI table and the edition summary."""

    source_id: str
    kind: str
    status: str  #: "ok", "not-modified", "error" or "skipped"
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    consecutive_failures: int = 0
    note: str | None = None  #: why a source was skipped

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.source_id, "kind": self.kind, "status": self.status, "fetched": self.fetched,
            "inserted": self.inserted, "updated": self.updated, "error": self.error,
            "warnings": list(self.warnings), "consecutive_failures": self.consecutive_failures,
            "note": self.note,
        }


def skip_reason(source: Source, health: Mapping[str, Any], park_after: int) -> str | None:
    """Why a source should not be fetched now, or None: disabled, parked, or missing a secret."""
    if source.options.get("enabled", True) is False:
        return "disabled"
    failures = int(health.get("consecutive_failures") or 0)
    if failures >= park_after:
        return f"parked after {failures} failures; `newsdesk sources reset {source.id}` to retry"
    _load_builtin()
    kind = REGISTRY.get(source.kind)
    for option in getattr(kind, "requires", ()):
        if not source.options.get(option):
            var = source.options.get(f"{option}_env")
            hint = f": set ${var}" if var else f": add {option}_env to the source"
            return f"needs {option}{hint}"
    return None


#: kinds that read from one paid budget shared by all their sources
POOLED_KINDS = ("x",)
#: the smallest page the X API serves; a share below it cannot be spent
MIN_POOL_SHARE = 5


def _month_end(now: datetime) -> datetime:
    first = now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return (first + timedelta(days=32)).replace(day=1)


def plan_pool(
    sources: Sequence[Source],
    states: Mapping[str, Mapping[str, Any]],
    health: Mapping[str, Mapping[str, Any]],
    *,
    budget: int,
    now: datetime,
    period: timedelta,
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Share one monthly read budget among the sources that draw on it, paced over the month.

    This run may spend what is left divided by the runs left in the month. That is
    split into equal shares of at least `MIN_POOL_SHARE`, given round-robin to the
    sources fetched longest ago (heavier sources first on ties); the others are
    skipped this run, with a note. Returns (pool entry per fetched source, skip notes).
    """
    month = now.astimezone(UTC).strftime("%Y-%m")
    read = 0
    for state in states.values():
        spent = state.get("budget")
        if isinstance(spent, Mapping) and spent.get("month") == month:
            read += int(spent.get("read") or 0)
    remaining = max(0, budget - read)
    runs_left = max(1, math.ceil((_month_end(now) - now) / period))
    this_run = remaining / runs_left
    slots = min(len(sources), int(this_run // MIN_POOL_SHARE))
    order = sorted(sources, key=lambda s: (str(health.get(s.id, {}).get("last_attempt") or ""), -s.weight, s.id))
    shares: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    share = int(this_run // slots) if slots else 0
    for i, s in enumerate(order):
        if i < slots:
            shares[s.id] = {"month": month, "left": share}
        else:
            skipped[s.id] = (f"X read budget paced: {read} of {budget} posts read in {month}, "
                             f"{remaining} left for {runs_left} runs; this source's turn comes later")
    return shares, skipped


def collect_sources(
    sources: Sequence[Source],
    store: Store,
    client: Any,
    *,
    now: datetime,
    concurrency: int = 8,
    park_after: int = 3,
    force: bool = False,
    pool_budget: int = 0,
    period: timedelta = timedelta(hours=4),
    pool_shares: Mapping[str, Mapping[str, Any]] | None = None,
    on_done: Callable[[SourceReport], None] | None = None,
) -> list[SourceReport]:
    """Fetch `sources` with at most `concurrency` in flight; store posts, cursors and health.

    Disabled, parked and secret-less sources are reported as skipped, not failed; `force`
    fetches parked ones too (`newsdesk sources check`). `pool_shares` are read-budget shares
    planned by a caller that sees every pooled source (the distributed scheduler, which hands
    out one source per job); then this run plans none of its own.
    """
    _load_builtin()
    # One source (a distributed collect job) reads its own row, not every source's.
    health = store.all_health() if len(sources) != 1 else {sources[0].id: store.source_health(sources[0].id)}
    reports: list[SourceReport] = []
    runnable: list[Source] = []
    for s in sources:
        reason = skip_reason(s, health.get(s.id, {}), 10**9 if force else park_after)
        if reason is None:
            runnable.append(s)
            continue
        report = SourceReport(source_id=s.id, kind=s.kind, status="skipped", error=None, note=reason,
                              consecutive_failures=int(health.get(s.id, {}).get("consecutive_failures") or 0))
        reports.append(report)
        if on_done is not None:
            on_done(report)
    states = {s.id: store.source_state(s.id) for s in runnable}
    pooled = [s for s in runnable if s.kind in POOLED_KINDS]
    if pool_shares is not None:
        for s in pooled:
            if s.id in pool_shares:
                states[s.id] = {**states[s.id], "pool": dict(pool_shares[s.id])}
    elif pooled and pool_budget:
        all_pooled = {s.id: (states.get(s.id) or store.source_state(s.id)) for s in sources
                      if s.kind in POOLED_KINDS}
        shares, pool_skips = plan_pool(pooled, all_pooled, health, budget=pool_budget, now=now, period=period)
        for sid, entry in shares.items():
            states[sid] = {**states[sid], "pool": entry}
        for s in pooled:
            if s.id in pool_skips:
                runnable.remove(s)
                report = SourceReport(source_id=s.id, kind=s.kind, status="skipped", note=pool_skips[s.id])
                reports.append(report)
                if on_done is not None:
                    on_done(report)
    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="fetch") as pool:
        futures = {pool.submit(fetch_source, s, states[s.id], client): s for s in runnable}
        # Store each outcome as soon as it arrives, so finished sources' posts are not held in
        # memory while a slow one is still fetching.
        for future in as_completed(futures):
            source = futures.pop(future)
            outcome = future.result()
            try:
                inserted, updated, health = store.record_fetch(
                    source.id, outcome.posts, state=outcome.state if outcome.ok else None,
                    error=outcome.error, now=now,
                )
            except StoreError:
                raise  # the store itself failed (full disk, locked): the run's failure, not the source's
            except Exception as exc:  # a post the store cannot hold: that source's failure this run
                log.warning("source.unstorable source=%s error=%s", source.id, type(exc).__name__, exc_info=True)
                error = f"its posts could not be stored: {type(exc).__name__}: {str(exc)[:200]}"
                outcome = FetchOutcome(source.id, error=error, warnings=outcome.warnings)
                inserted, updated, health = store.record_fetch(source.id, (), state=None, error=error, now=now)
            status = "error" if not outcome.ok else "not-modified" if outcome.not_modified else "ok"
            report = SourceReport(
                source_id=source.id, kind=source.kind, status=status, fetched=len(outcome.posts),
                inserted=inserted, updated=updated, error=outcome.error, warnings=outcome.warnings,
                consecutive_failures=int(health["consecutive_failures"]),
            )
            reports.append(report)
            if on_done is not None:
                on_done(report)
    order = {s.id: i for i, s in enumerate(sources)}
    return sorted(reports, key=lambda r: order.get(r.source_id, len(order)))
