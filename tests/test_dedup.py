"""Dedup: copies, near copies (Chinese too), reposts and bare quotes point at the earliest post."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.config import StoriesSettings
from newsdesk.model import Post, Ref
from newsdesk.sources.file import read_posts
from newsdesk.stories import dedup
from newsdesk.stories.dedup import find_duplicates, shingles_of, similar_pairs, similar_texts, voices
from newsdesk.textfacts.normal import normalise, own_text

T0 = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)
CONF = StoriesSettings()


def post(pid: str, text: str, minutes: float = 0, author: str = "a", refs: tuple[Ref, ...] = ()) -> Post:
    return Post(id=pid, source_id="test", platform="x", author_handle=author, author_name=author,
                url="", text=text, created_at=T0 + timedelta(minutes=minutes), refs=refs)


def test_exact_copy_differing_in_links_case_and_spacing() -> None:
    a = post("x:1", "Claude Code auto mode is here! https://t.co/aaa", 0)
    b = post("x:2", "claude code   AUTO mode is here!  https://t.co/bbb", 5, author="b")
    for order in ([a, b], [b, a]):
        result = find_duplicates(order, CONF)
        assert result.canonical_of == {"x:2": "x:1"}
        assert result.kind_of["x:2"] == "exact"
        assert voices(["x:1", "x:2"], result) == ["x:1"]


def test_near_copy_in_chinese() -> None:
    a = post("x:1", "阿里发布通义千问3.5，大模型推理能力大幅提升，开源权重已经上线，欢迎大家试用和反馈意见", 0)
    b = post("x:2", "阿里发布通义千问3.5，大模型推理能力大幅提升，开源权重已经上线，欢迎大家试用和反馈！", 3, "b")
    c = post("x:3", "字节发布豆包新模型，多模态理解能力大幅提升，价格也降了一半，开发者可以直接调用", 4, author="c")
    result = find_duplicates([c, b, a], CONF)
    assert result.canonical_of == {"x:2": "x:1"}
    assert result.kind_of["x:2"] == "near"


def test_short_texts_are_not_near_copies() -> None:
    result = find_duplicates([post("x:1", "Congrats to the team!"), post("x:2", "Congrats to the teams!", 1)], CONF)
    assert result.canonical_of == {}


def test_repost_and_bare_quote_point_at_the_original() -> None:
    original = post("x:1", "We released Hermes Agent v0.4.0 with an OpenAI-compatible API", 0, "nous")
    repost = post("x:2", "RT We released Hermes Agent", 1, "fan", refs=(Ref("reposted", "x:1"),))
    bare = post("x:3", "https://t.co/xyz", 2, "other", refs=(Ref("quoted", "x:1"),))
    comment = post("x:4", "This is a big deal for local agents", 3, "critic", refs=(Ref("quoted", "x:1"),))
    result = find_duplicates([comment, bare, repost, original], CONF)
    assert result.canonical_of == {"x:2": "x:1", "x:3": "x:1"}
    assert result.kind_of == {"x:2": "repost", "x:3": "bare-quote"}
    assert not result.is_duplicate("x:4")  # a quote with words of its own is a voice


def test_reposts_of_an_unseen_post_group_together() -> None:
    a = post("x:5", "https://t.co/1", 0, "a", refs=(Ref("reposted", "x:100"),))
    b = post("x:6", "https://t.co/2", 1, "b", refs=(Ref("reposted", "x:100"),))
    assert find_duplicates([b, a], CONF).canonical_of == {"x:6": "x:5"}


def test_same_words_months_apart_are_not_a_copy() -> None:
    a = post("x:1", "gm builders, what are you shipping with LLMs today?", 0)
    b = post("x:2", "gm builders, what are you shipping with LLMs today?", 60 * 24 * 90)
    assert find_duplicates([a, b], CONF).canonical_of == {}


def test_real_double_posted_ad_is_found(eval_dir: Path) -> None:
    posts, _ = read_posts(eval_dir / "day-2026-03-24" / "posts.jsonl")
    result = find_duplicates(posts, CONF)
    assert result.canonical_of.get("x:2036201991509000437") == "x:2036201987612512613"
    # nothing else in a real day is a copy of a different author's different words
    by_id = {p.id: p for p in posts}
    for dup, rep in result.canonical_of.items():
        assert by_id[dup].created_at >= by_id[rep].created_at


def brute_pairs(items: list[tuple[str, datetime]], sets: dict[str, set[str]], threshold: float,
                window: timedelta | None) -> list[tuple[str, str]]:
    """Every pair compared: what prefix filtering must find, in its order."""
    pairs = []
    for k, (pid, when) in enumerate(items):
        found = []
        for other, then in items[:k]:
            if window is not None and when - then > window:
                continue
            a, b = sets[pid], sets[other]
            if a and b:
                shared = len(a & b)
                if shared / (len(a) + len(b) - shared) >= threshold:
                    found.append(other)
        pairs.extend((pid, other) for other in sorted(found))
    return pairs


texts_strategy = st.lists(st.text(alphabet="abcab千问千d", min_size=0, max_size=12), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(texts=texts_strategy, threshold=st.sampled_from([0.3, 0.5, 0.8, 1.0]),
       hours=st.sampled_from([None, 1, 5]))
def test_prefix_filtering_finds_exactly_the_pairs_over_the_threshold(
    texts: list[str], threshold: float, hours: int | None
) -> None:
    items = [(f"x:{k:03d}", T0 + timedelta(minutes=30 * k)) for k in range(len(texts))]
    by_id = {pid: text for (pid, _), text in zip(items, texts, strict=True)}
    window = None if hours is None else timedelta(hours=hours)
    sets = {pid: shingles_of(text) for pid, text in by_id.items()}
    expected = brute_pairs(items, sets, threshold, window)
    assert similar_texts(items, by_id.__getitem__, threshold, window) == expected
    words = {pid: set(text) for pid, text in by_id.items()}
    assert similar_pairs(items, words.__getitem__, threshold, window) == brute_pairs(items, words, threshold, window)


def test_prefix_filtering_in_blocks_matches_one_block(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"claude code auto mode is here {k % 7} and {k % 5} more words" for k in range(120)]
    items = [(f"x:{k:03d}", T0 + timedelta(minutes=k)) for k in range(len(texts))]
    by_id = {pid: text.replace(" ", "") for (pid, _), text in zip(items, texts, strict=True)}
    window = timedelta(minutes=20)
    whole = similar_texts(items, by_id.__getitem__, 0.8, window)
    monkeypatch.setattr(dedup, "JOIN_BLOCK", 8)
    monkeypatch.setattr(dedup, "JOIN_CHUNK", 16)
    assert similar_texts(items, by_id.__getitem__, 0.8, window) == whole
    assert whole == brute_pairs(items, {pid: shingles_of(t) for pid, t in by_id.items()}, 0.8, window)
    assert whole  # the texts repeat every 35 minutes and overlap within the window
    monkeypatch.setattr(dedup, "PARALLEL_MIN_ITEMS", 1)
    monkeypatch.setattr(dedup, "worker_count", lambda: 2)
    assert similar_texts(items, by_id.__getitem__, 0.8, window) == whole  # blocks joined by worker processes


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aB_ -—!？＿\u3000\t\n\u00a0\u200b\u0301é千问1２.https:/t.co@x"), max_size=40))
def test_normalise_makes_one_pass_of_what_were_two(text: str) -> None:
    folded = unicodedata.normalize("NFKC", own_text(text)).lower()
    two_passes = re.sub(r"\s+", " ", re.sub(r"[^\w\s]|_", " ", folded)).strip()
    assert normalise(text) == two_passes


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("，？：！（）…；,?:!();.aE千\u0301\u0308\u0338\u3099<=>ｶﾞ２ﬁ™ "), max_size=30))
def test_full_width_punctuation_replaced_before_nfkc_changes_nothing(text: str) -> None:
    """normalise replaces full-width punctuation by its decomposition before NFKC (the fast path for
    Chinese posts): the same answer as NFKC of the text as it was, beside combining marks that compose
    with what precedes them (`<` + U+0338 is `≮`) and other characters NFKC changes."""
    assert normalise(text) == " ".join(re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", own_text(text)).lower()))


# -- link keys: the t.co fast path of `_url_key` ---------------------------------------------

_TCO_ID = st.text(alphabet=st.sampled_from("abcXYZ09_-é./?#=:"), min_size=0, max_size=12)
_TCO_HEAD = st.sampled_from(["https://t.co/", "http://t.co/", "HTTPS://t.co/", "https://T.CO/", "http://T.co/",
                             "https://t.co:443/", "https://t.co//", "https://www.t.co/", " https://t.co/"])
_TCO_TAIL = st.sampled_from(["", ".", ")", "…", "!?", "/", "?utm_source=x", "#frag", "?a=1&b=2", "/x/", " "])


@settings(max_examples=400, deadline=None)
@given(_TCO_HEAD, _TCO_ID, _TCO_TAIL)
def test_url_key_fast_path_equals_slow_path(head: str, token: str, tail: str) -> None:
    """Whatever a t.co-like URL looks like (case, scheme, port, query, fragment, punctuation),
    the fast path answers what `canonical_url` would."""
    from newsdesk.textfacts.links import _url_key, _url_key_slow

    url = head + token + tail
    assert _url_key.__wrapped__(url) == _url_key_slow(url)


@pytest.mark.parametrize("url", [
    "https://t.co/AbC123", "http://t.co/AbC123", "https://t.co/AbC123.", "https://t.co/AbC123…)",
    "https://T.CO/AbC123", "https://t.co/AbC123?s=20", "https://t.co/AbC123#x", "https://t.co/",
    "https://t.co/Ab_C", "https://t.co/abc/", "https://t.co/äbc",
])
def test_url_key_fast_path_cases(url: str) -> None:
    from newsdesk.textfacts.links import _url_key, _url_key_slow

    assert _url_key.__wrapped__(url) == _url_key_slow(url)
    if url.rstrip(".…)").removeprefix("http://").removeprefix("https://").startswith("t.co/AbC123") \
            and url.rstrip(".…)").endswith("AbC123"):
        assert _url_key.__wrapped__(url) == "short:https://t.co/AbC123"
