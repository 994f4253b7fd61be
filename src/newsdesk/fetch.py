"""Shared HTTP: the one place newsdesk talks to the network.

Every source kind receives an `HttpClient` and calls `get` (or `post_form`, for an OAuth
token exchange); no source imports httpx. One `get` runs these layers, outermost first:

    get ─▶ retry policy (timeouts, connection errors, 408/5xx with jittered backoff; 429/503 by Retry-After)
        ─▶ redirects (relative Locations, loop detection, `max_redirects`)
          ─▶ one attempt (per-host slot, streamed body with a size cap and a wall-clock deadline)
            ─▶ httpx (timeouts everywhere, gzip/deflate decoding, connection pool)

Errors form one small tree under `SourceError`, and every message names the URL
with its secrets removed (`redact_url`):

    SourceError                    timeouts, connection failures, redirect trouble, oversized bodies
     └── HttpStatusError           a final status that is not 2xx or 304; `.status`, `.retry_after_s`
          └── RateLimitedError     429 that asks for a longer wait than we will sleep

`fetch_all` runs many sources at once: a thread pool of `settings.concurrency`
workers, while the client itself keeps at most `settings.per_host` requests in
flight per host. The clock, the sleep function and the jitter source are
constructor arguments, so tests of retries and rate limits run in microseconds.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
import math
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from newsdesk.config import FetchSettings
from newsdesk.errors import NewsdeskError, SourceError

if TYPE_CHECKING:
    from newsdesk.model import Source
    from newsdesk.sources.base import FetchOutcome

log = logging.getLogger(__name__)

#: the longest a 429/503 may ask us to wait before we give up and report "retry in N s" instead
MAX_WAIT_S = 60.0
#: first backoff step; attempt n waits about BACKOFF_BASE_S * 2**n, jittered, at most BACKOFF_MAX_S
BACKOFF_BASE_S = 0.5
BACKOFF_MAX_S = 30.0
#: a whole attempt (connect + headers + body) may take this many timeouts: a server that trickles one
#: byte per `timeout_s` would otherwise never time out
DEADLINE_TIMEOUTS = 3.0

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class HttpStatusError(SourceError):
    """The server answered with a status that is neither success nor "not modified"."""

    def __init__(self, message: str, *, status: int, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after_s = retry_after_s  #: how long the server asked us to wait, if it said


class RateLimitedError(HttpStatusError):
    """HTTP 429 whose requested wait is longer than the client is willing to sleep."""


@dataclass(frozen=True, slots=True)
class Response:
    """One completed HTTP exchange, after redirects, with the whole (capped) body in memory."""

    status: int  #: 2xx, or 304 for "not modified" (then `body` is empty)
    url: str  #: final URL after redirects
    headers: Mapping[str, str]  #: lower-case names; repeated headers joined with ", "
    body: bytes  #: decoded from gzip/deflate
    charset: str | None  #: from the Content-Type header only; documents may declare their own
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    def text(self) -> str:
        """The body as text: header charset, else UTF-8, replacing what does not decode."""
        return self.body.decode(self.charset or "utf-8", errors="replace")


class _Retryable(Exception):
    """An attempt failed in a way that may succeed if tried again (timeout, reset connection)."""


# -- secrets never reach a message ------------------------------------------------------------------

_SECRET_PARTS = frozenset({
    "token", "key", "apikey", "secret", "password", "passwd", "pwd", "auth", "authorization",
    "sig", "signature", "session", "sid", "credential", "credentials", "bearer", "jwt", "code",
})
_TOKEN_VALUE = re.compile(r"[A-Za-z0-9_\-.~+/=%]{32,}")


def _is_secret_param(name: str, value: str) -> bool:
    parts = re.split(r"[_\-.\[\]]+", unquote(name).lower())
    if any(p in _SECRET_PARTS for p in parts) or unquote(name).lower().replace("_", "") in _SECRET_PARTS:
        return True
    # An opaque run of letters and digits this long is a credential far more often than a search term.
    raw = unquote(value)
    if not _TOKEN_VALUE.fullmatch(raw):
        return False
    return any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw)


def redact_url(url: str) -> str:
    """`url` fit for a log line: no userinfo, no fragment, token-like query values replaced."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<invalid url>"
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    pairs = []
    for pair in parts.query.split("&") if parts.query else ():
        name, sep, value = pair.partition("=")
        pairs.append(f"{name}=<redacted>" if sep and _is_secret_param(name, value) else pair)
    return urlunsplit((parts.scheme, netloc, parts.path, "&".join(pairs), ""))


# -- header parsing ---------------------------------------------------------------------------------

_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';,\s]+)""", re.IGNORECASE)


def charset_from_content_type(value: str | None) -> str | None:
    """The `charset` parameter of a Content-Type value, if it names a codec Python knows."""
    if not value:
        return None
    match = _CHARSET.search(value)
    if not match:
        return None
    name = match.group(1).lower()
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def _seconds_until(value: str, now: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        pass
    else:
        if not math.isfinite(number) or number < 0:
            return None
        # Reset headers are either a delta (Reddit, RateLimit-Reset) or a Unix time (X, GitHub).
        return max(0.0, number - now) if number > 1e9 else number
    try:
        moment = parsedate_to_datetime(value)  # an HTTP-date
    except (TypeError, ValueError, IndexError):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))  # Mastodon's X-RateLimit-Reset
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, moment.timestamp() - now)


_RESET_HEADERS = ("x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset")


def retry_after_s(headers: Mapping[str, str], *, now: float, status: int = 429) -> float | None:
    """How long the server asked us to wait, in seconds from `now` (Unix time), or None.

    Retry-After is seconds or an HTTP-date (RFC 9110 10.2.3). On 429 only, the
    rate-limit reset headers (`x-rate-limit-reset`, `x-ratelimit-reset`,
    `ratelimit-reset`) count too: on a success they describe a budget, not a wait.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    if "retry-after" in lower:
        wait = _seconds_until(lower["retry-after"], now)
        if wait is not None:
            return wait
    if status == 429:
        for name in _RESET_HEADERS:
            if name in lower:
                wait = _seconds_until(lower[name], now)
                if wait is not None:
                    return wait
    return None


def _is_rate_limit_403(headers: Mapping[str, str]) -> bool:
    """Whether a 403 is a rate limit rather than a refusal.

    GitHub answers an exhausted primary limit with 403 and `x-ratelimit-remaining: 0`
    (its reset header carries the epoch second it reopens), and a secondary limit with 403
    and Retry-After. Read as a plain 403 the source looks forbidden for good; read as a
    429 it waits, or says "retry in N s", like every other rate limit.
    """
    lower = {k.lower(): v.strip() for k, v in headers.items()}
    return lower.get("x-ratelimit-remaining") == "0" or "retry-after" in lower


# -- the client -------------------------------------------------------------------------------------


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname or "", parts.port


def check_url(url: str) -> None:
    """SourceError unless `url` is an http(s) URL with a host (the only URLs newsdesk fetches)."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise SourceError(f"invalid URL {redact_url(url)!r}: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(f"not an http(s) URL: {redact_url(url)!r}")


class HttpClient:
    """Synchronous, thread-safe HTTP GET with newsdesk's policies; see the module docstring.

    Use as a context manager (or call `close`). `transport` is httpx's seam for tests;
    `sleep`, `clock` (Unix seconds) and `jitter` (a float in [0, 1)) make time injectable.
    """

    def __init__(
        self,
        settings: FetchSettings,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
        max_wait_s: float = MAX_WAIT_S,
        backoff_s: float = BACKOFF_BASE_S,
    ) -> None:
        self.settings = settings
        self.max_wait_s = max_wait_s
        self.backoff_s = backoff_s
        self._sleep = sleep
        self._clock = clock
        self._jitter = jitter
        self._http = httpx.Client(
            timeout=httpx.Timeout(settings.timeout_s),
            follow_redirects=False,  # followed by hand: relative Locations, loops, per-hop host limits
            headers={"User-Agent": settings.user_agent},
            limits=httpx.Limits(
                max_connections=max(settings.concurrency, settings.per_host),
                max_keepalive_connections=settings.concurrency,
            ),
            transport=transport,
        )
        self._hosts: dict[tuple[str, str, int | None], threading.BoundedSemaphore] = {}
        self._hosts_lock = threading.Lock()

    # context manager
    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def now(self) -> datetime:
        """The client's clock as an aware UTC datetime (what sources stamp as `fetched_at`)."""
        return datetime.fromtimestamp(self._clock(), UTC)

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET `url` with retries, redirects and caps; returns a 2xx or 304 `Response`.

        With `etag` the request carries If-None-Match, else with `last_modified`
        If-Modified-Since (ETag first, as miniflux does: it is the exact validator).
        Raises `SourceError` (or a subclass) naming the redacted URL.
        """
        check_url(url)
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        elif last_modified:
            request_headers["If-Modified-Since"] = last_modified
        return self._with_retries(lambda: self._follow(url, request_headers))

    def post_form(
        self,
        url: str,
        data: Mapping[str, str],
        *,
        auth: tuple[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """POST `data` form-encoded (an OAuth token exchange), under the same policies as `get`.

        Redirects are not followed: a token endpoint that redirects is misconfigured, and
        re-sending credentials to wherever it points would be unsafe. `auth` is HTTP Basic;
        neither it nor the form ever appears in an error message.
        """
        check_url(url)
        content = urlencode(dict(data)).encode()
        request_headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        if auth is not None:
            pair = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            request_headers["Authorization"] = f"Basic {pair}"
        # A 3xx is not 2xx, so `_with_retries` reports it as a final status ("HTTP 302 from ...").
        return self._with_retries(lambda: self._attempt(url, request_headers, method="POST", content=content))

    def _with_retries(self, send: Callable[[], Response]) -> Response:
        """`send()` until it answers for good: the retry policy described in the module docstring."""
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = send()
            except _Retryable as exc:
                if last:
                    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                    raise SourceError(f"{exc}{tries}") from exc.__cause__
                self._sleep(self._backoff(attempt))
                continue
            status = response.status
            if 200 <= status < 300 or status == 304:
                return response
            if status == 403 and _is_rate_limit_403(response.headers):
                status = 429  # GitHub's way of saying 429; its reset header then says how long
            where = redact_url(response.url)
            if status not in RETRY_STATUSES:
                raise HttpStatusError(f"HTTP {status} from {where}", status=status)
            wait = retry_after_s(response.headers, now=self._clock(), status=status)
            if wait is not None and (wait > self.max_wait_s or last):
                seconds = math.ceil(wait)
                if status == 429:
                    raise RateLimitedError(
                        f"HTTP {response.status} from {where}: rate limited, retry in {seconds} s",
                        status=status, retry_after_s=wait,
                    )
                raise HttpStatusError(
                    f"HTTP {status} from {where}: unavailable, retry in {seconds} s",
                    status=status, retry_after_s=wait,
                )
            if last:
                tries = f" (after {attempts} attempts)" if attempts > 1 else ""
                kind = RateLimitedError if status == 429 else HttpStatusError
                what = ": rate limited" if status == 429 else ""
                raise kind(f"HTTP {response.status} from {where}{what}{tries}", status=status)
            self._sleep(wait if wait is not None else self._backoff(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        # "Equal jitter": half the step is fixed, half random, so a herd of retries spreads out
        # but none retries immediately.
        step = min(BACKOFF_MAX_S, self.backoff_s * 2**attempt)
        return step / 2 + step / 2 * self._jitter()

    def _follow(self, url: str, headers: dict[str, str]) -> Response:
        visited = {url}
        current = url
        hop_headers = dict(headers)
        for hops in range(self.settings.max_redirects + 1):
            response = self._attempt(current, hop_headers)
            location = response.headers.get("location")
            if response.status not in REDIRECT_STATUSES or not location:
                return response
            if hops == self.settings.max_redirects:
                raise SourceError(
                    f"too many redirects from {redact_url(url)} (more than {self.settings.max_redirects})"
                )
            target = urljoin(current, location.strip())
            try:
                check_url(target)
            except SourceError as exc:
                raise SourceError(f"bad redirect from {redact_url(current)}: {exc}") from None
            if target in visited:
                raise SourceError(f"redirect loop at {redact_url(current)} -> {redact_url(target)}")
            if _origin(target) != _origin(current):
                # Credentials are for the host that was asked, never for whoever it redirects to.
                hop_headers = {k: v for k, v in hop_headers.items() if k.lower() != "authorization"}
            visited.add(target)
            current = target
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def _host_slot(self, url: str) -> Iterator[None]:
        key = _origin(url)
        with self._hosts_lock:
            slot = self._hosts.get(key)
            if slot is None:
                slot = self._hosts[key] = threading.BoundedSemaphore(self.settings.per_host)
        with slot:
            yield

    def _attempt(self, url: str, headers: Mapping[str, str], *, method: str = "GET",
                 content: bytes | None = None) -> Response:
        where = redact_url(url)
        cap = self.settings.max_body_bytes
        deadline = time.monotonic() + self.settings.timeout_s * DEADLINE_TIMEOUTS
        try:
            with self._host_slot(url), self._http.stream(method, url, headers=headers, content=content) as r:
                if r.status_code in REDIRECT_STATUSES and "location" in r.headers:
                    body = b""  # never read: the next hop is all that matters
                else:
                    declared = r.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > cap and "content-encoding" not in r.headers:
                        raise SourceError(f"body of {where} is {declared} bytes, over the {cap}-byte cap")
                    chunks: list[bytes] = []
                    size = 0
                    # iter_bytes yields decoded bytes as they arrive (no chunk_size: that would buffer
                    # past the deadline check), so the cap also stops gzip bombs.
                    for chunk in r.iter_bytes():
                        size += len(chunk)
                        if size > cap:
                            raise SourceError(f"body of {where} exceeds the {cap}-byte cap")
                        if time.monotonic() > deadline:
                            raise _Retryable(f"timed out reading {where} (deadline exceeded)")
                        chunks.append(chunk)
                    body = b"".join(chunks)
                return _make_response(r, url, body)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out fetching {where} ({self.settings.timeout_s:g} s)") from exc
        except httpx.DecodingError as exc:
            raise SourceError(f"could not decode the body of {where}: {_safe(exc, url)}") from exc
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise SourceError(f"cannot fetch {where}: {_safe(exc, url)}") from exc
        except httpx.TransportError as exc:
            raise _Retryable(f"connection failed for {where}: {_safe(exc, url)}") from exc


def _safe(exc: BaseException, url: str) -> str:
    text = str(exc) or type(exc).__name__
    return text.replace(url, redact_url(url))


def _make_response(r: httpx.Response, url: str, body: bytes) -> Response:
    headers = MappingProxyType(dict(r.headers.items()))
    return Response(
        status=r.status_code,
        url=url,
        headers=headers,
        body=body,
        charset=charset_from_content_type(headers.get("content-type")),
        etag=headers.get("etag") or None,
        last_modified=headers.get("last-modified") or None,
    )


def make_client(settings: FetchSettings, **kwargs: Any) -> HttpClient:
    """The client every source uses; keyword arguments go to `HttpClient` (tests inject time)."""
    kwargs.setdefault("max_wait_s", settings.max_wait_s)
    return HttpClient(settings, **kwargs)


# -- many sources at once ---------------------------------------------------------------------------


def fetch_source(source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
    """Fetch one source through its kind; any failure becomes that source's outcome, never an exception.

    A source is an isolation boundary: a payload no parser foresaw (a field of the wrong type,
    a shape that trips a bug) must cost that source this run, not the edition. Our own errors
    say what went wrong; anything else is a bug in a parser, named by its type in the outcome
    and logged with its traceback. KeyboardInterrupt and SystemExit are not caught.
    """
    from newsdesk.sources.base import MAX_POST_CHARS, FetchOutcome, bounded, get_kind

    try:
        outcome = get_kind(source.kind).fetch(source, state, client)
        if any(len(p.text) > MAX_POST_CHARS or len(p.title) > MAX_POST_CHARS for p in outcome.posts):
            capped = [bounded(p) for p in outcome.posts]
            outcome = dataclasses.replace(outcome, posts=tuple(p for p, _ in capped),
                                          warnings=(*outcome.warnings, *(w for _, w in capped if w)))
        return outcome
    except NewsdeskError as exc:
        return FetchOutcome(source.id, state=dict(state), error=str(exc))
    except Exception as exc:  # the boundary: see above
        log.warning("source.crashed source=%s error=%s", source.id, type(exc).__name__, exc_info=True)
        detail = str(exc).replace("\n", " ")[:200]
        return FetchOutcome(source.id, state=dict(state),
                            error=f"unexpected {type(exc).__name__} reading the source (a bug; "
                                  f"traceback in the log): {detail}")


def fetch_all(
    sources: Sequence[Source],
    states: Mapping[str, Mapping[str, Any]],
    client: HttpClient,
) -> list[FetchOutcome]:
    """Fetch every source concurrently; outcomes come back in the order of `sources`.

    At most `settings.concurrency` sources run at once, and the client keeps at most
    `settings.per_host` requests in flight per host. One failing source is an
    outcome with `error` set, whatever it failed with (see `fetch_source`).
    """
    if not sources:
        return []
    workers = min(client.settings.concurrency, len(sources))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        futures = [pool.submit(fetch_source, s, states.get(s.id, {}), client) for s in sources]
        return [f.result() for f in futures]
