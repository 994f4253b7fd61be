"""newsdesk.fetch against a real local server: retries, rate limits, redirects, caps, conditional GET."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from newsdesk.config import FetchSettings
from newsdesk.errors import SourceError
from newsdesk.fetch import (
    HttpClient,
    HttpStatusError,
    RateLimitedError,
    Response,
    charset_from_content_type,
    fetch_all,
    make_client,
    redact_url,
    retry_after_s,
)
from newsdesk.model import Source

from httpserver import LocalHTTPServer, Reply, Request, etag_handler, fixture_reply, gzip_reply, redirect

Server = LocalHTTPServer
NOW = 1_750_000_000.0  # a fixed Unix time for Retry-After arithmetic


class FakeTime:
    """Records sleeps instead of sleeping; a fixed clock."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def clock(self) -> float:
        return NOW


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client_factory(fake_time: FakeTime) -> Iterator:
    made: list[HttpClient] = []

    def make(**overrides: object) -> HttpClient:
        settings = FetchSettings(**{"timeout_s": 2.0, "retries": 2, **overrides})  # type: ignore[arg-type]
        client = make_client(settings, sleep=fake_time.sleep, clock=fake_time.clock, jitter=lambda: 0.5)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


# -- plain success ----------------------------------------------------------------------------------


def test_get_returns_a_frozen_response_with_validators(http_server: Server, client_factory) -> None:
    url = http_server.route("/feed", Reply(body=b"<rss/>", headers={
        "Content-Type": "application/rss+xml; charset=ISO-8859-1",
        "ETag": '"abc"', "Last-Modified": "Tue, 19 Jul 2022 04:40:21 GMT",
    }))
    client = client_factory(user_agent="newsdesk-test/1.0")
    response = client.get(url)
    assert isinstance(response, Response)
    assert (response.status, response.url, response.body) == (200, url, b"<rss/>")
    assert response.charset == "iso-8859-1"
    assert response.etag == '"abc"'
    assert response.last_modified == "Tue, 19 Jul 2022 04:40:21 GMT"
    assert response.content_type == "application/rss+xml; charset=ISO-8859-1"
    assert not response.not_modified
    with pytest.raises(AttributeError):
        response.status = 500  # type: ignore[misc]
    sent = http_server.requests_to("/feed")[0]
    assert sent.headers["user-agent"] == "newsdesk-test/1.0"
    assert "if-none-match" not in sent.headers and "if-modified-since" not in sent.headers


def test_gzip_bodies_are_decoded(http_server: Server, client_factory) -> None:
    payload = b"<feed>" + b"x" * 10_000 + b"</feed>"
    url = http_server.route("/gzip", gzip_reply(payload, headers={"Content-Type": "application/atom+xml"}))
    assert client_factory().get(url).body == payload
    assert "gzip" in http_server.requests_to("/gzip")[0].headers["accept-encoding"]


def test_replays_a_recorded_response_with_its_headers(
    http_server: Server, client_factory, fixtures_dir: Path
) -> None:
    url = http_server.serve_fixture("/release", fixtures_dir / "github" / "octokit_rest_release_by_tag.json")
    response = client_factory().get(url)
    assert response.etag == '"d30ee48d5771b88c6ebc18a9f272a995a69615a9581e39f618a57a97a5c0fe64"'
    assert response.last_modified == "Tue, 19 Jul 2022 04:40:21 GMT"
    assert response.charset == "utf-8"
    assert response.headers["x-ratelimit-resource"] == "core"
    assert b'"tag_name":"v1.0.0"' in response.body


# -- conditional GET --------------------------------------------------------------------------------


def test_etag_gives_304_not_modified(http_server: Server, client_factory) -> None:
    url = http_server.route("/etag", etag_handler(
        b"<rss/>", etag='"v1"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT"
    ))
    client = client_factory()
    first = client.get(url)
    assert first.status == 200 and first.etag == '"v1"'
    second = client.get(url, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    sent = http_server.requests_to("/etag")[1].headers
    # ETag first: If-Modified-Since is only for servers that gave no ETag
    assert sent["if-none-match"] == '"v1"' and "if-modified-since" not in sent
    changed = client.get(url, etag='"v0"')
    assert changed.status == 200 and changed.body == b"<rss/>"


def test_last_modified_alone_sends_if_modified_since(http_server: Server, client_factory) -> None:
    stamp = "Mon, 01 Jan 2024 00:00:00 GMT"
    url = http_server.route("/lm", etag_handler(b"<rss/>", etag='"v1"', last_modified=stamp))
    response = client_factory().get(url, last_modified=stamp)
    assert response.not_modified
    assert http_server.requests_to("/lm")[0].headers["if-modified-since"] == stamp


# -- retries and rate limits ------------------------------------------------------------------------


def test_5xx_is_retried_with_jittered_backoff(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/flaky", Reply(status=500), Reply(status=503), Reply(body=b"ok"))
    assert client_factory(retries=2).get(url).body == b"ok"
    assert len(http_server.requests_to("/flaky")) == 3
    # equal jitter with jitter()=0.5: step/2 + step/4, steps 0.5 and 1.0
    assert fake_time.sleeps == [0.375, 0.75]


def test_5xx_gives_up_after_the_retries(http_server: Server, client_factory) -> None:
    url = http_server.route("/down", Reply(status=502))
    with pytest.raises(HttpStatusError, match=r"502 from http://127\.0\.0\.1:\d+/down \(after 3 at") as err:
        client_factory(retries=2).get(url)
    assert err.value.status == 502
    assert len(http_server.requests_to("/down")) == 3


def test_4xx_is_not_retried(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/gone", Reply(status=404))
    with pytest.raises(HttpStatusError, match="HTTP 404 from") as err:
        client_factory().get(url)
    assert err.value.status == 404 and fake_time.sleeps == []
    assert len(http_server.requests_to("/gone")) == 1


def test_429_waits_for_retry_after_seconds(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/limited", Reply(status=429, headers={"Retry-After": "1"}), Reply(body=b"ok"))
    assert client_factory().get(url).body == b"ok"
    assert fake_time.sleeps == [1.0]


def test_429_waits_for_retry_after_http_date(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/limited", Reply(status=429, headers={"Retry-After": _http_date(NOW + 30)}),
                            Reply(body=b"ok"))
    assert client_factory().get(url).body == b"ok"
    assert fake_time.sleeps == [30.0]


def test_429_beyond_the_cap_fails_fast_with_the_wait(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/limited", Reply(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimitedError, match=r"429 from .*/limited: rate limited, retry in 3600 s") as err:
        client_factory().get(url)
    assert err.value.retry_after_s == 3600
    assert fake_time.sleeps == []  # never slept for an hour
    assert len(http_server.requests_to("/limited")) == 1


def test_429_reads_x_rate_limit_reset_epoch(http_server: Server, client_factory, fake_time) -> None:
    reset = str(int(NOW + 120))  # X sends the epoch second the window reopens
    url = http_server.route("/x", Reply(status=429, headers={"x-rate-limit-reset": reset}))
    with pytest.raises(RateLimitedError, match="retry in 120 s"):
        client_factory().get(url)
    url = http_server.route("/x2", Reply(status=429, headers={"x-rate-limit-reset": str(int(NOW + 5))}),
                            Reply(body=b"ok"))
    assert client_factory().get(url).body == b"ok"
    assert fake_time.sleeps == [5.0]


def test_githubs_403_rate_limit_reports_its_reset(http_server: Server, client_factory, fake_time) -> None:
    # GitHub's primary limit: 403 with remaining 0 and the epoch second the window reopens.
    limited = {"x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(NOW + 1800))}
    url = http_server.route("/repos/o/r/releases", Reply(status=403, headers=limited))
    with pytest.raises(RateLimitedError, match=r"HTTP 403 from .*/releases: rate limited, retry in 1800 s") as err:
        client_factory().get(url)
    assert err.value.retry_after_s == 1800 and fake_time.sleeps == []
    # A secondary limit (403 + Retry-After) within the cap is waited out.
    url = http_server.route("/search", Reply(status=403, headers={"Retry-After": "7"}), Reply(body=b"ok"))
    assert client_factory().get(url).body == b"ok"
    assert fake_time.sleeps == [7.0]
    # A 403 that is a refusal stays a refusal, tried once.
    url = http_server.route("/private", Reply(status=403, headers={"x-ratelimit-remaining": "59"}))
    with pytest.raises(HttpStatusError, match="HTTP 403 from") as refused:
        client_factory().get(url)
    assert refused.value.status == 403 and len(http_server.requests_to("/private")) == 1


def test_429_that_never_clears_exhausts_the_retries(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/limited", Reply(status=429, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimitedError, match="rate limited, retry in 2 s"):
        client_factory(retries=1).get(url)
    assert fake_time.sleeps == [2.0]
    assert len(http_server.requests_to("/limited")) == 2


def test_timeout_is_retried_then_reported(http_server: Server, client_factory, fake_time) -> None:
    url = http_server.route("/slow", Reply(body=b"late", delay_s=1.0))
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"timed out fetching http://127\.0\.0\.1:\d+/slow .*after 2 at"):
        client_factory(timeout_s=0.2, retries=1).get(url)
    assert time.monotonic() - started < 1.5
    assert len(fake_time.sleeps) == 1


def test_timeout_then_success(http_server: Server, client_factory) -> None:
    url = http_server.route("/slow-once", Reply(body=b"late", delay_s=0.6), Reply(body=b"fast"))
    assert client_factory(timeout_s=0.2, retries=1).get(url).body == b"fast"


def test_a_trickling_server_hits_the_deadline(http_server: Server, client_factory) -> None:
    # Each byte arrives well within the read timeout, but the whole body never does.
    url = http_server.route("/trickle", Reply(body=b"x" * 200, chunked=True, trickle_s=0.02))
    with pytest.raises(SourceError, match="deadline"):
        client_factory(timeout_s=0.1, retries=0).get(url)


def test_truncated_body_is_an_error(http_server: Server, client_factory) -> None:
    url = http_server.route("/truncated", Reply(body=b"<rss><channel>", declared_length=5000))
    with pytest.raises(SourceError, match=r"connection failed for http://127\.0\.0\.1:\d+/truncated"):
        client_factory(retries=1).get(url)
    assert len(http_server.requests_to("/truncated")) == 2


# -- size caps --------------------------------------------------------------------------------------


def test_declared_huge_body_fails_before_reading(http_server: Server, client_factory) -> None:
    url = http_server.route("/huge", Reply(body=b"x" * 50_000))
    with pytest.raises(SourceError, match="50000 bytes, over the 1000-byte cap"):
        client_factory(max_body_bytes=1000).get(url)


def test_streamed_huge_body_stops_at_the_cap(http_server: Server, client_factory) -> None:
    url = http_server.route("/huge-chunked", Reply(body=b"x" * 300_000, chunked=True))
    with pytest.raises(SourceError, match="exceeds the 100000-byte cap"):
        client_factory(max_body_bytes=100_000).get(url)


def test_gzip_bomb_is_capped_on_decoded_size(http_server: Server, client_factory) -> None:
    url = http_server.route("/bomb", gzip_reply(b"\0" * 5_000_000))
    assert len(gzip.compress(b"\0" * 5_000_000)) < 100_000
    with pytest.raises(SourceError, match="exceeds the 100000-byte cap"):
        client_factory(max_body_bytes=100_000).get(url)


def test_body_at_the_cap_is_fine(http_server: Server, client_factory) -> None:
    url = http_server.route("/exact", Reply(body=b"x" * 1000))
    assert len(client_factory(max_body_bytes=1000).get(url).body) == 1000


# -- redirects --------------------------------------------------------------------------------------


def test_relative_redirect_is_followed(http_server: Server, client_factory) -> None:
    http_server.route("/old/feed", redirect("../new/feed", status=301))
    http_server.route("/new/feed", Reply(body=b"moved here"))
    response = client_factory().get(http_server.url("/old/feed"))
    assert response.body == b"moved here"
    assert response.url == http_server.url("/new/feed")


def test_recorded_huggingface_307_is_followed(http_server: Server, client_factory, fixtures_dir) -> None:
    hf = fixtures_dir / "huggingface"
    http_server.serve_fixture("/api/models/t5-small", hf / "hfhub_api_models_t5-small_307_redirect.txt")
    target = hf / "hfhub_api_models_google-t5-t5-small.json"
    http_server.serve_fixture("/api/models/google-t5/t5-small", target)
    response = client_factory().get(http_server.url("/api/models/t5-small"))
    assert response.url == http_server.url("/api/models/google-t5/t5-small")
    assert b'"id":"google-t5/t5-small"' in response.body.replace(b" ", b"")


def test_redirect_loop_is_an_error(http_server: Server, client_factory) -> None:
    http_server.route("/a", redirect("/b"))
    http_server.route("/b", redirect("/a"))
    with pytest.raises(SourceError, match=r"redirect loop at http://127\.0\.0\.1:\d+/b -> .*/a"):
        client_factory().get(http_server.url("/a"))


def test_redirect_limit(http_server: Server, client_factory) -> None:
    http_server.route("/r1", redirect("/r2"))
    http_server.route("/r2", redirect("/r3"))
    http_server.route("/r3", Reply(body=b"end"))
    assert client_factory(max_redirects=2).get(http_server.url("/r1")).body == b"end"
    with pytest.raises(SourceError, match=r"too many redirects .*more than 1"):
        client_factory(max_redirects=1).get(http_server.url("/r1"))


def test_redirect_to_another_scheme_is_refused(http_server: Server, client_factory) -> None:
    url = http_server.route("/ftp", redirect("ftp://example.com/feed"))
    with pytest.raises(SourceError, match="bad redirect"):
        client_factory().get(url)


def test_non_http_urls_are_refused(client_factory) -> None:
    with pytest.raises(SourceError, match="not an http"):
        client_factory().get("file:///etc/passwd")


# -- secrets ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://user:hunter2@example.com/feed.xml", "https://example.com/feed.xml"),
    ("https://example.com/rss?api_key=s3cr3t&lang=en", "https://example.com/rss?api_key=<redacted>&lang=en"),
    ("https://example.com/f?access_token=abc&page=2#frag", "https://example.com/f?access_token=<redacted>&page=2"),
    ("https://example.com/f?X-Amz-Signature=deadbeef", "https://example.com/f?X-Amz-Signature=<redacted>"),
    ("https://example.com/f?u=Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d", "https://example.com/f?u=<redacted>"),
    ("https://export.arxiv.org/api/query?search_query=all:testing&max_results=10",
     "https://export.arxiv.org/api/query?search_query=all:testing&max_results=10"),
    ("http://127.0.0.1:8080/keyword?keywords=llm", "http://127.0.0.1:8080/keyword?keywords=llm"),
])
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_error_messages_never_carry_secrets(http_server: Server, client_factory) -> None:
    http_server.route("/private", Reply(status=403))
    url = http_server.url("/private?token=TOPSECRET").replace("http://", "http://alice:PASSWORD@")
    with pytest.raises(HttpStatusError) as err:
        client_factory().get(url)
    message = str(err.value)
    assert "TOPSECRET" not in message and "PASSWORD" not in message and "alice" not in message
    assert "/private?token=<redacted>" in message


# -- header parsing ---------------------------------------------------------------------------------


def _http_date(unix: float) -> str:
    return format_datetime(datetime.fromtimestamp(unix, UTC), usegmt=True)


@pytest.mark.parametrize(("headers", "status", "expected"), [
    ({"Retry-After": "120"}, 429, 120.0),
    ({"retry-after": _http_date(NOW + 30)}, 429, 30.0),
    ({"Retry-After": _http_date(NOW - 600)}, 429, 0.0),  # in the past: go now
    ({"Retry-After": "soon"}, 429, None),
    ({"x-rate-limit-reset": str(int(NOW) + 900)}, 429, 900.0),  # X: epoch seconds
    ({"X-RateLimit-Reset": "42"}, 429, 42.0),  # Reddit: seconds left
    ({"X-RateLimit-Reset": datetime.fromtimestamp(NOW + 60, UTC).isoformat()}, 429, 60.0),  # Mastodon
    ({"RateLimit-Reset": "7"}, 429, 7.0),
    ({"x-rate-limit-reset": str(int(NOW) + 900)}, 503, None),  # a budget, not a wait
    ({"Retry-After": "5"}, 503, 5.0),
    ({}, 429, None),
])
def test_retry_after_s(headers: dict[str, str], status: int, expected: float | None) -> None:
    assert retry_after_s(headers, now=NOW, status=status) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("application/atom+xml; charset='gb2312'", "gb2312"),
    ('text/xml; charset="UTF-8"', "utf-8"),
    ("application/rss+xml", None),
    ("text/html; charset=no-such-codec", None),
    (None, None),
])
def test_charset_from_content_type(value: str | None, expected: str | None) -> None:
    assert charset_from_content_type(value) == expected


# -- concurrency ------------------------------------------------------------------------------------


class _InFlight:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.peak = 0

    def __call__(self, request: Request) -> Reply:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(0.1)
        with self.lock:
            self.now -= 1
        body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>%s</title>'
                b"<link>https://example.com/%s</link><pubDate>Mon, 16 Oct 2017 15:10:00 +0000</pubDate>"
                b"</item></channel></rss>") % (request.path.encode(), request.path.encode())
        return Reply(body=body, headers={"Content-Type": "application/rss+xml"})


def test_fetch_all_runs_sources_concurrently_within_the_per_host_limit(
    http_server: Server, client_factory
) -> None:
    counter = _InFlight()
    sources = []
    for n in range(6):
        http_server.route(f"/feed{n}", counter)
        sources.append(Source(id=f"rss:f{n}", kind="rss", locator=http_server.url(f"/feed{n}")))
    sources.append(Source(id="odd", kind="no-such-kind", locator="x"))
    client = client_factory(concurrency=6, per_host=2)
    started = time.monotonic()
    outcomes = fetch_all(sources, {}, client)
    elapsed = time.monotonic() - started
    assert [o.source_id for o in outcomes] == [s.id for s in sources]
    assert all(o.ok and len(o.posts) == 1 for o in outcomes[:6])
    assert outcomes[0].posts[0].title == "/feed0"
    assert outcomes[6].error is not None and "unknown source kind" in outcomes[6].error
    assert counter.peak == 2  # per-host semaphore held
    assert elapsed < 0.6 * 1.5  # 6 requests, 2 at a time, 0.1 s each: about 0.3 s, not 0.6 s


def test_fetch_all_of_nothing(client_factory) -> None:
    assert fetch_all([], {}, client_factory()) == []


def test_client_is_a_context_manager() -> None:
    with make_client(FetchSettings()) as client:
        assert client.settings.timeout_s == 20.0
        assert client.now().tzinfo is UTC


def test_fixture_reply_drops_transfer_headers(fixtures_dir: Path) -> None:
    reply = fixture_reply(fixtures_dir / "github" / "octokit_rest_release_by_tag.json")
    assert reply.status == 200
    assert "Content-Length" not in reply.headers and "connection" not in reply.headers
    assert reply.headers["ETag"].startswith('"d30ee')
