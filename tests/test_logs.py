"""key=value log lines and the terminal-only progress bar."""

from __future__ import annotations

import io
import logging

from newsdesk.logs import KeyValueFormatter, log_event, progress


def test_events_are_key_value_lines() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(KeyValueFormatter())
    log = logging.getLogger("newsdesk.test_logs")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    try:
        log_event(log, "edition.built", key="2026.04.22.12", items=8, error=None, note="两 个=词")
        log.warning("plain message")
    finally:
        log.removeHandler(handler)
    first, second = stream.getvalue().splitlines()
    assert first.split(" ", 2)[1:] == ["level=info", 'event=edition.built key=2026.04.22.12 items=8 note="两 个=词"']
    assert first.startswith("ts=") and first.split(" ")[0].endswith("Z")
    assert second.endswith('level=warning event=newsdesk.test_logs msg="plain message"')


def test_progress_is_silent_off_a_terminal(capsys) -> None:
    with progress(3, "collecting") as advance:  # pytest's stderr is not a terminal
        advance(note="a")
    assert capsys.readouterr().err == ""
