import dataclasses
import multiprocessing
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import StoreError
from newsdesk.model import Check, Edition, Item, Post, Ref
from newsdesk.slots import slot_for_key, zone
from newsdesk.sources.file import read_posts
from newsdesk.store import open_store
from newsdesk.store.migrations import MIGRATIONS


@pytest.fixture
def real_posts(corpus: Path) -> list[Post]:
    posts, warnings = read_posts(corpus / "follow-builders-x.jsonl")
    assert not warnings
    return posts[:400]


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


def test_upsert_is_idempotent_and_round_trips(tmp_path: Path, real_posts: list[Post]) -> None:
    with open_store(tmp_path / "n.db") as store:
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


def test_newer_metrics_replace_older_but_not_the_reverse(tmp_path: Path, real_posts: list[Post]) -> None:
    post = next(p for p in real_posts if p.metrics.get("likes"))
    fetched = post.fetched_at or datetime(2026, 1, 1, tzinfo=UTC)
    newer = dataclasses.replace(post, metrics={**post.metrics, "likes": post.metrics["likes"] + 100},
                                fetched_at=fetched + timedelta(hours=2))
    older = dataclasses.replace(post, metrics={**post.metrics, "likes": 1}, fetched_at=fetched - timedelta(hours=2))
    with open_store(tmp_path / "n.db") as store:
        store.upsert_posts([post])
        assert store.upsert_posts([newer]) == (0, 1)
        assert store.upsert_posts([older]) == (0, 0)
        assert store.get_posts([post.id])[post.id].metrics["likes"] == newer.metrics["likes"]


def test_window_query_is_half_open(tmp_path: Path, real_posts: list[Post]) -> None:
    start = real_posts[10].created_at
    end = real_posts[50].created_at
    with open_store(tmp_path / "n.db") as store:
        store.upsert_posts(real_posts)
        got = store.posts_between(start, end)
    expected = sorted((p for p in real_posts if start <= p.created_at < end), key=lambda p: (p.created_at, p.id))
    assert [p.id for p in got] == [p.id for p in expected]


def test_editions_are_stored_with_items_and_replaced_on_rebuild(tmp_path: Path) -> None:
    slot = slot_for_key("2026.04.22.12", zone("Asia/Shanghai"))
    item = Item(story_id="s:x:1", headline="标题", attribution="Ann", url="https://x.com/a/status/1",
                summary="A **bold** fact. Another.", category="AI快讯", writer="extractive",
                post_ids=("x:1", "x:2"), checks=(Check("numbers", True),))
    edition = Edition(slot=slot, title="t", generated_at=slot.end, items=(item,), categories=("AI快讯",),
                      stats={"counts": {"posts": 2}})
    with open_store(tmp_path / "n.db") as store:
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


def test_source_state_and_health(tmp_path: Path) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(tmp_path / "n.db") as store:
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


def test_a_second_process_cannot_build_the_same_edition(tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")
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


def test_refs_survive(tmp_path: Path) -> None:
    post = Post(id="x:1", source_id="s", platform="x", author_handle="a", author_name="A",
                url="https://x.com/a/status/1", text="hi", created_at=datetime(2026, 1, 1, tzinfo=UTC),
                refs=(Ref("reposted", "x:2"), Ref("replied_to", "x:3")))
    with open_store(tmp_path / "n.db") as store:
        store.upsert_posts([post])
        assert store.get_posts(["x:1"])["x:1"].refs == post.refs


def test_llm_call_log_is_a_cache(tmp_path: Path) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(tmp_path / "n.db") as store:
        assert store.llm_call("v1:abc") is None
        store.log_llm_call("v1:abc", model="m", prompt_version="zh-1", story_id="s:x:1", ok=False,
                           response="junk", prompt_tokens=10, completion_tokens=2, now=now)
        store.log_llm_call("v1:abc", model="m", prompt_version="zh-1", story_id="s:x:1", ok=True,
                           response='{"headline": "h"}', prompt_tokens=12, completion_tokens=5, now=now)
        call = store.llm_call("v1:abc")
        assert call is not None and call["ok"] == 1 and call["completion_tokens"] == 5


def test_publications_are_recorded_once_per_channel(tmp_path: Path) -> None:
    now = datetime(2026, 4, 22, tzinfo=UTC)
    with open_store(tmp_path / "n.db") as store:
        store.record_publication("2026.04.22.12", "telegram", ok=False, error="HTTP 502", now=now)
        store.record_publication("2026.04.22.12", "telegram", ok=True, detail={"message_id": 7}, now=now)
        store.record_publication("2026.04.22.12", "email", ok=True, now=now)
        pub = store.publication("2026.04.22.12", "telegram")
        assert pub is not None
        assert (pub["status"], pub["attempts"], pub["detail"]) == ("sent", 2, {"message_id": 7})
        assert set(store.publications("2026.04.22.12")) == {"email", "telegram"}
        assert store.publication("2026.04.22.16", "telegram") is None
