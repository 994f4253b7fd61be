"""Persistence: the SQLite store behind a small interface (PostgreSQL can come later)."""

from newsdesk.store.sqlite import Store, open_store

__all__ = ["Store", "open_store"]
