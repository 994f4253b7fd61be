"""What a writer hands back besides the Item: tokens spent and, for a failed story, why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsdesk.config import LLMSettings
from newsdesk.model import Item


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens a story cost, summed over every call (a retry and a failed attempt count too).

    `cached` counts answers taken from the response cache: they cost no tokens and no call.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    cached: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.calls + other.calls,
            self.cached + other.cached,
        )

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def cost(self, price_input_per_mtok: float, price_output_per_mtok: float) -> float:
        """What the tokens cost at these prices per million tokens (input, output)."""
        return (self.prompt_tokens * price_input_per_mtok + self.completion_tokens * price_output_per_mtok) / 1e6

    def get(self, key: str, default: int = 0) -> int:
        """Mapping-style access (`usage.get("prompt_tokens", 0)`), for stats code that reads dicts."""
        return int(getattr(self, key, default)) if key in self.__slots__ else default

    def as_dict(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "calls": self.calls,
            "cached": self.cached,
        }

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


def token_report(usage: Usage, settings: LLMSettings) -> dict[str, Any]:
    """The edition's `tokens` entry: what was spent, how much came from the cache, and its cost."""
    return {
        "input": usage.prompt_tokens,
        "output": usage.completion_tokens,
        "calls": usage.calls,
        "cached": usage.cached,
        "cost": round(usage.cost(settings.price_input_per_mtok, settings.price_output_per_mtok), 6),
        "currency": settings.currency,
        "budget": settings.max_tokens_per_edition or None,
    }
