"""The `hn` source: recorded Algolia and Firebase payloads, then the fetch class against the local server."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient
from newsdesk.sources.base import REGISTRY
from newsdesk.sources.hn import HackerNewsSource, item_url, parse_item, parse_search

from apikit import NOW, FakeTime, client, only, query, source
from httpserver import LocalHTTPServer, Reply, fixture_reply

SEARCH = "/api/v1/search_by_date"
DAY_S = 24 * 3600


@pytest.fixture
def hn(fixtures_dir: Path) -> Path:
    return fixtures_dir / "hackernews"


def load(path: Path) -> object:
    return json.loads(path.read_bytes())


# -- parsing recorded payloads ------------------------------------------------------------------------


def test_search_by_date_hit_becomes_a_story_post(hn: Path) -> None:
    posts, warnings, paging = parse_search(
        load(hn / "algolia_search_by_date_story_hits1.json"), source_id="hn:ai", fetched_at=NOW
    )
    assert warnings == []
    assert paging == {"page": 0, "nb_pages": 1000, "nb_hits": 646269}
    [post] = posts
    assert post.id == "hn:7919424"
    assert post.platform == "hn" and post.source_id == "hn:ai"
    # the discussion page is canonical; the article is a link
    assert post.url == "https://news.ycombinator.com/item?id=7919424"
    assert post.links == ("http://in.reuters.com/article/2014/06/19/apple-google-settlement-idINL2N0P01ZI20140619",)
    assert post.title == "Judge says concerned about Apple, Google hiring settlement"
    assert post.created_at == datetime(2014, 6, 20, 3, 35, 46, tzinfo=UTC)
    assert post.fetched_at == NOW
    assert post.author_handle == "bradleyjg"
    assert post.metrics == {"score": 1.0, "comments": 0.0}
    assert post.raw is not None and "_highlightResult" not in post.raw and post.raw["objectID"] == "7919424"


def test_search_hit_keeps_the_story_url_query(hn: Path) -> None:
    posts, _, _ = parse_search(load(hn / "algolia_search_story_query-apple_hits1.json"),
                               source_id="hn", fetched_at=NOW)
    [post] = posts
    assert post.id == "hn:2922756"
    assert post.metrics == {"score": 1638.0, "comments": 308.0}
    assert post.links == ("http://finance.yahoo.com/news/Steve-Jobs-Resigns-as-CEO-of-bw-19285464.html?x=0&.v=1",)
    assert post.created_at == datetime.fromtimestamp(1314225455, UTC)


def test_ask_hn_item_has_its_text_and_no_link(hn: Path) -> None:
    post = parse_item(load(hn / "hnapi_readme_item_ask_121003.json"), source_id="hn", fetched_at=NOW)
    assert post.id == "hn:121003" and post.title == "Ask HN: The Arc Effect"
    assert post.url == item_url(121003)
    assert post.links == ()
    # HTML (<i>, <p>) is gone, words and punctuation stay, paragraphs become spaces
    assert post.text.startswith("or HN: the Next Iteration I get the impression")
    assert "<" not in post.text and "What's in store for (++ HN)?" in post.text
    assert post.metrics == {"score": 25.0, "comments": 16.0}
    assert post.author_handle == "tel"
    assert post.created_at == datetime.fromtimestamp(1203647620, UTC)


def test_firebase_story_job_and_poll_items(hn: Path) -> None:
    story = parse_item(load(hn / "hnapi_readme_item_story_8863.json"), source_id="hn", fetched_at=NOW)
    assert story.links == ("http://www.getdropbox.com/u/2/screencast.html",)
    assert story.metrics == {"score": 111.0, "comments": 71.0}
    assert story.text == story.title == "My YC app: Dropbox - Throw away your USB drive"
    # a job has url "" and no comment count; its one link is in the text
    job = parse_item(load(hn / "hnapi_readme_item_job_192327.json"), source_id="hn", fetched_at=NOW)
    assert job.links == ("http://www.justin.tv/problems/bml",)
    assert job.metrics == {"score": 6.0}
    poll = parse_item(load(hn / "hnapi_readme_item_poll_126809.json"), source_id="hn", fetched_at=NOW)
    assert poll.id == "hn:126809" and poll.metrics == {"score": 46.0, "comments": 54.0}


@pytest.mark.parametrize("name", ["hnapi_readme_item_comment_2921983.json", "algolia_items_17.json"])
def test_comments_are_not_stories(hn: Path, name: str) -> None:
    with pytest.raises(ValueError, match="is a comment, not a story"):
        parse_item(load(hn / name), source_id="hn", fetched_at=NOW)


def test_a_comment_hit_is_a_warning_not_a_post(hn: Path) -> None:
    data = load(hn / "algolia_search_by_date_story_hits1.json")
    assert isinstance(data, dict)
    comment = {**data["hits"][0], "objectID": "1", "_tags": ["comment", "author_x", "story_2"]}
    posts, warnings, _ = parse_search({**data, "hits": [comment, *data["hits"]]}, source_id="hn", fetched_at=NOW)
    assert [p.id for p in posts] == ["hn:7919424"]
    assert len(warnings) == 1 and "hit 0: item 1 is a comment" in warnings[0]


@pytest.mark.parametrize("data", [[], {"message": "invalid"}, {"hits": "no"}])
def test_a_response_without_hits_is_an_error(data: object) -> None:
    with pytest.raises(SourceError, match="not an HN search response"):
        parse_search(data, source_id="hn", fetched_at=NOW)


# -- fetching from the local server ---------------------------------------------------------------


def test_registered_under_hn() -> None:
    assert REGISTRY["hn"] is HackerNewsSource


def test_fetch_asks_for_stories_above_the_threshold_in_the_window(
    http_server: LocalHTTPServer, http: HttpClient, hn: Path
) -> None:
    http_server.route(SEARCH, fixture_reply(hn / "algolia_search_story_query-apple_hits1.json",
                                            content_type="application/json"))
    src = source("hn", "apple", http_server.base_url, min_points=100, max_pages=1)
    outcome = HackerNewsSource().fetch(src, {}, http)
    assert outcome.ok and [p.id for p in outcome.posts] == ["hn:2922756"]
    now_i = int(NOW.timestamp())
    sent = query(only(http_server.requests_to(SEARCH)))
    assert sent == {
        "tags": "story",
        "numericFilters": f"created_at_i>{now_i - DAY_S},points>100",
        "hitsPerPage": "100",
        "query": "apple",
    }
    assert outcome.state == {"checked_at_i": now_i, "newest_created_at_i": 1314225455}
    # the one page asked for was not the last (nbPages 1000): the gap is said, not hidden
    assert any("more than 1 pages" in w for w in outcome.warnings)


def test_second_run_rescans_behind_the_last_check_and_pages(
    http_server: LocalHTTPServer, http: HttpClient, hn: Path
) -> None:
    http_server.route(SEARCH, fixture_reply(hn / "algolia_search_by_date_story_hits1.json",
                                            content_type="application/json"))
    now_i = int(NOW.timestamp())
    last_check = now_i - 4 * 3600
    src = source("hn", "", http_server.base_url, max_pages=2, tags="(story,show_hn)")
    outcome = HackerNewsSource().fetch(src, {"checked_at_i": last_check}, http)
    assert outcome.ok
    sent = [query(r) for r in http_server.requests_to(SEARCH)]
    assert len(sent) == 2 and "query" not in sent[0]
    assert sent[0]["numericFilters"] == f"created_at_i>{last_check - DAY_S},points>50"
    assert sent[0]["tags"] == "(story,show_hn)"
    assert "page" not in sent[0] and sent[1]["page"] == "1"
    assert [p.id for p in outcome.posts] == ["hn:7919424"]  # the same hit on both pages counts once
    assert outcome.state["checked_at_i"] == now_i


def test_a_long_outage_catches_up_only_so_far(http_server: LocalHTTPServer, http: HttpClient, hn: Path) -> None:
    http_server.route(SEARCH, fixture_reply(hn / "algolia_search_by_date_story_hits1.json",
                                            content_type="application/json"))
    now_i = int(NOW.timestamp())
    src = source("hn", "", http_server.base_url, max_pages=1, max_catchup_hours=48)
    HackerNewsSource().fetch(src, {"checked_at_i": now_i - 30 * DAY_S}, http)
    sent = query(only(http_server.requests_to(SEARCH)))
    assert sent["numericFilters"].startswith(f"created_at_i>{now_i - 2 * DAY_S},")


@pytest.mark.parametrize(
    ("replies", "message"),
    [
        ((Reply(body=b'{"hits": [', headers={"Content-Type": "application/json"}),), "invalid JSON"),
        ((Reply(body=b"<!DOCTYPE html><html><body>Oops</body></html>",
                headers={"Content-Type": "text/html"}),), "HTML page"),
        ((Reply(status=404, body=b"not found"),), "HTTP 404"),
        ((Reply(status=500),), r"HTTP 500 .*after 3 attempts"),
    ],
    ids=["invalid-json", "html-200", "404", "500-always"],
)
def test_failures_are_error_outcomes_never_no_posts(
    http_server: LocalHTTPServer, http: HttpClient, replies: tuple[Reply, ...], message: str
) -> None:
    http_server.route(SEARCH, *replies)
    state = {"checked_at_i": 1_776_000_000}
    outcome = HackerNewsSource().fetch(source("hn", "", http_server.base_url), state, http)
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None
    assert re.search(message, outcome.error), outcome.error
    assert outcome.state == state  # the cursor does not move past a failure


def test_500_then_success_and_429_with_retry_after(
    http_server: LocalHTTPServer, http: HttpClient, fake: FakeTime, hn: Path
) -> None:
    ok = fixture_reply(hn / "algolia_search_by_date_story_hits1.json", content_type="application/json")
    http_server.route(SEARCH, Reply(status=500), Reply(status=429, headers={"Retry-After": "7"}), ok)
    outcome = HackerNewsSource().fetch(source("hn", "", http_server.base_url, max_pages=1), {}, http)
    assert outcome.ok and [p.id for p in outcome.posts] == ["hn:7919424"]
    assert len(http_server.requests_to(SEARCH)) == 3
    assert fake.sleeps == [0.375, 7.0]  # jittered backoff after the 500, then what Retry-After asked


def test_a_timeout_and_a_truncated_body_are_errors(http_server: LocalHTTPServer, fake: FakeTime) -> None:
    with client(fake, timeout_s=0.2, retries=0) as quick:
        http_server.route(SEARCH, Reply(body=b'{"hits": []}', delay_s=0.6))
        slow = HackerNewsSource().fetch(source("hn", "", http_server.base_url), {}, quick)
        assert not slow.ok and slow.error is not None and "timed out" in slow.error
        # the server promises 5,000 bytes, sends a few and closes
        http_server.route(SEARCH, Reply(body=b'{"hits": [{"objectID": "1"', declared_length=5000))
        cut = HackerNewsSource().fetch(source("hn", "", http_server.base_url), {}, quick)
        assert not cut.ok and cut.posts == ()
