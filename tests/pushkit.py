"""Local servers for push tests: an HTTP server that records POSTs, an SMTP server, a test edition.

    hooks = PushServer()                  # 127.0.0.1:0
    hooks.script("/slack", (500, "boom"), (200, "ok"))   # answers in order; the last repeats
    ... publish ...
    hooks.bodies("/slack")                # the JSON bodies received, in order
    hooks.slow("/hook", 1.0)              # take each request, then answer a second late (past a timeout)

    smtp = SMTPServer(tls_cert=(cert, key))  # optional STARTTLS; AUTH PLAIN accepted
    smtp.messages                         # (mail_from, rcpt_tos, raw bytes)
    SMTPServer(drop_after_data=True)      # keeps the message, then hangs up before its "250 queued"

Nothing here reaches the network; both servers listen on loopback only.
"""

from __future__ import annotations

import base64
import json
import socketserver
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from newsdesk.model import Edition, Item, Slot

TZ = ZoneInfo("Asia/Shanghai")


def make_edition(n: int = 3, *, key_end: datetime | None = None, summary: str | None = None,
                 headline: str | None = None) -> Edition:
    """A small Chinese edition with bold facts, made by hand (no pipeline)."""
    end = key_end or datetime(2025, 7, 22, 4, tzinfo=TZ)
    slot = Slot(end=end, period=timedelta(hours=4))
    items = tuple(
        Item(story_id=f"s{i}", headline=headline or f"新模型发布第{i}号", attribution=f"作者{i}",
             url=f"https://x.com/a/status/{1000 + i}",
             summary=summary or f"阿里巴巴的Qwen团队发布了**新的系列模型{i}**，性能提升明显。",
             category="AI快讯", writer="extractive")
        for i in range(1, n + 1)
    )
    return Edition(slot=slot, title=f"{slot.key} 过去4小时全球AI发生了什么？", generated_at=end,
                   items=items, categories=("AI快讯",))


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _PushHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Any

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        parts = urlsplit(self.path)
        owner: PushServer = self.server.owner
        status, text, headers = owner._answer(Received(
            method="POST", path=parts.path, query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in self.headers.items()}, body=body))
        delay = owner.delays.get(parts.path, 0.0)
        if delay:
            time.sleep(delay)  # the request is recorded (delivered); the answer comes late
        data = text.encode()
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST


class PushServer:
    """Records every request; answers each path from a script (default 200 `{"ok": true}`)."""

    def __init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _PushHandler)
        self._server.daemon_threads = True
        self._server.owner = self  # type: ignore[attr-defined]
        self._lock = threading.Lock()
        self._scripts: dict[str, list[tuple[int, str, dict[str, str]]]] = {}
        self.received: list[Received] = []
        self.delays: dict[str, float] = {}
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def slow(self, path: str, seconds: float) -> None:
        """Answer every request to `path` `seconds` late (after recording it, as a slow service that took it)."""
        self.delays[path] = seconds

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def script(self, path: str, *answers: tuple[int, str] | tuple[int, str, dict[str, str]]) -> None:
        with self._lock:
            self._scripts[path] = [(a[0], a[1], a[2] if len(a) > 2 else {}) for a in answers]  # type: ignore[misc]

    def _answer(self, request: Received) -> tuple[int, str, dict[str, str]]:
        with self._lock:
            self.received.append(request)
            script = self._scripts.get(request.path)
            if not script:
                return 200, '{"ok": true, "errcode": 0, "code": 0, "result": {"message_id": 1}}', {}
            return script.pop(0) if len(script) > 1 else script[0]

    def to(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.path == path]

    def bodies(self, path: str) -> list[Any]:
        return [r.json() for r in self.to(path)]


class _SMTPHandler(socketserver.StreamRequestHandler):
    server: Any

    def _send(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        try:
            self._converse()
        finally:
            if isinstance(self.connection, ssl.SSLSocket):  # socketserver closes only the plain socket
                self.rfile.close()
                self.wfile.close()
                self.connection.close()

    def _converse(self) -> None:
        owner: SMTPServer = self.server.owner
        self._send("220 localhost test ESMTP")
        mail_from, rcpts, tls = "", [], False
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode().rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                extra = ["STARTTLS"] if owner.tls and not tls else []
                lines = ["localhost", *extra, "AUTH PLAIN", "8BITMIME", "SMTPUTF8"]
                for i, text in enumerate(lines):
                    self._send(f"250{'-' if i < len(lines) - 1 else ' '}{text}")
            elif verb == "STARTTLS" and owner.tls:
                self._send("220 go ahead")
                self.connection = owner.tls.wrap_socket(self.connection, server_side=True)
                self.rfile = self.connection.makefile("rb")
                self.wfile = self.connection.makefile("wb")
                tls = True
            elif verb == "AUTH":
                creds = base64.b64decode(line.split(" ")[2]).decode().split("\0")
                owner.logins.append((creds[1], creds[2]))
                self._send("235 ok")
            elif verb == "MAIL":
                if owner.require_tls and not tls:
                    self._send("530 must issue STARTTLS first")
                    continue
                mail_from, rcpts = line.split(":", 1)[1].split()[0].strip("<>"), []
                self._send("250 ok")
            elif verb == "RCPT":
                addr = line.split(":", 1)[1].strip().strip("<>")
                if addr in owner.refuse:
                    self._send("550 no such user")
                else:
                    rcpts.append(addr)
                    self._send("250 ok")
            elif verb == "DATA":
                self._send("354 end with .")
                data = []
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    data.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                owner.messages.append((mail_from, list(rcpts), b"".join(data)))
                if owner.drop_after_data:
                    return  # taken, but the client never hears "250"
                self._send("250 queued")
            elif verb == "QUIT":
                self._send("221 bye")
                return
            else:
                self._send("250 ok")


class SMTPServer:
    """A minimal SMTP server on loopback: EHLO, STARTTLS (with a certificate), AUTH PLAIN, MAIL, RCPT, DATA."""

    def __init__(self, *, tls_cert: tuple[Path, Path] | None = None, require_tls: bool = False,
                 refuse: tuple[str, ...] = (), drop_after_data: bool = False) -> None:
        self.drop_after_data = drop_after_data
        self.tls: ssl.SSLContext | None = None
        if tls_cert:
            self.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            self.tls.load_cert_chain(str(tls_cert[0]), str(tls_cert[1]))
        self.require_tls = require_tls
        self.refuse = refuse
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.logins: list[tuple[str, str]] = []
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
        self._server.daemon_threads = True
        self._server.owner = self  # type: ignore[attr-defined]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost made with the openssl command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key
