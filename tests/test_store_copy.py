"""`newsdesk store migrate` and `store copy`: an SQLite store moved to PostgreSQL (and back) loses nothing,
and the copy rebuilds the same editions. Real stores on both sides, the CLI in subprocesses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.config import load_settings
from newsdesk.store import open_store, redact_url
from newsdesk.store.sql import TABLES
from test_serve import shifted_sample

KEYS = ["2026.04.22.12", "2026.04.22.16"]


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True, timeout=240,
                          env={**os.environ, **(env or {})})


def _config(tmp_path: Path) -> Path:
    posts = shifted_sample(tmp_path / "posts.jsonl", slots=2)
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"""
[store]
path = "{tmp_path / 'db' / 'newsdesk.db'}"

[[sources]]
id = "file:sample"
kind = "file"
locator = "{posts}"
""", encoding="utf-8")
    return config


def _checksums(output: str) -> dict[str, tuple[int, str, int, str, str]]:
    """table -> (rows, checksum, target rows, target checksum, verdict) from the printed table."""
    out = {}
    for line in output.splitlines():
        m = re.match(r"(\w+)\s+([\d,]+)\s+([0-9a-f]{32})\s+([\d,]+)\s+([0-9a-f]{32})\s+(ok|DIFFERS)$", line)
        if m:
            out[m[1]] = (int(m[2].replace(",", "")), m[3], int(m[4].replace(",", "")), m[5], m[6])
    return out


def test_sqlite_copied_to_postgres_keeps_every_row_and_rebuilds_the_same_editions(tmp_path: Path,
                                                                                   pg_url: str) -> None:
    config = _config(tmp_path)
    first, again = tmp_path / "first", tmp_path / "again"
    assert _cli("collect", "--config", str(config)).returncode == 0
    for key in KEYS:
        built = _cli("edition", "--config", str(config), "--at", key, "--out", str(first))
        assert built.returncode == 0, built.stderr
    # Every table holds rows, so every one is proven to survive: cache, vectors, publications, CLI sources.
    now = datetime(2026, 4, 22, 9, tzinfo=UTC)
    with open_store(load_settings(config)) as store:
        store.log_llm_call("v1:k", model="m", prompt_version="zh-5", story_id="s:1", ok=True,
                           response='{"headline": "标题"}', prompt_tokens=120, completion_tokens=40, now=now)
        store.save_embeddings("local:m", [("t1:a", 3, b"\x00\x01\xff\x10" * 3)], now=now)
        store.record_publication(KEYS[0], "telegram", ok=True, detail={"messages": 1}, now=now)
        store.save_source_state("x:list", {"since_id": "1947374585764082153", "etag": 'W/"z"'}, now=now)
        store.add_source({"id": "rss:blog", "kind": "rss", "locator": "https://blog.example/feed",
                          "weight": 1.5, "tags": ("blog", "中文")}, origin="cli", now=now)

    copied = _cli("store", "copy", "--config", str(config), "--to", pg_url)
    assert copied.returncode == 0, copied.stderr
    sums = _checksums(copied.stdout)
    assert set(sums) == {t for t, _, _ in TABLES}, copied.stdout
    for table, (rows, checksum, target_rows, target_checksum, verdict) in sums.items():
        assert rows > 0 and (rows, checksum, verdict) == (target_rows, target_checksum, "ok"), table
    assert f"{len(TABLES)} of {len(TABLES)} tables match" in copied.stdout
    print(copied.stdout)  # the report quotes it

    # The copy builds the same editions, byte for byte, from PostgreSQL.
    on_pg = {"NEWSDESK_STORE_URL": pg_url}
    migrated = _cli("store", "migrate", "--config", str(config), env=on_pg)
    assert migrated.returncode == 0 and "schema version 1 (already up to date)" in migrated.stdout, migrated.stderr
    for key in KEYS:
        rebuilt = _cli("edition", "--config", str(config), "--at", key, "--out", str(again), env=on_pg)
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert (again / f"{key}.md").read_bytes() == (first / f"{key}.md").read_bytes()

    # A target holding rows is refused, unless told to replace them.
    refused = _cli("store", "copy", "--config", str(config), "--to", pg_url)
    assert refused.returncode == 1 and "is not empty" in refused.stderr and "--replace" in refused.stderr
    replaced = _cli("store", "copy", "--config", str(config), "--to", pg_url, "--replace", "--json")
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)["ok"] is True

    # And back: PostgreSQL to a new SQLite file gives the same checksums as the original file.
    back = _cli("store", "copy", "--from", pg_url, "--to", str(tmp_path / "back.db"))
    assert back.returncode == 0, back.stderr
    original = {t: v[:2] for t, v in _checksums(copied.stdout).items()}
    rebuilt_sums = {t: v[:2] for t, v in _checksums(replaced_text(replaced.stdout)).items()}
    assert {t: v[2:4] for t, v in _checksums(back.stdout).items()} == rebuilt_sums
    assert rebuilt_sums.keys() == original.keys()


def replaced_text(json_text: str) -> str:
    """The --json answer as the plain table's lines, so one parser reads both."""
    data = json.loads(json_text)
    return "\n".join(f"{t['table']} {t['source_rows']} {t['source_checksum']} {t['target_rows']} "
                     f"{t['target_checksum']} {'ok' if t['ok'] else 'DIFFERS'}" for t in data["tables"])


def test_store_migrate_prints_the_version(tmp_path: Path, pg_url: str) -> None:
    sqlite = _cli("store", "migrate", env={"NEWSDESK_HOME": str(tmp_path / "home")})
    assert sqlite.returncode == 0, sqlite.stderr
    assert re.search(r"newsdesk\.db: schema version 7 \(applied 1, 2, 3, 4, 5, 6, 7\)", sqlite.stdout)
    pg = _cli("store", "migrate", env={"NEWSDESK_STORE_URL": pg_url})
    assert pg.returncode == 0 and "schema version 1 (applied 1)" in pg.stdout, pg.stderr


def test_a_store_url_never_shows_its_password(tmp_path: Path, pg_cluster: object) -> None:
    url = pg_cluster.url("nosuchdb", password="s3cret-Pa55")  # type: ignore[attr-defined]
    shown = _cli("config", "show", env={"NEWSDESK_STORE_URL": url})
    assert shown.returncode == 0 and "s3cret" not in shown.stdout
    assert json.loads(shown.stdout)["store"]["url"].startswith("postgresql://newsdesk:***@/nosuchdb")
    failed = _cli("store", "migrate", env={"NEWSDESK_STORE_URL": url})
    assert failed.returncode == 1
    assert "s3cret" not in failed.stderr + failed.stdout
    assert "newsdesk:***@" in failed.stderr and "does not exist" in failed.stderr and "createdb" in failed.stderr
    unreachable = url.replace("host=/tmp", "host=/nonexistent/tmp")
    down = _cli("collect", env={"NEWSDESK_STORE_URL": unreachable})
    assert down.returncode == 1 and "s3cret" not in down.stderr and "cannot be reached" in down.stderr, down.stderr
    bad = _cli("config", "show", env={"NEWSDESK_STORE_URL": "mysql://u:hunter2@h/db"})
    assert bad.returncode == 2 and "store.url" in bad.stderr and "hunter2" not in bad.stderr


def test_copy_needs_a_source(tmp_path: Path) -> None:
    missing = _cli("store", "copy", "--from", str(tmp_path / "none.db"), "--to", str(tmp_path / "t.db"))
    assert missing.returncode == 1 and "no store to copy from" in missing.stderr
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("direction", ["sqlite-to-sqlite"])
def test_copy_between_two_sqlite_files(tmp_path: Path, direction: str) -> None:
    src = tmp_path / "a.db"
    with open_store(src) as store:
        store.save_source_state("rss:a", {"etag": '"x"'}, now=datetime(2026, 1, 1, tzinfo=UTC))
    done = _cli("store", "copy", "--from", str(src), "--to", str(tmp_path / "b.db"))
    assert done.returncode == 0, done.stderr
    assert _checksums(done.stdout)["source_state"][0] == 1


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://desk:pa:ss@db.example:5433/news", "postgresql://desk:***@db.example:5433/news"),
    ("postgres://desk@db.example/news?sslmode=require&password=pw1", "postgres://desk@db.example/news?sslmode=require&password=***"),
    ("postgresql:///news?host=/run/postgresql", "postgresql:///news?host=/run/postgresql"),
    ("host=db.example password='p w' dbname=news", "host=db.example password=*** dbname=news"),
])
def test_redact_url(url: str, shown: str) -> None:
    assert redact_url(url) == shown
