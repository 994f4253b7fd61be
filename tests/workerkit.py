"""Real `newsdesk worker` and `newsdesk serve --distributed` processes for the distributed tests and benchmark.

    config = write_config(tmp, store_url, sources_toml)   # PostgreSQL store and queue, short heartbeats
    w = Worker(config, "w1").start()                      # python -m newsdesk worker, output to a file
    sched = scheduler(config, at="2026.04.22.12")         # serve --distributed --once (Popen)
    w.stop(); w.kill()                                    # SIGTERM and wait / SIGKILL
    collected_by(w)                                       # source ids its log says it collected

Everything runs on this machine: the store and queue in the test's PostgreSQL database, sources on
loopback. The timings are short (heartbeat 1 s, a worker silent for 3 s is dead, stalled jobs looked
for every second) so a killed worker's job comes back within seconds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

PY = sys.executable

FAST = """
[distributed]
poll_s = 0.3
heartbeat_s = 1
stalled_after_s = 3
stalled_check_cron = "* * * * * *"
collect_timeout_s = 120
once_timeout_s = 240
"""


def write_config(folder: Path, store_url: str, sources: str, *, extra: str = "", distributed: str = FAST,
                 per_host: int = 8) -> Path:
    """A configuration with the store (and so the queue) on `store_url` and only `sources`."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "newsdesk.toml"
    config.write_text(f"""
[store]
url = "{store_url}"

[edition]
out_dir = "{folder / 'content'}"

[collect]
use_default_sources = false

[fetch]
retries = 0
timeout_s = 30
per_host = {per_host}

[publish]
site_dir = "{folder / 'public'}"
{distributed}
{extra}
{sources}
""", encoding="utf-8")
    return config


def rss_sources(urls: Mapping[str, str]) -> str:
    """[[sources]] tables: id -> feed URL."""
    return "".join(f'\n[[sources]]\nid = "{sid}"\nkind = "rss"\nlocator = "{url}"\n' for sid, url in urls.items())


class Worker:
    """One `newsdesk worker` process, its log in a file of its own."""

    def __init__(self, config: Path, name: str, *, concurrency: int = 2, queues: str | None = None,
                 env: Mapping[str, str] | None = None) -> None:
        self.config, self.name, self.concurrency, self.queues = config, name, concurrency, queues
        self.env = {**os.environ, **(env or {})}
        self.log = config.parent / f"{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._out: IO[bytes] | None = None

    def start(self) -> Worker:
        args = [PY, "-m", "newsdesk", "worker", "--config", str(self.config), "--name", self.name,
                "--concurrency", str(self.concurrency)]
        if self.queues:
            args += ["--queues", self.queues]
        self._out = self.log.open("wb")
        self.proc = subprocess.Popen(args, stdout=self._out, stderr=subprocess.STDOUT, env=self.env,
                                     cwd=self.config.parent)
        return self

    def stop(self, timeout: float = 60) -> int:
        """SIGTERM (running jobs finish), then wait; SIGKILL if it does not stop in time."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._close()
        return int(self.proc.returncode)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self._close()

    def _close(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


def events(text: str, name: str) -> list[dict[str, Any]]:
    """The structured log lines `name` (newsdesk.logs key=value lines) as dicts."""
    out = []
    for line in text.splitlines():
        if f"event={name} " not in f"{line} ":
            continue
        fields: dict[str, Any] = {}
        for part in line.split():
            if "=" in part:
                k, _, v = part.partition("=")
                fields[k] = v.strip('"')
        out.append(fields)
    return out


def collected_by(worker: Worker) -> list[str]:
    """Source ids whose collect job this worker finished, from its log."""
    return [e.get("source", "") for e in events(worker.output(), "worker.collected")]


def scheduler(config: Path, *, at: str | None = None, env: Mapping[str, str] | None = None,
              json_out: bool = True) -> subprocess.Popen[str]:
    """`newsdesk serve --distributed --once [--at TIME] --json` in its own process."""
    args = [PY, "-m", "newsdesk", "serve", "--distributed", "--once", "--config", str(config)]
    if at:
        args += ["--at", at]
    if json_out:
        args.append("--json")
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=config.parent)


def finish(proc: subprocess.Popen[str], timeout: float = 240) -> tuple[int, dict[str, Any], str]:
    """Wait for a scheduler; (exit code, its JSON report, its stderr)."""
    out, err = proc.communicate(timeout=timeout)
    report = json.loads(out) if out.strip().startswith("{") else {}
    return int(proc.returncode), report, err


def wait_for(check: Callable[[], bool], timeout: float, what: str, step: float = 0.1) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def live_workers(store_url: str) -> int:
    """Workers with a heartbeat in the queue database: started and polling."""
    import psycopg

    with psycopg.connect(store_url) as conn:
        row = conn.execute("SELECT count(*) FROM procrastinate_workers").fetchone()
    return int(row[0]) if row else 0


def wait_for_workers(store_url: str, n: int, timeout: float = 60) -> None:
    """Until `n` workers have registered their heartbeat (the queue's tables exist once one has started)."""

    def ready() -> bool:
        try:
            return live_workers(store_url) >= n
        except Exception:  # the tables are not there yet
            return False

    wait_for(ready, timeout, f"{n} workers to start")


def job_rows(store_url: str, task: str) -> list[dict[str, Any]]:
    """The queue's jobs of `task`: status, attempts and arguments, oldest first."""
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect(store_url, row_factory=dict_row) as conn:
        return conn.execute("SELECT id, status::text AS status, attempts, args FROM procrastinate_jobs "
                            "WHERE task_name = %s ORDER BY id", (task,)).fetchall()
