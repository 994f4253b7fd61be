"""The HTTP half of the tests' OpenAI-compatible fakes (fake_llm.py, fake_embeddings.py).

A real server on 127.0.0.1 that records every POST (path, lower-case headers, parsed JSON
body) and hands each one for a known route to the subclass's `answer`. The `openai` SDK
talks real HTTP to it, in the test process or from a `newsdesk` subprocess; nothing is
patched.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def messages(self) -> list[dict[str, str]]:
        return list(self.body.get("messages") or [])


@dataclass(frozen=True)
class Answer:
    """What to send back: a status, a JSON-able payload or raw bytes, headers, after a delay."""

    status: int = 200
    payload: Any = None
    raw: bytes | None = None  #: sent exactly, instead of `payload` as JSON
    headers: dict[str, str] | None = None
    delay_s: float = 0.0


def error(code: int, message: str, headers: dict[str, str] | None = None) -> Answer:
    return Answer(status=code, payload={"error": {"message": message, "type": "fake"}}, headers=headers)


class FakeOpenAIServer:
    """Record, route, answer. Subclasses set `routes` and `name` and implement `answer`."""

    routes: Sequence[str] = ()
    name = "fake-openai"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.requests: list[Recorded] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def answer(self, body: dict[str, Any], headers: dict[str, str]) -> Answer:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self, port: int = 0) -> Any:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                path = self.path.split("?", 1)[0]
                headers = {k.lower(): v for k, v in self.headers.items()}
                with fake._lock:
                    fake.requests.append(Recorded(path, headers, body))
                reply = fake.answer(body, headers) if path in fake.routes else error(404, f"no route {path}")
                if reply.delay_s and fake._stop.wait(reply.delay_s):
                    return  # stopped while "thinking": send nothing
                data = reply.raw if reply.raw is not None else json.dumps(reply.payload, ensure_ascii=False).encode()
                try:
                    self.send_response(reply.status)
                    if not any(k.lower() == "content-type" for k in reply.headers or {}):
                        self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (reply.headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:  # quiet on disconnects
                pass

        self._server = Server(("127.0.0.1", port), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name=self.name, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
