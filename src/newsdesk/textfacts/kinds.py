"""News kinds: does a text read as a release, a paper, a deal, a policy move, an incident...?

Detected per post from English and Chinese wording; shared kinds are supporting evidence in
clustering, a ranking input, and what the Chinese headline templates key on. The vocabulary,
with each kind's weight in ranking and clustering, is data: textfacts/data/kinds.toml.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsdesk.textfacts.gate import GATE, Alternation
from newsdesk.textfacts.lexicon import entries
from newsdesk.textfacts.normal import strip_urls


@dataclass(frozen=True, slots=True)
class Kind:
    """One news kind of the vocabulary in textfacts/data/kinds.toml (see its header for each field)."""

    name: str
    en: str  #: English regex, case-insensitive, word-bounded
    zh: tuple[str, ...]  #: Chinese substrings
    zh_re: str  #: a Chinese regex for wording substrings cannot say ("支持 X 了"), or ""
    rank_weight: float  #: stories/rank.py: the story's "kind" part
    merge_points: float  #: stories/cluster.py: evidence points when two posts share it
    weak: bool  #: too common to tie two posts or stories by itself
    headline_news: bool  #: writer/headline_zh.py: makes a post more than an opinion


_FIELDS = {"name": str, "en": str, "zh": (list, str), "zh_re": str, "rank_weight": float, "merge_points": float,
           "weak": bool, "headline_news": bool}
#: The one vocabulary of news kinds, in file order: what detection, clustering, ranking, novelty,
#: selection and the headline writer all read.
KINDS: tuple[Kind, ...] = tuple(
    Kind(**{**entry, "zh": tuple(entry["zh"])}) for entry in entries("kinds", "kind", _FIELDS)
)
#: kind -> (English regex, Chinese substrings). Detected per post; shared kinds are supporting
#: evidence in clustering ("LiteLLM" + "attack" in both) and a ranking input.
NEWS_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {kind.name: (kind.en, kind.zh) for kind in KINDS}
#: news kinds too common to say two posts or stories are one by themselves ("free", "plan" are everywhere)
WEAK_KINDS = frozenset(kind.name for kind in KINDS if kind.weak)
#: (each a word-bounded alternation, run with only the branches a text can match)
_KIND_ALT = {kind: Alternation(("kind", kind), r"\b", pattern.removeprefix(r"\b(?:").removesuffix(r")\b"), r"\b", re.I)
             for kind, (pattern, _) in NEWS_KINDS.items()}
assert all(alt.regex.pattern == NEWS_KINDS[kind][0] for kind, alt in _KIND_ALT.items())


def _needed_run(pattern: str) -> str:
    """The first run of two or more Chinese characters of `pattern` outside its look-arounds and
    character classes: every match holds it, so a text without it skips the regex (the gate's key)."""
    bare = re.sub(r"\[[^\]]*\]", "", re.sub(r"\(\?<?[!=][^()]*\)", "", pattern))
    run = re.search(r"[\u3400-\u9fff]{2,}", bare)
    if run is None:
        raise ValueError(f"kinds.toml: zh_re {pattern!r} needs a run of two Chinese characters every match holds")
    return run.group(0)


#: kind -> (its Chinese regex, the gate key of the run every match holds), for the kinds that have one
_ZH_RE = {kind.name: (re.compile(kind.zh_re), ("kind-zh-re", kind.name)) for kind in KINDS if kind.zh_re}
for _name, (_regex, _key) in _ZH_RE.items():
    GATE.add(_key, [_needed_run(_regex.pattern)])


@functools.lru_cache(maxsize=1 << 18)
def detect_kinds(text: str) -> frozenset[str]:
    """News kinds a post's text reads as (release, paper, funding, policy, incident, ...)."""
    gated = GATE.scan(text)
    plain = strip_urls(text)
    kinds = set()
    for kind, alt, zh_key, zh in _KINDS_KEYED:
        zh_re = _ZH_RE.get(kind)
        if ((alt.key in gated and alt.pattern(gated).search(plain))  # type: ignore[union-attr]
                or (zh_key in gated and any(term in plain for term in zh))
                or (zh_re is not None and zh_re[1] in gated and zh_re[0].search(plain))):
            kinds.add(kind)
    return frozenset(kinds)


for _kind, (_, _zh) in NEWS_KINDS.items():
    GATE.add(("kind-zh", _kind), _zh)
_KINDS_KEYED = tuple((kind, _KIND_ALT[kind], ("kind-zh", kind), zh) for kind, (_, zh) in NEWS_KINDS.items())
