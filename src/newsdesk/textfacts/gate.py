"""The literal gate: one scan of a text tells which of many regexes can match it at all.

Matching a few dozen case-insensitive regexes over every post is most of the cost of the story
stages, and most of them match nothing. `LiteralGate` learns the literals each regex needs
(`required_literals`) and answers, from one scan, which regexes may match; `Alternation` runs
a long alternation with only the branches a text can match. Neither ever decides a match, so
results are those of running every regex.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from re import _constants as c  # the parser's private modules: the same since Python 3.11
from re import _parser

from newsdesk.textfacts.normal import fold

try:  # a C Aho-Corasick automaton for the literal gate; without it the gate walks a trie in Python
    import ahocorasick
except ImportError:  # pragma: no cover - pyahocorasick is a dependency; the fallback gives the same answers
    ahocorasick = None

#: a literal this short occurs in almost every text: gating on it saves nothing
MIN_GATE_LITERAL = 2


def required_literals(pattern: re.Pattern[str], min_length: int = MIN_GATE_LITERAL) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None when no such
    set is known (then the pattern must always run).

    Read from the parsed pattern: a run of mandatory literal characters, or the union over the
    branches of an alternation. Runs are cut at whitespace, so that no gate literal can span
    the space that `strip_urls` leaves where a URL was (see `LiteralGate`). Every string has at
    least `min_length` characters; with 1, a class of plain characters (`[™®]`) counts too.
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
            if op is c.IN and min_length < MIN_GATE_LITERAL:
                sub = _class_literals(av)  # type: ignore[arg-type]
            elif op is c.SUBPATTERN:
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
        good = [o for o in options if min(map(len, o)) >= min_length]
        if not good:
            return None
        return max(good, key=lambda o: (min(map(len, o)), -len(o), sorted(o)))

    try:
        return needs(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable pattern is simply never gated
        return None


def _class_literals(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
    """The characters of a class made of plain characters only (`[™®]`), lower case; else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is not c.LITERAL:
            return None  # a range, a category or a negation: not a short list of characters
        ch = chr(av)  # type: ignore[arg-type]
        if not (ch.isascii() or ch.lower() == ch.upper()):
            return None
        chars.add(ch.lower())
    return frozenset(chars) or None


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
        #: key -> short strings one of which every match contains (checked with `in` when the
        #: automaton cannot gate the key: "$" of `\$[A-Z]{2,6}`, "s&p", the class `[™®]`)
        self._short: dict[Hashable, frozenset[str] | None] = {}
        #: key -> the group key reported with it (an `Alternation`'s own key for its branches)
        self._group: dict[Hashable, Hashable] = {}
        self._scan: functools._lru_cache_wrapper[frozenset[Hashable]] | None = None

    def add(self, key: Hashable, needs: re.Pattern[str] | Iterable[str], group: Hashable = None) -> None:
        """Register `key`, which may match only where one of `needs` (or the pattern's literals)
        occurs; a scan that reports `key` reports `group` too (when given)."""
        if isinstance(needs, re.Pattern):
            self._needs[key] = required_literals(needs)
            self._short[key] = self._needs[key] or required_literals(needs, min_length=1)
        else:
            # a substring is gated on its longest whitespace-free piece (every piece must occur)
            pieces = frozenset(max(fold(lit).split(), key=len) for lit in needs if lit.strip())
            self._needs[key] = pieces if pieces and min(map(len, pieces)) >= MIN_GATE_LITERAL else None
            self._short[key] = pieces or None
        if group is not None:
            self._group[key] = group
        self._scan = None

    def _compile(self) -> functools._lru_cache_wrapper[frozenset[Hashable]]:
        groups = self._group

        def with_group(keys: Iterable[Hashable]) -> frozenset[Hashable]:
            keys = list(keys)
            return frozenset(keys) | {groups[k] for k in keys if k in groups}

        # a key the automaton cannot gate is checked by its short literals, else always reported
        short: dict[frozenset[str], set[Hashable]] = {}
        always: frozenset[Hashable] = frozenset()
        keys_of: dict[str, set[Hashable]] = {}
        for key, lits in self._needs.items():
            pieces = {_gate_piece(lit) for lit in lits or ()}
            if lits is None or None in pieces:
                # (a lone letter or digit is in nearly every text: checking it would cost more than it saves)
                shorts = self._short.get(key)
                if shorts and not any(len(lit) == 1 and lit.isascii() and lit.isalnum() for lit in shorts):
                    short.setdefault(shorts, set()).update(with_group([key]))
                else:
                    always |= with_group([key])
                continue
            for piece in pieces:
                keys_of.setdefault(piece, set()).update(with_group([key]))  # type: ignore[arg-type]
        lookup = {piece: frozenset(keys) for piece, keys in keys_of.items()}
        # one (literal, keys) pair per literal: a key set found twice is simply added twice
        checks = tuple((lit, frozenset(keys)) for lits, keys in short.items() for lit in sorted(lits))
        if ahocorasick is not None and not self.pure_python:
            return _automaton_scan(lookup, always, checks)
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
            folded = fold(text)
            for token in set(_GATE_TOKEN.findall(folded)):
                keys = in_token(token)
                if keys:
                    found |= keys
            for lit, keys in checks:
                if lit in folded:
                    found |= keys
            return frozenset(found)

        return scan

    def scan(self, text: str) -> frozenset[Hashable]:
        """The keys that may match `text` (raw or URL-stripped; see the class docstring)."""
        if self._scan is None:
            self._scan = self._compile()
        return self._scan(text)


def _automaton_scan(
    lookup: Mapping[str, frozenset[Hashable]],
    always: frozenset[Hashable],
    checks: tuple[tuple[str, frozenset[Hashable]], ...],
) -> functools._lru_cache_wrapper[frozenset[Hashable]]:
    """`LiteralGate.scan` as one Aho-Corasick pass over the folded text (pyahocorasick, in C):
    ~4x faster than the trie walked token by token in Python. The same answer: a piece is made
    of token characters only (`_gate_piece`), so each place it occurs lies inside one token.

    Only the ASCII pieces go into the automaton. pyahocorasick looks a character up among a
    node's children one by one, and the CJK pieces' first characters made the root's children
    five times as many: every character of every text paid for them (~9 us a post). A CJK piece
    is a bigram (`_gate_piece`), found instead by one regex of them all, searched again from one
    character past each match: a bigram starts at most one piece at any place, so every place
    any piece starts is found, as the automaton finds them (~5 us a post for both)."""
    automaton = ahocorasick.Automaton()
    cjk: dict[str, frozenset[Hashable]] = {}
    for piece, keys in lookup.items():
        if piece.isascii():
            automaton.add_word(piece, keys)
        else:
            cjk[piece] = keys
    matches = None
    if len(automaton):
        automaton.make_automaton()
        matches = automaton.iter
    bigrams = re.compile("|".join(map(re.escape, sorted(cjk)))).search if cjk else None

    @functools.lru_cache(maxsize=1 << 12)
    def scan(text: str) -> frozenset[Hashable]:
        folded = fold(text)
        found = [keys for _, keys in matches(folded)] if matches is not None else []
        if bigrams is not None and not folded.isascii():
            at = 0
            while (m := bigrams(folded, at)) is not None:
                found.append(cjk[m.group()])
                at = m.start() + 1
        return always.union(*found, *[keys for lit, keys in checks if lit in folded])

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
    from the branches that remain finds exactly what the whole one finds. Each regex run, whole or
    pruned, is written from its branches' first characters where it can be (`from_first_chars`),
    which gives `re` the shortcut back.
    """

    def __init__(self, key: Hashable, head: str, branches: str, tail: str, flags: int = 0) -> None:
        self.key = key
        self.branches = split_alternatives(branches)
        self.head, self.tail, self.flags = head, tail, flags
        #: the whole regex: what callers show (hit labels) and what the gate once ran
        self.regex = re.compile(f"{head}(?:{branches}){tail}", flags)
        #: the whole regex as it is run: the same matches, found from a class of first characters
        #: (`from_first_chars`)
        self._whole = from_first_chars(head, self.branches, tail, flags) or self.regex
        self._keys = frozenset((key, i) for i in range(len(self.branches)))
        for i, branch in enumerate(self.branches):
            GATE.add((key, i), re.compile(branch, flags), group=key)
        #: by the set of branch keys a text leaves (a frozenset hashes from its members' stored
        #: hashes: cheaper than sorting the branches into a tuple on every call)
        self._compiled: dict[frozenset[Hashable], re.Pattern[str]] = {}
        self._seen: dict[frozenset[Hashable], int] = {}

    def pattern(self, gated: frozenset[Hashable]) -> re.Pattern[str] | None:
        """The regex of the branches `gated` (a `GATE.scan` of the text) leaves, or None for none."""
        if self.key not in gated:  # no branch at all: the common case, answered first
            return None
        present = self._keys & gated
        found = self._compiled.get(present)
        if found is None:
            # the whole regex finds the same matches; it runs until compiling would have paid (COMPILE_AFTER)
            if len(self._compiled) >= MAX_ALTERNATION_PATTERNS or len(self._seen) >= 4 * MAX_ALTERNATION_PATTERNS:
                self._compiled.clear()
                self._seen.clear()
            seen = self._seen[present] = self._seen.get(present, 0) + 1
            if seen * (len(self.branches) - len(present)) < COMPILE_AFTER:
                return self._whole
            kept = [self.branches[i] for i in sorted(i for _, i in present)]  # type: ignore[misc]
            found = self._compiled[present] = (from_first_chars(self.head, kept, self.tail, self.flags)
                                               or re.compile(f"{self.head}(?:{'|'.join(kept)}){self.tail}", self.flags))
        return found


#: what `from_first_chars` reads as the head before the branches: a look-behind of one character class,
#: a word boundary, or nothing; each optionally followed by the opening of a capturing group
_HEAD = re.compile(r"(?P<assert>\(\?<!\[[^\]]*\]\)|\\b)?(?P<group>\()?")
#: characters that Python's case-insensitive matching equates with an ASCII letter besides its two cases
_CASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def from_first_chars(head: str, branches: Sequence[str], tail: str, flags: int) -> re.Pattern[str] | None:
    """`head(?:b1|b2|...)tail` compiled so that `re` skips to the places a match can start, or None
    where this cannot be written. The same matches and groups.

    A regex opening with a look-behind or `\b`, or (case-insensitive) with a letter, gives `re` no
    first character to skip to: it tries the whole pattern at every position of the text. Here each
    branch's first character is taken out in front as one class, with explicit cases and outside the
    case-insensitive flag (`(?-i:[gGcC])`: `re` then skips to those characters), and each branch
    checks it was its own with a one-character look-behind (`(?<=g)pt...`); the head's look-behind
    or word boundary moves behind that first character, one more character back. Written only where
    every branch opens with one plain character (a letter, a digit, an escaped or uncased symbol, not
    repeated) and, after `\b`, a word character.
    """
    frame = _HEAD.fullmatch(head)
    if frame is None or not branches:
        return None
    boundary = frame.group("assert") or ""
    firsts: set[str] = set()
    checked: list[str] = []
    for branch in branches:
        if branch[:2] == "\\d":
            atom, char = branch[:2], "\\d"
        elif branch[:1] == "\\" and len(branch) >= 2 and not branch[1].isalnum():
            atom, char = branch[:2], branch[1]
        elif branch[:1] and ((branch[0].isascii() and branch[0].isalnum())
                             or (not branch[0].isascii() and branch[0].lower() == branch[0].upper()
                                 and branch[0].isprintable())):
            atom, char = branch[0], branch[0]
        else:
            return None
        rest = branch[len(atom):]
        if rest[:1] == "+" and rest[1:2] not in ("?", "+"):
            rest = atom + "*" + rest[1:]  # one or more: this one, then any more
        if rest[:1] in ("?", "*", "+", "{") or (boundary == "\\b" and not (char.isalnum() or char in ("_", "\\d"))):
            return None
        if char == "\\d":
            firsts.add(char)
        elif flags & re.IGNORECASE and char.isascii() and char.isalpha():
            firsts.update(map(re.escape, (char.lower(), char.upper(), *_CASE_EXTRA.get(char.lower(), ""))))
        else:
            firsts.add(re.escape(char))
        checked.append(f"(?<={atom}){rest}")
    behind = "(?<!\\w.)" if boundary == "\\b" else boundary[:-1] + "." + ")" if boundary else ""
    lead = "(?-i:[" + "".join(sorted(firsts)) + "])"
    group = "(" if frame.group("group") else ""
    return re.compile(f"{group}{lead}{behind}(?:{'|'.join(checked)}){tail}", flags)


#: a branch subset is compiled once the whole regex, run in its place, has tried this many branches
#: the subset would have left out (each subset's seen count times its left-out branches): compiling
#: costs about as much as that (~350 us). Paying for the whole regex until it has cost what a compile
#: costs, then compiling, never costs more than twice the best choice made knowing the future (the
#: ski-rental rule); compiling every subset seen twice spent ~8% of a worker's text reading at 50k
#: posts on subsets that then seldom came back (now ~2%)
COMPILE_AFTER = 300
#: compiled branch subsets kept per alternation: a day's posts need a few hundred
MAX_ALTERNATION_PATTERNS = 4096
