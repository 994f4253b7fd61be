"""The SQLite store: posts, source cursors and health, editions. All SQL lives here.

One file, WAL mode (readers never block the writer), numbered migrations. Every
sqlite3 error leaves this module as a `StoreError` naming the file, so a full
disk or a locked database reads as what it is, not as a traceback.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.errors import StoreError
from newsdesk.model import Check, Edition, Item, Post, Ref
from newsdesk.store.migrations import MIGRATIONS
from newsdesk.untrusted import clean_text

BUSY_TIMEOUT_S = 30.0  # a concurrent writer (collect during serve) waits rather than fails
_IN_CHUNK = 500  # ids per `IN (...)`: below SQLite's variable limit on every build


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


def _iso(dt: datetime | None) -> str | None:
    # Fixed-width UTC with microseconds keeps string order equal to time order.
    return None if dt is None else dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value.replace("Z", "+00:00"))


class Store:
    """A handle on one newsdesk database file. Make one with `open_store`."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._db:
                yield self._db
        except sqlite3.Error as exc:
            raise _explain(self.path, exc) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _explain(self.path, exc) from exc

    def schema_version(self) -> int:
        return int(self._query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0][0])

    # -- posts -----------------------------------------------------------------------------

    def upsert_posts(self, posts: Iterable[Post]) -> tuple[int, int]:
        """Insert new posts and refresh known ones; returns (inserted, updated).

        Idempotent: storing the same posts twice changes nothing. A known post takes the
        newer fetch's metrics and text (edits, growing counts) but keeps its first
        `fetched_at` ordering guarantee: an older fetch never overwrites a newer one.
        """
        with self._tx() as db:
            return self._upsert(db, posts)

    def record_fetch(self, source_id: str, posts: Iterable[Post], *, state: Mapping[str, Any] | None,
                     error: str | None, now: datetime) -> tuple[int, int, dict[str, Any]]:
        """One source's fetch in one transaction: its posts, its new cursor and its health.

        Returns (inserted, updated, health). One commit per source instead of three keeps a
        large collection from spending its time in commits.
        """
        inserted = updated = 0
        with self._tx() as db:
            if error is None:
                inserted, updated = self._upsert(db, posts)
                if state:
                    self._save_state(db, source_id, state, now)
            self._health(db, source_id, now, error)
        return inserted, updated, self.source_health(source_id)

    def _upsert(self, db: sqlite3.Connection, posts: Iterable[Post]) -> tuple[int, int]:
        inserted = updated = 0
        for p in posts:
            row = (
                p.id, p.source_id, p.platform, p.author_handle, p.author_name, p.url, p.title,
                p.text, _iso(p.created_at), _iso(p.fetched_at), p.lang,
                json.dumps(dict(p.metrics), sort_keys=True),
                json.dumps(list(p.links)),
                json.dumps([[r.kind, r.post_id] for r in p.refs]),
                json.dumps(p.raw, ensure_ascii=False, default=str) if p.raw is not None else None,
            )
            try:
                cur = db.execute("INSERT OR IGNORE INTO posts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", row)
            except UnicodeEncodeError:
                # A lone surrogate (a "\ud800" escape some parser let through) cannot be UTF-8:
                # the text keeps U+FFFD in its place rather than the post being lost.
                row = tuple(clean_text(v) if isinstance(v, str) else v for v in row)
                cur = db.execute("INSERT OR IGNORE INTO posts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", row)
            except (sqlite3.ProgrammingError, sqlite3.InterfaceError, OverflowError) as exc:
                # a value SQLite cannot hold is the post's fault, not the store's: not a StoreError
                raise ValueError(f"post {p.id!r} cannot be stored: {exc}") from exc
            if cur.rowcount:
                inserted += 1
                continue
            cur = db.execute(
                """UPDATE posts SET metrics = ?, text = ?, title = ?, links = ?, refs = ?,
                       fetched_at = ?, raw = COALESCE(?, raw)
                   WHERE id = ? AND (fetched_at IS NULL OR ? IS NULL OR fetched_at < ?)
                     AND (metrics != ? OR text != ? OR title != ? OR links != ? OR refs != ?)""",
                (row[11], row[7], row[6], row[12], row[13], row[9], row[14],
                 p.id, row[9], row[9], row[11], row[7], row[6], row[12], row[13]),
            )
            updated += cur.rowcount
        return inserted, updated

    def posts_between(self, start: datetime, end: datetime) -> list[Post]:
        """Posts created in `[start, end)`, oldest first."""
        rows = self._query(
            "SELECT * FROM posts WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id",
            (_iso(start), _iso(end)),
        )
        return [self._post(r) for r in rows]

    def get_posts(self, ids: Iterable[str]) -> dict[str, Post]:
        ids = list(ids)
        out: dict[str, Post] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(f"SELECT * FROM posts WHERE id IN ({marks})", chunk):
                out[r["id"]] = self._post(r)
        return out

    def count_posts(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM posts")[0][0])

    @staticmethod
    def _post(r: sqlite3.Row) -> Post:
        return Post(
            id=r["id"], source_id=r["source_id"], platform=r["platform"],
            author_handle=r["author_handle"], author_name=r["author_name"], url=r["url"],
            text=r["text"], created_at=_dt(r["created_at"]),  # type: ignore[arg-type]
            fetched_at=_dt(r["fetched_at"]), lang=r["lang"], title=r["title"],
            metrics=json.loads(r["metrics"]), links=tuple(json.loads(r["links"])),
            refs=tuple(Ref(k, i) for k, i in json.loads(r["refs"])),
            raw=json.loads(r["raw"]) if r["raw"] else None,
        )

    # -- sources ---------------------------------------------------------------------------

    def source_state(self, source_id: str) -> dict[str, Any]:
        rows = self._query("SELECT state FROM source_state WHERE source_id = ?", (source_id,))
        return json.loads(rows[0]["state"]) if rows else {}

    def save_source_state(self, source_id: str, state: Mapping[str, Any], *, now: datetime) -> None:
        with self._tx() as db:
            self._save_state(db, source_id, state, now)

    @staticmethod
    def _save_state(db: sqlite3.Connection, source_id: str, state: Mapping[str, Any], now: datetime) -> None:
        db.execute(
            """INSERT INTO source_state VALUES (?, ?, ?)
               ON CONFLICT (source_id) DO UPDATE SET state = excluded.state,
               updated_at = excluded.updated_at""",
            (source_id, json.dumps(dict(state), sort_keys=True, default=str), _iso(now)),
        )

    def record_health(self, source_id: str, *, now: datetime, error: str | None) -> dict[str, Any]:
        """Note one attempt's outcome; returns the source's health after it."""
        with self._tx() as db:
            self._health(db, source_id, now, error)
        return self.source_health(source_id)

    @staticmethod
    def _health(db: sqlite3.Connection, source_id: str, now: datetime, error: str | None) -> None:
        if error is None:
            db.execute(
                """INSERT INTO source_health VALUES (?, ?, ?, NULL, 0)
                   ON CONFLICT (source_id) DO UPDATE SET last_attempt = excluded.last_attempt,
                   last_success = excluded.last_success, consecutive_failures = 0""",
                (source_id, _iso(now), _iso(now)),
            )
        else:
            db.execute(
                """INSERT INTO source_health VALUES (?, ?, NULL, ?, 1)
                   ON CONFLICT (source_id) DO UPDATE SET last_attempt = excluded.last_attempt,
                   last_error = excluded.last_error,
                   consecutive_failures = consecutive_failures + 1""",
                (source_id, _iso(now), error),
            )

    def source_health(self, source_id: str) -> dict[str, Any]:
        rows = self._query("SELECT * FROM source_health WHERE source_id = ?", (source_id,))
        if not rows:
            return {"source_id": source_id, "last_attempt": None, "last_success": None,
                    "last_error": None, "consecutive_failures": 0}
        return dict(rows[0])

    def reset_health(self, source_id: str) -> None:
        """Clear a source's failure count, un-parking it."""
        with self._tx() as db:
            db.execute("UPDATE source_health SET consecutive_failures = 0 WHERE source_id = ?", (source_id,))

    def all_health(self) -> dict[str, dict[str, Any]]:
        return {r["source_id"]: dict(r) for r in self._query("SELECT * FROM source_health")}

    def stored_sources(self) -> list[dict[str, Any]]:
        """Sources added or removed through the CLI, as plain rows (tags/options decoded)."""
        out = []
        for r in self._query("SELECT * FROM sources ORDER BY id"):
            row = dict(r)
            row["tags"] = tuple(json.loads(row["tags"]))
            row["options"] = json.loads(row["options"])
            row["removed"] = bool(row["removed"])
            out.append(row)
        return out

    def add_source(self, row: Mapping[str, Any], *, origin: str, now: datetime) -> bool:
        """Add or replace a source; returns False when an identical live one existed already."""
        values = (
            row["id"], row["kind"], row["locator"], row.get("name") or "", float(row.get("weight", 1.0)),
            row.get("lang"), json.dumps(list(row.get("tags") or ()), ensure_ascii=False),
            json.dumps(dict(row.get("options") or {}), ensure_ascii=False, sort_keys=True), origin, 0,
            _iso(now),
        )
        with self._tx() as db:
            same = db.execute(
                "SELECT 1 FROM sources WHERE id = ? AND kind = ? AND locator = ? AND removed = 0",
                (row["id"], row["kind"], row["locator"]),
            ).fetchone()
            db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)", values)
        return same is None

    def remove_source(self, source_id: str, *, kind: str, locator: str, now: datetime) -> None:
        """Mark a source removed; a tombstone, so a default of the same id stays removed too."""
        with self._tx() as db:
            db.execute(
                """INSERT INTO sources (id, kind, locator, origin, removed, added_at)
                   VALUES (?, ?, ?, 'cli', 1, ?)
                   ON CONFLICT (id) DO UPDATE SET removed = 1""",
                (source_id, kind, locator, _iso(now)),
            )

    # -- editions --------------------------------------------------------------------------

    def save_edition(self, edition: Edition, *, files: str = "written") -> None:
        """Store an edition with its items, replacing an earlier build of the same slot.

        `files="pending"` when its files are not written yet (`run_edition` stores first, so the
        summary is kept whatever happens to the disk, then writes, then `mark_files_written`).
        """
        key = edition.slot.key
        with self._tx() as db:
            db.execute("DELETE FROM editions WHERE key = ?", (key,))
            db.execute(
                """INSERT INTO editions (key, title, slot_start, slot_end, generated_at, categories, stats, files)
                   VALUES (?,?,?,?,?,?,?,?)""",
                (key, edition.title, _iso(edition.slot.start), _iso(edition.slot.end),
                 _iso(edition.generated_at), json.dumps(list(edition.categories), ensure_ascii=False),
                 json.dumps(dict(edition.stats), ensure_ascii=False, default=str), files),
            )
            db.executemany(
                "INSERT INTO edition_items VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (key, n, it.story_id, it.headline, it.attribution, it.url, it.summary, it.category,
                     it.writer, json.dumps(list(it.post_ids)),
                     json.dumps([{"name": c.name, "ok": c.ok, "detail": c.detail} for c in it.checks],
                                ensure_ascii=False),
                     it.fallback_reason)
                    for n, it in enumerate(edition.items, 1)
                ],
            )

    def mark_files_written(self, key: str) -> None:
        """Note that edition `key`'s Markdown, site and feeds are on disk: it counts as published."""
        with self._tx() as db:
            db.execute("UPDATE editions SET files = 'written' WHERE key = ?", (key,))

    def files_pending(self) -> list[str]:
        """Keys of stored editions whose files were never completely written, oldest first."""
        return [r["key"] for r in self._query("SELECT key FROM editions WHERE files = 'pending' ORDER BY key")]

    def edition_keys(self) -> list[str]:
        return [r["key"] for r in self._query("SELECT key FROM editions ORDER BY key")]

    def edition_record(self, key: str) -> dict[str, Any] | None:
        """An edition as stored: its row, stats and items, as plain data."""
        rows = self._query("SELECT * FROM editions WHERE key = ?", (key,))
        if not rows:
            return None
        row = dict(rows[0])
        row["categories"] = json.loads(row["categories"])
        row["stats"] = json.loads(row["stats"])
        row["items"] = [self._item(r) for r in self._query(
            "SELECT * FROM edition_items WHERE edition_key = ? ORDER BY position", (key,))]
        return row

    def stories_published_before(self, key: str, since_key: str | None = None) -> dict[str, str]:
        """story_id -> the latest earlier edition key that carried it (for novelty)."""
        rows = self._query(
            """SELECT story_id, MAX(edition_key) AS k FROM edition_items
               WHERE edition_key < ? AND edition_key >= ? GROUP BY story_id""",
            (key, since_key or ""),
        )
        return {r["story_id"]: r["k"] for r in rows}

    @staticmethod
    def _item(r: sqlite3.Row) -> Item:
        return Item(
            story_id=r["story_id"], headline=r["headline"], attribution=r["attribution"], url=r["url"],
            summary=r["summary"], category=r["category"], writer=r["writer"],
            post_ids=tuple(json.loads(r["post_ids"])),
            checks=tuple(Check(c["name"], c["ok"], c.get("detail", "")) for c in json.loads(r["checks"])),
            fallback_reason=r["fallback_reason"],
        )

    # -- LLM call log and cache ------------------------------------------------------------

    def llm_call(self, key: str) -> dict[str, Any] | None:
        """A logged call by its cache key, or None."""
        rows = self._query("SELECT * FROM llm_calls WHERE key = ?", (key,))
        return dict(rows[0]) if rows else None

    def log_llm_call(self, key: str, *, model: str, prompt_version: str, story_id: str, ok: bool,
                     response: str, prompt_tokens: int, completion_tokens: int, now: datetime) -> None:
        """Record a call; a later call with the same key replaces it (a retry that succeeded)."""
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO llm_calls VALUES (?,?,?,?,?,?,?,?,?)",
                (key, model, prompt_version, story_id, int(ok), response, prompt_tokens, completion_tokens,
                 _iso(now)),
            )

    def llm_call_groups(self) -> list[dict[str, Any]]:
        """The call log by model and prompt version: entries, accepted ones, answer bytes, tokens, dates."""
        rows = self._query(
            """SELECT model, prompt_version, COUNT(*) AS entries, SUM(ok) AS ok,
                      SUM(LENGTH(CAST(response AS BLOB))) AS response_bytes,
                      SUM(prompt_tokens) AS prompt_tokens, SUM(completion_tokens) AS completion_tokens,
                      MIN(created_at) AS oldest, MAX(created_at) AS newest
               FROM llm_calls GROUP BY model, prompt_version ORDER BY model, prompt_version"""
        )
        return [dict(r) for r in rows]

    def delete_llm_calls(self, *, model: str | None = None, prompt_version: str | None = None,
                         before: datetime | None = None) -> int:
        """Forget logged calls (all, or those of a model, a prompt version, logged before a time);
        returns how many. The next edition asks the model again for what was forgotten."""
        where, params = [], []
        for column, value in (("model", model), ("prompt_version", prompt_version)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if before is not None:
            where.append("created_at < ?")
            params.append(_iso(before))
        sql = "DELETE FROM llm_calls" + (" WHERE " + " AND ".join(where) if where else "")
        with self._tx() as db:
            return db.execute(sql, params).rowcount

    # -- embedding cache -------------------------------------------------------------------

    def embeddings(self, model: str, text_hashes: Iterable[str]) -> dict[str, tuple[int, bytes]]:
        """Cached vectors of `model` by text hash: {hash: (dims, float32 bytes)}; misses are absent."""
        wanted = sorted(set(text_hashes))
        found: dict[str, tuple[int, bytes]] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start:start + _IN_CHUNK]
            rows = self._query(
                f"SELECT text_hash, dims, vector FROM embeddings WHERE model = ? AND text_hash IN "
                f"({','.join('?' * len(chunk))})",
                (model, *chunk),
            )
            found.update((r["text_hash"], (int(r["dims"]), bytes(r["vector"]))) for r in rows)
        return found

    def save_embeddings(self, model: str, vectors: Iterable[tuple[str, int, bytes]], *, now: datetime) -> int:
        """Store (text hash, dims, float32 bytes) rows of `model`; returns how many were written."""
        rows = [(model, h, dims, blob, _iso(now)) for h, dims, blob in vectors]
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?,?,?)", rows)
        return len(rows)

    def prune_embeddings(self, before: datetime) -> int:
        """Forget vectors stored before `before`: old posts leave the window, their vectors are dead weight."""
        with self._tx() as db:
            return db.execute("DELETE FROM embeddings WHERE created_at < ?", (_iso(before),)).rowcount

    # -- publications ----------------------------------------------------------------------

    def publication(self, edition_key: str, channel: str) -> dict[str, Any] | None:
        rows = self._query("SELECT * FROM publications WHERE edition_key = ? AND channel = ?",
                           (edition_key, channel))
        if not rows:
            return None
        row = dict(rows[0])
        row["detail"] = json.loads(row["detail"])
        return row

    def publications(self, edition_key: str) -> dict[str, dict[str, Any]]:
        rows = self._query("SELECT * FROM publications WHERE edition_key = ? ORDER BY channel", (edition_key,))
        return {r["channel"]: {**dict(r), "detail": json.loads(r["detail"])} for r in rows}

    def record_publication(self, edition_key: str, channel: str, *, now: datetime, ok: bool = False,
                           status: str | None = None, error: str | None = None,
                           detail: Mapping[str, Any] | None = None) -> None:
        """Note one delivery attempt: `status` "sent", "failed" (not delivered) or "unknown" (it may
        have arrived), else "sent"/"failed" by `ok`. A channel marked "sent" is never sent again."""
        with self._tx() as db:
            db.execute(
                """INSERT INTO publications VALUES (?, ?, ?, 1, ?, ?, ?)
                   ON CONFLICT (edition_key, channel) DO UPDATE SET status = excluded.status,
                   attempts = attempts + 1, last_error = excluded.last_error, detail = excluded.detail,
                   updated_at = excluded.updated_at""",
                (edition_key, channel, status or ("sent" if ok else "failed"), error,
                 json.dumps(dict(detail or {}), ensure_ascii=False, default=str), _iso(now)),
            )

    def mark_publication_sending(self, edition_key: str, channel: str, *, now: datetime,
                                 detail: Mapping[str, Any] | None = None) -> None:
        """Note that a delivery is under way, before the request goes out.

        Found again by a later run (status "sending"), it means the process died mid-send:
        the message may have arrived, so it is reported, not sent again on its own.
        """
        with self._tx() as db:
            db.execute(
                """INSERT INTO publications VALUES (?, ?, 'sending', 0, NULL, ?, ?)
                   ON CONFLICT (edition_key, channel) DO UPDATE SET status = 'sending',
                   detail = excluded.detail, updated_at = excluded.updated_at""",
                (edition_key, channel, json.dumps(dict(detail or {}), ensure_ascii=False, default=str), _iso(now)),
            )

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


def open_store(path: str | Path) -> Store:
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
    store = Store(path, db)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        _migrate(db)
    except sqlite3.Error as exc:
        db.close()
        raise _explain(path, exc) from exc
    return store


def _migrate(db: sqlite3.Connection) -> None:
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
