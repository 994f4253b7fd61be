"""Select: pick the edition's stories from the ranked list.

Walk the ranking best first and take a story unless
* it has no AI signal of its own (`rank.has_signal`): it is a story only because its account
  is on the source list or usually posts AI, and a slot left empty is better than chatter, or
* its lead author already leads `per_author_cap` picks (one prolific account must not fill
  the briefing), or
* it is about the same thing as a story already picked: clustering errs towards keeping
  stories apart, so two stories may still share a canonical link, or a specific entity
  together with the same kind of news ("GPT-5.5" + release). Printing both would repeat
  an item, so the lower-ranked one is skipped. A story's lead names its subject first
  (`cluster.subjects`): two stories led by posts about one specific thing are one event, or
* it is a plug told by one author: an event to attend, a livestream, a podcast episode, a lecture
  or a course to buy (`PLUG`) is not news however popular its author, unless others carry it too, or
* it says nothing a reader can use: every post is a few words naming nothing beside a link or a quoted
  post ("Enjoy!", "This is the right take."): the item could only say that someone shared a link.
Stops at `items` picks; an edition may have fewer. Picks get `selected=True`; the order of the list is unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsdesk.config import EditionSettings
from newsdesk.model import Post, Story
from newsdesk.stories.cluster import features_of, opening, subjects
from newsdesk.stories.facts import NO_FACTS, TextFacts
from newsdesk.stories.rank import has_signal
from newsdesk.textfacts.entities import is_specific
from newsdesk.textfacts.kinds import WEAK_KINDS
from newsdesk.textfacts.lexicon import entries
from newsdesk.textfacts.normal import own_text, post_body

#: a number with three digits or more and the word after it ("10,000 petitions", "$120M", "452
#: rollouts"): distinctive enough to name one event ("300 people" and "300 MW" are two)
_NUMBER = re.compile(r"(\$?\d[\d,.]*\d)\s*([A-Za-z%]+|[\u3400-\u9fff])")


def _distinct_figures(post: Post) -> set[str]:
    """The post's own numbers of three digits or more with their unit (a bare number says too little), years excepted,
    normalised ("10,000 petitions" -> "10000 petitions")."""
    found = set()
    for m in _NUMBER.finditer(own_text(post.text)):
        number = m.group(1).replace(",", "").rstrip(".")
        digits = sum(ch.isdigit() for ch in number)
        if digits >= 3 and not (number.isdigit() and 1900 <= int(number) <= 2100):
            found.add(f"{number} {m.group(2).lower()}")
    return found


#: wording of a plug: something to attend, watch, listen to or buy (textfacts/data/stories.toml)
PLUG = re.compile("|".join(f"(?:{entry['pattern']})" for entry in entries("stories", "plug", {"pattern": str})), re.I)


def is_plug(story: Story, posts: Mapping[str, Post]) -> bool:
    """One author promoting something to attend, watch or buy, with nobody else in the story."""
    members = [posts[pid] for pid in story.post_ids if pid in posts]
    authors = {p.author_handle.lower() for p in members}
    lead = posts.get(story.lead_id)
    # (NFKC: a blurb's headings are often styled letters, "𝓦𝓱𝓪𝓽 𝓨𝓸𝓾 𝓦𝓲𝓵𝓵 𝓛𝓮𝓪𝓻𝓷"; only the window's candidates are read)
    return len(authors) <= 1 and lead is not None and bool(PLUG.search(unicodedata.normalize("NFKC", post_body(lead))))


#: fewer characters of a post's own words than this say nothing a reader can use ("Enjoy!", "wow 🤯", "This is huge")
SAYS_NOTHING_CHARS = 25


def _says_nothing(story: Story, posts: Mapping[str, Post], facts: TextFacts) -> bool:
    """Every post of the story is a few words at most beside a link or a quoted post the window does not hold:
    the item could only say that someone shared a link. What they point at is the news, and where the window
    holds it, it is its own story."""
    members = [posts[pid] for pid in story.post_ids if pid in posts]
    return bool(members) and all(_empty_words(facts.own_text(p.text).strip(), facts) for p in members)


def _empty_words(own: str, facts: TextFacts) -> bool:
    """A few words naming nothing: no entity, no news, no figure ("Enjoy!", not "GPT-5.6 is here" nor "3.7 Flash")."""
    return (len(own) < SAYS_NOTHING_CHARS and not any(ch.isdigit() for ch in own) and not facts.entities(own)
            and not facts.kinds(own))


#: a product name that other posts of the window may spell in lower case ("DevDay", "devday") has
#: at least this many letters: shorter ones are words too often
MIN_SPELLED_NAME = 5
_WORD = re.compile(r"[a-z][a-z0-9]+")


def _story_keys(
    story: Story, posts: Mapping[str, Post], facts: TextFacts = NO_FACTS, names: frozenset[str] = frozenset()
) -> set[str]:
    """What identifies a story's subject: its links, the specific thing its lead is about, and
    each specific entity or distinctive number joined with each kind of news. `names` are the
    one-word product names of the window's stories, which a lead may spell in lower case."""
    keys = {"link:" + link for link in story.links}
    lead = posts.get(story.lead_id)
    if lead is not None and (about := subjects(features_of(lead, facts=facts))):
        keys.add("about:" + about[0])
    elif lead is not None and names:
        keys.update(f"about:name:{word}" for word in _WORD.findall(opening(lead).lower()) if word in names)
    kinds = facts.kinds(post_body(lead)) - WEAK_KINDS if lead else frozenset()
    for entity in story.entities:
        if is_specific(entity):
            keys.update(f"{entity}+{kind}" for kind in kinds)
    if lead is not None and kinds:
        # "dropped off 10,000 petitions" twice in four hours is one event told twice
        keys.update(f"{figure}+{kind}" for figure in _distinct_figures(lead) for kind in kinds)
    return keys


def select_stories(
    ranked: Sequence[Story], posts: Mapping[str, Post], settings: EditionSettings, facts: TextFacts = NO_FACTS
) -> list[Story]:
    """The ranked list with up to `settings.items` stories marked `selected` (`facts`: the
    window's text facts read ahead, see facts.py)."""
    per_author: Counter[str] = Counter()
    taken: set[str] = set()
    names = frozenset(e[5:] for story in ranked for e in story.entities
                      if e.startswith("name:") and " " not in e and len(e) - 5 >= MIN_SPELLED_NAME)
    picked = 0
    out: list[Story] = []
    for story in ranked:
        if picked >= settings.items:  # full: the rest keep their rank, unpicked
            out.append(replace(story, selected=False) if story.selected else story)
            continue
        lead = posts.get(story.lead_id)
        author = lead.author_handle.lower() if lead else ""
        keys = _story_keys(story, posts, facts, names)
        ok = (has_signal(story) and (not author or per_author[author] < settings.per_author_cap)
              and not (keys & taken) and not is_plug(story, posts) and not _says_nothing(story, posts, facts))
        if ok:
            picked += 1
            per_author[author] += 1
            taken |= keys
            out.append(replace(story, selected=True))
        else:
            out.append(replace(story, selected=False) if story.selected else story)
    return out
