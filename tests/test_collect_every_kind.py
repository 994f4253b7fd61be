"""`newsdesk collect` with one source of every kind, all pointed at the local server.

What a user runs, as a subprocess: the configuration names each kind's base URL, the
X token comes from the environment, and the table printed at the end shows health.
Every payload is a real recording from ../shared/fixtures (the X handle lookup is the
synthetic one the X tests use: no recording of `/2/users/by` exists).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from test_source_mastodon import ACCOUNT, LOOKUP, STATUSES, TIMELINE
from test_source_x import USERS_BY

from httpserver import Reply, etag_handler
from socialkit import json_reply

TOKEN = "test-bearer-0123456789"


def test_collect_fills_the_store_from_every_kind_and_prints_health(
    tmp_path: Path, http_server: Any, fixtures_dir: Path, corpus: Path
) -> None:
    fx = fixtures_dir
    http_server.route("/2/users/by", json_reply(USERS_BY))
    http_server.serve_fixture("/2/users/783214/tweets", fx / "x" / "tweepy_users_783214_tweets.json")
    bsky_feed = fx / "bluesky" / "bskyr_getAuthorFeed_chriskenny.json"
    http_server.serve_fixture("/xrpc/app.bsky.feed.getAuthorFeed", bsky_feed)
    http_server.route(LOOKUP, json_reply(ACCOUNT))
    http_server.serve_fixture(STATUSES, fx / "mastodon" / TIMELINE)
    blog = (fx / "feeds" / "feedrs_rss2_ghost_cloudflare_blog.xml").read_bytes()
    http_server.route("/feeds/blog.xml", etag_handler(blog, etag='"b1"', content_type="application/rss+xml"))
    http_server.route("/api/v1/search_by_date", Reply(
        body=(fx / "hackernews" / "algolia_search_story_query-apple_hits1.json").read_bytes(),
        headers={"Content-Type": "application/json"}))
    http_server.serve_fixture("/r/LocalLLaMA/hot.json", fx / "reddit" / "praw_oauth_r_popular_hot_limit100.json")
    http_server.route("/gulpjs/gulp/releases.atom", Reply(
        body=(fx / "github" / "rssparser_gulp_releases_2015.atom").read_bytes(),
        headers={"Content-Type": "application/atom+xml"}))
    http_server.serve_fixture("/api/query", fx / "arxiv" / "arxivpy_api_query_search-testing_max10.xml")
    http_server.route("/api/models", Reply(
        body=(fx / "huggingface" / "hfhub_api_models_facebook-bart-base.json").read_bytes(),
        headers={"Content-Type": "application/json"}))
    base = http_server.base_url
    sample = tmp_path / "posts.jsonl"
    sample.write_text("".join((corpus / "follow-builders-blogs.jsonl").read_text(encoding="utf-8")
                              .splitlines(keepends=True)[:5]), encoding="utf-8")
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"""
[fetch]
timeout_s = 5
retries = 0

[collect]
use_default_sources = false

[[sources]]
id = "x:twitter"
kind = "x"
locator = "Twitter"
base_url = "{base}"
token_env = "TEST_X_TOKEN"

[[sources]]
id = "bsky:chriskenny"
kind = "bluesky"
locator = "chriskenny.bsky.social"
base_url = "{base}"

[[sources]]
id = "mastodon:test"
kind = "mastodon"
locator = "@mastodonpy_test@localhost:3000"
base_url = "{base}"

[[sources]]
id = "rss:blog"
kind = "rss"
locator = "{base}/feeds/blog.xml"

[[sources]]
id = "hn:front"
kind = "hn"
locator = ""
base_url = "{base}"
max_pages = 1

[[sources]]
id = "reddit:localllama"
kind = "reddit"
locator = "r/LocalLLaMA"
listing = "hot"
base_url = "{base}"

[[sources]]
id = "github:gulp"
kind = "github"
locator = "gulpjs/gulp"
base_url = "{base}"

[[sources]]
id = "arxiv:ai"
kind = "arxiv"
locator = "cs.AI,cs.CL"
base_url = "{base}"

[[sources]]
id = "hf:models"
kind = "hf"
locator = "models"
base_url = "{base}"

[[sources]]
id = "file:blogs"
kind = "file"
locator = "{sample}"
""", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_HOME"}
    env.update({"NEWSDESK_HOME": str(tmp_path / "home"), "NEWSDESK_CONFIG": str(config), "TEST_X_TOKEN": TOKEN,
                "COLUMNS": "200"})
    res = subprocess.run([sys.executable, "-m", "newsdesk", "collect"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert TOKEN not in res.stdout + res.stderr
    rows = {line.split("│")[1].strip(): line for line in res.stdout.splitlines() if line.count("│") > 5}
    expected = {"x:twitter", "bsky:chriskenny", "mastodon:test", "rss:blog", "hn:front", "reddit:localllama",
                "github:gulp", "arxiv:ai", "hf:models", "file:blogs"}
    assert expected <= set(rows), res.stdout
    for sid in expected:
        assert "│ ok " in rows[sid], rows[sid]

    db = sqlite3.connect(tmp_path / "home" / "newsdesk.db")
    platforms = dict(db.execute("SELECT platform, COUNT(*) FROM posts GROUP BY platform").fetchall())
    assert {"x", "bsky", "mastodon", "rss", "hn", "reddit", "github", "arxiv", "hf"} <= set(platforms)
    health = dict(db.execute("SELECT source_id, consecutive_failures FROM source_health").fetchall())
    assert health == dict.fromkeys(expected, 0)
    state = json.loads(db.execute("SELECT state FROM source_state WHERE source_id = 'x:twitter'").fetchone()[0])
    assert state["user_ids"] == {"twitter": "783214"} and TOKEN not in json.dumps(state)

    listing = subprocess.run([sys.executable, "-m", "newsdesk", "sources", "list", "--json"], capture_output=True,
                             text=True, env=env, timeout=60)
    assert {row["id"]: row["status"][:2] for row in json.loads(listing.stdout)} == dict.fromkeys(expected, "ok")
