"""procrastinate's schema, kept in step with the installed procrastinate, on a real PostgreSQL.

procrastinate ships one SQL script per schema change and leaves the bookkeeping to its user: newsdesk
records which scripts a queue database has (`newsdesk_queue_migrations`), refuses to run a worker or a
scheduler on tables older than the installed library, and applies the missing scripts in `newsdesk store
migrate`, all in one transaction. An upgrade is staged here as the real one is: the installed version's
scripts plus one newer script in a folder of their own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from newsdesk.cli import main
from newsdesk.distributed.app import MIGRATIONS_TABLE, ensure_schema, migrate_queue, queue_migrations
from newsdesk.errors import StoreError

NEWER = "99.00.00_01_pre_add_newsdesk_probe.sql"


def staged_upgrade(tmp_path: Path, *scripts: tuple[str, str]) -> Path:
    """The installed procrastinate's migration scripts plus `scripts` (name, SQL): a newer release's folder."""
    folder = tmp_path / "migrations"
    shutil.copytree(_installed_folder(), folder)
    for name, sql in scripts:
        (folder / name).write_text(sql, encoding="utf-8")
    return folder


def _installed_folder() -> str:
    from procrastinate.schema import SchemaManager

    return SchemaManager.get_migrations_path()


def table_exists(url: str, name: str) -> bool:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()
    return row is not None and row[0] is not None


def recorded(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY name").fetchall()]


def test_a_new_queue_records_every_script_its_schema_already_holds(pg_url: str) -> None:
    assert ensure_schema(pg_url) is True
    assert recorded(pg_url) == queue_migrations() and len(queue_migrations()) > 30
    assert ensure_schema(pg_url) is False  # a second start changes nothing
    assert migrate_queue(pg_url) == []


def test_an_older_queue_is_refused_until_store_migrate_applies_the_new_scripts(pg_url: str, tmp_path: Path) -> None:
    ensure_schema(pg_url)
    folder = staged_upgrade(tmp_path, (NEWER, "CREATE TABLE newsdesk_probe (id int PRIMARY KEY);"))
    with pytest.raises(StoreError) as refused:
        ensure_schema(pg_url, folder)
    said = str(refused.value)
    assert NEWER in said and "newsdesk store migrate" in said and "1 migration(s) not applied" in said
    assert migrate_queue(pg_url, folder) == [NEWER]
    assert table_exists(pg_url, "newsdesk_probe") and NEWER in recorded(pg_url)
    assert migrate_queue(pg_url, folder) == []  # applied once
    assert ensure_schema(pg_url, folder) is False


def test_a_failing_script_keeps_none_of_the_run_and_names_itself(pg_url: str, tmp_path: Path) -> None:
    ensure_schema(pg_url)
    bad = "99.00.00_02_post_broken.sql"
    folder = staged_upgrade(tmp_path, (NEWER, "CREATE TABLE newsdesk_probe (id int PRIMARY KEY);"),
                            (bad, "ALTER TABLE no_such_table ADD COLUMN x int;"))
    with pytest.raises(StoreError) as failed:
        migrate_queue(pg_url, folder)
    assert bad in str(failed.value) and "none of this run's migrations was kept" in str(failed.value)
    assert not table_exists(pg_url, "newsdesk_probe")  # the first script went back with the second
    assert NEWER not in recorded(pg_url) and bad not in recorded(pg_url)


def test_a_database_without_a_queue_is_left_alone(pg_url: str) -> None:
    assert migrate_queue(pg_url) is None
    assert not table_exists(pg_url, "procrastinate_jobs")


def test_store_migrate_brings_the_queue_forward_too(pg_url: str, tmp_path: Path) -> None:
    config = tmp_path / "newsdesk.toml"
    config.write_text("[collect]\nuse_default_sources = false\n", encoding="utf-8")
    env = {"NEWSDESK_STORE_URL": pg_url}
    runner = CliRunner()
    first = runner.invoke(main, ["store", "migrate", "--config", str(config)], env=env)
    assert first.exit_code == 0, first.output
    assert "queue" not in first.output  # no worker has run: there is no queue to migrate
    ensure_schema(pg_url)
    again = runner.invoke(main, ["store", "migrate", "--config", str(config)], env=env)
    assert again.exit_code == 0, again.output
    assert "procrastinate's migrations already up to date" in again.output
