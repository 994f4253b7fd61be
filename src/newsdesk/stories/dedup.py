"""Dedup: find posts that repeat another post, so a story counts each voice once.

A duplicate is not dropped: it stays in its story's `post_ids` (an editor may want to see
who amplified what), but it does not count as an independent author or platform when the
story is ranked, and it is never the lead. Four kinds of repetition are recognised:

* **exact**: the same normalised text (case, spacing, full-width forms, t.co links and
  @mentions ignored), the typical double-posted ad or cross-posted announcement;
* **near**: character shingles (which work for Chinese, where there are no spaces to split
  words on) with a Jaccard similarity of at least `near_duplicate_jaccard`. Candidates come
  from prefix filtering (Bayardo et al., "Scaling up all pairs similarity search", WWW 2007):
  with shingles ordered rarest first, two sets with Jaccard >= t share one of the first
  |s| - ceil(t |s|) + 1 shingles of each, so an inverted index over those prefixes finds
  every such pair, with no false negatives (MinHash LSH misses some), and the exact Jaccard
  confirms. Short texts are left out: two posts saying "Congrats!" are not copies of each other;
* **repost**: a `Ref` of kind "reposted" points at the original;
* **bare quote**: a quote with no words of its own is a repost in all but name.

The representative of a group is its earliest post (ties by id), so the result does not
depend on input order. Cost is near-linear in the number of posts: shingling plus an inverted index,
no comparison of all pairs.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsdesk.config import StoriesSettings
from newsdesk.model import Post
from newsdesk.stories.text import normalise, own_text, shingles

#: texts shorter than this (normalised, in characters) are matched exactly, never "near"
MIN_NEAR_CHARS = 24
SHINGLE = 3
#: prefix filtering ranks tokens by their frequency in every FREQ_SAMPLE-th set
FREQ_SAMPLE = 8


@dataclass(frozen=True, slots=True)
class DedupResult:
    """Which post repeats which, and how."""

    #: duplicate post id -> its group's representative (the earliest post); representatives absent
    canonical_of: Mapping[str, str]
    #: duplicate post id -> "exact", "near", "repost" or "bare-quote"
    kind_of: Mapping[str, str]

    def representative(self, post_id: str) -> str:
        return self.canonical_of.get(post_id, post_id)

    def is_duplicate(self, post_id: str) -> bool:
        return post_id in self.canonical_of


def _order_key(post: Post) -> tuple[object, str]:
    return (post.created_at, post.id)


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def find_duplicates(posts: Sequence[Post], settings: StoriesSettings) -> DedupResult:
    """Group repeated posts; every group is represented by its earliest member."""
    ordered = sorted(posts, key=_order_key)
    by_id = {p.id: p for p in ordered}
    parent: dict[str, str] = {}
    kind_of: dict[str, str] = {}

    def root(pid: str) -> str:
        while parent.get(pid, pid) != pid:
            pid = parent[pid]
        return pid

    def join(dup: str, original: str, kind: str) -> None:
        a, b = root(dup), root(original)
        if a == b:
            return
        # the earlier post stays the representative, whichever way the evidence points
        first, second = sorted((a, b), key=lambda pid: _order_key(by_id[pid]))
        parent[second] = first
        kind_of.setdefault(second, kind)
        if dup != second:
            kind_of.setdefault(dup, kind)

    # reposts and bare quotes: the referenced post is the original, seen or not
    unseen_groups: dict[str, str] = {}
    for post in ordered:
        reposted = post.ref_ids("reposted")
        bare_quote = () if own_text(post.text) else post.ref_ids("quoted")
        for target, kind in [(t, "repost") for t in reposted] + [(t, "bare-quote") for t in bare_quote]:
            if target in by_id:
                join(post.id, target, kind)
            elif target in unseen_groups:
                join(post.id, unseen_groups[target], kind)
            else:
                unseen_groups[target] = post.id
            break

    # exact copies of the normalised text; the same words months apart ("gm", a recurring
    # promo) are a new post, so a copy must follow the previous one within the window
    window = timedelta(hours=settings.link_window_hours)
    first_with: dict[str, str] = {}
    last_seen: dict[str, Post] = {}
    norm: dict[str, str] = {}
    for post in ordered:
        text = normalise(post.text)
        norm[post.id] = text
        if not text:
            continue
        previous = last_seen.get(text)
        if previous is not None and post.created_at - previous.created_at <= window:
            join(post.id, previous.id, "exact")
        else:
            first_with[text] = post.id
        last_seen[text] = post

    # near copies: prefix filtering proposes, exact Jaccard on the shingle sets confirms;
    # shingles are made as the scan reaches a post and dropped when it leaves the window
    threshold = settings.near_duplicate_jaccard
    items = [(post.id, post.created_at) for post in ordered
             if len(norm[post.id]) >= MIN_NEAR_CHARS and first_with.get(norm[post.id]) == post.id]
    for pid, other in similar_pairs(items, lambda pid: shingles(by_id[pid].text, SHINGLE), threshold, window):
        join(pid, other, "near")

    canonical = {pid: root(pid) for pid in parent if root(pid) != pid}
    return DedupResult(canonical_of=canonical, kind_of={pid: kind_of.get(pid, "near") for pid in canonical})


def similar_pairs(
    items: Sequence[tuple[str, datetime]],
    tokens_of: Callable[[str], set[str] | frozenset[str]],
    threshold: float,
    window: timedelta | None = None,
) -> list[tuple[str, str]]:
    """Every pair (later, earlier) of `items` whose token sets have Jaccard >= `threshold`.

    `items` are (id, time) in time order; with a `window`, pairs further apart in time are
    left out, and only the token sets of the posts inside the window are kept in memory. Per
    item, the earlier matches come in id order. Prefix filtering: tokens are ranked rarest
    first (ties by the token), and only the first |s| - ceil(t |s|) + 1 ranks of each set are
    indexed and probed, which no pair at or above the threshold can miss; posting lists drop
    entries older than the window, so the cost stays near-linear.
    """
    # any fixed order of tokens is correct; rare-first keeps posting lists short, and a sample
    # of the sets (every FREQ_SAMPLE-th) tells rare from common well enough at a fraction of the cost
    freq = Counter(itertools.chain.from_iterable(tokens_of(pid) for pid, _ in items[::FREQ_SAMPLE]))
    seen = {tok: k for k, tok in enumerate(sorted(freq, key=lambda tok: (freq[tok], tok)))}
    ranked = frozenset(seen)
    rank_of = seen.__getitem__
    index: dict[object, list[int]] = defaultdict(list)
    start: dict[object, int] = defaultdict(int)
    live: dict[int, set[str] | frozenset[str]] = {}
    oldest = 0
    pairs: list[tuple[str, str]] = []
    slack = 1e-9  # a longer prefix never misses a pair; float error must not make it shorter
    for k, (pid, when) in enumerate(items):
        if window is not None:
            while when - items[oldest][1] > window:
                live.pop(oldest, None)
                oldest += 1
        tokens = tokens_of(pid)
        if not tokens:
            continue
        live[k] = tokens
        size = len(tokens)
        length = size - math.ceil(threshold * size - slack) + 1
        # tokens missing from the sample come first (rarest), in string order, then the rest by rank
        # (set operations in C: this runs once per post over every shingle)
        unseen = sorted(tokens - ranked)
        prefix: list[object] = list(unseen[:length])
        if len(prefix) < length:
            prefix += sorted(map(rank_of, tokens & ranked))[: length - len(prefix)]
        found: set[int] = set()
        for r in prefix:
            posting = index[r]
            if window is not None:
                first = start[r]
                while first < len(posting) and when - items[posting[first]][1] > window:
                    first += 1
                start[r] = first
                found.update(posting[first:])
            else:
                found.update(posting)
            posting.append(k)
        matched = []
        for j in found:
            theirs = live[j]
            other_size = len(theirs)
            # Jaccard <= smaller / larger size: a cheap test first; then `jaccard` inline (both sets non-empty)
            if min(size, other_size) / max(size, other_size) >= threshold:
                shared = len(tokens & theirs)
                if shared / (size + other_size - shared) >= threshold:
                    matched.append(items[j][0])
        pairs.extend((pid, other) for other in sorted(matched))
    return pairs


def voices(post_ids: Sequence[str], dedup: DedupResult) -> list[str]:
    """The independent posts among `post_ids`: duplicates removed, order kept."""
    return [pid for pid in post_ids if not dedup.is_duplicate(pid)]


def group_members(dedup: DedupResult) -> Mapping[str, list[str]]:
    """Representative -> its duplicates (sorted), for callers that need the groups."""
    groups: dict[str, list[str]] = defaultdict(list)
    for dup, rep in sorted(dedup.canonical_of.items()):
        groups[rep].append(dup)
    return groups
