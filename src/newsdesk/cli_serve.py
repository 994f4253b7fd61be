"""`newsdesk serve` and `newsdesk publish`: the commands that run unattended.

Kept apart from cli.py so the scheduling and signal handling read on their own;
cli.py registers them on the `newsdesk` group. Exit codes follow cli.py: 0 ok,
1 something could not be done (a channel failed, nothing stored), 2 usage.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from newsdesk.cli import EXIT_FAILED, _errors, _settings, config_option, parse_time
from newsdesk.errors import ConfigError


def _print_pushes(key: str, reports: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"edition {key}")
    for column in ("channel", "kind", "status", "messages", "sent now", "attempts", "error"):
        table.add_column(column, overflow="fold")
    for r in reports:
        table.add_row(r["channel"], r["kind"], r["status"], str(r["messages"]), str(r["sent_now"]),
                      str(r["attempts"]), r["error"] or "")
    Console(width=160, stderr=False).print(table)


@click.command("publish")
@config_option
@click.option("--slot", "key", required=True, metavar="KEY", help="The stored edition, e.g. 2026.04.22.12.")
@click.option("--channel", "channels", multiple=True, metavar="NAME",
              help="Only this channel (its name, or its kind when unnamed); repeat for several.")
@click.option("--force", is_flag=True,
              help="Send again to channels that already have it, or may have it (delivery unknown, interrupted).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per channel report.")
def publish_command(config_path: Path | None, key: str, channels: tuple[str, ...], force: bool,
                    as_json: bool) -> None:
    """Push a stored edition to the channels that do not have it yet; exit 1 if one fails or is unknown.

    An edition whose files were never written (a failed write) gets them first.
    """
    from newsdesk.edition import finish_edition
    from newsdesk.logs import setup_logging
    from newsdesk.publish import TROUBLE, publish_stored
    from newsdesk.publish.site import rebuild_around
    from newsdesk.store import open_store

    setup_logging("INFO")
    settings = _settings(config_path)
    with _errors():
        known = {c.id for c in settings.publish.channels}
        if not known:
            raise ConfigError("publish.channels: none configured; add [[publish.channels]] (see README, Publishing)")
        unknown = sorted(set(channels) - known)
        if unknown:
            raise ConfigError(f"publish.channels: no channel named {', '.join(unknown)} "
                              f"(known: {', '.join(sorted(known))})")
        with open_store(settings) as store:
            site = Path(settings.publish.site_dir)
            if key.strip() in store.files_pending():  # its files were never written: they go out first
                finish_edition(settings, store, key.strip(), out_dir=Path(settings.edition.out_dir), site_dir=site)
            else:
                rebuild_around(settings, store, key.strip(), site)  # pages before pushes
            reports = [r.as_dict() for r in publish_stored(settings, store, key.strip(), datetime.now(UTC),
                                                           force=force, only=set(channels) or None)]
    if as_json:
        click.echo(json.dumps({"key": key, "publish": reports}, ensure_ascii=False, indent=2))
    else:
        _print_pushes(key, reports)
    if any(r["status"] in TROUBLE for r in reports):
        sys.exit(EXIT_FAILED)


def _on_signals(stop: threading.Event) -> dict[int, Any]:
    """SIGTERM/SIGINT set `stop` (the tick under way finishes); a second one exits at once."""

    def on_signal(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise SystemExit(128 + signum)
        stop.set()

    return {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}


def _serve_distributed(settings: Any, store: Any, stop: threading.Event, *, once: bool, moment: datetime | None,
                       as_json: bool, site: Path | None, host: str | None, port: int | None) -> None:
    """The scheduler: defers jobs for the workers; serves the site folder with --serve-site."""
    from newsdesk.distributed.scheduler import run_scheduler, trouble
    from newsdesk.serve import start_site_server

    server = None
    if site is not None:
        try:
            server = start_site_server(site, host or settings.serve.site_host,
                                       settings.serve.site_port if port is None else port)
        except OSError as exc:
            raise ConfigError(f"serve.site_port: cannot listen: {exc.strerror or exc}") from exc
    previous = {} if once else _on_signals(stop)
    try:
        report = run_scheduler(settings, store, stop=stop, once=once, at=moment)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if server is not None:
            server.shutdown()
    if once and report is not None:
        if as_json:
            click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        if trouble(report):
            sys.exit(EXIT_FAILED)


def _queue_warnings_to_log() -> None:
    """procrastinate's warnings and errors (a job that raised, with its traceback) in our key=value lines;
    its per-job info lines would be two a source."""
    import logging

    from newsdesk.logs import KeyValueFormatter

    queue_log = logging.getLogger("procrastinate")
    if not queue_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(KeyValueFormatter())
        queue_log.addHandler(handler)
        queue_log.setLevel(logging.WARNING)
        queue_log.propagate = False


@click.command("worker")
@config_option
@click.option("--queues", "queues", metavar="NAMES",
              help="Comma-separated queues to take jobs from: collect, edition, push (default: all). "
                   "Edition jobs write the Markdown, site and feeds: give them to workers that share that folder.")
@click.option("--concurrency", type=int, default=None, help="Jobs at once (default: distributed.concurrency).")
@click.option("--name", default=None, help="The worker's name in logs (default: worker).")
def worker_command(config_path: Path | None, queues: str | None, concurrency: int | None,
                   name: str | None) -> None:
    """Run jobs from `serve --distributed` on this machine until SIGTERM/Ctrl-C (PostgreSQL).

    Collect jobs fetch one source each, edition jobs build a slot from the store, push jobs
    send one edition to one channel. A worker that dies mid-job (killed, machine lost) stops
    sending heartbeats; after distributed.stalled_after_s the other workers put its jobs back
    in the queue. The first SIGTERM lets running jobs finish; a second one stops at once.
    """
    from newsdesk.distributed.app import QUEUES, WorkerContext, ensure_schema, make_app, queue_url
    from newsdesk.logs import setup_logging

    setup_logging("INFO")
    _queue_warnings_to_log()
    settings = _settings(config_path)
    with _errors():
        chosen = None
        if queues:
            chosen = [q.strip() for q in queues.split(",") if q.strip()]
            known = set(QUEUES.values())
            unknown = sorted(set(chosen) - known)
            if unknown:
                raise click.UsageError(f"--queues: no queue {', '.join(unknown)} (known: collect, edition, push)")
            chosen.append(QUEUES["retry_stalled"])  # every worker helps recover a dead one's jobs
        if concurrency is not None and concurrency < 1:
            raise click.UsageError("--concurrency: at least 1")
        ensure_schema(queue_url(settings))
        context = WorkerContext(settings)
        app = make_app(settings, context=context)
        options: dict[str, Any] = {"queues": chosen, "name": name or "worker"}
        if concurrency is not None:
            options["concurrency"] = concurrency
        try:
            app.run_worker(**options)
        finally:
            context.close()


@click.command("serve")
@config_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the Markdown files (default: edition.out_dir).")
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the static site and feeds (default: publish.site_dir, ./public).")
@click.option("--serve-site", is_flag=True, help="Also serve the site folder over HTTP (serve.site_host:site_port).")
@click.option("--host", default=None, help="Address for --serve-site (default: serve.site_host).")
@click.option("--port", type=int, default=None, help="Port for --serve-site (default: serve.site_port).")
@click.option("--once", is_flag=True, help="One tick (build what is due, retry pending pushes) and exit: for cron.")
@click.option("--at", "at", metavar="TIME", help="With --once: tick as if it were TIME (ISO 8601), to backfill.")
@click.option("--json", "as_json", is_flag=True, help="With --once: print the tick's report as JSON.")
@click.option("--distributed", is_flag=True,
              help="Only schedule: jobs for `newsdesk worker` processes (PostgreSQL; see docs/deploy.md).")
def serve_command(config_path: Path | None, out_dir: Path | None, site_dir: Path | None, serve_site: bool,
                  host: str | None, port: int | None, once: bool, at: str | None, as_json: bool,
                  distributed: bool) -> None:
    """Build, write and push an edition at every slot boundary, forever (SIGTERM/Ctrl-C stop it).

    After downtime it catches up on missed slots (serve.catch_up), retries failed
    pushes, and never builds or pushes one edition twice, even with two processes.
    With --distributed the work is done by `newsdesk worker` processes on any machine:
    one collect job per source, then one edition job per slot, then one push job per
    channel; --once then waits until the slot's jobs are done.
    """
    from newsdesk.fetch import make_client
    from newsdesk.logs import setup_logging
    from newsdesk.publish import TROUBLE
    from newsdesk.serve import make_build, make_finish, run_tick, serve_forever, start_site_server
    from newsdesk.sourcelist import effective_sources
    from newsdesk.store import open_store

    setup_logging("INFO")
    settings = _settings(config_path)
    if at and not once:
        raise click.UsageError("--at goes with --once (the loop always runs on the real clock)")
    moment = parse_time(at, settings) if at else None
    site = site_dir or Path(settings.publish.site_dir)
    out = out_dir or Path(settings.edition.out_dir)
    stop = threading.Event()
    if distributed and (out_dir or site_dir):
        raise click.UsageError("--out and --site do not go with --distributed: the workers write the files "
                               "(edition.out_dir, publish.site_dir in their configuration)")
    with _errors(), open_store(settings) as store:
        if not effective_sources(settings, store.stored_sources()):
            raise ConfigError("sources: none configured; add [[sources]] to the configuration "
                              "or `newsdesk sources add` (see README)")
        if distributed:
            _serve_distributed(settings, store, stop, once=once, moment=moment, as_json=as_json,
                               site=site if serve_site else None, host=host, port=port)
            return
        server = None
        if serve_site:
            try:
                server = start_site_server(site, host or settings.serve.site_host,
                                           settings.serve.site_port if port is None else port)
            except OSError as exc:
                raise ConfigError(f"serve.site_port: cannot listen: {exc.strerror or exc}") from exc
        with make_client(settings.fetch) as client:
            build = make_build(settings, out_dir=out, site_dir=site, client=client)
            finish = make_finish(settings, out_dir=out, site_dir=site)
            if once:
                report = run_tick(settings, store, moment or datetime.now(UTC), build, finish=finish)
                if as_json:
                    click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
                if server is not None:
                    server.shutdown()
                failed = report.errors or any(p["status"] in TROUBLE
                                              for ps in report.published.values() for p in ps)
                if failed:
                    sys.exit(EXIT_FAILED)
                return

            def on_signal(signum: int, frame: Any) -> None:
                if stop.is_set():  # a second signal: stop now, mid-step if need be
                    raise SystemExit(128 + signum)
                stop.set()

            previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
            try:
                serve_forever(settings, store, build, stop=stop, finish=finish)
            finally:
                for s, handler in previous.items():
                    signal.signal(s, handler)
                if server is not None:
                    server.shutdown()
