"""Normalised text: what a post says once links, mentions and decoration are gone.

Every stage compares texts in these forms, so they agree on what counts as the same words:
`own_text` (the author's words), `normalise` (compare-ready), `words` and `shingles` (for
similarity), `fold` (lower case where every case-insensitive ASCII match shows), and
`post_body` (the one spelling of a post every cached text function is asked with).
Pure; works for English, Chinese and mixed text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from newsdesk.model import Post

#: a URL ends at whitespace or at CJK text/punctuation (Chinese posts run URLs into words: "...1355、")
#: (its "h" as a class outside the case-insensitive flag, the same two characters: `re` then skips to each
#: "h"/"H" rather than trying the pattern at every position; "h" has no other case-insensitive equal)
URL = re.compile(r"(?-i:[hH])ttps?://[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", re.IGNORECASE)
#: an @mention: "@" not after a word character or "@", then up to 30 word characters. Written from its
#: "@" (the look-behind after it, two characters back: the same matches as `(?<![\w@])@\w{1,30}`), so
#: `re` skips to each "@" rather than trying a look-behind at every position of the text
_MENTION = re.compile(r"@(?<![\w@]@)\w{1,30}")
_PUNCT = re.compile(r"[^\w\s]|_")
_WORD_RUN = re.compile(r"[^\W_]+")  # what lies between runs of _PUNCT or white space
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: what keeps most posts that are not NFKC from being so (a third of the corpus: full-width punctuation in
#: Chinese posts), each with its compatibility decomposition. `unicodedata.normalize` answers a text that
#: is NFKC already in ~0.4 us but takes ~12 us over one that is not; with these replaced first, most such
#: texts are (4.2 -> 0.9 us a post). The result cannot change: NFKC starts by replacing every character
#: with its full compatibility decomposition, so a character replaced by it beforehand leaves the same
#: sequence to reorder and compose (tests/test_textfacts.py checks it on random texts)
_WIDE_PUNCT = tuple((wide, unicodedata.normalize("NFKD", wide)) for wide in "，？：！（）…；")
_WORD = re.compile(r"[a-z0-9][a-z0-9\-\.\+']*[a-z0-9+]|[a-z0-9]|[\u3400-\u9fff]")


@functools.lru_cache(maxsize=1 << 18)
def strip_urls(text: str) -> str:
    """The text without URLs: t.co media links carry no words and differ per post."""
    return URL.sub(" ", text) if "://" in text else text


@functools.lru_cache(maxsize=1 << 18)
def own_text(text: str) -> str:
    """What the author wrote: no URLs, no @mentions, collapsed spaces.

    Leading @mentions of a reply say who is addressed, not what is said, so they are
    removed too; a post whose own text is empty is only a link or a picture.
    """
    text = strip_urls(text)
    if "@" in text:  # every mention starts with one: most posts have none, and the scan costs more than this test
        text = _MENTION.sub(" ", text)
    # `_SPACE.sub(" ", text).strip()`, faster: str.split and re's \s agree on what white space is
    return " ".join(text.split())


@functools.lru_cache(maxsize=1 << 18)
def normalise(text: str) -> str:
    """Compare-ready text: NFKC (full-width -> ASCII), lower case, no URLs, no punctuation runs.

    Used for exact and near-duplicate detection, so two copies of a post that differ only
    in their t.co links, spacing, case or full-width punctuation normalise alike.
    """
    text = own_text(text)
    if not unicodedata.is_normalized("NFKC", text):
        for wide, narrow in _WIDE_PUNCT:
            text = text.replace(wide, narrow)
    text = unicodedata.normalize("NFKC", text).lower()
    # one pass for what was two (punctuation to spaces, then runs of spaces to one): a run of
    # punctuation, underscores and spaces becomes one space either way. Written as the runs
    # between them, joined (the same as `re.sub(r"[\W_]+", " ", text).strip()`, ~15% faster)
    return " ".join(_WORD_RUN.findall(text))


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def words(text: str) -> list[str]:
    """Word tokens for similarity: ASCII words, and single CJK characters (no segmenter needed)."""
    return _WORD.findall(normalise(text))


def shingles(text: str, size: int = 3) -> set[str]:
    """Character shingles of the normalised text; spaces dropped so Chinese and English behave alike."""
    compact = normalise(text).replace(" ", "")
    if len(compact) <= size:
        return {compact} if compact else set()
    return {compact[i : i + size] for i in range(len(compact) - size + 1)}


#: characters that Python's case-insensitive matching equates with an ASCII letter although
#: `str.lower` does not make them one (İ lowers to two characters); `fold` maps them first
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """Lower-case text in which every case-insensitive match of an ASCII literal shows as that literal."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    return text.lower()


def post_body(post: Post) -> str:
    """Title and text as one string, the key every stage passes to the cached text functions
    (`extract_entities`, `detect_kinds`, ...): one spelling per post, so each post is read once.

    (Those functions answer alike with or without a leading space: every pattern begins with a
    letter or CJK character and its look-behinds accept both the start and a space.)
    """
    return body_of(post.title, post.text)


def body_of(title: str, text: str) -> str:
    """`post_body` from a post's title and text (what the workers are sent)."""
    # (what `" ".join(part for part in (title, text) if part)` gives, ~3x faster without the
    # generator: the main process asks for every post's body several times)
    if title and text:
        return f"{title} {text}"
    return title or text or ""


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Sorted, deduplicated: the deterministic order every stage uses for sets of names."""
    return tuple(sorted(set(items)))
