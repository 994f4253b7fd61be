"""`newsdesk serve`: consecutive editions on a simulated clock, catch-up, publish-once across restarts,
the per-slot lock, and SIGTERM. Posts come from a `file` source: the bundled sample, shifted by whole
slots, so no network is needed."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.config import Settings, load_settings
from newsdesk.sample import SAMPLE_PATH
from newsdesk.serve import due_slots, make_build, next_wake, run_tick, serve_forever
from newsdesk.store import open_store

from pushkit import PushServer

SLOT0_END = datetime(2026, 4, 22, 4, tzinfo=UTC)  # 2026.04.22.12 in Asia/Shanghai
PERIOD = timedelta(hours=4)
KEYS = ["2026.04.22.12", "2026.04.22.16", "2026.04.22.20", "2026.04.23.00"]
PY = sys.executable


def shifted_sample(path: Path, slots: int = 4) -> Path:
    """The sample posts repeated `slots` times, each copy 4 h later with its own ids and URLs."""
    lines = SAMPLE_PATH.read_text(encoding="utf-8").splitlines()
    out = []
    for k in range(slots):
        for line in lines:
            if not line.strip():
                continue
            # New ids for each copy: X status numbers move by k, other ids get a suffix.
            text = re.sub(r"(\d{19})", lambda m, k=k: str(int(m.group(1)) + k), line)
            text = re.sub(r'"((?:rss|hn|reddit|github|bsky|mastodon|arxiv|hf):[^"]+)"',
                          lambda m, k=k: f'"{m.group(1)}{"-" + str(k) if k else ""}"', text)
            record = json.loads(text)
            created = datetime.fromisoformat(record["created_at"].replace("Z", "+00:00")) + k * PERIOD
            record["created_at"] = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            out.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def hooks() -> Iterator[PushServer]:
    server = PushServer()
    server.script("/slack", (200, "ok"))
    yield server
    server.close()


def write_config(tmp_path: Path, hooks: PushServer, *, catch_up: int = 2) -> Path:
    posts = shifted_sample(tmp_path / "posts.jsonl")
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"""
[store]
path = "{tmp_path / 'db' / 'newsdesk.db'}"

[collect]
use_default_sources = false

[[sources]]
id = "file:sample"
kind = "file"
locator = "{posts}"

[publish]
site_url = "https://news.example"
retries = 0
retry_backoff_s = 0

[[publish.channels]]
kind = "webhook"
url_env = "TEST_HOOK_URL"

[[publish.channels]]
kind = "slack"
url_env = "TEST_SLACK_URL"

[serve]
delay_s = 60
catch_up = {catch_up}
""", encoding="utf-8")
    return config


def env_for(hooks: PushServer) -> dict[str, str]:
    return {"TEST_HOOK_URL": hooks.url("/hook"), "TEST_SLACK_URL": hooks.url("/slack")}


def settings_for(config: Path, hooks: PushServer) -> Settings:
    return load_settings(config, environ=env_for(hooks))


class FakeClock:
    """A clock that moves only when the loop sleeps; stops the loop after `ticks` sleeps."""

    def __init__(self, start: datetime, stop: threading.Event, ticks: int) -> None:
        self.now, self.stop, self.left, self.slept = start, stop, ticks, []  # type: list[float]

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += timedelta(seconds=seconds)
        self.left -= 1
        if self.left <= 0:
            self.stop.set()


def serve_for(settings: Settings, tmp_path: Path, start: datetime, ticks: int) -> FakeClock:
    stop = threading.Event()
    clock = FakeClock(start, stop, ticks)
    with open_store(settings.store_path) as store:  # a fresh handle each time: a restarted process
        build = make_build(settings, out_dir=tmp_path / "content", site_dir=None, client=None)
        serve_forever(settings, store, build, stop=stop, clock=clock, sleep=clock.sleep)
    return clock


def webhook_keys(hooks: PushServer) -> list[str]:
    return [b["key"] for b in hooks.bodies("/hook")]


def slack_titles(hooks: PushServer) -> list[str]:
    return [b["text"][:13] for b in hooks.bodies("/slack")]


def test_next_wake_and_due_slots(tmp_path: Path, hooks: PushServer) -> None:
    settings = settings_for(write_config(tmp_path, hooks), hooks)
    # 12:00:30 +08:00 is inside the 60 s delay: the 12:00 slot is not due yet.
    assert next_wake(settings, SLOT0_END + timedelta(seconds=30)) == SLOT0_END + timedelta(seconds=60)
    assert next_wake(settings, SLOT0_END + timedelta(seconds=61)) == SLOT0_END + PERIOD + timedelta(seconds=60)
    with open_store(settings.store_path) as store:
        due, skipped = due_slots(settings, store, SLOT0_END + timedelta(minutes=5))
        assert [s.key for s in due] == ["2026.04.22.12"] and skipped == []  # a fresh store: the latest only


def test_serve_builds_consecutive_editions_and_publishes_each_once_across_a_restart(
        tmp_path: Path, hooks: PushServer) -> None:
    settings = settings_for(write_config(tmp_path, hooks), hooks)
    start = SLOT0_END + timedelta(minutes=5)
    clock = serve_for(settings, tmp_path, start, ticks=2)
    # Tick at 12:05, sleep to 16:01, tick, sleep to 20:01 (then stopped).
    assert clock.slept == [(PERIOD - timedelta(minutes=4)).total_seconds(), PERIOD.total_seconds()]
    assert webhook_keys(hooks) == KEYS[:2]
    # A restart (new process state, same store) at the same moment sends nothing again...
    serve_for(settings, tmp_path, clock.now - timedelta(seconds=1), ticks=1)
    assert webhook_keys(hooks) == KEYS[:2]
    # ...and carries on with the next slots.
    serve_for(settings, tmp_path, clock.now, ticks=2)
    assert webhook_keys(hooks) == KEYS
    assert slack_titles(hooks) == KEYS
    for key in KEYS:
        assert (tmp_path / "content" / f"{key}.md").exists()
    with open_store(settings.store_path) as store:
        assert store.edition_keys() == KEYS
        assert {c: p["status"] for c, p in store.publications(KEYS[0]).items()} == {"webhook": "sent", "slack": "sent"}


def test_serve_catches_up_after_downtime_up_to_the_limit(tmp_path: Path, hooks: PushServer) -> None:
    settings = settings_for(write_config(tmp_path, hooks, catch_up=1), hooks)
    serve_for(settings, tmp_path, SLOT0_END + timedelta(minutes=5), ticks=1)
    assert webhook_keys(hooks) == KEYS[:1]
    # Down from 12:05 to 00:10 the next day: .16 is beyond catch_up=1, .20 and .00 are built, oldest first.
    with open_store(settings.store_path) as store:
        build = make_build(settings, out_dir=tmp_path / "content", site_dir=None, client=None)
        report = run_tick(settings, store, SLOT0_END + 3 * PERIOD + timedelta(minutes=10), build)
    assert report.built == KEYS[2:] and report.skipped == [KEYS[1]]
    assert webhook_keys(hooks) == [KEYS[0], *KEYS[2:]]


def test_a_failed_push_is_retried_by_the_next_tick(tmp_path: Path, hooks: PushServer) -> None:
    settings = settings_for(write_config(tmp_path, hooks), hooks)
    hooks.script("/slack", (404, "no_service"), (200, "ok"))  # refused: not delivered, so retried
    serve_for(settings, tmp_path, SLOT0_END + timedelta(minutes=5), ticks=2)
    # Tick 1 built .12 (slack failed); tick 2 built .16 and retried .12's slack.
    assert slack_titles(hooks) == [KEYS[0], KEYS[1], KEYS[0]]
    assert webhook_keys(hooks) == KEYS[:2]
    with open_store(settings.store_path) as store:
        assert store.publication(KEYS[0], "slack")["attempts"] == 2  # type: ignore[index]


def _hold_lock(db: Path, name: str) -> subprocess.Popen[str]:
    code = ("import sys, time\nfrom newsdesk.store import open_store\n"
            f"with open_store({str(db)!r}) as s, s.lock({name!r}):\n"
            "    print('locked', flush=True)\n    sys.stdin.read()\n")
    proc = subprocess.Popen([PY, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_process_cannot_build_the_same_slot(tmp_path: Path, hooks: PushServer) -> None:
    config = write_config(tmp_path, hooks)
    settings = settings_for(config, hooks)
    holder = _hold_lock(settings.store_path, f"edition-{KEYS[0]}")
    try:
        with open_store(settings.store_path) as store:
            build = make_build(settings, out_dir=tmp_path / "content", site_dir=None, client=None)
            report = run_tick(settings, store, SLOT0_END + timedelta(minutes=5), build)
        assert report.busy == [KEYS[0]] and report.built == [] and hooks.received == []
        env = {**os.environ, **env_for(hooks)}
        res = subprocess.run([PY, "-m", "newsdesk", "edition", "--config", str(config), "--at", KEYS[0],
                              "--out", str(tmp_path / "c2"), "--site", str(tmp_path / "site")],
                             capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 1 and f"edition-{KEYS[0]} is being built by pid {holder.pid}" in res.stderr
    finally:
        holder.communicate("", timeout=10)
    # Once the holder is gone the slot builds, once.
    with open_store(settings.store_path) as store:
        report = run_tick(settings, store, SLOT0_END + timedelta(minutes=6), build)
    assert report.built == [KEYS[0]] and webhook_keys(hooks) == [KEYS[0]]


def test_serve_once_in_fresh_processes_publishes_each_edition_once(tmp_path: Path, hooks: PushServer) -> None:
    config = write_config(tmp_path, hooks)
    env = {**os.environ, **env_for(hooks)}

    def tick(at: str) -> dict:
        res = subprocess.run([PY, "-m", "newsdesk", "serve", "--config", str(config), "--once", "--at", at, "--json",
                              "--out", str(tmp_path / "content"), "--site", str(tmp_path / "site")],
                             capture_output=True, text=True, env=env, timeout=60)
        assert res.returncode == 0, res.stderr[-2000:]
        assert "event=serve" not in res.stdout and "level=" in res.stderr  # logs on stderr, JSON on stdout
        return json.loads(res.stdout)

    first = tick("2026-04-22T12:05+08:00")
    assert first["built"] == [KEYS[0]]
    assert {p["channel"]: p["status"] for p in first["published"][KEYS[0]]} == {"webhook": "sent", "slack": "sent"}
    again = tick("2026-04-22T12:06+08:00")  # a restarted process in the same slot
    assert again["built"] == [] and again["published"] == {}
    tick("2026-04-22T16:05+08:00")
    assert webhook_keys(hooks) == KEYS[:2] and slack_titles(hooks) == KEYS[:2]
    assert (tmp_path / "site" / "index.html").exists()

    def publish(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([PY, "-m", "newsdesk", "publish", "--config", str(config), *args],
                              capture_output=True, text=True, env=env, timeout=60)

    res = publish("--slot", KEYS[0], "--json")
    assert res.returncode == 0 and {p["status"] for p in json.loads(res.stdout)["publish"]} == {"already-sent"}
    res = publish("--slot", KEYS[0], "--channel", "webhook", "--force", "--json")
    assert res.returncode == 0 and [p["status"] for p in json.loads(res.stdout)["publish"]] == ["sent"]
    assert webhook_keys(hooks) == [KEYS[0], KEYS[1], KEYS[0]] and slack_titles(hooks) == KEYS[:2]
    res = publish("--slot", KEYS[0], "--channel", "nope")
    assert res.returncode == 2 and "no channel named nope" in res.stderr
    res = publish("--slot", "2026.04.21.00")
    assert res.returncode == 1 and "no stored edition 2026.04.21.00" in res.stderr


def test_sigterm_stops_serve_cleanly_and_the_site_is_served(tmp_path: Path, hooks: PushServer) -> None:
    config = write_config(tmp_path, hooks)
    site = tmp_path / "site"
    site.mkdir()
    (site / "hello.txt").write_text("你好", encoding="utf-8")
    env = {**os.environ, **env_for(hooks)}
    proc = subprocess.Popen([PY, "-m", "newsdesk", "serve", "--config", str(config), "--serve-site", "--port", "0",
                             "--site", str(site), "--out", str(tmp_path / "content")],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if "event=serve.sleeping" in line or not line:
                break
        assert any("event=serve.sleeping" in line for line in lines), "".join(lines)
        url = next(re.search(r"url=(\S+)", line).group(1) for line in lines  # type: ignore[union-attr]
                   if "event=site.serving" in line)
        with urllib.request.urlopen(url + "hello.txt", timeout=5) as answer:
            assert answer.read().decode() == "你好"
        proc.send_signal(signal.SIGTERM)
        rest = proc.stderr.read()
        assert proc.wait(timeout=10) == 0
        assert "event=serve.stopped ticks=1" in rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()  # type: ignore[union-attr]


def test_a_channel_added_later_starts_with_the_newest_edition(tmp_path: Path, hooks: PushServer) -> None:
    config = write_config(tmp_path, hooks)
    settings = settings_for(config, hooks)
    serve_for(settings, tmp_path, SLOT0_END + timedelta(minutes=5), ticks=2)  # .12 and .16 to both channels
    assert webhook_keys(hooks) == KEYS[:2]
    # A third channel joins: the next tick must not send it .12 and .16 in a burst. It gets
    # the newest stored edition, and from then on each new one.
    config.write_text(config.read_text(encoding="utf-8").replace("[serve]", """[[publish.channels]]
name = "late"
kind = "webhook"
url_env = "TEST_LATE_URL"

[serve]"""), encoding="utf-8")
    env = {**env_for(hooks), "TEST_LATE_URL": hooks.url("/late")}
    late = load_settings(config, environ=env)
    with open_store(late.store_path) as store:
        build = make_build(late, out_dir=tmp_path / "content", site_dir=None, client=None)
        first = run_tick(late, store, SLOT0_END + PERIOD + timedelta(minutes=30), build)
        assert first.built == [] and [b["key"] for b in hooks.bodies("/late")] == [KEYS[1]]
        run_tick(late, store, SLOT0_END + 2 * PERIOD + timedelta(minutes=5), build)
        assert store.publication(KEYS[0], "late") is None
    assert [b["key"] for b in hooks.bodies("/late")] == KEYS[1:3]
    assert webhook_keys(hooks) == KEYS[:3]  # the first channels were not sent anything twice


def test_an_edition_no_channel_was_tried_for_is_still_pushed_everywhere(tmp_path: Path, hooks: PushServer) -> None:
    settings = settings_for(write_config(tmp_path, hooks), hooks)
    # Build .12 and .16 without pushing (as if the process died right after each build).
    quiet = settings.model_copy(update={"publish": settings.publish.model_copy(update={"channels": ()})})
    with open_store(settings.store_path) as store:
        build = make_build(quiet, out_dir=tmp_path / "content", site_dir=None, client=None)
        run_tick(quiet, store, SLOT0_END + timedelta(minutes=5), build)
        run_tick(quiet, store, SLOT0_END + PERIOD + timedelta(minutes=5), build)
        assert store.edition_keys() == KEYS[:2] and hooks.bodies("/hook") == []
        build = make_build(settings, out_dir=tmp_path / "content", site_dir=None, client=None)
        run_tick(settings, store, SLOT0_END + PERIOD + timedelta(minutes=10), build)
    assert webhook_keys(hooks) == KEYS[:2]
