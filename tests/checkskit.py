"""What the three writer-check suites share (adversarial, held-out, fresh): a case, an error planted into a
story's faithful answer, and one answer run through the real writer against the local fake server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import SecretStr

from newsdesk.config import LLMSettings, Settings
from newsdesk.model import Post, Story
from newsdesk.writer import write_story

from fake_llm import FakeLLM, answer


@dataclass(frozen=True)
class Case:
    story: str
    kind: str  #: what was planted, or "faithful: <what it shows>"
    headline: str
    summary: str


def planted(base: Mapping[str, tuple[str, str]], story: str, kind: str, *edits: tuple[str, str]) -> Case:
    """The story's faithful answer (`base`) with one error planted by replacing text (in headline or summary)."""
    headline, summary = base[story]
    for old, new in edits:
        assert old in headline or old in summary, f"{story}: {old!r} not in the faithful answer"
        headline, summary = headline.replace(old, new), summary.replace(old, new)
    return Case(story, kind, headline, summary)


def story_of(name: str, ids: tuple[str, ...], posts: Mapping[str, Post]) -> Story:
    """The story of `ids`, led by the first, with id `s:<name>`."""
    lead = posts[ids[0]]
    return Story(id=f"s:{name}", post_ids=ids, lead_id=lead.id, first_seen=lead.created_at)


def published(story: Story, headline: str, summary: str, posts: Mapping[str, Post], fake: FakeLLM) -> tuple[bool, str]:
    """Whether the writer published this answer for `story` (the fake server gives it, citing every post);
    the failed checks or the fallback reason if not."""
    reply = answer(headline=headline, summary=summary, category="AI快讯", citations=list(story.post_ids))
    fake.respond_with(lambda body: reply)
    settings = Settings(
        llm=LLMSettings(base_url=fake.base_url, model="fake-model", timeout_s=5.0, max_retries=0,
                        api_key=SecretStr("sk-test")),  # type: ignore[arg-type]
    )
    item = write_story(story, {i: posts[i] for i in story.post_ids}, settings).item
    assert item is not None
    ok = item.fallback_reason is None and item.writer == "llm:fake-model"
    return ok, "" if ok else str(item.fallback_reason)
