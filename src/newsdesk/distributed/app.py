"""The procrastinate app: its connection to the queue database, and the jobs a worker runs.

Each job is a thin call into the code one machine runs (`collect_sources`, `run_edition`,
`finish_edition`, `publish_edition`): the jobs add where the work happens, not how. A worker
process keeps one HTTP client and one store handle per job thread, so 2,000 collect jobs do
not open 2,000 connections.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.config import Settings
from newsdesk.errors import ConfigError, EditionError, StoreError
from newsdesk.logs import log_event
from newsdesk.store import Store, is_postgres_url, redact_url

log = logging.getLogger(__name__)

#: task name -> what it does; the names are the contract between schedulers and workers of any version
TASKS = {
    "collect": "newsdesk.collect_source",
    "edition": "newsdesk.build_edition",
    "push": "newsdesk.push_edition",
    "retry_stalled": "newsdesk.retry_stalled",
}
#: the queues jobs go to; `newsdesk worker --queues` picks some (an edition worker needs the site folder)
QUEUES = {"collect": "collect", "edition": "edition", "push": "push", "retry_stalled": "maintenance"}
#: lock shared by edition jobs: procrastinate runs jobs with one lock one at a time, in the order deferred,
#: so caught-up slots are built oldest first and each sees the editions before it (novelty)
EDITION_LOCK = "newsdesk-editions"


def push_lock(channel: str) -> str:
    """One channel's push jobs run one at a time, in the order deferred: editions arrive oldest first."""
    return f"newsdesk-push:{channel}"


def queue_url(settings: Settings) -> str:
    """The queue's PostgreSQL URL: `[distributed] queue_url`, else the store's.

    The store must be on PostgreSQL too: a worker on another machine would otherwise write
    its posts to an SQLite file of its own, and the edition would never see them.
    """
    if not is_postgres_url(settings.store.url):
        raise ConfigError("store.url: not set; distributed work (`newsdesk worker`, `serve --distributed`) needs "
                          "the store on PostgreSQL, shared by every machine: set [store] url = \"postgresql://...\" "
                          "(NEWSDESK_STORE_URL; README, \"Store: SQLite or PostgreSQL\")")
    url = settings.distributed.queue_url or settings.store.url
    if not is_postgres_url(url):
        raise ConfigError(f"distributed.queue_url: {redact_url(url)} is not a postgresql:// URL "
                          "(leave it empty to keep the queue in the store's database)")
    return url


#: which of procrastinate's migration scripts the queue database has: procrastinate ships them (one SQL file
#: per change, `xx.yy.zz_ab_{pre|post}_what.sql`) and leaves the bookkeeping to its user
MIGRATIONS_TABLE = "newsdesk_queue_migrations"
_SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtext('newsdesk.queue-schema'))"


def _migrations_folder(folder: str | Path | None) -> Path:
    """`folder`, or the installed procrastinate's own folder of migration scripts."""
    if folder is None:
        from procrastinate.schema import SchemaManager

        folder = SchemaManager.get_migrations_path()
    return Path(folder)


def queue_migrations(folder: str | Path | None = None) -> list[str]:
    """The installed procrastinate's migration scripts, in the order they apply (their names sort so:
    version, then serial number; a version's `pre` scripts are numbered before its `post` ones)."""
    return sorted(path.name for path in _migrations_folder(folder).glob("*.sql"))


def _has_table(conn: Any, name: str) -> bool:
    row = conn.execute("SELECT to_regclass(%s)", (name,)).fetchone()
    return row is not None and row[0] is not None


def _tracked(conn: Any, shipped: list[str]) -> bool:
    """Make sure the record of applied scripts exists; True when it had to be made for an existing queue's
    tables, which are then taken as the installed version's (made by the newsdesk of their day; docs/deploy.md
    says to migrate before upgrading procrastinate)."""
    if _has_table(conn, MIGRATIONS_TABLE):
        return False
    conn.execute(f"CREATE TABLE {MIGRATIONS_TABLE} (name text PRIMARY KEY, "
                 "applied_at timestamptz NOT NULL DEFAULT now())")
    _record(conn, shipped)
    return True


def _pending(conn: Any, shipped: list[str]) -> list[str]:
    done = {row[0] for row in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE}").fetchall()}
    return [name for name in shipped if name not in done]


def _record(conn: Any, names: list[str]) -> None:
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO {MIGRATIONS_TABLE} (name) VALUES (%s) ON CONFLICT DO NOTHING",
                        [(name,) for name in names])


def ensure_schema(url: str, migrations: str | Path | None = None) -> bool:
    """Create procrastinate's tables in the queue database if they are missing; True when it did.

    A new schema is the installed version's whole schema, so every migration script it ships is recorded
    as applied. A schema older than the installed procrastinate (scripts not recorded) is refused, naming
    them: a worker or scheduler must not run on tables its library no longer matches; `newsdesk store
    migrate` applies them. Under an advisory lock, so a scheduler and workers starting together create
    the schema once. (`migrations`: the folder of scripts, procrastinate's own by default.)
    """
    import psycopg
    from procrastinate.schema import SchemaManager

    shipped = queue_migrations(migrations)
    created = False
    try:
        with psycopg.connect(url) as conn:
            conn.execute(_SCHEMA_LOCK)
            if not _has_table(conn, "procrastinate_jobs"):
                conn.execute(SchemaManager.get_schema())  # type: ignore[arg-type]
                created = True
            assumed = _tracked(conn, shipped) and not created
            pending = _pending(conn, shipped)
    except psycopg.Error as exc:
        raise StoreError(f"queue database {redact_url(url)}: {exc}") from exc
    if created:
        log_event(log, "queue.schema_created", url=redact_url(url), migrations=len(shipped))
    elif assumed:
        log_event(log, "queue.migrations_assumed", level=logging.WARNING, url=redact_url(url),
                  migrations=len(shipped))
    if pending:
        span = pending[0] if len(pending) == 1 else f"{pending[0]} ... {pending[-1]}"
        raise StoreError(
            f"queue database {redact_url(url)}: procrastinate's tables predate the installed version: "
            f"{len(pending)} migration(s) not applied ({span}); "
            "stop every worker and scheduler, then run `newsdesk store migrate`")
    return created


def migrate_queue(url: str, migrations: str | Path | None = None) -> list[str] | None:
    """Apply the installed procrastinate's migration scripts the queue database has not had, in order, in
    one transaction (all or none), and record them; returns their names, or None when the database holds
    no queue (a worker or `serve --distributed` makes it whole on start). Run with every worker and
    scheduler stopped (procrastinate's "easier way": `pre` and `post` scripts together)."""
    import psycopg

    folder = _migrations_folder(migrations)
    shipped = queue_migrations(folder)
    applied: list[str] = []
    current = ""
    try:
        with psycopg.connect(url) as conn:
            conn.execute(_SCHEMA_LOCK)
            if not _has_table(conn, "procrastinate_jobs"):
                return None
            assumed = _tracked(conn, shipped)
            for name in _pending(conn, shipped):
                current = name
                conn.execute((folder / name).read_text(encoding="utf-8"))  # type: ignore[arg-type]
                applied.append(name)
            _record(conn, applied)
    except psycopg.Error as exc:
        where = f"migration {current}: " if current else ""
        raise StoreError(f"queue database {redact_url(url)}: {where}{exc} "
                         "(none of this run's migrations was kept)") from exc
    if assumed:
        log_event(log, "queue.migrations_assumed", level=logging.WARNING, url=redact_url(url),
                  migrations=len(shipped))
    if applied:
        log_event(log, "queue.migrated", url=redact_url(url), applied=applied)
    return applied


def moment(at: str | None) -> datetime:
    """A job's clock: the time the scheduler ticked for (`serve --once --at`), or now."""
    return datetime.fromisoformat(at) if at else datetime.now(UTC)


def open_settings_store(settings: Settings) -> Store:
    """The store the settings name, as every command opens it."""
    from newsdesk.store import open_store

    return open_store(settings)


class WorkerContext:
    """What a worker's jobs share: the settings, one HTTP client, one store handle per job thread."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._local = threading.local()
        self._guard = threading.Lock()
        self._stores: list[Store] = []
        self._client: Any = None
        self._sources: tuple[str, Mapping[str, Any]] | None = None

    def store(self) -> Store:
        """PostgreSQL: one store (its pool serves the job threads); SQLite: one connection per thread."""
        from newsdesk.store import store_target

        if is_postgres_url(store_target(self.settings)):
            with self._guard:
                if not self._stores:
                    self._stores.append(open_settings_store(self.settings))
                return self._stores[0]
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_settings_store(self.settings)
            self._local.store = store
            with self._guard:
                self._stores.append(store)
        return store

    def client(self) -> Any:
        with self._guard:
            if self._client is None:
                from newsdesk.fetch import make_client

                self._client = make_client(self.settings.fetch)
            return self._client

    def close(self) -> None:
        with self._guard:
            stores, self._stores = self._stores, []
            client, self._client = self._client, None
        for store in stores:
            store.close()
        if client is not None:
            client.close()

    def sources(self, store: Store) -> Mapping[str, Any]:
        """id -> Source, as `effective_sources` layers them; rebuilt only when the stored list changed
        (`sources add` on some machine), since 2,000 collect jobs would otherwise each rebuild it."""
        from newsdesk.sourcelist import effective_sources

        stored = store.stored_sources()
        fingerprint = json.dumps(stored, sort_keys=True, default=str)
        with self._guard:
            cached = self._sources
            if cached is not None and cached[0] == fingerprint:
                return cached[1]
        sources = {e.source.id: e.source for e in effective_sources(self.settings, stored)}
        with self._guard:
            self._sources = (fingerprint, sources)
        return sources

    # -- the jobs ---------------------------------------------------------------------------

    def collect(self, source_id: str, slot: str, at: str | None = None,
                pool: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """One source, fetched and stored as `newsdesk collect` does it (posts, cursor and health at once)."""
        from newsdesk.collect import collect_sources

        settings, store = self.settings, self.store()
        source = self.sources(store).get(source_id)
        if source is None:
            raise ConfigError(f"source {source_id}: not in this worker's source list (slot {slot}); "
                              "give every worker the scheduler's configuration")
        reports = collect_sources([source], store, self.client(), now=moment(at), concurrency=1,
                                  park_after=settings.collect.park_after_failures, period=settings.edition.period,
                                  pool_shares={source_id: pool} if pool else {})
        report = reports[0]
        level = logging.WARNING if report.status == "error" else logging.INFO
        log_event(log, "worker.collected", level, source=source_id, slot=slot, status=report.status,
                  fetched=report.fetched, inserted=report.inserted, error=report.error)
        return report.as_dict()

    def build(self, slot: str, at: str | None = None) -> dict[str, Any]:
        """The slot's edition from the posts the collect jobs stored: built once, files written, no pushes.

        A slot already stored is not built again; if its files were never written (a worker
        died between storing and writing) they are written from the store.
        """
        from newsdesk.edition import edition_files_missing, finish_edition, run_edition
        from newsdesk.slots import slot_for_key, zone

        settings, store = self.settings, self.store()
        out_dir, site_dir = Path(settings.edition.out_dir), Path(settings.publish.site_dir)
        period = settings.edition.period
        target = slot_for_key(slot, zone(settings.edition.timezone), period)
        try:
            with store.lock(f"due-{slot}"):
                if slot in store.edition_keys():
                    if edition_files_missing(store, slot, out_dir):
                        finish_edition(settings, store, slot, out_dir=out_dir, site_dir=site_dir)
                        log_event(log, "edition.finished", key=slot)
                        return {"key": slot, "status": "finished"}
                    return {"key": slot, "status": "already-built"}
                run = run_edition(settings, store, slot=target, now=moment(at), out_dir=out_dir, site_dir=site_dir,
                                  publish=False, collect=False)
        except EditionError as exc:
            log_event(log, "serve.empty", logging.WARNING, key=slot, reason=str(exc))
            return {"key": slot, "status": "empty", "reason": str(exc)}
        except StoreError as exc:
            if "is being built by" not in str(exc):
                raise
            log_event(log, "serve.busy", key=slot, reason=str(exc))
            return {"key": slot, "status": "busy"}
        log_event(log, "edition.built", key=slot, items=len(run.summary.get("items", [])) or None,
                  path=str(run.path))
        return {"key": slot, "status": "built", "path": str(run.path)}

    def push(self, edition_key: str, channel: str, at: str | None = None) -> dict[str, Any]:
        """One channel of one stored edition; the publication rows make a second job a no-op.

        Holds a lock for this edition and channel, not the whole edition's: push jobs for the
        edition's other channels run at the same time, and the publication claim (one conditional
        statement per message) keeps any other sender of this channel (`newsdesk publish`) from
        sending it twice.
        """
        from newsdesk.publish import load_edition, publish_edition

        settings, store = self.settings, self.store()
        if edition_key in store.files_pending():
            return {"key": edition_key, "channel": channel, "status": "files-pending"}
        with store.lock(f"push-{edition_key}-{channel}"):
            edition = load_edition(settings, store, edition_key)
            if edition is None:
                raise EditionError(f"no stored edition {edition_key}")
            reports = publish_edition(settings, store, edition, moment(at), only=[channel])
        for r in reports:
            level = logging.WARNING if r.status not in ("sent", "already-sent") else logging.INFO
            log_event(log, "worker.pushed", level, key=edition_key, channel=r.channel, status=r.status,
                      error=r.error)
        return {"key": edition_key, "channel": channel, "reports": [r.as_dict() for r in reports]}


def make_app(settings: Settings, *, context: WorkerContext | None = None) -> Any:
    """A procrastinate App on the queue database with newsdesk's jobs registered.

    Store failures (the database away for a moment) are retried with a backoff; anything else
    fails the job at once, where `procrastinate` shows it. `context` is the worker's shared state.
    """
    from procrastinate import App, PsycopgConnector, RetryStrategy

    ctx = context or WorkerContext(settings)
    url = queue_url(settings)
    dist = settings.distributed
    connector = PsycopgConnector(conninfo=url, min_size=1, max_size=dist.concurrency + 4)
    app = App(connector=connector, worker_defaults={
        "concurrency": dist.concurrency,
        "update_heartbeat_interval": dist.heartbeat_s,
        "stalled_worker_timeout": dist.stalled_after_s,
        "fetch_job_polling_interval": min(5.0, dist.poll_s),
    })
    transient = RetryStrategy(max_attempts=4, exponential_wait=2, retry_exceptions={StoreError})

    @app.task(name=TASKS["collect"], queue=QUEUES["collect"], retry=transient)
    def collect_source(source_id: str, slot: str, at: str | None = None,
                       pool: dict[str, Any] | None = None) -> dict[str, Any]:
        return ctx.collect(source_id, slot, at, pool)

    @app.task(name=TASKS["edition"], queue=QUEUES["edition"], retry=transient)
    def build_edition(slot: str, round: str = "", at: str | None = None) -> dict[str, Any]:
        return ctx.build(slot, at)

    @app.task(name=TASKS["push"], queue=QUEUES["push"], retry=transient)
    def push_edition(edition_key: str, channel: str, round: str = "", at: str | None = None) -> dict[str, Any]:
        return ctx.push(edition_key, channel, at)

    @app.periodic(cron=dist.stalled_check_cron)
    @app.task(name=TASKS["retry_stalled"], queue=QUEUES["retry_stalled"], queueing_lock=TASKS["retry_stalled"])
    async def retry_stalled(timestamp: int) -> int:
        # procrastinate's documented recovery: jobs still "doing" on a worker whose heartbeat stopped
        # (SIGKILL, a lost machine) go back to the queue for the others.
        stalled = await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=dist.stalled_after_s)
        for job in stalled:
            await app.job_manager.retry_job(job)
            log_event(log, "worker.stalled_retried", logging.WARNING, job=job.id, task=job.task_name,
                      args=job.task_kwargs)
        return len(list(stalled))

    return app
