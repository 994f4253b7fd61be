#!/usr/bin/env python3
"""Rebuild a held-out labelled day's posts.jsonl from the third-party corpus (stdlib only).

The corpus is third-party text, so the repository keeps only our own labels; this script puts the
day's posts back next to a copy of those labels in a directory outside the repository, in the layout
/work/shared/eval/score.py reads (posts.jsonl, labels.jsonl, stories.jsonl, day.json).

Usage:
  python3 benchmarks/heldout/build_day.py CORPUS_DIR DAY_DIR OUT_DIR

A day is 00:00-24:00 in the offset of DAY_DIR/day.json ("tz", e.g. "+08:00"). The posts are every record of
CORPUS_DIR/follow-builders-x.jsonl then CORPUS_DIR/x-kit-tuber0613.jsonl whose created_at falls in the day,
deduplicated by id (the first record wins), written unchanged and ordered by created_at (stable).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

CORPUS_FILES = ("follow-builders-x.jsonl", "x-kit-tuber0613.jsonl")
LABEL_FILES = ("labels.jsonl", "stories.jsonl", "day.json")


def parse_ts(value: str) -> dt.datetime:
    """Read an ISO timestamp as UTC, so records with and without an offset compare on one clock."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    stamp = dt.datetime.fromisoformat(text)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(dt.UTC)


def day_bounds(day_json: Path) -> tuple[dt.datetime, dt.datetime]:
    """Turn {"day": "YYYY-MM-DD", "tz": "+HH:MM"} into the UTC half-open interval of that local day."""
    meta = json.loads(day_json.read_text(encoding="utf-8"))
    try:
        day = dt.date.fromisoformat(meta["day"])
        sign = -1 if meta["tz"].startswith("-") else 1
        hours, minutes = meta["tz"].lstrip("+-").split(":")
    except (KeyError, ValueError, AttributeError) as exc:
        sys.exit(f"{day_json}: needs 'day' (YYYY-MM-DD) and 'tz' (+HH:MM): {exc}")
    tz = dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
    return start, start + dt.timedelta(days=1)


def day_posts(corpus_dir: Path, start: dt.datetime, end: dt.datetime) -> list[str]:
    """Return the raw lines of the day's records, so the corpus text reaches the scorer byte for byte."""
    seen: set[str] = set()
    kept: list[tuple[dt.datetime, int, str]] = []
    for name in CORPUS_FILES:
        path = corpus_dir / name
        if not path.is_file():
            sys.exit(f"{path}: corpus file missing")
        with path.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    post_id = record["id"]
                    stamp = parse_ts(record["created_at"])
                except (ValueError, KeyError, TypeError) as exc:
                    print(f"warning: {path}:{lineno} skipped ({type(exc).__name__}: {exc})", file=sys.stderr)
                    continue
                if post_id in seen:
                    continue
                seen.add(post_id)
                if start <= stamp < end:
                    kept.append((stamp, len(kept), line.rstrip("\n")))
    kept.sort()
    return [line for _, _, line in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus_dir", type=Path, help="directory holding the corpus .jsonl files")
    parser.add_argument("day_dir", type=Path, help="labelled day: labels.jsonl, stories.jsonl, day.json")
    parser.add_argument("out_dir", type=Path, help="where to write posts.jsonl and the label copies")
    args = parser.parse_args()
    for name in LABEL_FILES:
        if not (args.day_dir / name).is_file():
            sys.exit(f"{args.day_dir / name}: label file missing")
    repo_root = Path(__file__).resolve().parents[2]
    if args.out_dir.resolve().is_relative_to(repo_root):
        sys.exit(f"{args.out_dir}: inside the repository; the corpus is third-party, write it elsewhere")
    start, end = day_bounds(args.day_dir / "day.json")
    lines = day_posts(args.corpus_dir, start, end)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "posts.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    for name in LABEL_FILES:
        shutil.copyfile(args.day_dir / name, args.out_dir / name)
    labelled = {json.loads(line)["post_id"] for line in (args.day_dir / "labels.jsonl").open(encoding="utf-8")
                if line.strip()}
    posted = {json.loads(line)["id"] for line in lines}
    if labelled != posted:
        print(f"warning: {len(posted - labelled)} posts unlabelled, {len(labelled - posted)} labels without a post",
              file=sys.stderr)
    print(f"{args.out_dir}: {len(lines)} posts from {start:%Y-%m-%dT%H:%MZ} to {end:%Y-%m-%dT%H:%MZ}")


if __name__ == "__main__":
    main()
