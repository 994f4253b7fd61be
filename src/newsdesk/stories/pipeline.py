"""The story stages as one call: posts in, ranked stories (picks marked) and dropped posts out.

    posts ─relevance─▶ verdicts ─dedup─▶ copies ─cluster─▶ groups ─story─▶ Story ─rank─▶ ─novelty─▶ ─select─▶ result
                                                              │                               │
                                                              └─ no AI post ─▶ dropped        └─ repeats ─▶ dropped

Relevance is judged per post, but a story is judged as a whole: a post that says only
"whoa!" or is a bare link, yet quotes a launch or continues a thread about it, belongs to
that story. So every non-ad post is clustered, posts that fail relevance join only on strong
evidence (references, threads, shared links), and a group becomes a story only when at
least one of its posts is AI news on its own. Everything else is `dropped` with the reason
of its verdict.

Deterministic and independent of input order: posts are sorted by (time, id) first, and
every later step iterates in that order or over sorted keys.

A large window (PARALLEL_MIN_POSTS and up, history included) has its per-post text work
(relevance score, own and normalised text, entities, link keys) done by worker processes, one
per CPU, whose answers the run keeps in its own `TextFacts` (facts.py) and passes to the stages:
the answers are what this process would compute, so the result is the same byte for byte; only
the time differs. The same workers then join dedup's blocks and read clustering's wording evidence and
rank's figures, and ranking hands half of its clusters to a child forked at that point
(`_score_clusters`). Small windows, the normal case, never start a process.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import gc
import itertools
import os
import pickle
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any

from newsdesk.config import Settings, StoriesSettings
from newsdesk.model import Dropped, Post, Story, utc
from newsdesk.stories import rank, relevance
from newsdesk.stories.cluster import (
    Cluster,
    PostFeatures,
    announced,
    announcements,
    announcing_posts,
    cluster_posts,
    features_of,
    forget_tokens,
    gather_evidence,
    subjects,
    tokens_of_normal,
    wording_evidence,
)
from newsdesk.stories.dedup import (
    PARALLEL_MIN_ITEMS,
    DedupResult,
    find_duplicates,
    process_context,
    start_duplicates,
    voices,
    worker_count,
)
from newsdesk.stories.facts import NO_FACTS, TextFacts
from newsdesk.stories.novelty import Carried, apply_novelty
from newsdesk.stories.novelty import Verdict as NoveltyVerdict
from newsdesk.stories.relevance import Verdict, judge_posts, score_text
from newsdesk.stories.select import select_stories
from newsdesk.textfacts import entities as entity_facts
from newsdesk.textfacts import links as link_facts
from newsdesk.textfacts.entities import extract_entities
from newsdesk.textfacts.kinds import detect_kinds
from newsdesk.textfacts.links import link_keys_of
from newsdesk.textfacts.makers import MAKERS
from newsdesk.textfacts.normal import body_of, normalise, own_text, post_body, strip_urls


@dataclass(frozen=True, slots=True)
class StoryResult:
    """What the story stages made of a window of posts."""

    stories: tuple[Story, ...]  #: every story, rank order (best first); the picks have selected=True
    dropped: tuple[Dropped, ...]  #: posts in no story, with reason
    #: {"posts": .., "relevant": .., "after_dedup": .., "stories": .., "selected": .., "repeats": .., "updates": ..}
    counts: Mapping[str, int]
    #: stories matched to an earlier edition's: left out as repeats or kept as updates, and why
    novelty: tuple[NoveltyVerdict, ...] = ()


def build_stories(
    posts: Sequence[Post],
    *,
    now: datetime,
    settings: Settings,
    source_weights: Mapping[str, float] | None = None,
    history: Sequence[Post] = (),
    carried: Sequence[Carried] = (),
    on_stage: Callable[[str], None] | None = None,
    embed: Callable[[Sequence[Post]], Mapping[str, Any]] | None = None,
    houses: Mapping[str, str] | None = None,
) -> StoryResult:
    """Filter, dedup, cluster, rank and select `posts` as of `now`.

    `history` (earlier posts, e.g. the store's last `baseline_days`) only informs author
    baselines (engagement, relevance priors); it never becomes a story. `carried` are the
    stories recent editions printed (see novelty.py): a story matching one is left out before
    selection, so its slot goes to the next story, unless it has news (then `update_of`).
    `on_stage(name)` is called as each stage ends ("relevance", "dedup", "cluster", "rank"):
    the benchmark's stopwatch, no output of its own. `embed` (embed.make_post_embedder) turns
    the AI posts into unit vectors for clustering's embedding evidence; it reaches the network
    or a model, so the shell passes it in, and it answers {} rather than fail. `houses`: the
    organisation each listed account speaks for (`sourcelist.source_houses`), so one lab's accounts
    announcing one thing make one story (cluster.py, tier 10b).
    """
    with _cyclic_gc_paused():
        return _build_stories(posts, now=now, settings=settings, source_weights=source_weights,
                              history=history, carried=carried, on_stage=on_stage, embed=embed, houses=houses)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the stages run.

    The stages allocate millions of small acyclic objects (token sets, tuples, strings), and
    every full collection rescans all of them: at 100k posts that was ~11 s of ~40, and it
    grows faster than the posts. Reference counting still frees everything they drop.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: a window of at least this many posts (history included) has its posts' texts read by worker
#: processes; smaller ones, the normal case, stay in this process. Measured on 2 CPUs: 5k posts
#: 0.70 s -> 0.57 s, 10k 1.28 s -> 1.05 s, 20k 2.62 s -> 2.11 s (forking costs ~10 ms, spawning
#: ~0.3 s)
PARALLEL_MIN_POSTS = 5_000
#: posts sent to a worker at once: big enough that pickling is cheap next to the work
FACTS_CHUNK = 2_000
#: the last this many chunks' posts go in quarter chunks (`_chunk_starts`)
TAIL_CHUNKS = 2
#: what `read_texts` reads per post: title, text, links
PostText = tuple[str, str, tuple[str, ...]]
#: what a worker is sent per post: title and text as `_wire` sends them, links
WiredText = tuple[str | bytes, str | bytes, tuple[str, ...]]
#: what it answers: score, hits, is an ad (`relevance.score_text`), own_text(text), normalise(text),
#: (posts likely relevant only) the body's entities, the link keys, and (likely only) the body's news kinds
PostFacts = tuple[float, tuple[str, ...], bool, str, str, frozenset[str] | None, frozenset[str], frozenset[str] | None]


def read_texts(rows: Sequence[PostText], threshold: float) -> list[PostFacts]:
    """What relevance, dedup and clustering ask of each post's text, answered at once (the
    workers' task).

    Pure and per post, so it does not matter which process answers: the answers are the
    ones the stages would compute, and they reach the stages in the run's `TextFacts`. News
    kinds and entities are read only for posts whose own score reaches `threshold` (those
    clustering will likely ask about: a third of them; relevance reads only the versioned names,
    `scored_entities`); sent for every post, kinds cost more memory than they save time, and
    the others' full entities (~9 us a post) were read for the ~5% of them a stage then asks
    about (this process reads those itself). Wording tokens are not read here: clustering reads
    a post's own when it first compares them (`PostFeatures.tokens`), and the wording worker its
    posts' (`_start_wording`).
    """
    facts: list[PostFacts] = []
    for title, text, links in rows:
        body = body_of(title, text)  # as post_body
        score, hits, is_ad = score_text(body, text, links)
        likely = score >= threshold and not is_ad
        facts.append((score, hits, is_ad, own_text(text), normalise(text), extract_entities(body) if likely else None,
                      link_keys_of(text, links), detect_kinds(body) if likely else None))
    return facts


#: the caches of per-text answers a worker fills (not `_url_key`: links repeat across posts)
_TEXT_CACHES = (strip_urls, own_text, normalise, link_facts._link_keys, entity_facts._extract_entities,
                entity_facts._versioned_of, detect_kinds, relevance._term_score, relevance.ad_score)


def _wire(text: str) -> str | bytes:
    """A text as a worker is sent it: an ASCII text as it is, any other as UTF-8 made here and dropped
    once sent. Pickling a str that is not ASCII makes its UTF-8 and keeps it on the str for as long as
    the str lives (CPython caches it): the posts' texts, normalised bodies and figures' texts this
    process keeps grew ~33 MB at 100k posts. (An ASCII str is its own UTF-8: nothing is kept.)"""
    return text if text.isascii() else text.encode("utf-8", "surrogatepass")


def _unwire(data: str | bytes) -> str:
    return data if isinstance(data, str) else data.decode("utf-8", "surrogatepass")


def _read_texts_packed(rows: Sequence[WiredText], threshold: float) -> bytes:
    """`read_texts` of wired rows, pickled by the worker: the pool's result thread then receives one
    bytes object, and the answers' many small objects are made by this process's main thread when it
    unpickles them (made on the result thread, they sat in a malloc arena of their own: ~200 MB
    more peak memory at 100k posts)."""
    texts = [(_unwire(title), _unwire(text), links) for title, text, links in rows]
    packed = pickle.dumps(read_texts(texts, threshold), protocol=pickle.HIGHEST_PROTOCOL)
    # every text a worker reads is new to it, so what its text caches hold never answers again
    # there (this process keeps its own): emptied, a worker stays ~100 MB smaller at 100k posts
    for cached in _TEXT_CACHES:
        cached.cache_clear()
    return packed


@contextlib.contextmanager
def _worker_pool(posts: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes for a window of `posts` posts (history included): one per CPU from
    PARALLEL_MIN_POSTS, else (or where no process can be had) None. The same workers read the
    texts and then join dedup's blocks: forked at the start, while this process is small, and
    not again once it holds every answer (a process forked from a large one makes each page the
    parent then writes a copy: ~0.5 s of page faults at 100k posts while it judged relevance)."""
    workers = worker_count()
    if posts < PARALLEL_MIN_POSTS or workers < 1:
        yield None
        return
    try:
        pool = ProcessPoolExecutor(workers, mp_context=process_context())
    except OSError:
        yield None
        return
    with pool:
        yield pool


def _text_facts(
    posts: Sequence[Post],
    window_ids: frozenset[str],
    conf: StoriesSettings,
    known: frozenset[str],
    pool: ProcessPoolExecutor | None,
    facts: TextFacts,
) -> tuple[dict[str, tuple[float, tuple[str, ...], bool]], dict[str, tuple[bool, PostFeatures]],
           tuple[dict[str, relevance.OwnParts], dict[str, float]] | None]:
    """Relevance scores by post id for a large window, read by worker processes, and the
    clustering features of the window's posts made meanwhile; both empty for a small window
    (relevance then scores each post itself). Meanwhile too, what `judge_posts` reads before
    author priors (`relevance.own_parts` of the window's posts, the priors' counts of all): its
    `prepared`, None unless every post was answered (with ids each once).

    The posts go out in chunks; the answers come back in order, the scores to relevance and the
    rest into `facts`. This process does not read texts itself
    (reading alongside its workers made it slow to take their answers, which then waited), but
    while they read it makes each answered post's `features_of`: full for a post whose score
    alone reaches `threshold`, light for the others. Priors can still move a post across the
    threshold, so the caller checks each guess and makes the features again where it was wrong.
    """
    if pool is None:
        return {}, {}, None
    threshold = conf.relevance_threshold
    chunks = [posts[i:j] for i, j in itertools.pairwise(_chunk_starts(len(posts)))]
    rows = ([(_wire(p.title), _wire(p.text), p.links) for p in chunk] for chunk in chunks)
    scored: dict[str, tuple[float, tuple[str, ...], bool]] = {}
    early: dict[str, tuple[bool, PostFeatures]] = {}
    parts: dict[str, relevance.OwnParts] = {}
    counts = relevance.PriorCounts(threshold, facts)
    try:
        read = functools.partial(_read_texts_packed, threshold=threshold)
        for k, (chunk, packed) in enumerate(zip(chunks, _map_ahead(pool, read, rows), strict=True)):
            if k == 1:
                import numpy  # noqa: F401 - dedup's join needs it next: imported now, while the workers read
                # (imported as dedup starts it, it took ~0.15 s while both workers waited)
            _take_facts(chunk, pickle.loads(packed), scored, facts)
            for post in chunk:
                answer = scored[post.id]
                score, _, is_ad = answer
                counts.add(post, score, is_ad)
                if post.id in window_ids:
                    parts[post.id] = relevance.own_parts(post, answer, conf, known, facts)
                    if not is_ad:
                        light = score < threshold
                        early[post.id] = (light, features_of(post, light=light, facts=facts))
    except (OSError, BrokenProcessPool):
        # no processes to be had here (a sandbox without semaphores, a worker killed for memory):
        # what arrived is right, and the stages compute the rest themselves, only slower
        pass
    prepared = (parts, counts.priors()) if len(scored) == len(posts) else None
    return scored, early, prepared


_NOTHING: frozenset[str] = frozenset()


def _chunk_starts(count: int) -> list[int]:
    """Where the chunks of `count` posts start (and `count`, where the last ends): FACTS_CHUNK posts each, the
    last TAIL_CHUNKS of that size cut in quarters. A worker that answers its last chunk while the other still
    reads one idles until the verdicts (which need every answer), and this process takes the last answer
    alone: quarter chunks at the end cut both waits to a quarter (~0.2 s -> ~0.05 s at 100k posts)."""
    tail = max(0, count - TAIL_CHUNKS * FACTS_CHUNK)
    step = max(1, FACTS_CHUNK // 4)
    return [*range(0, tail, FACTS_CHUNK), *range(tail, count, step), count]


def _map_ahead(pool: ProcessPoolExecutor, fn: Callable[[Any], bytes], jobs: Iterator[Any]) -> Iterator[bytes]:
    """`pool.map(fn, jobs)` with only a few jobs sent and unanswered at a time (each worker's, and three
    queued behind each, so none idles while this process takes an answer): `Executor.map` makes and
    sends every job at once, and each stays in this process until its answer comes (~40 MB of wired
    texts at 100k posts, all at the start)."""
    ahead = 4 * max(1, worker_count())
    sent: collections.deque[Future[bytes]] = collections.deque()
    try:
        for job in jobs:
            sent.append(pool.submit(fn, job))
            if len(sent) >= ahead:
                yield sent.popleft().result()
        while sent:
            yield sent.popleft().result()
    finally:
        for future in sent:  # (left early: what was not started is not run)
            future.cancel()


def _take_facts(
    posts: Sequence[Post],
    answers: Sequence[PostFacts],
    scored: dict[str, tuple[float, tuple[str, ...], bool]],
    facts: TextFacts,
) -> None:
    """Keep a worker's answers: scores by post id, the rest in the run's `facts`."""
    own, norm, entities, keys, kinds = {}, {}, {}, {}, {}
    for post, (score, hits, is_ad, mine, normal, ents, links, kind) in zip(posts, answers, strict=True):
        scored[post.id] = (score, hits, is_ad)
        body = post_body(post)
        # one object for equal answers, as this process's own caches would have: the post's own
        # text when nothing was stripped, one empty set (most posts name no entity or link)
        own[post.text] = post.text if mine == post.text else mine
        norm[post.text] = normal
        if ents is not None:
            entities[body] = ents or _NOTHING
        keys[(post.text, post.links)] = links or _NOTHING
        if kind is not None:
            kinds[body] = kind or _NOTHING
    for name, table in (("own_text", own), ("normalise", norm), ("entities", entities), ("link_keys", keys),
                          ("kinds", kinds)):
        facts.add(name, table)


def _build_stories(
    posts: Sequence[Post],
    *,
    now: datetime,
    settings: Settings,
    source_weights: Mapping[str, float] | None,
    history: Sequence[Post],
    carried: Sequence[Carried],
    on_stage: Callable[[str], None] | None,
    embed: Callable[[Sequence[Post]], Mapping[str, Any]] | None = None,
    houses: Mapping[str, str] | None = None,
) -> StoryResult:
    mark = on_stage or (lambda _stage: None)
    now = utc(now)
    conf = settings.stories
    unique = sorted({p.id: p for p in sorted(posts, key=lambda p: p.id)}.values(),
                    key=lambda p: (p.created_at, p.id))
    by_id = {p.id: p for p in unique}
    window_ids = set(by_id)
    past = [p for p in history if p.id not in window_ids]

    known = frozenset(k.lower() for k in (source_weights or {}))
    facts = TextFacts()  # this run's: what its workers read, passed to each stage
    with _worker_pool(len(past) + len(unique)) as pool:
        scored, early, prepared = _text_facts([*past, *unique], frozenset(window_ids), conf, known, pool, facts)
        # the workers' scores already tell which posts are ads, all dedup needs (its join runs in
        # the same workers, while this process makes features and gathers clustering's evidence)
        started = [p for p in unique if not relevance.is_ad(p, conf, scored[p.id])] if scored else None
        if pool is not None and len(started or ()) < PARALLEL_MIN_ITEMS:
            # dedup will join here: the workers go now, not after the verdicts (a forked child
            # alive makes each page this process writes a copy: 10k posts took 0.15 s more)
            pool.shutdown()
            pool = None
        # the figures rank reads go to a worker first for the posts whose own words make them likely AI news
        # (`early` features made full): a text's figures need no verdict, so a worker reads them while this
        # process judges relevance, where both had idled (~0.7 s at 100k posts); the posts author priors make
        # relevant follow once judged. (A post read here that the verdicts leave out is never asked about.)
        likely = [p for p in unique if (made := early.get(p.id)) is not None and not made[0]]
        early_figures = _start_figures(likely, pool, facts) if len(likely) >= PARALLEL_MIN_ITEMS else None
        verdicts = judge_posts(unique, conf, past, known_authors=known, scored=scored, facts=facts, prepared=prepared)
        # what is used up goes as soon as it is (here and below): each MB this process holds at ranking's
        # fork can become two, and the workers are alive until dedup's answer
        del scored, prepared, window_ids
        mark("relevance")
        candidates = [p for p in unique if verdicts[p.id].reason != "ad"]
        weak_posts = frozenset(p.id for p in candidates if not verdicts[p.id].relevant)
        # clustering's wording evidence and the figures rank reads in the relevant posts go to the
        # workers first: they read them while this process starts dedup (reposts, exact copies and
        # the join's blocks: ~0.5 s at 100k posts, in which the workers had nothing to do), then join
        relevant = [p for p in candidates if p.id not in weak_posts]
        # the posts author priors made relevant need full features, whose entities and kinds the workers
        # read only for the likely ones: sent first, a worker reads them while this process starts dedup
        promoted = [p for p in relevant if (made := early.get(p.id)) is not None and made[0]]
        promoted_facts = _start_body_facts(promoted, pool)
        del promoted
        wording = _start_wording(relevant, conf, pool, facts)
        if early_figures is None:
            figures = [_start_figures(relevant, pool, facts)]
        else:
            read = {p.id for p in likely}
            figures = [early_figures, _start_figures([p for p in relevant if p.id not in read], pool, facts, least=1)]
            del read
        del likely, relevant
        pending = start_duplicates(started, conf, pool=pool, facts=facts) if started is not None else None
        promoted_facts(facts)
        del promoted_facts
        feats = {p.id: _features(p, p.id in weak_posts, early, facts) for p in candidates}
        early.clear()
        if pool is not None:
            # nothing more is sent: the workers leave as their queue empties (their answers still
            # arrive) instead of living on while this process gathers clustering's evidence, where
            # each page it touches would be copied (~30 MB more of the process tree's peak at 100k)
            pool.shutdown(wait=False)
        # clustering's evidence needs no dedup answer: gathered here, this process's clustering runs
        # while the workers still join dedup's blocks and read the figures (it had waited for them,
        # then clustered with the other core idle); only copies, embeddings and merging wait
        # what the hours before the window announced: its posts after a launch are that launch's story
        start = unique[0].created_at if unique else now
        since = start - timedelta(hours=conf.entity_window_hours)
        quoted = announcing_posts((p for p in past if since <= p.created_at < start), facts)
        evidence = gather_evidence(candidates, conf, feats, strong_only=weak_posts, wording=wording is None,
                                   facts=facts, houses=houses, before=announcements(quoted), quoted=quoted)
        if wording is not None:
            evidence = replace(evidence, weak=evidence.weak + tuple(wording()))
        dedup = pending() if pending is not None else None
        if dedup is None or started != candidates:  # (never differs: `is_ad` is the verdict's own rule)
            dedup = find_duplicates(candidates, conf, facts)
        mark("dedup")
        for collect in figures:
            collect()
        del wording, pending, figures, early_figures, started
    # the workers go before clustering, where this process grows most: kept alive through it, they
    # took the process tree (PSS) past 1 GB at 100k posts
    # copies are merged already and chatter may not join on likeness: embed only the AI originals
    originals = [p for p in candidates if p.id not in weak_posts and not dedup.is_duplicate(p.id)]
    vectors = embed(originals) if embed else {}
    clusters = cluster_posts(candidates, conf, dedup, feats, strong_only=weak_posts, vectors=vectors,
                             evidence=evidence)
    del evidence, vectors
    forget_tokens()
    mark("cluster")

    baselines = rank.author_baselines((*past, *unique))
    scores = {pid: v.score for pid, v in verdicts.items() if v.relevant}
    signals = {pid: v.signal for pid, v in verdicts.items() if v.reason != "empty"}
    stories: list[Story] = []
    dropped: list[Dropped] = []
    in_story: set[str] = set()
    story_voices: dict[str, list[str]] = {}
    def listed_news(post: Post) -> bool:
        """A listed account saying something shipped ("Baidu just released Unlimited-OCR", "Introducing
        ...", "Computer now connects with Plaid") in words the lexicon does not know as AI: the editor listed
        it for AI, and a release is its news. (Its other kinds stay out: "incident", "funding" and "paper"
        words fill its chatter too: "the attack at ...", "seed round", "SOTA oranges".) Kept as a story, it
        still ranks without own-words signal, after all others (`rank.has_signal`)."""
        return relevance.author_key(post) in known and (
            "release" in facts.kinds(post_body(post)) or rank.announces(facts.own_text(post.text)))

    def score(cluster: Cluster) -> tuple[Story, list[str]] | None:
        if not any(verdicts[pid].relevant for pid in cluster.post_ids) or not any(
                verdicts[pid].signal > 0 or by_id[pid].ref_ids("quoted") or listed_news(by_id[pid])
                for pid in cluster.post_ids):
            return None  # AI only through its author's prior: "That's what he said", not AI news
        story = _make_story(cluster, by_id, feats, dedup, verdicts, facts)
        story_voiced = voices(story.post_ids, dedup)
        return rank.score_story(
            story, by_id, story_voiced, now=now, settings=conf,
            baselines=baselines, relevance=scores, source_weights=source_weights, signals=signals, facts=facts,
        ), story_voiced

    # (a small window, the normal case, starts no process here either). Only clusters with a relevant post
    # can become stories (`score`'s first test): the others are left out before ranking may fork, so
    # neither process touches them (each page either touches once the child is forked becomes two)
    maybe = [c for c in clusters if any(verdicts[pid].relevant for pid in c.post_ids)]
    fork = len(past) + len(unique) >= PARALLEL_MIN_POSTS and len(clusters) >= PARALLEL_RANK_MIN
    for story, story_voiced in _score_clusters(maybe, score, fork=fork):
        story_voices[story.id] = story_voiced
        stories.append(story)
        in_story.update(story.post_ids)
    for post in unique:
        if post.id not in in_story:
            verdict = verdicts[post.id]
            dropped.append(Dropped(post.id, verdict.reason or "off-topic"))

    fresh, repeats, novelty = apply_novelty(rank.rank_stories(stories), by_id, carried, story_voices)
    dropped.extend(repeats)
    ranked = select_stories(fresh, by_id, settings.edition, facts)
    mark("rank")
    counts = {
        "posts": len(unique),
        "relevant": sum(1 for v in verdicts.values() if v.relevant),
        "after_dedup": sum(1 for pid in in_story if not dedup.is_duplicate(pid)),
        "stories": len(ranked),
        "selected": sum(1 for s in ranked if s.selected),
        "repeats": sum(1 for v in novelty if not v.update),
        "updates": sum(1 for v in novelty if v.update),
    }
    return StoryResult(stories=tuple(ranked), dropped=tuple(dropped), counts=counts, novelty=tuple(novelty))


def _figures_packed(texts: Sequence[tuple[str | bytes, str | bytes]]) -> bytes:
    """`rank.figures_in` of each (wired) title and text, and `rank.announces` of each from its own text
    (read ahead, so the worker does not read it again), pickled by the worker (see `_read_texts_packed`)."""
    return pickle.dumps([(rank.figures_in(_unwire(joined)), rank.announces(_unwire(own))) for joined, own in texts],
                        protocol=pickle.HIGHEST_PROTOCOL)


#: clusters (all of a window's, with a relevant post or not) from which ranking shares the ones with a
#: relevant post with a forked child process (where fork is safe)
PARALLEL_RANK_MIN = 4_000
_STORY_FIELDS = tuple(f.name for f in fields(Story))


def _score_clusters(
    clusters: Sequence[Cluster], score: Callable[[Cluster], tuple[Story, list[str]] | None], fork: bool = True
) -> list[tuple[Story, list[str]]]:
    """`score` of each cluster, in order, the Nones left out. A large window's second half is scored
    by a child process forked now, while this one scores the first (~1.6 s at 100k posts here, on
    one core while the other idled): the child has every answer the stages made, without a byte
    sent, and pipes back only its stories and their voices. The pool's workers could not: forked
    at the start, they hold none of the answers, and sending them costs more than scoring. Without
    fork (or not `fork`, the caller's answer to whether the window is large enough, or where it fails, or the
    child does), this process scores them all; the same stories."""
    def here(part: Sequence[Cluster]) -> list[tuple[Story, list[str]]]:
        return [found for cluster in part if (found := score(cluster)) is not None]

    if not fork or len(clusters) < 2 or process_context().get_start_method() != "fork":
        return here(clusters)
    half = len(clusters) // 2
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return here(clusters)
    try:
        child = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return here(clusters)
    if child == 0:  # the child: score the second half, pipe it back, leave without cleaning up
        code = 1
        try:
            os.close(read_end)
            found = [(tuple(getattr(story, name) for name in _STORY_FIELDS), voiced)
                     for story, voiced in here(clusters[half:])]
            with os.fdopen(write_end, "wb") as out:
                out.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
            code = 0
        finally:
            os._exit(code)  # (no atexit handlers, no flushing of the parent's buffers)
    os.close(write_end)
    answer = os.fdopen(read_end, "rb")
    try:
        mine = here(clusters[:half])
        data = answer.read()
    finally:
        answer.close()  # (first: should this process fail, the child's write then fails and it leaves)
        _, status = os.waitpid(child, 0)
    if status != 0 or not data:
        return mine + here(clusters[half:])
    return mine + [(Story(*values), voiced) for values, voiced in pickle.loads(data)]


def _start_wording(
    posts: Sequence[Post], conf: StoriesSettings, pool: ProcessPoolExecutor | None, facts: TextFacts
) -> Callable[[], list[tuple[int, str, str, str]]] | None:
    """Clustering's wording evidence (`cluster.wording_evidence`, tier 9) of `posts` (those that may join
    on likeness, in time order), sent to a worker, which reads their wording tokens and joins them while
    this process gathers the other tiers: ~0.5 s at 100k posts off its critical path. The worker is sent
    the posts' normalised bodies, not their tokens: strings pickle ~10x faster than sets of strings, and
    it has the time to split them again. The returned function waits for it. None without a pool (`gather_evidence`
    then makes it itself); if the worker fails, it is made here (the same answer)."""
    if pool is None or len(posts) < PARALLEL_MIN_ITEMS // 4:
        return None
    # (a post's body is its text when it has no title, as on X: its normalised text is read already)
    items = [(p.id, p.created_at, _wire(facts.normalise(post_body(p)))) for p in posts]
    span = timedelta(hours=conf.max_story_span_hours)
    try:
        future = pool.submit(_wording_packed, items, span)
    except (OSError, RuntimeError, BrokenProcessPool):
        return None

    def collect() -> list[tuple[int, str, str, str]]:
        try:
            return pickle.loads(future.result())
        except (OSError, BrokenProcessPool):
            return _wording_of(items, span)

    return collect


def _wording_of(items: Sequence[tuple[str, datetime, str | bytes]], span: timedelta) -> list[tuple[int, str, str, str]]:
    """`cluster.wording_evidence` of (id, time, wired normalised body) items: each body's `content_tokens`,
    as `features_of` reads them for a post that may join on likeness (read one post at a time: the
    evidence keeps only their numbers)."""
    return wording_evidence(((pid, when, tokens_of_normal(_unwire(norm))) for pid, when, norm in items), span)


def _wording_packed(items: Sequence[tuple[str, datetime, str | bytes]], span: timedelta) -> bytes:
    """`_wording_of`, pickled by the worker (see `_read_texts_packed`)."""
    return pickle.dumps(_wording_of(items, span), protocol=pickle.HIGHEST_PROTOCOL)


def _start_figures(
    posts: Sequence[Post], pool: ProcessPoolExecutor | None, facts: TextFacts, least: int | None = None
) -> Callable[[], None]:
    """Send the figures of `posts` (`rank.figures_in` of title and text) and their announcement wording
    (`rank.announces`, from the own text read ahead) to one worker; the returned function waits for them
    and adds them to `facts`, where `rank.facts_of` and `score_story` find them: ~0.8 s at 100k posts taken
    off this process's ranking. One worker, not each: this process clusters meanwhile, and on 2 cores a
    second worker would only take turns with it. Without a pool, or if it fails, nothing is added and rank
    reads them itself (the same answers). Fewer than `least` posts (default PARALLEL_MIN_ITEMS) are not worth
    a worker: rank reads them.
    """
    if pool is None or not posts or len(posts) < (PARALLEL_MIN_ITEMS if least is None else least):
        return lambda: None
    joined = [" ".join((p.title, p.text)) for p in posts]
    chunk = [(_wire(text), _wire(facts.own_text(p.text))) for text, p in zip(joined, posts, strict=True)]
    try:
        future = pool.submit(_figures_packed, chunk)
        del chunk  # (the pool holds it until answered)
    except (OSError, RuntimeError, BrokenProcessPool):
        return lambda: None

    def collect() -> None:
        try:
            answers = pickle.loads(future.result())
        except (OSError, BrokenProcessPool):
            return  # rank reads them itself
        facts.add("figures", {text: found for text, (found, _) in zip(joined, answers, strict=True)})
        facts.add("announces", {p.text: said for p, (_, said) in zip(posts, answers, strict=True)})

    return collect


#: fewer posts than this whose entities and kinds this process would read are not worth a worker's job
BODY_FACTS_MIN = 500


def _body_facts_packed(bodies: Sequence[str | bytes]) -> bytes:
    """`extract_entities` and `detect_kinds` of each (wired) body, pickled by the worker (see
    `_read_texts_packed`)."""
    answers = []
    for wired in bodies:
        body = _unwire(wired)
        answers.append((extract_entities(body), detect_kinds(body)))
    packed = pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL)
    for cached in _TEXT_CACHES:  # (as `_read_texts_packed`: these texts are not asked of the worker again)
        cached.cache_clear()
    return packed


def _start_body_facts(posts: Sequence[Post], pool: ProcessPoolExecutor | None) -> Callable[[TextFacts], None]:
    """Send the entities and news kinds of `posts` (`extract_entities` and `detect_kinds` of each body) to a
    worker; the returned function waits for them and adds them to the facts it is given, where `features_of`
    finds them. For the posts author priors make relevant: their features are made full, but the workers read
    entities and kinds only for the posts likely relevant by their own words, so this process read them itself
    (~4k posts, ~0.3 s of its serial work at 100k posts). Without a pool, below BODY_FACTS_MIN posts, or if
    the worker fails, nothing is added and `features_of` reads them (the same answers)."""
    if pool is None or len(posts) < BODY_FACTS_MIN:
        return lambda _facts: None
    bodies = [post_body(p) for p in posts]
    try:
        future = pool.submit(_body_facts_packed, [_wire(body) for body in bodies])
    except (OSError, RuntimeError, BrokenProcessPool):
        return lambda _facts: None

    def collect(facts: TextFacts) -> None:
        try:
            answers = pickle.loads(future.result())
        except (OSError, BrokenProcessPool):
            return
        facts.add("entities", {body: ents or _NOTHING for body, (ents, _) in zip(bodies, answers, strict=True)})
        facts.add("kinds", {body: kind or _NOTHING for body, (_, kind) in zip(bodies, answers, strict=True)})

    return collect


def _features(
    post: Post, light: bool, early: Mapping[str, tuple[bool, PostFeatures]], facts: TextFacts
) -> PostFeatures:
    """`features_of(post, light=light)`, taken from `early` when it was made with that `light`."""
    made = early.get(post.id)
    if made is not None and made[0] == light:
        return made[1]
    return features_of(post, light=light, facts=facts)


def _make_story(
    cluster: Cluster,
    posts: Mapping[str, Post],
    feats: Mapping[str, PostFeatures],
    dedup: DedupResult,
    verdicts: Mapping[str, Verdict],
    facts: TextFacts = NO_FACTS,
) -> Story:
    members = [posts[pid] for pid in cluster.post_ids]
    links: set[str] = set()
    entities: set[str] = set()
    for pid in cluster.post_ids:
        f = feats[pid]
        entities |= f.entities
        for key in f.keys:
            if key.startswith(("url:", "short:")):
                links.add(key.split(":", 1)[1])
            elif key.startswith("arxiv:"):
                links.add("https://arxiv.org/abs/" + key[6:])
            elif key.startswith("gh:"):
                links.add("https://github.com/" + key[3:])
            elif key.startswith("hf:"):
                links.add("https://huggingface.co/" + key[3:])
    return Story(
        id="s:" + members[0].id,
        post_ids=tuple(p.id for p in members),
        lead_id=(lead := choose_lead(members, feats, dedup, verdicts, facts))[0],
        lead_reason=lead[1],
        first_seen=members[0].created_at,
        links=tuple(sorted(links)),
        entities=tuple(sorted(entities)),
        merge_log=cluster.merge_log,
    )


_HANDLE_NOISE = re.compile(r"(?:ai|hq|app|labs?|official|inc|_)+$")


def _owns(post: Post, subject: str) -> bool:
    """Is the author the account of the thing announced or of its maker (@claudeai, @AnthropicAI
    and @OpenAIDevs own Claude Opus 5 and GPT-5.5)?"""
    handle = post.author_handle.lower()
    root = _HANDLE_NOISE.sub("", handle) or handle
    words = re.findall(r"[a-z]{3,}", subject.removeprefix("name:"))
    names = set(words) | {MAKERS[w] for w in words if w in MAKERS}
    return any((len(n) >= 4 and n in handle) or (len(root) >= 3 and n.startswith(root)) for n in names)


def choose_lead(
    members: Sequence[Post],
    feats: Mapping[str, PostFeatures],
    dedup: DedupResult,
    verdicts: Mapping[str, Verdict],
    facts: TextFacts = NO_FACTS,
) -> tuple[str, str]:
    """The post a reader should open first, and why: the post that announces the news.

    The announcement wins: a post that names the story's thing first and reads as news of it,
    best from the owner's account (@claudeai for Claude Tag) or its staff saying "we shipped",
    else the earliest such post. Quote-reactions ("this is cool!") and replies point at the news
    rather than tell it, so they lose to the post they point at; a post others in the story
    quote is the source. Copies never lead. Ties go to the earliest post.
    """
    if len(members) == 1:
        return members[0].id, "only post"  # most stories: nothing to weigh
    ids = {p.id for p in members}
    referenced = {ref for p in members for ref in p.ref_ids() if ref in ids}
    told = {p.id: announced(feats[p.id]) for p in members}
    named = [s for p in members for s in subjects(feats[p.id])[:1]]
    main = max(set(named), key=lambda s: (named.count(s), s)) if named else None
    first_told = next((p.id for p in members if main is not None and told[p.id] == main), None)

    def read_wording(text: str) -> bool:  # (`facts`: the window's text facts, see facts.py)
        return rank.announces(facts.own_text(text))

    def merit(post: Post) -> tuple[float, list[str]]:
        value, why = 0.0, []
        if dedup.is_duplicate(post.id):
            value -= 10.0
            why.append("a copy")
        if post.id in referenced:
            value += 2.0
            why.append("quoted by the story")
        if any(ref in ids for ref in post.ref_ids("quoted", "replied_to")):
            value -= 1.5
            why.append("a reaction")
        elif post.ref_ids("replied_to"):
            value -= 1.0
            why.append("a reply")
        if main is not None and told[post.id] == main:
            value += 2.0 + (0.5 if post.id == first_told else 0.0)
            why.append(f"announces {main}" + (" first" if post.id == first_told else ""))
            if "release" in feats[post.id].kinds:
                value += 0.5  # "available today", "is out": the launch itself, not a result of it
                why.append("a release")
            if _owns(post, main):
                value += 1.5
                why.append("the owner's account")
        if facts.answer("announces", post.text, read_wording, keep=True):
            value += 1.0
            why.append("announcement wording")
        if verdicts[post.id].relevant:
            value += 1.0 + min(verdicts[post.id].score, 6.0) / 6.0
        value += min(len(facts.own_text(post.text)) / 280.0, 1.0)
        value += min(rank.post_attention(post, {}), 1.5)
        if feats[post.id].continuation:
            value -= 0.5
            why.append("a continuation")
        return value, why

    scored = {p.id: merit(p) for p in members}
    best = max(members, key=lambda p: (scored[p.id][0], -p.created_at.timestamp(), p.id))
    reasons = scored[best.id][1] or ["most informative, best received"]
    return best.id, ", ".join(reasons) + f" (merit {scored[best.id][0]:.2f})"
