"""Entities: which models, products and labs a text names, under one name across languages.

Versioned models ("gpt-5.5", "claude-opus-4.7"), known products and labs under one canonical
name in English and Chinese ("qwen" for 通义千问), and product names read from their shape
(CamelCase, "<Name> SDK"). `is_specific` tells the names that can pin one event from the
generic ones ("OpenAI", "Claude") a day has many unrelated posts about.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Hashable

from newsdesk.textfacts.gate import GATE, Alternation, from_first_chars, split_alternatives
from newsdesk.textfacts.lexicon import entries
from newsdesk.textfacts.normal import strip_urls

#: Model families whose names take a version. (pattern, canonical prefix). Order matters:
#: longer names first so "Claude Opus 4.7" is not read as plain "Opus 4.7". Claude's tiers include Fable
#: and Mythos ("Claude Fable 5": 145 corpus posts by 43 accounts outside the labelled days; "Mythos 5": 14 by 6).
_VERSIONED: tuple[tuple[str, str], ...] = (
    (r"claude[\s-]*(opus|sonnet|haiku|fable|mythos)[\s-]*", "claude-{0}-"),
    (r"(opus|sonnet|haiku|fable|mythos)[\s-]*", "claude-{0}-"),
    (r"claude[\s-]*", "claude-"),
    (r"gpt[\s-]*image[\s-]*", "gpt-image-"),
    (r"gpt[\s-]*", "gpt-"),
    (r"gemini[\s-]*", "gemini-"),
    (r"gemma[\s-]*", "gemma-"),
    (r"(?:通义)?千问[\s-]*", "qwen"),
    (r"qwen[\s-]*", "qwen"),
    (r"llama[\s-]*", "llama-"),
    (r"deepseek[\s-]*(?:v|r)?", "deepseek-"),
    (r"kimi[\s-]*k?", "kimi-k"),
    (r"glm[\s-]*", "glm-"),
    (r"minimax[\s-]*m", "minimax-m"),
    (r"grok[\s-]*", "grok-"),
    (r"step[\s-]*", "step-"),
    (r"seedance[\s-]*", "seedance-"),
    (r"kling[\s-]*", "kling-"),
    (r"veo[\s-]*", "veo-"),
    (r"sora[\s-]*", "sora-"),
    (r"codex[\s-]*", "codex-"),
    (r"claude\s*code[\s-]*v?", "claude-code-"),
    (r"hermes[\s-]*agent[\s-]*v?", "hermes-agent-"),
    (r"mistral[\s-]*(?:large|medium|small)?[\s-]*", "mistral-"),
    (r"ernie[\s-]*|文心[\s-]*", "ernie-"),
    (r"nano[\s-]*banana[\s-]*", "nano-banana-"),
    (r"nemotron[\s-]*", "nemotron-"),  # NVIDIA's open models (36 corpus posts outside the labelled days, 17 accounts)
    (r"o", "openai-o"),
)
_VERSION = (
    r"(\d+(?:\.\d+){0,2})"
    r"(?:[\s-]*(pro|flash|lite|mini|max|plus|turbo|coder|instruct|thinking|omni|ultra|nano|next|vl|tts|codex))?"
)
#: a word each pattern of _VERSIONED needs (lower case): a pattern whose word is absent is not run
_VERSIONED_WORDS: tuple[tuple[str, ...], ...] = (
    ("claude",), ("opus", "sonnet", "haiku", "fable", "mythos"), ("claude",), ("gpt",), ("gpt",), ("gemini",),
    ("gemma",), ("千问",), ("qwen",), ("llama",), ("deepseek",), ("kimi",), ("glm",), ("minimax",), ("grok",),
    ("step",), ("seedance",), ("kling",), ("veo",), ("sora",), ("codex",), ("claude",), ("hermes",), ("mistral",),
    ("ernie", "文心"), ("nano",), ("nemotron",), ("o",),
)
assert len(_VERSIONED_WORDS) == len(_VERSIONED)
#: (each as it is run: written from its first character where it can be, `gate.from_first_chars`; a pattern
#: of two top-level alternatives, as "ernie...|文心..." is, keeps its own form)
_VERSIONED_RE = tuple(
    ((len(split_alternatives(pat + _VERSION)) == 1
      and from_first_chars(r"(?<![A-Za-z0-9])", [pat + _VERSION + r"(?![\d.]*\d)"], "", re.I))
     or re.compile(r"(?<![A-Za-z0-9])" + pat + _VERSION + r"(?![\d.]*\d)", re.I), canon, words)
    for (pat, canon), words in zip(_VERSIONED, _VERSIONED_WORDS, strict=True)
)
_DIGIT = re.compile(r"\d")
#: a Claude tier after the version ("Claude 3.5 Sonnet", Anthropic's own order until Claude 4, and "Claude 5 Fable"):
#: 11 corpus posts by 8 accounts outside the labelled days write it so
_TIER_AFTER = re.compile(r"[\s-]*(opus|sonnet|haiku|fable|mythos)(?![A-Za-z0-9])", re.I)
#: what every match of the "o3" pattern holds (case-insensitive "o" is "o" or "O"): a class first
#: lets `re` skip to candidates, which a pattern opening with a look-behind cannot
_O_DIGIT = re.compile(r"[oO]\d")
#: "the 2.1.81 release of X": plain numbers after these are counts, not versions
_NOT_VERSION_AFTER = re.compile(r"^\s*(?:%|k\b|m\b|b\b|x\b|个|万|亿|小时|天|分钟|年|月|日|号|元|美元|刀)", re.I)

#: Names that mean one product whatever their spelling, EN and ZH: canonical -> spellings, from
#: textfacts/data/entities.toml (with what each is for). Kept small and general: the point is
#: that 通义千问 and Qwen meet, not to list the market.
_ALIAS_ENTRIES = entries("entities", "alias", {"name": str, "spellings": (list, str), "generic": bool})
ALIASES: dict[str, tuple[str, ...]] = {entry["name"]: tuple(entry["spellings"]) for entry in _ALIAS_ENTRIES}
#: Entities so common in AI posts that sharing one says nothing about sharing an event (`generic = true`).
GENERIC_ENTITIES = frozenset(entry["name"] for entry in _ALIAS_ENTRIES if entry["generic"])
_ALIAS_ASCII = sorted(
    ((spelling, canon) for canon, spellings in ALIASES.items() for spelling in spellings if spelling.isascii()),
    key=lambda pair: -len(pair[0]),
)
_ALIAS_ALT = Alternation(
    "alias", r"(?<![A-Za-z0-9])(", "|".join(re.escape(s) for s, _ in _ALIAS_ASCII), r")(?![A-Za-z0-9])", re.I
)
_ALIAS_OF = {s: c for s, c in _ALIAS_ASCII}
# (`scored_entities` reads only the versioned patterns: it relies on no alias naming a version)
assert not any(ch.isdigit() for canon in ALIASES for ch in canon), "an alias name with a digit"
_ALIAS_CJK = tuple(
    (spelling, canon) for canon, spellings in ALIASES.items() for spelling in spellings if not spelling.isascii()
)
#: (ASCII look-arounds throughout: Python's \w matches CJK, and Chinese runs straight into names.)
#: CamelCase or inner-capital names ("LiteLLM", "DeployGraph", "SmithDB", "GStack"): product names.
_CAMEL = re.compile(r"(?<![A-Za-z0-9_@#/.])([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Z]{1,3}[a-z][a-z0-9]+[A-Z][A-Za-z0-9]*|"
                    r"[A-Z]{2,}[a-z]{3,}[A-Za-z0-9]*|[a-z]+[A-Z][a-z0-9]+[A-Za-z0-9]*)(?![A-Za-z0-9_/])")
#: what every _CAMEL match holds: a lower-case letter or digit before a capital, or two capitals
#: before a lower-case letter. Opening with a class, it skips to the capitals (4x faster than
#: _CAMEL, whose look-behind makes it try every position), and 4 posts in 5 have neither
_MAY_BE_CAMEL = re.compile(r"[A-Z](?:(?<=[a-z0-9][A-Z])|[A-Z][a-z])")
_CAMEL_STOP = frozenset({"iphone", "ipad", "macbook", "youtube", "github", "linkedin", "tiktok", "openai", "chatgpt",
                         "deepseek", "minimax", "openclaw", "iphones", "ios", "macos", "wechat", "whatsapp",
                         "javascript", "typescript", "postgresql", "huggingface", "paypal", "hubspot", "quickbooks",
                         "docusign", "playstation", "powerpoint", "livestream", "langchain", "langsmith", "pypi",
                         "mcdonald", "airpods", "macbooks", "imessage", "facetime",
                         # a common noun written like a brand (118 corpus posts, 5 accounts: book promotions)
                         "ebook", "ebooks"})


#: Multi-word product names: capitalised words ending in a product noun ("Claude Agent SDK",
#: "MiniMax Token Plan", "LangSmith Engine", "AI Gateway"). Case-sensitive on purpose.
_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9_@#])((?:[A-Z][A-Za-z0-9_.+-]*\s){1,3})(SDK|API|CLI|Plan|Studio|Engine|Gateway|Agent|Desktop|Index|Cloud|"
    r"Platform|Mode|Skills?|App|Labs|Foundation|Computer|Browser|Sandbox|Extension|Benchmark)(?![A-Za-z0-9_-])"
)
_PRODUCT_LEAD_STOP = frozenset({"the", "a", "an", "our", "your", "my", "new", "this", "that", "its", "their", "with",
                                "and", "or", "for", "in", "on", "of", "to", "any", "every", "one", "no", "all",
                                "i", "we", "you", "it", "is", "are", "ai"})


#: "Claude Tag", "ChatGPT Work", "Gemini Spark", "Codex Security": a flagship's name plus a capitalised
#: word names one product of it, specific where the flagship alone is not (entities.toml [[branded]]).
_FLAGSHIPS = "|".join(re.escape(entry["flagship"]) for entry in entries("entities", "branded", {"flagship": str}))
_BRANDED = re.compile(r"(?<![A-Za-z0-9_@#/.])(" + _FLAGSHIPS + r") ([A-Z][a-z]{2,})(?![A-Za-z0-9_-])")
#: what every _BRANDED match holds; without its look-behind in front, `re` skips to the flagships'
#: first letters (~3x faster, and most posts naming a flagship have no capital after it)
_MAY_BE_BRANDED = re.compile("(?:" + _FLAGSHIPS + ") [A-Z]")
#: words after a flagship that are not a product of it (entities.toml [[not_branded]])
_BRANDED_NOT = frozenset(word for entry in entries("entities", "not_branded", {"words": (list, str)})
                         for word in entry["words"])


def _branded_names(text: str) -> set[str]:
    if not _MAY_BE_BRANDED.search(text):
        return set()
    return {f"name:{m.group(1).lower()} {m.group(2).lower()}" for m in _BRANDED.finditer(text)
            if m.group(2).lower() not in _BRANDED_NOT}


def _product_names(text: str) -> set[str]:
    found = set()
    for m in _PRODUCT.finditer(text):
        if _DIGIT.search(m.group(1)):
            # "GLM-5.3 API is now live", "Kimi K2.6 API", "DeepSeek-V4-Flash Official API": a versioned model's
            # interface, whose news is the model's (22 corpus posts by 10 accounts outside the labelled days)
            continue
        words = [w.lower() for w in m.group(1).split()]
        while words and words[0] in _PRODUCT_LEAD_STOP and words[0] != "ai":
            words = words[1:]
        if not words or all(w in _PRODUCT_LEAD_STOP for w in words):
            continue  # "AI Agent", "the API": a category, not a product
        name = " ".join(words) + " " + m.group(2).lower()
        if name not in _ALIAS_OF:
            found.add("name:" + name)
    return found


#: a product line named in capitalised, hyphenated parts ending in a version: "MAI-Voice-2",
#: "HiDream-O1-Image-1.5", "Qwen-Image-3.0", "ARC-AGI-3". Outside the labelled days the corpus spells
#: 31 such names, all models or AI benchmarks but one ("SARS-CoV-2"); a family the patterns above know
#: ("Claude-Opus-4.7") is read by its pattern first. Two parts at least: "COVID-19", "F-35" are one.
#: (found by its version, "-2" after a letter or digit, then read backwards: `_HYPHENED_HEAD` ends there)
_HYPHEN_VERSION = re.compile(r"-\d+(?:\.\d+)?(?![\w.-])")
_HYPHENED_HEAD = re.compile(r"(?<![\w.-])[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+$")
#: how far back from its version a name may start
_HEAD_REACH = 80


#: a product no pattern above knows, named with a dotted version: one or two capitalised words and "N.N"
#: ("Muse Spark 1.1", "Midjourney V8.2", "Nemotron 3.5", "Aleph 2.0"). A `name:` entity: specific, so it can
#: anchor an event, but no AI signal by itself (relevance.py counts only the versioned models above), since
#: "iOS 18.2" has the same shape. A family the patterns above read ("Opus 4.7") keeps its own name.
_DOTTED_VERSION = re.compile(r" ([Vv]?\d+\.\d+)(?![\w.%-])")
#: what every _DOTTED_VERSION match holds; most posts have none, and it needs no scan of every space
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
_DOTTED_HEAD = re.compile(r"(?<![\w.@#/-])((?:[A-Z][A-Za-z0-9]+ ){1,2})$")
#: a capitalised first word that opens a sentence rather than a name ("On FrontierCode 1.1", "If 1.0")
_DOTTED_LEAD_STOP = frozenset({"on", "in", "if", "the", "a", "an", "and", "or", "with", "for", "to", "of", "at",
                               "from", "by", "is", "new", "our", "my", "your", "its", "this", "that", "try",
                               "meet", "introducing", "using", "use", "via", "vs", "than", "like", "about"})
#: dotted names that are no product launch: licences and a meme ("Apache 2.0", "Software 2.0")
_DOTTED_NOT = frozenset({"apache", "gpl", "lgpl", "mpl", "cc by", "software", "web", "industry"})


def _versioned_entities(text: str, gated: frozenset[Hashable]) -> set[str]:
    found: set[str] = set()
    keys = _VERSIONED_KEYSET & gated
    # in pattern order; most posts gate only the "o3" pattern (its "o" is everywhere)
    patterns = _O_ONLY if keys == _O_KEYS else sorted(_VERSIONED_AT[key] for key in keys)
    # no version without a digit; saves the regexes on most posts. Where only the "o3" pattern
    # is gated (most posts: its "o" is everywhere), its own test below says as much
    if patterns != _O_ONLY and not _DIGIT.search(text):
        return found
    taken: list[tuple[int, int]] = []
    low = ""
    for k in patterns:
        regex, canon, words = _VERSIONED_RE[k]
        if canon == "openai-o":
            if not _O_DIGIT.search(text):
                continue  # "o" is in nearly every text; "o" before a digit, which every match has, rarely is
            # (and where there is one, the lower-case text holds the pattern's word "o")
        else:
            low = low or text.lower()
            if not any(w in low for w in words):
                continue
        for m in regex.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            groups = [g for g in m.groups() if g is not None]
            # the family word (opus, sonnet, haiku, fable, mythos) is a group only for the Claude patterns
            family = groups[0].lower() if "{0}" in canon else ""
            rest = groups[1:] if family else groups
            version = rest[0] if rest else ""
            if not version or _NOT_VERSION_AFTER.match(text[m.end() :]):
                continue
            if canon in ("openai-o", "step-", "veo-", "codex-") and "." not in version and len(version) > 1:
                continue  # "o3" yes; "o2024" / "step 12" no
            if canon == "openai-o" and m.group(0)[0] != "o":
                continue  # upper-case "O3" is a chemical or a grade more often than a model
            suffix = rest[1].lower() if len(rest) > 1 and rest[1] else ""
            end = m.end()
            if canon == "claude-" and not suffix and (tier := _TIER_AFTER.match(text, end)) is not None:
                # "Claude 4 Sonnet", "Claude-4.6-Opus": the older order of the same name as "Claude Sonnet 4"
                canon, family, end = "claude-{0}-", tier.group(1).lower(), tier.end()
            name = canon.format(family) + version + (f"-{suffix}" if suffix else "")
            found.add(name)
            bisect.insort(taken, (m.start(), end))
    # both read backwards from a version found first: a pattern opening with a look-behind would be tried
    # at every position of every post
    for v in _HYPHEN_VERSION.finditer(text):
        if not (v.start() and text[v.start() - 1].isascii() and text[v.start() - 1].isalnum()):
            continue
        m = _HYPHENED_HEAD.search(text, max(0, v.start() - _HEAD_REACH), v.start())
        if m is not None and not _overlaps(taken, m.start(), v.end()):
            found.add(text[m.start() : v.end()].lower())
            bisect.insort(taken, (m.start(), v.end()))
    for v in _DOTTED_VERSION.finditer(text) if _DIGIT_DOT_DIGIT.search(text) else ():
        if not (v.start() and text[v.start() - 1].isascii() and text[v.start() - 1].isalnum()):
            continue
        m = _DOTTED_HEAD.search(text, max(0, v.start(1) - _HEAD_REACH), v.start(1))
        if m is None or _overlaps(taken, m.start(), v.end()):
            continue
        words = m.group(1).split()
        while words and words[0].lower() in _DOTTED_LEAD_STOP:
            words = words[1:]
        if words and " ".join(words).lower() not in _DOTTED_NOT:
            found.add("name:" + " ".join(words).lower() + " " + v.group(1).lower())
    return found


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap a span of `taken` (sorted, disjoint: only non-overlapping spans are taken)?

    Of sorted disjoint spans only the last one starting before `end` can reach past `start`, so one
    bisection answers; testing every span was quadratic in the matches (15 KB of "GPT-5 GPT-5 …": 1.4 s)."""
    i = bisect.bisect_left(taken, (end, -1))
    return i > 0 and taken[i - 1][1] > start


def extract_entities(text: str) -> frozenset[str]:
    """Cached front of `_extract_entities`: relevance, clustering and ranking all ask."""
    return _extract_entities(text)


def scored_entities(text: str) -> tuple[str, ...]:
    """The entities of `text` that relevance scores, sorted: the versioned ones (no `name:`, a
    digit). Every such entity comes from the versioned patterns (no alias names a version; the
    shapes read after them are all `name:`), so the text's other entities are not read: most posts
    are not AI news, and a worker reads their full entities only for the likely ones (pipeline.py)."""
    found = _versioned_of(text)
    if not found:
        return ()  # most posts: no generator and sort made for nothing (~1 us)
    return tuple(sorted(e for e in found if not e.startswith("name:") and any(c.isdigit() for c in e)))


@functools.lru_cache(maxsize=1 << 18)
def _versioned_of(text: str) -> frozenset[str]:
    """`_versioned_entities` of a text as `_extract_entities` reads it (URLs stripped): relevance asks
    first, and the full entities, where read, start from the same answer."""
    return frozenset(_versioned_entities(_hyphens(strip_urls(text)), GATE.scan(text)))


#: the Unicode hyphens a name may be typed with: OpenAI's own posts write "GPT‐5.6" (U+2010) and "GPT‑5.6"
#: (U+2011, non-breaking); 12 corpus posts outside the labelled days, 9 accounts
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _hyphens(text: str) -> str:
    return text.translate(_HYPHENS) if "\u2010" in text or "\u2011" in text else text


@functools.lru_cache(maxsize=1 << 18)
def _extract_entities(text: str) -> frozenset[str]:
    """Canonical entity names in `text`: versioned models ("gpt-5.5", "claude-opus-4.7",
    "qwen3.6"), known products and labs under one name across languages ("qwen" for 通义千问),
    and CamelCase product names ("name:litellm").

    Versioned names are the specific ones: "GPT-5.5" pins an event far better than "OpenAI".
    """
    gated = GATE.scan(text)
    found = set(_versioned_of(text))
    text = _hyphens(strip_urls(text))
    alias = _ALIAS_ALT.pattern(gated)
    if alias is not None:
        for m in alias.finditer(text):
            found.add(_ALIAS_OF[m.group(1).lower()])
        found |= _branded_names(text)
    for key in _ALIAS_CJK_KEYS & gated:
        spelling, canon = key[1], _ALIAS_CJK_OF[key]
        if spelling in text:
            found.add(canon)
    if "product" in gated:
        found |= _product_names(text)
    for m in _CAMEL.finditer(text) if _MAY_BE_CAMEL.search(text) else ():
        name = m.group(1)
        low = name.lower()
        if low in _CAMEL_STOP or low in _ALIAS_OF or len(low) < 4:
            continue
        found.add("name:" + low)
    return frozenset(found)


def is_specific(entity: str) -> bool:
    """A specific entity names one thing that can be the subject of one event.

    Versioned models and product names are specific; labs and flagship assistants
    ("OpenAI", "Claude", "Gemini") are not: a day has many unrelated posts about each.
    """
    return entity not in GENERIC_ENTITIES


_VERSIONED_KEYS = tuple(("version", k) for k in range(len(_VERSIONED_RE)))
_VERSIONED_AT = {key: k for k, key in enumerate(_VERSIONED_KEYS)}
_O_PATTERN = next(k for k, (_, canon, _) in enumerate(_VERSIONED_RE) if canon == "openai-o")
_O_ONLY = [_O_PATTERN]
_O_KEYS = frozenset({_VERSIONED_KEYS[_O_PATTERN]})
_VERSIONED_KEYSET = frozenset(_VERSIONED_KEYS)
for _key, (_regex, _canon, _words) in zip(_VERSIONED_KEYS, _VERSIONED_RE, strict=True):
    GATE.add(_key, _words)
#: (gate key of a Chinese spelling -> its canonical name; a set of them, found in any order)
_ALIAS_CJK_OF = {("alias", spelling): canon for spelling, canon in _ALIAS_CJK}
_ALIAS_CJK_KEYS = frozenset(_ALIAS_CJK_OF)
for _spelling, _canon in _ALIAS_CJK:
    GATE.add(("alias", _spelling), [_spelling])
GATE.add("product", _PRODUCT)
