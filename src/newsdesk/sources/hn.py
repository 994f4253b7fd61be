"""The `hn` source: Hacker News stories above a points threshold, through Algolia's HN Search API.

    since = min(last check, now) - rescan_hours   (never before now - max_catchup_hours)
    GET {base}/api/v1/search_by_date?tags=story&numericFilters=created_at_i>{since},points>{min_points}
        &hitsPerPage=..&page=..&query=<locator> ─▶ parse_search ─▶ Posts

Why re-scan: a story is posted with 1 point and crosses the threshold hours later, so
asking only for stories newer than the last one seen would miss most of the front page.
Each run therefore re-asks for the last `rescan_hours` (default 24) behind the previous
check; the store upserts, so a story seen twice only gets fresher points and comments.
The cursor (`checked_at_i`, `newest_created_at_i`) lets a source that was down for a
day catch up, bounded by `max_catchup_hours`.

The query URL changes with the clock, so there is nothing to send a conditional request
for; Algolia does not return validators for search either.

Options: `min_points` (default 50), `tags` (Algolia tag filter, default `story`; e.g.
`(story,show_hn)` or `front_page`), `hits_per_page` (default 100, at most 1000),
`max_pages` (default 3), `rescan_hours`, `max_catchup_hours`, `base_url`
(default `https://hn.algolia.com`). The locator is a full-text query and may be empty.

`parse_item` also reads the official Firebase API's item objects
(`hacker-news.firebaseio.com/v0/item/<id>.json`), which name the same fields differently;
Ask HN posts carry their text there and no URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient, redact_url
from newsdesk.model import Post, Source, utc
from newsdesk.sources import _api
from newsdesk.sources.base import FetchOutcome, register
from newsdesk.sources.rss import absolute_http, cap_text, html_to_text, normalize_space

DEFAULT_BASE_URL = "https://hn.algolia.com"
DEFAULT_MIN_POINTS = 50
DEFAULT_TAGS = "story"
DEFAULT_HITS_PER_PAGE = 100
MAX_HITS_PER_PAGE = 1000  #: Algolia's own ceiling for hitsPerPage
DEFAULT_MAX_PAGES = 3
DEFAULT_RESCAN_HOURS = 24.0
DEFAULT_MAX_CATCHUP_HOURS = 72.0
ITEM_URL = "https://news.ycombinator.com/item?id={id}"
#: item types that are stories a briefing can lead with; comments and poll options are not
_STORY_TYPES = frozenset({"story", "job", "poll"})


def item_url(item_id: str | int) -> str:
    """The discussion page: the canonical URL of an HN post, whatever it links to."""
    return ITEM_URL.format(id=item_id)


def parse_item(item: Mapping[str, Any], *, source_id: str, fetched_at: datetime) -> Post:
    """One story as a Post, from an Algolia hit or a Firebase item; raises ValueError otherwise.

    Algolia: `objectID`, `author`, `points`, `num_comments`, `created_at_i`, `story_text`, `_tags`.
    Firebase: `id`, `by`, `score`, `descendants`, `time`, `text`, `type`.
    """
    native = item.get("objectID", item.get("id"))
    if native is None or not str(native).strip().isdigit():
        raise ValueError(f"no numeric story id ({native!r})")
    native = str(native).strip()
    kind = item.get("type")
    tags = item.get("_tags") or ()
    if kind is None and isinstance(tags, list):
        kind = next((t for t in ("story", "comment", "poll", "pollopt", "job") if t in tags), None)
    if kind is not None and kind not in _STORY_TYPES:
        raise ValueError(f"item {native} is a {kind}, not a story")
    if item.get("deleted") or item.get("dead"):
        raise ValueError(f"item {native} is deleted or dead")
    title = normalize_space(str(item.get("title") or ""))
    if not title:
        raise ValueError(f"item {native} has no title")
    created = _api.epoch_to_utc(item.get("created_at_i", item.get("time")))
    if created is None:
        created = _api.iso_to_utc(item.get("created_at"))
    if created is None:
        raise ValueError(f"item {native} has no creation time")
    url = item_url(native)
    # Ask HN / Show HN bodies are HTML (<p>, <i>, <a>); Algolia calls it story_text.
    body = item.get("story_text") if item.get("story_text") is not None else item.get("text")
    text, body_links = html_to_text(str(body or ""), url)
    external = absolute_http(str(item.get("url") or ""))  # jobs send "" and Ask HN none
    author = str(item.get("author") or item.get("by") or "")
    return Post(
        id=f"hn:{native}",
        source_id=source_id,
        platform="hn",
        author_handle=author,
        author_name=author,
        url=url,
        text=cap_text(text or title),
        created_at=created,
        fetched_at=fetched_at,
        title=title,
        metrics=_api.metrics_of(
            score=item.get("points", item.get("score")),
            comments=item.get("num_comments", item.get("descendants")),
        ),
        links=_api.dedupe_links([external or "", *body_links], drop=url),
        raw={k: v for k, v in item.items() if k != "_highlightResult"},
    )


def parse_search(
    data: Any, *, source_id: str, fetched_at: datetime, url: str = "algolia"
) -> tuple[list[Post], list[str], dict[str, int]]:
    """An Algolia search response: Posts, warnings, and paging (`page`, `nb_pages`, `nb_hits`).

    Raises SourceError when `data` is not a search response (no `hits` list): an API
    that changed shape must not look like a quiet hour on Hacker News.
    """
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    if not isinstance(data, dict) or not isinstance(data.get("hits"), list):
        raise SourceError(f"not an HN search response from {where} (no hits list)")
    posts: list[Post] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for index, hit in enumerate(data["hits"]):
        if not isinstance(hit, dict):
            warnings.append(f"{where}: hit {index} is not an object; skipped")
            continue
        try:
            post = parse_item(hit, source_id=source_id, fetched_at=fetched_at)
        except ValueError as exc:
            warnings.append(f"{where}: hit {index}: {exc}; skipped")
            continue
        if post.id not in seen:
            seen.add(post.id)
            posts.append(post)
    paging = {
        "page": _int(data.get("page")),
        "nb_pages": _int(data.get("nbPages")),
        "nb_hits": _int(data.get("nbHits")),
    }
    return posts, warnings, paging


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def search_url(
    base: str, *, query: str, tags: str, since_i: int, min_points: int, hits_per_page: int, page: int = 0
) -> str:
    params = {
        "tags": tags,
        "numericFilters": f"created_at_i>{since_i},points>{min_points}",
        "hitsPerPage": str(hits_per_page),
    }
    if query:
        params["query"] = query
    if page:
        params["page"] = str(page)
    return f"{base}/api/v1/search_by_date?{urlencode(params)}"


@register
class HackerNewsSource:
    """Stories from Algolia's HN search; see the module docstring for the window and options."""

    kind = "hn"

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        base = _api.base_url(source, DEFAULT_BASE_URL)
        min_points = _api.int_option(source, "min_points", DEFAULT_MIN_POINTS)
        per_page = _api.int_option(source, "hits_per_page", DEFAULT_HITS_PER_PAGE, low=1,
                                   high=MAX_HITS_PER_PAGE)
        max_pages = _api.int_option(source, "max_pages", DEFAULT_MAX_PAGES, low=1)
        rescan_s = _api.float_option(source, "rescan_hours", DEFAULT_RESCAN_HOURS) * 3600
        catchup_s = _api.float_option(source, "max_catchup_hours", DEFAULT_MAX_CATCHUP_HOURS) * 3600
        tags = str(source.options.get("tags") or DEFAULT_TAGS)
        now = client.now()
        now_i = int(now.timestamp())
        checked = previous.get("checked_at_i")
        last = min(int(checked), now_i) if isinstance(checked, int | float) else now_i
        since_i = max(int(now_i - max(catchup_s, rescan_s)), int(last - rescan_s))
        posts: list[Post] = []
        warnings: list[str] = []
        seen: set[str] = set()
        try:
            for page in range(max_pages):
                url = search_url(base, query=source.locator.strip(), tags=tags, since_i=since_i,
                                 min_points=min_points, hits_per_page=per_page, page=page)
                response = client.get(url, headers={"Accept": _api.JSON_ACCEPT})
                found, warns, paging = parse_search(
                    _api.load_json(response), source_id=source.id, fetched_at=now, url=response.url
                )
                warnings.extend(warns)
                posts.extend(p for p in found if p.id not in seen)
                seen.update(p.id for p in found)
                if not found or page + 1 >= paging["nb_pages"]:
                    break
            else:
                warnings.append(
                    f"hn {source.locator!r}: more than {max_pages} pages of stories since "
                    f"{since_i}; raise max_pages or min_points (older stories were not read)"
                )
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc))
        newest = max((int(p.created_at.timestamp()) for p in posts), default=None)
        new_state: dict[str, Any] = {**previous, "checked_at_i": now_i}
        if newest is not None:
            new_state["newest_created_at_i"] = max(newest, int(previous.get("newest_created_at_i") or 0))
        return FetchOutcome(source.id, posts=tuple(posts), state=new_state, warnings=tuple(warnings))
