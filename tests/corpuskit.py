"""Picking named real posts out of the shared corpus, for tests that pin behaviour on them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsdesk.model import Post
from newsdesk.sources.file import post_from_record

#: the corpus files the writer tests draw their posts from
WRITER_FILES = (
    "follow-builders-x.jsonl", "x-kit.jsonl", "follow-builders-blogs.jsonl", "follow-builders-podcasts.jsonl",
)


def read_corpus_posts(corpus: Path, ids: Iterable[str], files: Sequence[str] = WRITER_FILES) -> dict[str, Post]:
    """The posts with these ids, by id; fails the test naming any id the corpus does not hold.

    Each record's id is among its first 60 characters, so lines are matched as text first and
    only the wanted ones are parsed: a sweep over ~35k posts then costs a second, not ten.
    """
    wanted = set(ids)
    out: dict[str, Post] = {}
    for name in files:
        with (corpus / name).open(encoding="utf-8") as fh:
            for line in fh:
                head = line[:60]
                if any(f'"id":"{i}"' in head for i in wanted):
                    post = post_from_record(json.loads(line), "corpus")
                    out[post.id] = post
    missing = wanted - set(out)
    assert not missing, f"corpus posts missing: {missing}"
    return out
