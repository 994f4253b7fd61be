"""The offline writer: headline and summary taken from the story's own posts, in their language.

    posts ─clean─▶ sentences ─pick─▶ headline + 2-4 sentences ─bold key facts─▶ Item (+ checks)

Nothing is invented: every sentence is the source's (cleaned of links, handles,
hashtags, emoji and markup), the only additions are sentence-final punctuation
and `**` around 1-3 key facts (numbers with their units, model and product
names). So the result passes `checks.run_checks` by construction; the checks
are still run and recorded on the Item, which is how a regression would show.

In a Chinese edition a story led by a post in another language gets a Chinese
headline when `headline_zh` can fill one of its fixed templates from the lead's
own facts ("Nimbus AI推出Nimbus-4 Pro", "Tallyhawk完成1.2亿美元B轮融资"); the
summary stays in the source's words, because translating it would be the
unchecked rewriting this writer exists to avoid.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsdesk.config import DEFAULT_CATEGORIES
from newsdesk.errors import InputError
from newsdesk.model import Item, Post, Story
from newsdesk.textfacts.entities import extract_entities
from newsdesk.writer.checks import (
    _NAME_TOKEN,
    _common_word,
    delimiter_ok,
    extract_numbers,
    instruction_like,
    name_tokens,
    run_checks,
)
from newsdesk.writer.headline_zh import chinese_headline
from newsdesk.writer.text import (
    HEADLINE_WIDTH,
    add_terminal,
    cjk_ratio,
    clean_text,
    count_sentences,
    has_cjk,
    join_sentences,
    split_sentences,
    text_width,
    trim_to_width,
)

WRITER_NAME = "extractive"
MAX_SENTENCES = 4
SUMMARY_WIDTH = 420  #: columns the summary aims at: ~210 Chinese or ~420 Latin characters
SENTENCE_WIDTH = 280  #: a longer sentence is cut at a clause boundary and marked with …
MAX_BOLD = 3

# Lines of article pages that are bylines, dates and credits, not content (量子位, 雷峰网, 36氪 ...).
_BOILERPLATE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|来源[:：].*|作者\s*[丨|｜:：].*|编辑\s*[丨|｜:：].*"
    r"|.*发自\s*凹非寺|量子位\s*[|｜]\s*公众号.*|量子位的朋友们|.*公众号\s*QbitAI|转载来源[:：].*|本文为.*转载.*"
    r"|摘要[:：]?|导语|前言|图片来源.*|题图.*|Photo:.*|Image:.*|Share this.*)$",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(r"^(?:导语|摘要|编者按|Abstract)\s*[:：]\s*")
_ARXIV = re.compile(r"^arXiv:\S+\s+Announce Type:\s*\S+\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    post_id: str


def _is_zh(post: Post) -> bool:
    sample = (post.title + " " + post.text)[:600]
    return post.lang == "zh" or cjk_ratio(sample) > 0.3


#: X counts a CJK character twice toward its 280; a text this wide that stops mid-word was cut there
_X_CUT_WIDTH = 230


def _without_trailing_links(text: str) -> str:
    """`text` without the links (and whitespace) it ends with, a link glued to a word included ("see:https://…").

    Token by token from the end, as `re.sub(r"\\s*(?:https?://\\S+\\s*)+$", "", text).rstrip()` would, which
    was tried at every whitespace character and so was quadratic in a long run of them."""
    text = text.rstrip()
    while text:
        parts = text.rsplit(None, 1)
        last = parts[-1]
        at = min((i for i in (last.find("http://"), last.find("https://")) if i >= 0), default=-1)
        if at < 0:
            break
        if at > 0:
            return (text[: len(text) - len(last) + at]).rstrip()
        text = parts[0].rstrip() if len(parts) == 2 else ""
    return text


def _truncated(post: Post) -> bool:
    """x-kit keeps the legacy ~280-character text, cut with a single …, just before the media link,
    or just at the limit, mid-clause ("它把 Claude Agent SDK 和 claude -p")."""
    text = _without_trailing_links(post.text)
    if text.endswith("…") and not text.endswith("……"):
        return True
    if post.platform != "x" or not text[-1:].isalnum():
        return False
    cut_before_link = text != post.text.rstrip() and text_width(text) >= 240
    return cut_before_link or text_width(text) >= _X_CUT_WIDTH


def _usable(sentence: str) -> bool:
    alnum = sum(1 for c in sentence if c.isalnum())
    # "Weights:" or "Paper:" left over from a line whose link was removed says nothing
    one_word = sentence.isascii() and len(sentence.split()) < 2
    return alnum >= 4 and not one_word and not instruction_like(sentence)


def _cap(sentence: str) -> str:
    if text_width(sentence) <= SENTENCE_WIDTH:
        return sentence
    return trim_to_width(sentence, SENTENCE_WIDTH - 20) + "…"


def _body_sentences(post: Post) -> list[str]:
    """The post's content as sentences: social text whole; articles without bylines; podcasts none."""
    if post.platform == "podcast":
        # a transcript head is chatter ("Welcome back to the ..."); the title says what the episode is
        summary = (post.raw or {}).get("summary") or ""
        return [s for s in split_sentences(clean_text(str(summary))) if _usable(s)][:2]
    text = clean_text(post.text)
    title = clean_text(post.title).replace("\n", " ").strip()
    if title and text.startswith(title):
        text = text[len(title) :].lstrip(" :：.-—\n")
    text = _ARXIV.sub("", text)
    lines = []
    for line in text.splitlines():
        line = _LEAD_IN.sub("", line).strip()
        if post.title and (not line or _BOILERPLATE.match(line) or line == title):
            continue
        lines.append(line)
    sentences = [_cap(s) for s in split_sentences("\n".join(lines))]
    if post.title:
        # articles: a line shorter than this with no punctuation is a byline or caption
        sentences = [s for s in sentences if text_width(s) >= 16 or s[-1:] in "。.!?！？"]
    if _truncated(post) and sentences and not sentences[-1].endswith(tuple("。.!?！？")):
        # the cut sentence: dropped when two whole ones remain, else kept and marked as cut
        last = sentences.pop()
        if len(sentences) < 2 and _usable(last):
            sentences.append(last.rstrip(" ,，;；:：、-—–…") + "…")
    out: list[str] = []
    for s in sentences:
        if _usable(s) and s not in out:
            out.append(s)
    return out


def _plain_headline(text: str) -> str:
    text = text.replace("[", "(").replace("]", ")").replace("*", "")
    text = re.sub(r"\s+", " ", text).strip()
    return trim_to_width(text, HEADLINE_WIDTH)


# "Big day:", "New:", "BREAKING:", "【快讯】": a label before the news, not the news
_LABEL = re.compile(r"^(?P<label>[^:：]{1,24})[:：]\s*(?P<rest>\S.*)$")
_BRACKET_LABEL = re.compile(r"^【[^】]{1,8}】\s*(?P<rest>\S.*)$")


def _is_label(label: str) -> bool:
    """A short lead-in with no figure and no name: "Big day", "New paper", "Breaking", "重磅"."""
    words = label.split()
    return (
        0 < len(words) <= 3
        and text_width(label) <= 16
        and not any(c.isdigit() for c in label)
        and not name_tokens(label.title() if label.isupper() else label)
    )


def _headline_from(sentence: str) -> str:
    """A headline from one source sentence, never cut mid-thought when a shorter honest one exists.

    The whole sentence when it fits; else without a lead-in label ("Big day: ..."); else the
    part before a colon when that names the news ("Lumen-7B is out: a 7B ..."); else the
    sentence cut at a clause or word boundary (never after "with", "under" or a bare number).
    """
    text = re.sub(r"\s+", " ", sentence).strip().rstrip("。.；;，,")
    if text_width(text) <= HEADLINE_WIDTH:
        return _plain_headline(text)
    bracket = _BRACKET_LABEL.match(text)
    if bracket:
        text = bracket.group("rest")
    m = _LABEL.match(text)
    if m and _is_label(m.group("label").strip()):
        rest = m.group("rest")
        text = rest[0].upper() + rest[1:] if rest[:1].islower() and rest[:1].isascii() else rest
        m = _LABEL.match(text)
    if text_width(text) <= HEADLINE_WIDTH:
        return _plain_headline(text)
    label = m.group("label").strip() if m else ""
    # "Lumen-7B is out: ..." names the news; a lone source name ("TheInformation：...") does not
    if m and text_width(label) >= 12 and name_tokens(label) and (len(label.split()) > 1 or has_cjk(label)):
        return _plain_headline(label)
    if m and len(label.split()) == 1 and not has_cjk(label) and has_cjk(m.group("rest")):
        # a Latin source name heading Chinese text ("TheInformation：苹果为何..."); in English
        # text the word before the colon is the product ("Monty: the ultrafast Python interpreter")
        text = m.group("rest")
    cut = _plain_headline(text)
    rest = text[len(cut) :].lstrip()
    if cut and text.startswith(cut) and rest and rest[0] not in "，,；;：:(（—–-。.!！?？":
        # cut inside a clause: say so rather than pass a fragment off as the whole claim
        cut = trim_to_width(cut, HEADLINE_WIDTH - 1) + "…"
    return cut


def _headline(lead: Post, bodies: Mapping[str, list[str]], order: Sequence[Post]) -> str:
    if lead.title.strip():
        title = _headline_from(clean_text(lead.title).replace("\n", " "))
        if title:
            return title
    for post in order:
        sentences = bodies[post.id]
        if sentences:
            headline = _headline_from(_headline_sentence(sentences))
            if headline:
                return headline
    return ""


def _chatty(sentence: str) -> bool:
    """An English question or lowercase opener: talk around the news, not the news ("which was your
    favorite launch?", "any time a model router company drops data, ...")."""
    s = sentence.strip()
    if has_cjk(s):  # a Chinese post's opening question usually is its topic ("为什么 token 消耗这么大？")
        return False
    first = s.split(" ", 1)[0]
    return s.endswith("?") or (first.isalpha() and first.islower())


def _headline_sentence(sentences: Sequence[str]) -> str:
    """The first sentence, unless it is chatty and one of the next two states a named fact plainly."""
    first = sentences[0]
    if not _chatty(first):
        return first
    for s in sentences[1:3]:
        if not _chatty(s) and (name_tokens(s) or extract_numbers(s)):
            return s
    return first


def _pick_sentences(order: Sequence[Post], bodies: Mapping[str, list[str]], zh: bool) -> list[_Sentence]:
    picked: list[_Sentence] = []
    seen: set[str] = set()
    width = 0
    for post in order:
        for s in bodies[post.id]:
            key = re.sub(r"\W+", "", s.lower())
            if key in seen:
                continue
            w = text_width(s)
            if len(picked) >= 2 and width + w > SUMMARY_WIDTH:
                break
            picked.append(_Sentence(add_terminal(s, zh), post.id))
            seen.add(key)
            width += w
            if len(picked) >= MAX_SENTENCES:
                return picked
        if len(picked) >= 2:
            break  # the lead said enough; later posts only fill in for a thin lead
    return picked


# --- bold -----------------------------------------------------------------------------------------

_CURRENCY_BEFORE = re.compile(r"(?:US\$|HK\$|\$|¥|￥|€|£)$")
_LATIN_UNIT = re.compile(r"^[A-Za-z]{1,4}(?![A-Za-z])")  # 14x, 16GB, 15yrs, 240fps
_POWER = re.compile(r"\^-?\d+")
_CURRENCY_AFTER = re.compile(r"^(?:美元|亿元|万元|元|港元|欧元|英镑|日元|人民币)")


#: Latin words a Chinese post capitalises that name no product, company or person: generic terms
#: and interjections ("新加了一个 Skill", "Woc，头大"). A bold on them marks no key fact.
_GENERIC_TEXT = """
    agent agents skill skills coding code model models prompt prompts token tokens vibe workflow app apps
    plugin plugins demo bug bugs feature features update updates thread woc wow lol omg hmm ok okay yes no
    hi hello thanks btw fyi imo tldr january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
"""
_GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())
_VERSION_AFTER = re.compile(r" ?v?\d+(?:\.\d+)+(?![\d%])| v?\d+(?= [A-Z][a-z])")  # "Opus 4.5", "Qwen 3 Coder"
_BARE_VERSION_AFTER = re.compile(r" v?\d{1,2}(?![\d.,%:/])")  # "Opus 5", not "Opus 5.5" (above) or "5%"
_CLAUSE_START = re.compile(r"(?:^|[.!?。！？:：；;\n]\s*|^\W+)$")


def _entity_ok(token: str, run_len: int, summary: str, start: int, known: frozenset[str] = frozenset()) -> bool:
    """Whether a lone name token is a named entity worth bolding, not a word that only looks like one.

    A plain capitalised word opening a clause ("Join", "Excited", "Trying", "Experience") is
    capitalised by its position, and no list of ordinary English words is ever complete, so
    there it counts as a name only when `known` (the lexicon's labs, products and aliases:
    "Codex", "Anthropic") has it, or the summary capitalises it elsewhere too.
    """
    if "'" in token or "’" in token:  # I'd, It's, We're: contractions, never names
        return False
    if run_len > 1 or any(c.isdigit() for c in token):
        return True
    if token.isupper():
        return len(token) >= 4  # CS, PR, AI, UI: too generic alone; OFMS, WWDC name something
    if token.lower() in _GENERIC_WORDS:
        return False
    inner_caps = any(c.isupper() for c in token[1:])
    if inner_caps or token.lower() in known:
        return True
    if _common_word(token.lower()):  # "The", "Research", "Data": an ordinary word, wherever it stands
        return False
    if _CLAUSE_START.search(summary[:start]):
        rest = summary[:start] + " " * len(token) + summary[start + len(token) :]
        return re.search(r"(?<![A-Za-z])" + re.escape(token) + r"(?![A-Za-z])", rest) is not None
    return True


def _candidates(summary: str) -> list[tuple[float, int, int]]:
    """(priority, start, end) of spans worth bolding: numbers with units first, then named entities."""
    out: list[tuple[float, int, int]] = []
    for q in extract_numbers(summary):
        if not any(c.isdigit() for c in q.text):
            continue  # a count in Chinese numerals ("十五年", "五类"): a bold "**十五**" marks half a phrase
        start, end = q.start, q.end
        if start > 0 and (
            summary[start - 1] in "-._/" or (summary[start - 1].isascii() and summary[start - 1].isalnum())
        ):
            continue  # part of a name ("Qwen3.5-27B"): bolded whole as a name, if at all
        while end > start and summary[end - 1].isspace():
            end -= 1
        before = _CURRENCY_BEFORE.search(summary[:start])
        if before:
            start = before.start()
        power = _POWER.match(summary, end)  # "10^26": the exponent is part of the number
        if power:
            end = power.end()
        after = _CURRENCY_AFTER.match(summary[end:]) or _LATIN_UNIT.match(summary[end:])
        if after:
            end += after.end()
        is_year = not q.percent and q.unit == 1 and 1900 <= q.value <= 2100 and q.value.is_integer()
        if is_year:
            continue
        big = q.percent or q.unit > 1 or q.value >= 1000 or bool(before) or bool(after)
        if not big and q.value < 10:
            continue
        out.append((3.0 if big else 2.0, start, end))
    names = set(name_tokens(summary))
    known = frozenset(e.lower() for e in extract_entities(summary))
    runs: list[list[tuple[int, int, str]]] = []
    for m in _NAME_TOKEN.finditer(summary):
        token = re.sub(r"['’]s$", "", m.group(0))
        if token not in names or not any(c.isupper() or c.isdigit() for c in token):
            continue
        if re.fullmatch(r"(?:\w\.)+\w?", token) or summary[m.start() - 1 : m.start()] == "@":  # U.S, @handle
            continue
        if "'" in token or "’" in token:
            continue
        if runs and summary[runs[-1][-1][1] : m.start()] == " " and len(runs[-1]) < 3:
            runs[-1].append((m.start(), m.start() + len(token), token))
        else:
            runs.append([(m.start(), m.start() + len(token), token)])
    for run in runs:
        start, end = run[0][0], run[-1][1]
        version = _VERSION_AFTER.match(summary, end)
        bare = _BARE_VERSION_AFTER.match(summary, end) if version is None else None
        if bare and any(ch.isdigit() for e in extract_entities(summary[start : bare.end()]) for ch in e):
            version = bare  # "Opus 5", "GPT 5": a one-number version belongs to a name the two make a model
        if len(run) == 1 and not version and not _entity_ok(run[0][2], 1, summary, start, known):
            continue
        if version:  # the version belongs to the name: "Step 3.5", "Qwen 3 Coder"
            end = version.end()
            follow = re.match(r" [A-Z][A-Za-z0-9]+", summary[end:])
            if follow and follow.group(0).strip() in names:
                end += follow.end()
        span = summary[start:end]
        has_digit = any(c.isdigit() for c in span)
        out.append((2.5 if has_digit else (1.5 if len(run) > 1 or not span.isupper() else 1.0), start, end))
    out.sort(key=lambda c: (-c[0], c[1]))
    return out


def embolden(summary: str) -> str:
    """Put `**` around 1-3 key facts of `summary`, only where CommonMark will render them as bold.

    Key facts are numbers with their units and named entities (products, models, organisations,
    people). A summary without any gets no bold at all: a bold opening clause would tell the
    reader it is the fact that matters when it is not.
    """
    chosen: list[tuple[int, int]] = []
    texts: set[str] = set()
    for _score, start, end in _candidates(summary):
        if len(chosen) >= MAX_BOLD:
            break
        span = summary[start:end]
        if span.lower() in texts or not span.strip():
            continue
        if any(start < e + 3 and s < end + 3 for s, e in chosen):  # overlapping or nearly touching (10^26)
            continue
        if not delimiter_ok(summary, start, end):
            continue
        chosen.append((start, end))
        texts.add(span.lower())
    out = summary
    for start, end in sorted(chosen, reverse=True):
        out = out[:start] + "**" + out[start:end] + "**" + out[end:]
    return out


# --- category -------------------------------------------------------------------------------------

#: keyword lists per category of the default taxonomy (and English names for the same ideas)
CATEGORY_KEYWORDS: Mapping[str, tuple[str, ...]] = {
    "投融资": (
        "融资",
        "估值",
        "领投",
        "跟投",
        "投资",
        "收购",
        "并购",
        "ipo",
        "上市",
        "募资",
        "轮",
        "raise",
        "raised",
        "funding",
        "series a",
        "series b",
        "series c",
        "seed round",
        "valuation",
        "acquire",
        "acquisition",
        "acquired",
        "invest",
        "investment",
        "investors",
    ),
    "政策监管": (
        "监管",
        "政策",
        "法规",
        "法案",
        "禁令",
        "出口管制",
        "合规",
        "政府",
        "诉讼",
        "法院",
        "国会",
        "白宫",
        "regulation",
        "regulator",
        "law",
        "bill",
        "policy",
        "ban",
        "export control",
        "government",
        "lawsuit",
        "court",
        "congress",
        "senate",
        "eu ai act",
        "compliance",
        "antitrust",
    ),
    "开源动态": (
        "开源",
        "open source",
        "open-source",
        "open weights",
        "open-weight",
        "github",
        "hugging face",
        "huggingface",
        "weights",
        "apache",
        "mit license",
        "checkpoint",
        "checkpoints",
        "repo",
        "仓库",
    ),
    "技术前沿": (
        "论文",
        "paper",
        "arxiv",
        "benchmark",
        "基准",
        "sota",
        "research",
        "研究",
        "训练",
        "training",
        "reasoning",
        "推理",
        "架构",
        "architecture",
        "强化学习",
        "reinforcement",
        "算法",
        "algorithm",
        "distillation",
        "蒸馏",
        "数据集",
        "dataset",
        "scaling",
        "模型",
    ),
    "行业动态": (
        "发布",
        "上线",
        "推出",
        "launch",
        "launched",
        "release",
        "released",
        "产品",
        "product",
        "公司",
        "company",
        "合作",
        "partnership",
        "营收",
        "revenue",
        "用户",
        "users",
        "customers",
        "招聘",
        "hiring",
        "available",
        "rolling out",
        "rolled out",
        "pricing",
        "价格",
    ),
    "观点评论": (
        "认为",
        "观点",
        "我觉得",
        "我认为",
        "看法",
        "评论",
        "为什么",
        "应该",
        "i think",
        "i believe",
        "opinion",
        "in my view",
        "we should",
        "why",
        "hot take",
        "thoughts",
        "lesson",
        "lessons",
    ),
}
_ALIASES = {
    "funding": "投融资",
    "investment": "投融资",
    "policy": "政策监管",
    "regulation": "政策监管",
    "open source": "开源动态",
    "opensource": "开源动态",
    "research": "技术前沿",
    "technology": "技术前沿",
    "industry": "行业动态",
    "business": "行业动态",
    "opinion": "观点评论",
    "commentary": "观点评论",
}


def _keyword_hits(text: str, keywords: Sequence[str]) -> int:
    hits = 0
    for kw in keywords:
        if kw.isascii():
            hits += len(re.findall(r"(?<![a-z])" + re.escape(kw) + r"(?![a-z])", text))
        else:
            hits += text.count(kw)
    return hits


def categorize(text: str, categories: Sequence[str] = DEFAULT_CATEGORIES) -> str:
    """The configured category whose keywords `text` mentions most; the first category when none fits.

    Categories outside the built-in table are matched by their own name (and
    English aliases such as "Funding" map to the built-in lists).
    """
    if not categories:
        raise ValueError("no categories configured")
    low = text.lower()
    best, best_hits = categories[0], 0
    for category in categories:
        table_key = category if category in CATEGORY_KEYWORDS else _ALIASES.get(category.lower().strip())
        keywords = (*CATEGORY_KEYWORDS.get(table_key or "", ()), category.lower())
        hits = _keyword_hits(low, keywords)
        if hits > best_hits:
            best, best_hits = category, hits
    return best


# --- the writer -----------------------------------------------------------------------------------


def _story_posts(story: Story, posts: Mapping[str, Post]) -> tuple[Post, list[Post]]:
    present = [posts[i] for i in story.post_ids if i in posts]
    lead = posts.get(story.lead_id) or (present[0] if present else None)
    if lead is None:
        raise InputError(f"story {story.id}: none of its posts is available (lead {story.lead_id})")
    others = [p for p in present if p.id != lead.id]
    zh = _is_zh(lead)
    # posts in the lead's language first, so a thin lead is filled in without mixing languages
    others.sort(key=lambda p: _is_zh(p) != zh)
    return lead, [lead, *others]


def write_extractive(
    story: Story,
    posts: Mapping[str, Post],
    *,
    categories: Sequence[str] = DEFAULT_CATEGORIES,
    language: str = "zh",
) -> Item:
    """Write `story` from its own posts: headline, 2-4 source sentences with **key facts**, category.

    The lead post (`story.lead_id`, else the first available post) gives the
    headline (its title, or its first sentence trimmed to ~30 Chinese / ~60
    Latin characters), the attribution and the link; later posts fill in a
    summary the lead is too thin for. `Item.post_ids` are the posts the text
    was taken from; `Item.checks` the verification of it against them.
    With `language` "zh" (the edition's, as `llm.language`), a lead in another
    language gets a Chinese headline from `headline_zh` when one of its templates
    can be filled from the lead's own facts, and a link-only post is described in
    Chinese; otherwise the headline is the source's own.
    Raises InputError when none of the story's posts is in `posts`.
    """
    lead, order = _story_posts(story, posts)
    author = lead.byline
    zh = _is_zh(lead)
    edition_zh = language.lower().startswith("zh")
    bodies = {p.id: _body_sentences(p) for p in order}
    headline = _headline(lead, bodies, order)
    picked = _pick_sentences(order, bodies, zh)
    summary = ""
    if not picked and headline:
        title = re.sub(r"\s+", " ", clean_text(lead.title)).strip()
        title = title.replace("[", "(").replace("]", ")")
        picked = [_Sentence(add_terminal(_cap(title) if title else headline, zh), lead.id)]
    if not headline:
        # link-only posts (an image or a video): say so, without guessing what it shows
        zh = zh or edition_zh or has_cjk(author)
        headline = f"{author}分享了一个链接" if zh else f"{author} shared a link"
        headline = trim_to_width(headline.replace("[", "(").replace("]", ")").replace("*", ""), HEADLINE_WIDTH)
        text = f"{author}分享了一个链接，未附文字说明。" if zh else f"{author} shared a link without any text."
        picked = [_Sentence(text, lead.id)]
        if delimiter_ok(text, 0, len(author)):
            summary = f"**{author}**{text[len(author) :]}"
    summary = summary or embolden(join_sentences([s.text for s in picked]))
    if edition_zh and not zh:
        # after the summary: a post without body sentences is summarised by its own headline
        zh_headline = chinese_headline(lead, bodies[lead.id])
        headline = zh_headline.text if zh_headline else headline
    used = tuple(dict.fromkeys([lead.id, *(s.post_id for s in picked)]))
    category = categorize("\n".join([headline, summary.replace("**", ""), *(posts[i].title for i in used)]), categories)
    checks = run_checks(
        headline,
        summary,
        story=story,
        posts=posts,
        citations=used,
        # the checker's own count: "in the U.S. Access ..." is one sentence to it, and to a reader
        min_sentences=min(2, count_sentences(summary.replace("**", ""))),
        min_bold=0,  # faithful over forced: no key fact, no bold
    )
    return Item(
        story_id=story.id,
        headline=headline,
        attribution=author,
        url=lead.url,
        summary=summary,
        category=category,
        writer=WRITER_NAME,
        post_ids=used,
        checks=checks,
    )


__all__ = ["CATEGORY_KEYWORDS", "WRITER_NAME", "categorize", "embolden", "write_extractive"]
