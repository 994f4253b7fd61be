"""Text facts of one window's posts, computed ahead of the stages that ask for them.

A large window has its posts' texts read by worker processes (see pipeline.py): own and
normalised text, entities, link keys, news kinds, wording tokens, figures. Their answers
reach the stages in a `TextFacts` that one pipeline run owns and passes to each stage as an
argument; a stage asks it where it would have asked the text function. An answer it holds is
the one the function gives, so a stage gets the same value either way, only sooner; a text it
holds nothing for is answered by the (cached) function itself. Nothing lives at module level:
two runs in one process each have their own facts and cannot see each other's.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

from newsdesk.model import Post
from newsdesk.textfacts.entities import extract_entities
from newsdesk.textfacts.kinds import detect_kinds
from newsdesk.textfacts.links import link_keys_of
from newsdesk.textfacts.normal import normalise, own_text

T = TypeVar("T")

#: the facts a `TextFacts` can hold, by the name `add` takes: what each is the answer of
NAMES = ("own_text", "normalise", "entities", "link_keys", "kinds", "content_tokens", "figures", "announces")


class TextFacts:
    """Answers of the text functions for some texts: own_text and normalise of a post's text,
    entities and kinds of its body (`post_body`), link keys of (text, links), and the stages'
    own `cluster.content_tokens`, `rank.figures_in` and `rank.announces` (asked through `answer`)."""

    __slots__ = ("_entities", "_kinds", "_links", "_normal", "_own", "_sealed", "_tables")

    def __init__(self, *, sealed: bool = False) -> None:
        self._tables: dict[str, dict[Hashable, Any]] = {name: {} for name in NAMES}
        self._own = self._tables["own_text"]
        self._normal = self._tables["normalise"]
        self._entities = self._tables["entities"]
        self._links = self._tables["link_keys"]
        self._kinds = self._tables["kinds"]
        self._sealed = sealed

    def add(self, name: str, answers: Mapping[Hashable, Any]) -> None:
        """Answers of the fact `name` (one of NAMES) for some keys: the values the function
        would compute, computed elsewhere."""
        if self._sealed:
            raise TypeError("NO_FACTS holds no answers; a pipeline run makes its own TextFacts")
        self._tables[name].update(answers)

    def own_text(self, text: str) -> str:
        known = self._own.get(text)
        return known if known is not None else own_text(text)

    def normalise(self, text: str) -> str:
        known = self._normal.get(text)
        return known if known is not None else normalise(text)

    def entities(self, body: str) -> frozenset[str]:
        known = self._entities.get(body)
        return known if known is not None else extract_entities(body)

    def link_keys(self, post: Post) -> frozenset[str]:
        known = self._links.get((post.text, post.links))
        return known if known is not None else link_keys_of(post.text, post.links)

    def kinds(self, body: str) -> frozenset[str]:
        known = self._kinds.get(body)
        return known if known is not None else detect_kinds(body)

    def answer(self, name: str, key: Hashable, compute: Callable[[Any], T], keep: bool = False) -> T:
        """The answer of `name` for `key` held here, else `compute(key)`: for the facts whose
        function lives in a stage (`content_tokens`, `figures`, `announces`). `keep`: hold a
        computed answer too, for a fact two places ask of one text (the lead and the rank part
        both ask a story's posts whether they word an announcement); NO_FACTS holds nothing."""
        table = self._tables[name]
        known = table.get(key)
        if known is not None:
            return known
        found = compute(key)
        if keep and not self._sealed:
            table[key] = found
        return found


#: no facts: every question goes to the text function (the default of every stage that takes facts)
NO_FACTS = TextFacts(sealed=True)
