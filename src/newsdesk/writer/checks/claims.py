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

__all__ = ["CLAIM_KINDS", "ClaimKind", "check_claims", "claims_made"]


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
        else:  # whole words: "now" is not in "know", "'ll" still in "we'll"
            head = "(?<![A-Za-z])" if w[0].isalnum() else ""
            parts.append(head + esc + ("(?![A-Za-z])" if w[-1].isalnum() else ""))
    return re.compile("|".join(parts), re.IGNORECASE)


def _load() -> tuple[ClaimKind, ...]:
    fields = {"name": str, "written": (list, str), "evidence": (list, str), "before_number": bool}
    return tuple(
        ClaimKind(
            e["name"],
            re.compile("|".join(re.escape(w) for w in sorted(e["written"], key=len, reverse=True))),
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


def claims_made(text: str) -> list[tuple[str, str]]:
    """(kind, word) of each claim `text` makes, in order."""
    text = text.replace("**", "")
    out = []
    for kind in CLAIM_KINDS:
        for m in kind.written.finditer(text):
            if not kind.before_number and _DIGIT_SOON.match(text, m.end()):
                continue
            out.append((kind.name, m.group(0)))
    return out


def _backed(kind: ClaimKind, joined: str) -> bool:
    """The posts carry one of the kind's evidence words; for a kind whose Chinese words also hedge a figure,
    not as such a hedge: "超过5遍" (more than five times) compares nothing, "最高1426" is "up to" (an English
    "beats it by 3 points" still compares)."""
    return any(
        kind.before_number or m.group(0).isascii() or not _DIGIT_SOON.match(joined, m.end())
        for m in kind.evidence.finditer(joined)
    )


def check_claims(text: str, evidence: Sequence[str]) -> Check:
    """Every first, superlative, comparison, time or mandate `text` claims has its kind of word in the posts."""
    joined = "\n".join(evidence)
    made = claims_made(text)
    kinds = {k.name: k for k in CLAIM_KINDS}
    unsupported = [
        f"{word} ({name})" for name, word in made if word not in joined and not _backed(kinds[name], joined)
    ]
    if unsupported:
        return Check("claims", False, "the cited posts make no such claim: " + ", ".join(dict.fromkeys(unsupported)))
    return Check("claims", True, f"{len(made)} claim word(s) backed by the cited posts")
