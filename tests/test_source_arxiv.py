"""The `arxiv` source: the recorded API responses (results, one id, empty, the 400 error feed), pacing, paging."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient
from newsdesk.model import Source
from newsdesk.sources.arxiv import (
    PACER,
    ArxivSource,
    Pacer,
    arxiv_id,
    parse_announcements,
    parse_query,
    search_query_of,
)

from apikit import NOW, FakeTime, only, query, source
from httpserver import LocalHTTPServer, Reply, etag_handler, fixture_reply

API = "/api/query"
SEARCH = "arxivpy_api_query_search-testing_max10.xml"
ONE = "arxivpy_api_query_id_list-1707.08567.xml"
EMPTY = "arxivpy_api_query_unknown_id_empty.xml"
ERROR = "arxivpy_api_query_bad_id_http400.xml"
URL = "https://export.arxiv.org/api/query?search_query=testing"
SEARCH_IDS = ["2202.12139", "2405.13786", "2005.14124", "2204.08348", "2302.03287", "1202.4527", "2503.05378",
              "1205.1866", "2502.07719", "1812.11470"]
SRC = Source("arxiv:test", "arxiv", "testing")


@pytest.fixture
def ax(fixtures_dir: Path) -> Path:
    return fixtures_dir / "arxiv"


class FakeMonotonic:
    """A clock that sleeping advances, so a pacer's waits are exact and instant."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.t += seconds


@pytest.fixture
def pace() -> tuple[Pacer, FakeMonotonic]:
    mono = FakeMonotonic()
    return Pacer(3.0, clock=mono.clock, sleep=mono.sleep), mono


# -- parsing the recordings ---------------------------------------------------------------------------


def test_search_results_become_papers(ax: Path) -> None:
    posts, warnings = parse_query((ax / SEARCH).read_bytes(), url=URL, source=SRC, fetched_at=NOW)
    assert warnings == []
    assert [p.id for p in posts] == [f"arxiv:{i}" for i in SEARCH_IDS]
    first = posts[0]
    assert first.url == "https://arxiv.org/abs/2202.12139"  # no version: every version is one paper
    assert first.title == "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques"
    assert first.author_name == "Mohit Kumar Ahuja, Arnaud Gotlieb, Helge Spieker"
    assert first.author_handle == "Mohit Kumar Ahuja"
    assert first.created_at == datetime(2022, 2, 24, 15, 5, 19, tzinfo=UTC)  # <published>, after <category>
    assert first.text.startswith("Deep Learning (DL) has revolutionized")
    # abs URL first (the key stories join on), then PDF, then the DOI
    assert first.links == ("https://arxiv.org/abs/2202.12139", "https://arxiv.org/pdf/2202.12139v1",
                           "https://doi.org/10.1109/ICSTW55395.2022.00035")
    assert first.raw is not None
    assert (first.raw["version"], first.raw["primary_category"], first.raw["categories"]) == (
        "v1", "cs.SE", ["cs.SE", "cs.LG"])
    assert all(p.platform == "arxiv" and p.fetched_at == NOW for p in posts)
    v2 = next(p for p in posts if p.id == "arxiv:2005.14124")
    assert v2.raw is not None and v2.raw["version"] == "v2"
    # entities in titles are decoded
    assert any(p.title == "ChatGPT and Software Testing Education: Promises & Perils" for p in posts)


def test_a_long_author_list_is_cut_with_et_al(ax: Path) -> None:
    [post] = parse_query((ax / ONE).read_bytes(), url=URL, source=SRC, fetched_at=NOW)[0]
    assert post.id == "arxiv:1707.08567"
    assert post.author_name.startswith("Kees A. Schouhamer Immink, Stan Baggen, Ferdaous Chaabane")
    assert post.author_name.endswith(", Akiko Manada et al.") and post.author_name.count(", ") == 19
    assert post.raw is not None and len(post.raw["authors"]) == 34  # all of them stay in raw
    assert post.raw["arxiv_comment"].startswith("44 pages")


def test_hard_wrapped_titles_and_abstracts_are_normalised(ax: Path) -> None:
    # The pre-2026 API wrapped <title> and <summary> at ~80 columns; rewrap the recording that way.
    body = (ax / ONE).read_bytes()
    body = body.replace(b"Proceedings of Workshop AEW10: Concepts", b"Proceedings of Workshop\n  AEW10:  Concepts")
    body = body.replace(b"held in Boppard, Germany", b"held in\n      Boppard,\n  Germany")
    [post] = parse_query(body, url=URL, source=SRC, fetched_at=NOW)[0]
    assert post.title == "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications"
    assert "held in Boppard, Germany on June 21-23, 2017." in post.text


def test_an_empty_result_is_no_papers_not_an_error(ax: Path) -> None:
    assert parse_query((ax / EMPTY).read_bytes(), url=URL, source=SRC, fetched_at=NOW) == ([], [])


def test_the_error_feed_is_an_error_not_a_paper(ax: Path) -> None:
    # HTTP 400's body is a one-entry Atom feed titled "Error" (totalResults 1)
    with pytest.raises(SourceError, match=r"arXiv API error .*: incorrect id format for abc"):
        parse_query((ax / ERROR).read_bytes(), url=URL, source=SRC, fetched_at=NOW)


def test_rss_is_not_mistaken_for_an_api_answer(fixtures_dir: Path) -> None:
    # bioRxiv's RSS 1.0 is a feed, but its items are no arXiv papers: skipped with a warning each
    body = (fixtures_dir / "arxiv" / "feedrs_rss1_biorxiv_preprints.xml").read_bytes()
    posts, warnings = parse_query(body, url=URL, source=SRC, fetched_at=NOW)
    assert posts == [] and warnings and all("has no arXiv id" in w for w in warnings)


@pytest.mark.parametrize(
    ("url", "expected"),
    [("http://arxiv.org/abs/2202.12139v1", ("2202.12139", "v1")),
     ("https://arxiv.org/abs/2401.00001", ("2401.00001", "")),
     ("http://arxiv.org/abs/hep-th/9901001v2", ("hep-th/9901001", "v2")),
     ("https://arxiv.org/api/errors#incorrect_id_format_for_abc", None)],
)
def test_arxiv_ids(url: str, expected: tuple[str, str] | None) -> None:
    assert arxiv_id(url) == expected


@pytest.mark.parametrize(
    ("locator", "expected"),
    [("cs.AI,cs.CL", "cat:cs.AI OR cat:cs.CL"), (" cs.LG ", "cat:cs.LG"),
     ("stat.ML, cs.LG", "cat:stat.ML OR cat:cs.LG"),
     ('all:"mixture of experts" AND cat:cs.LG', 'all:"mixture of experts" AND cat:cs.LG')],
)
def test_locators(locator: str, expected: str) -> None:
    assert search_query_of(locator) == expected


# -- pacing ---------------------------------------------------------------------------------------------


def test_pacer_keeps_three_seconds_between_calls(pace: tuple[Pacer, FakeMonotonic]) -> None:
    pacer, mono = pace
    assert pacer.wait() == 0.0  # the first call goes at once
    mono.t += 1.0
    assert pacer.wait() == pytest.approx(2.0)
    mono.t += 10.0
    assert pacer.wait() == 0.0
    assert mono.sleeps == [2.0]


def test_pacer_serialises_threads() -> None:
    mono = FakeMonotonic()
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            mono.sleep(seconds)

    pacer = Pacer(3.0, clock=mono.clock, sleep=sleep)
    threads = [threading.Thread(target=pacer.wait) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert mono.sleeps == [3.0, 3.0, 3.0]


def test_the_default_pacer_is_arxivs_rule() -> None:
    assert PACER.min_interval_s == 3.0 and ArxivSource().pacer is PACER


# -- fetching from the local server ---------------------------------------------------------------


def test_fetch_queries_categories_newest_first(
    http_server: LocalHTTPServer, http: HttpClient, ax: Path, pace: tuple[Pacer, FakeMonotonic]
) -> None:
    http_server.serve_fixture(API, ax / SEARCH, content_type="application/atom+xml; charset=UTF-8")
    pacer, mono = pace
    src = source("arxiv", "cs.AI,cs.CL", http_server.base_url)
    outcome = ArxivSource(pacer).fetch(src, {}, http)
    assert outcome.ok and len(outcome.posts) == 10 and outcome.warnings == ()
    sent = only(http_server.requests_to(API))
    assert "search_query=cat:cs.AI+OR+cat:cs.CL" in sent.target  # readable, as arXiv documents it
    assert query(sent) == {"search_query": "cat:cs.AI OR cat:cs.CL", "sortBy": "submittedDate",
                           "sortOrder": "descending", "start": "0", "max_results": "100"}
    assert outcome.state == {"newest_published": "2025-03-07T12:39:59+00:00"}
    # a second source right after waits out arXiv's three seconds
    ArxivSource(pacer).fetch(src, outcome.state, http)
    assert mono.sleeps == [3.0]


def test_pages_until_it_reaches_papers_seen_before(
    http_server: LocalHTTPServer, http: HttpClient, ax: Path, pace: tuple[Pacer, FakeMonotonic]
) -> None:
    http_server.serve_fixture(API, ax / SEARCH)
    pacer, mono = pace
    src = source("arxiv", "cs.SE", http_server.base_url, page_size=10, max_pages=3)
    # every paper on the page is newer than the cursor: read on, up to max_pages, and say so
    outcome = ArxivSource(pacer).fetch(src, {"newest_published": "2000-01-01T00:00:00+00:00"}, http)
    assert outcome.ok and len(outcome.posts) == 10  # the same page thrice: counted once
    starts = [query(r)["start"] for r in http_server.requests_to(API)]
    assert starts == ["0", "10", "20"]
    assert mono.sleeps == [3.0, 3.0]
    assert any("3 pages of new papers" in w for w in outcome.warnings)
    # a cursor inside the page stops after one request
    http_server.requests.clear()
    again = ArxivSource(pacer).fetch(src, {"newest_published": "2022-01-01T00:00:00+00:00"}, http)
    assert len(http_server.requests_to(API)) == 1 and again.warnings == ()
    assert again.state["newest_published"] == "2025-03-07T12:39:59+00:00"


def test_the_http_400_error_feed_is_an_error_outcome(
    http_server: LocalHTTPServer, http: HttpClient, ax: Path, pace: tuple[Pacer, FakeMonotonic]
) -> None:
    http_server.serve_fixture(API, ax / ERROR, content_type="application/atom+xml")  # recorded status 400
    outcome = ArxivSource(pace[0]).fetch(source("arxiv", "cs.AI", http_server.base_url), {}, http)
    assert not outcome.ok and outcome.posts == () and outcome.error is not None and "HTTP 400" in outcome.error
    assert len(http_server.requests_to(API)) == 1  # a 400 is not retried


def test_the_error_feed_with_a_200_is_still_an_error(
    http_server: LocalHTTPServer, http: HttpClient, ax: Path, pace: tuple[Pacer, FakeMonotonic]
) -> None:
    http_server.serve_fixture(API, ax / ERROR, status=200, content_type="application/atom+xml")
    outcome = ArxivSource(pace[0]).fetch(source("arxiv", "cs.AI", http_server.base_url), {}, http)
    assert not outcome.ok and outcome.error is not None and "incorrect id format for abc" in outcome.error


def test_an_empty_page_is_ok_and_keeps_the_cursor(
    http_server: LocalHTTPServer, http: HttpClient, ax: Path, pace: tuple[Pacer, FakeMonotonic]
) -> None:
    http_server.serve_fixture(API, ax / EMPTY)
    state = {"newest_published": "2026-04-13T17:59:59+00:00"}
    outcome = ArxivSource(pace[0]).fetch(source("arxiv", "cs.AI", http_server.base_url), state, http)
    assert outcome.ok and outcome.posts == () and outcome.state == state


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(body=b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><id>http://arxiv.org/abs/2401.0",
               headers={"Content-Type": "application/atom+xml"}), "broken"),
        (Reply(body=b"<!DOCTYPE html><html><body>Service Unavailable</body></html>",
               headers={"Content-Type": "text/html"}), "HTML page"),
        (Reply(body=b"", headers={"Content-Type": "application/atom+xml"}), "empty body"),
        (Reply(status=503, headers={"Retry-After": "600"}), "retry in 600 s"),
    ],
    ids=["truncated-xml", "html-200", "empty-body", "503-long-retry-after"],
)
def test_failures_are_error_outcomes(
    http_server: LocalHTTPServer, http: HttpClient, reply: Reply, message: str,
    pace: tuple[Pacer, FakeMonotonic],
) -> None:
    http_server.route(API, reply)
    state = {"newest_published": "2026-04-13T00:00:00+00:00"}
    outcome = ArxivSource(pace[0]).fetch(source("arxiv", "cs.AI", http_server.base_url), state, http)
    assert not outcome.ok and outcome.posts == ()
    assert outcome.error is not None and message in outcome.error
    assert outcome.state == state


def test_500_and_429_then_success(
    http_server: LocalHTTPServer, http: HttpClient, fake: FakeTime, ax: Path, pace: tuple[Pacer, FakeMonotonic]
) -> None:
    http_server.route(API, Reply(status=500), Reply(status=429, headers={"Retry-After": "4"}),
                      fixture_reply(ax / SEARCH))
    outcome = ArxivSource(pace[0]).fetch(source("arxiv", "cs.AI", http_server.base_url), {}, http)
    assert outcome.ok and len(outcome.posts) == 10
    assert fake.sleeps == [0.375, 4.0]


# -- the announcement feed (rss.arxiv.org) ----------------------------------------------------------
# SYNTHETIC: no recording of rss.arxiv.org is in ../shared/fixtures, so this is our own text in the
# shape it serves (RSS 2.0, arxiv:announce_type, dc:creator, "arXiv:<id> Announce Type: ..." before
# the abstract; see info.arxiv.org/help/rss.html). The papers are invented.
ANNOUNCEMENTS = b"""<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
  <channel>
    <title>cs.AI updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.AI</link>
    <description>cs.AI updates on the arXiv.org e-print archive.</description>
    <lastBuildDate>Wed, 22 Apr 2026 04:00:00 +0000</lastBuildDate>
    <pubDate>Wed, 22 Apr 2026 00:00:00 -0400</pubDate>
    <item>
      <title>Sparse Mixtures of Tiny Experts</title>
      <link>https://arxiv.org/abs/2604.01234</link>
      <description>arXiv:2604.01234v1 Announce Type: new
Abstract: We route tokens among 64 experts of 10M parameters each and match a dense 1B model.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.01234v1</guid>
      <category>cs.AI</category>
      <category>cs.LG</category>
      <pubDate>Wed, 22 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>new</arxiv:announce_type>
      <dc:creator>Ada Example, Grace Sample</dc:creator>
    </item>
    <item>
      <title>Agents That Read the Manual</title>
      <link>https://arxiv.org/abs/2604.02345</link>
      <description>arXiv:2604.02345v1 Announce Type: cross
Abstract: Tool-using agents given the documentation fail 30% less often.</description>
      <guid isPermaLink="false">oai:arXiv.org:2604.02345v1</guid>
      <category>cs.CL</category>
      <pubDate>Wed, 22 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>cross</arxiv:announce_type>
      <dc:creator>Lin Placeholder</dc:creator>
    </item>
    <item>
      <title>An Old Benchmark, Revised</title>
      <link>https://arxiv.org/abs/2501.00077</link>
      <description>arXiv:2501.00077v3 Announce Type: replace
Abstract: Version three fixes a typo in Table 2.</description>
      <guid isPermaLink="false">oai:arXiv.org:2501.00077v3</guid>
      <category>cs.AI</category>
      <pubDate>Wed, 22 Apr 2026 00:00:00 -0400</pubDate>
      <arxiv:announce_type>replace</arxiv:announce_type>
      <dc:creator>Sam Invented</dc:creator>
    </item>
  </channel>
</rss>
"""


def test_announcements_keep_new_papers_and_cross_lists() -> None:
    src = Source("arxiv:rss", "arxiv", "rss:cs.AI")
    posts, warnings = parse_announcements(ANNOUNCEMENTS, url="https://rss.arxiv.org/rss/cs.AI", source=src,
                                          fetched_at=NOW)
    assert warnings == []
    assert [p.id for p in posts] == ["arxiv:2604.01234", "arxiv:2604.02345"]  # the revision is no news
    first = posts[0]
    assert first.url == "https://arxiv.org/abs/2604.01234" and first.platform == "arxiv"
    assert first.text == ("Sparse Mixtures of Tiny Experts\n\nWe route tokens among 64 experts of 10M parameters "
                          "each and match a dense 1B model.")
    assert (first.author_handle, first.author_name) == ("Ada Example", "Ada Example, Grace Sample")
    assert first.created_at == datetime(2026, 4, 22, 4, tzinfo=UTC)
    assert first.raw["announce_type"] == "new" and first.raw["categories"] == ["cs.AI", "cs.LG"]
    assert first.links == ("https://arxiv.org/abs/2604.01234", "https://arxiv.org/pdf/2604.01234")
    revised, _ = parse_announcements(ANNOUNCEMENTS, url="https://rss.arxiv.org/rss/cs.AI", source=src,
                                     fetched_at=NOW, announce=("new", "cross", "replace"))
    assert [p.id for p in revised][-1] == "arxiv:2501.00077"


def test_announcement_feed_is_read_once_per_mailing(http_server: LocalHTTPServer, http: HttpClient) -> None:
    http_server.route("/rss/cs.AI+cs.CL", etag_handler(ANNOUNCEMENTS, etag='"mailing-0422"',
                                                       content_type="application/rss+xml"))
    src = source("arxiv", "rss:cs.AI,cs.CL", "http://unused.invalid", rss_base_url=http_server.base_url)
    first = ArxivSource().fetch(src, {}, http)
    assert first.ok and [p.id for p in first.posts] == ["arxiv:2604.01234", "arxiv:2604.02345"]
    again = ArxivSource().fetch(src, first.state, http)
    assert again.ok and again.not_modified and again.posts == ()
    sent = http_server.requests_to("/rss/cs.AI+cs.CL")
    assert len(sent) == 2 and sent[1].headers["if-none-match"] == '"mailing-0422"'


@pytest.mark.parametrize("locator", ["rss:", "rss:cs.AI,not a category"])
def test_a_bad_feed_locator_is_an_error_outcome(http: HttpClient, locator: str) -> None:
    outcome = ArxivSource().fetch(source("arxiv", locator, "http://127.0.0.1:9"), {}, http)
    assert not outcome.ok and outcome.error is not None and "rss:cs.AI,cs.CL" in outcome.error
