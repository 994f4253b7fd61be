"""The story stages: relevance -> dedup -> cluster -> rank -> select, behind one call.

    from newsdesk.stories import build_stories
    result = build_stories(posts, now=now, settings=settings)

Each stage is its own pure module (records, settings and `now` in; records out), so each can
be tested and tuned alone; `pipeline.build_stories` strings them together.
"""

from newsdesk.stories.pipeline import StoryResult, build_stories

__all__ = ["StoryResult", "build_stories"]
