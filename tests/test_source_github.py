"""The `github` source: the recorded releases Atom feed and REST release, then both APIs against the local server."""

from __future__ import annotations

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
from newsdesk.sources.github import GitHubSource, parse_atom, parse_releases, repo_of

from apikit import NOW, FakeTime, only, query, recorded_headers, source
from httpserver import LocalHTTPServer, Reply, Request, etag_handler

ATOM = "rssparser_gulp_releases_2015.atom"
RELEASE = "octokit_rest_release_by_tag.json"
GULP_TAGS = ["v3.9.0", "v3.8.11", "v3.8.10", "v3.8.9", "v3.8.8", "v3.8.7", "v3.8.6", "v3.8.5", "v3.8.4", "v3.8.3"]


@pytest.fixture
def gh(fixtures_dir: Path) -> Path:
    return fixtures_dir / "github"


@pytest.fixture
def release(gh: Path) -> dict[str, Any]:
    return json.loads((gh / RELEASE).read_bytes())


# -- parsing the recordings ---------------------------------------------------------------------------


def test_atom_releases_with_relative_links(gh: Path) -> None:
    src = Source("github:gulp", "github", "gulpjs/gulp")
    posts, warnings = parse_atom((gh / ATOM).read_bytes(), owner="gulpjs", repo="gulp",
                                 url="https://github.com/gulpjs/gulp/releases.atom", source=src, fetched_at=NOW)
    assert warnings == []
    assert [p.id for p in posts] == [f"github:gulpjs/gulp@{t}" for t in GULP_TAGS]
    first = posts[0]
    # the feed's link is relative ("/gulpjs/gulp/releases/tag/v3.9.0"); the URL is absolute and canonical
    assert first.url == "https://github.com/gulpjs/gulp/releases/tag/v3.9.0"
    assert first.title == "gulp v3.9.0"
    assert first.text == "3.9.0"  # <p>3.9.0</p>, rendered Markdown, as text
    assert first.links == ("https://github.com/gulpjs/gulp",)  # the repository, for joining stories
    # only <updated>, in +02:00: stored in UTC
    assert first.created_at == datetime(2015, 6, 1, 21, 49, 41, tzinfo=UTC)
    assert posts[-1].created_at == datetime(2014, 6, 26, 21, 17, 51, tzinfo=UTC)
    assert all(p.platform == "github" and p.author_handle == "gulpjs" and p.fetched_at == NOW for p in posts)
    assert first.raw is not None and first.raw["id"] == "tag:github.com,2008:Repository/11167738/v3.9.0"


def test_rest_release_object(release: dict[str, Any]) -> None:
    posts, warnings = parse_releases(release, owner="octokit-fixture-org", repo="hello", source_id="gh",
                                     fetched_at=NOW)
    assert warnings == []
    [post] = posts
    assert post.id == "github:octokit-fixture-org/hello@v1.0.0"
    assert post.url == release["html_url"]
    assert post.title == "hello v1.0.0"
    assert post.text == "Version 1.0.0 Initial release"  # the name says more than the tag, then the notes
    assert post.created_at == datetime(2022, 7, 19, 4, 40, 21, tzinfo=UTC)  # published_at, not created_at
    assert post.links == ("https://github.com/octokit-fixture-org/hello",)
    assert post.metrics == {}  # no reactions in this payload: no invented zero


def test_drafts_are_skipped_prereleases_flagged_notes_made_plain(release: dict[str, Any]) -> None:
    notes = "## Highlights\n* **Faster** decoding, see [the blog](https://example.org/blog)\n\n```\npip install x\n```"
    items = [
        {**release, "tag_name": "v2.0.0-rc1", "prerelease": True, "name": "", "body": notes,
         "reactions": {"total_count": 12, "+1": 10, "heart": 2}},
        {**release, "tag_name": "v2.0.0", "draft": True},
        release,
    ]
    posts, _ = parse_releases(items, owner="o", repo="r", source_id="gh", fetched_at=NOW)
    assert [p.id for p in posts] == ["github:o/r@v2.0.0-rc1", "github:o/r@v1.0.0"]
    rc = posts[0]
    assert rc.title == "r v2.0.0-rc1 (pre-release)"
    assert rc.text == "Highlights Faster decoding, see the blog pip install x"
    assert rc.links == ("https://github.com/o/r", "https://example.org/blog")
    assert rc.metrics == {"likes": 12.0}


@pytest.mark.parametrize("data", [{"message": "Not Found"}, "releases", None])
def test_anything_but_releases_is_an_error(data: object) -> None:
    with pytest.raises(SourceError, match="not a list of releases"):
        parse_releases(data, owner="o", repo="r", source_id="gh", fetched_at=NOW)


@pytest.mark.parametrize(
    ("locator", "expected"),
    [("openai/whisper", ("openai", "whisper")), ("https://github.com/ggml-org/llama.cpp", ("ggml-org", "llama.cpp")),
     ("vllm-project/vllm.git", ("vllm-project", "vllm"))],
)
def test_locators(locator: str, expected: tuple[str, str]) -> None:
    assert repo_of(locator) == expected


def test_a_bad_locator_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        repo_of("just-a-name")


# -- fetching from the local server ---------------------------------------------------------------


def test_registered_under_github() -> None:
    assert REGISTRY["github"] is GitHubSource


def test_atom_is_the_default_and_is_fetched_conditionally(
    http_server: LocalHTTPServer, http: HttpClient, gh: Path
) -> None:
    path = "/gulpjs/gulp/releases.atom"
    http_server.route(path, etag_handler((gh / ATOM).read_bytes(), etag='W/"rel-1"',
                                         content_type="application/atom+xml; charset=utf-8"))
    src = source("github", "gulpjs/gulp", http_server.base_url)
    first = GitHubSource().fetch(src, {}, http)
    assert first.ok and len(first.posts) == 10
    # canonical URLs point at github.com, wherever the feed was read from
    assert first.posts[0].url == "https://github.com/gulpjs/gulp/releases/tag/v3.9.0"
    assert first.state["newest_published"] == "2015-06-01T21:49:41+00:00"
    second = GitHubSource().fetch(src, first.state, http)
    assert second.ok and second.not_modified and second.posts == ()
    sent = http_server.requests_to(path)
    assert "if-none-match" not in sent[0].headers and sent[1].headers["if-none-match"] == 'W/"rel-1"'
    assert "authorization" not in sent[1].headers
    assert second.state == first.state


def _rest_handler(body: bytes, headers: dict[str, str]) -> Any:
    etag = headers["ETag"]

    def handle(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(status=304, headers={"ETag": etag})
        return Reply(body=body, headers=headers)

    return handle


def test_rest_with_a_token_sends_auth_and_etag(
    http_server: LocalHTTPServer, http: HttpClient, gh: Path, release: dict[str, Any]
) -> None:
    sidecar = json.loads((gh / "octokit_rest_release_by_tag.headers.json").read_text(encoding="utf-8"))
    headers = recorded_headers(sidecar)
    path = "/repos/octokit-fixture-org/hello/releases"
    # the list endpoint answers an array of the objects the recorded by-tag endpoint returns
    http_server.route(path, _rest_handler(json.dumps([release]).encode(), headers))
    src = source("github", "octokit-fixture-org/hello", http_server.base_url, token=SecretStr("ghp_test"))
    first = GitHubSource().fetch(src, {}, http)
    assert first.ok and [p.id for p in first.posts] == ["github:octokit-fixture-org/hello@v1.0.0"]
    assert first.state["validators"] == {
        f"{http_server.base_url}{path}?per_page=30": {
            "etag": headers["ETag"], "last_modified": "Tue, 19 Jul 2022 04:40:21 GMT",
        },
    }
    second = GitHubSource().fetch(src, first.state, http)
    assert second.ok and second.not_modified
    sent = http_server.requests_to(path)
    assert len(sent) == 2 and query(sent[0]) == {"per_page": "30"}
    assert sent[0].headers["authorization"] == "Bearer ghp_test"
    assert sent[0].headers["accept"] == "application/vnd.github+json"
    assert sent[0].headers["x-github-api-version"] == "2022-11-28"
    assert sent[1].headers["if-none-match"] == headers["ETag"]
    assert "ghp_test" not in json.dumps(second.state)


def test_rest_without_a_token_when_asked(http_server: LocalHTTPServer, http: HttpClient, release: dict) -> None:
    http_server.route("/repos/o/r/releases", Reply(body=json.dumps([release]).encode(),
                                                   headers={"Content-Type": "application/json"}))
    outcome = GitHubSource().fetch(source("github", "o/r", http_server.base_url, api="rest", per_page=5), {}, http)
    assert outcome.ok and len(outcome.posts) == 1
    sent = only(http_server.requests_to("/repos/o/r/releases"))
    assert "authorization" not in sent.headers and query(sent) == {"per_page": "5"}


@pytest.mark.parametrize(
    ("api", "reply", "message"),
    [
        ("rest", Reply(body=b"[{", headers={"Content-Type": "application/json"}), "invalid JSON"),
        ("rest", Reply(body=b"<!DOCTYPE html><html><body>Unicorn!</body></html>",
                       headers={"Content-Type": "text/html"}), "HTML page"),
        ("rest", Reply(status=403, body=b'{"message": "API rate limit exceeded"}',
                       headers={"X-RateLimit-Remaining": "0"}), "HTTP 403"),
        ("atom", Reply(body=b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><title>v1",
                       headers={"Content-Type": "application/atom+xml"}), "broken XML"),
        ("atom", Reply(body=b"<html><head><title>Page not found</title></head></html>",
                       headers={"Content-Type": "text/html"}), "HTML page"),
    ],
    ids=["rest-invalid-json", "rest-html-200", "rest-403", "atom-truncated", "atom-html-200"],
)
def test_failures_are_error_outcomes(
    http_server: LocalHTTPServer, http: HttpClient, api: str, reply: Reply, message: str
) -> None:
    http_server.route("/repos/o/r/releases" if api == "rest" else "/o/r/releases.atom", reply)
    state = {"validators": {"elsewhere": {"etag": '"x"'}}, "newest_published": "2020-01-01T00:00:00+00:00"}
    outcome = GitHubSource().fetch(source("github", "o/r", http_server.base_url, api=api), state, http)
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and message in outcome.error
    assert outcome.state == state


def test_500_and_429_then_success(
    http_server: LocalHTTPServer, http: HttpClient, fake: FakeTime, gh: Path
) -> None:
    ok = Reply(body=(gh / ATOM).read_bytes(), headers={"Content-Type": "application/atom+xml"})
    limited = Reply(status=429, headers={"Retry-After": "5"})
    http_server.route("/gulpjs/gulp/releases.atom", Reply(status=503), limited, ok)
    outcome = GitHubSource().fetch(source("github", "gulpjs/gulp", http_server.base_url), {}, http)
    assert outcome.ok and len(outcome.posts) == 10
    assert fake.sleeps == [0.375, 5.0]
