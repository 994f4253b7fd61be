"""The `rss` source: RSS 0.9x/1.0/2.0, Atom and JSON Feed 1.0/1.1 over HTTP.

    client.get(url, etag | last_modified) ─▶ 304: not modified
                                          └▶ parse_feed(body, url, content_type) ─▶ Posts + warnings

`parse_feed` is pure (bytes in, Posts out) so tests feed it recorded payloads.
Well-formed RSS/Atom on the common path is read by a fast reader on expat
(`_read_fast`: ~9x less CPU than feedparser reading the benchmark's XML feeds,
~5x for all of parse_feed, whose HTML-to-text step both paths share); everything
else, broken XML first of all, goes to feedparser (see "the fast reader" below).
feedparser is lenient; that leniency is why a feed that
yields no entries *because it is broken* (a truncated body, an HTML error page,
an undeclared namespace) must be told apart from a well-formed empty feed: the
first is an error, the second "no new posts". JSON Feed is parsed here, since
feedparser does not read it.

Charset: an HTTP `charset` overrides the XML declaration (RFC 7303 via
feedparser's `response_headers`); a body with no declared charset that is not
UTF-8 gets a detected one rather than feedparser's windows-1252 guess, which
turns Chinese into mojibake.
"""

from __future__ import annotations

import calendar
import contextlib
import hashlib
import html
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from feedparser.datetimes import _parse_date as _feedparser_date
from feedparser.html import _cp1252 as _CP1252
from feedparser.mixin import _FeedParserMixin

from newsdesk import untrusted
from newsdesk.errors import SourceError
from newsdesk.fetch import HttpClient, charset_from_content_type, check_url, redact_url
from newsdesk.model import Post, Source, utc
from newsdesk.sources.base import FetchOutcome, register

MAX_TEXT_CHARS = 5_000  #: article bodies beyond this are cut at a word; the start carries the news
MAX_LINKS = 50
MAX_AUTHOR_CHARS = 200
FEED_ACCEPT = (
    "application/atom+xml, application/rss+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
_JSON_FEED_VERSION = "https://jsonfeed.org/version/"
#: feedparser reports these as bozo, but the document was still read as a feed
_SOFT_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

log = logging.getLogger(__name__)


# -- plain text ---------------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "head"})
    _BREAK = frozenset({
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "tr", "td", "th", "table", "figure", "figcaption", "section", "article", "header", "footer", "hr",
    })

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.parts.append(" ")
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href.strip())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self._SKIP:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BREAK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


_SPACE = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def html_to_text(fragment: str, base_url: str = "") -> tuple[str, list[str]]:
    """Plain text (tags dropped, entities decoded, whitespace collapsed) and absolute http(s) links."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    links = [absolute_http(href, base_url) for href in parser.hrefs]
    return normalize_space("".join(parser.parts)), [u for u in links if u]


def absolute_http(href: str, base_url: str = "") -> str | None:
    """`href` resolved against `base_url`, or None unless it is an http(s) URL with a host."""
    href = href.strip()
    if not href:
        return None  # urljoin would answer with the base itself
    try:
        url = urljoin(base_url, href) if base_url else href
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def cap_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _plain(value: str, content_type: str | None, base_url: str = "") -> tuple[str, list[str]]:
    if content_type and ("html" in content_type or "xml" in content_type):
        return html_to_text(value, base_url)
    return normalize_space(value), []  # feedparser has already decoded the entities of text/plain


def post_id(key: str) -> str:
    """`rss:<sha1(link or guid)[:16]>`, the scheme of the shared corpus."""
    return "rss:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _lang(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    primary = re.split(r"[-_]", value.strip())[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _dedupe(urls: Iterable[str], drop: str = "") -> tuple[str, ...]:
    out = dict.fromkeys(u for u in urls if u and u != drop)
    return tuple(out)[:MAX_LINKS]


# -- sniffing -------------------------------------------------------------------------------------

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.IGNORECASE)
_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)


def _strip_bom(body: bytes) -> bytes:
    return body[3:] if body.startswith(b"\xef\xbb\xbf") else body


def _looks_like_json(body: bytes) -> bool:
    return _strip_bom(body).lstrip()[:1] == b"{"


def _looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.match(_strip_bom(body)[:2048]))


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _guess_charset(body: bytes, content_type: str | None) -> str | None:
    """A detected charset when the body's own declaration (UTF-8 if none) cannot decode it, else None.

    An HTTP charset is trusted as given (feedparser falls back if it is wrong), as is a BOM.
    """
    if charset_from_content_type(content_type) or body.startswith(_BOMS):
        return None
    match = _XML_DECL_ENCODING.match(body)
    declared = match.group(1).decode("ascii") if match else "utf-8"
    try:
        body.decode(declared)
    except (LookupError, UnicodeDecodeError):
        pass
    else:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return best.encoding if best is not None else None


# -- dates ----------------------------------------------------------------------------------------


def _struct_to_utc(value: Any) -> datetime | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def parse_date(value: Any) -> datetime | None:
    """RFC 3339 (JSON Feed's format) or RFC 822 (what some JSON feeds send anyway), to aware UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # RFC 3339 requires an offset; UTC is the usual intent
    return dt.astimezone(UTC)


# -- the parser -----------------------------------------------------------------------------------


def parse_feed(
    body: bytes,
    *,
    url: str,
    source: Source,
    content_type: str | None = None,
    fetched_at: datetime,
) -> tuple[list[Post], list[str]]:
    """Parse an RSS/Atom/JSON Feed document into Posts, with one warning per oddity.

    Raises `SourceError` (naming the URL) when the body is not a feed: empty, an
    HTML page, invalid JSON, or XML so broken that no entry survives. A
    well-formed feed with no entries returns `([], [])`.
    """
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    if not body.strip():
        raise SourceError(f"empty body from {where}")
    if _looks_like_html(body):
        kind = _mime(content_type) or "no content type"
        raise SourceError(f"not a feed: {where} returned an HTML page ({kind})")
    if _looks_like_json(body):
        return parse_json_feed(body, url=url, source=source, fetched_at=fetched_at)
    return _parse_xml_feed(body, url=url, source=source, content_type=content_type, fetched_at=fetched_at)


def _parse_xml_feed(
    body: bytes, *, url: str, source: Source, content_type: str | None, fetched_at: datetime,
    engine: str = "auto",
) -> tuple[list[Post], list[str]]:
    """XML to Posts through the fast reader, or feedparser when the fast one declines.

    `engine` is for tests and benchmarks: "fast" raises `_NotFast` instead of falling
    back, "feedparser" skips the fast reader.
    """
    where = redact_url(url)
    body = _clean_char_refs(body)
    read = None
    if engine != "feedparser":
        try:
            read = _read_fast(body, url=url, content_type=content_type)
        except _NotFast as why:
            if engine == "fast":
                raise
            log.debug("feed read by feedparser url=%s reason=%s", where, why)
    broken = None
    if read is None:
        feed, entries, warnings, broken = _read_feedparser(body, url=url, content_type=content_type)
    else:
        feed, entries, warnings = read
    if broken is not None and entries and len(_ENTRY_END.findall(body)) < len(entries):
        # Fewer entries end in the body than were read: the body was cut, and the last entry is
        # the stump of the one the cut went through (no date, half a text). The next fetch has it whole.
        warnings.append(f"{where}: the document is cut off inside entry {len(entries) - 1}; skipped")
        entries = entries[:-1]
    if not entries and broken is None:
        return [], warnings
    feed_title = _title(feed) or source.name or source.id
    feed_lang = _lang(feed.get("language")) or source.lang
    home = absolute_http(feed.get("link") or "", url) or url
    posts: list[Post] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        post = _xml_entry_post(entry, index, url=url, home=home, source=source, feed_title=feed_title,
                               feed_lang=feed_lang, fetched_at=fetched_at, warnings=warnings)
        if post is None:
            continue
        if post.id in seen:
            warnings.append(f"{where}: entry {index}: duplicate of an earlier entry ({post.url}); skipped")
            continue
        seen.add(post.id)
        posts.append(post)
    if broken is not None and not posts:
        # A body cut inside its first entry: feedparser hands back the stump, which has nothing to
        # keep. That is a broken source, not a quiet hour ("no new posts" would hide it from health).
        raise SourceError(f"broken feed at {where}: {broken}; no entry could be read whole")
    return posts, warnings


def _read_feedparser(
    body: bytes, *, url: str, content_type: str | None
) -> tuple[Mapping[str, Any], list[Mapping[str, Any]], list[str], str | None]:
    """feedparser's feed, entries, warnings and what broke the XML (None when well-formed, or only
    softly not); SourceError when broken or not a feed (the rules in the module doc)."""
    where = redact_url(url)
    warnings: list[str] = []
    # Content-Location makes feedparser resolve relative links (GitHub's old release feeds have them).
    headers = {"content-location": url}
    guessed = _guess_charset(body, content_type)
    if guessed:
        warnings.append(f"{where}: body does not match its declared charset (or UTF-8); read as {guessed}")
        content_type = f"{_mime(content_type) or 'application/xml'}; charset={guessed}"
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, resolve_relative_uris=True, sanitize_html=True)
    entries = parsed.get("entries") or []
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    hard = problem is not None and not isinstance(problem, _SOFT_BOZO)
    if not entries:
        if hard:
            raise SourceError(f"broken feed at {where}: {_describe(problem)}; no entries could be read")
        if not parsed.get("version"):
            raise SourceError(f"not a feed: {where} is not RSS, Atom or JSON Feed")
        return {}, [], warnings, None
    if hard:
        warnings.append(f"{where}: feed not well-formed ({_describe(problem)}); read {len(entries)} entries")
    return parsed.get("feed") or {}, entries, warnings, _describe(problem) if hard else None


# -- the fast reader ------------------------------------------------------------------------------
#
# feedparser reads XML through SAX callbacks in Python and then sanitises every HTML
# fragment, which a plain-text briefing does not need: on the fixtures it is ~95% of
# parse_feed's time. Most feeds are well-formed RSS 2.0, RSS 1.0 or Atom 1.0 using a
# few dozen elements, which expat (the C parser behind xml.etree) reads in a fraction
# of that. `_read_fast` reads those into the dicts feedparser makes of them (same keys,
# same rules for which element wins; test_rss pins the equivalence fixture by fixture)
# and declines with `_NotFast`, leaving the document to feedparser, whenever it is not
# on that well-trodden path:
#   - the XML is not well-formed (feedparser's bozo rules then decide broken versus
#     readable), save a blank line before the XML declaration, which is skipped;
#   - the root is not RSS 0.9x/2.0, RDF (RSS 0.90/1.0) with a channel, or Atom 1.0;
#   - an entity declaration, markup or base64 inside a text element, XHTML content;
#   - any element feedparser has a handler for that is not modelled here (`_FAST_ELEMENTS`).
# Nothing goes to a parser that fetches: ElementTree reads the decoded `str` and resolves
# no external entities.


class _NotFast(Exception):
    """The fast reader declines this document (the reason is the message); feedparser reads it."""


_XML_ATTR = "{http://www.w3.org/XML/1998/namespace}"
_ATOM_NS = "http://www.w3.org/2005/Atom"
_RDF_ROOT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"
_RSS_ITEM_TAGS = frozenset({"item", "{http://purl.org/rss/1.0/}item", "{http://my.netscape.com/rdf/simple/0.9/}item"})
_RSS_CHANNEL_TAGS = frozenset({
    "channel", "{http://purl.org/rss/1.0/}channel", "{http://my.netscape.com/rdf/simple/0.9/}channel",
})
#: feedparser's standard prefix for each namespace it knows ("" for RSS and Atom themselves)
_STANDARD_PREFIX = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
_XMLNS_DECL = re.compile(r"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']""")
_LEADING_SPACE_DECL = re.compile(r"^\s+(?=<\?xml\b)")
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_RELATIVE_URI_KEYS = frozenset(_FeedParserMixin.can_be_relative_uri)
_TITLE_KEYS = frozenset({"title", "dc_title", "media_title"})
_SUMMARY_KEYS = {"description": "text/html", "dc_description": "text/html", "media_description": "text/html",
                 "summary": "text/plain"}
_CONTENT_KEYS = {"content": "text/plain", "content_encoded": "text/html"}
_DATE_KEYS = {
    "pubdate": "published", "published": "published", "dcterms_issued": "published",
    "updated": "updated", "dc_date": "updated", "dcterms_modified": "updated",
    "created": "created", "dcterms_created": "created",
}
_AUTHOR_KEYS = frozenset({"author", "dc_author", "dc_creator"})
_AUTHOR_PARTS = {"name": "name", "email": "email", "uri": "href"}
_CATEGORY_KEYS = frozenset({"category", "dc_subject"})
#: elements with a feedparser handler that `_EntryReader` reproduces; any other handled one declines
_FAST_ELEMENTS = frozenset({
    *_TITLE_KEYS, *_SUMMARY_KEYS, *_CONTENT_KEYS, *_DATE_KEYS, *_AUTHOR_KEYS, *_CATEGORY_KEYS,
    "link", "guid", "id", "enclosure", "media_group", "media_content", "media_thumbnail", "dc_publisher",
})
# RFC 822 author "jane@example.com (Jane Doe)": feedparser's pattern, so the name comes out the same
_AUTHOR_EMAIL = re.compile(
    r"(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"
    r"([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"
)
_LINK_ENTITY = re.compile(r"&([A-Za-z0-9_]+);")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
#: the end of an RSS item or Atom entry, with any namespace prefix
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
#: a numeric character reference, decimal or hex, with any number of digits
_CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")
_FFFD_REF = b"&#xFFFD;"


def _char_ref_ok(match: re.Match[bytes]) -> bytes:
    digits = match.group(1)
    if len(digits) > 8:  # past U+10FFFF whatever the digits; int() of thousands of digits is refused anyway
        return _FFFD_REF
    code = int(digits[1:], 16) if digits[:1] in (b"x", b"X") else int(digits)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (code < 32 and code not in (9, 10, 13)):
        return _FFFD_REF
    return match.group(0)


def _clean_char_refs(body: bytes) -> bytes:
    """`body` with every numeric character reference that names no character (a lone surrogate
    `&#xD800;`, a C0 control, a number past U+10FFFF or thousands of digits long) made U+FFFD.

    Such a reference is one bad character, yet expat refuses the whole document for it and the
    fallback parser either passes a surrogate on (which no UTF-8 text can hold) or raises on the
    number: either way the source's good entries were lost. Replaced here, the feed reads whole."""
    if b"&#" not in body:
        return body
    return _CHAR_REF.sub(_char_ref_ok, body)
#: element name -> whether feedparser has a handler for it that `_EntryReader` does not reproduce
_DECLINED: dict[str, bool] = {}


def _map_type(value: str) -> str:
    value = value.lower()
    return {"text": "text/plain", "plain": "text/plain", "html": "text/html", "xhtml": "application/xhtml+xml"}.get(
        value, value)


def _join(base: str, uri: str) -> str:
    try:
        return urljoin(base, uri) if base else uri
    except ValueError:
        return ""


def _decode(body: bytes, content_type: str | None) -> tuple[str, str, list[str]]:
    """The body as text: HTTP charset > BOM > XML declaration > UTF-8 > detected, and a warning if detected.

    RFC 7303 puts the HTTP charset first; feedparser does too, and the test corpus
    has a declaration that lies. GB2312 is read as its superset GB18030, as feedparser does.
    """
    candidates = []
    http = charset_from_content_type(content_type)
    if http:
        candidates.append(http)
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            candidates.append(name)
            break
    match = _XML_DECL_ENCODING.match(body)
    if match:
        candidates.append(match.group(1).decode("ascii").lower())
    candidates.append("utf-8")
    for name in candidates:
        codec = "gb18030" if name.replace("_", "").replace("-", "") == "gb2312" else name
        try:
            return body.decode(codec), codec, []
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None:
        raise _NotFast("no charset decodes the body")
    note = f"body does not match its declared charset (or UTF-8); read as {best.encoding}"
    return str(best), best.encoding, [note]


def _read_fast(
    body: bytes, *, url: str, content_type: str | None
) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
    """feedparser-shaped feed and entries for a well-formed RSS/Atom 1.0 document, or `_NotFast`."""
    where = redact_url(url)
    text, encoding, notes = _decode(body, content_type)
    warnings = [f"{where}: {note}" for note in notes]
    text = text.lstrip("\ufeff")
    blank = _LEADING_SPACE_DECL.match(text)
    if blank:
        text = text[blank.end():]
    if _ENTITY_DECL.search(text):
        raise _NotFast("entity declarations")  # feedparser strips them; expat would expand them
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise _NotFast(f"not well-formed: {exc}") from None
    prefixes: dict[str, str] = {}
    for prefix, uri in _XMLNS_DECL.findall(text):
        prefixes.setdefault(uri, prefix)
    reader = _EntryReader(url, prefixes, fix_mojibake=encoding.replace("-", "").startswith("utf8"))
    tag = root.tag
    if tag == "rss" or tag == _RDF_ROOT:
        channel = next((c for c in root if c.tag in _RSS_CHANNEL_TAGS), None)
        if channel is None:
            raise _NotFast("no RSS channel")
        container = channel if tag == "rss" else root
        items = [c for c in container if c.tag in _RSS_ITEM_TAGS]
        atom = False
    elif tag == f"{{{_ATOM_NS}}}feed":
        channel = root
        items = [c for c in root if c.tag == f"{{{_ATOM_NS}}}entry"]
        atom = True
    else:
        raise _NotFast(f"root element {tag!r}")
    if not items:
        return {}, [], warnings  # well-formed and a feed: "no new posts", as feedparser would say
    base, lang = reader.scope(root, url, None)
    if tag == "rss" or tag == _RDF_ROOT:
        base, lang = reader.scope(channel, base, lang)
    feed = reader.read_feed(channel, base, lang, atom=atom, items=items)
    if root.get(f"{_XML_ATTR}lang") and "language" not in feed:
        feed["language"] = root.get(f"{_XML_ATTR}lang", "").replace("_", "-")
    entries = [reader.read_entry(item, *reader.scope(item, base, lang), atom=atom) for item in items]
    if blank:
        # feedparser's verdict on such a document ("not well-formed"), which is how it reads there too
        warnings.append(f"{where}: feed not well-formed (blank space before the XML declaration); "
                        f"read {len(entries)} entries")
    return feed, entries, warnings


class _EntryReader:
    """Reads one document's channel and entries the way feedparser's strict parser would."""

    def __init__(self, url: str, prefixes: Mapping[str, str], *, fix_mojibake: bool) -> None:
        self.url = url
        self.prefixes = prefixes
        self.fix_mojibake = fix_mojibake
        self.keys: dict[str, str] = {}

    def key(self, tag: str) -> str:
        """feedparser's name for an element: `<standard prefix>_<lowercased local name>`."""
        known = self.keys.get(tag)
        if known is not None:
            return known
        if tag[:1] == "{":
            uri, local = tag[1:].split("}", 1)
            lower = uri.lower()
            if "backend.userland.com/rss" in lower:
                lower = "http://backend.userland.com/rss"
            prefix = _STANDARD_PREFIX.get(lower)
            if prefix is None:
                prefix = self.prefixes.get(uri, "")
        else:
            prefix, local = "", tag
        name = f"{prefix.lower()}_{local.lower()}" if prefix else local.lower()
        self.keys[tag] = name
        return name

    @staticmethod
    def scope(el: ET.Element, base: str, lang: str | None) -> tuple[str, str | None]:
        xml_base = el.get(f"{_XML_ATTR}base")
        if xml_base:
            base = _join(base, xml_base) or base
        xml_lang = el.get(f"{_XML_ATTR}lang")
        if xml_lang is not None:
            lang = xml_lang or None
        return base, lang

    def clean(self, value: str, key: str, base: str, *, resolve: bool = True) -> str:
        """What feedparser's `pop` does to every text value."""
        value = value.strip()
        if resolve and key in _RELATIVE_URI_KEYS and value:
            value = _join(base, value)
        if value.isascii():
            return value
        if self.fix_mojibake:
            # UTF-8 that was read as ISO-8859-1 somewhere upstream and encoded again
            with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
                value = value.encode("iso-8859-1").decode("utf-8")
        # C1 controls are windows-1252 mislabelled as ISO-8859-1
        return value.translate(_CP1252) if _C1_CONTROLS.search(value) else value

    @staticmethod
    def text_of(el: ET.Element) -> str:
        if len(el):
            raise _NotFast(f"markup inside <{el.tag}>")
        return el.text or ""

    def detail(self, el: ET.Element, key: str, default_type: str, base: str, lang: str | None,
               *, atom: bool) -> dict[str, Any]:
        ctype = _map_type(el.get("type") or default_type)
        if el.get("mode") == "base64" or not (ctype.startswith("text/") or ctype.endswith("xml")):
            raise _NotFast(f"base64 content in <{el.tag}>")
        if ctype == "application/xhtml+xml":
            raise _NotFast(f"XHTML in <{el.tag}>")
        value = self.clean(self.text_of(el), key, base)
        if not atom and ctype == "text/plain" and _FeedParserMixin.looks_like_html(value):
            ctype = "text/html"  # RSS says nothing; feedparser guesses, and so must we
        return {"type": ctype, "language": lang.replace("_", "-") if lang else lang, "base": base, "value": value}

    def read_feed(self, channel: ET.Element, base: str, lang: str | None, *, atom: bool,
                  items: list[ET.Element]) -> dict[str, Any]:
        feed: dict[str, Any] = {}
        skip = set(map(id, items))
        for child in channel:
            if id(child) in skip or not isinstance(child.tag, str):
                continue
            key = self.key(child.tag)
            cbase, clang = self.scope(child, base, lang)
            if key == "title" and not feed.get("title"):
                detail = self.detail(child, key, "text/plain", cbase, clang, atom=atom)
                feed["title"], feed["title_detail"] = detail["value"], detail
            elif key in ("language", "dc_language") and not len(child):
                feed["language"] = self.clean(child.text or "", key, cbase)
            elif key == "link":
                href = child.get("href")
                if href is None and not len(child):
                    feed["link"] = self.clean(child.text or "", key, cbase)
                elif href and child.get("rel", "alternate") == "alternate" and \
                        _map_type(child.get("type") or "text/html") in _HTML_TYPES:
                    feed["link"] = _join(cbase, href)
        return feed

    def read_entry(self, item: ET.Element, base: str, lang: str | None, *, atom: bool) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        if about:
            entry["id"] = about
        state = {"title_depth": -1, "has_content": False, "depths": {}}
        for child in item:
            if isinstance(child.tag, str):
                self.element(child, entry, state, 1, *self.scope(child, base, lang), atom=atom)
        return entry

    def store(self, entry: dict[str, Any], state: dict[str, Any], key: str, value: Any, depth: int) -> None:
        # The shallowest occurrence of an element wins, and among equals the last (feedparser's depth map).
        depths = state["depths"]
        if depths.get(key) is None or depth <= depths[key]:
            depths[key] = depth
            entry[key] = value

    def element(self, el: ET.Element, entry: dict[str, Any], state: dict[str, Any], depth: int, base: str,
                lang: str | None, *, atom: bool) -> None:
        key = self.key(el.tag)
        declined = _DECLINED.get(key)
        if declined is None:
            declined = _DECLINED[key] = key not in _FAST_ELEMENTS and hasattr(_FeedParserMixin, f"_start_{key}")
        if declined:
            raise _NotFast(f"<{key}> in an entry")
        attrs = {
            k.lower() if k[:1] != "{" else self.key(k).replace("_", ":", 1): v for k, v in el.attrib.items()
        } if el.attrib else {}
        if key in _TITLE_KEYS:
            detail = self.detail(el, "title", "text/plain", base, lang, atom=atom)
            title_depth = state["title_depth"]
            if not (-1 < title_depth <= depth):
                self.store(entry, state, "title", detail["value"], depth)
                entry["title_detail"] = detail
                if detail["value"] and key != "media_title":
                    state["title_depth"] = depth
        elif key == "link":
            self.link(el, attrs, entry, state, depth, base)
        elif key in ("guid", "id"):
            is_link = attrs.get("ispermalink", "true") == "true"
            value = self.clean(self.text_of(el), "id", base, resolve=is_link)
            self.store(entry, state, "id", value, depth)
            entry.setdefault("guidislink", is_link and "link" not in entry)
            if is_link:
                entry.setdefault("link", value)
        elif key in _SUMMARY_KEYS:
            if "summary" in entry and not state["has_content"]:
                self.content(el, "text/plain", entry, state, base, lang, atom=atom)
            else:
                detail = self.detail(el, "summary", _SUMMARY_KEYS[key], base, lang, atom=atom)
                self.store(entry, state, "summary", detail["value"], depth)
                entry["summary_detail"] = detail
        elif key in _CONTENT_KEYS:
            self.content(el, _CONTENT_KEYS[key], entry, state, base, lang, atom=atom)
        elif key in _DATE_KEYS:
            name = _DATE_KEYS[key]
            value = self.clean(self.text_of(el), name, base)
            self.store(entry, state, name, value, depth)
            entry[f"{name}_parsed"] = _feedparser_date(value)
        elif key in _AUTHOR_KEYS:
            self.author(el, entry, state, depth, base)
        elif key in _CATEGORY_KEYS:
            term = self.clean(self.text_of(el), "category", base)
            tags = entry.setdefault("tags", [])
            given = {"term": attrs.get("term"), "scheme": attrs.get("scheme", attrs.get("domain")),
                     "label": attrs.get("label")}
            if any(given.values()) and given not in tags:
                tags.append(given)
            if term and tags and not tags[-1]["term"]:
                tags[-1]["term"] = term
            elif term and {"term": term, "scheme": None, "label": None} not in tags:
                tags.append({"term": term, "scheme": None, "label": None})
        elif key == "dc_publisher":
            self.store(entry, state, "publisher", self.clean(self.text_of(el), "publisher", base), depth)
            self._sync_author(entry, "publisher")
        elif key == "enclosure":
            link = dict(attrs)
            href = link.pop("url", link.pop("uri", link.get("href")))
            if href:
                link["href"] = href
            link["rel"] = "enclosure"
            entry.setdefault("links", []).append(link)
        elif key in ("media_content", "media_thumbnail"):
            entry.setdefault(key, []).append(attrs)
            if key == "media_thumbnail":  # its text is a URL, kept as `url` as feedparser does
                text = self.clean(self.text_of(el), "url", base)
                self.store(entry, state, "url", text, depth)
                if text and "url" not in attrs:
                    attrs["url"] = text
        if key not in _FAST_ELEMENTS:  # kept as feedparser keeps an element it has no handler for
            if attrs:
                entry[key] = attrs
            else:
                text = (el.text or "") + "".join(c.tail or "" for c in el)
                self.store(entry, state, key, self.clean(text, key, base), depth)
        if key in _AUTHOR_KEYS:
            return
        for child in el:  # feedparser reads nested elements into the entry too (media:group's)
            if isinstance(child.tag, str):
                self.element(child, entry, state, depth + 1, *self.scope(child, base, lang), atom=atom)

    def content(self, el: ET.Element, default_type: str, entry: dict[str, Any], state: dict[str, Any],
                base: str, lang: str | None, *, atom: bool) -> None:
        state["has_content"] = True
        detail = self.detail(el, "content", default_type, base, lang, atom=atom)
        if el.get("src"):
            detail["src"] = el.get("src")
        entry.setdefault("content", []).append(detail)
        if detail["type"] in _HTML_TYPES or detail["type"] == "text/plain":
            entry.setdefault("summary", detail["value"])

    def link(self, el: ET.Element, attrs: dict[str, str], entry: dict[str, Any], state: dict[str, Any],
             depth: int, base: str) -> None:
        attrs.setdefault("rel", "alternate")
        attrs.setdefault("type", "application/atom+xml" if attrs["rel"] == "self" else "text/html")
        href = attrs.pop("url", None) or attrs.pop("uri", None) or attrs.get("href")
        links = entry.setdefault("links", [])
        links.append(attrs)
        if href:
            attrs["href"] = _join(base, href)
            if attrs["rel"] == "alternate" and _map_type(attrs["type"]) in _HTML_TYPES:
                entry["link"] = attrs["href"]
            return
        value = self.clean(self.text_of(el), "link", base)
        # feedparser's repair of `?a=1&amp;b=2` links, so the same URL comes out
        value = _LINK_ENTITY.sub(r"&\g<1>", value.replace("&amp;", "&"))
        entry["link"] = value
        if value:
            attrs["href"] = value

    def author(self, el: ET.Element, entry: dict[str, Any], state: dict[str, Any], depth: int, base: str) -> None:
        authors = entry.setdefault("authors", [])
        authors.append({})
        for part in el:
            name = _AUTHOR_PARTS.get(self.key(part.tag)) if isinstance(part.tag, str) else None
            if name is None:
                raise _NotFast(f"<{self.key(part.tag)}> in an author")
            value = self.clean(self.text_of(part), name, base)
            if name == "href":
                self.store(entry, state, "href", value, depth + 1)
            entry.setdefault("author_detail", {})[name] = value
            self._sync_author(entry)
            authors[-1][name] = value
        text = "" if len(el) else self.clean(el.text or "", "author", base)
        self.store(entry, state, "author", text, depth)
        self._sync_author(entry)

    @staticmethod
    def _sync_author(entry: dict[str, Any], key: str = "author") -> None:
        detail = entry.get(f"{key}s", [{}])[-1]
        if detail:
            name, email = detail.get("name"), detail.get("email")
            if name or email:
                entry[key] = f"{name} ({email})" if name and email else name or email
            return
        author = entry.get(key)
        if not author:
            return
        email = None
        found = _AUTHOR_EMAIL.search(author)
        if found:
            email = found.group(0)
            author = author.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
            author = author.removeprefix("(").removesuffix(")").strip()
        if author or email:
            entry.setdefault(f"{key}_detail", detail)
        if author:
            detail["name"] = author
        if email:
            detail["email"] = email


def _describe(problem: BaseException) -> str:
    text = str(problem).strip() or type(problem).__name__
    return text.splitlines()[0][:200]


def _title(container: Mapping[str, Any]) -> str:
    value = container.get("title") or ""
    detail = container.get("title_detail") or {}
    text, _ = _plain(value, detail.get("type", "text/plain"))
    return text


def _xml_entry_post(
    entry: Mapping[str, Any], index: int, *, url: str, home: str, source: Source, feed_title: str,
    feed_lang: str | None, fetched_at: datetime, warnings: list[str],
) -> Post | None:
    where = redact_url(url)
    link = _entry_link(entry, url)
    guid = str(entry.get("id") or "").strip()
    key = link or guid
    title = _title(entry)
    # Full content (content:encoded, atom:content) beats the summary; take the longest body offered.
    bodies = [c for c in entry.get("content") or () if c.get("value")]
    if bodies:
        chosen = max(bodies, key=lambda c: len(c.get("value") or ""))
        raw_text, ctype, detail = chosen["value"], chosen.get("type"), chosen
    else:
        detail = entry.get("summary_detail") or {}
        raw_text, ctype = entry.get("summary") or "", detail.get("type", "text/html")
    text, links = _plain(raw_text, ctype, link or url)
    if not key:
        if not title and not text:
            warnings.append(f"{where}: entry {index}: no link, id, title or text; skipped")
            return None
        key = f"{url}#{title or text[:200]}"
        warnings.append(f"{where}: entry {index}: no link or id; keyed by its title")
    created = None
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        created = _struct_to_utc(entry.get(name))
        if created is not None:
            break
    if created is None:
        created = fetched_at
        warnings.append(f"{where}: entry {index} ({title[:60] or key}): no usable date; using fetch time")
    author = ""
    author_detail = entry.get("author_detail") or {}
    author = normalize_space(author_detail.get("name") or entry.get("author") or "")
    lang = (
        _lang(detail.get("language"))
        or _lang((entry.get("title_detail") or {}).get("language"))
        or feed_lang
    )
    post_url = link or (guid if absolute_http(guid) else home)
    return Post(
        id=post_id(key),
        source_id=source.id,
        platform="rss",
        author_handle=feed_title,
        author_name=(author or feed_title)[:MAX_AUTHOR_CHARS],
        url=post_url,
        text=cap_text(text),
        created_at=created,
        fetched_at=fetched_at,
        lang=lang,
        title=title,
        links=_dedupe(links, drop=post_url),
        # the fast reader's entries are plain JSON data already, bar the struct_times
        raw=(_jsonable(entry) if type(entry) is not dict
             else {k: v for k, v in entry.items() if not k.endswith("_parsed")}),
    )


def _entry_link(entry: Mapping[str, Any], base: str) -> str:
    # FeedBurner wraps links in its own redirector and keeps the article's URL in origLink.
    for candidate in (entry.get("feedburner_origlink"), entry.get("link")):
        if isinstance(candidate, str) and candidate.strip():
            resolved = absolute_http(candidate, base)
            if resolved:
                return resolved
    for item in entry.get("links") or ():
        if item.get("rel", "alternate") == "alternate" and item.get("href"):
            resolved = absolute_http(item["href"], base)
            if resolved:
                return resolved
    return ""


def _jsonable(value: Any) -> Any:
    """feedparser's result as plain JSON data (its *_parsed struct_times dropped: the strings stay)."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items() if not str(k).endswith("_parsed")}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


# -- JSON Feed ------------------------------------------------------------------------------------


def parse_json_feed(
    body: bytes, *, url: str, source: Source, fetched_at: datetime
) -> tuple[list[Post], list[str]]:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) into Posts; same contract as `parse_feed`."""
    where = redact_url(url)
    fetched_at = utc(fetched_at)
    try:
        # RFC 8259: JSON exchanged between systems is UTF-8.
        data = untrusted.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"not a feed: {where} sent JSON that is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"broken JSON Feed at {where}: {exc.msg} at line {exc.lineno}") from None
    except untrusted.JSONLimitError as exc:
        raise SourceError(f"refused JSON Feed at {where}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise SourceError(f"not a feed: {where} is JSON but not a JSON Feed (no items list)")
    warnings: list[str] = []
    version = data.get("version")
    if not (isinstance(version, str) and version.startswith(_JSON_FEED_VERSION)):
        warnings.append(f"{where}: JSON Feed without a known version ({version!r}); read anyway")
    feed_title = normalize_space(html.unescape(str(data.get("title") or ""))) or source.name or source.id
    feed_lang = _lang(data.get("language")) or source.lang
    home = absolute_http(str(data.get("home_page_url") or ""), url) or url
    feed_author = _json_author(data)
    posts: list[Post] = []
    seen: set[str] = set()
    for index, item in enumerate(data["items"]):
        if not isinstance(item, dict):
            warnings.append(f"{where}: item {index} is not an object; skipped")
            continue
        link = absolute_http(str(item.get("url") or ""), home) or ""
        external = absolute_http(str(item.get("external_url") or ""), home) or ""
        native = str(item.get("id") or "").strip()
        key = link or external or native
        title = normalize_space(html.unescape(str(item.get("title") or "")))
        if isinstance(item.get("content_html"), str) and item["content_html"].strip():
            text, links = html_to_text(item["content_html"], link or home)
        else:
            raw_text = item.get("content_text") or item.get("summary") or ""
            text, links = normalize_space(str(raw_text)), []
        if not key:
            if not title and not text:
                warnings.append(f"{where}: item {index}: no url, id, title or text; skipped")
                continue
            key = f"{url}#{title or text[:200]}"
            warnings.append(f"{where}: item {index}: no url or id; keyed by its title")
        created = parse_date(item.get("date_published")) or parse_date(item.get("date_modified"))
        if created is None:
            created = fetched_at
            warnings.append(f"{where}: item {index} ({title[:60] or key}): no usable date; using fetch time")
        pid = post_id(key)
        if pid in seen:
            warnings.append(f"{where}: item {index}: duplicate of an earlier item ({key}); skipped")
            continue
        seen.add(pid)
        post_url = link or external or home
        posts.append(Post(
            id=pid,
            source_id=source.id,
            platform="rss",
            author_handle=feed_title,
            author_name=(_json_author(item) or feed_author or feed_title)[:MAX_AUTHOR_CHARS],
            url=post_url,
            text=cap_text(text),
            created_at=created,
            fetched_at=fetched_at,
            lang=_lang(item.get("language")) or feed_lang,
            title=title,
            links=_dedupe([*links, external], drop=post_url),
            raw=item,
        ))
    return posts, warnings


def _json_author(obj: Mapping[str, Any]) -> str:
    # 1.1 has `authors`; 1.0's singular `author` is still common (and both may be present).
    candidates = obj.get("authors")
    people = list(candidates) if isinstance(candidates, list) else []
    if isinstance(obj.get("author"), dict):
        people.append(obj["author"])
    names = [normalize_space(str(p.get("name") or "")) for p in people if isinstance(p, dict)]
    return next((n for n in names if n), "")


# -- the source kind ------------------------------------------------------------------------------


@register
class RssSource:
    """A feed at an http(s) URL (the locator): RSS, Atom or JSON Feed, fetched conditionally."""

    kind = "rss"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        check_url(source.locator)

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        try:
            response = client.get(
                source.locator,
                etag=previous.get("etag"),
                last_modified=previous.get("last_modified"),
                headers={"Accept": FEED_ACCEPT},
            )
            if response.not_modified:
                kept = {**previous, **_validators(response.etag, response.last_modified)}
                return FetchOutcome(source.id, state=kept, not_modified=True)
            posts, warnings = parse_feed(
                response.body, url=response.url, source=source,
                content_type=response.content_type, fetched_at=client.now(),
            )
        except SourceError as exc:
            # Keep the old validators: storing a broken response's ETag would hide the fix behind 304s.
            return FetchOutcome(source.id, state=previous, error=str(exc))
        if source.options.get("bridge") == "x":
            posts = as_x_posts(posts, source)
        new_state = {k: v for k, v in previous.items() if k not in ("etag", "last_modified")}
        new_state.update(_validators(response.etag, response.last_modified))
        return FetchOutcome(source.id, posts=tuple(posts), state=new_state, warnings=tuple(warnings))


def as_x_posts(posts: list[Post], source: Source) -> list[Post]:
    """Posts of an X feed bridge (RSSHub, Nitter) under the identity the `x` kind gives them.

    With `bridge = "x"` a tweet has one id (`x:<status id>`) and one URL whichever way it
    came, so the stories stages never count it twice. A bridge's "RT by" entry becomes
    the original tweet and may repeat one already in the feed: keep the first.
    """
    from newsdesk.sources.xbridge import remap_bridge_post

    hosts = frozenset(str(h).lower() for h in source.options.get("bridge_hosts", ()))
    return list({p.id: p for p in (remap_bridge_post(p, hosts) for p in posts)}.values())


def _validators(etag: str | None, last_modified: str | None) -> dict[str, str]:
    out = {}
    if etag:
        out["etag"] = etag
    if last_modified:
        out["last_modified"] = last_modified
    return out
