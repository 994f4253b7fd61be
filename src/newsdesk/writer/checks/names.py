"""Names: every Latin-script name and every known Chinese rendering a written item uses is in its posts.

The word lists (terms that are no names, ordinary sentence openers) and the accepted Chinese
renderings (谷歌 = Google, A社 = Anthropic, 黄仁勋 = Jensen Huang) are data:
`writer/data/words.toml` and `writer/data/renderings.toml`, one commented entry per rendering.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsdesk.model import Check
from newsdesk.textfacts import lexicon
from newsdesk.writer.text import has_cjk

__all__ = ["GENERIC_TERMS", "ZH_ENTITIES", "check_names", "name_tokens", "org_names"]

_DATA = "newsdesk.writer"

#: Latin words a Chinese summary may use without the source spelling them out
GENERIC_TERMS = frozenset(lexicon.terms("words", "generic", _DATA))
#: English words that start sentences; capitalised there, they are not names even before one ("The OpenAI ...")
_SENTENCE_STARTERS = frozenset(lexicon.terms("words", "sentence_starters", _DATA))
#: ordinary English words a sentence may start with; any other capitalised word there is read as a name
_COMMON_WORDS = _SENTENCE_STARTERS | frozenset(lexicon.terms("words", "common", _DATA))


def _common_word(low: str) -> bool:
    """`low` or a crude stem of it (plural, past, -ing, -ly) is an ordinary English word."""
    stems = {
        low,
        low.removesuffix("s"),
        low.removesuffix("es"),
        low.removesuffix("ed"),
        low.removesuffix("d"),
        low.removesuffix("ing"),
        low.removesuffix("ing") + "e",
        low.removesuffix("ly"),
    }
    return bool(stems & _COMMON_WORDS)


_NAME_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-_.+'’][A-Za-z0-9]+)*\+*")
_KEY_PART = re.compile(r"[a-z0-9]+(?:(?<=[0-9])\.(?=[0-9])[0-9]+)*")
#: what ends a sentence (or a clause a capitalised word may open); see `_at_sentence_start`
_SENTENCE_BREAKS = frozenset('.!?。！？；;:：\n"“')


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a sentence: only whitespace between it and the text's start or a break.

    Read backwards from `pos`, so it costs the whitespace, not the text before it: a regex searched on
    `text[:pos]` for every token made a long post quadratic (a 60 KB post took 20 s, 300 KB minutes)."""
    i = pos
    while i > 0:
        char = text[i - 1]
        if char in _SENTENCE_BREAKS:  # before the whitespace test: a newline is both
            return True
        if not char.isspace():
            return False
        i -= 1
    return True


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
        m.group(0) for m in matches if m.group(0)[0].isupper() and not _at_sentence_start(text, m.start())
    }
    groups: list[list[tuple[str, bool]]] = []
    prev_end = -2
    for m in matches:
        token = re.sub(r"['’]s$", "", m.group(0))
        low = token.lower()
        relevant = len(token) >= 2 and low not in GENERIC_TERMS and low.rstrip("s") not in GENERIC_TERMS
        if relevant and not zh:
            followed_by_name = bool(re.match(r" (?:[A-Z]|\d)", text[m.end() :]))
            at_start = _at_sentence_start(text, m.start())
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
#: instead (`writer/data/renderings.toml`): a Chinese summary that says 谷歌 needs 谷歌 or Google in
#: the cited posts.
ZH_ENTITIES: Mapping[str, tuple[str, ...]] = {
    e["name"]: tuple(e["latin"])
    for e in lexicon.entries("renderings", "rendering", {"name": str, "latin": (list, str)}, _DATA)
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
        # another rendering of the same name: 摩根士丹利 for a post's 大摩 (both Morgan Stanley)
        if any(other in joined for other in _ALIASES.get(name, ())):
            continue
        missing.append(name)
    return missing


#: the other renderings of the same Latin names, by rendering (大摩 and 摩根士丹利): the same spellings, so the same
#: company, not a company and its brand (腾讯 is no 混元)
_ALIASES: Mapping[str, tuple[str, ...]] = {
    name: tuple(o for o, ls in ZH_ENTITIES.items() if o != name and {_key(x) for x in ls} == {_key(x) for x in latin})
    for name, latin in ZH_ENTITIES.items()
}


#: words that end a Chinese organisation's name (蓝鲸科技, 某某实验室): the name before them must be in the posts
#: (资本 of 资本支出, 资本开支 is capital spending, no firm)
_ORG_SUFFIX = re.compile(
    r"科技|公司|集团|实验室|研究院|研究所|基金会|资本(?!支出|开支|投入|市场|回报|运作|密集|化)|大学|学院|工作室"
)
#: what stands before such a word without being a name: function words end the look-back
_ORG_STOP_CHARS = set("的了是在与和及由被向对从让将把称据为该这那此其各每一家等已也都并且而或给以但获")
_ORG_NOT_NAMES = frozenset(lexicon.terms("words", "not_org_names", _DATA))
#: a field or kind of business written alone before an organisation word ("防空公司", "新兴公司"): a description
_ORG_FIELDS = frozenset(lexicon.terms("words", "org_fields", _DATA))
#: a time before an organisation word is when, not who: "去年底公司与OpenAI签约", "今年初实验室", "3月份公司"
_TIME_HEAD = re.compile(r"(?:[年月]|[年月][底初末中份]|季度|半年|[今昨明]天|当时|[此之]前|之后|目前|近期|日前)$")
#: how many, not which: "会有更多公司", "其他多数实验室", "一些研究所" count organisations and name none
_ORG_QUANTIFIER_ENDS = frozenset("多数些他少")


#: verbs that stand before an organisation word without being part of its name ("创办公益公司", "见证公司从25人
#:发展", "收购一家公司"): the look-back stops after them
_ORG_VERBS = re.compile("|".join(map(re.escape, sorted(lexicon.terms("words", "org_verbs", _DATA), key=len,
                                                        reverse=True))) or "(?!)")


def org_names(text: str) -> list[str]:
    """Chinese organisation names of `text` ("蓝鲸科技"): the 2-4 Chinese characters before an
    organisation word, after the last function word or verb, when they are not an ordinary description."""
    out = []
    for m in _ORG_SUFFIX.finditer(text):
        i = m.start()
        while i > max(0, m.start() - 4) and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _ORG_STOP_CHARS:
            i -= 1
        head = text[i : m.start()]
        verbs = list(_ORG_VERBS.finditer(head))
        if verbs:
            head = head[verbs[-1].end() :]
        if (
            len(head) < 2
            or _TIME_HEAD.search(head)
            or head in _ORG_NOT_NAMES
            or head in _ORG_FIELDS
            or head[-2:] in _ORG_NOT_NAMES
            or head[-1] in _ORG_QUANTIFIER_ENDS
            or _ORG_SUFFIX.search(head)
        ):
            continue
        out.append(head + m.group(0))
    return out


def _actors_missing(text: str, evidence: Sequence[str]) -> list[str]:
    """Chinese organisation names the posts do not give and that are no accepted rendering."""
    joined = "\n".join(evidence)
    missing = []
    for name in org_names(text):
        head = _ORG_SUFFIX.sub("", name)
        if head in joined or any(key in name or head in key for key in ZH_ENTITIES) or _described(head, joined):
            continue
        missing.append(name)
    return missing


def _described(head: str, joined: str) -> bool:
    """`head` is a name the posts give and a word that describes its organisation ("林俊旸新公司": the new
    company of 林俊旸, "OpenAI旗下实验室"): the organisation is described by whose it is, not named."""
    return any(
        len(head[:k]) >= 2 and head[:k] in joined and (head[k:] in _ORG_NOT_NAMES or head[k:] in _ORG_FIELDS)
        for k in range(len(head) - 1, 1, -1)
    )


#: who speaks at the head of a clause in Chinese ("梁文锋宣布", "据老熊介绍"): a person or body named in Chinese
_SPEAKER = re.compile(
    r"(?:^|(?<=[。！？；;，,：:\n]))\s*据?(?P<who>[\u4e00-\u9fff]{2,5})"
    r"(?=宣布|表示(?!为)|称(?!为|号|作)|指出|透露|介绍|认为|说(?!明|法)|坦言|强调|证实|回应|转述|撰文|发文|解释|预计|估计)"
)
#: words that speak without naming anyone: pronouns, "the team", "the paper", "officials", roles ("the guest")
_NO_ONE = re.compile(
    r"^(?:他|她|它|该|其|这|此|那|并|也|还|未|不|没|无|非|同时|随后|此外|另外|目前|官方|团队|公司|作者|论文|研究|报告|文章|博主|开发者|用户|"
    r"网友|分析|媒体|消息|项目|帖子|推文|原帖|数据|结果|实验|测试|评测|博文|官网|社区|创始人|负责人|发言人|工程师|专家|双方|对方|"
    r"业内|外界|市场|投资者|人们|大家|我们|有人|不少|许多|多位|一位|两位|有关|相关|内部|外部|整体|最终|最后|首先|其次|然后|接着|"
    r"嘉宾|主持人|记者|编辑|读者|观众|听众|受访者|讲者|演讲者|分析师|研究者|研究人员|科学家|律师|法官|监管者|官员|"
    # what is (not) disclosed, before 透露, 公布: "价格不予透露", "金额未透露", "具体条款未公布" name no one
    r"价格|售价|金额|细节|条款|估值|具体|交易)"
)


#: grammatical characters that open a clause without being part of a name ("但他认为", "据其介绍", "但据称", "而该公司
#:表示"): stripped from a speaker's head before it is judged, so what is left is the name, if any
_LEADING_FUNCTION = re.compile(r"^[但据获而并由被向对与及从在把让且又还也则即虽因故]+")
#: generic nouns that end a description of a source, not a name ("节目标题称", "路透社报道称", "官方博客指出"):
#: stripped from a speaker's tail, so "节目标题" names no one and "路透社报道" is judged as 路透社
_GENERIC_TAIL = re.compile(
    r"(?:标题|节目|文章|报道|帖子|推文|博客|博文|论文|报告|公告|声明|新闻|消息|页面|文档|邮件|采访|访谈|视频|播客|原文|"
    r"官网|网站|数据|研究|调查|分析)+$"
)


def _speakers_missing(text: str, evidence: Sequence[str]) -> list[str]:
    """Chinese names of who speaks ("梁文锋宣布") that the posts, their authors and roles never give and that
    are no accepted rendering: a quote or an announcement credited to someone the posts do not name. A
    transliteration (哈里森·蔡斯) is left to the renderings; a pronoun or a body (官方表示, 团队介绍) names no one."""
    joined = "\n".join(evidence)
    missing = []
    for m in _SPEAKER.finditer(text.replace("**", "")):
        who = re.sub(r"[还也则又更再亦均都并曾已]+$", "", m.group("who"))
        # a negation before the verb ("李开复未透露") and a question word ("以及他为何认为": and why he thinks) are no
        # part of the name before them, nor "以及" (and) after it
        who = re.sub(r"(?:为何|为什么|如何|怎样|怎么|是否)?(?:不予|尚未|并未|暂未|暂不|没有|未|不|没)?$", "", who)
        who = _GENERIC_TAIL.sub("", _LEADING_FUNCTION.sub("", who.removeprefix("以及")))
        # a possessive phrase ("用他的话说", "按公司的说法称") is no one's name: names do not hold 的
        if len(who) < 2 or "的" in who or _NO_ONE.match(who) or any(key in who or who in key for key in ZH_ENTITIES):
            continue
        # the span may run on past the name into a verb ("马天翼总结称"): a name the posts give starting it speaks
        if any(who[:k] in joined for k in range(len(who), 1, -1)):
            continue
        missing.append(who)
    return missing


#: titles a summary may give a person, each with the words a post or a source's role says it with: a
#: title the evidence (the cited posts and their authors' roles) does not give is a claim the posts do not make
_TITLES: Mapping[str, str] = {
    "联合创始人": r"co-?founder|联合创始人",
    "创始人": r"founder|found(?:ed|ing)|创始人|创办|创立",
    "创始成员": r"founding|创始成员",
    "首席执行官": r"\bceo\b|chief executive|首席执行官",
    "首席技术官": r"\bcto\b|chief technology|首席技术官",
    "首席科学家": r"chief scientist|首席科学家",
    "总裁": r"president|总裁",
    "负责人": r"\blead|\bhead\b|负责人",
    "总监": r"director|总监",
    "教授": r"professor|\bprof\b|教授",
    "CEO": r"\bceo\b|chief executive|首席执行官",
    "CTO": r"\bcto\b|chief technology|首席技术官",
    "COO": r"\bcoo\b|chief operating",
    "CFO": r"\bcfo\b|chief financial",
    "CPO": r"\bcpo\b|chief product",
    "CSO": r"\bcso\b|chief scien|chief strategy",
    "President": r"president|总裁",
    "Founder": r"founder|创始人",
    "Co-founder": r"co-?founder|联合创始人",
    "Chief Scientist": r"chief scientist|首席科学家",
}
_TITLE = re.compile(
    "|".join(
        rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])" if t.isascii() else re.escape(t)
        for t in sorted(_TITLES, key=len, reverse=True)
    ),
    re.IGNORECASE,
)


#: the titles' evidence patterns with Latin-letter edges for `\b`: Chinese text writes "双方CEO黄仁勋" with no
#: space, and `\b` sees no edge between two word characters (方 and C)
_TITLE_EVIDENCE: Mapping[str, re.Pattern[str]] = {
    key: re.compile(re.sub(r"(?<=[a-z])\\b", "(?![A-Za-z])", re.sub(r"\\b(?=[a-z])", "(?<![A-Za-z])", pattern)),
                    re.IGNORECASE)
    for key, pattern in _TITLES.items()
}


def _titles_missing(text: str, evidence: Sequence[str]) -> list[str]:
    """Titles ("CTO", "创始人") that neither the cited posts nor their authors' roles give anyone."""
    joined = "\n".join(evidence)
    missing = []
    for m in _TITLE.finditer(text):
        key = next(t for t in _TITLES if t.lower() == m.group(0).lower())
        if not _TITLE_EVIDENCE[key].search(joined):
            missing.append(m.group(0))
    return missing


_VERSIONED = re.compile(r"(?P<family>[A-Za-z][A-Za-z-]*?)-?(?P<version>\d+(?:\.\d+)+|\d+)")


def _version_shorthand(token: str, index: _NameIndex, joined: str) -> bool:
    """ "GPT-5.4" for a post that says "5.4" next to GPT-5.5: the family is named, the version stands alone."""
    m = _VERSIONED.fullmatch(token)
    if not m or not index.contains(_key(m.group("family"))):
        return False
    return re.search(r"(?<![\w.-])v?" + re.escape(m.group("version")) + r"(?![\d]|\.\d)", joined) is not None


#: a unit of measure written after a Chinese numeral or magnitude ("数百PB", "三个GPU", "几十ms"): the figure's,
#: no name (after digits it is already part of the figure's token)
_UNIT_AFTER_NUMERAL = re.compile(
    r"[零〇一二两三四五六七八九十百千万亿]\s?(?:[KMGTPE]B|[kMGT]W|[KMGT]?Hz|ms|FPS|fps|[TPG]?FLOPs?)(?![A-Za-z])"
)


#: a unit of compute or speed right after a figure in digits ("1 PFLOPS", "1648 TFLOPs", "30 tok/s"): the figure's
#: unit, which the numbers check compares as a measure (1 PFLOPS is 1 petaflop, never 1 TFLOP), no name
_UNIT_AFTER_DIGITS = re.compile(r"(?<=\d)\s?(?:[KMGTPE]?FLOP/?[Ss]?|[KMGTPE]?flops?|tok/s|tokens?/s)(?![A-Za-z])")


def check_names(text: str, evidence: Sequence[str], story_evidence: Sequence[str] = ()) -> Check:
    """Every Latin name/model/product token of `text` occurs in the evidence (any case, spacing, hyphens).

    A multi-word name is first looked up whole ("Hugging Face" matches
    "HuggingFace"), then word by word ("Face" alone need not be a word there).
    Well-known Chinese names (`ZH_ENTITIES`: 谷歌, 月之暗面, 黄仁勋 ...) must occur
    in Chinese or in one of their Latin spellings; any other Chinese organisation
    name (蓝鲸科技, 某某实验室) must be written in the posts.

    Faithful variants pass: a version named by its shorthand next to its family ("GPT-5.4" for a
    post's "5.4" beside GPT-5.5), and a family prefix the story's other posts use before a name
    the cited ones give ("Claude Opus 5" for "Opus 5"; `story_evidence`: all the story's posts).
    """
    index = _NameIndex.build(evidence)
    # a Latin name the posts give as an accepted Chinese rendering: "A社（Anthropic）" for a post's "A社"
    folded = "\n".join(evidence).replace(" ", "")
    rendered = {_key(latin) for name, spellings in ZH_ENTITIES.items() if name in folded for latin in spellings}
    joined = "\n".join(evidence)
    story_index = _NameIndex.build(story_evidence) if story_evidence else index
    checked: list[str] = []
    missing: list[str] = (
        _zh_entities_missing(text, evidence, index)
        + _actors_missing(text, evidence)
        + _speakers_missing(text, evidence)
        + _titles_missing(text, evidence)
    )
    plain = _UNIT_AFTER_DIGITS.sub(" ", _UNIT_AFTER_NUMERAL.sub(lambda m: m.group(0)[0] + " ", text.replace("**", "")))
    for group in _name_groups(plain):
        names = [t for t, relevant in group if relevant]
        if not names:
            continue
        checked.extend(names)
        if len(group) > 1 and index.contains(_key("".join(t for t, _ in group))):
            continue
        found = [
            index.contains(_key(t)) or _key(t) in rendered or _version_shorthand(t, index, joined)
            # "v0.14" for the post's "v0.14.0": the same version, its trailing .0 left off
            or (bool(re.search(r"\d$", t)) and index.contains(_key(t) + ".0"))
            for t in names
        ]
        if any(found):  # the rest of the name may be the family the story uses: "Claude" of "Claude Opus 5"
            found = [f or (i == 0 and story_index.contains(_key(names[0]))) for i, f in enumerate(found)]
        missing.extend(t for t, f in zip(names, found, strict=True) if not f)
    if missing:
        return Check("names", False, "not in the cited posts: " + ", ".join(dict.fromkeys(missing)))
    return Check("names", True, f"{len(set(checked))} name(s) found in the cited posts")
