"""End to end: the `newsdesk` command as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.sample import SAMPLE_PATH, SAMPLE_SLOT_KEY
from newsdesk.sources.file import read_posts

from hugo_shape import parse_edition


def run(*args: str, home: Path, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # os.environ already carries the conftest's guards (no default sources, a dead proxy).
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_HOME")}
    full_env.update({"NEWSDESK_HOME": str(home), "PYTHONWARNINGS": "error"})
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True,
                          env=full_env, cwd=cwd, timeout=240)


def input_urls(path: Path) -> set[str]:
    posts, _ = read_posts(path)
    return {p.url for p in posts}


def test_sample_edition_has_the_seed_shape(tmp_path: Path) -> None:
    out = tmp_path / "posts"
    res = run("edition", "--sample", "--out", str(out), home=tmp_path / "home")
    assert res.returncode == 0, res.stderr
    path = Path(res.stdout.strip())
    assert path == out / f"{SAMPLE_SLOT_KEY}.md"
    text = path.read_text(encoding="utf-8")
    meta, items = parse_edition(text)
    assert meta["title"] == f"{SAMPLE_SLOT_KEY} 过去4小时全球AI发生了什么？"
    assert "date: 2026-04-22T12:00:00.000+08:00" in text
    assert 5 <= len(items) <= 8
    urls = input_urls(SAMPLE_PATH)
    assert all(item.url in urls for item in items)
    assert len({item.url for item in items}) == len(items)
    assert any("**" in item.summary for item in items)
    # Off-topic chatter never leads an item.
    posts = {p.url: p for p in read_posts(SAMPLE_PATH)[0]}
    for item in items:
        assert not any(w in posts[item.url].text.lower() for w in ("noodle", "lisbon", "presale"))


def test_rebuilding_a_slot_rewrites_the_same_file(tmp_path: Path) -> None:
    out = tmp_path / "posts"
    first = run("edition", "--sample", "--out", str(out), home=tmp_path / "home")
    text = Path(first.stdout.strip()).read_text(encoding="utf-8")
    second = run("edition", "--sample", "--out", str(out), home=tmp_path / "home")
    assert second.returncode == 0, second.stderr
    assert Path(second.stdout.strip()).read_text(encoding="utf-8") == text
    assert sorted(p.name for p in out.iterdir()) == [f"{SAMPLE_SLOT_KEY}.md"]


def test_sample_json_summary(tmp_path: Path) -> None:
    res = run("edition", "--sample", "--json", "--out", str(tmp_path / "o"), home=tmp_path / "home")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["key"] == SAMPLE_SLOT_KEY
    assert summary["slot"]["start"] == "2026-04-22T08:00:00+08:00"
    counts = summary["counts"]
    assert counts["posts"] == len(read_posts(SAMPLE_PATH)[0])
    assert counts["posts"] > counts["relevant"]  # the off-topic chatter is gone
    assert counts["posts"] > counts["after_dedup"] >= counts["stories"] >= counts["selected"]
    assert counts["items"] == len(summary["items"]) == counts["selected"]
    assert all(i["writer"] == "extractive" for i in summary["items"])
    assert all(i["checks_ok"] for i in summary["items"])
    assert summary["failed_stories"] == []
    assert summary["tokens"] == {"input": 0, "output": 0, "calls": 0, "cached": 0, "cost": 0.0, "currency": "USD",
                                 "budget": None}
    assert summary["evidence"] is None  # no LLM: no evidence was shown to anyone
    assert set(summary["timings"]) >= {"stories_s", "write_s", "render_s", "total_s"}
    assert Path(summary["path"]).is_file()


@pytest.mark.parametrize(
    ("relative", "at"),
    [
        ("eval/day-2026-03-24/posts.jsonl", "2026.03.24.04"),  # mixed EN/ZH timeline, busiest window
        ("eval/day-2026-05-14/posts.jsonl", "2026-05-14T16:00:00+08:00"),
        ("corpus/follow-builders-x.jsonl", "2026.06.24.04"),  # builders' X posts, busiest window
    ],
)
def test_edition_from_a_real_corpus_window(tmp_path: Path, shared: Path, relative: str, at: str) -> None:
    source = shared / relative
    out = tmp_path / "posts"
    res = run("edition", "--input", str(source), "--at", at, "--out", str(out), home=tmp_path / "home")
    assert res.returncode == 0, res.stderr
    text = Path(res.stdout.strip()).read_text(encoding="utf-8")
    _, items = parse_edition(text)
    assert len(items) >= 5
    urls = input_urls(source)
    assert all(item.url in urls for item in items), [i.url for i in items if i.url not in urls]


def test_empty_window_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "posts"
    res = run("edition", "--sample", "--at", "2030.01.01.00", "--out", str(out), home=tmp_path / "home")
    assert res.returncode == 1
    assert "no posts in the window" in res.stderr
    assert not out.exists()


def test_malformed_lines_are_named_and_skipped(tmp_path: Path) -> None:
    lines = SAMPLE_PATH.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([lines[0], "{not json", *lines[1:5], '{"id": "x:1"}', *lines[5:]]) + "\n",
                      encoding="utf-8")
    res = run("edition", "--input", str(broken), "--at", SAMPLE_SLOT_KEY, "--out", str(tmp_path / "o"),
              home=tmp_path / "home")
    assert res.returncode == 0, res.stderr
    assert f"{broken}:2: skipped malformed line" in res.stderr
    assert f"{broken}:7: skipped malformed line" in res.stderr
    assert Path(res.stdout.strip()).is_file()


def test_bad_configuration_exits_2_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[edition]\nitems = -3\n", encoding="utf-8")
    res = run("edition", "--sample", "--config", str(config), home=tmp_path / "home")
    assert res.returncode == 2
    assert "edition.items" in res.stderr and str(config) in res.stderr
    res = run("edition", "--sample", home=tmp_path / "home", env={"NEWSDESK_EDITION_TIMEZONE": "Moon/Base"})
    assert res.returncode == 2 and "edition.timezone" in res.stderr


def test_unreadable_input_and_bad_time_exit_2(tmp_path: Path) -> None:
    res = run("edition", "--input", str(tmp_path / "missing.jsonl"), home=tmp_path / "home")
    assert res.returncode == 2 and "missing.jsonl" in res.stderr
    res = run("edition", "--sample", "--at", "yesterday-ish", home=tmp_path / "home")
    assert res.returncode == 2 and "yesterday-ish" in res.stderr


def test_no_sources_configured_is_a_configuration_error(tmp_path: Path) -> None:
    res = run("edition", home=tmp_path / "home")
    assert res.returncode == 2 and "sources" in res.stderr
    res = run("collect", home=tmp_path / "home")
    assert res.returncode == 2 and "sources" in res.stderr


def test_stories_json_contract_on_a_labelled_day(tmp_path: Path, shared: Path) -> None:
    day = shared / "eval" / "day-2026-03-25" / "posts.jsonl"
    res = run("stories", "--input", str(day), "--from", "2026-03-25T08:00:00+08:00",
              "--to", "2026-03-25T12:00:00+08:00", "--json", home=tmp_path / "home")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    window = {p.id for p in read_posts(day)[0]
              if "2026-03-25T00:00:00" <= p.created_at.strftime("%Y-%m-%dT%H:%M:%S") < "2026-03-25T04:00:00"}
    in_stories = [pid for s in out["stories"] for pid in s["post_ids"]]
    dropped = [d["post_id"] for d in out["dropped"]]
    assert len(in_stories) == len(set(in_stories))  # a post is in one story at most
    assert set(in_stories) | set(dropped) == window and not set(in_stories) & set(dropped)
    scores = [s["score"] for s in out["stories"]]
    assert scores == sorted(scores, reverse=True)
    assert 1 <= sum(s["selected"] for s in out["stories"]) <= 8
    for s in out["stories"]:
        assert set(s) >= {"id", "post_ids", "score", "score_parts", "selected"}


@pytest.mark.parametrize("name", ["follow-builders-blogs.jsonl", "follow-builders-podcasts.jsonl",
                                  "follow-builders-x.jsonl", "x-kit.jsonl"])
def test_stories_runs_on_every_corpus_file(tmp_path: Path, corpus: Path, name: str) -> None:
    res = run("stories", "--input", str(corpus / name), "--json", home=tmp_path / "home")
    assert res.returncode == 0, res.stderr[-2000:]
    out = json.loads(res.stdout)
    assert out["stories"], "a whole corpus file holds some AI news"
    total = sum(len(s["post_ids"]) for s in out["stories"]) + len(out["dropped"])
    assert total == len(read_posts(corpus / name)[0])


@pytest.mark.parametrize("command", [[], ["edition"], ["collect"], ["stories"], ["config", "show"]])
def test_help_everywhere(tmp_path: Path, command: list[str]) -> None:
    res = run(*command, "--help", home=tmp_path / "home")
    assert res.returncode == 0
    assert "Usage:" in res.stdout


def test_usage_error_exits_2(tmp_path: Path) -> None:
    res = run("edition", "--sample", "--input", "x.jsonl", home=tmp_path / "home")
    assert res.returncode == 2
    res = run("stories", home=tmp_path / "home")
    assert res.returncode == 2 and "--input" in res.stderr


def test_an_english_edition_keeps_english_headlines_offline(tmp_path: Path) -> None:
    # The offline writer's Chinese headline templates are for Chinese editions only: the
    # edition's language (llm.language) reaches the extractive writer, also as a fallback.
    result = run("edition", "--sample", "--out", str(tmp_path / "out"), home=tmp_path / "home",
                 env={"NEWSDESK_LLM_LANGUAGE": "en"})
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out" / f"{SAMPLE_SLOT_KEY}.md").read_text(encoding="utf-8")
    assert "[Introducing Nimbus-4 Pro, our most capable model yet-Nimbus AI]" in text
    assert "Nimbus AI推出" not in text and "Tallyhawk完成" not in text and "论文：" not in text
