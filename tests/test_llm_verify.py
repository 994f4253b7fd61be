"""The optional verification pass (`[llm] verify = true`): after an answer passes the checks, a second call to
the same endpoint lists the sentences the evidence does not support; a flagged sentence fails the answer
(retry, then fallback), and the call's tokens are counted. Against the fake OpenAI server over loopback;
nothing patches the client.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import SecretStr

from newsdesk.config import LLMSettings, Settings, load_settings
from newsdesk.model import Story
from newsdesk.store import open_store
from newsdesk.writer import StoreCache, Usage, write_items, write_story
from newsdesk.writer.llm import LLMWriter, load_verify_prompt, parse_verdict
from test_writer_cost import CATEGORIES, NOW, post

from fake_llm import FakeLLM, FakeReply, answer, faithful, status, text

POSTS = {p.id: p for p in (post(1, "Nimbus-4 Pro is out with a 1M token context."),
                           post(2, "Tern 1.0 ships with 12,000 GitHub stars."))}
STORIES = [Story(id=f"s:{i}", post_ids=(i,), lead_id=i, first_seen=NOW) for i in POSTS]


def settings(fake: FakeLLM, **llm: object) -> Settings:
    values: dict[str, object] = {"base_url": fake.base_url, "model": "m1", "timeout_s": 5.0, "max_retries": 0,
                                 "api_key": SecretStr("sk-test"), "concurrency": 1, "verify": True, **llm}
    return Settings(llm=LLMSettings(**values))  # type: ignore[arg-type]


def is_verify(body: dict[str, Any]) -> bool:
    return "<answer>" in str(body["messages"][-1]["content"])


def verdicts(*flagged: list[int] | FakeReply) -> Any:
    """A responder: writer requests get the faithful answer; verification requests get the next verdict."""
    queue = list(flagged)

    def respond(body: dict[str, Any]) -> FakeReply:
        if not is_verify(body):
            return faithful(body)
        verdict = queue.pop(0) if queue else []
        return verdict if isinstance(verdict, FakeReply) else answer(unsupported=verdict)

    return respond


def test_a_supported_answer_is_verified_once_and_its_tokens_counted(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(verdicts([]))
    result = write_story(STORIES[0], POSTS, settings(fake_llm))
    item = result.item
    assert item is not None and item.writer == "llm:m1" and item.fallback_reason is None
    assert [is_verify(r.body) for r in fake_llm.requests] == [False, True]
    assert result.usage == Usage(200, 100, 2)  # the verification call counts: 100 in, 50 out each
    assert next(c for c in item.checks if c.name == "verify").ok
    # the verifier sees the evidence the writer saw and the answer, sentence by sentence, 0 the headline
    verify = fake_llm.requests[1].body
    user = verify["messages"][-1]["content"]
    assert "1 Author 1: Nimbus-4 Pro is out with a 1M token context." in user
    assert f"0 {item.headline}\n1 Author 1发布了一条新消息。\n2 该消息已收录进本期简报。" in user
    assert verify["max_tokens"] <= 256 and verify["response_format"] == {"type": "json_object"}
    assert result.prompt_version == "zh-5+verify-1"


def test_a_flagged_sentence_fails_the_answer_and_the_retry_hears_why(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(verdicts([2], []))
    result = write_story(STORIES[0], POSTS, settings(fake_llm))
    item = result.item
    assert item is not None and item.writer == "llm:m1"
    assert [is_verify(r.body) for r in fake_llm.requests] == [False, True, False, True]
    feedback = fake_llm.requests[2].body["messages"][-1]["content"]
    assert "verify: the posts do not support sentence 2: 该消息已收录进本期简报。" in feedback
    assert any(c.name == "retry" and "verify" in c.detail for c in item.checks)
    assert result.usage == Usage(400, 200, 4)


def test_flagged_twice_falls_back_to_the_extractive_writer(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(verdicts([1], [0, 1]))
    result = write_story(STORIES[0], POSTS, settings(fake_llm))
    item = result.item
    assert item is not None and item.writer == "extractive"
    assert "answer rejected after a retry" in (item.fallback_reason or "")
    assert "verify: the posts do not support sentence 0" in (item.fallback_reason or "")
    assert result.usage == Usage(400, 200, 4)


@pytest.mark.parametrize("reply", [text("not json"), answer(unsupported="2"), answer(unsupported=[9]),
                                   answer(ok=True)])
def test_an_unreadable_verdict_vouches_for_nothing(fake_llm: FakeLLM, reply: FakeReply) -> None:
    fake_llm.respond_with(verdicts(reply))
    result = write_story(STORIES[0], POSTS, settings(fake_llm))
    assert result.item is not None and result.item.writer == "extractive"
    # the verifier failed, not the answer: no retry of the answer, the next model (none here), then extractive
    assert "unusable verdict" in (result.item.fallback_reason or "")
    assert result.usage == Usage(200, 100, 2)


def test_a_failed_verification_call_moves_on_like_a_failed_request(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(verdicts(status(500)))
    result = write_story(STORIES[0], POSTS, settings(fake_llm))
    item = result.item
    assert item is not None and item.writer == "extractive"
    assert "verify story s:x:1: llm request failed: HTTP 500" in (item.fallback_reason or "")
    assert result.usage.calls == 2 and result.usage.prompt_tokens == 100  # the answer's tokens are not lost


def test_verification_is_off_by_default_and_one_call_per_story(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(verdicts())
    result = write_story(STORIES[0], POSTS, settings(fake_llm, verify=False))
    assert result.item is not None and result.item.writer == "llm:m1"
    assert len(fake_llm.requests) == 1 and result.prompt_version == "zh-5"
    assert Settings().llm.verify is False


def test_a_batch_is_verified_story_by_story(fake_llm: FakeLLM) -> None:
    fake_llm.respond_with(verdicts([], [1], []))
    results = write_items(STORIES, POSTS, settings(fake_llm))
    assert [r.item.writer for r in results if r.item] == ["llm:m1", "llm:m1"]
    # one batched request, two verifications, the flagged story's retry alone, its verification
    assert [is_verify(r.body) for r in fake_llm.requests] == [False, True, True, False, True]
    assert "<stories>" in fake_llm.requests[0].body["messages"][-1]["content"]
    retry = fake_llm.requests[3].body["messages"]
    assert "<posts>" in retry[1]["content"] and "verify: the posts do not support sentence 1" in retry[-1]["content"]
    assert sum(r.usage.calls for r in results) == 5


def test_only_verified_answers_are_served_from_the_cache(fake_llm: FakeLLM, tmp_path: Any) -> None:
    with open_store(tmp_path / "newsdesk.db") as store:
        cache = StoreCache(store, now=NOW)
        fake_llm.respond_with(verdicts())
        write_items(STORIES[:1], POSTS, settings(fake_llm, verify=False), cache=cache)
        assert len(fake_llm.requests) == 1
        # an answer accepted unverified is not served when verification is on: asked and verified anew
        write_items(STORIES[:1], POSTS, settings(fake_llm), cache=cache)
        assert [is_verify(r.body) for r in fake_llm.requests[1:]] == [False, True]
        before = len(fake_llm.requests)
        [again] = write_items(STORIES[:1], POSTS, settings(fake_llm), cache=cache)
        assert len(fake_llm.requests) == before and again.usage.cached == 1


def test_verdicts_are_read_strictly() -> None:
    assert parse_verdict('{"unsupported": []}', "stop", 3) == []
    assert parse_verdict('```json\n{"unsupported": ["2", 1, 1]}\n```', "stop", 3) == [1, 2]
    for bad in ('{"unsupported": [3]}', '{"unsupported": [true]}', '{"unsupported": "1"}', "[]", "yes"):
        with pytest.raises(ValueError):
            parse_verdict(bad, "stop", 3)
    prompt = load_verify_prompt()
    assert prompt.version == "verify-1" and "{{posts}}" in prompt.user and "{{sentences}}" in prompt.user


def test_verify_from_the_configuration(tmp_path: Any, fake_llm: FakeLLM) -> None:
    config = tmp_path / "newsdesk.toml"
    config.write_text(f'[llm]\nbase_url = "{fake_llm.base_url}"\nmodel = "m1"\nverify = true\n', encoding="utf-8")
    s = load_settings(config)
    assert s.llm.verify is True
    with LLMWriter(s.llm, categories=CATEGORIES) as writer:
        assert writer.version == "zh-5+verify-1"
        prepared = writer.prepare(STORIES[1], POSTS)
        item = writer.item_from_cache(prepared, POSTS, json.dumps(
            {"headline": "Tern 1.0发布", "summary": "**Tern 1.0**发布。它有12,000个GitHub星标。",
             "category": "开源动态", "citations": ["1"]}, ensure_ascii=False))
        assert item is not None
        messages, sentences = writer.verify_messages(prepared, item)
        assert sentences == ["Tern 1.0发布", "Tern 1.0发布。", "它有12,000个GitHub星标。"]
        assert messages[0]["content"] == load_verify_prompt().system
