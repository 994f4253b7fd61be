"""hn, reddit, github, arxiv and hf through `collect_sources` into a real store, all against the local server.

The per-kind tests check each connector in detail; this one checks they work as the
collector uses them: looked up by kind, cursors that survive a JSON round trip through
the store, a second run that is conditional, and one broken source that fails alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.collect import collect_sources
from newsdesk.fetch import HttpClient
from newsdesk.sources import arxiv
from newsdesk.store import Store, open_store

from apikit import NOW, source
from httpserver import LocalHTTPServer, Reply, etag_handler


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "newsdesk.db") as s:
        yield s


def test_every_api_kind_collects_into_the_store(
    http_server: LocalHTTPServer, http: HttpClient, store: Store, fixtures_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(arxiv, "PACER", arxiv.Pacer(0.0))  # the real 3 s pacing is tested in test_source_arxiv
    fx = fixtures_dir
    http_server.route("/api/v1/search_by_date", Reply(
        body=(fx / "hackernews" / "algolia_search_story_query-apple_hits1.json").read_bytes(),
        headers={"Content-Type": "application/json"}))
    http_server.serve_fixture("/r/LocalLLaMA/hot.json", fx / "reddit" / "praw_oauth_r_popular_hot_limit100.json")
    http_server.route("/gulpjs/gulp/releases.atom", etag_handler(
        (fx / "github" / "rssparser_gulp_releases_2015.atom").read_bytes(), etag='"g1"',
        content_type="application/atom+xml"))
    http_server.serve_fixture("/api/query", fx / "arxiv" / "arxivpy_api_query_search-testing_max10.xml")
    http_server.route("/api/models", etag_handler(
        (fx / "huggingface" / "hfhub_api_models_facebook-bart-base.json").read_bytes(), etag='W/"m1"',
        content_type="application/json"))
    http_server.route("/broken/r/broken/new.json", Reply(body=b"<html><body>down</body></html>",
                                                    headers={"Content-Type": "text/html"}))
    base = http_server.base_url
    sources = [
        source("hn", "", base, sid="hn:0", max_pages=1),
        source("reddit", "r/LocalLLaMA", base, sid="reddit:1", listing="hot"),
        source("github", "gulpjs/gulp", base, sid="github:2"),
        source("arxiv", "cs.AI,cs.CL", base, sid="arxiv:3"),
        source("hf", "models", base, sid="hf:4"),
        source("reddit", "r/broken", base + "/broken", sid="reddit:5", rss_base_url=base + "/broken"),
    ]
    reports = {r.source_id: r for r in collect_sources(sources, store, http, now=NOW)}
    statuses = {sid: (r.status, r.fetched) for sid, r in reports.items()}
    assert statuses == {
        "hn:0": ("ok", 1), "reddit:1": ("ok", 100), "github:2": ("ok", 10), "arxiv:3": ("ok", 10),
        "hf:4": ("ok", 1), "reddit:5": ("error", 0),
    }
    assert "HTML page" in (reports["reddit:5"].error or "")
    assert store.count_posts() == 1 + 100 + 10 + 10 + 1
    stored = store.get_posts(["arxiv:2202.12139", "github:gulpjs/gulp@v3.9.0", "hf:model:facebook/bart-base"])
    assert stored["arxiv:2202.12139"].links[0] == "https://arxiv.org/abs/2202.12139"
    assert stored["hf:model:facebook/bart-base"].metrics == {"likes": 178.0, "downloads": 2924294.0}
    # cursors are plain JSON and come back from the store as saved
    github_state = store.source_state("github:2")
    assert json.loads(json.dumps(github_state)) == github_state and github_state["validators"]
    # second run: the conditional sources answer 304, nothing is inserted twice
    again = {r.source_id: r for r in collect_sources(sources, store, http, now=NOW)}
    assert again["github:2"].status == "not-modified" and again["hf:4"].status == "not-modified"
    assert all(r.inserted == 0 for r in again.values())
    assert store.count_posts() == 122
