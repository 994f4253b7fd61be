"""The effective source list: shipped defaults, then the config file, then the store.

    defaults.toml ─┐
    [[sources]] ───┼─▶ later layers replace earlier ones by id ─▶ minus removals ─▶ sources
    store (cli) ───┘

Keeping the layers apart means an upgrade can improve the shipped list without
overwriting what a user added, and `newsdesk sources remove` can hide a default
(a tombstone in the store) without editing a packaged file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsdesk.config import Settings, SourceSettings
from newsdesk.errors import ConfigError
from newsdesk.model import Source
from newsdesk.textfacts.makers import maker_named

#: source kinds whose posts can be read as a feed, and how to build that feed's URL
FEED_URLS = {
    "rss": lambda loc: loc,
    "github": lambda loc: f"https://github.com/{loc.strip('/')}/releases.atom",
    "reddit": lambda loc: f"https://www.reddit.com/r/{loc.removeprefix('r/').strip('/')}/.rss",
    "arxiv": lambda loc: f"https://rss.arxiv.org/rss/{loc.replace(',', '+')}",
    "bluesky": lambda loc: f"https://bsky.app/profile/{loc.lstrip('@')}/rss",
}


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A source and the layer it came from ("default", "config", "cli" or "opml")."""

    source: Source
    origin: str

    @property
    def enabled(self) -> bool:
        return self.source.options.get("enabled", True) is not False


def _from_row(row: Mapping[str, Any]) -> SourceSettings:
    data = {k: row[k] for k in ("id", "kind", "locator", "name", "weight", "lang", "tags", "role") if k in row}
    data.update(row.get("options") or {})
    return SourceSettings.model_validate(data)


def load_defaults() -> tuple[SourceSettings, ...]:
    from newsdesk.sources.defaults import load_default_sources

    return load_default_sources()


def effective_sources(
    settings: Settings,
    stored: Sequence[Mapping[str, Any]] = (),
    *,
    defaults: Sequence[SourceSettings] | None = None,
) -> list[SourceEntry]:
    """Every source newsdesk should know about, in a stable order (defaults first)."""
    layers: dict[str, tuple[SourceSettings, str]] = {}
    if settings.collect.use_default_sources:
        for spec in load_defaults() if defaults is None else defaults:
            layers[spec.id] = (spec, "default")
    for spec in settings.sources:
        layers[spec.id] = (spec, "config")
    for row in stored:
        if row.get("removed"):
            layers.pop(row["id"], None)
            continue
        try:
            layers[row["id"]] = (_from_row(row), row.get("origin") or "cli")
        except ValueError as exc:
            raise ConfigError(f"store: source {row['id']!r} is invalid: {exc}") from exc
    return [SourceEntry(spec.to_source(settings.secrets_env), origin) for spec, origin in layers.values()]


def feed_url(source: Source) -> str | None:
    """The URL of a feed carrying this source's posts, where one exists (for OPML export)."""
    make = FEED_URLS.get(source.kind)
    if make is not None:
        return make(source.locator)
    if source.kind == "mastodon":
        user, _, host = source.locator.lstrip("@").partition("@")
        return f"https://{host}/@{user}.rss" if host else None
    return None


#: kinds whose locator is one author's handle, so a post's author can inherit the source's weight
_ACCOUNT_PLATFORMS = {"x": "x", "bluesky": "bsky", "mastodon": "mastodon"}


def source_weights(entries: Sequence[SourceEntry]) -> dict[str, float]:
    """Editorial weights by source id, and by author (`x:karpathy`) for account sources.

    Posts imported from a file all share one source id; keying weights by author too
    lets the authority prior of the curated list apply to them as well.
    """
    weights: dict[str, float] = {}
    for e in entries:
        weights[e.source.id] = e.source.weight
        for key in _author_keys(e):
            weights.setdefault(key, e.source.weight)
    return weights


def _author_keys(entry: SourceEntry) -> list[str]:
    """`platform:handle` of each account an account source reads (`x:karpathy`); none for feeds and lists."""
    platform = _ACCOUNT_PLATFORMS.get(entry.source.kind)
    if platform is None:
        return []
    handles = (h.strip().lstrip("@").lower() for h in entry.source.locator.split(","))
    return [f"{platform}:{h}" for h in handles if h and not h.startswith("list:")]


def source_roles(entries: Sequence[SourceEntry]) -> dict[str, str]:
    """Roles ("OpenAI CEO") by source id and by author (`x:sama`), keyed as `source_weights` keys weights.

    The writer shows a post's author with the role of its source, so a summary may say "OpenAI CEO Sam
    Altman" and the checks can tell that from a role the sources never give."""
    roles: dict[str, str] = {}
    for e in entries:
        if not e.source.role:
            continue
        roles[e.source.id] = e.source.role
        for key in _author_keys(e):
            roles.setdefault(key, e.source.role)
    return roles


#: a source name's last parenthesis: who the person works for ("Sam Altman (OpenAI)", "Boris Cherny (Claude Code)")
_AFFILIATION = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_NAME_WORD = re.compile(r"[\w.+-]+")


def house_of(source: SourceSettings | Source) -> str | None:
    """The organisation an account speaks for, or None: a lab's or product's own account ("OpenAI
    Developers", "Claude") and the people whose source name says where they work ("Sam Altman (OpenAI)").

    An organisation announces one thing through several accounts at once: @OpenAI, @OpenAIDevs and
    Sam Altman within the hour, @claudeai and Claude Code's lead with the same availability line.
    Stories treat those accounts as one voice for an event (cluster.py's `house` evidence). A name
    that holds a maker or one of its product families (textfacts/data/stories.toml) is that maker,
    so "Claude Developers" and "Boris Cherny (Claude Code)" are both Anthropic; any other house is
    the first word of the lab's name or of the person's affiliation ("Microsoft AI" and "Mustafa
    Suleyman (Microsoft AI)" are "microsoft"). Accounts that are neither a lab (tag "lab") nor
    name an affiliation speak for themselves.
    """
    name = (source.name or "").strip()
    match = _AFFILIATION.match(name)
    head, affiliation = (match.group(1), match.group(2)) if match else (name, "")
    lab = "lab" in (source.tags or ())
    if not lab and not affiliation:
        return None
    for word in _NAME_WORD.findall(name.lower()):
        if (maker := maker_named(word)) is not None:
            return maker
    basis = _NAME_WORD.findall((head if lab else affiliation).lower())
    return basis[0] if basis else None


def source_houses(entries: Sequence[SourceEntry]) -> dict[str, str]:
    """The house (`house_of`) of each account, by author (`x:sama` -> "openai"), as `source_weights` keys authors."""
    houses: dict[str, str] = {}
    for e in entries:
        if (house := house_of(e.source)) is None:
            continue
        for key in _author_keys(e):
            houses.setdefault(key, house)
    return houses
