"""Text helpers shared by the story stages: normalised text, canonical URLs, entities, news kinds.

Every story stage asks the same few questions of a post's text ("what does it say once
links and decoration are gone?", "which URL is this really?", "which model or product does
it name?", "is it a launch, a paper, a deal?"). Answering them in one place keeps the
stages consistent with each other: relevance, dedup, clustering and ranking all see the
same entities and the same canonical links. Everything here is pure and works for English,
Chinese and mixed text; Chinese has no word boundaries, so matching is done on characters
where a word regex would fail.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from re import _constants as c  # the parser's private modules: the same since Python 3.11
from re import _parser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsdesk.model import Post

try:  # a C Aho-Corasick automaton for the literal gate; without it the gate walks a trie in Python
    import ahocorasick
except ImportError:  # pragma: no cover - pyahocorasick is a dependency; the fallback gives the same answers
    ahocorasick = None

# ---------------------------------------------------------------------------------------------
# Normalised text
# ---------------------------------------------------------------------------------------------

#: a URL ends at whitespace or at CJK text/punctuation (Chinese posts run URLs into words: "...1355、")
_URL = re.compile(r"https?://[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@\w{1,30}")
_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]|_")
_NOT_WORD = re.compile(r"[\W_]+")  # _PUNCT or white space, in runs
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[a-z0-9][a-z0-9\-\.\+']*[a-z0-9+]|[a-z0-9]|[\u3400-\u9fff]")


@functools.lru_cache(maxsize=1 << 18)
def strip_urls(text: str) -> str:
    """The text without URLs: t.co media links carry no words and differ per post."""
    return _URL.sub(" ", text) if "://" in text else text


@functools.lru_cache(maxsize=1 << 18)
def own_text(text: str) -> str:
    """What the author wrote: no URLs, no @mentions, collapsed spaces.

    Leading @mentions of a reply say who is addressed, not what is said, so they are
    removed too; a post whose own text is empty is only a link or a picture.
    """
    text = _MENTION.sub(" ", strip_urls(text))
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=1 << 18)
def normalise(text: str) -> str:
    """Compare-ready text: NFKC (full-width -> ASCII), lower case, no URLs, no punctuation runs.

    Used for exact and near-duplicate detection, so two copies of a post that differ only
    in their t.co links, spacing, case or full-width punctuation normalise alike.
    """
    text = unicodedata.normalize("NFKC", own_text(text)).lower()
    # one pass for what was two (punctuation to spaces, then runs of spaces to one): a run of
    # punctuation, underscores and spaces becomes one space either way
    return _NOT_WORD.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def words(text: str) -> list[str]:
    """Word tokens for similarity: ASCII words, and single CJK characters (no segmenter needed)."""
    return _WORD.findall(normalise(text))


def shingles(text: str, size: int = 3) -> set[str]:
    """Character shingles of the normalised text; spaces dropped so Chinese and English behave alike."""
    compact = normalise(text).replace(" ", "")
    if len(compact) <= size:
        return {compact} if compact else set()
    return {compact[i : i + size] for i in range(len(compact) - size + 1)}


# ---------------------------------------------------------------------------------------------
# Literal gate: one scan tells which of many regexes can match at all
# ---------------------------------------------------------------------------------------------

#: characters that Python's case-insensitive matching equates with an ASCII letter although
#: `str.lower` does not make them one (İ lowers to two characters); `fold` maps them first
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
#: a literal this short occurs in almost every text: gating on it saves nothing
MIN_GATE_LITERAL = 2


def fold(text: str) -> str:
    """Lower-case text in which every case-insensitive match of an ASCII literal shows as that literal."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None when no such
    set is known (then the pattern must always run).

    Read from the parsed pattern: a run of mandatory literal characters, or the union over the
    branches of an alternation. Runs are cut at whitespace, so that no gate literal can span
    the space that `strip_urls` leaves where a URL was (see `LiteralGate`).
    """
    def needs(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
        options: list[frozenset[str]] = []
        run: list[str] = []

        def flush() -> None:
            for piece in "".join(run).split():
                options.append(frozenset({piece}))
            run.clear()

        for op, av in items:
            if op is c.LITERAL:
                ch = chr(av)  # type: ignore[arg-type]
                if ch.isascii() or ch.lower() == ch.upper():
                    run.append(ch.lower())
                    continue
            flush()
            sub: frozenset[str] | None = None
            if op is c.SUBPATTERN:
                sub = needs(av[3])  # type: ignore[index]
            elif op is c.ATOMIC_GROUP:
                sub = needs(av)  # type: ignore[arg-type]
            elif op is c.BRANCH:
                subs = [needs(branch) for branch in av[1]]  # type: ignore[index]
                sub = None if any(s is None for s in subs) else frozenset().union(*subs)  # type: ignore[arg-type]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
                sub = needs(av[2])  # type: ignore[index]
            if sub:
                options.append(sub)
        flush()
        good = [o for o in options if min(map(len, o)) >= MIN_GATE_LITERAL]
        if not good:
            return None
        return max(good, key=lambda o: (min(map(len, o)), -len(o), sorted(o)))

    try:
        return needs(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable pattern is simply never gated
        return None


class LiteralGate:
    """Which of many regexes (or substring lists) may match a text, from one scan of the text.

    Matching a few dozen case-insensitive regexes over every post is most of the cost of the
    story stages, and most regexes match nothing. Each one is registered with the literals any
    match must contain (`required_literals`); one lookahead scan of the folded text over a trie
    of all literals finds every literal present, and only the regexes whose literals are there
    need to run. The gate never decides a match: it only skips regexes that cannot match, so
    results are those of running every regex.

    Scanning the raw text is enough for regexes run on `strip_urls(text)` too: stripping only
    removes characters and inserts a space, and gate literals contain no whitespace.
    """

    #: scan with the pure-Python trie even where pyahocorasick is installed (tests compare the two)
    pure_python = False

    def __init__(self) -> None:
        self._needs: dict[Hashable, frozenset[str] | None] = {}
        #: key -> the group key reported with it (an `Alternation`'s own key for its branches)
        self._group: dict[Hashable, Hashable] = {}
        self._scan: functools._lru_cache_wrapper[frozenset[Hashable]] | None = None

    def add(self, key: Hashable, needs: re.Pattern[str] | Iterable[str], group: Hashable = None) -> None:
        """Register `key`, which may match only where one of `needs` (or the pattern's literals)
        occurs; a scan that reports `key` reports `group` too (when given)."""
        if isinstance(needs, re.Pattern):
            self._needs[key] = required_literals(needs)
        else:
            # a substring is gated on its longest whitespace-free piece (every piece must occur)
            pieces = frozenset(max(fold(lit).split(), key=len) for lit in needs if lit.strip())
            self._needs[key] = pieces if pieces and min(map(len, pieces)) >= MIN_GATE_LITERAL else None
        if group is not None:
            self._group[key] = group
        self._scan = None

    def _compile(self) -> functools._lru_cache_wrapper[frozenset[Hashable]]:
        groups = self._group

        def with_group(keys: Iterable[Hashable]) -> frozenset[Hashable]:
            keys = list(keys)
            return frozenset(keys) | {groups[k] for k in keys if k in groups}

        always = with_group(k for k, lits in self._needs.items() if lits is None)
        keys_of: dict[str, set[Hashable]] = {}
        for key, lits in self._needs.items():
            pieces = {_gate_piece(lit) for lit in lits or ()}
            if None in pieces:
                always |= with_group([key])
                continue
            for piece in pieces:
                keys_of.setdefault(piece, set()).update(with_group([key]))  # type: ignore[arg-type]
        lookup = {piece: frozenset(keys) for piece, keys in keys_of.items()}
        if ahocorasick is not None and not self.pure_python:
            return _automaton_scan(lookup, always)
        by_head: dict[str, list[str]] = {}
        for piece in sorted(lookup):
            by_head.setdefault(piece[:2], []).append(piece)

        @functools.lru_cache(maxsize=1 << 16)
        def in_token(token: str) -> frozenset[Hashable]:
            found: set[Hashable] = set()
            for i in range(len(token) - 1):
                for piece in by_head.get(token[i : i + 2], ()):
                    if token.startswith(piece, i):
                        found |= lookup[piece]
            return frozenset(found)

        # the stages ask about one post several times in a row (terms, ads, entities, kinds):
        # a short memory is enough, and a long one would hold a key set per post
        @functools.lru_cache(maxsize=1 << 12)
        def scan(text: str) -> frozenset[Hashable]:
            found = set(always)
            for token in set(_GATE_TOKEN.findall(fold(text))):
                keys = in_token(token)
                if keys:
                    found |= keys
            return frozenset(found)

        return scan

    def scan(self, text: str) -> frozenset[Hashable]:
        """The keys that may match `text` (raw or URL-stripped; see the class docstring)."""
        if self._scan is None:
            self._scan = self._compile()
        return self._scan(text)


def _automaton_scan(
    lookup: Mapping[str, frozenset[Hashable]], always: frozenset[Hashable]
) -> functools._lru_cache_wrapper[frozenset[Hashable]]:
    """`LiteralGate.scan` as one Aho-Corasick pass over the folded text (pyahocorasick, in C):
    ~4x faster than the trie walked token by token in Python. The same answer: a piece is made
    of token characters only (`_gate_piece`), so each place it occurs lies inside one token."""
    automaton = ahocorasick.Automaton()
    for piece, keys in lookup.items():
        automaton.add_word(piece, keys)
    automaton.make_automaton()
    matches = automaton.iter

    @functools.lru_cache(maxsize=1 << 12)
    def scan(text: str) -> frozenset[Hashable]:
        return always.union(*[keys for _, keys in matches(fold(text))])

    return scan


#: what the gate looks up: ASCII letter-digit runs, and runs of CJK characters (by their bigrams)
_GATE_TOKEN = re.compile(r"[a-z0-9]+|[\u3400-\u9fff\uf900-\ufaff]+")


def _gate_piece(literal: str) -> str | None:
    """The part of a literal the gate looks for: a CJK bigram when it has one (Chinese words are
    short and specific), else its longest ASCII letter-digit run; None when neither is long enough."""
    pieces = _GATE_TOKEN.findall(literal)
    cjk = [p[:2] for p in pieces if not p.isascii() and len(p) >= 2]
    if cjk:
        return cjk[0]
    ascii_pieces = [p for p in pieces if p.isascii() and len(p) >= MIN_GATE_LITERAL]
    return max(ascii_pieces, key=lambda p: (len(p), p)) if ascii_pieces else None


#: the gate every story stage registers its regexes with (relevance adds its lexicon)
GATE = LiteralGate()


def split_alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of a regex's source: `a|b(?:c|d)|[|]` -> ("a", "b(?:c|d)", "[|]")."""
    parts: list[str] = []
    depth, begin, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1 : i + 2] == "^")
            i += pattern[i : i + 1] == "]"  # a "]" first in a class is a literal
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[begin:i])
            begin = i + 1
        i += 1
    parts.append(pattern[begin:])
    return tuple(parts)


class Alternation:
    """A regex `head(?:b1|b2|...)tail` that each text runs with only the branches it can match.

    Python's `re` tries every branch of an alternation at every position of the text (with
    IGNORECASE and a look-behind in front it has no first-character shortcut), so a regex of
    fifty names costs fifty comparisons per character. Each branch is registered with `GATE`
    on its own literals; a branch whose literals are not in the text can take part in no
    match, so dropping it (the order of the others kept) changes no result: the regex compiled
    from the branches that remain finds exactly what the whole one finds.
    """

    def __init__(self, key: Hashable, head: str, branches: str, tail: str, flags: int = 0) -> None:
        self.key = key
        self.branches = split_alternatives(branches)
        self.head, self.tail, self.flags = head, tail, flags
        #: the whole regex: what callers show (hit labels) and what the gate once ran
        self.regex = re.compile(f"{head}(?:{branches}){tail}", flags)
        self._keys = frozenset((key, i) for i in range(len(self.branches)))
        for i, branch in enumerate(self.branches):
            GATE.add((key, i), re.compile(branch, flags), group=key)
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._seen: set[tuple[int, ...]] = set()

    def pattern(self, gated: frozenset[Hashable]) -> re.Pattern[str] | None:
        """The regex of the branches `gated` (a `GATE.scan` of the text) leaves, or None for none."""
        if self.key not in gated:  # no branch at all: the common case, answered first
            return None
        present = self._keys & gated
        branches = tuple(sorted(i for _, i in present))  # type: ignore[misc]
        found = self._compiled.get(branches)
        if found is None:
            # compiling costs ~100 scans: a subset seen once runs the whole regex (same matches)
            if len(self._compiled) >= MAX_ALTERNATION_PATTERNS:
                self._compiled.clear()
                self._seen.clear()
            if branches not in self._seen:
                self._seen.add(branches)
                return self.regex
            joined = "|".join(self.branches[i] for i in branches)
            found = self._compiled[branches] = re.compile(f"{self.head}(?:{joined}){self.tail}", self.flags)
        return found


#: compiled branch subsets kept per alternation: a day's posts need a few hundred
MAX_ALTERNATION_PATTERNS = 4096


# ---------------------------------------------------------------------------------------------
# Canonical URLs and link keys
# ---------------------------------------------------------------------------------------------

#: query parameters that track the click, not the page (utm_* handled by prefix)
_TRACKING = frozenset(
    {"fbclid", "gclid", "dclid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "s", "t", "si",
     "igshid", "spm", "from", "source", "share", "feature", "cmpid", "_hsenc", "_hsmi"}
)
_STATUS = re.compile(r"^/(?:[^/]+|i(?:/web)?)/status(?:es)?/(\d+)")
_X_HOSTS = frozenset({"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com", "fxtwitter.com",
                      "vxtwitter.com", "fixupx.com"})
#: link shorteners: same short link means same target, but the host says nothing about content
SHORTENERS = frozenset({"t.co", "bit.ly", "buff.ly", "ow.ly", "tinyurl.com", "lnkd.in", "dlvr.it", "goo.gl"})


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no `www.`, no fragment, no tracking
    parameters, no trailing slash, sorted query; X/Twitter status URLs become `x:<id>`.

    Idempotent: `canonical_url(canonical_url(u)) == canonical_url(u)`. X status URLs map to
    the newsdesk post id form so a link to a post and a quote of it meet on the same key.
    """
    url = original = url.partition("#")[0].strip()  # the fragment goes anyway; what it hid may end in spaces
    if url.startswith("x:") and url[2:].isdigit():
        return url
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    # No host has white space in it; keeping any would make a second pass read a different host.
    host = "".join((parts.hostname or "").split()).lower().rstrip(".")
    if not host:
        return original  # not a web address ("://", "mailto:"): nothing to normalise, keep it as written
    if host.startswith("www."):
        host = host[4:]
    if host in _X_HOSTS:
        match = _STATUS.match(parts.path)
        if match:
            return f"x:{match.group(1)}"
        host = "x.com"
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    try:
        port_number = parts.port
    except ValueError:  # "host:abc" is not a port; keep the URL as written rather than fail
        port_number = None
    port = f":{port_number}" if port_number and port_number not in (80, 443) else ""
    path = re.sub(r"/{2,}", "/", parts.path)
    while path.endswith("/"):
        path = path[:-1]
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    )
    return urlunsplit((scheme, host + port, path, urlencode(query), ""))


_ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf|html)/(\d{4}\.\d{4,5})|\barxiv[: ]\s?(\d{4}\.\d{4,5})", re.I)
_GITHUB = re.compile(r"github\.com/([A-Za-z0-9][\w.-]*)/([A-Za-z0-9][\w.-]*)", re.I)
_HF = re.compile(r"huggingface\.co/(?!datasets/|spaces/|blog/|docs/|papers/)([\w.-]+)/([\w.-]+)", re.I)
_HF_PAPER = re.compile(r"huggingface\.co/papers/(\d{4}\.\d{4,5})", re.I)
_GITHUB_NOT_REPO = frozenset({"orgs", "topics", "features", "settings", "marketplace", "sponsors", "login"})


def link_keys(post: Post) -> frozenset[str]:
    """Keys naming what a post links to: canonical URLs, `arxiv:`, `gh:`, `hf:` ids.

    Shortened links are keys too (the same t.co link twice is the same target) but they are
    marked `short:` so callers can trust them less than a real URL.
    """
    return _link_keys(post.text, post.links)


def link_keys_of(text: str, links: tuple[str, ...]) -> frozenset[str]:
    """`link_keys` of a post given as its text and links."""
    return _link_keys(text, links)


_URL_TAIL = ".,;:!?)]}>\"'…"


@functools.lru_cache(maxsize=1 << 16)
def _url_key(url: str) -> str:
    """The key of one linked URL: `x:<id>`, `short:<canonical>` or `url:<canonical>`. Cached:
    the same page is linked by many posts (the link list and the text often both carry it)."""
    url = url.rstrip(_URL_TAIL)
    # Fast path for a plain t.co link (nearly every link an X post carries): `canonical_url`
    # would only turn http into https and keep the rest, at ~5 us a link through `urlsplit`.
    # The id is ASCII letters and digits only, so nothing (case, port, query, fragment,
    # slash) is left for the slow path to normalise; anything else takes the slow path.
    # A test holds it equal to `_url_key_slow`.
    if url.startswith(("https://t.co/", "http://t.co/")):
        token = url[url.index("t.co/") + 5:]
        if token.isascii() and token.isalnum():
            return "short:https://t.co/" + token
    return _url_key_slow(url)


def _url_key_slow(url: str) -> str:
    """`_url_key` of any URL, through `canonical_url`: the reference for its fast path."""
    url = url.rstrip(_URL_TAIL)
    canon = canonical_url(url)
    if canon.startswith("x:"):
        return canon
    host = urlsplit(canon).hostname or ""
    return ("short:" if host in SHORTENERS else "url:") + canon


@functools.lru_cache(maxsize=1 << 18)
def _link_keys(text: str, links: tuple[str, ...]) -> frozenset[str]:
    keys: set[str] = set()
    blob = " ".join((text, *links))
    for url in (*links, *(_URL.findall(text) if "://" in text else ())):
        keys.add(_url_key(url))
    # each regex below needs its site's name, which `fold` shows whatever the case: most posts
    # name none of them, and a substring test is far cheaper than a case-insensitive scan
    folded = fold(blob)
    if "arxiv" in folded:
        for m in _ARXIV.finditer(blob):
            keys.add("arxiv:" + (m.group(1) or m.group(2)))
    hugging_face = "huggingface.co/" in folded
    if hugging_face and "huggingface.co/papers/" in folded:
        for m in _HF_PAPER.finditer(blob):
            keys.add("arxiv:" + m.group(1))
    if "github.com/" in folded:
        for m in _GITHUB.finditer(blob):
            owner, repo = m.group(1).lower(), m.group(2).lower().removesuffix(".git")
            if owner not in _GITHUB_NOT_REPO:
                keys.add(f"gh:{owner}/{repo}")
    if hugging_face:
        for m in _HF.finditer(blob):
            keys.add(f"hf:{m.group(1).lower()}/{m.group(2).lower()}")
    return frozenset(keys)


# ---------------------------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------------------------

#: Model families whose names take a version. (pattern, canonical prefix). Order matters:
#: longer names first so "Claude Opus 4.7" is not read as plain "Opus 4.7".
_VERSIONED: tuple[tuple[str, str], ...] = (
    (r"claude[\s-]*(opus|sonnet|haiku)[\s-]*", "claude-{0}-"),
    (r"(opus|sonnet|haiku)[\s-]*", "claude-{0}-"),
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
    (r"o", "openai-o"),
)
_VERSION = (
    r"(\d+(?:\.\d+){0,2})"
    r"(?:[\s-]*(pro|flash|lite|mini|max|plus|turbo|coder|instruct|thinking|omni|ultra|nano|next|vl|tts|codex))?"
)
#: a word each pattern of _VERSIONED needs (lower case): a pattern whose word is absent is not run
_VERSIONED_WORDS: tuple[tuple[str, ...], ...] = (
    ("claude",), ("opus", "sonnet", "haiku"), ("claude",), ("gpt",), ("gpt",), ("gemini",), ("gemma",), ("千问",),
    ("qwen",), ("llama",), ("deepseek",), ("kimi",), ("glm",), ("minimax",), ("grok",), ("step",), ("seedance",),
    ("kling",), ("veo",), ("sora",), ("codex",), ("claude",), ("hermes",), ("mistral",), ("ernie", "文心"),
    ("nano",), ("o",),
)
assert len(_VERSIONED_WORDS) == len(_VERSIONED)
_VERSIONED_RE = tuple(
    (re.compile(r"(?<![A-Za-z0-9])" + pat + _VERSION + r"(?![\d.]*\d)", re.I), canon, words)
    for (pat, canon), words in zip(_VERSIONED, _VERSIONED_WORDS, strict=True)
)
_DIGIT = re.compile(r"\d")
#: "the 2.1.81 release of X": plain numbers after these are counts, not versions
_NOT_VERSION_AFTER = re.compile(r"^\s*(?:%|k\b|m\b|b\b|x\b|个|万|亿|小时|天|分钟|年|月|日|号|元|美元|刀)", re.I)

#: Names that mean one product whatever their spelling, EN and ZH. canonical -> spellings.
#: Kept small and general: the point is that 通义千问 and Qwen meet, not to list the market.
ALIASES: dict[str, tuple[str, ...]] = {
    "qwen": ("qwen", "通义千问", "千问", "通义"),
    "deepseek": ("deepseek", "深度求索"),
    "kimi": ("kimi", "月之暗面", "moonshot ai"),
    "doubao": ("doubao", "豆包"),
    "hunyuan": ("hunyuan", "混元"),
    "ernie": ("ernie", "文心一言", "文心"),
    "glm": ("glm", "智谱", "zhipu", "z.ai"),
    "minimax": ("minimax",),
    "openai": ("openai", "open ai"),
    "anthropic": ("anthropic",),
    "google": ("google", "谷歌", "deepmind"),
    "meta": ("meta ai", "meta superintelligence", "msl"),
    "nvidia": ("nvidia", "英伟达"),
    "apple": ("apple intelligence", "苹果"),
    "xai": ("xai", "grok"),
    "claude": ("claude",),
    "claude-code": ("claude code",),
    "chatgpt": ("chatgpt",),
    "gemini": ("gemini",),
    "codex": ("codex",),
    "cursor": ("cursor",),
    "openclaw": ("openclaw", "龙虾", "clawdbot"),
    "sora": ("sora",),
    "seedance": ("seedance",),
    "kling": ("kling", "可灵"),
    "litellm": ("litellm",),
    "hermes-agent": ("hermes agent",),
    "devin": ("devin",),
    "perplexity": ("perplexity",),
    "stepfun": ("stepfun", "阶跃星辰"),
    "huggingface": ("hugging face", "huggingface"),
    "langchain": ("langchain", "langsmith", "langgraph"),
    "mcp": ("mcp", "model context protocol"),
    "siri": ("siri",),
    "copilot": ("copilot",),
    "mistral": ("mistral ai", "mistral"),
    "llama": ("llama",),
}
#: Entities so common in AI posts that sharing one says nothing about sharing an event.
GENERIC_ENTITIES = frozenset(
    {"openai", "anthropic", "google", "meta", "nvidia", "apple", "xai", "claude", "claude-code", "chatgpt",
     "gemini", "codex", "cursor", "openclaw", "mcp", "qwen", "deepseek", "kimi", "doubao", "glm", "minimax",
     "huggingface", "copilot", "mistral", "llama", "perplexity", "siri", "ernie", "hunyuan", "stepfun",
     "langchain"}
)
_ALIAS_ASCII = sorted(
    ((spelling, canon) for canon, spellings in ALIASES.items() for spelling in spellings if spelling.isascii()),
    key=lambda pair: -len(pair[0]),
)
_ALIAS_ALT = Alternation(
    "alias", r"(?<![A-Za-z0-9])(", "|".join(re.escape(s) for s, _ in _ALIAS_ASCII), r")(?![A-Za-z0-9])", re.I
)
_ALIAS_OF = {s: c for s, c in _ALIAS_ASCII}
_ALIAS_CJK = tuple(
    (spelling, canon) for canon, spellings in ALIASES.items() for spelling in spellings if not spelling.isascii()
)
#: (ASCII look-arounds throughout: Python's \w matches CJK, and Chinese runs straight into names.)
#: CamelCase or inner-capital names ("LiteLLM", "DeployGraph", "SmithDB", "GStack"): product names.
_CAMEL = re.compile(r"(?<![A-Za-z0-9_@#/.])([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[A-Z]{1,3}[a-z][a-z0-9]+[A-Z][A-Za-z0-9]*|"
                    r"[A-Z]{2,}[a-z]{3,}[A-Za-z0-9]*|[a-z]+[A-Z][a-z0-9]+[A-Za-z0-9]*)(?![A-Za-z0-9_/])")
_CAMEL_STOP = frozenset({"iphone", "ipad", "macbook", "youtube", "github", "linkedin", "tiktok", "openai", "chatgpt",
                         "deepseek", "minimax", "openclaw", "iphones", "ios", "macos", "wechat", "whatsapp",
                         "javascript", "typescript", "postgresql", "huggingface", "paypal", "hubspot", "quickbooks",
                         "docusign", "playstation", "powerpoint", "livestream", "langchain", "langsmith", "pypi",
                         "mcdonald", "airpods", "macbooks", "imessage", "facetime"})


#: Multi-word product names: capitalised words ending in a product noun ("Claude Agent SDK",
#: "MiniMax Token Plan", "LangSmith Engine", "AI Gateway"). Case-sensitive on purpose.
_PRODUCT = re.compile(
    r"(?<![A-Za-z0-9_@#])((?:[A-Z][A-Za-z0-9_.+-]*\s){1,3})(SDK|API|CLI|Plan|Studio|Engine|Gateway|Agent|Desktop|Index|Cloud|"
    r"Platform|Mode|Skills?|App|Labs|Foundation|Computer|Browser|Sandbox|Extension|Benchmark)(?![A-Za-z0-9_-])"
)
_PRODUCT_LEAD_STOP = frozenset({"the", "a", "an", "our", "your", "my", "new", "this", "that", "its", "their", "with",
                                "and", "or", "for", "in", "on", "of", "to", "any", "every", "one", "no", "all",
                                "i", "we", "you", "it", "is", "are", "ai"})


def _product_names(text: str) -> set[str]:
    found = set()
    for m in _PRODUCT.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        while words and words[0] in _PRODUCT_LEAD_STOP and words[0] != "ai":
            words = words[1:]
        if not words or all(w in _PRODUCT_LEAD_STOP for w in words):
            continue  # "AI Agent", "the API": a category, not a product
        name = " ".join(words) + " " + m.group(2).lower()
        if name not in _ALIAS_OF:
            found.add("name:" + name)
    return found


def _versioned_entities(text: str, gated: frozenset[Hashable]) -> set[str]:
    found: set[str] = set()
    if not _DIGIT.search(text):
        return found  # no version without a digit; saves the regexes on most posts
    taken: list[tuple[int, int]] = []
    low = text.lower()
    for k in sorted(_VERSIONED_AT[key] for key in _VERSIONED_KEYSET & gated):  # in pattern order
        regex, canon, words = _VERSIONED_RE[k]
        if not any(w in low for w in words):
            continue
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = [g for g in m.groups() if g is not None]
            # the family word (opus/sonnet/haiku) is a group only for the Claude patterns
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
            name = canon.format(family) + version + (f"-{suffix}" if suffix else "")
            found.add(name)
            taken.append((m.start(), m.end()))
    return found


def post_body(post: Post) -> str:
    """Title and text as one string, the key every stage passes to the cached text functions
    (`extract_entities`, `detect_kinds`, ...): one spelling per post, so each post is read once.

    (Those functions answer alike with or without a leading space: every pattern begins with a
    letter or CJK character and its look-behinds accept both the start and a space.)
    """
    return " ".join(part for part in (post.title, post.text) if part)


def extract_entities(text: str) -> frozenset[str]:
    """Cached front of `_extract_entities`: relevance, clustering and ranking all ask."""
    return _extract_entities(text)


@functools.lru_cache(maxsize=1 << 18)
def _extract_entities(text: str) -> frozenset[str]:
    """Canonical entity names in `text`: versioned models ("gpt-5.5", "claude-opus-4.7",
    "qwen3.6"), known products and labs under one name across languages ("qwen" for 通义千问),
    and CamelCase product names ("name:litellm").

    Versioned names are the specific ones: "GPT-5.5" pins an event far better than "OpenAI".
    """
    gated = GATE.scan(text)
    text = strip_urls(text)
    found = _versioned_entities(text, gated)
    alias = _ALIAS_ALT.pattern(gated)
    if alias is not None:
        for m in alias.finditer(text):
            found.add(_ALIAS_OF[m.group(1).lower()])
    for key in _ALIAS_CJK_KEYS & gated:
        spelling, canon = key[1], _ALIAS_CJK_OF[key]
        if spelling in text:
            found.add(canon)
    if "product" in gated:
        found |= _product_names(text)
    for m in _CAMEL.finditer(text):
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


# ---------------------------------------------------------------------------------------------
# News kinds
# ---------------------------------------------------------------------------------------------

#: kind -> (English regex, Chinese substrings). Detected per post; shared kinds are supporting
#: evidence in clustering ("LiteLLM" + "attack" in both) and a ranking input.
NEWS_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "release": (
        r"\b(?:releas(?:e|ed|es|ing)|launch(?:ed|es|ing)?|introduc(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|"
        r"unveil(?:s|ed)?|ships?|shipped|is (?:now )?(?:out|live|available)|now (?:available|live|supports?)|"
        r"rolling out|rolls? out|open[- ]sourc(?:e|ed|es|ing)|new in|available (?:now|today)|"
        r"just dropped|debuts?|v\d+\.\d+)\b",
        ("发布", "推出", "上线", "开源了", "官宣", "正式开放", "新增", "上架", "亮相", "问世"),
    ),
    "paper": (
        r"\b(?:paper|arxiv|preprint|technical report|tech report|we propose|state[- ]of[- ]the[- ]art|"
        r"benchmark|sota)\b",
        ("论文", "技术报告", "基准", "榜单", "评测"),
    ),
    "funding": (
        r"\b(?:raises?|raised|funding|series [a-f]|seed round|valuation|valued at|investment|invests?|"
        r"acquir(?:e|es|ed|ing)|acquisition|merg(?:e|es|ed|er)|execuhire|acqui-?hire|ipo)\b",
        ("融资", "估值", "收购", "并购", "投资", "上市", "合并"),
    ),
    "policy": (
        r"\b(?:regulat(?:e|ion|ions|ory)|policy|law|bill|congress|senate|executive order|white house|"
        r"ban(?:s|ned)?|export controls?|approv(?:e|es|ed)|lawsuit|sues?|sued|court|ruling|eu ai act|"
        r"action plan)\b",
        ("政策", "监管", "法规", "法案", "禁令", "出口管制", "批准", "诉讼", "起诉", "白宫", "国会"),
    ),
    "incident": (
        r"\b(?:attack|compromised|breach|vulnerabilit(?:y|ies)|exploit|malware|leak(?:ed)?|outage|"
        r"supply[- ]chain|backdoor|bug|broke|broken|down)\b",
        ("攻击", "投毒", "漏洞", "泄露", "宕机", "故障", "中招", "被黑"),
    ),
    "shutdown": (
        r"\b(?:shut(?:s|ting)? down|shutdown|sunset(?:ting)?|discontinu(?:e|ed|ing)|is dead|goodbye|"
        r"deprecat(?:e|ed|ing)|winding down)\b",
        ("关闭", "停止服务", "下线", "停运", "关停"),
    ),
    "pricing": (
        r"\b(?:pricing|price|plan|plans|subscription|credits?|limits?|free|quota|rate limits?)\b",
        ("价格", "定价", "订阅", "限额", "额度", "免费", "降价", "涨价", "套餐"),
    ),
}
#: (each a word-bounded alternation, run with only the branches a text can match)
_KIND_ALT = {kind: Alternation(("kind", kind), r"\b", pattern.removeprefix(r"\b(?:").removesuffix(r")\b"), r"\b", re.I)
             for kind, (pattern, _) in NEWS_KINDS.items()}
assert all(alt.regex.pattern == NEWS_KINDS[kind][0] for kind, alt in _KIND_ALT.items())


@functools.lru_cache(maxsize=1 << 18)
def detect_kinds(text: str) -> frozenset[str]:
    """News kinds a post's text reads as (release, paper, funding, policy, incident, ...)."""
    gated = GATE.scan(text)
    plain = strip_urls(text)
    kinds = set()
    for kind, alt, zh_key, zh in _KINDS_KEYED:
        if (alt.key in gated and alt.pattern(gated).search(plain)) or (  # type: ignore[union-attr]
                zh_key in gated and any(term in plain for term in zh)):
            kinds.add(kind)
    return frozenset(kinds)


_VERSIONED_KEYS = tuple(("version", k) for k in range(len(_VERSIONED_RE)))
_VERSIONED_AT = {key: k for k, key in enumerate(_VERSIONED_KEYS)}
_VERSIONED_KEYSET = frozenset(_VERSIONED_KEYS)
for _key, (_regex, _canon, _words) in zip(_VERSIONED_KEYS, _VERSIONED_RE, strict=True):
    GATE.add(_key, _words)
#: (gate key of a Chinese spelling -> its canonical name; a set of them, found in any order)
_ALIAS_CJK_OF = {("alias", spelling): canon for spelling, canon in _ALIAS_CJK}
_ALIAS_CJK_KEYS = frozenset(_ALIAS_CJK_OF)
for _spelling, _canon in _ALIAS_CJK:
    GATE.add(("alias", _spelling), [_spelling])
GATE.add("product", _PRODUCT)
for _kind, (_, _zh) in NEWS_KINDS.items():
    GATE.add(("kind-zh", _kind), _zh)
_KINDS_KEYED = tuple((kind, _KIND_ALT[kind], ("kind-zh", kind), zh) for kind, (_, zh) in NEWS_KINDS.items())


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Sorted, deduplicated: the deterministic order every stage uses for sets of names."""
    return tuple(sorted(set(items)))
