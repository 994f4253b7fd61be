"""Canonical URLs and link keys: which page, paper, repository or model a post points at.

`canonical_url` gives one spelling per page (X status URLs become the post id `x:<id>`);
`link_keys` names what a post links to (`url:`, `short:`, `arxiv:`, `gh:`, `hf:`, `x:`), so
posts linking one thing meet on one key whatever the spelling or tracking parameters.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsdesk.model import Post
from newsdesk.textfacts.normal import URL, fold

#: query parameters that track the click, not the page (utm_* handled by prefix)
_TRACKING = frozenset(
    {"fbclid", "gclid", "dclid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "s", "t", "si",
     "igshid", "spm", "from", "source", "share", "feature", "cmpid", "_hsenc", "_hsmi"}
)
_STATUS = re.compile(r"^/(?:[^/]+|i(?:/web)?)/status(?:es)?/(\d+)")
_X_HOSTS = frozenset({"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com", "fxtwitter.com",
                      "vxtwitter.com", "fixupx.com"})
#: link shorteners: same short link means same target, but the host says nothing about content
SHORTENERS = frozenset({"t.co", "bit.ly", "buff.ly", "ow.ly", "tinyurl.com", "lnkd.in", "dlvr.it", "goo.gl"})


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no `www.`, no fragment, no tracking
    parameters, no trailing slash, sorted query; X/Twitter status URLs become `x:<id>`.

    Idempotent: `canonical_url(canonical_url(u)) == canonical_url(u)`. X status URLs map to
    the newsdesk post id form so a link to a post and a quote of it meet on the same key.
    """
    url = original = url.partition("#")[0].strip()  # the fragment goes anyway; what it hid may end in spaces
    if url.startswith("x:") and url[2:].isdigit():
        return url
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    # No host has white space in it; keeping any would make a second pass read a different host.
    host = "".join((parts.hostname or "").split()).lower().rstrip(".")
    if not host:
        return original  # not a web address ("://", "mailto:"): nothing to normalise, keep it as written
    if host.startswith("www."):
        host = host[4:]
    if host in _X_HOSTS:
        match = _STATUS.match(parts.path)
        if match:
            return f"x:{match.group(1)}"
        host = "x.com"
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    try:
        port_number = parts.port
    except ValueError:  # "host:abc" is not a port; keep the URL as written rather than fail
        port_number = None
    port = f":{port_number}" if port_number and port_number not in (80, 443) else ""
    path = re.sub(r"/{2,}", "/", parts.path)
    while path.endswith("/"):
        path = path[:-1]
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    )
    return urlunsplit((scheme, host + port, path, urlencode(query), ""))


_ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf|html)/(\d{4}\.\d{4,5})|\barxiv[: ]\s?(\d{4}\.\d{4,5})", re.I)
_GITHUB = re.compile(r"github\.com/([A-Za-z0-9][\w.-]*)/([A-Za-z0-9][\w.-]*)", re.I)
_HF = re.compile(r"huggingface\.co/(?!datasets/|spaces/|blog/|docs/|papers/)([\w.-]+)/([\w.-]+)", re.I)
_HF_PAPER = re.compile(r"huggingface\.co/papers/(\d{4}\.\d{4,5})", re.I)
_GITHUB_NOT_REPO = frozenset({"orgs", "topics", "features", "settings", "marketplace", "sponsors", "login"})


def link_keys(post: Post) -> frozenset[str]:
    """Keys naming what a post links to: canonical URLs, `arxiv:`, `gh:`, `hf:` ids.

    Shortened links are keys too (the same t.co link twice is the same target) but they are
    marked `short:` so callers can trust them less than a real URL.
    """
    return _link_keys(post.text, post.links)


def link_keys_of(text: str, links: tuple[str, ...]) -> frozenset[str]:
    """`link_keys` of a post given as its text and links."""
    return _link_keys(text, links)


_URL_TAIL = ".,;:!?)]}>\"'…"


@functools.lru_cache(maxsize=1 << 16)
def _url_key(url: str) -> str:
    """The key of one linked URL: `x:<id>`, `short:<canonical>` or `url:<canonical>`. Cached:
    the same page is linked by many posts (the link list and the text often both carry it)."""
    url = url.rstrip(_URL_TAIL)
    # Fast path for a plain t.co link (nearly every link an X post carries): `canonical_url`
    # would only turn http into https and keep the rest, at ~5 us a link through `urlsplit`.
    # The id is ASCII letters and digits only, so nothing (case, port, query, fragment,
    # slash) is left for the slow path to normalise; anything else takes the slow path.
    # A test holds it equal to `_url_key_slow`.
    if url.startswith(("https://t.co/", "http://t.co/")):
        token = url[url.index("t.co/") + 5:]
        if token.isascii() and token.isalnum():
            return "short:https://t.co/" + token
    return _url_key_slow(url)


def _url_key_slow(url: str) -> str:
    """`_url_key` of any URL, through `canonical_url`: the reference for its fast path."""
    url = url.rstrip(_URL_TAIL)
    canon = canonical_url(url)
    if canon.startswith("x:"):
        return canon
    host = urlsplit(canon).hostname or ""
    return ("short:" if host in SHORTENERS else "url:") + canon


@functools.lru_cache(maxsize=1 << 18)
def _link_keys(text: str, links: tuple[str, ...]) -> frozenset[str]:
    keys: set[str] = set()
    blob = " ".join((text, *links))
    for url in (*links, *(URL.findall(text) if "://" in text else ())):
        keys.add(_url_key(url))
    # each regex below needs its site's name, which `fold` shows whatever the case: most posts
    # name none of them, and a substring test is far cheaper than a case-insensitive scan
    folded = fold(blob)
    if "arxiv" in folded:
        for m in _ARXIV.finditer(blob):
            keys.add("arxiv:" + (m.group(1) or m.group(2)))
    hugging_face = "huggingface.co/" in folded
    if hugging_face and "huggingface.co/papers/" in folded:
        for m in _HF_PAPER.finditer(blob):
            keys.add("arxiv:" + m.group(1))
    if "github.com/" in folded:
        for m in _GITHUB.finditer(blob):
            owner, repo = m.group(1).lower(), m.group(2).lower().removesuffix(".git")
            if owner not in _GITHUB_NOT_REPO:
                keys.add(f"gh:{owner}/{repo}")
    if hugging_face:
        for m in _HF.finditer(blob):
            keys.add(f"hf:{m.group(1).lower()}/{m.group(2).lower()}")
    return frozenset(keys)
