"""What the pipeline asks of a store, whichever database is behind it.

`Store` is a typing `Protocol`: collection, the story stages, the writer's cache, publishing and
the scheduler are written against it, and `SQLiteStore` (one file, the default) and
`PostgresStore` (one database shared by many machines) both satisfy it. Nothing outside
`newsdesk.store` names a backend; `open_store` picks one from the settings.

Values cross the protocol in one shape on both backends: times as aware UTC `datetime`s going
in and fixed-width ISO 8601 strings in the plain-data rows coming out (`source_health`,
`edition_record`, `publication`), JSON columns decoded, so the same code sees the same data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from newsdesk.model import Edition, Post

#: URL schemes that select the PostgreSQL store (`[store] url`, `NEWSDESK_STORE_URL`, `store copy --to`)
POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres_url(target: str) -> bool:
    """Whether `target` names a PostgreSQL database rather than an SQLite file."""
    return urlsplit(target).scheme.lower() in POSTGRES_SCHEMES if "://" in target else False


_KEYWORD_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def redact_url(target: str) -> str:
    """`target` as it may be shown: a database URL (or libpq key=value string) without its password.

    A store URL reaches logs, error messages and `config show`; its password must never do so.
    The user name, host, port and database stay, since they are what an operator needs to tell
    which store a message is about.
    """
    if "://" not in target:
        return _KEYWORD_PASSWORD.sub(r"\1***", target)
    parts = urlsplit(target)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostinfo = netloc.rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{hostinfo}"
    query = _QUERY_PASSWORD.sub(r"\1***", "?" + parts.query)[1:] if parts.query else ""
    # Put together by hand: urlunsplit drops the empty host of "postgresql:///db?host=/run/postgresql".
    return (f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")
            + (f"#{parts.fragment}" if parts.fragment else ""))


@runtime_checkable
class Store(Protocol):
    """The store the pipeline uses: posts, sources, editions, caches, publications and locks.

    Every method is one transaction. Errors of the database leave as `StoreError` naming the
    store (`location`, a password never in it) and what to do.
    """

    #: where the store lives, for messages: a file path, or a database URL with its password redacted
    location: str

    # lifecycle
    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...
    def schema_version(self) -> int: ...

    # posts
    def upsert_posts(self, posts: Iterable[Post]) -> tuple[int, int]: ...
    def record_fetch(self, source_id: str, posts: Iterable[Post], *, state: Mapping[str, Any] | None,
                     error: str | None, now: datetime) -> tuple[int, int, dict[str, Any]]: ...
    def posts_between(self, start: datetime, end: datetime) -> list[Post]: ...
    def get_posts(self, ids: Iterable[str]) -> dict[str, Post]: ...
    def count_posts(self) -> int: ...

    # sources
    def source_state(self, source_id: str) -> dict[str, Any]: ...
    def save_source_state(self, source_id: str, state: Mapping[str, Any], *, now: datetime) -> None: ...
    def record_health(self, source_id: str, *, now: datetime, error: str | None) -> dict[str, Any]: ...
    def source_health(self, source_id: str) -> dict[str, Any]: ...
    def reset_health(self, source_id: str) -> None: ...
    def all_health(self) -> dict[str, dict[str, Any]]: ...
    def stored_sources(self) -> list[dict[str, Any]]: ...
    def add_source(self, row: Mapping[str, Any], *, origin: str, now: datetime) -> bool: ...
    def remove_source(self, source_id: str, *, kind: str, locator: str, now: datetime) -> None: ...

    # editions
    def save_edition(self, edition: Edition, *, files: str = "written") -> None: ...
    def mark_files_written(self, key: str) -> None: ...
    def files_pending(self) -> list[str]: ...
    def edition_keys(self) -> list[str]: ...
    def edition_record(self, key: str) -> dict[str, Any] | None: ...
    def stories_published_before(self, key: str, since_key: str | None = None) -> dict[str, str]: ...

    # LLM call log (the writer's cache) and embeddings
    def llm_call(self, key: str) -> dict[str, Any] | None: ...
    def log_llm_call(self, key: str, *, model: str, prompt_version: str, story_id: str, ok: bool,
                     response: str, prompt_tokens: int, completion_tokens: int, now: datetime) -> None: ...
    def llm_call_groups(self) -> list[dict[str, Any]]: ...
    def delete_llm_calls(self, *, model: str | None = None, prompt_version: str | None = None,
                         before: datetime | None = None) -> int: ...
    def embeddings(self, model: str, text_hashes: Iterable[str]) -> dict[str, tuple[int, bytes]]: ...
    def save_embeddings(self, model: str, vectors: Iterable[tuple[str, int, bytes]], *, now: datetime) -> int: ...
    def prune_embeddings(self, before: datetime) -> int: ...

    # publications: one row per (edition, channel), claimed before each message goes out
    def publication(self, edition_key: str, channel: str) -> dict[str, Any] | None: ...
    def publications(self, edition_key: str) -> dict[str, dict[str, Any]]: ...
    def record_publication(self, edition_key: str, channel: str, *, now: datetime, ok: bool = False,
                           status: str | None = None, error: str | None = None,
                           detail: Mapping[str, Any] | None = None) -> None: ...
    def mark_publication_sending(self, edition_key: str, channel: str, *, now: datetime,
                                 detail: Mapping[str, Any] | None = None,
                                 expect: int | None = None) -> int | None: ...

    # coordination between processes (and, on PostgreSQL, machines)
    def lock(self, name: str) -> AbstractContextManager[None]: ...
