"""The `bluesky` kind: AppView feed payloads parsed into Posts, and the author-feed fetch on a local server.

Recorded payloads come from ../shared/fixtures/bluesky (see its README). The small feed
items built in this file (`item(...)`) are SYNTHETIC, shaped like the recorded ones, for
paging and for a repost whose reason names its record (newer AppViews send `reason.uri`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient
from newsdesk.model import Ref
from newsdesk.sources.base import FetchOutcome, get_kind
from newsdesk.sources.bluesky import bsky_post_id, bsky_web_url, parse_actor, parse_bluesky_feed

from httpserver import LocalHTTPServer, Reply, Request, fixture_reply
from socialkit import HTML_ERROR_PAGE, INVALID_JSON, FakeTime, json_reply, load, make_source, make_test_client, query

FETCHED = datetime(2025, 5, 20, tzinfo=UTC)
AUTHOR_FEED = "bskyr_getAuthorFeed_chriskenny.json"
FEED_PATH = "/xrpc/app.bsky.feed.getAuthorFeed"
KENNY_DID = "did:plc:wpe35pganb6d4pg4ekmfy6u5"


def parse(fixtures_dir: Path, name: str):
    return parse_bluesky_feed((fixtures_dir / "bluesky" / name).read_bytes(), source_id="bluesky:test",
                              fetched_at=FETCHED)


def item(rkey: str, when: datetime, text: str = "", *, did: str = "did:plc:alice",
         handle: str = "alice.bsky.social", reason: dict[str, Any] | None = None) -> dict[str, Any]:
    """SYNTHETIC FeedViewPost with the fields the parser reads."""
    stamp = when.isoformat().replace("+00:00", "Z")
    out: dict[str, Any] = {"post": {
        "uri": f"at://{did}/app.bsky.feed.post/{rkey}", "cid": "bafy" + rkey,
        "author": {"did": did, "handle": handle, "displayName": handle.split(".")[0].title()},
        "record": {"$type": "app.bsky.feed.post", "createdAt": stamp, "text": text or f"post {rkey}",
                   "langs": ["en"]},
        "replyCount": 0, "repostCount": 1, "likeCount": 2, "quoteCount": 0, "indexedAt": stamp,
    }}
    if reason:
        out["reason"] = reason
    return out


# -- parsing recorded payloads --------------------------------------------------------------------


def test_author_feed_posts_urls_times_metrics(fixtures_dir: Path) -> None:
    raw = load(fixtures_dir / "bluesky" / AUTHOR_FEED)
    page = parse(fixtures_dir, AUTHOR_FEED)
    assert page.count == 50 and len(page.posts) == 50
    first = page.posts[0]
    assert first.id == f"bsky:{KENNY_DID}/app.bsky.feed.post/3lof7sovfok2h"
    assert first.platform == "bsky"
    assert first.url == "https://bsky.app/profile/chriskenny.bsky.social/post/3lof7sovfok2h"
    assert (first.author_handle, first.author_name) == ("chriskenny.bsky.social", "Chris Kenny")
    assert first.created_at == datetime(2025, 5, 5, 1, 30, 17, 912000, tzinfo=UTC)
    assert first.metrics == {"likes": 0, "reposts": 0, "replies": 1, "quotes": 0}
    assert first.lang == "en" and first.fetched_at == FETCHED
    assert first.raw is not None and first.raw["post"]["author"]["did"] == KENNY_DID  # DIDs are kept
    assert page.next_cursor == raw["cursor"] == "2024-03-21T23:36:16.378Z"
    assert page.newest is not None and page.newest.startswith("2025-05-05T01:30:18.253")
    for post in page.posts:
        assert post.url.startswith("https://bsky.app/profile/") and "/post/" in post.url
        assert post.created_at.tzinfo is UTC


def test_replies_become_replied_to_refs(fixtures_dir: Path) -> None:
    raw = load(fixtures_dir / "bluesky" / AUTHOR_FEED)
    expected = {bsky_post_id(i["post"]["uri"]): bsky_post_id(i["post"]["record"]["reply"]["parent"]["uri"])
                for i in raw["feed"] if "reply" in i["post"]["record"]}
    assert len(expected) == 24
    posts = {p.id: p for p in parse(fixtures_dir, AUTHOR_FEED).posts}
    for post_id, parent in expected.items():
        assert Ref("replied_to", parent) in posts[post_id].refs  # type: ignore[arg-type]


def test_quotes_from_record_and_record_with_media(fixtures_dir: Path) -> None:
    posts = {p.id: p for p in parse(fixtures_dir, AUTHOR_FEED).posts}
    quoting = [p for p in posts.values() if p.ref_ids("quoted")]
    assert len(quoting) == 7  # 2 record#view + 5 recordWithMedia#view
    with_media = posts[f"bsky:{KENNY_DID}/app.bsky.feed.post/3loagm2phgk2t"]
    assert with_media.ref_ids("quoted") == ("bsky:did:plc:qnzaaisqa3lafzmtjxt5nt52/app.bsky.feed.post/3loacnvvpgn22",)
    plain = posts[f"bsky:{KENNY_DID}/app.bsky.feed.post/3lktjjvxvdk2g"]
    assert plain.ref_ids("quoted") == ("bsky:did:plc:5c2r73erhng4bszmxlfdtscf/app.bsky.feed.post/3lktj6pstuy2n",)


def test_shortened_links_are_expanded_from_facets(fixtures_dir: Path) -> None:
    posts = {p.id: p for p in parse(fixtures_dir, AUTHOR_FEED).posts}
    post = posts[f"bsky:{KENNY_DID}/app.bsky.feed.post/3loagm2phgk2t"]
    assert "news/i..." not in post.text
    assert "See details at  https://christophertkenny.com/bskyr/news/index.html and install" in post.text
    assert post.links == ("https://christophertkenny.com/bskyr/news/index.html",)


def test_external_link_cards_are_links(fixtures_dir: Path) -> None:
    raw = load(fixtures_dir / "bluesky" / AUTHOR_FEED)
    cards = {bsky_post_id(i["post"]["uri"]): i["post"]["embed"]["external"]["uri"] for i in raw["feed"]
             if i["post"].get("embed", {}).get("$type") == "app.bsky.embed.external#view"}
    assert len(cards) == 13
    posts = {p.id: p for p in parse(fixtures_dir, AUTHOR_FEED).posts}
    for post_id, uri in cards.items():
        assert uri in posts[post_id].links  # type: ignore[index]


def test_reposts_yield_the_original_under_its_own_author(fixtures_dir: Path) -> None:
    raw = load(fixtures_dir / "bluesky" / AUTHOR_FEED)
    reposted = [i for i in raw["feed"] if i.get("reason", {}).get("$type") == "app.bsky.feed.defs#reasonRepost"]
    assert len(reposted) == 7
    posts = {p.id: p for p in parse(fixtures_dir, AUTHOR_FEED).posts}
    for entry in reposted:
        post = posts[bsky_post_id(entry["post"]["uri"])]  # type: ignore[index]
        assert post.author_handle == entry["post"]["author"]["handle"] != "chriskenny.bsky.social"
        created = datetime.fromisoformat(entry["post"]["record"]["createdAt"].replace("Z", "+00:00"))
        assert post.text and post.created_at == created  # the original's time, not the repost's
        assert post.raw is not None and post.raw["reason"]["by"]["did"] == KENNY_DID  # who reposted it
    # this AppView did not name the repost records, so no thin repost posts: nothing under the reposter
    assert not any(p.ref_ids("reposted") for p in posts.values())


def test_a_named_repost_adds_a_thin_post_with_the_ref() -> None:
    when = datetime(2025, 5, 1, 12, tzinfo=UTC)
    reason = {"$type": "app.bsky.feed.defs#reasonRepost",
              "by": {"did": KENNY_DID, "handle": "chriskenny.bsky.social", "displayName": "Chris Kenny"},
              "uri": f"at://{KENNY_DID}/app.bsky.feed.repost/3lrepost22", "indexedAt": "2025-05-02T08:00:00.000Z"}
    page = parse_bluesky_feed({"feed": [item("3lorig", when, "big news", reason=reason)]},
                              source_id="bluesky:test", fetched_at=FETCHED)
    original, repost = page.posts
    assert (original.id, original.author_handle, original.text) == (
        "bsky:did:plc:alice/app.bsky.feed.post/3lorig", "alice.bsky.social", "big news")
    assert repost.id == f"bsky:{KENNY_DID}/app.bsky.feed.repost/3lrepost22"
    assert (repost.author_handle, repost.text, repost.refs) == (
        "chriskenny.bsky.social", "", (Ref("reposted", original.id),))
    assert repost.created_at == datetime(2025, 5, 2, 8, tzinfo=UTC)
    assert page.newest == "2025-05-02T08:00:00Z"  # the feed is ordered by the repost's time


def test_feed_generator_search_and_thread_shapes(fixtures_dir: Path) -> None:
    assert len(parse(fixtures_dir, "bskyr_getFeed_bsky-team.json").posts) == 7
    search = parse(fixtures_dir, "bskyr_searchPosts_redistricting.json")
    assert len(search.posts) == 25 and search.next_cursor == "25"
    (thread,) = parse(fixtures_dir, "bskyr_getPostThread.json").posts
    assert thread.links == ("http://localview.net", "https://rstats.ai/gov.html")
    assert "(localview.net)" in thread.text  # not shortened, so left as written


def test_web_urls_fall_back_to_the_did() -> None:
    uri = "at://did:plc:abc/app.bsky.feed.post/3k7q"
    assert bsky_web_url(uri, "handle.invalid") == "https://bsky.app/profile/did:plc:abc/post/3k7q"
    assert bsky_web_url("at://did:plc:abc/app.bsky.feed.generator/x") is None
    assert bsky_post_id("https://bsky.app/profile/a") is None


@pytest.mark.parametrize("body, message", [
    (b"", "empty body"),
    (b"<html><body>502 Bad Gateway</body></html>", "HTML"),
    (b'{"feed": [', "invalid JSON"),
    (b'{"error": "InvalidRequest", "message": "Profile not found"}', "Profile not found"),
    (b'{"cursor": "x"}', "no feed, posts or thread"),
])
def test_bodies_that_are_not_feeds_are_errors(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse_bluesky_feed(body, source_id="bluesky:test", fetched_at=FETCHED)


@pytest.mark.parametrize("locator, actor", [
    ("@chriskenny.bsky.social", "chriskenny.bsky.social"),
    ("did:plc:wpe35pganb6d4pg4ekmfy6u5", "did:plc:wpe35pganb6d4pg4ekmfy6u5"),
    ("https://bsky.app/profile/chriskenny.bsky.social", "chriskenny.bsky.social"),
])
def test_actor_locators(locator: str, actor: str) -> None:
    assert parse_actor(locator) == actor


def test_bad_actor_locator() -> None:
    with pytest.raises(SourceError, match="bluesky locator"):
        parse_actor("not a handle")


# -- fetching against the local server ------------------------------------------------------------


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime(datetime(2025, 5, 20, tzinfo=UTC))


@pytest.fixture
def client(fake: FakeTime) -> Iterator[HttpClient]:
    with make_test_client(fake, timeout_s=1.0) as c:
        yield c


def fetch(server: LocalHTTPServer, client: HttpClient, state: dict[str, Any] | None = None,
          **options: Any) -> FetchOutcome:
    source = make_source("bluesky", "chriskenny.bsky.social", server.base_url, **options)
    return get_kind("bluesky").fetch(source, state or {}, client)


def test_fetch_author_feed_with_its_recorded_headers(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    http_server.serve_fixture(FEED_PATH, fixtures_dir / "bluesky" / AUTHOR_FEED)
    outcome = fetch(http_server, client)
    assert outcome.ok, outcome.error
    assert len(outcome.posts) == 50
    (request,) = http_server.requests_to(FEED_PATH)  # the page's oldest item is past the window: no paging
    assert query(request) == {"actor": "chriskenny.bsky.social", "limit": "50", "filter": "posts_and_author_threads"}
    assert "authorization" not in request.headers  # the public AppView needs no login
    assert outcome.state["newest"].startswith("2025-05-05T01:30:18.253")
    assert outcome.state["did"] == KENNY_DID
    assert outcome.posts[0].fetched_at == FETCHED


def test_paging_follows_the_cursor_until_the_last_mark(http_server: LocalHTTPServer, client: HttpClient) -> None:
    now = FETCHED
    pages = {
        None: {"feed": [item(f"n{i}", now - timedelta(minutes=10 * i)) for i in range(1, 4)], "cursor": "c2"},
        "c2": {"feed": [item(f"n{i}", now - timedelta(minutes=10 * i)) for i in range(4, 7)], "cursor": "c3"},
        "c3": {"feed": [item(f"n{i}", now - timedelta(minutes=10 * i)) for i in range(7, 10)], "cursor": "c4"},
    }

    def handle(request: Request) -> Reply:
        return json_reply(pages[query(request).get("cursor")])

    http_server.route(FEED_PATH, handle)
    mark = (now - timedelta(minutes=45)).isoformat().replace("+00:00", "Z")
    outcome = fetch(http_server, client, {"newest": mark}, limit=3)
    assert outcome.ok
    # page 2 reached the mark (its oldest item is 60 min old): page 3 is never asked for
    assert [query(r).get("cursor") for r in http_server.requests_to(FEED_PATH)] == [None, "c2"]
    assert len(outcome.posts) == 6
    assert outcome.state["newest"] == "2025-05-19T23:50:00Z"


def test_a_failing_later_page_keeps_the_newer_posts_but_not_the_mark(
    http_server: LocalHTTPServer, client: HttpClient
) -> None:
    first = {"feed": [item("a1", FETCHED - timedelta(minutes=1))], "cursor": "c2"}

    def handle(request: Request) -> Reply:
        return json_reply(first) if "cursor" not in query(request) else Reply(status=404, body=b"gone")

    http_server.route(FEED_PATH, handle)
    state = {"newest": "2025-05-19T00:00:00Z"}
    outcome = fetch(http_server, client, state)
    assert outcome.ok and len(outcome.posts) == 1
    assert outcome.state["newest"] == "2025-05-19T00:00:00Z"
    assert any("stopped paging" in w and "HTTP 404" in w for w in outcome.warnings)


def test_429_with_ratelimit_reset_then_success(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    reset = str(int(fake.now) + 20)
    http_server.route(FEED_PATH, Reply(status=429, headers={"RateLimit-Reset": reset, "RateLimit-Remaining": "0"}),
                      fixture_reply(fixtures_dir / "bluesky" / AUTHOR_FEED))
    outcome = fetch(http_server, client)
    assert outcome.ok and len(outcome.posts) == 50
    assert fake.sleeps == [20.0]


def test_429_beyond_the_wait_cap_reads_well(http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime) -> None:
    http_server.route(FEED_PATH, Reply(status=429, headers={"Retry-After": "300"}))
    outcome = fetch(http_server, client, {"newest": "2025-05-19T00:00:00Z"})
    assert outcome.error == "Bluesky rate limit reached reading @chriskenny.bsky.social (HTTP 429); retry in 300 s"
    assert outcome.state == {"newest": "2025-05-19T00:00:00Z"}


def test_500_then_success(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    http_server.route(FEED_PATH, Reply(status=500), fixture_reply(fixtures_dir / "bluesky" / AUTHOR_FEED))
    outcome = fetch(http_server, client)
    assert outcome.ok and len(outcome.posts) == 50 and len(fake.sleeps) == 1


@pytest.mark.parametrize("reply, message", [
    (INVALID_JSON, "invalid JSON"),
    (HTML_ERROR_PAGE, "HTML"),
    (json_reply({"error": "InvalidRequest", "message": "Profile not found"}, status=400), "HTTP 400"),
])
def test_broken_answers_are_errors_not_empty_feeds(
    http_server: LocalHTTPServer, client: HttpClient, reply: Reply, message: str
) -> None:
    http_server.route(FEED_PATH, reply)
    outcome = fetch(http_server, client)
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and message in outcome.error


def test_timeout_is_an_error(http_server: LocalHTTPServer, fake: FakeTime) -> None:
    http_server.route(FEED_PATH, Reply(delay_s=0.6, body=b"{}"))
    with make_test_client(fake, timeout_s=0.2, retries=0) as quick:
        outcome = fetch(http_server, quick)
    assert not outcome.ok and outcome.error is not None and "timed out" in outcome.error

