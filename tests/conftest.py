"""Shared test fixtures: where the third-party material lives, and a clean environment.

`../shared/` (corpus, fixtures, eval labels) is third-party material that stays
outside the repository. It is found through `NEWSDESK_SHARED` or as the sibling
of the repository folder; tests that need it skip with a clear reason when it is
absent, and `.ci/run` refuses to run without it so CI never skips them silently.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent

# Property tests explore new inputs on every developer run, but CI must judge the same code the same way
# each time: there hypothesis replays a fixed sequence (a failure found locally becomes an @example).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
#: a proxy address nothing listens on (port 9, discard): non-loopback requests fail fast
DEAD_PROXY = "http://127.0.0.1:9"


def locate_shared() -> Path | None:
    explicit = os.environ.get("NEWSDESK_SHARED")
    candidates = [Path(explicit)] if explicit else [REPO.parent / "shared"]
    for path in candidates:
        if (path / "corpus").is_dir():
            return path
    return None


SHARED = locate_shared()
#: variables about the test run itself, not newsdesk settings: kept
KEEP_ENV = ("NEWSDESK_SHARED", "NEWSDESK_REQUIRE_SHARED", "NEWSDESK_REGEN_DOCS", "NEWSDESK_REQUIRE_POSTGRES")
#: set by .ci/run: a missing ../shared is then a failure, not a skip
REQUIRE_SHARED = os.environ.get("NEWSDESK_REQUIRE_SHARED") == "1"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder, or a skip naming what is missing."""
    if SHARED is None:
        if REQUIRE_SHARED:
            pytest.fail("../shared is required here (NEWSDESK_REQUIRE_SHARED=1) but was not found")
        pytest.skip("../shared (corpus, fixtures, eval) not found; set NEWSDESK_SHARED")
    return SHARED


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    return shared / "corpus"


@pytest.fixture(scope="session")
def fixtures_dir(shared: Path) -> Path:
    return shared / "fixtures"


@pytest.fixture(scope="session")
def eval_dir(shared: Path) -> Path:
    return shared / "eval"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test sees the developer's NEWSDESK_* settings, proxies or data dir."""
    for name in list(os.environ):
        if name.startswith("NEWSDESK_") and name not in KEEP_ENV:
            monkeypatch.delenv(name)
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NEWSDESK_HOME", str(tmp_path / "home"))
    # `newsdesk edition` writes the site and feeds too (default ./public): never into the checkout.
    monkeypatch.setenv("NEWSDESK_PUBLISH_SITE_DIR", str(tmp_path / "public"))
    # Tests never reach the internet: the shipped default sources are off, and any request that
    # is not to loopback goes to a proxy that does not exist, so it fails at once instead.
    monkeypatch.setenv("NEWSDESK_COLLECT_USE_DEFAULT_SOURCES", "false")
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, DEAD_PROXY)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost,::1")
    yield


#: set by .ci/run: PostgreSQL that cannot start is then a failure, not a skip
REQUIRE_POSTGRES = os.environ.get("NEWSDESK_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL server for the session (tests/pgkit.py), or a skip (a failure in CI) saying why."""
    from pgkit import PgCluster, PgUnavailable

    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as exc:
        why = f"psycopg is not installed ({exc}); pip install -e '.[test]'"
        if REQUIRE_POSTGRES:
            pytest.fail(f"PostgreSQL is required here (NEWSDESK_REQUIRE_POSTGRES=1): {why}")
        pytest.skip(why)
    cluster = PgCluster()
    try:
        cluster.start()
    except (PgUnavailable, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        if REQUIRE_POSTGRES:
            pytest.fail(f"PostgreSQL is required here (NEWSDESK_REQUIRE_POSTGRES=1) but could not start: {exc}")
        pytest.skip(f"PostgreSQL could not start: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: object) -> str:
    """The URL of a new, empty database of its own on the session's PostgreSQL server."""
    return pg_cluster.create_database()  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives, once per backend: an SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store" / "newsdesk.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def _http_server_session() -> Iterator[object]:
    from httpserver import LocalHTTPServer

    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def http_server(_http_server_session: object) -> Iterator[object]:
    """A real HTTP server on 127.0.0.1 (tests/httpserver.py), with no routes at the start of each test."""
    _http_server_session.reset()  # type: ignore[attr-defined]
    yield _http_server_session
    _http_server_session.reset()  # type: ignore[attr-defined]


@pytest.fixture
def fake_llm() -> Iterator[object]:
    """A real OpenAI-compatible server on 127.0.0.1 (tests/fake_llm.py) that pops queued replies."""
    from fake_llm import FakeLLM

    with FakeLLM() as server:
        yield server


@pytest.fixture
def fake() -> object:
    """A fixed clock for fetch tests (tests/apikit.py): sleeps are recorded, never slept."""
    from apikit import FakeTime

    return FakeTime()


@pytest.fixture
def http(fake: object) -> Iterator[object]:
    """A real HttpClient with test timings on the `fake` clock (2 s timeout, 2 retries)."""
    from apikit import client

    with client(fake) as c:  # type: ignore[arg-type]
        yield c
