"""What a writer hands back besides the Item: tokens spent and, for a failed story, why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsdesk.model import Item


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens a story cost, summed over every call (a retry and a failed attempt count too)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.calls + other.calls,
        )

    def get(self, key: str, default: int = 0) -> int:
        """Mapping-style access (`usage.get("prompt_tokens", 0)`), for stats code that reads dicts."""
        return int(getattr(self, key, default)) if key in self.__slots__ else default

    def as_dict(self) -> dict[str, int]:
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens, "calls": self.calls}

    @classmethod
    def total(cls, usages: Iterable[Usage]) -> Usage:
        out = cls()
        for u in usages:
            out = out + u
        return out


@dataclass(frozen=True, slots=True)
class WriteResult:
    """One story, written (or not): the Item, the tokens it cost, the prompt version used.

    `item` is None only when no writer could produce anything (for example the
    story's posts are missing); `error` then says why. An LLM failure that fell
    back to the extractive writer is a success here, with the reason on
    `item.fallback_reason`.
    """

    story_id: str
    item: Item | None
    usage: Usage = Usage()
    prompt_version: str | None = None  #: e.g. "zh-2"; None for the extractive writer
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.item is not None
