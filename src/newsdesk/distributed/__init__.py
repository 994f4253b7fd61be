"""Many machines, one newsroom: the pipeline's steps as jobs on a procrastinate queue in PostgreSQL.

    serve --distributed ──defer──▶ collect_source(source, slot) × sources ──▶ workers (any machine)
        (scheduler)       when the slot's collection is done or its deadline passed:
                     ──defer──▶ build_edition(slot)  (stories, write, render; no pushes)
                          when the edition is stored with its files:
                     ──defer──▶ push_edition(edition, channel) × channels

The queue is procrastinate (jobs in the same database, `SKIP LOCKED`, retries, queueing
locks, worker heartbeats), not a queue written here. The jobs call the code `collect`,
`edition` and `serve` run on one machine (`collect_sources`, `run_edition`, `publish_edition`),
so there is one pipeline. What makes it safe to run twice:

- the scheduler decides and defers in one transaction under a PostgreSQL advisory lock,
  and the jobs table is its record, so two schedulers defer one collect job per source and
  slot, one edition job and one push job per channel (each also carries a queueing lock);
- an edition job builds under the store's edition lock and only when no edition is stored
  for its slot; pushes go through the publication rows (`newsdesk.publish`): one send per
  edition and channel;
- a worker killed mid-job stops its heartbeat; a periodic job on the other workers
  (`retry_stalled`) puts its jobs back in the queue (procrastinate's stalled-job retry).
"""

from newsdesk.distributed.app import QUEUES, TASKS, make_app, queue_url

__all__ = ["QUEUES", "TASKS", "make_app", "queue_url"]
