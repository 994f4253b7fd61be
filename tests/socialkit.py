"""Test helpers for the social kinds (x, bluesky, mastodon): a fixed clock, a real client, request checks.

The clock is fixed and sleeps are recorded, never slept, so retries and 429 waits
run in microseconds; the client is the real `HttpClient`, pointed at the local
server through each source's `options["base_url"]`.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from newsdesk.config import FetchSettings
from newsdesk.fetch import HttpClient, make_client
from newsdesk.model import Source

from httpserver import Reply, Request

#: 2026-04-14T00:00:00Z: "now" for every fetch test (the X budget month is 2026-04)
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


def make_test_client(fake: FakeTime, **settings: Any) -> HttpClient:
    """A real client with test timings: 2 s timeout, 2 retries, no real sleeping."""
    values: dict[str, Any] = {"timeout_s": 2.0, "retries": 2, **settings}
    return make_client(FetchSettings(**values), sleep=fake.sleep, clock=fake.clock, jitter=lambda: 0.5)


def make_source(kind: str, locator: str, base_url: str, **options: Any) -> Source:
    return Source(id=f"{kind}:test", kind=kind, locator=locator, options={"base_url": base_url, **options})


def query(request: Request) -> dict[str, str]:
    """The request's query parameters, decoded, one value each."""
    return {k: v[0] for k, v in parse_qs(urlsplit(request.target).query, keep_blank_values=True).items()}


def json_reply(value: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps(value).encode("utf-8")
    return Reply(status=status, body=body, headers={"Content-Type": "application/json; charset=utf-8",
                                                    **(headers or {})})


HTML_ERROR_PAGE = Reply(
    status=200,
    body=b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>",
    headers={"Content-Type": "text/html; charset=utf-8"},
)
INVALID_JSON = Reply(status=200, body=b'{"data": [{"id": "1", "text": "cut off', headers={
    "Content-Type": "application/json"})


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
