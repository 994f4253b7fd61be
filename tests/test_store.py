from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import StoreError
from newsdesk.model import Check, Edition, Item, Post, Ref
from newsdesk.slots import slot_for_key, zone
from newsdesk.sources.file import read_posts
from newsdesk.store import Store, is_postgres_url, open_store
from newsdesk.store.migrations import MIGRATIONS
from newsdesk.store.pg_migrations import MIGRATIONS as PG_MIGRATIONS


@pytest.fixture
def real_posts(corpus: Path) -> list[Post]:
    posts, warnings = read_posts(corpus / "follow-builders-x.jsonl")
    assert not warnings
    return posts[:400]


def _migrations(target: str) -> int:
    return len(PG_MIGRATIONS) if is_postgres_url(target) else len(MIGRATIONS)


def test_migrations_are_recorded_once(store_target: str) -> None:
    with open_store(store_target) as store:
        assert store.schema_version() == _migrations(store_target)
        assert list(store.migrated) == list(range(1, _migrations(store_target) + 1))
    with open_store(store_target) as store:  # reopening applies nothing
        assert store.schema_version() == _migrations(store_target)
        assert store.migrated == ()


def test_migrations_are_recorded_and_wal_is_on(tmp_path: Path) -> None:
    with open_store(tmp_path / "a" / "newsdesk.db") as store:
        assert store.schema_version() == len(MIGRATIONS)
    raw = sqlite3.connect(tmp_path / "a" / "newsdesk.db")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = raw.execute("SELECT version FROM schema_migrations").fetchall()
    assert versions == [(n,) for n in range(1, len(MIGRATIONS) + 1)]
    # Reopening does not re-apply anything.
    with open_store(tmp_path / "a" / "newsdesk.db") as store:
        assert store.schema_version() == len(MIGRATIONS)


def test_upsert_is_idempotent_and_round_trips(store_target: str, real_posts: list[Post]) -> None:
    with open_store(store_target) as store:
        assert store.upsert_posts(real_posts) == (len(real_posts), 0)
        assert store.upsert_posts(real_posts) == (0, 0)
        assert store.count_posts() == len(real_posts)
        back = store.get_posts(p.id for p in real_posts)
        for p in real_posts:
            q = back[p.id]
            assert (q.text, q.created_at, q.url, q.links, q.refs, dict(q.metrics)) == (
                p.text, p.created_at, p.url, p.links, p.refs, dict(p.metrics))
        quoting = [p for p in real_posts if p.refs]
        assert quoting and back[quoting[0].id].refs[0].kind == "quoted"


def test_newer_metrics_replace_older_but_not_the_reverse(store_target: str, real_posts: list[Post]) -> None:
    post = next(p for p in real_posts if p.metrics.get("likes"))
    fetched = post.fetched_at or datetime(2026, 1, 1, tzinfo=UTC)
    newer = dataclasses.replace(post, metrics={**post.metrics, "likes": post.metrics["likes"] + 100},
                                fetched_at=fetched + timedelta(hours=2))
    older = dataclasses.replace(post, metrics={**post.metrics, "likes": 1}, fetched_at=fetched - timedelta(hours=2))
    with open_store(store_target) as store:
        store.upsert_posts([post])
        assert store.upsert_posts([newer]) == (0, 1)
        assert store.upsert_posts([older]) == (0, 0)
        assert store.get_posts([post.id])[post.id].metrics["likes"] == newer.metrics["likes"]


def test_window_query_is_half_open(store_target: str, real_posts: list[Post]) -> None:
    start = real_posts[10].created_at
    end = real_posts[50].created_at
    with open_store(store_target) as store:
        store.upsert_posts(real_posts)
        got = store.posts_between(start, end)
    expected = sorted((p for p in real_posts if start <= p.created_at < end), key=lambda p: (p.created_at, p.id))
    assert [p.id for p in got] == [p.id for p in expected]


def test_editions_are_stored_with_items_and_replaced_on_rebuild(store_target: str) -> None:
    slot = slot_for_key("2026.04.22.12", zone("Asia/Shanghai"))
    item = Item(story_id="s:x:1", headline="标题", attribution="Ann", url="https://x.com/a/status/1",
                summary="A **bold** fact. Another.", category="AI快讯", writer="extractive",
                post_ids=("x:1", "x:2"), checks=(Check("numbers", True),))
    edition = Edition(slot=slot, title="t", generated_at=slot.end, items=(item,), categories=("AI快讯",),
                      stats={"counts": {"posts": 2}})
    with open_store(store_target) as store:
        store.save_edition(edition)
        store.save_edition(dataclasses.replace(edition, items=(item, dataclasses.replace(item, story_id="s:x:3"))))
        rec = store.edition_record("2026.04.22.12")
        assert rec is not None
        assert [i.story_id for i in rec["items"]] == ["s:x:1", "s:x:3"]
        assert rec["items"][0].checks == (Check("numbers", True, ""),)
        assert rec["stats"] == {"counts": {"posts": 2}}
        assert store.stories_published_before("2026.04.22.16") == {"s:x:1": "2026.04.22.12",
                                                                     "s:x:3": "2026.04.22.12"}
        assert store.edition_keys() == ["2026.04.22.12"]


def test_source_state_and_health(store_target: str) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(store_target) as store:
        assert store.source_state("rss:a") == {}
        store.save_source_state("rss:a", {"etag": '"abc"'}, now=now)
        assert store.source_state("rss:a") == {"etag": '"abc"'}
        assert store.record_health("rss:a", now=now, error="HTTP 500")["consecutive_failures"] == 1
        assert store.record_health("rss:a", now=now, error="HTTP 500")["consecutive_failures"] == 2
        health = store.record_health("rss:a", now=now, error=None)
        assert health["consecutive_failures"] == 0 and health["last_error"] == "HTTP 500"


def _hold_lock(path: str, ready: Any, done: Any) -> None:
    with open_store(path) as store, store.lock("edition-2026.04.22.12"):
        ready.set()
        done.wait(10)


def test_a_second_process_cannot_build_the_same_edition(store_target: str) -> None:
    db = store_target
    open_store(db).close()
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    proc = ctx.Process(target=_hold_lock, args=(db, ready, done))
    proc.start()
    try:
        assert ready.wait(20)
        with open_store(db) as store:
            with pytest.raises(StoreError, match=r"edition-2026.04.22.12 is being built by pid \d+"), \
                    store.lock("edition-2026.04.22.12"):
                pass
            with store.lock("edition-2026.04.22.16"):
                pass  # another slot is free
    finally:
        done.set()
        proc.join(20)
    with open_store(db) as store, store.lock("edition-2026.04.22.12"):
        pass  # released when the holder ended


def test_unwritable_store_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(blocker / "newsdesk.db")


def test_refs_survive(store_target: str) -> None:
    post = Post(id="x:1", source_id="s", platform="x", author_handle="a", author_name="A",
                url="https://x.com/a/status/1", text="hi", created_at=datetime(2026, 1, 1, tzinfo=UTC),
                refs=(Ref("reposted", "x:2"), Ref("replied_to", "x:3")))
    with open_store(store_target) as store:
        store.upsert_posts([post])
        assert store.get_posts(["x:1"])["x:1"].refs == post.refs


def test_llm_call_log_is_a_cache(store_target: str) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(store_target) as store:
        assert store.llm_call("v1:abc") is None
        store.log_llm_call("v1:abc", model="m", prompt_version="zh-1", story_id="s:x:1", ok=False,
                           response="junk", prompt_tokens=10, completion_tokens=2, now=now)
        store.log_llm_call("v1:abc", model="m", prompt_version="zh-1", story_id="s:x:1", ok=True,
                           response='{"headline": "h"}', prompt_tokens=12, completion_tokens=5, now=now)
        call = store.llm_call("v1:abc")
        assert call is not None and call["ok"] == 1 and call["completion_tokens"] == 5


def test_publications_are_recorded_once_per_channel(store_target: str) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(store_target) as store:
        store.record_publication("2026.04.22.12", "telegram", ok=False, error="HTTP 502", now=now)
        store.record_publication("2026.04.22.12", "telegram", ok=True, detail={"message_id": 7}, now=now)
        store.record_publication("2026.04.22.12", "email", ok=True, now=now)
        pub = store.publication("2026.04.22.12", "telegram")
        assert pub is not None
        assert (pub["status"], pub["attempts"], pub["detail"]) == ("sent", 2, {"message_id": 7})
        assert set(store.publications("2026.04.22.12")) == {"email", "telegram"}
        assert store.publication("2026.04.22.16", "telegram") is None


def test_a_fetch_is_one_transaction(store_target: str) -> None:
    """A source's posts, cursor and health go in together or not at all: a fetch that breaks off
    mid-way (here its posts stop coming with an error) leaves the cursor where it was, so the
    next fetch asks for the same posts again, and no post of the broken one is half-stored."""
    now = datetime(2026, 4, 22, tzinfo=UTC)
    good = Post(id="rss:1", source_id="rss:a", platform="rss", author_handle="a", author_name="A",
                url="https://a.example/1", text="fine", created_at=now)

    def broken() -> Iterator[Post]:
        yield dataclasses.replace(good, id="rss:2")
        raise RuntimeError("the feed's parser gave up mid-stream")

    with open_store(store_target) as store:
        store.record_fetch("rss:a", [good], state={"etag": '"v1"'}, error=None, now=now)
        with pytest.raises(RuntimeError, match="mid-stream"):
            store.record_fetch("rss:a", broken(), state={"etag": '"v2"'}, error=None, now=now + timedelta(hours=1))
        assert store.source_state("rss:a") == {"etag": '"v1"'}
        assert sorted(store.get_posts(["rss:1", "rss:2"])) == ["rss:1"]
        assert store.source_health("rss:a")["last_attempt"].startswith("2026-04-22T00:00")
        inserted, updated, health = store.record_fetch("rss:a", [dataclasses.replace(good, id="rss:2")],
                                                       state={"etag": '"v2"'}, error=None,
                                                       now=now + timedelta(hours=2))
        assert (inserted, updated, health["consecutive_failures"]) == (1, 0, 0)
        assert store.source_state("rss:a") == {"etag": '"v2"'}


def _claim(target: str, expect: int, start: Any, out: Any) -> None:
    with open_store(target) as store:
        start.wait(20)
        out.put(store.mark_publication_sending("2026.04.22.12", "telegram", now=datetime.now(UTC),
                                               detail={"sent": 0}, expect=expect))


def test_two_processes_claiming_one_channel_exactly_one_wins(store_target: str) -> None:
    """Both read "no row" (then "failed"), both claim at once: one gets the row, the other None."""
    open_store(store_target).close()
    ctx = multiprocessing.get_context("spawn")
    for round_, expect in enumerate((0, 2)):
        start, out = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_claim, args=(store_target, expect, start, out)) for _ in range(2)]
        for p in procs:
            p.start()
        start.set()
        results = sorted((out.get(timeout=60) for _ in procs), key=lambda v: v is None)
        for p in procs:
            p.join(20)
        assert results[0] == expect + 1 and results[1] is None, (round_, results)
        with open_store(store_target) as store:
            row = store.publication("2026.04.22.12", "telegram")
            assert row is not None and (row["status"], row["version"]) == ("sending", expect + 1)
            if round_ == 0:  # the winner's send failed: the next pair of claims starts from version 2
                store.record_publication("2026.04.22.12", "telegram", status="failed", error="HTTP 502",
                                         now=datetime.now(UTC))


def test_a_claim_from_a_stale_read_loses(store_target: str) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(store_target) as store:
        assert store.mark_publication_sending("k", "slack", now=now, expect=0) == 1
        assert store.mark_publication_sending("k", "slack", now=now, expect=0) is None
        store.record_publication("k", "slack", ok=True, now=now)
        assert store.mark_publication_sending("k", "slack", now=now, expect=1) is None  # it was sent since
        row = store.publication("k", "slack")
        assert row is not None and (row["status"], row["version"], row["attempts"]) == ("sent", 2, 1)
        assert store.mark_publication_sending("k", "slack", now=now) == 3  # an operator's --force claims anyway


def _hold_and_wait(target: str, ready: Any) -> None:
    with open_store(target) as store, store.lock("edition-2026.04.22.12"):
        ready.set()
        time.sleep(120)


def test_a_lock_dies_with_its_holder(store_target: str) -> None:
    """SIGKILL leaves no stale lock: flock goes with the process, an advisory lock with its session."""
    open_store(store_target).close()
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_hold_and_wait, args=(store_target, ready))
    proc.start()
    try:
        assert ready.wait(30)
        with open_store(store_target) as store:
            with pytest.raises(StoreError, match=rf"is being built by pid {proc.pid}\b"), \
                    store.lock("edition-2026.04.22.12"):
                pass
            os.kill(proc.pid, signal.SIGKILL)
            proc.join(20)
            deadline = time.monotonic() + 20
            while True:  # the server notices the dead session's socket at once; allow it a moment
                try:
                    with store.lock("edition-2026.04.22.12"):
                        break
                except StoreError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join(10)


def test_both_backends_are_a_store(store_target: str) -> None:
    with open_store(store_target) as store:
        assert isinstance(store, Store)
        assert "***" not in store.location or is_postgres_url(store_target)


def test_text_a_database_cannot_hold_is_kept_with_a_replacement(store_target: str) -> None:
    """A lone surrogate (neither backend can encode it) and, on PostgreSQL, NUL (its text cannot hold one)
    become U+FFFD; the post is kept either way."""
    now = datetime(2026, 4, 22, tzinfo=UTC)
    post = Post(id="x:1", source_id="s", platform="x", author_handle="a", author_name="A\ud800",
                url="https://x.com/a/status/1", text="before\x00after \ud83d end", created_at=now)
    with open_store(store_target) as store:
        assert store.upsert_posts([post]) == (1, 0)
        back = store.get_posts(["x:1"])["x:1"]
    nul = "\ufffd" if is_postgres_url(store_target) else "\x00"
    assert (back.author_name, back.text) == ("A\ufffd", f"before{nul}after \ufffd end")


def _open_and_report(target: str, start: Any, out: Any) -> None:
    start.wait(20)
    try:
        with open_store(target) as store:
            out.put((store.schema_version(), store.migrated))
    except Exception as exc:  # the test reports it
        out.put(repr(exc))


def test_machines_starting_together_migrate_once(store_target: str) -> None:
    """Three processes open one new store at once: each sees the full schema, and each migration was applied
    by exactly one of them (on PostgreSQL all by one: they run in one transaction)."""
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_open_and_report, args=(store_target, start, out)) for _ in range(3)]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(20)
    full = _migrations(store_target)
    assert all(isinstance(r, tuple) and r[0] == full for r in results), results
    applied = sorted(v for r in results for v in r[1])
    assert applied == list(range(1, full + 1)), results
