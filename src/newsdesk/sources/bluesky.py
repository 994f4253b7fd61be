"""The `bluesky` source: one account's posts from the public AppView, no login needed.

    GET <base>/xrpc/app.bsky.feed.getAuthorFeed?actor=<handle>&limit=…&filter=posts_and_author_threads
        ─▶ parse_bluesky_feed(payload) ─▶ Posts + warnings + cursor (older page) + newest indexedAt

Identity: a post's native id is its AT URI `at://<did>/app.bsky.feed.post/<rkey>`;
the newsdesk id is `bsky:` + that URI without its scheme, so it names the
author's DID (stable across handle changes) and the record. The web URL is
`https://bsky.app/profile/<handle>/post/<rkey>`. The DID is kept in `raw` (the
whole feed item, which also holds the reply context and the repost reason).

Text: Bluesky shortens long links in the visible text (`example.com/pa...`) and
keeps the full URL only in a `#link` facet addressed by UTF-8 byte offsets; the
shortened span is replaced with the full URL so the text reads whole.

Reposts (`reason` of type `#reasonRepost`) yield the ORIGINAL post under its own
author and id. When the AppView names the repost record (`reason.uri`, sent by
newer AppViews), a thin post for the repost itself is yielded beside it: the
reposter's id and time, empty text, `Ref("reposted", <original id>)`, so the
story stages know who amplified it without a duplicate text. Without
`reason.uri` the reposter is still in the original's `raw["reason"]`.

Incremental cursor: the newest `indexedAt` seen. The endpoint has no "since"
parameter, so a run reads the newest page and follows `cursor` to older pages
only while they are newer than that mark (and inside the look-back window).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient, redact_url
from newsdesk.model import Post, Ref, Source, utc
from newsdesk.sources._api import dedupe_links
from newsdesk.sources._social import (
    DEFAULT_LOOKBACK_HOURS,
    DEFAULT_MAX_PAGES,
    Page,
    describe_failure,
    load_json,
    metrics_from,
    option_float,
    option_int,
    parse_utc,
)
from newsdesk.sources.base import FetchOutcome, register

DEFAULT_BASE_URL = "https://public.api.bsky.app"
DEFAULT_LIMIT = 50  #: getAuthorFeed accepts 1..100
DEFAULT_FILTER = "posts_and_author_threads"  #: the account's posts and its own threads, not replies to others
POST_COLLECTION = "app.bsky.feed.post"
METRIC_NAMES = {"likeCount": "likes", "repostCount": "reposts", "replyCount": "replies", "quoteCount": "quotes"}
_REPOST = "app.bsky.feed.defs#reasonRepost"
_LINK = "app.bsky.richtext.facet#link"
_ELLIPSES = ("...", "…")


# -- identity -------------------------------------------------------------------------------------


def split_at_uri(uri: str) -> tuple[str, str, str] | None:
    """`(did_or_handle, collection, rkey)` of an `at://` URI, or None."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        return None
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


def bsky_post_id(uri: str) -> str | None:
    """`bsky:<did>/<collection>/<rkey>` for an AT URI, or None if it is not one."""
    parts = split_at_uri(uri)
    return f"bsky:{'/'.join(parts)}" if parts else None


def bsky_web_url(uri: str, handle: str = "") -> str | None:
    """`https://bsky.app/profile/<handle or did>/post/<rkey>` for a post's AT URI."""
    parts = split_at_uri(uri)
    if parts is None or parts[1] != POST_COLLECTION:
        return None
    # "handle.invalid" is what the AppView shows for a handle that failed verification; the DID always works.
    actor = handle if handle and handle != "handle.invalid" else parts[0]
    return f"https://bsky.app/profile/{actor}/post/{parts[2]}"


# -- text and links -------------------------------------------------------------------------------


def _expand_facets(text: str, facets: Any) -> tuple[str, list[str]]:
    """Text with shortened link spans replaced by their facet URI, and every facet link in order."""
    if not isinstance(facets, list):
        return text, []
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    links: list[str] = []
    for facet in facets:
        if not isinstance(facet, Mapping):
            continue
        index = facet.get("index") if isinstance(facet.get("index"), Mapping) else {}
        for feature in facet.get("features") or ():
            if not isinstance(feature, Mapping) or feature.get("$type") != _LINK:
                continue
            uri = feature.get("uri")
            if not isinstance(uri, str) or not uri.startswith(("http://", "https://")):
                continue
            links.append(uri)
            start, end = index.get("byteStart"), index.get("byteEnd")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data):
                spans.append((start, end, uri))
    # Replace from the end so earlier byte offsets stay valid; only spans the client shortened.
    for start, end, uri in sorted(spans, reverse=True):
        shown = data[start:end].decode("utf-8", errors="replace")
        if shown.rstrip().endswith(_ELLIPSES):
            data = data[:start] + uri.encode("utf-8") + data[end:]
    return data.decode("utf-8", errors="replace"), links


def _embed_links_and_quote(record: Mapping[str, Any], view: Any) -> tuple[list[str], str | None]:
    """External link cards and the quoted post's URI, from the record's embed (or its view)."""
    links: list[str] = []
    quoted: str | None = None
    for embed in (record.get("embed"), view):
        if not isinstance(embed, Mapping):
            continue
        kind = str(embed.get("$type") or "").split("#")[0]
        media = embed.get("media") if kind == "app.bsky.embed.recordWithMedia" else embed
        if isinstance(media, Mapping) and isinstance(media.get("external"), Mapping):
            uri = media["external"].get("uri")
            if isinstance(uri, str) and uri.startswith(("http://", "https://")):
                links.append(uri)
        if kind in ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia"):
            inner = embed.get("record")
            if kind == "app.bsky.embed.recordWithMedia" and isinstance(inner, Mapping):
                inner = inner.get("record")  # recordWithMedia wraps a record embed
            uri = inner.get("uri") if isinstance(inner, Mapping) else None
            parts = split_at_uri(uri) if isinstance(uri, str) else None
            if parts and parts[1] == POST_COLLECTION and quoted is None:
                quoted = uri  # a quoted feed generator or list is not a post
    return links, quoted


# -- parsing (pure) -------------------------------------------------------------------------------


def _post_from_view(view: Mapping[str, Any], item: Mapping[str, Any], *, source_id: str, fetched_at: datetime,
                    warnings: list[str]) -> Post | None:
    uri = view.get("uri")
    post_id = bsky_post_id(uri) if isinstance(uri, str) else None
    record = view.get("record") if isinstance(view.get("record"), Mapping) else None
    if post_id is None or record is None:
        warnings.append(f"skipped an item without a post URI or record: {str(view)[:80]}")
        return None
    author = view.get("author") if isinstance(view.get("author"), Mapping) else {}
    handle = str(author.get("handle") or "")
    text, links = _expand_facets(str(record.get("text") or ""), record.get("facets"))
    embed_links, quoted = _embed_links_and_quote(record, view.get("embed"))
    created = parse_utc(record.get("createdAt")) or parse_utc(view.get("indexedAt"))
    if created is None:
        warnings.append(f"{post_id}: no usable createdAt or indexedAt; using the fetch time")
        created = fetched_at
    refs: list[Ref] = []
    reply = record.get("reply") if isinstance(record.get("reply"), Mapping) else {}
    parent = reply.get("parent") if isinstance(reply.get("parent"), Mapping) else {}
    parent_id = bsky_post_id(parent.get("uri")) if isinstance(parent.get("uri"), str) else None
    if parent_id:
        refs.append(Ref("replied_to", parent_id))
    if quoted:
        refs.append(Ref("quoted", bsky_post_id(quoted) or quoted))
    langs = record.get("langs")
    lang = langs[0].split("-")[0].lower() if isinstance(langs, list) and langs and isinstance(langs[0], str) else None
    return Post(
        id=post_id,
        source_id=source_id,
        platform="bsky",
        author_handle=handle or str(author.get("did") or ""),
        author_name=str(author.get("displayName") or "").strip() or handle,
        url=bsky_web_url(str(uri), handle) or "",
        text=text.strip(),
        created_at=created,
        fetched_at=fetched_at,
        lang=lang or None,
        metrics=metrics_from(view, METRIC_NAMES),
        links=dedupe_links([*links, *embed_links]),
        refs=tuple(dict.fromkeys(refs)),
        raw=dict(item),
    )


def _repost_marker(item: Mapping[str, Any], original: Post, *, source_id: str, fetched_at: datetime) -> Post | None:
    reason = item.get("reason")
    if not isinstance(reason, Mapping) or reason.get("$type") != _REPOST:
        return None
    marker_id = bsky_post_id(reason.get("uri")) if isinstance(reason.get("uri"), str) else None
    if marker_id is None:
        return None  # older AppViews do not name the repost record: the reason stays in the original's raw
    by = reason.get("by") if isinstance(reason.get("by"), Mapping) else {}
    handle = str(by.get("handle") or by.get("did") or "")
    return Post(
        id=marker_id,
        source_id=source_id,
        platform="bsky",
        author_handle=handle,
        author_name=str(by.get("displayName") or "").strip() or handle,
        url=original.url,  # a repost has no page of its own
        text="",
        created_at=parse_utc(reason.get("indexedAt")) or original.created_at,
        fetched_at=fetched_at,
        refs=(Ref("reposted", original.id),),
        raw=dict(item),
    )


def _sort_time(item: Mapping[str, Any]) -> datetime | None:
    """When an item entered the feed: the repost's time for reposts, else the post's indexedAt."""
    reason = item.get("reason")
    if isinstance(reason, Mapping) and reason.get("indexedAt"):
        return parse_utc(reason.get("indexedAt"))
    post = item.get("post")
    return parse_utc(post.get("indexedAt")) if isinstance(post, Mapping) else None


def parse_bluesky_feed(
    payload: bytes | Mapping[str, Any], *, source_id: str, fetched_at: datetime, where: str = "Bluesky AppView"
) -> Page:
    """A feed response (`getAuthorFeed`, `getFeed`: `feed[]` of FeedViewPost; `searchPosts`: `posts[]` of
    PostView; `getPostThread`: `thread.post`) as a Page.

    `newest` is the newest item time (ISO 8601) and `next_cursor` the cursor of
    the next, older page. Raises `SourceError` when the body is not one of those.
    """
    fetched_at = utc(fetched_at)
    data = load_json(payload, where) if isinstance(payload, bytes | bytearray) else payload
    if not isinstance(data, Mapping):
        raise SourceError(f"unexpected response from {where}: a JSON {type(data).__name__}, not an object")
    if isinstance(data.get("feed"), list):
        items = data["feed"]
    elif isinstance(data.get("posts"), list):
        items = [{"post": p} for p in data["posts"]]
    elif isinstance(data.get("thread"), Mapping) and isinstance(data["thread"].get("post"), Mapping):
        items = [{"post": data["thread"]["post"]}]
    elif data.get("error"):
        raise SourceError(f"Bluesky error from {where}: {data.get('error')}: {str(data.get('message') or '')[:200]}")
    else:
        raise SourceError(f"unexpected response from {where}: no feed, posts or thread")
    posts: dict[str, Post] = {}
    warnings: list[str] = []
    times: list[datetime] = []
    for item in items:
        view = item.get("post") if isinstance(item, Mapping) else None
        if not isinstance(view, Mapping):
            warnings.append(f"skipped a feed item without a post: {str(item)[:80]}")
            continue
        when = _sort_time(item)
        if when is not None:
            times.append(when)
        post = _post_from_view(view, item, source_id=source_id, fetched_at=fetched_at, warnings=warnings)
        if post is None:
            continue
        posts.setdefault(post.id, post)
        marker = _repost_marker(item, post, source_id=source_id, fetched_at=fetched_at)
        if marker is not None:
            posts.setdefault(marker.id, marker)
    cursor = data.get("cursor")
    return Page(
        posts=tuple(posts.values()),
        warnings=tuple(warnings),
        next_cursor=str(cursor) if isinstance(cursor, str | int) and str(cursor) else None,
        newest=max(times).isoformat().replace("+00:00", "Z") if times else None,
        oldest_at=min(times) if times else None,
        count=len(items),
    )


# -- the source kind (network) --------------------------------------------------------------------


def parse_actor(locator: str) -> str:
    """The actor (handle or DID) of a locator: `@alice.bsky.social`, `did:plc:…` or a bsky.app profile URL."""
    text = locator.strip()
    if text.startswith(("http://", "https://")):
        parts = [unquote(p) for p in urlsplit(text).path.split("/") if p]
        if len(parts) >= 2 and parts[0] == "profile":
            text = parts[1]
        else:
            raise SourceError(f"bluesky locator {locator!r}: expected a handle, a DID or a bsky.app/profile/ URL")
    text = text.lstrip("@")
    if not text or " " in text or ("." not in text and not text.startswith("did:")):
        raise SourceError(f"bluesky locator {locator!r}: expected a handle like alice.bsky.social or a DID")
    return text


@register
class BlueskySource:
    """One account's author feed over the public AppView; see the module docstring.

    Options: `base_url` (default public.api.bsky.app), `limit` (1..100), `filter`
    (getAuthorFeed's filter), `max_pages`, `lookback_hours`.
    """

    kind = "bluesky"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        parse_actor(source.locator)

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        try:
            actor = parse_actor(source.locator)
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc))
        options = source.options
        base = str(options.get("base_url") or DEFAULT_BASE_URL).rstrip("/")
        limit = option_int(options, "limit", DEFAULT_LIMIT, low=1, high=100)
        max_pages = option_int(options, "max_pages", DEFAULT_MAX_PAGES, low=1, high=50)
        now = client.now()
        floor = now - timedelta(hours=option_float(options, "lookback_hours", DEFAULT_LOOKBACK_HOURS))
        mark = parse_utc(previous.get("newest"))
        stop_at = max(floor, mark) if mark else floor
        posts: dict[str, Post] = {}
        warnings: list[str] = []
        newest = previous.get("newest") if mark else None
        cursor: str | None = None
        for page_number in range(max_pages):
            params = {"actor": actor, "limit": str(limit), "filter": str(options.get("filter") or DEFAULT_FILTER)}
            if cursor:
                params["cursor"] = cursor
            url = f"{base}/xrpc/app.bsky.feed.getAuthorFeed?{urlencode(params, quote_via=quote, safe=':')}"
            try:
                response = client.get(url, headers={"Accept": "application/json"})
                page = parse_bluesky_feed(response.body, source_id=source.id, fetched_at=now,
                                          where=redact_url(response.url))
            except SourceError as exc:
                if page_number == 0:
                    return FetchOutcome(source.id, state=previous, error=_problem(exc, actor))
                # Keep the newer pages, but not the new mark: the next run re-reads the gap.
                warnings.append(f"stopped paging @{actor}: {_problem(exc, actor)}")
                newest = previous.get("newest")
                break
            warnings.extend(page.warnings)
            for post in page.posts:
                posts.setdefault(post.id, post)
            page_newest = parse_utc(page.newest)
            if page_newest is not None and (parse_utc(newest) is None or page_newest > parse_utc(newest)):  # type: ignore[operator]
                newest = page.newest
            cursor = page.next_cursor
            if not cursor or page.oldest_at is None or page.oldest_at <= stop_at:
                break
            if page_number == max_pages - 1:
                warnings.append(f"@{actor}: more than {max_pages} pages since the last run; the oldest were skipped")
        new_state = {**previous}
        if newest:
            new_state["newest"] = newest
        did = next((str(p.raw["post"]["author"]["did"]) for p in posts.values()
                    if p.raw and p.author_handle == actor and isinstance(p.raw.get("post"), Mapping)
                    and p.raw["post"].get("author", {}).get("did")), None)
        if did:
            new_state["did"] = did
        return FetchOutcome(source.id, posts=tuple(posts.values()), state=new_state, warnings=tuple(warnings))


def _problem(exc: SourceError, actor: str) -> str:
    return describe_failure(exc, "Bluesky", f"@{actor}")
