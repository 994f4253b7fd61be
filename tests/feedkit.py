"""The feed both fault suites serve (tests/test_faults_input.py, benchmarks/fault_matrix.py): two AI news
items inside the slot 2026.04.22.12, as RSS 2.0, the posts a good source must bring to the edition."""

from __future__ import annotations

from collections.abc import Iterable

GOOD_ITEMS = [  # (guid, title, description, pubDate inside the slot)
    ("good-1", "OpenAI releases GPT-5.5 with a 1M-token context window",
     "OpenAI released GPT-5.5, a new large language model with a one million token context window and "
     "better coding benchmark results.", "Wed, 22 Apr 2026 01:10:00 GMT"),
    ("good-2", "Anthropic launches Claude 5, its new frontier AI model",
     "Anthropic launched Claude 5, a frontier large language model that scores 80% on SWE-bench and is "
     "available today in the API for developers.", "Wed, 22 Apr 2026 02:20:00 GMT"),
]


def rss(items: Iterable[tuple[str, str, str, str]], base: str, *, extra: str = "", encoding: str = "utf-8") -> str:
    """An RSS 2.0 feed of `items` (guid, title, description, pubDate) linked under `base`; `extra` goes
    into every item, `encoding` into the XML declaration."""
    entries = "".join(
        f"<item><title>{title}</title><link>{base}/posts/{guid}</link><guid>{base}/posts/{guid}</guid>"
        f"<description>{desc}</description><pubDate>{date}</pubDate>{extra}</item>"
        for guid, title, desc, date in items
    )
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>AI Lab Blog</title>'
            f"<link>{base}/</link>{entries}</channel></rss>")
