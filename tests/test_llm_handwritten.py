"""Editions written by a careful model: every prompt newsdesk sends, answered by hand in the seed's style.

The answers (tests/data/handwritten_answers.json) were written by reading the real requests of
`newsdesk edition --sample` and of one labelled window (2026-07-25 04:00-08:00, the Claude Opus 5
launch day in /work/shared/eval), as a strong model answers them: faithful, roles as the evidence gives
them, whole facts in bold, two sentences when the evidence is thin, no author in the headline. The
local fake OpenAI server (tests/fake_llm.py) serves each story its answer; the edition runs in a
`newsdesk` subprocess, so the answers go through the real prompts, parsing and checks. A good answer
must be published the first time: a retry or a fallback here means the checks reject faithful writing
(at b46a054 2 of the sample's 8 fell back: "约1,900" cut at its comma, 内存 read as the measure of a
tokens/s figure in its clause; fixing the author rule then cost "Nimbus-4 Pro", the Pro of Nimbus-4).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fake_llm import FakeLLM, FakeReply, per_story, story_posts, text
from hugo_shape import parse_edition

ANSWERS = json.loads((Path(__file__).parent / "data" / "handwritten_answers.json").read_text(encoding="utf-8"))
WINDOW_DAY = "day-2026-07-25"
WINDOW_AT = "2026.07.25.08"


def _responder(entries: list[dict[str, Any]], served: list[str]) -> Any:
    """Answer each story with the entry whose author wrote its first post and whose posts hold `match`."""

    def one(body: dict[str, Any]) -> FakeReply:
        posts = story_posts(body)
        quoted = "\n".join(p["line"] for p in posts)
        for entry in entries:
            if posts[0]["author"].startswith(entry["author"]) and entry["match"] in quoted:
                served.append(entry["match"])
                return FakeReply(content=json.dumps(entry["answer"], ensure_ascii=False))
        return text(f"no hand-written answer for {posts[0]['line'][:80]!r}")

    return per_story(one)


def _edition(fake: FakeLLM, tmp_path: Path, *args: str) -> tuple[dict[str, Any], str]:
    env = {
        **os.environ,
        "NEWSDESK_HOME": str(tmp_path / "home"),
        "NEWSDESK_LLM_BASE_URL": fake.base_url,
        "NEWSDESK_LLM_MODEL": "hand-model",
        "NEWSDESK_LLM_API_KEY": "sk-fake",
        "NEWSDESK_LLM_MAX_RETRIES": "0",
        # the default sources, as a user has them: their roles are shown to the model and accepted by the checks
        "NEWSDESK_COLLECT_USE_DEFAULT_SOURCES": "true",
    }
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "edition", *args, "--out", str(out), "--json"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    return summary, Path(summary["path"]).read_text(encoding="utf-8")


def _reads_like_the_seed(summary: dict[str, Any], markdown: str, entries: list[dict[str, Any]], served: list[str],
                         fake: FakeLLM) -> None:
    """Every item is the hand answer, published the first time (one request per batch, no retry), in the
    seed's shape: "headline-author" links, no author repeated in the headline, bold facts, no filler."""
    assert not [(i["headline"], i["fallback_reason"]) for i in summary["items"] if i["fallback_reason"]]
    assert [i["writer"] for i in summary["items"]] == ["llm:hand-model"] * len(entries)
    assert sorted(served) == sorted(e["match"] for e in entries)  # each story asked once: no retry
    assert len(fake.requests) == summary["tokens"]["calls"]
    _, items = parse_edition(markdown)
    written = {e["answer"]["headline"]: e["answer"] for e in entries}
    for item in items:
        headline, _, author = item.link_text.rpartition("-")
        assert headline in written, item.link_text
        assert author and author not in headline, item.link_text  # code appends the author; the model does not
        assert item.summary == written[headline]["summary"]
        assert 1 <= len(re.findall(r"\*\*[^*]+\*\*", item.summary)) <= 3
        assert not re.search(r"未提供|更多细节|值得关注|有待观察", item.summary), item.summary


def test_the_sample_edition_reads_like_the_seed(tmp_path: Path, fake_llm: FakeLLM) -> None:
    served: list[str] = []
    fake_llm.respond_with(_responder(ANSWERS["sample"], served))
    summary, markdown = _edition(fake_llm, tmp_path, "--sample")
    _reads_like_the_seed(summary, markdown, ANSWERS["sample"], served, fake_llm)


def test_a_labelled_window_reads_like_the_seed(tmp_path: Path, fake_llm: FakeLLM, shared: Path) -> None:
    posts = shared / "eval" / WINDOW_DAY / "posts.jsonl"
    if not posts.is_file():
        pytest.skip(f"{posts} not found")
    served: list[str] = []
    fake_llm.respond_with(_responder(ANSWERS["window"], served))
    summary, markdown = _edition(fake_llm, tmp_path, "--input", str(posts), "--at", WINDOW_AT)
    _reads_like_the_seed(summary, markdown, ANSWERS["window"], served, fake_llm)
    # the role the default sources give, used as the seed uses "Hugging Face CEO Clement Delangue"
    assert "纽约大学荣誉教授Gary Marcus" in markdown
