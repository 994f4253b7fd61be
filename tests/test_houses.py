"""One organisation's accounts announcing one thing make one story (cluster.py tier 10b, issue 10).

Developed on the labelled launch day 2026-06-24 (Claude Tag: @claudeai's availability post and Claude
Code's lead saying "It's in beta on Slack today for Claude Enterprise and Team plans" without the
product's name); on the five other labelled days no pair of one house's accounts both came close in
wording, and the scores did not move. Pinned here on launches nobody labelled: GPT-Rosalind
(@OpenAI and Kevin Weil, 2026-04-16) and Microsoft AI's Ode (@MicrosoftAI and Mustafa Suleyman,
2026-07-09); and, against it, two @OpenAI and @OpenAIDevs posts of one evening about two things.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.config import SourceSettings, load_settings
from newsdesk.model import Post
from newsdesk.sourcelist import SourceEntry, effective_sources, house_of, source_houses, source_weights
from newsdesk.stories import build_stories
from newsdesk.stories.cluster import cluster_posts

from corpuskit import read_corpus_posts

SETTINGS = load_settings(None, environ={})
HOUSES = source_houses(effective_sources(SETTINGS))
WEIGHTS = source_weights(effective_sources(SETTINGS))
FILES = ("follow-builders-x.jsonl", "x-kit.jsonl", "x-kit-tuber0613.jsonl")

ROSALIND = ("x:2044861690911850863", "x:2044862783947448611")  # @OpenAI introduces it; @kevinweil: "excited to launch"
ODE = ("x:2075128513741385807", "x:2075131152663241036")  # @MicrosoftAI: "Ode connects you"; @mustafasuleyman
TWO_THINGS = ("x:2077468133120766044", "x:2077501603050033634")  # Codex in Chrome; GPT-Live, two hours on


def source(name: str, tags: tuple[str, ...] = (), locator: str = "someone") -> SourceSettings:
    return SourceSettings(id=f"x:{locator}", kind="x", locator=locator, name=name, tags=tags)


@pytest.mark.parametrize(
    ("name", "tags", "house"),
    [
        ("Sam Altman (OpenAI)", (), "openai"),
        ("OpenAI Developers", ("lab",), "openai"),
        ("Boris Cherny (Claude Code)", ("builder",), "anthropic"),  # a product family names its maker
        ("Claude", ("lab",), "anthropic"),
        ("Mustafa Suleyman (Microsoft AI)", ("leader",), "microsoft"),  # no maker entry: the first word
        ("Microsoft AI", ("lab",), "microsoft"),
        ("Georgi Gerganov (llama.cpp)", (), "llama.cpp"),  # "llama.cpp" is not Meta's "llama"
        ("Andrej Karpathy", ("researcher",), None),  # speaks for himself
        ("Turing Post", ("media",), None),
    ],
)
def test_an_account_speaks_for_the_house_its_name_says(name: str, tags: tuple[str, ...], house: str | None) -> None:
    assert house_of(source(name, tags)) == house


def test_a_users_own_sources_form_a_house_by_the_same_rule() -> None:
    entries = [SourceEntry(source(name, tags, handle).to_source(), "config") for name, tags, handle in (
        ("Acme Robotics", ("lab",), "AcmeRobotics"), ("Jane Doe (Acme Robotics)", (), "janedoe"),
        ("John Roe", (), "johnroe"),
    )]
    assert source_houses(entries) == {"x:acmerobotics": "acme", "x:janedoe": "acme"}


def test_the_default_list_puts_a_labs_staff_in_its_house() -> None:
    assert HOUSES["x:sama"] == HOUSES["x:openaidevs"] == HOUSES["x:openai"] == "openai"
    assert HOUSES["x:bcherny"] == HOUSES["x:claudeai"] == HOUSES["x:alexalbert__"] == "anthropic"
    assert "x:karpathy" not in HOUSES


@pytest.fixture(scope="module")
def posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, [*ROSALIND, *ODE, *TWO_THINGS], FILES)


def merged(posts: dict[str, Post], ids: tuple[str, ...], houses: dict[str, str] | None) -> tuple[str, ...]:
    """The merge log of the cluster holding both posts, or () when they stay apart."""
    for c in cluster_posts([posts[i] for i in ids], SETTINGS.stories, houses=houses):
        if set(ids) <= set(c.post_ids):
            return c.merge_log
    return ()


@pytest.mark.shared
@pytest.mark.parametrize("ids", [ROSALIND, ODE], ids=["gpt-rosalind", "ode"])
def test_a_labs_account_and_its_staff_announcing_one_thing_are_one_story(
    posts: dict[str, Post], ids: tuple[str, str]
) -> None:
    log = merged(posts, ids, HOUSES)
    assert any("house(" in line for line in log), log
    assert merged(posts, ids, None) == ()  # nothing else joins them: the house is the evidence


@pytest.mark.shared
def test_one_houses_posts_about_two_things_stay_apart(posts: dict[str, Post]) -> None:
    assert merged(posts, TWO_THINGS, HOUSES) == ()


@pytest.mark.shared
def test_the_house_reaches_the_pipeline(posts: dict[str, Post]) -> None:
    window = [posts[i] for i in ODE]
    now = max(p.created_at for p in window)
    with_houses = build_stories(window, now=now, settings=SETTINGS, source_weights=WEIGHTS, houses=HOUSES)
    without = build_stories(window, now=now, settings=SETTINGS, source_weights=WEIGHTS)
    assert [len(s.post_ids) for s in with_houses.stories] == [2]
    assert len(without.stories) == 2
