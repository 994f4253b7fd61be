"""docs/cli.md is the `--help` of every command; this keeps it true.

After changing a command's help, regenerate the page with
`NEWSDESK_REGEN_DOCS=1 pytest tests/test_docs.py`.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
from click.testing import CliRunner

from newsdesk.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
HEADER = """# Command reference

Generated from `newsdesk ... --help` (kept in sync by `tests/test_docs.py`; regenerate with
`NEWSDESK_REGEN_DOCS=1 pytest tests/test_docs.py`).
"""


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name in sorted(group.commands):
        cmd = group.commands[name]
        if isinstance(cmd, click.Group):
            paths.extend(command_paths(cmd, (*prefix, name)))
        else:
            paths.append((*prefix, name))
    return paths


def render() -> str:
    runner = CliRunner()
    parts = [HEADER]
    for path in command_paths(main):
        res = runner.invoke(main, [*path, "--help"], prog_name="newsdesk", terminal_width=100)
        assert res.exit_code == 0, res.output
        title = " ".join(("newsdesk", *path))
        parts.append(f"\n## `{title}`\n\n```text\n{res.output.rstrip()}\n```\n")
    return "".join(parts)


def test_every_command_has_help() -> None:
    paths = command_paths(main)
    assert {("edition",), ("stories",), ("collect",), ("sources", "list"), ("eval",)} <= set(paths)


def test_cli_reference_matches_help() -> None:
    text = render()
    if os.environ.get("NEWSDESK_REGEN_DOCS") == "1":
        DOC.write_text(text, encoding="utf-8")
    stale = "docs/cli.md is stale: regenerate with NEWSDESK_REGEN_DOCS=1 pytest tests/test_docs.py"
    assert DOC.read_text(encoding="utf-8") == text, stale
