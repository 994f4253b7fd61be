"""A full disk: a clear error naming the file, nothing already stored or published is lost.

The disk is filled for real, per process, with RLIMIT_FSIZE: a write past the limit fails
with EFBIG exactly where a full file system fails with ENOSPC (SIGXFSZ is ignored so the
write returns the error instead of killing the process). It needs no privileges, unlike
mounting a tiny tmpfs, so it runs on any CI machine.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from newsdesk.sample import SAMPLE_SLOT_KEY

LIMIT = 64 * 1024  # far below the sample store's size (posts, editions, migrations)


def _limited(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _run(*args: str, home: Path, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_HOME")}
    env["NEWSDESK_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True, env=env,
                          timeout=240, preexec_fn=_limited(limit) if limit else None)


def test_a_full_disk_under_the_store_is_named_and_the_next_run_completes(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    full = _run("edition", "--sample", "--publish", "--out", str(out), home=home, limit=LIMIT)

    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stderr
    error = next(line for line in full.stderr.splitlines() if line.startswith("newsdesk: error:"))
    assert str(home / "newsdesk.db") in error
    assert "SQLITE_IOERR" in error or "SQLITE_FULL" in error
    assert "free space" in error
    assert not list(out.glob("*.md")), "no edition may be published from a store that could not be written"

    # Space is back: the same command completes, and the store it left behind is intact.
    again = _run("edition", "--sample", "--publish", "--out", str(out), home=home)
    assert again.returncode == 0, again.stderr
    assert (out / f"{SAMPLE_SLOT_KEY}.md").read_text(encoding="utf-8").startswith("---\ntitle: ")
    with sqlite3.connect(home / "newsdesk.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM editions").fetchone()[0] == 1


def test_a_full_disk_under_the_outputs_keeps_the_published_file(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    first = _run("edition", "--sample", "--publish", "--out", str(out), home=home)
    assert first.returncode == 0, first.stderr
    published = out / f"{SAMPLE_SLOT_KEY}.md"
    before = published.read_text(encoding="utf-8")

    # Rewrite that file with more text than the disk takes, through the same atomic writer.
    script = (
        "import sys\n"
        "from newsdesk.errors import PublishError\n"
        "from newsdesk.publish.files import write_atomic\n"
        "try:\n"
        "    write_atomic(sys.argv[1], 'x' * 200_000)\n"
        "except PublishError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(1)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(published)], capture_output=True, text=True,
                            timeout=60, preexec_fn=_limited(LIMIT))

    assert result.returncode == 1, result.stdout + result.stderr
    assert str(published) in result.stdout and "cannot write" in result.stdout
    assert published.read_text(encoding="utf-8") == before, "the published edition must survive a failed rewrite"
    assert sorted(p.name for p in out.iterdir()) == [published.name], "no temporary file may be left behind"


def test_a_postgres_store_that_refuses_writes_is_named_and_the_next_run_completes(tmp_path: Path,
                                                                                  pg_url: str) -> None:
    """PostgreSQL's counterpart of a full disk: the database stops taking writes (read-only, as a full
    disk or a standby makes it). The run fails naming the store (its password never shown) and why,
    publishes nothing, and once writes are back the same command completes."""
    import psycopg

    home, out = tmp_path / "home", tmp_path / "out"
    env = {**os.environ, "NEWSDESK_HOME": str(home), "NEWSDESK_STORE_URL": pg_url}
    migrated = subprocess.run([sys.executable, "-m", "newsdesk", "store", "migrate"], capture_output=True,
                              text=True, env=env, timeout=120)
    assert migrated.returncode == 0, migrated.stderr
    dbname = urlsplit(pg_url).path.lstrip("/")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{dbname}" SET default_transaction_read_only = on')
    args = [sys.executable, "-m", "newsdesk", "edition", "--sample", "--publish", "--out", str(out)]
    refused = subprocess.run(args, capture_output=True, text=True, env=env, timeout=240)

    assert refused.returncode == 1, refused.stderr
    assert "Traceback" not in refused.stderr
    error = next(line for line in refused.stderr.splitlines() if line.startswith("newsdesk: error:"))
    assert "postgresql://newsdesk@/" in error and "read-only" in error and "point the store URL" in error
    assert not list(out.glob("*.md")), "no edition may be published from a store that could not be written"

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")  # this session only, to lift it for all
        conn.execute(f'ALTER DATABASE "{dbname}" SET default_transaction_read_only = off')
    again = subprocess.run(args, capture_output=True, text=True, env=env, timeout=240)
    assert again.returncode == 0, again.stderr
    assert (out / f"{SAMPLE_SLOT_KEY}.md").read_text(encoding="utf-8").startswith("---\ntitle: ")
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT COUNT(*) FROM editions").fetchone() == (1,)
        assert conn.execute("SELECT files FROM editions").fetchone() == ("written",)
