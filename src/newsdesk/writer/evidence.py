"""Evidence: the few sentences of a story's posts that carry it, which is all the LLM writer shows the model.

    story's posts, lead first
      ─clean─▶ sentences (no URLs, handle-only lines, hashtag blocks, emoji, thread markers, "Paper:" stubs,
               bylines, text that reads as instructions to the model)
      ─pick─▶ the lead's opening, then sentences that add a number or a name not yet shown,
              never one that repeats a shown sentence, until the story's token budget is spent
      ─render─▶ "1 Author: sentence sentence" lines, one per post, short aliases instead of post ids

Why not whole posts: a summary of 2-4 sentences may only state what the posts say (the checks in
`checks/` hold it to that, against the *whole* posts it cites), so a sentence that adds no number or
name and is not the lead's opening only costs tokens. Why a budget in tokens, not characters: a
Chinese character costs about one token and an English one about a quarter, so a character cap is
four times looser on one than on the other.

Pure functions over `Post`s: no I/O, no tokenizer (`approx_tokens` is close enough for a cap).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsdesk.model import Post
from newsdesk.writer.checks import ZH_ENTITIES, extract_numbers, instruction_like, name_tokens, role_of
from newsdesk.writer.text import clean_text, split_sentences, text_width, trim_to_width

STORY_TOKENS = 90  #: evidence one story may show the model: the lead's news and one or two added facts
OPENING_TOKENS = 16  #: a lead whose first sentence is shorter also shows its second: one may not say what happened
SENTENCE_TOKENS = 60  #: a longer sentence (an unpunctuated paragraph) is cut at a clause and marked …
MAX_POSTS = 3  #: posts shown per story: the lead and up to two that add facts
REPEAT_OVERLAP = 0.6  #: a sentence sharing this much of its words with shown text repeats it

_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]*|[\u3400-\u9fff]")
#: thread markers: "1/", "1/n", "2/7", "(3/5)" opening a line ("1/3 of users", "1/3 的用户" stay: a number
#: over a number is a thread marker only before a capital), or closing a sentence; "Thread:"; "🧵" (emoji
#: are gone after clean_text)
_THREAD = re.compile(
    r"^\s*(?:\(?\d{1,2}\s*/\s*n?\)?[.:]?(?=\s*$|\s+(?-i:[^a-z0-9\s]))"
    r"|\(?\d{1,2}\s*/\s*\d{1,2}\)?[.:]?(?=\s*$|\s+(?-i:[A-Z(]))"
    r"|(?:a )?thread\s*[:：])\s*"
    r"|(?<=[.!?。！？])\s*\(?\d{1,2}\s*/\s*(?:\d{1,2}|n)?\)?\s*$",
    re.IGNORECASE,
)
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


_FIRST_WORD = re.compile(r"^[A-Z][a-z]+(?=[\s,:;!?.])")
_ZH_NAME = re.compile("|".join(sorted(map(re.escape, ZH_ENTITIES), key=len, reverse=True)))


def _facts(text: str) -> frozenset[str]:
    """What a sentence could add to a summary the checks allow: its numbers (normalised) and names.

    A plain capitalised first word ("Proud of this team.") is not taken for a name here: the checks
    would count it, but a sentence whose only "fact" it is adds nothing worth its tokens."""
    numbers = {f"{q.value:g}{'%' if q.percent else ''}" for q in extract_numbers(text)}
    names = {t.lower() for t in name_tokens(_FIRST_WORD.sub(lambda m: m.group(0).lower(), text))}
    return frozenset(numbers | names | set(_ZH_NAME.findall(text)))


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


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
        text = text[len(title) :].lstrip(" :：.-—\n")
    lines = [_THREAD.sub("", line).strip() for line in text.splitlines()]
    for sentence in split_sentences("\n".join(line for line in lines if _usable(line))):
        sentence = _THREAD.sub("", sentence).strip()
        if _usable(sentence) and not instruction_like(sentence) and sentence not in out:
            out.append(_cap(sentence, SENTENCE_TOKENS))
    return out


@dataclass(frozen=True, slots=True)
class Shown:
    """One post as the model sees it: the post and the sentences of it that are shown, in reading order."""

    post: Post
    sentences: tuple[str, ...]


def _repeats(sentence: str, shown_words: Sequence[frozenset[str]]) -> bool:
    words = _words(sentence)
    if not words:
        return True
    return any(len(words & seen) >= REPEAT_OVERLAP * len(words) for seen in shown_words)


def select_evidence(lead: Post, others: Sequence[Post], *, budget_tokens: int = STORY_TOKENS) -> list[Shown]:
    """The story's evidence: the lead's opening, then the sentences that add facts, within `budget_tokens`.

    The lead's first sentence comes first (it says what happened; an article's title counts as one),
    and its second too when the first is short. Then the story's sentences are taken by how many
    numbers and names they add that no shown sentence has, per token (the lead's first on a tie),
    while they fit; a sentence that adds none, or shares most of its words with a shown one, is left
    out. At most `MAX_POSTS` posts are shown. The lead is always shown, with at least its first
    sentence (cut to fit).
    """
    sentences = {p.id: post_sentences(p) for p in [lead, *others]}
    picked: dict[str, set[int]] = {p.id: set() for p in [lead, *others]}
    known: set[str] = set()
    shown_words: list[frozenset[str]] = []
    used = 0

    def take(post: Post, i: int, text: str) -> None:
        nonlocal used
        picked[post.id].add(i)
        sentences[post.id][i] = text
        known.update(_facts(text))
        shown_words.append(_words(text))
        used += approx_tokens(text) + 1

    lead_sentences = sentences[lead.id]
    if lead_sentences:
        take(lead, 0, _cap(lead_sentences[0], max(budget_tokens // 2, 8)))
    if len(lead_sentences) > 1 and used <= OPENING_TOKENS:
        second = lead_sentences[1]
        if used + approx_tokens(second) <= budget_tokens and not _repeats(second, shown_words):
            take(lead, 1, second)
    if not lead_sentences:  # a link-only post: the model is told there is no text, not left to guess
        sentences[lead.id] = ["(no text)"]
        picked[lead.id].add(0)

    while True:
        best: tuple[float, int, int, Post, int, str] | None = None
        for rank, post in enumerate([lead, *others]):
            if not picked[post.id] and sum(1 for p in picked.values() if p) >= MAX_POSTS:
                continue
            for i, s in enumerate(sentences[post.id]):
                if i in picked[post.id]:
                    continue
                new = len(_facts(s) - known)
                cost = approx_tokens(s) + 1 + (0 if picked[post.id] else 6)  # a new post's line costs a little
                if not new or used + cost > budget_tokens or _repeats(s, shown_words):
                    continue
                key = (new / cost, -rank, -i)
                if best is None or key > best[:3]:
                    best = (new, -rank, -i, post, i, s)
        if best is None:
            break
        _, _, _, post, i, s = best
        take(post, i, s)

    return [Shown(p, tuple(sentences[p.id][i] for i in sorted(picked[p.id]))) for p in [lead, *others] if picked[p.id]]


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
        author = _safe(s.post.author_name.strip() or s.post.author_handle.strip() or s.post.source_id)
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


__all__ = [
    "STORY_TOKENS",
    "Shown",
    "approx_tokens",
    "post_sentences",
    "render_shown",
    "render_whole",
    "select_evidence",
]
