"""What the social-platform kinds (`x`, `bluesky`, `mastodon`) share: reading JSON APIs safely.

The three kinds talk to JSON APIs whose failures look alike: a proxy's HTML error
page sent with status 200, a body cut off mid-object, a JSON value of the wrong
shape. Each must become a `SourceError`, never "no new posts", so the reading is
done once here. Everything in this module is pure (no network): the kinds call
`client.get` themselves and hand the bytes over.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.errors import SourceError
from newsdesk.fetch import RateLimitedError
from newsdesk.model import Post
from newsdesk.sources._api import decode_json, iso_to_utc, number, whole_number

#: how far back a first run (no cursor yet) or a paging run reads; older posts cannot be in an edition
DEFAULT_LOOKBACK_HOURS = 24.0
#: pages one timeline may read in one run: a cap on cost and time when an account posts a burst
DEFAULT_MAX_PAGES = 3

#: broader than `_api`'s HTML check: any doctype, an XML declaration or a leading comment is a page too
_HTML_START = re.compile(rb"^\s*<(?:!doctype|html|head|body|\?xml|!--)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """One parsed API response: the posts it held and where the timeline goes next.

    `count` is the number of items the platform returned (what X bills as reads),
    which differs from `len(posts)` when a repost expands into two posts or an
    item is skipped.
    """

    posts: tuple[Post, ...] = ()
    warnings: tuple[str, ...] = ()
    next_cursor: str | None = None  #: the platform's token for the next (older) page
    newest: str | None = None  #: the platform's marker of the newest item (id or timestamp)
    oldest_at: datetime | None = None  #: the oldest item's time, to stop paging past the window
    count: int = 0


def load_json(body: bytes, where: str) -> Any:
    """Decode a JSON API body, or raise `SourceError` saying what came instead.

    An HTML page (a login wall, a proxy's error page, a CDN challenge) often
    arrives with status 200; it must read as a failure, not as an empty timeline.
    """
    page = "an HTML/XML page" if _HTML_START.match(body[:512]) else None
    return decode_json(body, where, page=page, column=True)


def parse_utc(value: Any) -> datetime | None:
    """An ISO 8601 timestamp with a zone (`Z`, `z` or an offset) as aware UTC, or None.

    `iso_to_utc`, but a lowercase `z` is accepted as well (Python's parser takes only `Z`).
    """
    return iso_to_utc(value.replace("z", "Z") if isinstance(value, str) else value)


def metrics_from(obj: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, float]:
    """Map platform counter names to newsdesk's (likes, reposts, replies, quotes, views); only those present."""
    out: dict[str, float] = {}
    for platform_name, ours in names.items():
        value = number(obj.get(platform_name))
        if value is not None:
            out[ours] = value
    return out


def option_int(options: Mapping[str, Any], name: str, default: int, *, low: int, high: int) -> int:
    """An integer option clamped to what the API accepts; a value that is not a number is the default."""
    value = whole_number(options.get(name, default))
    return default if value is None else max(low, min(high, value))


def option_float(options: Mapping[str, Any], name: str, default: float) -> float:
    value = options.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return number if number > 0 else default


def describe_failure(exc: SourceError, platform: str, what: str) -> str:
    """The outcome error for a failed request: a 429 says when to retry; anything else is the client's message.

    The client's messages name the URL with secrets redacted and never include
    request headers, so a bearer token cannot reach a log line through here.
    """
    if isinstance(exc, RateLimitedError):
        wait = f"retry in {math.ceil(exc.retry_after_s)} s" if exc.retry_after_s is not None else "no reset time given"
        return f"{platform} rate limit reached reading {what} (HTTP 429); {wait}"
    return str(exc)
