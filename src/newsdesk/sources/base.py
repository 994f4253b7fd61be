"""What every source kind implements, and the registry that finds one by name.

A source kind is a class with a `kind` name and one method,
`fetch(source, state, client) -> FetchOutcome`. Retrieval and parsing are kept
apart: each module's `parse_*` functions are pure (bytes in, Posts out) so tests
can feed them recorded payloads directly. A failure is returned as a value in
the outcome, never raised past the collector, so one broken source never sinks
the rest of the run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from newsdesk.model import Post, Source

if TYPE_CHECKING:
    from newsdesk.fetch import HttpClient

#: the longest post text kept (characters). Far past any real post or release note (X's long posts
#: stop at 25,000), and what the story stages read in about a second; the start carries the news.
#: Without a bound one 20 MB post from a file or an API held the edition for minutes.
MAX_POST_CHARS = 100_000


def bounded(post: Post) -> tuple[Post, str | None]:
    """`post` with its text and title cut to MAX_POST_CHARS (at a word), and a warning saying so."""
    if len(post.text) <= MAX_POST_CHARS and len(post.title) <= MAX_POST_CHARS:
        return post, None

    def cut(text: str) -> str:
        if len(text) <= MAX_POST_CHARS:
            return text
        head = text[: MAX_POST_CHARS - 1]
        space = head.rfind(" ")
        return (head[:space] if space > MAX_POST_CHARS * 0.9 else head).rstrip() + "…"

    warning = f"post {post.id}: text of {len(post.text):,} characters cut to {MAX_POST_CHARS:,}"
    text = cut(post.text)
    raw = post.raw
    if isinstance(raw, Mapping) and raw.get("text") == post.text:  # a JSONL record keeps its text in `raw` too
        raw = {**raw, "text": text}
    return dataclasses.replace(post, text=text, title=cut(post.title), raw=raw), warning


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """The result of fetching one source: posts, the new cursor, or the error that stopped it."""

    source_id: str
    posts: tuple[Post, ...] = ()
    #: opaque per-source cursor to store (etag, last_modified, since_id, ...)
    state: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None  #: None on success; "not modified" is a success with no posts
    not_modified: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


class SourceKind(Protocol):
    kind: str

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome: ...


REGISTRY: dict[str, Callable[[], SourceKind]] = {}


def register(cls: type) -> type:
    """Class decorator: make a source kind available under its `kind` name."""
    REGISTRY[cls.kind] = cls
    return cls


def get_kind(kind: str) -> SourceKind:
    from newsdesk.errors import ConfigError

    _load_builtin()
    try:
        return REGISTRY[kind]()
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise ConfigError(f"unknown source kind {kind!r} (known: {known})") from None


def source_problem(source: Source) -> tuple[str, str] | None:
    """What is wrong with a configured source before anything is fetched: (key, reason), or None.

    An unknown kind, a locator the kind cannot read (an rss locator that is not a URL, a
    github one that is not owner/repo) or a `base_url` that is not an http(s) URL is a
    configuration error: `load_settings` reports it naming the file and key, for every
    command, instead of it turning up as a failed fetch in the collect table. Each kind
    checks its locator in an optional `check(source)`, with the parser its fetch uses.
    """
    from newsdesk.errors import NewsdeskError
    from newsdesk.fetch import check_url

    _load_builtin()
    kind = REGISTRY.get(source.kind)
    if kind is None:
        return "kind", f"unknown source kind {source.kind!r} (known: {', '.join(sorted(REGISTRY))})"
    check = getattr(kind, "check", None)
    try:
        if check is not None:
            check(source)
    except NewsdeskError as exc:
        return "locator", str(exc)
    base = source.options.get("base_url")
    if base is not None:
        try:
            check_url(str(base))
        except NewsdeskError as exc:
            return "base_url", str(exc)
    return None


def _load_builtin() -> None:
    # Imported for their @register side effect; each kind is one module.
    from newsdesk.sources import arxiv, bluesky, file, github, hf, hn, mastodon, reddit, rss, x  # noqa: F401
