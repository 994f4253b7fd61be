"""Persistence: the `Store` protocol the pipeline uses, and its SQLite and PostgreSQL backends.

`open_store` is the one way in: a `Settings` (its `[store] url`, else `[store] path`), a
`postgresql://` URL, or an SQLite file path. SQLite is the default and needs nothing;
PostgreSQL needs the `postgres` extra and is imported only when asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.errors import StoreError
from newsdesk.store.base import Store, is_postgres_url, redact_url
from newsdesk.store.sql import SQLStore
from newsdesk.store.sqlite import SQLiteStore, open_sqlite

if TYPE_CHECKING:
    from newsdesk.config import Settings


def store_target(settings: Settings) -> str:
    """What `settings` point the store at: the `[store] url` when set, else the SQLite file's path."""
    return settings.store.url or str(settings.store_path)


def open_store(target: Settings | str | Path) -> SQLStore:
    """Open (creating and migrating as needed) the store `target` names; the caller closes it.

    A `postgresql://` (or `postgres://`) URL opens `PostgresStore`, anything else is an SQLite
    file. The returned object satisfies `Store`; it is typed as the shared base class so that
    `store copy` can also read and write whole tables.
    """
    if not isinstance(target, str | Path):
        target = store_target(target)
    if isinstance(target, str) and is_postgres_url(target):
        try:
            from newsdesk.store.postgres import open_postgres
        except ImportError as exc:
            raise StoreError(f"{redact_url(target)}: the PostgreSQL store needs psycopg: "
                             f"pip install 'newsdesk[postgres]' ({exc})") from exc
        return open_postgres(target)
    return open_sqlite(target)


__all__ = ["SQLStore", "SQLiteStore", "Store", "is_postgres_url", "open_sqlite", "open_store", "redact_url",
           "store_target"]
