"""A real HTTP server on 127.0.0.1:0 for tests: recorded payloads and the edge cases around them.

Routes are registered per test and answer with scripted `Reply` values:

    server.route("/feed", Reply(body=b"<rss/>", headers={"Content-Type": "application/rss+xml"}))
    server.route("/flaky", Reply(status=500), Reply(body=b"ok"))      # a sequence; the last one repeats
    server.route("/etag", etag_handler(body, etag='"v1"'))            # any callable(Request) -> Reply
    server.serve_fixture("/x.json", fixtures_dir / "x" / "file.json")  # replays the *.headers.json sidecar

Every request is recorded (`server.requests`, `server.requests_to(path)`) so tests can check
what the client sent (User-Agent, If-None-Match, ...). Nothing here touches the internet.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

#: headers describing the recorded transfer, not the payload: the replay computes its own
_HOP_HEADERS = frozenset({
    "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "server",
})


@dataclass(frozen=True)
class Request:
    """What the server received."""

    method: str
    path: str  #: path only
    target: str  #: path with query
    headers: Mapping[str, str]  #: lower-case names
    body: bytes = b""  #: what a POST sent


@dataclass(frozen=True)
class Reply:
    """One scripted answer."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  #: sleep before sending anything (timeouts)
    declared_length: int | None = None  #: Content-Length to claim; larger than body = truncated, then close
    chunked: bool = False  #: send Transfer-Encoding: chunked with no Content-Length
    trickle_s: float = 0.0  #: pause between 1-byte chunks of a chunked body (a slow-loris server)


Handler = Callable[[Request], Reply]


def gzip_reply(body: bytes, *, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
    all_headers = {"Content-Encoding": "gzip", **(headers or {})}
    return Reply(status=status, body=gzip.compress(body), headers=all_headers)


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status=status, headers={"Location": location}, body=b"moved")


def etag_handler(body: bytes, *, etag: str, last_modified: str | None = None,
                 content_type: str = "application/xml") -> Handler:
    """200 with the validators; 304 when If-None-Match (or If-Modified-Since) matches."""

    def handle(request: Request) -> Reply:
        headers = {"ETag": etag, "Content-Type": content_type}
        if last_modified:
            headers["Last-Modified"] = last_modified
        inm = request.headers.get("if-none-match")
        ims = request.headers.get("if-modified-since")
        if (inm is not None and etag in [t.strip() for t in inm.split(",")]) or (
            inm is None and last_modified is not None and ims == last_modified
        ):
            return Reply(status=304, headers=headers)
        return Reply(body=body, headers=headers)

    return handle


def fixture_reply(path: Path, *, status: int | None = None, content_type: str | None = None) -> Reply:
    """The recorded payload with the status and headers of its `*.headers.json` sidecar, if any."""
    body = path.read_bytes()
    sidecar = path.with_name(path.stem + ".headers.json")
    headers: dict[str, str] = {}
    recorded_status = 200
    if sidecar.exists():
        record = json.loads(sidecar.read_text(encoding="utf-8"))
        recorded_status = int(record.get("status") or 200)
        recorded = record.get("headers") or {}
        headers = {k: str(v) for k, v in recorded.items() if k.lower() not in _HOP_HEADERS}
    if content_type is not None:
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        headers["Content-Type"] = content_type
    return Reply(status=status or recorded_status, body=body, headers=headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet: pytest shows failures anyway
        pass

    def do_GET(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urlsplit(self.path).path
        request = Request(
            method=self.command, path=path, target=self.path,
            headers={k.lower(): v for k, v in self.headers.items()}, body=body,
        )
        reply = self.server.owner._dispatch(request)
        if reply.delay_s:
            time.sleep(reply.delay_s)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            step = 1 if reply.trickle_s else 64 * 1024
            for start in range(0, len(reply.body), step):
                piece = reply.body[start:start + step]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.flush()
                if reply.trickle_s:
                    time.sleep(reply.trickle_s)
            self.wfile.write(b"0\r\n\r\n")
            return
        declared = len(reply.body) if reply.declared_length is None else reply.declared_length
        if reply.status != 304:
            self.send_header("Content-Length", str(declared))
        if declared != len(reply.body):
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if reply.status != 304:
            self.wfile.write(reply.body)

    do_POST = do_GET  # routes see `request.method`; an OAuth token exchange is the one POST


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalHTTPServer

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gave up (timeout tests) leaves a broken pipe behind; that is the point.
        pass


class LocalHTTPServer:
    """A ThreadingHTTPServer on 127.0.0.1 with an ephemeral port, serving scripted routes."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._lock = threading.Lock()
        self._routes: dict[str, list[Reply] | Handler] = {}
        self.requests: list[Request] = []
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> LocalHTTPServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def reset(self) -> None:
        with self._lock:
            self._routes.clear()
            self.requests.clear()

    def route(self, path: str, *replies: Reply | Handler) -> str:
        """Answer `path` with `replies` in order (the last repeats), or with one handler; returns the URL."""
        if not replies:
            raise ValueError("a route needs at least one reply")
        with self._lock:
            if len(replies) == 1 and callable(replies[0]) and not isinstance(replies[0], Reply):
                self._routes[path] = replies[0]
            else:
                if not all(isinstance(r, Reply) for r in replies):
                    raise TypeError("a sequence route takes Reply values only")
                self._routes[path] = list(replies)  # type: ignore[arg-type]
        return self.url(path)

    def serve_fixture(self, path: str, file: Path, **kwargs: object) -> str:
        return self.route(path, fixture_reply(file, **kwargs))  # type: ignore[arg-type]

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _dispatch(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            route = self._routes.get(request.path)
            if route is None:
                return Reply(status=404, body=b"no route", headers={"Content-Type": "text/plain"})
            if callable(route):
                handler = route
            else:
                reply = route.pop(0) if len(route) > 1 else route[0]
                return reply
        return handler(request)
