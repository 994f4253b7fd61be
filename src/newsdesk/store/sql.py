"""The store's SQL, written once for both backends: posts, sources, editions, caches, publications.

`SQLStore` holds every query the pipeline's `Store` protocol needs, in the SQL that SQLite
(3.35+) and PostgreSQL share: `?` placeholders (PostgreSQL's driver gets `%s`), upserts as
`INSERT ... ON CONFLICT`, claims as conditional statements with `RETURNING`. A backend
(`SQLiteStore`, `PostgresStore`) supplies the connection, the transaction, error
translation, migrations and the lock; so a fix to a query is made once and holds on both.

Both schemas keep times as fixed-width ISO 8601 UTC text and JSON as text (see
`store/pg_migrations.py` for why), so a row reads the same from either and a copy between
them can be verified byte for byte (`table_rows`, `store/copy.py`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar, Protocol

from newsdesk.model import Check, Edition, Item, Post, Ref
from newsdesk.untrusted import clean_text

_IN_CHUNK = 500  # ids per `IN (...)`: below SQLite's variable limit on every build

_INSERT_POST = "INSERT INTO posts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"
_PUBLICATION_COLUMNS = "edition_key, channel, status, attempts, last_error, detail, updated_at, version"

#: Every table a store holds, in an order that inserts parents before children, with its columns
#: (in schema order) and primary key: what `store copy` moves and verifies.
TABLES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("posts", ("id", "source_id", "platform", "author_handle", "author_name", "url", "title", "text",
               "created_at", "fetched_at", "lang", "metrics", "links", "refs", "raw"), ("id",)),
    ("source_state", ("source_id", "state", "updated_at"), ("source_id",)),
    ("source_health", ("source_id", "last_attempt", "last_success", "last_error", "consecutive_failures"),
     ("source_id",)),
    ("sources", ("id", "kind", "locator", "name", "weight", "lang", "tags", "options", "origin", "removed",
                 "added_at"), ("id",)),
    ("editions", ("key", "title", "slot_start", "slot_end", "generated_at", "categories", "stats", "files"),
     ("key",)),
    ("edition_items", ("edition_key", "position", "story_id", "headline", "attribution", "url", "summary",
                       "category", "writer", "post_ids", "checks", "fallback_reason"), ("edition_key", "position")),
    ("llm_calls", ("key", "model", "prompt_version", "story_id", "ok", "response", "prompt_tokens",
                   "completion_tokens", "created_at"), ("key",)),
    ("publications", ("edition_key", "channel", "status", "attempts", "last_error", "detail", "updated_at",
                      "version"), ("edition_key", "channel")),
    ("embeddings", ("model", "text_hash", "dims", "vector", "created_at"), ("model", "text_hash")),
)


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


class Executor(Protocol):
    """What a transaction offers the queries: sqlite3's connection, or the PostgreSQL adapter."""

    def execute(self, sql: str, params: Sequence[Any] = ...) -> Cursor: ...
    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any: ...


def _iso(dt: datetime | None) -> str | None:
    # Fixed-width UTC with microseconds keeps string order equal to time order.
    return None if dt is None else dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value.replace("Z", "+00:00"))


class SQLStore:
    """The queries of the `Store` protocol over a backend's `_tx` and `_query`.

    Subclasses set `location` and implement `_tx` (one transaction, committed on success),
    `_query` (one read), `close`, `lock` and `schema_version`; they may override `_bytes_of`
    (the byte length of a text column), `_clean` (what a string the database refuses becomes)
    and the exception tuples below.
    """

    location: str
    #: the driver's errors for a string it cannot encode: the post is stored with it cleaned
    _unencodable: ClassVar[tuple[type[BaseException], ...]] = (UnicodeEncodeError,)
    #: the driver's errors for a value it cannot hold at all: the post's fault, a ValueError
    _unstorable: ClassVar[tuple[type[BaseException], ...]] = (OverflowError,)

    # -- backend -------------------------------------------------------------------------------

    def _tx(self) -> contextlib.AbstractContextManager[Executor]:
        raise NotImplementedError

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Mapping[str, Any]]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        raise NotImplementedError

    def lock(self, name: str) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    @staticmethod
    def _bytes_of(column: str) -> str:
        return f"LENGTH(CAST({column} AS BLOB))"

    @staticmethod
    def _clean(value: str) -> str:
        return clean_text(value)

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

    @staticmethod
    def _post_row(p: Post) -> tuple[Any, ...]:
        """A post as the `posts` table's columns, in order."""
        return (
            p.id, p.source_id, p.platform, p.author_handle, p.author_name, p.url, p.title,
            p.text, _iso(p.created_at), _iso(p.fetched_at), p.lang,
            json.dumps(dict(p.metrics), sort_keys=True),
            json.dumps(list(p.links)),
            json.dumps([[r.kind, r.post_id] for r in p.refs]),
            json.dumps(p.raw, ensure_ascii=False, default=str) if p.raw is not None else None,
        )

    def _upsert(self, db: Executor, posts: Iterable[Post]) -> tuple[int, int]:
        inserted = updated = 0
        for p in posts:
            row = self._post_row(p)
            try:
                cur = db.execute(_INSERT_POST, row)
            except self._unencodable:
                # A lone surrogate (a "\ud800" escape some parser let through) cannot be UTF-8:
                # the text keeps U+FFFD in its place rather than the post being lost.
                row = tuple(self._clean(v) if isinstance(v, str) else v for v in row)
                cur = db.execute(_INSERT_POST, row)
            except self._unstorable as exc:
                # a value SQLite cannot hold is the post's fault, not the store's: not a StoreError
                raise ValueError(f"post {p.id!r} cannot be stored: {exc}") from exc
            if cur.rowcount:
                inserted += 1
                continue
            cur = db.execute(
                """UPDATE posts SET metrics = ?, text = ?, title = ?, links = ?, refs = ?,
                       fetched_at = ?, raw = COALESCE(?, raw)
                   WHERE id = ? AND (fetched_at IS NULL OR CAST(? AS TEXT) IS NULL OR fetched_at < ?)
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
        for i in range(0, len(ids), _IN_CHUNK):
            chunk = ids[i : i + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            for r in self._query(f"SELECT * FROM posts WHERE id IN ({marks})", chunk):
                out[r["id"]] = self._post(r)
        return out

    def count_posts(self) -> int:
        return int(self._query("SELECT COUNT(*) AS n FROM posts")[0]["n"])

    @staticmethod
    def _post(r: Mapping[str, Any]) -> Post:
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
    def _save_state(db: Executor, source_id: str, state: Mapping[str, Any], now: datetime) -> None:
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
    def _health(db: Executor, source_id: str, now: datetime, error: str | None) -> None:
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
                   consecutive_failures = source_health.consecutive_failures + 1""",
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
            db.execute(
                """INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, locator = excluded.locator,
                   name = excluded.name, weight = excluded.weight, lang = excluded.lang, tags = excluded.tags,
                   options = excluded.options, origin = excluded.origin, removed = excluded.removed,
                   added_at = excluded.added_at""",
                values,
            )
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
    def _item(r: Mapping[str, Any]) -> Item:
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
                """INSERT INTO llm_calls VALUES (?,?,?,?,?,?,?,?,?)
                   ON CONFLICT (key) DO UPDATE SET model = excluded.model,
                   prompt_version = excluded.prompt_version, story_id = excluded.story_id, ok = excluded.ok,
                   response = excluded.response, prompt_tokens = excluded.prompt_tokens,
                   completion_tokens = excluded.completion_tokens, created_at = excluded.created_at""",
                (key, model, prompt_version, story_id, int(ok), response, prompt_tokens, completion_tokens,
                 _iso(now)),
            )

    def llm_call_groups(self) -> list[dict[str, Any]]:
        """The call log by model and prompt version: entries, accepted ones, answer bytes, tokens, dates."""
        rows = self._query(
            f"""SELECT model, prompt_version, COUNT(*) AS entries, SUM(ok) AS ok,
                      SUM({self._bytes_of("response")}) AS response_bytes,
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
            db.executemany(
                """INSERT INTO embeddings VALUES (?,?,?,?,?)
                   ON CONFLICT (model, text_hash) DO UPDATE SET dims = excluded.dims, vector = excluded.vector,
                   created_at = excluded.created_at""",
                rows,
            )
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
                f"""INSERT INTO publications ({_PUBLICATION_COLUMNS}) VALUES (?, ?, ?, 1, ?, ?, ?, 1)
                   ON CONFLICT (edition_key, channel) DO UPDATE SET status = excluded.status,
                   attempts = publications.attempts + 1, last_error = excluded.last_error,
                   detail = excluded.detail, updated_at = excluded.updated_at,
                   version = publications.version + 1""",
                (edition_key, channel, status or ("sent" if ok else "failed"), error,
                 json.dumps(dict(detail or {}), ensure_ascii=False, default=str), _iso(now)),
            )

    def mark_publication_sending(self, edition_key: str, channel: str, *, now: datetime,
                                 detail: Mapping[str, Any] | None = None,
                                 expect: int | None = None) -> int | None:
        """Claim (edition, channel) for the next message, before the request goes out; returns the
        row's new `version`, or None when another process changed the row first (it is sending).

        `expect` is the `version` the caller read (0: there was no row): the claim is one
        conditional statement (an INSERT that does nothing on conflict, or an UPDATE of that
        version), so of two processes, or machines, that read the same state exactly one wins and
        sends. `expect=None` claims whatever the row holds (an operator's override).
        Found again by a later run (status "sending"), the row means the process died mid-send:
        the message may have arrived, so it is reported, not sent again on its own.
        """
        payload = json.dumps(dict(detail or {}), ensure_ascii=False, default=str)
        with self._tx() as db:
            if expect == 0:
                row = db.execute(
                    f"""INSERT INTO publications ({_PUBLICATION_COLUMNS}) VALUES (?, ?, 'sending', 0, NULL, ?, ?, 1)
                       ON CONFLICT (edition_key, channel) DO NOTHING RETURNING version""",
                    (edition_key, channel, payload, _iso(now)),
                ).fetchone()
            elif expect is None:
                row = db.execute(
                    f"""INSERT INTO publications ({_PUBLICATION_COLUMNS}) VALUES (?, ?, 'sending', 0, NULL, ?, ?, 1)
                       ON CONFLICT (edition_key, channel) DO UPDATE SET status = 'sending',
                       detail = excluded.detail, updated_at = excluded.updated_at,
                       version = publications.version + 1
                       RETURNING version""",
                    (edition_key, channel, payload, _iso(now)),
                ).fetchone()
            else:
                row = db.execute(
                    """UPDATE publications SET status = 'sending', detail = ?, updated_at = ?, version = version + 1
                       WHERE edition_key = ? AND channel = ? AND version = ? RETURNING version""",
                    (payload, _iso(now), edition_key, channel, expect),
                ).fetchone()
        return None if row is None else int(row["version"])

    # -- whole tables (store copy) -------------------------------------------------------------

    def table_rows(self, table: str, batch: int = 1000) -> Iterator[tuple[Any, ...]]:
        """Every row of `table` in primary-key order, as tuples in `TABLES`' column order."""
        columns, key = _table(table)
        last: tuple[Any, ...] | None = None
        # Keyset pages: each read is short, so a large posts table never sits in memory or in one long read.
        order = ", ".join(key)
        while True:
            if last is None:
                sql, params = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order} LIMIT ?", (batch,)
            else:
                cond = _after(key)
                sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {cond} ORDER BY {order} LIMIT ?"
                params = (*_after_params(last), batch)
            rows = self._query(sql, params)
            for r in rows:
                yield tuple(r[c] for c in columns)
            if len(rows) < batch:
                return
            last = tuple(rows[-1][c] for c in key)

    def count_rows(self, table: str) -> int:
        _table(table)
        return int(self._query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])

    def insert_rows(self, table: str, rows: Iterable[Sequence[Any]]) -> int:
        """Insert rows (in `TABLES`' column order) in one transaction; returns how many."""
        columns, _ = _table(table)
        rows = [tuple(r) for r in rows]
        marks = ",".join("?" * len(columns))
        with self._tx() as db:
            db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        return len(rows)

    def clear_tables(self) -> None:
        """Empty every table (children first), in one transaction: `store copy --replace`."""
        with self._tx() as db:
            for table, _, _ in reversed(TABLES):
                db.execute(f"DELETE FROM {table}")


def _table(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    for table, columns, key in TABLES:
        if table == name:
            return columns, key
    raise ValueError(f"no table {name!r} in a newsdesk store")


def _after(key: tuple[str, ...]) -> str:
    """`(a, b) > (?, ?)` written out, which SQLite and PostgreSQL both read the same way."""
    if len(key) == 1:
        return f"{key[0]} > ?"
    first, rest = key[0], key[1:]
    return f"({first} > ? OR ({first} = ? AND {_after(rest)}))"


def _after_params(last: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(last) == 1:
        return last
    return (last[0], last[0], *_after_params(last[1:]))
