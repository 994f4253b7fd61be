"""Markup and shape: plain text with well-formed **bold** only, no instructions; a headline and 2-4 sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from newsdesk.model import Check, Post, Story
from newsdesk.writer.checks.injection import answer_aside
from newsdesk.writer.text import HEADLINE_WIDTH, count_sentences, text_width

__all__ = ["bold_spans", "check_citations", "check_markup", "check_shape", "delimiter_ok", "repair_bold"]


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
        elif s < e and (_cuts(plain, s) or _cuts(plain, e)):
            problems.append(f"bold cuts a figure or word: **{plain[s:e]}**")
        elif plain[s:e].strip() and _NO_FACT.fullmatch(plain[s:e].strip()):
            problems.append(f"bold on no fact: **{plain[s:e]}**")
    return spans, problems


def _cuts(plain: str, at: int) -> bool:
    """A bold edge at `at` falls inside a figure or a Latin word ("最高可达**1**4倍"): the bold is on part of it."""
    return 0 < at < len(plain) and plain[at - 1].isascii() and plain[at].isascii() \
        and plain[at - 1].isalnum() and plain[at].isalnum()


#: a bold span that states no fact: who speaks and how ("**他认为**", "**激动地**宣布", "**表示**"), a pronoun,
#: a manner adverb (…地) or a verb of saying or thinking, alone or together
_NO_FACT = re.compile(
    r"(?:[他她它我你]们?|作者|官方|团队|公司)?(?:[\u4e00-\u9fff]{1,3}地)?"
    r"(?:认为|觉得|表示|称|说|指出|宣布|介绍|透露|强调|坦言|提到|写道|感叹|相信|猜测|回应|解释|补充)?"
)


def repair_bold(text: str) -> str:
    """`text` with each **bold** that would not render moved off the punctuation at its edge.

    Chinese glued to a bold that starts or ends with a symbol (`在**64%**的情况`, `总计**$25M**。`)
    breaks CommonMark's flanking rule, so the asterisks would be printed. A careful model writes
    exactly that, so rather than fail the answer the symbol steps outside the bold (`**64**%的`,
    `$**25M**`) when that makes it render; anything else is left for `bold_spans` to report."""
    matches = list(re.finditer(r"\*\*(.*?)\*\*", text, re.DOTALL))
    if not matches or "*" in re.sub(r"\*\*(.*?)\*\*", "", text, flags=re.DOTALL):
        return text
    plain, marks, pos = "", [], 0
    for m in matches:
        plain += text[pos : m.start()]
        marks.append([len(plain), len(plain) + len(m.group(1))])
        plain += m.group(1)
        pos = m.end()
    plain += text[pos:]
    for mark in marks:
        s, e = mark
        if s >= e or delimiter_ok(plain, s, e):
            continue
        while s < e - 1 and _is_punct(plain[s]) and not delimiter_ok(plain, s, e):
            s += 1
        while e - 1 > s and _is_punct(plain[e - 1]) and not delimiter_ok(plain, s, e):
            e -= 1
        if delimiter_ok(plain, s, e) and plain[s:e].strip():
            mark[:] = [s, e]
    out, pos = "", 0
    for s, e in marks:
        out += plain[pos:s] + "**" + plain[s:e] + "**"
        pos = e
    return out + plain[pos:]


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
        if (said := answer_aside(text)) is not None:
            problems.append(f"{label}: instruction-like text {said[:80]!r}")
        if "\n" in text.strip():
            problems.append(f"{label}: line break")
    if "*" in headline or "[" in headline or "]" in headline:
        problems.append("headline: * or brackets (it is a link text)")
    problems.extend(f"summary: {p}" for p in bold_spans(summary)[1])
    if problems:
        return Check("markup", False, "; ".join(dict.fromkeys(problems)))
    return Check("markup", True, "plain text with **bold** only")


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
    n = count_sentences(plain)
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
