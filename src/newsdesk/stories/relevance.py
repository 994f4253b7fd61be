"""Relevance: is a post AI news (or AI talk worth a reader's glance), in English, Chinese or both?

A weighted lexicon, not a classifier: every decision can be read back as the terms that
fired (`Verdict.hits`), which is what an editor auditing the filter needs, and it runs on
tens of thousands of posts in a second. Three ideas carry it:

* **Specific beats generic.** Model names, labs and AI-only technical terms weigh a lot;
  words that are AI only in context ("agent", "model", "transformer", "token", "cursor")
  weigh little, so they count only next to other signals. "AI" counts only as a word of its
  own (not inside "AIDS" or "TrendAI"), matched by case so "Ai" the name does not fire.
* **Context words subtract.** "model" next to "runway", "agent" next to "real estate",
  "transformer" next to "voltage" are other trades' words, and ad phrasing ("limited
  edition", "use code") marks a promoted post whatever it mentions.
* **Links are evidence.** arXiv, Hugging Face and GitHub links are where AI news lives.

Posts with no words of their own (a bare link or picture) drop as `empty`, ads as `ad`,
everything else under the threshold as `off-topic`. The pipeline may still pull a dropped,
non-ad post into a story when it is part of a thread or quotes one (see pipeline.py).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsdesk.config import StoriesSettings
from newsdesk.model import Post
from newsdesk.stories.facts import NO_FACTS, TextFacts
from newsdesk.textfacts.entities import scored_entities
from newsdesk.textfacts.gate import GATE, Alternation
from newsdesk.textfacts.kinds import detect_kinds
from newsdesk.textfacts.lexicon import entries, weights
from newsdesk.textfacts.links import link_keys_of
from newsdesk.textfacts.normal import own_text, post_body, strip_urls

#: The lexicon's words and patterns live in textfacts/data/relevance.toml, each with what it is for.
#: English terms (regex, case-insensitive, word-bounded) -> weight.
EN_TERMS: dict[str, float] = {
    entry["pattern"]: entry["weight"] for entry in entries("relevance", "en", {"pattern": str, "weight": float})
}
#: Chinese terms (substring) -> weight. Chinese has no word boundaries and few false friends here.
ZH_TERMS: dict[str, float] = weights("relevance", "zh")
#: "AI" as a word of its own, by case: matches "AI", "AI。", "用AI写", not "AIDS", "TrendAI", "Ai".
_AI_WORD = re.compile(r"(?<![A-Za-z])(?:AI|A\.I\.|AIGC|Ai(?=[\u3400-\u9fff]))(?![A-Za-z])")
#: `_AI_WORD` as it is run: the same matches, found from their "A" (the look-behind moved after it, two
#: characters back): `re` then skips to each "A" instead of trying the look-behind at every position
#: (~3x faster). `_AI_WORD` stays the gate's: its literals are the ones the gate reads
_AI_WORD_RUN = re.compile(r"A(?<![A-Za-z]A)(?:I|\.I\.|IGC|i(?=[\u3400-\u9fff]))(?![A-Za-z])")
AI_WORD_WEIGHT = 1.0
#: Other trades' contexts: (regex, penalty). Applied once each.
CONTEXT_PENALTIES: tuple[tuple[str, float], ...] = tuple(
    (entry["pattern"], entry["penalty"])
    for entry in entries("relevance", "penalty", {"pattern": str, "penalty": float})
)
#: Promoted-post phrasing. Two hits, or one strong hit, make a post an ad.
AD_PATTERNS: tuple[tuple[str, float], ...] = tuple(
    (entry["pattern"], entry["weight"]) for entry in entries("relevance", "ad", {"pattern": str, "weight": float})
)
#: links that mean AI work: papers, models, code
AI_LINK_PREFIXES: tuple[tuple[str, float], ...] = (("arxiv:", 2.0), ("hf:", 2.0), ("gh:", 0.8))

# ASCII boundaries: in Python \w matches CJK, so "用Claude写" would hide "Claude" from \b
# and no version tail: "v0" is Vercel's tool, "v0.1" is a version of anything ("claude-3" is scored as
# the versioned entity); a hyphen is no letter: "the OpenAI-Hugging Face Incident", "Qwen-Image", "Claude-powered"
_EN_HEAD, _EN_TAIL = r"(?<![A-Za-z0-9_])", r"(?![A-Za-z0-9_]|-\d|\.\d)"
_EN_RE = tuple(
    (re.compile(_EN_HEAD + "(?:" + pattern + ")" + _EN_TAIL, re.I), weight) for pattern, weight in EN_TERMS.items()
)
_PENALTY_RE = tuple((re.compile(p, re.I), w) for p, w in CONTEXT_PENALTIES)
_AD_RE = tuple((re.compile(p, re.I), w) for p, w in AD_PATTERNS)


def _word_bounded(key: Hashable, pattern: str) -> Alternation:
    r"""`\b(?:a|b|...)\b` (or a pattern with no such frame) as an `Alternation`."""
    if pattern.startswith(r"\b(?:") and pattern.endswith(r")\b"):
        return Alternation(key, r"\b", pattern[5:-3], r"\b", re.I)
    return Alternation(key, "", pattern, "", re.I)


# one scan of a post says which of these can match at all, and which of their branches
# (see textfacts.gate: LiteralGate and Alternation); the whole regexes stay as they were
_EN_ALT = tuple(Alternation(("en", k), _EN_HEAD, pattern, _EN_TAIL, re.I) for k, pattern in enumerate(EN_TERMS))
_PENALTY_ALT = tuple(_word_bounded(("penalty", k), p) for k, (p, _) in enumerate(CONTEXT_PENALTIES))
_AD_ALT = tuple(_word_bounded(("ad", k), p) for k, (p, _) in enumerate(AD_PATTERNS))
assert all(alt.regex.pattern == regex.pattern for alt, (regex, _) in zip(_EN_ALT, _EN_RE, strict=True))
assert all(alt.regex.pattern == regex.pattern for alt, (regex, _) in zip(_PENALTY_ALT, _PENALTY_RE, strict=True))
_EN_KEYED = tuple((alt.key, alt, weight) for alt, (_, weight) in zip(_EN_ALT, _EN_RE, strict=True))
# The lexicon terms visit only the alternations the gate found literals of, in their order: one set
# intersection (on the members' stored hashes) picks them, where a loop testing each key of the family
# (hashing a tuple each time) cost ~2-5 us a post; penalties and ads, which most posts have none of,
# skip their loop at once when the gate found none of theirs
_EN_AT = {key: k for k, (key, _, _) in enumerate(_EN_KEYED)}
_EN_KEYS = frozenset(_EN_AT)
_PENALTY_KEYS = frozenset(alt.key for alt in _PENALTY_ALT)
_AD_KEYS = frozenset(alt.key for alt in _AD_ALT)
for _term in ZH_TERMS:
    GATE.add(("zh", _term), [_term])
#: the weighted Chinese terms in lexicon order, and where each one's gate key puts it there
_ZH_WEIGHTED = tuple((term, weight) for term, weight in ZH_TERMS.items() if weight)
_ZH_ORDER = {("zh", term): k for k, (term, _) in enumerate(_ZH_WEIGHTED)}
_ZH_KEYS = frozenset(_ZH_ORDER)
GATE.add("ai-word", _AI_WORD)
#: the same term counted at most this often: a post that says "AI" ten times is not ten times AI
MAX_REPEAT = 2
#: an author whose other posts are mostly AI news earns some benefit of the doubt: (share, bonus),
#: best first. An account that posts almost only AI (a lab, a model vendor) is talking about its
#: work even in "Our first Bay Area mixer"; a mixed account only gets help on posts with some signal.
AUTHOR_PRIOR_LEVELS: tuple[tuple[float, float], ...] = ((0.75, 1.0), (0.5, 0.5))
AUTHOR_PRIOR_MIN_POSTS = 3
#: the partial prior needs this much signal of the post's own: one weak word is not enough
PRIOR_MIN_SIGNAL = 0.6
#: an account on the editor's source list (`x:karpathy`) was chosen for writing about AI: its
#: posts get the full prior, like an account whose posts here are mostly AI
SOURCE_PRIOR = 1.0
#: ... on posts with at least this many characters of their own (a CJK character counts two):
#: "Together" or "Show me👀" under a link says nothing, from anyone
SOURCE_PRIOR_MIN_CHARS = 12
#: A brand naming itself ("Palantir is proud to...", "why we built Enter") with nothing more
#: AI than the word "AI" is marketing: the post loses this much. Posts naming a model, a lab
#: or an AI technique score at least SELF_PROMO_MAX_SCORE and are left alone.
SELF_PROMO_PENALTY = 0.5
SELF_PROMO_MAX_SCORE = 2.0
#: a versioned model name ("Kling3.0", "o3", "Step 3.5 Flash") is AI whatever the words around it
VERSIONED_ENTITY_WEIGHT = 1.5
#: ad_score that makes a post an ad; a launch that reads as AI news at least AD_NEWS_SCORE says one
#: promo phrase in passing ("Download now", "20% off for the first week": 14 corpus posts outside the
#: labelled days, most of them a lab's release) and takes AD_NEWS_THRESHOLD
AD_THRESHOLD = 1.0
AD_NEWS_SCORE = 3.0
AD_NEWS_THRESHOLD = 2.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a post is or is not AI news: its score, the terms that fired and the drop reason."""

    post_id: str
    score: float
    hits: tuple[str, ...]
    reason: str | None  #: None when relevant; else "empty", "ad" or "off-topic"
    #: the score of the post's own words, before author and source priors: what it says about AI
    #: by itself (ranking keeps stories with none of it out of the picks, see rank.has_signal)
    signal: float = 0.0

    @property
    def relevant(self) -> bool:
        return self.reason is None


def term_score(text: str) -> tuple[float, list[str]]:
    """Lexicon score of a text and the terms that fired, before context and author priors.
    URLs are not read (hosts such as "ai.com" are not mentions of AI)."""
    total, hits = _term_score(text)
    return total, list(hits)


@functools.lru_cache(maxsize=1 << 18)
def _term_score(raw: str) -> tuple[float, tuple[str, ...]]:
    # cached: the same words arrive again as copies, cross-posts and re-reads of a window
    gated = GATE.scan(raw)
    text = strip_for_terms(raw)
    hits: list[str] = []
    total = 0.0
    en = _EN_KEYS & gated
    for k in sorted(_EN_AT[key] for key in en) if en else ():  # (sorting nothing costs ~1 us too)
        _, alt, weight = _EN_KEYED[k]
        regex = alt.pattern(gated)
        found: dict[str, int] = {}
        for term in regex.findall(text):
            found[term.lower()] = found.get(term.lower(), 0) + 1
        for term, count in found.items():
            total += weight * min(count, MAX_REPEAT) if weight >= 1 else weight
            hits.append(term)
    zh = _ZH_KEYS & gated
    for k in sorted(_ZH_ORDER[key] for key in zh) if zh else ():
        term, weight = _ZH_WEIGHTED[k]
        if term in text:
            total += weight
            hits.append(term)
    # (the gate, lower-casing, cannot tell "AI" from "said": these tests, by case, can)
    ai_count = len(_AI_WORD_RUN.findall(text)) if "ai-word" in gated and _may_say_ai(text) else 0
    if ai_count:
        total += AI_WORD_WEIGHT * min(ai_count, MAX_REPEAT)
        hits.append("AI")
    return total, tuple(hits)


def _may_say_ai(text: str) -> bool:
    """Can `_AI_WORD` match `text`? Each of its matches contains one of these (it is case-sensitive)."""
    return "AI" in text or "Ai" in text or "A.I." in text


@functools.lru_cache(maxsize=1 << 18)
def ad_score(text: str) -> float:
    """How much a post reads like a promoted post; >= 1 is an ad.

    Each distinct phrase counts ("Free to use." and "Get started with" are two calls to
    action, however the patterns group them), each phrase once.
    """
    total = 0.0
    gated = GATE.scan(text)
    if _AD_KEYS.isdisjoint(gated):
        return total
    for alt, (_, weight) in zip(_AD_ALT, _AD_RE, strict=True):
        if alt.key not in gated:
            continue
        found = {m.group(0).lower() for m in alt.pattern(gated).finditer(text)}  # type: ignore[union-attr]
        total += weight * len(found)
    return total


def score_post(post: Post) -> tuple[float, tuple[str, ...], bool]:
    """Relevance score, hits and "is an ad" for one post (title and text), before author priors."""
    return score_text(post_body(post), post.text, post.links)


def score_text(body: str, text: str, links: tuple[str, ...]) -> tuple[float, tuple[str, ...], bool]:
    """`score_post` from the parts of a post it reads: its body (`post_body`), text and links
    (what the pipeline's worker processes are sent, rather than whole posts)."""
    score, hits = term_score(body)
    for key in link_keys_of(text, links):
        for prefix, weight in AI_LINK_PREFIXES:
            if key.startswith(prefix):
                score += weight
                hits.append(key)
                break
    gated = GATE.scan(body)
    if not _PENALTY_KEYS.isdisjoint(gated):
        for alt, (regex, penalty) in zip(_PENALTY_ALT, _PENALTY_RE, strict=True):
            if alt.key in gated and alt.pattern(gated).search(body):  # type: ignore[union-attr]
                score -= penalty
                hits.append(f"-{regex.pattern[:24]}")
    versioned = scored_entities(body)
    if versioned:
        score += VERSIONED_ENTITY_WEIGHT * min(len(versioned), MAX_REPEAT)
        hits.extend(versioned)
    return score, tuple(hits), _reads_as_ad(body, score)


def _reads_as_ad(body: str, score: float) -> bool:
    """Is the post an ad? One promo phrase makes one, unless the post is AI release news by its own
    words (then it takes two): labs announce with "Download now" and launch discounts too."""
    promo = ad_score(body)
    if promo < AD_THRESHOLD:
        return False
    return promo >= AD_NEWS_THRESHOLD or score < AD_NEWS_SCORE or "release" not in detect_kinds(body)


def with_prior(score: float, hits: tuple[str, ...], prior: float) -> tuple[float, tuple[str, ...]]:
    """Add an author's prior: the full one always, the partial one only to posts with some signal."""
    if prior and (score >= PRIOR_MIN_SIGNAL or prior >= AUTHOR_PRIOR_LEVELS[0][1]):
        return score + prior, (*hits, "author-prior")
    return score, hits


def strip_for_terms(text: str) -> str:
    """Text for term matching: URLs removed (hosts such as "ai.com" are not mentions of AI)."""
    return strip_urls(text)


def author_priors(
    scored: Iterable[tuple[Post, float, bool]], threshold: float, facts: TextFacts = NO_FACTS
) -> Mapping[str, float]:
    """Authors whose posts are mostly AI get a bonus on their weakly-AI posts.

    Learned from (post, score, is_ad) of the posts at hand and of history: a lab account
    that writes "Hermes Agent" or "Our first Bay Area mixer" is talking about its work,
    while a finance account writing "AI agents don't panic" is selling. Needs a few posts.
    (`facts`: the window's text facts read ahead, see facts.py.)
    """
    counts = PriorCounts(threshold, facts)
    for post, score, is_ad in scored:
        counts.add(post, score, is_ad)
    return counts.priors()


class PriorCounts:
    """`author_priors`, counted a post at a time: the pipeline counts each chunk of posts as its
    workers answer, while they still read the next ones."""

    __slots__ = ("_facts", "_seen", "_threshold")

    def __init__(self, threshold: float, facts: TextFacts = NO_FACTS) -> None:
        self._threshold, self._facts = threshold, facts
        self._seen: dict[str, list[int]] = {}  #: author -> [posts with words, of them AI news]

    def add(self, post: Post, score: float, is_ad: bool) -> None:
        if not self._facts.own_text(post.text):
            return  # a bare link says nothing about what its author usually posts
        counts = self._seen.get(author := post.author_handle.lower())
        if counts is None:
            counts = self._seen[author] = [0, 0]
        counts[0] += 1
        counts[1] += score >= self._threshold and not is_ad

    def priors(self) -> dict[str, float]:
        priors: dict[str, float] = {}
        for author, (total, ai) in self._seen.items():
            if total < AUTHOR_PRIOR_MIN_POSTS:
                continue
            share = ai / total
            for level, bonus in AUTHOR_PRIOR_LEVELS:
                if share >= level:
                    priors[author] = bonus
                    break
        return priors


def text_units(text: str) -> int:
    """Length where a CJK character counts as two: a Chinese character carries about a word."""
    return len(text) + len(_CJK_CHAR.findall(text))


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


_NAME_WORD = re.compile(r"[A-Za-z]{4,}")


def names_itself(post: Post) -> bool:
    """Does the post name its own author (the handle's letters or the display name's first word)?"""
    text = post.text.lower()
    names = {re.sub(r"[^a-z]", "", post.author_handle.lower())}
    first = _NAME_WORD.match(post.author_name.strip())
    if first:
        names.add(first.group(0).lower())
    return any(
        len(name) >= 4 and name in text and re.search(r"(?<![a-z@/.])" + re.escape(name) + r"(?![a-z])", text)
        for name in names
    )


def author_key(post: Post) -> str:
    """How the source list names a post's account: `x:karpathy` (platform, lower-case handle)."""
    return f"{post.platform}:{post.author_handle.lower()}"


#: what `judge_posts` reads of one post before author priors (`own_parts`): says too little to judge,
#: own score and hits (self-promotion counted), is an ad, is on the source list, has the words the
#: source prior asks for
OwnParts = tuple[bool, float, tuple[str, ...], bool, bool, bool]
_TOO_LITTLE: OwnParts = (True, 0.0, (), False, False, False)


def own_parts(
    post: Post, scored: tuple[float, tuple[str, ...], bool], settings: StoriesSettings,
    known_authors: Collection[str] = frozenset(), facts: TextFacts = NO_FACTS,
) -> OwnParts:
    """The part of a post's verdict that needs no author prior, from its `score_post` answer:
    the pipeline reads it as its workers answer, while they still read the next posts."""
    words = facts.own_text(post_body(post))  # (the same words as title + " " + text: own_text strips)
    if _says_too_little(words, post, settings):
        return _TOO_LITTLE
    base, hits, is_ad = scored
    known = author_key(post) in known_authors
    if not known and 0 < base < SELF_PROMO_MAX_SCORE and names_itself(post):
        base, hits = base - SELF_PROMO_PENALTY, (*hits, "-self-promo")
    # (text units are never fewer than characters: a long text needs no CJK count)
    worded = known and (len(words) >= SOURCE_PRIOR_MIN_CHARS or text_units(words) >= SOURCE_PRIOR_MIN_CHARS)
    return False, base, hits, is_ad, known, worded


def judge_posts(
    posts: Sequence[Post],
    settings: StoriesSettings,
    history: Sequence[Post] = (),
    known_authors: Collection[str] = frozenset(),
    scored: Mapping[str, tuple[float, tuple[str, ...], bool]] | None = None,
    facts: TextFacts = NO_FACTS,
    prepared: tuple[Mapping[str, OwnParts], Mapping[str, float]] | None = None,
) -> dict[str, Verdict]:
    """Verdicts for every post, keyed by post id, with author priors learned from posts + history.

    `known_authors` are the accounts on the source list (`author_key` form): they get
    `SOURCE_PRIOR` on every post. A post with no words of its own is `empty`, a promoted post
    `ad`, anything scoring under `relevance_threshold` (author prior included) `off-topic`.
    `scored` holds `score_post` answers computed elsewhere (the pipeline's workers), by post id,
    and `facts` their other text facts (see facts.py). `prepared`: every post's `own_parts` by id
    and the `author_priors` of posts and history, made earlier (the pipeline's, as its workers
    answered); the verdicts are the same.
    """
    if prepared is None:
        scored = scored or {}
        raw = {p.id: (p, scored.get(p.id) or score_post(p)) for p in (*history, *posts)}
        priors = author_priors(((p, sc, ad) for p, (sc, _, ad) in raw.values()), settings.relevance_threshold,
                               facts)
        parts = {p.id: own_parts(p, raw[p.id][1], settings, known_authors, facts) for p in posts}
    else:
        parts, priors = prepared
    verdicts: dict[str, Verdict] = {}
    threshold = settings.relevance_threshold
    for post in posts:
        too_little, base, hits, is_ad, known, worded = parts[post.id]
        if too_little:
            verdicts[post.id] = Verdict(post.id, 0.0, (), "empty")
            continue
        prior = priors.get(post.author_handle.lower(), 0.0)
        if known and prior < SOURCE_PRIOR and worded:
            score, hits = base + SOURCE_PRIOR, (*hits, "source-prior")
        else:
            score, hits = with_prior(base, hits, prior)
        reason = "ad" if is_ad else "off-topic" if score < threshold else None
        verdicts[post.id] = Verdict(post.id, round(score, 3), hits, reason, round(base, 3))  # (signal last: in order)
    return verdicts


def is_empty(post: Post, settings: StoriesSettings) -> bool:
    """Does the post say too little of its own to judge (its verdict is then "empty", never "ad")?"""
    return _says_too_little(own_text(post_body(post)), post, settings)


def _says_too_little(words: str, post: Post, settings: StoriesSettings) -> bool:
    return len(words) < settings.min_text_chars and not post.title


def is_ad(post: Post, settings: StoriesSettings, scored: tuple[float, tuple[str, ...], bool]) -> bool:
    """Will `judge_posts` call the post an ad, given its `score_post` answer? Author priors never
    change that verdict, so it is known before they are learned (the pipeline starts dedup on it)."""
    return scored[2] and not is_empty(post, settings)


def relevance_strength(score: float) -> float:
    """A 0..1 squashing of a relevance score, for ranking: diminishing returns past a few terms."""
    return 1.0 - math.exp(-max(score, 0.0) / 3.0)
