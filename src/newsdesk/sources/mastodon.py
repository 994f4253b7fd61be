"""The `mastodon` source: one account's public statuses over the Mastodon REST API, no login needed.

    locator "@user@instance" ─▶ GET /api/v1/accounts/lookup?acct=user          (once; id cached in state)
                             ─▶ GET /api/v1/accounts/:id/statuses?exclude_replies=true&limit=40&since_id=…
                                  └▶ Link: <…>; rel="next" (older), at most `max_pages`, inside the window
        each page ─▶ parse_mastodon_statuses(payload) ─▶ Posts + warnings + newest id

Identity: status ids are strings, and local to the instance that serves them:
the same status has another id on every other instance. The newsdesk id is
`mastodon:<origin host>/<origin id>`, read from the status `uri` (its ActivityPub
id, which names the origin) when that has Mastodon's `/statuses/<id>` shape, else
`mastodon:<serving host>/<id>`. The URL is the status `url` (its web page).

Text: `content` is HTML. Mastodon shortens link text with `<span
class="invisible">` (the scheme and the tail of long URLs, hidden by CSS) and
`<span class="ellipsis">`; the invisible parts are dropped and an ellipsis is
shown, as a browser would. Links are the card's URL and the `<a href>`s of the
content, leaving out mentions, hashtags and the inline "RE: <url>" of a quote.

Boosts (`reblog`) yield the ORIGINAL status under its own author and id, and a
thin post for the boost itself (the booster's id, time and URL, empty text,
`Ref("reposted", <original id>)`), so the story stages see one text and still
know who amplified it. Native quotes (Mastodon >= 4.5, `quote.quoted_status`)
become `Ref("quoted", …)`; replies (when not excluded) `Ref("replied_to", …)`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

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

DEFAULT_LIMIT = 40  #: the most /accounts/:id/statuses returns per page
METRIC_NAMES = {
    "favourites_count": "likes", "reblogs_count": "reposts", "replies_count": "replies", "quotes_count": "quotes",
}
_ORIGIN_STATUS = re.compile(r"/statuses/(\d+)(?:/|$)")
_LINK_PART = re.compile(r'<([^>]*)>\s*((?:;\s*[^;,]+)*)')
_BLOCK = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})


# -- HTML to text ---------------------------------------------------------------------------------


class _StatusHTML(HTMLParser):
    """Plain text and outbound links of a status `content`, the way Mastodon's web client shows it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  #: (tag, hides its text, shows an ellipsis after)
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        classes = set(attributes.get("class", "").split())
        if tag == "br":
            self.parts.append("\n")
            return
        # `invisible` spans hide the scheme and tail of long URLs; a quote's inline "RE: <url>" is
        # hidden by clients that show the quote natively, which is what `quote` gives us.
        hides = "invisible" in classes or (tag == "p" and "quote-inline" in classes)
        if tag in _BLOCK and self.parts and not self._hidden:
            self.parts.append("\n\n")
        if tag == "a" and not self._hidden:
            href = attributes.get("href", "").strip()
            rel = set(attributes.get("rel", "").split())
            if href and not ({"mention", "hashtag"} & classes or "tag" in rel):
                self.links.append(href)
        self._stack.append((tag, hides, "ellipsis" in classes))
        if hides:
            self._hidden += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        # Pop to the matching tag: Mastodon's HTML is well-formed, but a remote server's may not be.
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth][0] == tag:
                for _, hides, ellipsis in reversed(self._stack[depth:]):
                    if hides:
                        self._hidden -= 1
                    elif ellipsis and not self._hidden:
                        self.parts.append("…")
                del self._stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def status_html_to_text(content: str) -> tuple[str, list[str]]:
    """Plain text (paragraphs as blank lines, entities decoded) and outbound links of status HTML."""
    parser = _StatusHTML()
    parser.feed(content)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    links = [h for h in parser.links if urlsplit(h).scheme in ("http", "https")]
    return text, links


# -- identity -------------------------------------------------------------------------------------


def mastodon_post_id(status: Mapping[str, Any], instance: str) -> str | None:
    """`mastodon:<origin host>/<origin id>` from the status `uri`, else `mastodon:<instance>/<id>`."""
    uri = status.get("uri")
    if isinstance(uri, str):
        parts = urlsplit(uri)
        match = _ORIGIN_STATUS.search(parts.path)
        if parts.netloc and match:
            return f"mastodon:{parts.netloc.lower()}/{match.group(1)}"
    native = status.get("id")
    if isinstance(native, str | int) and str(native) and instance:
        return f"mastodon:{instance.lower()}/{native}"
    return None


# -- parsing (pure) -------------------------------------------------------------------------------


def _status_post(status: Mapping[str, Any], *, instance: str, source_id: str, fetched_at: datetime,
                 warnings: list[str]) -> Post | None:
    post_id = mastodon_post_id(status, instance)
    if post_id is None:
        warnings.append(f"skipped a status without an id: {str(status)[:80]}")
        return None
    account = status.get("account") if isinstance(status.get("account"), Mapping) else {}
    acct = str(account.get("acct") or account.get("username") or "")
    if acct and "@" not in acct and instance:
        acct = f"{acct}@{instance}"  # a local account's acct has no domain; the handle should say where
    content = status.get("content")
    text, links = status_html_to_text(content) if isinstance(content, str) else ("", [])
    spoiler = str(status.get("spoiler_text") or "").strip()
    if spoiler:
        text = f"{spoiler}\n\n{text}" if text else spoiler  # the content warning is part of what was said
    card = status.get("card") if isinstance(status.get("card"), Mapping) else {}
    if isinstance(card.get("url"), str) and card["url"]:
        links.append(card["url"])
    created = parse_utc(status.get("created_at"))
    if created is None:
        warnings.append(f"{post_id}: no usable created_at; using the fetch time")
        created = fetched_at
    refs: list[Ref] = []
    if status.get("in_reply_to_id"):
        # Only the serving instance's id is known for the parent; that is the id newsdesk gives it there.
        refs.append(Ref("replied_to", f"mastodon:{instance.lower()}/{status['in_reply_to_id']}"))
    quote = status.get("quote") if isinstance(status.get("quote"), Mapping) else {}
    quoted = quote.get("quoted_status") if isinstance(quote.get("quoted_status"), Mapping) else None
    quoted_id = mastodon_post_id(quoted, instance) if quoted else None
    if quoted_id:
        refs.append(Ref("quoted", quoted_id))
        quoted_url = quoted.get("url") if quoted else None
        links = [u for u in links if u != quoted_url]
    language = status.get("language")
    url = status.get("url") or status.get("uri") or ""
    return Post(
        id=post_id,
        source_id=source_id,
        platform="mastodon",
        author_handle=acct,
        author_name=str(account.get("display_name") or "").strip() or str(account.get("username") or acct),
        url=str(url),
        text=text,
        created_at=created,
        fetched_at=fetched_at,
        lang=language.lower() if isinstance(language, str) and language else None,
        metrics=metrics_from(status, METRIC_NAMES),
        links=dedupe_links(links),
        refs=tuple(dict.fromkeys(refs)),
        raw=dict(status),
    )


def parse_mastodon_statuses(
    payload: bytes | list[Any] | Mapping[str, Any],
    *,
    instance: str,
    source_id: str,
    fetched_at: datetime,
    where: str = "Mastodon API",
) -> Page:
    """A list of Status (a timeline page) or one Status as a Page; `newest` is the largest outer id.

    `instance` is the serving host (`mastodon.social`, `localhost:3000`): ids are
    local to it. Raises `SourceError` for a body that is not statuses, including
    Mastodon's `{"error": …}` objects.
    """
    fetched_at = utc(fetched_at)
    data = load_json(payload, where) if isinstance(payload, bytes | bytearray) else payload
    if isinstance(data, Mapping):
        if "error" in data and "id" not in data:
            raise SourceError(f"Mastodon error from {where}: {str(data.get('error'))[:200]}")
        if "id" not in data or "content" not in data:
            raise SourceError(f"unexpected response from {where}: a JSON object that is not a status")
        data = [data]
    if not isinstance(data, list):
        raise SourceError(f"unexpected response from {where}: a JSON {type(data).__name__}, not statuses")
    posts: dict[str, Post] = {}
    warnings: list[str] = []
    ids: list[int] = []
    times: list[datetime] = []
    for status in data:
        if not isinstance(status, Mapping):
            warnings.append(f"skipped an item that is not a status: {str(status)[:80]}")
            continue
        if str(status.get("id") or "").isdigit():
            ids.append(int(status["id"]))
        when = parse_utc(status.get("created_at"))
        if when is not None:
            times.append(when)
        outer = _status_post(status, instance=instance, source_id=source_id, fetched_at=fetched_at,
                             warnings=warnings)
        original_payload = status.get("reblog") if isinstance(status.get("reblog"), Mapping) else None
        if original_payload is None:
            if outer is not None:
                posts.setdefault(outer.id, outer)
            continue
        original = _status_post(original_payload, instance=instance, source_id=source_id,
                                fetched_at=fetched_at, warnings=warnings)
        if original is None:
            continue
        posts.setdefault(original.id, original)
        if outer is not None:
            # The boost itself: who amplified it and when, with no copy of the text or counters.
            posts.setdefault(outer.id, Post(
                id=outer.id, source_id=source_id, platform="mastodon", author_handle=outer.author_handle,
                author_name=outer.author_name, url=outer.url, text="", created_at=outer.created_at,
                fetched_at=fetched_at, refs=(Ref("reposted", original.id),), raw=dict(status),
            ))
    return Page(
        posts=tuple(posts.values()),
        warnings=tuple(warnings),
        newest=str(max(ids)) if ids else None,
        oldest_at=min(times) if times else None,
        count=len(data),
    )


def next_link(header: str | None, base: str) -> str | None:
    """The `rel="next"` URL of a Link header (RFC 8288), resolved against `base`, or None."""
    if not header:
        return None
    for match in _LINK_PART.finditer(header):
        target, params = match.group(1).strip(), match.group(2)
        rels = re.findall(r'rel\s*=\s*"?([^";]+)"?', params, flags=re.IGNORECASE)
        if any("next" in r.lower().split() for r in rels):
            return urljoin(base, target)
    return None


# -- the source kind (network) --------------------------------------------------------------------


def parse_account(locator: str) -> tuple[str, str]:
    """`(username, instance host)` from `@user@instance`, `user@instance` or `https://instance/@user`."""
    text = locator.strip()
    if text.startswith(("http://", "https://")):
        parts = urlsplit(text)
        segments = [s for s in parts.path.split("/") if s]
        user = ""
        if segments and segments[0].startswith("@"):
            user = segments[0][1:]
        elif len(segments) >= 2 and segments[0] == "users":
            user = segments[1]
        if user and parts.netloc and "@" not in user:
            return user, parts.netloc.lower()
    else:
        pieces = text.lstrip("@").split("@")
        if len(pieces) == 2 and all(pieces) and "/" not in text:
            return pieces[0], pieces[1].lower()
    raise SourceError(f"mastodon locator {locator!r}: expected @user@instance or an account URL like "
                      "https://mastodon.social/@user")


def _problem(exc: SourceError, what: str) -> str:
    return describe_failure(exc, "Mastodon", what)


@register
class MastodonSource:
    """One account's public statuses; see the module docstring.

    Options: `base_url` (default `https://<instance>` from the locator), `max_pages`,
    `lookback_hours`, `exclude_replies` (default true), `exclude_reblogs` (default false).
    """

    kind = "mastodon"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        parse_account(source.locator)

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        try:
            user, instance = parse_account(source.locator)
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc))
        options = source.options
        base = str(options.get("base_url") or f"https://{instance}").rstrip("/")
        base_host = urlsplit(base).netloc.lower()
        acct = f"{user}@{instance}"
        who = f"@{acct}"
        headers = {"Accept": "application/json"}
        account_id = previous.get("account_id") if previous.get("acct") == acct else None
        try:
            if not account_id:
                # On its home instance an account is looked up by its bare name; elsewhere by user@domain.
                lookup = user if base_host == instance else acct
                response = client.get(f"{base}/api/v1/accounts/lookup?{urlencode({'acct': lookup})}",
                                      headers=headers)
                account = load_json(response.body, redact_url(response.url))
                if not isinstance(account, Mapping) or not str(account.get("id") or "").strip():
                    raise SourceError(f"account lookup for {who} at {redact_url(response.url)} returned no id")
                account_id = str(account["id"])
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=_problem(exc, f"the account {who}"))
        since = str(previous.get("since_id") or "") if previous.get("acct") == acct else ""
        since = since if since.isdigit() else ""
        now = client.now()
        floor = now - timedelta(hours=option_float(options, "lookback_hours", DEFAULT_LOOKBACK_HOURS))
        max_pages = option_int(options, "max_pages", DEFAULT_MAX_PAGES, low=1, high=50)
        params = {
            "exclude_replies": "false" if options.get("exclude_replies") is False else "true",
            "limit": str(DEFAULT_LIMIT),
        }
        if options.get("exclude_reblogs"):
            params["exclude_reblogs"] = "true"
        if since:
            params["since_id"] = since
        url: str | None = f"{base}/api/v1/accounts/{account_id}/statuses?{urlencode(params)}"
        posts: dict[str, Post] = {}
        warnings: list[str] = []
        newest = int(since) if since else 0
        advance = True
        for page_number in range(max_pages):
            assert url is not None
            try:
                response = client.get(url, headers=headers)
                where = redact_url(response.url)
                data = load_json(response.body, where)
                reached_since = False
                if since and isinstance(data, list):
                    # Mastodon's "next" links carry max_id but not since_id: stop at what we already have.
                    kept = [s for s in data if not (isinstance(s, Mapping) and str(s.get("id") or "").isdigit()
                                                    and int(s["id"]) <= int(since))]
                    reached_since = len(kept) < len(data)
                    data = kept
                page = parse_mastodon_statuses(data, instance=base_host, source_id=source.id,
                                               fetched_at=now, where=where)
            except SourceError as exc:
                if page_number == 0:
                    return FetchOutcome(source.id, state=previous, error=_problem(exc, who))
                # Keep the newer pages but not the new since_id, so the next run covers the gap.
                warnings.append(f"stopped paging {who}: {_problem(exc, who)}")
                advance = False
                break
            warnings.extend(page.warnings)
            for post in page.posts:
                posts.setdefault(post.id, post)
            if page.newest:
                newest = max(newest, int(page.newest))
            url = next_link(response.headers.get("link"), response.url)
            if url is None or reached_since or page.oldest_at is None or page.oldest_at < floor:
                break
            if page_number == max_pages - 1:
                warnings.append(f"{who}: more than {max_pages} pages of new statuses; the oldest were skipped")
        new_state: dict[str, Any] = {**previous, "acct": acct, "account_id": account_id}
        if advance and newest:
            new_state["since_id"] = str(newest)
        return FetchOutcome(source.id, posts=tuple(posts.values()), state=new_state, warnings=tuple(warnings))

