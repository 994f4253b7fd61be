"""Faithfulness checks in code: what a written item claims must be in the posts it cites.

Every function is pure and returns `Check` records (name, ok, detail), so the
writers record them on the `Item` and an evaluation can re-run them on any
headline and summary, from any writer. One module per job:

    run_checks(headline, summary, story=..., posts=..., citations=...)
        ├── citations  cited ids are non-empty and belong to the story           (markup.py)
        ├── numbers    every number (500万 = 5 million = 5M; 25%; 千亿 with no figure) is in a   (numbers.py)
        │              cited post as the same kind, currency and hedge, for its subject, beside its own name
        │              and words (not another benchmark's or another part of the sentence's), a range not
        │              cut to one end, a fall to a share not written as a fall by it, "in theory" not as done
        ├── names      every Latin-script name/model/product token (GPT-5.5, Hugging Face), known
        │              Chinese rendering (谷歌, A社), Chinese company name (蓝鲸科技) and Chinese speaker
        │              (梁文锋宣布) is in one (names.py)
        ├── claims     firsts, superlatives, comparisons, times, mandates, negations, repeats, deals, "open to
        │              all", raises (首个, 最强, 超越, 将于, 强制, 无需, 多次, 签约, 所有用户, 涨价) have their kind
        │              of word in one (first, best, beats, will, law, not, multiple, signed, everyone, raise), a
        │              comparison with a named rival where they name it, and one the posts only guess stays a
        │              guess  (claims.py)
        ├── markup     no URL, HTML, Markdown other than well-formed **bold** on whole facts (not part of a
        │              figure, not **他认为**), no instruction-like text or chat model's aside, scored on cues
        │              (injection.py)
        └── shape      headline width, 2-4 sentences, 1-3 bold spans             (markup.py)

The checks are deliberately asymmetric: claims are read strictly, evidence
leniently, so a faithful translation passes and an invented figure does not.
What they cannot see is listed in docs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from newsdesk.model import Check, Post, Story
from newsdesk.writer.checks.claims import check_claims
from newsdesk.writer.checks.injection import answer_aside, instruction_cues, instruction_like
from newsdesk.writer.checks.markup import (
    bold_spans,
    check_citations,
    check_markup,
    check_shape,
    delimiter_ok,
    repair_bold,
)
from newsdesk.writer.checks.names import (
    _NAME_TOKEN,
    GENERIC_TERMS,
    ZH_ENTITIES,
    _common_word,
    check_names,
    name_tokens,
)
from newsdesk.writer.checks.numbers import Quantity, check_numbers, extract_numbers

__all__ = [
    "GENERIC_TERMS",
    "ZH_ENTITIES",
    "_NAME_TOKEN",
    "Quantity",
    "_common_word",
    "answer_aside",
    "bold_spans",
    "check_citations",
    "check_claims",
    "check_markup",
    "check_names",
    "check_numbers",
    "check_shape",
    "delimiter_ok",
    "evidence_text",
    "extract_numbers",
    "failed",
    "handle_words",
    "instruction_cues",
    "instruction_like",
    "name_tokens",
    "repair_bold",
    "role_of",
    "run_checks",
]


def role_of(post: Post, roles: Mapping[str, str]) -> str:
    """The role its source gives a post's author ("OpenAI CEO"): by author (`x:sama`), else by source id."""
    return roles.get(f"{post.platform}:{post.author_handle.lstrip('@').lower()}") or roles.get(post.source_id, "")


def handle_words(handle: str) -> str:
    """An account handle read as the name it spells: "ClementDelangue" -> "Clement Delangue", "hwchase17"
    -> "hwchase17". The display name is often a nickname ("clem 🤗") while the handle carries the real one."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", handle.lstrip("@")).replace("_", " ")


def evidence_text(post: Post, roles: Mapping[str, str] | None = None) -> str:
    """What a post lets a summary say: its title, text and author (display name, handle and the name
    the handle spells), and the author's role when a source gives one."""
    role = role_of(post, roles) if roles else ""
    spelled = handle_words(post.author_handle)
    spelled = spelled if spelled != post.author_handle.lstrip("@") else ""
    return "\n".join(s for s in (post.title, post.text, post.author_name, post.author_handle, spelled, role) if s)


def run_checks(
    headline: str,
    summary: str,
    *,
    story: Story,
    posts: Mapping[str, Post],
    citations: Sequence[str],
    min_sentences: int = 2,
    min_bold: int = 1,
    roles: Mapping[str, str] | None = None,
) -> tuple[Check, ...]:
    """All checks of one written item, against the posts it cites (only those that belong to the story).

    `min_bold` 0: the extractive writer, which bolds nothing rather than a phrase that is no key fact.
    `roles` (`sourcelist.source_roles`): an author's role counts as evidence of the posts that author wrote,
    so "LangChain CEO Harrison Chase" passes when the source says so, and "OpenAI CTO" does not."""
    cite = check_citations(citations, story, posts)
    evidence = [evidence_text(posts[c], roles) for c in citations if c in posts and c in story.post_ids]
    both = f"{headline}\n{summary}"
    # who speaks is no figure's subject: the author's names, the name the handle spells, the role's words
    speakers = [
        s
        for c in citations
        if c in posts
        for s in (
            posts[c].author_name,
            posts[c].author_handle,
            handle_words(posts[c].author_handle),
            role_of(posts[c], roles) if roles else "",
        )
        if s
    ]
    return (
        cite,
        check_numbers(both, evidence, speakers, headline_first=True),
        check_names(both, evidence, [evidence_text(posts[i], roles) for i in story.post_ids if i in posts]),
        check_claims(both, evidence),
        check_markup(headline, summary),
        check_shape(headline, summary, min_sentences=min_sentences, min_bold=min_bold),
    )


def failed(checks: Iterable[Check]) -> tuple[Check, ...]:
    return tuple(c for c in checks if not c.ok)
