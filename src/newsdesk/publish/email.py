"""Email over SMTP: one multipart/alternative message (plain text + HTML) per edition.

`security` is "starttls" (port 587 by default), "ssl" (implicit TLS, 465) or "none"
(25; only for a relay on the same host). The password comes from `password_env`.
The Message-ID is derived from the edition and channel, so a mail client shows a
forced resend as the same message rather than a new one.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from newsdesk.config import ChannelSettings
from newsdesk.errors import PublishError
from newsdesk.model import Edition
from newsdesk.publish import formats
from newsdesk.publish.push import Publisher, PushContext, redact

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
    msg["Message-ID"] = f"<newsdesk.{edition.slot.key}.{channel.id}@{domain}>"
    msg.set_content(parts.text)
    msg.add_alternative(parts.html, subtype="html")
    return msg


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
        try:
            if channel.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(channel.smtp_host, port, timeout=timeout,
                                                      context=_tls_context(channel))
            else:
                smtp = smtplib.SMTP(channel.smtp_host, port, timeout=timeout)
            with smtp:
                if channel.security == "starttls":
                    smtp.starttls(context=_tls_context(channel))
                if channel.username and channel.password is not None:
                    smtp.login(channel.username, channel.password.get_secret_value())
                refused = smtp.send_message(message)
        except (smtplib.SMTPException, OSError) as exc:
            raise PublishError(redact(f"smtp {channel.smtp_host}:{port}: {type(exc).__name__}: {exc}",
                                      ctx.secrets)) from None
        # Some recipients refused, others accepted: resending would reach the others twice, so
        # this is a delivery with a note, not a failure (all refused raises SMTPRecipientsRefused).
        return {"message_id": message["Message-ID"], "recipients": len(channel.recipients),
                "refused": sorted(refused)}
