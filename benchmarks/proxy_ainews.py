"""Selection on days nobody labelled, against what a leading AI digest cited (internal evaluation only).

The six labelled days measure; a rule tuned on them can still fail elsewhere. `../shared/corpus/
ainews-reference.jsonl` lists the tweets AINews' "AI Twitter Recap" cited, 2025-07 to 2026-08; a few hundred
of them are in our post files. This script builds every 4-hour window of the chosen post files (labelled and held-out
days left out), as `newsdesk stories` would, and reports how many of the cited tweets in those windows land in a
selected story (recall) and how many selected stories hold one (a lower bound on precision: the digest covers
the whole field, our timelines a slice, and it cites almost nothing in Chinese).

Use it to check a rank or selection change on ~900 unlabelled windows before trusting a labelled-day gain.
AINews' text is not ours to ship: it is read from ../shared at run time and nothing of it is written anywhere.

    NEWSDESK_SHARED=../shared python benchmarks/proxy_ainews.py [--files follow-builders-x.jsonl,...]
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from newsdesk.config import load_settings
from newsdesk.sourcelist import effective_sources, source_houses, source_weights
from newsdesk.sources.file import read_posts
from newsdesk.stories import build_stories

#: the six labelled days, and our own held-out ones (benchmarks/heldout/, measurement only): never developed on here
LABELLED = {"2025-07-24", "2026-03-24", "2026-03-25", "2026-05-14", "2026-06-24", "2026-07-25"} | {
    json.loads(day.read_text(encoding="utf-8"))["day"] for day in Path(__file__).parent.glob("heldout/day-*/day.json")}
SHANGHAI = timezone(timedelta(hours=8))
FILES = "follow-builders-x.jsonl,x-kit-tuber0613.jsonl,x-kit.jsonl"


def cited_ids(corpus: Path) -> set[str]:
    """Post ids of every tweet an AINews bullet cites."""
    out = set()
    with (corpus / "ainews-reference.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            for url in json.loads(line).get("tweet_urls") or []:
                if m := re.search(r"/status/(\d+)", url):
                    out.add("x:" + m.group(1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", default=FILES, help=f"corpus post files, comma-separated (default {FILES})")
    ap.add_argument("--from", dest="start", default="2026-03-15", help="first day (Asia/Shanghai)")
    ap.add_argument("--to", dest="end", default="2026-08-22", help="day after the last")
    args = ap.parse_args()
    corpus = Path(os.environ.get("NEWSDESK_SHARED", "../shared")) / "corpus"
    settings = load_settings(None, environ={})
    sources = effective_sources(settings)
    weights, houses = source_weights(sources), source_houses(sources)
    cited = cited_ids(corpus)
    by_id = {}
    for name in args.files.split(","):
        by_id.update((p.id, p) for p in read_posts(corpus / name)[0])
    posts = sorted(by_id.values(), key=lambda p: (p.created_at, p.id))
    times = [p.created_at for p in posts]
    lo = datetime.fromisoformat(args.start).replace(tzinfo=SHANGHAI)
    end = datetime.fromisoformat(args.end).replace(tzinfo=SHANGHAI)
    windows = selected = holding = in_windows = picked = 0
    started = time.perf_counter()
    while lo < end:
        hi = lo + timedelta(hours=4)
        window = posts[bisect.bisect_left(times, lo) : bisect.bisect_left(times, hi)]
        if window and lo.strftime("%Y-%m-%d") not in LABELLED:
            windows += 1
            result = build_stories(window, now=hi, settings=settings, source_weights=weights, history=[],
                                   houses=houses)
            chosen: set[str] = set()
            for story in result.stories:
                if story.selected:
                    selected += 1
                    holding += bool(cited.intersection(story.post_ids))
                    chosen.update(story.post_ids)
            here = {p.id for p in window} & cited
            in_windows += len(here)
            picked += len(here & chosen)
        lo = hi
    took = time.perf_counter() - started
    print(f"files: {args.files}; {args.start} to {args.end}, labelled days left out; {took:.1f} s")
    print()
    print("| windows | selected | selected holding a cited tweet | cited tweets in windows | picked | recall |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    print(f"| {windows} | {selected} | {holding} ({holding / max(selected, 1):.3f}) | {in_windows} | {picked} | "
          f"{picked / max(in_windows, 1):.3f} |")


if __name__ == "__main__":
    main()
