"""Writers turn a selected Story into an Item: the LLM writer when configured, else the extractive one.

    write_items(stories, posts, settings)        bounded concurrency, one result per story, in order
      └── write_story(story, posts, settings)    LLM ─LLMError─▶ extractive (reason on the Item)

Both writers' output is verified by `checks` (numbers, names, markup, shape,
citations) and the checks are recorded on `Item.checks`. Token usage is not a
property of an Item, so it travels next to it in a `WriteResult`; the edition
sums `result.usage` into its stats (`Usage.total`). A story that cannot be
written at all (its posts are missing) is a `WriteResult` with `item=None` and
an `error`, never an exception that sinks the other stories.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

from newsdesk.config import Settings
from newsdesk.errors import LLMError, NewsdeskError
from newsdesk.model import Post, Story
from newsdesk.writer.extractive import categorize, write_extractive
from newsdesk.writer.llm import LLMWriteError, LLMWriter
from newsdesk.writer.result import Usage, WriteResult

__all__ = [
    "LLMWriteError",
    "LLMWriter",
    "Usage",
    "WriteResult",
    "categorize",
    "write_extractive",
    "write_items",
    "write_story",
]

log = logging.getLogger(__name__)


def write_story(
    story: Story,
    posts: Mapping[str, Post],
    settings: Settings,
    *,
    llm: LLMWriter | None = None,
) -> WriteResult:
    """Write one story. With `settings.llm.enabled`, the LLM writer (`llm`, or one made for this
    call); on `LLMError` the extractive writer, with the reason in `Item.fallback_reason`.

    Raises only what the extractive writer raises (InputError: none of the story's posts is in `posts`).
    """
    categories = settings.edition.categories
    if not settings.llm.enabled:
        return WriteResult(story.id, write_extractive(story, posts, categories=categories))
    own = llm is None
    writer = llm or LLMWriter(settings.llm, categories=categories)
    try:
        item, usage = writer.write(story, posts)
        return WriteResult(story.id, item, usage, prompt_version=writer.prompt.version)
    except LLMError as exc:
        usage = exc.usage if isinstance(exc, LLMWriteError) else Usage()
        log.warning("writer.fell_back story=%s reason=%s", story.id, exc)
        item = write_extractive(story, posts, categories=categories)
        item = dataclasses.replace(item, fallback_reason=str(exc))
        return WriteResult(story.id, item, usage, prompt_version=writer.prompt.version)
    finally:
        if own:
            writer.close()


def write_items(
    stories: Sequence[Story],
    posts: Mapping[str, Post],
    settings: Settings,
    *,
    llm: LLMWriter | None = None,
) -> list[WriteResult]:
    """Write every story, `settings.llm.concurrency` at a time, results in the stories' order.

    A story that fails with one of our errors becomes a result with `item=None`
    and `error`; anything else is a bug and propagates.
    """
    if not stories:
        return []

    def one(story: Story, writer: LLMWriter | None) -> WriteResult:
        try:
            return write_story(story, posts, settings, llm=writer)
        except NewsdeskError as exc:
            log.warning("writer.failed story=%s error=%s", story.id, exc)
            return WriteResult(story.id, None, error=str(exc))

    if not settings.llm.enabled:
        return [one(s, None) for s in stories]
    writer = llm or LLMWriter(settings.llm, categories=settings.edition.categories)
    try:
        workers = max(1, min(settings.llm.concurrency, len(stories)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsdesk-writer") as pool:
            return list(pool.map(lambda s: one(s, writer), stories))
    finally:
        if llm is None:
            writer.close()
