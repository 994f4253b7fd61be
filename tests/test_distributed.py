"""Distributed work on a real queue: `newsdesk worker` processes and `serve --distributed` schedulers against
a throwaway PostgreSQL (the store and the procrastinate queue in one database), sources on loopback.

- two workers collect one source list: every source fetched exactly once in the slot, by either;
- a worker SIGKILLed in the middle of a fetch: its job goes back to the queue and another worker
  does it; the store ends with exactly the posts a plain collection stores, none lost or doubled;
- two schedulers at once: one collect job per source, one edition, one push per channel.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.collect import collect_sources
from newsdesk.config import FetchSettings
from newsdesk.fetch import make_client
from newsdesk.model import Source
from newsdesk.sample import SAMPLE_PATH
from newsdesk.store import open_store

from httpserver import LocalHTTPServer, Reply, Request, fixture_reply
from pushkit import PushServer
from workerkit import (
    Worker,
    collected_by,
    events,
    finish,
    job_rows,
    rss_sources,
    scheduler,
    wait_for,
    wait_for_workers,
    write_config,
)

pytestmark = pytest.mark.shared

FEEDS = [  # recorded feeds with distinct entries (fixture, content type)
    ("feeds/feedrs_rss2_ghost_cloudflare_blog.xml", "application/rss+xml"),
    ("feeds/rssparser_rss2_content_encoded.rss", "application/rss+xml"),
    ("feeds/rssparser_rss1_rdf_science.rss", "application/rdf+xml"),
    ("feeds/feedjira_youtube_channel_atom.xml", "application/atom+xml"),
    ("feeds/feedjira_jsonfeed_v1_inessential.json", "application/feed+json"),
    ("feeds/feedrs_jsonfeed_v1.1_influxdata.json", "application/feed+json"),
    ("github/rssparser_gulp_releases_2015.atom", "application/atom+xml"),
    ("reddit/feedrs_reddit_r_rust_atom.xml", "application/atom+xml"),
    ("arxiv/arxivpy_api_query_search-testing_max10.xml", "application/atom+xml"),
]
AT = "2026-04-22T12:05+08:00"  # the slot 2026.04.22.12 (the bundled sample's)
COLLECT = "newsdesk.collect_source"


@pytest.fixture
def feeds_server() -> Iterator[LocalHTTPServer]:
    with LocalHTTPServer() as server:
        yield server


def serve_feeds(server: LocalHTTPServer, fixtures_dir: Path, *, delay_s: float = 0.0) -> dict[str, str]:
    """Each recorded feed at /f/<i>; returns source id -> URL."""
    urls = {}
    for i, (name, ctype) in enumerate(FEEDS):
        reply = fixture_reply(fixtures_dir / name, content_type=ctype)
        if delay_s:
            reply = Reply(status=reply.status, body=reply.body, headers=reply.headers, delay_s=delay_s)
        urls[f"rss:feed-{i}"] = server.route(f"/f/{i}", reply)
    return urls


def baseline_ids(urls: dict[str, str], tmp_path: Path) -> set[str]:
    """The post ids a plain one-machine collection of `urls` stores (SQLite, in this process)."""
    sources = [Source(id=sid, kind="rss", locator=url) for sid, url in urls.items()]
    with open_store(tmp_path / "baseline" / "newsdesk.db") as store, \
            make_client(FetchSettings(retries=0)) as client:
        reports = collect_sources(sources, store, client, now=datetime.now(UTC))
        assert all(r.status == "ok" for r in reports), [r.as_dict() for r in reports if r.status != "ok"]
        return all_ids(store)


def all_ids(store: object) -> set[str]:
    posts = store.posts_between(datetime(1970, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))  # type: ignore[attr-defined]
    ids = [p.id for p in posts]
    assert len(ids) == len(set(ids))
    return set(ids)


def requests_per_path(server: LocalHTTPServer, urls: dict[str, str]) -> dict[str, int]:
    return {sid: len(server.requests_to(url.removeprefix(server.base_url))) for sid, url in urls.items()}


def test_two_workers_fetch_every_source_exactly_once(tmp_path: Path, pg_url: str, fixtures_dir: Path,
                                                     feeds_server: LocalHTTPServer) -> None:
    urls = serve_feeds(feeds_server, fixtures_dir, delay_s=0.3)  # slow enough that both workers get jobs
    expected = baseline_ids(urls, tmp_path)
    feeds_server.requests.clear()
    config = write_config(tmp_path / "run", pg_url, rss_sources(urls))
    workers = [Worker(config, f"w{n}", concurrency=2).start() for n in (1, 2)]
    try:
        wait_for_workers(pg_url, 2)  # both polling before there is work, so both get some
        code, report, err = finish(scheduler(config, at=AT))
    finally:
        for w in workers:
            w.stop()
    assert code == 0, (err, report)
    assert report["settled"] and report["round"] == "2026.04.22.12"
    assert requests_per_path(feeds_server, urls) == dict.fromkeys(urls, 1)
    by_worker = [collected_by(w) for w in workers]
    assert sorted(by_worker[0] + by_worker[1]) == sorted(urls), by_worker
    assert by_worker[0] and by_worker[1], "one worker did every job"
    with open_store(pg_url) as store:
        assert all_ids(store) == expected
    rows = job_rows(pg_url, COLLECT)
    assert len(rows) == len(urls) and {r["status"] for r in rows} == {"succeeded"}


def test_a_worker_killed_mid_collect_has_its_job_retried_by_another(tmp_path: Path, pg_url: str,
                                                                    fixtures_dir: Path,
                                                                    feeds_server: LocalHTTPServer) -> None:
    urls = serve_feeds(feeds_server, fixtures_dir)
    hang_body = fixture_reply(fixtures_dir / FEEDS[0][0], content_type=FEEDS[0][1])
    arrived, release = threading.Event(), threading.Event()

    def hang_until_the_kill(request: Request) -> Reply:
        if not arrived.is_set():
            arrived.set()
            release.wait(60)  # the worker fetching this dies before the answer
        return hang_body

    urls["rss:hangs"] = feeds_server.route("/hangs", hang_until_the_kill)
    expected = baseline_ids({k: v for k, v in urls.items() if k != "rss:hangs"}, tmp_path)
    feeds_server.requests.clear()
    config = write_config(tmp_path / "run", pg_url, rss_sources(urls))
    doomed = Worker(config, "doomed", concurrency=1).start()
    sched = scheduler(config, at=AT)
    survivor = None
    try:
        wait_for(arrived.is_set, 60, "a worker to start fetching the hanging source")
        doomed.kill()
        release.set()
        survivor = Worker(config, "survivor", concurrency=2).start()
        code, report, err = finish(sched)
    finally:
        if sched.poll() is None:
            sched.kill()
        if survivor is not None:
            survivor.stop()
    assert code == 0, (err, report)
    assert report["settled"] and report["collect"] == {"succeeded": len(urls)}
    assert "rss:hangs" not in collected_by(doomed)
    assert "rss:hangs" in collected_by(survivor)
    assert "event=worker.stalled_retried" in survivor.output()
    counts = requests_per_path(feeds_server, urls)
    assert counts.pop("rss:hangs") == 2  # the killed worker's fetch, then the retried job's
    assert set(counts.values()) == {1}, counts
    with open_store(pg_url) as store:
        assert all_ids(store) == expected  # the hanging feed is feed 0 again: nothing new, nothing lost
        assert store.source_health("rss:hangs")["consecutive_failures"] == 0
    rows = {r["args"]["source_id"]: r for r in job_rows(pg_url, COLLECT)}
    assert len(rows) == len(urls) and {r["status"] for r in rows.values()} == {"succeeded"}
    assert rows["rss:hangs"]["attempts"] >= 1


def test_two_schedulers_build_one_edition_and_push_each_channel_once(tmp_path: Path, pg_url: str,
                                                                     fixtures_dir: Path,
                                                                     feeds_server: LocalHTTPServer) -> None:
    urls = serve_feeds(feeds_server, fixtures_dir)
    hooks = PushServer()
    hooks.script("/slack", (200, "ok"))
    env = {"TEST_HOOK_URL": hooks.url("/hook"), "TEST_SLACK_URL": hooks.url("/slack")}
    sources = rss_sources(urls) + f'\n[[sources]]\nid = "file:sample"\nkind = "file"\nlocator = "{SAMPLE_PATH}"\n'
    channels = """
[[publish.channels]]
kind = "webhook"
url_env = "TEST_HOOK_URL"

[[publish.channels]]
kind = "slack"
url_env = "TEST_SLACK_URL"
"""
    config = write_config(tmp_path / "run", pg_url, sources, extra=channels)
    workers = [Worker(config, f"w{n}", concurrency=2, env=env).start() for n in (1, 2)]
    try:
        wait_for_workers(pg_url, 2)
        scheds = [scheduler(config, at=AT, env=env) for _ in range(2)]
        results = [finish(s) for s in scheds]
    finally:
        for w in workers:
            w.stop()
        hooks.close()
    for code, report, err in results:
        assert code == 0, (err, report)
        assert report["settled"]
        assert report["published"] == {"2026.04.22.12": {"webhook": "sent", "slack": "sent"}}
    assert requests_per_path(feeds_server, urls) == dict.fromkeys(urls, 1)
    assert len(hooks.bodies("/hook")) == 1
    assert [b["key"] for b in hooks.bodies("/hook")] == ["2026.04.22.12"]
    assert len(hooks.to("/slack")) == 1
    with open_store(pg_url) as store:
        assert store.edition_keys() == ["2026.04.22.12"]
        assert store.files_pending() == []
    assert (tmp_path / "run" / "content" / "2026.04.22.12.md").is_file()
    site = tmp_path / "public"  # NEWSDESK_PUBLISH_SITE_DIR (conftest) over the file's publish.site_dir
    assert (site / "editions" / "2026.04.22.12" / "index.html").is_file()
    editions = job_rows(pg_url, "newsdesk.build_edition")
    assert [(r["args"]["slot"], r["status"]) for r in editions] == [("2026.04.22.12", "succeeded")]
    pushes = sorted((r["args"]["channel"], r["status"]) for r in job_rows(pg_url, "newsdesk.push_edition"))
    assert pushes == [("slack", "succeeded"), ("webhook", "succeeded")]
    built = [e for w in workers for e in w.output().splitlines() if "event=edition.built" in e]
    assert len(built) == 1, built


def test_the_edition_waits_for_collection_until_the_deadline_and_rounds_follow_the_clock(
        tmp_path: Path, pg_url: str) -> None:
    """In process, no workers: the jobs stay queued, so the scheduler's own decisions show."""
    import psycopg

    from newsdesk.config import load_settings
    from newsdesk.distributed.app import ensure_schema, make_app
    from newsdesk.distributed.scheduler import schedule_tick

    fast = "\n[distributed]\ncollect_timeout_s = 4\n"  # long enough for two ticks on a loaded machine
    urls = {"rss:a": "http://127.0.0.1:9/a", "rss:b": "http://127.0.0.1:9/b"}
    settings = load_settings(write_config(tmp_path, pg_url, rss_sources(urls), distributed=fast))
    ensure_schema(pg_url)
    app = make_app(settings)
    at = datetime.fromisoformat(AT)
    with open_store(settings) as store, psycopg.connect(pg_url, autocommit=True) as conn:
        first = schedule_tick(settings, store, app, conn, at)
        assert first.round == "2026.04.22.12" and first.due == ["2026.04.22.12"]
        assert sorted(first.deferred["collect"]) == sorted(urls) and first.deferred["edition"] == []
        again = schedule_tick(settings, store, app, conn, at)  # a second scheduler, or the next poll
        assert not any(again.deferred.values()) and not again.settled
        assert sorted(again.waiting) == ["collect:rss:a", "collect:rss:b"]
        wait_for(lambda: bool(schedule_tick(settings, store, app, conn, at).deferred["edition"]), 30,
                 "the collect deadline to pass", step=0.5)
        after = schedule_tick(settings, store, app, conn, at)
        assert not any(after.deferred.values()) and after.waiting == ["edition:2026.04.22.12"]
        later = schedule_tick(settings, store, app, conn, datetime.fromisoformat("2026-04-22T16:05+08:00"))
        # A store with no edition yet starts with the latest slot only, as `serve` does.
        assert later.round == "2026.04.22.16" and later.due == ["2026.04.22.16"]
        assert sorted(later.deferred["collect"]) == sorted(urls)
    rows = job_rows(pg_url, COLLECT)
    assert sorted((r["args"]["slot"], r["args"]["source_id"]) for r in rows) == [
        ("2026.04.22.12", "rss:a"), ("2026.04.22.12", "rss:b"), ("2026.04.22.16", "rss:a"), ("2026.04.22.16", "rss:b")]
    assert [r["args"]["slot"] for r in job_rows(pg_url, "newsdesk.build_edition")] == ["2026.04.22.12"]


def test_catch_up_after_downtime_builds_the_missed_slots_oldest_first(tmp_path: Path, pg_url: str) -> None:
    from test_serve import shifted_sample

    hooks = PushServer()
    env = {"TEST_HOOK_URL": hooks.url("/hook")}
    posts = shifted_sample(tmp_path / "posts.jsonl", slots=4)
    sources = f'\n[[sources]]\nid = "file:sample"\nkind = "file"\nlocator = "{posts}"\n'
    extra = '\n[serve]\ncatch_up = 2\n\n[[publish.channels]]\nkind = "webhook"\nurl_env = "TEST_HOOK_URL"\n'
    config = write_config(tmp_path / "run", pg_url, sources, extra=extra)
    worker = Worker(config, "w1", concurrency=2, env=env).start()
    try:
        first = finish(scheduler(config, at="2026-04-22T12:05+08:00", env=env))
        # down for three slots: 16 and 20 were missed, 2026.04.23.00 is the latest
        back = finish(scheduler(config, at="2026-04-23T00:05+08:00", env=env))
    finally:
        worker.stop()
        hooks.close()
    assert first[0] == 0 and back[0] == 0, (first, back)
    assert back[1]["due"] == ["2026.04.22.16", "2026.04.22.20", "2026.04.23.00"]
    with open_store(pg_url) as store:
        assert store.edition_keys() == ["2026.04.22.12", "2026.04.22.16", "2026.04.22.20", "2026.04.23.00"]
    built = [e["key"] for e in events(worker.output(), "edition.built")]
    assert built == ["2026.04.22.12", "2026.04.22.16", "2026.04.22.20", "2026.04.23.00"]
    assert [b["key"] for b in hooks.bodies("/hook")] == built  # each pushed once, in order


def test_distributed_commands_say_what_they_need(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsdesk.cli import main

    config = tmp_path / "newsdesk.toml"
    config.write_text('[collect]\nuse_default_sources = false\n[[sources]]\nid = "rss:a"\nkind = "rss"\n'
                      'locator = "http://127.0.0.1:9/a"\n', encoding="utf-8")
    runner = CliRunner()
    for args in (["worker"], ["serve", "--distributed", "--once"]):
        result = runner.invoke(main, [*args, "--config", str(config)])
        assert result.exit_code == 2, result.output
        assert "store.url: not set; distributed work (`newsdesk worker`, `serve --distributed`) needs the store on " \
               "PostgreSQL" in result.output
    store = {"NEWSDESK_STORE_URL": "postgresql://newsdesk@127.0.0.1:9/news"}
    result = runner.invoke(main, ["worker", "--config", str(config), "--queues", "collect,mail"], env=store)
    assert result.exit_code == 2 and "--queues: no queue mail" in result.output
    result = runner.invoke(main, ["serve", "--distributed", "--site", str(tmp_path), "--config", str(config)])
    assert result.exit_code == 2 and "--out and --site do not go with --distributed" in result.output
    secret = "postgresql://newsdesk:hunter2@db.example/queue"
    result = runner.invoke(main, ["config", "show", "--config", str(config)],
                           env={"NEWSDESK_DISTRIBUTED_QUEUE_URL": secret})
    assert result.exit_code == 0 and "hunter2" not in result.output and "db.example/queue" in result.output
    result = runner.invoke(main, ["worker", "--config", str(config)],
                           env={**store, "NEWSDESK_DISTRIBUTED_QUEUE_URL": "mysql://q:pw@db.example/queue"})
    assert result.exit_code == 2 and "distributed.queue_url: 'mysql://q:***@db.example/queue' is not a " \
        "postgresql:// URL" in result.output, result.output


def test_the_scheduler_paces_x_sources_over_one_budget_and_skips_parked_ones(tmp_path: Path) -> None:
    """Each collect job sees one source, so the X read budget is shared out where every X source is seen."""
    from newsdesk.collect import MIN_POOL_SHARE
    from newsdesk.config import load_settings
    from newsdesk.distributed.scheduler import collect_jobs

    xs = "".join(f'\n[[sources]]\nid = "x:h{i}"\nkind = "x"\nlocator = "h{i}"\ntoken_env = "X_TOKEN"\n'
                 for i in range(5))
    feeds = rss_sources({"rss:ok": "http://127.0.0.1:9/ok", "rss:parked": "http://127.0.0.1:9/parked"})
    config = tmp_path / "newsdesk.toml"
    # 6 runs left in April from 2026-04-30T00:00Z: a budget of 6 * 2 shares pays two X sources this run
    config.write_text(f'[collect]\nuse_default_sources = false\nx_monthly_read_budget = {12 * MIN_POOL_SHARE}\n'
                      f'park_after_failures = 2\n{xs}{feeds}', encoding="utf-8")
    settings = load_settings(config, environ={"X_TOKEN": "t"})
    now = datetime(2026, 4, 30, tzinfo=UTC)
    with open_store(tmp_path / "newsdesk.db") as store:
        for _ in range(2):
            store.record_fetch("rss:parked", (), state=None, error="HTTP 500", now=now)
        jobs = collect_jobs(settings, store, "2026.04.30.08", now, None)
    by_source = {j.task_kwargs["source_id"]: j for j in jobs}
    assert "rss:parked" not in by_source and "rss:ok" in by_source
    paid = [sid for sid in by_source if sid.startswith("x:")]
    assert len(paid) == 2
    assert all(by_source[sid].task_kwargs["pool"] == {"month": "2026-04", "left": MIN_POOL_SHARE} for sid in paid)
    assert {j.queueing_lock for j in jobs} == {f"collect:2026.04.30.08:{sid}" for sid in by_source}
    assert {j.lock for j in jobs} == {None} and {j.queue for j in jobs} == {"collect"}


def test_serve_distributed_runs_until_sigterm(tmp_path: Path, pg_url: str, fixtures_dir: Path,
                                              feeds_server: LocalHTTPServer) -> None:
    """The long-running scheduler on the real clock: it hands out the current slot, sleeps, and stops on SIGTERM."""
    import signal
    import subprocess
    import sys

    urls = serve_feeds(feeds_server, fixtures_dir)
    config = write_config(tmp_path / "run", pg_url, rss_sources(urls))
    log = tmp_path / "scheduler.log"
    worker = Worker(config, "w1", concurrency=4).start()
    with log.open("w") as err:
        sched = subprocess.Popen([sys.executable, "-m", "newsdesk", "serve", "--distributed", "--config", str(config)],
                                 stdout=subprocess.DEVNULL, stderr=err, cwd=config.parent)
    try:
        # The slot is handed out and settles (the recorded posts are old: nothing to publish), then it sleeps.
        wait_for(lambda: "event=serve.sleeping" in log.read_text(), 120, "the scheduler to settle the slot")
        sched.send_signal(signal.SIGTERM)
        sched.wait(timeout=60)
    finally:
        if sched.poll() is None:
            sched.kill()
        worker.stop()
    text = log.read_text()
    assert sched.returncode == 0, text
    assert "event=serve.stopped distributed=True" in text
    assert requests_per_path(feeds_server, urls) == dict.fromkeys(urls, 1)
    rows = job_rows(pg_url, COLLECT)
    assert len(rows) == len(urls) and {r["status"] for r in rows} == {"succeeded"}
    assert [r["status"] for r in job_rows(pg_url, "newsdesk.build_edition")] == ["succeeded"]
    assert "event=serve.empty" in worker.output()
