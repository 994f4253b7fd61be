"""`newsdesk sources ...` and `newsdesk collect` as a user runs them, against a local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import load_settings
from newsdesk.opml import parse_opml, render_opml
from newsdesk.sourcelist import effective_sources, feed_url
from newsdesk.store import open_store

from httpserver import fixture_reply


def run(*args: str, home: Path, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_HOME"}
    env["NEWSDESK_HOME"] = str(home)
    if config is not None:
        env["NEWSDESK_CONFIG"] = str(config)
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def listing(home: Path, config: Path | None = None) -> dict[str, dict]:
    res = run("sources", "list", "--json", home=home, config=config)
    assert res.returncode == 0, res.stderr
    return {row["id"]: row for row in json.loads(res.stdout)}


def test_add_list_remove(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert listing(home) == {}
    res = run("sources", "add", "rss", "https://blog.example/feed.xml", "--id", "rss:blog", "--weight", "1.5",
              "--tag", "blog", "--name", "A blog", home=home)
    assert res.returncode == 0 and "added: rss:blog" in res.stdout
    again = run("sources", "add", "rss", "https://blog.example/feed.xml", "--id", "rss:blog", "--weight", "1.5",
                home=home)
    assert "already present" in again.stdout
    rows = listing(home)
    assert rows["rss:blog"]["weight"] == 1.5 and rows["rss:blog"]["origin"] == "cli"
    assert rows["rss:blog"]["status"] == "never fetched"
    assert run("sources", "remove", "rss:blog", home=home).returncode == 0
    assert listing(home) == {}
    bad = run("sources", "remove", "rss:nope", home=home)
    assert bad.returncode == 2 and "rss:nope" in bad.stderr
    unknown = run("sources", "add", "myspace", "tom", home=home)
    assert unknown.returncode == 2 and "unknown kind" in unknown.stderr


def test_removing_a_configured_source_hides_it(tmp_path: Path) -> None:
    config = tmp_path / "n.toml"
    config.write_text('[[sources]]\nid = "github:ollama"\nkind = "github"\nlocator = "ollama/ollama"\n',
                      encoding="utf-8")
    home = tmp_path / "home"
    assert set(listing(home, config)) == {"github:ollama"}
    assert run("sources", "remove", "github:ollama", home=home, config=config).returncode == 0
    assert listing(home, config) == {}


def test_opml_round_trip(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text("""<?xml version="1.0"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="AI blogs">
    <outline type="rss" text="Blog A" xmlUrl="https://a.example/feed.xml" language="en"/>
    <outline type="rss" text="博客B" xmlUrl="https://b.example/rss"/>
  </outline>
  <outline type="rss" text="dup" xmlUrl="https://a.example/feed.xml"/>
  <outline type="rss" text="weird" xmlUrl="ftp://c.example/x"/>
</body></opml>""", encoding="utf-8")
    home = tmp_path / "home"
    res = run("sources", "import-opml", str(opml), home=home)
    assert res.returncode == 0, res.stderr
    assert "imported 2 new of 2 feeds" in res.stdout
    assert "ftp://c.example/x" in res.stderr or "weird" in res.stderr
    rows = listing(home)
    assert {r["locator"] for r in rows.values()} == {"https://a.example/feed.xml", "https://b.example/rss"}
    assert all(r["tags"] == ["AI blogs"] for r in rows.values())
    assert "imported 0 new" in run("sources", "import-opml", str(opml), home=home).stdout

    out = tmp_path / "export.opml"
    assert run("sources", "export-opml", "--out", str(out), home=home).returncode == 0
    urls = {o.get("xmlUrl") for o in ET.parse(out).iter("outline") if o.get("xmlUrl")}
    assert urls == {"https://a.example/feed.xml", "https://b.example/rss"}
    stdout = run("sources", "export-opml", home=home).stdout
    assert stdout.startswith("<?xml") and "博客B" in stdout


def test_bad_opml_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.opml"
    bad.write_text("<html><body>not opml</body></html>", encoding="utf-8")
    res = run("sources", "import-opml", str(bad), home=tmp_path / "home")
    assert res.returncode == 2 and str(bad) in res.stderr and "OPML" in res.stderr


def test_every_feed_backed_kind_exports() -> None:
    settings = load_settings(environ={"NEWSDESK_COLLECT_USE_DEFAULT_SOURCES": "false"})
    rows = [
        {"id": "a", "kind": "github", "locator": "vllm-project/vllm"},
        {"id": "b", "kind": "reddit", "locator": "r/LocalLLaMA"},
        {"id": "c", "kind": "mastodon", "locator": "@simon@simonwillison.net"},
        {"id": "d", "kind": "bluesky", "locator": "simonwillison.net"},
        {"id": "e", "kind": "arxiv", "locator": "cs.AI,cs.CL"},
        {"id": "f", "kind": "x", "locator": "karpathy"},
    ]
    entries = effective_sources(settings, rows, defaults=())
    urls = [feed_url(e.source) for e in entries]
    assert urls == [
        "https://github.com/vllm-project/vllm/releases.atom",
        "https://www.reddit.com/r/LocalLLaMA/.rss",
        "https://simonwillison.net/@simon.rss",
        "https://bsky.app/profile/simonwillison.net/rss",
        "https://rss.arxiv.org/rss/cs.AI+cs.CL",
        None,
    ]
    parsed, _ = parse_opml(render_opml([e.source for e in entries]).encode())
    assert [r["locator"] for r in parsed] == [u for u in urls if u]


@pytest.fixture
def feed_config(tmp_path: Path, http_server: Any, fixtures_dir: Path) -> Path:
    feeds = fixtures_dir / "feeds"
    rss = "application/rss+xml"
    http_server.route("/blog.xml", fixture_reply(feeds / "feedrs_rss2_ghost_cloudflare_blog.xml", content_type=rss))
    http_server.route("/broken.xml", fixture_reply(feeds / "feedrs_rss2_malformed_reuters.xml", content_type=rss))
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"""
[fetch]
timeout_s = 3
retries = 0

[collect]
park_after_failures = 2

[[sources]]
id = "rss:cloudflare"
kind = "rss"
locator = "{http_server.url('/blog.xml')}"

[[sources]]
id = "rss:broken"
kind = "rss"
locator = "{http_server.url('/broken.xml')}"

[[sources]]
id = "rss:off"
kind = "rss"
locator = "{http_server.url('/never.xml')}"
enabled = false
""", encoding="utf-8")
    return config


def test_collect_prints_health_and_parks_a_failing_source(tmp_path: Path, feed_config: Path,
                                                          http_server: Any) -> None:
    home = tmp_path / "home"
    first = run("collect", home=home, config=feed_config)
    assert first.returncode == 0, first.stderr
    assert "rss:cloudflare" in first.stdout and "rss:broken" in first.stdout
    rows = listing(home, feed_config)
    assert rows["rss:cloudflare"]["health"]["consecutive_failures"] == 0
    assert rows["rss:broken"]["health"]["consecutive_failures"] == 1
    assert rows["rss:off"]["status"] == "disabled"
    settings = load_settings(feed_config, environ={"NEWSDESK_HOME": str(home),
                                                   "NEWSDESK_COLLECT_USE_DEFAULT_SOURCES": "false"})
    with open_store(settings.store_path) as store:
        stored = store.count_posts()
    assert stored > 0

    run("collect", home=home, config=feed_config)
    assert listing(home, feed_config)["rss:broken"]["status"].startswith("parked")
    broken_hits = len(http_server.requests_to("/broken.xml"))
    third = run("collect", home=home, config=feed_config)
    assert "parked after 2 failures" in third.stdout
    assert len(http_server.requests_to("/broken.xml")) == broken_hits
    assert not http_server.requests_to("/never.xml")

    check = run("sources", "check", "rss:broken", home=home, config=feed_config)
    assert check.returncode == 1  # it is still broken, and check says so
    assert len(http_server.requests_to("/broken.xml")) == broken_hits + 1
    assert run("sources", "reset", "rss:broken", home=home, config=feed_config).returncode == 0
    assert listing(home, feed_config)["rss:broken"]["status"] == "never succeeded"
    assert listing(home, feed_config)["rss:cloudflare"]["status"].startswith("ok 20")


def test_a_configured_role_is_listed(tmp_path: Path) -> None:
    config = tmp_path / "newsdesk.toml"
    config.write_text('[collect]\nuse_default_sources = false\n\n[[sources]]\nid = "x:sama"\nkind = "x"\n'
                      'locator = "sama"\nrole = "OpenAI CEO"\n', encoding="utf-8")
    rows = listing(tmp_path / "home", config)
    assert rows["x:sama"]["role"] == "OpenAI CEO"
