"""Rank: score each story from parts an editor can read back (`Story.score_parts`).

A briefing every four hours has room for about eight items, so the ranking decides what a
reader sees. The parts, each roughly 0..2, and why each is there:

* ``engagement``: how much more attention the story's best post got than its author
  usually gets (log scale), half absolute, half relative. Relative, because 2,000 likes is
  a flop for a lab's account and a sensation for an engineer's. Each author's usual is the
  median of their posts in the input plus `history`. Where a platform gives no engagement
  (x-kit posts carry only the author's followers) the author's reach stands in, scaled down.
* ``voices``: distinct authors (duplicates and reposts not counted, see dedup.py): several
  people posting about one thing is the strongest sign that it matters.
* ``platforms``: the same story on more than one platform.
* ``kind``: what sort of news (a release or launch, a deal, a policy move, an incident, a
  paper) against chatter, detected by EN and ZH keywords.
* ``relevance``: how clearly the story is about AI (0..1), so a borderline post ranks low.
* ``size``: a little credit for a story told in several posts (a thread, a launch series).
* ``source``: the editor's weight of the best source (default 1.0), a multiplier.
* ``signal``: the best own-words AI score among the story's posts, before author and source
  priors (see relevance.py); a quote counts as `QUOTE_SIGNAL`. Not a term of the score but a
  gate: a story under `MIN_STORY_SIGNAL` (a listed account's "being a dad is...", relevant
  only through its prior) ranks after every other story and select.py never picks it; an
  edition would rather leave a slot empty than print chatter.
* ``recency``: halves every `recency_half_life_hours` since the story's first post, applied
  as `0.5 + 0.5 * recency` so a strong story from this morning still beats a weak one now.

    score = source * (0.5 + 0.5 * recency)
            * (engagement + 0.8 voices + 0.3 platforms + 0.8 kind + relevance + 0.3 size)
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import datetime

from newsdesk.config import StoriesSettings
from newsdesk.model import Post, Story
from newsdesk.stories.facts import NO_FACTS, TextFacts
from newsdesk.textfacts.entities import is_specific
from newsdesk.textfacts.gate import from_first_chars, required_literals, split_alternatives
from newsdesk.textfacts.kinds import KINDS
from newsdesk.textfacts.lexicon import entries
from newsdesk.textfacts.normal import fold, post_body, strip_urls

#: weight of each news kind; the story takes its best kind (`rank_weight` in textfacts/data/kinds.toml)
KIND_WEIGHTS: Mapping[str, float] = {kind.name: kind.rank_weight for kind in KINDS}
#: engagement = likes + REPOST_WEIGHT * reposts + replies + quotes (+ score/comments elsewhere)
REPOST_WEIGHT = 2.0
#: log1p(engagement) that counts as "a lot" for the absolute half: ~10k interactions
ENGAGEMENT_SCALE = math.log1p(10_000)
#: reach stands in for engagement when only followers are known, at this discount
REACH_WEIGHT = 0.4
WEIGHTS: Mapping[str, float] = {
    "engagement": 1.0, "voices": 0.8, "platforms": 0.3, "kind": 0.8, "facts": 0.8, "relevance": 1.0, "size": 0.3,
    "announces": 0.8,
}
#: first-person or headline wording of an announcement (textfacts/data/stories.toml): "we're releasing",
#: "introducing", "today we". The primary source of news says it so; a reaction or an opinion does not.
_ANNOUNCEMENTS = tuple(entry["pattern"] for entry in entries("stories", "announcement", {"pattern": str}))
ANNOUNCES = re.compile("|".join(f"(?:{pattern})" for pattern in _ANNOUNCEMENTS), re.I)


def _announcement_check(pattern: str) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """One announcement pattern as `announces` runs it: written from its first character where it opens
    with a word boundary (`gate.from_first_chars`), and the literals one of which every match holds
    (`gate.required_literals`, lower case; None if it has none), tested on the folded text first."""
    plain = re.compile(pattern, re.I)
    fast = None
    if pattern.startswith("\\b") and len(split_alternatives(pattern[2:])) == 1:
        fast = from_first_chars("\\b", [pattern[2:]], "", re.I)
    return fast or plain, required_literals(plain)


#: `ANNOUNCES` a pattern at a time: a text words an announcement where any of them matches
_ANNOUNCE_CHECKS = tuple(_announcement_check(pattern) for pattern in _ANNOUNCEMENTS)
#: figures a news post carries and chatter does not: amounts, percentages, multiples, counts
#: with a unit, in English and Chinese ("raised $40M", "34.4%", "10x", "约10家", "50 亿")
#: (a run of digits is read at most 31 characters long: a figure is never longer, and an unbounded run
#: made every digit of a long one a new start, quadratic: 20,000 digits in a post held the rank 80 s)
#: (written from its first character, a currency sign or a digit, then each branch checks it was its own:
#: the same matches as `[$€¥£]\s?\d...|\d[\d,.]{0,30}...`, but `re` skips to those characters rather than
#: trying both branches at every position)
_FIGURE = re.compile(
    r"[$€¥£\d](?:(?<=[$€¥£])\s?\d[\d,.]{0,30}\s?(?:[kmb]|bn|million|billion|trillion)?|"
    r"(?<=\d)[\d,.]{0,30}\s?(?:%|x\b|倍|亿|万|家|个|款|美元|元|million|billion|trillion|bn\b|k\b|m\b|b\b|"
    r"users|stars|downloads|customers|companies|countries|tokens|parameters|params|gpus))",
    re.I,
)
#: own-words signal a story needs to rank with the others and be picked: the default
#: `relevance_threshold`, i.e. AI news without help from its author's prior
MIN_STORY_SIGNAL = 1.0
#: a quote's subject is the post it quotes, which the window may not hold: its own words ("the
#: pattern is clear", "congrats") are a reaction, so a quote counts as this much signal
QUOTE_SIGNAL = 1.0
#: metrics that count interactions (followers and views are reach, not engagement)
_ENGAGEMENT_KEYS = frozenset({"likes", "reposts", "replies", "quotes", "score", "comments"})
#: link keys that point at a primary source (a paper, a repository, a model, a page), not a picture
_SOURCE_KEYS = ("arxiv:", "gh:", "hf:", "url:")


def engagement_of(post: Post) -> float | None:
    """Interactions a post drew (log1p), or None when the platform gives none."""
    m = post.metrics
    if m.keys().isdisjoint(_ENGAGEMENT_KEYS):
        return None
    total = (m.get("likes", 0) + REPOST_WEIGHT * m.get("reposts", 0) + m.get("replies", 0)
             + m.get("quotes", 0) + m.get("score", 0) + m.get("comments", 0))
    return math.log1p(max(total, 0.0))


def author_baselines(posts: Iterable[Post]) -> dict[str, float]:
    """Each author's usual engagement: the median log engagement of their posts."""
    seen: dict[str, list[float]] = defaultdict(list)
    for post in posts:
        value = engagement_of(post)
        if value is not None:
            seen[post.author_handle.lower()].append(value)
    return {author: statistics.median(values) for author, values in seen.items()}


def post_attention(post: Post, baselines: Mapping[str, float]) -> float:
    """One post's attention part: absolute and relative engagement, or discounted reach."""
    value = engagement_of(post)
    if value is None:
        followers = post.metrics.get("followers")
        if not followers:
            return 0.0
        return REACH_WEIGHT * min(math.log10(1 + followers) / 6.0, 1.0)
    absolute = value / ENGAGEMENT_SCALE
    baseline = baselines.get(post.author_handle.lower(), value)
    relative = max(-1.0, min(2.0, (value - baseline) / 2.0))
    return max(0.0, 0.5 * absolute + 0.5 * (relative + 0.5))


def announces(own: str) -> bool:
    """Does a post's own text (`own_text`: its words, not what it quotes) word an announcement
    ("Introducing X", "we're releasing")? A large window's are read by the worker processes with
    the figures (`TextFacts` "announces", keyed by the post's text)."""
    # (`ANNOUNCES.search(own) is not None`, ~4x faster: most posts hold none of the patterns' literals, and
    # `re` tries the whole alternation at every position of those that do)
    folded = fold(own)
    return any((literals is None or any(literal in folded for literal in literals)) and check.search(own) is not None
               for check, literals in _ANNOUNCE_CHECKS)


def figures_in(text: str) -> frozenset[str]:
    """Figures stated in a text, normalised ("$40 M" -> "$40m"); URLs are not read. A large
    window's are read by the worker processes while this one clusters (`TextFacts` "figures")."""
    return frozenset(m.group(0).replace(" ", "").lower() for m in _FIGURE.finditer(strip_urls(text)))


def facts_of(posts: Iterable[Post], facts: TextFacts = NO_FACTS) -> float:
    """How much checkable substance the posts carry (0..1): distinct figures, specific names
    (a versioned model, a named product) and links to a primary source. A release, a paper, a
    funding round or a policy with numbers has them; a musing has none. (`facts`: the window's
    text facts read ahead, see facts.py.)"""
    figures: set[str] = set()
    names: set[str] = set()
    linked = False
    for post in posts:
        figures |= facts.answer("figures", " ".join((post.title, post.text)), figures_in)  # reads no URLs
        names.update(e for e in facts.entities(post_body(post)) if is_specific(e))  # same key as the other stages
        linked = linked or any(k.startswith(_SOURCE_KEYS) for k in facts.link_keys(post))
    return min(1.0, 0.25 * min(len(figures), 2) + 0.25 * min(len(names), 2) + (0.3 if linked else 0.0))


def source_weight(post: Post, weights: Mapping[str, float]) -> float:
    """The editor's weight for a post: its account's (`x:karpathy`, from the source list) when
    listed, else its source's (an RSS feed, a list or file of many accounts), else 1.0."""
    key = f"{post.platform}:{post.author_handle.lower()}"
    if key in weights:
        return weights[key]
    return weights.get(post.source_id, 1.0)


def score_story(
    story: Story,
    posts: Mapping[str, Post],
    voices: Sequence[str],
    *,
    now: datetime,
    settings: StoriesSettings,
    baselines: Mapping[str, float],
    relevance: Mapping[str, float],
    source_weights: Mapping[str, float] | None = None,
    signals: Mapping[str, float] | None = None,
    facts: TextFacts = NO_FACTS,
) -> Story:
    """The story with `score` and `score_parts` filled. `voices` are its non-duplicate post ids;
    `signals` the own-words relevance scores of posts (`Verdict.signal`; default: `relevance`);
    `facts` the window's text facts read ahead (see facts.py)."""
    members = [posts[pid] for pid in story.post_ids]
    own = relevance if signals is None else signals
    voice_posts = [posts[pid] for pid in voices] or members
    authors = {p.author_handle.lower() or p.id for p in voice_posts}
    platforms = {p.platform for p in voice_posts}
    kinds = set().union(*(facts.kinds(post_body(p)) for p in members))
    weights = source_weights or {}
    age_h = max((now - story.first_seen).total_seconds() / 3600.0, 0.0)

    def read_wording(text: str) -> bool:  # what the figures worker read ahead for a large window
        return announces(facts.own_text(text))

    parts = {
        "engagement": max(post_attention(p, baselines) for p in voice_posts),
        "voices": math.log2(len(authors)) if authors else 0.0,
        "platforms": float(len(platforms) - 1),
        "kind": max((KIND_WEIGHTS.get(k, 0.0) for k in kinds), default=0.0),
        "facts": facts_of(voice_posts, facts),
        "relevance": 1.0 - math.exp(-max(relevance.get(pid, 0.0) for pid in story.post_ids) / 3.0),
        "size": math.log2(len(members)) / 2.0,
        "announces": float(any(facts.answer("announces", p.text, read_wording, keep=True) for p in voice_posts)),
        "signal": max(max(own.get(pid, 0.0) for pid in story.post_ids), 0.0,
                      QUOTE_SIGNAL if any(p.ref_ids("quoted") for p in members) else 0.0),
        "source": max(source_weight(p, weights) for p in voice_posts),
        "recency": 0.5 ** (age_h / settings.recency_half_life_hours),
    }
    base = sum(WEIGHTS[name] * parts[name] for name in WEIGHTS)
    score = parts["source"] * (0.5 + 0.5 * parts["recency"]) * base
    # `replace(story, score=..., score_parts=...)`, spelled out: dataclasses.replace cost ~10% of ranking
    return Story(story.id, story.post_ids, story.lead_id, story.first_seen, story.links, story.entities,
                 round(score, 6), {k: round(v, 4) for k, v in parts.items()}, story.merge_log, story.selected,
                 story.update_of, story.lead_reason)


#: the fields `score_story` copies, in order: a field added to Story must be added there too
assert [f.name for f in fields(Story)] == ["id", "post_ids", "lead_id", "first_seen", "links", "entities", "score",
                                            "score_parts", "merge_log", "selected", "update_of", "lead_reason"]


def has_signal(story: Story) -> bool:
    """Does the story say something about AI in its own words (not only through its author's prior)?
    A story scored without the part (built by hand) counts as having it."""
    return story.score_parts.get("signal", math.inf) >= MIN_STORY_SIGNAL


def rank_stories(stories: Iterable[Story]) -> list[Story]:
    """Best first, stories without own AI signal after all others; ties broken by earliest first
    post, then id, so the order is deterministic."""
    return sorted(stories, key=lambda s: (not has_signal(s), -s.score, s.first_seen, s.id))
