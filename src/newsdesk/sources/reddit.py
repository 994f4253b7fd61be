"""The `reddit` source: one subreddit's listing, as JSON, with the Atom feed as a fallback.

    app credentials:  POST https://www.reddit.com/api/v1/access_token  grant_type=client_credentials (Basic auth)
                      └─ the bearer token below, cached in memory until shortly before it expires
    token set:  GET https://oauth.reddit.com/r/<sub>/<listing>?limit=..&raw_json=1   Authorization: bearer ..
    otherwise:  GET https://www.reddit.com/r/<sub>/<listing>.json?limit=..&raw_json=1
      └─ 403 / 429 ─▶ GET https://www.reddit.com/r/<sub>/<listing>/.rss  (Atom; no scores)

Reddit's "script"/"web" apps trade their id and secret for an application-only token
(`client_id_env`, `client_secret_env`); it lasts a day, so one exchange serves every
subreddit of a run. A failed exchange is a warning and the source reads anonymously, so a
wrong secret costs scores, not the source. Neither the secret nor the token is ever stored
in the store's cursor or printed.

Reddit blocks anonymous JSON often (403 for data-centre addresses, 429 for busy ones)
while still serving the `.rss` feed, so a blocked JSON request falls back to the feed
with a warning instead of failing the source. The feed has no scores or comment counts:
those posts carry no `score`/`comments` metrics at all rather than zeros.

`raw_json=1` asks for text without Reddit's legacy HTML escaping (`&amp;` in titles
and self text). `permalink` is relative and becomes the canonical URL; a link post's
target (`url_overridden_by_dest`, else `url`) goes into `links`.

Skipped by default, and why: stickied posts (moderator announcements and weekly
megathreads that stay on top of `hot` for days; `include_stickied = true` keeps them),
NSFW posts (`include_nsfw`), and posts below `min_score` (default 0, i.e. none).

Locator: `r/LocalLLaMA`, `/r/LocalLLaMA` or `LocalLLaMA`. Options: `listing` (`new`,
`hot`, `top`, `rising`; default `new`), `limit` (default 100), `token` (from
`token_env`), `client_id`/`client_secret` (from `client_id_env`/`client_secret_env`;
used when no `token` is set), `token_url` (default
`https://www.reddit.com/api/v1/access_token`), `base_url`, `rss_base_url` (default:
`base_url` when set without a token, else `https://www.reddit.com`).

Cursor: validators per URL (when Reddit sends any) and `newest_created_utc`; when even
the oldest post of a listing is newer than the newest seen last time, posts may have
been missed in between, and a warning says so.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

from newsdesk.errors import ConfigError, SourceError
from newsdesk.fetch import HttpClient, HttpStatusError, redact_url
from newsdesk.model import Post, Source, utc
from newsdesk.sources import _api
from newsdesk.sources.base import FetchOutcome, register
from newsdesk.sources.rss import FEED_ACCEPT, absolute_http, cap_text, html_to_text, normalize_space

WEB_BASE_URL = "https://www.reddit.com"
TOKEN_URL = "https://www.reddit.com/api/v1/access_token"
#: a token is renewed this long before Reddit says it expires (clock skew, a slow run)
TOKEN_MARGIN_S = 300.0
OAUTH_BASE_URL = "https://oauth.reddit.com"
LISTINGS = ("new", "hot", "top", "rising")
DEFAULT_LIMIT = 100
MAX_LIMIT = 100  #: Reddit's ceiling per listing request
#: statuses after which the JSON endpoint is given up for the feed
FALLBACK_STATUSES = frozenset({403, 429})

_SUBREDDIT = re.compile(r"^/?(?:r/)?([A-Za-z0-9][A-Za-z0-9_]{1,20})/?$")
_FULLNAME = re.compile(r"(?:^|/)t3_([a-z0-9]+)$")  # feedparser resolves the bare id against the feed URL
_LINK_ANCHOR = re.compile(r"""<a\s+href=["']([^"']+)["'][^>]*>\s*\[link\]\s*</a>""", re.IGNORECASE)
_SUBMITTED_BY = re.compile(r"\s*submitted by\s+/u/\S+.*$", re.IGNORECASE | re.DOTALL)


def subreddit_of(locator: str) -> str:
    """`r/LocalLLaMA`, `/r/LocalLLaMA/` or `LocalLLaMA` -> `LocalLLaMA`; ConfigError otherwise."""
    match = _SUBREDDIT.match(locator.strip())
    if not match:
        raise ConfigError(f"reddit locator {locator!r} is not a subreddit name like r/LocalLLaMA")
    return match.group(1)


def permalink_url(permalink: str) -> str:
    return "https://www.reddit.com" + ("" if permalink.startswith("/") else "/") + permalink


def parse_listing(
    data: Any,
    *,
    source_id: str,
    fetched_at: datetime,
    url: str = "reddit",
    include_stickied: bool = False,
    include_nsfw: bool = False,
    min_score: int = 0,
) -> tuple[list[Post], list[str]]:
    """A JSON `Listing` of links (`t3`) into Posts, with a warning for each item that is not one.

    Raises SourceError when `data` is not a Listing (Reddit answers some failures with a
    JSON error object, e.g. `{"reason": "private", "error": 403}`).
    """
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    if not isinstance(data, dict) or data.get("kind") != "Listing":
        detail = ""
        if isinstance(data, dict) and (data.get("reason") or data.get("message")):
            detail = f": {data.get('reason') or data.get('message')}"
        raise SourceError(f"not a Reddit listing from {where}{detail}")
    children = (data.get("data") or {}).get("children")
    if not isinstance(children, list):
        raise SourceError(f"Reddit listing from {where} has no children list")
    posts: list[Post] = []
    warnings: list[str] = []
    for index, child in enumerate(children):
        if not isinstance(child, dict) or child.get("kind") != "t3" or not isinstance(child.get("data"), dict):
            warnings.append(f"{where}: child {index} is not a link (t3); skipped")
            continue
        item = child["data"]
        if item.get("stickied") and not include_stickied:
            continue
        if item.get("over_18") and not include_nsfw:
            continue
        score = _api.number(item.get("score"))
        if min_score and (score is None or score < min_score):
            continue
        try:
            posts.append(_link_post(item, source_id=source_id, fetched_at=fetched_at))
        except ValueError as exc:
            warnings.append(f"{where}: child {index}: {exc}; skipped")
    return posts, warnings


def _link_post(item: Mapping[str, Any], *, source_id: str, fetched_at: datetime) -> Post:
    native = str(item.get("id") or "").strip()
    if not native.isalnum():
        raise ValueError(f"no post id ({native!r})")
    permalink = item.get("permalink")
    if not isinstance(permalink, str) or not permalink.strip():
        raise ValueError(f"post {native} has no permalink")
    url = permalink_url(permalink.strip())
    created = _api.epoch_to_utc(item.get("created_utc"))
    if created is None:
        raise ValueError(f"post {native} has no created_utc")
    title = normalize_space(str(item.get("title") or ""))
    text, links = _api.markdown_to_text(str(item.get("selftext") or ""), url)
    external = ""
    if not item.get("is_self"):
        target = item.get("url_overridden_by_dest") or item.get("url") or ""
        external = absolute_http(str(target), url) or ""
    author = str(item.get("author") or "")
    subreddit = str(item.get("subreddit") or "")
    return Post(
        id=f"reddit:{native}",
        source_id=source_id,
        platform="reddit",
        author_handle=author,
        author_name=author,
        url=url,
        text=cap_text(text or title),
        created_at=created,
        fetched_at=fetched_at,
        title=title,
        metrics=_api.metrics_of(score=item.get("score"), comments=item.get("num_comments")),
        links=_api.dedupe_links([external, *links], drop=url),
        raw={**item, "subreddit": subreddit},
    )


def parse_atom(
    body: bytes, *, url: str, source: Source, fetched_at: datetime, content_type: str | None = None
) -> tuple[list[Post], list[str]]:
    """Reddit's `.rss` (Atom) through `rss.parse_feed`, remapped to `reddit:` posts.

    Entry ids are fullnames (`t3_glvkc5`); authors are `/u/name`; the content is the
    self text followed by "submitted by /u/x [link] [comments]", where `[link]` points
    at the external URL of a link post (or back at the permalink of a self post).
    """
    generic, warnings = _api.parse_api_feed(body, url=url, source=source, content_type=content_type,
                                                fetched_at=fetched_at)
    posts: list[Post] = []
    where = redact_url(url)
    for index, rss_post in enumerate(generic):
        entry = rss_post.raw or {}
        match = _FULLNAME.search(str(entry.get("id") or ""))
        if not match:
            warnings.append(f"{where}: entry {index} has no t3_ id ({entry.get('id')!r}); skipped")
            continue
        permalink = rss_post.url
        contents = entry.get("content") or []
        content = str(contents[0].get("value") or "") if contents else str(entry.get("summary") or "")
        text, links = html_to_text(content, permalink)
        text = _SUBMITTED_BY.sub("", text).strip()
        anchor = _LINK_ANCHOR.search(content)
        external = absolute_http(anchor.group(1), permalink) if anchor else None
        author = normalize_space(str(entry.get("author") or "")).removeprefix("/u/")
        posts.append(Post(
            id=f"reddit:{match.group(1)}",
            source_id=source.id,
            platform="reddit",
            author_handle=author,
            author_name=author,
            url=permalink,
            text=cap_text(text or rss_post.title),
            created_at=rss_post.created_at,
            fetched_at=rss_post.fetched_at,
            title=rss_post.title,
            links=_api.dedupe_links(
                [external or "", *(u for u in links if not u.startswith("https://www.reddit.com/user/"))],
                drop=permalink,
            ),
            raw=entry,
        ))
    return posts, warnings


class _Tokens:
    """Application-only OAuth tokens by (token URL, client id), shared by every subreddit of a run.

    In memory only: a token is a credential, and the store's cursors are plain JSON that
    `sources list` and backups show. The lock makes concurrent subreddits wait for one
    exchange instead of each making its own.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[tuple[str, str], tuple[str, float]] = {}

    def get(self, client: HttpClient, url: str, client_id: str, secret: str) -> str:
        """A valid bearer token, exchanging the app's credentials when none is cached; SourceError otherwise."""
        key = (url, client_id)
        with self._lock:
            cached = self._tokens.get(key)
            if cached and cached[1] > time.monotonic():
                return cached[0]
            response = client.post_form(url, {"grant_type": "client_credentials"}, auth=(client_id, secret))
            data = _api.load_json(response)
            token = data.get("access_token") if isinstance(data, dict) else None
            if not isinstance(token, str) or not token.strip():
                # Reddit answers a bad secret with 200 {"error": "invalid_grant"} as often as with 401.
                reason = data.get("error") if isinstance(data, dict) else None
                raise SourceError(f"no access token from {redact_url(url)}"
                                  + (f" ({reason})" if isinstance(reason, str) else ""))
            expires = data.get("expires_in")
            life = float(expires) if isinstance(expires, int | float) and expires > 0 else 3600.0
            self._tokens[key] = (token.strip(), time.monotonic() + max(life - TOKEN_MARGIN_S, life / 2))
            return token.strip()

    def forget(self, url: str, client_id: str) -> None:
        with self._lock:
            self._tokens.pop((url, client_id), None)


TOKENS = _Tokens()


def _app_token(source: Source, client: HttpClient, warnings: list[str]) -> str | None:
    """The bearer token from the app's id and secret, or None (with a warning) when the exchange fails."""
    client_id, secret = _api.secret_option(source, "client_id"), _api.secret_option(source, "client_secret")
    if not client_id and not secret:
        return None
    if not (client_id and secret):
        raise ConfigError(f"source {source.id!r}: set both client_id_env and client_secret_env for Reddit OAuth")
    url = _api.base_url(source, TOKEN_URL, option="token_url")
    try:
        return TOKENS.get(client, url, client_id, secret)
    except SourceError as exc:
        warnings.append(f"reddit OAuth token exchange failed ({exc}); reading anonymously")
        return None


@register
class RedditSource:
    """A subreddit listing; see the module docstring for the endpoints, fallback and options."""

    kind = "reddit"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        subreddit_of(source.locator)

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        sub = subreddit_of(source.locator)
        listing = str(source.options.get("listing") or "new")
        if listing not in LISTINGS:
            raise ConfigError(f"source {source.id!r}: listing must be one of {', '.join(LISTINGS)}")
        limit = _api.int_option(source, "limit", DEFAULT_LIMIT, low=1, high=MAX_LIMIT)
        warnings: list[str] = []
        secret = _api.token(source) or _app_token(source, client, warnings)
        explicit_base = source.options.get("base_url")
        base = _api.base_url(source, OAUTH_BASE_URL if secret else WEB_BASE_URL)
        rss_default = explicit_base if isinstance(explicit_base, str) and not secret else WEB_BASE_URL
        rss_base = _api.base_url(source, rss_default, option="rss_base_url")
        query = urlencode({"limit": str(limit), "raw_json": "1"})
        path = f"/r/{quote(sub)}/{listing}"
        # OAuth answers JSON on the bare path; the public site needs the .json suffix.
        json_url = f"{base}{path}?{query}" if secret else f"{base}{path}.json?{query}"
        headers = {"Accept": _api.JSON_ACCEPT}
        if secret:
            headers["Authorization"] = f"bearer {secret}"
        now = client.now()
        filters = {
            "include_stickied": _api.bool_option(source, "include_stickied", False),
            "include_nsfw": _api.bool_option(source, "include_nsfw", False),
            "min_score": _api.int_option(source, "min_score", 0),
        }
        try:
            try:
                url, response = json_url, _api.conditional_get(client, json_url, previous, headers)
                posts: list[Post] = []
                full_page = False
                if not response.not_modified:
                    data = _api.load_json(response)
                    posts, warns = parse_listing(data, source_id=source.id, fetched_at=now, url=response.url,
                                                 **filters)
                    warnings.extend(warns)
                    full_page = len(data["data"]["children"]) >= limit
            except HttpStatusError as exc:
                if exc.status == 401 and not _api.token(source):
                    # The exchanged token was revoked or expired early: the next run gets a new one.
                    token_url = _api.base_url(source, TOKEN_URL, option="token_url")
                    TOKENS.forget(token_url, _api.secret_option(source, "client_id") or "")
                if exc.status not in FALLBACK_STATUSES:
                    raise
                url = f"{rss_base}{path}/.rss"
                try:
                    response = _api.conditional_get(client, url, previous, {"Accept": FEED_ACCEPT})
                    if not response.not_modified:
                        posts, warns = parse_atom(response.body, url=response.url, source=source,
                                                  fetched_at=now, content_type=response.content_type)
                        warnings.extend(warns)
                except SourceError as rss_exc:
                    raise SourceError(f"{exc}; the Atom fallback failed too: {rss_exc}") from rss_exc
                warnings.insert(0, f"reddit JSON refused ({exc}); read the Atom feed instead (no scores)")
                full_page = False  # the feed's length is Reddit's choice, not `limit`
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc), warnings=tuple(warnings))
        validators = _api.remember_validators(previous.get("validators"), url, response)
        if response.not_modified:
            return FetchOutcome(source.id, not_modified=True, warnings=tuple(warnings),
                                state={**previous, "validators": validators})
        new_state: dict[str, Any] = {**previous, "validators": validators}
        stamps = [p.created_at.timestamp() for p in posts]
        last_newest = previous.get("newest_created_utc")
        # Only `new` is in time order, so only there does "all newer than last time" mean a gap.
        if (listing == "new" and full_page and stamps and isinstance(last_newest, int | float)
                and min(stamps) > last_newest):
            warnings.append(
                f"r/{sub}: every post in the listing is newer than the newest seen last time; "
                "posts in between may have been missed (fetch more often)"
            )
        if stamps:
            new_state["newest_created_utc"] = max([*stamps, float(last_newest or 0)])
        return FetchOutcome(source.id, posts=tuple(posts), state=new_state, warnings=tuple(warnings))
