"""The `reddit` source: the recorded OAuth listing and Atom feed, then fetches with OAuth, fallback and faults."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from newsdesk.errors import ConfigError, SourceError
from newsdesk.fetch import HttpClient
from newsdesk.model import Source
from newsdesk.sources.base import REGISTRY
from newsdesk.sources.reddit import RedditSource, parse_atom, parse_listing, subreddit_of

from apikit import NOW, FakeTime, only, query, source
from httpserver import LocalHTTPServer, Reply, etag_handler, fixture_reply

LISTING = "praw_oauth_r_popular_hot_limit100.json"
ATOM = "feedrs_reddit_r_rust_atom.xml"


@pytest.fixture
def reddit(fixtures_dir: Path) -> Path:
    return fixtures_dir / "reddit"


@pytest.fixture
def listing(reddit: Path) -> dict[str, Any]:
    return json.loads((reddit / LISTING).read_bytes())


# -- parsing the recorded listing -----------------------------------------------------------------


def test_listing_maps_every_link(listing: dict[str, Any]) -> None:
    posts, warnings = parse_listing(listing, source_id="reddit:popular", fetched_at=NOW)
    assert warnings == []
    assert len(posts) == 100  # none stickied or NSFW in this recording
    assert len({p.id for p in posts}) == 100
    assert all(p.platform == "reddit" and p.url.startswith("https://www.reddit.com/r/") for p in posts)
    assert all(p.created_at.tzinfo is UTC and set(p.metrics) == {"score", "comments"} for p in posts)
    first = posts[0]
    assert first.id == "reddit:1skjxta"
    assert first.url == "https://www.reddit.com/r/MMA/comments/1skjxta/ulberg_on_jiri_showing_mercy_thats_bullshit_total/"
    assert first.created_at == datetime(2026, 4, 13, 18, 44, 8, tzinfo=UTC)  # created_utc 1776105848.0
    assert first.metrics == {"score": 546.0, "comments": 495.0}
    assert first.author_handle == "airplane231"
    # the link target first, then links from the post's own text
    assert first.links == ("https://streamable.com/ql7tuy", "https://x.com/arielhelwani/status/2043757261882044451")
    assert first.raw is not None and first.raw["subreddit"] == "MMA"


def test_self_posts_carry_their_text_and_no_link_to_themselves(listing: dict[str, Any]) -> None:
    posts = {p.id: p for p in parse_listing(listing, source_id="r", fetched_at=NOW)[0]}
    anime = posts["reddit:1sk894v"]
    assert anime.links == ()  # a self post's `url` is its own permalink
    assert anime.text.startswith("This is ridiculous the movie made $800 million")
    # Markdown escapes (f\*\*\*) are shown as the characters, not as emphasis
    disney = posts["reddit:1skbgrz"]
    assert "hurry the f*** up" in disney.text and "\\" not in disney.text


def test_raw_json_titles_are_not_entity_escaped(listing: dict[str, Any]) -> None:
    posts = {p.id: p for p in parse_listing(listing, source_id="r", fetched_at=NOW)[0]}
    assert posts["reddit:1skf644"].title == "Deltarune Chapters 3&4 Recreated in Minecraft"
    assert posts["reddit:1skl1i1"].links == ("https://v.redd.it/dqm10oy4d0vg1",)
    assert posts["reddit:1skh6dk"].links[0] == "https://www.reddit.com/gallery/1skh6dk"


def test_stickied_nsfw_and_low_score_posts_are_skipped_unless_asked(listing: dict[str, Any]) -> None:
    data = copy.deepcopy(listing)
    children = data["data"]["children"]
    children[0]["data"]["stickied"] = True
    children[1]["data"]["over_18"] = True
    posts, _ = parse_listing(data, source_id="r", fetched_at=NOW)
    ids = {p.id for p in posts}
    assert len(posts) == 98 and "reddit:1skjxta" not in ids and "reddit:1skl1i1" not in ids
    kept, _ = parse_listing(data, source_id="r", fetched_at=NOW, include_stickied=True, include_nsfw=True)
    assert len(kept) == 100
    popular, _ = parse_listing(listing, source_id="r", fetched_at=NOW, min_score=2000)
    assert popular and all(p.metrics["score"] >= 2000 for p in popular) and len(popular) < 100


def test_a_non_link_child_is_a_warning(listing: dict[str, Any]) -> None:
    data = copy.deepcopy(listing)
    data["data"]["children"].insert(0, {"kind": "t1", "data": {"id": "c1"}})
    posts, warnings = parse_listing(data, source_id="r", fetched_at=NOW)
    assert len(posts) == 100 and warnings == ["reddit: child 0 is not a link (t3); skipped"]


@pytest.mark.parametrize("data", [[], {"reason": "private", "error": 403}, {"kind": "Listing", "data": {}}])
def test_anything_but_a_listing_is_an_error(data: object) -> None:
    with pytest.raises(SourceError):
        parse_listing(data, source_id="r", fetched_at=NOW)


def test_atom_feed_maps_to_the_same_ids(reddit: Path) -> None:
    src = Source("reddit:rust", "reddit", "r/rust")
    posts, warnings = parse_atom((reddit / ATOM).read_bytes(), url="https://www.reddit.com/r/rust/.rss",
                                 source=src, fetched_at=NOW)
    assert warnings == []
    [post] = posts
    assert post.id == "reddit:glvkc5"  # entry id t3_glvkc5: the same id the JSON listing gives
    assert post.url == "https://www.reddit.com/r/rust/comments/glvkc5/hey_rustaceans_got_an_easy_question_ask_here/"
    assert post.title == "Hey Rustaceans! Got an easy question? Ask here (21/2020)!"
    assert post.author_handle == "llogiq"
    assert post.created_at == datetime(2020, 5, 18, 5, 44, 47, tzinfo=UTC)
    assert post.metrics == {}  # the feed has no scores: unknown, not zero
    assert post.text.startswith("Mystified about strings? Borrow checker have you in a headlock?")
    assert "submitted by" not in post.text and "[comments]" not in post.text
    assert "http://stackoverflow.com/" in post.links
    assert post.url not in post.links and not any("/user/" in u for u in post.links)


@pytest.mark.parametrize("locator", ["r/LocalLLaMA", "/r/LocalLLaMA/", "LocalLLaMA"])
def test_locators(locator: str) -> None:
    assert subreddit_of(locator) == "LocalLLaMA"


def test_a_bad_locator_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not a subreddit"):
        subreddit_of("https://example.com/feed")


# -- fetching from the local server ---------------------------------------------------------------


def test_registered_under_reddit() -> None:
    assert REGISTRY["reddit"] is RedditSource


def test_anonymous_fetch_uses_the_json_listing(http_server: LocalHTTPServer, http: HttpClient, reddit: Path) -> None:
    http_server.serve_fixture("/r/LocalLLaMA/new.json", reddit / LISTING)
    outcome = RedditSource().fetch(source("reddit", "r/LocalLLaMA", http_server.base_url), {}, http)
    assert outcome.ok and len(outcome.posts) == 100 and outcome.warnings == ()
    sent = only(http_server.requests_to("/r/LocalLLaMA/new.json"))
    assert query(sent) == {"limit": "100", "raw_json": "1"}
    assert "authorization" not in sent.headers
    assert outcome.state["newest_created_utc"] == 1776110847.0


def test_oauth_fetch_sends_the_bearer_token(http_server: LocalHTTPServer, http: HttpClient, reddit: Path) -> None:
    http_server.serve_fixture("/r/LocalLLaMA/hot", reddit / LISTING)
    src = source("reddit", "LocalLLaMA", http_server.base_url, token=SecretStr("s3cr3t"), listing="hot", limit=25)
    outcome = RedditSource().fetch(src, {}, http)
    assert outcome.ok and len(outcome.posts) == 100
    sent = only(http_server.requests_to("/r/LocalLLaMA/hot"))  # OAuth: no .json suffix
    assert sent.headers["authorization"] == "bearer s3cr3t"
    assert query(sent) == {"limit": "25", "raw_json": "1"}
    assert "s3cr3t" not in json.dumps(outcome.state)


@pytest.mark.parametrize(
    "refusal",
    [Reply(status=403, body=b"blocked"), Reply(status=429, headers={"Retry-After": "3600"})],
    ids=["403", "429-long-wait"],
)
def test_blocked_json_falls_back_to_the_atom_feed(
    http_server: LocalHTTPServer, http: HttpClient, reddit: Path, refusal: Reply
) -> None:
    http_server.route("/r/rust/new.json", refusal)
    http_server.serve_fixture("/r/rust/new/.rss", reddit / ATOM)
    outcome = RedditSource().fetch(source("reddit", "r/rust", http_server.base_url), {}, http)
    assert outcome.ok, outcome.error
    assert [p.id for p in outcome.posts] == ["reddit:glvkc5"]
    assert len(outcome.warnings) == 1 and "read the Atom feed instead" in outcome.warnings[0]
    assert len(http_server.requests_to("/r/rust/new/.rss")) == 1


def test_json_and_feed_both_failing_is_one_error(http_server: LocalHTTPServer, http: HttpClient) -> None:
    http_server.route("/r/rust/new.json", Reply(status=403))
    http_server.route("/r/rust/new/.rss", Reply(status=200, body=b"<html><body>blocked</body></html>",
                                                headers={"Content-Type": "text/html"}))
    outcome = RedditSource().fetch(source("reddit", "r/rust", http_server.base_url), {"validators": {}}, http)
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and "HTTP 403" in outcome.error and "HTML page" in outcome.error
    assert outcome.state == {"validators": {}}


def test_429_with_a_short_retry_after_then_success(
    http_server: LocalHTTPServer, http: HttpClient, fake: FakeTime, reddit: Path
) -> None:
    http_server.route("/r/rust/new.json", Reply(status=429, headers={"Retry-After": "2"}), Reply(status=500),
                      fixture_reply(reddit / LISTING))
    outcome = RedditSource().fetch(source("reddit", "r/rust", http_server.base_url), {}, http)
    assert outcome.ok and len(outcome.posts) == 100 and outcome.warnings == ()
    assert fake.sleeps == [2.0, 0.75]
    assert http_server.requests_to("/r/rust/new/.rss") == []


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(body=b'{"kind": "Listing", "data": {', headers={"Content-Type": "application/json"}), "invalid JSON"),
        (Reply(body=b"<!doctype html><html><head><title>reddit</title></head></html>",
               headers={"Content-Type": "text/html; charset=utf-8"}), "HTML page"),
        (Reply(status=404, body=b"{}"), "HTTP 404"),
    ],
    ids=["invalid-json", "html-200", "404"],
)
def test_failures_are_error_outcomes(
    http_server: LocalHTTPServer, http: HttpClient, reply: Reply, message: str
) -> None:
    http_server.route("/r/rust/new.json", reply)
    outcome = RedditSource().fetch(source("reddit", "r/rust", http_server.base_url), {}, http)
    assert not outcome.ok and outcome.error is not None and message in outcome.error
    assert http_server.requests_to("/r/rust/new/.rss") == []  # only 403/429 mean "blocked"


def test_a_listing_wholly_newer_than_the_cursor_warns_of_a_gap(
    http_server: LocalHTTPServer, http: HttpClient, reddit: Path
) -> None:
    http_server.serve_fixture("/r/rust/new.json", reddit / LISTING)
    src = source("reddit", "r/rust", http_server.base_url)
    outcome = RedditSource().fetch(src, {"newest_created_utc": 1_700_000_000.0}, http)
    assert outcome.ok and any("may have been missed" in w for w in outcome.warnings)
    caught_up = RedditSource().fetch(src, {"newest_created_utc": 1776100000.0}, http)
    assert caught_up.warnings == ()


def test_validators_are_sent_back_to_the_url_that_gave_them(
    http_server: LocalHTTPServer, http: HttpClient, reddit: Path
) -> None:
    http_server.route("/r/rust/new.json", etag_handler((reddit / LISTING).read_bytes(), etag='"l1"',
                                                       content_type="application/json"))
    src = source("reddit", "r/rust", http_server.base_url)
    first = RedditSource().fetch(src, {}, http)
    assert first.ok and len(first.posts) == 100
    second = RedditSource().fetch(src, first.state, http)
    assert second.ok and second.not_modified and second.posts == ()
    assert http_server.requests_to("/r/rust/new.json")[1].headers["if-none-match"] == '"l1"'
    # the same subreddit read as `hot` is another URL: its validators are not borrowed
    RedditSource().fetch(source("reddit", "r/rust", http_server.base_url, listing="hot"), first.state, http)
    assert "if-none-match" not in http_server.requests_to("/r/rust/hot.json")[0].headers


# -- application-only OAuth (client credentials) ---------------------------------------------------
# The token answer is synthetic, in the shape Reddit documents for grant_type=client_credentials.


def _token_reply(token: str, expires_in: int = 86400) -> Reply:
    body = json.dumps({"access_token": token, "token_type": "bearer", "expires_in": expires_in, "scope": "*"})
    return Reply(body=body.encode(), headers={"Content-Type": "application/json"})


def test_app_credentials_are_exchanged_once_for_every_subreddit(
    http_server: LocalHTTPServer, http: HttpClient, reddit: Path
) -> None:
    token_url = http_server.route("/api/v1/access_token", _token_reply("app-token-1"))
    http_server.serve_fixture("/r/LocalLLaMA/new", reddit / LISTING)
    http_server.serve_fixture("/r/MachineLearning/new", reddit / LISTING)
    creds = {"client_id": SecretStr("app-id-once"), "client_secret": SecretStr("app-s3cret"), "token_url": token_url}
    outcomes = [RedditSource().fetch(source("reddit", sub, http_server.base_url, **creds), {}, http)
                for sub in ("LocalLLaMA", "MachineLearning")]

    assert all(o.ok and len(o.posts) == 100 and o.warnings == () for o in outcomes)
    exchange = only(http_server.requests_to("/api/v1/access_token"))  # one exchange serves both
    assert exchange.method == "POST" and exchange.body == b"grant_type=client_credentials"
    assert exchange.headers["authorization"] == "Basic YXBwLWlkLW9uY2U6YXBwLXMzY3JldA=="  # app-id-once:app-s3cret
    for sub in ("LocalLLaMA", "MachineLearning"):
        assert only(http_server.requests_to(f"/r/{sub}/new")).headers["authorization"] == "bearer app-token-1"
    for outcome in outcomes:
        kept = json.dumps(outcome.state)
        assert "app-token-1" not in kept and "app-s3cret" not in kept


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(status=401, body=b'{"message": "Unauthorized", "error": 401}'), "HTTP 401"),
        (Reply(body=b'{"error": "invalid_grant"}', headers={"Content-Type": "application/json"}), "invalid_grant"),
    ],
    ids=["401", "200-invalid-grant"],
)
def test_a_failed_exchange_warns_and_reads_anonymously(
    http_server: LocalHTTPServer, http: HttpClient, reddit: Path, reply: Reply, reason: str
) -> None:
    token_url = http_server.route("/api/v1/access_token", reply)
    http_server.serve_fixture("/r/rust/new.json", reddit / LISTING)
    creds = {"client_id": SecretStr(f"app-id-{reason}"), "client_secret": SecretStr("wrong-s3cret"),
             "token_url": token_url}
    outcome = RedditSource().fetch(source("reddit", "r/rust", http_server.base_url, **creds), {}, http)

    assert outcome.ok and len(outcome.posts) == 100
    assert len(outcome.warnings) == 1 and "token exchange failed" in outcome.warnings[0]
    assert reason in outcome.warnings[0] and "wrong-s3cret" not in outcome.warnings[0]
    assert "authorization" not in only(http_server.requests_to("/r/rust/new.json")).headers


def test_half_the_app_credentials_is_a_config_error(http_server: LocalHTTPServer, http: HttpClient) -> None:
    src = source("reddit", "r/rust", http_server.base_url, client_id=SecretStr("only-the-id"))
    with pytest.raises(ConfigError, match="client_id_env and client_secret_env"):
        RedditSource().fetch(src, {}, http)
