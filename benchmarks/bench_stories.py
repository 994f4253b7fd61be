"""Story-stage benchmark: relevance, dedup, cluster and rank/select on 1k, 10k and 100k posts.

    python benchmarks/bench_stories.py [--sizes 1000,10000,100000] [--no-memory] [--same-texts] [--no-peer]

Real posts from ../shared/corpus (follow-builders X and the x-kit timeline, ~35k posts,
English and Chinese) are replicated up to each size: copy c of a post moves c corpus-spans
later in time and a few seconds of jitter, and gets a new id (an X id stays a valid
snowflake for its new time, so "created seconds apart" evidence still works; references
between posts of one copy move with them). Every copy's text (the corpus's own too) ends in
the token `r<copy>`, so no text repeats and caches keyed on text answer nothing a real
window of 100k distinct posts would not; `--same-texts` keeps the corpus texts (the
flattering variant, for comparison). Each size runs in its own process, twice: once
for time per stage (wall clock) and once under tracemalloc for each stage's peak of
Python memory, plus the process's peak RSS; CPU seconds of the process and of the worker
processes the stages start for large windows (and the largest worker's peak RSS, which counts
the pages a forked worker shares with its parent) are printed too, and, where Linux's /proc has
them, the peak PSS of the timing run's whole process tree (the process, its workers and the
ranking child; PSS splits a page shared by n processes n ways, so the sum is what the run holds),
sampled every 0.2 s. Prints one table; the target is 100k posts in <= 10 s and <= 1 GB (the
process's peak RSS and the tree's peak PSS).

Absolute seconds do not carry from one machine to another, so each size is also deduplicated,
in a third process on the same replicated posts, the way a user would reach for it: datasketch's
MinHash LSH (`peer_dedup`; `pip install -e '.[bench]'`, skipped with `--no-peer`). The whole
story pipeline is to stay at least 2x faster than that dedup alone. Both near-duplicate pair
counts are printed as a sanity check; they need not be equal (see `peer_dedup`).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("relevance", "dedup", "cluster", "rank")
CORPUS_FILES = ("follow-builders-x.jsonl", "x-kit.jsonl")
TWEPOCH_MS = 1288834974657
TARGET_S, TARGET_MB = 10.0, 1024.0
#: seconds between two samples of the process tree's memory (PSS)
PSS_EVERY_S = 0.2
#: the size the targets are set for: below it only seconds and MB are checked (a small window's
#: total is mostly fixed costs, so the speed ratio to the peer says little there)
TARGET_POSTS = 100_000
#: the story pipeline's total is to be at least this many times faster than the peer's dedup alone
TARGET_PEER_RATIO = 2.0
#: the peer's MinHash: datasketch's default number of permutations, and char shingles as ours
PEER_NUM_PERM, PEER_SHINGLE = 128, 3
_PEER_LINKS = re.compile(r"https?://\S+|@\w+")
_PEER_NOT_WORD = re.compile(r"[\W_]+")


def shared_dir() -> Path:
    path = Path(os.environ.get("NEWSDESK_SHARED") or HERE.parent.parent / "shared")
    if not (path / "corpus").is_dir():
        raise SystemExit(f"bench_stories: {path}/corpus not found; set NEWSDESK_SHARED")
    return path


def corpus_posts() -> list:
    from newsdesk.sources.file import read_posts

    posts = []
    for name in CORPUS_FILES:
        found, _ = read_posts(shared_dir() / "corpus" / name)
        posts.extend(found)
    return sorted(posts, key=lambda p: (p.created_at, p.id))


def _shift_id(post_id: str, shift: timedelta, copy: int) -> str:
    platform, _, native = post_id.partition(":")
    if platform == "x" and native.isdigit():
        value = int(native)
        ms = (value >> 22) + TWEPOCH_MS + int(shift.total_seconds() * 1000)
        return f"x:{((ms - TWEPOCH_MS) << 22) | (value & 0x3FFFFF)}"
    return f"{post_id}~{copy}"


def replicate(posts: list, n: int, seed: int = 7, same_texts: bool = False) -> list:
    """`n` posts: the corpus, then copies moved one corpus span later each, ids perturbed.

    Unless `same_texts`, copy c's text ends in the token `r<c>` (copy 0 too): every copy is a
    text the stages have not seen, so caches keyed on text cannot answer for the copies.
    """
    rng = random.Random(seed)
    span = posts[-1].created_at - posts[0].created_at + timedelta(days=1)
    out = []
    copy = 0
    while len(out) < n:
        shift = span * copy
        for post in posts[: n - len(out)]:
            text = post.text if same_texts else f"{post.text} r{copy}"
            if copy == 0:
                out.append(replace(post, text=text))
                continue
            jitter = timedelta(seconds=rng.uniform(-5, 5))
            refs = tuple(replace(r, post_id=_shift_id(r.post_id, shift, copy)) for r in post.refs)
            out.append(replace(post, id=_shift_id(post.id, shift + jitter, copy),
                               created_at=post.created_at + shift + jitter, refs=refs, text=text))
        copy += 1
    return out


def run_size(n: int, memory: bool, same_texts: bool = False) -> dict:
    """One size in this process: per-stage seconds (or per-stage peak MB under tracemalloc)."""
    from newsdesk.config import load_settings
    from newsdesk.sourcelist import effective_sources, source_houses, source_weights
    from newsdesk.stories import build_stories

    settings = load_settings(None, environ={})
    sources = effective_sources(settings)
    weights, houses = source_weights(sources), source_houses(sources)
    posts = replicate(corpus_posts(), n, same_texts=same_texts)
    now = max(p.created_at for p in posts)
    marks: dict[str, float] = {}
    if memory:
        tracemalloc.start()
        tracemalloc.reset_peak()

    cpu_start = time.process_time()
    start = last = time.perf_counter()

    def on_stage(name: str) -> None:
        nonlocal last
        if memory:
            marks[name] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.reset_peak()
        else:
            t = time.perf_counter()
            marks[name] = t - last
            last = t

    result = build_stories(posts, now=now, settings=settings, source_weights=weights, on_stage=on_stage,
                           houses=houses)
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    if memory:
        tracemalloc.stop()
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"n": n, "stages": marks, "total_s": total, "stories": result.counts["stories"],
            "relevant": result.counts["relevant"], "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "cpu_s": cpu, "workers_cpu_s": workers.ru_utime + workers.ru_stime,
            "workers_rss_mb": workers.ru_maxrss / 1024}


def peer_dedup(n: int, same_texts: bool = False) -> dict:
    """Deduplicate the same `n` posts as a user would with datasketch, timed; then count our pairs.

    The peer, all of it timed: per post a normalisation of its own (links and @mentions out, NFKC,
    lower case, runs of non-word characters to one space: what `text.normalise` does, written as a
    user would), posts under our MIN_NEAR_CHARS left out as ours leaves them out, the set of
    character 3-grams with spaces dropped (as `text.shingles`) as UTF-8 bytes; `MinHash.bulk`
    (`update_batch` on copies of one initialised MinHash, fed one post's set at a time) with 128
    permutations and the default hash; every MinHash inserted into one
    `MinHashLSH(threshold=near_duplicate_jaccard)` in an insertion session; then every post
    queried, each candidate other than itself one pair. LSH pairs are estimates: unverified
    (false positives) and some pairs at the threshold missed. It has no time window, so copies of
    a post that the replication moved a corpus span later are pairs too; the pairs within our
    window (`link_window_hours`) are counted apart, untimed.

    Ours, untimed, for the count only: `dedup.similar_texts`, the join dedup runs, on the same
    posts (our normalisation, the same length floor) within the window; exact copies count as
    pairs here (the pipeline groups them before the join), and the pipeline skips ads first.
    """
    from datasketch import MinHash, MinHashLSH

    from newsdesk.config import load_settings
    from newsdesk.stories.dedup import MIN_NEAR_CHARS, similar_texts
    from newsdesk.textfacts.normal import normalise

    conf = load_settings(None, environ={}).stories
    posts = replicate(corpus_posts(), n, same_texts=same_texts)
    cpu_start = time.process_time()
    start = time.perf_counter()
    keys: list[int] = []

    def shingle_sets() -> Iterator[set[bytes]]:
        for key, post in enumerate(posts):
            text = unicodedata.normalize("NFKC", _PEER_LINKS.sub(" ", post.text)).lower()
            norm = _PEER_NOT_WORD.sub(" ", text).strip()
            if len(norm) < MIN_NEAR_CHARS:
                continue
            compact = norm.replace(" ", "")
            keys.append(key)
            yield {compact[i : i + PEER_SHINGLE].encode() for i in range(len(compact) - PEER_SHINGLE + 1)}

    minhashes = MinHash.bulk(shingle_sets(), num_perm=PEER_NUM_PERM)  # one set at a time, not all held
    lsh = MinHashLSH(threshold=conf.near_duplicate_jaccard, num_perm=PEER_NUM_PERM)
    with lsh.insertion_session() as session:
        for key, minhash in zip(keys, minhashes, strict=True):
            session.insert(key, minhash, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for key, minhash in zip(keys, minhashes, strict=True):
        pairs.update((other, key) for other in lsh.query(minhash) if other < key)
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bands, rows = lsh.b, lsh.r
    del lsh, minhashes  # (ours below may fork workers: less to share with them)

    window = timedelta(hours=conf.link_window_hours)
    in_window = sum(1 for a, b in pairs if abs(posts[a].created_at - posts[b].created_at) <= window)
    norm_of = {p.id: normalise(p.text) for p in posts}
    items = [(p.id, p.created_at) for p in sorted(posts, key=lambda p: (p.created_at, p.id))
             if len(norm_of[p.id]) >= MIN_NEAR_CHARS]
    ours = similar_texts(items, lambda pid: norm_of[pid].replace(" ", ""), conf.near_duplicate_jaccard, window)
    return {"n": n, "total_s": total, "cpu_s": cpu, "rss_mb": rss_mb, "posts": len(keys),
            "bands": bands, "rows": rows, "pairs": len(pairs), "pairs_in_window": in_window,
            "our_pairs": len(ours)}


def _tree_pss_mb(root: int) -> float | None:
    """Proportional set size of process `root` and its descendants, in MB (Linux /proc; None elsewhere
    or when `root` is gone). Each process's from /proc/<pid>/smaps_rollup; its children found by
    their parent in /proc/<pid>/stat."""
    children: dict[int, list[int]] = {}
    try:
        entries = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return None
    for name in entries:
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])  # (the name in brackets may hold spaces)
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
        children.setdefault(ppid, []).append(int(name))
    total, found, stack = 0, False, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                kb = next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
        except OSError:
            continue
        total += kb
        found = True
    return total / 1024 if found else None


def _run_sampled(args: list[str]) -> tuple[str, float | None]:
    """Run `args`, sampling its process tree's PSS every PSS_EVERY_S; (its stdout, the peak PSS in MB or None)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, text=True)
        peak: float | None = None
        while proc.poll() is None:
            sample = _tree_pss_mb(proc.pid)
            if sample is not None:
                peak = max(peak or 0.0, sample)
            time.sleep(PSS_EVERY_S)
        if proc.returncode:
            err.seek(0)
            raise subprocess.CalledProcessError(proc.returncode, args, stderr=err.read())
        out.seek(0)
        return out.read(), peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--same-texts", action="store_true", help="copies keep the corpus texts (text caches then hit)")
    ap.add_argument("--no-peer", action="store_true", help="skip timing datasketch's MinHash LSH on the same posts")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    ap.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--peer", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(peer_dedup(a.one, a.same_texts) if a.peer else run_size(a.one, a.memory, a.same_texts)))
        return

    def child(n: int, memory: bool, peer: bool = False) -> dict:
        args = ([sys.executable, __file__, "--one", str(n)] + (["--memory"] if memory else [])
                + (["--peer"] if peer else []) + (["--same-texts"] if a.same_texts else []))
        if memory or peer:  # (only the timing run's tree is sampled)
            res = subprocess.run(args, capture_output=True, text=True, check=True)
            return json.loads(res.stdout.strip().splitlines()[-1])
        stdout, pss = _run_sampled(args)
        return {**json.loads(stdout.strip().splitlines()[-1]), "tree_pss_mb": pss}

    texts = "corpus texts repeated" if a.same_texts else "every text distinct"
    # the peer's column says why it is empty: skipped on request, or datasketch not installed
    peer_missing = ("skipped" if a.no_peer
                    else None if importlib.util.find_spec("datasketch") else "no datasketch")
    print(f"story stages on replicated corpus posts, {texts} ({os.cpu_count()} CPUs, Python {sys.version.split()[0]})")
    head = (f"{'posts':>7} | " + " | ".join(f"{s + ' s':>12}" for s in STAGES) + f" | {'total s':>8} | "
            + " | ".join(f"{s + ' MB':>12}" for s in STAGES) + f" | {'RSS MB':>7} | {'tree PSS MB':>11} | "
            f"{'CPU s':>6} | {'wkr CPU s':>9} | "
            f"{'wkr RSS MB':>10} | {'stories':>7} | {'peer s':>13} | {'peer CPU s':>10} | {'peer/ours':>9} | "
            f"{'our pairs':>9} | {'peer pairs (in window)':>22} | target")
    print(head)
    print("-" * len(head))
    for n in (int(x) for x in a.sizes.split(",")):
        timed = child(n, False)
        mem = None if a.no_memory else child(n, True)
        peer = None if peer_missing else child(n, False, peer=True)
        pss = timed.get("tree_pss_mb")
        ok = timed["total_s"] <= TARGET_S and timed["rss_mb"] <= TARGET_MB and (pss is None or pss <= TARGET_MB)
        if peer:
            ratio = peer["total_s"] / timed["total_s"]
            ok = ok and (ratio >= TARGET_PEER_RATIO or n < TARGET_POSTS)
            peer_cols = (f"{peer['total_s']:>13.2f} | {peer['cpu_s']:>10.2f} | {ratio:>8.2f}x | "
                         f"{peer['our_pairs']:>9} | {peer['pairs']:>10} ({peer['pairs_in_window']:>9})")
        else:
            peer_cols = f"{peer_missing:>13} | {'-':>10} | {'-':>9} | {'-':>9} | {'-':>22}"
        row = (f"{n:>7} | " + " | ".join(f"{timed['stages'].get(s, 0):>12.2f}" for s in STAGES)
               + f" | {timed['total_s']:>8.2f} | "
               + " | ".join(f"{mem['stages'].get(s, 0):>12.0f}" if mem else f"{'-':>12}" for s in STAGES)
               + f" | {timed['rss_mb']:>7.0f} | {f'{pss:.0f}' if pss is not None else '-':>11} | "
               f"{timed['cpu_s']:>6.2f} | {timed['workers_cpu_s']:>9.2f} | "
               f"{timed['workers_rss_mb']:>10.0f} | {timed['stories']:>7} | {peer_cols} | {'ok' if ok else 'MISSED'}")
        print(row, flush=True)
    print(f"target: {TARGET_S:.0f} s and {TARGET_MB:.0f} MB at {TARGET_POSTS:,} posts; MB columns are each stage's "
          "peak of Python allocations (tracemalloc), RSS is the whole process's peak (timing run), tree PSS the "
          f"peak of the timing run's process tree with its workers (sampled every {PSS_EVERY_S} s); CPU s is this "
          "process's, wkr the worker processes' (windows of 5k+ posts), whose RSS counts the pages they share with it")
    if peer_missing is None:
        print(f"peer: datasketch MinHash ({PEER_NUM_PERM} permutations, char {PEER_SHINGLE}-grams) and MinHashLSH "
              "(our near-duplicate Jaccard threshold) on the same posts, timed in its own process (shingling, MinHash "
              f"per post, insert, query each); target: total s at least {TARGET_PEER_RATIO:.0f}x faster "
              f"from {TARGET_POSTS:,} posts. Pairs are a "
              "sanity check and need not be equal: ours are exact Jaccard within the dedup window, the peer's "
              "unverified LSH candidates over all time (in brackets: within the window)")
    elif peer_missing == "no datasketch":
        print("peer: datasketch is not installed (pip install -e '.[bench]'); the speed ratio was not checked")

if __name__ == "__main__":
    main()
