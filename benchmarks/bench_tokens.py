"""Token and fact-coverage benchmark: what one edition sends to the LLM, how much of its stories' facts that
shows, against one prompt holding every post of the window.

    python benchmarks/bench_tokens.py [--days 2026-03-24,2026-05-14] [--hours 4,8,12,16,20,24]
                                      [--corpus 2026-06-17T12,...] [--batch-size 8]

For each window (the bundled sample's slot, every 4-hour window of the six labelled days in
../shared/eval/day-*/posts.jsonl, then the densest real 4-hour windows of the whole
corpus, every post file of ../shared/corpus unioned) it runs the real story pipeline,
builds the exact chat messages the LLM writer sends for the selected stories (one
request per batch of up to `batch_size` stories: the system prompt once, then each
story's evidence, see writer/evidence.py), and counts their tokens.

Fact coverage (issue 11) is `writer.evidence.coverage` of each picked story, summed over the
edition: of the distinct figures and names the story's posts state, the share its evidence shows,
for the announcing posts (the lead and its author's other posts in the story) and for all of them.
Targets: >= 0.95 and >= 0.80, at input tokens <= 40% of the naive JSON baseline. The naive baseline
is one request with the same system prompt and every post of the window whole. It is
counted in two forms, and each has its ratio:

* "baseline in": every post in the edition's own compact line format, so that ratio
  credits only what the edition leaves out (stories not picked, sentences not needed);
* "naive JSON in": every post as the JSON object a straightforward script would send
  (`{"id", "author", "title", "text"}`, as this writer itself sent posts before it had a
  line format), so that ratio also credits the format.

Both are counted with the same tokenizer:

  1. tiktoken's `o200k_base`, if its encoding file is already cached (tiktoken
     downloads it on first use, which an offline machine cannot do);
  2. else the same `o200k_base` ranks shipped inside the `bpe-openai` package
     (`pip install -e '.[bench]'`), which encodes identically and offline;
  3. else a documented approximation: ceil(UTF-8 bytes / 4) per text, said so in the output.

"of which fixed" is what every request pays before any post (system prompt and the
user message's frame); "picks' posts whole" what the selected stories' posts would
cost shown whole, the ceiling that evidence selection cuts down.

Chat framing is counted as OpenAI documents it for its models: 3 tokens per
message plus 3 to prime the reply. Output tokens are estimated, not measured: for
each story, the answer the schema asks for (headline, summary, category, cited
ids as JSON), filled with what the extractive writer wrote for that story; the
baseline is taken to write the same answers in one reply. A retry (rare, and only
after a failed check) would add one more request; the cache makes a re-run free.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk.config import LLMSettings, Settings
from newsdesk.model import Post
from newsdesk.sample import SAMPLE_PATH, SAMPLE_SLOT_KEY
from newsdesk.slots import slot_for_key
from newsdesk.sourcelist import effective_sources, source_roles
from newsdesk.sources.file import read_posts
from newsdesk.stories import build_stories
from newsdesk.writer.evidence import Coverage, render_whole
from newsdesk.writer.extractive import write_extractive
from newsdesk.writer.llm import LLMWriter
from newsdesk.writer.text import clean_text

HERE = Path(__file__).resolve().parent
TARGET = 0.40  #: issue 11: an edition's input tokens at most 40 % of the naive JSON baseline's, at the coverage below
COVERAGE_TARGETS = (0.95, 0.80)  #: issue 11: shares of the announcing posts' and of all posts' facts shown
PER_MESSAGE = 3  #: OpenAI chat framing per message, and 3 more to prime the reply
DEFAULT_DAYS = ("2025-07-24", "2026-03-24", "2026-03-25", "2026-05-14", "2026-06-24", "2026-07-25")
DEFAULT_HOURS = (4, 8, 12, 16, 20, 24)  #: window ends, edition time zone (+08:00): every edition of the day
#: the densest real 4-hour windows of the corpus (every post file of shared/corpus unioned, deduplicated
#: by id), as start times in the edition time zone: 66 posts (an arXiv drop, Chinese tech media, X),
#: 52 (both X files) and 51 (x-kit's timeline). See corpus/build_windows.py for the ranking.
DEFAULT_CORPUS = ("2026-06-17T12", "2026-04-22T08", "2025-07-03T20")
CORPUS_FILES = ("follow-builders-x.jsonl", "x-kit.jsonl", "follow-builders-blogs.jsonl",
                "follow-builders-podcasts.jsonl")
HISTORY = timedelta(hours=72)  #: what the story stages look back on (dedup and novelty windows)


def make_counter() -> tuple[Callable[[str], int], str]:
    """The tokenizer and its name: tiktoken o200k_base, else bpe-openai's o200k_base, else bytes/4."""
    try:
        import tiktoken

        enc = tiktoken.get_encoding("o200k_base")  # needs the cached encoding file when offline
        return (lambda text: len(enc.encode(text, disallowed_special=()))), "tiktoken o200k_base"
    except Exception:  # not installed, or the encoding file cannot be downloaded
        pass
    try:
        import bpe_openai

        enc = bpe_openai.get_encoding("o200k_base")
        return (lambda text: len(enc.encode(text))), "o200k_base (bpe-openai, offline)"
    except Exception:
        pass
    return (lambda text: math.ceil(len(text.encode("utf-8")) / 4)), "approximation: ceil(UTF-8 bytes / 4)"


def chat_tokens(messages: Sequence[dict[str, str]], count: Callable[[str], int]) -> int:
    return sum(count(m["content"]) + PER_MESSAGE for m in messages) + PER_MESSAGE


def measure(window: list[Post], history: list[Post], now: datetime, settings: Settings,
            count: Callable[[str], int]) -> dict[str, int]:
    result = build_stories(window, now=now, settings=settings, history=history)
    picks = [s for s in result.stories if s.selected]
    posts = {p.id: p for p in window}
    # the authors' roles the default sources give, shown beside them as the edition's writer shows them
    roles = source_roles(effective_sources(settings))
    writer = LLMWriter(settings.llm, categories=settings.edition.categories, roles=roles)
    try:
        prepared = [writer.prepare(s, posts) for s in picks]
        batches = writer.plan_batches(prepared)
        system = writer.messages_for(prepared[:1])[0]["content"] if picks else ""
        edition_in = sum(chat_tokens(writer.messages_for(b), count) for b in batches)
        # what every request pays before any post: the system prompt and the user message's frame
        frame = [{"role": "system", "content": system}, {"role": "user", "content": writer.prompt.batch}]
        fixed = chat_tokens(frame, count) * len(batches)
        answers = []
        for story, p in zip(picks, prepared, strict=True):
            item = write_extractive(story, posts, categories=settings.edition.categories)
            # the model cites the posts it was shown by their number
            cited = [str(p.aliases.index(i) + 1) for i in item.post_ids if i in p.aliases] or ["1"]
            answers.append({"headline": item.headline, "summary": item.summary, "category": item.category,
                            "citations": cited})
        keyed = [{f"s{n}": answers[picks.index(p.story)] for n, p in enumerate(b, 1)} if len(b) > 1
                 else answers[picks.index(b[0].story)] for b in batches]
        edition_out = sum(count(json.dumps(a, ensure_ascii=False)) for a in keyed)
        user = writer.prompt.user.replace("{{posts}}", render_whole(window))
        baseline_in = chat_tokens([{"role": "system", "content": system}, {"role": "user", "content": user}], count)
        naive = writer.prompt.user.replace("{{posts}}", json_posts(window))
        naive_in = chat_tokens([{"role": "system", "content": system}, {"role": "user", "content": naive}], count)
        baseline_out = count(json.dumps({"items": answers}, ensure_ascii=False))
        picked = [posts[i] for s in picks for i in dict.fromkeys(s.post_ids) if i in posts]
        picks_whole = count(render_whole(picked)) if picked else 0
        covered = sum((p.coverage for p in prepared if p.coverage is not None), Coverage(0, 0, 0, 0))
    finally:
        writer.close()
    return {"posts": len(window), "stories": len(picks), "requests": len(batches),
            "ann": covered.announcing, "ann_shown": covered.announcing_shown, "all": covered.all,
            "all_shown": covered.all_shown,
            "edition_in": edition_in, "edition_out": edition_out,
            "baseline_in": baseline_in, "baseline_out": baseline_out, "fixed": fixed, "picks_whole": picks_whole,
            "naive_in": naive_in}


def json_posts(posts: Sequence[Post]) -> str:
    """Every post whole as a JSON array, one object a line: the obvious way to hand a model a window."""
    def one(post: Post) -> str:
        data = {"id": post.id, "author": post.author_name or post.author_handle}
        if post.title:
            data["title"] = clean_text(post.title)
        data["text"] = clean_text(post.text)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    return "[\n" + ",\n".join(one(p) for p in posts) + "\n]"


Window = tuple[str, list[Post], datetime, datetime]


def windows(shared: Path | None, days: Sequence[str], hours: Sequence[int],
            corpus: Sequence[str] = ()) -> Iterator[Window]:
    tz = ZoneInfo("Asia/Shanghai")
    sample, _ = read_posts(SAMPLE_PATH, "sample")
    slot = slot_for_key(SAMPLE_SLOT_KEY, tz)
    yield "sample " + SAMPLE_SLOT_KEY, sample, slot.start, slot.end
    if shared is None:
        return
    for day in days:
        path = shared / "eval" / f"day-{day}" / "posts.jsonl"
        if not path.is_file():
            print(f"skipped {path}: not found", file=sys.stderr)
            continue
        posts, _ = read_posts(path, "eval")
        for hour in hours:
            end = datetime.fromisoformat(day).replace(tzinfo=tz) + timedelta(hours=hour)
            yield f"{day} {hour - 4:02d}-{hour:02d}h", posts, end - timedelta(hours=4), end
    if not corpus:
        return
    merged: dict[str, Post] = {}
    for name in CORPUS_FILES:
        path = shared / "corpus" / name
        if path.is_file():
            merged.update((p.id, p) for p in read_posts(path, "corpus")[0])
    for start_key in corpus:
        start = datetime.fromisoformat(start_key).replace(tzinfo=tz)
        end = start + timedelta(hours=4)
        near = [p for p in merged.values() if start - HISTORY <= p.created_at < end]
        yield f"corpus {start:%Y-%m-%d %H}-{end:%H}h", near, start, end


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", default=",".join(DEFAULT_DAYS), help="labelled days under shared/eval")
    parser.add_argument("--hours", default=",".join(map(str, DEFAULT_HOURS)), help="window end hours (+08:00)")
    parser.add_argument("--corpus", default=",".join(DEFAULT_CORPUS),
                        help="start times (+08:00) of 4-hour windows of the whole corpus ('' for none)")
    parser.add_argument("--batch-size", type=int, default=LLMSettings().batch_size,
                        help="stories per request (1: one request per story)")
    args = parser.parse_args(argv)
    shared_env = os.environ.get("NEWSDESK_SHARED")
    shared = Path(shared_env) if shared_env else HERE.parent.parent / "shared"
    shared = shared if (shared / "eval").is_dir() else None
    count, tokenizer = make_counter()
    # any endpoint: no request is made, the writer only builds its messages
    llm = LLMSettings(base_url="http://127.0.0.1:9/v1", model="bench", batch_size=args.batch_size)
    settings = Settings(llm=llm)
    rows = []
    corpus = [c for c in args.corpus.split(",") if c]
    for name, posts, start, end in windows(shared, args.days.split(","), [int(h) for h in args.hours.split(",")],
                                           corpus):
        window = sorted((p for p in posts if start <= p.created_at < end), key=lambda p: p.created_at)
        history = [p for p in posts if p.created_at < start]
        if not window:
            continue
        rows.append((name, measure(window, history, end, settings, count)))

    print(f"tokenizer: {tokenizer}; output tokens estimated from the answer schema (see the docstring)")
    head = ("window", "posts", "stories", "requests", "facts shown: announcing", "all posts", "edition in",
            "of which fixed", "picks' posts whole", "edition out", "naive JSON in", "vs naive JSON", "baseline in",
            "in ratio")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")

    def share(shown: int, total: int) -> str:
        return f"{shown / total:.3f} ({shown}/{total})" if total else "-"

    def ratio(r: dict[str, int], key: str) -> str:
        return f"{r['edition_in'] / r[key]:.1%}" if r[key] else "-"

    def line(name: str, r: dict[str, int], counts: str) -> None:
        print(f"| {name} | {counts} | {share(r['ann_shown'], r['ann'])} | {share(r['all_shown'], r['all'])} | "
              + " | ".join(f"{r[k]:,}" for k in ("edition_in", "fixed", "picks_whole", "edition_out", "naive_in"))
              + f" | {ratio(r, 'naive_in')} | {r['baseline_in']:,} | {ratio(r, 'baseline_in')} |")

    keys = ("ann", "ann_shown", "all", "all_shown", "edition_in", "fixed", "picks_whole", "edition_out",
            "naive_in", "baseline_in")
    for name, r in rows:
        line(name, r, f"{r['posts']} | {r['stories']} | {r['requests']}")
    labelled = [r for name, r in rows if not name.startswith("corpus ")]
    totals = [("sample + labelled windows", labelled)]
    if len(labelled) < len(rows):
        totals.append(("all windows", [r for _, r in rows]))
    for name, selected in totals:
        t = {k: sum(r[k] for r in selected) for k in keys}
        line(f"**{name}**", t, f"{sum(r['posts'] for r in selected):,} | {sum(r['stories'] for r in selected)} | "
             f"{sum(r['requests'] for r in selected)}")
        ann, every = (t["ann_shown"] / t["ann"] if t["ann"] else 1.0), (t["all_shown"] / t["all"] if t["all"] else 1.0)
        tokens = t["edition_in"] / t["naive_in"] if t["naive_in"] else 0.0
        verdict = ["met" if v else "NOT met" for v in (ann >= COVERAGE_TARGETS[0], every >= COVERAGE_TARGETS[1],
                                                         tokens <= TARGET)]
        print(f"{name}: facts of the announcing posts shown {ann:.3f} (target >= {COVERAGE_TARGETS[0]}: "
              f"{verdict[0]}), of all posts {every:.3f} (>= {COVERAGE_TARGETS[1]}: {verdict[1]}); input "
              f"{tokens:.1%} of the naive JSON baseline (<= {TARGET:.0%}: {verdict[2]})")
    met = sum(1 for _, r in rows if r["edition_in"] <= TARGET * r["naive_in"])
    worst = max((r["edition_in"] / r["naive_in"] for _, r in rows if r["naive_in"]), default=0.0)
    print(f"windows at or under {TARGET:.0%} of the naive JSON baseline: {met} of {len(rows)}; worst {worst:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
