"""Facts: the numbers and names a piece of a post states, as keys that match across posts and languages.

The evidence the LLM writer shows is chosen by these keys (a sentence is worth its tokens when it
adds a fact nothing shown has), and its coverage is measured by them (`evidence.coverage`): what
share of the facts of a story's posts the model was shown. Both ask the same question the checks
ask of an answer, so the keys are made by the checks' own readers rather than a second copy:

* a number is what `checks.extract_numbers` reads (digits with their multiplier, kind and
  currency: "1M" and "100万" are both 1e6; "2.5x" is a multiple, "63.6%" a percent), keyed by value,
  kind and currency, so the same figure in two posts or two languages is one fact; digits of links,
  handles and list markers ("1. ...") are none;
* a name is a Latin token `checks.name_tokens` counts as a name (GPT-5.5, Anthropic, Devin), keyed
  by `checks` `_key` (case, spacing and hyphens folded), a known Chinese rendering (谷歌 is the fact
  "google") or a Chinese organisation name (蓝鲸科技).

A capitalised word opening a sentence is a name only when the story uses it as one elsewhere
(`vocabulary`), a name or number follows it ("Opus 5 is out") or it is an entity `textfacts` knows
("Anthropic raised ..."): "Proud of the team." states no fact. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsdesk.textfacts.entities import extract_entities
from newsdesk.writer.checks import ZH_ENTITIES, extract_numbers, name_tokens
from newsdesk.writer.checks.names import _key, org_names
from newsdesk.writer.checks.numbers import link_free

__all__ = ["fact_keys", "name_vocabulary", "number_keys"]

#: "1. The genius model", "2) Ship it": a list marker is no figure
_LIST_MARKER = re.compile(r"\s*\(?\d{1,2}[.)](?:\s|$)")
#: a capitalised opening word, and whether a name or a number follows it
_OPENING = re.compile(r"^([\"'“‘(]*)([A-Z][a-z]*(?:['’][a-z]+)?)(?=[\s,:;!?.])")
_NAME_NEXT = re.compile(r" (?:[A-Z]|\d)")
_ZH_NAME = re.compile("|".join(sorted(map(re.escape, ZH_ENTITIES), key=len, reverse=True)))


def number_keys(text: str) -> frozenset[str]:
    """The figures `text` states, as `#<value><kind>/<currency>` keys ("#2.5x/", "#1e+06/USD")."""
    text = link_free(text)
    marker = _LIST_MARKER.match(text)
    keys = set()
    for q in extract_numbers(text):
        if marker and q.start < marker.end() and not q.kind and not q.currency:
            continue
        keys.add(f"#{q.value:.6g}{q.kind}/{q.currency}")
    return frozenset(keys)


def _names(text: str, vocabulary: frozenset[str]) -> set[str]:
    """Name keys of `text`: a capitalised opening word only when the story names it elsewhere or a name follows."""
    text = link_free(text)
    opening = _OPENING.match(text)
    keep_opening = False
    if opening:
        word = opening.group(2)
        key = _key(word)
        keep_opening = (key in vocabulary or bool(_NAME_NEXT.match(text, opening.end(2)))
                        or any(_key(e.removeprefix("name:")) == key for e in extract_entities(word)))
        if not keep_opening:
            text = text[: opening.start(2)] + word.lower() + text[opening.end(2):]
    keys = {_key(t) for t in name_tokens(text)}
    for m in _ZH_NAME.finditer(text):
        latin = ZH_ENTITIES[m.group(0)]
        keys.add(_key(latin[0]) if latin else m.group(0))
    keys.update(org_names(text))
    keys.discard("")
    return keys


def fact_keys(text: str, vocabulary: frozenset[str] = frozenset()) -> frozenset[str]:
    """The facts `text` states: its figures (`number_keys`) and its names (Latin name keys, Chinese
    renderings folded to their Latin name, Chinese organisation names). `vocabulary`: names the
    story uses mid-sentence (`name_vocabulary`), so an opening "Anthropic ..." counts as one."""
    return number_keys(text) | frozenset(_names(text, vocabulary))


def name_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The name keys the texts give away from a sentence's opening word: what the story calls a name."""
    out: set[str] = set()
    for text in texts:
        out |= _names(text, frozenset())
    return frozenset(out)
