"""Logs as key=value lines, and progress bars only for a person at a terminal.

    ts=2026-04-22T04:01:00Z level=info event=edition.built key=2026.04.22.12 items=8

Events are short dotted past-tense names (`edition.built`, `publish.sent`,
`serve.slept`) with fields; `log_event` is the one way to emit them. When
stderr is a terminal, `progress` draws a rich progress bar (transient, so it
does not fill the scrollback); otherwise it does nothing and the log lines are
the record, which is what cron, systemd and CI want.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

LOGGER = "newsdesk"
_HANDLER_FLAG = "_newsdesk_kv"


def _value(value: Any) -> str:
    if isinstance(value, float):
        text = f"{value:g}"
    elif isinstance(value, datetime):
        text = value.isoformat()
    elif isinstance(value, list | tuple | dict):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    else:
        text = str(value)
    if not text or any(ch in text for ch in ' "=\n\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


class KeyValueFormatter(logging.Formatter):
    """`ts=... level=... event=... k=v ...`; a plain message becomes `event=<logger> msg="..."`."""

    def format(self, record: logging.LogRecord) -> str:
        ts = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fields: dict[str, Any] | None = getattr(record, "fields", None)
        head = f"ts={ts} level={record.levelname.lower()}"
        if fields is None:
            line = f"{head} event={record.name} msg={_value(record.getMessage())}"
        else:
            line = " ".join([f"{head} event={record.getMessage()}",
                             *(f"{k}={_value(v)}" for k, v in fields.items() if v is not None)])
        if record.exc_info:
            line += " exc=" + _value(self.formatException(record.exc_info))
        return line


def log_event(logger: logging.Logger, event: str, level: int = logging.INFO, **fields: Any) -> None:
    """Emit one event line: `log_event(log, "publish.sent", channel="team", messages=2)`."""
    logger.log(level, event, extra={"fields": fields})


def setup_logging(level: str | int = "INFO", stream: TextIO | None = None) -> None:
    """Send newsdesk's logs to stderr as key=value lines (once; later calls only change the level)."""
    root = logging.getLogger(LOGGER)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    if any(getattr(h, _HANDLER_FLAG, False) for h in root.handlers):
        return
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(KeyValueFormatter())
    setattr(handler, _HANDLER_FLAG, True)
    root.addHandler(handler)
    root.propagate = False


def is_terminal(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress(total: int, label: str, *, enabled: bool | None = None) -> Iterator[Callable[..., None]]:
    """A progress bar over `total` steps when stderr is a terminal; yields `advance(n=1, note="")`."""
    if not (is_terminal() if enabled is None else enabled) or total <= 0:
        yield lambda n=1, note="": None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[note]}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total, note="")

        def advance(n: int = 1, note: str = "") -> None:
            bar.update(task, advance=n, note=note)

        yield advance
