"""Numbers: every figure a written item gives is in the posts it cites, meaning the same thing.

Claims are read strictly (digits, with units and multipliers), evidence leniently (digits
anywhere, Chinese numerals, English number words, half = 50%, month names in dates), so a
faithful translation passes (500万 = 5 million = 5M = 5,000,000; 5 points = 5个百分点) and an
invented figure does not. What a number measures must survive too:

- its kind: a percent (%), percentage points (个百分点, points) and a multiple (倍, x) are
  three different claims, in both directions ("20-30%" is not "20-30倍");
- its currency: "$3B" is not "30亿元" (¥ stands for 元 and 日元 alike);
- its unit of measure: "10GW" is not "10MW", "3周" not "3 months", while "90分钟" is "1.5 hours";
- its hedge: "up to 4x" is "最高4倍", never a bare "4倍"; "about 30%" keeps its "约";
- its place: digits of links, t.co slugs and @handles are no evidence; "may" is not May (5).

And where it can be told, its subject: a figure that the posts give only in a sentence about
another named thing (Gemma's score written as Gemini's) fails (`misattributed`).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from newsdesk.errors import ConfigError
from newsdesk.model import Check
from newsdesk.textfacts import lexicon
from newsdesk.writer.checks.names import (
    _NAME_TOKEN,
    _ZH_ENTITY,
    GENERIC_TERMS,
    ZH_ENTITIES,
    _common_word,
    _key,
    _name_groups,
    name_tokens,
)
from newsdesk.writer.text import has_cjk, split_sentences

__all__ = [
    "Quantity", "check_numbers", "crossed", "extract_numbers", "link_free", "misattributed", "possible_as_done",
    "reversed_direction",
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
    #: what it measures: "" a count or amount, "%" a percent, "pp" percentage points, "x" a multiple, "month",
    #: "day", "magnitude" (千亿 with no figure)
    kind: str = ""
    #: ISO code of a currency written next to it ("USD" for $ and 美元), "" when none; ¥ is "JPY/CNY"
    currency: str = ""
    #: the multiplier written with it (M, 亿: 1e6, 1e8), 1 when none
    multiplier: float = 1.0
    #: a qualifier the figure carries: "upto" (up to, 最高), "approx" (about, 约), "over" (more than, 超过),
    #: "floor" (as little as, 最低: what a cut of up to 99% leaves)
    hedge: str = ""
    #: an end of a range as written ("14-26%": 14 is "low", 26 "high"), "" for a figure on its own
    range: str = ""
    #: the dimension of a unit of measure written after it ("power" for GW, "data" for TB, "time" for 周,
    #: months), "" when none, and what one of that unit is in the dimension's base (GW: 1e9 watts)
    measure: str = ""
    scale: float = 1.0


# --- numbers ------------------------------------------------------------------------------------

_MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "quadrillion": 1e15,
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
    "十万亿": 1e13,
    "百万亿": 1e14,
    "千万亿": 1e15,
}
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_MULT = (
    # "$50+ billion", "1 Trillion"
    r"(?:(?P<plus>\+)?\s?(?P<word>(?i:thousand|million|billion|trillion|quadrillion|mn|bn))(?![A-Za-z])"
    # "$24b" as "$24B"; "2.8 T参数" as Chinese posts space a Latin letter off (the space only before CJK)
    r"|(?:\s(?=[KMBT][\u4e00-\u9fff]))?(?P<suffix>[kKMBbT])(?![A-Za-z])"
    r"|\s?(?P<zh>千万亿|百万亿|十万亿|万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千))?"
)
_PCT = (
    r"(?:(?P<pp>\s?(?:个百分点|百分点|percentage[- ]points?\b|pp\b|points?\b|pts\b))"
    r"|(?P<pct>\s?(?:%|％|percent\b|per cent\b|pct\b))"
    r"|(?P<times>\s?(?:倍|[xX×](?![A-Za-z0-9])|times\b|-fold\b)))?"
)
# Claims: a number glued to a Latin letter ("Qwen3", "GPT-5.5", "v2") is part of a name, checked there.
_CLAIM_NUMBER = re.compile(
    # "397B" of Qwen3.5-397B-A17B is part of the name too
    r"(?<![A-Za-z0-9.])(?<![A-Za-z]-)(?<!百分之)" + _NUMBER + r"(?!\.\d|\d)" + _MULT + _PCT
    + r"(?![A-Za-z]*-[A-Za-z]+\d)"
)
_EVIDENCE_NUMBER = re.compile(r"(?<![\d.])(?<!百分之)" + _NUMBER + r"(?!\.\d|\d)" + _MULT + _PCT)
_PCT_PREFIX = re.compile(r"百分之(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点]+)")
#: a fraction in Chinese, 四分之一 (a quarter), 十分之一: a share, read as the percent it is (百分之 is above)
_ZH_FRACTION = re.compile(
    r"(?<![\d零〇一二两三四五六七八九十百千万])(?P<den>[二两三四五六七八九十千万]+|\d+)分之(?P<num>[一二两三四五六七八九十]+|\d+)"
)
#: a fraction in a post: 1/100th, 1/4; a quarter, one third, a tenth
_FRACTION = re.compile(r"(?<![\d./])(?P<num>\d{1,3})/(?P<den>\d{1,4})(?:st|nd|rd|th)?(?![\d/])")
_EN_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "hundredth": 100, "thousandth": 1000}
_EN_FRACTION = re.compile(r"\b(?P<n>a|one|two|three)[- ](?P<d>third|quarter|fifth|tenth|hundredth|thousandth)s?\b",
                          re.IGNORECASE)
#: a count in Chinese numerals (七个假设, 三种, 八成, 五起事故, 四场发布会): read on the claim side when it is at
#: least three and is followed by a counter; 一个, 两家 stay unread (an article, an easy pair), and so do 几千个,
#: 数百个 (no figure)
_ZH_COUNT = re.compile(
    r"(?<![第几数上成近好零〇一二两三四五六七八九十百千万亿])"  # not 第三 (third) nor 几千, 数百 (vague)
    r"(?P<num>[三四五六七八九][十百千万亿零〇一二两三四五六七八九]*|[一二两][十百千][零〇一二两三四五六七八九十百千万亿]*"
    r"|十[零〇一二两三四五六七八九]?)"
    r"(?=[个种家款项次篇名位倍成条类轮遍维步年座台张块颗份件套所起场支架辆部首例处段节章页])"
)
#: a rank in Chinese numerals (第二, 第三, 第十二): not 第一 (first, which "first" backs anywhere), nor a party, a
#: generation, a quarter or a half (第三方, 第二代, 第二季度, 第二大 is read: "second-largest" gives it)
_ZH_ORDINAL = re.compile(r"第(?P<num>[二两三四五六七八九十][十]?[一二三四五六七八九]?)(?![方代季期届批轮次波阶梯集])")
#: ranks in English words ("second", "third place"): the figure they give (a summary's 第二)
_EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                "tenth": 10}
_EN_ORDINAL = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_EN_ORDINALS) + r")(?![A-Za-z])", re.IGNORECASE)
#: a range of counts or multiples in Chinese numerals (五至八倍, 三到五个, 两到三家): both ends are figures the posts
#: must give as a range, as "5-8倍" is
_ZH_RANGE = re.compile(
    r"(?<![第几数上成近好零〇一二两三四五六七八九十百千万亿])(?P<low>[一二两三四五六七八九十][十百千万亿]?[一二三四五六七八九]?)"
    r"(?:至|到|~|～|-|—)(?P<high>[二两三四五六七八九十][十百千万亿]?[一二三四五六七八九]?)"
    r"(?=[个种家款项次篇名位倍成条类轮遍维步年座台张块颗份件套所起场支架辆部首例处段节章页])"
)
#: a magnitude word with no figure before it (千亿参数, 万亿美元, 百万上下文, 数十亿用户): a quantity all the same, of
#: that order; read on the claim side before what it measures, so 千万不要 (by no means) stays a word, and
#: never after 每 (每百万token is a rate's unit)
_BARE_MAGNITUDE = re.compile(
    r"(?<![\d.零〇一二两三四五六七八九十百千万亿每])(?:数|几|上)?(?P<m>万亿|千亿|百亿|十亿|千万|百万|亿)"
    r"(?=级|量级|规模|参数|美元|美金|元|人民币|[Tt]okens?|用户|上下文|字|行|次|个|条|人|日活|月活|下载|市值|营收|收入|估值)"
)
#: a quarter or a half of a year, as a summary writes it (第二季度, 二季度, Q2, 上半年, H1) and as a post does
#: (Q2, 2Q, second quarter, first half, H2, and the quarter's report: 一季报): a period, compared as such ("第三季度" is
#: no "Q2")
_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "first": 1, "second": 2,
             "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "上": 1, "下": 2}
_PERIOD = re.compile(
    r"第?(?P<zq>[一二三四1-4])季[度报]|(?P<zh>[上下])半年|\bQ(?P<q>[1-4])\b|\b(?P<qq>[1-4])Q(?=\d{2}\b|\b)"
    r"|\bH(?P<h>[12])\b|\b(?P<eq>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b"
    r"|\b(?P<eh>first|second)[\s-]half\b",
    re.IGNORECASE,
)


def _periods(text: str) -> list[Quantity]:
    """The quarters (kind "quarter") and halves of a year (kind "half") that `text` names."""
    out = []
    for m in _PERIOD.finditer(text):
        quarter = m.group("zq") or m.group("q") or m.group("qq") or m.group("eq")
        half = m.group("zh") or m.group("h") or m.group("eh")
        key = (quarter or half or "").lower()
        out.append(Quantity(m.group(0), float(_ORDINALS[key]), start=m.start(), end=m.end(),
                            kind="quarter" if quarter else "half"))
    return out


#: how far past its own value a bare magnitude reaches: 千亿 is 1e11 up to 1e12, 亿 1e8 up to 1e12 (the next word)
_MAGNITUDE_SPAN = {"万亿": 1e4, "亿": 1e4}
_EVIDENCE_MAGNITUDE = re.compile(
    r"千万亿|万亿|千亿|百亿|十亿|千万|百万|亿|(?<![A-Za-z])(?:thousand|million|billion|trillion|quadrillion)s?(?![A-Za-z])",
    re.IGNORECASE,
)
#: a month written in Chinese after digits (5月, 12月): a date, not a count ("6个月" is a count)
#: (Chinese posts often space digits off their characters: "8 月 2 日")
_MONTH_AFTER = re.compile(r"\s?月(?!份?[内间中来底初])")
#: a day written in Chinese after its month (7月2日, 6月30号, 8 月 2 日)
_DAY = re.compile(r"\s?[日号]")
_MONTH_BEFORE = re.compile(r"月\s*$")
#: between the two ends of a range, after the first end's own unit when it repeats it ("6日至7日", "3个到5个")
#: ("$50 to $100 million": the second end may repeat the currency sign)
_RANGE_GAP = re.compile(r"(?:[日号天年月个])?\s*(?:-|–|—|~|～|到|至|to)\s*(?:US\$|[$€£¥￥])?")

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
    r"(?:[- ](?P<m>hundred|thousand|million|billion|trillion|quadrillion))?\b(?P<pct>\s?(?:percent|per cent))?",
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
                        r"|(?:最高|最多|最快|最大|高达|多达|至多|不超过|不高于)[\u4e00-\u9fff]{0,8}\s?"
                        r"|(?:不到|不足)[\u4e00-\u9fffA-Za-z]{0,8}\s?)$",
                        re.IGNORECASE)),
    ("approx", re.compile(r"(?:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|close to|circa|some)\s*"
                          r"|[~～≈]\s*|(?:大约|大概|约为|约合|约|将近|接近|(?<!最)近)[\u4e00-\u9fffA-Za-z]{0,10}\s?"
                          # "约是上一代早前交付性能的3倍": about, across what it is compared with, up to its 的
                          r"|(?:大约|大概|约)(?:是|为|等于|相当于)[\u4e00-\u9fffA-Za-z0-9.\- ]{0,18}的\s?)$",
                          re.IGNORECASE)),
    ("over", re.compile(r"(?:\b(?:over|more than|at least|above|north of|beyond|exceeds?|exceeding)\s*|>\s*"
                        r"|超|(?:超过|逾|至少|不少于|不低于|突破)[\u4e00-\u9fffA-Za-z]{0,8}\s?)$", re.IGNORECASE)),
    # the low end a figure can go down to ("最低只需原价的1%", "低至1%", "as little as"): a bound from below
    ("floor", re.compile(r"(?:\b(?:as (?:little|low|few) as)\s*|(?:最低|低至|最少只)[\u4e00-\u9fff]{0,8}\s?)$",
                         re.IGNORECASE)),
)  # fmt: skip
_HEDGE_AFTER = (
    # "一半不到", "三成不足": under it, as 不到 before it ("不到OpenAI的50%")
    ("upto", re.compile(r"^(?:[个倍成]?(?:不到|不足))")),
    # "七倍左右", "三成上下": the hedge may follow a measure word too
    ("approx", re.compile(r"^(?:[个倍成遍次家年天项种名位条台款轮人]?(?:左右|上下)|\s?or so\b|-ish\b)", re.IGNORECASE)),
    # "超过5遍" is "5遍以上" and "5次多": the hedge may follow a measure word (not the 多 of 多模态, 多语言)
    # 多 right after the figure is "more than" whatever follows (40多种语言 is 40+ languages)
    ("over", re.compile(r"^(?:\+|多(?!模态|语言|智能)"
                        r"|[个遍次家年天项种名位条台款轮人成]?(?:余|[及或]?以上|多(?!模态|语言|智能|样|元|种|项))"
                        # what it counts may stand between: "1200亿参数以上", "100万token以上" (120B+ parameters)
                        r"|(?:[\u4e00-\u9fff]{1,3}|\s?[A-Za-z]{1,8})以上"
                        r"|\s?or more\b|\s?plus\b)", re.IGNORECASE)),
)
#: which hedges of the claim keep the evidence's hedge: "up to 4x" needs 最高/最多; "about" needs 约/近/左右
_HEDGE_KEPT = {"": None, "upto": {"upto"}, "approx": {"approx"}, "over": {"over", "floor"}, "floor": None}

#: where digits are no evidence: links, link slugs, handles
#: (a domain is at most 63-character labels, a few of them: unbounded, `[\w-]+(?:\.[\w-]+)*` was tried from every
#: label of a long dotted run and was quadratic, 15 KB of "a.a.a." held the checks for 10 s)
_LINKISH = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[a-z]{2,63}/\S*|(?<![\w@])@\w+",
                      re.IGNORECASE)
#: a month name is a date only next to a day or year, or after a preposition of time ("in May")
_DATE_AFTER = re.compile(r"\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\b|['‘’]?\d{2,4}\b)")
_DATE_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?|\b(?:in|on|by|since|until|till|from|through|early|mid|late|end of|"
    r"start of|this|next|last|of|before|after)[\s-]+)$",
    re.IGNORECASE,
)


#: a year written with an apostrophe (or an opening quote) and its last two digits ("Feb '26", "Apr ‘25"); not
#: after a letter or digit (a possessive, "rock'n'roll") nor before one
_ABBREVIATED_YEAR = re.compile(r"(?<![\w'‘’])['‘’](\d{2})(?![\w'‘’%])")


def link_free(text: str) -> str:
    """`text` with its links, link slugs and @handles blanked: their digits and words are no fact."""
    return _LINKISH.sub(" ", text)


def _currency(text: str, start: int, end: int) -> str:
    after = _CURRENCY_AFTER.match(text, end)
    if after:
        return _CURRENCY_WORDS[after.group(1).lower()]
    before = _CURRENCY_BEFORE.search(text[max(0, start - 4) : start])
    return _CURRENCY_WORDS[before.group(1).lower()] if before else ""


#: units of measure a figure is written with, by dimension: what one of each is in the dimension's base unit
#: (watts, bytes, seconds). A month is 30 days and a year 365, so conversions between them are compared
#: within `_MEASURE_ROUNDING`; bytes are decimal (a TB is 1,000 GB), as vendors write them
_MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "w": ("power", 1.0), "kw": ("power", 1e3), "mw": ("power", 1e6), "gw": ("power", 1e9), "tw": ("power", 1e12),
    "watt": ("power", 1.0), "kilowatt": ("power", 1e3), "megawatt": ("power", 1e6), "gigawatt": ("power", 1e9),
    "terawatt": ("power", 1e12), "瓦": ("power", 1.0), "千瓦": ("power", 1e3), "兆瓦": ("power", 1e6),
    "吉瓦": ("power", 1e9), "太瓦": ("power", 1e12),
    "kb": ("data", 1e3), "mb": ("data", 1e6), "gb": ("data", 1e9), "tb": ("data", 1e12), "pb": ("data", 1e15),
    "kilobyte": ("data", 1e3), "megabyte": ("data", 1e6), "gigabyte": ("data", 1e9), "terabyte": ("data", 1e12),
    "petabyte": ("data", 1e15),
    "second": ("time", 1.0), "sec": ("time", 1.0), "minute": ("time", 60.0), "min": ("time", 60.0),
    "hour": ("time", 3600.0), "hr": ("time", 3600.0), "day": ("time", 86400.0), "week": ("time", 604800.0),
    "month": ("time", 2592000.0), "year": ("time", 31536000.0), "decade": ("time", 315360000.0),
    "秒": ("time", 1.0), "秒钟": ("time", 1.0), "分钟": ("time", 60.0), "小时": ("time", 3600.0),
    "个小时": ("time", 3600.0), "天": ("time", 86400.0), "周": ("time", 604800.0), "星期": ("time", 604800.0),
    "个星期": ("time", 604800.0), "个月": ("time", 2592000.0),
}
#: the unit right after a figure: Latin units as whole words ("B" alone is billions, which the figure's multiplier
#: has already read; a watt's W only upper-case, as Chinese posts write 5w for 5万), Chinese ones as written. 日, 月
#: and 年 are left out: after a figure they are mostly a date ("7月20日", "2026年")
_MEASURE_AFTER = re.compile(
    r"[\s-]{0,2}(?:(?P<sym>(?-i:[kKMGT]?W)|[KMGTP]B)(?![A-Za-z])"
    r"|(?P<word>(?:kilo|mega|giga|tera|peta)?(?:watt|byte)s?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?|years?|decades?)\b"
    r"|(?P<zh>秒钟|秒|分钟|个小时|小时|天|个星期|星期|周|个月|千瓦|兆瓦|吉瓦|太瓦|瓦)"
    # compute: "1 petaflop", "1 PFLOPS", "1,648 TFLOPs" (a PFLOP is 1,000 TFLOPs)
    r"|(?P<flops>(?:kilo|mega|giga|tera|peta|exa|[kmgtpe])?flop(?:/?s)?)(?![A-Za-z])"
    # a count of people or of things: "25人" is no "25 years", "50家" no 50% ("half"), "2,226名" no "2,226 papers"
    r"|(?P<people>个人|名|位|人)(?![民工类生])|(?P<things>家|篇|款|台|项)"
    r"|(?P<year>年)(?![0-9０-９月底初中末份度代级终]))",
    re.IGNORECASE,
)
#: English nouns after a figure that tell what it counts ("190,000 people", "2,226 papers"): people or things
_COUNT_NOUN = re.compile(
    r"[\s-]{0,2}(?:(?P<people>people|persons|humans|users|employees|participants|developers|engineers|researchers"
    r"|members|subscribers|students|creators|staff)"
    r"|(?P<things>companies|papers|models|products|startups|firms|labs|countries|apps|partners|organizations"
    r"|organisations|teams|projects|repos|repositories|agents)|(?P<word>words?))\b",
    re.IGNORECASE,
)
#: a year said in words, as transcripts write speech: "two thousand twenty-five" (2025), "twenty twenty-six" (2026),
#: and a decade of them, "the mid two thousand tens" (the 2010s, a summary's 2010年代)
_UNITS_WORD = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORD = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPOKEN_YEAR = re.compile(
    rf"\btwo[\s-]thousand(?:[\s-]and)?[\s-](?P<after>(?:twenty|thirty)(?:[\s-](?:{_UNITS_WORD}))?|tens|twenties|"
    rf"thirties|{_TEENS_WORD}|{_UNITS_WORD})\b"
    rf"|\btwenty[\s-](?P<short>(?:twenty|thirty)(?:[\s-](?:{_UNITS_WORD}))?|{_TEENS_WORD})\b",
    re.IGNORECASE,
)
_TWO_THOUSAND = re.compile(r"two[\s-]thousand", re.IGNORECASE)
_DECADE_WORDS = {"tens": 10, "twenties": 20, "thirties": 30}


def _spoken_year(words: str) -> int:
    """The last two digits of a year said in words ("twenty-five" 25, "tens" 10)."""
    if words in _DECADE_WORDS:
        return _DECADE_WORDS[words]
    return sum(_EN_WORDS[w] for w in re.split(r"[\s-]", words))


#: one decade named with a determiner ("a decade", "the next decade", "over the past decade"): ten years
_A_DECADE = re.compile(
    r"\b(?P<half>half\s+)?(?:a|the|one|next|past|last|this|coming|previous|following)\s+decade\b", re.IGNORECASE
)
#: how far two conversions of one time may differ (a month as 30 days against "4 weeks" or "1年" as 12 months)
_MEASURE_ROUNDING = 0.05


def _measure(text: str, end: int, value: float | None = None) -> tuple[str, float]:
    """The dimension and scale of the unit written right after a figure ending at `end` ("", 1.0: none):
    a unit of measure, or what it counts ("people", "things"). 年 after a figure under 100 is years (2026年 is a
    date)."""
    m = _MEASURE_AFTER.match(text, end)
    if m is None:
        noun = _COUNT_NOUN.match(text, end)
        if noun and not noun.group("word"):
            return ("people" if noun.group("people") else "things"), 1.0
        return "", 1.0
    if m.group("people") or m.group("things"):
        return ("people" if m.group("people") else "things"), 1.0
    if m.group("year"):
        return ("time", 31536000.0) if value is not None and value < 100 else ("", 1.0)
    if m.group("sym"):
        return _MEASURE_UNITS[m.group("sym").lower()]
    if m.group("flops"):
        prefix = m.group("flops").lower().split("flop")[0]
        return "compute", _FLOP_PREFIXES[prefix[:1] if prefix else ""]
    unit = (m.group("word") or m.group("zh")).lower()
    key = unit if unit in _MEASURE_UNITS else unit.removesuffix("s")
    return _MEASURE_UNITS.get(key, ("", 1.0))


#: what a prefix of FLOP(S) multiplies by (by its first letter: "p" and "peta" alike)
_FLOP_PREFIXES = {"": 1.0, "k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12, "p": 1e15, "e": 1e18}

_DURATION = re.compile(r"\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", re.IGNORECASE)


#: a year written as one ("2015年", "in 2015"): a time, which "超过2015年的1650亿" does not hedge
_YEAR_AFTER = re.compile(r"\s?年(?!代)")


#: a year as speech and posts write one after "about" ("around 2025,"), with nothing counted after it
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\n]|$)")


def _hedge(text: str, start: int, end: int) -> str:
    head = text[max(0, start - 24) : start]
    head = _CURRENCY_BEFORE.sub("", head)
    if re.search(r"\d[%％倍xX×]?\s*[~～]\s*$", head):
        head = ""  # the tilde of a range ("2.1～3.5倍"), not "about": the range's first figure carries the hedge
    tail = text[end : end + 8]
    if re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and _YEAR_AFTER.match(tail):
        return ""  # a year: "远超过2015年的1650亿" hedges the amount, not the year
    if _DURATION.match(tail) and re.search(r"\bover\s*$", head, re.IGNORECASE):
        return ""  # "over three months" is "across three months", no "more than"
    for name, pattern in _HEDGE_BEFORE:
        if pattern.search(head):
            if name == "approx" and _BARE_YEAR.fullmatch(text[start:end]) and _CLAUSE_END.match(tail):
                return ""  # "starting at about 2025, AI got useful": when, roughly; a summary's 2025年 keeps it
            return name
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


#: a lower-case m right after a figure that a currency sign opens ("$310m", "€5m"): millions
_MONEY_MILLIONS = re.compile(r"m(?![A-Za-z0-9])")
_MONEY_SIGN_BEFORE = re.compile(r"(?:US\$|[$€£¥])\s?$")


def _quantity(match: re.Match[str], text: str) -> Quantity:
    num = match.group("num")
    multiplier = 1.0
    if match.group("word"):
        multiplier = _MULTIPLIERS[match.group("word").lower()]
    elif match.group("suffix"):
        multiplier = _MULTIPLIERS[match.group("suffix").lower()]
    elif match.group("zh"):
        multiplier = _MULTIPLIERS[match.group("zh")]
    end = match.end()
    if (multiplier == 1.0 and match.group(0) == num and _MONEY_MILLIONS.match(text, end)
            and _MONEY_SIGN_BEFORE.search(text, max(0, match.start() - 3), match.start())):
        # "$310m", "€5m": after a currency sign a lower-case m is millions (3.1亿美元), never metres or minutes
        multiplier, end = 1e6, end + 1
    clean = num.replace(",", "")
    value = float(clean) * multiplier
    kind = "pp" if match.group("pp") else "%" if match.group("pct") else "x" if match.group("times") else ""
    if not kind and match.group(0) == num and 1 <= value <= 12 and _MONTH_AFTER.match(text, match.end()):
        kind = "month"  # "5月": only a month (May, 5月, a date) supports it
    elif not kind and match.group(0) == num and 1 <= value <= 31 and _DAY.match(text, match.end()) \
            and _MONTH_BEFORE.search(text, 0, match.start()):
        kind = "day"  # "7月20日": a day of a date, which no 20% of the posts supports
    return Quantity(
        text=text[match.start() : end].strip(),
        value=value,
        percent=kind in ("%", "pp"),
        unit=_place_unit(clean, multiplier),
        start=match.start(),
        end=end,
        kind=kind,
        multiplier=multiplier,
        currency=_currency(text, match.start(), end),
        hedge="over" if match.group("plus") else _hedge(text, match.start(), end),
        measure=(measured := _measure(text, end, value))[0],
        scale=measured[1],
    )


#: "from 12% to 34%", "从12%到34%": a change between two figures, not a range of one
_FROM_BEFORE = re.compile(r"(?:\bfrom\b|从|由)(?:[^.;,!?，。；！？]|(?<=\d)[.,](?=\d)){0,30}$", re.IGNORECASE)


#: a change over a period written after its two figures ("$20M to $700M annual run rate in 12 months", "10 to 50
#: users over two years"): the figures are a start and an end, not a range's ends; bounded, read once per pair
_OVER_PERIOD_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?\b(?:in|over|within|across)\s+(?:(?:just|only|the|last|past|first|a)\s+){0,2}"
    r"(?:\d+|[a-z]+)?\s*(?:days?|weeks?|months?|quarters?|years?)\b",
    re.IGNORECASE,
)
#: a verb of change right before the first figure ("grew $20M to $700M", "went 3 to 9"): a change, not a range
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:gr[eo]wn?|grows|rose|rises|jump(?:ed|s)?|went|goes|climb(?:ed|s)?|increas(?:ed|es)|surg(?:ed|es)|"
    r"fell|falls|dropp(?:ed)?|drops|declin(?:ed|es)|scal(?:ed|es))\s*(?:US\$|[$€£¥])?$",
    re.IGNORECASE,
)


def _mark_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """In "20-40%" or "20%至40%" the first number is a percent too (and in "20-30倍" a multiple); both ends
    are marked as such ("low", "high"), unless the two are the ends of a change ("from 12% to 34%")."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _RANGE_GAP.fullmatch(text[a.end : b.start]) or not 0 <= a.start < a.end:
            continue
        named = re.search(r"[A-Za-z0-9.\-]$", text[:a.start]) or re.match(r"[A-Za-z]", text[b.end : b.end + 1])
        change = (
            _FROM_BEFORE.search(text[max(0, a.start - 40) : a.start])
            or _CHANGE_VERB_BEFORE.search(text[max(0, a.start - 16) : a.start])
            or _OVER_PERIOD_AFTER.match(text, b.end)
        )
        if not named and not change and not a.range:
            out[i] = a = replace(a, range="low")
            out[i + 1] = b = replace(b, range="high")
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
    for m in _ZH_FRACTION.finditer(text):
        den, num = (float(x) if x.isdigit() else _zh_numeral(x) for x in (m.group("den"), m.group("num")))
        if den and num is not None:
            found.append(Quantity(m.group(0), 100 * num / den, True, 1e-9, m.start(), m.end(), kind="%",
                                  hedge=_hedge(text, m.start(), m.end())))
    for m in _ZH_ORDINAL.finditer(text):  # 第三 (third): a rank the posts must give (#3, 3rd, third)
        value = _zh_numeral(m.group("num"))
        if value is not None and value >= 2:
            found.append(Quantity(m.group(0), value, False, 1.0, m.start("num"), m.end("num"), kind="rank"))
    ranges = list(_ZH_RANGE.finditer(text))
    for m in ranges:  # 五至八倍: the low end, of the high end's kind ("八倍" is read below)
        low, high = _zh_numeral(m.group("low")), _zh_numeral(m.group("high"))
        if low is not None and high is not None and low < high:
            found.append(Quantity(m.group("low"), low, False, 1.0, m.start("low"), m.end("low"),
                                  hedge=_hedge(text, m.start(), m.end("low"))))
            if high < 3:  # 一到两个: the high end, which _ZH_COUNT leaves unread below three
                found.append(Quantity(m.group("high"), high, False, 1.0, m.start("high"), m.end("high")))
    for m in _ZH_COUNT.finditer(text):
        value = _zh_numeral(m.group("num"))
        after = text[m.end()]
        if value is None:
            continue
        hedge = _hedge(text, m.start(), m.end())
        if after == "倍":
            found.append(Quantity(m.group(0), value, False, 1.0, m.start(), m.end(), kind="x", hedge=hedge))
        elif after == "成":
            if value < 10:
                found.append(Quantity(m.group(0), value * 10, True, 10.0, m.start(), m.end(), kind="%", hedge=hedge))
        else:
            found.append(Quantity(m.group(0), value, False, 1.0, m.start(), m.end(), hedge=hedge))
    for m in _ZH_HALF.finditer(text):  # 一半以上, 一半不到: half, a share like 50%, with its hedge
        found.append(Quantity(m.group(0), 50.0, True, 1.0, m.start(), m.end(), kind="%",
                              hedge=_hedge(text, m.start(), m.end())))
    for m in _BARE_MAGNITUDE.finditer(text):
        low = _MULTIPLIERS[m.group("m")]
        # `unit` holds the top of the order: 千亿 claims a value from 1e11 up to (not including) 1e12
        found.append(Quantity(m.group(0), low, False, low * _MAGNITUDE_SPAN.get(m.group("m"), 10.0), m.start(),
                              m.end(), kind="magnitude", currency=_currency(text, m.start(), m.end())))
    found += _periods(text)
    found.sort(key=lambda q: q.start)
    return _mark_ranges(found, text)


#: a multiple that shrinks ("7x cheaper", "5倍更小"): the new value is that fraction of the old
#: (a "10x haircut", "5x drop", "3x cut" from a peak leaves a tenth, a fifth, a third of it: 十分之一)
_SMALLER_AFTER = re.compile(r"\s*(?:cheaper|less|smaller|lower|fewer|reduction|haircut|drop|decline|decrease|cut\b"
                            r"|markdown|更便宜|更小|更少|更低)", re.IGNORECASE)
#: a list of named things or figures ("500M, 1.5B, and 3B", "E2B、E4B、26B-A4B和31B"): how many it holds
#: (each item starts where a token starts: tried from inside a long token it was quadratic)
_LIST_ITEM = r"(?:(?<![A-Za-z0-9.$+-])[A-Z0-9$][A-Za-z0-9.$+-]*(?:\s[A-Z0-9][A-Za-z0-9.+-]*){0,2})"
#: a run of two or more bulleted or numbered lines: a list whose count a summary may give ("three products");
#: each try costs one line, as `^` only starts at a line's start
_BULLETS = re.compile(r"(?:^[ \t]*(?:[-•*·▪◦→➤✅]|\d{1,2}[.)、])[ \t]+\S[^\n]*(?:\n|$)){2,}", re.MULTILINE)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and|or|&)\s+|,|、|\s(?:and|or|&)\s|和|及|与|以及)\s*")
_LIST = re.compile(
    _LIST_ITEM + r"(?:(?:\s*[,、]\s*)" + _LIST_ITEM + r")+(?:\s*,?\s*(?:and|or|&)\s+|和|及|与|以及)" + _LIST_ITEM
    + r"|" + _LIST_ITEM + r"\s(?:and|&)\s" + _LIST_ITEM + r"(?=\s[a-z])"
)


#: what stresses a figure of the posts right before it: 高达 or 多达, and a currency sign
_EMPHATIC = re.compile(r"(?:高达|多达)\s?(?:US\$|[$￥¥€£])?$")
#: between two alternatives ("15 or 20 times", "5或10倍")
_ALTERNATIVE_GAP = re.compile(r"\s*(?:or|或|或者)\s*", re.IGNORECASE)
#: half written in Chinese words: 一半, 半数 (not 一半导体 nor 半年)
_ZH_HALF = re.compile(r"一半(?!导)|半数")


def _evidence_numbers(text: str) -> list[Quantity]:
    """Every number the evidence supports, read leniently: digits anywhere, 五百万, five million, half,
    July 24; never digits of a link or a handle, never "may"."""
    text = _LINKISH.sub(" ", text)
    found = [_quantity(m, text) for m in _EVIDENCE_NUMBER.finditer(text)]
    found = _mark_ranges(found, text)
    for i in range(len(found) - 1):
        # "15 or 20 times", "5或10倍": two alternatives that share the second's unit (15 times or 20 times)
        a, b = found[i], found[i + 1]
        if b.kind and not a.kind and 0 <= a.start < a.end and _ALTERNATIVE_GAP.fullmatch(text[a.end : b.start]):
            found.append(replace(a, percent=b.percent, kind=b.kind, currency=a.currency or b.currency))
    for m in _PCT_PREFIX.finditer(text):
        raw = m.group("num")
        value = float(raw) if raw[0].isdigit() else _zh_numeral(raw)
        if value is not None:
            found.append(Quantity(m.group(0), value, True, kind="%", hedge=_hedge(text, m.start(), m.end())))
    runs = list(_ZH_NUMERAL.finditer(text))
    # 一 ends words (统一, 唯一, 同一): "统一五类" holds 五, not 一五 read as 15
    runs += [m for r in runs if r.group(0)[0] == "一" and len(r.group(0)) > 1
             for m in [_ZH_NUMERAL.match(text, r.start() + 1)] if m]  # fmt: skip
    for m in runs:
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
                dim, scale = _measure(text, m.end(), value)
                found.append(Quantity(m.group(0), value, currency=currency, hedge=hedge, measure=dim, scale=scale))
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
        dim, scale = ("", 1.0) if pct else _measure(text, m.end(), float(value))
        found.append(Quantity(m.group(0), float(value), pct, kind="%" if pct else "", hedge=hedge, measure=dim,
                              scale=scale))
    spoken = list(_SPOKEN_YEAR.finditer(text))
    if spoken and sum(bool(m.group("after")) for m in spoken) == len(_TWO_THOUSAND.findall(text)):
        # every "two thousand" starts a year: none is the figure 2000 ("the mid two thousand tens" is no 2000年代)
        found = [q for q in found if not (q.value == 2000 and _TWO_THOUSAND.fullmatch(q.text))]
    for m in spoken:  # "two thousand twenty-five": 2025; "two thousand tens": 2010(年代)
        words = (m.group("after") or m.group("short")).lower()
        found.append(Quantity(m.group(0), float(2000 + _spoken_year(words)), start=m.start(), end=m.end()))
    for m in _A_DECADE.finditer(text):  # "the next decade": ten years (未来十年); "half a decade" five
        found.append(Quantity(m.group(0), 5.0 if m.group("half") else 10.0, start=m.start(), end=m.end(),
                              hedge=_hedge(text, m.start(), m.end()), measure="time", scale=31536000.0))
    for m in _EN_ORDINAL.finditer(text):  # "second place", "third-largest": 2, 3 (no count: "a third incident")
        found.append(Quantity(m.group(0), float(_EN_ORDINALS[m.group(0).lower()]), start=m.start(), end=m.end(),
                              kind="rank"))
    for m in _FRACTION.finditer(text):
        if int(m.group("den")):
            found.append(Quantity(m.group(0), 100 * int(m.group("num")) / int(m.group("den")), True, kind="%"))
    for m in _EN_FRACTION.finditer(text):
        n = 1 if m.group("n").lower() in ("a", "one") else _EN_WORDS[m.group("n").lower()]
        found.append(Quantity(m.group(0), 100 * n / _EN_FRACTIONS[m.group("d").lower()], True, kind="%"))
    for m in _ZH_FRACTION.finditer(text):
        den, num = (float(x) if x.isdigit() else _zh_numeral(x) for x in (m.group("den"), m.group("num")))
        if den and num is not None:
            found.append(Quantity(m.group(0), 100 * num / den, True, kind="%"))
    for m in _MULTIPLE_WORD.finditer(text):
        found.append(Quantity(m.group(0), _MULTIPLE_WORDS[m.group(0).lower()], kind="x"))
    for q in [q for q in found if q.kind == "x" and 0 < q.value < 1]:
        # "0.344x of the cost" is 34.4% of it (约三分之一)
        found.append(Quantity(q.text, 100 * q.value, True, kind="%", hedge=q.hedge))
    for q in [q for q in found if q.kind == "x" and q.value > 1 and _SMALLER_AFTER.match(text, q.end)]:
        # "7x cheaper" is a cost down to a seventh: 降到约七分之一, 14.3%
        found.append(Quantity(q.text, 100 / q.value, True, kind="%", hedge=q.hedge))
    for m in _ZH_HALF.finditer(text):  # 一半, 半数: half, as 50% ("一半不到" is 不到50%)
        found.append(Quantity(m.group(0), 50.0, True, kind="%", hedge=_hedge(text, m.start(), m.end())))
    # "售价高达4亿美金": 高达 or 多达 right before an amount of the posts stresses how large it is, and a claim may
    # leave it out; before a rate ("高达6.3倍的更快解码", "降低高达35%") it is "up to", a bound the claim keeps
    found = [replace(q, hedge="") if q.hedge == "upto" and not q.kind and q.end > q.start
             and _EMPHATIC.search(text, max(0, q.start - 6), q.start) else q for q in found]
    found += [replace(q, start=0, end=0) for q in _periods(text)]
    for m in _LIST.finditer(text):  # "500M, 1.5B, and 3B models": three of them (三个尺寸)
        found.append(Quantity(m.group(0), float(len(_LIST_SEP.split(m.group(0))))))
    for m in _BULLETS.finditer(text):  # "- Unity AI Gateway ...\n- Genie ...\n- Lakebase ...": three of them (三款)
        found.append(Quantity(m.group(0), float(len(m.group(0).strip().splitlines()))))
    for m in _EVIDENCE_MAGNITUDE.finditer(text):  # "trillion-parameter", 万亿参数: the order, with no figure
        word = m.group(0).lower().removesuffix("s")
        found.append(Quantity(m.group(0), _MULTIPLIERS[word], kind="magnitude"))
    for m in _MONTH.finditer(text):
        if not m.group(1)[0].isupper():
            continue  # "may", "march on": verbs
        if not (_DATE_AFTER.match(text, m.end()) or _DATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])):
            continue  # a month name outside a date ("May the best model win") is no number
        key = m.group(1).lower()
        month = _MONTHS.get(key) or next(v for k, v in _MONTHS.items() if k.startswith(key))
        found.append(Quantity(m.group(0), float(month), kind="month"))
        found.append(Quantity(m.group(0), float(month)))
    for m in _ABBREVIATED_YEAR.finditer(text):  # "Feb '26", "since '19": the year 2026, 2019 (a summary's 2026年)
        year = int(m.group(1))
        found.append(Quantity(m.group(0), float(year + (2000 if year < 70 else 1900)), start=m.start(), end=m.end()))
    return found


def _supported(claim: Quantity, evidence: Iterable[Quantity]) -> bool:
    """Some evidence quantity has the claim's value (to the claim's precision), its kind (%, points,
    multiple; a bare claim any kind), a compatible currency, and a hedge the claim keeps."""
    for e in evidence:
        if claim.kind == "magnitude":  # 千亿: the same word in the posts, or a figure of that order (975B)
            if (e.kind == "magnitude" and e.value == claim.value) or (
                not e.kind and claim.value <= e.value < claim.unit and _same_currency(claim.currency, e.currency)
            ):
                return True
            continue
        if e.kind == "magnitude":
            continue  # "per million tokens", "millions of": the word backs an order (百万级), no figure (100万)
        if e.kind == "rank" and claim.kind != "rank":
            continue  # "third" is a rank, no count: "a third incident" gives no 三起
        if claim.kind in ("day", "rank"):
            if e.kind not in ("", claim.kind):  # a day or a rank is a plain number of the posts ("July 2", "#2"),
                continue  # never 20% or 2x
        elif claim.kind and claim.kind != e.kind:
            continue
        if not _same_currency(claim.currency, e.currency):
            continue
        kept = _HEDGE_KEPT.get(e.hedge)
        if kept is not None and claim.hedge not in kept:
            continue
        if claim.measure in ("people", "things") and e.kind in ("%", "pp", "x"):
            continue  # "约50家" is a count, no "half" (50%)
        if claim.measure and e.measure:
            # both written with a unit: one dimension, and the same amount of it (10 GW is no 10 MW; 90分钟 is 1.5
            # hours); a figure the posts write bare stays evidence for any unit, as before
            if claim.measure != e.measure:
                continue
            if claim.scale != e.scale:
                if math.isclose(claim.value * claim.scale, e.value * e.scale, rel_tol=_MEASURE_ROUNDING
                                if claim.measure == "time" else 1e-9):
                    return True
                continue
        if math.isclose(claim.value, e.value, rel_tol=1e-9, abs_tol=1e-9):
            return True
        # "约三分之一" for 34.4%: a share or multiple written "about" may round, by a few percent of itself
        if claim.hedge == "approx" and claim.kind in ("%", "pp", "x") and math.isclose(claim.value, e.value,
                                                                                     rel_tol=0.05):
            return True
        # "七成" for 71.3%: a share in tenths (成) is rounded to the nearest tenth
        if claim.kind == "%" and claim.unit == 10.0 and e.kind == "%" and abs(claim.value - e.value) <= 5 + 1e-9:
            return True
        # "约23亿" for 2,345,678,900: rounding to the claim's own precision, within 5 %
        if (
            claim.value >= 1000
            and abs(claim.value - e.value) <= claim.unit / 2 + 1e-9
            and abs(claim.value - e.value) <= 0.05 * max(abs(e.value), 1.0)
        ):
            return True
    return False


def _whole(claim: Quantity, e: Quantity) -> bool:
    """Whether `e` can back `claim` as to ranges: a figure on its own backs any claim, an end of a range
    ("14-26%") backs a range written too, its top "up to" it (最高26%), its bottom "at least" it (14%以上),
    but never the bare end, which turns a range into one of its ends. Dates and years are read as they are
    ("June 1-5", "2025-2026")."""
    if not e.range or claim.range or claim.kind in ("month", "day"):
        return True
    if not claim.kind and claim.multiplier == 1 and 1900 <= claim.value <= 2100 and claim.value.is_integer():
        return True
    return (e.range, claim.hedge) in (("high", "upto"), ("low", "over"))


#: "71.3%, up from 23.2%": a change told from its end; "from 23.2% to 71.3%", "从23.2%提高到71.3%": from its start
#: (not the 从 of 从而, 自从, nor the 由 of 由于)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_FROM_SHARE = re.compile(r"(?:\bfrom\b|(?<![自服])从(?!而)|由(?![于此]))[^\d%，,。；;]{0,10}$", re.IGNORECASE)


def _point_changes(evidence: Sequence[str]) -> list[Quantity]:
    """The changes in points from one share to another that a post sentence states ("71.3% ..., up from 23.2%",
    "从23.2%提高到71.3%": 48.1 points), which a summary may give ("提高了约48个百分点"); two shares of a sentence
    that no "from" links (+9% performance or -18% power) make no change."""
    out = []
    for ev in evidence:
        for sentence in split_sentences(_LINKISH.sub(" ", ev)):
            if "%" not in sentence and "％" not in sentence:
                continue
            shares = [q for q in _evidence_numbers(sentence) if q.kind == "%" and q.end > q.start]
            for a, b in itertools.pairwise(shares):
                # "71.3%, up from 23.2%" (a "from" between them) or "from 23.2% to 71.3%" (one before the first)
                linked = _FROM.search(sentence, a.end, b.start) or _FROM_SHARE.search(sentence, max(0, a.start - 16),
                                                                                      a.start)
                if linked and a.value != b.value:
                    out.append(Quantity(f"{a.text}-{b.text}", round(abs(a.value - b.value), 6), True, kind="pp"))
    return out


def _fractions_read(claims: list[Quantity], plain: str, pool: Sequence[Quantity]) -> list[Quantity]:
    """`claims` without the two figures of a fraction ("1/25") the posts give as the share it is ("25x less",
    "4%"): a share written as a fraction is one figure, not a 1 and a 25. A fraction the posts do not give as
    a share stays two figures, each of which they must give ("3/10" for "3 of 10")."""
    for m in _FRACTION.finditer(plain):
        num, den = int(m.group("num")), int(m.group("den"))
        if not 0 < num < den:
            continue
        share = Quantity(m.group(0), 100 * num / den, True, kind="%", start=m.start(), end=m.end(),
                         hedge=_hedge(plain, m.start(), m.end()))
        if _supported(share, pool):
            claims = [c for c in claims if not (m.start() <= c.start and c.end <= m.end())]
    return claims


#: a cut right before a share of a post ("降价幅度高达 99%", "输入降价...输出也有80%", "cut by 80%", "80% off"): what
#: is left is the rest of it (1%, 20% of the old price)
_CUT_BEFORE = re.compile(r"(?:降价|降幅|减价|打折|\b(?:cut|cuts|reduction|discount|price drop)\b)[^\n]{0,24}$",
                         re.IGNORECASE)
_CUT_AFTER = re.compile(r"\s*(?:off\b|(?:price\s)?(?:cut|reduction|discount)\b|(?:的)?(?:降价|降幅|折扣))",
                        re.IGNORECASE)
#: the bound that turns around: a cut of up to 99% leaves as little as 1%, one of over 50% under half
_LEFT_HEDGE = {"upto": "floor", "over": "upto", "approx": "approx", "": ""}


def _left_after_cuts(text: str) -> list[Quantity]:
    """What a price cut of a post leaves, as the share of the old price it is: "降价幅度高达99%" leaves 1% (at the
    least), "80% off" 20%. A summary may give either ("只需原价的20%"), the rest only as a share TO which the
    price fell (`check_numbers` asks its claim to read so)."""
    text = _LINKISH.sub(" ", text)
    out = []
    for q in _evidence_numbers(text):
        if q.kind != "%" or not 0 < q.value < 100 or q.end <= q.start or q.range:
            continue
        if _CUT_BEFORE.search(text, max(0, q.start - 40), q.start) or _CUT_AFTER.match(text, q.end):
            out.append(replace(q, value=round(100 - q.value, 9), hedge=_LEFT_HEDGE.get(q.hedge, ""), start=0, end=0))
    return out


def _headline_hedges(claims: list[Quantity], text: str) -> list[Quantity]:
    """The figures of a headline (the first line of `text`) that it gives bare and the summary below gives
    "about" or "more than" (3140亿 above 总参数约3140亿, for "~314B"): a headline is the summary cut short, and the
    hedge stays where the facts are told. "Up to" is never cut (最高4倍 is a bound, not a rounding), and a figure
    the summary gives bare as well keeps its own reading."""
    end = text.find("\n")
    below: dict[tuple[float, str], set[str]] = {}
    for c in claims:
        if end >= 0 and c.start > end:
            below.setdefault((c.value, c.kind), set()).add(c.hedge)
    out = []
    for c in claims:
        hedges = below.get((c.value, c.kind), set())
        if 0 <= c.start < c.end <= end and not c.hedge and len(hedges) == 1 and hedges <= {"approx", "over"}:
            c = replace(c, hedge=next(iter(hedges)))
        out.append(c)
    return out


def check_numbers(text: str, evidence: Sequence[str], speakers: Sequence[str] = (), *,
                  headline_first: bool = False) -> Check:
    """Every number in `text` occurs, in some unit or language, in one of the `evidence` texts, measuring
    the same kind of thing, with its currency and hedge; and (where that can be told) about the same
    subject. `speakers`: the cited posts' authors (names, handles), who are no number's subject.
    `headline_first`: the first line of `text` is a headline over the rest (`_headline_hedges`)."""
    plain = _LINKISH.sub(" ", text.replace("**", ""))
    claims = extract_numbers(plain)
    if headline_first:
        claims = _headline_hedges(claims, plain)
    pool = [q for ev in evidence for q in _evidence_numbers(ev)]
    if any(c.kind == "pp" for c in claims):
        pool += _point_changes(evidence)
    claims = _fractions_read(claims, plain, pool)
    lefts = [q for ev in evidence for q in _left_after_cuts(ev)]
    left = {id(c) for c in claims if lefts and _change(plain, c) == "to"}  # a share the price fell to may be left

    def backed(c: Quantity, pool_: Sequence[Quantity]) -> bool:
        return _supported(c, pool_) or (id(c) in left and _supported(c, lefts))

    missing = [c.text for c in claims if not backed(c, pool)]
    if missing:
        return Check("numbers", False, "not in the cited posts: " + ", ".join(dict.fromkeys(missing)))
    cut = [c.text for c in claims if not backed(c, [e for e in pool if _whole(c, e)])]
    if cut:
        return Check("numbers", False, "the posts give it as an end of a range: " + ", ".join(dict.fromkeys(cut)))
    wrong = misattributed(text, evidence, speakers) or exchanged(text, evidence, speakers) or crossed(
        text, evidence, speakers
    )
    if wrong:
        return Check("numbers", False, "the posts give it for another subject: " + ", ".join(dict.fromkeys(wrong)))
    turned = reversed_change(text, evidence) + reversed_direction(text, evidence)
    if turned:
        return Check("numbers", False, "the posts say it the other way: " + ", ".join(dict.fromkeys(turned)))
    done = possible_as_done(text, evidence)
    if done:
        return Check("numbers", False, "the posts give it as possible, not done: " + ", ".join(dict.fromkeys(done)))
    return Check("numbers", True, f"{len(claims)} number(s) found in the cited posts")


#: a share a quantity falls TO ("降至27%", "down to 27%", "27% of V3.2") or BY ("降低27%", "27% lower")
_TO_BEFORE = re.compile(r"(?:降至|降到|降为|减至|减少到|缩减至|缩减到|仅为|只有|只剩|只需|为原来的|是原来的|的|原来"
                        r"|原价"
                        r"|\b(?:down to|(?<!up )to|only|just))\s*(?:约|近|最多|最高|仅)?\s*$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"(?:降低|减少|下降|缩减|缩水|下跌|下滑|贬值|节省|便宜|削减|少用|少了|降价|\bby|\bcut|\bsaves?)"
                        r"(?:了|约|近|最多|最高|可|高达|\s)*$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s*(?:of\b)", re.IGNORECASE)
_BY_AFTER = re.compile(r"^\s*(?:lower|less|fewer|cheaper|smaller|reduction|decrease|drop|off\b|savings?"
                       # "80%降价", "30%的降幅": a cut of that size, as 降价80%
                       r"|的?(?:降价|降幅|减幅|跌幅|涨幅|增幅|折扣))",
                       re.IGNORECASE)


def _change(text: str, q: Quantity) -> str:
    """ "to", "by" or "" for a percent: what a change of that share means where it stands."""
    if q.kind != "%" or q.end <= q.start:
        return ""
    head, tail = text[max(0, q.start - 12) : q.start], text[q.end : q.end + 12]
    to = bool(_TO_BEFORE.search(head) or _TO_AFTER.match(tail))
    by = bool(_BY_BEFORE.search(head) or _BY_AFTER.match(tail))
    return "to" if to and not by else "by" if by and not to else ""


def reversed_change(text: str, evidence: Sequence[str]) -> list[str]:
    """Percents of `text` written as a fall BY a share where the posts give a fall TO it, or the other way:
    "降低了27%" for "降至V3.2的27%" (a cost cut to 27%, not by 27%). Only where both sides can be told."""
    plain = _LINKISH.sub(" ", text.replace("**", ""))
    sides = []
    for raw in evidence:
        ev = _LINKISH.sub(" ", raw)
        found = _evidence_numbers(ev)
        # "a 10x haircut", "7x cheaper": what is left is a tenth, a seventh (a change TO it, 十分之一), never a fall
        # BY 10%; the share read from it has no place of its own in the post, so its side is told here
        smaller = {(q.text, round(100 / q.value, 9)) for q in found
                   if q.kind == "x" and q.value > 1 and q.end > q.start and _SMALLER_AFTER.match(ev, q.end)}
        sides += [(q, "to" if q.end <= q.start and (q.text, round(q.value, 9)) in smaller else _change(ev, q))
                  for q in found]
    wrong = []
    for claim in extract_numbers(plain):
        said = _change(plain, claim)
        if not said:
            continue
        homes = [side for q, side in sides if _supported(claim, [q])]
        if homes and all(side and side != said for side in homes):
            wrong.append(f"{claim.text} (written as a change {said} it)")
    return wrong


#: which way a figure moves, by the words beside it: up (上涨9.2%, 多41.7%, "41.7% more", "up 9%") or down (下降, 少,
#: 降价, "fewer", "cut by"). Hedges that hold 多/高/少 (最多, 最高, 高达, 至少) are no direction and are blanked first;
#: speed and size words (快, faster, larger) are left out: "5x faster" is a multiple, not a change of the figure
_UP_ZH = r"上涨|上升|增长|增加|提升|提高|升高|涨价|涨幅|增幅|多了|更多|增|涨|升|多|高"
_DOWN_ZH = r"下降|下跌|下滑|降低|减少|缩减|削减|节省|降价|降幅|减幅|跌幅|少了|更少|缩水|降|减|跌|少|低"
_UP_EN = (r"more|higher|up|increase[sd]?|increasing|rise|rises|rose|risen|gain(?:s|ed)?|grow(?:s|n)?|grew"
          r"|boost(?:s|ed)?|improve[sd]?|improving|raise[sd]?|jump(?:s|ed)?|surge[sd]?|climb(?:s|ed)?|hike[sd]?")
_DOWN_EN = (r"fewer|less|lower|down|decrease[sd]?|decreasing|reduce[sd]?|reducing|reduction|drop(?:s|ped)?"
            r"|fall(?:s|en)?|fell|cut(?:s)?|sav(?:e|es|ed|ing|ings)|cheaper|decline[sd]?|off")
_DIRECTION_WORDS = re.compile(
    rf"(?P<up>{_UP_ZH})|(?P<down>{_DOWN_ZH})|(?<![A-Za-z])(?:(?P<upen>{_UP_EN})|(?P<downen>{_DOWN_EN}))(?![A-Za-z])",
    re.IGNORECASE,
)
_NOT_DIRECTION = re.compile(r"最多|最高|最低|最少|至多|至少|高达|多达|低至|不低于|不少于|不超过|多模态|多语言|"
                            r"高质量|高效|"
                            r"低成本|低延迟|\bup to\b|\bat least\b|\bat most\b|\bas (?:low|high|much|many|little) as\b",
                            re.IGNORECASE)


def _direction(text: str, q: Quantity) -> str:
    """ "up", "down" or "" for the figure `q` of `text`: the direction word nearest it, in its clause, within a
    few characters before it (上涨了9.2%, "down 9%") or right after it (41.7% fewer, 9.2%的提升)."""
    if q.end <= q.start:
        return ""
    lo, hi = max(0, q.start - 32), min(len(text), q.end + 12)
    span = _NOT_DIRECTION.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    cut = max(span.rfind(c, 0, q.start - lo) for c in "，。；,;:：!?！？\n")
    end = min([i for i in (span.find(c, q.end - lo) for c in "，。；,;:：!?！？\n") if i >= 0] or [len(span)])
    best: tuple[int, str] | None = None
    for m in _DIRECTION_WORDS.finditer(span, cut + 1, end):
        if q.start - lo <= m.start() < q.end - lo:
            continue
        if m.end() <= q.start - lo:
            gap = span[m.end() : q.start - lo]
            # "cut agentic costs by up to 30%": an English verb reaches its figure across its object to "by"
            reach = (28 if re.search(r"\bby\s*$", gap) else 8) if m.group("upen") or m.group("downen") else 5
            if len(gap) > reach:
                continue
            dist = q.start - lo - m.end()
        else:
            gap = span[q.end - lo : m.start()]
            if len(gap) > (8 if m.group("upen") or m.group("downen") else 2):
                continue
            dist = m.start() - (q.end - lo)
        way = "up" if m.group("up") or m.group("upen") else "down"
        if best is None or dist < best[0]:
            best = (dist, way)
    return best[1] if best else ""


def reversed_direction(text: str, evidence: Sequence[str]) -> list[str]:
    """Figures of `text` moved the other way from every post sentence that gives them with a direction: "下降9.2%"
    for "up 9.2%", "多41.7%" for "41.7% fewer tokens"; a post that gives the figure both ways backs either."""
    plain = _LINKISH.sub(" ", text.replace("**", ""))
    sides: list[tuple[Quantity, str]] = []
    for raw in evidence:
        ev = _LINKISH.sub(" ", raw)
        sides += [(q, _direction(ev, q)) for q in _evidence_numbers(ev) if q.end > q.start]
    wrong = []
    for claim in extract_numbers(plain):
        said = _direction(plain, claim)
        if not said or claim.kind in ("month", "day", "quarter", "half", "magnitude"):
            continue
        ways = {way for q, way in sides if way and _supported(claim, [q])}
        if ways and said not in ways:
            wrong.append(f"{claim.text} (written as {'a rise' if said == 'up' else 'a fall'})")
    return wrong


#: a figure a post gives as possible, not achieved ("~7x cheaper in theory", "could cut costs 40%")
_POSSIBLE = re.compile(
    r"(?<![A-Za-z])(?:in theory|theoretically|in principle|could|might|potentially|would|hypothetically)(?![A-Za-z])"
    r"|理论上|原则上|有望|可能|或将|潜在",
    re.IGNORECASE,
)
#: a summary sentence that says it was done (已让, 已经, 实现了) without a word that keeps it possible
_DONE = re.compile(r"已经?(?!知)|实现了|做到了|达成了|成功(?:让|将|把|使)")
_STILL_POSSIBLE = re.compile(
    r"理论上|原则上|有望|可能|或将|或可|可望|潜在|可以|可让|可使|可将|能让|能使|能够|最多|最高|预计|将"
)


def possible_as_done(text: str, evidence: Sequence[str]) -> list[str]:
    """Ratios of `text` stated as done (已让成本降低约7倍) that every post sentence giving them states as only
    possible ("~7x cheaper in theory", "could be 7x cheaper")."""
    done = [s for s in split_sentences(_LINKISH.sub(" ", text.replace("**", ""))) if _DONE.search(s)
            and not _STILL_POSSIBLE.search(s)]  # fmt: skip
    if not done:
        return []
    sentences = [(s, _evidence_numbers(s)) for raw in evidence for s in split_sentences(_LINKISH.sub(" ", raw))]
    wrong = []
    for sentence in done:
        for claim in extract_numbers(sentence):
            if claim.kind not in ("%", "x", "pp"):
                continue
            homes = [s for s, numbers in sentences if _supported(claim, numbers)]
            if homes and all(_POSSIBLE.search(s) for s in homes):
                wrong.append(claim.text)
    return wrong


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
_EVIDENCE_CLAUSE = re.compile(r"[,;，；:：、—–(（)）]|\s(?:and|with|while|but|vs\.?)\s")


def _not_metric_words() -> re.Pattern[str]:
    words = lexicon.load("metrics", "newsdesk.writer").get("not_metric", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ConfigError("writer/data/metrics.toml: not_metric: expected a list of words")
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


#: words that hold a metric word but name no metric (付费用户 holds 费用): blanked before metrics are read
_NOT_METRIC = _not_metric_words()


def _unmetric(text: str) -> str:
    return _NOT_METRIC.sub(lambda m: " " * len(m.group(0)), text)


#: metrics that refine another: where one is named, the one it refines says nothing more ("总参数" is "parameters"
#: too, and the check is between total and active)
_REFINES = {"active_parameters": "parameters", "total_parameters": "parameters"}


def _refined(names: Iterable[str]) -> frozenset[str]:
    found = frozenset(names)
    return found - {_REFINES[n] for n in found if n in _REFINES}


def _with_refinements(names: frozenset[str]) -> frozenset[str]:
    """`names` and the metrics that refine them: a figure written as 参数 may be the posts' active parameters."""
    return names | {fine for fine, general in _REFINES.items() if general in names}


def _written_metrics(clause: str) -> frozenset[str]:
    clause = _unmetric(clause)
    return _refined(name for name, written, _ in _METRICS if written.search(clause))


def _metric_words(clause: str) -> list[tuple[str, int, int]]:
    """(metric, start, end) of each metric word a written clause holds."""
    clause = _unmetric(clause)
    return [(name, m.start(), m.end()) for name, written, _ in _METRICS for m in written.finditer(clause)]


def _evidence_metrics(sentence: str, q: Quantity) -> frozenset[str]:
    """The metrics named in the clause of `sentence` around `q` (none when `q` has no position)."""
    if q.end <= q.start:
        return frozenset()
    cuts = [m for m in _EVIDENCE_CLAUSE.finditer(sentence)]
    start = max((m.end() for m in cuts if m.end() <= q.start), default=0)
    end = min((m.start() for m in cuts if m.start() >= q.end), default=len(sentence))
    clause = _unmetric(sentence[start:end])
    return _refined(name for name, _, evidence in _METRICS if evidence.search(clause))


#: not the comma of 1,000 nor the colon of 10:30; the enumeration comma 、 parts the items of a list, each with its
#: own subject ("价值300美元的Grok Harvey、价值200美元的Cursor Ultra会员")
_CLAUSE = re.compile(r"[，；;：、]|,(?!\d{3})|:(?!\d)")
#: a size written as a name token ("30B", "8GB", "256K"): a figure, never the subject of one
_SIZE = re.compile(r"\d+(?:\.\d+)?(?:[KMBT]|[KMGT]B)", re.IGNORECASE)


def _overlap(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two sets of name keys share a name, a family name counting for its models ("qwen" for "qwen3"),
    a model's last word for the model ("flash" for "MAI-Voice-2-Flash", as its post calls it)."""
    return any(x == y or (x.startswith(y) and y[-1].isalpha()) or (y.startswith(x) and x[-1].isalpha())
               or _tail(x, y) or _tail(y, x) or _unprefixed(x, y) or _unprefixed(y, x)
               for x in a for y in b)  # fmt: skip


def _unprefixed(name: str, short: str) -> bool:
    """`short` is `name` without its maker's prefix: "Code-1-Flash" for "MAI-Code-1-Flash", as a post goes on
    to call it (long enough, and with a version, to name one model)."""
    return (len(short) >= 6 and short != name and name.endswith(short) and any(c.isdigit() for c in short)
            and any(c.isalpha() for c in short))


def _tail(name: str, word: str) -> bool:
    """`word` is the last part of `name` after a version ("maivoice2flash" ends in "flash" after "2")."""
    return len(word) >= 4 and word.isalpha() and name.endswith(word) and name[-len(word) - 1 : -len(word)].isdigit()


def _speaks(keys: Iterable[str], speakers: frozenset[str]) -> bool:
    """A name that is one of the speakers' own ("Unsloth" of @UnslothAI), not a product named after
    them: Qwen's post about Qwen3.6-27B is about the model, so "qwen" does not hide "qwen3.627b"."""
    return any(k == s or (s.startswith(k) and k[-1].isalpha()) for k in keys for s in speakers)


def _subjects(text: str, speakers: frozenset[str]) -> list[str]:
    """The named things of `text` in order, each by its head, the last word of a multi-word name
    ("Claude Opus 5" -> "opus", "GPT-5.6 Luna" -> "luna"); the posts' authors are left out: who
    says a figure is not what it measures."""
    out = []
    for group in _name_groups(text):
        keys = [k for k in (_key(t) for t, relevant in group if relevant) if k]
        if keys and not _speaks(keys, speakers):
            out.append(keys[-1])
    return out


def _zh_subjects(text: str, speakers: frozenset[str]) -> list[str]:
    """The named things of `text` written in Chinese as a known rendering (谷歌, 英伟达), in order, each by the
    keys of its Latin spellings (a post may write any of them)."""
    out: list[str] = []
    for m in _ZH_ENTITY.finditer(text):
        keys = [k for k in (_key(latin) for latin in ZH_ENTITIES[m.group(0)]) if k and not _speaks({k}, speakers)]
        out.extend(k for k in keys if k not in out)
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
    #: (family, head) of its multi-word names: ("gpt5.6", "terra") for "GPT-5.6 Terra"
    families: frozenset[tuple[str, str]] = frozenset()
    #: for each of `numbers`, the products that can own it: those of its own clause and the sentence's subject
    #: when that opens the sentence before it, never one it is compared with (`_number_products`)
    owners: tuple[frozenset[str], ...] = ()
    #: for each of `numbers`, the name it is written inside of ("2.4T" of "Qwen3.8-2.4T-A95B"), "" when none
    inside: tuple[str, ...] = ()


#: what introduces a thing a figure's subject is compared with ("beats Opus 4.6", "versus Sonnet 4.6", "超过了
#: Claude Fable 5"): a name after it in its part of the sentence is a rival, no owner of the sentence's figures
_RIVAL_CUE = re.compile(
    r"(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|vs\.?|versus"
    r"|than|alongside|compared (?:to|with)|relative to|against|ahead of|behind|rival(?:s|ing)?|match(?:es|ing)?"
    r"|on par with|comparable to)(?![A-Za-z])"
    r"|超过|超越|击败|打败|优于|胜过|领先|对比|相比|比起|高于|低于|追平|甩开|媲美|逼近|不如|落后"
    # the bare 比 of "比UMA少用35倍" (not 比例, 比特, 比如, 比赛, 比重, 比较, 比分, 比率, 比拼, 比值, 无比, 好比)
    r"|(?<![对相类无好评])比(?![例特如赛重较分率拼值肩照])",
    re.IGNORECASE,
)
#: what ends the part of a sentence a comparison reaches ("X beats Y, and Z scores 50%": Z is no rival)
_RIVAL_SCOPE = re.compile(r"[,;，；:：、]|[.!?](?=\s)")


def _rivals(sentence: str) -> set[int]:
    """Start offsets of the name tokens of `sentence` that follow a comparison cue in their part of it.

    One pass over the cues, the cuts and the tokens in order (a cue inside a word, "thanks", is none)."""
    events = [(m.end(), 0) for m in _RIVAL_SCOPE.finditer(sentence)]
    events += [(m.end(), 1) for m in _RIVAL_CUE.finditer(sentence)
               if not (m.group(0).isascii() and m.start() and sentence[m.start() - 1].isalpha())]
    events += [(m.start(), 2) for m in _NAME_TOKEN.finditer(sentence)]
    out = set()
    cue = False
    for pos, what in sorted(events):
        if what == 0:
            cue = False
        elif what == 1:
            cue = True
        elif cue:
            out.add(pos)
    return out


#: between a comparison word and the name it compares with: a few words ("than frontier UMA", "比前沿模型UMA"), no
#: figure and no clause break ("超过80%由Claude编写", "超过八成的代码由Claude编写": 超过 governs the figure, Claude
#: is no rival)
_COMPARED_GAP = re.compile(r"[^\d零〇一二两三四五六七八九十百千万亿%％倍,;:，；：、。.!?()（）—–]{0,24}")


#: after a compared name, a figure that is its own: "低于GLM 5.2的40.1%", "than GLM 5.2's 40.1%"
_OWNED_FIGURE = re.compile(r"[A-Za-z0-9 .\-]{0,20}?(?:的|['’]s\s)\s*(?:约|近)?\s*(?:US\$|[$€£¥])?\d")


def _compared(text: str) -> set[int]:
    """Start offsets of the names right after a comparison word (`_RIVAL_CUE`): what a figure is compared with
    ("than frontier UMA model", "beat Meta's UMA", "比前沿模型UMA"); plain lower-case words before it are skipped."""
    out = set()
    for cue in _RIVAL_CUE.finditer(text):
        if cue.group(0).isascii() and cue.start() and text[cue.start() - 1].isalpha():
            continue
        if text[cue.start() - 1 : cue.start()] in ("不", "未"):
            continue  # "不领先": no comparison made
        for name in _NAME_TOKEN.finditer(text, cue.end(), min(len(text), cue.end() + 30)):
            if not _COMPARED_GAP.fullmatch(text, cue.end(), name.start()):
                break
            token = name.group(0)
            if token.islower() and not any(c.isdigit() for c in token):
                continue  # "than frontier UMA": a plain word before the name
            if token.endswith(("'s", "’s")):
                continue  # a maker's possessive ("Meta's UMA"): the compared thing is the name after it
            if not _OWNED_FIGURE.match(text, name.end()):  # "低于GLM 5.2的40.1%": the figure after is the rival's own
                out.add(name.start())
            break
    return out


def _one_rival(evidence: Sequence[str]) -> bool:
    """The posts compare with one thing at most ("than frontier UMA", "beat Meta's UMA"): then what a figure is
    compared with tells no figure from another. With several ("10x cheaper than Sol, 5.7x cheaper than Opus 5"),
    which one a figure is against is what binds it."""
    keys = set()
    for ev in evidence:
        text = _LINKISH.sub(" ", ev)
        compared = _compared(text)  # (once a text: asked per name, a 100k-character post took minutes)
        keys |= {_key(m.group(0)) for m in _NAME_TOKEN.finditer(text) if m.start() in compared}
    return len(keys) <= 1


def _number_products(sentence: str, numbers: Sequence[Quantity], products: frozenset[str],
                     speaker_keys: frozenset[str]) -> tuple[tuple[frozenset[str], ...], tuple[str, ...]]:
    """For each number of an evidence sentence, the products that can own it, and the name it is part of.

    The owners are the products of the figure's own clause ("It's at 53% on SWE Bench Pro, placing it right
    alongside Opus 4.6": none, so the sentence is about what the post is about) and the sentence's first name
    when it is a product written before the figure ("Gemma 4 is out: on MMLU it scores 80%"); never a product
    the figure's subject is compared with ("versus Sonnet 4.6", "超过了Claude Fable 5")."""
    rivals = _rivals(sentence)
    tokens = [(m.start(), m.end(), _key(m.group(0))) for m in _NAME_TOKEN.finditer(sentence)]
    starts = [a for a, _, _ in tokens]
    named = [(a, k) for a, b, k in tokens if k in products and a not in rivals]
    named_at = [a for a, _ in named]
    first = next(((a, k) for a, b, k in tokens if k and not _speaks({k}, speaker_keys)), None)
    cut_ends = [m.end() for m in _EVIDENCE_CLAUSE.finditer(sentence)]
    cut_starts = [m.start() for m in _EVIDENCE_CLAUSE.finditer(sentence)]
    owners = []
    inside = []
    for q in numbers:
        if q.end <= q.start:
            owners.append(products)
            inside.append("")
            continue
        i = bisect.bisect_right(cut_ends, q.start)
        start = cut_ends[i - 1] if i else 0
        j = bisect.bisect_left(cut_starts, q.end)
        end = cut_starts[j] if j < len(cut_starts) else len(sentence)
        own = {k for _, k in named[bisect.bisect_left(named_at, start) : bisect.bisect_left(named_at, end)]}
        if first is not None and first[1] in products and first[0] < q.start and first[0] not in rivals:
            own.add(first[1])
        owners.append(frozenset(own))
        t = bisect.bisect_right(starts, q.start) - 1  # the token starting last before the figure may hold it
        inside.append(sentence[tokens[t][0] : tokens[t][1]] if t >= 0 and q.end <= tokens[t][1] else "")
    return tuple(owners), tuple(inside)


def _minor(key: str, token: str) -> bool:
    """A name that is no subject: a short abbreviation (YoY, API-like) rather than a product or a lab."""
    return (
        len(key) <= 4
        and not any(c.isdigit() for c in key)
        and token.upper() != token.lower()
        and (token.isupper() or any(c.isupper() for c in token[1:]))
    )


def _families(text: str) -> frozenset[tuple[str, str]]:
    """(family, head) of each multi-word name of `text`: "Nimbus-4 Pro" -> ("nimbus4", "pro")."""
    out = set()
    for group in _name_groups(text):
        keys = [k for k in (_key(t) for t, relevant in group if relevant) if k]
        if len(keys) > 1:
            out.add((keys[0], keys[-1]))
    return frozenset(out)


#: a sentence opening on a pronoun for a thing ("它", "其", "该模型", "It", "They", "This model"): it goes on about the
#: thing the sentence before named (not 他/她: a person speaks about figures, they are not theirs)
_PRONOUN_OPENING = re.compile(
    r"\s*(?:它们?|其|该(?:模型|产品|项目|系统|论文|公司|工具|平台|版本)|(?:It|Its|They|Their|This|These)(?![A-Za-z]))"
)


_LOWER_WORD = re.compile(r"(?<![A-Za-z0-9])[a-z][a-z0-9]*(?![A-Za-z0-9])")


def _lower_phrases(evidence: Sequence[str]) -> dict[str, list[tuple[str, ...]]]:
    """The story's names of several words ("Muse Glimmer"), in lower case and by their first word: a post written
    in lower case ("muse glimmer can run on 24GB of VRAM") names them too. One word alone ("glimmer") is left out:
    a common word may be spelt so."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ev in evidence:
        for group in _name_groups(_LINKISH.sub(" ", ev)):
            spelt = [t for t, relevant in group if relevant]
            words = tuple(t.lower() for t in spelt)
            # (spelt with capitals: in a post with Chinese in it every Latin word is relevant, "great example of")
            if len(words) > 1 and all(w.isalnum() for w in words) and all(t[:1].isupper() for t in spelt) \
                    and words not in out.get(words[0], []):
                out.setdefault(words[0], []).append(words)
    return out


def _lower_names(sentence: str, phrases: dict[str, list[tuple[str, ...]]]) -> set[str]:
    """The keys of the story's names of several words that `sentence` writes in lower case (`_lower_phrases`)."""
    words = _LOWER_WORD.findall(sentence) if phrases else []
    out: set[str] = set()
    for i, word in enumerate(words):
        for phrase in phrases.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                out |= {_key(w) for w in phrase}
    return out


def _handle_as_name(m: re.Match[str]) -> str:
    """A link is no name, but an account is one ("- @odysseyml $310m series b": the line is about Odyssey): written
    as a capitalised word, so its line names it (its figures are its, not the next line's company's)."""
    text = m.group(0)
    return " " + text[1:2].upper() + text[2:] if text.startswith("@") and len(text) > 2 else " "


def _windows(evidence: Sequence[str], speaker_keys: frozenset[str]) -> list[_Window]:
    windows = []
    phrases = _lower_phrases(evidence)
    for ev in evidence:
        last: frozenset[str] = frozenset()
        topic: frozenset[str] = frozenset()
        # an ordinary word capitalised only to open a sentence ("Run on 280GB." in a post that says "you can
        # now run"): the post writes it in lower case elsewhere, so it names nothing a figure could belong to
        plain = frozenset(re.findall(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])", ev))
        for sentence in split_sentences(_LINKISH.sub(_handle_as_name, ev)):
            names: set[str] = set()
            products: set[str] = set()
            zh = has_cjk(sentence)
            # a product the sentence compares its subject with ("it outperforms Qwen3.7-Plus") is no subject
            at = _rivals(sentence)
            marks = [(m.start() in at, _key(m.group(0))) for m in _NAME_TOKEN.finditer(sentence)]
            rivals = {k for r, k in marks if r} - {k for r, k in marks if not r}
            lowered = {k for k in _lower_names(sentence, phrases) if k and not _speaks({k}, speaker_keys)}
            names |= lowered
            major = bool(lowered)
            for token in name_tokens(sentence):
                key = _key(token)
                if not key or _speaks({key}, speaker_keys) or _SIZE.fullmatch(token):
                    continue  # a speaker, or a size ("30B", "8GB"): a figure, not what one measures
                if token[1:].islower() and token.lower() in plain and sentence.lstrip().startswith(token):
                    continue
                names.add(key)
                # "Qwen3.8-27B" is a Qwen3.8 too: its versioned family, written before a hyphen, is named with it
                parts = token.split("-")
                names |= {k for i in range(1, len(parts)) for k in [_key("-".join(parts[:i]))]
                          if re.search(r"[a-z]", k) and re.search(r"\d", k)}
                # a lower-case English word inside Chinese ("coding 或者 agent") is no named subject
                plain_word = zh and token.isalpha() and token.islower()
                major = major or not (_minor(key, token) or plain_word or key in rivals)
                if any(c.isdigit() for c in key) or re.search(re.escape(token) + r"\s\d", sentence):
                    products.add(key)
            inherited: frozenset[str] = frozenset()
            if sentence[:1].islower():  # split off mid-sentence ("(~15x larger!) on every benchmark")
                names |= last
                inherited = frozenset(k for w in windows[-1:] for k in w.products)
                products |= inherited
            elif _PRONOUN_OPENING.match(sentence) and not {
                p for p in products
                if p not in _MONTHS and p not in rivals and p.rstrip("0123456789.") not in GENERIC_TERMS
            }:  # (a product other than a date, a rival or a term glued to a figure: "token10美元")
                # opening on a pronoun ("它从6月9日起开放" after "Fable5是..."): it may be about what the sentence
                # before named, though its figures need not be that thing's ("It's 58x larger than a GPU"); not
                # when it names a product of its own, other than one it is compared with ("It hurt Nimbus 2 quality
                # and was reverted on April 20": "it" may be anything, and Nimbus 2 is what the sentence is about)
                names |= last
            if not major:  # "$4B in run rate growing 7x YoY.": about what the post was about
                names |= last
            elif not topic:
                topic = frozenset(names)
            # a sentence that adds only minor names ("During our ICML challenge, ...") goes on about the same
            # thing, and so does the next one
            last = frozenset(names) if major else frozenset(names) | last
            numbers = _evidence_numbers(sentence)
            owners, inside = _number_products(sentence, numbers, frozenset(products), speaker_keys)
            owners = tuple(o | inherited for o in owners)
            windows.append(
                _Window(numbers, sentence, frozenset(names), frozenset(products), topic, _families(sentence), owners,
                        inside)
            )
    return windows


#: kinds of figure that belong to no one subject
_NO_SUBJECT = frozenset({"magnitude", "quarter", "half"})
#: a sentence that lists names and then their figures "respectively" ("英伟达、Meta和谷歌分别为510万、260万和210万
#: 美元") pairs them by order, where the name nearest a figure or its clause is not its own
_RESPECTIVELY = re.compile(r"分别|\brespectively\b", re.IGNORECASE)
#: a date's month and day: when something happened ("4月20日撤回"), which a sentence about several models gives
#: beside any of them, not a figure one of them measures (unless its own clause names whose date it is)
_DATE = frozenset({"month", "day"})
#: a figure hyphened to a word ("1-bit", "4-way", "30-day"): a compound that names a variant or a term, whose
#: nearest name in a sentence is no owner of it
_COMPOUND = re.compile(r"-[A-Za-z]")
#: the counter after a count of things ("三款", "4家", "五个"): the figure is how many there are
_GROUP_COUNT = re.compile(r"\s?(?:款|个|家|项|种|位|名|篇|台|部|条|支|所)")
#: "and the others" right before a count ("Gemini 3.6 Flash等三款"): the count is of a group the name opens
_AND_OTHERS = re.compile(r"等\s*$")


def _grouped(clause: str, claim: Quantity, speaker_keys: frozenset[str]) -> bool:
    """The count `claim` of `clause` is a group's: "等" before it, or two names or more listed before it."""
    head = clause[: claim.start]
    return bool(_AND_OTHERS.search(head)) or len(_subjects(head, speaker_keys)) >= 2


def _year(text: str, q: Quantity) -> bool:
    """A year ("2015年", "in 2026"): when something happened, which the posts may give in any sentence, not a
    figure that one subject measures."""
    return (not q.kind and not q.currency and q.multiplier == 1 and q.value.is_integer() and 1900 <= q.value <= 2100
            and len(q.text) == 4 and not q.measure)


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
    # a written name's family: "Nimbus-4 Pro" is the Pro of Nimbus-4
    family = {head: fam for fam, head in _families(text.replace("**", ""))}
    wrong = []
    sentences = split_sentences(text.replace("**", ""))
    # the names each written sentence gives
    written = [frozenset(k for k in (_key(t) for t in name_tokens(s)) if k) for s in sentences]
    for n, sentence in enumerate(sentences):
        if _RESPECTIVELY.search(sentence):
            continue  # names and figures paired by order, not by nearness
        before: list[str] = []
        for clause in _CLAUSE.split(sentence):
            if _written_metrics(clause):
                # an order, a quarter, a half has no subject
                claims = [c for c in extract_numbers(clause) if c.kind not in _NO_SUBJECT]
                for i, claim in enumerate(claims):
                    # a metric word measures the figure nearest to it: in "32 GB内存的笔记本上每秒41个token",
                    # 内存 measures 32 GB, not 41
                    measured = _refined(
                        name for name, start, end in _metric_words(clause)
                        if min(range(len(claims)), key=lambda j: max(0, claims[j].start - end, start - claims[j].end))
                        == i
                    )  # fmt: skip
                    if not measured:
                        continue
                    found = [
                        _evidence_metrics(w.sentence, q) for w in windows for q in w.numbers if _supported(claim, [q])
                    ]
                    if found and all(m and not m & _with_refinements(measured) for m in found):
                        wrong.append(
                            f"{claim.text} ({'/'.join(sorted(measured))}: the posts give it for "
                            f"{'/'.join(sorted(set().union(*found)))})"
                        )
            own = [h for h in _subjects(clause, speaker_keys) if _overlap({h}, known)]
            # a maker before its product ("Google的Gemma 4 E4B", "Google's Gemma 4"): the product is the subject
            makers = _makers(clause)
            mine = next((h for h in own if _overlap({h}, owners) and h not in makers), None) or next(
                (h for h in own if _overlap({h}, owners)), None)
            # a clause that names no owner is about one named before it in the sentence: the last as a rule
            # ("Terra降价20%，至$2"), but the sentence's first may be meant ("Qwen3.6以Apache 2.0开源，总参数350亿")
            earlier = [h for h in reversed(before) if _overlap({h}, owners)]
            fallback = [own[0]] if own else before[-1:]
            candidates = [mine] if mine else earlier or fallback
            # a clause that names no owner may still name what labels its figure ("Cybergym得分76.7" after
            # "Terminal Bench 2.1得分82.7"), where the post line giving it names no product ("Cybergym: 76.7")
            labels = set(own) if not mine else set()
            before.extend(own)
            if not candidates:
                continue
            for claim in extract_numbers(clause):
                if claim.kind in _NO_SUBJECT or _year(clause, claim):
                    continue  # an order of magnitude (千亿参数), a period or a year is no figure of one subject
                if claim.kind in _DATE and not own:
                    continue  # "4月20日撤回": a date in a clause that names nobody is when, of no subject before it
                if claim.kind == "rank":
                    continue  # a rank (第二): a leaderboard names many beside it, where nearness tells no owner
                if not claim.kind and _version_of_name(clause, claim):
                    continue  # "Opus 5": a version, part of the name
                homes = [(w, i) for w in windows for i, q in enumerate(w.numbers) if _supported(claim, [q])]
                if labels and any(not w.owners[i] and _overlap(labels, w.names) for w, i in homes):
                    continue
                # a clause that names nothing ("以及与铜互连相比电容降低约35%的减成法钌互连") takes a subject from
                # before it only as a guess: a sentence of the same post giving the figure about no owner at all
                # (its names are a technique's, a benchmark's) does not contradict it
                if not own and any(
                    not w.owners[i] and not _overlap(w.names, owners) and w.topic
                    and any(w.topic == v.topic and _overlap(set(candidates), v.names) for v in windows)
                    for w, i in homes
                ):  # (of a post that names the subject too: a figure moved from another post is still caught)
                    continue
                # a sentence giving the figure in no product's own clause, that names nothing the written sentence
                # does not name too ("6月2日，Anthropic又把项目扩展到约150家新机构" after "...Claude Mythos Preview
                # 扫描代码库", for "Anthropic称...Claude Mythos Preview...又把Project Glasswing扩展到约150家"), ties
                # the figure to no subject the answer leaves out: no competing subject; one naming anything else
                # (MMDesign's 12 targets given to MMFold, Grok's March given to SpaceX) is read as before
                # (not a figure hyphened to a word: "2-bit" names a variant, which the same family does not tie)
                if not _COMPOUND.match(clause, claim.end) and any(
                    not w.owners[i] and all(_overlap({k}, written[n]) for k in w.names) for w, i in homes
                ):
                    continue
                # a count of a group that the clause names as one ("A、B和C三款新模型", "Gemini 3.6 Flash等三款"),
                # where a post gives it with no product owning it ("we're rolling out three new models:" before the
                # list): the group's size, not a figure of the one member the clause also names
                if (_GROUP_COUNT.match(clause, claim.end) and _grouped(clause, claim, speaker_keys)
                        and any(not w.owners[i] for w, i in homes)):
                    continue
                if homes and not any(
                    _about(w, subject, family.get(subject), i) for w, i in homes for subject in candidates
                ):
                    wrong.append(f"{claim.text} ({candidates[0]})")
    return wrong


#: a name followed by its possessive and another name ("Google的Gemma 4", "Meta's Muse Glimmer"): a maker
_MAKER_AFTER = re.compile(r"(?:\s*的|['’]s)\s*(?=[A-Za-z])")


def _makers(clause: str) -> set[str]:
    """The keys of the names of `clause` that stand as the maker of the name after them (`_MAKER_AFTER`)."""
    out = set()
    for m in _NAME_TOKEN.finditer(clause):
        token = re.sub(r"['’]s$", "", m.group(0))
        if _MAKER_AFTER.match(clause, m.start() + len(token)):
            out.add(_key(token))
    return out


def _version_of_name(clause: str, claim: Quantity) -> bool:
    """A bare figure right after a name and a space is its version ("Opus 5"); after a plain word in Chinese
    text ("每百万token 0.45美元") or a field term (API, token) it is a figure."""
    m = re.search(r"([A-Za-z][A-Za-z0-9.+-]*)\s$", clause[max(0, claim.start - 40) : claim.start])
    if m is None:
        return False
    word = m.group(1)
    return word.lower() not in GENERIC_TERMS and not (has_cjk(clause) and word.islower())


def _about(window: _Window, subject: str, family: str | None = None, number: int | None = None) -> bool:
    """Whether an evidence sentence can be about `subject` (a name's head; `family` its first word), as
    the giver of its `number`-th figure.

    A sentence that names the subject's family and no other member of it ("74.6% on SWE-bench Verified
    (up from 61.2% for Nimbus-4)" in a post on Nimbus-4 Pro) may be about it; one that names a sibling
    ("GPT-5.6 Terra: $2") is not about GPT-5.6 Luna. A figure written inside a name ("Qwen3.8-2.4T-A95B")
    is that name's, and so its family's ("Qwen3.8"). Of a sentence about what its post is about, a figure
    belongs to another product only when its own clause or the sentence's opening names it (`owners`)."""
    if not window.names or _overlap({subject}, window.names):
        return True
    if number is not None and window.inside[number]:
        parts = [_key(p) for p in re.split(r"[-_]", window.inside[number])]
        if any("".join(parts[:k]) == subject for k in range(1, len(parts) + 1)):
            return True
    if family and family in window.names and not any(f == family and h != subject for f, h in window.families):
        return _overlap({subject}, window.topic)
    owners = window.products if number is None else window.owners[number]
    return _overlap({subject}, window.topic) and not owners


# --- figures exchanged between the names of one sentence ---------------------------------------------

#: where a post's sentence divides into the parts that each name a figure: "SWE-Pro (56.22%) and Terminal
#: Bench 2 (57.0%)", "27% of V3.2, KV cache 10%"; parentheses and "vs." stay inside a part
_CELL = re.compile(r",(?!\d{3})|[;，；、]|\s(?:and|while|but|whereas)\s")
_WRITTEN_CELL = re.compile(r",(?!\d{3})|[;，；、：]|:(?!\d)")


def _labels(text: str, speaker_keys: frozenset[str], one_rival: bool = False) -> list[tuple[str, int, int]]:
    """(key, start, end) of the names in `text` that can label a figure: benchmarks, products, labs.

    Not the speakers, sizes (30B), units written after a figure (16 GB, 1.24 MT/s) or lower-case
    English words inside Chinese (token)."""
    zh = has_cjk(text)
    relevant = {_key(t) for t in name_tokens(text)}
    # when the posts compare with one thing only (`one_rival`), what a figure is compared with ("35x less data than
    # UMA", "比UMA少用35倍") labels no figure: the figure is the subject's, whichever part of the post says "than UMA"
    rivals = _compared(text) if one_rival else set()
    out: list[tuple[str, int, int]] = []
    for m in _NAME_TOKEN.finditer(text):
        token = m.group(0)
        key = _key(token)
        if not key or key not in relevant or _speaks({key}, speaker_keys) or _SIZE.fullmatch(token):
            continue
        if m.start() in rivals:
            continue
        plain = (zh and token.islower()) or token.lower() in _NOT_LABELS or _common_word(token.lower())
        if out and text[out[-1][2] : m.start()] == " " and not plain:
            # "Terminal Bench", "GPT-5.6 Sol": one name, known by its head (its version is no figure before a unit)
            out[-1] = (key, out[-1][1], m.end())
            continue
        # a unit or measure right after a figure ("1.24 MT/s", "18GB RAM") is the figure's, no label of it
        if re.search(r"\d(?:[A-Za-z]{1,3})?\s?$", text[max(0, m.start() - 6) : m.start()]) or (zh and token.islower()):
            continue
        if token.lower() in _NOT_LABELS or _common_word(token.lower()):
            continue
        else:
            out.append((key, m.start(), m.end()))
    return out


#: English words that start a line capitalised ("Over 80% of ...", "On the most open-ended tasks")
_NOT_LABELS = frozenset({"over", "on", "in", "at", "for", "with", "by", "up", "from", "to", "of", "the", "a", "an",
                         "and", "or", "new", "now", "today", "just", "only", "more", "less", "about", "around"})


def _in_name(text: str, q: Quantity, labels: list[tuple[str, int, int]]) -> bool:
    """A figure that is part of a name: inside it (MAI-Voice-2) or its version right after it (Gemma 4)."""
    return not q.kind and any(
        start <= q.start < end or (end <= q.start and text[end : q.start] in ("", " ")) for _, start, end in labels
    )


def _nearest(labels: list[tuple[str, int, int]], start: int, end: int) -> str | None:
    if not labels:
        return None
    key, _, _ = min(labels, key=lambda lab: max(0, lab[1] - end, start - lab[2]))
    return key


def _namelike(token: str) -> bool:
    """A product's or benchmark's spelling (SkillsBench, Terminal-Bench, K2.6), not a word in capitals (VRAM)."""
    return any(c.isdigit() for c in token) or "-" in token or (
        any(c.isupper() for c in token[1:]) and any(c.islower() for c in token)
    )


@dataclass(frozen=True, slots=True)
class _Binding:
    """A figure of the posts with the name it stands with (`label`; none when its part of the sentence names
    nothing), whether that name is spelt as a product's (`named`), the name its sentence opens on before it when
    no comparison introduces that name (`opener`) and all the names its sentence gives (`labels`)."""

    q: Quantity
    label: str | None
    named: bool
    opener: str | None
    labels: frozenset[str]


def _bindings(evidence: Sequence[str], speaker_keys: frozenset[str], one_rival: bool = False) -> list[_Binding]:
    """Each figure of the posts with the name it stands with: the nearest name in its part of the
    sentence, none when that part names nothing."""
    out: list[_Binding] = []
    for ev in evidence:
        for sentence in split_sentences(_LINKISH.sub(" ", ev)):
            labels = _labels(sentence, speaker_keys, one_rival)
            rivals = _rivals(sentence) if labels else set()
            first = labels[0] if labels and labels[0][1] not in rivals else None
            keys = frozenset(key for key, _, _ in labels)
            namelike = {_key(m.group(0)) for m in _NAME_TOKEN.finditer(sentence) if _namelike(m.group(0))}
            cuts = [0, *(m.end() for m in _CELL.finditer(sentence)), len(sentence) + 1]
            for q in _evidence_numbers(sentence):
                if q.end <= q.start or _in_name(sentence, q, labels) or _SIZE.fullmatch(q.text) or (
                    _COMPOUND.match(sentence, q.end)
                ):
                    continue  # no position, part of a name, a size ("12B" of Gemma 4 12B), a compound (1-bit)
                lo = max(c for c in cuts if c <= q.start)
                hi = min(c for c in cuts if c > q.start)
                label = _nearest([lab for lab in labels if lab[1] >= lo and lab[2] <= hi], q.start, q.end)
                opener = first[0] if first is not None and first[2] <= q.start else None
                # none when its part names nothing: "and 32% cheaper"
                out.append(_Binding(q, label, label in namelike, opener, keys))
    return out


def exchanged(text: str, evidence: Sequence[str], speakers: Sequence[str] = ()) -> list[str]:
    """Figures of `text` written next to a name that the posts give other figures for, while they give
    this one next to another name: two benchmarks' scores exchanged, one model's token count written as
    the other's, a figure moved to the next benchmark of a list ("Terminal-Bench 2.0为48.2" when 48.2 is
    SkillsBench's). A figure the posts give next to no name, or a name they give no figure for, passes."""
    speaker_keys = frozenset(_key(part) for s in speakers for part in re.split(r"[\s_@]+", s) if len(_key(part)) > 1)
    one_rival = _one_rival(evidence)
    written = frozenset(key for key, _, _ in _labels(text.replace("**", ""), speaker_keys, one_rival))
    # a word in capitals labels a figure only if the answer writes it too: "8GB VRAM" is written 8GB显存
    bindings = _bindings(evidence, speaker_keys, one_rival)
    bound = [(b.q, b.label if b.label is not None and (b.named or _overlap({b.label}, written)) else None)
             for b in bindings]  # fmt: skip
    wrong = []
    for sentence in split_sentences(_LINKISH.sub(" ", text.replace("**", ""))):
        if _RESPECTIVELY.search(sentence):
            continue  # names and figures paired by order, not by nearness
        for clause in _WRITTEN_CELL.split(sentence):
            labels = _labels(clause, speaker_keys, one_rival)
            for claim in extract_numbers(clause):
                if claim.kind in _NO_SUBJECT or claim.kind in _DATE or _year(clause, claim):
                    continue  # an order of magnitude (千亿参数), a period, a date or a year is no figure of one subject
                label = _nearest(labels, claim.start, claim.end)
                if label is None or _in_name(clause, claim, labels) or _SIZE.fullmatch(claim.text):
                    continue
                if _COMPOUND.match(clause, claim.end):
                    continue  # "1-bit版": the figure names a variant, as a version does
                own = [q for q, lab in bound if lab is not None and _overlap({lab}, {label})]
                homes = [lab for q, lab in bound if _supported(claim, [q])]
                # the figure's own name may stand elsewhere in the clause, even as what it is compared with
                named = {key for key, _, _ in labels} | {_key(t) for t in name_tokens(clause)}
                # a post sentence that opens on the written name gives its figures to it, whatever it names beside
                # them ("Qwen3.6-Plus ranks #1 ..., and the first model on OpenRouter to break 1 Trillion tokens":
                # OpenRouter is where, not whose), unless the clause names another name of that sentence too
                if any(b.opener is not None and b.opener != b.label and _overlap({b.opener}, {label})
                       and not _overlap(named - {label}, b.labels - {b.opener}) and _supported(claim, [b.q])
                       for b in bindings):
                    continue
                if own and homes and all(lab is not None and not _overlap({lab}, named) for lab in homes):
                    wrong.append(f"{claim.text} ({label}: the posts give it for {'/'.join(sorted(set(homes)))})")  # type: ignore[arg-type]
    return wrong


# --- figures bound to the words around them ----------------------------------------------------------

#: English words that tell no figure from another
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was",
    "were", "be", "it", "its", "this", "that", "these", "those", "we", "you", "they", "our", "your", "their", "up",
    "down", "over", "more", "less", "than", "vs", "per", "all", "get", "gets", "now", "just", "still", "also", "can",
    "will", "has", "have", "had", "not", "no", "but", "so", "if", "when", "while", "only", "about", "around",
})  # fmt: skip
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CJK_UNIT = re.compile(r"[万亿]*(?:美元|美金|人民币|港元|港币|日元|欧元|英镑|元)")


def _features(span: str, figures: Iterable[Quantity], speaker_keys: frozenset[str],
              one_rival: bool = False) -> frozenset[str]:
    """What tells the part of a sentence around a figure from the other parts: its Latin words (a
    name, a metric as the post spells it: "prefill", "EXPRESS-Bench"), its Chinese character pairs,
    the metrics it names (`data/metrics.toml`, either language) and the other figures beside it
    ("$300-999 → 25%": 300 and 999 are the words of 25%)."""
    out = set()
    # the one thing the posts compare with ("than UMA", "比UMA") tells no part of them from another (`_labels`)
    rivals = _compared(span) if one_rival else set()
    for m in _LATIN_WORD.finditer(span):
        key = _key(m.group(0))
        if len(key) < 2 or key in _FUNCTION_WORDS or _speaks({key}, speaker_keys) or m.start() in rivals:
            continue
        out.add("w:" + (key[:-1] if len(key) > 3 and key.endswith("s") and key[-2].isalpha() else key))
    # a currency and its magnitude (亿美元, 万美金) are the figure's unit, which tells no part from another
    for run in _CJK_RUN.findall(_CJK_UNIT.sub(" ", span)):
        out |= {"c:" + run[i : i + 2] for i in range(len(run) - 1)}
    bare = _unmetric(span)
    out |= {"m:" + name for name, written, evidence in _METRICS if written.search(bare) or evidence.search(bare)}
    out |= {f"n:{q.value:.6g}" for q in figures if any(c.isdigit() for c in q.text) and q.kind not in ("month", "day")}
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class _Cell:
    """One part of a post sentence (`_CELL`) that gives figures, with what tells it from the others."""

    post: int
    figures: tuple[Quantity, ...]
    own: frozenset[str]  #: its own words
    features: frozenset[str]  #: its own words and the names of what its sentence and post are about
    names: frozenset[str] = frozenset()  #: its own words that are names (FLOP, SkillsBench), not plain words


def _major_names(span: str, speaker_keys: frozenset[str]) -> frozenset[str]:
    """The names of `span` a figure can belong to: not a speaker, not a short abbreviation (YoY)."""
    return frozenset(
        "w:" + key for t in name_tokens(span) for key in [_key(t)] if key and not _minor(key, t)
        and not _speaks({key}, speaker_keys)
    )  # fmt: skip


def _cells(evidence: Sequence[str], speaker_keys: frozenset[str], one_rival: bool = False) -> list[_Cell]:
    """The parts of the posts' sentences that give figures. Each part shares the names its sentence
    gives before its first figure ("Nova 5 scores 53.8% and has a 57.6% pass rate": the 57.6% is Nova
    5's too), and a part that names nothing the names of its post's first named sentence (what the post
    is about: "$4B in run rate" in a post on Cursor)."""
    cells = []
    for i, ev in enumerate(evidence):
        topic: frozenset[str] = frozenset()
        for sentence in split_sentences(_LINKISH.sub(" ", ev)):
            labels = _labels(sentence, speaker_keys)
            numbers = [q for q in _evidence_numbers(sentence) if q.end > q.start and not _in_name(sentence, q, labels)]
            first = min((q.start for q in numbers), default=len(sentence))
            subject = _major_names(sentence[:first], speaker_keys)
            cuts = [0, *(m.end() for m in _CELL.finditer(sentence)), len(sentence)]
            for lo, hi in itertools.pairwise(cuts):
                span = sentence[lo:hi]
                names = _major_names(span, speaker_keys)
                topic = topic or names
                figures = tuple(q for q in numbers if lo <= q.start < hi)
                if figures:
                    own = _features(span, figures, speaker_keys, one_rival)
                    tags = frozenset("w:" + k for k in map(_key, name_tokens(span)) if k) & own
                    cells.append(_Cell(i, figures, own, own | subject | (frozenset() if names else topic), tags))
    return cells


def _rivalry(q: Quantity) -> str:
    """What a figure competes with for a place in a sentence: a ratio (%, points, x) with ratios, an amount
    of money with money; "" for other figures (counts, sizes, dates), which `crossed` leaves alone."""
    return "ratio" if q.kind in ("%", "pp", "x") else "money" if q.currency and not q.kind else ""


#: what parts the items of a list in a written clause ("Super（$100）和Ultra（$200）", "A为5美元、B为30美元")
_ITEM_SEP = re.compile(r"[、/]|和|与|及|以及|或|\s(?:and|or|&)\s")


def _own_item(clause: str, claim: Quantity, others: Sequence[Quantity]) -> tuple[int, int]:
    """The part of a written clause that is the claim's own item, when the clause lists several figures of its
    kind: from the last list separator after the figure before it to the first one before the figure after it
    ("Super（$100）" of "Super（$100）和Ultra（$200）"); the whole clause when no separator parts them."""
    before = [q.end for q in others if q.end <= claim.start]
    after = [q.start for q in others if q.start >= claim.end]
    lo, hi = 0, len(clause)
    if before:
        seps = [m.end() for m in _ITEM_SEP.finditer(clause, max(before), claim.start)]
        lo = seps[-1] if seps else 0
    if after:
        m = _ITEM_SEP.search(clause, claim.end, min(after))
        hi = m.start() if m else len(clause)
    return lo, hi


def crossed(text: str, evidence: Sequence[str], speakers: Sequence[str] = ()) -> list[str]:
    """Ratios and amounts of `text` written in the words of another part of a post than the one that gives
    them, where that part gives another ratio or amount: "EXPRESS-Bench提升77%" where the post says
    "EXPRESS-Bench提升15.4%，导航步数减少了77%", "prefill快约5倍" for "~40% faster prefill, ~5x more decode KV
    capacity", "300至999美元得30%" for "$300–$999 → +25%, $1,000+ → +30%".

    A written clause's figure fails when its clause shares with such a part a figure, a name or two words
    that its own parts do not have (not counting the other part's rival figure), and none of the words that tell its
    own parts from that part: a clause that says nothing of either part, or something of both, passes."""
    speaker_keys = frozenset(_key(part) for s in speakers for part in re.split(r"[\s_@]+", s) if len(_key(part)) > 1)
    one_rival = _one_rival(evidence)
    cells = _cells(evidence, speaker_keys, one_rival)
    wrong = []
    for sentence in split_sentences(_LINKISH.sub(" ", text.replace("**", ""))):
        if _RESPECTIVELY.search(sentence):
            continue  # names and figures paired by order, not by nearness
        for clause in _WRITTEN_CELL.split(sentence):
            claims = [c for c in extract_numbers(clause) if c.kind not in ("month", "day", *_NO_SUBJECT)]
            for claim in claims:
                rivalry = _rivalry(claim)
                if not rivalry:
                    continue
                lo, hi = _own_item(clause, claim, [q for q in claims if q is not claim and _rivalry(q) == rivalry])
                words = _features(clause[lo:hi], [q for q in claims if q is not claim and lo <= q.start < hi],
                                  speaker_keys, one_rival)
                homes = [cell for cell in cells if _supported(claim, cell.figures)]
                if not homes or not words:
                    continue
                home_words = frozenset().union(*(h.features for h in homes))
                posts = {h.post for h in homes}
                for rival in cells:
                    if rival.post not in posts or _supported(claim, rival.figures):
                        continue
                    rivals = [q for q in rival.figures if _rivalry(q) == rivalry]
                    if not rivals:
                        continue
                    theirs = words & (rival.features - home_words - {f"n:{q.value:.6g}" for q in rivals})
                    # one plain word in common ("token") is chance; a name, a figure beside it or two words of the
                    # rival part's own are not; the names its sentence opens with ("Google与TeraWulf，AWS与Cipher
                    # Mining的合作：前者...18亿") stand for any part of it, so they count as one word at most; a
                    # figure written beside the claim that its own part gives too, or a name its own part or
                    # sentence gives and the rival's does not, binds it there
                    own = theirs & rival.own
                    tied = len(own) + bool(theirs - own) > 1 or any(f.startswith("n:") or f in rival.names for f in own)
                    if tied and not any(
                        words & ({f for f in h.features - rival.features if f in h.own or f.startswith("w:")}
                                 | {f for f in h.own if f.startswith("n:")})
                        for h in homes
                    ):
                        shown = ", ".join(sorted(f.split(":", 1)[1] for f in theirs))
                        wrong.append(f"{claim.text} (written with {shown}: the posts give {rivals[0].text} there)")
                        break
    return wrong
