"""A throwaway PostgreSQL cluster for the tests: real server, temporary folder, Unix socket only.

`PgCluster.start()` runs `initdb` in a fresh temporary folder and `pg_ctl start` with the
server listening only on a socket in that folder (no TCP port to collide with anything
else on the machine), trust authentication, and durability off (fsync) since the cluster
is thrown away. `create_database()` gives each test a database of its own. initdb refuses
to run as root, so as root the binaries run as the `postgres` user (else `nobody`) through
`runuser`, in a folder chowned to that user.

The binaries are found on PATH (`initdb`, `pg_ctl`), else under /usr/lib/postgresql/*/bin.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


class PgUnavailable(RuntimeError):
    """PostgreSQL could not be started here; the message says why."""


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH first, else the newest Debian install."""
    for name in ("pg_ctl",):
        found = shutil.which(name)
        if found and shutil.which("initdb"):
            return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


class PgCluster:
    """One server for a test session; a fresh database per test."""

    def __init__(self) -> None:
        self.bindir: Path | None = None
        self.folder: Path | None = None
        self.user: str | None = None  #: the OS user the server runs as when we are root
        self._names = itertools.count(1)

    # -- running the binaries as a user initdb accepts ---------------------------------------

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.user is not None:
            runuser = shutil.which("runuser")
            cmd = [runuser, "-u", self.user, "--", *cmd] if runuser else ["su", self.user, "-s", "/bin/sh", "-c",
                                                                         " ".join(_quote(a) for a in cmd)]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)

    def start(self) -> None:
        self.bindir = find_bindir()
        if self.bindir is None:
            raise PgUnavailable("initdb/pg_ctl not found on PATH or under /usr/lib/postgresql/*/bin "
                                "(apt-get install postgresql)")
        # A short path: the socket's full name must fit in 107 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="ndpg-", dir="/tmp"))
        if os.geteuid() == 0:
            for candidate in ("postgres", "nobody"):
                try:
                    entry = pwd.getpwnam(candidate)
                except KeyError:
                    continue
                self.user = candidate
                os.chown(self.folder, entry.pw_uid, entry.pw_gid)
                break
            else:
                raise PgUnavailable("running as root and neither a 'postgres' nor a 'nobody' user exists for initdb")
        data, log = self.folder / "data", self.folder / "server.log"
        init = self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", "newsdesk", "--auth=trust",
                         "-E", "UTF8", "--locale=C.UTF-8", "-N")
        if init.returncode != 0:
            raise PgUnavailable(f"initdb failed (exit {init.returncode}): {init.stderr.strip()[-800:]}")
        options = (f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=300")
        started = self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
                            "-o", options, "start")
        if started.returncode != 0:
            tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
            raise PgUnavailable(f"pg_ctl start failed (exit {started.returncode}): "
                                f"{started.stderr.strip()[-400:]} {tail}".strip())

    def stop(self) -> None:
        if self.folder is None or self.bindir is None:
            return
        if (self.folder / "data" / "postmaster.pid").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- databases -------------------------------------------------------------------------

    def url(self, dbname: str = "postgres", *, password: str | None = None) -> str:
        auth = f"newsdesk:{password}" if password else "newsdesk"
        return f"postgresql://{auth}@/{dbname}?host={self.folder}"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)
