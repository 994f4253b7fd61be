"""Evidence: the pieces of a story's posts that carry its facts, which is all the LLM writer shows the model.

    story's posts: the announcing ones (the lead and its author's other posts) first, then the rest
      ─clean─▶ sentences (no URLs, handle-only lines, hashtag blocks, emoji, thread markers, "Paper:" stubs,
               bylines, text that reads as instructions to the model); a long sentence in clauses
      ─facts─▶ each unit's figures and names (`facts.fact_keys`: "1M" = "100万", 谷歌 = Google)
      ─pick─▶ the lead's opening, then the units that add the most facts not yet shown per token,
              the announcing posts' before the rest, until the story's budget (which grows with its
              distinct facts) is spent; a unit that adds no fact is never shown
      ─render─▶ "1 Author: sentence sentence" lines, one per post, short aliases instead of post ids

Why not whole posts: a summary of 2-4 sentences may only state what the posts say (the checks in
`checks/` hold it to that, against the *whole* posts it cites), so what the model needs is every
fact once, with the words that say what it is; ten posts cheering the same figure cost ten times
the tokens for nothing. `coverage` measures what share of the facts the evidence shows. Why a
budget in tokens, not characters: a Chinese character costs about one token and an English one
about a quarter, so a character cap is four times looser on one than on the other.

Pure functions over `Post`s: no I/O, no tokenizer (`approx_tokens` is close enough for a cap).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsdesk.config import LLMSettings
from newsdesk.model import Post, Story
from newsdesk.writer.checks import instruction_like, role_of
from newsdesk.writer.checks.names import _key as _name_key
from newsdesk.writer.facts import fact_keys, name_vocabulary
from newsdesk.writer.text import clean_text, split_sentences, text_width, trim_to_width

OPENING_TOKENS = 16  #: a lead whose first sentence is shorter also shows its second: one may not say what happened
CLAUSE_TOKENS = 40  #: a longer sentence is split into clauses, so a fact inside it can be shown without the rest
SENTENCE_TOKENS = 60  #: a longer clause (an unpunctuated paragraph) is cut at a clause and marked …
HEADER_TOKENS = 6  #: what a post's line costs before its text: alias, author, role

_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
#: where a long sentence may be cut into clauses: after a comma, semicolon or colon (not inside "2,400"),
#: before a dash set off by spaces
_CLAUSE_BREAK = re.compile(r"(?<=[，；：、])|(?<=[,;:])(?=\s)|(?=\s[—–]\s)")
#: thread markers: "1/", "1/n", "2/7", "(3/5)" opening a line ("1/3 of users", "1/3 的用户" stay: a number
#: over a number is a thread marker only before a capital), or closing a sentence; "Thread:"; "🧵" (emoji
#: are gone after clean_text)
_THREAD = re.compile(r"^\s*(?:\(?\d{1,2}\s*/\s*n?\)?[.:]?(?=\s*$|\s+(?-i:[^a-z0-9\s]))"
                     r"|\(?\d{1,2}\s*/\s*\d{1,2}\)?[.:]?(?=\s*$|\s+(?-i:[A-Z(]))"
                     r"|(?:a )?thread\s*[:：])\s*"
                     r"|(?<=[.!?。！？])\s*\(?\d{1,2}\s*/\s*(?:\d{1,2}|n)?\)?\s*$", re.IGNORECASE)
_HANDLES_ONLY = re.compile(r"^(?:[@.]?@\w{1,30}[\s,，、:：]*)+$")
#: a label whose link was removed ("Paper:", "Code & weights:"), a call to action, a byline or credit
_BOILERPLATE = re.compile(
    r"^(?:(?:paper|code|weights|blog|demo|repo|github|link|links|project page|model card|try it|tech report"
    r"|details|more|source|via|docs|download|install|watch|listen)\b[^.!?。:：]{0,20}[:：]"
    r"|(?:read more|full thread|link in bio|more in the thread|details below)\W*"
    r"|(?:来源|作者|编辑|责编|撰文|出品|图片来源|题图|转载|原文|链接|论文|代码|项目主页)\s*[:：丨|｜].{0,40}"
    r"|.*发自\s*凹非寺.*|.*公众号\s*\S{0,12}|(?:follow|subscribe|like|rt|retweet|share)\b.{0,40}"
    r"|\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)$",
    re.IGNORECASE,
)
_ARXIV = re.compile(r"^arXiv:\S+\s+Announce Type:\s*\S+\s*(?:Abstract:\s*)?", re.IGNORECASE)
_TERMINAL = tuple("。！？!?.…；;")


def approx_tokens(text: str) -> int:
    """Tokens a BPE tokenizer (o200k, cl100k, Qwen's, DeepSeek's) gives `text`, roughly and rather high:
    one per CJK character, one per four other characters."""
    cjk = len(_CJK_CHAR.findall(text))
    return cjk + (len(text) - cjk + 3) // 4


def _cap(sentence: str, max_tokens: int) -> str:
    """`sentence` within `max_tokens`, cut at a clause or word boundary and marked with … when cut."""
    if approx_tokens(sentence) <= max_tokens:
        return sentence
    cut, used = 0, 0
    for i, c in enumerate(sentence):
        used += 4 if _CJK_CHAR.match(c) else 1
        if used > max_tokens * 4:
            break
        cut = i + 1
    return trim_to_width(sentence[:cut], text_width(sentence[:cut])) + "…"


def _usable(line: str) -> bool:
    alnum = sum(1 for c in line if c.isalnum())
    one_word = line.isascii() and len(line.split()) < 2
    return alnum >= 4 and not one_word and not _HANDLES_ONLY.match(line) and not _BOILERPLATE.match(line)


def post_sentences(post: Post) -> list[str]:
    """A post's content as sentences: the title first (articles), then the body without noise.

    Sentences that read as instructions to the model are left out: they are no fact about the story,
    and a model that never sees them cannot follow them.
    """
    out: list[str] = []
    title = re.sub(r"\s+", " ", clean_text(post.title)).strip()
    if title:
        out.append(title)
    text = _ARXIV.sub("", clean_text(post.text))
    if title and text.startswith(title):
        text = text[len(title):].lstrip(" :：.-—\n")
    lines = [_THREAD.sub("", line).strip() for line in text.splitlines()]
    for sentence in split_sentences("\n".join(line for line in lines if _usable(line))):
        sentence = _THREAD.sub("", sentence).strip()
        if _usable(sentence) and not instruction_like(sentence) and sentence not in out:
            out.append(sentence)
    return out


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of a post that evidence is chosen in: a sentence, or a clause of a long one."""

    text: str
    sentence: int  #: which of the post's sentences it is (or is part of)
    part: int  #: 0 for a whole sentence or its first clause, 1, 2 ... for the clauses after
    last: bool  #: the sentence's last (or only) piece
    facts: frozenset[str]
    tokens: int


def _clauses(sentence: str) -> list[str]:
    """A long sentence as clauses of at most `CLAUSE_TOKENS` (short neighbours merged), each cut to
    `SENTENCE_TOKENS` at worst: a fact in the middle of a long sentence can be shown without the rest."""
    if approx_tokens(sentence) <= CLAUSE_TOKENS:
        return [sentence]
    pieces = [p for p in _CLAUSE_BREAK.split(sentence) if p.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and approx_tokens(merged[-1] + piece) <= CLAUSE_TOKENS:
            merged[-1] += piece
        else:
            merged.append(piece)
    return [_cap(m.strip(), SENTENCE_TOKENS) for m in merged if m.strip()]


def post_units(post: Post, vocabulary: frozenset[str] = frozenset()) -> list[Unit]:
    """The units of a post's content (`post_sentences`, long sentences in clauses), each with its facts."""
    units = []
    for n, sentence in enumerate(post_sentences(post)):
        parts = _clauses(sentence)
        for k, part in enumerate(parts):
            units.append(Unit(part, n, k, k == len(parts) - 1, fact_keys(part, vocabulary), approx_tokens(part)))
    return units


@dataclass(frozen=True, slots=True)
class Shown:
    """One post as the model sees it: the post and the sentences of it that are shown, in reading order."""

    post: Post
    sentences: tuple[str, ...]


def story_budget(facts: int, settings: LLMSettings | None = None) -> int:
    """The evidence tokens a story whose posts state `facts` distinct facts may show: a base, and room
    for each fact (a figure or name with the words that say what it is: ~8-12 tokens on real posts),
    capped (`[llm] evidence_tokens`, `evidence_tokens_per_fact`, `evidence_tokens_max`). It grows with
    what there is to tell, not with the words: ten posts repeating one figure need room for one."""
    s = settings or LLMSettings()
    return min(s.evidence_tokens_max, s.evidence_tokens + s.evidence_tokens_per_fact * facts)


def announcing(lead: Post, others: Sequence[Post]) -> list[Post]:
    """The posts that announce the story: the lead and the lead author's other posts in it (a launch
    thread). The stories stage makes the owner's or maker's account the lead when it is in the story
    (`stories.pipeline.choose_lead`), so these are the owner's posts whenever the owner posted."""
    def author(p: Post) -> tuple[str, str]:
        return p.platform, (p.author_handle or p.author_name).lstrip("@").lower()

    return [lead, *(p for p in others if author(p) == author(lead))]


def _ordered(lead: Post, others: Sequence[Post]) -> list[Post]:
    """The story's posts as evidence lists them: the announcing posts, then the rest in story order."""
    first = announcing(lead, others)
    ids = {p.id for p in first}
    return [*first, *(p for p in others if p.id not in ids)]


def select_evidence(
    lead: Post, others: Sequence[Post], *, budget_tokens: int | None = None, settings: LLMSettings | None = None
) -> list[Shown]:
    """The story's evidence: the lead's opening, then the units that add facts, within the story's budget.

    The lead's first sentence comes first (it says what happened; an article's title counts as one),
    and its second too when the first is short. Then units (sentences, clauses of long ones) are taken
    by how many facts (`facts.fact_keys`: figures and names) they add that nothing shown has, per
    token: first from the announcing posts (the lead's author's), then from the rest of the story. A
    unit that adds no fact is left out, so a figure repeated by ten posts, in any language, is shown
    once. `budget_tokens` defaults to `story_budget` for the story's size.
    """
    posts = _ordered(lead, others)
    vocabulary = name_vocabulary(s for p in posts for s in post_sentences(p))
    units = {p.id: post_units(p, vocabulary) for p in posts}
    if budget_tokens is None:
        budget = story_budget(len(frozenset().union(*(u.facts for us in units.values() for u in us))), settings)
    else:
        budget = budget_tokens
    picked: dict[str, set[int]] = {p.id: set() for p in posts}
    known: set[str] = set()
    used = 0

    def take(post: Post, i: int) -> None:
        nonlocal used
        picked[post.id].add(i)
        known.update(units[post.id][i].facts)
        used += units[post.id][i].tokens + 1

    lead_units = units[lead.id]
    if lead_units:
        first = lead_units[0]
        if first.tokens > budget // 2:  # a long opening is cut to fit; what it loses no other unit adds
            text = _cap(first.text, max(budget // 2, 8))
            lead_units[0] = Unit(text, first.sentence, first.part, first.last, fact_keys(text, vocabulary),
                                 approx_tokens(text))
        take(lead, 0)
        if len(lead_units) > 1 and used <= OPENING_TOKENS and used + lead_units[1].tokens <= budget:
            take(lead, 1)

    n_announcing = len(announcing(lead, others))
    for group in (posts[:n_announcing], posts[n_announcing:]):
        while True:
            best: tuple[float, int, int] | None = None
            for rank, post in enumerate(group):
                header = 0 if picked[post.id] else HEADER_TOKENS  # a new post's line costs its alias and author
                for i, unit in enumerate(units[post.id]):
                    if i in picked[post.id]:
                        continue
                    new = len(unit.facts - known)
                    cost = unit.tokens + 1 + header
                    if not new or used + cost > budget:
                        continue
                    key = (new / cost, -rank, -i)
                    if best is None or key > best:
                        best = key
            if best is None:
                break
            take(group[-best[1]], -best[2])

    if not lead_units:  # a link-only post: the model is told there is no text, not left to guess
        return [Shown(lead, ("(no text)",)), *(Shown(p, _assemble(units[p.id], picked[p.id]))
                                                for p in posts[1:] if picked[p.id])]
    return [Shown(p, _assemble(units[p.id], picked[p.id])) for p in posts if picked[p.id]]


def _assemble(units: Sequence[Unit], picked: set[int]) -> tuple[str, ...]:
    """The picked units as sentences in reading order: clauses of one sentence joined, and a clause
    shown without its neighbour marked with … on that side, so no two clauses read as one claim."""
    out: list[str] = []
    prev: Unit | None = None
    for i in sorted(picked):
        unit = units[i]
        text = unit.text
        if unit.part and not (prev is not None and prev.sentence == unit.sentence and prev.part == unit.part - 1):
            text = "…" + text.lstrip()
        if prev is not None and prev.sentence == unit.sentence and prev.part == unit.part - 1:
            out[-1] = out[-1] + ("" if _CJK_CHAR.match(out[-1][-1:] or " ") else " ") + text
        else:
            if out and prev is not None and not prev.last:
                out[-1] = out[-1].rstrip(" ,;:，；：、—–") + "…"
            if out and out[-1].endswith("…") and text.startswith("…"):
                text = text[1:]  # one gap, one mark: "training… and enabling"
            out.append(text)
        prev = unit
    if out and prev is not None and not prev.last:
        out[-1] = out[-1].rstrip(" ,;:，；：、—–") + "…"
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of a story's facts its evidence shows: distinct facts (figures and names) of the
    announcing posts and of all the story's posts, and how many of each the evidence shows."""

    announcing: int
    announcing_shown: int
    all: int
    all_shown: int

    def __add__(self, other: Coverage) -> Coverage:
        return Coverage(self.announcing + other.announcing, self.announcing_shown + other.announcing_shown,
                        self.all + other.all, self.all_shown + other.all_shown)

    @property
    def announcing_share(self) -> float:
        """Share of the announcing posts' facts shown (1.0 when they state none)."""
        return self.announcing_shown / self.announcing if self.announcing else 1.0

    @property
    def all_share(self) -> float:
        """Share of all the story's facts shown (1.0 when the posts state none)."""
        return self.all_shown / self.all if self.all else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"announcing": round(self.announcing_share, 4), "all": round(self.all_share, 4),
                "announcing_facts": self.announcing, "announcing_shown": self.announcing_shown,
                "all_facts": self.all, "all_shown": self.all_shown}


def coverage(lead: Post, others: Sequence[Post], shown: Sequence[Shown]) -> Coverage:
    """The fact coverage of `shown` (the story's evidence): of the distinct facts the story's posts
    state (`facts.fact_keys` over each post's content, `post_sentences`: the post without links,
    handles, hashtag blocks, link labels, bylines and text read as instructions), the share the
    evidence shows, for the announcing posts (`announcing`) and for all of them. A fact counts as
    shown when the shown text states it, or it is a shown post's author (the line names them).
    """
    posts = _ordered(lead, others)
    vocabulary = name_vocabulary(s for p in posts for s in post_sentences(p))
    facts = {p.id: frozenset().union(*(fact_keys(s, vocabulary) for s in post_sentences(p))) for p in posts}
    shown_facts: set[str] = set()
    for sh in shown:
        for sentence in sh.sentences:
            shown_facts |= fact_keys(sentence.strip("…"), vocabulary)
        who = [w for w in (sh.post.author_name, sh.post.author_handle) if w]
        shown_facts |= {_name_key(w) for w in who} | fact_keys(" ".join(who), vocabulary)
    first = frozenset().union(*(facts[p.id] for p in announcing(lead, others)))
    every = frozenset().union(*facts.values())
    return Coverage(len(first), len(first & shown_facts), len(every), len(every & shown_facts))


def story_posts(story: Story, posts: Mapping[str, Post]) -> tuple[Post, list[Post]] | None:
    """The story's lead (its first available post if the lead is missing) and its other posts in
    story order; None when none of its posts is in `posts`."""
    present = [posts[i] for i in dict.fromkeys(story.post_ids) if i in posts]
    lead = posts.get(story.lead_id) or (present[0] if present else None)
    if lead is None:
        return None
    return lead, [p for p in present if p.id != lead.id]


def edition_coverage(
    stories: Sequence[Story], posts: Mapping[str, Post], settings: LLMSettings | None = None
) -> dict[str, Any]:
    """An edition's fact coverage: what the LLM writer shows (or would show) the model of each story,
    summed over the stories (facts are counted per story: one figure in two stories counts twice),
    with each story's figures. The `evidence` entry of the edition's JSON summary."""
    total = Coverage(0, 0, 0, 0)
    per_story = []
    for story in stories:
        found = story_posts(story, posts)
        if found is None:
            continue
        lead, others = found
        c = coverage(lead, others, select_evidence(lead, others, settings=settings))
        total = total + c
        per_story.append({"story_id": story.id, **c.as_dict()})
    return {**total.as_dict(), "stories": per_story}


def _join(sentences: Sequence[str]) -> str:
    """One line: sentences joined by a space, with "; " where a line break ended a sentence without
    punctuation (a bullet list keeps its items apart)."""
    out = ""
    for s in sentences:
        if out:
            if out[-1] in "。！？；，、：（“":
                pass  # full-width punctuation needs no space after it
            elif out.endswith(_TERMINAL) or out[-1] in ",:(":
                out += " "
            else:
                out += "；" if _CJK_CHAR.match(out[-1]) else "; "
        out += s
    return out


def _safe(text: str) -> str:
    """No line breaks (a post is one line, so it cannot start a story marker) and no angle brackets
    (a post cannot close the `<posts>` or `<stories>` block)."""
    return re.sub(r"\s*\n\s*", " ", text).replace("<", "‹").replace(">", "›")


def render_shown(shown: Sequence[Shown], roles: Mapping[str, str] | None = None) -> str:
    """The evidence as the model reads it: `<n> <author>: <sentences>`, one post a line; `n` (from 1)
    is the post's alias, which the answer cites and the writer maps back to the post's id.

    An author whose source gives a role is shown as "Sam Altman (OpenAI CEO)": the model may call them
    so (the checks accept the role's words for that author's posts) and need not guess a title."""
    lines = []
    for n, s in enumerate(shown, 1):
        author = _safe(s.post.byline)
        role = _safe(role_of(s.post, roles)) if roles else ""
        if role and role not in author:
            author = f"{author} ({role})"
        lines.append(f"{n} {author.replace(':', ' ')}: {_safe(_join(s.sentences))}")
    return "\n".join(lines)


def render_whole(posts: Sequence[Post]) -> str:
    """Every post whole (title and cleaned text), in the same line format: the naive baseline's data."""
    shown = []
    for p in posts:
        title = re.sub(r"\s+", " ", clean_text(p.title)).strip()
        text = clean_text(p.text)
        shown.append(Shown(p, tuple(x for x in (title, text) if x) or ("(no text)",)))
    return render_shown(shown)


__all__ = ["Coverage", "Shown", "Unit", "announcing", "approx_tokens", "coverage", "edition_coverage",
           "post_sentences", "post_units", "render_shown", "render_whole", "select_evidence", "story_budget",
           "story_posts"]
