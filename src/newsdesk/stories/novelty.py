"""Novelty: leave out what an earlier edition already told, unless there is news about it.

A reader of a 4-hourly briefing should not meet the same event in every edition. The next
window has different posts, so an earlier story is recognised by what it is about, not by
its posts alone:

* **post**: a post of the earlier story, or one it quoted, replied to or linked, is in the
  new story or is what a new post quotes, replies to or links ("post:x:123");
* **link**: the same canonical URL, arXiv id, GitHub repo or Hugging Face model ("link:...");
* **subject**: the same specific entity with the same kind of news in one post
  ("gpt-5.5+release"); generic names ("Claude", "OpenAI") never match alone.

A matched story is left out (reason ``published:<edition key>``) unless it gained
substantial new information since then, in which case it stays and is marked an update
(`Story.update_of` = the earlier edition's key):

* a platform the earlier story was not on, or
* `NEW_VOICES` authors who were not in it, or
* one new author bringing a new fact, or `NEW_FACTS` new facts (a figure such as "$40M" or
  "34.4%", or a specific name such as a model version, that the earlier posts did not have).

Pure: `Carried` records are built from the earlier items' post ids and the posts they cite
(the caller reads them from the store); nothing here touches the store or the clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from newsdesk.model import Dropped, Post, Story
from newsdesk.stories.rank import figures_in
from newsdesk.textfacts.entities import extract_entities, is_specific
from newsdesk.textfacts.kinds import WEAK_KINDS, detect_kinds
from newsdesk.textfacts.links import link_keys
from newsdesk.textfacts.normal import post_body

#: editions this far back are compared with (a day of 4-hourly editions)
LOOKBACK = timedelta(hours=24)
#: authors new to a story that make it news again on their own
NEW_VOICES = 2
#: new facts (figures, specific names) that make it news again on their own
NEW_FACTS = 2


@dataclass(frozen=True, slots=True)
class Carried:
    """A story an earlier edition carried, reduced to what novelty compares."""

    edition_key: str  #: the edition that carried it, e.g. "2026.03.24.08"
    story_id: str
    keys: frozenset[str]  #: "post:", "link:" and subject keys (see module docstring)
    authors: frozenset[str]  #: lower-case handles
    platforms: frozenset[str]
    facts: frozenset[str]  #: figures and specific names


@dataclass(frozen=True, slots=True)
class Verdict:
    """What novelty decided for one story: new, an update of an edition, or a repeat."""

    story_id: str
    repeat_of: str | None  #: the earlier edition key, when matched
    update: bool  #: matched but with enough new information to print again
    why: str  #: readable: what matched and what is new


def story_keys(posts: Iterable[Post]) -> frozenset[str]:
    """Identity keys of a set of posts: their ids and references, links, and subjects."""
    keys: set[str] = set()
    for post in posts:
        keys.add("post:" + post.id)
        keys.update("post:" + ref.post_id for ref in post.refs)
        for key in link_keys(post):
            if key.startswith("x:"):
                keys.add("post:" + key)
            elif not key.startswith("short:") and key.count("/") > 2:  # a page, not a site's home
                keys.add("link:" + key)
        body = post_body(post)
        kinds = detect_kinds(body) - WEAK_KINDS
        if kinds:
            for entity in extract_entities(body):
                if is_specific(entity):
                    keys.update(f"{entity}+{kind}" for kind in kinds)
    return frozenset(keys)


def facts_in(posts: Iterable[Post]) -> frozenset[str]:
    """Figures and specific names the posts state."""
    facts: set[str] = set()
    for post in posts:
        facts.update("fig:" + f for f in figures_in(" ".join((post.title, post.text))))
        facts.update(e for e in extract_entities(post_body(post)) if is_specific(e))
    return frozenset(facts)


def carried_story(edition_key: str, story_id: str, post_ids: Sequence[str], posts: Mapping[str, Post]) -> Carried:
    """An earlier edition's story from its post ids; posts that cannot be found still count by id."""
    found = [posts[pid] for pid in post_ids if pid in posts]
    keys = set(story_keys(found)) | {"post:" + pid for pid in post_ids}
    return Carried(
        edition_key=edition_key,
        story_id=story_id,
        keys=frozenset(keys),
        authors=frozenset(p.author_handle.lower() for p in found),
        platforms=frozenset(p.platform for p in found),
        facts=facts_in(found),
    )


def judge_novelty(
    story: Story, posts: Mapping[str, Post], carried: Sequence[Carried], voices: Sequence[str] | None = None
) -> Verdict:
    """Is `story` new, an update of something carried, or a repeat? `voices` are its
    non-duplicate post ids (default: all its posts)."""
    members = [posts[pid] for pid in story.post_ids if pid in posts]
    keys = story_keys(members)
    matches = [c for c in carried if c.keys & keys]
    if not matches:
        return Verdict(story.id, None, False, "new")
    # the latest edition that carried it is the one a reader remembers
    latest = max(matches, key=lambda c: (c.edition_key, c.story_id))
    before_authors = frozenset().union(*(c.authors for c in matches))
    before_platforms = frozenset().union(*(c.platforms for c in matches))
    before_facts = frozenset().union(*(c.facts for c in matches))
    voice_posts = [posts[pid] for pid in (voices if voices is not None else story.post_ids) if pid in posts]
    new_authors = sorted({p.author_handle.lower() for p in voice_posts} - before_authors)
    new_platforms = sorted({p.platform for p in voice_posts} - before_platforms)
    new_facts = sorted(facts_in(voice_posts) - before_facts)
    matched = sorted(latest.keys & keys)[:3]
    update = bool(
        new_platforms
        or len(new_authors) >= NEW_VOICES
        or (new_authors and new_facts)
        or len(new_facts) >= NEW_FACTS
    )
    news = (f"new authors {new_authors}, platforms {new_platforms}, facts {new_facts[:4]}"
            if update else "nothing new")
    return Verdict(story.id, latest.edition_key, update, f"matches {latest.edition_key} on {matched}; {news}")


def apply_novelty(
    stories: Sequence[Story],
    posts: Mapping[str, Post],
    carried: Sequence[Carried],
    voices: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[Story], list[Dropped], list[Verdict]]:
    """Stories to keep (updates marked with `update_of`), the posts of repeats as dropped, and
    every matched story's verdict (for the edition's stats). Order is kept."""
    if not carried:
        return list(stories), [], []
    kept: list[Story] = []
    dropped: list[Dropped] = []
    verdicts: list[Verdict] = []
    for story in stories:
        verdict = judge_novelty(story, posts, carried, (voices or {}).get(story.id))
        if verdict.repeat_of is None:
            kept.append(story)
            continue
        verdicts.append(verdict)
        if verdict.update:
            kept.append(replace(story, update_of=verdict.repeat_of, selected=False))
        else:
            dropped.extend(Dropped(pid, f"published:{verdict.repeat_of}") for pid in story.post_ids)
    return kept, dropped, verdicts
