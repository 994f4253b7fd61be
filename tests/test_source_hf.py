"""The `hf` source: daily papers (synthetic payload, see below), recorded model payloads, the 307 rename."""

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
from newsdesk.sources._api import parse_json_body
from newsdesk.sources.base import REGISTRY
from newsdesk.sources.hf import HuggingFaceSource, parse_daily_papers, parse_models

from apikit import NOW, FakeTime, only, query, source
from httpserver import LocalHTTPServer, Reply, Request, fixture_reply

PAPERS = "/api/daily_papers"
MODELS = "/api/models"

# --------------------------------------------------------------------------------------------------
# SYNTHETIC TEST DATA. No recording of GET /api/daily_papers exists in public test data (the fixtures
# README lists it as a gap), so this payload is written by hand in the documented shape: a list of
# {paper: {id (arXiv id), title, summary, authors[], publishedAt, upvotes, ai_summary, ai_keywords,
# githubRepo, githubStars, projectPage}, publishedAt, submittedOnDailyAt, title, thumbnail,
# numComments, submittedBy, organization}. Papers, people and numbers are invented.
# --------------------------------------------------------------------------------------------------
SYNTHETIC_DAILY_PAPERS: list[dict[str, Any]] = [
    {
        "paper": {
            "id": "2604.01234",
            "authors": [
                {"_id": "a1", "name": "Ada Example", "hidden": False},
                {"_id": "a2", "name": "Hidden Person", "hidden": True},
                {"_id": "a3", "name": "Bo  Sample", "hidden": False},
            ],
            "publishedAt": "2026-04-10T17:59:59.000Z",
            "submittedOnDailyAt": "2026-04-13T04:12:00.000Z",
            "title": "Synthetic Sparse Mixtures for\n  Long-Context Reasoning",
            "summary": "We study a made-up method.\nIt is hard-wrapped like arXiv abstracts & keeps a plain ampersand.",
            "upvotes": 42,
            "ai_summary": "A made-up method for long contexts.",
            "ai_keywords": ["mixture of experts", "long context"],
            "githubRepo": "https://github.com/example-lab/sparse-mix",
            "githubStars": 310,
            "projectPage": "https://example-lab.github.io/sparse-mix/",
        },
        "publishedAt": "2026-04-10T17:59:59.000Z",
        "submittedOnDailyAt": "2026-04-13T04:12:00.000Z",
        "title": "Synthetic Sparse Mixtures for Long-Context Reasoning",
        "thumbnail": "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2604.01234.png",
        "numComments": 3,
        "submittedBy": {"_id": "u1", "name": "daily-submitter", "fullname": "Daily Submitter"},
        "organization": {"_id": "o1", "name": "example-lab", "fullname": "Example Lab"},
    },
    {
        "paper": {
            "id": "2604.05678",
            "authors": [{"_id": "b1", "name": "Cy Placeholder", "hidden": False}],
            "publishedAt": "2026-04-11T09:00:00.000Z",
            "title": "A Second Invented Paper",
            "summary": "Short abstract.",
            "upvotes": 0,
        },
        "publishedAt": "2026-04-11T09:00:00.000Z",
        "submittedOnDailyAt": "2026-04-13T08:30:00.000Z",
        "title": "A Second Invented Paper",
        "numComments": 0,
        "submittedBy": {"_id": "u1", "name": "daily-submitter"},
    },
    {"paper": {"title": "an entry without an id"}, "submittedOnDailyAt": "2026-04-13T09:00:00.000Z"},
]
#: the day before: one paper again (lists overlap across days) and one more
SYNTHETIC_DAILY_PAPERS_PREVIOUS_DAY: list[dict[str, Any]] = [
    copy.deepcopy(SYNTHETIC_DAILY_PAPERS[1]),
    {
        "paper": {"id": "2604.00001", "authors": [], "title": "Yesterday's Invented Paper", "summary": "",
                  "publishedAt": "2026-04-09T00:00:00.000Z", "upvotes": 7},
        "submittedOnDailyAt": "2026-04-12T10:00:00.000Z",
        "numComments": 1,
    },
]


@pytest.fixture
def hfdir(fixtures_dir: Path) -> Path:
    return fixtures_dir / "huggingface"


@pytest.fixture
def bart(hfdir: Path) -> dict[str, Any]:
    return json.loads((hfdir / "hfhub_api_models_facebook-bart-base.json").read_bytes())


@pytest.fixture
def t5(hfdir: Path) -> dict[str, Any]:
    return json.loads((hfdir / "hfhub_api_models_google-t5-t5-small.json").read_bytes())


# -- daily papers (synthetic payload) ------------------------------------------------------------------


def test_daily_papers_join_arxiv_ids() -> None:
    posts, warnings = parse_daily_papers(SYNTHETIC_DAILY_PAPERS, source_id="hf:papers", fetched_at=NOW)
    assert warnings == ["hf: entry 2 has no paper id; skipped"]
    assert [p.id for p in posts] == ["hf:paper:2604.01234", "hf:paper:2604.05678"]
    paper = posts[0]
    assert paper.url == "https://huggingface.co/papers/2604.01234"
    # the abs URL makes it meet the arxiv source's post of the same paper on "arxiv:2604.01234"
    assert paper.links == ("https://arxiv.org/abs/2604.01234", "https://github.com/example-lab/sparse-mix",
                           "https://example-lab.github.io/sparse-mix/")
    assert paper.title == "Synthetic Sparse Mixtures for Long-Context Reasoning"
    assert paper.text == "We study a made-up method. It is hard-wrapped like arXiv abstracts & keeps a plain ampersand."
    assert paper.author_name == "Ada Example, Bo Sample"  # hidden authors stay hidden
    assert paper.author_handle == "Ada Example"
    assert paper.metrics == {"likes": 42.0, "comments": 3.0}  # upvotes are likes
    # when it joined the list, not the arXiv date
    assert paper.created_at == datetime(2026, 4, 13, 4, 12, tzinfo=UTC)
    assert paper.platform == "hf" and paper.fetched_at == NOW
    assert posts[1].metrics == {"likes": 0.0, "comments": 0.0}  # zero upvotes is a real zero


@pytest.mark.parametrize("data", [{"error": "Invalid date"}, "x", None])
def test_anything_but_a_papers_list_is_an_error(data: object) -> None:
    with pytest.raises(SourceError, match="not a daily papers list"):
        parse_daily_papers(data, source_id="hf", fetched_at=NOW)


# -- models (recorded payloads) --------------------------------------------------------------------


def test_recorded_model_becomes_a_post(bart: dict[str, Any]) -> None:
    [post] = parse_models(bart, source_id="hf:models", fetched_at=NOW)[0]
    assert post.id == "hf:model:facebook/bart-base"
    assert post.url == "https://huggingface.co/facebook/bart-base"
    assert post.title == "facebook/bart-base"
    assert post.metrics == {"likes": 178.0, "downloads": 2924294.0}  # no trendingScore on this endpoint
    assert post.links == ("https://huggingface.co/facebook/bart-base", "https://arxiv.org/abs/1910.13461")
    assert post.created_at == datetime(2022, 3, 2, 23, 29, 5, tzinfo=UTC)
    assert post.author_handle == "facebook"
    assert post.text == (
        "facebook/bart-base on Hugging Face (feature-extraction, transformers); papers: arXiv:1910.13461"
    )


def test_every_arxiv_tag_becomes_a_link(t5: dict[str, Any]) -> None:
    [post] = parse_models(t5, source_id="hf", fetched_at=NOW)[0]
    papers = [t.split(":", 1)[1] for t in t5["tags"] if t.startswith("arxiv:")]
    assert len(papers) >= 6
    assert post.links == ("https://huggingface.co/google-t5/t5-small",
                          *(f"https://arxiv.org/abs/{p}" for p in papers))


def test_a_trending_list(bart: dict[str, Any], t5: dict[str, Any]) -> None:
    # the list endpoint's items are these objects, plus trendingScore
    listing = [{**t5, "trendingScore": 17}, {**bart, "trendingScore": 9}, {"author": "nobody"},
               {**bart, "id": "facebook/private-one", "private": True}]
    posts, warnings = parse_models(listing, source_id="hf", fetched_at=NOW)
    assert [p.id for p in posts] == ["hf:model:google-t5/t5-small", "hf:model:facebook/bart-base"]
    assert posts[0].metrics == {"likes": 433.0, "downloads": 5747624.0, "score": 17.0}
    assert warnings == ["hf: model 2 has no id; skipped"]


def test_the_redirect_notice_is_not_a_model(hfdir: Path) -> None:
    # what a client that does not follow the 307 would try to parse
    body = (hfdir / "hfhub_api_models_t5-small_307_redirect.txt").read_bytes()
    with pytest.raises(SourceError, match="invalid JSON"):
        parse_json_body(body, url="https://huggingface.co/api/models/t5-small")


# -- fetching from the local server ---------------------------------------------------------------


def test_registered_under_hf() -> None:
    assert REGISTRY["hf"] is HuggingFaceSource


def _papers_by_date(etag: str) -> Any:
    lists = {"2026-04-14": SYNTHETIC_DAILY_PAPERS, "2026-04-13": SYNTHETIC_DAILY_PAPERS_PREVIOUS_DAY}

    def handle(request: Request) -> Reply:
        day = query(request)["date"]
        tag = f'W/"{etag}-{day}"'
        if request.headers.get("if-none-match") == tag:
            return Reply(status=304, headers={"ETag": tag})
        body = json.dumps(lists.get(day, [])).encode()
        return Reply(body=body, headers={"Content-Type": "application/json; charset=utf-8", "ETag": tag})

    return handle


def test_papers_reads_today_and_yesterday_conditionally(http_server: LocalHTTPServer, http: HttpClient) -> None:
    http_server.route(PAPERS, _papers_by_date("v1"))
    src = source("hf", "papers", http_server.base_url)
    first = HuggingFaceSource().fetch(src, {}, http)
    assert first.ok and not first.not_modified
    # a paper on both days' lists is one post
    assert sorted(p.id for p in first.posts) == ["hf:paper:2604.00001", "hf:paper:2604.01234", "hf:paper:2604.05678"]
    sent = [query(r) for r in http_server.requests_to(PAPERS)]
    assert sent == [{"date": "2026-04-14", "limit": "100"}, {"date": "2026-04-13", "limit": "100"}]
    assert first.state["newest_submitted"] == "2026-04-13T08:30:00+00:00"
    assert len(first.state["validators"]) == 2
    second = HuggingFaceSource().fetch(src, first.state, http)
    assert second.ok and second.not_modified and second.posts == ()
    again = http_server.requests_to(PAPERS)[2:]
    assert [r.headers["if-none-match"] for r in again] == ['W/"v1-2026-04-14"', 'W/"v1-2026-04-13"']
    assert second.state == first.state


def test_models_asks_for_trending_with_a_token(
    http_server: LocalHTTPServer, http: HttpClient, bart: dict[str, Any], t5: dict[str, Any]
) -> None:
    http_server.route(MODELS, Reply(body=json.dumps([t5, bart]).encode(), headers={"Content-Type": "application/json"}))
    src = source("hf", "models", http_server.base_url, token=SecretStr("hf_test"), limit=20)
    outcome = HuggingFaceSource().fetch(src, {}, http)
    assert outcome.ok
    assert [p.id for p in outcome.posts] == ["hf:model:google-t5/t5-small", "hf:model:facebook/bart-base"]
    sent = only(http_server.requests_to(MODELS))
    assert query(sent) == {"sort": "trendingScore", "limit": "20"}
    assert sent.headers["authorization"] == "Bearer hf_test"
    assert "newest_submitted" not in outcome.state


def test_recorded_weak_etag_gives_304(http_server: LocalHTTPServer, http: HttpClient, hfdir: Path) -> None:
    recorded = fixture_reply(hfdir / "hfhub_api_models_facebook-bart-base.json")
    etag = recorded.headers["ETag"]
    assert etag.startswith('W/"')

    def handle(request: Request) -> Reply:
        return Reply(status=304, headers={"ETag": etag}) if request.headers.get("if-none-match") == etag else recorded

    http_server.route(MODELS, handle)
    src = source("hf", "models", http_server.base_url)
    first = HuggingFaceSource().fetch(src, {}, http)
    assert [p.id for p in first.posts] == ["hf:model:facebook/bart-base"]
    second = HuggingFaceSource().fetch(src, first.state, http)
    assert second.not_modified and second.posts == ()
    assert http_server.requests_to(MODELS)[1].headers["if-none-match"] == etag


def test_a_renamed_repository_follows_the_relative_307(
    http_server: LocalHTTPServer, http: HttpClient, hfdir: Path
) -> None:
    # the recorded 307 (Location: /api/models/google-t5/t5-small, relative), then the recorded target
    http_server.serve_fixture(MODELS, hfdir / "hfhub_api_models_t5-small_307_redirect.txt")
    http_server.serve_fixture("/api/models/google-t5/t5-small", hfdir / "hfhub_api_models_google-t5-t5-small.json")
    outcome = HuggingFaceSource().fetch(source("hf", "models", http_server.base_url), {}, http)
    assert outcome.ok and [p.id for p in outcome.posts] == ["hf:model:google-t5/t5-small"]
    assert len(http_server.requests_to("/api/models/google-t5/t5-small")) == 1


def test_a_bad_locator_is_a_config_error(http: HttpClient) -> None:
    with pytest.raises(ConfigError, match="'papers' or 'models'"):
        HuggingFaceSource().fetch(source("hf", "datasets", "http://127.0.0.1:9"), {}, http)


@pytest.mark.parametrize(
    ("locator", "reply", "message"),
    [
        ("models", Reply(body=b'[{"id": "x"', headers={"Content-Type": "application/json"}), "invalid JSON"),
        ("papers", Reply(body=b"<!DOCTYPE html><html><body>We'll be back</body></html>",
                         headers={"Content-Type": "text/html"}), "HTML page"),
        ("papers", Reply(body=b'{"error": "Invalid date"}', headers={"Content-Type": "application/json"}),
         "Invalid date"),
        ("models", Reply(status=401, body=b'{"error": "Invalid credentials"}'), "HTTP 401"),
    ],
    ids=["invalid-json", "html-200", "error-object", "401"],
)
def test_failures_are_error_outcomes(
    http_server: LocalHTTPServer, http: HttpClient, locator: str, reply: Reply, message: str
) -> None:
    http_server.route(PAPERS if locator == "papers" else MODELS, reply)
    state = {"validators": {}, "newest_submitted": "2026-04-12T00:00:00+00:00"}
    outcome = HuggingFaceSource().fetch(source("hf", locator, http_server.base_url), state, http)
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and message in outcome.error
    assert outcome.state == state


def test_500_and_429_then_success(
    http_server: LocalHTTPServer, http: HttpClient, fake: FakeTime, bart: dict[str, Any]
) -> None:
    ok = Reply(body=json.dumps([bart]).encode(), headers={"Content-Type": "application/json"})
    http_server.route(MODELS, Reply(status=502), Reply(status=429, headers={"Retry-After": "3"}), ok)
    outcome = HuggingFaceSource().fetch(source("hf", "models", http_server.base_url), {}, http)
    assert outcome.ok and len(outcome.posts) == 1
    assert fake.sleeps == [0.375, 3.0]
