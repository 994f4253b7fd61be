"""Writers turn selected Stories into Items: the LLM writer when configured, else the extractive one.

    write_items(stories, posts, settings, cache=)    one token budget, results in the stories' order
      └── for each model (primary, then fallback_models), over the stories not yet written:
            cached answer? ─▶ Item (no call)      remembered rejection? ─▶ next model
            the rest, batch_size to a request (concurrency requests at a time) ─▶ per story:
              ok ─▶ Item, cached │ rejected twice / request failed ─▶ next model │ budget ─▶ extractive
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
from dataclasses import dataclass, field

from newsdesk.config import Settings
from newsdesk.errors import ConfigError, NewsdeskError
from newsdesk.model import Item, Post, Story
from newsdesk.writer.cache import CachedCall, LLMCache, MemoryCache, StoreCache, TokenBudget
from newsdesk.writer.extractive import categorize, write_extractive
from newsdesk.writer.llm import BudgetSpent, LLMWriteError, LLMWriter, Prepared, StoryOutcome, make_writers
from newsdesk.writer.result import Usage, WriteResult, token_report

__all__ = [
    "BUDGET_SPENT",
    "BudgetSpent",
    "CachedCall",
    "LLMCache",
    "LLMWriteError",
    "LLMWriter",
    "MemoryCache",
    "Prepared",
    "StoreCache",
    "StoryOutcome",
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


@dataclass(slots=True)
class _Progress:
    """One story on its way through the model chain (mutable, private to one `write_items` call)."""

    story: Story
    usage: Usage = field(default_factory=Usage)
    reasons: list[str] = field(default_factory=list)
    item: Item | None = None
    version: str | None = None
    stop: bool = False  #: written, or the budget is spent: no further model is tried


def _run_model(
    writer: LLMWriter,
    todo: list[_Progress],
    posts: Mapping[str, Post],
    *,
    cache: LLMCache | None,
    budget: TokenBudget | None,
    workers: int,
) -> None:
    """One model of the chain over the stories still unwritten: cache first, then batched requests."""
    version = writer.version
    asked: list[tuple[_Progress, Prepared, str]] = []
    for pr in todo:
        try:
            prepared = writer.prepare(pr.story, posts)
        except LLMWriteError as exc:
            pr.reasons.append(f"{writer.name}: {exc}")
            continue
        key = writer.cache_key(prepared) if cache is not None else ""
        hit = cache.get(key) if cache is not None else None
        if hit is not None and hit.ok:
            item = writer.item_from_cache(prepared, posts, hit.response)
            if item is not None:
                log.info("writer.cached story=%s model=%s", pr.story.id, writer.settings.model)
                pr.item, pr.version, pr.stop = item, version, True
                pr.usage = pr.usage + Usage(cached=1)
                continue
        elif hit is not None:
            pr.reasons.append(f"{writer.name}: {hit.response} (remembered)")
            continue
        asked.append((pr, prepared, key))
    if not asked:
        return
    batches = writer.plan_batches([p for _, p, _ in asked])

    def run(batch: list[Prepared]) -> list[StoryOutcome]:
        try:
            return writer.write_batch(batch, posts, budget=budget)
        except Exception as exc:  # a story is an isolation boundary: a bug on junk costs these stories
            log.warning(
                "writer.crashed model=%s stories=%d error=%s",
                writer.settings.model,
                len(batch),
                type(exc).__name__,
                exc_info=True,
            )
            reason = f"unexpected {type(exc).__name__} (a bug; traceback in the log)"
            return [StoryOutcome(p.story.id, None, Usage(), LLMWriteError(reason)) for p in batch]

    if len(batches) == 1 or workers == 1:
        outcomes = [o for b in batches for o in run(b)]
    else:
        with ThreadPoolExecutor(max_workers=min(workers, len(batches)), thread_name_prefix="newsdesk-writer") as pool:
            outcomes = [o for done in pool.map(run, batches) for o in done]
    # write_batch keeps each batch's order and plan_batches the stories', so outcomes line up with `asked`
    for (pr, _, key), outcome in zip(asked, outcomes, strict=True):
        assert outcome.story_id == pr.story.id
        pr.usage = pr.usage + outcome.usage
        spent = outcome.usage
        if outcome.item is not None:
            pr.item, pr.version, pr.stop = outcome.item, version, True
            if cache is not None:
                cache.put(key, _call(writer, version, pr.story.id, True, writer.answer_json(outcome.item), spent))
            continue
        exc = outcome.error
        assert exc is not None
        if isinstance(exc, BudgetSpent):
            pr.reasons.append(BUDGET_SPENT)
            pr.stop = True
            continue
        pr.reasons.append(f"{writer.name}: {exc}")
        log.warning("writer.model_failed story=%s model=%s reason=%s", pr.story.id, writer.settings.model, exc)
        if cache is not None and exc.rejected:
            cache.put(key, _call(writer, version, pr.story.id, False, str(exc), spent))


def _call(writer: LLMWriter, version: str, story_id: str, ok: bool, body: str, spent: Usage) -> CachedCall:
    """What the cache keeps of one model's answer: accepted (the answer's JSON) or rejected (why)."""
    return CachedCall(writer.settings.model, version, story_id, ok, body, spent.prompt_tokens, spent.completion_tokens)


def _finish(pr: _Progress, posts: Mapping[str, Post], settings: Settings, version: str | None) -> WriteResult:
    """The story's result: the LLM's item with the earlier models' reasons, else the extractive writer's.

    Raises what the extractive writer raises (InputError: none of the story's posts is in `posts`).
    """
    if pr.item is not None:
        item = dataclasses.replace(pr.item, fallback_reason="; ".join(pr.reasons) or None)
        return WriteResult(pr.story.id, item, pr.usage, prompt_version=pr.version)
    categories = settings.edition.categories
    if version is None:
        return WriteResult(
            pr.story.id, write_extractive(pr.story, posts, categories=categories, language=settings.llm.language)
        )
    reason = "; ".join(pr.reasons)
    log.warning("writer.fell_back story=%s reason=%s", pr.story.id, reason)
    item = write_extractive(pr.story, posts, categories=categories, language=settings.llm.language)
    item = dataclasses.replace(item, fallback_reason=reason[:1000])
    return WriteResult(pr.story.id, item, pr.usage, prompt_version=version)


def _roles(settings: Settings) -> dict[str, str]:
    """The configured sources' roles (`sourcelist.source_roles`); a broken source list costs the roles only."""
    from newsdesk.sourcelist import effective_sources, source_roles

    try:
        return source_roles(effective_sources(settings))
    except ConfigError as exc:
        log.warning("writer.no_roles reason=%s", exc)
        return {}


def _write(
    stories: Sequence[Story],
    posts: Mapping[str, Post],
    settings: Settings,
    *,
    llm: LLMWriter | Sequence[LLMWriter] | None,
    cache: LLMCache | None,
    budget: TokenBudget | None,
) -> tuple[list[_Progress], str | None]:
    """Run the model chain over `stories`; the progress of each, and the primary prompt's version."""
    progress = [_Progress(s) for s in stories]
    if not settings.llm.enabled or not stories:
        return progress, None
    if llm is None:
        writers = make_writers(settings.llm, categories=settings.edition.categories, roles=_roles(settings))
    else:
        writers = _chain(llm)
    try:
        for writer in writers:
            todo = [pr for pr in progress if not pr.stop]
            if not todo:
                break
            _run_model(writer, todo, posts, cache=cache, budget=budget, workers=settings.llm.concurrency)
        return progress, writers[0].version
    finally:
        if llm is None:
            for writer in writers:
                writer.close()


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
    [pr], version = _write([story], posts, settings, llm=llm, cache=cache, budget=budget)
    return _finish(pr, posts, settings, version)


def write_items(
    stories: Sequence[Story],
    posts: Mapping[str, Post],
    settings: Settings,
    *,
    llm: LLMWriter | Sequence[LLMWriter] | None = None,
    cache: LLMCache | None = None,
) -> list[WriteResult]:
    """Write every story, results in the stories' order.

    Stories the cache (the store's call log, usually) holds a checked answer for are not
    sent; the others go `settings.llm.batch_size` to a request (fewer when a request would
    pass `batch_input_tokens`), `settings.llm.concurrency` requests at a time. One
    `TokenBudget` of `settings.llm.max_tokens_per_edition` covers all of them. A story
    that cannot be written becomes a result with `item=None` and `error`, whatever it
    failed with (anything but our own errors is a bug, logged with its traceback).
    """
    if not stories:
        return []
    budget = TokenBudget(settings.llm.max_tokens_per_edition)
    progress, version = _write(stories, posts, settings, llm=llm, cache=cache, budget=budget)
    results = []
    for pr in progress:
        try:
            results.append(_finish(pr, posts, settings, version))
        except NewsdeskError as exc:
            log.warning("writer.failed story=%s error=%s", pr.story.id, exc)
            results.append(WriteResult(pr.story.id, None, pr.usage, error=str(exc)))
        except Exception as exc:  # one story's bug (odd text the writer trips on) leaves only that story out
            log.warning("writer.crashed story=%s error=%s", pr.story.id, type(exc).__name__, exc_info=True)
            error = f"unexpected {type(exc).__name__} writing the story (a bug; traceback in the log)"
            results.append(WriteResult(pr.story.id, None, pr.usage, error=error))
    return results
