"""Chinese headlines for stories whose lead post is not Chinese, built offline from fixed templates.

    lead post ─first sentence (or title)─▶ a phrasing bound to a kind of news, the entity as its subject
        ─▶ slots: names as written, amounts and sizes converted to 亿/万 ─▶ a fixed template
        ─▶ checks (numbers, names, markup, width) against the lead ─▶ headline, or None: keep the source's

No machine translation: the only Chinese words are the templates' own ("发布", "完成…融资", "论文：");
every other character is copied from the lead post, or is one of its numbers rewritten in Chinese units
(`$120M` -> `1.2亿美元`), which `checks.check_numbers` reads back to the same value. A template is only
tried when the post reads as that kind of news (`textfacts.kinds.detect_kinds`) *and* a phrasing anchored at
the start of its first sentence makes the named thing the subject: "Introducing X", "X is out", "X has
raised $Y", "New paper: X". A post that only mentions GPT-5 ("Congrats on the launch! Try GPT-5 on ...")
matches no anchor and keeps its own headline. A number is only used when its unit binds it to the slot
("a 7B open-weights model", "$120M Series B"): "trained on 9T tokens" never becomes a parameter count,
and a plain "$2.4B investment" never becomes a funding round.

What a template cannot say, it does not: a headline that would need a verb or noun outside this small
table (a place, a feature described in words, a policy) is left in the source's language. Opinion posts
by a person get "<person>谈<entity>" only when the entity is named in their first sentence and the
post reads as no other kind of news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.model import Check, Post
from newsdesk.textfacts.entities import extract_entities
from newsdesk.textfacts.kinds import KINDS, detect_kinds
from newsdesk.textfacts.normal import post_body
from newsdesk.writer.checks import _common_word, check_markup, check_names, check_numbers, evidence_text
from newsdesk.writer.text import HEADLINE_WIDTH, has_cjk, strip_emoji, text_width, trim_to_width

__all__ = ["ZhHeadline", "chinese_headline", "verify_headline"]


@dataclass(frozen=True, slots=True)
class ZhHeadline:
    """A Chinese headline and the template it came from (for the evaluation's counts and the tests)."""

    text: str
    template: str  #: "launch", "release", "available", "feature", "funding", "acquisition", "paper", ...


# --- names as written ------------------------------------------------------------------------------

#: one word of a product, model or company name: "CodexBar", "0.19.0", "Nimbus-4", "v0.4.0", "Qwen3.5-27B"
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+_/-]*\+*")
#: words a name never starts with, although capitalised at a sentence start
_NOT_FIRST_TEXT = """
    the a an this that these those our my your their its his her we i you it they he she there here what why
    how when who new all any every some no not just so if ok okay yes wow lol omg hey hi well oh congrats thanks
"""
_NOT_FIRST = frozenset(_NOT_FIRST_TEXT.split())
#: words that end a title-case name ("OpenAI Launches GPT-5"): the verb after the subject
_TITLE_STOP_TEXT = """
    is are was were has have had will would can could to and or but with at the a an in on by via from as
    now launches launch launched releases release released raises raise raised acquires acquire acquired
    unveils unveiled introduces introduced ships shipped debuts debuted secures secured closes closed lands
    landed buys bought announces announced open-sources open-sourced gets got
"""
_TITLE_STOP = frozenset(_TITLE_STOP_TEXT.split())
#: nouns that name no product on their own, though a post capitalises them ("Video is now live!",
#: "Version 4 is out", "Introducing Our New Website"): as a name's first word, they are not its subject
_GENERIC_NOUNS_TEXT = """
    video videos version website site tickets ticket update updates thread post blog podcast episode demo report
    paper store merch event sale album drop season preseason beta waitlist livestream stream recording replay
    newsletter course book issue chapter trailer game show live part day week today tonight playtest recap
    results registration applications signups interview interviews talk keynote webinar session panel ama
    meetup
"""
_GENERIC_NOUNS = frozenset(_GENERIC_NOUNS_TEXT.split())
_CONNECTORS = frozenset({"for", "of"})  #: "Tower 16 for Mac", "Bank of America": inside a name
_MAX_NAME_WORDS = 6
_END_PUNCT = ",.;:!?)…\"'”’"


def _name_word(word: str, *, first: bool) -> bool:
    """A word that can be part of a name: capitalised, a version, with inner capitals or a digit, or a
    lower-case spelling the entity table knows ("litellm", "codex")."""
    if not _TOKEN.fullmatch(word) or word.endswith((".", "-", "/")) or "'" in word:
        return False
    low = word.lower()
    digit = any(c.isdigit() for c in word)
    inner = any(c.isupper() for c in word[1:])
    if first and (low in _NOT_FIRST or low in _GENERIC_NOUNS or word.isdigit()):
        return False
    if first and not digit and not inner and _common_word(low):
        return False
    if not first and low in _TITLE_STOP:
        return False
    if word[0].isupper() or inner or (digit and any(c.isalpha() for c in word)):
        return True
    if word[0].isdigit():
        return not first  # "Tern 1.0", "Cursor 3": a version after a name, never a name alone
    return bool(extract_entities(word))


@dataclass(frozen=True, slots=True)
class _Name:
    text: str
    end: int  #: index in the sentence just after the name
    closed: bool  #: punctuation, a dash or the sentence's end follows: the name is the whole noun phrase


def _name_at(text: str, start: int) -> _Name | None:
    """The name starting at `text[start]`, as written: up to six name words joined by single spaces."""
    words: list[str] = []
    pos = start
    end = start
    closed = False
    while len(words) < _MAX_NAME_WORDS:
        m = re.match(r"\S+", text[pos:])
        if not m:
            closed = True
            break
        raw = m.group(0)
        core = re.split(r"[—–]", raw, maxsplit=1)[0]
        dashed = core != raw
        core = core.rstrip(_END_PUNCT)
        punct = dashed or core != raw
        if core.endswith(("'s", "’s")):
            return None  # "Vercel's AI Gateway": a possessive, the name goes on past what we read
        if core.lower() in _CONNECTORS and words:
            nxt = re.match(r"\s(\S+)", text[pos + len(raw) :])
            if punct or not nxt or not _name_word(nxt.group(1).rstrip(_END_PUNCT), first=False):
                break
            words.append(core)
            pos += len(raw) + 1
            continue
        if not core or not _name_word(core, first=not words):
            break
        words.append(core)
        end = pos + len(core)
        if punct:
            closed = True
            break
        after = text[pos + len(raw) :]
        if not after.strip():
            closed = True
            break
        if not after.startswith(" ") or after.startswith("  "):
            break
        if re.match(r" [—–-] ", after):
            closed = True
            break
        pos += len(raw) + 1
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    if not words:
        return None
    name = " ".join(words)
    end = start + len(name)
    if not closed:
        closed = bool(re.match(r"\s*(?:$|[,.;:!?…)—–]|[-] )", text[end:]))
    return _Name(name, end, closed)


#: what may come before an entity that a sentence is about: nothing, an article or possessive, or a
#: preposition ("with Claude Code", "before Claude Code", "using Veo3"); "post OpenAI" or "golden gate
#: Claude" are not talk about OpenAI or Claude
_BEFORE_TOPIC_TEXT = """
    the a an my our your his her their this that with using about on of for before after like than to from
    vs and or
"""
_BEFORE_TOPIC = frozenset(_BEFORE_TOPIC_TEXT.split())
#: what may follow one that is not closed by punctuation: a verb or adverb, not a noun it modifies
#: ("Codex is", "Gemini always"; not "the Codex app", "Claude plans")
_AFTER_TOPIC_TEXT = """
    is are was were has have had will would can could does did just always never now still also and or as to
    in on at for with vs keeps gets got getting seems looks feels really
"""
_AFTER_TOPIC = frozenset(_AFTER_TOPIC_TEXT.split())


#: the last word of a phrase that is a person or a group, not the product it starts with
#: ("Google Senior Staff Engineer", "OpenAI Team")
_PEOPLE_WORDS_TEXT = """
    engineer engineers ceo cto cfo founder founders cofounder co-founder team teams staff employee employees
    people users folks researcher researchers lead head pm designer designers intern interns alum alumni fans
"""
_PEOPLE_WORDS = frozenset(_PEOPLE_WORDS_TEXT.split())
_TOPIC_WORDS = 20  #: a name further into the first sentence is an aside, not what the post is about


def _mentions(sentence: str) -> list[str]:
    """Known entities (models, products, labs) `sentence` is about, as written: each a whole noun
    phrase (not a modifier) at the start or after an article, possessive or preposition, within the
    first words, and only when the sentence does not open with some other name as its subject
    ("Nessie just became the best way to ... from ChatGPT" is about Nessie)."""
    found: list[str] = []
    taken = 0
    head = _name_at(sentence, 0)
    if head and not extract_entities(head.text):
        return found
    limit = sum(len(w) + 1 for w in sentence.split(" ")[:_TOPIC_WORDS])
    for m in re.finditer(r"(?<![\w@#/.'’-])(?=[A-Za-z0-9])", sentence[:limit]):
        if m.start() < taken:
            continue
        name = _name_at(sentence, m.start())
        if name is None:
            continue
        taken = name.end
        if not extract_entities(name.text):
            continue
        text = name.text
        # "Asking Claude Code", "Asked GPT 5.5": a capitalised verb before the name is not part of it
        while " " in text and extract_entities(text.split(" ", 1)[1]) == extract_entities(text):
            text = text.split(" ", 1)[1]
        words = text.split()
        if any(w.lower() in _CONNECTORS for w in words):
            continue  # "Google of Korea", "AJ of TheWhyFiles"
        last = words[-1].lower()
        if len(words) > 1 and (last in _PEOPLE_WORDS or (last.isalpha() and _common_word(last))):
            continue
        before = sentence[: m.start()].rstrip()
        prev = re.search(r"(\w+)$", before)
        if before and not (prev and prev.group(1).lower() in _BEFORE_TOPIC):
            continue
        title = re.search(r"\b([A-Z]\w*)\s+(?:with|for|of|on|to|from)$", before)
        if title and not any(f.endswith(title.group(1)) for f in found):
            continue  # "Code with Claude", "Built for Shopify": a title that contains the name
        nxt = re.match(r"\s+(\w+)", sentence[name.end :])
        if not name.closed and not (nxt and nxt.group(1).lower() in _AFTER_TOPIC):
            continue
        if any(text in f for f in found):
            continue
        found = [f for f in found if f not in text]
        found.append(text)
    return found


# --- numbers in Chinese units ------------------------------------------------------------------------

_MULT = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}
_CURRENCY = {"$": "美元", "us$": "美元", "€": "欧元", "£": "英镑"}
_AMOUNT = re.compile(
    r"(?P<cur>US\$|\$|€|£)\s?(?P<num>\d+(?:\.\d+)?)\s?(?P<mult>million|billion|trillion|mn|bn|[KMBT])(?![A-Za-z])",
    re.IGNORECASE,
)


def _zh_number(value: float) -> str:
    """1.2e8 -> "1.2亿", 7e6 -> "700万", 2.4e12 -> "2.4万亿": how Chinese news writes amounts."""
    for unit, size in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if value >= size:
            n = f"{value / size:.4f}".rstrip("0").rstrip(".")
            return n + unit
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _zh_amount(m: re.Match[str]) -> str:
    value = float(m.group("num")) * _MULT[m.group("mult").lower()]
    return _zh_number(value) + _CURRENCY[m.group("cur").lower()]


#: a size bound to the model: "a 7B open-weights model", "235B parameters", "1.5B-parameter"
_PARAMS = re.compile(
    r"(?<![\w.$-])(?P<num>\d+(?:\.\d+)?)\s?(?P<mult>[BT])(?:[- ]param(?:eter)?s?\b|\s+(?:open[- ]weights?\s+)?"
    r"(?:(?:MoE|dense|base|reasoning|language|coding)\s+)?model\b)"
)
_OPEN = re.compile(r"\bopen[- ]weights?\b|\bopen[- ]sourc(?:e|ed|ing)\b|\bopen models?\b", re.IGNORECASE)


# --- the phrasings ---------------------------------------------------------------------------------

#: a label before the news: "Big day:", "BREAKING:", "New:", "Update -"
_LABEL = re.compile(
    r"^(?:big day|big news|huge news|exciting news|breaking(?: news)?|news|new|update|just in|psa|"
    r"official announcement|announcement|launch day|today)\s*[:：!]\s*",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"^(?:introducing|announcing|meet|presenting|say hello to)\s*:?\s+(?:(?:the|our|an?)\s+)?"
    r"(?:(?:new|all-new|brand-new)\s+)?",
    re.IGNORECASE,
)
_WE = r"(?:today,?\s+)?we(?:'re|’re| are)\s+"
_WE_LAUNCH = re.compile(
    r"^(?:" + _WE + r"(?:excited|thrilled|proud|happy|pleased)\s+to\s+(?P<v1>introduce|announce|launch|release|"
    r"unveil|open[- ]source|ship)(?:\s+you\s+to)?|" + _WE + r"(?P<v2>releasing|launching|introducing|"
    r"open[- ]sourcing|shipping)|(?:today,?\s+)?we(?:'ve|’ve| have)?\s+(?:just\s+)?(?P<v3>released|launched|"
    r"shipped|open[- ]sourced|introduced)|(?:today,?\s+)?we\s+(?P<v4>launch|release|introduce))\s+"
    r"(?:(?:the|our|an?)\s+)?(?:(?:new|all-new)\s+)?",
    re.IGNORECASE,
)
_IS_OUT = re.compile(
    r"^\s+(?:is|are)\s+(?:now\s+)?(?:officially\s+)?(?P<how>out|here|live|released|available)"
    r"(?:\s+(?:now|today))?(?=\s*(?:$|[.!:;,—–(]|- ))",
    re.IGNORECASE,
)
_IS_ON = re.compile(
    r"^\s+(?:is|are)\s+(?:now\s+)?(?:live|available|out)(?:\s+(?:now|today))?\s+(?:in|on)\s+", re.IGNORECASE
)
_LAUNCHES = re.compile(
    r"^\s+(?:has\s+|have\s+|just\s+)?(?P<verb>launch(?:es|ed)|releas(?:es|ed)|unveil(?:s|ed)|introduc(?:es|ed)|"
    r"debut(?:s|ed)|ship(?:s|ped)|open[- ]sourc(?:es|ed))\s+(?:(?:the|its|their|an?)\s+)?(?:new\s+)?",
    re.IGNORECASE,
)
_RAISES = re.compile(
    r"^\s+(?:has\s+|have\s+)?(?:just\s+)?(?:raised|raises|closes|closed|secures|secured|lands|landed)\s+"
    r"(?:(?:an?|its|their)\s+)?(?:new\s+)?",
    re.IGNORECASE,
)
_WE_RAISED = re.compile(
    r"^(?:today,?\s+)?we(?:'ve|’ve| have)?\s+(?:just\s+)?(?:raised|closed|secured)\s+(?:(?:an?|our)\s+)?",
    re.IGNORECASE,
)
_ROUND = re.compile(
    r"^\s*(?:in\s+)?(?:(?:an?|our|its)\s+)?(?:(?:Series|series)\s+(?P<series>[A-H])(?![A-Za-z])|(?P<seed>seed))"
    r"(?:\s+(?:round|funding|extension))?"
)
_MONEY = r"(?:US\$|\$|€|£)\s?\d+(?:\.\d+)?\s?(?:million|billion|trillion|mn|bn|[KMBT])(?![A-Za-z])"
_VALUATION = re.compile(
    r"\b(?:(?:valued\s+at|valuation\s+of)\s+(?P<a1>"
    + _MONEY
    + r")|at\s+(?:an?\s+)?(?P<a2>"
    + _MONEY
    + r")\s+(?:post-money\s+|pre-money\s+)?valuation)",
    re.IGNORECASE,
)
#: money raised *for* a fund is a fund, not a round ("raised $3B in new capital, our largest pool")
_FUND = re.compile(r"\b(?:funds?|capital|pool|LPs?|fundraise for)\b", re.IGNORECASE)
_ACQUIRES = re.compile(
    r"^\s+(?:(?P<done>(?:has\s+)?(?:acquired|acquires|bought|buys))|(?P<will>is\s+acquiring|to\s+acquire|"
    r"agree(?:s|d)\s+to\s+acquire|will\s+acquire))\s+",
    re.IGNORECASE,
)
_WE_ACQUIRED = re.compile(r"^(?:today,?\s+)?we(?:'ve|’ve| have)?\s+(?:just\s+)?acquired\s+", re.IGNORECASE)
_NEW_IN = re.compile(r"^new\s+in\s+", re.IGNORECASE)
_PAPER = re.compile(r"^(?:(?:our|my|a)\s+)?(?:new\s+)?(?:paper|preprint)\s*[:：]\s*", re.IGNORECASE)
_SUPPLY_CHAIN = re.compile(
    r"(?<![\w@#/.-])(?P<name>[A-Za-z][\w.-]*)(?:\s+(?:PyPI|PyPi|npm|package|packages))?\s+supply[- ]chain\s+"
    r"(?:attack|compromise)",
    re.IGNORECASE,
)
_HACKED = re.compile(r"^\s+(?:was|has\s+been|got|is)\s+(?:hacked|compromised|breached)\b", re.IGNORECASE)
_SHUTS = re.compile(
    r"^\s+(?:is\s+shutting\s+down|will\s+(?:be\s+)?shut(?:ting)?\s+down|shuts\s+down|is\s+being\s+"
    r"(?:shut\s+down|discontinued)|is\s+sunsetting|will\s+be\s+discontinued)\b",
    re.IGNORECASE,
)
_WE_SHUT = re.compile(
    r"^(?:today,?\s+)?we(?:'re|’re| are|'ll|’ll| will)\s+(?:be\s+)?(?:shutting\s+down|sunsetting|discontinuing)\s+"
    r"(?:(?:the|our)\s+)?",
    re.IGNORECASE,
)

#: words in an account's name that make it an organisation, not a person ("Lumen Labs", "Nous Research")
_ORG_WORDS_TEXT = """
    ai labs lab research media bank cloud policy weekly inc llc ltd corp co capital ventures news network
    foundation institute team studio studios group systems technologies tech security alliance press daily
    digest partners university company hq official app dev devs community fund dao protocol magazine radar
    dispatch blog engineering auctions realty supporters notes
"""
_ORG_WORDS = frozenset(_ORG_WORDS_TEXT.split())


def _account_name(post: Post) -> str | None:
    """The author's display name without decoration ("Cognition (Devin)" -> "Cognition"), when Latin."""
    name = strip_emoji(post.author_name or post.author_handle).strip()
    name = re.split(r"\s*[(（|｜·•]|\s+[-–—]\s+", name, maxsplit=1)[0].strip()
    if not name or has_cjk(name) or text_width(name) > 24:
        return None
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 .&'+-]*", name):
        return None
    return name


def _person(post: Post) -> str | None:
    """The author as a person's name (two or three capitalised words, no company word), else None."""
    name = _account_name(post)
    if name is None:
        return None
    words = name.split()
    if not 2 <= len(words) <= 3:
        return None
    if not all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*", w) for w in words):
        return None
    if any(w.lower() in _ORG_WORDS or w.lower() in _NOT_FIRST for w in words) or extract_entities(name):
        return None
    return name


def _owner(post: Post, name: str) -> str | None:
    """Who launches `name` in a first-person post ("Introducing X", "We've released X"): the account,
    unless it is a feed (its posts are articles, their "we" is the publisher's) or already in the name."""
    if post.title or post.platform in ("rss", "podcast"):
        return None
    owner = _account_name(post)
    if owner is None:
        return None
    if owner.lower() in name.lower() or any(w.lower() in name.lower().split() for w in owner.split()):
        return None
    return owner


# --- the templates ----------------------------------------------------------------------------------


def _first_sentence(lead: Post, sentences: Sequence[str]) -> str:
    text = re.sub(r"\s+", " ", lead.title).strip() if lead.title.strip() else (sentences[0] if sentences else "")
    text = text.strip()
    for _ in range(2):
        text = _LABEL.sub("", text, count=1)
    return text


def _open_verb(sentence: str) -> bool:
    return bool(_OPEN.search(sentence))


def _params(sentence: str) -> str:
    """ "，70亿参数" when the sentence gives the model's size next to "parameters" or "model", else ""."""
    m = _PARAMS.search(sentence)
    if not m:
        return ""
    value = float(m.group("num")) * _MULT[m.group("mult").lower()]
    return f"，{_zh_number(value)}参数"


def _release(lead: Post, s: str) -> list[ZhHeadline]:
    """Launch templates, most specific first: the launcher and the product, then the product alone."""
    out: list[ZhHeadline] = []
    opened = _open_verb(s)
    m = _INTRO.match(s) or _WE_LAUNCH.match(s)
    if m:
        name = _name_at(s, m.end())
        if name and name.closed:
            verb_text = next((g for g in m.groups() if g), "") if m.re is _WE_LAUNCH else ""
            verb = "开源" if "open" in verb_text.lower() or opened else "推出"
            owner = _owner(lead, name.text)
            size = _params(s)
            if owner:
                out += [
                    ZhHeadline(f"{owner}{verb}{name.text}{size}", "launch"),
                    ZhHeadline(f"{owner}{verb}{name.text}", "launch"),
                ]
            out += [
                ZhHeadline(f"{name.text}{'开源' if verb == '开源' else '发布'}{size}", "launch"),
                ZhHeadline(f"{name.text}{'开源' if verb == '开源' else '发布'}", "launch"),
            ]
        return out
    m = _NEW_IN.match(s)
    if m:
        name = _name_at(s, m.end())
        rest = s[name.end :] if name else ""
        colon = re.match(r"\s*[:：]\s*", rest)
        if name and colon:
            feature = rest[colon.end() :].rstrip(" .!。！")
            words = feature.split()
            plain = 0 < len(words) <= 3 and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words)
            named = _name_at(feature, 0)
            if plain or (named and named.text == feature):
                out.append(ZhHeadline(f"{name.text}新增{feature}", "feature"))
        return out
    name = _name_at(s, 0)
    if name is None:
        return out
    rest = s[name.end :]
    m = _IS_OUT.match(rest)
    if m:
        if opened:
            out += [ZhHeadline(f"{name.text}开源{_params(s)}", "release"), ZhHeadline(f"{name.text}开源", "release")]
        else:
            how = m.group("how").lower()
            out.append(ZhHeadline(f"{name.text}{'上线' if how in ('live', 'available') else '发布'}", "release"))
        return out
    m = _IS_ON.match(rest)
    if m:
        where = _name_at(rest, m.end())
        if where and where.closed and extract_entities(where.text):
            out.append(ZhHeadline(f"{name.text}登陆{where.text}", "available"))
        return out
    m = _LAUNCHES.match(rest)
    if m:
        what = _name_at(rest, m.end())
        # "launches GPT-5.5 for everyone" names the product whole; "launches Codex app" does not
        if what and (what.closed or re.match(r"\s+(?:for|to|in|on|with|across|at)\s", rest[what.end :])):
            verb = "开源" if m.group("verb").lower().startswith("open") else "推出"
            out.append(ZhHeadline(f"{name.text}{verb}{what.text}", "launch"))
    return out


def _funding(lead: Post, s: str) -> list[ZhHeadline]:
    """ "X完成1.2亿美元B轮融资，估值11亿美元" from "X has raised a $120M Series B ... at a $1.1B valuation"."""
    who: str | None = None
    rest = ""
    m = _WE_RAISED.match(s)
    if m:
        owner = _account_name(lead)
        if owner and not _person(lead) and not lead.title:
            who, rest = owner, s[m.end() :]
    else:
        name = _name_at(s, 0)
        if name:
            r = _RAISES.match(s[name.end :])
            if r:
                who, rest = name.text, s[name.end + r.end() :]
    out: list[ZhHeadline] = []
    if who:
        amount = _AMOUNT.match(rest)
        if amount:
            after = rest[amount.end() :]
            rnd = _ROUND.match(after)
            label = (f"{rnd.group('series')}轮" if rnd.group("series") else "种子轮") if rnd else ""
            if _FUND.search(after.split(".", 1)[0]):
                return out
            valuation = _VALUATION.search(after)
            head = f"{who}完成{_zh_amount(amount)}{label}融资"
            worth = _AMOUNT.match(valuation.group("a1") or valuation.group("a2")) if valuation else None
            if worth:
                out.append(ZhHeadline(f"{head}，估值{_zh_amount(worth)}", "funding"))
            out.append(ZhHeadline(head, "funding"))
        return out
    m = _WE_ACQUIRED.match(s)
    if m:
        owner = _account_name(lead)
        target = _name_at(s, m.end())
        if owner and not _person(lead) and target and target.closed and not lead.title:
            out.append(ZhHeadline(f"{owner}收购{target.text}", "acquisition"))
        return out
    name = _name_at(s, 0)
    if name:
        a = _ACQUIRES.match(s[name.end :])
        if a:
            target = _name_at(s, name.end + a.end())
            tail = s[target.end :] if target else ""
            if target and (target.closed or re.match(r"\s+(?:for|in)\s", tail)):
                verb = "收购" if a.group("done") else "将收购"
                out.append(ZhHeadline(f"{name.text}{verb}{target.text}", "acquisition"))
    return out


def _paper(lead: Post, s: str) -> list[ZhHeadline]:
    """ "论文：<title as written>" for an arXiv item or a "New paper: <title>" post."""
    title = ""
    if lead.title and re.search(r"(?:^|[/.])arxiv\.org/|huggingface\.co/papers/", lead.url):
        title = re.sub(r"\s+", " ", lead.title).strip()
    else:
        m = _PAPER.match(s)
        if m:
            title = s[m.end() :].strip().strip("\"“”'").rstrip(" .。")
            title = re.split(r"[.!?]\s", title, maxsplit=1)[0]
    if not title or not any(c.isalpha() for c in title):
        return []
    budget = HEADLINE_WIDTH - text_width("论文：")
    if text_width(title) > budget:
        title = trim_to_width(title, budget - 1).rstrip(" :：,-—") + "…"
    return [ZhHeadline(f"论文：{title}", "paper")]


def _incident(lead: Post, s: str) -> list[ZhHeadline]:
    m = _SUPPLY_CHAIN.search(s)
    # the attacked thing must be a package or product ("litellm PyPI"), not a language or an ecosystem
    package = m and (m.group(0).split()[1:2] != ["supply"] or extract_entities(m.group("name")))
    if m and package and _name_word(m.group("name"), first=True):
        return [ZhHeadline(f"{m.group('name')}遭供应链攻击", "incident")]
    name = _name_at(s, 0)
    if name and _HACKED.match(s[name.end :]):
        return [ZhHeadline(f"{name.text}遭入侵", "incident")]
    return []


def _shutdown(lead: Post, s: str) -> list[ZhHeadline]:
    m = _WE_SHUT.match(s)
    name = _name_at(s, m.end()) if m else _name_at(s, 0)
    if name is None or not name.text:
        return []
    if (m and name.closed) or (not m and _SHUTS.match(s[name.end :])):
        return [ZhHeadline(f"{name.text}将关停", "shutdown")]
    return []


def _opinion(lead: Post, s: str) -> list[ZhHeadline]:
    """ "<person>谈<entity>[与<entity>]": who speaks about what, when the first sentence names it."""
    person = _person(lead)
    if person is None or lead.title:
        return []
    names = [n for n in _mentions(s) if n.lower() not in person.lower()][:2]
    if not names:
        return []
    out = [ZhHeadline(f"{person}谈{'与'.join(names)}", "opinion")]
    if len(names) > 1:
        out.append(ZhHeadline(f"{person}谈{names[0]}", "opinion"))
    return out


#: kind of news -> its templates, in the order tried; news kinds that make a post more than an opinion
_BY_KIND = (
    ("funding", _funding),
    ("paper", _paper),
    ("release", _release),
    ("incident", _incident),
    ("shutdown", _shutdown),
)
_NEWS_KINDS = frozenset(kind.name for kind in KINDS if kind.headline_news)  # (textfacts/data/kinds.toml)


def verify_headline(headline: str, evidence: Sequence[Post]) -> tuple[Check, ...]:
    """The checks an LLM's headline must pass, run on ours: its numbers and names are in `evidence`
    (numbers in any unit or language, names in any case or spacing), it is plain text, and it fits."""
    texts = [evidence_text(p) for p in evidence]
    width = text_width(headline)
    return (
        check_numbers(headline, texts),
        check_names(headline, texts),
        check_markup(headline, ""),
        Check("width", 0 < width <= HEADLINE_WIDTH, f"{width} columns (max {HEADLINE_WIDTH})"),
    )


def chinese_headline(lead: Post, sentences: Sequence[str]) -> ZhHeadline | None:
    """A Chinese headline for `lead` (its cleaned body `sentences` as the extractive writer split them),
    or None when no template can be filled with facts the lead itself states.

    Only the lead is read: a name that appears only in a quoted or later post is not the lead's subject.
    Each candidate, longest first, must pass `verify_headline` against the lead; the first that does wins.
    """
    if lead.platform == "podcast":
        return None  # an episode title is a title, not news with a subject
    s = _first_sentence(lead, sentences)
    if not s or has_cjk(s):
        return None
    kinds = detect_kinds(post_body(lead))
    arxiv = bool(lead.title) and "arxiv.org/" in lead.url
    candidates: list[ZhHeadline] = []
    for kind, make in _BY_KIND:
        if kind in kinds or (kind == "paper" and arxiv):
            candidates = make(lead, s)
            if candidates:
                break
    if not candidates and not kinds & _NEWS_KINDS and not _release(lead, s):
        # a launch phrased in words the kind detector does not know ("Cursor 3 is here.") stays in
        # the source's words rather than become "<person>谈Cursor 3"
        candidates = _opinion(lead, s)
    for candidate in candidates:
        text = candidate.text.replace("[", "(").replace("]", ")").replace("*", "")
        if all(c.ok for c in verify_headline(text, [lead])):
            return ZhHeadline(text, candidate.template)
    return None
