"""Source kinds: each module turns one platform's responses into `Post` records."""

from newsdesk.sources.base import REGISTRY, FetchOutcome, SourceKind, get_kind, register

__all__ = ["REGISTRY", "FetchOutcome", "SourceKind", "get_kind", "register"]
