"""`newsdesk cache stats` and `newsdesk cache clear` on a real SQLite store, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsdesk.store import open_store

from fake_llm import FakeLLM, per_story
from fake_llm import faithful as faithful_answer

NOW = datetime.now(UTC)
#: (model, prompt version, accepted, age in days): what the store's call log holds before each test
CALLS = [
    ("deepseek-chat", "zh-3", True, 40),
    ("deepseek-chat", "zh-3", False, 40),
    ("deepseek-chat", "zh-4", True, 1),
    ("deepseek-chat", "zh-4", True, 0),
    ("qwen-plus", "zh-4", True, 10),
]


def run(*args: str, home: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_HOME")}
    full.update({"NEWSDESK_HOME": str(home), "PYTHONWARNINGS": "error", **(env or {})})
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True, env=full,
                          timeout=120)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    with open_store(home / "newsdesk.db") as store:
        for n, (model, version, ok, days) in enumerate(CALLS):
            answer = {"headline": "标题", "summary": "摘要。", "citations": [f"x:{n}"]}
            response = json.dumps(answer, ensure_ascii=False) if ok else "rejected"
            store.log_llm_call(f"v1:{n}", model=model, prompt_version=version, story_id=f"s:{n}", ok=ok,
                               response=response, prompt_tokens=100 + n, completion_tokens=50,
                               now=NOW - timedelta(days=days))
    return home


def stats(home: Path) -> dict[str, object]:
    res = run("cache", "stats", "--json", home=home)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)  # type: ignore[no-any-return]


def groups(home: Path) -> dict[tuple[str, str], int]:
    return {(g["model"], g["prompt_version"]): g["entries"] for g in stats(home)["groups"]}  # type: ignore[attr-defined]


def test_stats_counts_by_model_and_prompt_version(home: Path) -> None:
    data = stats(home)
    assert groups(home) == {("deepseek-chat", "zh-3"): 2, ("deepseek-chat", "zh-4"): 2, ("qwen-plus", "zh-4"): 1}
    total = data["total"]
    assert total["entries"] == 5 and total["ok"] == 4 and total["rejected"] == 1  # type: ignore[index]
    assert total["prompt_tokens"] == sum(100 + n for n in range(5)) and total["completion_tokens"] == 250  # type: ignore[index]
    assert total["response_bytes"] > 0 and data["file_bytes"] > 0  # type: ignore[index, operator]

    text = run("cache", "stats", home=home)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith(f"store: {home / 'newsdesk.db'}")
    assert lines[1].split()[:5] == ["model", "prompt", "entries", "accepted", "rejected"]
    assert lines[2].split()[:5] == ["deepseek-chat", "zh-3", "2", "1", "1"]
    assert lines[-1].split()[:4] == ["total", "5", "4", "1"]


@pytest.mark.parametrize(("args", "cleared", "left"), [
    (("--prompt-version", "zh-3"), 2, {("deepseek-chat", "zh-4"): 2, ("qwen-plus", "zh-4"): 1}),
    (("--model", "qwen-plus"), 1, {("deepseek-chat", "zh-3"): 2, ("deepseek-chat", "zh-4"): 2}),
    (("--older-than", "5"), 3, {("deepseek-chat", "zh-4"): 2}),
    (("--model", "deepseek-chat", "--older-than", "0.5"), 3, {("deepseek-chat", "zh-4"): 1, ("qwen-plus", "zh-4"): 1}),
    ((), 5, {}),
])
def test_clear_deletes_what_every_option_matches(home: Path, args: tuple[str, ...], cleared: int,
                                                 left: dict[tuple[str, str], int]) -> None:
    res = run("cache", "clear", *args, home=home)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"cleared {cleared} cached answer")
    assert groups(home) == left


def test_commands_on_a_missing_store_create_nothing(tmp_path: Path) -> None:
    home = tmp_path / "nothing-here"
    assert "the LLM answer cache is empty" in run("cache", "stats", home=home).stdout
    assert run("cache", "clear", home=home).stdout.startswith("cleared 0 cached answers: no store at")
    assert not (home / "newsdesk.db").exists()


def test_clearing_makes_the_next_edition_ask_again(fake_llm: FakeLLM, tmp_path: Path) -> None:
    """The cache as an edition fills it: a re-run costs nothing, a cleared prompt version is asked afresh."""
    fake_llm.respond_with(per_story(faithful_answer))
    home, out = tmp_path / "home", tmp_path / "out"
    env = {"NEWSDESK_LLM_BASE_URL": fake_llm.base_url, "NEWSDESK_LLM_MODEL": "fake-model",
           "NEWSDESK_LLM_API_KEY": "sk-fake", "NEWSDESK_LLM_MAX_RETRIES": "0"}

    def edition() -> dict[str, Any]:
        res = run("edition", "--sample", "--publish", "--no-publish", "--out", str(out), "--json", home=home,
                  env=env)
        assert res.returncode == 0, res.stderr
        return json.loads(res.stdout)  # type: ignore[no-any-return]

    first = edition()
    written = sum(1 for item in first["items"] if item["writer"] == "llm:fake-model")
    assert written == len(first["items"]) and first["tokens"]["calls"] >= 1
    [(key, entries)] = groups(home).items()
    assert key[0] == "fake-model" and entries == written  # one entry a story, batched or not
    assert edition()["tokens"]["calls"] == 0  # served from the cache
    res = run("cache", "clear", "--prompt-version", key[1], home=home)
    assert res.stdout.startswith(f"cleared {entries} cached answers")
    again = edition()["tokens"]
    assert again["calls"] == first["tokens"]["calls"] and again["cached"] == 0
