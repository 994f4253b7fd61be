"""Collection: fetch every configured source and put what it found into the store.

    sources ──fetch (thread pool, network)──▶ outcomes ──upsert (one thread)──▶ store

Fetching runs concurrently because it waits on the network; writing stays on the
caller's thread because SQLite wants one writer. A source that fails becomes a
report with its error, never an exception: the rest of the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.errors import NewsdeskError
from newsdesk.model import Source
from newsdesk.sources import FetchOutcome, get_kind
from newsdesk.store import Store


@dataclass(frozen=True, slots=True)
class SourceReport:
    """What one source did in one collection run, for the CLI table and the edition summary."""

    source_id: str
    kind: str
    status: str  #: "ok", "not-modified" or "error"
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    consecutive_failures: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.source_id, "kind": self.kind, "status": self.status, "fetched": self.fetched,
            "inserted": self.inserted, "updated": self.updated, "error": self.error,
            "warnings": list(self.warnings), "consecutive_failures": self.consecutive_failures,
        }


def _fetch_one(source: Source, state: dict[str, Any], client: Any) -> FetchOutcome:
    try:
        return get_kind(source.kind).fetch(source, state, client)
    except NewsdeskError as exc:
        # Our own errors are expected failures of one source; anything else is a bug
        # and propagates with its traceback.
        return FetchOutcome(source.id, error=str(exc))


def collect_sources(
    sources: Sequence[Source],
    store: Store,
    client: Any,
    *,
    now: datetime,
    concurrency: int = 8,
    on_done: Callable[[SourceReport], None] | None = None,
) -> list[SourceReport]:
    """Fetch `sources` with at most `concurrency` in flight; store posts, cursors and health."""
    states = {s.id: store.source_state(s.id) for s in sources}
    reports: list[SourceReport] = []
    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="fetch") as pool:
        futures = [(s, pool.submit(_fetch_one, s, states[s.id], client)) for s in sources]
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
