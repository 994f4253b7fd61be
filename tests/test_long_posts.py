"""Long posts of hostile shapes cost time in proportion to their length, never its square (issue 12).

Found by `benchmarks/fault_matrix.py`: one post of a few hundred KB held an edition for minutes (a
300 KB post took 490 s) through regexes tried at every character: the sentence-start test of the name
checks, the e-mail part of the URL pattern, the figure pattern, the link pattern of the number checks,
the trailing-link strip of the extractive writer, and the span-overlap test of versioned entities. Each
is now linear; and any source's (or `--input` line's) post text is cut to `MAX_POST_CHARS`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.sources.base import MAX_POST_CHARS
from newsdesk.sources.file import read_posts
from newsdesk.stories.rank import figures_in
from newsdesk.textfacts.entities import _extract_entities
from newsdesk.writer.checks.names import _at_sentence_start, name_tokens
from newsdesk.writer.checks.numbers import _evidence_numbers
from newsdesk.writer.extractive import _without_trailing_links
from newsdesk.writer.text import clean_text

N = 60_000
SHAPES = {
    "word": "OpenAI GPT model " + "A" * N,
    "cjk": "OpenAI发布新模型" + "模型发布" * (N // 4),
    "digits": "AI model " + "1" * N,
    "dotted": "AI model " + "a." * (N // 2),
    "spaces": "AI model" + " " * N + "end https://e.com/x",
    "versions": "AI model " + "GPT-5 " * (N // 6),
    "sentences": "Hello World. The AI Model is New. " * (N // 34),
}
STAGES: dict[str, Callable[[str], object]] = {
    "clean_text": clean_text, "name_tokens": name_tokens, "figures_in": figures_in,
    "entities": lambda t: _extract_entities.__wrapped__(t), "evidence_numbers": _evidence_numbers,
    "trailing_links": _without_trailing_links,
}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_stage_reads_a_long_hostile_text_in_linear_time(shape: str) -> None:
    # Quadratic, the slowest of these took 20-80 s at 20,000 characters; linear, all of them take
    # well under a second at 60,000 on a loaded machine. 10 s is far from both.
    for name, stage in STAGES.items():
        started = time.perf_counter()
        stage(SHAPES[shape])
        assert time.perf_counter() - started < 10, (shape, name)


def test_the_sentence_start_test_answers_as_the_regex_it_replaced() -> None:
    old = re.compile(r"(?:^|[.!?。！？；;:：\n\"“])\s*$")
    texts = ["", "a", " ", "a. B", "a.\n B", "a\n", "x “ Y", "中文。 Q", "a\u3000 b", "a:\tb", "ab cd"]
    for text in texts:
        for pos in range(len(text) + 1):
            assert _at_sentence_start(text, pos) == bool(old.search(text[:pos])), (text, pos)


def test_trailing_links_go_as_the_regex_took_them() -> None:
    old = lambda t: re.sub(r"\s*(?:https?://\S+\s*)+$", "", t).rstrip()  # noqa: E731
    for text in ["see https://a.com", "see:https://a.com https://b.com\n", "https://only.com", "no link",
                 "x https://a.com y", "a\thttps://a.comhttps://b.com  ", "", "  "]:
        assert _without_trailing_links(text) == old(text), text


def test_figures_and_entities_are_read_as_before_on_ordinary_text() -> None:
    assert figures_in("Raised $40 M at a 1,234,567 users base, up 12.5% and 3x") == {
        "$40m", "1,234,567users", "12.5%", "3x"}
    assert {"gpt-5", "gpt-5.5"} <= _extract_entities.__wrapped__("GPT-5 and GPT-5.5 beat GPT-5")


def test_a_huge_input_line_is_cut_with_a_warning_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    record = {"id": "x:1", "text": "AI " * 400_000, "created_at": "2026-04-22T01:00:00Z"}
    path.write_text(json.dumps({**record, "id": "x:0", "text": "short"}) + "\n" + json.dumps(record) + "\n",
                    encoding="utf-8")
    posts, warnings = read_posts(path)
    assert [len(p.text) <= MAX_POST_CHARS for p in posts] == [True, True] and posts[1].text.endswith("…")
    assert warnings == [f"{path}:2: post x:1: text of 1,200,000 characters cut to {MAX_POST_CHARS:,}"]


def test_an_edition_from_a_20_mb_post_comes_out_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl"
    good = {"id": "x:100", "platform": "x", "author_handle": "sama", "author_name": "Sam Altman",
            "url": "https://x.com/sama/status/100", "created_at": "2026-04-22T01:00:00Z",
            "text": "We are releasing GPT-5.5 today, our best AI model for coding and reasoning."}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "id": "x:111", "text": "AI " * 7_000_000}) + "\n",
                    encoding="utf-8")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "newsdesk", "edition", "--input", str(path), "--out",
                           str(tmp_path / "out"), "--json"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NEWSDESK_HOME": str(tmp_path / "home")})
    assert proc.returncode == 0, proc.stderr
    assert time.monotonic() - started < 60
    assert f"{path}:2: post x:111: text of 21,000,000 characters cut to" in proc.stderr
    assert "https://x.com/sama/status/100" in {i["url"] for i in json.loads(proc.stdout)["items"]}
