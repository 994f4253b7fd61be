"""Select: pick the edition's stories from the ranked list.

Walk the ranking best first and take a story unless
* it has no AI signal of its own (`rank.has_signal`): it is a story only because its account
  is on the source list or usually posts AI, and a slot left empty is better than chatter, or
* its lead author already leads `per_author_cap` picks (one prolific account must not fill
  the briefing), or
* it is about the same thing as a story already picked: clustering errs towards keeping
  stories apart, so two stories may still share a canonical link, or a specific entity
  together with the same kind of news ("GPT-5.5" + release). Printing both would repeat
  an item, so the lower-ranked one is skipped.
Stops at `items` picks. Picks get `selected=True`; the order of the list is unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsdesk.config import EditionSettings
from newsdesk.model import Post, Story
from newsdesk.stories.facts import NO_FACTS, TextFacts
from newsdesk.stories.rank import has_signal
from newsdesk.textfacts.entities import is_specific
from newsdesk.textfacts.kinds import WEAK_KINDS
from newsdesk.textfacts.normal import post_body


def _story_keys(story: Story, posts: Mapping[str, Post], facts: TextFacts = NO_FACTS) -> set[str]:
    """What identifies a story's subject: its links, and each specific entity joined with each kind."""
    keys = {"link:" + link for link in story.links}
    lead = posts.get(story.lead_id)
    kinds = facts.kinds(post_body(lead)) - WEAK_KINDS if lead else frozenset()
    for entity in story.entities:
        if is_specific(entity):
            keys.update(f"{entity}+{kind}" for kind in kinds)
    return keys


def select_stories(
    ranked: Sequence[Story], posts: Mapping[str, Post], settings: EditionSettings, facts: TextFacts = NO_FACTS
) -> list[Story]:
    """The ranked list with up to `settings.items` stories marked `selected` (`facts`: the
    window's text facts read ahead, see facts.py)."""
    per_author: Counter[str] = Counter()
    taken: set[str] = set()
    picked = 0
    out: list[Story] = []
    for story in ranked:
        if picked >= settings.items:  # full: the rest keep their rank, unpicked
            out.append(replace(story, selected=False) if story.selected else story)
            continue
        lead = posts.get(story.lead_id)
        author = lead.author_handle.lower() if lead else ""
        keys = _story_keys(story, posts, facts)
        ok = (has_signal(story) and (not author or per_author[author] < settings.per_author_cap)
              and not (keys & taken))
        if ok:
            picked += 1
            per_author[author] += 1
            taken |= keys
            out.append(replace(story, selected=True))
        else:
            out.append(replace(story, selected=False) if story.selected else story)
    return out
