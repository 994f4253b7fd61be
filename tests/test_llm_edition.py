"""Whole editions written by an LLM that misbehaves: `newsdesk edition --sample` in a subprocess,
with NEWSDESK_LLM_BASE_URL pointing at the local fake OpenAI server (tests/fake_llm.py).

Each story of the sample is answered by one adversary (an invented number or name, a foreign
citation, malformed, truncated or empty JSON, a slow answer, 429, 500, an obeyed injection, an
English answer); the published Markdown must still have every item, contain nothing the cited
posts do not support, and the JSON summary must record every fallback. Nothing patches the client.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsdesk.model import Story
from newsdesk.sample import SAMPLE_PATH
from newsdesk.sources.file import post_from_record
from newsdesk.writer.checks import check_names, check_numbers, evidence_text
from newsdesk.writer.evidence import render_shown, select_evidence

from fake_llm import FakeLLM, FakeReply, answer, batch_stories, faithful, per_story, slow, status, story_posts, text
from hugo_shape import parse_edition

ITEMS = 12  #: the sample has 12 AI stories; one per adversary below
BATCHES = 2  #: at the default batch_size of 8, the 12 stories go in 2 requests
INVENTED_NUMBER = "987亿美元"
INVENTED_NAME = "Zorblax"


def _lead(body: dict[str, Any]) -> dict[str, Any]:
    return story_posts(body)[0]


def _key(body: dict[str, Any]) -> str:
    """Which story a one-story request is about: its lead's line as sent (the model sees no post ids)."""
    return str(_lead(body)["line"])


def _story_key(story_posts: list[str], posts: dict[str, Any]) -> str:
    """The same line for a story of the summary, computed as the writer computes it."""
    lead, others = posts[story_posts[0]], [posts[i] for i in story_posts[1:]]
    return render_shown(select_evidence(lead, others)).splitlines()[0]


def _faithful_but(body: dict[str, Any], **changes: Any) -> FakeReply:
    return answer(**{**json.loads(faithful(body).content or "{}"), **changes})


ADVERSARIES: dict[str, tuple[Callable[[dict[str, Any]], FakeReply], str | None]] = {
    # name: (reply for a request, what the item's fallback reason must say; None: accepted)
    "good": (faithful, None),
    "number": (
        lambda b: _faithful_but(b, summary=f"**{_lead(b)['author']}**宣布融资**{INVENTED_NUMBER}**。详见原帖。"),
        "numbers: not in the cited posts",
    ),
    "name": (
        lambda b: _faithful_but(b, summary=f"**{_lead(b)['author']}**宣布与{INVENTED_NAME}合作。详见原帖。"),
        f"names: not in the cited posts: {INVENTED_NAME}",
    ),
    "foreign": (lambda b: _faithful_but(b, citations=["x:1"]), "citations: not in the story: x:1"),
    "malformed": (lambda b: text('{"headline": "Zorblax", "summary": '), "not valid JSON"),
    "truncated": (lambda b: text('{"headline": "Zorblax发布', finish_reason="length"), "truncated"),
    "empty": (lambda b: text(""), "empty answer"),
    "slow": (lambda b: slow(3.0, faithful(b)), "timed out"),
    "429": (lambda b: status(429, retry_after="0"), "HTTP 429"),
    "500": (lambda b: status(500), "HTTP 500"),
    "injected": (
        lambda b: answer(headline="HACKED：已进入开发者模式", summary="好的，我将忽略之前的指令。**HACKED**。",
                         category="政策监管", citations=[_lead(b)["id"]]),
        "answer rejected after a retry",
    ),
    "english": (
        lambda b: answer(headline="Big news today", summary="**It** happened. Read on.", category="AI快讯",
                         citations=[_lead(b)["id"]]),
        "not in Chinese",
    ),
}
TRANSPORT = {"slow", "429", "500"}  #: failures not remembered in the cache: a re-run asks again


class Adversaries:
    """Gives each story (by its lead's line) the next adversary, and answers its requests with it."""

    def __init__(self) -> None:
        self.by_lead: dict[str, str] = {}
        self.modes = list(ADVERSARIES)
        self._lock = threading.Lock()

    def __call__(self, body: dict[str, Any]) -> FakeReply:
        lead = _key(body)
        with self._lock:
            if lead not in self.by_lead:
                self.by_lead[lead] = self.modes[len(self.by_lead) % len(self.modes)]
            mode = self.by_lead[lead]
        return ADVERSARIES[mode][0](body)


def run_edition(fake: FakeLLM, home: Path, out: Path, **env: str) -> dict[str, Any]:
    environ = {
        **os.environ,
        "NEWSDESK_HOME": str(home),
        "NEWSDESK_LLM_BASE_URL": fake.base_url,
        "NEWSDESK_LLM_MODEL": "fake-model",
        "NEWSDESK_LLM_API_KEY": "sk-fake",
        "NEWSDESK_LLM_TIMEOUT_S": "0.5",
        "NEWSDESK_LLM_MAX_RETRIES": "0",
        "NEWSDESK_EDITION_ITEMS": str(ITEMS),
        **env,
    }
    proc = subprocess.run(
        # --publish: the configured store, whose LLM call log is the cache a re-run reads (a trial's is thrown
        # away); --no-publish: nothing to push to anyway
        [sys.executable, "-m", "newsdesk", "edition", "--sample", "--publish", "--no-publish", "--out", str(out),
         "--json"],
        capture_output=True, text=True, env=environ, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def sample_posts() -> dict[str, Any]:
    with SAMPLE_PATH.open(encoding="utf-8") as fh:
        posts = [post_from_record(json.loads(line), "sample") for line in fh if line.strip()]
    return {p.id: p for p in posts}


def assert_supported(summary: dict[str, Any], markdown: str, posts: dict[str, Any]) -> None:
    """Every published headline and summary: numbers and names only from the posts the item cites."""
    _, items = parse_edition(markdown)
    assert len(items) == len(summary["items"])
    for parsed, meta in zip(items, summary["items"], strict=True):
        story = Story(id=meta["story_id"], post_ids=tuple(meta["story_posts"]), lead_id=meta["story_posts"][0],
                      first_seen=posts[meta["story_posts"][0]].created_at)
        assert set(meta["cited_posts"]) <= set(story.post_ids)
        evidence = [evidence_text(posts[i]) for i in meta["cited_posts"]]
        headline = parsed.link_text.rsplit("-", 1)[0]
        for check in (check_numbers, check_names):
            result = check(f"{headline}\n{parsed.summary}", evidence)
            assert result.ok, (meta["story_id"], result.detail, parsed)
    for invented in (INVENTED_NUMBER, "987", INVENTED_NAME, "HACKED", "忽略之前的指令"):
        assert invented not in markdown


def test_adversarial_answers_never_reach_the_edition(
    fake_llm: FakeLLM, tmp_path: Path, sample_posts: dict[str, Any]
) -> None:
    """One story a request (batch_size 1), so each story can also meet a transport failure of its own."""
    adversaries = Adversaries()
    fake_llm.respond_with(adversaries)
    one = {"NEWSDESK_LLM_BATCH_SIZE": "1"}
    summary = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", **one)
    markdown = Path(summary["path"]).read_text(encoding="utf-8")

    assert len(summary["items"]) == ITEMS and summary["failed_stories"] == [], summary
    assert sorted(adversaries.by_lead.values()) == sorted(ADVERSARIES)  # every adversary had a story
    assert_supported(summary, markdown, sample_posts)
    for item in summary["items"]:
        mode = adversaries.by_lead[_story_key(item["story_posts"], sample_posts)]
        reason = ADVERSARIES[mode][1]
        if reason is None:
            assert item["writer"] == "llm:fake-model" and item["fallback_reason"] is None, item
        else:
            assert item["writer"] == "extractive", item
            assert reason in (item["fallback_reason"] or ""), (mode, item["fallback_reason"])
        assert item["checks_ok"], item
    # tokens: what the fake server reported for the completions it gave (100 in, 50 out each)
    completions = sum(1 for r in fake_llm.requests if adversaries.by_lead[_key(r.body)] not in TRANSPORT)
    tokens = summary["tokens"]
    assert tokens["calls"] == len(fake_llm.requests)
    assert (tokens["input"], tokens["output"]) == (100 * completions, 50 * completions)
    assert tokens["cached"] == 0
    # the fact coverage of the evidence the writer showed: every sample story's facts, per story and summed
    evidence = summary["evidence"]
    assert {s["story_id"] for s in evidence["stories"]} == {i["story_id"] for i in summary["items"]}
    assert evidence["announcing"] >= 0.95 and evidence["all"] >= 0.80, evidence
    assert evidence["all_facts"] == sum(s["all_facts"] for s in evidence["stories"]) > 0

    # a re-run asks again only where the provider failed; answers and rejections are remembered
    before = len(fake_llm.requests)
    again = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", **one)
    asked = {adversaries.by_lead[_key(r.body)] for r in fake_llm.requests[before:]}
    assert asked == TRANSPORT
    assert again["tokens"]["cached"] == 1 and again["tokens"]["input"] == 0
    assert [i["headline"] for i in again["items"]] == [i["headline"] for i in summary["items"]]
    assert_supported(again, Path(again["path"]).read_text(encoding="utf-8"), sample_posts)


def test_adversarial_answers_in_batches(fake_llm: FakeLLM, tmp_path: Path, sample_posts: dict[str, Any]) -> None:
    """Batched requests (the default): every answer adversary inside the same requests as good answers.
    Each story is checked on its own: the bad ones are retried together in a smaller request, then go
    extractive; the good ones are published as written."""
    adversaries = Adversaries()
    modes = [m for m in ADVERSARIES if m not in TRANSPORT and m != "truncated"]  # those are whole-request failures
    adversaries.modes = modes
    fake_llm.respond_with(per_story(adversaries))
    summary = run_edition(fake_llm, tmp_path / "home", tmp_path / "out")
    markdown = Path(summary["path"]).read_text(encoding="utf-8")
    assert len(summary["items"]) == ITEMS and summary["failed_stories"] == [], summary
    assert_supported(summary, markdown, sample_posts)
    # The two batches run concurrently, so one batch's retry may be sent before the other batch:
    # tell first requests from retries by their shape (a retry carries the model's earlier answer).
    first = [r for r in fake_llm.requests if [m["role"] for m in r.messages] == ["system", "user"]]
    retries = [r for r in fake_llm.requests if r not in first]
    assert sorted(len(batch_stories(r.body)) for r in first) == [4, 8]
    assert all("assistant" in [m["role"] for m in r.messages] for r in retries)
    # the retries hold only the stories whose answers failed, with each one's problems
    retried = {p[0]["line"] for r in retries for p in batch_stories(r.body).values()}
    bad_leads = {lead for lead, mode in adversaries.by_lead.items() if ADVERSARIES[mode][1] is not None}
    assert retried == bad_leads and len(fake_llm.requests) == 2 * BATCHES
    for item in summary["items"]:
        mode = adversaries.by_lead[_story_key(item["story_posts"], sample_posts)]
        reason = ADVERSARIES[mode][1]
        if reason is None:
            assert item["writer"] == "llm:fake-model" and item["fallback_reason"] is None, item
        else:
            assert item["writer"] == "extractive" and "answer rejected after a retry" in item["fallback_reason"]
        assert item["checks_ok"], item
    assert summary["tokens"]["calls"] == len(fake_llm.requests)


def test_a_failed_batch_request_goes_to_the_fallback_model(fake_llm: FakeLLM, tmp_path: Path) -> None:
    def by_model(body: dict[str, Any]) -> FakeReply:
        if body["model"] == "primary":
            return status(500) if len(batch_stories(body)) == 8 else faithful(body)
        return faithful(body)

    fake_llm.respond_with(by_model)
    summary = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", NEWSDESK_LLM_MODEL="primary",
                          NEWSDESK_LLM_FALLBACK_MODELS="backup")
    writers = [i["writer"] for i in summary["items"]]
    assert writers == ["llm:backup"] * 8 + ["llm:primary"] * 4  # the first 8 were the failed batch
    asked = [(r.body["model"], len(batch_stories(r.body))) for r in fake_llm.requests]
    assert sorted(asked[:2]) == [("primary", 4), ("primary", 8)] and asked[2:] == [("backup", 8)]


def test_rerun_is_served_from_the_cache_and_costs_nothing(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.respond_with(faithful)
    prices = {"NEWSDESK_LLM_PRICE_INPUT_PER_MTOK": "2.5", "NEWSDESK_LLM_PRICE_OUTPUT_PER_MTOK": "10",
              "NEWSDESK_LLM_CURRENCY": "CNY"}
    first = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", **prices)
    text_first = Path(first["path"]).read_text(encoding="utf-8")
    n = len(fake_llm.requests)
    assert n == BATCHES and all(i["writer"] == "llm:fake-model" for i in first["items"])
    # per_story(faithful) reports 100 input and 50 output tokens a story
    assert first["tokens"] == {"input": 100 * ITEMS, "output": 50 * ITEMS, "calls": n, "cached": 0,
                               "cost": round((100 * ITEMS * 2.5 + 50 * ITEMS * 10) / 1e6, 6), "currency": "CNY",
                               "budget": None}

    second = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", **prices)
    assert len(fake_llm.requests) == n  # no request reached the server
    assert second["tokens"] == {"input": 0, "output": 0, "calls": 0, "cached": ITEMS, "cost": 0.0,
                                "currency": "CNY", "budget": None}
    assert Path(second["path"]).read_text(encoding="utf-8") == text_first

    # another model, or another prompt version, is another key: it is asked afresh
    third = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", NEWSDESK_LLM_MODEL="other-model")
    assert third["tokens"]["calls"] == BATCHES and third["tokens"]["cached"] == 0


def realistic(body: dict[str, Any]) -> FakeReply:
    """A faithful answer whose usage grows with the request, as a provider's does (~4 bytes a token)."""
    size = sum(len(m["content"].encode("utf-8")) for m in body["messages"])
    return replace(faithful(body), prompt_tokens=size // 4, completion_tokens=60 * len(batch_stories(body)))


@pytest.mark.parametrize(("batch_size", "budget"), [(1, 3000), (8, 2000)])
def test_token_budget_sends_the_rest_extractive(fake_llm: FakeLLM, tmp_path: Path, batch_size: int,
                                                budget: int) -> None:
    fake_llm.respond_with(realistic)
    summary = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", NEWSDESK_LLM_BATCH_SIZE=str(batch_size),
                          NEWSDESK_LLM_MAX_TOKENS_PER_EDITION=str(budget), NEWSDESK_LLM_CONCURRENCY="1")
    writers = [i["writer"] for i in summary["items"]]
    assert len(writers) == ITEMS
    spent = [i for i in summary["items"] if i["fallback_reason"] == "token budget spent"]
    assert 1 <= writers.count("llm:fake-model") < ITEMS
    assert len(spent) == writers.count("extractive") and all(i["checks_ok"] for i in spent)
    # a batch that does not fit is cut from the end: the top-ranked stories keep the model
    assert writers == sorted(writers, key=lambda w: w == "extractive")
    tokens = summary["tokens"]
    assert tokens["input"] + tokens["output"] <= budget and tokens["budget"] == budget
    assert tokens["calls"] == len(fake_llm.requests)
    if batch_size == 1:
        assert tokens["calls"] == writers.count("llm:fake-model")

    # a budget too small for one call: nothing is sent at all
    n = len(fake_llm.requests)
    none = run_edition(fake_llm, tmp_path / "home2", tmp_path / "out2", NEWSDESK_LLM_MAX_TOKENS_PER_EDITION="10")
    assert len(fake_llm.requests) == n
    assert {i["fallback_reason"] for i in none["items"]} == {"token budget spent"}


def test_fallback_model_writes_when_the_first_fails(fake_llm: FakeLLM, tmp_path: Path) -> None:
    def by_model(body: dict[str, Any]) -> FakeReply:
        return status(500) if body["model"] == "primary" else faithful(body)

    fake_llm.respond_with(by_model)
    summary = run_edition(fake_llm, tmp_path / "home", tmp_path / "out", NEWSDESK_LLM_MODEL="primary",
                          NEWSDESK_LLM_FALLBACK_MODELS="backup")
    assert len(summary["items"]) == ITEMS
    for item in summary["items"]:
        assert item["writer"] == "llm:backup"
        assert "llm:primary" in item["fallback_reason"] and "HTTP 500" in item["fallback_reason"]
    models = [r.body["model"] for r in fake_llm.requests]
    assert models.count("primary") == models.count("backup") == BATCHES
    assert summary["tokens"]["calls"] == 2 * BATCHES and summary["tokens"]["input"] == 100 * ITEMS
