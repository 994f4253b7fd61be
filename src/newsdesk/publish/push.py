"""Chat and webhook pushes: one POST path, one small class per service.

    format_<service>(edition) ──▶ payloads ──post (timeouts, bounded retry, redaction)──▶ service

Each publisher has two methods: `messages` (pure: the formatted payloads) and `send`
(one payload to the service; returns what the service said, e.g. a message id).
Which messages were already sent, and whether to send at all, is decided by
`newsdesk.publish.publish_edition`, not here.

What an answer means decides what happens next (README, "delivery semantics"):

- not delivered, so safe to send again: the connection was refused or timed out, the name
  did not resolve, a 4xx (the service refused it), or a 429 (retried in this run after
  Retry-After, up to `[publish] retries`); a PublishError, recorded "failed";
- maybe delivered: the request went out and then the answer timed out, the connection
  dropped, or a 5xx came back (a gateway may answer 502/504 after the service took the
  message); a DeliveryUnknown, recorded "unknown". It is not sent again, in this run or
  the next, unless `resend_unknown` (at least once instead of at most once).

Every request carries `X-Newsdesk-Delivery`, a stable id derived from the edition and the
channel (`delivery_id`), so a receiver can drop a repeat. Webhook URLs and tokens are
secrets: they appear in no error, log line or summary (`redact`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar

import httpx

from newsdesk.config import ChannelSettings, PublishSettings
from newsdesk.errors import DeliveryUnknown, PublishError
from newsdesk.model import Edition
from newsdesk.publish import formats

REDACTED = "<redacted>"
MAX_RETRY_AFTER_S = 30.0  #: a longer Retry-After fails this run; the next run tries again
SNIPPET_CHARS = 300


def secret_values(channel: ChannelSettings) -> list[str]:
    """Every string that must not be shown: the secrets, and the telling parts of secret URLs."""
    values: list[str] = []
    for name in ("url", "token", "secret", "password"):
        secret = getattr(channel, name)
        if secret is None:
            continue
        value = secret.get_secret_value()
        values.append(value)
        if name == "url":
            parts = urllib.parse.urlsplit(value)
            if parts.path.strip("/"):
                values.append(parts.path)
            if parts.query:
                values.append(parts.query)
                values += [v for _, v in urllib.parse.parse_qsl(parts.query) if len(v) >= 6]
            values += [seg for seg in parts.path.split("/") if len(seg) >= 12]
    return sorted({v for v in values if v}, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (and its URL-quoted form) replaced by <redacted>."""
    for value in secrets:
        for form in {value, urllib.parse.quote(value, safe=""), urllib.parse.quote(value)}:
            if form:
                text = text.replace(form, REDACTED)
    return text


@dataclass
class PushContext:
    """What a send needs from the run: the HTTP client, retry policy, clock and sleep.

    `delivery` is the message's stable id (`delivery_id`); `resend_unknown` allows retries,
    in this run, of a request whose answer was lost or a 5xx.
    """

    client: httpx.Client
    settings: PublishSettings
    now: datetime
    sleep: Callable[[float], None] = time.sleep
    secrets: Sequence[str] = field(default_factory=tuple)
    delivery: str = ""
    resend_unknown: bool = False


def delivery_id(key: str, channel: str, number: int = 1) -> str:
    """The stable id of message `number` of edition `key` on `channel`: "2025.07.22.04/team-feishu".

    The same on every attempt and every run (a forced resend too), so receivers can drop
    repeats; a second or later message of a split edition ends with "/<number>". The
    channel name is percent-encoded, so the id is ASCII fit for a header or a Message-ID.
    """
    base = f"{key}/{urllib.parse.quote(channel, safe='')}"
    return base if number <= 1 else f"{base}/{number}"


#: Failures before the request could reach the service: nothing was delivered.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.LocalProtocolError,
             httpx.UnsupportedProtocol, httpx.ProxyError)


def _retry_after(response: httpx.Response, fallback: float) -> float:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return fallback
    # Retry-After is seconds or an HTTP-date (RFC 9110 10.2.3)
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return fallback
    return max(0.0, (when - datetime.now(when.tzinfo)).total_seconds())


def _snippet(response: httpx.Response) -> str:
    return " ".join(response.text[:SNIPPET_CHARS].split())


def post(ctx: PushContext, url: str, *, body: bytes, headers: Mapping[str, str] | None = None) -> httpx.Response:
    """POST `body` to `url`; a 2xx answer is returned.

    Not delivered (refused, unreachable, 4xx, 429 after the retries): PublishError. Sent but
    no success answer (timeout after sending, dropped connection, 5xx): DeliveryUnknown, at
    once unless `ctx.resend_unknown`, which retries it like a refused connection.
    """
    attempts = 1 + ctx.settings.retries
    all_headers = {"Content-Type": "application/json; charset=utf-8", **(headers or {})}
    if ctx.delivery:
        all_headers["X-Newsdesk-Delivery"] = ctx.delivery
    error, unknown = "", False
    for attempt in range(attempts):
        wait = ctx.settings.retry_backoff_s * 2**attempt
        try:
            response = ctx.client.post(url, content=body, headers=all_headers)
        except _NOT_SENT as exc:
            error, unknown = f"cannot connect ({type(exc).__name__})", False
        except httpx.RequestError as exc:  # sent, then a read timeout, a dropped connection, an unreadable answer
            error, unknown = f"no answer after sending ({type(exc).__name__})", True
            if not ctx.resend_unknown:
                raise DeliveryUnknown(f"{error}; it may have arrived, so it is not sent again") from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise PublishError(redact(f"{type(exc).__name__}: {exc}", ctx.secrets)) from None
        else:
            status = response.status_code
            if 200 <= status < 300:
                return response
            error = redact(f"HTTP {status}: {_snippet(response)}".rstrip(": "), ctx.secrets)
            unknown = status >= 500
            if status != 429 and not unknown:
                raise PublishError(error)
            if unknown and not ctx.resend_unknown:
                raise DeliveryUnknown(f"{error}; it may have arrived, so it is not sent again")
            wait = _retry_after(response, wait)
            if wait > MAX_RETRY_AFTER_S:
                raise (DeliveryUnknown if unknown else PublishError)(
                    f"{error} (asked to wait {wait:.0f} s; next run retries)")
        if attempt + 1 < attempts:
            ctx.sleep(wait)
    raise (DeliveryUnknown if unknown else PublishError)(
        f"{error} (after {attempts} attempt{'s' if attempts > 1 else ''})")


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _need(channel: ChannelSettings, name: str) -> str:
    secret = getattr(channel, name)
    if secret is None or not secret.get_secret_value():
        var = getattr(channel, f"{name}_env")
        hint = f"${var} is not set" if var else f"set {name}_env to the variable that holds it"
        raise PublishError(f"needs its {name}: {hint}")
    return str(secret.get_secret_value())


class Publisher:
    """One push service: `messages` formats (pure), `send` delivers one message."""

    kind: ClassVar[str]

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        raise NotImplementedError

    def check(self, channel: ChannelSettings) -> None:
        """Raise PublishError when the channel lacks what it needs (before anything is sent)."""

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        raise NotImplementedError


def _send_json(url: str, message: Mapping[str, Any], ctx: PushContext,
               headers: Mapping[str, str] | None = None) -> httpx.Response:
    return post(ctx, url, body=formats.webhook_body(message), headers=headers)


class TelegramPublisher(Publisher):
    kind = "telegram"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "token")
        if not channel.chat_id:
            raise PublishError("needs chat_id (a chat id or @channelname)")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return formats.format_telegram(edition, chat_id=channel.chat_id, link=link,
                                       max_messages=channel.max_messages)

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        url = f"{channel.base_url.rstrip('/')}/bot{_need(channel, 'token')}/sendMessage"
        data = _json(_send_json(url, message, ctx))
        if not data.get("ok"):
            raise PublishError(redact(f"telegram said: {data.get('description') or data}", ctx.secrets))
        return {"message_id": (data.get("result") or {}).get("message_id")}


def feishu_sign(secret: str, timestamp: int) -> str:
    """Feishu/Lark bot signature: base64(HMAC-SHA256(key=f"{timestamp}\\n{secret}", msg=b""))."""
    key = f"{timestamp}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()


class FeishuPublisher(Publisher):
    kind = "feishu"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "url")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return formats.format_feishu(edition, link=link, max_messages=channel.max_messages)

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        body = dict(message)
        if channel.secret is not None:
            ts = int(ctx.now.timestamp())
            body = {"timestamp": str(ts), "sign": feishu_sign(channel.secret.get_secret_value(), ts), **body}
        data = _json(_send_json(_need(channel, "url"), body, ctx))
        code = data.get("code", data.get("StatusCode", 0))
        if code not in (0, None):
            raise PublishError(redact(f"feishu said: code {code}: {data.get('msg') or data.get('StatusMessage')}",
                                      ctx.secrets))
        return {}


def dingtalk_signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    """DingTalk robot signing: &timestamp=ms&sign=urlencode(base64(HMAC-SHA256(secret, f"{ms}\\n{secret}")))."""
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    sign = urllib.parse.quote_plus(base64.b64encode(digest).decode())
    return f"{url}{'&' if '?' in url else '?'}timestamp={timestamp_ms}&sign={sign}"


class DingTalkPublisher(Publisher):
    kind = "dingtalk"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "url")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return formats.format_dingtalk(edition, link=link, max_messages=channel.max_messages)

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        url = _need(channel, "url")
        if channel.secret is not None:
            url = dingtalk_signed_url(url, channel.secret.get_secret_value(), int(ctx.now.timestamp() * 1000))
        data = _json(_send_json(url, message, ctx))
        if data.get("errcode", 0) != 0:
            raise PublishError(redact(f"dingtalk said: errcode {data.get('errcode')}: {data.get('errmsg')}",
                                      ctx.secrets))
        return {}


class WeComPublisher(Publisher):
    kind = "wecom"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "url")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return formats.format_wecom(edition, link=link, max_messages=channel.max_messages)

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        data = _json(_send_json(_need(channel, "url"), message, ctx))
        if data.get("errcode", 0) != 0:
            raise PublishError(redact(f"wecom said: errcode {data.get('errcode')}: {data.get('errmsg')}",
                                      ctx.secrets))
        return {}


class SlackPublisher(Publisher):
    kind = "slack"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "url")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return formats.format_slack(edition, link=link, max_messages=channel.max_messages)

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        response = _send_json(_need(channel, "url"), message, ctx)
        if response.text.strip() not in ("ok", ""):
            raise PublishError(redact(f"slack said: {_snippet(response)}", ctx.secrets))
        return {}


class DiscordPublisher(Publisher):
    kind = "discord"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "url")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return formats.format_discord(edition, link=link, max_messages=channel.max_messages)

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        data = _json(_send_json(discord_wait_url(_need(channel, "url")), message, ctx))
        return {"message_id": data["id"]} if "id" in data else {}


def discord_wait_url(url: str) -> str:
    """The webhook URL with `wait=true`, so Discord answers with the message (and its id) instead of 204.

    The id is what an operator needs to find, edit or delete a pushed message later; the
    rest of the query (a `thread_id`, say) is kept, and a `wait` already set is respected.
    """
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    if not any(name == "wait" for name, _ in query):
        query.append(("wait", "true"))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def webhook_signature(body: bytes, secret: str) -> str:
    """The `X-Newsdesk-Signature-256` value: "sha256=" + hex HMAC-SHA256 of the exact body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookPublisher(Publisher):
    kind = "webhook"

    def check(self, channel: ChannelSettings) -> None:
        _need(channel, "url")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return [formats.format_webhook(edition, link=link)]

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        body = formats.webhook_body(message)
        headers = {"X-Newsdesk-Event": "edition"}  # and X-Newsdesk-Delivery, as on every push (`post`)
        if channel.secret is not None:
            headers["X-Newsdesk-Signature-256"] = webhook_signature(body, channel.secret.get_secret_value())
        post(ctx, _need(channel, "url"), body=body, headers=headers)
        return {}
