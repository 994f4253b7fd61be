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
  confirms. The join runs on numpy arrays of numbered shingles, a block of posts at a time
  (see `_join_block`). Short texts are left out: two posts saying "Congrats!" are not copies
  of each other;
* **repost**: a `Ref` of kind "reposted" points at the original;
* **bare quote**: a quote with no words of its own is a repost in all but name.

The representative of a group is its earliest post (ties by id), so the result does not
depend on input order. Cost is near-linear in the number of posts: shingling plus an inverted index,
no comparison of all pairs.
"""

from __future__ import annotations

import array
import multiprocessing
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from newsdesk.config import StoriesSettings
from newsdesk.model import Post
from newsdesk.stories.facts import NO_FACTS, TextFacts

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


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def find_duplicates(posts: Sequence[Post], settings: StoriesSettings, facts: TextFacts = NO_FACTS) -> DedupResult:
    """Group repeated posts; every group is represented by its earliest member (`facts`: the
    window's text facts read ahead, see facts.py)."""
    return start_duplicates(posts, settings, facts=facts)()


def start_duplicates(
    posts: Sequence[Post], settings: StoriesSettings, pool: Executor | None = None, facts: TextFacts = NO_FACTS
) -> Callable[[], DedupResult]:
    """`find_duplicates` in two halves: this call finds reposts and exact copies and starts the
    near-copy join (in worker processes for a large window); the function it returns waits for
    the join and answers. In between, the caller's process is free for other work (the pipeline
    judges relevance meanwhile), where it would otherwise idle while the workers join. `pool`
    (worker processes started earlier, e.g. the pipeline's) joins the blocks instead of new ones:
    a process forked now from this large one would make every page this one then touches a
    copy (~0.5 s of page faults at 100k posts while it judged)."""
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
        if not post.refs:
            continue  # (most posts point at none: a repost or a bare quote points at one)
        reposted = post.ref_ids("reposted")
        bare_quote = () if facts.own_text(post.text) else post.ref_ids("quoted")
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
        text = facts.normalise(post.text)
        norm[post.id] = text
        if not text:
            continue
        previous = last_seen.get(text)
        if previous is not None and post.created_at - previous.created_at <= window:
            join(post.id, previous.id, "exact")
        else:
            first_with[text] = post.id
        last_seen[text] = post

    # near copies: prefix filtering proposes, exact Jaccard on the shingle sets confirms
    threshold = settings.near_duplicate_jaccard
    items = [(post.id, post.created_at) for post in ordered
             if len(norm[post.id]) >= MIN_NEAR_CHARS and first_with.get(norm[post.id]) == post.id]
    near_pairs = start_similar_texts(items, lambda pid: norm[pid].replace(" ", ""), threshold, window, pool=pool)

    def finish() -> DedupResult:
        for pid, other in near_pairs():
            join(pid, other, "near")
        canonical = {pid: root(pid) for pid in parent if root(pid) != pid}
        return DedupResult(canonical_of=canonical, kind_of={pid: kind_of.get(pid, "near") for pid in canonical})

    return finish


def similar_pairs(
    items: Sequence[tuple[str, datetime]],
    tokens_of: Callable[[str], set[str] | frozenset[str]],
    threshold: float,
    window: timedelta | None = None,
) -> list[tuple[str, str]]:
    """Every pair (later, earlier) of `items` whose token sets have Jaccard >= `threshold`.

    `items` are (id, time) in time order; with a `window`, pairs further apart in time are
    left out. Per item, the earlier matches come in id order. Tokens are numbered as they are
    first seen (`TokenNumbers`) and the join runs on arrays (`similar_numbered`).
    """
    numbered = TokenNumbers()
    for pid, _ in items:
        numbered.add(tokens_of(pid))
    return similar_numbered(items, numbered, threshold, window)


class TokenNumbers:
    """Items' token sets as numbers, item after item in one flat array: what the join reads.

    A set of strings per item costs ~100x the memory of its numbers (the wording join of ~30k
    posts held ~100 MB of them in a worker); an item's tokens are numbered as it is added, so its
    set can go at once. A token's number is the count of distinct tokens seen before it."""

    __slots__ = ("ends", "numbers", "tokens")

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.tokens = array.array("q")  #: every item's token numbers, in item order
        self.ends = array.array("q", [0])  #: item k's numbers are tokens[ends[k]:ends[k + 1]]

    def add(self, tokens: set[str] | frozenset[str]) -> None:
        """The next item's tokens (numbered in their iteration order)."""
        number = self.numbers.setdefault
        self.tokens.extend([number(tok, len(self.numbers)) for tok in tokens])
        self.ends.append(len(self.tokens))

    def of(self, k: int) -> set[int]:
        """Item k's token numbers, as a set."""
        return set(self.tokens[self.ends[k] : self.ends[k + 1]])


def similar_numbered(
    items: Sequence[tuple[str, datetime]], numbered: TokenNumbers, threshold: float, window: timedelta | None = None
) -> list[tuple[str, str]]:
    """`similar_pairs` of items whose tokens are numbered already (item k's are `numbered.of(k)`)."""
    np = _numpy()
    tokens = np.frombuffer(numbered.tokens, dtype=np.int64) if len(numbered.tokens) else np.zeros(0, np.int64)
    ends = np.frombuffer(numbered.ends, dtype=np.int64)

    def columns(lo: int, hi: int) -> tuple[Any, Any]:
        # (a copy of the numbers: the join overwrites the int64 array it is given)
        return (np.repeat(np.arange(hi - lo, dtype=np.int32), np.diff(ends[lo : hi + 1])),
                tokens[ends[lo] : ends[hi]].copy())

    return _prefix_join(items, columns, threshold, window)


def similar_texts(
    items: Sequence[tuple[str, datetime]],
    compact_of: Callable[[str], str],
    threshold: float,
    window: timedelta | None = None,
    size: int = SHINGLE,
) -> list[tuple[str, str]]:
    """`similar_pairs` over the character shingles of texts without spaces (as `textfacts.normal.shingles`
    makes them), numbered in bulk: a shingle's number spells its characters, so no set of
    strings is built per post (at 100k posts the sets alone cost seconds). From
    PARALLEL_MIN_ITEMS items on, the blocks are joined by worker processes, one per CPU."""
    return start_similar_texts(items, compact_of, threshold, window, size)()


def start_similar_texts(
    items: Sequence[tuple[str, datetime]],
    compact_of: Callable[[str], str],
    threshold: float,
    window: timedelta | None = None,
    size: int = SHINGLE,
    pool: Executor | None = None,
) -> Callable[[], list[tuple[str, str]]]:
    """`similar_texts`, started: the blocks go to the workers (`pool`, or new ones) now, and the
    function returned waits for their pairs (see `start_duplicates`)."""
    np = _numpy()
    first_in_window, blocks = _blocks(np, items, window)

    def job(block: int, wired: bool) -> tuple[Any, ...]:
        """Block `block`'s arguments, its texts made now: none are kept here once sent (made for every
        block at once and held until all were answered, they and the UTF-8 that pickling them left on
        each were ~25 MB at 100k posts), and as UTF-8 for a worker where not ASCII (`_wired_block_pairs`)."""
        start, context, end = blocks[block]
        texts = [compact_of(pid) for pid, _ in items[context:end]]
        return ([text if text.isascii() else text.encode("utf-8", "surrogatepass") for text in texts] if wired
                else texts, size,
                np.maximum(first_in_window[context:end] - context, 0), start - context, threshold)

    block_pairs = _start_text_blocks(job, len(blocks), len(items), pool)

    def finish() -> list[tuple[str, str]]:
        matched: dict[int, list[int]] = defaultdict(list)
        for (_, context, _), found in zip(blocks, block_pairs(), strict=True):
            for k, j in found:
                matched[k + context].append(j + context)
        return _in_order(items, matched)

    return finish


def _text_block_pairs(
    texts: Sequence[str], size: int, first_in_window: Any, probe_from: int, threshold: float
) -> list[tuple[int, int]]:
    """One block of `similar_texts` (a worker's task): its shingles, then `_join_block`."""
    np = _numpy()
    item, token = _shingle_columns(np, texts, size)
    return _join_block(np, item, token, first_in_window, probe_from, threshold) if len(item) else []


def _wired_block_pairs(
    texts: Sequence[str | bytes], size: int, first_in_window: Any, probe_from: int, threshold: float
) -> list[tuple[int, int]]:
    """`_text_block_pairs` of texts sent as UTF-8 where not ASCII (a worker's task)."""
    return _text_block_pairs([text if isinstance(text, str) else text.decode("utf-8", "surrogatepass")
                              for text in texts], size, first_in_window, probe_from, threshold)


def _start_text_blocks(
    job: Callable[[int, bool], tuple[Any, ...]], count: int, items: int, given: Executor | None = None
) -> Callable[[], list[list[tuple[int, int]]]]:
    """`_text_block_pairs` of each of `count` jobs (`job(k, wired)`: job k's arguments, its texts as
    UTF-8 where not ASCII when `wired`), in order: in worker processes when there are enough items and blocks to share,
    else here (and here too when no process can be started). The jobs are submitted now; the function
    returned collects the answers and shuts the workers down (in this process, the jobs run only when
    it is called). A `given` pool is used, not shut down."""

    def here() -> list[list[tuple[int, int]]]:
        return [_text_block_pairs(*job(k, False)) for k in range(count)]

    workers = min(worker_count(), count)
    if items < PARALLEL_MIN_ITEMS or workers < 2:
        return here
    try:
        pool = given or ProcessPoolExecutor(workers, mp_context=process_context())
    except OSError:
        return here  # no processes to be had here: the same blocks, joined in this process
    try:
        futures = [pool.submit(_wired_block_pairs, *job(k, True)) for k in range(count)]
    except (OSError, BrokenProcessPool, RuntimeError):  # (RuntimeError: a given pool already shut down)
        if pool is not given:
            pool.shutdown(cancel_futures=True)
        return here

    def collect() -> list[list[tuple[int, int]]]:
        try:
            return [future.result() for future in futures]
        except (OSError, BrokenProcessPool):
            return here()  # a worker lost (killed for memory): the same blocks, joined here
        finally:
            if pool is not given:
                pool.shutdown(cancel_futures=True)

    return collect


#: items from which `similar_texts` shares its blocks among worker processes (at 100k posts
#: the join takes ~1.2 s here; a block's texts cost a few ms to send)
PARALLEL_MIN_ITEMS = 20_000
#: worker processes at most (one per CPU, up to this; none on one CPU)
MAX_WORKERS = 4


def worker_count() -> int:
    """Worker processes the story stages may start: one per CPU this process may use, up to
    MAX_WORKERS; none on one CPU."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return min(MAX_WORKERS, cpus) if cpus > 1 else 0


def process_context() -> multiprocessing.context.BaseContext:
    """fork where it is safe: the only thread (a forked child inherits no lock another thread
    holds) on a platform that has it; the worker then starts at once, with the stages imported.
    Else spawn, which imports them afresh (~0.3 s) and, like every spawned process, re-imports
    the caller's main module: a script must keep its work under `if __name__ == "__main__"`."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _shingle_columns(np: Any, texts: Sequence[str], size: int) -> tuple[Any, Any]:
    """(text index, shingle number) of every shingle of `texts`, repeats included."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    chars = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    if not len(chars):
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
    # characters renumbered 1..A-1, so a shingle is a base-A number below A**size, and a text
    # shorter than a shingle (its own one token) is numbered above them by its length
    alphabet = np.sort(chars)
    alphabet = alphabet[np.concatenate(([True], alphabet[1:] != alphabet[:-1]))]
    base = len(alphabet) + 1
    if base**size * (size + 1) * len(texts) >= 2**62:  # more characters than Unicode has
        raise OverflowError(f"{base - 1} distinct characters in one block of texts")
    lookup = np.zeros(int(alphabet[-1]) + 1, dtype=np.int32)
    lookup[alphabet] = np.arange(1, base, dtype=np.int32)
    digits = lookup[chars]
    ends = np.cumsum(lengths)
    span = len(digits) - size + 1
    if span > 0:
        codes = digits[:span].astype(np.int64)
        for i in range(1, size):
            codes *= base
            codes += digits[i : span + i]
        crossing = np.zeros(span, dtype=bool)  # shingles that run from one text into the next
        for back in range(1, size):
            at = ends - back
            crossing[at[(at >= 0) & (at < span)]] = True
        codes = codes[~crossing]
    else:
        codes = np.zeros(0, dtype=np.int64)
    # the shingles left are each text's first len - size + 1 positions, text after text
    owner = np.repeat(np.arange(len(texts), dtype=np.int32), np.maximum(lengths - size + 1, 0))
    short = np.flatnonzero((lengths > 0) & (lengths < size)).tolist()
    if short:
        numbers = []
        for k in short:
            code = 0
            for digit in digits[ends[k] - lengths[k] : ends[k]].tolist():
                code = code * base + digit
            numbers.append(base**size * int(lengths[k]) + code)
        owner = np.concatenate((owner, np.array(short, dtype=np.int32)))
        codes = np.concatenate((codes, np.array(numbers, dtype=np.int64)))
    return owner, codes


def shingles_of(compact: str, size: int = SHINGLE) -> set[str]:
    """Shingles of a text without spaces (`textfacts.normal.shingles` after normalising)."""
    if len(compact) <= size:
        return {compact} if compact else set()
    return {compact[i : i + size] for i in range(len(compact) - size + 1)}


def _numpy() -> Any:
    """numpy, imported on first use: it would add ~0.1 s to every CLI command's start."""
    import numpy

    return numpy


#: items joined at once (with the earlier items inside their window): bounds the join's memory.
#: Dedup's 88k texts at 100k posts: 8k items a block peaked at ~62 MB of arrays, 2k at ~22 MB, and
#: took less CPU too (1.43-1.47 s against 1.67-1.69 s: the arrays' sorts stay in cache)
JOIN_BLOCK = 1 << 11
#: candidate entries (and, when verifying, tokens) handled at once inside a block
JOIN_CHUNK = 1 << 18


def _prefix_join(
    items: Sequence[tuple[str, datetime]],
    columns: Callable[[int, int], tuple[Any, Any]],
    threshold: float,
    window: timedelta | None,
) -> list[tuple[str, str]]:
    """The pairs of `similar_pairs`. `columns(lo, hi)` gives the tokens of items lo..hi-1 as
    parallel (item index - lo, token number) arrays of non-negative integers, repeats allowed.
    The items are joined a block at a time (`_blocks`)."""
    np = _numpy()
    first_in_window, blocks = _blocks(np, items, window)
    matched: dict[int, list[int]] = defaultdict(list)
    for start, context, end in blocks:
        item, token = columns(context, end)
        if len(item):
            for k, j in _join_block(np, item, token, np.maximum(first_in_window[context:end] - context, 0),
                                    start - context, threshold):
                matched[k + context].append(j + context)
    return _in_order(items, matched)


def _blocks(
    np: Any, items: Sequence[tuple[str, datetime]], window: timedelta | None
) -> tuple[Any, list[tuple[int, int, int]]]:
    """For each item the first one inside its window, and the blocks (start, context, end) to
    join: items start..end-1 are joined with the earlier ones from `context` on.

    With a window, items are joined in blocks of JOIN_BLOCK: a block is joined together with
    the earlier items inside its first item's window (whose pairs among themselves an earlier
    block found), so memory stays bounded and each block ranks its tokens its own way (any
    order is exact, as long as both sides of a pair use the same one). A block is at least as
    long as its context, so no item is joined more than twice over.
    """
    n = len(items)
    if window is None:
        return np.zeros(n, dtype=np.int64), ([(0, 0, n)] if n else [])
    micro = timedelta(microseconds=1)
    epoch = items[0][1] if items else datetime.min
    times = np.fromiter(((when - epoch) // micro for _, when in items), dtype=np.int64, count=n)
    first_in_window = np.searchsorted(times, times - window // micro, side="left")
    blocks = []
    start = 0
    while start < n:
        context = int(first_in_window[start])
        end = min(n, start + max(JOIN_BLOCK, start - context))
        blocks.append((start, context, end))
        start = end
    return first_in_window, blocks


def _in_order(items: Sequence[tuple[str, datetime]], matched: Mapping[int, list[int]]) -> list[tuple[str, str]]:
    """(later id, earlier id) pairs: later items in item order, each one's matches by id."""
    pairs: list[tuple[str, str]] = []
    for k in sorted(matched):
        pid = items[k][0]
        pairs.extend((pid, other) for other in sorted(items[j][0] for j in matched[k]))
    return pairs


def _join_block(
    np: Any, item: Any, token: Any, first_in_window: Any, probe_from: int, threshold: float
) -> list[tuple[int, int]]:
    """Pairs (k, j), j < k, k >= probe_from, of the block's items with Jaccard >= threshold.

    Prefix filtering, on arrays: tokens are ranked rarest first (document frequency, ties by
    number); an item of s tokens is indexed and probed by its first s - ceil(t s) + 1 ranks, and
    no pair at or above the threshold can miss sharing one of them (Bayardo et al. 2007). Items
    inside the window sharing a prefix rank are candidates. Two exact bounds drop most of them
    before any set is compared: Jaccard <= smaller / larger size, and the positional bound of
    PPJoin (Xiao et al., "Efficient similarity joins for near duplicate detection", WWW 2008): the
    overlap is at most the shared prefix ranks plus what follows the last of them in both sets
    (or one plus what follows the first). The survivors' overlaps are counted by sorting their
    tokens together, and Jaccard = overlap / union is compared with the threshold in floats, as
    it always was.
    """
    n = len(first_in_window)
    # distinct (token, item) by token: a token's run length is its document frequency
    key = _pair_keys(np, token, item, n)
    del token, item
    run = key // n
    heads = np.flatnonzero(np.concatenate(([True], run[1:] != run[:-1])))
    del run
    freq = np.diff(np.append(heads, len(key)))
    item = (key % n).astype(np.int32)
    del key
    # rarest first, ties by token (runs are in token order): any fixed order finds every pair,
    # rare-first keeps the candidates few
    rank_of_run = np.empty(len(heads), dtype=np.int32)
    rank_of_run[np.lexsort((np.arange(len(heads)), freq))] = np.arange(len(heads), dtype=np.int32)
    rank = np.repeat(rank_of_run, freq)
    del rank_of_run, freq, heads
    # each item's tokens, rarest first
    distinct = int(rank.max()) + 1
    key = _pair_keys(np, item, rank, distinct)
    del item, rank
    item = (key // distinct).astype(np.int32)
    rank = (key % distinct).astype(np.int32)
    del key
    sizes = np.bincount(item, minlength=n)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    position = np.arange(len(item), dtype=np.int64) - offsets[item]
    slack = 1e-9  # a longer prefix never misses a pair; float error must not make it shorter
    prefix_len = sizes - np.ceil(threshold * sizes - slack).astype(np.int64) + 1
    in_prefix = position < prefix_len[item]
    p_item = item[in_prefix].astype(np.int64)
    p_rank = rank[in_prefix].astype(np.int64)
    p_pos = position[in_prefix]
    del item, position, in_prefix
    # prefix entries by (rank, item): an entry's candidates are the entries before it in its
    # rank's run whose items lie inside the window
    p_key = p_rank * n + p_item
    order = np.argsort(p_key, kind="stable")
    p_key, p_item, p_pos = p_key[order], p_item[order], p_pos[order]
    lo = np.searchsorted(p_key, p_key - p_item + first_in_window[p_item], side="left")
    counts = np.where(p_item >= probe_from, np.arange(len(p_key), dtype=np.int64) - lo, 0)
    del p_key, p_rank, order
    # entries by item (rank order kept within one), cut into chunks of whole items
    by_item = np.argsort(p_item, kind="stable")
    item_starts = np.searchsorted(p_item[by_item], np.arange(n + 1), side="left")
    done_before = np.concatenate(([0], np.cumsum(np.bincount(p_item, weights=counts, minlength=n))))
    found: list[Any] = []
    k0 = probe_from
    while k0 < n:
        k1 = int(np.searchsorted(done_before, done_before[k0] + JOIN_CHUNK, side="right")) - 1
        k1 = min(max(k1, k0 + 1), n)
        entries = by_item[item_starts[k0] : item_starts[k1]]
        k0 = k1
        reps = counts[entries]
        total = int(reps.sum())
        if not total:
            continue
        mine = np.repeat(entries, reps)
        # entry e's candidates are the entries lo[e] .. e-1 of its rank's run
        theirs = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(reps) - reps, reps)
        theirs += np.repeat(lo[entries], reps)
        ck, cj, ci, cp = p_item[mine], p_item[theirs], p_pos[mine], p_pos[theirs]
        del mine, theirs
        # one run per pair, its entries in rank order (the stable sort keeps it)
        pair = ck * n + cj
        group_order = np.argsort(pair, kind="stable")
        pair, ci, cp = pair[group_order], ci[group_order], cp[group_order]
        heads = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1])))
        tails = np.append(heads[1:], len(pair)) - 1
        k, j = pair[heads] // n, pair[heads] % n
        sk, sj = sizes[k], sizes[j]
        # shared tokens lie at or after the pair's first shared prefix rank; those after its last
        # one are at most what follows it in the shorter of the two sets
        first_bound = 1 + np.minimum(sk - ci[heads] - 1, sj - cp[heads] - 1)
        last_bound = (tails - heads + 1) + np.minimum(sk - ci[tails] - 1, sj - cp[tails] - 1)
        bound = np.minimum(first_bound, last_bound)
        keep = (np.minimum(sk, sj) / np.maximum(sk, sj) >= threshold) & (bound / (sk + sj - bound) >= threshold)
        found.append(np.stack((k[keep], j[keep])))
    if not found:
        return []
    k, j = np.concatenate(found, axis=1)
    shared = _overlaps(np, k, j, rank, offsets, sizes)
    sk, sj = sizes[k], sizes[j]
    confirmed = shared / (sk + sj - shared) >= threshold
    return list(zip(k[confirmed].tolist(), j[confirmed].tolist(), strict=True))


def _pair_keys(np: Any, major: Any, minor: Any, minor_bound: int) -> Any:
    """The distinct pairs (major, minor) as sorted keys major * minor_bound + minor. An int64
    `major` is overwritten (it becomes the keys before they are deduplicated)."""
    if (int(major.max()) + 1) * minor_bound >= 2**63:
        raise OverflowError("too many distinct tokens to number")  # callers keep keys far below this
    key = major if major.dtype == np.int64 else major.astype(np.int64)
    key *= minor_bound
    key += minor
    key.sort()
    return key[np.concatenate(([True], key[1:] != key[:-1]))]


def _overlaps(np: Any, k: Any, j: Any, rank: Any, offsets: Any, sizes: Any) -> Any:
    """|tokens(k) & tokens(j)| for each pair: both token lists, tagged with the pair, sorted
    together; a token the two share shows up twice in a row. In batches of JOIN_CHUNK tokens."""
    shared = np.zeros(len(k), dtype=np.int64)
    width = int(rank.max()) + 1 if len(rank) else 1
    load = np.cumsum(sizes[k] + sizes[j])
    p0 = 0
    while p0 < len(k):
        p1 = max(int(np.searchsorted(load, (load[p0 - 1] if p0 else 0) + JOIN_CHUNK, side="right")), p0 + 1)
        owners = np.concatenate((k[p0:p1], j[p0:p1]))
        tags = np.concatenate((np.arange(p0, p1), np.arange(p0, p1)))
        lengths = sizes[owners]
        total = int(lengths.sum())
        at = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        at += np.repeat(offsets[owners], lengths)
        key = np.repeat(tags - p0, lengths) * width + rank[at]
        key.sort()
        twice = key[1:][key[1:] == key[:-1]]
        shared[p0:p1] = np.bincount(twice // width, minlength=p1 - p0)
        p0 = p1
    return shared


def voices(post_ids: Sequence[str], dedup: DedupResult) -> list[str]:
    """The independent posts among `post_ids`: duplicates removed, order kept."""
    return [pid for pid in post_ids if not dedup.is_duplicate(pid)]


def group_members(dedup: DedupResult) -> Mapping[str, list[str]]:
    """Representative -> its duplicates (sorted), for callers that need the groups."""
    groups: dict[str, list[str]] = defaultdict(list)
    for dup, rep in sorted(dedup.canonical_of.items()):
        groups[rep].append(dup)
    return groups
