"""Faithfulness checks in code: what a written item claims must be in the posts it cites.

Every function is pure and returns `Check` records (name, ok, detail), so the
writers record them on the `Item` and an evaluation can re-run them on any
headline and summary, from any writer:

    run_checks(headline, summary, story=..., posts=..., citations=...)
        ├── citations  cited ids are non-empty and belong to the story
        ├── numbers    every number (500万 = 5 million = 5M = 5,000,000; 25%) is in a cited post
        ├── names      every Latin-script name/model/product token (GPT-5.5, Hugging Face) is in one
        ├── markup     no URL, HTML, Markdown other than well-formed **bold**, no instruction-like text
        └── shape      headline width, 2-4 sentences, 1-3 bold spans

The checks are deliberately asymmetric: claims are read strictly (digits, with
units and multipliers), evidence leniently (digits anywhere, Chinese numerals,
English number words, month names), so a faithful translation passes and an
invented figure does not. What they cannot see is listed in docs: a right
number attached to the wrong thing, a wrong currency, paraphrased names
written in Chinese (谷歌 for Google), claims without numbers or Latin names.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsdesk.model import Check, Post, Story
from newsdesk.writer.text import HEADLINE_WIDTH, has_cjk, split_sentences, text_width

__all__ = [
    "ZH_ENTITIES",
    "Quantity",
    "bold_spans",
    "check_citations",
    "check_markup",
    "check_names",
    "check_numbers",
    "check_shape",
    "delimiter_ok",
    "evidence_text",
    "extract_numbers",
    "failed",
    "name_tokens",
    "run_checks",
]


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


# --- names --------------------------------------------------------------------------------------

#: Latin words a Chinese summary may use without the source spelling them out
GENERIC_TERMS = frozenset(
    [
        "ai",
        "agi",
        "asi",
        "ml",
        "llm",
        "llms",
        "gpu",
        "gpus",
        "cpu",
        "cpus",
        "tpu",
        "tpus",
        "npu",
        "ceo",
        "ceos",
        "cto",
        "coo",
        "cfo",
        "cso",
        "api",
        "apis",
        "sdk",
        "sdks",
        "ipo",
        "sota",
        "ui",
        "ux",
        "saas",
        "paas",
        "iaas",
        "vc",
        "vcs",
        "pc",
        "app",
        "apps",
        "ok",
        "phd",
        "vs",
        "etc",
        "ar",
        "vr",
        "xr",
        "id",
        "it",
        "us",
        "eu",
        "uk",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "aigc",
        "b2b",
        "b2c",
        "diy",
        "faq",
        "pdf",
        "rl",
        "rlhf",
        "sft",
        "moe",
    ]
)
#: English words that start sentences; capitalised there, they are not names even before one ("The OpenAI ...")
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "after",
        "before",
        "and",
        "but",
        "or",
        "so",
        "we",
        "our",
        "you",
        "your",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "i",
        "my",
        "me",
        "us",
        "when",
        "while",
        "if",
        "how",
        "why",
        "what",
        "where",
        "who",
        "which",
        "here",
        "there",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "also",
        "meanwhile",
        "both",
        "all",
        "some",
        "many",
        "most",
        "more",
        "new",
        "according",
        "to",
        "of",
        "one",
        "two",
        "three",
        "every",
        "each",
        "another",
        "other",
        "such",
        "than",
        "then",
        "once",
        "since",
        "until",
        "unless",
        "though",
        "although",
        "because",
        "not",
        "no",
        "yes",
        "just",
        "only",
        "even",
        "still",
        "however",
        "thus",
        "instead",
    ]
)
#: ordinary English words a sentence may start with (stems: "Researchers" is "researcher"); any other
#: capitalised word at a sentence start is read as a name ("Meta released ...", "Monty: ...")
_COMMON_TEXT = """
    about above across again against ago ahead almost along already always among announced announcing any
    anyone anything apparently around available back bad based be become been being best better big biggest
    breaking brief build building built call called can cannot change cheaper check clearly come coming
    compared could currently customers data day days detail developer development did do does done down
    during early earlier engineer engineers even ever every everyone everything exactly expect experts
    fast faster few final finally first follow following free full further get give given go going good
    great had has have having help here high highlights hiring hot huge important improved including
    inside into introducing is just key large last late later latest launch launched launching lead less
    let like likely long look looking lot low made major make making may maybe might model models month
    months much must my near nearly need never next nice no none note notes nothing official officially
    old only open other others out over overall own paper part people per perhaps plus post posted
    pretty previously price pro probably product psa quick quickly rather read ready real really recent
    recently release released releasing report reports research researcher results right rolling said
    same say says second see seems set several shipped shipping should show shows significant similar
    simply small so soon source start starting step still stop study super sure take team teams tech
    technical than thank thanks these thing things think third thread three time times tip tl;dr too top
    total training two under up update updated updates upgrade use used user users using very via want
    was watch way ways weekly well were what whatever whether will within without work working world
    would wow year years yesterday yet
"""
_COMMON_WORDS = _SENTENCE_STARTERS | frozenset(_COMMON_TEXT.split())


def _common_word(low: str) -> bool:
    """`low` or a crude stem of it (plural, past, -ing, -ly) is an ordinary English word."""
    stems = {low, low.removesuffix("s"), low.removesuffix("es"), low.removesuffix("ed"), low.removesuffix("d"),
             low.removesuffix("ing"), low.removesuffix("ing") + "e", low.removesuffix("ly")}
    return bool(stems & _COMMON_WORDS)


_NAME_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-_.+'’][A-Za-z0-9]+)*\+*")
_KEY_PART = re.compile(r"[a-z0-9]+(?:(?<=[0-9])\.(?=[0-9])[0-9]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？；;:：\n\"“])\s*$")


def _key(token: str) -> str:
    return "".join(_KEY_PART.findall(token.lower()))


@dataclass(frozen=True, slots=True)
class _NameIndex:
    """Evidence folded for name lookups: Latin/digit runs joined, so spacing and hyphens do not matter."""

    joined: str
    starts: frozenset[int]
    ends: frozenset[int]

    @classmethod
    def build(cls, texts: Iterable[str]) -> _NameIndex:
        parts: list[str] = []
        starts: set[int] = set()
        ends: set[int] = set()
        pos = 0
        for text in texts:
            for part in _KEY_PART.findall(unicodedata.normalize("NFKC", text).lower()):
                starts.add(pos)
                parts.append(part)
                pos += len(part)
                ends.add(pos)
        return cls("".join(parts), frozenset(starts), frozenset(ends))

    def contains(self, key: str) -> bool:
        if not key:
            return True
        i = self.joined.find(key)
        while i != -1:
            end = i + len(key)
            # starts at a token start; ends at a token end, unless the name is a word prefix of a
            # longer one ("Qwen" in "Qwen3"); "GPT-5" does not match "GPT-5.5" nor "Qwen3" "Qwen35"
            if i in self.starts and (end in self.ends or key[-1].isalpha()):
                return True
            i = self.joined.find(key, i + 1)
        return False


def _name_groups(text: str) -> list[list[tuple[str, bool]]]:
    """Runs of Latin tokens separated by single spaces ("Hugging Face"), each token with its name-likeness."""
    text = unicodedata.normalize("NFKC", text)
    zh = has_cjk(text)
    matches = list(_NAME_TOKEN.finditer(text))
    capitalised_inside = {
        m.group(0) for m in matches if m.group(0)[0].isupper() and not _SENTENCE_START.search(text[: m.start()])
    }
    groups: list[list[tuple[str, bool]]] = []
    prev_end = -2
    for m in matches:
        token = re.sub(r"['’]s$", "", m.group(0))
        low = token.lower()
        relevant = len(token) >= 2 and low not in GENERIC_TERMS and low.rstrip("s") not in GENERIC_TERMS
        if relevant and not zh:
            followed_by_name = bool(re.match(r" (?:[A-Z]|\d)", text[m.end() :]))
            at_start = bool(_SENTENCE_START.search(text[: m.start()]))
            relevant = (
                any(c.isdigit() for c in token)
                or any(c.isupper() for c in token[1:])
                or (
                    token[0].isupper()
                    and (
                        not at_start
                        or (followed_by_name and not _common_word(low))
                        or token in capitalised_inside
                        or not _common_word(low)
                    )
                )
            )
        if groups and text[prev_end : m.start()] == " ":
            groups[-1].append((token, relevant))
        else:
            groups.append([(token, relevant)])
        prev_end = m.end()
    return groups


def name_tokens(text: str) -> list[str]:
    """Latin-script tokens of `text` that name something and so must come from the sources.

    In Chinese text every Latin word counts (except a few generic terms such as
    AI, CEO, API); in English text only name-like ones do: with a digit, inner
    capitals (OpenAI), all capitals, or capitalised away from a sentence start
    (at a sentence start when it is not an ordinary English word, as "Meta" in
    "Meta released ...", when another capitalised word follows, as in "Gemini 3"
    or "Claude Code", or when it is capitalised elsewhere too).
    """
    return list(dict.fromkeys(t for group in _name_groups(text) for t, relevant in group if relevant))


#: Chinese names of companies, labs, people and products, with the Latin spellings a source may use
#: instead. A Chinese summary that says 谷歌 needs 谷歌 or Google in the cited posts. A company's
#: flagship brand counts for it (Kimi for 月之暗面, Qwen for 阿里巴巴): the one piece of background
#: allowed, because a reader needs to know whose model it is. Only names that are not also
#: ordinary words are listed (字节 is "byte"; 字节跳动 is ByteDance).
ZH_ENTITIES: Mapping[str, tuple[str, ...]] = {
    "谷歌": ("Google", "Alphabet", "DeepMind", "Gemini"),
    "微软": ("Microsoft", "Copilot", "Azure"),
    "苹果公司": ("Apple",),
    "亚马逊": ("Amazon", "AWS"),
    "英伟达": ("Nvidia",),
    "英特尔": ("Intel",),
    "高通": ("Qualcomm",),
    "三星": ("Samsung",),
    "台积电": ("TSMC",),
    "甲骨文": ("Oracle",),
    "脸书": ("Facebook", "Meta"),
    "特斯拉": ("Tesla",),
    "阿里巴巴": ("Alibaba", "Qwen", "Tongyi"),
    "阿里云": ("Alibaba", "Aliyun", "Qwen"),
    "通义千问": ("Qwen", "Tongyi"),
    "千问": ("Qwen",),
    "腾讯": ("Tencent", "Hunyuan"),
    "混元": ("Hunyuan",),
    "百度": ("Baidu", "ERNIE"),
    "文心一言": ("ERNIE",),
    "字节跳动": ("ByteDance", "Doubao", "Seed"),
    "豆包": ("Doubao",),
    "月之暗面": ("Moonshot", "Kimi"),
    "智谱": ("Zhipu", "GLM", "Z.ai"),
    "深度求索": ("DeepSeek",),
    "华为": ("Huawei", "Ascend"),
    "昇腾": ("Ascend",),
    "小米": ("Xiaomi", "MiMo"),
    "商汤": ("SenseTime",),
    "旷视": ("Megvii",),
    "科大讯飞": ("iFlytek",),
    "美团": ("Meituan",),
    "快手": ("Kuaishou", "Kling"),
    "可灵": ("Kling",),
    "稀宇": ("MiniMax",),
    "阶跃星辰": ("StepFun",),
    "零一万物": ("01.AI", "Yi"),
    "百川": ("Baichuan",),
    "马斯克": ("Musk", "Elon"),
    "奥特曼": ("Altman",),
    "黄仁勋": ("Jensen", "Huang"),
    "扎克伯格": ("Zuckerberg",),
    "哈萨比斯": ("Hassabis",),
    "纳德拉": ("Nadella",),
    "皮查伊": ("Pichai",),
    "李飞飞": ("Fei-Fei",),
    "辛顿": ("Hinton",),
    "杨立昆": ("LeCun",),
    "卡帕西": ("Karpathy",),
    "斯坦福": ("Stanford",),
    "麻省理工": ("MIT",),
    "伯克利": ("Berkeley",),
    "白宫": ("White House",),
    "欧盟": ("EU", "European"),
}
_ZH_ENTITY = re.compile("|".join(sorted(map(re.escape, ZH_ENTITIES), key=len, reverse=True)))


def _zh_entities_missing(text: str, evidence: Sequence[str], index: _NameIndex) -> list[str]:
    """Chinese names in `text` that the evidence gives neither in Chinese nor in a Latin spelling."""
    joined = "\n".join(evidence)
    missing = []
    for m in _ZH_ENTITY.finditer(text):
        name = m.group(0)
        if name in joined or any(index.contains(_key(latin)) for latin in ZH_ENTITIES[name]):
            continue
        missing.append(name)
    return missing


def check_names(text: str, evidence: Sequence[str]) -> Check:
    """Every Latin name/model/product token of `text` occurs in the evidence (any case, spacing, hyphens).

    A multi-word name is first looked up whole ("Hugging Face" matches
    "HuggingFace"), then word by word ("Face" alone need not be a word there).
    Well-known Chinese names (`ZH_ENTITIES`: 谷歌, 月之暗面, 黄仁勋 ...) must occur
    in Chinese or in one of their Latin spellings.
    """
    index = _NameIndex.build(evidence)
    checked: list[str] = []
    missing: list[str] = _zh_entities_missing(text, evidence, index)
    for group in _name_groups(text.replace("**", "")):
        names = [t for t, relevant in group if relevant]
        if not names:
            continue
        checked.extend(names)
        if len(group) > 1 and index.contains(_key("".join(t for t, _ in group))):
            continue
        missing.extend(t for t in names if not index.contains(_key(t)))
    if missing:
        return Check("names", False, "not in the cited posts: " + ", ".join(dict.fromkeys(missing)))
    return Check("names", True, f"{len(set(checked))} name(s) found in the cited posts")


# --- markup and instructions ----------------------------------------------------------------------

_URLISH = re.compile(
    # a bare domain is often a company's name (Booking.com, fal.ai/OpenAI): only paths and emails count
    r"(?:https?://|www\.|\bt\.co/|\b[a-z0-9-]+\.(?:com|org|net|io|cn|dev|app|co)/[\w-]"
    r"|\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})",
    re.IGNORECASE,
)
_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_MARKDOWN = [
    (re.compile(r"!?\[[^\]\n]*\]\s?\("), "link"),
    (re.compile(r"`"), "code"),
    (re.compile(r"(?m)^\s{0,3}#{1,6}(?:\s|$)"), "heading"),
    (re.compile(r"(?m)^\s{0,3}(?:[-+*]|\d{1,9}[.)])\s"), "list"),
    (re.compile(r"(?m)^\s{0,3}>"), "quote"),
    (re.compile(r"~~"), "strikethrough"),
    # underscores only emphasise at word edges (CommonMark 6.2), so snake_case and handle__ are plain
    (re.compile(r"(?<![A-Za-z0-9_])__(?=[^\s_])[^\n]*?(?<=[^\s_])__(?![A-Za-z0-9_])"), "underscore emphasis"),
    (re.compile(r"(?<![A-Za-z0-9_])_(?=\S)[^_\n]+(?<=\S)_(?![A-Za-z0-9_])"), "underscore emphasis"),
    (re.compile(r"(?m)^\s*\|.*\|\s*$"), "table"),
]
_INSTRUCTIONS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?"
        r"(?:previous|prior|above|earlier|preceding)\s+(?:instructions?|prompts?|messages?|rules)",
        r"\bas an ai(?: language model| assistant)?\b",
        r"\bi(?:'m| am) (?:sorry|unable|an ai)\b",
        r"\bi (?:cannot|can't|won't) (?:help|assist|comply|provide|do that)\b",
        r"\b(?:here is|here's|below is) (?:the|your|a) (?:json|summary|answer|headline|response)\b",
        r"\b(?:respond|reply|answer|output) (?:only )?(?:with|in) json\b",
        r"\byou (?:must|should) (?:now )?(?:ignore|output|respond|reply|say|write)\b",
        r"\bnew instructions?:",
        r"\b(?:system|developer) (?:prompt|message):",
        r"忽略(?:之前|以上|上面|先前|前面|上述|所有)(?:的)?(?:所有)?(?:指令|指示|提示|要求|规则)",
        r"作为(?:一个)?(?:AI|人工智能)(?:语言模型|助手|模型)",
        r"我(?:无法|不能)(?:提供|完成|回答|帮助)",
        r"以下是(?:摘要|总结|JSON|标题|回答|输出)",
        r"^(?:好的|当然)[，,！!]",
        r"请(?:输出|回复|忽略|执行)(?:以下|下面|上述)?(?:指令|内容|JSON)",
    )
]


def _is_punct(c: str) -> bool:
    # CommonMark: a Unicode punctuation character is in a P or S general category
    return unicodedata.category(c)[0] in "PS"


def delimiter_ok(text: str, start: int, end: int) -> bool:
    """Would `**` inserted before text[start] and after text[end-1] render as bold in CommonMark?

    The opening run must be left-flanking and the closing one right-flanking
    (CommonMark 0.31, 6.2); e.g. `**25%**的` does not close, `**25%** of` does.
    """
    if start >= end or start < 0 or end > len(text):
        return False
    before = text[start - 1] if start > 0 else " "
    first, last = text[start], text[end - 1]
    after = text[end] if end < len(text) else " "
    if first.isspace() or last.isspace() or "*" in text[start:end]:
        return False
    opens = not _is_punct(first) or before.isspace() or _is_punct(before)
    closes = not _is_punct(last) or after.isspace() or _is_punct(after)
    # a delimiter glued to another asterisk would join the runs
    return opens and closes and before != "*" and after != "*"


def bold_spans(text: str) -> tuple[list[str], list[str]]:
    """The **bold** spans of `text` and the problems with its asterisks (unbalanced, empty, not rendering)."""
    spans: list[str] = []
    problems: list[str] = []
    plain = ""
    pos = 0
    marks: list[tuple[int, int]] = []  # (start, end) in plain text
    for m in re.finditer(r"\*\*(.*?)\*\*", text, re.DOTALL):
        plain += text[pos : m.start()]
        inner = m.group(1)
        if not inner.strip():
            problems.append("empty bold")
        s = len(plain)
        plain += inner
        marks.append((s, len(plain)))
        spans.append(inner)
        pos = m.end()
    plain += text[pos:]
    if "*" in plain:
        problems.append("stray or unbalanced *")
    for s, e in marks:
        if s < e and not delimiter_ok(plain, s, e):
            problems.append(f"bold does not render: **{plain[s:e]}**")
    return spans, problems


def check_markup(headline: str, summary: str) -> Check:
    """No URL, HTML, Markdown other than well-formed **bold** (none in the headline), no instructions."""
    problems: list[str] = []
    for label, text in (("headline", headline), ("summary", summary)):
        if _URLISH.search(text):
            problems.append(f"{label}: URL {_URLISH.search(text).group(0)!r}")  # type: ignore[union-attr]
        if _HTML.search(text):
            problems.append(f"{label}: HTML {_HTML.search(text).group(0)!r}")  # type: ignore[union-attr]
        for pattern, what in _MARKDOWN:
            if pattern.search(text):
                problems.append(f"{label}: Markdown {what}")
        for pattern in _INSTRUCTIONS:
            hit = pattern.search(text)
            if hit:
                problems.append(f"{label}: instruction-like text {hit.group(0)!r}")
        if "\n" in text.strip():
            problems.append(f"{label}: line break")
    if "*" in headline or "[" in headline or "]" in headline:
        problems.append("headline: * or brackets (it is a link text)")
    problems.extend(f"summary: {p}" for p in bold_spans(summary)[1])
    if problems:
        return Check("markup", False, "; ".join(dict.fromkeys(problems)))
    return Check("markup", True, "plain text with **bold** only")


def instruction_like(text: str) -> bool:
    """True when `text` reads like an instruction or an assistant's aside, not like news."""
    return any(p.search(text) for p in _INSTRUCTIONS)


# --- shape and citations ------------------------------------------------------------------------


def check_shape(
    headline: str,
    summary: str,
    *,
    min_sentences: int = 2,
    max_sentences: int = 4,
    max_headline_width: int = HEADLINE_WIDTH,
    min_bold: int = 1,
) -> Check:
    """Headline present and within ~30 Chinese / ~60 Latin columns; 2-4 sentences; 1-3 bold spans
    (`min_bold`-3)."""
    problems = []
    if not headline.strip():
        problems.append("empty headline")
    elif text_width(headline) > max_headline_width:
        problems.append(f"headline is {text_width(headline)} columns wide (max {max_headline_width})")
    plain = summary.replace("**", "")
    n = len(split_sentences(plain))
    if not min_sentences <= n <= max_sentences:
        problems.append(f"summary has {n} sentence(s) (want {min_sentences}-{max_sentences})")
    spans, _ = bold_spans(summary)
    if not min_bold <= len(spans) <= 3:
        problems.append(f"summary has {len(spans)} bold span(s) (want {min_bold}-3)")
    if problems:
        return Check("shape", False, "; ".join(problems))
    return Check("shape", True, f"{n} sentence(s), {len(spans)} bold")


def check_citations(citations: Sequence[str], story: Story, posts: Mapping[str, Post] | None = None) -> Check:
    """The cited ids are non-empty, belong to the story and (when given) are posts we hold."""
    if not citations:
        return Check("citations", False, "no post cited")
    outside = [c for c in citations if c not in story.post_ids]
    if outside:
        return Check("citations", False, "not in the story: " + ", ".join(outside))
    unknown = [c for c in citations if posts is not None and c not in posts]
    if unknown:
        return Check("citations", False, "posts not available: " + ", ".join(unknown))
    return Check("citations", True, ", ".join(citations))


def evidence_text(post: Post) -> str:
    """What a post lets a summary say: its title, text and author."""
    return "\n".join(s for s in (post.title, post.text, post.author_name, post.author_handle) if s)


def run_checks(
    headline: str,
    summary: str,
    *,
    story: Story,
    posts: Mapping[str, Post],
    citations: Sequence[str],
    min_sentences: int = 2,
    min_bold: int = 1,
) -> tuple[Check, ...]:
    """All checks of one written item, against the posts it cites (only those that belong to the story).

    `min_bold` 0: the extractive writer, which bolds nothing rather than a phrase that is no key fact."""
    cite = check_citations(citations, story, posts)
    evidence = [evidence_text(posts[c]) for c in citations if c in posts and c in story.post_ids]
    both = f"{headline}\n{summary}"
    return (
        cite,
        check_numbers(both, evidence),
        check_names(both, evidence),
        check_markup(headline, summary),
        check_shape(headline, summary, min_sentences=min_sentences, min_bold=min_bold),
    )


def failed(checks: Iterable[Check]) -> tuple[Check, ...]:
    return tuple(c for c in checks if not c.ok)
