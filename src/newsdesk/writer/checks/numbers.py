"""Numbers: every figure a written item gives is in the posts it cites, in some unit or language.

Claims are read strictly (digits, with units and multipliers), evidence leniently (digits
anywhere, Chinese numerals, English number words, month names), so a faithful translation
passes (500万 = 5 million = 5M = 5,000,000) and an invented figure does not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.model import Check

__all__ = ["Quantity", "check_numbers", "extract_numbers"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written, normalised: `23亿美元` -> value 2.3e9, unit 1e8."""

    text: str  #: as written, e.g. "23亿"
    value: float
    percent: bool = False
    #: place value of the last written digit (2.3 billion -> 1e8): how much rounding the text admits
    unit: float = 1.0
    start: int = 0
    end: int = 0


# --- numbers ------------------------------------------------------------------------------------

_MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "bn": 1e9,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
    "t": 1e12,
    "千": 1e3,
    "万": 1e4,
    "十万": 1e5,
    "百万": 1e6,
    "千万": 1e7,
    "亿": 1e8,
    "十亿": 1e9,
    "百亿": 1e10,
    "千亿": 1e11,
    "万亿": 1e12,
}
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MULT = (
    r"(?:\s?(?P<word>thousand|million|billion|trillion|mn|bn)(?![A-Za-z])"
    r"|(?P<suffix>[kKMBT])(?![A-Za-z])"
    r"|\s?(?P<zh>万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千))?"
)
_PCT = r"(?P<pct>\s?(?:%|％|percent\b|per cent\b|pct\b|个百分点|百分点))?"
# Claims: a number glued to a Latin letter ("Qwen3", "GPT-5.5", "v2") is part of a name, checked there.
_CLAIM_NUMBER = re.compile(r"(?<![A-Za-z0-9.])(?<![A-Za-z]-)(?<!百分之)" + _NUMBER + r"(?!\.\d|\d)" + _MULT + _PCT)
_EVIDENCE_NUMBER = re.compile(r"(?<![\d.])(?<!百分之)" + _NUMBER + r"(?!\.\d|\d)" + _MULT + _PCT)
_PCT_PREFIX = re.compile(r"百分之(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点]+)")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|～|到|至|to)\s*")

_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")

_EN_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
} | {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a": 1,
    "an": 1,
    "half": 0.5,
}
_EN_NUMBER = re.compile(
    r"\b(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|a|an|half)"
    r"(?:[- ](?P<m>hundred|thousand|million|billion|trillion))?\b(?P<pct>\s?(?:percent|per cent))?",
    re.IGNORECASE,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTH = re.compile(r"\b(" + "|".join(list(_MONTHS) + [m[:3] for m in _MONTHS]) + r")\b\.?", re.IGNORECASE)


def _zh_numeral(text: str) -> float | None:
    """二十五 -> 25, 五百万 -> 5e6, 一点五 -> 1.5; None when `text` is not a numeral."""
    if "点" in text:
        whole, _, frac = text.partition("点")
        w = _zh_numeral(whole) if whole else 0
        if w is None or not frac or any(c not in _ZH_DIGITS for c in frac):
            return None
        return w + float("0." + "".join(str(_ZH_DIGITS[c]) for c in frac))
    total = 0
    section = 0
    digit = None
    for c in text:
        if c in _ZH_DIGITS:
            # "一二" is a digit string, read as such
            digit = _ZH_DIGITS[c] if digit is None else digit * 10 + _ZH_DIGITS[c]
        elif c in _ZH_UNITS:
            section += (digit if digit is not None else 1) * _ZH_UNITS[c]
            digit = None
        elif c in _ZH_BIG:
            section += digit or 0
            total = (total + section) * _ZH_BIG[c] if total and _ZH_BIG[c] > total else total + section * _ZH_BIG[c]
            section = 0
            digit = None
        else:
            return None
    return float(total + section + (digit or 0))


def _place_unit(num: str, multiplier: float) -> float:
    decimals = len(num.split(".", 1)[1]) if "." in num else 0
    return 10.0**-decimals * multiplier


def _quantity(match: re.Match[str], text: str) -> Quantity:
    num = match.group("num")
    multiplier = 1.0
    if match.group("word"):
        multiplier = _MULTIPLIERS[match.group("word").lower()]
    elif match.group("suffix"):
        multiplier = _MULTIPLIERS[match.group("suffix").lower()]
    elif match.group("zh"):
        multiplier = _MULTIPLIERS[match.group("zh")]
    clean = num.replace(",", "")
    value = float(clean) * multiplier
    percent = bool(match.group("pct"))
    return Quantity(
        text=match.group(0).strip(),
        value=value,
        percent=percent,
        unit=_place_unit(clean, multiplier),
        start=match.start(),
        end=match.end(),
    )


def _mark_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """In "20-40%" or "20%至40%" the first number is a percent too."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.percent and not a.percent and _RANGE_GAP.fullmatch(text[a.end : b.start]):
            out[i] = Quantity(a.text, a.value, True, a.unit, a.start, a.end)
    return out


def extract_numbers(text: str) -> list[Quantity]:
    """The numbers a claim makes, written with digits: `500万`, `$2.3 billion`, `25%`, `30,000`.

    Digits glued to Latin letters (`Qwen3`, `GPT-5.5`) belong to names and are
    left to `check_names`. Numbers written in words (五, five) are not read on
    the claim side: "一个" or "one of" would be false alarms.
    """
    found = [_quantity(m, text) for m in _CLAIM_NUMBER.finditer(text)]
    for m in _PCT_PREFIX.finditer(text):
        raw = m.group("num")
        value = float(raw) if raw[0].isdigit() else _zh_numeral(raw)
        if value is not None:
            found.append(Quantity(m.group(0), value, True, 1.0, m.start(), m.end()))
    found.sort(key=lambda q: q.start)
    return _mark_ranges(found, text)


def _evidence_numbers(text: str) -> list[Quantity]:
    """Every number the evidence supports, read leniently: digits anywhere, 五百万, five million, July."""
    found = [_quantity(m, text) for m in _EVIDENCE_NUMBER.finditer(text)]
    found = _mark_ranges(found, text)
    for m in _PCT_PREFIX.finditer(text):
        raw = m.group("num")
        value = float(raw) if raw[0].isdigit() else _zh_numeral(raw)
        if value is not None:
            found.append(Quantity(m.group(0), value, True))
    for m in _ZH_NUMERAL.finditer(text):
        value = _zh_numeral(m.group(0))
        if value is not None:
            found.append(Quantity(m.group(0), value))
            after = text[m.end() : m.end() + 4]
            if after.startswith(("个百分点", "百分点")):
                found.append(Quantity(m.group(0), value, True))
    # digits followed by a Chinese big unit written as numeral ("3千万" is caught above; "三千万" here)
    for m in _EN_NUMBER.finditer(text):
        word = m.group("w").lower().replace(" ", "-")
        if "-" in word:
            tens, ones = word.split("-", 1)
            value = _EN_WORDS[tens] + _EN_WORDS[ones]
        else:
            value = _EN_WORDS[word]
        if word in ("a", "an", "half") and not m.group("m"):
            continue
        if m.group("m"):
            value *= _MULTIPLIERS[m.group("m").lower()] if m.group("m").lower() != "hundred" else 100
        found.append(Quantity(m.group(0), float(value), bool(m.group("pct"))))
    for m in _MONTH.finditer(text):
        key = m.group(1).lower()
        month = _MONTHS.get(key) or next(v for k, v in _MONTHS.items() if k.startswith(key))
        found.append(Quantity(m.group(0), float(month)))
    return found


def _supported(claim: Quantity, evidence: Iterable[Quantity]) -> bool:
    for e in evidence:
        if claim.percent and not e.percent:
            continue
        if math.isclose(claim.value, e.value, rel_tol=1e-9, abs_tol=1e-9):
            return True
        # "约23亿" for 2,345,678,900: rounding to the claim's own precision, within 5 %
        if (
            claim.value >= 1000
            and abs(claim.value - e.value) <= claim.unit / 2 + 1e-9
            and abs(claim.value - e.value) <= 0.05 * max(abs(e.value), 1.0)
        ):
            return True
    return False


def check_numbers(text: str, evidence: Sequence[str]) -> Check:
    """Every number in `text` occurs, in some unit or language, in one of the `evidence` texts."""
    claims = extract_numbers(text.replace("**", ""))
    pool = [q for ev in evidence for q in _evidence_numbers(ev)]
    missing = [c.text for c in claims if not _supported(c, pool)]
    if missing:
        return Check("numbers", False, "not in the cited posts: " + ", ".join(dict.fromkeys(missing)))
    return Check("numbers", True, f"{len(claims)} number(s) found in the cited posts")
