"""The `file` source: JSONL in the corpus format, so exports and archives can be imported.

One JSON object per line with at least `id`, `text` and `created_at` (the schema
of `shared/corpus/README.md`). A malformed line is skipped with a warning that
names `file:line`; the rest of the file still counts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk import untrusted
from newsdesk.errors import InputError
from newsdesk.model import Post, Ref, Source
from newsdesk.sources.base import FetchOutcome, bounded, register

_STATUS_ID = re.compile(r"/status(?:es)?/(\d+)")


def parse_time(value: Any) -> datetime:
    """ISO 8601 (with `Z` or an offset) or Unix seconds, to aware UTC; ValueError naming the value otherwise."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):  # 1e20, NaN: no year Python can hold
            raise ValueError(f"not a time: {value!r} seconds is out of range") from None
    if not isinstance(value, str) or not value:
        raise ValueError(f"not a time: {str(value)[:40]!r}")
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError(f"time without a zone: {value!r}")
    return dt.astimezone(UTC)


def _metrics(value: Any) -> dict[str, float]:
    """The `metrics` object as numbers; ValueError for one that is not an object or holds an absurd count."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValueError(f"metrics is not an object ({type(value).__name__})")
    metrics: dict[str, float] = {}
    for key, raw in value.items():
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            continue  # a counter the platform left null, or a label: not a number to rank by
        n = untrusted.plausible_count(raw)
        if n is None:
            raise ValueError(f"metrics.{key}: {str(raw)[:20]} is not a plausible count")
        metrics[str(key)] = n
    return metrics


def _refs(record: Mapping[str, Any]) -> tuple[Ref, ...]:
    refs: list[Ref] = []
    quoted = record.get("quoted_url")
    if quoted:
        match = _STATUS_ID.search(str(quoted))
        if match:
            refs.append(Ref("quoted", f"x:{match.group(1)}"))
    for ref in record.get("refs") or ():
        if isinstance(ref, Mapping) and ref.get("kind") in ("quoted", "replied_to", "reposted"):
            refs.append(Ref(ref["kind"], str(ref["post_id"])))
    return tuple(dict.fromkeys(refs))


def post_from_record(record: Mapping[str, Any], source_id: str) -> Post:
    """Map one corpus record to a Post; raises KeyError/ValueError on a record that is not one."""
    post_id = str(record["id"])
    if ":" not in post_id:
        raise ValueError(f"id {post_id!r} has no platform prefix")
    platform = str(record.get("platform") or post_id.split(":", 1)[0])
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("text is missing or not a string")
    metrics = _metrics(record.get("metrics"))
    links = tuple(str(u) for u in record.get("links") or () if isinstance(u, str))
    fetched = record.get("collected_at") or record.get("fetched_at")
    return Post(
        id=post_id,
        source_id=str(record.get("source_id") or source_id),
        platform=platform,
        author_handle=str(record.get("author_handle") or ""),
        author_name=str(record.get("author_name") or record.get("author_handle") or ""),
        url=str(record.get("url") or ""),
        # X sends some entities escaped (&amp;); readers and matchers want the characters.
        text=html.unescape(text),
        created_at=parse_time(record["created_at"]),
        fetched_at=parse_time(fetched) if fetched else None,
        lang=lang if isinstance(lang := record.get("lang"), str) and lang else None,
        title=html.unescape(str(record.get("title") or "")),
        metrics=metrics,
        links=links,
        refs=_refs(record),
        raw=dict(record),
    )


def read_posts(path: str | Path, source_id: str = "file") -> tuple[list[Post], list[str]]:
    """Read a corpus-format JSONL file; returns the posts and one warning per skipped line.

    A line is an isolation boundary: whatever is wrong with it (not JSON, nested too deep, a
    400-digit number, a field of the wrong type, a time out of range) skips that line with a
    warning naming `file:line` and the reason. A lone surrogate escape is replaced with U+FFFD
    and the line kept, with a warning. Raises InputError only when the file itself cannot be read.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open: {exc.strerror or exc}") from exc
    posts: list[Post] = []
    warnings: list[str] = []
    with handle:
        try:
            for number, data in enumerate(handle, 1):
                if not data.strip():
                    continue
                try:
                    # each line decoded on its own, so one line of another encoding costs only that line
                    line = data.decode("utf-8-sig" if number == 1 else "utf-8")
                    record, replaced = untrusted.loads_counted(line)
                    if not isinstance(record, dict):
                        raise ValueError("line is not a JSON object")
                    post, cut = bounded(post_from_record(record, source_id))
                    posts.append(post)
                    if cut:
                        warnings.append(f"{path}:{number}: {cut}")
                except Exception as exc:  # any failure of one line is that line's
                    reason = f"missing field {exc}" if isinstance(exc, KeyError) else _reason(exc)
                    warnings.append(f"{path}:{number}: skipped malformed line: {reason[:200]}")
                    continue
                if replaced:
                    warnings.append(f"{path}:{number}: {replaced} lone surrogate escape(s) replaced with U+FFFD")
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return posts, warnings


def _reason(exc: Exception) -> str:
    """What was wrong with a line, in words: our ValueErrors say it; anything else is named by its type."""
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 (byte {exc.start} of the line)"
    if isinstance(exc, ValueError | TypeError):
        return str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {exc}"


def read_many(paths: Iterable[str | Path]) -> tuple[list[Post], list[str]]:
    """Read several files, keeping the first copy of each post id."""
    seen: dict[str, Post] = {}
    warnings: list[str] = []
    for p in paths:
        posts, warns = read_posts(p)
        warnings.extend(warns)
        for post in posts:
            seen.setdefault(post.id, post)
    return list(seen.values()), warnings


@register
class FileSource:
    """Imports a local JSONL file; the locator is its path."""

    kind = "file"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        if not source.locator.strip():
            raise InputError("file locator is empty: give the path of a JSONL file")

    def fetch(self, source: Source, state: Mapping[str, Any], client: Any) -> FetchOutcome:
        try:
            posts, warnings = read_posts(source.locator, source.id)
        except InputError as exc:
            return FetchOutcome(source.id, error=str(exc))
        return FetchOutcome(source.id, posts=tuple(posts), warnings=tuple(warnings))
