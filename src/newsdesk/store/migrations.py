"""The SQLite store's numbered schema migrations, applied in order and recorded in `schema_migrations`.

Each migration is a small function of one connection. Never edit a migration
that has shipped: add the next number instead, so every existing store can be
brought forward by replaying what it has not seen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run(db: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, which would make a migration non-atomic.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    _run(
        db,
        """
        CREATE TABLE posts (
            id            TEXT PRIMARY KEY,           -- "{platform}:{native id}"
            source_id     TEXT NOT NULL,
            platform      TEXT NOT NULL,
            author_handle TEXT NOT NULL,
            author_name   TEXT NOT NULL,
            url           TEXT NOT NULL,
            title         TEXT NOT NULL DEFAULT '',
            text          TEXT NOT NULL,
            created_at    TEXT NOT NULL,              -- ISO 8601 UTC, sortable
            fetched_at    TEXT,
            lang          TEXT,
            metrics       TEXT NOT NULL DEFAULT '{}', -- JSON
            links         TEXT NOT NULL DEFAULT '[]', -- JSON
            refs          TEXT NOT NULL DEFAULT '[]', -- JSON [[kind, post_id], ...]
            raw           TEXT                        -- JSON, the original payload
        );
        CREATE INDEX posts_created_at ON posts (created_at);
        CREATE INDEX posts_author ON posts (platform, author_handle, created_at);

        CREATE TABLE source_state (
            source_id  TEXT PRIMARY KEY,
            state      TEXT NOT NULL DEFAULT '{}',    -- opaque cursor: etag, since_id, ...
            updated_at TEXT NOT NULL
        );

        CREATE TABLE source_health (
            source_id            TEXT PRIMARY KEY,
            last_attempt         TEXT,
            last_success         TEXT,
            last_error           TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE editions (
            key          TEXT PRIMARY KEY,            -- "2025.07.22.04"
            title        TEXT NOT NULL,
            slot_start   TEXT NOT NULL,
            slot_end     TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            categories   TEXT NOT NULL,               -- JSON list
            stats        TEXT NOT NULL                -- JSON
        );

        CREATE TABLE edition_items (
            edition_key TEXT NOT NULL REFERENCES editions (key) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            story_id    TEXT NOT NULL,
            headline    TEXT NOT NULL,
            attribution TEXT NOT NULL,
            url         TEXT NOT NULL,
            summary     TEXT NOT NULL,
            category    TEXT NOT NULL,
            writer      TEXT NOT NULL,
            post_ids    TEXT NOT NULL,                -- JSON list
            checks      TEXT NOT NULL,                -- JSON list of {name, ok, detail}
            fallback_reason TEXT,
            PRIMARY KEY (edition_key, position)
        );
        CREATE INDEX edition_items_story ON edition_items (story_id);
        """
    )


def _m002_sources(db: sqlite3.Connection) -> None:
    # Sources added with `newsdesk sources add` / `import-opml`, and removals of default or
    # configured ones (removed = 1), layered over the shipped defaults and the config file.
    _run(
        db,
        """
        CREATE TABLE sources (
            id       TEXT PRIMARY KEY,
            kind     TEXT NOT NULL,
            locator  TEXT NOT NULL,
            name     TEXT NOT NULL DEFAULT '',
            weight   REAL NOT NULL DEFAULT 1.0,
            lang     TEXT,
            tags     TEXT NOT NULL DEFAULT '[]',      -- JSON list
            options  TEXT NOT NULL DEFAULT '{}',      -- JSON object, kind-specific
            origin   TEXT NOT NULL,                   -- "cli", "opml"
            removed  INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        )
        """,
    )


def _m003_llm_calls(db: sqlite3.Connection) -> None:
    # The LLM call log is also the cache: the same story content, model and prompt version
    # never costs a second call (simonw/llm keeps its log the same way).
    _run(
        db,
        """
        CREATE TABLE llm_calls (
            key               TEXT PRIMARY KEY,      -- "v1:" + sha256(story content hash, model, prompt version)
            model             TEXT NOT NULL,
            prompt_version    TEXT NOT NULL,
            story_id          TEXT NOT NULL,
            ok                INTEGER NOT NULL,      -- 1: the answer passed every check
            response          TEXT NOT NULL,         -- the model's answer (JSON text), or the error
            prompt_tokens     INTEGER NOT NULL DEFAULT 0,
            completion_tokens INTEGER NOT NULL DEFAULT 0,
            created_at        TEXT NOT NULL
        );
        CREATE INDEX llm_calls_created ON llm_calls (created_at)
        """,
    )


def _m004_publications(db: sqlite3.Connection) -> None:
    # One row per (edition, channel): what makes publishing idempotent across restarts.
    _run(
        db,
        """
        CREATE TABLE publications (
            edition_key TEXT NOT NULL,
            channel     TEXT NOT NULL,               -- "hugo", "feeds", "site", "telegram", "email", ...
            status      TEXT NOT NULL,               -- "sent" or "failed"
            attempts    INTEGER NOT NULL DEFAULT 0,
            last_error  TEXT,
            detail      TEXT NOT NULL DEFAULT '{}',  -- JSON: message ids, file paths, ...
            updated_at  TEXT NOT NULL,
            PRIMARY KEY (edition_key, channel)
        )
        """,
    )


def _m005_embeddings(db: sqlite3.Connection) -> None:
    # Vectors for clustering (stories/embed.py), keyed by model and text hash: a re-run, or the
    # next edition over an overlapping window, embeds only posts it has not seen.
    _run(
        db,
        """
        CREATE TABLE embeddings (
            model      TEXT NOT NULL,                -- "openai:bge-m3", "local:<sentence-transformers id>"
            text_hash  TEXT NOT NULL,                -- "t1:" + sha256(normalised post text)
            dims       INTEGER NOT NULL,
            vector     BLOB NOT NULL,                -- float32 little-endian, unit length
            created_at TEXT NOT NULL,
            PRIMARY KEY (model, text_hash)
        ) WITHOUT ROWID;
        CREATE INDEX embeddings_created ON embeddings (created_at)
        """,
    )


def _m006_edition_files(db: sqlite3.Connection) -> None:
    # An edition counts as published only once its files are written: it is stored "pending" first,
    # marked "written" after the Markdown, site and feeds are on disk, and a run that finds it pending
    # (the write failed, the process died) finishes it. Editions stored before this had their files
    # written right after being stored, so they start as "written".
    _run(db, "ALTER TABLE editions ADD COLUMN files TEXT NOT NULL DEFAULT 'written'")


def _m007_publication_claims(db: sqlite3.Connection) -> None:
    # A publication row's version is what a claim compares: `mark_publication_sending` moves the row to
    # "sending" only from the version its caller read, so of two processes exactly one sends. Rows
    # stored before start at 1, so 0 keeps meaning "no row" (store/sql.py).
    _run(db, "ALTER TABLE publications ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _m001_initial,
    _m002_sources,
    _m003_llm_calls,
    _m004_publications,
    _m005_embeddings,
    _m006_edition_files,
    _m007_publication_claims,
)
