"""Claims: firsts, superlatives, comparisons and times a summary makes must be made by its posts.

A number or a name is checked where it stands; "全球首个", "最强", "超越", "将于下月推出" and
"欧盟强制要求" carry no number and often no new name, yet they are what a fluent model adds.
Each claim word of `writer/data/claims.toml` needs one of its kind's evidence words (first,
best, beats, will, now, law ...) somewhere in the cited posts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.model import Check
from newsdesk.textfacts import lexicon
from newsdesk.writer.checks.names import _key, name_tokens
from newsdesk.writer.text import split_sentences

__all__ = ["CLAIM_KINDS", "POLAR_PAIRS", "ClaimKind", "PolarPair", "check_claims", "claims_made", "reversed_claims",
           "rounds_moved"]


@dataclass(frozen=True, slots=True)
class ClaimKind:
    """One kind of claim: the Chinese words that make it and the evidence that allows it."""

    name: str
    written: re.Pattern[str]
    evidence: re.Pattern[str]
    before_number: bool  #: False: a digit right after the word makes it a hedge (最高4倍), not this claim


def _evidence_pattern(words: Sequence[str]) -> re.Pattern[str]:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w)
        if re.search(r"[\u4e00-\u9fff]", w):
            parts.append(esc)
        else:  # whole words: "now" is not in "know", "'ll" still in "we'll", "n't" in "didn't" (either apostrophe)
            esc = esc.replace("'", "['’]")
            head = "(?<![A-Za-z])" if w[0].isalnum() and not w.startswith("n'") else ""
            # a verb or noun of five letters or more in any of its forms: "surpassing", "rivaled", "launches"
            forms = "(?:s|es|d|ed|ing)?" if len(w) >= 5 and w.isalpha() else ""
            parts.append(head + esc + forms + ("(?![A-Za-z])" if w[-1].isalnum() else ""))
    return re.compile("|".join(parts), re.IGNORECASE)


_NOT_AFTER_FIGURE = r"(?<![\d零〇一二两三四五六七八九十百千万亿])"


def _longest_first(words: Sequence[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _written(word: str) -> str:
    """A claim word as a summary may write it: one of status (已上线, 已完成) also with 已经 and an adverb
    between ("已经开源", "已经公开发布", "已全面上线")."""
    if word.startswith("已") and len(word) > 1:
        return "已经?(?:正式|全面|全部|公开|陆续|率先|成功|顺利)?" + re.escape(word[1:])
    return re.escape(word)


def _load() -> tuple[ClaimKind, ...]:
    fields = {"name": str, "written": (list, str), "evidence": (list, str), "before_number": bool}
    return tuple(
        ClaimKind(
            e["name"],
            # a figure's own word is no claim: the 多次 of "1000多次调用" is "more than 1000 calls"
            re.compile(_NOT_AFTER_FIGURE + "(?:" + "|".join(map(_written, _longest_first(e["written"]))) + ")"),
            _evidence_pattern(e["evidence"]),
            e["before_number"],
        )
        for e in lexicon.entries("claims", "claim", fields, "newsdesk.writer")
    )


CLAIM_KINDS: tuple[ClaimKind, ...] = _load()
#: a figure within the same phrase, in digits or Chinese numerals (最高可达传统方法的100倍, 超过八成,
#: 超过一半, 超过四分之一): the word hedges that figure
_DIGIT_SOON = re.compile(
    r"[^\d\n，。；,;.!?！？]{0,10}(?:\d|[一二两三四五六七八九十百千万]+(?:成|倍|个|分之|万|亿)|一半|半数)"
)


def _hedges_figure(text: str, end: int) -> bool:
    """A figure follows the word ending at `end` within its phrase, so the word hedges it (超过100, 最高4倍),
    unless a Latin name stands before that figure, whose version it is ("超过了GPT-5", "领先Nemotron 3")."""
    m = _DIGIT_SOON.match(text, end)
    return m is not None and not re.search(r"[A-Za-z]", text[end : m.end()])


def claims_made(text: str) -> list[tuple[str, str]]:
    """(kind, word) of each claim `text` makes, in order."""
    text = text.replace("**", "")
    out = []
    for kind in CLAIM_KINDS:
        for m in kind.written.finditer(text):
            if not kind.before_number and _hedges_figure(text, m.end()):
                continue
            out.append((kind.name, m.group(0)))
    return out


def _backed(kind: ClaimKind, joined: str) -> bool:
    """The posts carry one of the kind's evidence words; for a kind whose Chinese words also hedge a figure,
    not as such a hedge: "超过5遍" (more than five times) compares nothing, "最高1426" is "up to" (an English
    "beats it by 3 points" still compares)."""
    return any(
        kind.before_number or m.group(0).isascii() or not _hedges_figure(joined, m.end())
        for m in kind.evidence.finditer(joined)
    )


#: kinds of claim a post may make only as a guess ("这应该也是全球第一个", "probably the fastest")
_HEDGEABLE = frozenset({"first", "only", "superlative", "global", "all_rivals", "comparison"})
#: a guess in a post, shortly before its claim word, within the sentence
_GUESS_BEFORE = re.compile(
    r"(?:应该|应是|可能|或许|也许|大概|估计|理论上|据说|似乎|号称|自称|(?<![A-Za-z])(?:probably|likely|possibly|perhaps|"
    r"maybe|arguably|may|might|could|should|in theory|theoretically|potentially|reportedly|apparently|seems?|claims?"
    r"|claimed|i think|we think|believe|believes)(?![A-Za-z]))[^\n。！？.!?]{0,20}$",
    re.IGNORECASE,
)
#: a guess or a voice kept in a summary: 应该, 可能, or the claim given as someone's (他认为, 称, 据)
_GUESS_KEPT = re.compile(
    r"(?:应该|应是|应当|可能|或许|也许|大概|估计|理论上|据说|似乎|号称|自称|认为|称|表示|据|宣称|有望|或将|或是|据悉|可以说|看来|"
    r"相信|猜测)[^\n。！？]{0,20}$"
)


def _guessed(kind: ClaimKind, word: str, joined: str) -> bool:
    """Every place the posts make this kind of claim (its evidence words, or the written word itself) is
    hedged as a guess: a summary that states the claim as fact has dropped the hedge."""
    places = [m.start() for m in kind.evidence.finditer(joined)]
    places += [m.start() for m in re.finditer(re.escape(word), joined)]
    return bool(places) and all(_GUESS_BEFORE.search(joined, max(0, p - 30), p) for p in places)


#: kinds of claim that name what they compare with ("超过了Claude Opus 4.6")
_COMPARING = frozenset({"comparison", "all_rivals"})
#: the rest of a written clause after a comparison word, where its rival is named
_RIVAL_AFTER = re.compile(r"[^，。；：,;:!?！？\n]{0,30}")


def _compared_with(text: str, kind: ClaimKind) -> list[tuple[str, str]]:
    """(word, rival) of each comparison of `text` that names its rival in Latin script ("超过了Opus 4.6":
    ("超过", "Opus")): the first name after the word in its clause."""
    out = []
    for m in kind.written.finditer(text):
        if not kind.before_number and _hedges_figure(text, m.end()):
            continue
        rest = _RIVAL_AFTER.match(text, m.end())
        rival = next(iter(name_tokens(rest.group(0))), None) if rest else None
        if rival:
            out.append((m.group(0), rival))
    return out


def _compared_elsewhere(text: str, evidence: Sequence[str]) -> list[str]:
    """Comparisons of `text` with a named rival that no post sentence naming that rival makes: "超过了Opus 4.6"
    where the posts name Opus 4.6 only "alongside" or "追平" it. A rival the posts never name is left to the
    names check; one they name in a sentence that compares is backed, whichever way that sentence compares."""
    sentences = [s for ev in evidence for s in split_sentences(ev)]
    wrong = []
    for kind in CLAIM_KINDS:
        if kind.name not in _COMPARING:
            continue
        for word, rival in _compared_with(text, kind):
            key = _key(rival)
            naming = [s for s in sentences if key and key in _key(s)]
            if naming and not any(word in s or _backed(kind, s) for s in naming):
                wrong.append(f"{word}{rival} ({kind.name})")
    return wrong


@dataclass(frozen=True, slots=True)
class PolarPair:
    """One pole of a status or a comparison (`data/claims.toml`, [[polar]]): the words that write it, the posts' words
    for the other pole and for this one, and where the posts are read (`scope`)."""

    name: str
    written: re.Pattern[str]
    opposite: re.Pattern[str]
    backing: re.Pattern[str]
    scope: str


def _load_polar() -> tuple[PolarPair, ...]:
    fields = {"name": str, "written": (list, str), "opposite": (list, str), "backing": (list, str), "scope": str}
    return tuple(
        PolarPair(e["name"], re.compile("|".join(map(re.escape, _longest_first(e["written"])))),
                  _evidence_pattern(e["opposite"]), _evidence_pattern(e["backing"]), e["scope"])
        for e in lexicon.entries("claims", "polar", fields, "newsdesk.writer")
    )


POLAR_PAIRS: tuple[PolarPair, ...] = _load_polar()
#: a negation right before a word, which then says neither pole: "not a temporary stunt", "isn't open", "尚未开源"
_NEGATED_EN = re.compile(r"(?<![A-Za-z])(?:not|n['’]t|never|no|without)\s+(?:[A-Za-z-]+\s+){0,2}$", re.IGNORECASE)
_NEGATED_ZH = re.compile(r"(?:不|未|没|非|无|并非|尚未|没有|并未|不是)$")
#: where a clause of a post or a summary ends, for a comparison's rival
_POLAR_CLAUSE = re.compile(r"[，,；;。！？!?\n]|(?<=[a-z])\.\s")


def _plain_hits(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` matches `text` somewhere not negated where it stands."""
    for m in pattern.finditer(text):
        head = text[max(0, m.start() - 30) : m.start()]
        if not (_NEGATED_EN.search(head) or _NEGATED_ZH.search(head)):
            return True
    return False


def reversed_claims(text: str, evidence: Sequence[str]) -> list[str]:
    """Status and comparison words of `text` (闭源, 限时, 已官方确认, 不及) whose other pole the posts state and this
    one never (`POLAR_PAIRS`): an open model written closed, a permanent cut written limited, a rumored figure
    written confirmed, "outperforms" written 不及. A word negated where the summary writes it is left alone."""
    plain = text.replace("**", "")
    joined = "\n".join(evidence)
    clauses = [c for ev in evidence for c in _POLAR_CLAUSE.split(ev)]
    wrong = []
    for pair in POLAR_PAIRS:
        for m in pair.written.finditer(plain):
            if _NEGATED_ZH.search(plain, max(0, m.start() - 4), m.start()) or (
                    pair.scope == "rival" and _hedges_figure(plain, m.end())):
                continue  # (超过100 is "more than 100", no comparison)
            where = [joined]
            if pair.scope == "rival":
                rest = _RIVAL_AFTER.match(plain, m.end())
                rival = next(iter(name_tokens(rest.group(0))), None) if rest else None
                key = _key(rival) if rival else ""
                naming = [c for c in clauses if key and key in _key(c)]
                where = naming or where
            if any(_plain_hits(pair.opposite, w) for w in where) and not any(
                    _plain_hits(pair.backing, w) or m.group(0) in w for w in where):
                wrong.append(f"{m.group(0)} ({pair.name})")
    return wrong


#: a funding round as a summary writes it (A轮, B+轮, Pre-A轮, 种子轮, 天使轮) and as posts write it (Series A, A
#: round, seed, angel, A轮): a round the posts name none of is left to the numbers and names; one they name in another
#: letter is a different round ("B轮" for "Series A")
_ZH_ROUND = re.compile(r"(?<![A-Za-z])(?:(?P<pre>[Pp]re-?)?(?P<letter>[A-Fa-f])\+?|(?P<word>种子|天使))轮")
_POST_ROUND = re.compile(
    r"(?<![A-Za-z])(?:series\s*(?P<pre1>pre-?)?(?P<l1>[a-f])(?![a-z])|(?P<pre2>pre-?)?(?P<l2>[a-f])\+?[\s-]*(?:round|轮)"
    r"|(?P<seed>seed|pre-seed|种子)|(?P<angel>angel|天使))",
    re.IGNORECASE,
)


def _round_key(letter: str | None, pre: str | None, word: str | None) -> str:
    if word:
        return {"种子": "seed", "seed": "seed", "pre-seed": "seed", "天使": "angel", "angel": "angel"}[word.lower()]
    return ("pre-" if pre else "") + (letter or "").lower()


def rounds_moved(text: str, evidence: Sequence[str]) -> list[str]:
    """Funding rounds of `text` (B轮, 种子轮) that the posts, naming a round, never name: "B轮" for "Series A"."""
    joined = "\n".join(evidence)
    named = {
        _round_key(m.group("l1") or m.group("l2"), m.group("pre1") or m.group("pre2"),
                   m.group("seed") or m.group("angel"))
        for m in _POST_ROUND.finditer(joined)
    }
    if not named:
        return []
    wrong = []
    for m in _ZH_ROUND.finditer(text.replace("**", "")):
        key = _round_key(m.group("letter"), m.group("pre"), m.group("word"))
        if key not in named and key.removeprefix("pre-") not in named:
            wrong.append(f"{m.group(0)} (the posts name {', '.join(sorted(named))})")
    return wrong


def check_claims(text: str, evidence: Sequence[str]) -> Check:
    """Every first, superlative, comparison, time or mandate `text` claims has its kind of word in the posts;
    one the posts make only as a guess ("这应该也是全球第一个") stays a guess or someone's view; a comparison
    with a named rival is made where the posts name that rival."""
    joined = "\n".join(evidence)
    made = claims_made(text)
    kinds = {k.name: k for k in CLAIM_KINDS}
    unsupported = [
        f"{word} ({name})" for name, word in made if word not in joined and not _backed(kinds[name], joined)
    ] + _compared_elsewhere(text.replace("**", ""), evidence)
    if unsupported:
        return Check("claims", False, "the cited posts make no such claim: " + ", ".join(dict.fromkeys(unsupported)))
    turned = reversed_claims(text, evidence) + rounds_moved(text, evidence)
    if turned:
        return Check("claims", False, "the cited posts say the opposite: " + ", ".join(dict.fromkeys(turned)))
    plain = text.replace("**", "")
    certain = [
        f"{m.group(0)} ({kind.name})"
        for kind in CLAIM_KINDS
        if kind.name in _HEDGEABLE
        for m in kind.written.finditer(plain)
        if _guessed(kind, m.group(0), joined) and not _GUESS_KEPT.search(plain, max(0, m.start() - 30), m.start())
    ]
    if certain:
        return Check("claims", False, "the cited posts make it only as a guess: " + ", ".join(dict.fromkeys(certain)))
    return Check("claims", True, f"{len(made)} claim word(s) backed by the cited posts")
