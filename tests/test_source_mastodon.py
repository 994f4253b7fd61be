"""The `mastodon` kind: Status payloads parsed into Posts, and the account fetch against a local server.

Recorded payloads come from ../shared/fixtures/mastodon (a local Mastodon 4.6 server, see its
README). The account lookup answer, the reply/remote/content-warning statuses and the HTML
snippets written here are SYNTHETIC, shaped like the recorded ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient
from newsdesk.model import Ref
from newsdesk.sources.base import FetchOutcome, get_kind
from newsdesk.sources.mastodon import (
    mastodon_post_id,
    next_link,
    parse_account,
    parse_mastodon_statuses,
    status_html_to_text,
)

from httpserver import LocalHTTPServer, Reply, fixture_reply
from socialkit import HTML_ERROR_PAGE, INVALID_JSON, FakeTime, json_reply, load, make_source, make_test_client, query

FETCHED = datetime(2026, 8, 1, 14, tzinfo=UTC)
HOST = "localhost:3000"
TIMELINE = "mastodonpy_timelines_public_anonymous.json"
ACCOUNT_ID = "117020565966271181"
STATUSES = f"/api/v1/accounts/{ACCOUNT_ID}/statuses"
LOOKUP = "/api/v1/accounts/lookup"
#: SYNTHETIC: the part of GET /api/v1/accounts/lookup?acct=mastodonpy_test the source reads
ACCOUNT = {"id": ACCOUNT_ID, "username": "mastodonpy_test", "acct": "mastodonpy_test",
           "display_name": "John Lennon", "url": "http://localhost:3000/@mastodonpy_test"}


def parse(fixtures_dir: Path, name: str):
    return parse_mastodon_statuses((fixtures_dir / "mastodon" / name).read_bytes(), instance=HOST,
                                   source_id="mastodon:test", fetched_at=FETCHED)


def status(fixtures_dir: Path, name: str) -> dict[str, Any]:
    return load(fixtures_dir / "mastodon" / name)


# -- parsing recorded payloads --------------------------------------------------------------------


def test_public_timeline_statuses(fixtures_dir: Path) -> None:
    raw = load(fixtures_dir / "mastodon" / TIMELINE)
    page = parse(fixtures_dir, TIMELINE)
    assert page.count == 8 and len(page.posts) == 8
    assert [p.id for p in page.posts] == [f"mastodon:{HOST}/{s['id']}" for s in raw]
    first = page.posts[0]
    assert first.platform == "mastodon"
    assert first.url == "http://localhost:3000/@mastodonpy_test_2/117020593134559451"  # the status `url`
    assert first.author_handle == "mastodonpy_test_2@localhost:3000"
    assert first.text == "Toot, finally!"
    assert first.created_at == datetime(2026, 8, 1, 13, 55, 46, 609000, tzinfo=UTC)
    assert first.metrics == {"likes": 0, "reposts": 0, "replies": 0, "quotes": 0}
    assert first.lang == "ja" and first.fetched_at == FETCHED
    assert first.raw == raw[0]
    texts = [p.text for p in page.posts]
    assert "you can't say that on television" in texts  # &#39; decoded
    assert "@mastodonpy_test beep beep I'm a jeep" in texts  # the mention's markup dropped, its text kept
    assert all(p.links == () for p in page.posts)  # a mention is not an outbound link
    assert page.newest == "117020593134559451"


def test_card_link_and_invisible_spans(fixtures_dir: Path) -> None:
    (post,) = parse(fixtures_dir, "mastodonpy_status_with_card.json").posts
    assert post.text == "example.org/"  # "http://" sits in a <span class="invisible">
    assert post.links == ("http://example.org/",)
    assert post.author_name == "John Lennon"


def test_boost_yields_the_original_and_a_thin_boost(fixtures_dir: Path) -> None:
    raw = status(fixtures_dir, "mastodonpy_status_reblog_wrapper.json")
    original, boost = parse(fixtures_dir, "mastodonpy_status_reblog_wrapper.json").posts
    assert original.id == f"mastodon:{HOST}/{raw['reblog']['id']}"
    assert original.text == "Toot!" and original.url == raw["reblog"]["url"]
    assert original.metrics["reposts"] == 1
    assert original.raw == raw["reblog"]
    assert boost.id == f"mastodon:{HOST}/{raw['id']}"
    assert boost.text == "" and boost.metrics == {}
    assert boost.refs == (Ref("reposted", original.id),)
    assert boost.created_at == datetime(2026, 8, 1, 13, 53, 58, 160000, tzinfo=UTC)


def test_native_quote_is_a_ref_and_its_inline_link_is_hidden(fixtures_dir: Path) -> None:
    raw = status(fixtures_dir, "mastodonpy_status_with_quote.json")
    (post,) = parse(fixtures_dir, "mastodonpy_status_with_quote.json").posts
    assert post.refs == (Ref("quoted", f"mastodon:{HOST}/{raw['quote']['quoted_status']['id']}"),)
    assert post.text == "yoooooooo"  # the "RE: <url>" paragraph is what clients hide
    assert post.links == ()


def test_pinned_account_statuses(fixtures_dir: Path) -> None:
    (post,) = parse(fixtures_dir, "mastodonpy_accounts_statuses_pinned.json").posts
    assert (post.id, post.text, post.author_name) == (f"mastodon:{HOST}/117020569296803689", "Toot!", "John Lennon")


def test_remote_status_is_keyed_by_its_origin_and_replies_are_refs() -> None:
    # SYNTHETIC: a remote status as mastodon.social would serve it, replying and behind a content warning
    remote = {
        "id": "113000000000000001", "created_at": "2026-04-13T20:00:00.000Z",
        "in_reply_to_id": "113000000000000000", "spoiler_text": "model release",
        "uri": "https://sigmoid.social/users/karpathy/statuses/112999999999999999",
        "url": "https://sigmoid.social/@karpathy/112999999999999999", "language": "EN",
        "content": '<p>New weights &amp; code: <a href="https://github.com/example/model" rel="nofollow noopener" '
                   'target="_blank"><span class="invisible">https://</span><span class="">github.com/example/'
                   'model</span><span class="invisible"></span></a> <a href="https://sigmoid.social/tags/LLM" '
                   'class="mention hashtag" rel="tag">#<span>LLM</span></a></p>',
        "account": {"id": "1", "username": "karpathy", "acct": "karpathy@sigmoid.social", "display_name": ""},
        "favourites_count": 5, "reblogs_count": 2, "replies_count": 1, "quotes_count": 0,
    }
    (post,) = parse_mastodon_statuses([remote], instance="mastodon.social", source_id="m", fetched_at=FETCHED).posts
    assert post.id == "mastodon:sigmoid.social/112999999999999999"  # the same id from any instance
    assert post.author_handle == "karpathy@sigmoid.social" and post.author_name == "karpathy"
    assert post.text == "model release\n\nNew weights & code: github.com/example/model #LLM"
    assert post.links == ("https://github.com/example/model",)  # not the hashtag
    assert post.refs == (Ref("replied_to", "mastodon:mastodon.social/113000000000000000"),)
    assert post.lang == "en"


def test_status_html_to_text() -> None:
    text, links = status_html_to_text(
        '<p>a &lt;b&gt;<br>c <a href="https://example.com/a/very/long/path"><span class="invisible">https://</span>'
        '<span class="ellipsis">example.com/a/very/lo</span><span class="invisible">ng/path</span></a></p>'
        '<p><span class="h-card"><a href="https://m.s/@bob" class="u-url mention">@<span>bob</span></a></span></p>'
    )
    assert text == "a <b>\nc example.com/a/very/lo…\n\n@bob"
    assert links == ["https://example.com/a/very/long/path"]


def test_ids_without_an_origin_fall_back_to_the_serving_instance() -> None:
    assert mastodon_post_id({"id": "9", "uri": "https://misskey.io/notes/9abc"}, "mastodon.social") == (
        "mastodon:mastodon.social/9")


@pytest.mark.parametrize("body, message", [
    (b"", "empty body"),
    (b"<!DOCTYPE html><html><body>We're sorry, but something went wrong</body></html>", "HTML"),
    (b'[{"id": "1"', "invalid JSON"),
    (b'{"error": "Record not found"}', "Record not found"),
    (b'{"id": "1"}', "not a status"),
    (b'"hello"', "not statuses"),
])
def test_bodies_that_are_not_statuses_are_errors(body: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        parse_mastodon_statuses(body, instance=HOST, source_id="m", fetched_at=FETCHED)


def test_next_link_from_the_recorded_header(fixtures_dir: Path) -> None:
    sidecar = load(fixtures_dir / "mastodon" / "mastodonpy_timelines_public_anonymous.headers.json")
    base = "http://localhost:3000/api/v1/timelines/public"
    assert next_link(sidecar["headers"]["link"], base) == base + "?max_id=117020574694606796"
    pinned = load(fixtures_dir / "mastodon" / "mastodonpy_accounts_statuses_pinned.headers.json")
    assert next_link(pinned["headers"]["link"], base) is None  # only rel="prev"
    assert next_link('</page2>; rel="next"', "https://m.s/api/v1/x") == "https://m.s/page2"


@pytest.mark.parametrize("locator, expected", [
    ("@Gargron@mastodon.social", ("Gargron", "mastodon.social")),
    ("simon@fedi.simonwillison.net", ("simon", "fedi.simonwillison.net")),
    ("https://mastodon.social/@Gargron", ("Gargron", "mastodon.social")),
    ("https://localhost:3000/users/mastodonpy_test", ("mastodonpy_test", "localhost:3000")),
])
def test_account_locators(locator: str, expected: tuple[str, str]) -> None:
    assert parse_account(locator) == expected


@pytest.mark.parametrize("locator", ["Gargron", "https://mastodon.social/about", "@a@b@c"])
def test_bad_account_locators(locator: str) -> None:
    with pytest.raises(SourceError, match="mastodon locator"):
        parse_account(locator)


# -- fetching against the local server ------------------------------------------------------------


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime(FETCHED)


@pytest.fixture
def client(fake: FakeTime) -> Iterator[HttpClient]:
    with make_test_client(fake, timeout_s=1.0) as c:
        yield c


def fetch(server: LocalHTTPServer, client: HttpClient, state: dict[str, Any] | None = None,
          **options: Any) -> FetchOutcome:
    source = make_source("mastodon", "@mastodonpy_test@localhost:3000", server.base_url, **options)
    return get_kind("mastodon").fetch(source, state or {}, client)


def replayed(fixtures_dir: Path, name: str, *, link: str | None = None) -> Reply:
    """The recorded reply, with its Link header pointed at the local server instead of localhost:3000."""
    reply = fixture_reply(fixtures_dir / "mastodon" / name)
    headers = {k: v for k, v in reply.headers.items() if k.lower() != "link"}
    if link:
        headers["Link"] = link
    return dataclasses.replace(reply, headers=headers)


KNOWN = {"acct": "mastodonpy_test@localhost:3000", "account_id": ACCOUNT_ID}


def test_fetch_looks_up_the_account_pages_and_keeps_since_id(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    http_server.route(LOOKUP, json_reply(ACCOUNT))
    next_url = http_server.url(f"{STATUSES}?exclude_replies=true&limit=40&max_id=117020574694606796")

    def statuses(request: Any) -> Reply:
        if "max_id" in query(request):
            return replayed(fixtures_dir, "mastodonpy_accounts_statuses_pinned.json")
        link = f'<{next_url}>; rel="next", <{http_server.base_url}/p>; rel="prev"'
        return replayed(fixtures_dir, TIMELINE, link=link)

    http_server.route(STATUSES, statuses)
    outcome = fetch(http_server, client)
    assert outcome.ok, outcome.error
    assert len(outcome.posts) == 9  # 8 on the first page, 1 on the next
    (lookup,) = http_server.requests_to(LOOKUP)
    assert query(lookup) == {"acct": "mastodonpy_test@localhost:3000"}  # base_url is another host
    first, second = http_server.requests_to(STATUSES)
    assert query(first) == {"exclude_replies": "true", "limit": "40"}
    assert query(second)["max_id"] == "117020574694606796"
    assert outcome.state == {**KNOWN, "since_id": "117020593134559451"}

    http_server.requests.clear()
    http_server.route(STATUSES, json_reply([]))
    again = fetch(http_server, client, dict(outcome.state))
    assert again.ok and again.posts == ()
    assert http_server.requests_to(LOOKUP) == []  # the id came from the cache
    (request,) = http_server.requests_to(STATUSES)
    assert query(request)["since_id"] == "117020593134559451"
    assert again.state["since_id"] == "117020593134559451"


def test_statuses_at_or_below_since_id_are_dropped_and_stop_paging(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    link = f'<{http_server.url(STATUSES)}?max_id=1>; rel="next"'
    http_server.route(STATUSES, replayed(fixtures_dir, TIMELINE, link=link))
    outcome = fetch(http_server, client, {**KNOWN, "since_id": "117020588242324937"})
    assert outcome.ok
    assert [p.id.rsplit("/", 1)[1] for p in outcome.posts] == [
        "117020593134559451", "117020592137523525", "117020590477318485"]
    assert len(http_server.requests_to(STATUSES)) == 1


def test_paging_stops_at_the_look_back_window(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    fake.now = datetime(2026, 8, 3, tzinfo=UTC).timestamp()  # two days later: the first page is old news
    link = f'<{http_server.url(STATUSES)}?max_id=1>; rel="next"'
    http_server.route(STATUSES, replayed(fixtures_dir, TIMELINE, link=link))
    outcome = fetch(http_server, client, dict(KNOWN))
    assert outcome.ok and len(outcome.posts) == 8
    assert len(http_server.requests_to(STATUSES)) == 1


def test_a_failing_later_page_keeps_posts_but_not_the_new_since_id(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    def statuses(request: Any) -> Reply:
        if "max_id" in query(request):
            return Reply(status=404, body=b"{}")
        return replayed(fixtures_dir, TIMELINE, link=f'<{http_server.url(STATUSES)}?max_id=1>; rel="next"')

    http_server.route(STATUSES, statuses)
    outcome = fetch(http_server, client, {**KNOWN, "since_id": "1"})
    assert outcome.ok and len(outcome.posts) == 8
    assert outcome.state["since_id"] == "1"  # the next run covers the gap again
    assert any("stopped paging" in w for w in outcome.warnings)


def test_boosts_in_a_timeline_are_unwrapped(
    http_server: LocalHTTPServer, client: HttpClient, fixtures_dir: Path
) -> None:
    boost = status(fixtures_dir, "mastodonpy_status_reblog_wrapper.json")
    http_server.route(STATUSES, json_reply([boost]))
    outcome = fetch(http_server, client, dict(KNOWN))
    original, thin = outcome.posts
    assert original.text == "Toot!" and thin.refs == (Ref("reposted", original.id),)
    assert outcome.state["since_id"] == boost["id"]  # the cursor follows the timeline's own (outer) ids


def test_429_with_an_iso_reset_then_success(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    http_server.route(STATUSES, Reply(status=429, headers={"X-RateLimit-Reset": "2026-08-01T14:00:12.000Z"}),
                      replayed(fixtures_dir, TIMELINE))
    outcome = fetch(http_server, client, dict(KNOWN))
    assert outcome.ok and len(outcome.posts) == 8
    assert fake.sleeps == [12.0]


def test_429_beyond_the_wait_cap_reads_well(http_server: LocalHTTPServer, client: HttpClient) -> None:
    http_server.route(STATUSES, Reply(status=429, headers={"Retry-After": "600"}))
    outcome = fetch(http_server, client, dict(KNOWN))
    assert outcome.error == ("Mastodon rate limit reached reading @mastodonpy_test@localhost:3000 (HTTP 429); "
                             "retry in 600 s")


def test_500_then_success(
    http_server: LocalHTTPServer, client: HttpClient, fake: FakeTime, fixtures_dir: Path
) -> None:
    http_server.route(STATUSES, Reply(status=500), replayed(fixtures_dir, TIMELINE))
    outcome = fetch(http_server, client, dict(KNOWN))
    assert outcome.ok and len(outcome.posts) == 8 and len(fake.sleeps) == 1


def test_unknown_account_is_an_error_naming_it(http_server: LocalHTTPServer, client: HttpClient) -> None:
    http_server.route(LOOKUP, json_reply({"error": "Record not found"}, status=404))
    outcome = fetch(http_server, client)
    assert not outcome.ok and outcome.error is not None
    assert "HTTP 404" in outcome.error and "/api/v1/accounts/lookup" in outcome.error


@pytest.mark.parametrize("reply, message", [
    (INVALID_JSON, "invalid JSON"),
    (HTML_ERROR_PAGE, "HTML"),
    (json_reply({"error": "This method requires an authenticated user"}), "requires an authenticated user"),
])
def test_broken_answers_are_errors_not_empty_timelines(
    http_server: LocalHTTPServer, client: HttpClient, reply: Reply, message: str
) -> None:
    http_server.route(STATUSES, reply)
    outcome = fetch(http_server, client, dict(KNOWN))
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and message in outcome.error
    assert outcome.state == KNOWN


def test_timeout_is_an_error(http_server: LocalHTTPServer, fake: FakeTime) -> None:
    http_server.route(STATUSES, Reply(delay_s=0.6, body=b"[]"))
    with make_test_client(fake, timeout_s=0.2, retries=0) as quick:
        outcome = fetch(http_server, quick, dict(KNOWN))
    assert not outcome.ok and outcome.error is not None and "timed out" in outcome.error
