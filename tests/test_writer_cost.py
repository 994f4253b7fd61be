"""Cost and resilience of the writer, in process, against the fake OpenAI server: transport retries
with backoff, fallback models, the response cache (also over a real store), the token budget, and
the configuration behind them. Nothing patches the client.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr

from newsdesk.config import LLMSettings, Settings, load_settings
from newsdesk.errors import ConfigError
from newsdesk.model import Post, Story
from newsdesk.store import open_store
from newsdesk.writer import (
    BUDGET_SPENT,
    CachedCall,
    MemoryCache,
    StoreCache,
    TokenBudget,
    Usage,
    make_writers,
    token_report,
    write_items,
    write_story,
)
from newsdesk.writer.cache import cache_key, content_hash
from newsdesk.writer.checks import check_names, name_tokens
from newsdesk.writer.llm import LLMWriter, estimate_tokens, load_prompt

from fake_llm import FakeLLM, FakeReply, answer, faithful, status

NOW = datetime(2026, 4, 22, 4, 0, tzinfo=UTC)
CATEGORIES = ("AI快讯", "技术前沿", "开源动态", "行业动态", "观点评论", "政策监管", "投融资")


def post(n: int, text: str) -> Post:
    return Post(id=f"x:{n}", source_id="t", platform="x", author_handle=f"a{n}", author_name=f"Author {n}",
                url=f"https://x.com/a{n}/status/{n}", text=text, created_at=NOW)


POSTS = {p.id: p for p in (post(1, "Nimbus-4 Pro is out with a 1M token context."),
                           post(2, "Tern 1.0 ships with 12,000 GitHub stars."),
                           post(3, "Lumen-7B: a 7B open-weights model trained on 9T tokens."))}
STORIES = [Story(id=f"s:{i}", post_ids=(i,), lead_id=i, first_seen=NOW) for i in POSTS]


def settings(fake: FakeLLM, **llm: object) -> Settings:
    values: dict[str, object] = {"base_url": fake.base_url, "model": "m1", "timeout_s": 5.0, "max_retries": 0,
                                 "api_key": SecretStr("sk-test"), "concurrency": 1, **llm}
    return Settings(llm=LLMSettings(**values))  # type: ignore[arg-type]


# --- transport: the SDK's retries with backoff, bounded by max_retries -------------------------------


@pytest.mark.parametrize("code", [429, 500, 502, 503])
def test_retryable_statuses_are_retried_then_answered(fake_llm: FakeLLM, code: int) -> None:
    fake_llm.queue(status(code, retry_after_ms=10), status(code, retry_after_ms=10))
    fake_llm.respond_with(faithful)
    result = write_story(STORIES[0], POSTS, settings(fake_llm, max_retries=2))
    assert result.item is not None and result.item.writer == "llm:m1" and result.item.fallback_reason is None
    assert len(fake_llm.requests) == 3
    assert result.usage == Usage(100, 50, 1)  # the failed attempts were retried inside one call


def test_client_errors_are_not_retried(fake_llm: FakeLLM) -> None:
    fake_llm.queue(status(400, retry_after_ms=10))
    result = write_story(STORIES[0], POSTS, settings(fake_llm, max_retries=3))
    assert result.item is not None and "HTTP 400" in (result.item.fallback_reason or "")
    assert len(fake_llm.requests) == 1


def test_backoff_honours_retry_after(fake_llm: FakeLLM) -> None:
    import time

    fake_llm.queue(status(429, retry_after="1"))
    fake_llm.respond_with(faithful)
    started = time.monotonic()
    result = write_story(STORIES[0], POSTS, settings(fake_llm, max_retries=1))
    assert time.monotonic() - started >= 0.9  # waited the server's Retry-After, not less
    assert result.item is not None and result.item.writer == "llm:m1"


# --- fallback models -----------------------------------------------------------------------------------


def test_fallback_models_are_tried_in_order(fake_llm: FakeLLM) -> None:
    def reply(body: dict) -> FakeReply:  # type: ignore[type-arg]
        return {"m1": status(500), "m2": answer(headline="x", summary="y", category="AI快讯", citations=[])}.get(
            body["model"], faithful(body))

    fake_llm.respond_with(reply)
    result = write_story(STORIES[0], POSTS, settings(fake_llm, fallback_models=("m2", "m3")))
    item = result.item
    assert item is not None and item.writer == "llm:m3"
    assert "llm:m1" in (item.fallback_reason or "") and "HTTP 500" in (item.fallback_reason or "")
    assert "llm:m2" in (item.fallback_reason or "") and "rejected after a retry" in (item.fallback_reason or "")
    assert [r.body["model"] for r in fake_llm.requests] == ["m1", "m2", "m2", "m3"]
    assert result.usage.calls == 4


def test_fallback_on_another_endpoint_with_its_own_key(fake_llm: FakeLLM) -> None:
    with FakeLLM() as other:
        other.respond_with(faithful)
        fake_llm.respond_with(lambda body: status(503))
        s = settings(fake_llm, fallback_models=({"model": "local", "base_url": other.base_url,
                                                 "api_key_env": "OTHER_KEY", "api_key": SecretStr("sk-other")},))
        result = write_story(STORIES[0], POSTS, s)
        assert result.item is not None and result.item.writer == "llm:local"
        assert other.requests[0].headers["authorization"] == "Bearer sk-other"
        assert fake_llm.requests[0].headers["authorization"] == "Bearer sk-test"


def test_fallback_models_from_file_and_environment(tmp_path: Path) -> None:
    config = tmp_path / "newsdesk.toml"
    config.write_text("""
[llm]
base_url = "https://api.deepseek.com/v1"
model = "deepseek-chat"
api_key_env = "DEEPSEEK_API_KEY"
fallback_models = [
  "deepseek-reasoner",
  {model = "qwen-plus", api_key_env = "DASHSCOPE_API_KEY", base_url = "https://dashscope.aliyuncs.com/compatible-mode/v1"},
]
max_tokens_per_edition = 50000
price_input_per_mtok = 2
price_output_per_mtok = 8
currency = "CNY"
""", encoding="utf-8")
    s = load_settings(config, environ={"DEEPSEEK_API_KEY": "sk-ds", "DASHSCOPE_API_KEY": "sk-qw"})
    first, second = s.llm.fallback_models
    assert (first.model, first.base_url, first.api_key) == ("deepseek-reasoner", "", None)
    assert second.api_key is not None and second.api_key.get_secret_value() == "sk-qw"
    assert s.llm.max_tokens_per_edition == 50000 and s.llm.currency == "CNY"
    shown = json.dumps(s.redacted())
    assert "sk-qw" not in shown and "sk-ds" not in shown and "<redacted>" in shown
    writers = make_writers(s.llm, categories=CATEGORIES)
    assert [(w.settings.model, w.settings.base_url) for w in writers] == [
        ("deepseek-chat", "https://api.deepseek.com/v1"),
        ("deepseek-reasoner", "https://api.deepseek.com/v1"),
        ("qwen-plus", "https://dashscope.aliyuncs.com/compatible-mode/v1"),
    ]
    assert [w.settings.api_key.get_secret_value() for w in writers if w.settings.api_key] == ["sk-ds", "sk-ds", "sk-qw"]
    for w in writers:
        w.close()

    env = load_settings(environ={"NEWSDESK_LLM_BASE_URL": "http://127.0.0.1:1/v1", "NEWSDESK_LLM_MODEL": "a",
                                 "NEWSDESK_LLM_FALLBACK_MODELS": "b, c", "NEWSDESK_LLM_API_KEY": "k"})
    assert [f.model for f in env.llm.fallback_models] == ["b", "c"]
    assert env.llm.enabled and env.llm.api_key is not None  # the key no longer hides the other overrides

    config.write_text('[llm]\nfallback_models = [{model = "x", api_key = "sk-leak"}]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"fallback_models\.0\.api_key"):
        load_settings(config, environ={})


# --- cache ------------------------------------------------------------------------------------------------


def test_cache_serves_a_rerun_without_requests(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(faithful)
    cache = MemoryCache()
    first = write_items(STORIES, POSTS, settings(fake_llm), cache=cache)
    assert len(fake_llm.requests) == 1 and len(cache.calls) == 3  # one batch, each story cached on its own
    again = write_items(STORIES, POSTS, settings(fake_llm), cache=cache)
    assert len(fake_llm.requests) == 1
    assert [r.item for r in again] != [None] * 3
    assert [(r.item.headline, r.item.summary) for r in again if r.item] == [
        (r.item.headline, r.item.summary) for r in first if r.item]
    assert Usage.total(r.usage for r in again) == Usage(cached=3)
    assert all(any(c.name == "cache" for c in r.item.checks) for r in again if r.item)


def test_cached_answer_is_checked_again(fake_llm: FakeLLM) -> None:
    """An answer in the cache that would fail today's checks is not trusted: the model is asked again."""
    fake_llm.respond_with(faithful)
    cache = MemoryCache()
    s = settings(fake_llm)
    with LLMWriter(s.llm, categories=CATEGORIES) as writer:
        key = writer.cache_key(STORIES[0], POSTS)
    bad = json.dumps({"headline": "Author 1的动态", "summary": "**Author 1**融资**99亿美元**。详见原帖。",
                      "category": "AI快讯", "citations": ["x:1"]}, ensure_ascii=False)
    cache.put(key, CachedCall("m1", load_prompt("zh").version, "x:1", True, bad))
    result = write_story(STORIES[0], POSTS, s, cache=cache)
    assert result.item is not None and "99" not in result.item.summary
    assert len(fake_llm.requests) == 1 and result.usage.calls == 1


def test_rejections_are_remembered_but_transport_failures_are_not(fake_llm: FakeLLM) -> None:
    invented = answer(headline="Author 1的动态", summary="**Author 1**融资**99亿美元**。详见原帖。",
                      category="AI快讯", citations=["x:1"])
    fake_llm.queue(invented, invented, status(500))
    cache = MemoryCache()
    s = settings(fake_llm)
    rejected = write_story(STORIES[0], POSTS, s, cache=cache)
    failed = write_story(STORIES[1], POSTS, s, cache=cache)
    assert rejected.item is not None and failed.item is not None
    assert [c.ok for c in cache.calls.values()] == [False]
    fake_llm.respond_with(faithful)
    again = write_story(STORIES[0], POSTS, s, cache=cache)
    assert again.item is not None and again.item.writer == "extractive"
    assert "(remembered)" in (again.item.fallback_reason or "") and len(fake_llm.requests) == 3
    retried = write_story(STORIES[1], POSTS, s, cache=cache)
    assert retried.item is not None and retried.item.writer == "llm:m1" and len(fake_llm.requests) == 4


def test_store_cache_round_trips_through_the_call_log(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.respond_with(faithful)
    with open_store(tmp_path / "db.sqlite") as store:
        cache = StoreCache(store, now=NOW)
        write_items(STORIES, POSTS, settings(fake_llm, concurrency=3), cache=cache)
        again = write_items(STORIES, POSTS, settings(fake_llm, concurrency=3), cache=cache)
        assert len(fake_llm.requests) == 1
        assert Usage.total(r.usage for r in again) == Usage(cached=3)
        with LLMWriter(settings(fake_llm).llm, categories=CATEGORIES) as writer:
            row = store.llm_call(writer.cache_key(STORIES[0], POSTS))
        # per_story(faithful) reports 100 prompt tokens a story: the batch's 300, shared out over its 3 stories
        assert row is not None and row["ok"] == 1 and row["model"] == "m1" and row["prompt_tokens"] == 100
        assert row["key"].startswith("v1:") and json.loads(row["response"])["citations"] == ["x:1"]


def test_cache_key_changes_with_posts_model_prompt_and_taxonomy() -> None:
    base = content_hash("1 Author 1: a", CATEGORIES)
    assert base.startswith("c2:")
    assert content_hash("1 Author 1: b", CATEGORIES) != base
    assert content_hash("1 Author 1: a", CATEGORIES[:3]) != base
    key = cache_key(base, "m1", "zh-1")
    assert len({key, cache_key(base, "m2", "zh-1"), cache_key(base, "m1", "zh-2")}) == 3


# --- budget and cost -------------------------------------------------------------------------------------


def test_budget_stops_calls_before_they_start(fake_llm: FakeLLM) -> None:
    """A call starts only if its estimate fits in what is left; the estimate errs high."""
    fake_llm.respond_with(faithful)
    s = settings(fake_llm)
    with LLMWriter(s.llm, categories=CATEGORIES) as writer:
        messages = writer._prepare(STORIES[0], POSTS)[1]
    one_call = estimate_tokens(messages) + 400
    assert one_call > 150  # the fake server reports 100 + 50 tokens: the estimate is an upper bound
    results = write_items(STORIES, POSTS, settings(fake_llm, max_tokens_per_edition=one_call))
    assert [r.item.writer for r in results if r.item] == ["llm:m1", "extractive", "extractive"]
    assert [r.item.fallback_reason for r in results if r.item][1:] == [BUDGET_SPENT, BUDGET_SPENT]
    assert len(fake_llm.requests) == 1
    assert Usage.total(r.usage for r in results) == Usage(100, 50, 1)


def test_budget_accounting_is_thread_safe() -> None:
    budget = TokenBudget(1000)
    assert budget.reserve(600) and not budget.reserve(500)
    budget.settle(600, 150)
    assert budget.spent == 150 and budget.reserve(800) and not budget.reserve(100)
    unlimited = TokenBudget(0)
    assert all(unlimited.reserve(10**9) for _ in range(3))


def test_token_report_prices_input_and_output() -> None:
    llm = LLMSettings(price_input_per_mtok=0.27, price_output_per_mtok=1.1, currency="USD",
                      max_tokens_per_edition=20000)
    report = token_report(Usage(prompt_tokens=12000, completion_tokens=3000, calls=9, cached=2), llm)
    assert report == {"input": 12000, "output": 3000, "calls": 9, "cached": 2,
                      "cost": round(12000 * 0.27 / 1e6 + 3000 * 1.1 / 1e6, 6), "currency": "USD", "budget": 20000}
    assert token_report(Usage(), LLMSettings())["cost"] == 0.0


# --- checks this issue added ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "missing"),
    [
        ("Meta released Llama 4 today.", "Llama 4 is out", "Meta"),
        ("Anthropic shipped it. It works.", "Claude shipped", "Anthropic"),
        ("谷歌发布了新模型。", "A new model from the lab", "谷歌"),
        ("月之暗面发布Kimi。", "Kimi K2 released by a Chinese lab", None),  # a flagship brand names its maker
        ("英伟达股价上涨。", "Nvidia stock rose", None),
        ("黄仁勋表示。", "Lisa Su said", "黄仁勋"),
    ],
)
def test_names_at_sentence_starts_and_in_chinese(claim: str, source: str, missing: str | None) -> None:
    check = check_names(claim, [source])
    if missing is None:
        assert check.ok, check.detail
    else:
        assert not check.ok and missing in check.detail


def test_ordinary_sentence_starts_are_not_names() -> None:
    text = "Researchers say it works. Introducing Nimbus. Big day for open models. Released under MIT."
    assert name_tokens(text) == ["Nimbus", "MIT"]


def test_english_prompt_explains_chinese_categories(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(lambda body: answer(
        headline="Nimbus-4 Pro is out", summary="**Nimbus-4 Pro** is out. It has a 1M token context.",
        category="行业动态", citations=["x:1"]))
    result = write_story(STORIES[0], POSTS, settings(fake_llm, language="en"))
    assert result.item is not None and result.item.writer == "llm:m1"
    system = fake_llm.requests[0].messages[0]["content"]
    assert "行业动态 (industry and products)" in system


# --- batches ----------------------------------------------------------------------------------------------

GOOD_ANSWERS = {
    "x:1": {"headline": "Nimbus-4 Pro发布", "summary": "**Nimbus-4 Pro**已经发布。它支持**1M** token的上下文。",
            "category": "行业动态", "citations": ["x:1"]},
    "x:2": {"headline": "Tern 1.0发布", "summary": "**Tern 1.0**已经发布。它在GitHub上有**12,000**个星标。",
            "category": "开源动态", "citations": ["x:2"]},
    "x:3": {"headline": "Lumen-7B开放权重", "summary": "**Lumen-7B**是一个7B开放权重模型。它用**9T** tokens训练。",
            "category": "开源动态", "citations": ["x:3"]},
}


def by_lead(bad: dict[str, dict[str, object]] | None = None) -> object:
    """A per-story responder: the good answer for each story's lead, or the bad one given for it."""
    from fake_llm import per_story, story_posts

    def one(body: dict) -> FakeReply:  # type: ignore[type-arg]
        lead = "x:" + story_posts(body)[0]["author"].split()[-1]  # "Author 2" wrote x:2
        return answer(**(bad or {}).get(lead, GOOD_ANSWERS[lead]))

    return per_story(one)


def test_batch_request_shape(fake_llm: FakeLLM) -> None:
    from fake_llm import batch_stories

    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    results = write_items(STORIES, POSTS, settings(fake_llm))
    assert [r.item.writer for r in results if r.item] == ["llm:m1"] * 3
    [request] = fake_llm.requests
    system, user = request.messages
    assert system["role"] == "system" and "开源动态" in system["content"]
    assert system["content"].count("headline") == 1  # the rules once, not once a story
    stories = batch_stories(request.body)
    assert list(stories) == ["s1", "s2", "s3"]
    assert [[(p["id"], p["author"]) for p in posts] for posts in stories.values()] == [
        [("1", "Author 1")], [("1", "Author 2")], [("1", "Author 3")]]  # aliases, not post ids
    assert user["content"].count("<stories>") == 1 and "<posts>" not in user["content"]
    assert request.body["max_tokens"] == 3 * 1024
    # the stories' usages add up to the request's: the call counted once
    assert Usage.total(r.usage for r in results) == Usage(300, 150, 1)
    assert [r.usage.calls for r in results] == [1, 0, 0]


def test_batch_size_and_token_bound_split_requests(fake_llm: FakeLLM) -> None:
    from fake_llm import batch_stories

    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    write_items(STORIES, POSTS, settings(fake_llm, batch_size=2))
    assert [list(batch_stories(r.body)) for r in fake_llm.requests] == [["s1", "s2"], [""]]
    # eight stories whose posts are full of facts: each shows its whole evidence budget
    many = {f"x:{n}": post(n, " ".join(f"Model M{n}-{k} scores {n * 10 + k}.{k} on test T{k}." for k in range(30)))
            for n in range(1, 9)}
    stories = [Story(id=f"s:{i}", post_ids=(i,), lead_id=i, first_seen=NOW) for i in many]
    s = settings(fake_llm, batch_input_tokens=1000)
    with LLMWriter(s.llm, categories=CATEGORIES) as writer:
        prepared = [writer.prepare(story, many) for story in stories]
        batches = writer.plan_batches(prepared)
        assert len(batches) > 1 and [p for b in batches for p in b] == prepared  # split, order kept
        assert all(estimate_tokens(writer.messages_for(b)) <= 1000 for b in batches)
        assert estimate_tokens(writer.messages_for(batches[0] + batches[1][:1])) > 1000  # filled before a split
        one = writer.messages_for(prepared[:1])
        assert "<posts>" in one[1]["content"] and "<stories>" not in one[1]["content"]  # batch of 1: today's form


def test_one_bad_story_does_not_sink_the_batch(fake_llm: FakeLLM) -> None:
    invented = {**GOOD_ANSWERS["x:2"], "summary": "**Tern 1.0**已经发布。它在GitHub上有**99,000**个星标。"}
    fake_llm.respond_with(by_lead({"x:2": invented}))  # type: ignore[arg-type]
    results = write_items(STORIES, POSTS, settings(fake_llm))
    items = [r.item for r in results]
    assert all(i is not None for i in items)
    assert [i.writer for i in items if i] == ["llm:m1", "extractive", "llm:m1"]
    assert "numbers: not in the cited posts: 99" in (items[1].fallback_reason or "")  # type: ignore[union-attr]
    _, retry = fake_llm.requests
    assert [m["role"] for m in retry.messages] == ["system", "user", "assistant", "user"]
    # the retry holds only the failed story, in the one-story form, with its own answer and problems
    assert "Author 2" in retry.messages[1]["content"] and "Author 1" not in retry.messages[1]["content"]
    assert "99,000" in retry.messages[2]["content"] and "Nimbus" not in retry.messages[2]["content"]
    assert "numbers: not in the cited posts" in retry.messages[3]["content"]
    assert Usage.total(r.usage for r in results).calls == 2


def test_failed_stories_are_retried_together_and_can_recover(fake_llm: FakeLLM) -> None:
    from fake_llm import batch_stories

    bad = {lead: {**a, "citations": ["x:9"]} for lead, a in GOOD_ANSWERS.items() if lead != "x:1"}
    good_then = {"n": 0}

    def reply(body: dict) -> FakeReply:  # type: ignore[type-arg]
        good_then["n"] += 1
        return by_lead(bad if good_then["n"] == 1 else None)(body)  # type: ignore[operator]

    fake_llm.respond_with(reply)
    results = write_items(STORIES, POSTS, settings(fake_llm))
    assert [r.item.writer for r in results if r.item] == ["llm:m1"] * 3
    retry = fake_llm.requests[1]
    assert list(batch_stories(retry.body)) == ["s1", "s2"]  # the two failed stories, re-keyed
    assert "- s1: citations: not in the story: x:9" in retry.messages[-1]["content"]
    retried = [r.item for r in results[1:] if r.item]
    assert all(any(c.name == "retry" for c in i.checks) for i in retried)


def test_malformed_batch_answer_retries_every_story(fake_llm: FakeLLM) -> None:
    from fake_llm import text

    fake_llm.queue(text('{"s1": {"headline": '))
    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    results = write_items(STORIES, POSTS, settings(fake_llm))
    assert [r.item.writer for r in results if r.item] == ["llm:m1"] * 3
    retry = fake_llm.requests[1]
    assert retry.messages[2]["content"] == '{"s1": {"headline": '  # the whole answer, as it came
    assert "not valid JSON" in retry.messages[3]["content"]


def test_cache_hits_are_not_sent_in_the_batch(fake_llm: FakeLLM) -> None:
    from fake_llm import batch_stories

    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    cache = MemoryCache()
    write_story(STORIES[1], POSTS, settings(fake_llm), cache=cache)
    results = write_items(STORIES, POSTS, settings(fake_llm), cache=cache)
    assert len(fake_llm.requests) == 2
    sent = batch_stories(fake_llm.requests[1].body)
    assert [posts[0]["author"] for posts in sent.values()] == ["Author 1", "Author 3"]
    assert [r.usage.cached for r in results] == [0, 1, 0]
    assert len(cache.calls) == 3  # each story under its own key, as if written alone
    again = write_items(STORIES, POSTS, settings(fake_llm, batch_size=1), cache=cache)
    assert len(fake_llm.requests) == 2 and Usage.total(r.usage for r in again) == Usage(cached=3)


def test_budget_cuts_a_batch_from_the_end(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    s = settings(fake_llm)
    with LLMWriter(s.llm, categories=CATEGORIES) as writer:
        two = writer.messages_for([writer.prepare(story, POSTS) for story in STORIES[:2]])
    limit = estimate_tokens(two) + 2 * 400
    results = write_items(STORIES, POSTS, settings(fake_llm, max_tokens_per_edition=limit))
    assert [r.item.writer for r in results if r.item] == ["llm:m1", "llm:m1", "extractive"]
    assert results[2].item is not None and results[2].item.fallback_reason == BUDGET_SPENT
    assert len(fake_llm.requests) == 1


# --- a batch answer cut off: keep what arrived whole ------------------------------------------------------


def _cut(entries: dict[str, object], tail: str) -> str:
    """A batch answer holding `entries` whole, then `tail` where the model was cut off."""
    whole = json.dumps(entries, ensure_ascii=False)
    return whole[:-1] + ", " + tail


def test_truncated_batch_answer_keeps_the_stories_that_arrived(fake_llm: FakeLLM) -> None:
    from fake_llm import story_posts, text

    content = _cut({"s1": GOOD_ANSWERS["x:1"], "s2": GOOD_ANSWERS["x:2"]}, '"s3": {"headline": "Lumen-7B开')
    fake_llm.queue(text(content, finish_reason="length"))
    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    results = write_items(STORIES, POSTS, settings(fake_llm))
    items = [r.item for r in results]
    assert [i.writer for i in items if i] == ["llm:m1"] * 3
    _, again = fake_llm.requests
    # only the story the answer never reached is asked again, afresh and on its own
    assert [m["role"] for m in again.messages] == ["system", "user"] and "<stories>" not in again.messages[1]["content"]
    assert [p["author"] for p in story_posts(again.body)] == ["Author 3"]
    assert [(i.headline, i.post_ids) for i in items if i] == [
        (GOOD_ANSWERS[k]["headline"], (k,)) for k in ("x:1", "x:2", "x:3")]
    kept, retried = items[:2], items[2]
    assert all(i is not None and not any(c.name == "retry" for c in i.checks) for i in kept)
    assert retried is not None and any(c.name == "retry" and "cut off at the token limit" in c.detail
                                       for c in retried.checks)
    assert Usage.total(r.usage for r in results) == Usage(200, 100, 2)


def test_salvaged_answers_are_still_checked(fake_llm: FakeLLM) -> None:
    """JSON broken near the end without finish_reason "length": the whole entries are kept, but each
    is validated and checked; a kept one that invents a number is retried with the one never answered."""
    from fake_llm import batch_stories, text

    invented = {**GOOD_ANSWERS["x:2"], "summary": "**Tern 1.0**已经发布。它在GitHub上有**99,000**个星标。"}
    fake_llm.queue(text(_cut({"s1": GOOD_ANSWERS["x:1"], "s2": invented}, '"s3": {"headline": }')))
    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    results = write_items(STORIES, POSTS, settings(fake_llm))
    assert [r.item.writer for r in results if r.item] == ["llm:m1"] * 3
    retry = fake_llm.requests[1]
    assert [[p["author"] for p in ps] for ps in batch_stories(retry.body).values()] == [["Author 2"], ["Author 3"]]
    assert "99,000" in retry.messages[2]["content"]  # the kept answer that failed, under its new key
    feedback = retry.messages[3]["content"]
    assert "- s1: numbers: not in the cited posts: 99" in feedback
    assert "- s2: answer cut off (broken JSON) before story s3 (truncated JSON)" in feedback
    assert results[0].item is not None and results[0].item.summary == GOOD_ANSWERS["x:1"]["summary"]
    assert "99,000" not in "".join(r.item.summary for r in results if r.item)


def test_a_cut_off_answer_with_no_whole_entry_fails_every_story(fake_llm: FakeLLM) -> None:
    from fake_llm import batch_stories, text

    fake_llm.queue(text('{"s1": {"headline": "Nimbus-4 Pro发', finish_reason="length"))
    fake_llm.respond_with(by_lead())  # type: ignore[arg-type]
    results = write_items(STORIES, POSTS, settings(fake_llm))
    assert [r.item.writer for r in results if r.item] == ["llm:m1"] * 3
    retry = fake_llm.requests[1]
    assert list(batch_stories(retry.body)) == ["s1", "s2", "s3"]
    assert "cut off at the token limit" in retry.messages[-1]["content"]
