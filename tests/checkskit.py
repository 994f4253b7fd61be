"""What the writer-check suites share (adversarial, held-out, fresh and the later held-out sets): a case, an
error planted into a story's faithful answer, one answer run through the real writer against the local fake
server, and the checks every held-out set makes of itself and of the writer."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from newsdesk.config import LLMSettings, Settings
from newsdesk.model import Post, Story
from newsdesk.writer import write_story

from corpuskit import read_corpus_posts
from fake_llm import FakeLLM, answer


@dataclass(frozen=True)
class Case:
    story: str
    kind: str  #: what was planted, or "faithful: <what it shows>"
    headline: str
    summary: str
    planted: tuple[str, ...] = ()  #: the planted text (`planted`): what must not reach a reader as written


def planted(base: Mapping[str, tuple[str, str]], story: str, kind: str, *edits: tuple[str, str]) -> Case:
    """The story's faithful answer (`base`) with one error planted by replacing text (in headline or summary)."""
    headline, summary = base[story]
    for old, new in edits:
        assert old in headline or old in summary, f"{story}: {old!r} not in the faithful answer"
        headline, summary = headline.replace(old, new), summary.replace(old, new)
    # (a swap passes through a placeholder, "**§**", that the answer no longer holds: only what it holds counts)
    return Case(story, kind, headline, summary,
                tuple(new for _, new in edits if new and (new in headline or new in summary)))


def planter(base: Mapping[str, tuple[str, str]]) -> Callable[..., Case]:
    """`planted` bound to one set's faithful answers: `planter(BASE)(story, kind, *edits)`."""
    return functools.partial(planted, base)


def story_of(name: str, ids: tuple[str, ...], posts: Mapping[str, Post]) -> Story:
    """The story of `ids`, led by the first, with id `s:<name>`."""
    lead = posts[ids[0]]
    return Story(id=f"s:{name}", post_ids=ids, lead_id=lead.id, first_seen=lead.created_at)


def published(story: Story, headline: str, summary: str, posts: Mapping[str, Post], fake: FakeLLM) -> tuple[bool, str]:
    """Whether the writer published this answer for `story` (the fake server gives it, citing every post);
    the failed checks or the fallback reason if not."""
    ok, why, _ = _write(story, headline, summary, posts, fake)
    return ok, why


def _write(story: Story, headline: str, summary: str, posts: Mapping[str, Post],
           fake: FakeLLM) -> tuple[bool, str, str]:
    """`published`, and the text a reader gets when it is (the item's headline and summary)."""
    reply = answer(headline=headline, summary=summary, category="AI快讯", citations=list(story.post_ids))
    fake.respond_with(lambda body: reply)
    settings = Settings(
        llm=LLMSettings(base_url=fake.base_url, model="fake-model", timeout_s=5.0, max_retries=0,
                        api_key=SecretStr("sk-test")),  # type: ignore[arg-type]
    )
    item = write_story(story, {i: posts[i] for i in story.post_ids}, settings).item
    assert item is not None
    ok = item.fallback_reason is None and item.writer == "llm:fake-model"
    return ok, "" if ok else str(item.fallback_reason), f"{item.headline}\n{item.summary}"


def reaches_readers(story: Story, case: Case, posts: Mapping[str, Post], fake: FakeLLM) -> bool:
    """Does a planted error reach a reader as written? Refused, it does not; published, it does unless the writer
    took the planted text off (a headline repeating the author the code appends: "...-宝玉" prints as "...")."""
    ok, _, text = _write(story, case.headline, case.summary, posts, fake)
    # (compared without bold: the writer may repair where a bold span ends, which leaves the error as it was)
    return ok and all(part.replace("**", "") in text.replace("**", "") for part in case.planted)


def assert_apart(here: Path, stories: Mapping[str, tuple[str, ...]], planted_: Sequence[Case],
                 faithful: Sequence[Case], misses: frozenset[tuple[str, str]],
                 false_rejections: frozenset[tuple[str, str]]) -> None:
    """A held-out set is whole and unseen: every story has planted and faithful cases, no other file of the tests
    names its posts, and its lists of known misses and false rejections name its own cases."""
    assert {c.story for c in planted_} == set(stories) == {c.story for c in faithful}
    ids = {i for ids_ in stories.values() for i in ids_}
    for other in here.parent.rglob("*"):
        if other.is_file() and other != here and other.suffix in {".py", ".json", ".jsonl", ".toml", ".md", ".txt"}:
            text = other.read_text(encoding="utf-8", errors="replace")
            assert not [i for i in ids if i.removeprefix("x:") in text], other
    assert {(c.story, c.kind) for c in planted_} >= misses
    assert {(c.story, c.kind) for c in faithful} >= false_rejections


def assert_probes_apart(here: Path, ids: Iterable[str], eval_dir: Path) -> None:
    """No other test file and no labelled day names a probe's post: the probes stand where nobody tuned."""
    wanted = {i.removeprefix("x:") for i in ids}
    for other in [*here.parent.glob("*.py"), *eval_dir.glob("day-*/*.jsonl")]:
        if other != here:
            assert not [i for i in wanted if i in other.read_text(encoding="utf-8")], other


def assert_off_labelled_days(stories: Mapping[str, tuple[str, ...]], eval_dir: Path) -> None:
    """No post of a held-out set is on a labelled eval day (the checks must hold where nobody looked)."""
    ids = {i.removeprefix("x:") for ids_ in stories.values() for i in ids_}
    for day in eval_dir.glob("day-*/*.jsonl"):
        text = day.read_text(encoding="utf-8")
        assert not [i for i in ids if i in text], day


def assert_caught(label: str, stories: Mapping[str, tuple[str, ...]], planted_: Sequence[Case],
                  posts: Mapping[str, Post], fake: FakeLLM, misses: frozenset[tuple[str, str]],
                  at_least: float) -> None:
    """Run every planted error through the writer: none but the known misses may be published, and the share
    caught stays at or above its floor (the figure is printed, with what was missed)."""
    missed = {(c.story, c.kind) for c in planted_
              if reaches_readers(story_of(label, stories[c.story], posts), c, posts, fake)}
    share = 1 - len(missed) / len(planted_)
    print(f"\n{label} planted errors caught: {len(planted_) - len(missed)}/{len(planted_)} = {share:.1%}")
    print("missed:", sorted(missed))
    assert missed <= misses, f"newly missed: {sorted(missed - misses)}"
    assert share >= at_least


def assert_published(label: str, stories: Mapping[str, tuple[str, ...]], faithful: Sequence[Case],
                     posts: Mapping[str, Post], fake: FakeLLM, false_rejections: frozenset[tuple[str, str]],
                     at_most: float) -> None:
    """Run every faithful answer through the writer: none but the known false rejections may be refused, and the
    share refused stays at or under its ceiling (the figure is printed, with each refusal's reason)."""
    rejected: dict[tuple[str, str], str] = {}
    for c in faithful:
        ok, why = published(story_of(label, stories[c.story], posts), c.headline, c.summary, posts, fake)
        if not ok:
            rejected[(c.story, c.kind)] = why
    share = len(rejected) / len(faithful)
    print(f"\n{label} faithful answers wrongly rejected: {len(rejected)}/{len(faithful)} = {share:.1%}")
    for key, why in sorted(rejected.items()):
        print("rejected:", key, why)
    assert set(rejected) <= false_rejections, {k: v for k, v in rejected.items() if k not in false_rejections}
    assert share <= at_most


@dataclass(frozen=True)
class HeldOutSet:
    """One held-out check set as its module declares it: what `held_out_tests` runs."""

    label: str  #: its name in the printed figures ("fresh7")
    here: Path  #: its module's file, which no other test file may share a post with
    stories: Mapping[str, tuple[str, ...]]
    planted: Sequence[Case]
    faithful: Sequence[Case]
    misses: frozenset[tuple[str, str]]
    false_rejections: frozenset[tuple[str, str]]
    caught_at_least: float
    rejected_at_most: float
    files: tuple[str, ...] | None = None  #: the corpus files its posts are read from (corpuskit's default if None)


@dataclass(frozen=True)
class SetShape:
    """What a held-out set promises about itself: enough cases of enough kinds, stories of several posts and
    (`sources`, when given) posts of each kind of source."""

    planted: int
    faithful: int
    kinds: int
    threads: int
    sources: frozenset[str] | None = None


def held_out_tests(s: HeldOutSet, shape: SetShape) -> tuple[Callable[..., Any], ...]:
    """The fixture and the four tests every held-out set runs, for its module to bind at top level:
    `story_posts, test_shape, test_off_days, test_planted, test_faithful = held_out_tests(...)`."""

    @pytest.fixture(scope="module")
    def story_posts(corpus: Path) -> dict[str, Post]:
        ids = [i for ids_ in s.stories.values() for i in ids_]
        return read_corpus_posts(corpus, ids, s.files) if s.files else read_corpus_posts(corpus, ids)

    def test_the_set_is_large_varied_and_apart() -> None:
        assert len(s.planted) >= shape.planted and len(s.faithful) >= shape.faithful
        assert len({c.kind for c in s.planted}) >= shape.kinds
        keys = [(c.story, c.kind) for c in [*s.planted, *s.faithful]]
        assert len(keys) == len(set(keys)), "a (story, kind) names one case"
        assert sum(len(ids) > 1 for ids in s.stories.values()) >= shape.threads
        if shape.sources is not None:
            assert {i.split(":")[0] for ids in s.stories.values() for i in ids} == shape.sources
        assert_apart(s.here, s.stories, s.planted, s.faithful, s.misses, s.false_rejections)

    def test_the_set_is_off_the_labelled_days(eval_dir: Path) -> None:
        assert_off_labelled_days(s.stories, eval_dir)

    def test_planted_errors(story_posts: dict[str, Post], fake_llm: FakeLLM) -> None:
        assert_caught(s.label, s.stories, s.planted, story_posts, fake_llm, s.misses, s.caught_at_least)

    def test_faithful_answers(story_posts: dict[str, Post], fake_llm: FakeLLM) -> None:
        assert_published(s.label, s.stories, s.faithful, story_posts, fake_llm, s.false_rejections,
                         s.rejected_at_most)

    return (story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days,
            test_planted_errors, test_faithful_answers)
