"""Numbers: every figure a written item gives is in the posts it cites, meaning the same thing.

Claims are read strictly (digits, with units and multipliers), evidence leniently (digits
anywhere, Chinese numerals, English number words, half = 50%, month names in dates), so a
faithful translation passes (500万 = 5 million = 5M = 5,000,000; 5 points = 5个百分点) and an
invented figure does not. What a number measures must survive too:

- its kind: a percent (%), percentage points (个百分点, points) and a multiple (倍, x) are
  three different claims, in both directions ("20-30%" is not "20-30倍");
- its currency: "$3B" is not "30亿元" (¥ stands for 元 and 日元 alike);
- its hedge: "up to 4x" is "最高4倍", never a bare "4倍"; "about 30%" keeps its "约";
- its place: digits of links, t.co slugs and @handles are no evidence; "may" is not May (5).

And where it can be told, its subject: a figure that the posts give only in a sentence about
another named thing (Gemma's score written as Gemini's) fails (`misattributed`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from newsdesk.model import Check
from newsdesk.textfacts import lexicon
from newsdesk.writer.checks.names import _key, _name_groups, name_tokens
from newsdesk.writer.text import split_sentences

__all__ = ["Quantity", "check_numbers", "extract_numbers", "link_free", "misattributed"]


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
    #: what it measures: "" a count or amount, "%" a percent, "pp" percentage points, "x" a multiple
    kind: str = ""
    #: ISO code of a currency written next to it ("USD" for $ and 美元), "" when none; ¥ is "JPY/CNY"
    currency: str = ""
    #: the multiplier written with it (M, 亿: 1e6, 1e8), 1 when none
    multiplier: float = 1.0
    #: a qualifier the figure carries: "upto" (up to, 最高), "approx" (about, 约), "over" (more than, 超过)
    hedge: str = ""


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
_PCT = (
    r"(?:(?P<pp>\s?(?:个百分点|百分点|percentage[- ]points?\b|pp\b|points?\b|pts\b))"
    r"|(?P<pct>\s?(?:%|％|percent\b|per cent\b|pct\b))"
    r"|(?P<times>\s?(?:倍|[xX×](?![A-Za-z0-9])|times\b|-fold\b)))?"
)
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
_MULTIPLE_WORDS = {"twice": 2.0, "double": 2.0, "doubles": 2.0, "doubled": 2.0, "triple": 3.0, "tripled": 3.0}
_MULTIPLE_WORD = re.compile(r"\b(?:" + "|".join(_MULTIPLE_WORDS) + r")\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(" + "|".join(list(_MONTHS) + [m[:3] for m in _MONTHS]) + r")\b\.?", re.IGNORECASE)


#: currencies written after a number (30亿美元, 3 billion dollars) or before it ($3B, US$3B, €2), as ISO codes;
#: ¥ and ￥ are both yuan and yen
_CURRENCY_WORDS = {
    "美元": "USD", "美金": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "usd": "USD", "us$": "USD",
    "$": "USD", "＄": "USD", "人民币": "CNY", "元": "CNY", "块": "CNY", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    "日元": "JPY", "yen": "JPY", "jpy": "JPY", "¥": "JPY/CNY", "￥": "JPY/CNY", "欧元": "EUR", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "€": "EUR", "英镑": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
    "£": "GBP", "港元": "HKD", "港币": "HKD", "hkd": "HKD",
}  # fmt: skip
_CURRENCY_AFTER = re.compile(
    r"\s?(美元|美金|人民币|港元|港币|日元|欧元|英镑|元|块(?!钱包)|(?:dollars?|bucks|usd|yuan|rmb|cny|yen|jpy|euros?|eur"
    r"|pounds?|gbp|hkd)(?![A-Za-z]))",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|＄|¥|￥|€|£|(?<![A-Za-z])(?:USD|RMB|CNY|EUR|GBP|JPY|HKD))\s?$", re.IGNORECASE)

#: hedges before a number (English words must touch it; Chinese ones may have a verb between: 最高可提升4倍)
_HEDGE_BEFORE = (
    ("upto", re.compile(r"(?:\b(?:up to|as (?:much|many|high|fast) as|at most|upwards of|max(?:imum)?(?: of)?)\s*"
                        r"|(?:最高|最多|最快|最大|高达|多达|至多|不超过|不高于)[\u4e00-\u9fff]{0,8})$",
                        re.IGNORECASE)),
    ("approx", re.compile(r"(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|close to|circa|some)\s*"
                          r"|[~～≈]\s*|(?:大约|大概|约为|约合|约|将近|接近|(?<!最)近)[\u4e00-\u9fffA-Za-z]{0,10})$",
                          re.IGNORECASE)),
    ("over", re.compile(r"(?:\b(?:over|more than|at least|above|north of|beyond|exceeds?|exceeding)\s*|>\s*"
                        r"|超|(?:超过|逾|至少|不少于|不低于|突破)[\u4e00-\u9fffA-Za-z]{0,8})$", re.IGNORECASE)),
)  # fmt: skip
_HEDGE_AFTER = (
    ("approx", re.compile(r"^(?:左右|上下|\s?or so\b|-ish\b)", re.IGNORECASE)),
    ("over", re.compile(r"^(?:\+|多|余|以上|\s?or more\b|\s?plus\b)", re.IGNORECASE)),
)
#: which hedges of the claim keep the evidence's hedge: "up to 4x" needs 最高/最多; "about" needs 约/近/左右
_HEDGE_KEPT = {"": None, "upto": {"upto"}, "approx": {"approx"}, "over": {"over"}}

#: where digits are no evidence: links, link slugs, handles
#: (a domain is at most 63-character labels, a few of them: unbounded, `[\w-]+(?:\.[\w-]+)*` was tried from every
#: label of a long dotted run and was quadratic, 15 KB of "a.a.a." held the checks for 10 s)
_LINKISH = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,63}/\S*|(?<![\w@])@\w+",
                      re.IGNORECASE)
#: a month name is a date only next to a day or year, or after a preposition of time ("in May")
_DATE_AFTER = re.compile(r"\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\b|'?\d{2,4}\b)")
_DATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?|\b(?:in|on|by|since|until|till|from|through|early|mid|late|end of|"
    r"start of|this|next|last|of|before|after)[\s-]+)$",
    re.IGNORECASE,
)


def link_free(text: str) -> str:
    """`text` with its links, link slugs and @handles blanked: their digits and words are no fact."""
    return _LINKISH.sub(" ", text)


def _currency(text: str, start: int, end: int) -> str:
    after = _CURRENCY_AFTER.match(text, end)
    if after:
        return _CURRENCY_WORDS[after.group(1).lower()]
    before = _CURRENCY_BEFORE.search(text[max(0, start - 4) : start])
    return _CURRENCY_WORDS[before.group(1).lower()] if before else ""


def _hedge(text: str, start: int, end: int) -> str:
    head = text[max(0, start - 24) : start]
    head = _CURRENCY_BEFORE.sub("", head)
    for name, pattern in _HEDGE_BEFORE:
        if pattern.search(head):
            return name
    tail = text[end : end + 8]
    tail = _CURRENCY_AFTER.sub("", tail, count=1) if _CURRENCY_AFTER.match(tail) else tail
    for name, pattern in _HEDGE_AFTER:
        if pattern.search(tail):
            return name
    return ""


def _same_currency(a: str, b: str) -> bool:
    return not a or not b or bool(set(a.split("/")) & set(b.split("/")))


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
    kind = "pp" if match.group("pp") else "%" if match.group("pct") else "x" if match.group("times") else ""
    return Quantity(
        text=match.group(0).strip(),
        value=value,
        percent=kind in ("%", "pp"),
        unit=_place_unit(clean, multiplier),
        start=match.start(),
        end=match.end(),
        kind=kind,
        multiplier=multiplier,
        currency=_currency(text, match.start(), match.end()),
        hedge=_hedge(text, match.start(), match.end()),
    )


def _mark_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """In "20-40%" or "20%至40%" the first number is a percent too (and in "20-30倍" a multiple)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _RANGE_GAP.fullmatch(text[a.end : b.start]):
            continue
        if b.kind and not a.kind:
            out[i] = a = replace(a, percent=b.percent, kind=b.kind, currency=a.currency or b.currency)
        if a.multiplier == 1 and b.multiplier > 1 and a.value * b.multiplier <= b.value:
            # "$20-500M", "2-3亿": the second number's multiplier is the first's too
            m = b.multiplier
            out[i] = replace(a, value=a.value * m, unit=a.unit * m, multiplier=m, currency=a.currency or b.currency)
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
            found.append(Quantity(m.group(0), value, True, 1.0, m.start(), m.end(), kind="%"))
    found.sort(key=lambda q: q.start)
    return _mark_ranges(found, text)


def _evidence_numbers(text: str) -> list[Quantity]:
    """Every number the evidence supports, read leniently: digits anywhere, 五百万, five million, half,
    July 24; never digits of a link or a handle, never "may"."""
    text = _LINKISH.sub(" ", text)
    found = [_quantity(m, text) for m in _EVIDENCE_NUMBER.finditer(text)]
    found = _mark_ranges(found, text)
    for m in _PCT_PREFIX.finditer(text):
        raw = m.group("num")
        value = float(raw) if raw[0].isdigit() else _zh_numeral(raw)
        if value is not None:
            found.append(Quantity(m.group(0), value, True, kind="%", hedge=_hedge(text, m.start(), m.end())))
    for m in _ZH_NUMERAL.finditer(text):
        value = _zh_numeral(m.group(0))
        if value is not None:
            after = text[m.end() : m.end() + 4]
            hedge = _hedge(text, m.start(), m.end())
            currency = _currency(text, m.start(), m.end())
            if after.startswith(("个百分点", "百分点")):
                found.append(Quantity(m.group(0), value, True, kind="pp", hedge=hedge))
            elif after.startswith("倍"):
                found.append(Quantity(m.group(0), value, kind="x", hedge=hedge))
            elif after.startswith("成") and value < 10:
                found.append(Quantity(m.group(0), value * 10, True, kind="%", hedge=hedge))
            else:
                found.append(Quantity(m.group(0), value, currency=currency, hedge=hedge))
    # digits followed by a Chinese big unit written as numeral ("3千万" is caught above; "三千万" here)
    for m in _EN_NUMBER.finditer(text):
        word = m.group("w").lower().replace(" ", "-")
        if "-" in word:
            tens, ones = word.split("-", 1)
            value = _EN_WORDS[tens] + _EN_WORDS[ones]
        else:
            value = _EN_WORDS[word]
        if word == "half" and not m.group("m"):
            found.append(Quantity(m.group(0), 50.0, True, kind="%"))  # half the cost: 50%成本
            continue
        if word in ("a", "an") and not m.group("m"):
            continue
        if m.group("m"):
            value *= _MULTIPLIERS[m.group("m").lower()] if m.group("m").lower() != "hundred" else 100
        pct = bool(m.group("pct"))
        hedge = _hedge(text, m.start(), m.end())
        found.append(Quantity(m.group(0), float(value), pct, kind="%" if pct else "", hedge=hedge))
    for m in _MULTIPLE_WORD.finditer(text):
        found.append(Quantity(m.group(0), _MULTIPLE_WORDS[m.group(0).lower()], kind="x"))
    for m in _MONTH.finditer(text):
        if not m.group(1)[0].isupper():
            continue  # "may", "march on": verbs
        if not (_DATE_AFTER.match(text, m.end()) or _DATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])):
            continue  # a month name outside a date ("May the best model win") is no number
        key = m.group(1).lower()
        month = _MONTHS.get(key) or next(v for k, v in _MONTHS.items() if k.startswith(key))
        found.append(Quantity(m.group(0), float(month)))
    return found


def _supported(claim: Quantity, evidence: Iterable[Quantity]) -> bool:
    """Some evidence quantity has the claim's value (to the claim's precision), its kind (%, points,
    multiple; a bare claim any kind), a compatible currency, and a hedge the claim keeps."""
    for e in evidence:
        if claim.kind and claim.kind != e.kind:
            continue
        if not _same_currency(claim.currency, e.currency):
            continue
        kept = _HEDGE_KEPT.get(e.hedge)
        if kept is not None and claim.hedge not in kept:
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


def check_numbers(text: str, evidence: Sequence[str], speakers: Sequence[str] = ()) -> Check:
    """Every number in `text` occurs, in some unit or language, in one of the `evidence` texts, measuring
    the same kind of thing, with its currency and hedge; and (where that can be told) about the same
    subject. `speakers`: the cited posts' authors (names, handles), who are no number's subject."""
    claims = extract_numbers(_LINKISH.sub(" ", text.replace("**", "")))
    pool = [q for ev in evidence for q in _evidence_numbers(ev)]
    missing = [c.text for c in claims if not _supported(c, pool)]
    if missing:
        return Check("numbers", False, "not in the cited posts: " + ", ".join(dict.fromkeys(missing)))
    wrong = misattributed(text, evidence, speakers)
    if wrong:
        return Check("numbers", False, "the posts give it for another subject: " + ", ".join(dict.fromkeys(wrong)))
    return Check("numbers", True, f"{len(claims)} number(s) found in the cited posts")


# --- subjects and metrics -----------------------------------------------------------------------


def _words(words: Sequence[str]) -> re.Pattern[str]:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w)
        if re.search(r"[\u4e00-\u9fff]", w) or not w[0].isalnum():
            parts.append(esc)
        else:
            parts.append(r"(?<![A-Za-z])" + esc + r"(?![A-Za-z])")
    return re.compile("|".join(parts), re.IGNORECASE)


_METRIC_FIELDS = {"name": str, "written": (list, str), "evidence": (list, str)}
#: (metric, the Chinese words that name it in a summary, the words that name it in a post): `data/metrics.toml`
_METRICS = tuple(
    (e["name"], _words(e["written"]), _words(e["evidence"]))
    for e in lexicon.entries("metrics", "metric", _METRIC_FIELDS, "newsdesk.writer")
)
#: where a clause of a post ends around a figure: "up to 4x higher throughput and up to 30% faster"
_EVIDENCE_CLAUSE = re.compile(r"[,;，；:：—–(（)）]|\s(?:and|with|while|but|vs\.?)\s")


def _written_metrics(clause: str) -> frozenset[str]:
    return frozenset(name for name, written, _ in _METRICS if written.search(clause))


def _evidence_metrics(sentence: str, q: Quantity) -> frozenset[str]:
    """The metrics named in the clause of `sentence` around `q` (none when `q` has no position)."""
    if q.end <= q.start:
        return frozenset()
    cuts = [m for m in _EVIDENCE_CLAUSE.finditer(sentence)]
    start = max((m.end() for m in cuts if m.end() <= q.start), default=0)
    end = min((m.start() for m in cuts if m.start() >= q.end), default=len(sentence))
    clause = sentence[start:end]
    return frozenset(name for name, _, evidence in _METRICS if evidence.search(clause))


_CLAUSE = re.compile(r"[，,；;：:]")


def _overlap(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two sets of name keys share a name, a family name counting for its models ("qwen" for "qwen3")."""
    return any(x == y or (x.startswith(y) and y[-1].isalpha()) or (y.startswith(x) and x[-1].isalpha())
               for x in a for y in b)  # fmt: skip


def _subjects(text: str, speakers: frozenset[str]) -> list[str]:
    """The named things of `text` in order, each by its head, the last word of a multi-word name
    ("Claude Opus 5" -> "opus", "GPT-5.6 Luna" -> "luna"); the posts' authors are left out: who
    says a figure is not what it measures."""
    out = []
    for group in _name_groups(text):
        keys = [k for k in (_key(t) for t, relevant in group if relevant) if k]
        if keys and not _overlap(keys, speakers):
            out.append(keys[-1])
    return out


@dataclass(frozen=True, slots=True)
class _Window:
    """One evidence sentence: its numbers, its names, which of them are products (a digit in or after
    the name: "Gemma 4", "GPT-5.6 Terra"), and its post's topic (the names of its first named sentence)."""

    numbers: list[Quantity]
    sentence: str
    names: frozenset[str]
    products: frozenset[str]
    topic: frozenset[str]


def _minor(key: str, token: str) -> bool:
    """A name that is no subject: a short abbreviation (YoY, API-like) rather than a product or a lab."""
    return (
        len(key) <= 4
        and not any(c.isdigit() for c in key)
        and token.upper() != token.lower()
        and (token.isupper() or any(c.isupper() for c in token[1:]))
    )


def _windows(evidence: Sequence[str], speaker_keys: frozenset[str]) -> list[_Window]:
    windows = []
    for ev in evidence:
        last: frozenset[str] = frozenset()
        topic: frozenset[str] = frozenset()
        for sentence in split_sentences(_LINKISH.sub(" ", ev)):
            names: set[str] = set()
            products: set[str] = set()
            major = False
            for token in name_tokens(sentence):
                key = _key(token)
                if not key or _overlap({key}, speaker_keys):
                    continue
                names.add(key)
                major = major or not _minor(key, token)
                if any(c.isdigit() for c in key) or re.search(re.escape(token) + r"\s\d", sentence):
                    products.add(key)
            if not major:  # "$4B in run rate growing 7x YoY.": about what the post was about
                names |= last
            elif not topic:
                topic = frozenset(names)
            last = frozenset(names) if major else last
            windows.append(_Window(_evidence_numbers(sentence), sentence, frozenset(names), frozenset(products), topic))
    return windows


def misattributed(text: str, evidence: Sequence[str], speakers: Sequence[str] = ()) -> list[str]:
    """Numbers of `text` that the evidence gives only in sentences about another named subject.

    And a number whose written clause names a metric (吞吐量, 速度, 成本: `data/metrics.toml`) fails
    when every post clause giving it names only other metrics (4x throughput and 30% faster swapped).

    A written clause's subject is its first name that owns figures in the posts (a product, a post's
    topic), else the last such name before it in the sentence, else its first name. An evidence sentence
    is about the names it gives; about its post's previous subject when it names nothing major
    ("$4B in run rate, 7x YoY"); and about its post's topic unless it names another product
    ("It scores 80.9% on SWE-bench" is about the Opus 5 of the post's title; "Gemma 4 scores 20%"
    is not about Gemini). A number fails only when every sentence giving it is about something
    else: Gemma's 20% written as Gemini's, one paper's result moved to the other paper.
    """
    speaker_keys = frozenset(_key(part) for s in speakers for part in re.split(r"[\s_@]+", s) if len(_key(part)) > 1)
    windows = _windows(evidence, speaker_keys)
    known = frozenset(k for w in windows for k in w.names | w.topic)
    # the names a figure can belong to: products ("Gemini 3") and what a post is about, not benchmarks
    owners = frozenset(k for w in windows for k in w.products | w.topic)
    wrong = []
    for sentence in split_sentences(text.replace("**", "")):
        before: list[str] = []
        for clause in _CLAUSE.split(sentence):
            measured = _written_metrics(clause)
            if measured:
                for claim in extract_numbers(clause):
                    found = [
                        _evidence_metrics(w.sentence, q) for w in windows for q in w.numbers if _supported(claim, [q])
                    ]
                    if found and all(m and not m & measured for m in found):
                        wrong.append(
                            f"{claim.text} ({'/'.join(sorted(measured))}: the posts give it for "
                            f"{'/'.join(sorted(set().union(*found)))})"
                        )
            own = [h for h in _subjects(clause, speaker_keys) if _overlap({h}, known)]
            subject = (
                next((h for h in own if _overlap({h}, owners)), None)
                or next((h for h in reversed(before) if _overlap({h}, owners)), None)
                or (own[0] if own else before[-1] if before else None)
            )
            before.extend(own)
            if subject is None:
                continue
            for claim in extract_numbers(clause):
                if not claim.kind and re.search(r"[A-Za-z]\s$", clause[: claim.start]):
                    continue  # "Opus 5": a version, part of the name
                homes = [w for w in windows if _supported(claim, w.numbers)]
                if homes and not any(_about(w, subject) for w in homes):
                    wrong.append(f"{claim.text} ({subject})")
    return wrong


def _about(window: _Window, subject: str) -> bool:
    if not window.names or _overlap({subject}, window.names):
        return True
    return _overlap({subject}, window.topic) and not window.products
