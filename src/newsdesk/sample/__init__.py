"""The bundled demo sample: four hours of fictional posts for `newsdesk edition --sample`.

The posts are illustrative fiction written by the newsdesk developers: every
account, lab, model, company, paper and event in them is invented, and no post
is a real one. They are shaped like real AI-Twitter traffic (announcements,
reactions, quote posts, reposts, near-duplicates, a blog item, Chinese and
English coverage of the same release, off-topic chatter and one post that tries
to give the writer instructions) so that every stage of an edition has work.

The file follows the corpus JSONL schema (`id`, `platform`, `author_handle`,
`author_name`, `url`, `text`, `created_at`, `lang`, `metrics`, `links`, ...)
and every record carries `"illustrative": true`.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SAMPLE_NOTICE", "SAMPLE_PATH", "SAMPLE_SLOT_KEY"]

#: The JSONL file of sample posts, next to this module (also inside an installed wheel).
SAMPLE_PATH: Path = Path(__file__).resolve().parent / "posts.jsonl"

#: The slot the posts cover, named by its end in Asia/Shanghai time: the window is
#: 2026-04-22 08:00-12:00 +08:00, i.e. 00:00-04:00 UTC.
SAMPLE_SLOT_KEY = "2026.04.22.12"

#: One line to show wherever the sample is used.
SAMPLE_NOTICE = (
    "Sample edition: the posts are illustrative fiction written for the newsdesk demo "
    "(invented accounts, labs and events; not real posts)."
)
