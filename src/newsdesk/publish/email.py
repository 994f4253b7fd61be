"""Email over SMTP: one multipart/alternative message (plain text + HTML) per edition.

`security` is "starttls" (port 587 by default), "ssl" (implicit TLS, 465) or "none"
(25; only for a relay on the same host). The password comes from `password_env`.
The Message-ID is derived from the edition and channel (`push.delivery_id`), so a mail
client or list shows a resend as the same message rather than a new one.

A failure before the message's DATA went out (refused connection, TLS, login, every
recipient refused, the server rejecting the message) is "not delivered"; a timeout or a
dropped connection after DATA, before the server's answer, is DeliveryUnknown: the
server may have queued it.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from newsdesk.config import ChannelSettings
from newsdesk.errors import DeliveryUnknown, PublishError
from newsdesk.model import Edition
from newsdesk.publish import formats
from newsdesk.publish.push import Publisher, PushContext, delivery_id, redact

DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


def build_message(channel: ChannelSettings, edition: Edition, link: str) -> EmailMessage:
    """The MIME message (pure apart from formatting the edition's own date)."""
    parts = formats.format_email(edition, link=link)
    msg = EmailMessage()
    msg["Subject"] = parts.subject
    msg["From"] = channel.sender
    msg["To"] = ", ".join(channel.recipients)
    msg["Date"] = format_datetime(edition.generated_at)
    domain = channel.sender.rpartition("@")[2].strip("> ") or "newsdesk.invalid"
    key, _, name = delivery_id(edition.slot.key, channel.id).partition("/")
    msg["Message-ID"] = f"<newsdesk.{key}.{name}@{domain}>"
    msg.set_content(parts.text)
    msg.add_alternative(parts.html, subtype="html")
    return msg


class _Tracking:
    """Notes when the message itself goes out (DATA), which splits "not delivered" from "unknown"."""

    data_started = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_started = True
        return super().data(msg)  # type: ignore[misc, no-any-return]


class _SMTP(_Tracking, smtplib.SMTP):
    pass


class _SMTPSSL(_Tracking, smtplib.SMTP_SSL):
    pass


def _tls_context(channel: ChannelSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=channel.ca_file or None)


class EmailPublisher(Publisher):
    kind = "email"

    def check(self, channel: ChannelSettings) -> None:
        missing = [n for n in ("smtp_host", "sender", "recipients") if not getattr(channel, n)]
        if missing:
            raise PublishError(f"needs {', '.join(missing)}")
        if channel.username and channel.password is None:
            hint = f"${channel.password_env} is not set" if channel.password_env else "set password_env"
            raise PublishError(f"needs its password for {channel.username}: {hint}")

    def messages(self, channel: ChannelSettings, edition: Edition, link: str) -> list[Any]:
        return [build_message(channel, edition, link)]

    def send(self, channel: ChannelSettings, message: Any, ctx: PushContext) -> dict[str, Any]:
        port = channel.smtp_port or DEFAULT_PORTS[channel.security]
        timeout = ctx.settings.timeout_s
        smtp: _SMTP | _SMTPSSL | None = None
        refused: dict[str, Any] | None = None
        try:
            if channel.security == "ssl":
                smtp = _SMTPSSL(channel.smtp_host, port, timeout=timeout, context=_tls_context(channel))
            else:
                smtp = _SMTP(channel.smtp_host, port, timeout=timeout)
            with smtp:
                if channel.security == "starttls":
                    smtp.starttls(context=_tls_context(channel))
                if channel.username and channel.password is not None:
                    smtp.login(channel.username, channel.password.get_secret_value())
                refused = smtp.send_message(message)
        except (smtplib.SMTPException, OSError) as exc:
            where = f"smtp {channel.smtp_host}:{port}: {type(exc).__name__}: {exc}"
            if refused is not None:
                pass  # the server took the message; only the goodbye (QUIT) failed
            elif smtp is not None and smtp.data_started and not isinstance(exc, smtplib.SMTPResponseException):
                raise DeliveryUnknown(redact(f"{where}; the message may have been queued, so it is not sent again",
                                             ctx.secrets)) from None
            else:
                raise PublishError(redact(where, ctx.secrets)) from None
        # Some recipients refused, others accepted: resending would reach the others twice, so
        # this is a delivery with a note, not a failure (all refused raises SMTPRecipientsRefused).
        return {"message_id": message["Message-ID"], "recipients": len(channel.recipients),
                "refused": sorted(refused or {})}
