"""Issue 12's fault matrix, input side: hostile but valid payloads, junk LLM answers, bad `--input` lines
and configuration mistakes, run from outside against the CLI (subprocesses) and loopback servers.

Each fault must cost only its own source, line or story: the good source beside it still makes the
edition, the bad one's error is named (collect table / `--json`, stderr, health), nothing prints a
traceback, and configuration mistakes exit 2 naming the file and the key.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk import untrusted
from newsdesk.model import Post
from newsdesk.store import open_store
from test_source_mastodon import ACCOUNT, ACCOUNT_ID

from fake_llm import FakeLLM, FakeReply, faithful, story_posts, text
from feedkit import GOOD_ITEMS, rss
from httpserver import Reply

SLOT = "2026.04.22.12"  #: Asia/Shanghai 08:00-12:00 = 2026-04-22 00:00-04:00 UTC


def deep(n: int = 100_000) -> bytes:
    return b"[" * n + b"]" * n


JSON = {"Content-Type": "application/json; charset=utf-8"}
FEED_JSON = {"Content-Type": "application/feed+json"}
XML = {"Content-Type": "application/rss+xml"}


def _json_feed(base: str, text: str) -> bytes:
    item = {"id": "sur-1", "url": f"{base}/posts/sur-1", "title": "Meta AI ships Llama 5 open weights",
            "content_text": text, "date_published": "2026-04-22T03:00:00Z"}
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Feed", "items": [item]}).encode()


#: source id -> (kind, what its error must say)
HOSTILE: dict[str, tuple[str, str]] = {
    "hn:deep": ("hn", "nested 100001 levels deep"),
    "hn:bigint": ("hn", "a number with 5000 digits"),
    "hn:nan": ("hn", "NaN is not a JSON number"),
    "bsky:deep": ("bluesky", "levels deep"),
    "rss:jsonfeed-deep": ("rss", "levels deep"),
    "mastodon:bigint": ("mastodon", "a number with 5000 digits"),
    "rss:cut": ("rss", "no entry could be read whole"),
}
#: valid-but-odd payloads that must simply work: lone surrogates are replaced, the post kept
SURVIVORS = ("rss:jsonfeed-surrogate", "mastodon:surrogate")


def serve_hostile(server: Any) -> dict[str, str]:
    """Routes for every hostile and surviving source on `server`; returns each one's [[sources]] table body."""
    base = server.base_url
    hits = '{"hits": [], "page": 0, "nbPages": %s, "nbHits": 0, "hitsPerPage": 100}'
    server.route("/hn-deep/api/v1/search_by_date", Reply(body=b'{"hits": ' + deep() + b"}", headers=JSON))
    server.route("/hn-bigint/api/v1/search_by_date", Reply(body=(hits % ("9" * 5000)).encode(), headers=JSON))
    server.route("/hn-nan/api/v1/search_by_date", Reply(body=(hits % "NaN").encode(), headers=JSON))
    server.route("/bsky-deep/xrpc/app.bsky.feed.getAuthorFeed",
                 Reply(body=b'{"feed": ' + deep() + b"}", headers=JSON))
    server.route("/jsonfeed-deep.json", Reply(body=b'{"version": "https://jsonfeed.org/version/1.1", "items": '
                                              + deep() + b"}", headers=FEED_JSON))
    server.route("/jsonfeed-surrogate.json", Reply(
        body=_json_feed(base, "Meta released Llama 5 open weights for AI developers \\ud800 today.").replace(
            b"\\\\ud800", b"\\ud800"), headers=FEED_JSON))
    whole = rss(GOOD_ITEMS, base).encode()
    server.route("/cut.xml", Reply(body=whole[: whole.index(b"<item>") + 40], headers=XML))
    for prefix in ("m-bigint", "m-surrogate"):
        server.route(f"/{prefix}/api/v1/accounts/lookup", Reply(body=json.dumps(ACCOUNT).encode(), headers=JSON))
    status = {"id": "1", "created_at": "2026-04-22T03:00:00.000Z", "url": f"{base}/@alice/1",
              "content": "<p>Google DeepMind released Gemini 3 AI model XX</p>", "account": ACCOUNT,
              "favourites_count": 5, "reblogs_count": 1, "replies_count": 0, "language": "en"}
    statuses = f"/api/v1/accounts/{ACCOUNT_ID}/statuses"
    server.route(f"/m-bigint{statuses}", Reply(
        body=json.dumps([status]).replace('"favourites_count": 5', '"favourites_count": ' + "9" * 5000).encode(),
        headers=JSON))
    server.route(f"/m-surrogate{statuses}", Reply(body=json.dumps([status]).replace("XX", "\\ud800").encode(),
                                                  headers=JSON))
    tables = {
        "hn:deep": f'kind = "hn"\nlocator = ""\nbase_url = "{base}/hn-deep"\nmax_pages = 1',
        "hn:bigint": f'kind = "hn"\nlocator = ""\nbase_url = "{base}/hn-bigint"\nmax_pages = 1',
        "hn:nan": f'kind = "hn"\nlocator = ""\nbase_url = "{base}/hn-nan"\nmax_pages = 1',
        "bsky:deep": f'kind = "bluesky"\nlocator = "alice.bsky.social"\nbase_url = "{base}/bsky-deep"',
        "rss:jsonfeed-deep": f'kind = "rss"\nlocator = "{base}/jsonfeed-deep.json"',
        "rss:jsonfeed-surrogate": f'kind = "rss"\nlocator = "{base}/jsonfeed-surrogate.json"',
        "mastodon:bigint": f'kind = "mastodon"\nlocator = "@alice@localhost"\nbase_url = "{base}/m-bigint"',
        "mastodon:surrogate": f'kind = "mastodon"\nlocator = "@alice@localhost"\nbase_url = "{base}/m-surrogate"\n'
                              "lookback_hours = 1000000",
        "rss:cut": f'kind = "rss"\nlocator = "{base}/cut.xml"',
    }
    return tables


def sources_toml(tables: dict[str, str]) -> str:
    return "\n".join(f'[[sources]]\nid = "{sid}"\n{body}\n' for sid, body in tables.items())


def write_config(tmp_path: Path, sources: str) -> Path:
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"[fetch]\ntimeout_s = 5\nretries = 0\n\n[collect]\nuse_default_sources = false\n\n{sources}",
                      encoding="utf-8")
    return config


def newsdesk(*args: str, tmp_path: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "NEWSDESK_HOME": str(tmp_path / "home"), **(env or {})}
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True,
                          env=environ, timeout=180, cwd=tmp_path)


def health(tmp_path: Path) -> dict[str, dict[str, Any]]:
    with open_store(tmp_path / "home" / "newsdesk.db") as store:
        return store.all_health()


def test_hostile_payloads_cost_only_their_own_source(tmp_path: Path, http_server: Any) -> None:
    base = http_server.base_url
    http_server.route("/good.xml", Reply(body=rss(GOOD_ITEMS, base).encode(), headers=XML))
    config = write_config(tmp_path, f'[[sources]]\nid = "rss:good"\nkind = "rss"\nlocator = "{base}/good.xml"\n'
                                    + sources_toml(serve_hostile(http_server)))
    proc = newsdesk("edition", "--config", str(config), "--at", SLOT, "--out", str(tmp_path / "out"), "--json",
                    "--no-publish", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    summary = json.loads(proc.stdout)
    # the good source's posts make the edition
    db = sqlite3.connect(tmp_path / "home" / "newsdesk.db")
    good = {i for (i,) in db.execute("SELECT id FROM posts WHERE source_id = 'rss:good'")}
    texts = dict(db.execute("SELECT source_id, text FROM posts WHERE source_id IN (?, ?)", SURVIVORS).fetchall())
    db.close()
    assert len(good) == 2 and good <= {p for item in summary["items"] for p in item["story_posts"]}, summary
    reports = {r["id"]: r for r in summary["sources"]}
    assert reports["rss:good"]["status"] == "ok" and reports["rss:good"]["fetched"] == 2
    failures = health(tmp_path)
    for sid, (_, expected) in HOSTILE.items():
        report = reports[sid]
        assert report["status"] == "error" and expected in (report["error"] or ""), (sid, report)
        assert f"newsdesk: warning: source {sid}: " in proc.stderr, (sid, proc.stderr)
        assert failures[sid]["consecutive_failures"] == 1 and failures[sid]["last_error"], (sid, failures[sid])
    for sid in SURVIVORS:
        assert reports[sid]["status"] == "ok" and reports[sid]["fetched"] == 1, reports[sid]
        assert failures[sid]["consecutive_failures"] == 0
    # a lone surrogate reached the store as U+FFFD, the rest of the text intact
    assert "developers \ufffd today" in texts["rss:jsonfeed-surrogate"]
    assert "Gemini 3 AI model \ufffd" in texts["mastodon:surrogate"]


def test_when_every_source_fails_stderr_says_so_per_source(tmp_path: Path, http_server: Any) -> None:
    tables = serve_hostile(http_server)
    config = write_config(tmp_path, sources_toml({sid: t for sid, t in tables.items() if sid in HOSTILE}))
    proc = newsdesk("edition", "--config", str(config), "--at", SLOT, "--out", str(tmp_path / "out"),
                    "--no-publish", tmp_path=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"every source fetched failed ({len(HOSTILE)})" in proc.stderr, proc.stderr
    for sid, (_, expected) in HOSTILE.items():
        line = next((x for x in proc.stderr.splitlines() if x.startswith(f"newsdesk: warning: source {sid}: ")), "")
        assert expected in line, (sid, proc.stderr)

    collected = newsdesk("collect", "--config", str(config), tmp_path=tmp_path)
    assert collected.returncode == 1 and "Traceback" not in collected.stderr
    assert f"newsdesk: error: every source failed ({len(HOSTILE)})" in collected.stderr, collected.stderr
    for sid in HOSTILE:
        assert f"newsdesk: warning: source {sid}: " in collected.stderr, (sid, collected.stderr)
        assert sid in collected.stdout  # the table too
    assert all(health(tmp_path)[sid]["consecutive_failures"] == 2 for sid in HOSTILE)


# -- bad --input lines ------------------------------------------------------------------------------

GOOD_LINE = {"id": "x:100", "platform": "x", "author_handle": "sama", "author_name": "Sam Altman",
             "url": "https://x.com/sama/status/100", "created_at": "2026-04-22T01:00:00Z",
             "text": "We are releasing GPT-5.5 today, our best AI model for coding and reasoning.",
             "metrics": {"likes": 5000, "reposts": 800}}
BAD_LINES: list[tuple[str, str]] = [  # (the line, what its warning must say)
    (json.dumps({**GOOD_LINE, "id": "x:101", "metrics": [1, 2]}), "metrics is not an object"),
    (json.dumps({**GOOD_LINE, "id": "x:102"}).replace('"likes": 5000', '"likes": ' + "9" * 400),
     "a number with 400 digits"),
    (json.dumps({**GOOD_LINE, "id": "x:103", "metrics": {"likes": 1e300}}), "metrics.likes"),
    (json.dumps({**GOOD_LINE, "id": "x:104", "created_at": 1e20}), "out of range"),
    ('{"id": "x:105", "text": ' + "[" * 100_000 + "]" * 100_000 + "}", "levels deep"),
    (json.dumps({**GOOD_LINE, "id": "x:106", "lang": ["en"], "created_at": "yesterday"}),
     "Invalid isoformat string"),
    ('{"id": "x:107", "text": NaN, "created_at": "2026-04-22T01:00:00Z"}', "NaN is not a JSON number"),
]


def test_bad_input_lines_are_skipped_with_file_line_warnings(tmp_path: Path) -> None:
    surrogate = json.dumps({**GOOD_LINE, "id": "x:200", "author_handle": "OpenAI", "author_name": "OpenAI",
                            "url": "https://x.com/OpenAI/status/200",
                            "text": "Anthropic launches Claude 5, a new AI model with agent skills XX today."}).replace(
        "XX", "\\ud800")
    lines = [json.dumps(GOOD_LINE), *(line for line, _ in BAD_LINES), surrogate]
    path = tmp_path / "posts.jsonl"
    path.write_bytes("\n".join(lines).encode() + b"\n\xff\xfe not utf-8\n")
    proc = newsdesk("edition", "--input", str(path), "--out", str(tmp_path / "out"), "--json", "--no-publish",
                    tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    for number, (_, expected) in enumerate(BAD_LINES, 2):
        line = next((x for x in proc.stderr.splitlines() if f"{path}:{number}: skipped malformed line" in x), "")
        assert expected in line, (number, expected, proc.stderr)
    n = len(lines)
    assert f"{path}:{n}: 1 lone surrogate escape(s) replaced with U+FFFD" in proc.stderr
    assert f"{path}:{n + 1}: skipped malformed line: not UTF-8" in proc.stderr
    summary = json.loads(proc.stdout)
    urls = {item["url"] for item in summary["items"]}
    assert {"https://x.com/sama/status/100", "https://x.com/OpenAI/status/200"} <= urls, summary["items"]
    markdown = Path(summary["path"]).read_text(encoding="utf-8")
    assert "\ud800" not in markdown


# -- junk from the LLM ------------------------------------------------------------------------------

JUNK: dict[str, tuple[FakeReply, str]] = {
    "not json": (FakeReply(raw_body=b"<html>502 Bad Gateway</html>"), "unusable response: the body is not JSON"),
    "text/plain": (FakeReply(raw_body=b"Sure! Here is your summary.", headers={"Content-Type": "text/plain"}),
                   "unusable response: not a chat completion"),
    "odd shape": (FakeReply(raw_body=b'{"choices": "x", "usage": {"prompt_tokens": "many"}}'),
                  "unusable response: choices is not a list"),
    "deep": (text("[" * 100_000 + "]" * 100_000), "refused JSON (nested 100000 levels deep"),
    "big number": (text('{"headline": "x", "summary": "y", "category": "AI快讯", "citations": [' + "9" * 5000
                        + "]}"), "refused JSON (a number with 5000 digits"),
    "NaN": (text('{"headline": NaN}'), "refused JSON (NaN is not a JSON number)"),
}


def test_llm_junk_falls_back_per_story(fake_llm: FakeLLM, tmp_path: Path) -> None:
    """One story a request; each story meets one kind of junk (or a good answer) and is written anyway."""
    modes = ["good", *JUNK]
    by_lead: dict[str, str] = {}
    lock = threading.Lock()

    def respond(body: dict[str, Any]) -> FakeReply:
        lead = story_posts(body)[0]["line"]
        with lock:
            mode = by_lead.setdefault(lead, modes[len(by_lead) % len(modes)])
        return faithful(body) if mode == "good" else JUNK[mode][0]

    fake_llm.respond_with(respond)
    proc = newsdesk("edition", "--sample", "--out", str(tmp_path / "out"), "--json", "--no-publish",
                    tmp_path=tmp_path, env={
                        "NEWSDESK_LLM_BASE_URL": fake_llm.base_url, "NEWSDESK_LLM_MODEL": "fake-model",
                        "NEWSDESK_LLM_API_KEY": "sk-fake", "NEWSDESK_LLM_MAX_RETRIES": "0",
                        "NEWSDESK_LLM_BATCH_SIZE": "1", "NEWSDESK_EDITION_ITEMS": "12"})
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["failed_stories"] == [] and len(summary["items"]) >= len(modes), summary["items"]
    seen = set()
    for item in summary["items"]:
        reason = item["fallback_reason"] or ""
        mode = next((m for m, (_, why) in JUNK.items() if why in reason), "good")
        seen.add(mode)
        if mode == "good":
            assert item["writer"] == "llm:fake-model" and not reason, item
        else:
            assert item["writer"] == "extractive", item
        assert item["checks_ok"], item
    assert seen == set(modes), (seen, [i["fallback_reason"] for i in summary["items"]])
    assert "sk-fake" not in proc.stderr + proc.stdout


# -- configuration found wrong at load time ---------------------------------------------------------

CONFIG_CASES = [  # (toml, command, what stderr must name)
    ("[edition]\nperiod_hours = 5\n", ["config", "show"], "newsdesk.toml: edition.period_hours: must be a whole "
                                                          "number of hours that divides 24"),
    ("[edition]\nperiod_hours = 5\n", ["edition", "--sample"], "newsdesk.toml: edition.period_hours"),
    ("[edition]\nperiod_hours = 0.5\n", ["collect"], "newsdesk.toml: edition.period_hours"),
    ('[edition]\ntitle_template = "{key} {nope}"\n', ["edition", "--sample"],
     "newsdesk.toml: edition.title_template: '{key} {nope}' cannot be filled"),
    ('[[sources]]\nid = "a"\nkind = "nope"\nlocator = "x"\n', ["collect"],
     "newsdesk.toml: sources.0.kind (id 'a'): unknown source kind 'nope'"),
    ('[[sources]]\nid = "ok"\nkind = "hn"\nlocator = ""\n[[sources]]\nid = "b"\nkind = "rss"\nlocator = "not a url"\n',
     ["collect"], "newsdesk.toml: sources.1.locator (id 'b'): not an http(s) URL: 'not a url'"),
    ('[[sources]]\nid = "c"\nkind = "github"\nlocator = "just-a-name"\n', ["sources", "list"],
     "newsdesk.toml: sources.0.locator (id 'c'): github locator 'just-a-name' is not owner/repo"),
    ('[[sources]]\nid = "d"\nkind = "hn"\nlocator = ""\nbase_url = "ftp://mirror"\n', ["edition"],
     "newsdesk.toml: sources.0.base_url (id 'd'): not an http(s) URL"),
]


@pytest.mark.parametrize(("toml", "command", "expected"), CONFIG_CASES,
                         ids=[f"{c[1][0]}-{i}" for i, c in enumerate(CONFIG_CASES)])
def test_configuration_errors_exit_2_naming_file_and_key(tmp_path: Path, toml: str, command: list[str],
                                                         expected: str) -> None:
    config = tmp_path / "newsdesk.toml"
    config.write_text("[collect]\nuse_default_sources = false\n" + toml, encoding="utf-8")
    proc = newsdesk(*command, "--config", str(config), tmp_path=tmp_path)
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert expected in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "content").exists()  # nothing built


# -- the loader and the store, directly -------------------------------------------------------------


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


_SCALARS = st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.text(alphabet='ab[]{}"\\ \u4e2d', max_size=8)
_JSON: st.SearchStrategy[Any] = st.deferred(
    lambda: _SCALARS | st.lists(_JSON, max_size=4) | st.dictionaries(st.text(alphabet='k[{"\\', max_size=4), _JSON,
                                                                     max_size=4)
)


@settings(deadline=None)  # about correctness: on a loaded machine one example took 400 ms and failed the run
@given(_JSON)
def test_the_bracket_scan_measures_nesting_exactly(value: Any) -> None:
    """Brackets, quotes and backslashes inside strings never count (limit 0 forces the exact scan)."""
    text = json.dumps(value, ensure_ascii=False)
    assert untrusted.nesting_depth(text, limit=0) == _depth(value)
    assert untrusted.loads(text) == value


def test_the_loader_refuses_what_would_hurt_and_repairs_surrogates() -> None:
    assert untrusted.loads("[" * 64 + "]" * 64) is not None
    for bad, why in [("[" * 65 + "]" * 65, "nested 65 levels deep"), ('{"a": 1e400}', "too large for a double"),
                     ('[-Infinity]', "-Infinity is not a JSON number"), ("[" + "1" * 41 + "]", "41 digits")]:
        with pytest.raises(untrusted.JSONLimitError, match=why):
            untrusted.loads(bad)
    value, replaced = untrusted.loads_counted('{"k\\udc00": ["a\\ud800b", "\\ud83d\\ude00", "\\\\ud800"]}')
    assert value == {"k\ufffd": ["a\ufffdb", "\U0001f600", "\\ud800"]} and replaced == 2


def test_the_store_keeps_a_post_whose_text_is_not_utf8(tmp_path: Path) -> None:
    """A parser that lets a lone surrogate through costs a character, not the post or the run."""
    from datetime import UTC, datetime

    post = Post(id="rss:1", source_id="rss:x", platform="rss", author_handle="a\ud800", author_name="A",
                url="https://e.com/1", text="AI \udfff model", created_at=datetime(2026, 4, 22, 1, tzinfo=UTC),
                raw={"t": "\ud800"})
    with open_store(tmp_path / "s.db") as store:
        assert store.upsert_posts([post]) == (1, 0)
        [stored] = store.get_posts(["rss:1"]).values()
    assert stored.text == "AI \ufffd model" and stored.author_handle == "a\ufffd"


# -- the isolation boundaries themselves, through the public extension point --------------------------


class _Crashes:
    """A source kind whose parser has a bug (registered like any plug-in kind)."""

    kind = "test-crashes"

    def fetch(self, source: Any, state: Any, client: Any) -> Any:
        return {}["no such key"]


class _Interrupted:
    kind = "test-interrupted"

    def fetch(self, source: Any, state: Any, client: Any) -> Any:
        raise KeyboardInterrupt


class _Unstorable:
    """Returns a post SQLite cannot hold (a list where text belongs)."""

    kind = "test-unstorable"

    def fetch(self, source: Any, state: Any, client: Any) -> Any:
        from datetime import UTC, datetime

        from newsdesk.sources.base import FetchOutcome

        post = Post(id="t:1", source_id=source.id, platform="t", author_handle="a", author_name="A",
                    url="https://e.com/1", text="AI", created_at=datetime(2026, 4, 22, tzinfo=UTC),
                    lang=["en"])  # type: ignore[arg-type]
        return FetchOutcome(source.id, posts=(post,))


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_any_exception_in_a_source_is_that_sources_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from newsdesk.collect import collect_sources
    from newsdesk.model import Source
    from newsdesk.sources.base import REGISTRY, _load_builtin

    _load_builtin()
    for cls in (_Crashes, _Interrupted, _Unstorable):
        monkeypatch.setitem(REGISTRY, cls.kind, cls)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD_LINE) + "\n", encoding="utf-8")
    sources = [Source("file:good", "file", str(good)), Source("t:crash", "test-crashes", "x"),
               Source("t:unstorable", "test-unstorable", "x")]
    now = datetime(2026, 4, 22, 4, tzinfo=UTC)
    logged = _Records()
    logging.getLogger("newsdesk.fetch").addHandler(logged)
    with open_store(tmp_path / "s.db") as store:
        try:
            reports = {r.source_id: r for r in collect_sources(sources, store, client=None, now=now)}
        finally:
            logging.getLogger("newsdesk.fetch").removeHandler(logged)
        assert reports["file:good"].status == "ok" and reports["file:good"].inserted == 1
        crash = reports["t:crash"]
        assert crash.status == "error" and "unexpected KeyError reading the source" in (crash.error or "")
        unstorable = reports["t:unstorable"]
        assert unstorable.status == "error" and "could not be stored" in (unstorable.error or "")
        assert store.count_posts() == 1  # the unstorable source's transaction rolled back, the good one kept
        assert {s: h["consecutive_failures"] for s, h in store.all_health().items()} == {
            "file:good": 0, "t:crash": 1, "t:unstorable": 1}
        assert any("source.crashed" in r.getMessage() and r.exc_info for r in logged.records)  # the traceback
        # an operator's Ctrl-C is not a source's failure: it stops the run
        with pytest.raises(KeyboardInterrupt):
            collect_sources([Source("t:int", "test-interrupted", "x")], store, client=None, now=now)
