"""Faults on the output side (issue 12), each class run for real: fake channels on loopback, real files,
real SQLite stores, the CLI in subprocesses.

- delivery: a channel that takes the message and answers late, or answers 5xx after taking it, gets it once
  (at most once) unless `resend_unknown` (at least once); every attempt carries the same delivery id;
- hostile text: HTML, `javascript:`/`vbscript:`/`data:` links, Hugo shortcodes, C0 controls and bidi
  overrides from posts never reach the Markdown raw;
- order of effects: an edition whose Markdown could not be written is finished by the next run;
- the demo: `--sample`/`--input` touch neither the real store nor any channel unless `--publish`.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.config import Settings, load_settings
from newsdesk.model import Item
from newsdesk.publish import pending_channels, publish_edition
from newsdesk.render.hugo import render_hugo
from newsdesk.sample import SAMPLE_PATH, SAMPLE_SLOT_KEY
from newsdesk.store import Store, open_store

from hugo_shape import parse_edition
from pushkit import PushServer, SMTPServer, make_edition

NOW = datetime(2025, 7, 21, 20, 1, tzinfo=UTC)
KEY = "2025.07.22.04"


@pytest.fixture
def hooks() -> Iterator[PushServer]:
    server = PushServer()
    yield server
    server.close()


def cli(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`newsdesk ARGS` in a fresh process, as a user or cron runs it."""
    full = {k: v for k, v in os.environ.items() if k != "NEWSDESK_HOME"}
    full.update({"NEWSDESK_HOME": str(home), **(env or {})})
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True, env=full,
                          timeout=240)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "db" / "newsdesk.db") as s:
        yield s


def push_settings(tmp_path: Path, channels: str, env: dict[str, str], *, publish: str = "",
                  retries: int = 2) -> Settings:
    path = tmp_path / "newsdesk.toml"
    path.write_text(f'[publish]\nsite_url = "https://news.example"\nretries = {retries}\nretry_backoff_s = 0\n'
                    f"timeout_s = 0.4\n{publish}\n{channels}", encoding="utf-8")
    return load_settings(path, environ=env)


WEBHOOK = '[[publish.channels]]\nname = "hook"\nkind = "webhook"\nurl_env = "HOOK"\n'


def run_twice(settings: Settings, store: Store) -> list[str]:
    """Two runs as `serve` makes them: the second only for channels still pending."""
    first = publish_edition(settings, store, make_edition(2), NOW, sleep=lambda s: None)
    statuses = [r.status for r in first]
    pending = pending_channels(settings, store, KEY)
    if pending:
        statuses += [r.status for r in publish_edition(settings, store, make_edition(2), NOW, only=pending,
                                                       sleep=lambda s: None)]
    return statuses


# -- delivery semantics --------------------------------------------------------------------------

def test_a_channel_answering_after_the_timeout_gets_one_delivery_across_two_runs(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.slow("/hook", 1.5)  # takes the message, answers after the 0.4 s timeout
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")})
    assert run_twice(settings, store) == ["unknown"]  # not pending after run 1: at most once
    assert len(hooks.to("/hook")) == 1
    row = store.publication(KEY, "hook")
    assert row is not None and row["status"] == "unknown" and "ReadTimeout" in row["last_error"]
    # Asked again by hand (`newsdesk publish` without --force), it is reported, not sent.
    [again] = publish_edition(settings, store, make_edition(2), NOW)
    assert again.status == "unknown" and "--force" in (again.error or "") and len(hooks.to("/hook")) == 1


def test_with_resend_unknown_a_late_answer_is_sent_again_with_the_same_delivery_id(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.slow("/hook", 1.5)
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")},
                             publish="resend_unknown = true", retries=0)
    first = publish_edition(settings, store, make_edition(2), NOW)
    assert [r.status for r in first] == ["unknown"]
    assert pending_channels(settings, store, KEY) == ["hook"]  # at least once: the next run resends
    hooks.slow("/hook", 0)
    second = publish_edition(settings, store, make_edition(2), NOW, only=["hook"])
    assert [r.status for r in second] == ["sent"]
    ids = [r.headers["x-newsdesk-delivery"] for r in hooks.to("/hook")]
    assert ids == [f"{KEY}/hook", f"{KEY}/hook"]  # the receiver can drop the repeat


@pytest.mark.parametrize("status", [502, 504])
def test_a_5xx_after_delivery_is_not_resent_by_default(
        tmp_path: Path, hooks: PushServer, store: Store, status: int) -> None:
    hooks.script("/hook", (status, "gateway timeout"), (200, "ok"))
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")})  # retries = 2
    assert run_twice(settings, store) == ["unknown"]
    assert len(hooks.to("/hook")) == 1  # neither retried in the run nor by the next one


def test_a_5xx_after_delivery_is_resent_with_resend_unknown(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.script("/hook", (502, "bad gateway"), (200, "ok"))
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")}, publish="resend_unknown = true")
    assert run_twice(settings, store) == ["sent"]  # retried within the run
    assert [r.headers["x-newsdesk-delivery"] for r in hooks.to("/hook")] == [f"{KEY}/hook"] * 2


def test_resend_unknown_on_one_channel_overrides_publish(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    channels = WEBHOOK + ('[[publish.channels]]\nname = "eager"\nkind = "webhook"\nurl_env = "EAGER"\n'
                          "resend_unknown = true\n")
    hooks.script("/hook", (503, "busy"), (200, "ok"))
    hooks.script("/eager", (503, "busy"), (200, "ok"))
    settings = push_settings(tmp_path, channels, {"HOOK": hooks.url("/hook"), "EAGER": hooks.url("/eager")},
                             retries=0)
    reports = {r.channel: r.status for r in publish_edition(settings, store, make_edition(1), NOW)}
    assert reports == {"hook": "unknown", "eager": "unknown"}
    assert pending_channels(settings, store, KEY) == ["eager"]


def test_refused_and_4xx_are_failed_and_retried_by_the_next_run(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    channels = WEBHOOK + '[[publish.channels]]\nname = "dead"\nkind = "webhook"\nurl_env = "DEAD"\n'
    hooks.script("/hook", (403, "forbidden"), (200, "ok"))
    settings = push_settings(tmp_path, channels, {"HOOK": hooks.url("/hook"), "DEAD": dead})
    first = {r.channel: r.status for r in publish_edition(settings, store, make_edition(1), NOW,
                                                            sleep=lambda s: None)}
    assert first == {"hook": "failed", "dead": "failed"}
    assert pending_channels(settings, store, KEY) == ["hook", "dead"]
    second = {r.channel: r.status for r in publish_edition(settings, store, make_edition(1), NOW,
                                                             only=["hook"])}
    assert second == {"hook": "sent"} and len(hooks.to("/hook")) == 2


def test_force_resends_an_unknown_delivery(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.script("/hook", (500, "oops"), (200, "ok"))
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")})
    assert [r.status for r in publish_edition(settings, store, make_edition(1), NOW)] == ["unknown"]
    assert [r.status for r in publish_edition(settings, store, make_edition(1), NOW, force=True)] == ["sent"]
    assert len(hooks.to("/hook")) == 2


def test_every_http_push_carries_an_ascii_delivery_id_per_message(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    channels = '[[publish.channels]]\nname = "团队 wecom"\nkind = "wecom"\nurl_env = "W"\nmax_messages = 5\n'
    settings = push_settings(tmp_path, channels, {"W": hooks.url("/w")})
    [report] = publish_edition(settings, store, make_edition(6, summary="很长的摘要，" * 150), NOW)
    assert report.status == "sent" and report.messages >= 3
    ids = [r.headers["x-newsdesk-delivery"] for r in hooks.to("/w")]
    base = f"{KEY}/%E5%9B%A2%E9%98%9F%20wecom"
    assert ids == [base] + [f"{base}/{n}" for n in range(2, report.messages + 1)]


def email_settings(tmp_path: Path, port: int, *, publish: str = "") -> Settings:
    channels = ('[[publish.channels]]\nname = "mail"\nkind = "email"\nsmtp_host = "127.0.0.1"\n'
                f'smtp_port = {port}\nsecurity = "none"\nsender = "AI 简报 <news@example.org>"\n'
                'recipients = ["team@example.org"]\n')
    return push_settings(tmp_path, channels, {}, publish=publish)


def test_smtp_dropping_after_data_is_unknown_and_not_resent(tmp_path: Path, store: Store) -> None:
    smtp = SMTPServer(drop_after_data=True)
    try:
        settings = email_settings(tmp_path, smtp.port)
        assert run_twice(settings, store) == ["unknown"]
        assert len(smtp.messages) == 1  # it did arrive: resending would mail the team twice
        message = email.message_from_bytes(smtp.messages[0][2], policy=email.policy.default)
        assert message["Message-ID"] == f"<newsdesk.{KEY}.mail@example.org>"
    finally:
        smtp.close()


def test_smtp_refusing_the_recipient_is_failed_and_retried(tmp_path: Path, store: Store) -> None:
    smtp = SMTPServer(refuse=("team@example.org",))
    try:
        settings = email_settings(tmp_path, smtp.port)
        [report] = publish_edition(settings, store, make_edition(1), NOW)
        assert report.status == "failed" and "SMTPRecipientsRefused" in (report.error or "")
        assert pending_channels(settings, store, KEY) == ["mail"] and smtp.messages == []
    finally:
        smtp.close()


# -- hostile text in the Markdown ----------------------------------------------------------------

HOSTILE_AUTHORS = ['<b onmouseover="alert(1)">Mallory</b>', "Eve {{< youtube id=\"x\" >}}",
                   "Trudy {{% param \"secret\" %}}", "Bob\x07\x1b[31m\u202eevil\u2066", "Ann &lt;script&gt;"]
HOSTILE_URLS = ["javascript:alert(document.cookie)", "vbscript:msgbox(1)", "data:text/html,<script>x</script>",
                " JaVaScRiPt:alert(1)", "java\tscript:alert(1)"]
HOSTILE_TEXT = ' <img src=x onerror=alert(1)> {{< ref "x" >}} {{%/* c */%}} [click](javascript:alert(2)) \x00\u202e'


#: A Markdown inline link: `](` not escaped, then the destination.
LINK = re.compile(r"(?<!\\)\]\(([^)\s]*)\)")


def assert_inert(text: str) -> None:
    """Nothing hostile reaches the Markdown raw: no tag, shortcode, non-http(s) link, control or bidi override."""
    assert not re.search(r"<[A-Za-z!/?]", text), "an HTML tag"
    assert "{{<" not in text and "{{%" not in text, "a Hugo shortcode"
    links = LINK.findall(text)
    assert links and all(d.startswith(("https://", "http://")) for d in links), links
    assert not [c for c in text if ord(c) < 32 and c != "\n"], "a control character"
    assert not set(text) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), "a bidi override"


def test_hostile_item_fields_never_reach_the_markdown_raw() -> None:
    base = make_edition(1)
    items = tuple(Item(story_id=f"s{n}", headline=f"模型发布{HOSTILE_TEXT}", attribution=author, url=url,
                       summary=f"团队发布了**新模型**。{HOSTILE_TEXT}", category="AI快讯", writer="extractive")
                  for n, (author, url) in enumerate(zip(HOSTILE_AUTHORS, HOSTILE_URLS, strict=True)))
    page = "https://news.example/editions/2025.07.22.04/"
    text = render_hugo(dataclasses.replace(base, items=items), base.slot.end.tzinfo, page_url=page)  # type: ignore[arg-type]
    assert_inert(text)
    _, parsed = parse_edition(text)  # the seed's shape holds
    assert [p.url for p in parsed] == [page] * len(items)  # no unsafe link: the edition's page
    assert parsed[0].link_text.startswith("模型发布 &lt;img src=x onerror=alert(1)> &#123;{&lt; ref")
    assert "-&lt;b onmouseover=\"alert(1)\">Mallory&lt;/b>" in parsed[0].link_text
    assert parsed[3].link_text.endswith("-Bob\\[31mevil")
    assert parsed[4].link_text.endswith("-Ann &amp;lt;script&amp;gt;")  # shown as typed, not decoded
    assert parsed[0].summary.startswith("团队发布了**新模型**。 &lt;img")  # bold kept
    assert "\\[click\\](javascript:alert(2))" in text  # a link in the text stays text


def hostile_posts(path: Path) -> Path:
    """The sample posts with hostile author names, links and text, as a JSONL post file could carry them."""
    out = []
    for n, line in enumerate(SAMPLE_PATH.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        record = json.loads(line)
        record["author_name"] = HOSTILE_AUTHORS[n % len(HOSTILE_AUTHORS)]
        record["url"] = HOSTILE_URLS[n % len(HOSTILE_URLS)] + f"#{n}"
        record["text"] = record["text"] + HOSTILE_TEXT
        out.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_hostile_posts_through_the_cli_give_inert_markdown_site_and_feeds(tmp_path: Path) -> None:
    posts = hostile_posts(tmp_path / "hostile.jsonl")
    site = tmp_path / "site"
    res = cli("edition", "--input", str(posts), "--at", SAMPLE_SLOT_KEY, "--out", str(tmp_path / "out"),
              "--site", str(site), home=tmp_path / "home")
    assert res.returncode == 0, res.stderr
    text = (tmp_path / "out" / f"{SAMPLE_SLOT_KEY}.md").read_text(encoding="utf-8")
    assert_inert(text)
    _, items = parse_edition(text)
    assert items and all(i.url.startswith("http://127.0.0.1:8080/editions/") or i.url.startswith("https://")
                         for i in items)
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    html = [(site / "feed.json", entry["content_html"]) for entry in feed["items"]]  # content_text is plain text
    html += [(page, page.read_text(encoding="utf-8")) for page in [
        site / "index.html", site / "feed.xml", site / "editions" / SAMPLE_SLOT_KEY / "index.html"]]
    for page, body in html:
        assert not re.search(r"href=(\"|&quot;|')\s*(javascript|vbscript|data):", body, re.I), page
        assert "<b onmouseover" not in body and "<img" not in body and "\u202e" not in body, page


# -- order of effects: files before "published" --------------------------------------------------

def serve_config(tmp_path: Path, *, store: Path) -> Path:
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"""
[store]
path = "{store}"

[collect]
use_default_sources = false

[[sources]]
id = "file:sample"
kind = "file"
locator = "{SAMPLE_PATH}"

[publish]
site_url = "https://news.example"
retries = 0
retry_backoff_s = 0

[[publish.channels]]
name = "hook"
kind = "webhook"
url_env = "TEST_HOOK_URL"
""", encoding="utf-8")
    return config


def test_an_edition_whose_markdown_write_failed_is_finished_by_the_next_run(
        tmp_path: Path, hooks: PushServer) -> None:
    db = tmp_path / "db" / "newsdesk.db"
    config = serve_config(tmp_path, store=db)
    blocker = tmp_path / "site-root"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    out = blocker / "content"
    env = {"TEST_HOOK_URL": hooks.url("/hook")}
    args = ("serve", "--config", str(config), "--once", "--at", "2026-04-22T12:05+08:00", "--out", str(out),
            "--json")

    first = cli(*args, home=tmp_path / "home", env=env)
    assert first.returncode == 1, first.stderr
    error = json.loads(first.stdout)["errors"][SAMPLE_SLOT_KEY]
    assert str(out) in error and "next `newsdesk serve` tick" in error
    assert hooks.received == []  # nothing pushed for an edition that is not on disk
    with open_store(db) as store:
        assert store.files_pending() == [SAMPLE_SLOT_KEY]

    blocker.unlink()  # the folder can be made again
    second = cli(*args, home=tmp_path / "home", env=env)
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert report["built"] == [] and report["finished"] == [SAMPLE_SLOT_KEY]
    assert [p["status"] for p in report["published"][SAMPLE_SLOT_KEY]] == ["sent"]
    text = (out / f"{SAMPLE_SLOT_KEY}.md").read_text(encoding="utf-8")
    meta, items = parse_edition(text)
    assert len(items) >= 3 and str(meta["date"]).startswith("2026-04-22 12:05")
    with open_store(db) as store:
        assert store.files_pending() == []
        record = store.edition_record(SAMPLE_SLOT_KEY)
    assert record is not None and record["files"] == "written"

    third = cli(*args, home=tmp_path / "home", env=env)
    assert third.returncode == 0 and json.loads(third.stdout)["finished"] == []
    assert len(hooks.to("/hook")) == 1


def test_a_recent_edition_whose_markdown_vanished_is_rewritten_identically(tmp_path: Path, hooks: PushServer) -> None:
    config = serve_config(tmp_path, store=tmp_path / "db" / "newsdesk.db")
    out = tmp_path / "content"
    env = {"TEST_HOOK_URL": hooks.url("/hook")}
    args = ("serve", "--config", str(config), "--once", "--at", "2026-04-22T12:05+08:00", "--out", str(out),
            "--json")
    assert cli(*args, home=tmp_path / "home", env=env).returncode == 0
    md = out / f"{SAMPLE_SLOT_KEY}.md"
    built = md.read_bytes()
    md.unlink()
    again = cli(*args, home=tmp_path / "home", env=env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["finished"] == [SAMPLE_SLOT_KEY]
    assert md.read_bytes() == built  # rendered from the store: the file the build wrote
    assert len(hooks.to("/hook")) == 1


# -- the demo stays a demo -----------------------------------------------------------------------

@pytest.mark.parametrize("source", ["--sample", "--input"])
def test_a_trial_edition_pushes_nothing_and_leaves_the_real_store_untouched(
        tmp_path: Path, hooks: PushServer, source: str) -> None:
    db = tmp_path / "db" / "newsdesk.db"
    config = serve_config(tmp_path, store=db)
    with open_store(db) as store:
        store.save_edition(make_edition(1))  # a real store with a real edition in it
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in db.parent.iterdir() if p.is_file()}
    env = {"TEST_HOOK_URL": hooks.url("/hook")}
    given = ["--sample"] if source == "--sample" else ["--input", str(SAMPLE_PATH)]
    out = tmp_path / "out"
    res = cli("edition", "--config", str(config), *given, "--out", str(out), "--json", home=tmp_path / "home",
              env=env)
    assert res.returncode == 0, res.stderr
    assert "scratch store" in res.stderr and (out / f"{SAMPLE_SLOT_KEY}.md").is_file()
    summary = json.loads(res.stdout)
    assert "publish" not in summary and set(summary["outputs"]) == {"hugo"}
    assert hooks.received == []
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in db.parent.iterdir() if p.is_file()}
    assert after == before
    assert not (tmp_path / "public").exists()  # the conftest's publish.site_dir: no demo in the site or feeds

    # --publish makes it real: the configured store, the site and the channel.
    res = cli("edition", "--config", str(config), *given, "--publish", "--out", str(out), home=tmp_path / "home",
              env=env)
    assert res.returncode == 0, res.stderr
    assert len(hooks.to("/hook")) == 1 and (tmp_path / "public" / "index.html").is_file()
    with open_store(db) as store:
        assert SAMPLE_SLOT_KEY in store.edition_keys()


def test_publish_without_sample_or_input_is_a_usage_error(tmp_path: Path) -> None:
    res = cli("edition", "--publish", home=tmp_path / "home")
    assert res.returncode == 2 and "--publish goes with --sample or --input" in res.stderr
