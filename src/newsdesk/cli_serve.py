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
def serve_command(config_path: Path | None, out_dir: Path | None, site_dir: Path | None, serve_site: bool,
                  host: str | None, port: int | None, once: bool, at: str | None, as_json: bool) -> None:
    """Build, write and push an edition at every slot boundary, forever (SIGTERM/Ctrl-C stop it).

    After downtime it catches up on missed slots (serve.catch_up), retries failed
    pushes, and never builds or pushes one edition twice, even with two processes.
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
    with _errors(), open_store(settings) as store:
        if not effective_sources(settings, store.stored_sources()):
            raise ConfigError("sources: none configured; add [[sources]] to the configuration "
                              "or `newsdesk sources add` (see README)")
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
