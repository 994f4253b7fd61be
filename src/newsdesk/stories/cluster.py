"""Cluster: merge posts about the same event into stories, with the evidence written down.

Union-find over candidate pairs. Candidates come from inverted indexes (link key -> posts,
referenced id -> posts, author -> posts by time, entity -> posts by time, rare tokens ->
posts), never from comparing all pairs, so cost grows with the number of posts times a
small constant (each index entry looks at a bounded number of neighbours).

Evidence, strongest first; each accepted merge appends one `merge_log` line:

1. ``dup``: dedup found a copy, repost or bare quote (see dedup.py).
2. ``quote`` / ``reply`` / ``repost``: one post points at another post in the set.
3. ``same-ref``: two posts quote (or reply to) the same post, seen or not.
4. ``thread``: one author, posts seconds apart: X threads arrive as bursts.
5. ``link``: the same canonical URL, arXiv id, GitHub repo or Hugging Face model.
6. ``ref-near``: a quoted post that newsdesk never saw was created within seconds of a
   post in the set (or of another quoted post): it is that thread's head or sibling.
   X ids are snowflakes, so the creation time is in the id.
7. ``thread-cont``: one author within `THREAD_CONTINUATION` and the later post reads as a
   continuation (bare link, "more details:", "P.S."; strong) or shares most of its wording (weak).
   A shared entity alone is not enough: in the corpus outside the labelled days, 409 pairs of one
   author's posts within 30 minutes share one, mostly a series (a book a post, a prompt a post).
8. ``entity``: a shared *specific* entity (a versioned model, a named product, not "OpenAI"
   or "Claude") within `entity_window_hours` **plus** supporting evidence: the same news
   kind (launch, incident, shutdown...), overlapping wording, a second shared entity, or
   the same author.
8b. ``event``: a post whose *subject* (a specific thing named in its opening: "Opus 5",
   "GPT-5.5", "Claude Tag") is the subject of an announcement in the window (a post naming
   it first and reading as news: a release, a paper, a deal, an incident) joins the earliest
   such announcement: hands-on impressions, integrations ("now in Perplexity"), benchmarks and
   reactions are part of the launch, in any language. A product without a version needs the
   same kind of news as well (LiteLLM's attack and LiteLLM's new dashboard are two events).
   Weak evidence (8-11) never joins a group announcing one thing to a group announcing another.
8c. ``shorthand``: a version written bare ("5.6 livestream going now", "3.7 Flash") for the one
   model of the window with that version (`_shorthand_evidence`).
8d. ``line``: a model line named without its version ("testing Fable", "Claude Mythos went from
   ...") for the one version of that line the window announced before the post (`_line_evidence`).
9. ``text``: very similar wording (token-set Jaccard, candidates by prefix filtering).
10. ``follow-up``: one author names the same product (a ``name:`` entity: "GStack",
    "OpenCode", "MiniMax Token Plan") again within `FOLLOW_UP`: people come back to what
    they just launched or tried. Versioned models and known labs do not count here: an
    account talks about its own flagship model in many unrelated posts. At most
    `FOLLOW_UP_BETWEEN` of the author's posts may come between: a stream of items names
    the same framework or news kind by chance.
10b. ``house``: two accounts of one organisation (`sourcelist.house_of`: @OpenAI, @OpenAIDevs and
   Sam Altman; @claudeai and Claude Code's lead) within `HOUSE_WINDOW`, in overlapping wording
   (`SUPPORT_JACCARD`) that shares at least `HOUSE_SHARED` words besides the organisation's own names:
   a lab announces one launch through several accounts at once, often without repeating its name
   ("It's in beta on Slack today for Claude Enterprise and Team plans").
11. ``embed``: optional (`[stories] embeddings`, see embed.py): two AI posts within
    `embeddings_window_hours` whose embeddings have cosine >= `embeddings_threshold`, **plus** a
    weaker sign (a shared entity even if generic, the same product family, the same news kind,
    overlapping wording), or a cosine in the top half between threshold and 1 alone.

False merges cost more than misses (one wrong merge hides a story from the reader), so
generic entities never merge alone and weak evidence (6b-11) may not grow a story past
`max_story_posts`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from newsdesk.config import StoriesSettings
from newsdesk.model import Post
from newsdesk.stories.dedup import DedupResult, TokenNumbers, similar_numbered
from newsdesk.stories.embed import neighbour_pairs
from newsdesk.stories.facts import NO_FACTS, TextFacts
from newsdesk.stories.relevance import author_key
from newsdesk.textfacts.entities import GENERIC_ENTITIES, extract_entities, is_specific
from newsdesk.textfacts.kinds import KINDS, WEAK_KINDS
from newsdesk.textfacts.makers import names_of
from newsdesk.textfacts.normal import has_cjk, normalise, own_text, post_body

__all__ = [
    "Cluster", "Evidence", "PostFeatures", "announcements", "announcing_posts", "cluster_posts", "features_of",
    "gather_evidence", "snowflake_time",
]

#: X snowflake epoch (ms): `created_ms = (id >> 22) + TWEPOCH_MS`
TWEPOCH_MS = 1288834974657
#: a quoted post created this close to a post in the set is that post's thread head/sibling
REF_NEAR_S = 3.0
#: a thread (a burst of one author's posts) starting this soon after a quoted, unseen post may
#: be that post's continuation (tier 6b, needs a shared product family)
REF_THREAD_MINUTES = 15
#: one author's posts this close are a thread whatever they say. Same-author gaps in the corpus's X
#: timelines are bimodal: 1,312 within 0-3 s (a thread posted at once), a second bump at 15-19 s (a
#: scheduler's queue of standalone posts, one book a post); between `SURE_THREAD` and `thread_gap_s`, two
#: standalone posts (own words, own link) are a thread only as weak evidence when one is not AI news
SURE_THREAD = timedelta(seconds=12)
#: one author's later post within this long may continue a thread when it reads like it
THREAD_CONTINUATION = timedelta(minutes=30)
#: a very short post this soon after one by the same author is most likely its follow-up
SHORT_CONTINUATION = timedelta(minutes=5)
#: one author naming the same product again this soon is following up on it (tier 10)
FOLLOW_UP = timedelta(hours=6)
#: ... or the same entity (even "Claude") with the same kind of news this soon
FOLLOW_UP_KIND = timedelta(hours=2)
#: ... with at most this many of the author's other posts between: an account streaming items (a book
#: account's promotions, an aggregator's links) names PyTorch or writes "release" in post after post by chance
FOLLOW_UP_BETWEEN = 2
#: two accounts of one organisation posting this close may be announcing one thing (tier 10b)
HOUSE_WINDOW = timedelta(hours=3)
#: ... when their wording shares this many words besides the organisation's own names
HOUSE_SHARED = 2
#: two accounts naming each other this close are telling one thing together (tier 10c)
MUTUAL_WINDOW = timedelta(hours=1)
#: an @handle in a post's own words
_AT_HANDLE = re.compile(r"@(\w{1,15})")
_REPLY_HEAD = re.compile(r"^\s*(?:@\w{1,15}\s+)+")
#: neighbours each index entry compares with: bounds cost on huge posting lists
MAX_NEIGHBOURS = 25
#: token-set Jaccard that counts as "overlapping wording" next to a shared entity
SUPPORT_JACCARD = 0.12
#: token-set Jaccard that merges on wording alone
TEXT_JACCARD = 0.5
TEXT_MIN_TOKENS = 8
#: copies, references and threads: a relation between two posts, not a shared key
DIRECT_TIERS = frozenset({1, 2, 4})
#: link keys that name a site, not a page: no evidence
_HOMEPAGE = re.compile(r"^url:https://[^/]+$")
_CONTINUATION = re.compile(
    r"^(?:p\.?s\.?|ps:|source|sources|more (?:details|info|on)|details|link|links|read more|learn more|try it|"
    r"docs?|blog|paper|code|weights|repo|github|youtube|spotify|demo|video|full (?:post|thread|video)|here|also|"
    r"(?:only |now )?available|"
    r"and|but|or|plus|oh and|update|edit|\d+/\d*|\(\d+/\d*\)|详情|链接|地址|补充|另外|原文|项目地址)\b",
    re.I,
)
#: what a footnote may open with before its first word: an emoji, an arrow or a bullet ("🔗 Weights & code:")
_LEADING_SYMBOLS = re.compile(r"[^\w@#$]+")
_STOP = frozenset(
    (
        "the", "and", "for", "with", "that", "this", "you", "your", "are", "was", "were", "have", "has", "had",
        "not", "but", "can", "will", "just", "from", "our", "out", "now", "its", "it's", "into", "about", "more",
        "than", "what", "when", "who", "how", "all", "any", "get", "got", "one", "new", "use", "using", "used",
        "very", "also", "like", "they", "them", "their", "there", "here", "been", "being", "would", "could",
        "should", "which", "while", "some", "make", "made", "today",
    )
)
_ASCII_WORD = re.compile(r"[a-z][a-z0-9\-.+]*[a-z0-9+]|[a-z]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def snowflake_time(post_id: str) -> datetime | None:
    """Creation time encoded in an X id (`x:<snowflake>`), or None for other ids."""
    us = _snowflake_us(post_id)
    return None if us is None else datetime.fromtimestamp(us // 1000 / 1000, UTC)


def _snowflake_us(post_id: str) -> int | None:
    """`snowflake_time` as microseconds since the Unix epoch (what `_us` gives for its datetime):
    clustering compares tens of thousands of them, and building a datetime for each cost more
    than the comparing. Exact: a snowflake holds whole milliseconds."""
    if not post_id.startswith("x:"):
        return None
    native = post_id[2:]
    if not native.isdigit() or len(native) < 15:
        return None
    return ((int(native) >> 22) + TWEPOCH_MS) * 1000


_UNIX = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _us(moment: datetime) -> int:
    """An aware datetime as whole microseconds since the Unix epoch (exact: integer arithmetic)."""
    return (moment - _UNIX) // _MICROSECOND


def content_tokens(text: str) -> frozenset[str]:
    """Tokens for wording overlap: English content words and Chinese character bigrams."""
    return tokens_of_normal(normalise(text))


def tokens_of_normal(norm: str) -> frozenset[str]:
    """`content_tokens` of a text from its `normalise` (which a worker may be sent instead)."""
    tokens = {w for w in _ASCII_WORD.findall(norm) if len(w) >= 3 and w not in _STOP}
    for run in _CJK_RUN.findall(norm):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(tokens)


#: `tokens_of_normal`, remembered: a post's tokens are asked by each comparison it is in
_cached_tokens = functools.lru_cache(maxsize=1 << 16)(tokens_of_normal)


def forget_tokens() -> None:
    """Empty the remembered tokens once a window is clustered: no later stage compares wording, and a
    large window's are ~20 MB (a caller asking again reads them again)."""
    _cached_tokens.cache_clear()


@dataclass(frozen=True, slots=True)
class PostFeatures:
    """What clustering reads from one post, computed once."""

    post: Post
    keys: frozenset[str]  #: link keys (url:, short:, arxiv:, gh:, hf:, x:)
    entities: frozenset[str]
    specific: frozenset[str]  #: the entities that can pin an event
    kinds: frozenset[str]
    #: the normalised body (`normalise(post_body(post))`; "" in light features), which `tokens` are read from
    normal: str
    continuation: bool  #: reads like the next post of a thread: a bare link, "Source:", "P.S."
    short: bool  #: a few words only
    #: the post's own words (`own_text(post.text)`, read already): what `subjects` reads the opening from (asked
    #: of the text function here instead, it was read again for each post with a specific entity: ~0.2 s at
    #: 100k posts, whose own texts the workers had read)
    own: str

    @property
    def tokens(self) -> frozenset[str]:
        """Tokens for wording overlap (`content_tokens` of the body; none in light features), read when
        a comparison first asks: most posts are never compared on wording in this process (a large
        window's wording evidence is joined by a worker), and reading them all ahead cost ~1 CPU s at
        100k posts, sending them from the workers included."""
        return _cached_tokens(self.normal)


def _reads_as_continuation(own: str) -> bool:
    """Does a post's own text open like a thread's next post ("Source:", "P.S.", "and ...")? Behind an
    emoji or a bullet, only a footnote's label counts ("🔗 Weights & code:"): a conjunction there is
    more often what is left of "🫖 @a and @b spill the tea" once the mentions are taken out."""
    if _CONTINUATION.match(own):
        return True
    lead = _LEADING_SYMBOLS.match(own)
    found = _CONTINUATION.match(own[lead.end():]) if lead else None
    return found is not None and found.group(0).lower() not in _CONJUNCTIONS


#: openings of `_CONTINUATION` that join a sentence rather than label a link
_CONJUNCTIONS = frozenset({"and", "but", "or", "plus", "oh and", "also"})


def _text_units(text: str) -> int:
    """Length where a CJK character counts as two: a Chinese character carries about a word."""
    if text.isascii():  # (no CJK to count; the test is free)
        return len(text)
    return len(text) + sum(map(len, _CJK_RUN.findall(text)))


#: the empty set every feature without entities, kinds or link keys shares
_EMPTY: frozenset[str] = frozenset()


def features_of(post: Post, *, light: bool = False, facts: TextFacts = NO_FACTS) -> PostFeatures:
    """Features of one post. `light` skips entities, kinds and tokens: enough for strong
    evidence (links, references, threads), which is all a post that is not AI news may join on.
    `facts`: the window's text facts read ahead (see facts.py)."""
    mine = facts.own_text(post.text)
    keys = frozenset(facts.link_keys(post)) or _EMPTY
    continuation = not mine or _reads_as_continuation(mine)
    short = len(mine) < 25 and _text_units(mine) < 25  # (units are never fewer than characters)
    # (fields in order, not by name: a frozen dataclass takes ~0.9 us more a call by keywords, and a
    # large window makes a feature for each of its posts)
    if light:
        return PostFeatures(post, keys, _EMPTY, _EMPTY, _EMPTY, "", continuation, short, mine)
    body = post_body(post)
    entities = frozenset(facts.entities(body)) or _EMPTY
    specific = frozenset(e for e in entities if is_specific(e)) if entities else _EMPTY
    # (one object when all are specific, or none: most posts name none, and a window holds a
    # feature for each of its posts: ~50 MB of empty sets at 100k posts, one each)
    return PostFeatures(post, keys, entities, entities if len(specific) == len(entities) else specific or _EMPTY,
                        facts.kinds(body), facts.normalise(body), continuation, short, mine)


@dataclass(frozen=True, slots=True)
class Cluster:
    """One group of posts and the merges that made it."""

    post_ids: tuple[str, ...]  #: earliest first (time, then id)
    merge_log: tuple[str, ...]


class _UnionFind:
    """Union by size with path compression; each root also knows its time span and merge log."""

    def __init__(self, times: Mapping[str, datetime]) -> None:
        self.parent = {i: i for i in times}
        self.size = dict.fromkeys(self.parent, 1)
        self.span = {i: (t, t) for i, t in times.items()}
        self.log: dict[str, list[str]] = defaultdict(list)
        #: root -> the product families its announcements are about (only roots that have some)
        self.events: dict[str, frozenset[str]] = {}

    def announces(self, i: str, family: str) -> None:
        """Post `i` announces something of `family` (see `announced`)."""
        root = self.find(i)
        self.events[root] = self.events.get(root, frozenset()) | {family}

    def two_events(self, a: str, b: str) -> bool:
        """Would joining a's and b's groups put two different announced things in one story?"""
        ea, eb = self.events.get(self.find(a)), self.events.get(self.find(b))
        return bool(ea and eb and not ea & eb)

    def find(self, i: str) -> str:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: str, b: str, line: str, limit: int | None, max_span: timedelta | None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if limit is not None and self.size[ra] + self.size[rb] > limit:
            return False
        lo = min(self.span[ra][0], self.span[rb][0])
        hi = max(self.span[ra][1], self.span[rb][1])
        if max_span is not None and hi - lo > max_span:
            return False
        if (self.size[ra], rb) < (self.size[rb], ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.span[ra] = (lo, hi)
        if rb in self.events:
            self.events[ra] = self.events.get(ra, frozenset()) | self.events.pop(rb)
        self.log[ra].extend(self.log.pop(rb, ()))
        self.log[ra].append(line)
        return True


def _jaccard(a: frozenset[Any] | set[Any], b: frozenset[Any] | set[Any]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _time_neighbours(
    entries: list[tuple[datetime, str]], window: timedelta
) -> Iterable[tuple[str, str]]:
    """Pairs of ids in a time-sorted list that are within `window`, each looking back at most
    MAX_NEIGHBOURS entries: near-linear even for an entity named in thousands of posts."""
    times = [t for t, _ in entries]
    for k, (t, pid) in enumerate(entries):
        lo = max(bisect.bisect_left(times, t - window), k - MAX_NEIGHBOURS)
        for j in range(lo, k):
            yield entries[j][1], pid


@dataclass(frozen=True, slots=True)
class Evidence:
    """What `gather_evidence` found in a set of posts: every candidate merge of tiers 2-10 (not
    copies, which need dedup, nor embeddings, which need vectors), for `cluster_posts` to weigh."""

    ids: tuple[str, ...]  #: the posts, earliest first (time, then id)
    feats: Mapping[str, PostFeatures]
    strong_only: frozenset[str]
    strong: tuple[tuple[int, str, str, str], ...]  #: (tier, a, b, evidence) of tiers 2-7
    weak: tuple[tuple[int, str, str, str], ...]  #: of tiers 6b-10


def cluster_posts(
    posts: Sequence[Post],
    settings: StoriesSettings,
    dedup: DedupResult | None = None,
    features: Mapping[str, PostFeatures] | None = None,
    strong_only: frozenset[str] = frozenset(),
    vectors: Mapping[str, Any] | None = None,
    evidence: Evidence | None = None,
    houses: Mapping[str, str] | None = None,
    before: Mapping[str, datetime] | None = None,
    quoted: Mapping[str, tuple[str, datetime]] | None = None,
) -> list[Cluster]:
    """Group posts into clusters; the result does not depend on the order of `posts`.

    Posts in `strong_only` join only on strong evidence (tiers 1-6): the pipeline passes the
    posts that are not AI news on their own, so that a bare link in a thread or a "whoa!"
    quoting a launch joins its story, while entity or wording overlap never pulls chatter in.
    `vectors` (unit embeddings by post id, embed.py) add tier 11; without them nothing changes.
    `evidence`: `gather_evidence` of the same posts, features and `strong_only`, made earlier
    (the pipeline gathers it while its workers still deduplicate); the clusters are the same.
    `houses`: the organisation each account speaks for, by author key (`sourcelist.source_houses`), for tier 10b.
    `before`: what the hours before these posts announced (`announcements`), for tiers 8b and 8d; `quoted`: the
    posts that announced it (`announcing_posts`), for tier 8b's quotes of them.
    """
    if evidence is None:
        evidence = gather_evidence(posts, settings, features, strong_only, houses=houses, before=before,
                                   quoted=quoted)
    ids, feats, strong_only = evidence.ids, evidence.feats, evidence.strong_only
    in_set = set(ids)
    uf = _UnionFind({pid: feats[pid].post.created_at for pid in ids})
    max_span = timedelta(hours=settings.max_story_span_hours)
    strong = list(evidence.strong)
    weak = list(evidence.weak)

    # 1. duplicates
    if dedup is not None:
        for dup, rep in sorted(dedup.canonical_of.items()):
            if dup in in_set and rep in in_set:
                strong.append((1, rep, dup, f"dup({dedup.kind_of.get(dup, 'near')})"))

    # 11. embedding similarity, gated (optional)
    if vectors:
        weak.extend(_embedding_evidence(list(ids), feats, vectors, settings, strong_only))

    order = {pid: k for k, pid in enumerate(ids)}

    def sort_key(item: tuple[int, str, str, str]) -> tuple[int, int, int, str]:
        tier, a, b, why = item
        return tier, min(order[a], order[b]), max(order[a], order[b]), why

    for tier, a, b, why in sorted(strong, key=sort_key):
        # direct relations (copies, quotes, threads) hold at any distance; shared keys do not
        uf.union(a, b, f"{a} + {b}: {why}", None, None if tier in DIRECT_TIERS else max_span)
    for pid in ids:
        if pid not in strong_only and (lead := announced(feats[pid])) is not None:
            uf.announces(pid, _family(lead))
    for _, a, b, why in sorted(weak, key=sort_key):
        if a in strong_only or b in strong_only:
            continue
        if not why.startswith("event(") and uf.two_events(a, b):
            continue  # weak evidence other than the event's own never joins two announced things
        uf.union(a, b, f"{a} + {b}: {why}", settings.max_story_posts, max_span)

    groups: dict[str, list[str]] = defaultdict(list)
    for pid in ids:
        groups[uf.find(pid)].append(pid)
    return [Cluster(tuple(members), tuple(uf.log.get(root, ()))) for root, members in
            sorted(groups.items(), key=lambda kv: order[kv[1][0]])]


def _stands_alone(feats: PostFeatures, facts: TextFacts) -> bool:
    """A post that is whole by itself: words of its own and a link, not a footnote or a few words."""
    return (not feats.continuation and not feats.short and any(not k.startswith("x:") for k in feats.keys)
            and bool(facts.own_text(feats.post.text)))


def gather_evidence(
    posts: Sequence[Post],
    settings: StoriesSettings,
    features: Mapping[str, PostFeatures] | None = None,
    strong_only: frozenset[str] = frozenset(),
    wording: bool = True,
    facts: TextFacts = NO_FACTS,
    houses: Mapping[str, str] | None = None,
    before: Mapping[str, datetime] | None = None,
    quoted: Mapping[str, tuple[str, datetime]] | None = None,
) -> Evidence:
    """The candidate merges of tiers 2-10 among `posts` (see `cluster_posts`): all of clustering
    but copies, embeddings and the merging itself, and most of its time. Nothing here needs
    dedup's answer, so the pipeline gathers it while dedup's join still runs. `wording=False`
    leaves tier 9 out: the caller adds `wording_evidence` of the same posts (made elsewhere) to
    `weak` (cluster_posts sorts the evidence, so where it is added changes nothing). `facts`: the
    window's text facts read ahead (see facts.py). `houses`: see `cluster_posts`. `before`: the things announced
    in the hours before these posts, each with its first announcement (`announcements`): a window after a launch
    holds its impressions and tips but not the launch. `quoted`: the posts before these that announced something
    (`announcing_posts`): a post quoting one is about what it announced."""
    ordered = sorted({p.id: p for p in posts}.values(), key=lambda p: (p.created_at, p.id))
    ids = [p.id for p in ordered]
    # the caller's features as they are when they are every post's, in this order (the pipeline's are:
    # ~0.1 s of copying at 100k posts spared), else those it has and the others made here
    feats = (features if isinstance(features, dict) and list(features) == ids
             else {p.id: (features or {}).get(p.id) or features_of(p) for p in ordered})
    in_set = set(ids)
    link_window = timedelta(hours=settings.link_window_hours)
    max_span = timedelta(hours=settings.max_story_span_hours)
    strong: list[tuple[int, str, str, str]] = []  # (tier, a, b, evidence)
    weak: list[tuple[int, str, str, str]] = []

    # 2-3. references: to a post in the set, or two posts to the same post
    by_ref: dict[str, list[str]] = defaultdict(list)
    for pid in ids:
        for ref in feats[pid].post.refs:
            if ref.post_id in in_set and ref.post_id != pid:
                kind = {"quoted": "quote", "replied_to": "reply", "reposted": "repost"}[ref.kind]
                strong.append((2, ref.post_id, pid, kind))
            else:
                by_ref[ref.post_id].append(pid)
        for key in feats[pid].keys:
            # a plain link to a post in the set is a quote in all but name
            if key.startswith("x:") and key in in_set and key != pid:
                strong.append((2, key, pid, "links-to"))
            elif key.startswith("x:"):
                by_ref[key].append(pid)
    for target, members in sorted(by_ref.items()):
        for prev, cur in _chain(members, feats, link_window):
            strong.append((3, prev, cur, f"same-ref({target})"))

    # 4 and 7. one author's bursts and continuations
    by_author: dict[str, list[str]] = defaultdict(list)
    for pid in ids:
        by_author[feats[pid].post.author_handle.lower() or pid].append(pid)
    burst = timedelta(seconds=settings.thread_gap_s)
    for members in by_author.values():
        for prev, cur in itertools.pairwise(members):
            gap = feats[cur].post.created_at - feats[prev].post.created_at
            if gap <= burst:
                if gap > SURE_THREAD and (prev in strong_only or cur in strong_only) and _stands_alone(
                        feats[prev], facts) and _stands_alone(feats[cur], facts):
                    # a scheduler's queue ("Book A: link", 17 s later "Book B: link"), maybe not a thread:
                    # one is not AI news, so a burst alone must not carry it into the other's story
                    weak.append((4, prev, cur, f"burst({gap.total_seconds():.0f}s)"))
                else:
                    strong.append((4, prev, cur, f"thread({gap.total_seconds():.0f}s)"))
            elif gap <= THREAD_CONTINUATION:
                fb = feats[cur]
                minutes = f"{gap.total_seconds() / 60:.0f}min"
                bare = not facts.own_text(fb.post.text)
                if (fb.continuation and not bare) or (bare and fb.post.refs) or (
                    fb.short and not bare and gap <= SHORT_CONTINUATION
                ):
                    # a bare link or "Source:" after a post is that post's footnote: strong enough
                    # to carry a post that is not AI news on its own into its thread's story
                    strong.append((7, prev, cur, f"thread-cont({minutes}, continuation)"))
                elif fb.normal and feats[prev].normal and (overlap := _jaccard(feats[prev].tokens, fb.tokens)) >= 0.3:
                    # (light features have no tokens: their overlap is 0, and reading the other's is spared)
                    weak.append((7, prev, cur, f"thread-cont({minutes}, wording {overlap:.2f})"))

    # 10. one author's follow-ups on a named product
    for members in by_author.values():
        place = {pid: k for k, pid in enumerate(members)}
        named: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
        for pid in members:
            if pid in strong_only:
                continue
            for ent in feats[pid].specific:
                if ent.startswith("name:"):
                    named[ent].append((feats[pid].post.created_at, pid))
        for ent, entries in sorted(named.items()):
            for a, b in _time_neighbours(entries, FOLLOW_UP):
                if place[b] - place[a] > FOLLOW_UP_BETWEEN + 1:
                    continue
                hours = (feats[b].post.created_at - feats[a].post.created_at).total_seconds() / 3600
                weak.append((10, a, b, f"follow-up({ent[5:]}, {hours:.1f}h)"))
        timed = [(feats[pid].post.created_at, pid) for pid in members if pid not in strong_only]
        for a, b in _time_neighbours(timed, FOLLOW_UP_KIND):
            fa, fb = feats[a], feats[b]
            kinds = fa.kinds & fb.kinds
            if not kinds or place[b] - place[a] > FOLLOW_UP_BETWEEN + 1:
                continue
            gap = fb.post.created_at - fa.post.created_at
            minutes = f"{gap.total_seconds() / 60:.0f}min"
            shared = sorted(fa.entities & fb.entities)
            if shared:
                weak.append((10, a, b, f"follow-up({','.join(shared)} + {min(kinds)}, {minutes})"))
            elif gap <= SHORT_CONTINUATION and kinds - WEAK_KINDS:
                weak.append((10, a, b, f"follow-up({min(kinds - WEAK_KINDS)}, {minutes})"))

    # 10b. one organisation's accounts telling one thing
    if houses:
        weak.extend(_house_evidence(ids, feats, strong_only, houses))

    # 10c. two accounts naming each other within the hour: a partnership, a joint launch, a founding
    weak.extend(_mutual_evidence(ids, feats, strong_only))

    # 5. shared links
    by_key: dict[str, list[str]] = defaultdict(list)
    for pid in ids:
        for key in feats[pid].keys:
            if not key.startswith("x:") and not _HOMEPAGE.match(key):
                by_key[key].append(pid)
    for key, members in sorted(by_key.items()):
        for prev, cur in _chain(members, feats, link_window):
            strong.append((5, prev, cur, f"link({key})"))

    # 6. quoted posts never seen, created seconds from a post in the set or from each other
    # (times as microseconds since the epoch: `_snowflake_us`)
    anchors = sorted((t, pid) for pid in ids if (t := _snowflake_us(pid)) is not None)
    ref_times = sorted(
        (t, target) for target in by_ref if target not in in_set and (t := _snowflake_us(target)) is not None
    )
    near = int(REF_NEAR_S * 1_000_000)
    anchor_times = [t for t, _ in anchors]
    for t, target in ref_times:
        lo = bisect.bisect_left(anchor_times, t - near)
        hi = bisect.bisect_right(anchor_times, t + near)
        for _, anchor in anchors[lo:hi][:MAX_NEIGHBOURS]:
            # only a burst (a thread) makes the closeness meaningful
            if _in_burst(anchor, feats, by_author, burst):
                strong.append((6, anchor, by_ref[target][0], f"ref-near({target}~{anchor})"))
    for (ta, a), (tb, b) in itertools.pairwise(ref_times):
        if tb - ta <= near:
            strong.append((6, by_ref[a][0], by_ref[b][0], f"ref-near({a}~{b})"))

    # 6b. a thread that starts minutes after a quoted post nobody saw continues it when it names
    # the same product family: a launch is a headline post, then a thread of details
    bursts = _burst_starts(by_author, feats, burst)
    burst_times = [_us(t) for t, _ in bursts]
    after = REF_THREAD_MINUTES * 60 * 1_000_000
    for t, target in ref_times:
        quoting = [pid for pid in by_ref[target] if pid not in strong_only]
        if not quoting:
            continue
        lo = bisect.bisect_right(burst_times, t)
        hi = bisect.bisect_right(burst_times, t + after)
        mine = set().union(*(_families(feats[pid].entities) for pid in quoting))
        for _, head in bursts[lo:hi][:MAX_NEIGHBOURS]:
            members = _burst_members(head, feats, by_author, burst)
            theirs = set().union(*(_families(feats[pid].entities) for pid in members))
            shared = sorted(mine & theirs)
            if shared:
                weak.append((6, head, quoting[0], f"ref-thread({target}->{head}: {','.join(shared)})"))

    # 8. specific entities with supporting evidence
    by_entity: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for pid in ids:
        if pid in strong_only:
            continue
        for ent in feats[pid].specific:
            by_entity[ent].append((feats[pid].post.created_at, pid))
    window = timedelta(hours=settings.entity_window_hours)
    seen_pairs: set[tuple[str, str]] = set()
    for ent in sorted(by_entity):
        for a, b in _time_neighbours(by_entity[ent], window):
            if (a, b) in seen_pairs:
                continue
            seen_pairs.add((a, b))
            why = _entity_support(feats[a], feats[b])
            if why:
                weak.append((8, a, b, f"entity({why})"))

    # 8b. one event: posts whose subject is one specific thing join the post that announces it
    about = _about(ids, feats, strong_only)
    first_about = _first_about(about) if before else {}
    weak.extend(_event_evidence(about, feats, timedelta(hours=settings.entity_window_hours), before or {}, first_about))
    if quoted:
        strong.extend(_quoted_evidence(ids, feats, quoted, before or {}, first_about))

    # 8c. a version written bare ("5.6 livestream going now", "3.7 Flash : )") for the one model of the window
    # with that version
    found_strong, found_weak = _shorthand_evidence(ids, feats, strong_only)
    strong.extend(found_strong)
    weak.extend(found_weak)

    # 8d. a model line named without its version ("testing Fable", "Claude Mythos went from ...") for the one
    # version of it the window announces
    strong.extend(_line_evidence(ids, feats, strong_only, timedelta(hours=settings.entity_window_hours), before or {}))

    # 9. wording alone (unless the caller has it made elsewhere)
    if wording:
        weak.extend(wording_evidence([(pid, feats[pid].post.created_at, feats[pid].tokens) for pid in ids
                                      if pid not in strong_only], max_span))

    return Evidence(ids=tuple(ids), feats=feats, strong_only=strong_only, strong=tuple(strong), weak=tuple(weak))


def _house_evidence(
    ids: Sequence[str], feats: Mapping[str, PostFeatures], strong_only: frozenset[str], houses: Mapping[str, str]
) -> Iterable[tuple[int, str, str, str]]:
    """Tier 10b: posts of two accounts of one house close in time and in wording (see the module docstring).

    Sharing the house's own names ("openai", "claude", "codex") says nothing: its accounts name them in
    every post. The rest of the wording must overlap as much as a shared entity's support asks (tier 8).
    """
    by_house: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for pid in ids:
        if pid in strong_only:
            continue
        post = feats[pid].post
        if (house := houses.get(author_key(post))) is not None:
            by_house[house].append((post.created_at, pid))
    for house, entries in sorted(by_house.items()):
        own = names_of(house)
        for a, b in _time_neighbours(entries, HOUSE_WINDOW):
            fa, fb = feats[a], feats[b]
            if fa.post.author_handle.lower() == fb.post.author_handle.lower():
                continue  # one account's posts: threads and follow-ups (tiers 4, 7, 10)
            shared = (fa.tokens & fb.tokens) - own
            if len(shared) >= HOUSE_SHARED and _jaccard(fa.tokens, fb.tokens) >= SUPPORT_JACCARD:
                minutes = (fb.post.created_at - fa.post.created_at).total_seconds() / 60
                yield 10, a, b, f"house({house}: {','.join(sorted(shared)[:4])}, {minutes:.0f}min)"


def _mutual_evidence(
    ids: Sequence[str], feats: Mapping[str, PostFeatures], strong_only: frozenset[str]
) -> Iterable[tuple[int, str, str, str]]:
    """Tier 10c: @A's post naming @B and @B's naming @A within MUTUAL_WINDOW tell one thing together: "We're
    partnering with @MiniMax_AI" and "Proud to power @NousResearch's Hermes Agent", "Kimi K3 is now live on
    Together AI ... @Kimi_Moonshot" and "Kimi K3 is now live on @togethercompute", two founders announcing the
    company they start. Of 10 such pairs in the corpus outside the labelled days, 9 are one event (the tenth
    two replies of a conversation). A mention alone is no evidence: accounts name the big labs all day."""
    by_pair: dict[tuple[str, str], list[tuple[datetime, str]]] = defaultdict(list)
    for pid in ids:
        f = feats[pid]
        if pid in strong_only or "@" not in f.post.text:
            continue
        me = f.post.author_handle.lower()
        for other in _mentions(f.post.text) - {me, ""}:
            by_pair[me, other].append((f.post.created_at, pid))
    for (me, other), mine in sorted(by_pair.items()):
        if me > other or not (theirs := by_pair.get((other, me))):
            continue  # (each pair once, from the first handle's side)
        a_time, a = min(mine)
        b_time, b = min(theirs)
        if abs(b_time - a_time) <= MUTUAL_WINDOW:
            first, second = (a, b) if (a_time, a) <= (b_time, b) else (b, a)
            minutes = abs(b_time - a_time).total_seconds() / 60
            yield 10, first, second, f"mutual(@{me} <-> @{other}, {minutes:.0f}min)"


def _mentions(text: str) -> set[str]:
    """The @handles `text` names, lower-cased, but those a reply opens with: they address a conversation, which is
    no event ("@cellinlab 对的 ..."). An "@" inside a word ("a@b.com") is no mention. (Found from each "@" and
    checked behind by hand: a look-behind in front makes `re` try every position, ~2.5x slower.)"""
    if text.lstrip()[:1] == "@":
        text = _REPLY_HEAD.sub("", text)
    return {m.group(1).lower() for m in _AT_HANDLE.finditer(text)
            if not (at := m.start()) or not (text[at - 1].isalnum() or text[at - 1] in "_@")}


def wording_evidence(
    items: Iterable[tuple[str, datetime, frozenset[str]]], max_span: timedelta
) -> list[tuple[int, str, str, str]]:
    """Tier 9 of `gather_evidence`: for each of `items` (id, time, `PostFeatures.tokens`; the posts
    that may join on likeness, earliest first), every earlier one with token Jaccard >= TEXT_JACCARD
    (prefix filtering, see dedup.similar_pairs), the first MAX_NEIGHBOURS by id; posts further apart
    than a story may span (`max_span`) could never merge, so they are not compared. Apart from the
    rest, so a large window's is made by a worker process while this one gathers the other tiers.
    `items` may be an iterator: only each post's token numbers are kept (dedup.TokenNumbers), so a
    caller that reads the tokens as it goes holds one post's set at a time."""
    wordy: list[tuple[str, datetime]] = []
    numbered = TokenNumbers()
    for pid, when, tokens in items:
        if len(tokens) >= TEXT_MIN_TOKENS:
            wordy.append((pid, when))
            numbered.add(tokens)
    index = {pid: k for k, (pid, _) in enumerate(wordy)}
    weak: list[tuple[int, str, str, str]] = []
    matches: dict[str, int] = defaultdict(int)
    for pid, other in similar_numbered(wordy, numbered, TEXT_JACCARD, max_span):
        matches[pid] += 1
        if matches[pid] <= MAX_NEIGHBOURS:
            # (the Jaccard of the numbers is the tokens': one number a token)
            weak.append((9, other, pid, f"text({_jaccard(numbered.of(index[pid]), numbered.of(index[other])):.2f})"))
    return weak


def _chain(
    members: Sequence[str], feats: Mapping[str, PostFeatures], window: timedelta
) -> Iterable[tuple[str, str]]:
    """Consecutive pairs (members are in time order) no further apart than `window`.

    A chain, not a star: linear in the posting list, and a link shared in July and again in
    October does not join two different moments into one story.
    """
    for prev, cur in itertools.pairwise(members):
        if prev != cur and feats[cur].post.created_at - feats[prev].post.created_at <= window:
            yield prev, cur


def _in_burst(
    pid: str, feats: Mapping[str, PostFeatures], by_author: Mapping[str, list[str]], burst: timedelta
) -> bool:
    post = feats[pid].post
    members = by_author[post.author_handle.lower() or pid]
    k = bisect.bisect_left(members, (post.created_at, pid), key=lambda m: (feats[m].post.created_at, m))
    for j in (k - 1, k + 1):
        if 0 <= j < len(members) and abs(feats[members[j]].post.created_at - post.created_at) <= burst:
            return True
    # a post that quotes is a thread head's companion too: its own quote is a reaction to the head
    return False


def _burst_starts(
    by_author: Mapping[str, list[str]], feats: Mapping[str, PostFeatures], burst: timedelta
) -> list[tuple[datetime, str]]:
    """(time, first post) of every burst of two or more posts by one author, by time."""
    starts = []
    for members in by_author.values():
        if len(members) < 2:
            continue  # (a post alone has no next: never a burst's start)
        # each post's time read once, each gap once: the gap after post k is the gap before post k + 1
        times = [feats[pid].post.created_at for pid in members]
        prev_close = False
        for k, (t, t_next) in enumerate(itertools.pairwise(times)):
            next_close = t_next - t <= burst
            if next_close and not prev_close:
                starts.append((t, members[k]))
            prev_close = next_close
    return sorted(starts)


def _burst_members(
    head: str, feats: Mapping[str, PostFeatures], by_author: Mapping[str, list[str]], burst: timedelta
) -> list[str]:
    post = feats[head].post
    members = by_author[post.author_handle.lower() or head]
    k = bisect.bisect_left(members, (post.created_at, head), key=lambda m: (feats[m].post.created_at, m))
    out = [head]
    while k + 1 < len(members) and feats[members[k + 1]].post.created_at - feats[members[k]].post.created_at <= burst:
        k += 1
        out.append(members[k])
    return out


def _families(entities: Iterable[str]) -> set[str]:
    """Product families: "claude-code" and "claude-opus-4.7" -> "claude"; names stay whole."""
    return {e if e.startswith("name:") else e.split("-", 1)[0] for e in entities}


#: evidence points for news kinds shared by two posts: rare kinds pin an event, "launch" barely
#: (`merge_points` in textfacts/data/kinds.toml)
KIND_POINTS: Mapping[str, float] = {kind.name: kind.merge_points for kind in KINDS}
#: points needed to merge two posts that share a specific entity
ENTITY_MERGE_POINTS = 2.0


#: a post's subject is what its opening names: the title and this much of its own words (text units)
OPENING_UNITS = 160
#: an opening naming more product families than this is a list or a comparison, about none of them;
#: an announcement may name one more (its host and benchmark: "Opus 5 is now available in Devin.
#: On FrontierCode 1.1, ...")
MAX_SUBJECTS = 2
MAX_ANNOUNCED_SUBJECTS = 3
#: news kinds that make a post naming its subject an announcement of it (an anchor): every kind in
#: kinds.toml but the weak ones ("pricing": "free" and "plan" are everywhere)
ANCHOR_KINDS = frozenset(kind.name for kind in KINDS) - WEAK_KINDS
#: posts may name a launch a little before its announcement reaches the window (a teaser, a leak)
ANCHOR_LEAD = timedelta(hours=2)


def opening(post: Post) -> str:
    """The title and the first OPENING_UNITS of a post's own words (a CJK character counts two)."""
    return _opening(post.title, post.text)


def _opening(title: str, text: str) -> str:
    return _opening_of(title, own_text(text))


def _opening_of(title: str, mine: str) -> str:
    """`_opening` from the post's own text (`own_text`)."""
    if mine.isascii():  # one unit a character: the first OPENING_UNITS of them
        return " ".join(part for part in (title, mine[:OPENING_UNITS]) if part)
    # the longest start of at most OPENING_UNITS units, counted a run of CJK or of other characters at a
    # time (a character a time cost ~27 us a post, most of `subjects` at 100k posts); a character is at
    # least one unit, so the cut lies within the first OPENING_UNITS + 1 characters
    cut = units = 0
    for run in _UNIT_RUNS.findall(mine[: OPENING_UNITS + 1]):
        weight = 2 if "\u3400" <= run[0] <= "\u9fff" else 1
        if units + weight * len(run) > OPENING_UNITS:
            cut += (OPENING_UNITS - units) // weight  # the run's characters that still fit
            break
        units += weight * len(run)
        cut += len(run)
    return " ".join(part for part in (title, mine[:cut]) if part)


#: runs of characters that count two text units (CJK) and of those that count one, for `_opening`
_UNIT_RUNS = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+")


_VERSIONED = re.compile(r"\d")
_NAME_PART = re.compile(r"[a-z]{2,}|\d+(?:\.\d+)*|[\u3400-\u9fff]+")


def subjects(f: PostFeatures) -> tuple[str, ...]:
    """The specific things a post is about, first-named first: those named in its opening.

    A launch's reactions, hands-on impressions, integrations ("Opus 5 now available in Devin")
    and tips name the product up front; a post that mentions it in passing names it later.
    An opening that names more than MAX_SUBJECTS product families is a list, about none of them
    (an announcement may name MAX_ANNOUNCED_SUBJECTS).
    """
    if not f.specific:
        return ()
    return _subjects(f.post.title, f.own, f.specific, bool(f.kinds & ANCHOR_KINDS))


@functools.lru_cache(maxsize=1 << 16)
def _subjects(title: str, mine: str, specific: frozenset[str], news: bool) -> tuple[str, ...]:
    """`subjects`, once per post: clustering, the lead and selection all ask (`mine`: the post's own text).

    Each name is looked for as written ("opus 4.8", "gpt5.5", "claude tag"); only a name not
    found that way (a Chinese spelling of it) costs reading the opening's entities again."""
    head = _opening_of(title, mine)
    low = " ".join(part for part in (title, mine) if part).lower()  # starts with `head`
    found: dict[str, int] = {}
    unplaced = []
    for entity in specific:
        at = _name_at(entity, low)
        if at < 0:
            unplaced.append(entity)
        elif at < len(head):
            found[entity] = at
    if unplaced:
        named_there = extract_entities(head)
        found.update((e, len(head)) for e in unplaced if e in named_there)  # named, but not as written: last
    if not found:
        return ()
    if len({_family(e) for e in found}) > (MAX_ANNOUNCED_SUBJECTS if news else MAX_SUBJECTS):
        # a list names several up front ("two big things today: 1. GPT-5.5 2. Opus 4.7"); a post whose
        # very first words are a name is about that name, whatever it goes on to name ("Opus 4.7
        # benchmarks colored by ranking: ... CharXiv ... BrowseComp")
        first = min(found, key=lambda e: (found[e], -len(e), e))
        family = _family(first)
        if (_VERSIONED.search(first) and all(_family(e) == family for e in found if _VERSIONED.search(e))
                and len({_family(e) for e in found}) <= MAX_ANNOUNCED_SUBJECTS):
            # the one version named, named first, is the post's thing; the two others are where it runs ("Test
            # out Muse Spark 1.2 in Battle Mode and Agent Mode", "Sonnet 5 is now in Devin Desktop and Devin CLI")
            return (first,)
        if min(found.values()) != 0:
            return ()
        found = {e: at for e, at in found.items() if at == 0}
    # first named first; where two names start at one place ("Qwen3.6-Plus" is "qwen3.6" and "qwen3.6-plus"),
    # the longer, more specific one
    return tuple(sorted(found, key=lambda e: (found[e], -len(e), e)))


def _name_at(entity: str, low: str) -> int:
    """Where `low` (lower-case text) first spells `entity`: a versioned name by its last word and
    version ("claude-opus-4.8" as "opus 4.8"), a name by all its words; -1 when it does not.

    What `re.search` of the spelling's regex answers (its parts joined by `[\\s_-]*`, the version's
    part after an optional `[a-z]`), found by hand: a window of 100k posts names ~1,500 entities, and
    compiling a regex for each cost ~0.25 s. Each part begins with a letter, digit or CJK character, so
    the regex takes every separator before a part (there is nothing to backtrack to), and a letter
    before the version (which begins with a digit)."""
    spelling = _spelling(entity)
    if spelling is None:
        return -1
    parts, lettered = spelling
    first, rest = parts[0], parts[1:]
    at = low.find(first)
    while at >= 0:
        if _spelled_on(low, at + len(first), rest, lettered):
            return at
        at = low.find(first, at + 1)
    return -1


def _spelled_on(low: str, i: int, rest: tuple[str, ...], lettered: bool) -> bool:
    """Do the `rest` of a spelling's parts follow at `low[i:]`, each after any separators (`[\\s_-]*`;
    `str.isspace` is `re`'s `\\s`), and the last after an optional letter when `lettered`?"""
    end = len(low)
    for part in rest:
        while i < end and (low[i] in "_-" or low[i].isspace()):
            i += 1
        if lettered and i < end and "a" <= low[i] <= "z":
            i += 1  # (a version begins with a digit: without the letter it could not follow)
        if not low.startswith(part, i):
            return False
        i += len(part)
    return True


@functools.lru_cache(maxsize=1 << 12)
def _spelling(entity: str) -> tuple[tuple[str, ...], bool] | None:
    """The parts `_name_at` looks for, and whether the last may follow a series letter."""
    parts = _NAME_PART.findall(entity.removeprefix("name:"))
    if not parts:
        return None
    digit = next((k for k, part in enumerate(parts) if part[0].isdigit()), None)
    if not digit or entity.startswith("name:"):
        # (a product's name is written whole, as the post wrote it: "Muse Spark 1.1" stands where "Muse" does,
        # at the place of "Muse Spark", so the longer name wins there)
        return tuple(parts), False
    # a version may carry its series letter, which the entity keeps or drops: "Kimi K2.6" (kimi-k2.6),
    # "MiniMax M2.7", "DeepSeek V4" (deepseek-4); the letter is not a part, so the name is spelled with one
    return (parts[digit - 1], parts[digit]), True


def announced(f: PostFeatures) -> str | None:
    """The thing a post announces: its first-named subject, when the post reads as news about
    it ("Opus 5 now available in Hermes Agent" announces Opus 5, not Hermes Agent); else None."""
    if not f.kinds & ANCHOR_KINDS:
        return None
    named = subjects(f)
    return named[0] if named else None


def _about(
    ids: Sequence[str], feats: Mapping[str, PostFeatures], strong_only: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    """The `subjects` of each post that may join on them (not `strong_only`) and has any, in the order of `ids`."""
    return {pid: named for pid in ids if pid not in strong_only and (named := subjects(feats[pid]))}


def _first_about(about: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """The first post (of `about`, in its order: time) whose subject each thing is, under its own name and the
    shorter names it extends: where a thing announced before the window stands in it (tiers 8b and its quotes)."""
    first: dict[str, str] = {}
    for pid, named in about.items():
        for ent in named:
            for cand in (ent, *_parents(ent)):
                first.setdefault(cand, pid)
    return first


def _event_evidence(
    about: Mapping[str, tuple[str, ...]], feats: Mapping[str, PostFeatures], window: timedelta,
    before: Mapping[str, datetime], first_about: Mapping[str, str],
) -> list[tuple[int, str, str, str]]:
    """Tier 8b: a post whose subject is a specific thing joins the earliest post in the window
    that announces that thing (names it as its subject and reads as news: a release, a paper,
    a deal, an incident). One anchor per event, so the story grows around the announcement and
    a generic name ("Claude") never anchors anything: only specific entities are subjects.
    A versioned model announced `before` the window and not in it anchors at the window's first
    post about it: the hours after a launch are its impressions, tips and complaints, one story
    (one item of the edition, not one per post).
    """
    anchors: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for pid in about:
        if (lead := announced(feats[pid])) is not None:
            anchors[lead].append((feats[pid].post.created_at, pid))
    times = {ent: [t for t, _ in heads] for ent, heads in anchors.items()}  # time order: ids are
    # one launch, named at two lengths: "Qwen3.6-Plus" and "Qwen3.6", "Codex Security CLI" and "Codex Security"
    # (a name and its variant or form: the longer one extends the shorter at a "-" or a space)
    longer: dict[str, set[str]] = defaultdict(set)
    for ent in anchors:
        for parent in _parents(ent):
            longer[parent].add(ent)
    out = []
    for pid, named in about.items():
        t = feats[pid].post.created_at
        for ent in named:  # the first-named subject that has an announcement in range (its own or its kin's)
            found = []
            kin = {ent, *_parents(ent), *longer.get(ent, ())}
            for cand in sorted(kin & anchors.keys()):
                heads = anchors[cand]
                k = bisect.bisect_left(times[cand], t - window)
                if k < len(heads) and heads[k][0] <= t + ANCHOR_LEAD:
                    found.append((heads[k], cand))
            if not found:
                earlier = [(at, cand) for cand in sorted(kin & before.keys()) if _VERSIONED.search(cand)
                           and t - window <= (at := before[cand]) <= t and cand in first_about]
                if not earlier:
                    continue
                at, cand = min(earlier)
                head = first_about[cand]
                if head != pid:
                    hours = (t - at).total_seconds() / 3600
                    out.append((8, head, pid, f"event({cand}, {hours:+.1f}h from its announcement, before the window)"))
                break
            (at, head), cand = min(found)
            if not _VERSIONED.search(cand) and not feats[pid].kinds & feats[head].kinds & ANCHOR_KINDS:
                break  # a product without a version has many events: the same kind of news must say which
            if head != pid:
                hours = (t - at).total_seconds() / 3600
                out.append((8, head, pid, f"event({cand}, {hours:+.1f}h from its announcement)"))
            break
    return out


def _quoted_evidence(
    ids: Sequence[str], feats: Mapping[str, PostFeatures], quoted: Mapping[str, tuple[str, datetime]],
    before: Mapping[str, datetime], first_about: Mapping[str, str],
) -> list[tuple[int, str, str, str]]:
    """Tier 8b's quotes: a post quoting, answering or linking a post of the hours before the window that announced
    a thing ("brb, heading to the apple store to buy 50 mac minis" quoting Kimi K3's launch) is about that thing,
    unless it names things of its own and not that one; it joins the window's first post whose subject the thing
    is, strongly (a quote is a relation, like tier 2's). Quotes of one post join each other by tier 3 whether or
    not the window names the thing."""
    out = []
    for pid in ids:
        f = feats[pid]
        targets = [ref.post_id for ref in f.post.refs] + [key for key in f.keys if key.startswith("x:")]
        for target in targets:
            if target not in quoted:
                continue
            ent, _ = quoted[target]
            if ent not in before or (head := first_about.get(ent)) is None or head == pid:
                continue
            named = subjects(f)
            if named and ent not in {e for n in named for e in (n, *_parents(n))}:
                continue  # it quotes the launch to say something of its own ("GPT-5.6 beats this")
            out.append((3, head, pid, f"event({ent}, quoting its announcement {target} before the window)"))
            break
    return out


#: a versioned model entity: its name before the version, the version (with a dot: "5.6", not "5"), the rest
_MODEL_VERSION = re.compile(r"^([a-z][a-z\-]*?)-?(\d+\.\d+)(?:-([a-z][\w.-]*))?$")
#: a product's name that ends in a dotted version ("name:muse spark 1.2"): group 1 its words, group 2 the version
_NAME_VERSION = re.compile(r"^name:([a-z][a-z ]*?) v?(\d+\.\d+)$")
#: a version written bare: not inside a word, a number, a price or a link, not followed by a unit, and
#: (group 2) the word after it. Written from its first digit, the look-behind after it and two characters
#: back (the same matches as `(?<![\w.$€£¥/#:+<>~≈-])(\d{1,2}\.\d{1,2})...`): `re` then skips to each digit
#: rather than trying the look-behind at every position (~10x faster on the texts that hold a version)
_BARE_VERSION = re.compile(r"(\d(?<![\w.$€£¥/#:+<>~≈-]\d)\d?\.\d{1,2})(?![\d%]|\.\d|[-\w/×x])"
                           r"(?:[ \t]+([A-Za-z][\w-]*))?")
#: what every match of _BARE_VERSION holds, a digit, a dot and a digit, found from the dot (`re` skips to each
#: "."): most posts' own words hold none, and this test costs a tenth of the scan it spares
_DIGIT_DOT_DIGIT = re.compile(r"\.(?<=\d\.)\d")
#: words after a number that make it a quantity, not a version ("3.5 million", "1.5 hours")
_QUANTITY_WORDS = frozenset((
    "million", "billion", "trillion", "thousand", "percent", "points", "point", "pts", "pp", "times", "x", "k", "m",
    "b", "bn", "mb", "gb", "tb", "ms", "s", "sec", "seconds", "minutes", "min", "mins", "hours", "hrs", "h", "days",
    "weeks", "months", "years", "tokens", "stars", "out", "of", "per", "usd", "dollars", "cents", "kg", "km", "mph",
    "quadrillion", "bits", "bit", "bytes", "parameters", "params", "layers", "gpus", "users", "people", "tps",
))
#: words after a bare version that say nothing of which model it is ("5.6 is relentless": not "5.6 sol")
_NOT_VARIANT = _STOP | {"is", "vs", "in", "on", "at", "to", "a", "an", "as", "so", "or", "by", "be", "if", "it", "was"}
#: the word before a bare version: a capitalised word or a name there makes it that name's version
#: (a Chinese word there too: "把模块 1.0 重构为 2.0" numbers something of its own), and "versions 4.5 to 5",
#: "from 3.5" or "between 4.6 and" read back to a name said before
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.-]*|[\w.-]*\d|[\u3400-\u9fff]|\b(?i:versions?|from|between|v))\s*$")


def bare_versions(own: str) -> list[tuple[str, str]]:
    """The versions a post's own words write bare ("5.6 livestream", "love 5.6 sol"), each with the word after
    it ("sol"; "" for none or a word that says nothing): not "3.6 bits", "$1.5", "Python 3.11", "versions 4.5 to
    5", and never "X.0" ("2.0" numbers anything: a module, a policy, the web)."""
    found = []
    for m in _BARE_VERSION.finditer(own) if _DIGIT_DOT_DIGIT.search(own) else ():
        version, after = m.group(1), (m.group(2) or "").lower()
        if version.endswith(".0") or after in _QUANTITY_WORDS or _NAME_BEFORE.search(own, 0, m.start()):
            continue
        found.append((version, "" if after in _NOT_VARIANT else after))
    return found


def _shorthand_evidence(
    ids: Sequence[str], feats: Mapping[str, PostFeatures], strong_only: frozenset[str]
) -> tuple[list[tuple[int, str, str, str]], list[tuple[int, str, str, str]]]:
    """Tier 8c: a post that writes a version bare ("5.6 livestream going now", "people love 5.6 sol") is about
    the one model of the window with that version, when exactly one family has it: the launch's own people
    and users shorten the name they have just read. With the word the naming posts put after the version
    ("3.7 Flash", "5.6 sol"), the shorthand pins the model like its full name: it joins the model's
    announcement in the window, else the earliest post about it (whose subject it is), strongly enough to
    carry a post that is not AI news by its words alone. A version alone is weak evidence, for posts that
    are AI news, and joins only an announcement."""
    # version -> entity -> the post to join: its earliest announcement, else the earliest post about it (a post
    # that names it in passing, a roundup of the week, is about something else)
    named: dict[str, dict[str, tuple[bool, datetime, str]]] = defaultdict(dict)
    for pid in ids:
        if pid in strong_only:
            continue
        f = feats[pid]
        lead = announced(f)
        for ent in subjects(f):
            if (m := _MODEL_VERSION.match(ent) or _NAME_VERSION.match(ent)) is not None:
                head = (ent != lead, f.post.created_at, pid)
                if ent not in named[m.group(2)] or head < named[m.group(2)][ent]:
                    named[m.group(2)][ent] = head
    if not named:
        return [], []
    strong: list[tuple[int, str, str, str]] = []
    weak: list[tuple[int, str, str, str]] = []
    for pid in ids:
        # (family, version, the word after it when the namers write it too, whether the post writes the name whole)
        meant: list[tuple[str, str, str, bool]] = []
        low = ""
        for version, after in bare_versions(feats[pid].own):
            models = named.get(version)
            if not models or any(e in feats[pid].specific for e in models):
                continue  # no model of the window has it, or the post names it in full (tier 8 reads that)
            # the models whose namers write the same word after the version ("3.7 flash" of Gemini 3.7 Flash,
            # not of Qwen3.7-Plus)
            spelled = {e for e, (_, _, other) in models.items()
                       if after and f"{version} {after}" in feats[other].own.lower()}
            # a name written whole in lower case ("built on muse spark 1.2"): the name, not a shorthand
            low = low or feats[pid].own.lower()  # (only for a post with a version some model of the window has)
            written = {e for e in models if (m := _NAME_VERSION.match(e)) and f"{m.group(1)} {version}" in low}
            if written:
                meant.append((_family(min(written)), version, "", True))
                continue
            families = {_family(e) for e in spelled or models}
            if families & {_family(e) for e in feats[pid].specific}:
                continue  # "Opus 4.7 ... slots in between 4.6 and Mythos": another version of a model it names
            if len(families) != 1:
                meant.append(("", version, "", False))  # two families with that version: which one is not said
                continue
            meant.append((families.pop(), version, after if spelled else "", False))
        if not meant or len({family for family, _, _, _ in meant}) != 1 or not meant[0][0]:
            continue  # "from 3.5, to 3.6, and now to 3.7": versions of two families are a history, not a name
        family, version, after, whole = max(meant, key=lambda m: bool(m[2]) or m[3])
        (aside, _, head), ent = min((at, e) for e, at in named[version].items() if _family(e) == family)
        if head == pid or (aside and not (after or whole)):
            continue  # a version alone names only a model launched in the window
        line = f"lower-case({ent})" if whole else f"shorthand({version}{' ' + after if after else ''} = {ent})"
        if after or whole:
            strong.append((7, head, pid, line))
        elif pid not in strong_only:
            weak.append((8, head, pid, line))
    return strong, weak


def announcing_posts(posts: Iterable[Post], facts: TextFacts = NO_FACTS) -> dict[str, tuple[str, datetime]]:
    """The posts among `posts` that announce something (`announced`), by id: what each announces and when. Only
    a post with news wording is read in full. What the hours before a window launched: `announcements` of it
    for `gather_evidence(before=...)`, and the posts themselves for `gather_evidence(quoted=...)`."""
    found: dict[str, tuple[str, datetime]] = {}
    for post in posts:
        if not facts.kinds(post_body(post)) & ANCHOR_KINDS:
            continue
        if (lead := announced(features_of(post, facts=facts))) is not None:
            found[post.id] = (lead, post.created_at)
    return found


def announcements(posts: Iterable[Post] | Mapping[str, tuple[str, datetime]],
                  facts: TextFacts = NO_FACTS) -> dict[str, datetime]:
    """The things `posts` announce, each with its first announcement (`posts` may be `announcing_posts`' answer)."""
    found: dict[str, datetime] = {}
    for lead, at in (posts if isinstance(posts, Mapping) else announcing_posts(posts, facts)).values():
        if lead not in found or at < found[lead]:
            found[lead] = at
    return found


def _line_names(entity: str) -> tuple[str, ...]:
    """How a versioned model's line is written without its version: "claude-fable-5" -> ("claude fable", "fable"),
    "nano-banana-2" -> ("nano banana",). The line's second word alone only after a brand that names many models
    ("Claude"): "Fable" is one line of Claude, "Claude" is not one model. A model without a line name of its own
    ("gpt-5.6", "qwen3.6-plus": a brand and a version) has none, and so has a product's version ("name:deep
    agents v0.6", "claude-code-2.1"): a product's name alone means the product, which is talked about every day."""
    family = _family(entity)
    if entity.startswith("name:") or family in GENERIC_ENTITIES or family == entity:
        return ()
    words = [w for w in re.split(r"[-\s]+", family) if w]
    if len(words) < 2 or not all(w.isalpha() and len(w) >= 3 for w in words):
        return ()
    names = [" ".join(words)]
    if words[0] in GENERIC_ENTITIES and len(words) == 2 and len(words[1]) >= 4:
        names.append(words[1])
    return tuple(names)


def _line_evidence(
    ids: Sequence[str], feats: Mapping[str, PostFeatures], strong_only: frozenset[str], window: timedelta,
    before: Mapping[str, datetime],
) -> list[tuple[int, str, str, str]]:
    """Tier 8d: a post that names a model line without its version ("For those just starting to test Fable",
    "Try Claude Mythos at 25% off on Replit") joins the announcement of the one version of that line the window
    announces: on a launch day the line's name, written as a name, means the new model as surely as its full
    name, so the evidence is strong (it carries a post whose words alone are not AI news: "Opus wrote us a VM
    and then Mythos verified it"). Never for a post that names a model's version (a comparison: "All GPT 5.6
    needs now is to be in the same ballpark with Fable" is about GPT 5.6; "switched to Opus 4.8" is another
    version of a line) or announces a thing of its own. Two versions of one line announced in the window leave
    the name ambiguous: no join. A version announced `before` the window stands at the window's first post that
    names it in full."""
    # line name -> the versions announced, each with its announcements: (when, the post to join)
    lines: dict[str, dict[str, list[tuple[datetime, str]]]] = defaultdict(lambda: defaultdict(list))
    for pid in ids:
        if pid in strong_only or (lead := announced(feats[pid])) is None:
            continue
        for name in _line_names(lead):
            lines[name][lead].append((feats[pid].post.created_at, pid))
    if earlier := {ent: at for ent, at in before.items() if _line_names(ent)}:
        for pid in ids:  # (in time order: the first post naming each in full)
            for ent in feats[pid].specific & earlier.keys() if pid not in strong_only else ():
                for name in _line_names(ent):
                    # (announced before, it is the launch still when the window has a post announcing it again:
                    # "Why I think ... the release of Claude Fable 5 undermine ..." six hours after the launch)
                    lines[name][ent].append((earlier[ent], pid))
                del earlier[ent]
    if not lines:
        return []
    spelled = re.compile(r"(?<![\w@#/.-])(" + "|".join(
        sorted((r"[\s-]+".join(map(re.escape, name.split())) for name in lines), key=len, reverse=True))
        + r")(?![\w]|[\s-]*v?\d)", re.I)
    lasts = {name.split()[-1] for name in lines}  # (every spelling holds its last word: the cheap test first)
    out = []
    for pid in (ids[k] for k in _holding([feats[pid].own for pid in ids], lasts, lower=True)):
        f = feats[pid]
        if any(_VERSIONED.search(e) and not e.startswith("name:") for e in f.specific) or (
                pid not in strong_only and announced(f) is not None):
            continue  # it names a model's version (about that model: tiers 8 and 8b; or a comparison), or its own news
        t = f.post.created_at
        for m in spelled.finditer(f.own):
            if not all(word[0].isupper() for word in m.group(1).split()):
                continue  # written as a name ("test Fable", "GPT Image"), not a word ("a fable", "an image")
            versions = lines[" ".join(re.split(r"[-\s]+", m.group(1).lower()))]
            # (announced before: a line named ahead of its new version's announcement is the line as it was,
            # "they've nerfed Mythos now?" half an hour before Mythos 5)
            heads = sorted((min(times), ent) for ent, times in versions.items()
                           if any(t - window <= at <= t for at, _ in times))
            if len(heads) != 1:
                continue  # none in range, or two versions of the line: which one is not said
            (at, head), ent = heads[0]
            if head != pid:
                hours = (t - at).total_seconds() / 3600
                out.append((8, head, pid, f"line({m.group(1)} = {ent}, {hours:+.1f}h from its announcement)"))
            break
    return out


#: texts `_holding` joins at once: a large window's own texts are ~14M characters at 100k posts, four bytes each
#: once one holds an emoji, so the joined copy (and its lower case) is kept to a few MB
_HOLDING_BLOCK = 2_048


def _holding(texts: Sequence[str], needles: Iterable[str], lower: bool = False) -> list[int]:
    """The indices, in order, of the texts that hold one of `needles` (their `lower()` when `lower`): the
    answers of `any(n in text for n in needles)`, for many texts at once. A block of texts is joined with NULs
    (no needle holds one, so a needle found lies inside one text) and each needle is looked for with
    `str.find`, from the next text once found: a few scans in C where a Python test per text cost ~0.3 s of
    the line tier at 100k posts, most texts holding none. A block whose lower case changes its length (a
    character that lowers to two: "İ") has no text at the same place: its texts are tested one by one."""
    needles = sorted(set(needles))
    if not needles or any(not n or "\0" in n for n in needles):
        return [k for k, text in enumerate(texts) if any(n in (text.lower() if lower else text) for n in needles)]
    found: list[int] = []
    for first in range(0, len(texts), _HOLDING_BLOCK):
        part = texts[first : first + _HOLDING_BLOCK]
        block = "\0".join(part)
        if lower:
            lowered = block.lower()
            if len(lowered) != len(block):
                found.extend(first + k for k, text in enumerate(part) if any(n in text.lower() for n in needles))
                continue
            block = lowered
        starts = list(itertools.accumulate((len(text) + 1 for text in part), initial=0))  # (each text's, and the end)
        hit: set[int] = set()
        for needle in needles:
            at = block.find(needle)
            while at != -1:
                k = bisect.bisect_right(starts, at) - 1
                hit.add(k)
                at = block.find(needle, starts[k + 1])
        found.extend(first + k for k in sorted(hit))
    return found


def _parents(entity: str) -> list[str]:
    """The shorter names `entity` extends at a "-" or a space: "qwen3.6-plus" -> ["qwen3.6"], "name:codex
    security cli" -> ["name:codex security", "name:codex"]. Never below the entity's first word."""
    out = []
    cut = max(entity.rfind("-"), entity.rfind(" "))
    while cut > entity.find(":") + 1:
        entity = entity[:cut]
        out.append(entity)
        cut = max(entity.rfind("-"), entity.rfind(" "))
    return out


_VERSION_TAIL = re.compile(r"[-\s]?v?\d[\w.-]*$")


def _family(entity: str) -> str:
    """"sora-2" -> "sora", "qwen3.6-max" -> "qwen", "claude-opus-4.7" -> "claude-opus"; others unchanged."""
    return _VERSION_TAIL.sub("", entity) or entity


@functools.lru_cache(maxsize=1 << 16)
def _families_named(specific: frozenset[str]) -> int:
    """How many product families a post's specific entities name (once per post: tier 8 asks per pair)."""
    return len({_family(e) for e in specific})


def _entity_support(a: PostFeatures, b: PostFeatures) -> str:
    """Why two posts sharing a specific entity are about the same event, or "" if not enough says so.

    Points: the first shared entity 1, a second 0.5, a named product (not a model version,
    which is talked about for months after its release; in a list, one either post is about) 0.5;
    the best shared news kind (rare kinds 1, "release"/"pricing" 0.5); overlapping wording in the same language 1
    (1.5 when strong). Two points merge. The same author is deliberately no evidence: one
    person mentions the same model in many unrelated posts.
    """
    shared = sorted(a.specific & b.specific)
    if not shared:
        return ""
    # "sora" and "sora-2" in both posts are one thing named twice, not two shared entities
    families = {_family(e) for e in shared}
    # a list ("the last 4 months of AI releases: Opus 4.7 · 4/16, Kimi K2.6 · 4/20 ...") shares a second name
    # with any post that names two of its many: only a post about few things counts the second
    listing = max(_families_named(a.specific), _families_named(b.specific)) > MAX_ANNOUNCED_SUBJECTS
    points = 1.0 + (0.5 if len(families) >= 2 and not listing else 0.0)
    reasons = [",".join(shared)]
    products = [e for e in shared if _family(e) == e and (e.startswith("name:") or not any(ch.isdigit() for ch in e))]
    if products and (not listing or not set(products).isdisjoint(subjects(a) + subjects(b))):
        # (a list names products by chance, as it names versions: only one that either post is about counts)
        points += 0.5
    kinds = a.kinds & b.kinds
    if kinds:
        best = max(kinds, key=lambda k: (KIND_POINTS.get(k, 0.0), k))
        points += KIND_POINTS.get(best, 0.0)
        reasons.append(best)
    if has_cjk(a.post.text) == has_cjk(b.post.text):
        overlap = _jaccard(a.tokens, b.tokens)
        if overlap >= SUPPORT_JACCARD:
            points += 1.5 if overlap >= 2 * SUPPORT_JACCARD else 1.0
            reasons.append(f"wording {overlap:.2f}")
    if points < ENTITY_MERGE_POINTS:
        return ""
    return " + ".join(reasons) + f" = {points:.1f}"


def _embedding_evidence(
    ids: Sequence[str],
    feats: Mapping[str, PostFeatures],
    vectors: Mapping[str, Any],
    settings: StoriesSettings,
    strong_only: frozenset[str],
) -> list[tuple[int, str, str, str]]:
    """Tier 11: close embeddings, trusted only with a second sign or when very close.

    A cosine at the threshold is not enough alone: two launch posts of one week read alike to a
    model. A shared entity (generic ones count here: the cosine already says "same topic"), the
    same product family, the same kind of news or overlapping wording must back it, unless the
    cosine is in the top half between the threshold and 1. Candidates come from
    `embed.neighbour_pairs` (time window, bounded look-back, top k per post), never all pairs.
    """
    threshold = settings.embeddings_threshold
    alone = threshold + (1.0 - threshold) / 2
    entries = [(feats[pid].post.created_at.timestamp(), pid) for pid in ids if pid not in strong_only]
    out = []
    for a, b, cos in neighbour_pairs(entries, vectors, window_s=settings.embeddings_window_hours * 3600,
                                     threshold=threshold):
        fa, fb = feats[a], feats[b]
        signs = sorted(fa.entities & fb.entities) or sorted(_families(fa.entities) & _families(fb.entities))
        signs += sorted((fa.kinds & fb.kinds) - WEAK_KINDS)
        if (overlap := _jaccard(fa.tokens, fb.tokens)) >= SUPPORT_JACCARD:
            signs.append(f"wording {overlap:.2f}")
        if signs:
            out.append((11, a, b, f"embed(cos {cos:.3f} + {','.join(signs)})"))
        elif cos >= alone:
            out.append((11, a, b, f"embed(cos {cos:.3f} alone >= {alone:.3f})"))
    return out
