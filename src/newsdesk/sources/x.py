"""The `x` source: X API v2 user timelines (a handle list) and list timelines, within a paid read budget.

    locator "OpenAI,AnthropicAI" ─▶ GET /2/users/by?usernames=… (once; ids cached in state)
                                 ─▶ GET /2/users/:id/tweets?since_id=…   (one timeline per handle)
    locator "list:<id>"          ─▶ GET /2/lists/:id/tweets              (this endpoint takes no since_id:
                                                                          posts at or below it are dropped here)
        each page ─▶ parse_x_page(payload) ─▶ Posts + warnings + newest id + next token

Reads are paid, so every run counts the posts X returned against
`monthly_read_budget` (per calendar month, UTC) in the source's state, never
asks for more than what is left, stops when it is spent and says so.

Retweets: X sends a retweet as its own tweet whose text is a truncated
`RT @author: …` and whose original is only in `includes.tweets`. We yield the
ORIGINAL (its own id, author, full text and metrics) and, beside it, a thin
post for the retweet itself: the reposter's id, author, time and URL, empty
text, and `Ref("reposted", <original id>)`. The story stages then see one text
(no duplicate under the reposter) and still know who amplified it (dedup joins
a "reposted" ref to its original). When the original is missing from
`includes` (deleted, protected), the retweet is kept with its own text and the
same ref.

List pages are sized by the list's pace. A list timeline cannot be asked for "only
what is new", and X bills every post a page returns, so asking for 100 posts every four
hours from a list that gains 12 pays for 88 already-seen posts each run. The source
keeps an estimate of the list's posts per hour and asks for what it expects since the
last run (with a margin); when that first page does not reach the newest post seen, it
pages on at full size, so a burst costs a request, never a missed post.

State (JSON, opaque to the store):

    {"user_ids": {"openai": "4398626122"},         # lower-case handle -> user id
     "since_id": {"user:4398626122": "1947…"},      # newest post seen per timeline
     "pace": {"list:84839422": {"per_hour": 3.2, "at": "2026-04-14T00:00:00Z"}},  # list posts per hour
     "budget": {"month": "2026-04", "read": 1234}}  # posts read this calendar month
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient, HttpStatusError, RateLimitedError, redact_url
from newsdesk.model import Post, Ref, Source, utc
from newsdesk.sources import _api
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
from newsdesk.sources.xbridge import canonical_x_url, x_status_from_url

DEFAULT_BASE_URL = "https://api.x.com"
#: posts per month the source may read when the config does not say (Basic plan reads are counted)
DEFAULT_MONTHLY_READ_BUDGET = 10_000
#: X accepts max_results 5..100 on timelines; asking for fewer than 5 is an error, so a budget with
#: fewer than 5 posts left is treated as spent rather than overrun
MIN_PAGE = 5
MAX_PAGE = 100
DEFAULT_PAGE = 100
#: a list's first page asks for the posts its pace predicts times this, plus PACE_SLACK
PACE_MARGIN = 1.5
PACE_SLACK = 3
#: weight of the newest observation in the list pace's moving average
PACE_WEIGHT = 0.5
#: /2/users/by takes at most 100 usernames per request
USERS_PER_LOOKUP = 100

TWEET_FIELDS = "created_at,public_metrics,entities,referenced_tweets,note_tweet,lang,author_id,conversation_id"
EXPANSIONS = "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
USER_FIELDS = "name,username"

#: public_metrics names -> newsdesk's
METRIC_NAMES = {
    "like_count": "likes", "retweet_count": "reposts", "reply_count": "replies",
    "quote_count": "quotes", "impression_count": "views",
}
REF_KINDS: Mapping[str, str] = {"quoted": "quoted", "replied_to": "replied_to", "retweeted": "reposted"}
#: X's first snowflake epoch (2010-11-04), in ms: a status id encodes its creation time
_SNOWFLAKE_EPOCH_MS = 1288834974657
_SNOWFLAKE_MIN_ID = 30_000_000_000_000_000  # ids below this predate snowflakes and carry no time
#: X's pseudo-languages: undetermined, hashtags/mentions only, media only, emoji only, and so on
_NOT_LANGUAGES = frozenset({"und", "zxx", "qme", "qht", "qam", "qct", "qst", "art"})
_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_LIST_ID = re.compile(r"^\d{1,20}$")


# -- parsing (pure) -------------------------------------------------------------------------------


def snowflake_time(status_id: str) -> datetime | None:
    """When a post was created, from its id (X ids are snowflakes since late 2010), or None."""
    if not status_id.isdigit() or int(status_id) < _SNOWFLAKE_MIN_ID:
        return None
    ms = (int(status_id) >> 22) + _SNOWFLAKE_EPOCH_MS
    return datetime.fromtimestamp(ms / 1000, UTC)


def _lang(value: Any) -> str | None:
    if not isinstance(value, str) or not value or value in _NOT_LANGUAGES:
        return None
    return value


def _ref_ids(tweet: Mapping[str, Any]) -> set[str]:
    return {str(r.get("id")) for r in tweet.get("referenced_tweets") or () if isinstance(r, Mapping)}


def _expand(text: str, entities: Mapping[str, Any], own_id: str, ref_ids: set[str]) -> tuple[str, list[str]]:
    """Text with t.co links replaced by their targets, and the outbound links (never t.co).

    Links to the post's own media (`/<handle>/status/<own id>/photo/1`) and the
    "show more" link of a truncated post are dropped from the text; links to the
    quoted or replied-to post stay in the text (a reader sees what was quoted) but
    are refs, not outbound links.
    """
    links: list[str] = []
    for entity in entities.get("urls") or ():
        if not isinstance(entity, Mapping):
            continue
        short = entity.get("url")
        target = entity.get("unwound_url") or entity.get("expanded_url")
        if not isinstance(target, str) or not target:
            continue
        status = x_status_from_url(target)
        replacement = target
        if status is not None and status[1] == own_id:
            replacement = ""  # the post's own media or "show more" link
        elif status is not None and status[1] in ref_ids:
            pass  # kept in text, not a link
        elif urlsplit(target).hostname not in ("t.co",):
            links.append(target)
        if isinstance(short, str) and short:
            text = text.replace(short, replacement)
    return text.strip(), links


@dataclass(frozen=True, slots=True)
class _Context:
    users: Mapping[str, Mapping[str, Any]]
    tweets: Mapping[str, Mapping[str, Any]]
    source_id: str
    fetched_at: datetime
    default_handle: str


def _tweet_post(tweet: Mapping[str, Any], ctx: _Context, warnings: list[str]) -> Post | None:
    status_id = str(tweet.get("id") or "")
    if not status_id.isdigit():
        warnings.append(f"skipped a post without a numeric id: {str(tweet)[:80]}")
        return None
    author = ctx.users.get(str(tweet.get("author_id") or ""))
    handle = str((author or {}).get("username") or ctx.default_handle or "")
    name = str((author or {}).get("name") or handle)
    note = tweet.get("note_tweet")
    # Long posts (> 280 characters): `text` is cut and the whole body is in note_tweet, with its own entities.
    if isinstance(note, Mapping) and isinstance(note.get("text"), str) and note["text"]:
        body, entities = note["text"], note.get("entities") or {}
    else:
        body, entities = str(tweet.get("text") or ""), tweet.get("entities") or {}
    text, links = _expand(body, entities if isinstance(entities, Mapping) else {}, status_id, _ref_ids(tweet))
    created = parse_utc(tweet.get("created_at")) or snowflake_time(status_id)
    if created is None:
        warnings.append(f"x:{status_id}: no created_at and no snowflake time; using the fetch time")
        created = ctx.fetched_at
    refs = []
    for ref in tweet.get("referenced_tweets") or ():
        kind = REF_KINDS.get(str(ref.get("type"))) if isinstance(ref, Mapping) else None
        if kind and str(ref.get("id") or "").isdigit():
            refs.append(Ref(kind, f"x:{ref['id']}"))  # type: ignore[arg-type]
    metrics = tweet.get("public_metrics")
    return Post(
        id=f"x:{status_id}",
        source_id=ctx.source_id,
        platform="x",
        author_handle=handle,
        author_name=name,
        url=canonical_x_url(handle, status_id),
        # X escapes &, < and > in text as HTML entities; readers and matchers want the characters.
        text=html.unescape(text),
        created_at=created,
        fetched_at=ctx.fetched_at,
        lang=_lang(tweet.get("lang")),
        metrics=metrics_from(metrics, METRIC_NAMES) if isinstance(metrics, Mapping) else {},
        links=dedupe_links(links),
        refs=tuple(dict.fromkeys(refs)),
        # The raw payload has the API's own shape, so `parse_x_page(post.raw)` rebuilds the post.
        raw={"data": [dict(tweet)], "includes": {"users": [dict(author)] if author else []}},
    )


def _repost_marker(retweet: Mapping[str, Any], original: Post, ctx: _Context, warnings: list[str]) -> Post | None:
    post = _tweet_post(retweet, ctx, warnings)
    if post is None:
        return None
    raw = {"data": [dict(retweet)], "includes": {
        "users": list(post.raw["includes"]["users"]) if post.raw else [],
        "tweets": [dict(ctx.tweets[original.id.removeprefix("x:")])],
    }}
    # The retweet's public_metrics are the original's; counting them twice would inflate the story.
    return replace(post, text="", links=(), metrics={}, lang=None,
                   refs=(Ref("reposted", original.id),), raw=raw)


def parse_x_page(
    payload: bytes | Mapping[str, Any],
    *,
    source_id: str,
    fetched_at: datetime,
    default_handle: str = "",
    where: str = "X API",
) -> Page:
    """One X API v2 response (`/2/users/:id/tweets`, `/2/lists/:id/tweets`, `/2/tweets`, search) as a Page.

    `default_handle` names the author when the response has no `includes.users`
    (fields were not requested). Raises `SourceError` for a body that is not an
    X API v2 tweets response, or one that holds only `errors`.
    """
    fetched_at = utc(fetched_at)
    data = load_json(payload, where) if isinstance(payload, bytes | bytearray) else payload
    if not isinstance(data, Mapping):
        raise SourceError(f"unexpected response from {where}: a JSON {type(data).__name__}, not an object")
    items = data.get("data")
    errors = [e for e in data.get("errors") or () if isinstance(e, Mapping)]
    if items is None:
        if errors:
            raise SourceError(f"X API error from {where}: {_describe_errors(errors)}")
        if not isinstance(data.get("meta"), Mapping):
            raise SourceError(f"unexpected response from {where}: no data, meta or errors")
        items = []
    if isinstance(items, Mapping):
        items = [items]  # /2/tweets/:id answers with one object
    if not isinstance(items, list):
        raise SourceError(f"unexpected response from {where}: data is a {type(items).__name__}")
    includes = data.get("includes") if isinstance(data.get("includes"), Mapping) else {}
    ctx = _Context(
        users={str(u.get("id")): u for u in includes.get("users") or () if isinstance(u, Mapping)},
        tweets={str(t.get("id")): t for t in includes.get("tweets") or () if isinstance(t, Mapping)},
        source_id=source_id, fetched_at=fetched_at, default_handle=default_handle,
    )
    warnings = [f"X API partial error from {where}: {_describe_errors(errors)}"] if errors else []
    posts: dict[str, Post] = {}
    for tweet in items:
        if not isinstance(tweet, Mapping):
            warnings.append(f"skipped a data item that is not an object: {str(tweet)[:80]}")
            continue
        retweeted = next((str(r.get("id")) for r in tweet.get("referenced_tweets") or ()
                          if isinstance(r, Mapping) and r.get("type") == "retweeted"), None)
        original_payload = ctx.tweets.get(retweeted) if retweeted else None
        if original_payload is not None:
            original = _tweet_post(original_payload, ctx, warnings)
            if original is not None:
                marker = _repost_marker(tweet, original, ctx, warnings)
                posts.setdefault(original.id, original)
                if marker is not None:
                    posts[marker.id] = marker
                continue
        post = _tweet_post(tweet, ctx, warnings)
        if post is not None:
            posts[post.id] = post
    ids = [int(str(t.get("id"))) for t in items if isinstance(t, Mapping) and str(t.get("id") or "").isdigit()]
    meta = data.get("meta") if isinstance(data.get("meta"), Mapping) else {}
    newest = str(meta.get("newest_id") or "") or (str(max(ids)) if ids else None)
    # The timeline's own items set how far back a page reaches (a retweet counts at its retweet time).
    times = [t for t in (parse_utc(i.get("created_at")) or snowflake_time(str(i.get("id") or ""))
                         for i in items if isinstance(i, Mapping)) if t is not None]
    return Page(
        posts=tuple(posts.values()),
        warnings=tuple(warnings),
        next_cursor=str(meta.get("next_token") or "") or None,
        newest=newest or None,
        oldest_at=min(times) if times else None,
        count=len(items),
    )


def _describe_errors(errors: Iterable[Mapping[str, Any]]) -> str:
    parts = []
    for error in list(errors)[:3]:
        text = str(error.get("detail") or error.get("message") or error.get("title") or "unknown error")
        parts.append(text[:200])
    return "; ".join(parts)


def parse_x_users(payload: bytes | Mapping[str, Any], *, where: str = "X API") -> tuple[dict[str, str], list[str]]:
    """A `/2/users/by` response as {lower-case handle: user id}, plus one warning per handle X did not find."""
    data = load_json(payload, where) if isinstance(payload, bytes | bytearray) else payload
    if not isinstance(data, Mapping):
        raise SourceError(f"unexpected response from {where}: a JSON {type(data).__name__}, not an object")
    found: dict[str, str] = {}
    for user in data.get("data") or ():
        if isinstance(user, Mapping) and user.get("username") and str(user.get("id") or "").isdigit():
            found[str(user["username"]).lower()] = str(user["id"])
    errors = [e for e in data.get("errors") or () if isinstance(e, Mapping)]
    warnings = [f"X user not found: @{e.get('value')} ({_describe_errors([e])})" for e in errors if e.get("value")]
    if "data" not in data and not errors:
        raise SourceError(f"unexpected response from {where}: no data or errors")
    return found, warnings


# -- the source kind (network) --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Timeline:
    key: str  #: state key: "user:<id>" or "list:<id>"
    label: str  #: for messages: "@OpenAI" or "list 123"
    path: str
    handle: str  #: default author for responses without includes


def parse_locator(locator: str) -> tuple[str, list[str]]:
    """("list", [id]) for `list:<id>`, else ("users", [handles]); raises SourceError on anything else."""
    text = locator.strip()
    if text.lower().startswith("list:"):
        list_id = text[5:].strip()
        if not _LIST_ID.match(list_id):
            raise SourceError(f"x locator {locator!r}: a list is `list:<numeric id>`")
        return "list", [list_id]
    handles = [h.strip().lstrip("@") for h in text.split(",") if h.strip()]
    bad = [h for h in handles if not _HANDLE.match(h)]
    if not handles or bad:
        raise SourceError(
            f"x locator {locator!r}: expected comma-separated handles (letters, digits, _; at most 15) "
            f"or list:<id>" + (f"; not a handle: {', '.join(bad)}" if bad else "")
        )
    return "users", list(dict.fromkeys(handles))


def _month(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m")


def _next_month(month: str) -> str:
    year, mon = (int(p) for p in month.split("-"))
    return f"{year + mon // 12}-{mon % 12 + 1:02d}-01"


def _http_problem(exc: SourceError, label: str) -> str:
    """An error message a reader can act on; never the token (the client never puts headers in messages)."""
    if isinstance(exc, RateLimitedError):
        return describe_failure(exc, "X API", label)
    if isinstance(exc, HttpStatusError) and exc.status == 401:
        return f"X API rejected the bearer token reading {label} (HTTP 401): check the variable token_env names"
    if isinstance(exc, HttpStatusError) and exc.status == 403:
        return f"X API refused {label} (HTTP 403): the app's access level may not include this endpoint"
    return f"{label}: {exc}"


@register
class XSource:
    """X API v2 timelines for a handle list or an X list, with a monthly read budget; see the module docstring.

    Options: `token_env` (required; resolved by config into `token`), `base_url`,
    `monthly_read_budget`, `max_results` (5..100 per page), `max_pages`, `lookback_hours`
    (a first run of a user timeline reads only this far back, via start_time), `exclude`
    (user timelines only: "replies", "retweets" or both, comma-separated).

    `monthly_read_budget` is counted in this source's own state. The default source list
    has one X source per handle, so with one token shared by many sources the sum of
    their budgets is what can be spent; set each source's budget accordingly.
    """

    kind = "x"
    requires = ("token",)

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        parse_locator(source.locator)

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        token = _api.token(source)
        if token is None:
            var = source.options.get("token_env")
            hint = f"the variable {var} named by token_env is not set" if var else "add token_env = \"VAR\" to it"
            return FetchOutcome(source.id, state=previous,
                                error=f"x source needs a bearer token (option token_env): {hint}")
        try:
            mode, names = parse_locator(source.locator)
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc))
        run = _Run(source, previous, client, token)
        return run.go(mode, names)


class _Run:
    """One fetch of one X source: holds the evolving state so each step stays small."""

    def __init__(self, source: Source, state: dict[str, Any], client: HttpClient, token: str) -> None:
        self.source = source
        self.previous = state
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        self.base = str(source.options.get("base_url") or DEFAULT_BASE_URL).rstrip("/")
        self.now = client.now()
        self.budget = option_int(source.options, "monthly_read_budget", DEFAULT_MONTHLY_READ_BUDGET,
                                 low=0, high=10**9)
        self.page_size = option_int(source.options, "max_results", DEFAULT_PAGE, low=MIN_PAGE, high=MAX_PAGE)
        self.max_pages = option_int(source.options, "max_pages", DEFAULT_MAX_PAGES, low=1, high=50)
        self.lookback_h = option_float(source.options, "lookback_hours", DEFAULT_LOOKBACK_HOURS)
        self.month = _month(self.now)
        spent = state.get("budget") if isinstance(state.get("budget"), Mapping) else {}
        self.read = int(spent.get("read") or 0) if spent.get("month") == self.month else 0
        self.read_at_start = self.read
        # The collector's share of the budget all X sources draw on (see collect.plan_pool), if any.
        pool = state.get("pool") if isinstance(state.get("pool"), Mapping) else {}
        self.pool_left: int | None = (
            int(pool["left"]) if pool.get("month") == self.month and "left" in pool else None
        )
        self.user_ids: dict[str, str] = {
            str(k).lower(): str(v) for k, v in (state.get("user_ids") or {}).items() if str(v).isdigit()
        } if isinstance(state.get("user_ids"), Mapping) else {}
        self.since: dict[str, str] = {
            str(k): str(v) for k, v in (state.get("since_id") or {}).items() if str(v).isdigit()
        } if isinstance(state.get("since_id"), Mapping) else {}
        self.pace: dict[str, dict[str, Any]] = {
            str(k): dict(v) for k, v in (state.get("pace") or {}).items()
            if isinstance(v, Mapping) and isinstance(v.get("per_hour"), int | float)
        } if isinstance(state.get("pace"), Mapping) else {}
        self.warnings: list[str] = []
        self.posts: dict[str, Post] = {}

    # budget ---------------------------------------------------------------------------------------

    @property
    def left(self) -> int:
        own = max(0, self.budget - self.read)
        if self.pool_left is None:
            return own
        return max(0, min(own, self.pool_left - (self.read - self.read_at_start)))

    def _budget_note(self) -> str:
        return f"X read budget: {self.read} of {self.budget} posts used in {self.month} (UTC)"

    def _spent_message(self) -> str:
        return (f"X monthly read budget spent: {self.read} of {self.budget} posts read in {self.month}; "
                f"not fetching until {_next_month(self.month)} (raise monthly_read_budget to read more)")

    def _state(self) -> dict[str, Any]:
        return {
            **{k: v for k, v in self.previous.items() if k not in ("user_ids", "since_id", "budget", "pool", "pace")},
            "user_ids": dict(sorted(self.user_ids.items())),
            "since_id": dict(sorted(self.since.items())),
            **({"pace": dict(sorted(self.pace.items()))} if self.pace else {}),
            "budget": {"month": self.month, "read": self.read},
        }

    # steps ----------------------------------------------------------------------------------------

    def go(self, mode: str, names: list[str]) -> FetchOutcome:
        sid = self.source.id
        if self.left < MIN_PAGE:
            # Spent is an error, not "no posts": a silent gap is what users of other tools complain about.
            return FetchOutcome(sid, state=self._state(), error=self._spent_message())
        try:
            timelines = self._timelines(mode, names)
        except SourceError as exc:
            return FetchOutcome(sid, state=self.previous, error=_http_problem(exc, "the handle lookup"))
        failures: list[str] = []
        succeeded = 0
        for index, timeline in enumerate(timelines):
            if self.left < MIN_PAGE:
                skipped = ", ".join(t.label for t in timelines[index:])
                self.warnings.append(f"{self._spent_message()}; skipped {skipped}")
                break
            try:
                self._read_timeline(timeline)
            except SourceError as exc:
                failures.append(_http_problem(exc, timeline.label))
                continue
            succeeded += 1
        if failures and not succeeded:
            # Nothing read, nothing billed: report the failure and keep the old cursor.
            return FetchOutcome(sid, state=self.previous, error="; ".join(failures))
        # Some timelines failed: keep what the others returned (it was paid for) and say which failed.
        self.warnings.extend(f"failed: {f}" for f in failures)
        self.warnings.append(self._budget_note())
        return FetchOutcome(sid, posts=tuple(self.posts.values()), state=self._state(),
                            warnings=tuple(self.warnings))

    def _timelines(self, mode: str, names: list[str]) -> list[_Timeline]:
        if mode == "list":
            return [_Timeline(f"list:{names[0]}", f"list {names[0]}", f"/2/lists/{names[0]}/tweets", "")]
        missing = [h for h in names if h.lower() not in self.user_ids]
        for start in range(0, len(missing), USERS_PER_LOOKUP):
            chunk = missing[start:start + USERS_PER_LOOKUP]
            query = urlencode({"usernames": ",".join(chunk), "user.fields": USER_FIELDS}, safe=",")
            url = f"{self.base}/2/users/by?{query}"
            response = self.client.get(url, headers=self.headers)
            found, warnings = parse_x_users(response.body, where=redact_url(response.url))
            asked = {h.lower() for h in chunk}
            self.user_ids.update({h: i for h, i in found.items() if h in asked})
            self.warnings.extend(warnings)
        timelines = []
        for handle in names:
            user_id = self.user_ids.get(handle.lower())
            if user_id is None:
                continue  # already warned: X does not know the handle
            timelines.append(_Timeline(f"user:{user_id}", f"@{handle}", f"/2/users/{user_id}/tweets", handle))
        if not timelines:
            raise SourceError(f"none of the handles {', '.join(names)} exists on X")
        return timelines

    def _read_timeline(self, timeline: _Timeline) -> None:
        since = self.since.get(timeline.key)
        is_list = timeline.key.startswith("list:")
        token: str | None = None
        newest = int(since) if since else 0
        # A first run of a user timeline is bounded by start_time, so it may page; a list has no such bound.
        bounded = bool(since) or not is_list
        first_size = self._paced_size(timeline.key) if is_list and since else self.page_size
        fresh: list[int] = []  # ids newer than `since`: what the list gained since the last run
        for page_number in range(self.max_pages if bounded else 1):
            if self.left < MIN_PAGE:
                self.warnings.append(f"{timeline.label}: stopped paging: the read budget is spent")
                break
            size = first_size if page_number == 0 else self.page_size
            params = {
                "tweet.fields": TWEET_FIELDS,
                "expansions": EXPANSIONS,
                "user.fields": USER_FIELDS,
                "max_results": str(min(size, self.left)),
            }
            if since and not is_list:
                params["since_id"] = since  # list timelines reject since_id: filtered below instead
            elif not is_list:
                # First run: only the look-back window, not the newest 100 posts of every account (reads are paid).
                params["start_time"] = (self.now - timedelta(hours=self.lookback_h)).strftime("%Y-%m-%dT%H:%M:%SZ")
            if token:
                params["pagination_token"] = token
            if not is_list and self.source.options.get("exclude"):
                params["exclude"] = str(self.source.options["exclude"])
            url = f"{self.base}{timeline.path}?{urlencode(params, safe=',')}"
            response = self.client.get(url, headers=self.headers)
            where = redact_url(response.url)
            data = load_json(response.body, where)
            ids = _data_ids(data)
            self.read += len(ids)  # every post returned is billed, even the ones we drop as already seen
            reached_since = bool(since) and any(i <= int(since) for i in ids)
            fresh.extend(i for i in ids if not since or i > int(since))
            if since and isinstance(data, Mapping) and isinstance(data.get("data"), list):
                data = {**data, "data": [t for t in data["data"]
                                         if not (isinstance(t, Mapping) and _id(t) is not None
                                                 and _id(t) <= int(since))]}  # type: ignore[operator]
            page = parse_x_page(data, source_id=self.source.id, fetched_at=self.now,
                                default_handle=timeline.handle, where=where)
            self.warnings.extend(f"{timeline.label}: {w}" for w in page.warnings)
            for post in page.posts:
                self.posts.setdefault(post.id, post)
            newest = max([newest, *ids])
            token = page.next_cursor
            floor = self.now - timedelta(hours=self.lookback_h)
            past_window = not since and page.oldest_at is not None and page.oldest_at < floor
            if not token or reached_since or past_window:
                break
            if page_number == self.max_pages - 1:
                self.warnings.append(
                    f"{timeline.label}: more new posts than {self.max_pages} pages; the oldest were skipped"
                )
        if newest and (since is None or newest > int(since)):
            self.since[timeline.key] = str(newest)
        if is_list:
            self._update_pace(timeline.key, fresh, complete=bool(since))

    def _paced_size(self, key: str) -> int:
        """The first page size for a list: what its pace predicts since the last run, with a margin."""
        pace = self.pace.get(key)
        at = parse_utc(pace.get("at")) if pace else None
        if pace is None or at is None:
            return self.page_size
        hours = max(0.0, (self.now - at).total_seconds() / 3600)
        expected = float(pace["per_hour"]) * hours
        return max(MIN_PAGE, min(self.page_size, math.ceil(expected * PACE_MARGIN) + PACE_SLACK))

    def _update_pace(self, key: str, fresh: list[int], *, complete: bool) -> None:
        """Fold this run's new posts into the list's posts-per-hour estimate.

        `complete` runs (a cursor existed) saw every post since the last run; the first run
        saw one page, whose time span gives the starting pace.
        """
        pace = self.pace.get(key)
        at = parse_utc(pace.get("at")) if pace else None
        observed: float | None = None
        if complete and at is not None and self.now > at:
            observed = len(fresh) / ((self.now - at).total_seconds() / 3600)
        elif not complete and len(fresh) > 1:
            times = [t for t in (snowflake_time(str(i)) for i in fresh) if t is not None]
            span_h = (max(times) - min(times)).total_seconds() / 3600 if len(times) > 1 else 0.0
            observed = (len(times) - 1) / span_h if span_h > 0 else None
        if observed is None and pace is None:
            return
        old = float(pace["per_hour"]) if pace else None
        rate = observed if old is None else old if observed is None else (
            PACE_WEIGHT * observed + (1 - PACE_WEIGHT) * old)
        self.pace[key] = {"per_hour": round(rate, 3), "at": self.now.strftime("%Y-%m-%dT%H:%M:%SZ")}


def _id(tweet: Mapping[str, Any]) -> int | None:
    value = str(tweet.get("id") or "")
    return int(value) if value.isdigit() else None


def _data_ids(data: Any) -> list[int]:
    """Ids of the posts a response returned (what X bills), whatever else it holds."""
    if not isinstance(data, Mapping):
        return []
    items = data.get("data")
    items = [items] if isinstance(items, Mapping) else items if isinstance(items, list) else []
    return [i for i in (_id(t) for t in items if isinstance(t, Mapping)) if i is not None]


__all__ = [
    "XSource",
    "parse_locator",
    "parse_x_page",
    "parse_x_users",
    "snowflake_time",
]
