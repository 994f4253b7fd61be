"""Select: N picks, a per-author cap, never two picks about the same thing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from newsdesk.config import EditionSettings
from newsdesk.model import Post, Story
from newsdesk.stories.select import select_stories

NOW = datetime(2026, 3, 25, 16, 0, tzinfo=UTC)


def world(specs: list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]) -> tuple[list[Story], dict[str, Post]]:
    """(id, author, text, links, entities) per story, already in rank order."""
    posts, stories = {}, []
    for n, (pid, author, text, links, entities) in enumerate(specs):
        posts[pid] = Post(id=pid, source_id="t", platform="x", author_handle=author, author_name=author, url="",
                          text=text, created_at=NOW)
        stories.append(Story(id="s:" + pid, post_ids=(pid,), lead_id=pid, first_seen=NOW, links=links,
                             entities=entities, score=100.0 - n))
    return stories, posts


def picked(stories: list[Story]) -> list[str]:
    return [s.id for s in stories if s.selected]


def test_takes_the_top_n() -> None:
    stories, posts = world([(f"x:{i}", f"author{i}", "news: we released it", (), ()) for i in range(12)])
    out = select_stories(stories, posts, EditionSettings(items=8))
    assert picked(out) == [f"s:x:{i}" for i in range(8)]
    assert [s.id for s in out] == [s.id for s in stories]  # order unchanged


def test_per_author_cap() -> None:
    stories, posts = world([(f"x:{i}", "prolific" if i < 4 else f"a{i}", "news: we released it", (), ())
                            for i in range(6)])
    out = select_stories(stories, posts, EditionSettings(items=4, per_author_cap=2))
    assert picked(out) == ["s:x:0", "s:x:1", "s:x:4", "s:x:5"]


def test_never_two_picks_about_the_same_thing() -> None:
    stories, posts = world([
        ("x:1", "a", "OpenAI releases GPT-5.5", (), ("gpt-5.5", "openai")),
        ("x:2", "b", "GPT-5.5 发布了", (), ("gpt-5.5",)),  # same entity, same kind: a repeat
        ("x:3", "c", "a post about a paper", ("https://arxiv.org/abs/2501.01234",), ()),
        ("x:4", "d", "another take", ("https://arxiv.org/abs/2501.01234",), ()),  # same link: a repeat
        ("x:5", "e", "OpenAI is hiring", (), ("openai",)),  # generic entity: not a repeat
    ])
    out = select_stories(stories, posts, EditionSettings(items=8))
    assert picked(out) == ["s:x:1", "s:x:3", "s:x:5"]


def test_previous_selection_flags_are_reset() -> None:
    stories, posts = world([(f"x:{i}", f"a{i}", "news: we released it", (), ()) for i in range(3)])
    stories[2] = Story(**{**{f: getattr(stories[2], f) for f in stories[2].__slots__}, "selected": True})
    out = select_stories(stories, posts, EditionSettings(items=1))
    assert picked(out) == ["s:x:0"]


def test_a_story_without_ai_signal_of_its_own_is_never_picked() -> None:
    stories, posts = world([("x:1", "sama", "being a dad is the best thing", (), ()),
                            ("x:2", "b", "GPT-5.5 is out", (), ())])
    stories[0] = replace(stories[0], score_parts={"signal": 0.0})  # relevant on the source prior alone
    stories[1] = replace(stories[1], score_parts={"signal": 4.0})
    out = select_stories(stories, posts, EditionSettings(items=8))
    assert picked(out) == ["s:x:2"]  # a slot left empty rather than chatter


def test_a_name_spelled_in_lower_case_is_the_same_thing() -> None:
    # the window knows "DevDay" as a product name from one story; a lead writing "devday" in its
    # opening is about it too (issue 10: a shorthand next to the full name in the window)
    stories, posts = world([
        ("x:1", "a", "Applications to attend OpenAI DevDay 2026 are open", (), ("name:devday", "openai")),
        ("x:2", "b", "openai devday apps are rolling out!", (), ("openai",)),
        ("x:3", "c", "the devdays of summer are here", (), ()),  # another word: not a repeat
    ])
    assert picked(select_stories(stories, posts, EditionSettings(items=8))) == ["s:x:1", "s:x:3"]


def test_one_authors_plug_is_never_picked() -> None:
    stories, posts = world([
        ("x:1", "a", "New episode! I sat down with the CEO of Acme to talk agents", (), ()),
        ("x:2", "b", "Acme ships Agent 2 with computer use", (), ()),
    ])
    assert picked(select_stories(stories, posts, EditionSettings(items=8))) == ["s:x:2"]
