"""Publishers against local servers: exact bodies, signatures, retries, isolation, redaction, publish-once."""

from __future__ import annotations

import base64
import email
import hashlib
import hmac
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import Settings, load_settings
from newsdesk.publish import formats, publish_edition, publish_stored
from newsdesk.publish.push import discord_wait_url
from newsdesk.store import Store, open_store

from pushkit import PushServer, SMTPServer, make_edition, self_signed_cert

NOW = datetime(2025, 7, 21, 20, 1, tzinfo=UTC)
LINK = "https://news.example/editions/2025.07.22.04/"
HOOK_TOKEN = "hooktoken0123456789abcdef"


@pytest.fixture
def hooks() -> Iterator[PushServer]:
    server = PushServer()
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "db" / "newsdesk.db") as s:
        yield s


def settings_for(tmp_path: Path, channels: str, env: dict[str, str], *, retries: int = 0,
                 resend_unknown: bool = False) -> Settings:
    path = tmp_path / "newsdesk.toml"
    path.write_text(
        f'[publish]\nsite_url = "https://news.example"\nretries = {retries}\nretry_backoff_s = 0\n'
        f"timeout_s = 5\nresend_unknown = {str(resend_unknown).lower()}\n{channels}", encoding="utf-8")
    return load_settings(path, environ=env)


def all_chat(hooks: PushServer) -> tuple[str, dict[str, str]]:
    channels = """
[[publish.channels]]
kind = "telegram"
token_env = "TG_TOKEN"
chat_id = "@ainews"
base_url = "{base}"

[[publish.channels]]
kind = "feishu"
url_env = "FEISHU_URL"
secret_env = "FEISHU_SECRET"

[[publish.channels]]
kind = "dingtalk"
url_env = "DING_URL"
secret_env = "DING_SECRET"

[[publish.channels]]
kind = "wecom"
url_env = "WECOM_URL"

[[publish.channels]]
kind = "slack"
url_env = "SLACK_URL"

[[publish.channels]]
kind = "discord"
url_env = "DISCORD_URL"

[[publish.channels]]
name = "archive"
kind = "webhook"
url_env = "HOOK_URL"
secret_env = "HOOK_SECRET"
""".replace("{base}", hooks.url("/tg"))
    env = {
        "TG_TOKEN": "123456:tg-secret-token-abcdef",
        "FEISHU_URL": hooks.url("/feishu/hook/" + HOOK_TOKEN), "FEISHU_SECRET": "feishu-secret",
        "DING_URL": hooks.url("/ding/robot/send?access_token=" + HOOK_TOKEN), "DING_SECRET": "ding-secret",
        "WECOM_URL": hooks.url("/wecom/send?key=" + HOOK_TOKEN),
        "SLACK_URL": hooks.url("/slack/T000/B000/" + HOOK_TOKEN),
        "DISCORD_URL": hooks.url("/discord/123/" + HOOK_TOKEN),
        "HOOK_URL": hooks.url("/hook"), "HOOK_SECRET": "hook-secret",
    }
    return channels, env


def test_every_chat_service_gets_its_exact_payload_once(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    channels, env = all_chat(hooks)
    settings = settings_for(tmp_path, channels, env)
    hooks.script("/slack/T000/B000/" + HOOK_TOKEN, (200, "ok"))
    # With ?wait=true Discord answers 200 with the message it created (shape from its API docs).
    hooks.script("/discord/123/" + HOOK_TOKEN, (200, '{"id": "1180000000000000001", "type": 0, "channel_id": "9"}'))
    ed = make_edition(3)
    reports = publish_edition(settings, store, ed, NOW)
    assert {r.channel: r.status for r in reports} == {
        "telegram": "sent", "feishu": "sent", "dingtalk": "sent", "wecom": "sent", "slack": "sent",
        "discord": "sent", "archive": "sent"}

    [tg] = hooks.to("/tg/bot123456:tg-secret-token-abcdef/sendMessage")
    assert tg.json() == formats.format_telegram(ed, chat_id="@ainews", link=LINK)[0]
    assert tg.headers["content-type"] == "application/json; charset=utf-8"

    [fs] = hooks.to("/feishu/hook/" + HOOK_TOKEN)
    ts = int(NOW.timestamp())
    sign = base64.b64encode(hmac.new(f"{ts}\nfeishu-secret".encode(), b"", hashlib.sha256).digest()).decode()
    assert fs.json() == {"timestamp": str(ts), "sign": sign, **formats.format_feishu(ed, link=LINK)[0]}

    [dt] = hooks.to("/ding/robot/send")
    ms = int(NOW.timestamp() * 1000)
    digest = base64.b64encode(hmac.new(b"ding-secret", f"{ms}\nding-secret".encode(), hashlib.sha256).digest())
    assert dt.query == {"access_token": [HOOK_TOKEN], "timestamp": [str(ms)], "sign": [digest.decode()]}
    assert dt.json() == formats.format_dingtalk(ed, link=LINK)[0]

    assert hooks.bodies("/wecom/send") == formats.format_wecom(ed, link=LINK)
    assert hooks.bodies("/slack/T000/B000/" + HOOK_TOKEN) == formats.format_slack(ed, link=LINK)
    assert hooks.bodies("/discord/123/" + HOOK_TOKEN) == formats.format_discord(ed, link=LINK)
    [dc] = hooks.to("/discord/123/" + HOOK_TOKEN)
    assert dc.query == {"wait": ["true"]}
    assert store.publication("2025.07.22.04", "discord")["detail"]["results"] == [{"message_id": "1180000000000000001"}]

    [wh] = hooks.to("/hook")
    assert wh.json() == formats.format_webhook(ed, link=LINK)
    assert wh.headers["x-newsdesk-signature-256"] == "sha256=" + hmac.new(
        b"hook-secret", wh.body, hashlib.sha256).hexdigest()
    assert wh.headers["x-newsdesk-delivery"] == "2025.07.22.04/archive"

    # A second run (a re-run, a restart) sends nothing.
    count = len(hooks.received)
    again = publish_edition(settings, store, ed, NOW)
    assert {r.status for r in again} == {"already-sent"}
    assert len(hooks.received) == count
    assert store.publication("2025.07.22.04", "slack")["status"] == "sent"  # type: ignore[index]


def test_a_500_is_unknown_without_blocking_others_and_with_resend_unknown_is_resent_next_run(
        tmp_path: Path, hooks: PushServer, store: Store, caplog: pytest.LogCaptureFixture) -> None:
    channels, env = all_chat(hooks)
    settings = settings_for(tmp_path, channels, env, resend_unknown=True)
    slack = "/slack/T000/B000/" + HOOK_TOKEN
    hooks.script(slack, (500, f"internal error at {slack}"), (200, "ok"))
    ed = make_edition(2)
    with caplog.at_level(logging.INFO, logger="newsdesk"):
        first = {r.channel: r for r in publish_edition(settings, store, ed, NOW)}
    assert first["slack"].status == "unknown"
    assert first["slack"].error == "message 1 of 1: HTTP 500: internal error at <redacted> (after 1 attempt)"
    assert all(r.status == "sent" for name, r in first.items() if name != "slack")
    second = {r.channel: r for r in publish_edition(settings, store, ed, NOW)}
    assert second["slack"].status == "sent" and second["slack"].attempts == 2
    assert all(r.status == "already-sent" for name, r in second.items() if name != "slack")
    assert len(hooks.to(slack)) == 2 and len(hooks.to("/wecom/send")) == 1
    logged = "\n".join(r.getMessage() + str(getattr(r, "fields", "")) for r in caplog.records)
    assert "publish.unknown" in logged and HOOK_TOKEN not in logged and "tg-secret-token" not in logged


def test_retries_within_a_run_on_429_and_with_resend_unknown_on_503(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    settings = settings_for(tmp_path, '[[publish.channels]]\nkind = "wecom"\nurl_env = "W"\n',
                            {"W": hooks.url("/w")}, retries=2, resend_unknown=True)
    hooks.script("/w", (503, "busy"), (429, "slow down", {"Retry-After": "0"}), (200, '{"errcode": 0}'))
    waits: list[float] = []
    [report] = publish_edition(settings, store, make_edition(1), NOW, sleep=waits.append)
    assert report.status == "sent" and len(hooks.to("/w")) == 3 and waits == [0.0, 0.0]


def test_service_level_errors_and_4xx_are_not_retried(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    channels = ('[[publish.channels]]\nkind = "telegram"\ntoken_env = "T"\nchat_id = "1"\nbase_url = "{b}"\n'
                '[[publish.channels]]\nkind = "dingtalk"\nurl_env = "D"\n').replace("{b}", hooks.url("/tg"))
    settings = settings_for(tmp_path, channels, {"T": "999:secret-token-value", "D": hooks.url("/d")}, retries=3)
    hooks.script("/tg/bot999:secret-token-value/sendMessage",
                 (400, '{"ok": false, "description": "Bad Request: chat not found"}'))
    hooks.script("/d", (200, '{"errcode": 310000, "errmsg": "sign not match"}'))
    reports = {r.channel: r for r in publish_edition(settings, store, make_edition(1), NOW)}
    assert reports["telegram"].status == "failed"
    assert "chat not found" in (reports["telegram"].error or "")
    assert "secret-token-value" not in (reports["telegram"].error or "")
    assert reports["dingtalk"].error == "message 1 of 1: dingtalk said: errcode 310000: sign not match"
    assert len(hooks.received) == 2


def test_unreachable_service_and_missing_secret_fail_alone(tmp_path: Path, hooks: PushServer, store: Store) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/hook?token={HOOK_TOKEN}"
    channels = ('[[publish.channels]]\nname = "dead"\nkind = "webhook"\nurl_env = "DEAD"\n'
                '[[publish.channels]]\nname = "unset"\nkind = "slack"\nurl_env = "NOT_SET"\n'
                '[[publish.channels]]\nname = "ok"\nkind = "webhook"\nurl_env = "OK"\n')
    settings = settings_for(tmp_path, channels, {"DEAD": dead, "OK": hooks.url("/ok")}, retries=1)
    reports = {r.channel: r for r in publish_edition(settings, store, make_edition(1), NOW, sleep=lambda s: None)}
    assert reports["dead"].status == "failed" and "cannot connect" in (reports["dead"].error or "")
    assert HOOK_TOKEN not in (reports["dead"].error or "")
    assert reports["unset"].status == "failed" and reports["unset"].error == "needs its url: $NOT_SET is not set"
    assert reports["ok"].status == "sent"


def test_a_channel_split_into_messages_resumes_after_the_last_one_sent(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    settings = settings_for(tmp_path, '[[publish.channels]]\nkind = "wecom"\nurl_env = "W"\nmax_messages = 5\n',
                            {"W": hooks.url("/w")})
    ed = make_edition(6, summary="很长的摘要，" * 150)
    expected = formats.format_wecom(ed, link=LINK, max_messages=5)
    assert len(expected) >= 3
    hooks.script("/w", (200, '{"errcode": 0}'), (400, "bad request"), (200, '{"errcode": 0}'))
    [first] = publish_edition(settings, store, ed, NOW)
    assert first.status == "failed" and first.sent_now == 1 and first.error.startswith("message 2 of")
    [second] = publish_edition(settings, store, ed, NOW)
    assert second.status == "sent" and second.sent_now == len(expected) - 1
    bodies = hooks.bodies("/w")
    assert bodies[0] == expected[0] and bodies[1] == expected[1] and bodies[2:] == expected[1:]


def test_a_send_interrupted_by_a_crash_is_reported_not_repeated(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    settings = settings_for(tmp_path, '[[publish.channels]]\nkind = "webhook"\nurl_env = "H"\n',
                            {"H": hooks.url("/h")})
    ed = make_edition(1)
    # What a process killed between "sending" and the answer leaves behind:
    store.mark_publication_sending(ed.slot.key, "webhook", now=NOW, detail={"messages": 1, "sent": 0})
    [report] = publish_edition(settings, store, ed, NOW)
    assert report.status == "interrupted" and "--force" in (report.error or "")
    assert hooks.received == []
    [forced] = publish_edition(settings, store, ed, NOW, force=True)
    assert forced.status == "sent" and len(hooks.to("/h")) == 1


def test_publish_stored_needs_a_stored_edition_and_force_resends(
        tmp_path: Path, hooks: PushServer, store: Store) -> None:
    from newsdesk.errors import EditionError

    settings = settings_for(tmp_path, '[[publish.channels]]\nkind = "webhook"\nurl_env = "H"\n',
                            {"H": hooks.url("/h")})
    with pytest.raises(EditionError, match=r"no stored edition 2025\.07\.22\.04"):
        publish_stored(settings, store, "2025.07.22.04", NOW)
    ed = make_edition(2)
    store.save_edition(ed)
    assert [r.status for r in publish_stored(settings, store, ed.slot.key, NOW)] == ["sent"]
    assert [r.status for r in publish_stored(settings, store, ed.slot.key, NOW)] == ["already-sent"]
    assert [r.status for r in publish_stored(settings, store, ed.slot.key, NOW, force=True)] == ["sent"]
    bodies = hooks.bodies("/h")
    assert len(bodies) == 2 and bodies[0] == bodies[1] == formats.format_webhook(ed, link=LINK)


def test_config_show_redacts_channel_secrets(tmp_path: Path, hooks: PushServer) -> None:
    channels, env = all_chat(hooks)
    data = settings_for(tmp_path, channels, env).redacted()
    text = str(data)
    assert HOOK_TOKEN not in text and "tg-secret-token" not in text and "feishu-secret" not in text
    assert data["publish"]["channels"][0]["token"] == "<redacted>"


def test_a_secret_in_the_file_is_refused(tmp_path: Path) -> None:
    from newsdesk.errors import ConfigError

    with pytest.raises(ConfigError, match=r"publish.channels.0.url: secrets do not belong in the file"):
        settings_for(tmp_path, '[[publish.channels]]\nkind = "slack"\nurl = "https://hooks.slack.com/x"\n', {})


# -- email --------------------------------------------------------------------------------------

def _email_settings(tmp_path: Path, port: int, extra: str = "", env: dict[str, str] | None = None) -> Settings:
    channel = (f'[[publish.channels]]\nkind = "email"\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\n'
               f'sender = "newsdesk <news@example.org>"\nrecipients = ["a@example.org", "b@example.org"]\n{extra}')
    return settings_for(tmp_path, channel, env or {})


def _parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, _class=EmailMessage, policy=email.policy.default)  # type: ignore[arg-type]


def test_email_over_plain_smtp_is_multipart_html_and_text(tmp_path: Path, store: Store) -> None:
    smtp = SMTPServer(refuse=("b@example.org",))
    try:
        settings = _email_settings(tmp_path, smtp.port, 'security = "none"\n')
        ed = make_edition(2)
        [report] = publish_edition(settings, store, ed, NOW)
        assert report.status == "sent"
        [(sender, rcpts, raw)] = smtp.messages
        assert sender == "news@example.org" and rcpts == ["a@example.org"]
        msg = _parse(raw)
        assert msg["Subject"] == ed.title and msg["Message-ID"] == "<newsdesk.2025.07.22.04.email@example.org>"
        assert msg.get_content_type() == "multipart/alternative"
        parts = formats.format_email(ed, link=LINK)
        assert msg.get_body(("plain",)).get_content() == parts.text  # type: ignore[union-attr]
        assert msg.get_body(("html",)).get_content() == parts.html  # type: ignore[union-attr]
        detail = store.publication(ed.slot.key, "email")["detail"]  # type: ignore[index]
        assert detail["results"][0]["refused"] == ["b@example.org"]  # the one accepted is not resent
        assert [r.status for r in publish_edition(settings, store, ed, NOW)] == ["already-sent"]
        assert len(smtp.messages) == 1
    finally:
        smtp.close()


def test_email_starttls_with_login_and_a_private_ca(tmp_path: Path, store: Store) -> None:
    cert, key = self_signed_cert(tmp_path)
    smtp = SMTPServer(tls_cert=(cert, key), require_tls=True)
    try:
        settings = _email_settings(
            tmp_path, smtp.port,
            f'security = "starttls"\nusername = "bot"\npassword_env = "SMTP_PW"\nca_file = "{cert}"\n',
            {"SMTP_PW": "pw-very-secret"})
        [report] = publish_edition(settings, store, make_edition(1), NOW)
        assert report.status == "sent", report.error
        assert smtp.logins == [("bot", "pw-very-secret")] and len(smtp.messages) == 1
    finally:
        smtp.close()


def test_email_failure_is_reported_without_the_password(tmp_path: Path, store: Store) -> None:
    cert, key = self_signed_cert(tmp_path)
    smtp = SMTPServer(tls_cert=(cert, key))
    try:  # the server's certificate is not trusted without ca_file: the TLS handshake fails
        settings = _email_settings(tmp_path, smtp.port, 'username = "bot"\npassword_env = "SMTP_PW"\n',
                                   {"SMTP_PW": "pw-very-secret"})
        [report] = publish_edition(settings, store, make_edition(1), NOW)
        assert report.status == "failed" and "SSL" in (report.error or "")
        assert "pw-very-secret" not in (report.error or "") and smtp.messages == []
    finally:
        smtp.close()


def test_email_needs_host_sender_and_recipients(tmp_path: Path, store: Store) -> None:
    settings = settings_for(tmp_path, '[[publish.channels]]\nkind = "email"\n', {})
    [report] = publish_edition(settings, store, make_edition(1), NOW)
    assert report.error == "needs smtp_host, sender, recipients"




@pytest.mark.parametrize(("url", "expected"), [
    ("https://discord.com/api/webhooks/1/tok", "https://discord.com/api/webhooks/1/tok?wait=true"),
    ("https://discord.com/api/webhooks/1/tok?thread_id=42", "https://discord.com/api/webhooks/1/tok?thread_id=42&wait=true"),
    ("https://discord.com/api/webhooks/1/tok?wait=false", "https://discord.com/api/webhooks/1/tok?wait=false"),
])
def test_discord_is_asked_to_answer_with_the_message(url: str, expected: str) -> None:
    assert discord_wait_url(url) == expected


class _ReadsTogether:
    """A store handle whose `publication` read waits for the other publisher's read: both then see the
    same state and go on to claim, the race two machines run when their ticks coincide."""

    def __init__(self, store: Store, barrier: threading.Barrier) -> None:
        self._store, self._barrier = store, barrier

    def publication(self, key: str, channel: str) -> Any:
        row = self._store.publication(key, channel)
        self._barrier.wait(20)
        return row

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def test_two_publishers_that_read_the_same_state_send_once(tmp_path: Path, hooks: PushServer,
                                                           store_target: str) -> None:
    settings = settings_for(tmp_path, '[[publish.channels]]\nkind = "webhook"\nurl_env = "H"\n',
                            {"H": hooks.url("/h")})
    ed = make_edition(2)
    barrier = threading.Barrier(2)
    reports: list[Any] = []

    def publish() -> None:
        with open_store(store_target) as handle:
            reports.extend(publish_edition(settings, _ReadsTogether(handle, barrier), ed, NOW))  # type: ignore[arg-type]

    for round_ in range(2):  # a fresh edition, then again after it failed (the row's version moved on)
        threads = [threading.Thread(target=publish) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(r.status for r in reports[-2:]) == ["claimed", "sent"], round_
        assert len(hooks.to("/h")) == round_ + 1, "each round sends the edition exactly once"
        with open_store(store_target) as s:  # the delivery failed after all: both may try again
            s.record_publication(ed.slot.key, "webhook", status="failed", error="HTTP 502", now=NOW)
