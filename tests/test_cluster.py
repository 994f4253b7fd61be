"""Cluster: strong links merge, generic names do not, the log says why, and order never matters."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsdesk.config import StoriesSettings
from newsdesk.model import Post, Ref
from newsdesk.sources.file import read_posts
from newsdesk.stories.cluster import (
    OPENING_UNITS,
    _opening,
    _snowflake_us,
    _us,
    cluster_posts,
    gather_evidence,
    snowflake_time,
)
from newsdesk.stories.dedup import find_duplicates
from newsdesk.textfacts.entities import extract_entities
from newsdesk.textfacts.links import canonical_url
from newsdesk.textfacts.normal import own_text

T0 = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)
CONF = StoriesSettings()


def post(pid: str, text: str, minutes: float = 0, author: str = "a", refs: tuple[Ref, ...] = (),
         links: tuple[str, ...] = ()) -> Post:
    return Post(id=pid, source_id="test", platform="x", author_handle=author, author_name=author,
                url="", text=text, created_at=T0 + timedelta(minutes=minutes), refs=refs, links=links)


def groups(posts: list[Post]) -> set[frozenset[str]]:
    return {frozenset(c.post_ids) for c in cluster_posts(posts, CONF, find_duplicates(posts, CONF))}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.Example.com/a/b/?utm_source=x&utm_medium=y#frag", "https://example.com/a/b"),
        ("http://example.com/p?b=2&a=1&fbclid=zzz", "https://example.com/p?a=1&b=2"),
        ("https://twitter.com/karpathy/status/1234567890?s=20", "x:1234567890"),
        ("https://x.com/i/web/status/42", "x:42"),
        ("https://mobile.twitter.com/foo/status/7/photo/1", "x:7"),
        ("example.com/page/", "https://example.com/page"),
        ("https://example.com:8080/x", "https://example.com:8080/x"),
        ("https://example.com:abc/x", "https://example.com/x"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


_URLS = st.builds(
    lambda scheme, host, path, query, frag: f"{scheme}://{host}/{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTPS"]),
    st.sampled_from(["example.com", "www.example.com", "x.com", "twitter.com", "github.com", "Sub.Example.org"]),
    st.text(alphabet="abcXYZ019-_/.%~", max_size=20),
    st.sampled_from(["", "?utm_source=a", "?a=1&b=2", "?b=2&a=1&utm_campaign=c", "?ref=foo&q=%20x", "?q=a+b"]),
    st.sampled_from(["", "#top", "#"]),
)


@given(st.one_of(_URLS, st.text(max_size=40)))
@example("0 :")  # found by hypothesis: white space left in the host
@example("0\x0c#")  # found by hypothesis: white space before a fragment
@example("://")  # found by hypothesis: no host at all
def test_canonical_url_is_idempotent(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once


def test_entities_are_canonical_across_spellings() -> None:
    assert "qwen3.5" in extract_entities("通义千问3.5 发布了")
    assert "qwen3.5" in extract_entities("Qwen 3.5 is out")
    assert "claude-opus-4.7" in extract_entities("Claude Opus 4.7 tops the chart")
    assert "gpt-5.5" in extract_entities("GPT 5.5 and gpt-5.5")
    assert "qwen" in extract_entities("Qwen 14B as the LLM")
    assert not any(e.startswith("qwen1") for e in extract_entities("Qwen 14B as the LLM"))


def test_quote_thread_and_same_ref_merge_with_a_log() -> None:
    head = post("x:100", "New in Claude Code: auto mode.", 0, "claudeai")
    second = post("x:101", "A classifier reviews each tool call before it runs.", 0.1, "claudeai")
    reaction = post("x:102", "this is cool!!!", 5, "dan", refs=(Ref("quoted", "x:100"),))
    other = post("x:103", "turns out safety is useful", 9, "tq", refs=(Ref("quoted", "x:900"),))
    other2 = post("x:104", "big if true", 11, "pg", refs=(Ref("quoted", "x:900"),))
    clusters = cluster_posts([other2, reaction, second, head, other], CONF)
    assert {frozenset(c.post_ids) for c in clusters} == {
        frozenset({"x:100", "x:101", "x:102"}), frozenset({"x:103", "x:104"})}
    log = next(c.merge_log for c in clusters if "x:100" in c.post_ids)
    assert any("thread" in line for line in log)
    assert any("quote" in line for line in log)


def test_generic_entities_alone_never_merge() -> None:
    a = post("x:1", "OpenAI is hiring researchers in London, apply now", 0, "a")
    b = post("x:2", "OpenAI released a new update today for ChatGPT users", 30, "b")
    c = post("x:3", "Claude wrote my tests today, Claude is great", 40, "c")
    d = post("x:4", "Claude Code keeps breaking my cache, annoying", 50, "d")
    assert groups([a, b, c, d]) == {frozenset({p}) for p in ("x:1", "x:2", "x:3", "x:4")}


def test_specific_entity_with_a_shared_news_kind_merges_across_languages() -> None:
    en = post("x:1", "Software horror: litellm PyPI supply chain attack exfiltrates SSH keys", 0, "karpathy")
    zh = post("x:2", "软件的供应链攻击：Python LiteLLM 被投毒", 180, "xu")
    unrelated = post("x:3", "LiteLLM adds a new logging dashboard", 200, "dev")
    assert groups([en, zh, unrelated]) == {frozenset({"x:1", "x:2"}), frozenset({"x:3"})}


def test_shared_model_version_without_support_does_not_merge() -> None:
    a = post("x:1", "突然想到，我们成天在说 GPT-5.5、Codex，已经很少提到 Gemini 了", 0, "m")
    b = post("x:2", "取消了订阅，彻底转向 Codex，GPT-5.5 能力上不分伯仲", 30, "f")
    assert groups([a, b]) == {frozenset({"x:1"}), frozenset({"x:2"})}


def test_same_link_merges_only_close_in_time() -> None:
    a = post("x:1", "Read this paper https://arxiv.org/abs/2501.01234", 0, "a")
    b = post("x:2", "Great work: arxiv.org/abs/2501.01234v2", 60, "b")
    c = post("x:3", "Still thinking about https://arxiv.org/pdf/2501.01234", 60 * 24 * 30, "c")
    assert groups([a, b, c]) == {frozenset({"x:1", "x:2"}), frozenset({"x:3"})}


def _opening_by_characters(title: str, text: str) -> str:
    """`_opening` as it was written first: a character at a time (a CJK character two units)."""
    mine = own_text(text)
    cut, units = 0, 0
    for cut, ch in enumerate(mine):  # noqa: B007 - the index is the cut
        units += 2 if "\u3400" <= ch <= "\u9fff" else 1
        if units > OPENING_UNITS:
            break
    else:
        cut = len(mine)
    return " ".join(part for part in (title, mine[:cut]) if part)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["", "Title"]),
       st.text(alphabet="a 1.，中文\u3400\u9fff\u33ff\ua000é😀", max_size=400))
@example("", "中" * 80)  # exactly OPENING_UNITS units
@example("", "中" * 79 + "ab")  # the last character would be one unit too many
@example("", "a" * 159 + "中")  # the CJK character would straddle the end
@example("", "a" * 158 + "中b")
def test_opening_counts_units_a_run_at_a_time_as_a_character_at_a_time(title: str, text: str) -> None:
    """The opening cut by runs of CJK and other characters is the cut a character at a time."""
    assert _opening(title, text) == _opening_by_characters(title, text)


def test_snowflake_time_reads_x_ids() -> None:
    t = snowflake_time("x:2036503582166393240")
    assert t is not None and t.year == 2026
    assert snowflake_time("rss:abc") is None


def test_snowflake_microseconds_are_the_datetime_clustering_compared_before() -> None:
    """Tier 6 compares integer microseconds; they must order and differ exactly as the datetimes did."""
    ids = ["x:2036503582166393240", "x:2036503582166393241", "x:1947374585764082153", "x:1288834974657000000"]
    for pid in ids:
        t = snowflake_time(pid)
        assert t is not None and _snowflake_us(pid) == _us(t)
    assert _snowflake_us("x:20") is None and _snowflake_us("rss:abc") is None
    jittered = T0 + timedelta(microseconds=123_457)
    assert _us(jittered) - _us(T0) == 123_457


def _day(eval_dir: Path, name: str) -> tuple[list[Post], dict[str, str | None]]:
    posts, _ = read_posts(eval_dir / name / "posts.jsonl")
    lines = (eval_dir / name / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return posts, {r["post_id"]: r["story"] for r in map(json.loads, lines)}


def test_real_launch_story_is_one_cluster(eval_dir: Path) -> None:
    """Claude Code auto mode (2026-03-25): a 3-post thread and four quote-reactions."""
    posts, labels = _day(eval_dir, "day-2026-03-25")
    story = {pid for pid, s in labels.items() if s == "claude-code-auto-mode"}
    found = groups(posts)
    assert story in found


def test_real_day_has_no_false_merge_between_labelled_stories(eval_dir: Path) -> None:
    posts, labels = _day(eval_dir, "day-2026-03-25")
    relevant = [p for p in posts if labels[p.id]]
    for group in groups(relevant):
        assert len({labels[pid] for pid in group}) == 1, group


@pytest.fixture(scope="module")
def sample_posts(shared: Path) -> list[Post]:
    posts, _ = read_posts(shared / "eval" / "day-2026-05-14" / "posts.jsonl")
    return posts


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_clustering_ignores_input_order(sample_posts: list[Post], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(sample_posts))
    expected = cluster_posts(sample_posts, CONF, find_duplicates(sample_posts, CONF))
    got = cluster_posts(shuffled, CONF, find_duplicates(shuffled, CONF))
    assert [c.post_ids for c in got] == [c.post_ids for c in expected]
    assert [c.merge_log for c in got] == [c.merge_log for c in expected]


def test_evidence_gathered_ahead_clusters_alike(sample_posts: list[Post]) -> None:
    """The pipeline gathers clustering's evidence before dedup answers; the clusters and logs are the same."""
    dedup = find_duplicates(sample_posts, CONF)
    weak = frozenset(p.id for p in sample_posts[::3])  # as the pipeline's posts that are no AI news alone
    for strong_only in (frozenset(), weak):
        direct = cluster_posts(sample_posts, CONF, dedup, strong_only=strong_only)
        ahead = cluster_posts(sample_posts, CONF, dedup, strong_only=strong_only,
                              evidence=gather_evidence(sample_posts, CONF, strong_only=strong_only))
        assert [(c.post_ids, c.merge_log) for c in ahead] == [(c.post_ids, c.merge_log) for c in direct]
        assert any(len(c.post_ids) > 1 for c in direct)
