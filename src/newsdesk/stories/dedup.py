"""Dedup: find posts that repeat another post, so a story counts each voice once.

A duplicate is not dropped: it stays in its story's `post_ids` (an editor may want to see
who amplified what), but it does not count as an independent author or platform when the
story is ranked, and it is never the lead. Four kinds of repetition are recognised:

* **exact**: the same normalised text (case, spacing, full-width forms, t.co links and
  @mentions ignored), the typical double-posted ad or cross-posted announcement;
* **near**: MinHash signatures of character shingles (which work for Chinese, where there
  are no spaces to split words on) found by LSH, then confirmed by an exact Jaccard check so
  the probabilistic index never decides alone. Short texts are left out: two posts saying
  "Congrats!" are not copies of each other;
* **repost**: a `Ref` of kind "reposted" points at the original;
* **bare quote**: a quote with no words of its own is a repost in all but name.

The representative of a group is its earliest post (ties by id), so the result does not
depend on input order. Cost is linear in the number of posts: hashing plus LSH buckets,
no comparison of all pairs.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from datasketch import MinHash, MinHashLSH

from newsdesk.config import StoriesSettings
from newsdesk.model import Post
from newsdesk.stories.text import normalise, own_text, shingles

#: MinHash permutations: 64 keeps the Jaccard estimate within ~0.1, plenty for a 0.8 cut
NUM_PERM = 64
#: texts shorter than this (normalised, in characters) are matched exactly, never "near"
MIN_NEAR_CHARS = 24
SHINGLE = 3


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


#: permutations drawn once: building them is most of the cost of a fresh MinHash
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def _minhash(tokens: set[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme,
                 hashfunc=zlib.crc32)
    mh.update_batch([t.encode("utf-8") for t in sorted(tokens)])
    return mh


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


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

    # near copies: LSH proposes, exact Jaccard on the shingle sets confirms
    threshold = settings.near_duplicate_jaccard
    lsh = MinHashLSH(threshold=max(0.5, threshold - 0.1), num_perm=NUM_PERM)
    sets: dict[str, set[str]] = {}
    for post in ordered:
        if len(norm[post.id]) < MIN_NEAR_CHARS or first_with.get(norm[post.id]) != post.id:
            continue
        sh = shingles(post.text, SHINGLE)
        sets[post.id] = sh
        mh = _minhash(sh)
        for other in sorted(lsh.query(mh)):
            if post.created_at - by_id[other].created_at > window:
                continue
            if jaccard(sh, sets[other]) >= threshold:
                join(post.id, other, "near")
        lsh.insert(post.id, mh)

    canonical = {pid: root(pid) for pid in parent if root(pid) != pid}
    return DedupResult(canonical_of=canonical, kind_of={pid: kind_of.get(pid, "near") for pid in canonical})


def voices(post_ids: Sequence[str], dedup: DedupResult) -> list[str]:
    """The independent posts among `post_ids`: duplicates removed, order kept."""
    return [pid for pid in post_ids if not dedup.is_duplicate(pid)]


def group_members(dedup: DedupResult) -> Mapping[str, list[str]]:
    """Representative -> its duplicates (sorted), for callers that need the groups."""
    groups: dict[str, list[str]] = defaultdict(list)
    for dup, rep in sorted(dedup.canonical_of.items()):
        groups[rep].append(dup)
    return groups
