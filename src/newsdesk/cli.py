"""The `newsdesk` command line.

Exit codes are a contract other tools rely on: 0 ok, 1 the edition could not be
produced (an empty window, nothing relevant, the store failed), 2 a usage or
configuration error. Heavy modules are imported inside commands so that
`newsdesk --help` and `newsdesk stories` start quickly.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from newsdesk import __version__
from newsdesk.config import Settings, load_settings
from newsdesk.errors import ConfigError, EditionError, InputError, NewsdeskError
from newsdesk.slots import slot_containing, slot_ending_at_or_before, slot_for_key, zone

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FAILED = 1
EXIT_USAGE = 2


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"newsdesk: error: {message}", err=True)
    sys.exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Map our error tree to exit codes; anything else is a bug and keeps its traceback."""
    try:
        yield
    except (ConfigError, InputError) as exc:
        _fail(str(exc), EXIT_USAGE)
    except NewsdeskError as exc:
        _fail(str(exc), EXIT_FAILED)


def _warn(message: str) -> None:
    click.echo(f"newsdesk: warning: {message}", err=True)


def parse_time(value: str, settings: Settings) -> datetime:
    """ISO 8601 (a time without an offset is in the edition's zone) or a slot key YYYY.MM.DD.HH."""
    tz = zone(settings.edition.timezone)
    text = value.strip()
    if len(text) == 13 and text.count(".") == 3:
        return slot_for_key(text, tz, settings.edition.period).end
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO 8601 time (2026-04-22T12:00+08:00) or a slot key (2026.04.22.12)"
        ) from None
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def config_option(func: F) -> F:
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
        help="TOML configuration file (default: $NEWSDESK_CONFIG, else the embedded defaults).",
    )(func)


def _store_name(settings: Settings) -> str:
    """The configured store for messages: its file, or its URL without the password."""
    from newsdesk.store import redact_url

    return redact_url(settings.store.url) if settings.store.url else str(settings.store_path)


def _settings(config_path: Path | None) -> Settings:
    with _errors():
        return load_settings(config_path)
    raise AssertionError("unreachable")  # pragma: no cover


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsdesk")
def main() -> None:
    """newsdesk: a trustworthy AI news briefing every four hours.

    Collects posts from the configured sources, keeps the AI news, merges posts about
    one event into a story, ranks and picks the best, writes each as a headline and a
    short summary, and publishes the edition as Hugo Markdown.
    """
    from newsdesk.logs import setup_logging

    setup_logging("WARNING")  # commands that run unattended (serve, publish) raise it to INFO


@main.command()
@config_option
@click.option("--sample", is_flag=True, help="Build from the bundled demo posts (no network, no key).")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Build from posts in the corpus JSONL format instead of the configured sources.")
@click.option("--at", "at", metavar="TIME",
              help="Build the latest slot ending at or before TIME (ISO 8601 or YYYY.MM.DD.HH). "
                   "Default: now; with --input, the slot holding the file's newest post.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the Markdown file (default: edition.out_dir, ./content/posts).")
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the static site and feeds (default: publish.site_dir, ./public).")
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON summary (slot, counts, sources, writers, timings) instead of the path.")
@click.option("--no-publish", is_flag=True, help="Do not push to [[publish.channels]] (files only).")
@click.option("--publish", "publish", is_flag=True,
              help="With --sample or --input: use the configured store and push to [[publish.channels]] "
                   "(default: a scratch store, nothing pushed, no site unless --site).")
def edition(config_path: Path | None, sample: bool, input_path: Path | None, at: str | None,
            out_dir: Path | None, site_dir: Path | None, as_json: bool, no_publish: bool = False,
            publish: bool = False) -> None:
    """Build the edition for one slot and write DIR/<key>.md; prints its path.

    With --sample or --input the edition is a trial: it is built in a scratch store that is
    thrown away, pushed nowhere and kept out of the site and feeds unless --publish is given.
    """
    from newsdesk.edition import run_edition
    from newsdesk.sources.file import read_posts

    if sample and input_path:
        raise click.UsageError("--sample and --input are alternatives; give one")
    if publish and not (sample or input_path):
        raise click.UsageError("--publish goes with --sample or --input (other editions publish anyway)")
    scratch = bool(sample or input_path) and not publish
    settings = _settings(config_path)
    tz = zone(settings.edition.timezone)
    period = settings.edition.period
    now = datetime.now(UTC)
    warnings: list[str] = []
    posts = None
    with _errors():
        if sample:
            from newsdesk.sample import SAMPLE_NOTICE, SAMPLE_PATH, SAMPLE_SLOT_KEY

            click.echo(f"newsdesk: note: {SAMPLE_NOTICE}", err=True)
            posts, warnings = read_posts(SAMPLE_PATH, source_id="sample")
            slot = (slot_ending_at_or_before(parse_time(at, settings), tz, period) if at
                    else slot_for_key(SAMPLE_SLOT_KEY, tz, period))
        elif input_path is not None:
            posts, warnings = read_posts(input_path)
            if at:
                slot = slot_ending_at_or_before(parse_time(at, settings), tz, period)
            elif posts:
                slot = slot_containing(max(p.created_at for p in posts), tz, period)
            else:
                raise EditionError(f"{input_path}: no readable posts")
        else:
            moment = parse_time(at, settings) if at else now
            slot = slot_ending_at_or_before(moment, tz, period)
        for w in warnings:
            _warn(w)
        target = out_dir or Path(settings.edition.out_dir)
        site = site_dir or (None if scratch else Path(settings.publish.site_dir))
        if scratch:
            click.echo("newsdesk: note: a trial edition: built in a scratch store, pushed nowhere"
                       f"{'' if site else ', no site or feeds'}; --publish makes it real", err=True)
        with _edition_store(settings, scratch=scratch) as store:
            client = None
            if posts is None:
                from newsdesk.fetch import make_client
                from newsdesk.sourcelist import effective_sources

                if not effective_sources(settings, store.stored_sources()):
                    raise ConfigError(
                        "sources: none configured; add [[sources]] to the configuration, "
                        "`newsdesk sources add`, or use --sample / --input FILE"
                    )
                client = make_client(settings.fetch)
            try:
                run = run_edition(settings, store, slot=slot, now=now, out_dir=target, site_dir=site,
                                  posts=posts, client=client, warnings=warnings,
                                  publish=not (no_publish or scratch), on_source=_warn_failed_source)
            finally:
                if client is not None:
                    client.close()
        for push in run.summary.get("publish", []):
            if push["error"]:
                _warn(f"channel {push['channel']}: {push['status']}: {push['error']}")
    if as_json:
        click.echo(json.dumps(run.summary, ensure_ascii=False, indent=2))
    else:
        click.echo(str(run.path))


@contextmanager
def _edition_store(settings: Settings, *, scratch: bool) -> Iterator[Any]:
    """The configured store, or for a trial edition (`--sample`, `--input`) a scratch one in a temporary
    folder, removed afterwards: fictional or one-off posts never reach the real archive, site or feeds."""
    import tempfile

    from newsdesk.store import open_store

    if not scratch:
        with open_store(settings) as store:
            yield store
        return
    with tempfile.TemporaryDirectory(prefix="newsdesk-trial-") as folder, \
            open_store(Path(folder) / "newsdesk.db") as store:
        yield store


@main.command("site")
@config_option
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the static site and feeds (default: publish.site_dir, ./public).")
@click.option("--json", "as_json", is_flag=True, help="Print the files written as JSON instead of the folder.")
def site_command(config_path: Path | None, site_dir: Path | None, as_json: bool) -> None:
    """Rebuild the static site (every edition's page) and the feeds from the store; prints the folder."""
    from newsdesk.publish.site import plan_site, write_site
    from newsdesk.store import open_store

    settings = _settings(config_path)
    target = site_dir or Path(settings.publish.site_dir)
    with _errors(), open_store(settings) as store:
        if not store.edition_keys():
            raise EditionError(f"{store.location}: no editions stored yet; run `newsdesk edition` first")
        plan = plan_site(settings, store, target, pages="all")
        write_site(plan)
    for w in plan.warnings:
        _warn(w)
    if as_json:
        click.echo(json.dumps(plan.summary(), ensure_ascii=False, indent=2))
    else:
        click.echo(str(target))


def _print_reports(reports: list[Any], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in ("source", "kind", "status", "fetched", "new", "updated", "failures", "error / note"):
        table.add_column(column, justify="right" if column in ("fetched", "new", "updated", "failures")
                         else "left", overflow="fold")
    for r in reports:
        table.add_row(r.source_id, r.kind, r.status, str(r.fetched), str(r.inserted), str(r.updated),
                      str(r.consecutive_failures), r.error or r.note or "")
    Console(width=160).print(table)


def _warn_failed_source(report: Any) -> None:
    """A failed source, said on stderr as soon as it is known (the table and the JSON are on stdout)."""
    if report.status == "error":
        _warn(f"source {report.source_id}: {report.error}")


def _collect(settings: Settings, only: set[str] | None = None, *, force: bool = False) -> list[Any]:
    from newsdesk.collect import collect_sources
    from newsdesk.fetch import make_client
    from newsdesk.sourcelist import effective_sources
    from newsdesk.store import open_store

    with _errors(), open_store(settings) as store:
        entries = effective_sources(settings, store.stored_sources())
        if only:
            unknown = sorted(only - {e.source.id for e in entries})
            if unknown:
                raise ConfigError(
                    f"sources: unknown id(s) {', '.join(unknown)} (see `newsdesk sources list`)"
                )
            entries = [e for e in entries if e.source.id in only]
        if not entries:
            raise ConfigError("sources: none configured; add [[sources]] to the configuration "
                              "or use `newsdesk sources add` (see README)")
        with make_client(settings.fetch) as client:
            from newsdesk.logs import progress

            with progress(len(entries), "collecting") as advance:  # a bar only when stderr is a terminal
                return collect_sources([e.source for e in entries], store, client, now=datetime.now(UTC),
                                       concurrency=settings.fetch.concurrency,
                                       on_done=lambda r: advance(note=r.source_id),
                                       park_after=settings.collect.park_after_failures, force=force,
                                       pool_budget=settings.collect.x_monthly_read_budget,
                                       period=settings.edition.period)
    raise AssertionError("unreachable")  # pragma: no cover


@main.command()
@config_option
def collect(config_path: Path | None) -> None:
    """Fetch every configured source into the store and print a per-source table."""
    settings = _settings(config_path)
    reports = _collect(settings)
    _print_reports(reports, f"collected into {_store_name(settings)}")
    for report in reports:
        _warn_failed_source(report)
    if reports and all(r.status == "error" for r in reports):
        _fail(f"every source failed ({len(reports)}); see the warnings above", EXIT_FAILED)


@main.command()
@config_option
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Posts in the corpus JSONL format.")
@click.option("--from", "start", metavar="TIME", help="Window start (ISO 8601; default: the first post).")
@click.option("--to", "end", metavar="TIME", help="Window end, exclusive (default: after the last post).")
@click.option("--json", "as_json", is_flag=True, help="Print stories and dropped posts as JSON.")
def stories(config_path: Path | None, input_path: Path, start: str | None, end: str | None,
            as_json: bool) -> None:
    """Run relevance, dedup, clustering and ranking on posts; print the stories in rank order."""
    from newsdesk.sourcelist import effective_sources, source_houses, source_weights
    from newsdesk.sources.file import read_posts
    from newsdesk.stories import build_stories

    settings = _settings(config_path)
    with _errors():
        posts, warnings = read_posts(input_path)
    for w in warnings:
        _warn(w)
    lo = parse_time(start, settings) if start else None
    hi = parse_time(end, settings) if end else None
    window = [p for p in posts if (lo is None or p.created_at >= lo) and (hi is None or p.created_at < hi)]
    baseline = timedelta(days=settings.stories.baseline_days)
    history = [p for p in posts if lo is not None and lo - baseline <= p.created_at < lo]
    if hi is not None:
        now = hi
    elif window:
        now = max(p.created_at for p in window)
    else:
        now = datetime.now(UTC)
    # `stories` is a pure function of the file, the configuration and the defaults; the store is
    # opened only as the embedding cache, when embeddings are on, and changes no result.
    with _errors():
        sources = effective_sources(settings)
        weights, houses = source_weights(sources), source_houses(sources)
    with _story_embedder(settings) as embed:
        result = build_stories(window, now=now, settings=settings, source_weights=weights, history=history,
                               embed=embed, houses=houses)
    if as_json:
        out = {
            "stories": [
                {"id": s.id, "post_ids": list(s.post_ids), "lead_id": s.lead_id, "score": round(s.score, 6),
                 "score_parts": {k: round(v, 6) for k, v in s.score_parts.items()},
                 "selected": s.selected, "entities": list(s.entities), "merge_log": list(s.merge_log),
                 "lead_reason": s.lead_reason}
                for s in result.stories
            ],
            "dropped": [{"post_id": d.post_id, "reason": d.reason} for d in result.dropped],
            "counts": dict(result.counts),
        }
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    _print_stories(result, {p.id: p for p in window})


@contextmanager
def _story_embedder(settings: Settings) -> Iterator[Any]:
    """The embedder for `build_stories`, cached in the store (or in memory when it cannot be
    opened: the cache saves requests, it is never worth failing for); None when embeddings are off."""
    if settings.stories.embeddings == "off":
        yield None
        return
    from newsdesk.errors import StoreError
    from newsdesk.store import open_store
    from newsdesk.stories.embed import MemoryVectorCache, StoreVectorCache, make_post_embedder

    try:
        store = open_store(settings)
    except StoreError as exc:
        _warn(f"embedding cache unavailable, using memory: {exc}")
        yield make_post_embedder(settings.stories, MemoryVectorCache())
        return
    with store:
        # the cache's clock only ages rows out; the window's `now` would make an old file prune today's rows
        yield make_post_embedder(settings.stories, StoreVectorCache(store, now=datetime.now(UTC)))


def _print_stories(result: Any, posts: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    parts = sorted({k for s in result.stories for k in s.score_parts})
    table = Table(title=f"{len(result.stories)} stories, {len(result.dropped)} posts dropped")
    table.add_column("#", justify="right")
    table.add_column("sel")
    table.add_column("score", justify="right")
    for p in parts:
        table.add_column(p, justify="right")
    table.add_column("posts", justify="right")
    table.add_column("lead")
    for n, s in enumerate(result.stories, 1):
        lead = posts.get(s.lead_id)
        text = f"@{lead.author_handle}: {(lead.title or lead.text)[:70]}" if lead else s.lead_id
        table.add_row(str(n), "✓" if s.selected else "", f"{s.score:.3f}",
                      *(f"{s.score_parts.get(p, 0):.2f}" for p in parts), str(len(s.post_ids)),
                      text.replace("\n", " "))
    Console(width=200).print(table)


@main.group("sources")
def sources_group() -> None:
    """List, add, remove, import, export and check sources.

    The effective list is the shipped defaults, then the configuration file's
    [[sources]], then what `add` and `import-opml` stored (later layers win by id).
    """


def _entries(settings: Settings) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    from newsdesk.sourcelist import effective_sources
    from newsdesk.store import open_store

    with _errors(), open_store(settings) as store:
        return effective_sources(settings, store.stored_sources()), store.all_health()
    raise AssertionError("unreachable")  # pragma: no cover


def _health_label(entry: Any, health: dict[str, Any] | None, park_after: int) -> str:
    if not entry.enabled:
        return "disabled"
    if not health:
        return "never fetched"
    failures = int(health.get("consecutive_failures") or 0)
    if failures >= park_after:
        return f"parked ({failures} failures)"
    if failures:
        return f"failing ({failures})"
    if not health.get("last_success"):
        return "never succeeded"
    return f"ok {str(health['last_success'])[:16]}"


@sources_group.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def sources_list(config_path: Path | None, as_json: bool) -> None:
    """Print every source: kind, id, locator, weight, origin and health."""
    settings = _settings(config_path)
    entries, health = _entries(settings)
    park = settings.collect.park_after_failures
    if as_json:
        click.echo(json.dumps([
            {"id": e.source.id, "kind": e.source.kind, "locator": e.source.locator, "name": e.source.name,
             "weight": e.source.weight, "tags": list(e.source.tags), "role": e.source.role, "origin": e.origin,
             "enabled": e.enabled, "health": health.get(e.source.id),
             "status": _health_label(e, health.get(e.source.id), park)}
            for e in entries
        ], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(entries)} sources")
    for column in ("kind", "id", "locator", "weight", "origin", "health"):
        table.add_column(column, overflow="fold", justify="right" if column == "weight" else "left")
    for e in entries:
        table.add_row(e.source.kind, e.source.id, e.source.locator, f"{e.source.weight:g}", e.origin,
                      _health_label(e, health.get(e.source.id), park))
    Console(width=160).print(table)


@sources_group.command("add")
@config_option
@click.argument("kind")
@click.argument("locator")
@click.option("--id", "source_id", help="Source id (default: KIND:LOCATOR).")
@click.option("--name", default="", help="Display name.")
@click.option("--weight", type=float, default=1.0, show_default=True, help="Editorial weight.")
@click.option("--tag", "tags", multiple=True, help="A tag; repeat for several.")
@click.option("--lang", default=None, help="Language of the source (en, zh, ...).")
def sources_add(config_path: Path | None, kind: str, locator: str, source_id: str | None, name: str,
                weight: float, tags: tuple[str, ...], lang: str | None) -> None:
    """Add a source (stored on top of the defaults and the configuration file)."""
    from newsdesk.config import SourceSettings
    from newsdesk.sources.base import REGISTRY, _load_builtin, source_problem
    from newsdesk.store import open_store

    settings = _settings(config_path)
    _load_builtin()
    if kind not in REGISTRY:
        raise click.BadParameter(f"unknown kind {kind!r} (known: {', '.join(sorted(REGISTRY))})",
                                 param_hint="KIND")
    sid = source_id or f"{kind}:{locator}"
    try:
        spec = SourceSettings(id=sid, kind=kind, locator=locator, name=name, weight=weight, lang=lang, tags=tags)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    problem = source_problem(spec.to_source())
    if problem is not None:
        raise click.BadParameter(problem[1], param_hint=problem[0].upper())
    with _errors(), open_store(settings) as store:
        added = store.add_source({"id": sid, "kind": kind, "locator": locator, "name": name, "weight": weight,
                                  "lang": lang, "tags": tags}, origin="cli", now=datetime.now(UTC))
    click.echo(f"{'added' if added else 'already present'}: {sid}")


@sources_group.command("remove")
@config_option
@click.argument("source_id")
def sources_remove(config_path: Path | None, source_id: str) -> None:
    """Remove a source by id (a default or configured one is hidden, not deleted from its file)."""
    from newsdesk.store import open_store

    settings = _settings(config_path)
    entries, _ = _entries(settings)
    match = next((e for e in entries if e.source.id == source_id), None)
    with _errors():
        if match is None:
            raise ConfigError(f"sources: no source with id {source_id!r} (see `newsdesk sources list`)")
        with open_store(settings) as store:
            store.remove_source(source_id, kind=match.source.kind, locator=match.source.locator,
                                now=datetime.now(UTC))
    click.echo(f"removed: {source_id}")


@sources_group.command("reset")
@config_option
@click.argument("source_id")
def sources_reset(config_path: Path | None, source_id: str) -> None:
    """Clear a source's failure count so a parked source is fetched again."""
    from newsdesk.store import open_store

    settings = _settings(config_path)
    with _errors(), open_store(settings) as store:
        store.reset_health(source_id)
    click.echo(f"reset: {source_id}")


@sources_group.command("import-opml")
@config_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--weight", type=float, default=1.0, show_default=True, help="Weight for imported feeds.")
def sources_import_opml(config_path: Path | None, file: Path, weight: float) -> None:
    """Add every feed of an OPML file as an `rss` source."""
    from newsdesk.opml import parse_opml
    from newsdesk.store import open_store

    settings = _settings(config_path)
    with _errors():
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(f"{file}: cannot read: {exc.strerror or exc}") from exc
        rows, warnings = parse_opml(data, origin=str(file))
        for w in warnings:
            _warn(w)
        now = datetime.now(UTC)
        with open_store(settings) as store:
            added = sum(store.add_source({**row, "weight": weight}, origin="opml", now=now) for row in rows)
    click.echo(f"imported {added} new of {len(rows)} feeds from {file}")


@sources_group.command("export-opml")
@config_option
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE instead of standard output.")
def sources_export_opml(config_path: Path | None, out_file: Path | None) -> None:
    """Every feed-backed source as OPML 2.0 (rss, github, reddit, arxiv, bluesky, mastodon)."""
    from newsdesk.opml import render_opml

    settings = _settings(config_path)
    entries, _ = _entries(settings)
    text = render_opml([e.source for e in entries if e.enabled])
    if out_file is None:
        click.echo(text, nl=False)
        return
    from newsdesk.publish.files import write_atomic

    with _errors():
        write_atomic(out_file, text)
    click.echo(str(out_file))


@sources_group.command("check")
@config_option
@click.argument("source_ids", nargs=-1)
def sources_check(config_path: Path | None, source_ids: tuple[str, ...]) -> None:
    """Fetch sources now (parked ones too), store what they return, and print their health."""
    settings = _settings(config_path)
    reports = _collect(settings, set(source_ids) or None, force=True)
    _print_reports(reports, "source check")
    for report in reports:
        _warn_failed_source(report)
    if reports and any(r.status == "error" for r in reports):
        sys.exit(EXIT_FAILED)


@main.command("eval")
@config_option
@click.option("--labels", "labels_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder with score.py and day-*/ (default: $NEWSDESK_SHARED/eval, else ../shared/eval).")
@click.option("--day", "day_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Score only this day folder; repeat for several.")
@click.option("--json", "as_json", is_flag=True, help="Print the scorer's results and the summary as JSON.")
@click.option("--check", is_flag=True, help="Exit 1 when a target (relevance F1, pairwise F1, headline "
              "recall) is missed.")
def eval_command(config_path: Path | None, labels_dir: Path | None, day_dirs: tuple[Path, ...], as_json: bool,
                 check: bool) -> None:
    """Score the story stages against the hand-labelled days and print one table."""
    from newsdesk.evaluation import TARGETS, find_eval_dir, run_eval

    settings = _settings(config_path)
    with _errors():
        eval_dir = labels_dir if labels_dir else find_eval_dir(settings.shared or None)
        report = run_eval(eval_dir, days=list(day_dirs) or None)
    if as_json:
        click.echo(json.dumps({"days": report.days, "summary": report.summary,
                               "targets": TARGETS, "met": report.meets_targets()}, indent=1))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"story stages scored on {len(report.days)} labelled days ({eval_dir})")
        for column in ("day", "posts", "relevance P/R/F1", "pairwise P/R/F1", "B³ F1", "headline",
                       "solid", "sel. precision"):
            table.add_column(column, justify="left" if column == "day" else "right")

        def prf(values: list[float]) -> str:
            return "/".join(f"{v:.3f}" for v in values)

        def ratio(pair: list[int]) -> str:
            return f"{pair[0]}/{pair[1]}"

        for d in report.days:
            table.add_row(d["day"], str(d["posts"]), prf(d["relevance"]), prf(d["pairwise"]),
                          f"{d['bcubed'][2]:.3f}", ratio(d["headline_recall"]), ratio(d["solid_recall"]),
                          ratio(d["selection_precision"]))
        m = report.summary
        table.add_row("all", str(sum(d["posts"] for d in report.days)),
                      prf([m["relevance_p"], m["relevance_r"], m["relevance_f1"]]),
                      prf([m["pairwise_p"], m["pairwise_r"], m["pairwise_f1"]]), f"{m['bcubed_f1']:.3f}",
                      f"{m['headline_recall']:.3f}", f"{m['solid_recall']:.3f}", f"{m['selection_precision']:.3f}",
                      style="bold")
        Console(width=160).print(table)
        met = report.meets_targets()
        click.echo("targets: " + ", ".join(
            f"{k} {report.summary[k]:.3f} {'>=' if ok else '<'} {TARGETS[k]:.2f} {'ok' if ok else 'MISSED'}"
            for k, ok in met.items()))
    if check and not all(report.meets_targets().values()):
        sys.exit(EXIT_FAILED)


@main.group("config")
def config_group() -> None:
    """Inspect the effective configuration."""


@config_group.command("show")
@config_option
def config_show(config_path: Path | None) -> None:
    """Print the effective configuration as JSON, secrets redacted."""
    settings = _settings(config_path)
    data = settings.redacted()
    data["store_path"] = str(settings.store_path)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@main.group("store")
def store_group() -> None:
    """The store: bring its schema forward, or copy it to another database.

    The store is an SQLite file by default ([store] path); [store] url = "postgresql://..."
    (or NEWSDESK_STORE_URL) puts it in PostgreSQL, for several machines sharing one newsroom.
    """


@store_group.command("migrate")
@config_option
def store_migrate(config_path: Path | None) -> None:
    """Apply the schema migrations the configured store has not seen; prints its schema version.

    When the store's PostgreSQL also holds the procrastinate queue (`newsdesk worker`, `serve --distributed`),
    applies the installed procrastinate's migration scripts it lacks too, in one transaction: stop every
    worker and scheduler first (docs/deploy.md).
    """
    from newsdesk.store import open_store

    settings = _settings(config_path)
    with _errors(), open_store(settings) as store:
        version = store.schema_version()
        applied = store.migrated
    done = f"applied {', '.join(map(str, applied))}" if applied else "already up to date"
    click.echo(f"{store.location}: schema version {version} ({done})")
    queue = _migrate_queue(settings)
    if queue is not None:
        click.echo(queue)


def _migrate_queue(settings: Settings) -> str | None:
    """`store migrate`'s second half: procrastinate's tables, when the store's PostgreSQL holds a queue
    (`newsdesk worker`, `serve --distributed`) and the `distributed` extra is installed; else None."""
    from newsdesk.store import is_postgres_url, redact_url

    if not is_postgres_url(settings.store.url) or importlib.util.find_spec("procrastinate") is None:
        return None
    from newsdesk.distributed.app import migrate_queue, queue_url

    with _errors():
        url = queue_url(settings)
        applied = migrate_queue(url)
    if applied is None:
        return None
    done = f"applied {len(applied)}: {', '.join(applied)}" if applied else "already up to date"
    return f"queue {redact_url(url)}: procrastinate's migrations {done}"


@store_group.command("copy", short_help="Copy every row into another store, verified by checksums.")
@config_option
@click.option("--to", "to", required=True, metavar="URL",
              help="The target: postgresql://user:password@host/db, or an SQLite file path.")
@click.option("--from", "from_", metavar="URL",
              help="The source (default: the configured store): a postgresql:// URL or an SQLite file path.")
@click.option("--replace", is_flag=True, help="Empty a target that already holds rows before copying.")
@click.option("--json", "as_json", is_flag=True, help="Print the per-table counts and checksums as JSON.")
def store_copy(config_path: Path | None, to: str, from_: str | None, replace: bool, as_json: bool) -> None:
    """Copy every table of the store into another (SQLite to PostgreSQL, or any to any), then
    verify it: per table, the row counts and an order-independent checksum of every value on
    both sides, printed. Exits 1 when any table differs. A target holding rows is refused
    unless --replace. Stop `newsdesk serve` first: rows written during the copy show as a mismatch.
    """
    from newsdesk.store import is_postgres_url, open_store, redact_url, store_target
    from newsdesk.store.copy import copy_store

    settings = _settings(config_path)
    source = from_ or store_target(settings)
    if not is_postgres_url(source) and not Path(source).expanduser().is_file():
        _fail(f"{source}: no store to copy from (see [store] path, or pass --from)", EXIT_FAILED)
    with _errors(), open_store(source) as src, open_store(to) as dst:
        checks = copy_store(src, dst, replace=replace)
        where = (src.location, dst.location)
    bad = [c.table for c in checks if not c.ok]
    if as_json:
        click.echo(json.dumps({"source": where[0], "target": where[1], "tables": [c.as_dict() for c in checks],
                               "ok": not bad}, indent=2))
    else:
        click.echo(f"copied {where[0]} -> {redact_url(where[1])}")
        rows = [("table", "rows", "checksum", "target rows", "target checksum", "")]
        rows += [(c.table, f"{c.source_rows:,}", c.source_checksum, f"{c.target_rows:,}", c.target_checksum,
                  "ok" if c.ok else "DIFFERS") for c in checks]
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for r in rows:
            click.echo("  ".join(c.rjust(w) if i in (1, 3) else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        total = sum(c.source_rows for c in checks)
        click.echo(f"{len(checks) - len(bad)} of {len(checks)} tables match ({total:,} rows)")
    if bad:
        _fail(f"the copy differs from its source in {', '.join(bad)}: is something writing to the source?",
              EXIT_FAILED)


@main.group("cache")
def cache_group() -> None:
    """The LLM answer cache (the store's call log): what it holds, and clearing it.

    A cached answer is keyed by the story's content, the model and the prompt version, so a
    re-run costs nothing; clearing makes the next edition ask the model again.
    """


def _kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


@cache_group.command("stats", short_help="Entries by model and prompt version, and their size.")
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the groups and totals as JSON.")
def cache_stats(config_path: Path | None, as_json: bool) -> None:
    """Entries by model and prompt version: accepted answers, remembered rejections, size, tokens."""
    from newsdesk.store import open_store

    settings = _settings(config_path)
    path, where = settings.store_path, _store_name(settings)
    groups: list[dict[str, Any]] = []
    if settings.store.url or path.exists():  # a stats command does not create an SQLite store
        with _errors(), open_store(settings) as store:
            groups = store.llm_call_groups()
    for g in groups:
        g["rejected"] = g["entries"] - g["ok"]
    keys = ("entries", "ok", "rejected", "response_bytes", "prompt_tokens", "completion_tokens")
    total = {k: sum(int(g[k]) for g in groups) for k in keys}
    file_bytes = 0 if settings.store.url else sum(
        p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    if as_json:
        click.echo(json.dumps({"store": where, "file_bytes": file_bytes, "groups": groups, "total": total},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"store: {where}" + ("" if settings.store.url else f" ({_kib(file_bytes)} on disk)"))
    if not groups:
        click.echo("the LLM answer cache is empty")
        return
    rows = [("model", "prompt", "entries", "accepted", "rejected", "answers", "tokens in", "tokens out", "newest")]
    for g in groups:
        rows.append((g["model"], g["prompt_version"], f"{g['entries']:,}", f"{g['ok']:,}", f"{g['rejected']:,}",
                     _kib(g["response_bytes"]), f"{g['prompt_tokens']:,}", f"{g['completion_tokens']:,}",
                     g["newest"][:16].replace("T", " ")))
    rows.append(("total", "", f"{total['entries']:,}", f"{total['ok']:,}", f"{total['rejected']:,}",
                 _kib(total["response_bytes"]), f"{total['prompt_tokens']:,}", f"{total['completion_tokens']:,}",
                 ""))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        click.echo("  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths,
                                                                                              strict=True))).rstrip())


@cache_group.command("clear", short_help="Delete cached answers: all, or by model, version, age.")
@config_option
@click.option("--model", help="Only this model's entries.")
@click.option("--prompt-version", help="Only this prompt version's entries (e.g. zh-3).")
@click.option("--older-than", "older_than_days", type=click.FloatRange(min=0), metavar="DAYS",
              help="Only entries logged more than DAYS days ago.")
def cache_clear(config_path: Path | None, model: str | None, prompt_version: str | None,
                older_than_days: float | None) -> None:
    """Delete cached answers (all of them, or those matching every option given)."""
    from newsdesk.store import open_store

    settings = _settings(config_path)
    path, where = settings.store_path, _store_name(settings)
    if not settings.store.url and not path.exists():
        click.echo(f"cleared 0 cached answers: no store at {path}")
        return
    before = None if older_than_days is None else datetime.now(UTC) - timedelta(days=older_than_days)
    with _errors(), open_store(settings) as store:
        n = store.delete_llm_calls(model=model, prompt_version=prompt_version, before=before)
    click.echo(f"cleared {n:,} cached answer{'s' if n != 1 else ''} from {where}")


from newsdesk.cli_serve import publish_command, serve_command, worker_command  # noqa: E402

main.add_command(serve_command)
main.add_command(publish_command)
main.add_command(worker_command)


if __name__ == "__main__":  # pragma: no cover
    main()
