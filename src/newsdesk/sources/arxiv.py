"""The `arxiv` source: new papers in some categories, from the arXiv API (an Atom feed).

    GET {base}/api/query?search_query=cat:cs.AI+OR+cat:cs.CL&sortBy=submittedDate&sortOrder=descending
        &start=..&max_results=..   (at least 3 s after the previous call from this process)
      ─▶ rss.parse_feed ─▶ parse_query ─▶ Posts

Pacing: arXiv's API terms ask for no more than one request every three seconds. One
`Pacer` per process holds that interval across every arxiv source and thread (the
collector runs sources concurrently); its clock and sleep are injectable so tests do not
wait.

Paging as a cursor: results are newest first, so the source reads pages of `page_size`
until a page reaches a paper published at or before the newest one seen last time
(`newest_published` in the cursor), or `max_pages` pages have been read, in which case
a warning says older papers may have been skipped. The first run reads one page.

Failures that look like data: a bad query answers HTTP 400 with an Atom feed holding
one entry titled "Error" (and `totalResults` 1); the same document with a 200 is still
an error, never a paper. A feed with zero entries is a real (if rare) empty result;
arXiv also returns empty pages transiently, which the next run simply reads again.

Each paper is `arxiv:<id without version>` with url `https://arxiv.org/abs/<id>`, the
authors joined as `author_name`, title and abstract with arXiv's hard wraps collapsed,
and links: the abs URL (so Hugging Face's post of the same paper meets it on `arxiv:<id>`),
the PDF and the DOI when given.

Locator: comma-separated categories (`cs.AI,cs.CL`) or a raw `search_query`
(`all:"mixture of experts" AND cat:cs.LG`). Options: `page_size` (default 100, at most
2000), `max_pages` (default 3), `base_url` (default `https://export.arxiv.org`). The
three-second interval is deliberately not an option: it is arXiv's rule, not ours.

The announcement feed instead: `rss:cs.AI,cs.CL` reads `{rss_base_url}/rss/cs.AI+cs.CL`
(default `https://rss.arxiv.org`), the papers arXiv announced in its last mailing: one
request a day's worth, no paging, no pacing, and a conditional GET, so the runs between
mailings cost a 304. Its items say `arXiv:<id>v<n> Announce Type: new|cross|replace|
replace-cross` before the abstract; `announce` (default `new,cross`) keeps new papers and
cross-lists and leaves out revisions of old ones, which are not news. The posts are the
same `arxiv:<id>` as the API's, so both kinds of source meet in dedup.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient, redact_url
from newsdesk.model import Post, Source, utc
from newsdesk.sources import _api
from newsdesk.sources.base import FetchOutcome, register
from newsdesk.sources.rss import FEED_ACCEPT, cap_text, normalize_space

DEFAULT_BASE_URL = "https://export.arxiv.org"
MIN_INTERVAL_S = 3.0  #: arXiv API terms of use: one request every three seconds
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 2000  #: the API's ceiling per request
DEFAULT_MAX_PAGES = 3
ABS_URL = "https://arxiv.org/abs/{id}"
PDF_URL = "https://arxiv.org/pdf/{id}"
MAX_AUTHORS = 20  #: author_name lists at most this many, then "et al."

_CATEGORY = re.compile(r"^[a-z-]+(?:\.[A-Za-z-]+)?$")
#: new-style ids (2101.00001) and old-style ones (hep-th/9901001, math.GT/0309136), version apart
_ABS_ID = re.compile(r"/abs/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[A-Z]{2})?/\d{7}))(v\d+)?$")


class Pacer:
    """At most one call per `min_interval_s` across threads; time is injectable for tests."""

    def __init__(
        self,
        min_interval_s: float = MIN_INTERVAL_S,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval_s = min_interval_s
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._last: float | None = None

    def wait(self) -> float:
        """Block until the interval since the previous call has passed; returns the seconds slept."""
        with self._lock:  # held while sleeping: concurrent callers queue up, each paced
            slept = 0.0
            if self._last is not None:
                remaining = self._last + self.min_interval_s - self._clock()
                if remaining > 0:
                    self._sleep(remaining)
                    slept = remaining
            self._last = self._clock()
            return slept


#: the process-wide pacer every arxiv source shares unless given its own
PACER = Pacer()


def search_query_of(locator: str) -> str:
    """`cs.AI,cs.CL` -> `cat:cs.AI OR cat:cs.CL`; anything else is already a search_query."""
    parts = [p.strip() for p in locator.split(",") if p.strip()]
    if parts and all(_CATEGORY.match(p) for p in parts):
        return " OR ".join(f"cat:{p}" for p in parts)
    if not locator.strip():
        raise SourceError("arxiv locator is empty: give categories (cs.AI,cs.CL) or a search_query")
    return locator.strip()


def query_url(base: str, search_query: str, *, start: int = 0, max_results: int = DEFAULT_PAGE_SIZE) -> str:
    params = {
        "search_query": search_query,
        "sortBy": "submittedDate",
        "sortOrder": "descending",
        "start": str(start),
        "max_results": str(max_results),
    }
    # ':' stays readable (cat:cs.AI); spaces become '+', as arXiv's own examples write them.
    return f"{base}/api/query?{urlencode(params, safe=':')}"


def arxiv_id(url: str) -> tuple[str, str] | None:
    """`http://arxiv.org/abs/2202.12139v1` -> ("2202.12139", "v1"); None when it is no abs URL."""
    match = _ABS_ID.search(urlsplit(url.strip()).path)
    if not match:
        return None
    return match.group(1), match.group(2) or ""


def parse_query(
    body: bytes, *, url: str, source: Source, fetched_at: datetime, content_type: str | None = None
) -> tuple[list[Post], list[str]]:
    """An arXiv API response into Posts; SourceError for the error feed or a body that is no feed."""
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    generic, warnings = _api.parse_api_feed(body, url=url, source=source, content_type=content_type,
                                                fetched_at=fetched_at)
    posts: list[Post] = []
    for index, item in enumerate(generic):
        entry = item.raw or {}
        native = str(entry.get("id") or "")
        if "/api/errors" in native or (item.title == "Error" and arxiv_id(native) is None):
            raise SourceError(f"arXiv API error from {where}: {item.text or item.title}")
        parsed = arxiv_id(native) or arxiv_id(str(entry.get("link") or ""))
        if parsed is None:
            warnings.append(f"{where}: entry {index} has no arXiv id ({native!r}); skipped")
            continue
        paper, version = parsed
        names = [normalize_space(str(a.get("name") or "")) for a in entry.get("authors") or ()
                 if isinstance(a, Mapping)]
        extra = [
            str(link.get("href") or "") for link in entry.get("links") or ()
            if isinstance(link, Mapping) and link.get("rel") == "related"
        ]
        pdf = next((u for u in extra if "/pdf/" in u), PDF_URL.format(id=paper))
        primary = (entry.get("arxiv_primary_category") or {}).get("term")
        # parse_feed already collapsed the pre-2026 hard wraps (and any double spaces)
        posts.append(_paper(item, paper, source=source, fetched_at=fetched_at, names=names,
                            text=item.text or item.title, links=[pdf.replace("http://", "https://", 1), *extra],
                            raw={"version": version, "primary_category": primary}))
    return posts, warnings


def _categories(entry: Mapping[str, Any]) -> list[str]:
    return [t.get("term") for t in entry.get("tags") or () if isinstance(t, Mapping) and t.get("term")]


def _paper(item: Post, paper: str, *, source: Source, fetched_at: datetime, names: list[str], text: str,
           links: list[str], raw: Mapping[str, Any]) -> Post:
    """One paper as a post, the same from the API and the feed, so the two meet on `arxiv:<id>`."""
    names = [n for n in (normalize_space(a) for a in names) if n]
    abs_url = ABS_URL.format(id=paper)
    entry = item.raw or {}
    return Post(
        id=f"arxiv:{paper}",
        source_id=source.id,
        platform="arxiv",
        # the first author: a per-paper handle keeps unrelated papers out of "same author" threads
        author_handle=names[0] if names else "arXiv",
        author_name=(", ".join(names[:MAX_AUTHORS]) + (" et al." if len(names) > MAX_AUTHORS else "")) or "arXiv",
        url=abs_url,
        text=cap_text(text),
        created_at=item.created_at,
        fetched_at=fetched_at,
        lang="en",
        title=item.title,
        links=_api.dedupe_links([abs_url, *links]),
        raw={**entry, "arxiv_id": paper, **raw, "categories": _categories(entry)},
    )


RSS_BASE_URL = "https://rss.arxiv.org"
DEFAULT_ANNOUNCE = ("new", "cross")
_ANNOUNCE = re.compile(r"^\s*arXiv:\S+\s+Announce Type:\s*([\w-]+)\s*(?:Abstract:\s*)?", re.IGNORECASE)


def rss_url(base: str, locator: str) -> str:
    """`rss:cs.AI,cs.CL` -> `{base}/rss/cs.AI+cs.CL`; SourceError when a part is no category."""
    cats = [c.strip() for c in locator.removeprefix("rss:").split(",") if c.strip()]
    if not cats or not all(_CATEGORY.match(c) for c in cats):
        raise SourceError(f"arxiv locator {locator!r}: the feed takes categories, e.g. rss:cs.AI,cs.CL")
    return f"{base}/rss/{'+'.join(cats)}"


def parse_announcements(
    body: bytes, *, url: str, source: Source, fetched_at: datetime, content_type: str | None = None,
    announce: tuple[str, ...] = DEFAULT_ANNOUNCE,
) -> tuple[list[Post], list[str]]:
    """rss.arxiv.org's feed into Posts (the kept announce types only); SourceError for a body that is no feed."""
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    generic, warnings = _api.parse_api_feed(body, url=url, source=source, content_type=content_type,
                                                fetched_at=fetched_at)
    posts: list[Post] = []
    for index, item in enumerate(generic):
        entry = item.raw or {}
        parsed = arxiv_id(str(entry.get("link") or "")) or arxiv_id(
            "/abs/" + str(entry.get("id") or "").removeprefix("oai:arXiv.org:"))
        if parsed is None:
            warnings.append(f"{where}: item {index} has no arXiv id ({entry.get('link')!r}); skipped")
            continue
        paper, version = parsed
        text = item.text or ""
        head = _ANNOUNCE.match(text)
        kind = str(entry.get("arxiv_announce_type") or (head.group(1) if head else "")).lower()
        if kind and kind not in announce:
            continue
        abstract = text[head.end():] if head else text
        names = str(entry.get("author") or "").split(",")
        categories = _categories(entry)
        posts.append(_paper(item, paper, source=source, fetched_at=fetched_at, names=names,
                            text=f"{item.title}\n\n{abstract}".strip() if abstract else item.title,
                            links=[PDF_URL.format(id=paper)],
                            raw={"version": version, "announce_type": kind or None,
                                 "primary_category": categories[0] if categories else None}))
    return posts, warnings


@register
class ArxivSource:
    """Newest papers for categories or a query; see the module docstring for paging and pacing."""

    kind = "arxiv"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        if source.locator.strip().lower().startswith("rss:"):
            rss_url(DEFAULT_BASE_URL, source.locator)
        else:
            search_query_of(source.locator)

    def __init__(self, pacer: Pacer | None = None) -> None:
        self.pacer = pacer or PACER

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        if source.locator.strip().lower().startswith("rss:"):
            return self._fetch_announcements(source, dict(state), client)
        previous = dict(state)
        base = _api.base_url(source, DEFAULT_BASE_URL)
        page_size = _api.int_option(source, "page_size", DEFAULT_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE)
        max_pages = _api.int_option(source, "max_pages", DEFAULT_MAX_PAGES, low=1)
        now = client.now()
        known = _api.iso_to_utc(previous.get("newest_published"))
        posts: list[Post] = []
        warnings: list[str] = []
        seen: set[str] = set()
        try:
            query = search_query_of(source.locator)
            for page in range(max_pages):
                url = query_url(base, query, start=page * page_size, max_results=page_size)
                self.pacer.wait()
                response = client.get(url, headers={"Accept": FEED_ACCEPT})
                found, warns = parse_query(response.body, url=response.url, source=source, fetched_at=now,
                                           content_type=response.content_type)
                warnings.extend(warns)
                posts.extend(p for p in found if p.id not in seen)
                seen.update(p.id for p in found)
                if known is None or len(found) < page_size or any(p.created_at <= known for p in found):
                    break
            else:
                warnings.append(
                    f"arxiv {source.locator!r}: {max_pages} pages of new papers and still none seen before; "
                    "older new papers were skipped (raise max_pages or page_size)"
                )
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc), warnings=tuple(warnings))
        new_state: dict[str, Any] = dict(previous)
        newest = max((p.created_at for p in posts), default=None)
        if newest is not None:
            new_state["newest_published"] = max(newest, known or newest).isoformat()
        return FetchOutcome(source.id, posts=tuple(posts), state=new_state, warnings=tuple(warnings))

    def _fetch_announcements(self, source: Source, previous: dict[str, Any], client: HttpClient) -> FetchOutcome:
        """One conditional GET of the announcement feed: a 304 between mailings, a day's papers after one."""
        raw = source.options.get("announce")
        wanted = tuple(t.strip().lower() for t in str(raw).split(",") if t.strip()) if raw else DEFAULT_ANNOUNCE
        try:
            url = rss_url(_api.base_url(source, RSS_BASE_URL, option="rss_base_url"), source.locator.strip())
            response = _api.conditional_get(client, url, previous, {"Accept": FEED_ACCEPT})
            validators = _api.remember_validators(previous.get("validators"), url, response)
            if response.not_modified:
                return FetchOutcome(source.id, not_modified=True, state={**previous, "validators": validators})
            posts, warnings = parse_announcements(response.body, url=response.url, source=source,
                                                  fetched_at=client.now(), content_type=response.content_type,
                                                  announce=wanted)
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc))
        return FetchOutcome(source.id, posts=tuple(posts), state={**previous, "validators": validators},
                            warnings=tuple(warnings))
