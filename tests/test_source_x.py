"""The `x` kind: X API v2 payloads parsed into Posts, and the fetch loop against a local server.

Recorded payloads come from ../shared/fixtures/x (see its README). Two shapes have no
public recording and are written here, labelled SYNTHETIC: a `/2/users/by` answer
and a long post carrying `note_tweet`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient
from newsdesk.model import Ref
from newsdesk.sources.base import FetchOutcome, get_kind
from newsdesk.sources.x import EXPANSIONS, TWEET_FIELDS, USER_FIELDS, parse_locator, parse_x_page, snowflake_time

from httpserver import LocalHTTPServer, Reply, fixture_reply
from socialkit import (
    HTML_ERROR_PAGE,
    INVALID_JSON,
    NOW,
    FakeTime,
    json_reply,
    make_source,
    make_test_client,
    query,
)

TOKEN = "AAAAAAAAAAAAAAAAAAAAAtestbearertoken0123456789"  # not a real token: only ever sent to 127.0.0.1
FETCHED = datetime(2026, 4, 14, tzinfo=UTC)

#: SYNTHETIC: the documented shape of GET /2/users/by?usernames=Twitter,TwitterDev,nobody_here
USERS_BY = {
    "data": [
        {"id": "783214", "name": "Twitter", "username": "Twitter"},
        {"id": "2244994945", "name": "Developers", "username": "TwitterDev"},
    ],
    "errors": [{
        "value": "nobody_here", "detail": "Could not find user with usernames: [nobody_here].",
        "title": "Not Found Error", "resource_type": "user", "parameter": "usernames",
        "resource_id": "nobody_here", "type": "https://api.twitter.com/2/problems/resource-not-found",
    }],
}

#: SYNTHETIC: a long post (> 280 characters). X cuts `text` and sends the whole body in
#: `note_tweet.text` with its own entities; no public recording of this exists.
LONG_BODY = (
    "We are releasing our new open-weights model today. " * 6
    + "Weights, code &amp; the technical report: https://t.co/LongLink01 — details below."
)
NOTE_TWEET_PAYLOAD = {
    "data": [{
        "id": "1947374585764082153",
        "author_id": "4398626122",
        "created_at": "2026-04-13T22:10:05.000Z",
        "lang": "en",
        "conversation_id": "1947374585764082153",
        "text": "We are releasing our new open-weights model today. We are releasing our new open-weights model "
                "today. We are releasing our new open-weights model today. We are releasing our new open-weights "
                "model today. We are releasing… https://t.co/ShowMore01",
        "entities": {"urls": [{
            "start": 257, "end": 280, "url": "https://t.co/ShowMore01",
            "expanded_url": "https://twitter.com/i/web/status/1947374585764082153",
            "display_url": "twitter.com/i/web/status/1…",
        }]},
        "note_tweet": {
            "text": LONG_BODY,
            "entities": {"urls": [{
                "start": 350, "end": 373, "url": "https://t.co/LongLink01",
                "expanded_url": "https://example.ai/blog/open-weights-release?utm_source=x",
                "unwound_url": "https://example.ai/blog/open-weights-release",
                "display_url": "example.ai/blog/open-wei…",
            }]},
        },
        "public_metrics": {"retweet_count": 812, "reply_count": 97, "like_count": 5120, "quote_count": 64,
                           "bookmark_count": 900, "impression_count": 402311},
    }],
    "includes": {"users": [{"id": "4398626122", "name": "Example AI", "username": "ExampleAI"}]},
    "meta": {"result_count": 1, "newest_id": "1947374585764082153", "oldest_id": "1947374585764082153"},
}


def page_of(fixtures_dir: Path, name: str, **kwargs: Any):
    return parse_x_page((fixtures_dir / "x" / name).read_bytes(), source_id="x:test", fetched_at=FETCHED, **kwargs)


def jsonl_pages(fixtures_dir: Path, name: str) -> list[dict[str, Any]]:
    lines = (fixtures_dir / "x" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# -- parsing recorded payloads --------------------------------------------------------------------


def test_default_fields_timeline_gets_time_from_the_snowflake_id(fixtures_dir: Path) -> None:
    page = page_of(fixtures_dir, "tweepy_users_783214_tweets.json", default_handle="Twitter")
    assert [p.id for p in page.posts] == ["x:1577730467436138524", "x:1565318587736285184"]
    first = page.posts[0]
    # no created_at was requested in that recording: the id encodes it (2022-10-05, two days before capture)
    assert first.created_at == datetime(2022, 10, 5, 18, 40, 30, 908000, tzinfo=UTC)
    assert first.url == "https://x.com/Twitter/status/1577730467436138524"
    assert first.author_handle == "Twitter"
    assert first.fetched_at == FETCHED
    assert first.metrics == {}  # not requested, so not invented
    assert page.next_cursor == "7140dibdnow9c7btw4232poeq0wapgnwgwqwvuwn3peex"
    assert page.newest == "1577730467436138524" and page.count == 2


def test_snowflake_time_agrees_with_recorded_created_at(fixtures_dir: Path) -> None:
    checked = 0
    for name in ("pytwitter_docs_users_tweets_public_metrics.json", "pytwitter_docs_search_recent.json"):
        for tweet in json.loads((fixtures_dir / "x" / name).read_text(encoding="utf-8"))["data"]:
            recorded = datetime.fromisoformat(tweet["created_at"].replace("Z", "+00:00"))
            derived = snowflake_time(tweet["id"])
            assert derived is not None and abs((derived - recorded).total_seconds()) < 1
            checked += 1
    assert checked == 9
    assert snowflake_time("20") is None  # jack's first tweet: a 2006 sequential id carries no time


def test_list_timeline_keeps_every_post_and_decodes_surrogates(fixtures_dir: Path) -> None:
    page = page_of(fixtures_dir, "tweepy_lists_84839422_tweets.json")
    assert page.count == 97 and len(page.posts) == 97
    assert len({p.id for p in page.posts}) == 97
    for post in page.posts:
        post.text.encode("utf-8")  # no lone surrogates from the \uD83C… escapes
        assert post.url == f"https://x.com/i/web/status/{post.id[2:]}"  # no author without expansions
    assert page.next_cursor == "7140dibdnow9c7btw423i3sn9uw15y6f8lzfkzug1atrq"


def test_public_metrics_map_to_newsdesk_names(fixtures_dir: Path) -> None:
    page = page_of(fixtures_dir, "pytwitter_docs_users_tweets_public_metrics.json")
    assert len(page.posts) == 5
    first = page.posts[0]
    assert first.metrics == {"likes": 37, "reposts": 10, "replies": 2, "quotes": 1}
    assert first.created_at == datetime(2021, 2, 23, 18, 7, 7, tzinfo=UTC)


def test_impression_count_is_views(fixtures_dir: Path) -> None:
    (raw,) = jsonl_pages(fixtures_dir, "twarc_verified_type.jsonl")
    page = parse_x_page(raw, source_id="x:test", fetched_at=FETCHED)
    (post,) = page.posts
    assert post.metrics == {"likes": 745, "reposts": 104, "replies": 37, "quotes": 24, "views": 139075}
    assert (post.author_handle, post.author_name) == ("TwitterDev", raw["includes"]["users"][0]["name"])
    assert post.url == "https://x.com/TwitterDev/status/1603823063690199040"
    assert post.text.startswith("Testing… Testing… Twitter Dev is back online!")


def test_quote_and_reply_become_refs_and_the_quoted_link_is_not_outbound(fixtures_dir: Path) -> None:
    # The twarc line carries an extra top-level "__twarc" key; it must be ignored.
    (raw,) = jsonl_pages(fixtures_dir, "twarc_quoted_edit.jsonl")
    page = parse_x_page(raw, source_id="x:test", fetched_at=FETCHED)
    # includes.tweets repeats the tweet itself (edit history): still one post per data item
    (post,) = page.posts
    assert post.id == "x:1576995594388000768"
    assert post.refs == (Ref("quoted", "x:1576994746135764992"), Ref("replied_to", "x:1576994789110992896"))
    assert post.links == ()
    assert "t.co" not in post.text
    assert post.text == "@wongmjane Test \nhttps://twitter.com/wongmjane/status/1576994746135764992"
    assert post.author_handle == "dappdavid99"
    assert post.lang == "en"


def test_links_are_expanded_never_tco(fixtures_dir: Path) -> None:
    (raw,) = jsonl_pages(fixtures_dir, "twarc_many_urls.jsonl")
    (post,) = parse_x_page(raw, source_id="x:test", fetched_at=FETCHED).posts
    assert post.links == ("https://uiadrian.gumroad.com/l/web-design-guide/?offer_code=twk0uc9f7",)
    assert "t.co/" not in post.text and post.text.endswith("offer_code=twk0uc9f7")
    assert post.refs == (Ref("replied_to", "x:1610623087061471232"),)
    assert post.metrics["likes"] == 13


def test_retweet_yields_the_original_and_a_thin_repost(fixtures_dir: Path) -> None:
    (raw,) = jsonl_pages(fixtures_dir, "twarc_two_tweets.jsonl")
    page = parse_x_page(raw, source_id="x:test", fetched_at=FETCHED)
    posts = {p.id: p for p in page.posts}
    assert set(posts) == {"x:1391677057810288641", "x:1394735776701816833"}
    original = posts["x:1391677057810288641"]
    assert (original.author_handle, original.text) == ("bibaigna96", "#POIUYTREWQ")
    assert original.url == "https://x.com/bibaigna96/status/1391677057810288641"
    assert original.created_at == datetime(2021, 5, 10, 8, 50, 41, tzinfo=UTC)
    assert original.refs == ()
    repost = posts["x:1394735776701816833"]
    assert repost.author_handle == "LachiVeronica"
    assert repost.text == ""  # never "RT @bibaigna96: …" under the reposter
    assert repost.refs == (Ref("reposted", original.id),)
    assert repost.metrics == {}  # a retweet's public_metrics are the original's
    assert page.count == 1  # one post read (billed), two yielded


def test_retweet_without_its_original_keeps_its_text_and_the_ref() -> None:
    payload = {"data": [{"id": "1394735776701816833", "text": "RT @someone: gone", "author_id": "1",
                         "referenced_tweets": [{"type": "retweeted", "id": "1391677057810288641"}]}],
               "includes": {"users": [{"id": "1", "username": "rt_er", "name": "RT"}]}}
    (post,) = parse_x_page(payload, source_id="x:test", fetched_at=FETCHED).posts
    assert post.text == "RT @someone: gone"
    assert post.refs == (Ref("reposted", "x:1391677057810288641"),)


def test_search_docs_sample_drops_own_photo_link_and_pseudo_languages(fixtures_dir: Path) -> None:
    page = page_of(fixtures_dir, "pytwitter_docs_search_recent.json")
    posts = {p.id: p for p in page.posts}
    assert len(posts) == 4
    first = posts["x:1276035977375477760"]
    assert first.text == "@snowman Ooo, thanks error message, public_metircs are not the metrics you’re looking for"
    assert first.links == ()  # pic.twitter.com of its own photo is not an outbound link
    assert first.author_handle == "happycamper"
    assert first.refs == (Ref("replied_to", "x:1275653067283759104"),)
    assert posts["x:1275763727908798470"].lang is None  # "und"
    assert posts["x:1275763727908798470"].text == "@snowman @happycamper"


def test_quote_tweets_sample_resolves_every_author(fixtures_dir: Path) -> None:
    page = page_of(fixtures_dir, "pytwitter_quote_tweets_context_annotations.json")
    assert len(page.posts) == 15
    assert all(p.author_handle and p.url == f"https://x.com/{p.author_handle}/status/{p.id[2:]}" for p in page.posts)
    assert page.posts[0].author_name == "Joshua Tucker"
    assert page.next_cursor == "at3vehuk2txh"


def test_recent_search_sample(fixtures_dir: Path) -> None:
    page = page_of(fixtures_dir, "tweepy_tweets_search_recent_query-tweepy.json")
    assert len(page.posts) == 10
    assert page.posts[0].text == "2022-10-07 22:42:12.637103 tweepy"


def test_long_post_uses_note_tweet_text_and_entities() -> None:
    (post,) = parse_x_page(NOTE_TWEET_PAYLOAD, source_id="x:test", fetched_at=FETCHED).posts
    assert post.text.startswith("We are releasing our new open-weights model today.")
    assert post.text.endswith(
        "Weights, code & the technical report: https://example.ai/blog/open-weights-release — details below.")
    assert "…" not in post.text and "t.co" not in post.text
    assert len(post.text) > 280
    assert post.links == ("https://example.ai/blog/open-weights-release",)  # unwound_url wins
    assert post.metrics == {"likes": 5120, "reposts": 812, "replies": 97, "quotes": 64, "views": 402311}
    assert post.url == "https://x.com/ExampleAI/status/1947374585764082153"
    assert post.author_name == "Example AI"


def test_raw_keeps_the_payload_shape_so_a_post_can_be_reparsed() -> None:
    (post,) = parse_x_page(NOTE_TWEET_PAYLOAD, source_id="x:test", fetched_at=FETCHED).posts
    assert post.raw is not None
    (again,) = parse_x_page(post.raw, source_id="x:test", fetched_at=FETCHED).posts
    assert again == post and again.metrics == post.metrics and again.links == post.links


@pytest.mark.parametrize("body, message", [
    (b"", "empty body"),
    (b"<!DOCTYPE html><html><body>Over capacity</body></html>", "HTML"),
    (b'{"data": [', "invalid JSON"),
    (b"[]", "not an object"),
    (b'{"errors": [{"detail": "User has been suspended: [x]."}]}', "suspended"),
    (b'{"hello": "world"}', "no data, meta or errors"),
])
def test_bodies_that_are_not_timelines_are_errors(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse_x_page(body, source_id="x:test", fetched_at=FETCHED)


def test_an_empty_timeline_is_not_an_error() -> None:
    page = parse_x_page(b'{"meta": {"result_count": 0}}', source_id="x:test", fetched_at=FETCHED)
    assert page.posts == () and page.newest is None and page.count == 0


@pytest.mark.parametrize("locator, expected", [
    ("OpenAI,AnthropicAI", ("users", ["OpenAI", "AnthropicAI"])),
    (" @OpenAI , @OpenAI ", ("users", ["OpenAI"])),
    ("list:84839422", ("list", ["84839422"])),
])
def test_locators(locator: str, expected: tuple[str, list[str]]) -> None:
    assert parse_locator(locator) == expected


@pytest.mark.parametrize("locator", ["", "list:abc", "https://x.com/OpenAI", "this_handle_is_too_long"])
def test_bad_locators(locator: str) -> None:
    with pytest.raises(SourceError, match="x locator"):
        parse_locator(locator)


# -- fetching against the local server ------------------------------------------------------------


@pytest.fixture
def client(fake: FakeTime) -> Iterator[HttpClient]:
    with make_test_client(fake, timeout_s=1.0) as c:
        yield c


def x_source(server: LocalHTTPServer, locator: str = "Twitter", **options: Any):
    return make_source("x", locator, server.base_url, token=SecretStr(TOKEN), **options)


def fetch(source, client: HttpClient, state: dict[str, Any] | None = None) -> FetchOutcome:
    return get_kind("x").fetch(source, state or {}, client)


def assert_no_token(outcome: FetchOutcome) -> None:
    text = " ".join([outcome.error or "", *outcome.warnings, json.dumps(outcome.state), repr(outcome)])
    assert TOKEN not in text


def serve_users(server: LocalHTTPServer) -> None:
    server.route("/2/users/by", json_reply(USERS_BY))


def test_fetch_resolves_handles_once_and_sends_since_id_next_time(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    serve_users(http_server)
    http_server.serve_fixture("/2/users/783214/tweets", fixtures_dir / "x" / "tweepy_users_783214_tweets.json")
    outcome = fetch(x_source(http_server), client)
    assert outcome.ok, outcome.error
    assert [p.id for p in outcome.posts] == ["x:1577730467436138524", "x:1565318587736285184"]
    assert outcome.posts[0].url == "https://x.com/Twitter/status/1577730467436138524"
    assert outcome.posts[0].fetched_at == NOW
    (lookup,) = http_server.requests_to("/2/users/by")
    assert query(lookup)["usernames"] == "Twitter"
    (timeline,) = http_server.requests_to("/2/users/783214/tweets")
    params = query(timeline)
    assert params["tweet.fields"] == TWEET_FIELDS
    assert set(TWEET_FIELDS.split(",")) >= {"created_at", "public_metrics", "entities", "referenced_tweets",
                                            "note_tweet", "lang", "author_id", "conversation_id"}
    assert params["expansions"] == EXPANSIONS and params["user.fields"] == USER_FIELDS
    assert params["max_results"] == "100"
    assert "since_id" not in params
    assert params["start_time"] == "2026-04-13T00:00:00Z"  # a first run reads the look-back window only
    for request in (lookup, timeline):
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert outcome.state["user_ids"] == {"twitter": "783214"}
    assert outcome.state["since_id"] == {"user:783214": "1577730467436138524"}
    assert outcome.state["budget"] == {"month": "2026-04", "read": 2}
    assert "X read budget: 2 of 10000 posts used in 2026-04 (UTC)" in outcome.warnings
    assert_no_token(outcome)

    http_server.requests.clear()
    again = fetch(x_source(http_server), client, dict(outcome.state))
    assert again.ok
    assert http_server.requests_to("/2/users/by") == []  # the id came from the cache
    (timeline,) = http_server.requests_to("/2/users/783214/tweets")
    assert query(timeline)["since_id"] == "1577730467436138524"
    assert "start_time" not in query(timeline)
    assert again.state["budget"] == {"month": "2026-04", "read": 4}


def test_unknown_handles_warn_and_the_rest_are_fetched(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    serve_users(http_server)
    http_server.serve_fixture("/2/users/783214/tweets", fixtures_dir / "x" / "tweepy_users_783214_tweets.json")
    http_server.route("/2/users/2244994945/tweets", json_reply({"meta": {"result_count": 0}}))
    outcome = fetch(x_source(http_server, "Twitter,TwitterDev,nobody_here"), client)
    assert outcome.ok
    assert query(http_server.requests_to("/2/users/by")[0])["usernames"] == "Twitter,TwitterDev,nobody_here"
    assert any("nobody_here" in w and "not found" in w for w in outcome.warnings)
    assert len(outcome.posts) == 2
    assert outcome.state["since_id"] == {"user:783214": "1577730467436138524"}  # none for an empty timeline


def test_list_timeline_filters_what_it_has_seen(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    http_server.serve_fixture("/2/lists/84839422/tweets", fixtures_dir / "x" / "tweepy_lists_84839422_tweets.json")
    outcome = fetch(x_source(http_server, "list:84839422"), client)
    assert outcome.ok and len(outcome.posts) == 97
    assert outcome.state["since_id"] == {"list:84839422": "1578510160623853570"}
    again = fetch(x_source(http_server, "list:84839422"), client, dict(outcome.state))
    assert again.ok and again.posts == ()
    for request in http_server.requests_to("/2/lists/84839422/tweets"):
        assert "since_id" not in query(request) and "start_time" not in query(request)  # the endpoint takes neither
    # the second run stopped at the first page: it reached posts it already had
    assert len(http_server.requests_to("/2/lists/84839422/tweets")) == 2
    assert again.state["budget"]["read"] == 97 * 2


def test_since_id_paging_follows_next_token_up_to_max_pages(
    http_server: LocalHTTPServer, client: HttpClient
) -> None:
    def page(first_id: int, token: str | None) -> Reply:
        meta: dict[str, Any] = {"result_count": 5, "newest_id": str(first_id)}
        if token:
            meta["next_token"] = token
        data = [{"id": str(first_id - i), "text": f"post {first_id - i}", "author_id": "783214"} for i in range(5)]
        return json_reply({"data": data, "meta": meta})

    base = 1_900_000_000_000_000_000
    http_server.route("/2/users/783214/tweets", page(base + 20, "p2"), page(base + 15, "p3"), page(base + 10, "p4"))
    state = {"user_ids": {"twitter": "783214"}, "since_id": {"user:783214": str(base)}}
    outcome = fetch(x_source(http_server, max_pages=2, max_results=5), client, state)
    assert outcome.ok
    requests = http_server.requests_to("/2/users/783214/tweets")
    assert [query(r).get("pagination_token") for r in requests] == [None, "p2"]
    assert all(query(r)["since_id"] == str(base) for r in requests)
    assert len(outcome.posts) == 10
    assert outcome.state["since_id"] == {"user:783214": str(base + 20)}
    assert any("more new posts than 2 pages" in w for w in outcome.warnings)


def test_monthly_budget_is_enforced_and_reported(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    serve_users(http_server)
    http_server.serve_fixture("/2/users/783214/tweets", fixtures_dir / "x" / "tweepy_users_783214_tweets.json")
    source = x_source(http_server, monthly_read_budget=9)
    first = fetch(source, client)
    assert first.ok and first.state["budget"] == {"month": "2026-04", "read": 2}
    assert query(http_server.requests_to("/2/users/783214/tweets")[-1])["max_results"] == "9"  # never ask past it
    second = fetch(source, client, dict(first.state))
    assert second.ok and second.state["budget"]["read"] == 4
    third = fetch(source, client, dict(second.state))
    assert query(http_server.requests_to("/2/users/783214/tweets")[-1])["max_results"] == "5"
    assert third.ok and third.state["budget"]["read"] == 6
    requests_before = len(http_server.requests)
    spent = fetch(source, client, dict(third.state))
    assert not spent.ok
    assert spent.error is not None
    assert "monthly read budget spent: 6 of 9 posts read in 2026-04" in spent.error
    assert "2026-05-01" in spent.error and "monthly_read_budget" in spent.error
    assert len(http_server.requests) == requests_before  # nothing was asked for, nothing billed
    assert spent.state["budget"] == {"month": "2026-04", "read": 6}


def test_budget_starts_over_each_calendar_month(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    http_server.serve_fixture("/2/users/783214/tweets", fixtures_dir / "x" / "tweepy_users_783214_tweets.json")
    state = {"user_ids": {"twitter": "783214"}, "budget": {"month": "2026-03", "read": 10_000}}
    outcome = fetch(x_source(http_server), client, state)
    assert outcome.ok and outcome.state["budget"] == {"month": "2026-04", "read": 2}


def test_missing_token_names_the_option_and_sends_nothing(http_server: LocalHTTPServer, client: HttpClient) -> None:
    source = make_source("x", "Twitter", http_server.base_url, token_env="NEWSDESK_X_BEARER_TOKEN")
    outcome = fetch(source, client)
    assert not outcome.ok and outcome.error is not None
    assert "token_env" in outcome.error and "NEWSDESK_X_BEARER_TOKEN" in outcome.error
    assert http_server.requests == []
    assert get_kind("x").requires == ("token",)  # type: ignore[attr-defined]


def test_429_with_a_short_reset_is_waited_out(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    reset = str(int(fake.now) + 30)
    http_server.route("/2/users/783214/tweets",
                      Reply(status=429, body=b'{"title":"Too Many Requests"}', headers={"x-rate-limit-reset": reset}),
                      fixture_reply(fixtures_dir / "x" / "tweepy_users_783214_tweets.json"))
    outcome = fetch(x_source(http_server), client, {"user_ids": {"twitter": "783214"}})
    assert outcome.ok and len(outcome.posts) == 2
    assert fake.sleeps == [30.0]


def test_429_with_retry_after_then_success(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    http_server.route("/2/users/783214/tweets", Reply(status=429, headers={"Retry-After": "3"}),
                      fixture_reply(fixtures_dir / "x" / "tweepy_users_783214_tweets.json"))
    outcome = fetch(x_source(http_server), client, {"user_ids": {"twitter": "783214"}})
    assert outcome.ok and fake.sleeps == [3.0]


def test_429_with_a_long_reset_reads_well(http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime) -> None:
    reset = str(int(fake.now) + 900)
    http_server.route("/2/users/783214/tweets", Reply(status=429, headers={"x-rate-limit-reset": reset}))
    state = {"user_ids": {"twitter": "783214"}, "since_id": {"user:783214": "5"}}
    outcome = fetch(x_source(http_server), client, state)
    assert outcome.error == "X API rate limit reached reading @Twitter (HTTP 429); retry in 900 s"
    assert outcome.state == state  # the old cursor is kept
    assert_no_token(outcome)


def test_500_then_success(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    http_server.route("/2/users/783214/tweets", Reply(status=500, body=b"oops"),
                      fixture_reply(fixtures_dir / "x" / "tweepy_users_783214_tweets.json"))
    outcome = fetch(x_source(http_server), client, {"user_ids": {"twitter": "783214"}})
    assert outcome.ok and len(outcome.posts) == 2
    assert len(fake.sleeps) == 1


def test_one_failing_timeline_does_not_lose_the_others(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    http_server.serve_fixture("/2/users/783214/tweets", fixtures_dir / "x" / "tweepy_users_783214_tweets.json")
    http_server.route("/2/users/2244994945/tweets", Reply(status=503, body=b"down"))
    state = {"user_ids": {"twitter": "783214", "twitterdev": "2244994945"}}
    outcome = fetch(x_source(http_server, "Twitter,TwitterDev"), client, state)
    assert outcome.ok and len(outcome.posts) == 2  # paid for: kept
    assert any(w.startswith("failed: @TwitterDev: HTTP 503") for w in outcome.warnings)
    assert outcome.state["since_id"] == {"user:783214": "1577730467436138524"}


@pytest.mark.parametrize("reply, message", [
    (INVALID_JSON, "invalid JSON"),
    (HTML_ERROR_PAGE, "HTML"),
    (Reply(status=401, body=b'{"title":"Unauthorized"}'), "rejected the bearer token"),
])
def test_broken_answers_are_errors_not_empty_timelines(
    http_server: LocalHTTPServer, client: HttpClient, reply: Reply, message: str
) -> None:
    http_server.route("/2/users/783214/tweets", reply)
    outcome = fetch(x_source(http_server), client, {"user_ids": {"twitter": "783214"}})
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and message in outcome.error
    assert_no_token(outcome)


def test_timeout_is_an_error(http_server: LocalHTTPServer, fake: FakeTime) -> None:
    http_server.route("/2/users/783214/tweets", Reply(delay_s=0.6, body=b"{}"))
    with make_test_client(fake, timeout_s=0.2, retries=0) as quick:
        outcome = fetch(x_source(http_server), quick, {"user_ids": {"twitter": "783214"}})
    assert not outcome.ok and outcome.error is not None and "timed out" in outcome.error


def test_a_first_run_pages_within_the_window_only(http_server: LocalHTTPServer, client: HttpClient) -> None:
    def page(first_id: int, when: str, token: str) -> Reply:
        data = [{"id": str(first_id - i), "text": "t", "author_id": "783214", "created_at": when} for i in range(5)]
        return json_reply({"data": data, "meta": {"result_count": 5, "next_token": token}})

    http_server.route("/2/users/783214/tweets", page(1_950_000_000_000_000_020, "2026-04-13T20:00:00.000Z", "p2"),
                      page(1_950_000_000_000_000_010, "2026-04-12T20:00:00.000Z", "p3"))
    outcome = fetch(x_source(http_server, max_results=5), client, {"user_ids": {"twitter": "783214"}})
    assert outcome.ok and len(outcome.posts) == 10
    requests = http_server.requests_to("/2/users/783214/tweets")
    # the second page reached past the 24 h window, so there is no third request
    assert [query(r).get("pagination_token") for r in requests] == [None, "p2"]
    assert all(query(r)["start_time"] == "2026-04-13T00:00:00Z" for r in requests)
    assert outcome.state["since_id"] == {"user:783214": "1950000000000000020"}


def test_a_page_reaches_back_to_its_own_items_not_to_retweeted_originals(fixtures_dir: Path) -> None:
    (raw,) = jsonl_pages(fixtures_dir, "twarc_two_tweets.jsonl")
    page = parse_x_page(raw, source_id="x:test", fetched_at=FETCHED)
    assert page.oldest_at == datetime(2021, 5, 18, 19, 24, 56, tzinfo=UTC)  # the retweet, not the 05-10 original


def test_a_share_of_the_pooled_budget_caps_the_request_and_is_not_stored(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    serve_users(http_server)
    http_server.serve_fixture("/2/users/783214/tweets", fixtures_dir / "x" / "tweepy_users_783214_tweets.json")
    state = {"pool": {"month": "2026-04", "left": 6}}
    outcome = fetch(x_source(http_server), client, state)
    assert outcome.ok
    assert query(http_server.requests_to("/2/users/783214/tweets")[-1])["max_results"] == "6"
    assert "pool" not in outcome.state  # the share is this run's, handed out by the collector
    stale = fetch(x_source(http_server), client, {"pool": {"month": "2026-03", "left": 0}})
    assert stale.ok  # a share from another month does not apply


def _paged_list(fixtures_dir: Path):
    """The recorded list served as X pages it: `max_results` posts from `pagination_token` on, newest first."""
    recorded = json.loads((fixtures_dir / "x" / "tweepy_lists_84839422_tweets.json").read_bytes())
    posts = recorded["data"]

    def handle(request) -> Reply:
        params = query(request)
        start, size = int(params.get("pagination_token") or 0), int(params["max_results"])
        page = posts[start:start + size]
        meta = {"result_count": len(page), **({"next_token": str(start + size)} if start + size < len(posts) else {})}
        return json_reply({"data": page, "meta": meta})

    return posts, handle


@pytest.mark.parametrize(
    ("per_hour", "new", "sizes"),
    [
        (2.5, 10, ["18"]),  # 4 h at 2.5/h predicts 10: one page of 10 * 1.5 + 3, not 100
        (0.5, 40, ["6", "100"]),  # a burst beyond the pace: the first page is all new, so it pages on
    ],
    ids=["on-pace", "burst"],
)
def test_list_pages_are_sized_by_the_lists_pace(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path, per_hour: float, new: int, sizes: list[str]
) -> None:
    posts, handle = _paged_list(fixtures_dir)
    http_server.route("/2/lists/84839422/tweets", handle)
    state = {"since_id": {"list:84839422": posts[new]["id"]},
             "pace": {"list:84839422": {"per_hour": per_hour, "at": "2026-04-13T20:00:00Z"}}}  # 4 h before NOW
    outcome = fetch(x_source(http_server, "list:84839422"), client, state)

    assert outcome.ok, outcome.error
    assert [query(r)["max_results"] for r in http_server.requests_to("/2/lists/84839422/tweets")] == sizes
    assert sorted(p.id for p in outcome.posts if not p.refs) == sorted(
        f"x:{t['id']}" for t in posts[:new] if not t.get("referenced_tweets"))
    assert outcome.state["since_id"] == {"list:84839422": posts[0]["id"]}
    assert outcome.state["budget"]["read"] == min(sum(int(s) for s in sizes), len(posts))  # billed: what came back
    pace = outcome.state["pace"]["list:84839422"]
    assert pace == {"per_hour": round(0.5 * new / 4 + 0.5 * per_hour, 3), "at": "2026-04-14T00:00:00Z"}


def test_a_first_list_run_starts_the_pace_from_its_page(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    posts, handle = _paged_list(fixtures_dir)
    http_server.route("/2/lists/84839422/tweets", handle)
    outcome = fetch(x_source(http_server, "list:84839422"), client)
    times = [snowflake_time(t["id"]) for t in posts]
    span_h = (times[0] - times[-1]).total_seconds() / 3600
    assert outcome.state["pace"]["list:84839422"]["per_hour"] == round(96 / span_h, 3)
    assert [query(r)["max_results"] for r in http_server.requests_to("/2/lists/84839422/tweets")] == ["100"]
