"""Test helpers for the API-backed source kinds (hn, reddit, github, arxiv, hf).

A fixed clock and a recording sleep make retries, Retry-After and arXiv's pacing run in
microseconds; `make_client` builds the real `HttpClient` with them, pointed at the local
server by each test through `options["base_url"]`. The social kinds' helpers (`socialkit`)
reuse the clock, the client, `source` and `query` from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from newsdesk.config import FetchSettings
from newsdesk.fetch import HttpClient, make_client
from newsdesk.model import Source

from httpserver import Request

#: 2026-04-14T00:00:00Z: "now" for every fetch test, so query windows and dates are exact
#: (and the X read-budget month is 2026-04)
NOW = datetime(2026, 4, 14, tzinfo=UTC)


class FakeTime:
    """A fixed clock; sleeps are recorded, never slept."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now.timestamp()
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def clock(self) -> float:
        return self.now


def client(fake: FakeTime, **settings: Any) -> HttpClient:
    """A real client with test timings: 2 s timeout, 2 retries, no real sleeping."""
    values: dict[str, Any] = {"timeout_s": 2.0, "retries": 2, **settings}
    return make_client(FetchSettings(**values), sleep=fake.sleep, clock=fake.clock, jitter=lambda: 0.5)


def source(kind: str, locator: str, base_url: str, *, sid: str = "", **options: Any) -> Source:
    """A Source of `kind` pointed at `base_url`; `sid` defaults to "<kind>:test"."""
    return Source(id=sid or f"{kind}:test", kind=kind, locator=locator, options={"base_url": base_url, **options})


def query(request: Request) -> dict[str, str]:
    """The request's query parameters, decoded, one value each."""
    return {k: v[0] for k, v in parse_qs(urlsplit(request.target).query, keep_blank_values=True).items()}


def only(requests: list[Request]) -> Request:
    assert len(requests) == 1, [r.target for r in requests]
    return requests[0]


def recorded_headers(sidecar: Mapping[str, Any]) -> dict[str, str]:
    """A sidecar's response headers without the transfer ones the replay recomputes."""
    hop = {"content-length", "content-encoding", "transfer-encoding", "connection", "date", "server"}
    return {k: str(v) for k, v in (sidecar.get("headers") or {}).items() if k.lower() not in hop}
