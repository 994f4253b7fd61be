"""The LLM response cache and the per-edition token budget: what keeps a re-run free and a run bounded.

    story posts ─content_hash─▶ "c1:…" ─┬─ model, prompt version ─▶ cache_key "v1:…"
                                        └─ LLMCache.get(key): a checked answer, a remembered rejection, or None

The cache is a protocol with two methods, so the writer stays testable without a
store: `MemoryCache` for tests and one-off runs, `StoreCache` for the SQLite
store's `llm_calls` table (the call log is the cache). Only outcomes that would
repeat are cached: an answer that passed every check, and one rejected after its
retry. Transport failures (429, 5xx, timeouts) are not: the next run tries again.

A cached answer is parsed and checked again before it is used, so a stricter
check added later rejects an old answer instead of trusting it.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from newsdesk.store import Store

CACHE_VERSION = "v1"  #: bump when the key's inputs change meaning
CONTENT_VERSION = "c2"  #: bump when what the model is shown of a story changes shape


def content_hash(quoted_posts: str, categories: tuple[str, ...]) -> str:
    """A story's content as the model sees it (post ids, authors, times, texts) plus the taxonomy."""
    digest = hashlib.sha256()
    digest.update(quoted_posts.encode("utf-8"))
    digest.update(b"\x00")
    digest.update("\x1f".join(categories).encode("utf-8"))
    return f"{CONTENT_VERSION}:{digest.hexdigest()}"


def cache_key(content: str, model: str, prompt_version: str) -> str:
    """The `llm_calls` key: the story content hash, the model and the prompt version."""
    raw = "\x00".join((content, model, prompt_version)).encode("utf-8")
    return f"{CACHE_VERSION}:{hashlib.sha256(raw).hexdigest()}"


@dataclass(frozen=True, slots=True)
class CachedCall:
    """One logged call: the checked answer (JSON text) when `ok`, else why it was rejected."""

    model: str
    prompt_version: str
    story_id: str
    ok: bool
    response: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class LLMCache(Protocol):
    def get(self, key: str) -> CachedCall | None: ...

    def put(self, key: str, call: CachedCall) -> None: ...


class MemoryCache:
    """A dict behind the cache protocol (tests, and runs without a store)."""

    def __init__(self) -> None:
        self.calls: dict[str, CachedCall] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> CachedCall | None:
        with self._lock:
            return self.calls.get(key)

    def put(self, key: str, call: CachedCall) -> None:
        with self._lock:
            self.calls[key] = call


class StoreCache:
    """The store's `llm_calls` table behind the cache protocol; `now` stamps what is logged."""

    def __init__(self, store: Store, *, now: datetime) -> None:
        self._store = store
        self._now = now
        self._lock = threading.Lock()  # one SQLite connection, shared by the writer's threads

    def get(self, key: str) -> CachedCall | None:
        with self._lock:
            row = self._store.llm_call(key)
        if row is None:
            return None
        return CachedCall(
            model=row["model"],
            prompt_version=row["prompt_version"],
            story_id=row["story_id"],
            ok=bool(row["ok"]),
            response=row["response"],
            prompt_tokens=int(row["prompt_tokens"]),
            completion_tokens=int(row["completion_tokens"]),
        )

    def put(self, key: str, call: CachedCall) -> None:
        with self._lock:
            self._store.log_llm_call(
                key,
                model=call.model,
                prompt_version=call.prompt_version,
                story_id=call.story_id,
                ok=call.ok,
                response=call.response,
                prompt_tokens=call.prompt_tokens,
                completion_tokens=call.completion_tokens,
                now=self._now,
            )


class TokenBudget:
    """Tokens one edition may spend, shared by the writer's threads.

    A call starts only when the tokens spent, those reserved by calls in flight and
    this call's estimate together stay within the limit; when it returns, its
    reservation is replaced by what the provider reported. `limit` 0: no limit.
    Once the budget has turned a story away it is `closed` to new stories, so a
    smaller story further down the ranking cannot take the place of a bigger one
    above it; retries of stories already started may still use what is left.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spent = 0
        self.closed = False
        self._reserved = 0
        self._lock = threading.Lock()

    def reserve(self, estimate: int, *, retry: bool = False) -> bool:
        with self._lock:
            if self.closed and not retry:
                return False
            if self.limit and self.spent + self._reserved + estimate > self.limit:
                return False
            self._reserved += estimate
            return True

    def close(self) -> None:
        with self._lock:
            self.closed = True

    def settle(self, estimate: int, actual: int) -> None:
        with self._lock:
            self._reserved -= estimate
            self.spent += actual


__all__ = [
    "CACHE_VERSION",
    "CONTENT_VERSION",
    "CachedCall",
    "LLMCache",
    "MemoryCache",
    "StoreCache",
    "TokenBudget",
    "cache_key",
    "content_hash",
]
