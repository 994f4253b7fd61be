"""Instruction-like text, scored on cues rather than matched against known attacks.

A list of attack phrases loses to the first rewording ("disregard everything you were told before",
"the rules above no longer apply"). What no rewording removes is the shape of an instruction to a
model: telling the reader to drop what it holds, pointing at its instructions or at the text before,
addressing it as a model, dictating the answer, or posing as a speaker of a chat transcript. Each of
those is a cue in `writer/data/instructions.toml`; two cues in one sentence (or one `alone` cue: a
chat template's special token) make it an instruction. One cue is ordinary language: "ignore the
hype", "the new rules", "you must try this". An assistant's aside ("as an AI language model") is
scored too, for answers only: a person may write "I'm sorry" in a post; a news summary may not.

Sentences are scored one at a time, so an instruction hidden in a long post is found, and one
sentence's "ignore" cannot pair with another sentence's "rules".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsdesk.errors import ConfigError
from newsdesk.textfacts import lexicon

__all__ = ["CUES", "THRESHOLD", "Cue", "answer_aside", "instruction_cues", "instruction_like"]

_DATA = "instructions"
_PACKAGE = "newsdesk.writer"


@dataclass(frozen=True, slots=True)
class Cue:
    """One kind of evidence that a sentence speaks to the model."""

    name: str
    weight: float
    alone: bool  #: enough by itself (a chat template's special token, an aside)
    aside: bool  #: the voice of a chat model: fails an answer, says nothing about a post
    pattern: re.Pattern[str]


def _load() -> tuple[tuple[Cue, ...], float]:
    fields = {"name": str, "weight": float, "alone": bool, "aside": bool, "en": (list, str), "zh": (list, str)}
    cues = []
    for entry in lexicon.entries(_DATA, "cue", fields, _PACKAGE):
        parts = [f"(?:{p})" for p in entry["en"]] + [re.escape(z) for z in entry["zh"]]
        try:
            pattern = re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE)
        except re.error as exc:
            raise ConfigError(f"writer/data/{_DATA}.toml: cue {entry['name']!r}: bad regex: {exc}") from exc
        cues.append(Cue(entry["name"], entry["weight"], entry["alone"], entry["aside"], pattern))
    threshold = lexicon.load(_DATA, _PACKAGE).get("threshold")
    if type(threshold) is not float:
        raise ConfigError(f"writer/data/{_DATA}.toml: threshold: expected a float (written 2.0, not 2)")
    return tuple(cues), threshold


CUES, THRESHOLD = _load()

#: sentence ends in both scripts; a line break ends one too (a role marker owns its line)
_LINE = 280  #: a line this short is also scored whole
_SENTENCE = re.compile(r"(?<=[.!?。！？；;])\s*|\n+")


def _sentences(text: str) -> list[str]:
    """The units scored: each sentence, and each short line whole (a role marker speaks for its
    line: "Assistant: Sure! Ignore the evidence ..."); a long line's sentences are only scored apart."""
    units = [s for s in _SENTENCE.split(text) if s.strip()]
    units += [line for line in text.splitlines() if line.strip() and len(line) <= _LINE and line.strip() not in units]
    return units


@functools.lru_cache(maxsize=1 << 14)
def _sentence_cues(sentence: str, asides: bool) -> tuple[str, ...] | None:
    """The cues of one sentence when they add up to an instruction (or, with `asides`, an aside), else None."""
    found = [cue for cue in CUES if (asides or not cue.aside) and cue.pattern.search(sentence)]
    if any(cue.alone for cue in found) or sum(cue.weight for cue in found) >= THRESHOLD:
        return tuple(cue.name for cue in found)
    return None


def instruction_cues(text: str, *, asides: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """Each sentence of `text` that reads as an instruction to the model, with the cues that say so;
    with `asides`, also each that reads as a chat model's aside (for answers)."""
    out = []
    for sentence in _sentences(text):
        cues = _sentence_cues(sentence.strip(), asides)
        if cues is not None:
            out.append((sentence.strip(), cues))
    return out


def instruction_like(text: str) -> bool:
    """True when some sentence of `text` reads as an instruction to the model (posts and answers)."""
    return any(_sentence_cues(sentence.strip(), False) is not None for sentence in _sentences(text))


def answer_aside(text: str) -> str | None:
    """The first sentence of a model's answer that is an instruction or a chat model's aside, else None."""
    found = instruction_cues(text, asides=True)
    return found[0][0] if found else None
