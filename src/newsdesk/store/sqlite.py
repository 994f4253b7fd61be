"""The SQLite store: one file on one machine, the default.

One file, WAL mode (readers never block the writer), numbered migrations
(`store/migrations.py`). The queries are shared with PostgreSQL (`store/sql.py`); what is
SQLite's own is here: the connection, transactions, the per-slot lock (an OS file lock
beside the database) and error translation. Every sqlite3 error leaves this module as a
`StoreError` naming the file, so a full disk or a locked database reads as what it is,
not as a traceback.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from newsdesk.errors import StoreError
from newsdesk.store.migrations import MIGRATIONS
from newsdesk.store.sql import SQLStore, _iso

BUSY_TIMEOUT_S = 30.0  # a concurrent writer (collect during serve) waits rather than fails


#: what an operator should check when SQLite fails with these result codes
_HINTS = {
    "SQLITE_FULL": "the disk (or the file-size limit) is full: free space and run again; nothing stored so far is lost",
    "SQLITE_IOERR": "the disk could not be written (full, read-only or failing): check free space and permissions",
    "SQLITE_READONLY": "the store is read-only: check the file's and folder's permissions",
    "SQLITE_CORRUPT": "the file is damaged: restore it from a backup, or move it aside to start a new store",
    "SQLITE_NOTADB": "this is not a newsdesk store (not an SQLite database)",
    "SQLITE_CANTOPEN": "the file or its folder cannot be opened: check the path and permissions",
    "SQLITE_BUSY": "another process holds the store for too long: is a second newsdesk running?",
}


def _explain(path: Path, exc: sqlite3.Error, what: str = "") -> StoreError:
    """A `StoreError` naming the file, SQLite's own words and what to do about them.

    "disk I/O error" alone does not tell an operator that the disk is full; the
    extended result code (SQLITE_IOERR_WRITE, SQLITE_FULL, ...) does, so its family picks
    the hint. Transactions roll back on these errors, so the store keeps what it had.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    family = next((key for key in _HINTS if name == key or name.startswith(key + "_")), "")
    hint = f" [{name}: {_HINTS[family]}]" if family else ""
    return StoreError(f"{path}: {what}{exc}{hint}")


class SQLiteStore(SQLStore):
    """A handle on one newsdesk database file. Make one with `open_store` (or `open_sqlite`)."""

    _unstorable: ClassVar[tuple[type[BaseException], ...]] = (
        sqlite3.ProgrammingError, sqlite3.InterfaceError, OverflowError)

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self.location = str(path)
        self._db = db
        self.migrated: tuple[int, ...] = ()  #: the migrations `open_sqlite` applied

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._db:
                yield self._db
        except sqlite3.Error as exc:
            raise _explain(self.path, exc) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _explain(self.path, exc) from exc

    def schema_version(self) -> int:
        return int(self._query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")[0]["v"])

    # -- locking ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """Hold an exclusive, crash-safe lock named `name` beside the database.

        Two processes building the same edition would race on its files and pushes;
        an OS file lock is released by the kernel even if the holder dies, so a crash
        never leaves a stale lock behind.
        """
        lock_dir = self.path.parent / "locks"
        lock_dir.mkdir(parents=True, exist_ok=True)
        lock_path = lock_dir / f"{name}.lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
                raise StoreError(f"{name} is being built by {holder} (lock {lock_path})") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
            yield
        finally:
            os.close(fd)


def open_sqlite(path: str | Path) -> SQLiteStore:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _explain(path, exc, "cannot open the store: ") from exc
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc
    db.row_factory = sqlite3.Row
    # isolation_level=None + explicit BEGIN in `with db` keeps migrations atomic.
    db.isolation_level = "DEFERRED"
    store = SQLiteStore(path, db)
    try:
        _wal(db)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        store.migrated = _migrate(db)
    except sqlite3.Error as exc:
        db.close()
        raise _explain(path, exc) from exc
    return store


def _wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode (once; it sticks to the file). Switching needs the file to itself and
    SQLite answers "database is locked" at once, without its busy timeout, while another connection is
    opening it too (two processes starting on a new store): so wait here as the timeout would."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _migrate(db: sqlite3.Connection) -> tuple[int, ...]:
    """Apply the migrations this file has not seen, each in its own transaction; returns their numbers."""
    applied: list[int] = []
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {r[0] for r in db.execute("SELECT version FROM schema_migrations")}
    for version, migration in enumerate(MIGRATIONS, 1):
        if version in done:
            continue
        # sqlite3 opens no implicit transaction for DDL, so without this BEGIN each CREATE
        # commits on its own, and a migration cut short (a full disk) leaves tables that the
        # next run's migration trips over ("table posts already exists"). IMMEDIATE also
        # makes a second process wait here, then see the version done, instead of racing.
        with db:
            db.execute("BEGIN IMMEDIATE")
            if db.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                continue
            migration(db)
            db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)", (version, _iso(datetime.now(UTC)))
            )
            applied.append(version)
    return tuple(applied)
