"""Distributed collection: 2,000 loopback sources collected by 1, 2 and 4 `newsdesk worker` processes against
one PostgreSQL, and by plain `newsdesk collect` on SQLite.

    python benchmarks/bench_distributed.py [--sources 2000] [--workers 1,2,4] [--concurrency 8]

Serves small real recorded feeds from ../shared/fixtures on 127.0.0.1 under `--sources` distinct URLs
(one local server, every request counted), starts a throwaway PostgreSQL cluster (tests/pgkit.py: initdb
in a temporary folder), and for each worker count: a fresh database, the workers started and idle, then
`newsdesk serve --distributed --once` timed from its start until every collect job is done (it defers one
collect job per source, waits for them, and settles the slot, which has nothing to publish: the recorded
posts are years old). Then `newsdesk collect` on SQLite over the same sources, in one process with
`fetch.concurrency` threads: as many as one worker runs, and as many as all the workers of the largest run.
Prints one table: wall seconds, sources/s, duplicate fetches (a URL requested more than once in a run: must
be 0), URLs never requested, and errors.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the loopback server, PostgreSQL cluster and worker helpers

FEEDS = [  # small recorded feeds (fixture path under shared/fixtures, content type)
    ("feeds/feedrs_rss2_malformed_reuters.xml", "application/rss+xml"),
    ("feeds/feedjira_feedburner_no_alternate.xml", "application/rss+xml"),
    ("feeds/feedrs_jsonfeed_v1.1_influxdata.json", "application/feed+json"),
    ("reddit/feedrs_reddit_r_rust_atom.xml", "application/atom+xml"),
    ("github/rssparser_gulp_releases_2015.atom", "application/atom+xml"),
]
AT = "2026-04-22T12:05+08:00"


def shared_dir() -> Path:
    path = Path(os.environ.get("NEWSDESK_SHARED") or HERE.parent.parent / "shared")
    if not (path / "fixtures").is_dir():
        raise SystemExit(f"bench_distributed: {path}/fixtures not found; set NEWSDESK_SHARED")
    return path


def sources_toml(base: str, n: int) -> str:
    return "".join(f'\n[[sources]]\nid = "rss:bench-{i}"\nkind = "rss"\nlocator = "{base}/f/{i}"\n' for i in range(n))


def duplicates(server: object, n: int) -> tuple[int, int]:
    """(URLs fetched more than once, URLs never fetched) in this run."""
    counts = Counter(r.path for r in server.requests)  # type: ignore[attr-defined]
    paths = [f"/f/{i}" for i in range(n)]
    return sum(1 for p in paths if counts[p] > 1), sum(1 for p in paths if counts[p] == 0)


def run_distributed(cluster: object, server: object, folder: Path, n: int, workers: int,
                    concurrency: int) -> dict[str, float]:
    from workerkit import Worker, finish, job_rows, scheduler, wait_for_workers, write_config

    url = cluster.create_database()  # type: ignore[attr-defined]
    distributed = "\n[distributed]\npoll_s = 0.2\ncollect_timeout_s = 3600\nonce_timeout_s = 3600\n"
    config = write_config(folder / f"pg-{workers}", url, sources_toml(server.base_url, n),  # type: ignore[attr-defined]
                          distributed=distributed, per_host=concurrency)
    procs = [Worker(config, f"w{k}", concurrency=concurrency).start() for k in range(workers)]
    try:
        # Timed from idle workers, as a deployment has them: the store and the queue's tables exist.
        wait_for_workers(url, workers, timeout=120)
        server.requests.clear()  # type: ignore[attr-defined]
        started = time.perf_counter()
        code, report, err = finish(scheduler(config, at=AT), timeout=3600)
        wall = time.perf_counter() - started
    finally:
        for p in procs:
            p.stop()
    if code not in (0, 1) or not report:
        raise SystemExit(f"scheduler failed ({code}): {err[-2000:]}")
    rows = job_rows(url, "newsdesk.collect_source")
    errors = sum(1 for r in rows if r["status"] != "succeeded")
    dup, missed = duplicates(server, n)
    return {"wall_s": wall, "dup": dup, "missed": missed, "errors": errors}


def run_sqlite(server: object, folder: Path, n: int, concurrency: int) -> dict[str, float]:
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "newsdesk.toml"
    config.write_text(f"""
[store]
path = "{folder / 'newsdesk.db'}"
[collect]
use_default_sources = false
[fetch]
retries = 0
timeout_s = 30
concurrency = {concurrency}
per_host = {concurrency}
{sources_toml(server.base_url, n)}
""", encoding="utf-8")  # type: ignore[attr-defined]
    server.requests.clear()  # type: ignore[attr-defined]
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "newsdesk", "collect", "--config", str(config)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"collect failed ({done.returncode}): {done.stderr[-2000:]}")
    dup, missed = duplicates(server, n)
    errors = sum(1 for line in done.stderr.splitlines() if "source.failed" in line)
    return {"wall_s": wall, "dup": dup, "missed": missed, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--concurrency", type=int, default=8, help="jobs at once per worker (threads)")
    args = parser.parse_args()
    fixtures = shared_dir() / "fixtures"

    from httpserver import LocalHTTPServer, fixture_reply
    from pgkit import PgCluster

    n = args.sources
    replies = [fixture_reply(fixtures / path, content_type=ctype) for path, ctype in FEEDS]
    rows: list[tuple[str, int, dict[str, float]]] = []
    cluster = PgCluster()
    with LocalHTTPServer() as server, tempfile.TemporaryDirectory(prefix="bench-dist-") as tmp:
        for i in range(n):
            server.route(f"/f/{i}", replies[i % len(replies)])
        env_home = Path(tmp) / "home"
        os.environ["NEWSDESK_HOME"] = str(env_home)
        for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            os.environ.pop(name, None)
        cluster.start()
        try:
            for workers in [int(w) for w in args.workers.split(",")]:
                result = run_distributed(cluster, server, Path(tmp), n, workers, args.concurrency)
                rows.append(("PostgreSQL, newsdesk worker", workers, result))
                print(f"  {workers} worker(s): {result['wall_s']:.2f} s", file=sys.stderr)
        finally:
            cluster.stop()
        most = max(int(w) for w in args.workers.split(",")) * args.concurrency
        for threads in dict.fromkeys([args.concurrency, most]):
            result = run_sqlite(server, Path(tmp) / f"sqlite-{threads}", n, threads)
            rows.append((f"SQLite, newsdesk collect, {threads} threads", 1, result))

    print(f"\n{n} loopback sources, {args.concurrency} jobs (threads) per process, {os.cpu_count()} CPUs\n")
    print("| store, runner | processes | wall s | sources/s | duplicate fetches | missed | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, procs, r in rows:
        print(f"| {label} | {procs} | {r['wall_s']:.2f} | {n / r['wall_s']:,.0f} | {r['dup']:.0f} | "
              f"{r['missed']:.0f} | {r['errors']:.0f} |")


if __name__ == "__main__":
    main()
