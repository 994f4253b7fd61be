"""Writers turn a selected Story into an Item: the LLM writer when configured, else the extractive one.

    write_items(stories, posts, settings, cache=)    bounded concurrency, one token budget, results in order
      └── write_story(story, posts, settings)        for each model (primary, then fallback_models):
                                                       cached answer? ─▶ Item (no call)
                                                       remembered rejection? ─▶ next model
                                                       budget left? ─no─▶ extractive ("token budget spent")
                                                       call ─ok─▶ Item, cached │ LLMError ─▶ next model
                                                     none left ─▶ extractive (every reason on the Item)

Both writers' output is verified by `checks` (numbers, names, markup, shape,
citations) and the checks are recorded on `Item.checks`. Token usage is not a
property of an Item, so it travels next to it in a `WriteResult`; the edition
sums `result.usage` into its stats (`Usage.total`, `token_report`). A story that
cannot be written at all (its posts are missing) is a `WriteResult` with
`item=None` and an `error`, never an exception that sinks the other stories.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

from newsdesk.config import Settings
from newsdesk.errors import LLMError, NewsdeskError
from newsdesk.model import Post, Story
from newsdesk.writer.cache import CachedCall, LLMCache, MemoryCache, StoreCache, TokenBudget
from newsdesk.writer.extractive import categorize, write_extractive
from newsdesk.writer.llm import BudgetSpent, LLMWriteError, LLMWriter, make_writers
from newsdesk.writer.result import Usage, WriteResult, token_report

__all__ = [
    "BUDGET_SPENT",
    "BudgetSpent",
    "CachedCall",
    "LLMCache",
    "LLMWriteError",
    "LLMWriter",
    "MemoryCache",
    "StoreCache",
    "TokenBudget",
    "Usage",
    "WriteResult",
    "categorize",
    "make_writers",
    "token_report",
    "write_extractive",
    "write_items",
    "write_story",
]

BUDGET_SPENT = "token budget spent"  #: the fallback reason of stories the budget could not cover

log = logging.getLogger(__name__)


def _chain(llm: LLMWriter | Sequence[LLMWriter]) -> list[LLMWriter]:
    return [llm] if isinstance(llm, LLMWriter) else list(llm)


def write_story(
    story: Story,
    posts: Mapping[str, Post],
    settings: Settings,
    *,
    llm: LLMWriter | Sequence[LLMWriter] | None = None,
    cache: LLMCache | None = None,
    budget: TokenBudget | None = None,
) -> WriteResult:
    """Write one story. With `settings.llm.enabled`, the LLM writers (`llm`: one writer or the
    chain to try in order; default: the primary and fallback models of `settings.llm`), served
    from `cache` when it holds a checked answer; on `LLMError` from every model, or when `budget`
    is spent, the extractive writer, with the reasons in `Item.fallback_reason`.

    Raises only what the extractive writer raises (InputError: none of the story's posts is in `posts`).
    """
    categories = settings.edition.categories
    if not settings.llm.enabled:
        return WriteResult(story.id, write_extractive(story, posts, categories=categories))
    own = llm is None
    writers = make_writers(settings.llm, categories=categories) if llm is None else _chain(llm)
    usage = Usage()
    reasons: list[str] = []
    try:
        for writer in writers:
            version = writer.prompt.version
            key = writer.cache_key(story, posts) if cache is not None else ""
            hit = cache.get(key) if cache is not None else None
            if hit is not None and hit.ok:
                item = writer.item_from_cache(story, posts, hit.response)
                if item is not None:
                    log.info("writer.cached story=%s model=%s", story.id, writer.settings.model)
                    item = dataclasses.replace(item, fallback_reason="; ".join(reasons) or None)
                    return WriteResult(story.id, item, usage + Usage(cached=1), prompt_version=version)
            elif hit is not None:
                reasons.append(f"{writer.name}: {hit.response} (remembered)")
                continue
            try:
                item, spent = writer.write(story, posts, budget=budget)
            except BudgetSpent as exc:
                usage = usage + exc.usage
                reasons.append(BUDGET_SPENT)
                break
            except LLMError as exc:
                spent = exc.usage if isinstance(exc, LLMWriteError) else Usage()
                usage = usage + spent
                reasons.append(f"{writer.name}: {exc}")
                log.warning("writer.model_failed story=%s model=%s reason=%s", story.id, writer.settings.model, exc)
                if cache is not None and isinstance(exc, LLMWriteError) and exc.rejected:
                    cache.put(key, CachedCall(writer.settings.model, version, story.id, False, str(exc),
                                              spent.prompt_tokens, spent.completion_tokens))
                continue
            usage = usage + spent
            if cache is not None:
                cache.put(key, CachedCall(writer.settings.model, version, story.id, True, writer.answer_json(item),
                                          spent.prompt_tokens, spent.completion_tokens))
            item = dataclasses.replace(item, fallback_reason="; ".join(reasons) or None)
            return WriteResult(story.id, item, usage, prompt_version=version)
        reason = "; ".join(reasons)
        log.warning("writer.fell_back story=%s reason=%s", story.id, reason)
        item = write_extractive(story, posts, categories=categories)
        item = dataclasses.replace(item, fallback_reason=reason[:1000])
        return WriteResult(story.id, item, usage, prompt_version=writers[0].prompt.version)
    finally:
        if own:
            for writer in writers:
                writer.close()


def write_items(
    stories: Sequence[Story],
    posts: Mapping[str, Post],
    settings: Settings,
    *,
    llm: LLMWriter | Sequence[LLMWriter] | None = None,
    cache: LLMCache | None = None,
) -> list[WriteResult]:
    """Write every story, `settings.llm.concurrency` at a time, results in the stories' order.

    One `TokenBudget` of `settings.llm.max_tokens_per_edition` covers all of them;
    `cache` (the store's call log, usually) serves stories already written with the
    same posts, model and prompt version. A story that fails with one of our errors
    becomes a result with `item=None` and `error`; anything else is a bug and propagates.
    """
    if not stories:
        return []
    budget = TokenBudget(settings.llm.max_tokens_per_edition)

    def one(story: Story, writers: list[LLMWriter] | None) -> WriteResult:
        try:
            return write_story(story, posts, settings, llm=writers, cache=cache, budget=budget)
        except NewsdeskError as exc:
            log.warning("writer.failed story=%s error=%s", story.id, exc)
            return WriteResult(story.id, None, error=str(exc))

    if not settings.llm.enabled:
        return [one(s, None) for s in stories]
    writers = make_writers(settings.llm, categories=settings.edition.categories) if llm is None else _chain(llm)
    try:
        workers = max(1, min(settings.llm.concurrency, len(stories)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="newsdesk-writer") as pool:
            return list(pool.map(lambda s: one(s, writers), stories))
    finally:
        if llm is None:
            for writer in writers:
                writer.close()
