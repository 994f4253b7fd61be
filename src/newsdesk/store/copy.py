"""`newsdesk store copy`: every row of one store into another, verified by counts and checksums.

The copy moves whole tables (`store/sql.py: TABLES`), parents before children, in keyset pages
so a large posts table never sits in memory; the source is only read. Then each table is read
back from both sides and summed: a table matches when its row counts and checksums are equal.
A table's checksum is the sum, modulo 2**128, of the SHA-256 of each row's canonical JSON
(bytes as hex), so it does not depend on the order either database returns rows in, and one
changed value anywhere changes it.

A target that holds any row is refused unless `replace` (which empties it first): a copy
merged into a live store could not be verified, and would silently keep rows the source
does not have. Stop `newsdesk serve` on the source first; rows written during the copy show
up as a mismatch, never as silent loss.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from newsdesk.errors import StoreError
from newsdesk.store.sql import TABLES, SQLStore

BATCH = 1000
_MOD = 1 << 128


@dataclass(frozen=True, slots=True)
class TableCheck:
    """One table's rows and checksum on each side of a copy."""

    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_checksum == self.target_checksum

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


def _canonical(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": bytes(value).hex()}
    return value


def row_digest(row: Sequence[Any]) -> int:
    text = json.dumps([_canonical(v) for v in row], ensure_ascii=False, separators=(",", ":"))
    return int.from_bytes(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), "big")


def checksum(rows: Iterable[Sequence[Any]]) -> tuple[int, str]:
    """(row count, order-independent checksum as 32 hex digits) of `rows`."""
    n, total = 0, 0
    for row in rows:
        n += 1
        total = (total + row_digest(row)) % _MOD
    return n, f"{total:032x}"


def table_checksums(store: SQLStore) -> dict[str, tuple[int, str]]:
    """Every table's (row count, checksum)."""
    return {table: checksum(store.table_rows(table, BATCH)) for table, _, _ in TABLES}


def copy_store(source: SQLStore, target: SQLStore, *, replace: bool = False) -> list[TableCheck]:
    """Copy every row of `source` into `target` and verify it; returns one check per table.

    Raises `StoreError` when `target` is not empty and `replace` is not given. The caller
    decides what a mismatch means (the CLI exits 1 and prints the table).
    """
    if source.location == target.location:
        raise StoreError(f"{source.location}: the source and the target are the same store")
    held = {table: n for table, _, _ in TABLES if (n := target.count_rows(table))}
    if held and not replace:
        listed = ", ".join(f"{t}: {n:,}" for t, n in held.items())
        raise StoreError(f"{target.location} is not empty ({listed} rows); copy into an empty store, or pass "
                         "--replace to empty it first")
    if held:
        target.clear_tables()
    for table, _, _ in TABLES:
        page: list[tuple[Any, ...]] = []
        for row in source.table_rows(table, BATCH):
            page.append(row)
            if len(page) >= BATCH:
                target.insert_rows(table, page)
                page = []
        if page:
            target.insert_rows(table, page)
    before, after = table_checksums(source), table_checksums(target)
    return [TableCheck(table, before[table][0], after[table][0], before[table][1], after[table][1])
            for table, _, _ in TABLES]
