"""Who makes what: each product family's maker (`[[maker]]` in textfacts/data/stories.toml).

Read by the stories (an announcement from the maker's accounts leads its story; one maker's accounts
are one house, see `sourcelist.house_of`) and by the source list, so it lives below both.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from newsdesk.textfacts.lexicon import entries

_MAKER_ENTRIES = entries("stories", "maker", {"name": str, "families": (list, str)})

#: the maker of each product family: "claude" -> "anthropic", "gpt" -> "openai"
MAKERS: Mapping[str, str] = {family: entry["name"] for entry in _MAKER_ENTRIES for family in entry["families"]}
#: the makers by their own names ("anthropic", "openai")
MAKER_NAMES: frozenset[str] = frozenset(entry["name"] for entry in _MAKER_ENTRIES)


def maker_named(word: str) -> str | None:
    """The maker a lower-case word names, as itself or as one of its families ("claude" -> "anthropic")."""
    return word if word in MAKER_NAMES else MAKERS.get(word)


@functools.cache
def names_of(house: str) -> frozenset[str]:
    """The words an organisation's accounts name it by: its name and, for a maker, its product families."""
    return frozenset({house, *(family for family, maker in MAKERS.items() if maker == house)})
