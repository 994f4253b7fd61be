"""Faults on the output side (issue 12), each class run for real: fake channels on loopback, real files,
real SQLite stores, the CLI in subprocesses.

- delivery: a channel that takes the message and answers late, or answers 5xx after taking it, gets it once
  (at most once) unless `resend_unknown` (at least once); every attempt carries the same delivery id;
- hostile text: HTML, `javascript:`/`vbscript:`/`data:` links, Hugo shortcodes, C0 controls and bidi
  overrides from posts never reach the Markdown raw;
- order of effects: an edition whose Markdown could not be written is finished by the next run;
- the demo: `--sample`/`--input` touch neither the real store nor any channel unless `--publish`.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.config import Settings, load_settings
from newsdesk.publish import pending_channels, publish_edition
from newsdesk.store import Store, open_store

from pushkit import PushServer, SMTPServer, make_edition

NOW = datetime(2025, 7, 21, 20, 1, tzinfo=UTC)
KEY = "2025.07.22.04"


@pytest.fixture
def hooks() -> Iterator[PushServer]:
    server = PushServer()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "db" / "newsdesk.db") as s:
        yield s


def push_settings(tmp_path: Path, channels: str, env: dict[str, str], *, publish: str = "",
                  retries: int = 2) -> Settings:
    path = tmp_path / "newsdesk.toml"
    path.write_text(f'[publish]\nsite_url = "https://news.example"\nretries = {retries}\nretry_backoff_s = 0\n'
                    f"timeout_s = 0.4\n{publish}\n{channels}", encoding="utf-8")
    return load_settings(path, environ=env)


WEBHOOK = '[[publish.channels]]\nname = "hook"\nkind = "webhook"\nurl_env = "HOOK"\n'


def run_twice(settings: Settings, store: Store) -> list[str]:
    """Two runs as `serve` makes them: the second only for channels still pending."""
    first = publish_edition(settings, store, make_edition(2), NOW, sleep=lambda s: None)
    statuses = [r.status for r in first]
    pending = pending_channels(settings, store, KEY)
    if pending:
        statuses += [r.status for r in publish_edition(settings, store, make_edition(2), NOW, only=pending,
                                                       sleep=lambda s: None)]
    return statuses


# -- delivery semantics --------------------------------------------------------------------------

def test_a_channel_answering_after_the_timeout_gets_one_delivery_across_two_runs(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.slow("/hook", 1.5)  # takes the message, answers after the 0.4 s timeout
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")})
    assert run_twice(settings, store) == ["unknown"]  # not pending after run 1: at most once
    assert len(hooks.to("/hook")) == 1
    row = store.publication(KEY, "hook")
    assert row is not None and row["status"] == "unknown" and "ReadTimeout" in row["last_error"]
    # Asked again by hand (`newsdesk publish` without --force), it is reported, not sent.
    [again] = publish_edition(settings, store, make_edition(2), NOW)
    assert again.status == "unknown" and "--force" in (again.error or "") and len(hooks.to("/hook")) == 1


def test_with_resend_unknown_a_late_answer_is_sent_again_with_the_same_delivery_id(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.slow("/hook", 1.5)
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")},
                             publish="resend_unknown = true", retries=0)
    first = publish_edition(settings, store, make_edition(2), NOW)
    assert [r.status for r in first] == ["unknown"]
    assert pending_channels(settings, store, KEY) == ["hook"]  # at least once: the next run resends
    hooks.slow("/hook", 0)
    second = publish_edition(settings, store, make_edition(2), NOW, only=["hook"])
    assert [r.status for r in second] == ["sent"]
    ids = [r.headers["x-newsdesk-delivery"] for r in hooks.to("/hook")]
    assert ids == [f"{KEY}/hook", f"{KEY}/hook"]  # the receiver can drop the repeat


@pytest.mark.parametrize("status", [502, 504])
def test_a_5xx_after_delivery_is_not_resent_by_default(
        tmp_path: Path, hooks: PushServer, store: Store, status: int) -> None:
    hooks.script("/hook", (status, "gateway timeout"), (200, "ok"))
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")})  # retries = 2
    assert run_twice(settings, store) == ["unknown"]
    assert len(hooks.to("/hook")) == 1  # neither retried in the run nor by the next one


def test_a_5xx_after_delivery_is_resent_with_resend_unknown(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.script("/hook", (502, "bad gateway"), (200, "ok"))
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")}, publish="resend_unknown = true")
    assert run_twice(settings, store) == ["sent"]  # retried within the run
    assert [r.headers["x-newsdesk-delivery"] for r in hooks.to("/hook")] == [f"{KEY}/hook"] * 2


def test_resend_unknown_on_one_channel_overrides_publish(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    channels = WEBHOOK + ('[[publish.channels]]\nname = "eager"\nkind = "webhook"\nurl_env = "EAGER"\n'
                          "resend_unknown = true\n")
    hooks.script("/hook", (503, "busy"), (200, "ok"))
    hooks.script("/eager", (503, "busy"), (200, "ok"))
    settings = push_settings(tmp_path, channels, {"HOOK": hooks.url("/hook"), "EAGER": hooks.url("/eager")},
                             retries=0)
    reports = {r.channel: r.status for r in publish_edition(settings, store, make_edition(1), NOW)}
    assert reports == {"hook": "unknown", "eager": "unknown"}
    assert pending_channels(settings, store, KEY) == ["eager"]


def test_refused_and_4xx_are_failed_and_retried_by_the_next_run(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook"
    channels = WEBHOOK + '[[publish.channels]]\nname = "dead"\nkind = "webhook"\nurl_env = "DEAD"\n'
    hooks.script("/hook", (403, "forbidden"), (200, "ok"))
    settings = push_settings(tmp_path, channels, {"HOOK": hooks.url("/hook"), "DEAD": dead})
    first = {r.channel: r.status for r in publish_edition(settings, store, make_edition(1), NOW,
                                                            sleep=lambda s: None)}
    assert first == {"hook": "failed", "dead": "failed"}
    assert pending_channels(settings, store, KEY) == ["hook", "dead"]
    second = {r.channel: r.status for r in publish_edition(settings, store, make_edition(1), NOW,
                                                             only=["hook"])}
    assert second == {"hook": "sent"} and len(hooks.to("/hook")) == 2


def test_force_resends_an_unknown_delivery(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    hooks.script("/hook", (500, "oops"), (200, "ok"))
    settings = push_settings(tmp_path, WEBHOOK, {"HOOK": hooks.url("/hook")})
    assert [r.status for r in publish_edition(settings, store, make_edition(1), NOW)] == ["unknown"]
    assert [r.status for r in publish_edition(settings, store, make_edition(1), NOW, force=True)] == ["sent"]
    assert len(hooks.to("/hook")) == 2


def test_every_http_push_carries_an_ascii_delivery_id_per_message(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    channels = '[[publish.channels]]\nname = "团队 wecom"\nkind = "wecom"\nurl_env = "W"\nmax_messages = 5\n'
    settings = push_settings(tmp_path, channels, {"W": hooks.url("/w")})
    [report] = publish_edition(settings, store, make_edition(6, summary="很长的摘要，" * 150), NOW)
    assert report.status == "sent" and report.messages >= 3
    ids = [r.headers["x-newsdesk-delivery"] for r in hooks.to("/w")]
    base = f"{KEY}/%E5%9B%A2%E9%98%9F%20wecom"
    assert ids == [base] + [f"{base}/{n}" for n in range(2, report.messages + 1)]


def email_settings(tmp_path: Path, port: int, *, publish: str = "") -> Settings:
    channels = ('[[publish.channels]]\nname = "mail"\nkind = "email"\nsmtp_host = "127.0.0.1"\n'
                f'smtp_port = {port}\nsecurity = "none"\nsender = "AI 简报 <news@example.org>"\n'
                'recipients = ["team@example.org"]\n')
    return push_settings(tmp_path, channels, {}, publish=publish)


def test_smtp_dropping_after_data_is_unknown_and_not_resent(tmp_path: Path, store: Store) -> None:
    smtp = SMTPServer(drop_after_data=True)
    try:
        settings = email_settings(tmp_path, smtp.port)
        assert run_twice(settings, store) == ["unknown"]
        assert len(smtp.messages) == 1  # it did arrive: resending would mail the team twice
        message = email.message_from_bytes(smtp.messages[0][2], policy=email.policy.default)
        assert message["Message-ID"] == f"<newsdesk.{KEY}.mail@example.org>"
    finally:
        smtp.close()


def test_smtp_refusing_the_recipient_is_failed_and_retried(tmp_path: Path, store: Store) -> None:
    smtp = SMTPServer(refuse=("team@example.org",))
    try:
        settings = email_settings(tmp_path, smtp.port)
        [report] = publish_edition(settings, store, make_edition(1), NOW)
        assert report.status == "failed" and "SMTPRecipientsRefused" in (report.error or "")
        assert pending_channels(settings, store, KEY) == ["mail"] and smtp.messages == []
    finally:
        smtp.close()
