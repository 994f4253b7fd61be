"""Helpers shared by the API-backed source kinds (`hn`, `reddit`, `github`, `arxiv`, `hf`).

The social kinds (`x`, `bluesky`, `mastodon`) reuse the parts that are the same for them
(`decode_json`, `whole_number`, `iso_to_utc`, `number`, `dedupe_links`) through `_social`.

These kinds talk to JSON or Atom APIs rather than to arbitrary feeds, and they all need
the same few things, kept here so each connector stays about its platform:

* reading options (`base_url`, numbers, flags, the `token` secret) with clear errors;
* turning a body into JSON *or an error*: an HTML page or invalid JSON sent with a 200 is
  a broken source, never "no posts" (issue 3: silent gaps are what users complain about);
* conditional GETs whose validators (ETag, Last-Modified) are remembered per URL, because
  a validator only means something for the exact URL that produced it;
* Markdown (GitHub release notes, Reddit self posts) to plain text.

Nothing here touches the network except `conditional_get`, which goes through `HttpClient`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from xml.parsers import expat

from newsdesk import untrusted
from newsdesk.errors import ConfigError, SourceError
from newsdesk.fetch import HttpClient, Response, redact_url
from newsdesk.model import Post, Source
from newsdesk.sources.rss import absolute_http, html_to_text, parse_feed

#: how many URLs' validators a source keeps in its state (daily-paper dates, pages)
MAX_VALIDATORS = 8
JSON_ACCEPT = "application/json"

_HTML_START = re.compile(
    rb"^(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.DOTALL
)


# -- options --------------------------------------------------------------------------------------


def base_url(source: Source, default: str, option: str = "base_url") -> str:
    """The endpoint's base URL from `source.options[option]` (tests point it at loopback)."""
    value = source.options.get(option) or default
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ConfigError(f"source {source.id!r}: {option} must be an http(s) URL, got {value!r}")
    return value.rstrip("/")


def whole_number(value: Any) -> int | None:
    """`value` (an int, float or numeric string) as an int, or None for anything else, booleans included."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return int(value)
    except (ValueError, OverflowError):  # "abc", "9" * 5000, NaN, infinity
        return None


def int_option(source: Source, name: str, default: int, *, low: int = 0, high: int | None = None) -> int:
    """An integer option within [low, high]; a wrong value is a configuration error naming the key."""
    value = source.options.get(name, default)
    number = whole_number(value)
    if number is None:
        raise ConfigError(f"source {source.id!r}: {name} must be a whole number, got {value!r}")
    if number < low or (high is not None and number > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ConfigError(f"source {source.id!r}: {name} must be {bound}, got {number}")
    return number


def float_option(source: Source, name: str, default: float, *, low: float = 0.0) -> float:
    value = source.options.get(name, default)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"source {source.id!r}: {name} must be a number, got {value!r}") from None
    if number < low:
        raise ConfigError(f"source {source.id!r}: {name} must be at least {low}, got {number}")
    return number


def bool_option(source: Source, name: str, default: bool) -> bool:
    value = source.options.get(name, default)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "yes", "1", "false", "no", "0"):
        return value.lower() in ("true", "yes", "1")
    raise ConfigError(f"source {source.id!r}: {name} must be true or false, got {value!r}")


def token(source: Source) -> str | None:
    """The source's secret (`token_env` resolved by config into a SecretStr), or None when unset."""
    return secret_option(source, "token")


def secret_option(source: Source, name: str) -> str | None:
    """A secret option (`<name>_env` resolved by config into a SecretStr), or None when unset or blank."""
    value = source.options.get(name)
    if value is None:
        return None
    secret = value.get_secret_value() if hasattr(value, "get_secret_value") else value
    return str(secret).strip() or None


# -- bodies ---------------------------------------------------------------------------------------


def looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(body.lstrip(b"\xef\xbb\xbf")[:2048]))


def load_json(response: Response) -> Any:
    """The response body as JSON, or `SourceError` naming the URL when it is not JSON at all.

    An HTML page with status 200 (a login wall, a CDN error page, a captive portal) is the
    classic way an API fails silently; it is reported as such, not parsed as "nothing new".
    """
    return parse_json_body(response.body, url=response.url, content_type=response.content_type)


def parse_json_body(body: bytes, *, url: str, content_type: str | None = None) -> Any:
    page = None
    if looks_like_html(body):
        page = f"an HTML page ({(content_type or 'no content type').split(';')[0].strip()})"
    return decode_json(body, redact_url(url), page=page)


def decode_json(body: bytes, where: str, *, page: str | None = None, column: bool = False) -> Any:
    """`body` as JSON, or `SourceError` naming `where` (a redacted URL) and what came instead.

    `page` is the caller's verdict that the body is a page rather than JSON ("an HTML
    page (text/html)"); the API and social kinds recognise and word that differently.
    `column` adds the column to the position of a JSON syntax error.
    """
    if not body.strip():
        raise SourceError(f"empty body from {where}")
    if page is not None:
        raise SourceError(f"not JSON: {where} returned {page}")
    try:
        # RFC 8259: JSON exchanged between systems is UTF-8; a BOM is tolerated.
        return untrusted.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"not JSON: {where} sent bytes that are not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno} column {exc.colno}" if column else f"line {exc.lineno}"
        raise SourceError(f"invalid JSON from {where}: {exc.msg} at {at}") from None
    except untrusted.JSONLimitError as exc:
        raise SourceError(f"refused JSON from {where}: {exc}") from None


def parse_api_feed(
    body: bytes, *, url: str, source: Source, content_type: str | None, fetched_at: datetime
) -> tuple[list[Post], list[str]]:
    """`rss.parse_feed` for an API that always generates valid XML, then `require_well_formed`.

    parse_feed goes first because it names HTML pages and empty bodies; a document that is
    not well-formed is reported in `require_well_formed`'s words ("cut off or corrupted"),
    including one parse_feed already refused (cut inside its first entry).
    """
    try:
        generic, warnings = parse_feed(body, url=url, source=source, content_type=content_type,
                                       fetched_at=fetched_at)
    except SourceError:
        if body.strip() and not looks_like_html(body):
            require_well_formed(body, url=url)
        raise
    require_well_formed(body, url=url)
    return generic, warnings


def require_well_formed(body: bytes, *, url: str) -> None:
    """SourceError unless `body` is well-formed XML.

    For API endpoints that always generate valid XML (arXiv, GitHub, Reddit), a document
    that is not well-formed was cut off or corrupted on the way. The lenient feed parser
    still reads the entries before the break, which would turn a truncated response into
    a quiet, partial "no new posts"; here it is an error. (Python's expat refuses entity
    expansion bombs, so this is safe on untrusted bodies.)
    """
    parser = expat.ParserCreate()
    try:
        parser.Parse(body, True)
    except expat.ExpatError as exc:
        raise SourceError(f"broken XML from {redact_url(url)}: {exc}; the response was cut off or corrupted") from None


# -- conditional requests ---------------------------------------------------------------------------


def conditional_get(
    client: HttpClient,
    url: str,
    state: Mapping[str, Any],
    headers: Mapping[str, str] | None = None,
) -> Response:
    """GET `url`, sending the validators remembered for exactly this URL (If-None-Match first)."""
    known = (state.get("validators") or {}).get(url) or {}
    return client.get(url, etag=known.get("etag"), last_modified=known.get("last_modified"), headers=headers)


def remember_validators(
    validators: Mapping[str, Any] | None, url: str, response: Response
) -> dict[str, dict[str, str]]:
    """A new `validators` map: this URL's ETag/Last-Modified from `response`, at most MAX_VALIDATORS URLs.

    A 304 may omit validators; the stored ones then stay. Old URLs are dropped first
    (insertion order), so a source whose URLs change (dates, pages) never grows its state.
    """
    out: dict[str, dict[str, str]] = {k: dict(v) for k, v in (validators or {}).items() if k != url}
    fresh = {k: v for k, v in (("etag", response.etag), ("last_modified", response.last_modified)) if v}
    if not fresh and response.not_modified:
        fresh = dict((validators or {}).get(url) or {})
    if fresh:
        out[url] = fresh
    while len(out) > MAX_VALIDATORS:
        out.pop(next(iter(out)))
    return out


# -- small conversions ------------------------------------------------------------------------------


def epoch_to_utc(value: Any) -> datetime | None:
    """Unix seconds (int, float or numeric string) to aware UTC, or None when it is not one."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
        return datetime.fromtimestamp(number, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def iso_to_utc(value: Any) -> datetime | None:
    """ISO 8601 with `Z` or an offset to aware UTC; None for anything else (naive times included)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def number(value: Any) -> float | None:
    """A finite, plausible metric value, or None (missing, null, boolean, not numeric, or absurd).

    An absurd count (a 400-digit integer, 1e300, NaN) is unknown rather than an error: one
    broken counter should not cost the post, and it must not reach ranking's sums.
    """
    return untrusted.plausible_count(value)


def metrics_of(**values: Any) -> dict[str, float]:
    """Only the metrics the platform actually gave: a missing count is unknown, not zero."""
    return {name: n for name, v in values.items() if (n := number(v)) is not None}


def dedupe_links(urls: list[str], drop: str = "", limit: int = 50) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u for u in urls if u and u != drop))[:limit]


_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE)
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`]+)`+")
_BARE_URL = re.compile(r"https?://[^\s<>()\[\]\"']+")
#: a backslash-escaped punctuation character (CommonMark 2.4): shown as itself, never as syntax
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: escaped characters are parked in the Private Use Area while the syntax is removed
_PARK = 0xE000
_UNPARK = {_PARK + c: chr(c) for c in range(33, 127)}


def markdown_to_text(markdown: str, base_url: str = "") -> tuple[str, list[str]]:
    """Plain text and the http(s) links of a Markdown body (GitHub release notes, Reddit self posts).

    Not a Markdown renderer: it removes the syntax a reader would not see (headings,
    emphasis, list markers, fences, link targets) and keeps the words. Inline HTML, which
    release notes often carry (`<details>`, `<img>`), and entities go through `html_to_text`.
    """
    links: list[str] = []

    def link(match: re.Match[str]) -> str:
        links.append(match.group(2))
        return match.group(1)

    text = _ESCAPE.sub(lambda m: chr(_PARK + ord(m.group(1))), markdown.replace("\r\n", "\n"))
    text = _FENCE.sub("", text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(link, text)
    text = _AUTOLINK.sub(lambda m: (links.append(m.group(1)), m.group(1))[1], text)
    links.extend(u.rstrip(".,;:!?") for u in _BARE_URL.findall(text))
    text = _RULE.sub(" ", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _BULLET.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    # `<` that opens no tag (e.g. "a < b") survives HTMLParser as data, so this is safe for prose.
    plain, html_links = html_to_text(text, base_url)
    plain = plain.translate(_UNPARK)
    resolved = [u for u in (absolute_http(u.translate(_UNPARK), base_url) for u in links) if u]
    return plain, list(dict.fromkeys([*resolved, *html_links]))

