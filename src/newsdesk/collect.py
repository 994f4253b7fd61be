"""Collection: fetch every configured source and put what it found into the store.

    sources ──fetch (thread pool, network)──▶ outcomes ──upsert (one thread)──▶ store

Fetching runs concurrently because it waits on the network; writing stays on the
caller's thread because SQLite wants one writer. A source that fails becomes a
report with its error, never an exception: the rest of the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.fetch import fetch_source
from newsdesk.model import Source
from newsdesk.sources.base import REGISTRY, _load_builtin
from newsdesk.store import Store


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
    kind = REGISTRY.get(source.kind)
    for option in getattr(kind, "requires", ()):
        if not source.options.get(option):
            var = source.options.get(f"{option}_env")
            hint = f": set ${var}" if var else f": add {option}_env to the source"
            return f"needs {option}{hint}"
    return None


def collect_sources(
    sources: Sequence[Source],
    store: Store,
    client: Any,
    *,
    now: datetime,
    concurrency: int = 8,
    park_after: int = 3,
    force: bool = False,
    on_done: Callable[[SourceReport], None] | None = None,
) -> list[SourceReport]:
    """Fetch `sources` with at most `concurrency` in flight; store posts, cursors and health.

    Disabled, parked and secret-less sources are reported as skipped, not failed; `force`
    fetches parked ones too (`newsdesk sources check`).
    """
    _load_builtin()
    health = store.all_health()
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
    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="fetch") as pool:
        futures = [(s, pool.submit(fetch_source, s, states[s.id], client)) for s in runnable]
        for source, future in futures:
            outcome = future.result()
            inserted = updated = 0
            if outcome.ok:
                inserted, updated = store.upsert_posts(outcome.posts)
                if outcome.state:
                    store.save_source_state(source.id, outcome.state, now=now)
            health = store.record_health(source.id, now=now, error=outcome.error)
            status = "error" if not outcome.ok else "not-modified" if outcome.not_modified else "ok"
            report = SourceReport(
                source_id=source.id, kind=source.kind, status=status, fetched=len(outcome.posts),
                inserted=inserted, updated=updated, error=outcome.error, warnings=outcome.warnings,
                consecutive_failures=int(health["consecutive_failures"]),
            )
            reports.append(report)
            if on_done is not None:
                on_done(report)
    return reports
