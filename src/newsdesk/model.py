"""The records that flow through newsdesk, one stage to the next.

    Source ─fetch─▶ Post ─group─▶ Story ─write─▶ Item ─assemble─▶ Edition

Every record is a frozen, slotted dataclass: stages derive new records with
`dataclasses.replace` instead of mutating shared ones, which is what keeps an
edition reproducible from the same inputs. Every datetime is aware and in UTC;
the edition's time zone appears only in `Slot` and in rendering.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

RefKind = Literal["quoted", "replied_to", "reposted"]

def utc(dt: datetime) -> datetime:
    """Return `dt` in UTC, refusing naive datetimes: a naive time is a bug, not a guess."""
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime {dt.isoformat()!r}: every time in newsdesk carries its zone")
    return dt.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Source:
    """Where posts come from: one account, feed or query, with the editor's trust in it."""

    id: str  #: slug, unique in the configuration, e.g. "rss:simonwillison"
    kind: str  #: registry key: file, rss, x, bluesky, ...
    locator: str  #: handle, URL, path or query, as the kind understands it
    name: str = ""
    weight: float = 1.0  #: editorial authority; 1.0 is an ordinary source
    lang: str | None = None
    tags: tuple[str, ...] = ()
    role: str = ""  #: who the account's person is ("OpenAI CEO"): the writer may call the author so
    options: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Ref:
    """A post this post points at: the quoted, replied-to or reposted one, by newsdesk id."""

    kind: RefKind
    post_id: str  #: "x:1947374585764082153"; may name a post newsdesk never saw


@dataclass(frozen=True, slots=True)
class Post:
    """One post, article or release as collected, normalised across platforms."""

    id: str  #: "{platform}:{native id}", e.g. "x:1947374585764082153"
    source_id: str
    platform: str
    author_handle: str
    author_name: str
    url: str  #: canonical URL of the post itself
    text: str  #: plain text, entities decoded
    created_at: datetime  #: UTC
    fetched_at: datetime | None = None
    lang: str | None = None
    title: str = ""  #: articles and releases have one; social posts do not
    #: only what the platform gives: likes, reposts, replies, quotes, views, score,
    #: comments; author-level numbers (followers) are kept here too when that is all there is
    metrics: Mapping[str, float] = field(default_factory=dict, compare=False)
    links: tuple[str, ...] = ()  #: outbound links, expanded and canonical where possible
    refs: tuple[Ref, ...] = ()
    raw: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)

    def ref_ids(self, *kinds: RefKind) -> tuple[str, ...]:
        """Ids this post points at, optionally only of the given kinds."""
        return tuple(r.post_id for r in self.refs if not kinds or r.kind in kinds)

    @property
    def byline(self) -> str:
        """Who an item credits for this post ("-宝玉" after a headline, the model's evidence lines): the author's
        name, else the handle, else the source (a feed's post may carry neither)."""
        return self.author_name.strip() or self.author_handle.strip() or self.source_id


@dataclass(frozen=True, slots=True)
class Dropped:
    """A post left out of every story, and why: kept so an editor can audit the filter."""

    post_id: str
    reason: str  #: short machine-readable reason, e.g. "off-topic", "duplicate-of:x:123"


@dataclass(frozen=True, slots=True)
class Story:
    """The posts about one event, in any language, with the evidence that joined them."""

    id: str  #: stable across runs: derived from the earliest post
    post_ids: tuple[str, ...]  #: every post merged in, duplicates included, earliest first
    lead_id: str  #: the post a reader should open first
    first_seen: datetime
    links: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    score: float = 0.0
    score_parts: Mapping[str, float] = field(default_factory=dict, compare=False)
    merge_log: tuple[str, ...] = ()  #: one line per merge: which posts, on what evidence
    selected: bool = False
    update_of: str | None = None  #: the earlier edition's key when this is an update
    lead_reason: str = ""  #: why `lead_id` leads (announces the news, the owner's account, ...)


@dataclass(frozen=True, slots=True)
class Slot:
    """An edition's window `[end - period, end)`, named by its end in the edition's zone."""

    end: datetime  #: aware, in the edition's time zone
    period: timedelta

    @property
    def start(self) -> datetime:
        return self.end - self.period

    @property
    def key(self) -> str:
        return self.end.strftime("%Y.%m.%d.%H")

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True, slots=True)
class Check:
    """One verification a writer's output passed or failed."""

    name: str  #: e.g. "numbers", "names", "citations", "schema"
    ok: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """A written story: what a reader sees as one numbered entry of the edition."""

    story_id: str
    headline: str
    attribution: str  #: display name of the lead author, built by code
    url: str  #: the lead post's URL, built by code
    summary: str  #: Markdown, key facts in **bold**
    category: str
    writer: str  #: "extractive" or "llm:<model>"
    post_ids: tuple[str, ...] = ()
    checks: tuple[Check, ...] = ()
    fallback_reason: str | None = None  #: why a better writer was not used, if it was not


@dataclass(frozen=True, slots=True)
class Edition:
    """One briefing: the slot it covers, its items, and how it was made."""

    slot: Slot
    title: str
    generated_at: datetime  #: aware; rendered in the edition's zone
    items: tuple[Item, ...]
    categories: tuple[str, ...]
    stats: Mapping[str, Any] = field(default_factory=dict, compare=False)
