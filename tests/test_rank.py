"""Rank: engagement against the author's usual, voices, kind, recency and source weight, all readable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsdesk.config import StoriesSettings
from newsdesk.model import Post, Story
from newsdesk.stories.rank import author_baselines, engagement_of, post_attention, rank_stories, score_story

NOW = datetime(2026, 3, 25, 16, 0, tzinfo=UTC)
CONF = StoriesSettings()


def post(pid: str, text: str, author: str = "a", hours_ago: float = 1, source: str = "test",
         **metrics: float) -> Post:
    return Post(id=pid, source_id=source, platform="x", author_handle=author, author_name=author, url="",
                text=text, created_at=NOW - timedelta(hours=hours_ago), metrics=metrics)


def story_of(*posts: Post) -> Story:
    first = min(posts, key=lambda p: p.created_at)
    return Story(id="s:" + first.id, post_ids=tuple(p.id for p in posts), lead_id=first.id,
                 first_seen=first.created_at)


def scored(*posts: Post, history: tuple[Post, ...] = (), weights: dict[str, float] | None = None) -> Story:
    by_id = {p.id: p for p in posts}
    return score_story(story_of(*posts), by_id, [p.id for p in posts], now=NOW, settings=CONF,
                       baselines=author_baselines((*history, *posts)), relevance=dict.fromkeys(by_id, 3.0),
                       source_weights=weights)


def test_engagement_is_log_scaled_and_absent_when_platform_gives_none() -> None:
    assert engagement_of(post("x:1", "t", followers=1000)) is None
    small = engagement_of(post("x:1", "t", likes=10))
    big = engagement_of(post("x:1", "t", likes=10_000))
    assert small is not None and big is not None and 0 < small < big < 10


def test_engagement_counts_relative_to_the_authors_usual() -> None:
    # the same 500 likes: a flop for a big lab, a hit for a small account
    lab_history = tuple(post(f"x:l{i}", "x", "lab", 30, likes=20_000) for i in range(5))
    dev_history = tuple(post(f"x:d{i}", "x", "dev", 30, likes=20) for i in range(5))
    lab = post("x:1", "Claude update", "lab", likes=500)
    dev = post("x:2", "Claude update", "dev", likes=500)
    baselines = author_baselines((*lab_history, *dev_history, lab, dev))
    assert post_attention(dev, baselines) > post_attention(lab, baselines)


def test_reach_stands_in_when_only_followers_are_known() -> None:
    few = post_attention(post("x:1", "t", followers=100), {})
    many = post_attention(post("x:2", "t", followers=1_000_000), {})
    assert 0 < few < many <= 0.5


def test_parts_are_kept_and_score_is_their_combination() -> None:
    s = scored(post("x:1", "Anthropic releases Claude Opus 4.7", "a", likes=100),
               post("x:2", "Opus 4.7 is out, benchmarks look great", "b", likes=50))
    assert set(s.score_parts) == {"engagement", "voices", "platforms", "kind", "facts", "relevance", "size",
                                  "announces", "signal", "source", "recency"}
    assert s.score_parts["announces"] == 0.0  # "Anthropic releases" is a report, not the maker's own words
    assert s.score_parts["voices"] == 1.0  # two authors: log2(2)
    assert s.score_parts["kind"] == 1.0  # a release
    assert s.score > 0


def test_the_makers_own_words_count_as_an_announcement() -> None:
    own = scored(post("x:1", "We're releasing Nimbus-4 today, our fastest model yet", "nimbuslabs", likes=10))
    report = scored(post("x:2", "Nimbus Labs released Nimbus-4, their fastest model yet", "b", likes=10))
    assert own.score_parts["announces"] == 1.0 and report.score_parts["announces"] == 0.0
    assert own.score > report.score


def test_launch_by_many_beats_chatter_by_one() -> None:
    launch = scored(post("x:1", "We launched GPT-5.5 today", "openai", likes=100),
                    post("x:2", "GPT-5.5 is out", "b", likes=100), post("x:3", "GPT-5.5 发布了", "c", likes=100))
    chatter = scored(post("x:4", "thinking about AI and craft", "d", likes=100))
    assert launch.score > chatter.score


def test_recency_and_source_weight() -> None:
    fresh = scored(post("x:1", "New model release", hours_ago=1, likes=10))
    stale = scored(post("x:2", "New model release", hours_ago=30, likes=10))
    assert fresh.score > stale.score
    trusted = scored(post("x:3", "New model release", source="lab", likes=10), weights={"lab": 2.0})
    assert trusted.score_parts["source"] == 2.0
    assert abs(trusted.score - 2.0 * fresh.score) < 1e-4


def test_rank_order_is_deterministic_on_ties() -> None:
    a = Story(id="s:b", post_ids=("b",), lead_id="b", first_seen=NOW, score=1.0)
    b = Story(id="s:a", post_ids=("a",), lead_id="a", first_seen=NOW, score=1.0)
    c = Story(id="s:c", post_ids=("c",), lead_id="c", first_seen=NOW, score=2.0)
    assert [s.id for s in rank_stories([a, b, c])] == ["s:c", "s:a", "s:b"]


def test_account_weight_from_the_source_list_applies_to_file_posts() -> None:
    # posts read from a file share one source id; the curated list weighs accounts as `x:<handle>`
    listed = scored(post("x:1", "New model release", "Karpathy", source="file:day", likes=10),
                    weights={"x:karpathy": 1.8})
    unlisted = scored(post("x:2", "New model release", "someone", source="file:day", likes=10),
                      weights={"x:karpathy": 1.8})
    assert listed.score_parts["source"] == 1.8
    assert unlisted.score_parts["source"] == 1.0


def test_facts_favour_figures_names_and_primary_links() -> None:
    news = scored(post("x:1", "Acme raises $40M; Acme-7B beats Qwen3.6 by 12% https://github.com/acme/acme7b"))
    musing = scored(post("x:2", "been thinking a lot about agents lately"))
    assert news.score_parts["facts"] > 0.7
    assert musing.score_parts["facts"] == 0.0
