"""Collection benchmark: 1,000 feeds served from loopback, newsdesk vs the `reader` library.

    python benchmarks/bench_collect.py [--feeds 1000] [--workers 8]

Serves real recorded feeds from ../shared/fixtures (RSS 1.0/2.0, Atom, JSON Feed,
GitHub and Reddit Atom, arXiv) on 127.0.0.1, each under 1,000 distinct URLs, then
runs each tool in its own process (so peak memory is its own) over the same
URLs: newsdesk's collector (fetch, parse, store in SQLite) and, as the peer,
lemon24/reader's `update_feeds` (fetch, parse, store in SQLite). Prints one table
with wall time, entries parsed per second, peak RSS and the ratio to the peer.
Needs `pip install reader` for the peer row (it is skipped, and said so, without).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the loopback server the tests use

FEEDS = [  # (fixture path under shared/fixtures, content type)
    ("feeds/feedrs_rss2_ghost_cloudflare_blog.xml", "application/rss+xml"),
    ("feeds/rssparser_rss2_content_encoded.rss", "application/rss+xml"),
    ("feeds/rssparser_rss1_rdf_science.rss", "application/rdf+xml"),
    ("feeds/rssparser_rss2_iso-8859-1_feedburner.rss", "application/rss+xml; charset=iso-8859-1"),
    ("feeds/feedjira_youtube_channel_atom.xml", "application/atom+xml"),
    ("feeds/feedjira_jsonfeed_v1_inessential.json", "application/feed+json"),
    ("feeds/feedrs_jsonfeed_v1.1_influxdata.json", "application/feed+json"),
    ("github/rssparser_gulp_releases_2015.atom", "application/atom+xml"),
    ("reddit/feedrs_reddit_r_rust_atom.xml", "application/atom+xml"),
    ("arxiv/arxivpy_api_query_search-testing_max10.xml", "application/atom+xml"),
]


def shared_dir() -> Path:
    path = Path(os.environ.get("NEWSDESK_SHARED") or HERE.parent.parent / "shared")
    if not (path / "fixtures").is_dir():
        raise SystemExit(f"bench_collect: {path}/fixtures not found; set NEWSDESK_SHARED")
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


#: timelines of the mixed run: (kind, locator, path under the source's base URL, fixture, content type)
TIMELINES = [
    ("bluesky", "chriskenny.bsky.social", "/xrpc/app.bsky.feed.getAuthorFeed",
     "bluesky/bskyr_getAuthorFeed_chriskenny.json", "application/json"),
    ("mastodon", "@bench@localhost", "/api/v1/accounts/117020565966271181/statuses",
     "mastodon/mastodonpy_timelines_public_anonymous.json", "application/json"),
    ("reddit", "r/LocalLLaMA", "/r/LocalLLaMA/hot.json",
     "reddit/praw_oauth_r_popular_hot_limit100.json", "application/json"),
    ("hn", "", "/api/v1/search_by_date", "hackernews/algolia_search_story_query-apple_hits1.json", "application/json"),
]
#: the part of Mastodon's account lookup the source reads (no recording of it exists)
MASTODON_ACCOUNT = {"id": "117020565966271181", "username": "bench", "acct": "bench"}
#: share of the mixed run's sources that are timelines rather than feeds
TIMELINE_SHARE = 0.4


def mixed_sources(base: str, n: int) -> list[dict[str, object]]:
    """`n` sources: feeds at /f/<i>, and every few a timeline whose base URL is /t/<i>."""
    out: list[dict[str, object]] = []
    step = max(1, round(1 / TIMELINE_SHARE))
    for i in range(n):
        if i % step == 0:
            kind, locator, _path, _fixture, _ctype = TIMELINES[(i // step) % len(TIMELINES)]
            options: dict[str, object] = {"base_url": f"{base}/t/{i}", "max_pages": 1}
            if kind == "reddit":
                options["listing"] = "hot"
            out.append({"id": f"{kind}:bench-{i}", "kind": kind, "locator": locator, "options": options})
        else:
            out.append({"id": f"rss:bench-{i}", "kind": "rss", "locator": f"{base}/f/{i}", "options": {}})
    return out


def run_newsdesk(urls: list[str], workers: int, tmp: Path, specs: list[dict] | None = None) -> dict[str, float]:
    from newsdesk.collect import collect_sources
    from newsdesk.config import FetchSettings
    from newsdesk.fetch import make_client
    from newsdesk.model import Source
    from newsdesk.store import open_store

    if specs is None:
        sources = [Source(id=f"rss:bench-{i}", kind="rss", locator=u) for i, u in enumerate(urls)]
    else:
        sources = [Source(id=d["id"], kind=d["kind"], locator=d["locator"], options=d["options"]) for d in specs]
    settings = FetchSettings(concurrency=workers, per_host=workers, retries=0, timeout_s=30)
    started = time.perf_counter()
    with open_store(tmp / "newsdesk.db") as store, make_client(settings) as client:
        from datetime import UTC, datetime

        reports = collect_sources(sources, store, client, now=datetime.now(UTC), concurrency=workers)
    wall = time.perf_counter() - started
    errors = [r for r in reports if r.status == "error"]
    return {"entries": sum(r.fetched for r in reports), "errors": len(errors), "wall_s": wall, "peak_mb": peak_mb()}


def run_reader(urls: list[str], workers: int, tmp: Path) -> dict[str, float]:
    from reader import make_reader

    started = time.perf_counter()
    with make_reader(str(tmp / "reader.sqlite")) as reader:
        for u in urls:
            reader.add_feed(u)
        errors = 0
        for _url, value in reader.update_feeds_iter(workers=workers):
            errors += isinstance(value, Exception)
        entries = reader.get_entry_counts().total
    wall = time.perf_counter() - started
    return {"entries": entries, "errors": errors, "wall_s": wall, "peak_mb": peak_mb()}


def child(tool: str, base: str, n: int, workers: int) -> None:
    urls = [f"{base}/f/{i}" for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        if tool == "newsdesk-mixed":
            result = run_newsdesk(urls, workers, Path(tmp), mixed_sources(base, n))
        else:
            result = (run_newsdesk if tool == "newsdesk" else run_reader)(urls, workers, Path(tmp))
    print(json.dumps(result))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--child", choices=["newsdesk", "reader", "newsdesk-mixed"], help=argparse.SUPPRESS)
    ap.add_argument("--base", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child, a.base, a.feeds, a.workers)
        return

    from httpserver import LocalHTTPServer, Reply, fixture_reply

    fixtures = shared_dir() / "fixtures"
    replies = [fixture_reply(fixtures / path, content_type=ctype) for path, ctype in FEEDS]
    timeline_replies = {kind: (path, fixture_reply(fixtures / fixture, content_type=ctype))
                        for kind, _loc, path, fixture, ctype in TIMELINES}
    lookup = Reply(body=json.dumps(MASTODON_ACCOUNT).encode(), headers={"Content-Type": "application/json"})
    rows = []
    with LocalHTTPServer() as server:
        for i in range(a.feeds):
            server.route(f"/f/{i}", replies[i % len(replies)])
        for spec in mixed_sources(server.base_url, a.feeds):
            if spec["kind"] != "rss":
                path, reply = timeline_replies[str(spec["kind"])]
                server.route(f"/t/{str(spec['id']).split('-')[-1]}{path}", reply)
                if spec["kind"] == "mastodon":
                    server.route(f"/t/{str(spec['id']).split('-')[-1]}/api/v1/accounts/lookup", lookup)
        for tool in ("newsdesk", "reader", "newsdesk-mixed"):
            if tool == "reader":
                try:
                    import reader  # noqa: F401
                except ImportError:
                    print("reader is not installed: `pip install reader` for the peer row", file=sys.stderr)
                    continue
            res = subprocess.run([sys.executable, __file__, "--child", tool, "--base", server.base_url,
                                  "--feeds", str(a.feeds), "--workers", str(a.workers)],
                                 capture_output=True, text=True, check=False)
            if res.returncode != 0:
                raise SystemExit(f"{tool} run failed:\n{res.stderr[-3000:]}")
            rows.append((tool, json.loads(res.stdout.strip().splitlines()[-1])))
    base = dict(rows).get("reader")
    print(f"\ncollect {a.feeds} sources from loopback ({len(FEEDS)} real feeds, {len(TIMELINES)} real timelines; "
          f"{a.workers} workers, {os.cpu_count()} cores)\n"
          f"newsdesk and reader read the same {a.feeds} feeds; newsdesk-mixed reads {a.feeds} sources of which "
          f"{TIMELINE_SHARE:.0%} are Bluesky, Mastodon, Reddit and HN timelines (reader cannot read those)\n")
    print(f"{'tool':<15} {'entries':>8} {'errors':>6} {'wall s':>8} {'entries/s':>10} {'peak MB':>8} "
          f"{'speed vs reader':>16}")
    for tool, r in rows:
        rate = r["entries"] / r["wall_s"] if r["wall_s"] else 0.0
        ratio = f"{base['wall_s'] / r['wall_s']:.2f}x" if base else "n/a"
        print(f"{tool:<15} {r['entries']:>8} {r['errors']:>6} {r['wall_s']:>8.2f} {rate:>10.0f} {r['peak_mb']:>8.0f} "
              f"{ratio:>16}")


if __name__ == "__main__":
    main()
