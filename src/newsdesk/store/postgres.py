"""The PostgreSQL store: one database that several machines and desks share.

Chosen by `[store] url = "postgresql://..."` (or `NEWSDESK_STORE_URL`). The queries are the
ones SQLite runs (`store/sql.py`); this module adds what is PostgreSQL's own:

- a `psycopg_pool.ConnectionPool`, each store method one transaction on one pooled connection;
- numbered migrations (`store/pg_migrations.py`), applied under a transaction-level advisory
  lock so two machines starting at once do not race on `CREATE TABLE`;
- `lock(name)` as a session-level advisory lock held on a connection of its own: the server
  releases it when that session ends, however the holder died (killed, machine lost), as the
  kernel does for SQLite's flock;
- errors as `StoreError`s naming the database by its URL with the password redacted.

psycopg is an optional extra (`pip install 'newsdesk[postgres]'`), imported only here.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import socket
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from newsdesk.errors import StoreError
from newsdesk.model import Post
from newsdesk.store.base import redact_url
from newsdesk.store.pg_migrations import MIGRATIONS
from newsdesk.store.sql import SQLStore, _iso
from newsdesk.untrusted import clean_text

if TYPE_CHECKING:
    from newsdesk.store.sql import Cursor

CONNECT_TIMEOUT_S = 10
POOL_MAX = 8  # collection writes on one thread; a tick nests two locks (own connections) and a few reads
#: the transaction-level advisory lock migrations take (any constant no `lock(name)` can hash to)
_MIGRATION_LOCK = 0x6E65_7773_6465_736B  # "newsdesk"

#: what an operator should check for these SQLSTATE classes (or codes)
_HINTS = {
    "08": "the database cannot be reached: is PostgreSQL running, and are the URL's host and port right?",
    "28": "the database refused these credentials: check the user and password in the store URL",
    "3D": "the database does not exist: create it first (createdb), then run `newsdesk store migrate`",
    "42501": "the user lacks a privilege the store needs (CREATE on the schema, or on its tables)",
    "53100": "the database server's disk is full: free space and run again; nothing stored so far is lost",
    "53": "the database server is out of a resource (connections, memory): check its limits",
    "57P": "the database server is shutting down or restarting: run again when it is back",
    "25006": "the database is read-only (a standby?): point the store URL at the primary",
}


#: words of a failed connection's message -> the SQLSTATE class it stands for
_CONNECT_WORDS = (
    (("database", "does not exist"), "3D"),
    (("role", "does not exist"), "28"),
    (("password authentication failed",), "28"),
    (("no password supplied",), "28"),
    (("no pg_hba.conf entry",), "28"),
    (("permission denied",), "42501"),
    (("too many clients",), "53"),
    (("shutting down",), "57P"),
)


def _sql(sql: str) -> str:
    """SQLite's `?` placeholders as psycopg's `%s` (our SQL has no `?` or `%` of its own)."""
    return _sql_cached(sql)


@functools.lru_cache(maxsize=512)
def _sql_cached(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def _app_name() -> str:
    """Who holds a connection, as `pg_stat_activity` shows it: what a refused lock names."""
    return f"newsdesk pid {os.getpid()} on {socket.gethostname()}"[:63]


def lock_key(name: str) -> int:
    """A lock name as PostgreSQL's 64-bit advisory lock key (signed), stable across machines."""
    return int.from_bytes(hashlib.sha256(f"newsdesk:{name}".encode()).digest()[:8], "big", signed=True)


#: One statement per post, the insert and the refresh of `SQLStore._upsert` in one: a known post takes a
#: newer fetch's changed fields, never an older one's. `xmax = 0` tells a new row from an updated one; an
#: unchanged post returns no row. Sent for a whole fetch at once (pipelined), not a round trip per post.
_UPSERT_POST = """INSERT INTO posts VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)
ON CONFLICT (id) DO UPDATE SET metrics = excluded.metrics, text = excluded.text, title = excluded.title,
    links = excluded.links, refs = excluded.refs, fetched_at = excluded.fetched_at,
    raw = COALESCE(excluded.raw, posts.raw)
WHERE (posts.fetched_at IS NULL OR excluded.fetched_at IS NULL OR posts.fetched_at < excluded.fetched_at)
  AND (posts.metrics <> excluded.metrics OR posts.text <> excluded.text OR posts.title <> excluded.title
       OR posts.links <> excluded.links OR posts.refs <> excluded.refs)
RETURNING (xmax = 0) AS inserted"""


class _Executor:
    """A pooled connection speaking the `?` SQL of `store/sql.py`."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return self.conn.execute(_sql(sql), tuple(params))  # type: ignore[return-value]

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_sql(sql), [tuple(p) for p in seq])


class PostgresStore(SQLStore):
    """A handle on one newsdesk database in PostgreSQL. Make one with `open_store` (or `open_postgres`)."""

    def __init__(self, url: str, pool: ConnectionPool[Any], migrated: tuple[int, ...] = ()) -> None:
        self._url = url
        self._pool = pool
        self.location = redact_url(url)
        self.migrated = migrated

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def _explain(self, exc: BaseException, what: str = "") -> StoreError:
        return explain(self._url, exc, what)

    @contextlib.contextmanager
    def _tx(self) -> Iterator[_Executor]:
        try:
            with self._pool.connection() as conn, conn.transaction():
                yield _Executor(conn)
        except psycopg.Error as exc:
            raise self._explain(exc) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        try:
            with self._pool.connection() as conn:
                return conn.execute(_sql(sql), tuple(params)).fetchall()  # type: ignore[return-value]
        except psycopg.Error as exc:
            raise self._explain(exc) from exc

    def _upsert(self, db: _Executor, posts: Iterable[Post]) -> tuple[int, int]:  # type: ignore[override]
        """`SQLStore._upsert`'s outcome in one pipelined batch (a round trip per post made a fetch of a
        few thousand posts seconds slower than SQLite). Text PostgreSQL cannot hold (NUL, lone
        surrogates) is replaced up front, as SQLite's path does on the error."""
        rows = [tuple(self._clean(v) if isinstance(v, str) else v for v in self._post_row(p)) for p in posts]
        if not rows:
            return 0, 0
        inserted = updated = 0
        with db.conn.cursor() as cur:
            cur.executemany(_UPSERT_POST, rows, returning=True)
            while True:
                for row in cur.fetchall():
                    if row["inserted"]:
                        inserted += 1
                    else:
                        updated += 1
                if not cur.nextset():
                    break
        return inserted, updated

    @staticmethod
    def _bytes_of(column: str) -> str:
        return f"octet_length({column})"

    @staticmethod
    def _clean(value: str) -> str:
        # PostgreSQL text cannot hold NUL; like a lone surrogate it becomes U+FFFD, the post kept.
        return clean_text(value).replace("\x00", "\ufffd")

    def schema_version(self) -> int:
        return int(self._query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")[0]["v"])

    @property
    def pool(self) -> ConnectionPool[Any]:
        """The connection pool, for code that runs its own SQL in this database (a task queue)."""
        return self._pool

    # -- locking ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def lock(self, name: str) -> Iterator[None]:
        """Hold an exclusive lock named `name` for every process on every machine using this database.

        A session-level advisory lock on a connection of its own, not a pooled one: the lock
        lives exactly as long as that session, so closing it releases the lock, and a holder
        that dies (SIGKILL, a lost machine) loses its session and the lock with it.
        """
        key = lock_key(name)
        try:
            conn = psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                   application_name=_app_name())
        except psycopg.Error as exc:
            raise self._explain(exc, f"cannot take the lock {name}: ") from exc
        try:
            try:
                got = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
                holder = None if got and got[0] else self._holder(conn, key)
            except psycopg.Error as exc:
                raise self._explain(exc, f"cannot take the lock {name}: ") from exc
            if holder is not None:
                raise StoreError(f"{name} is being built by {holder} (advisory lock {key} in {self.location})")
            yield
        finally:
            conn.close()  # ends the session: the server releases the lock

    @staticmethod
    def _holder(conn: psycopg.Connection[Any], key: int) -> str:
        unsigned = key & 0xFFFF_FFFF_FFFF_FFFF
        row = conn.execute(
            """SELECT a.application_name, a.client_addr::text, a.pid FROM pg_locks l
               JOIN pg_stat_activity a ON a.pid = l.pid
               WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                 AND l.classid::bigint = %s AND l.objid::bigint = %s
                 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())""",
            (unsigned >> 32, unsigned & 0xFFFF_FFFF),
        ).fetchone()
        if row is None:
            return "another process"
        app, addr, pid = row
        if app and app.startswith("newsdesk "):
            return app.removeprefix("newsdesk ")
        return f"backend pid {pid}" + (f" from {addr}" if addr else "")


def explain(url: str, exc: BaseException, what: str = "") -> StoreError:
    """A `StoreError` naming the database (password redacted), the server's words and a hint.

    The message is scrubbed of the password too: libpq quotes parts of a bad connection string back.
    """
    text = " ".join(str(exc).split())
    password = _password(url)
    if password:
        text = text.replace(password, "***")
    state = getattr(exc, "sqlstate", None) or ""
    if not state and isinstance(exc, psycopg.OperationalError):
        # libpq reports a refused connection before any SQLSTATE exists: read the server's words.
        lowered = text.lower()
        state = next((code for words, code in _CONNECT_WORDS if all(w in lowered for w in words)), "08")
    hint = next((h for code, h in sorted(_HINTS.items(), key=lambda kv: -len(kv[0])) if state.startswith(code)), "")
    return StoreError(f"{redact_url(url)}: {what}{text}" + (f" [{hint}]" if hint else ""))


def _password(url: str) -> str:
    try:
        return str(psycopg.conninfo.conninfo_to_dict(url).get("password") or "")
    except psycopg.Error:
        return ""


def open_postgres(url: str, *, max_size: int = POOL_MAX) -> PostgresStore:
    """Connect to the database at `url`, bring its schema up to date, and open a pool on it."""
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                             application_name=_app_name()) as conn:
            applied = _migrate(conn)
    except psycopg.Error as exc:
        raise explain(url, exc, "cannot open the store: ") from exc
    pool: ConnectionPool[Any] = ConnectionPool(
        url, min_size=1, max_size=max_size, open=True, name="newsdesk-store",
        kwargs={"row_factory": dict_row, "connect_timeout": CONNECT_TIMEOUT_S, "application_name": _app_name()},
        check=ConnectionPool.check_connection,
    )
    return PostgresStore(url, pool, applied)


def _migrate(conn: psycopg.Connection[Any]) -> tuple[int, ...]:
    """Apply the migrations this database has not seen, all in one transaction; returns their numbers."""
    applied: list[int] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        # Looked up rather than CREATE ... IF NOT EXISTS, which PostgreSQL refuses in a read-only
        # transaction: a store that is up to date opens for a user (or a standby) that cannot write.
        exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
        if not (exists and exists[0]):
            conn.execute('CREATE TABLE schema_migrations '
                         '(version INTEGER PRIMARY KEY, applied_at TEXT COLLATE "C" NOT NULL)')
        done = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
        for version, script in enumerate(MIGRATIONS, 1):
            if version in done:
                continue
            for statement in script.split(";\n"):
                if statement.strip():
                    conn.execute(statement)  # type: ignore[call-overload]
            conn.execute("INSERT INTO schema_migrations VALUES (%s, %s)", (version, _iso(datetime.now(UTC))))
            applied.append(version)
    return tuple(applied)
