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
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.config import Settings
from newsdesk.model import Dropped, Post, Story, utc
from newsdesk.stories import rank
from newsdesk.stories.cluster import Cluster, PostFeatures, cluster_posts, features_of
from newsdesk.stories.dedup import DedupResult, find_duplicates, voices
from newsdesk.stories.novelty import Carried, apply_novelty
from newsdesk.stories.novelty import Verdict as NoveltyVerdict
from newsdesk.stories.relevance import Verdict, judge_posts
from newsdesk.stories.select import select_stories
from newsdesk.stories.text import own_text


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
) -> StoryResult:
    """Filter, dedup, cluster, rank and select `posts` as of `now`.

    `history` (earlier posts, e.g. the store's last `baseline_days`) only informs author
    baselines (engagement, relevance priors); it never becomes a story. `carried` are the
    stories recent editions printed (see novelty.py): a story matching one is left out before
    selection, so its slot goes to the next story, unless it has news (then `update_of`).
    `on_stage(name)` is called as each stage ends ("relevance", "dedup", "cluster", "rank"):
    the benchmark's stopwatch, no output of its own. `embed` (embed.make_post_embedder) turns
    the AI posts into unit vectors for clustering's embedding evidence; it reaches the network
    or a model, so the shell passes it in, and it answers {} rather than fail.
    """
    with _cyclic_gc_paused():
        return _build_stories(posts, now=now, settings=settings, source_weights=source_weights,
                              history=history, carried=carried, on_stage=on_stage, embed=embed)


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
    verdicts = judge_posts(unique, conf, past, known_authors=known)
    mark("relevance")
    candidates = [p for p in unique if verdicts[p.id].reason != "ad"]
    weak_posts = frozenset(p.id for p in candidates if not verdicts[p.id].relevant)
    dedup = find_duplicates(candidates, conf)
    mark("dedup")
    feats = {p.id: features_of(p, light=p.id in weak_posts) for p in candidates}
    # copies are merged already and chatter may not join on likeness: embed only the AI originals
    vectors = embed([p for p in candidates if p.id not in weak_posts and not dedup.is_duplicate(p.id)]) if embed else {}
    clusters = cluster_posts(candidates, conf, dedup, feats, strong_only=weak_posts, vectors=vectors)
    mark("cluster")

    baselines = rank.author_baselines((*past, *unique))
    scores = {pid: v.score for pid, v in verdicts.items() if v.relevant}
    signals = {pid: v.signal for pid, v in verdicts.items() if v.reason != "empty"}
    stories: list[Story] = []
    dropped: list[Dropped] = []
    in_story: set[str] = set()
    story_voices: dict[str, list[str]] = {}
    for cluster in clusters:
        if not any(verdicts[pid].relevant for pid in cluster.post_ids):
            continue
        story = _make_story(cluster, by_id, feats, dedup, verdicts)
        story = rank.score_story(
            story, by_id, voices(story.post_ids, dedup), now=now, settings=conf,
            baselines=baselines, relevance=scores, source_weights=source_weights, signals=signals,
        )
        stories.append(story)
        story_voices[story.id] = voices(story.post_ids, dedup)
        in_story.update(story.post_ids)
    for post in unique:
        if post.id not in in_story:
            verdict = verdicts[post.id]
            dropped.append(Dropped(post.id, verdict.reason or "off-topic"))

    fresh, repeats, novelty = apply_novelty(rank.rank_stories(stories), by_id, carried, story_voices)
    dropped.extend(repeats)
    ranked = select_stories(fresh, by_id, settings.edition)
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


def _make_story(
    cluster: Cluster,
    posts: Mapping[str, Post],
    feats: Mapping[str, PostFeatures],
    dedup: DedupResult,
    verdicts: Mapping[str, Verdict],
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
        lead_id=choose_lead(members, feats, dedup, verdicts),
        first_seen=members[0].created_at,
        links=tuple(sorted(links)),
        entities=tuple(sorted(entities)),
        merge_log=cluster.merge_log,
    )


def choose_lead(
    members: Sequence[Post],
    feats: Mapping[str, PostFeatures],
    dedup: DedupResult,
    verdicts: Mapping[str, Verdict],
) -> str:
    """The post a reader should open first: an original, informative, well-received post.

    Quote-reactions ("this is cool!") and replies point at the news rather than tell it, so
    they lose to the post they point at; a post others in the story quote is the source.
    Copies never lead. Ties go to the earliest post.
    """
    ids = {p.id for p in members}
    referenced = {ref for p in members for ref in p.ref_ids() if ref in ids}

    def merit(post: Post) -> float:
        value = 0.0
        if dedup.is_duplicate(post.id):
            value -= 10.0
        if post.id in referenced:
            value += 2.0
        if any(ref in ids for ref in post.ref_ids("quoted", "replied_to")):
            value -= 1.5
        elif post.ref_ids("replied_to"):
            value -= 1.0
        if verdicts[post.id].relevant:
            value += 1.0 + min(verdicts[post.id].score, 6.0) / 6.0
        value += min(len(own_text(post.text)) / 280.0, 1.0)
        value += min(rank.post_attention(post, {}), 1.5)
        if feats[post.id].continuation:
            value -= 0.5
        return value

    best = max(members, key=lambda p: (merit(p), -p.created_at.timestamp(), p.id))
    return best.id
