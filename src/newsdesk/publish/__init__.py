"""Publishers: the side-effecting end of the pipeline (files, chat and email pushes).

    Edition ──for each [[publish.channels]]──▶ publication row? ──format──▶ send ──▶ record

Publishing is idempotent per (edition, channel): the `publications` table says what
was sent, so re-running an edition, `newsdesk serve` catching up after a crash, or
`newsdesk publish --slot KEY` sends each channel's messages once. A channel's
row goes "sending" before each message leaves and "sent", "failed" or "unknown" after; the
move to "sending" is a claim conditional on the row's version (`Store.mark_publication_sending`),
so two processes (or machines) that both found a channel pending never both send it:

    no row / "failed"  -> send (a multi-message channel resumes after the last sent);
                          "failed" means not delivered (refused, unreachable, 4xx)
    "sent"             -> skipped ("already-sent"), unless --force
    "unknown"          -> the request went out and no success came back (timeout, 5xx);
                          it may have arrived, so it is reported and not sent again
                          (at most once), unless `resend_unknown` (at least once) or --force
    "sending"          -> a run died mid-send: the same, reported as "interrupted"

Every message carries a stable delivery id (`push.delivery_id`: the X-Newsdesk-Delivery
header, the email Message-ID), so a receiver can drop a repeat that at-least-once sends.
A failing channel is a value in the report, never an exception: the others go on.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.config import ChannelSettings, Settings
from newsdesk.errors import DeliveryUnknown, PublishError
from newsdesk.logs import log_event, progress
from newsdesk.model import Edition
from newsdesk.slots import slot_for_key, zone
from newsdesk.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ChannelReport:
    """What happened to one channel for one edition in this run."""

    channel: str
    kind: str
    status: str  #: "sent", "already-sent", "failed", "unknown", "interrupted" or "disabled"
    messages: int = 0  #: messages the edition takes on this channel
    sent_now: int = 0  #: messages delivered by this run
    attempts: int = 0  #: runs that tried this channel so far
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"channel": self.channel, "kind": self.kind, "status": self.status, "messages": self.messages,
                "sent_now": self.sent_now, "attempts": self.attempts, "error": self.error}


def publishers() -> dict[str, Any]:
    """The registry: channel kind -> publisher (imported on first use; httpx and smtplib are heavy)."""
    from newsdesk.publish.email import EmailPublisher
    from newsdesk.publish.push import (
        DingTalkPublisher,
        DiscordPublisher,
        FeishuPublisher,
        SlackPublisher,
        TelegramPublisher,
        WebhookPublisher,
        WeComPublisher,
    )

    kinds = (TelegramPublisher, FeishuPublisher, DingTalkPublisher, WeComPublisher, SlackPublisher,
             DiscordPublisher, WebhookPublisher, EmailPublisher)
    return {k.kind: k() for k in kinds}


def publish_edition(settings: Settings, store: Store, edition: Edition, now: datetime, *,
                    force: bool = False, only: Collection[str] | None = None,
                    sleep: Callable[[float], None] = time.sleep, client: Any = None) -> list[ChannelReport]:
    """Push `edition` to every enabled channel not yet sent (all of them with `force`).

    The caller holds the edition's lock (`Store.lock(f"edition-{key}")`), so two
    processes never push the same edition at once. Returns one report per channel.
    """
    import httpx

    from newsdesk.publish.push import PushContext, redact, secret_values

    channels = [c for c in settings.publish.channels if only is None or c.id in only]
    if not channels:
        return []
    key = edition.slot.key
    link = settings.publish.link_for(key)
    edition = pushable(edition, page_url(settings, key))
    registry = publishers()
    own_client = client is None
    if own_client:
        client = httpx.Client(timeout=settings.publish.timeout_s, follow_redirects=False,
                              headers={"User-Agent": settings.fetch.user_agent})
    reports: list[ChannelReport] = []
    try:
        with progress(len(channels), f"publishing {key}") as advance:
            for channel in channels:
                ctx = PushContext(client=client, settings=settings.publish, now=now, sleep=sleep,
                                  secrets=secret_values(channel),
                                  resend_unknown=settings.publish.resends_unknown(channel))
                report = _publish_channel(store, edition, channel, registry[channel.kind], ctx, link=link,
                                          force=force, redact_text=lambda t, c=ctx: redact(t, c.secrets))
                reports.append(report)
                advance(note=f"{channel.id}: {report.status}")
    finally:
        if own_client:
            client.close()
    return reports


#: Statuses that mean "this channel needs a look": the CLI exits 1 on them.
TROUBLE = ("failed", "unknown", "interrupted")


def _publish_channel(store: Store, edition: Edition, channel: ChannelSettings, publisher: Any, ctx: Any, *,
                     link: str, force: bool, redact_text: Callable[[str], str]) -> ChannelReport:
    from newsdesk.publish.push import delivery_id

    key, name, now = edition.slot.key, channel.id, ctx.now
    previous = store.publication(key, name)
    attempts = int(previous["attempts"]) if previous else 0

    def report(status: str, **kw: Any) -> ChannelReport:
        out = ChannelReport(channel=name, kind=channel.kind, status=status, attempts=kw.pop("attempts", attempts),
                            **kw)
        level = logging.WARNING if status in TROUBLE else logging.INFO
        log_event(log, f"publish.{status}", level, key=key, channel=name, kind=channel.kind,
                  messages=out.messages or None, sent_now=out.sent_now or None, error=out.error)
        return out

    if not channel.enabled:
        return report("disabled")
    status = previous["status"] if previous else None
    if status == "sent" and not force:
        return report("already-sent", messages=int(previous["detail"].get("messages", 0)))  # type: ignore[index]
    if status in ("sending", "unknown") and not force and not ctx.resend_unknown:
        detail = previous["detail"]  # type: ignore[index]
        n = int(detail.get("sent", 0)) + 1
        why = ("a run stopped while sending message" if status == "sending"
               else "no success answer came back for message")
        return report("interrupted" if status == "sending" else "unknown", messages=int(detail.get("messages", 0)),
                      error=(f"{why} {n}; it may have arrived, so it is not sent again (resend_unknown = true "
                             f"resends it): `newsdesk publish --slot {key} --channel {name} --force` sends the "
                             "edition again"))
    try:
        publisher.check(channel)
        messages = publisher.messages(channel, edition, link)
    except PublishError as exc:
        error = redact_text(str(exc))
        store.record_publication(key, name, ok=False, now=now, error=error, detail={"messages": 0, "sent": 0})
        return report("failed", error=error, attempts=attempts + 1)
    total = len(messages)
    # A channel stopped part-way resumes after the messages it did deliver: with "unknown" (only
    # when resend_unknown) or "sending", the message whose fate is unknown is sent again.
    resume = status in ("failed", "unknown", "sending") and not force
    start = min(int(previous["detail"].get("sent", 0)), total) if resume and previous else 0
    results: list[Any] = list(previous["detail"].get("results", []))[:start] if resume and previous else []
    version = int(previous.get("version") or 1) if previous else 0
    for i in range(start, total):
        detail: Mapping[str, Any] = {"messages": total, "sent": i, "results": results}
        # The claim is conditional on the row being as read above: of two processes (or machines)
        # that got past the checks together, exactly one moves it to "sending" and sends.
        claimed = store.mark_publication_sending(key, name, now=now, detail=detail, expect=version)
        if claimed is None:
            return report("claimed", messages=total, sent_now=i - start,
                          error=f"another process claimed {key} for this channel first; it sends it")
        version = claimed
        try:
            results.append(publisher.send(channel, messages[i], dataclasses.replace(
                ctx, delivery=delivery_id(key, name, i + 1))))
        except PublishError as exc:
            outcome = "unknown" if isinstance(exc, DeliveryUnknown) else "failed"
            error = redact_text(f"message {i + 1} of {total}: {exc}")
            store.record_publication(key, name, status=outcome, now=now, error=error, detail=detail)
            return report(outcome, messages=total, sent_now=i - start, error=error, attempts=attempts + 1)
    store.record_publication(key, name, ok=True, now=now,
                             detail={"messages": total, "sent": total, "results": results})
    return report("sent", messages=total, sent_now=total - start, attempts=attempts + 1)


def page_url(settings: Settings, key: str) -> str:
    """The edition's page (`publish.site.edition_page_url`), or "" when `site_url` is not a valid URL."""
    from newsdesk.errors import ConfigError
    from newsdesk.publish.site import edition_page_url

    try:
        return edition_page_url(settings, key)
    except ConfigError:
        return ""


def pushable(edition: Edition, fallback: str) -> Edition:
    """`edition` with item links only http(s) (else `fallback`, the edition's page) and no
    controls or bidi overrides in its texts: what every channel formats (each escapes for its markup)."""
    from newsdesk.render.hugo import clean
    from newsdesk.render.views import safe_url

    items = tuple(dataclasses.replace(it, headline=clean(it.headline), attribution=clean(it.attribution),
                                      summary=clean(it.summary), url=safe_url(it.url) or fallback)
                  for it in edition.items)
    return dataclasses.replace(edition, items=items)


def load_edition(settings: Settings, store: Store, key: str) -> Edition | None:
    """A stored edition as the record publishers take, or None when the slot was never built."""
    row = store.edition_record(key)
    if row is None:
        return None
    slot = slot_for_key(key, zone(settings.edition.timezone), settings.edition.period)
    items = tuple(row["items"])
    generated = datetime.fromisoformat(str(row["generated_at"]).replace("Z", "+00:00"))
    return Edition(slot=slot, title=row["title"], generated_at=generated, items=items,
                   categories=tuple(row["categories"]), stats=row["stats"])


def publish_stored(settings: Settings, store: Store, key: str, now: datetime, *, force: bool = False,
                   only: Collection[str] | None = None,
                   sleep: Callable[[float], None] = time.sleep) -> list[ChannelReport]:
    """Publish a stored edition under its lock (`newsdesk publish`, serve's retries)."""
    from newsdesk.errors import EditionError

    with store.lock(f"edition-{key}"):
        edition = load_edition(settings, store, key)
        if edition is None:
            raise EditionError(f"no stored edition {key}; build it first with `newsdesk edition --at {key}`")
        return publish_edition(settings, store, edition, now, force=force, only=only, sleep=sleep)


def pending_channels(settings: Settings, store: Store, key: str, *, backfill: bool = True) -> list[str]:
    """Enabled channels whose last attempt for `key` failed or never happened: not "sent", and not
    "sending" or "unknown" (it may have arrived) unless the channel resends those (`resend_unknown`).

    With `backfill=False` (an edition older than the newest), a channel never tried for
    `key` while other channels were is one added after `key` went out. It starts with the
    newest edition instead of a burst of old ones. An edition no channel was tried for (the
    process died between building and pushing) is still pending everywhere.
    """
    done = store.publications(key)
    settled = ("sent", "sending", "unknown")
    return [c.id for c in settings.publish.channels
            if c.enabled and done.get(c.id, {}).get("status") not in (
                ("sent",) if settings.publish.resends_unknown(c) else settled)
            and (backfill or c.id in done or not done)]


__all__ = ["TROUBLE", "ChannelReport", "load_edition", "pending_channels", "publish_edition", "publish_stored"]
