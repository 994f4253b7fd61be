"""Reading what other people's servers and files send: JSON that cannot hurt us, text SQLite will take.

Every JSON edge (the sources' APIs and JSON Feeds, `--input` lines, the LLM's answer) parses
through `loads`, because valid JSON can still be hostile:

* nesting 100k deep makes the decoder recurse until `RecursionError`, and whatever walks the
  result later (our parsers, `json.dumps` into the store) would recurse as deep again: refused
  past `MAX_DEPTH` by a scan of the brackets *before* decoding (the deepest payload in the
  recorded fixtures nests 14 levels);
* a 5000-digit integer is a `ValueError` from Python's own digit limit (4300), and one just
  under it overflows every float conversion after it: refused past `MAX_INT_DIGITS`;
* `NaN`, `Infinity` and a float literal too large for a double (`1e400`, read as infinity) are
  not JSON numbers (RFC 8259 section 6) and poison every sum and sort they reach: refused;
* a lone surrogate escape (`"\\ud800"`) decodes to a `str` that cannot be encoded as UTF-8, so
  SQLite refuses it at the upsert: replaced with U+FFFD, and `loads_counted` says how many.

Refusals are `JSONLimitError`, a `ValueError` whose message says which limit and is fit to be
shown to an operator; syntax errors stay `json.JSONDecodeError` with its position.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: deeper than any API we read nests (the recorded fixtures reach 14 levels), far below recursion limits
MAX_DEPTH = 64
#: an integer with more digits is no id, count or time (X's 64-bit ids have 19)
MAX_INT_DIGITS = 40
#: likes, points and views are counts of people; one past a quadrillion is junk, not a metric
MAX_COUNT = 1e15


#: a \uD800-\uDFFF escape: maybe part of a valid pair, maybe lone; the decoded strings tell
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class JSONLimitError(ValueError):
    """Valid JSON we refuse to read: too deep, a number too long, or not a finite number."""


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep `text`'s arrays and objects nest (brackets inside strings do not count).

    A scan of the brackets, not a parse, so it cannot recurse: text with at most `limit`
    brackets cannot nest deeper, and their count (an upper bound) is returned at once;
    otherwise the exact depth, from the positions of quotes and brackets on a byte array
    (~50 ms for a 15 MiB body).
    """
    openers = text.count("[") + text.count("{")
    if openers <= limit:
        return openers
    import numpy as np  # a dependency already (the story stages); only big texts get here

    data = text.encode("utf-8", "surrogatepass")
    if b"\\" in data:
        # Escapes pair from the left: drop escaped backslashes, then escaped quotes, and
        # every quote left opens or closes a string.
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    raw = np.frombuffer(data, dtype=np.uint8)
    marks = np.zeros(256, dtype=bool)
    marks[list(b'"[]{}')] = True
    chars = raw[np.flatnonzero(marks[raw])]
    quotes = chars == ord('"')
    outside = (np.cumsum(quotes) & 1) == 0  # an even number of quotes so far: not in a string
    brackets = chars[outside & ~quotes]
    steps = np.where((brackets == ord("[")) | (brackets == ord("{")), 1, -1)
    return int(np.cumsum(steps).max(initial=0))


def _refuse_constant(name: str) -> Any:
    raise JSONLimitError(f"{name} is not a JSON number")


def _bounded_int(digits: str) -> int:
    if len(digits) - digits.startswith("-") > MAX_INT_DIGITS:
        raise JSONLimitError(f"a number with {len(digits.lstrip('-'))} digits (at most {MAX_INT_DIGITS})")
    return int(digits)


def _finite_float(literal: str) -> float:
    value = float(literal)
    if value in (float("inf"), float("-inf")):
        raise JSONLimitError(f"a number too large for a double ({literal[:20]}{'…' if len(literal) > 20 else ''})")
    return value


#: the decoder `loads` uses; `raw_decode` callers (salvaging a cut-off answer) use it too
DECODER = json.JSONDecoder(parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_refuse_constant)


def check_depth(text: str, limit: int = MAX_DEPTH) -> None:
    """JSONLimitError when `text` nests deeper than `limit`."""
    depth = nesting_depth(text, limit)
    if depth > limit:
        raise JSONLimitError(f"nested {depth} levels deep (at most {limit})")


def loads_counted(text: str, *, max_depth: int = MAX_DEPTH) -> tuple[Any, int]:
    """`text` as JSON within the limits above, and how many lone surrogates were replaced.

    Raises `json.JSONDecodeError` for text that is not JSON and `JSONLimitError` for JSON
    outside the limits; nothing else (a decoder that still recursed too deep is reported
    as too deep). `text` is expected to come from decoding bytes, which cannot hold a
    surrogate themselves; a `str` from elsewhere (an SDK's parse) goes through `clean_text` first.
    """
    check_depth(text, max_depth)
    try:
        value = DECODER.decode(text)
    except RecursionError:  # a backstop: the scan above already refused anything this deep
        raise JSONLimitError(f"nested too deep to decode (at most {max_depth})") from None
    if _SURROGATE_ESCAPE.search(text) is None:
        return value, 0
    return replace_surrogates(value)


def loads(text: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """`loads_counted` without the count."""
    return loads_counted(text, max_depth=max_depth)[0]


def plausible_count(value: Any) -> float | None:
    """`value` as a metric (likes, points, views) when it is a finite number within `MAX_COUNT`, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int):
        return float(value) if -MAX_COUNT <= value <= MAX_COUNT else None
    return value if math.isfinite(value) and abs(value) <= MAX_COUNT else None


def clean_text(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD, so it encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def replace_surrogates(value: Any) -> tuple[Any, int]:
    """A decoded JSON value with lone surrogates replaced in every string, keys included (in place
    where it can be), and how many were replaced.

    Iterative (an explicit stack), so a value at the depth limit cannot recurse; `loads` calls
    it only when the text held a surrogate escape at all.
    """
    count = 0

    def fix(s: str) -> str:
        nonlocal count
        found = len(_SURROGATE.findall(s))
        if not found:
            return s
        count += found
        return clean_text(s)

    root: list[Any] = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        item = parent[key]
        if isinstance(item, str):
            parent[key] = fix(item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
        elif isinstance(item, dict):
            if any(isinstance(k, str) and _SURROGATE.search(k) for k in item):
                fixed = {fix(k): v for k, v in item.items()}
                item.clear()
                item.update(fixed)
            stack.extend((item, k) for k in item)
    return root[0], count
