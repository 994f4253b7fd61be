"""Test helpers for the social kinds (x, bluesky, mastodon): a fixed clock, a real client, request checks.

The clock is fixed and sleeps are recorded, never slept, so retries and 429 waits
run in microseconds; the client is the real `HttpClient`, pointed at the local
server through each source's `options["base_url"]`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# the clock, the client and the request helpers are the API kinds' (apikit): one copy for every fetch test
from apikit import NOW, FakeTime, query
from apikit import client as make_test_client
from apikit import source as make_source
from httpserver import Reply

__all__ = ["HTML_ERROR_PAGE", "INVALID_JSON", "NOW", "FakeTime", "json_reply", "load", "make_source",
           "make_test_client", "query"]


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
