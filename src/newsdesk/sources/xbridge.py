"""X posts that arrive through a feed bridge (RSSHub, Nitter, xcancel), mapped to the `x` kind's identity.

A user without paid X API access runs a bridge and adds its feed as an `rss`
source. The feed kind alone would key each entry `rss:<sha1(link)>` under the
feed's title, so the same tweet read through the API, through RSSHub and through
Nitter would be three posts. `remap_bridge_post` gives it the identity the `x`
kind gives it (`x:<status id>`, platform `x`, the author's handle, the canonical
`https://x.com/<handle>/status/<id>` URL), so the store sees one post whichever
way it came.

Pure functions only; `rss.py` calls `remap_bridge_post` on each parsed post when
the source has `bridge = "x"` in its options.
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit

from newsdesk.model import Post

#: hosts that serve X itself or an X mirror whose paths mirror X's (`/<handle>/status/<id>`)
X_HOSTS = frozenset({
    "x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com", "m.twitter.com",
    "fxtwitter.com", "vxtwitter.com", "fixupx.com", "fixvx.com", "xcancel.com", "twstalker.com",
})
#: first path segments that are X pages, not handles
_RESERVED = frozenset({"i", "home", "search", "intent", "hashtag", "explore", "settings", "share", "pic"})
_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
_STATUS_ID = re.compile(r"^\d{1,20}$")


def is_x_host(host: str, extra_hosts: frozenset[str] = frozenset()) -> bool:
    """X, one of its mirrors, a Nitter instance (any host named `nitter…`), or a host the user listed."""
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host in X_HOSTS or host in extra_hosts or host.split(".")[0].startswith("nitter")


def x_status_from_url(url: str, extra_hosts: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """`(handle, status_id)` for a URL of one X post, or None; the handle is "" when the URL has none.

    Understands `x.com`/`twitter.com` (www, mobile), Nitter instances and mirrors:
    `/<handle>/status/<id>` with any suffix (`/photo/1`, `#m`, `?s=20`), `/<handle>/statuses/<id>`,
    and the handle-less `/i/web/status/<id>` and `/i/status/<id>`. `extra_hosts` names
    self-hosted bridges whose host does not say "nitter".
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", "") or not parts.hostname:
        return None
    if not is_x_host(parts.hostname, extra_hosts):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) >= 4 and segments[0] == "i" and segments[1] == "web" and segments[2] == "status":
        return ("", segments[3]) if _STATUS_ID.match(segments[3]) else None
    if len(segments) >= 3 and segments[0] == "i" and segments[1] == "status":
        return ("", segments[2]) if _STATUS_ID.match(segments[2]) else None
    if len(segments) >= 3 and segments[1] in ("status", "statuses"):
        handle, status_id = segments[0], segments[2]
        if handle.lower() in _RESERVED or not _HANDLE.match(handle) or not _STATUS_ID.match(status_id):
            return None
        return handle, status_id
    return None


def canonical_x_url(handle: str, status_id: str) -> str:
    """The URL the `x` kind uses for a post; `/i/web/status/<id>` when the handle is unknown (X redirects it)."""
    if handle:
        return f"https://x.com/{handle}/status/{status_id}"
    return f"https://x.com/i/web/status/{status_id}"


def _bridge_status(post: Post, extra_hosts: frozenset[str]) -> tuple[str, str] | None:
    candidates = [post.url]
    raw = post.raw or {}
    # RSSHub and Nitter put the tweet URL in the guid too; an entry whose link was rewritten keeps it there.
    for key in ("id", "guid", "link"):
        value = raw.get(key)
        if isinstance(value, str):
            candidates.append(value)
    handle_only: tuple[str, str] | None = None
    for candidate in candidates:
        found = x_status_from_url(candidate, extra_hosts)
        if found and found[0]:
            return found
        handle_only = handle_only or found
    return handle_only


def remap_bridge_post(post: Post, extra_hosts: frozenset[str] = frozenset()) -> Post:
    """`post` (as the `rss` kind parsed it from a bridge feed) under its X identity; unchanged if not a tweet.

    Id `x:<status id>`, platform `x`, `author_handle` from the status URL, canonical
    `https://x.com/<handle>/status/<id>` URL. A Nitter retweet entry links to the
    original tweet, so it becomes the original post (the same choice the `x` kind
    makes for retweets). Links to other tweets are made canonical; links to the
    post itself and to bridge-hosted media are dropped. The bridge's title is the
    tweet text again, so it moves into `text` when `text` is empty and is cleared.
    """
    found = _bridge_status(post, extra_hosts)
    if found is None:
        return post
    handle, status_id = found
    if not handle:
        handle = post.author_handle.lstrip("@") if _HANDLE.match(post.author_handle.lstrip("@")) else ""
    url = canonical_x_url(handle, status_id)
    links: list[str] = []
    for link in post.links:
        other = x_status_from_url(link, extra_hosts)
        if other is not None:
            if other[1] != status_id:
                links.append(canonical_x_url(*other))
            continue
        host = (urlsplit(link).hostname or "").lower()
        if is_x_host(host, extra_hosts) and host not in ("x.com", "twitter.com"):
            continue  # the bridge's own media/profile pages (nitter.net/pic/...), not an outbound link
        links.append(link)
    author_name = post.author_name.strip()
    if not author_name or author_name.lstrip("@").lower() == handle.lower():
        author_name = handle or author_name
    return dataclasses.replace(
        post,
        id=f"x:{status_id}",
        platform="x",
        author_handle=handle or post.author_handle,
        author_name=author_name,
        url=url,
        text=post.text or post.title,
        title="",
        links=tuple(dict.fromkeys(links)),
    )
