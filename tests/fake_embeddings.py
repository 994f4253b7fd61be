"""A real OpenAI-compatible `/embeddings` endpoint on 127.0.0.1:0 that computes deterministic vectors.

    with FakeEmbeddings() as server:
        server.base_url            # "http://127.0.0.1:<port>/v1"
        server.fail(status(500), junk(b"<html>"), slow(2.0))   # the next requests answer these, in order
        server.fail_always(status(500))                          # every request, until cleared with None
        server.requests            # every request: path, headers, parsed JSON body
        server.inputs()            # every text sent, in order

The vectors are real, not canned: a text's features (hashed character n-grams of its words and
CJK bigrams, plus one dimension per concept of a small English/Chinese synonym table, weighted
higher) are summed into DIMS dimensions and normalised. So "Claude 发布了编程智能体" and "Claude
launches a coding agent" really are close (they share the concepts launch, coding, agent and the
n-grams of "claude"), and unrelated texts are not. Not a language model: just enough geometry
to test the plumbing end to end, through the `openai` SDK over real HTTP.

Run as a script (`python tests/fake_embeddings.py [--port N]`) to point a `newsdesk` run at it by hand.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DIMS = 256
CONCEPT_WEIGHT = 3.0  #: a synonym concept counts like several n-grams: it is what crosses languages
NGRAM_WEIGHT = 1.0
#: concept -> spellings (English words match whole words, lower case; Chinese ones as substrings)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "launch": ("launch", "launches", "launched", "release", "released", "releases", "ships", "shipped",
               "发布", "推出", "上线"),
    "coding": ("coding", "code", "programming", "编程", "代码", "写代码"),
    "agent": ("agent", "agents", "智能体", "代理"),
    "sandbox": ("sandbox", "沙盒", "沙箱"),
    "users": ("users", "user", "用户"),
    "model": ("model", "models", "模型", "大模型"),
    "open-source": ("open-source", "open", "开源"),
    "price": ("price", "pricing", "cheaper", "价格", "降价"),
    "video": ("video", "videos", "视频"),
    "benchmark": ("benchmark", "benchmarks", "评测", "榜单"),
}
_WORD = re.compile(r"[a-z0-9][a-z0-9\-.+]*")
_CJK = re.compile(r"[\u3400-\u9fff]+")


def _slot(feature: str) -> int:
    return int.from_bytes(hashlib.sha256(feature.encode("utf-8")).digest()[:4], "big") % DIMS


def features(text: str) -> dict[str, float]:
    """Weighted features of `text`: concepts, then n-grams of what no concept covers."""
    lower = text.lower()
    found: dict[str, float] = {}
    rest = lower
    for concept, spellings in SYNONYMS.items():
        for spelling in spellings:
            if _CJK.fullmatch(spelling):
                hit = spelling in rest
                rest = rest.replace(spelling, " ")
            else:
                hit = re.search(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", rest) is not None
                rest = re.sub(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", " ", rest)
            if hit:
                found["concept:" + concept] = CONCEPT_WEIGHT
    for word in _WORD.findall(rest):
        padded = f"^{word}$"
        for i in range(len(padded) - 2):
            key = "tri:" + padded[i:i + 3]
            found[key] = found.get(key, 0.0) + NGRAM_WEIGHT
    for run in _CJK.findall(rest):
        for i in range(max(1, len(run) - 1)):
            key = "bi:" + run[i:i + 2]
            found[key] = found.get(key, 0.0) + NGRAM_WEIGHT
    return found


def vector(text: str) -> list[float]:
    """The unit vector of `text` (all zeros but one for an empty text, so it is still unit length)."""
    v = [0.0] * DIMS
    for feature, weight in features(text).items():
        v[_slot(feature)] += weight
    norm = math.sqrt(sum(x * x for x in v))
    if norm == 0.0:
        v[0] = 1.0
        return v
    return [x / norm for x in v]


def cosine(a: str, b: str) -> float:
    return sum(x * y for x, y in zip(vector(a), vector(b), strict=True))


@dataclass(frozen=True)
class Failure:
    """One scripted bad answer."""

    status: int = 200
    body: bytes | None = None  #: sent as is (junk); None: a JSON error for the status
    delay_s: float = 0.0  #: sleep first (a client with a shorter timeout gives up)
    headers: dict[str, str] = field(default_factory=dict)
    echo_auth: bool = False  #: put the Authorization header in the error body (a leaky server)


def status(code: int, *, echo_auth: bool = False, retry_after_ms: int | None = None) -> Failure:
    headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
    return Failure(status=code, echo_auth=echo_auth, headers=headers)


def junk(body: bytes, code: int = 200) -> Failure:
    return Failure(status=code, body=body)


def slow(delay_s: float) -> Failure:
    """Answer correctly, but only after `delay_s`."""
    return Failure(delay_s=delay_s)


@dataclass(frozen=True)
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeEmbeddings:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._failures: list[Failure] = []
        self._always: Failure | None = None
        self.requests: list[Recorded] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting --
    def fail(self, *failures: Failure) -> FakeEmbeddings:
        with self._lock:
            self._failures.extend(failures)
        return self

    def fail_always(self, failure: Failure | None) -> FakeEmbeddings:
        with self._lock:
            self._always = failure
        return self

    def _next_failure(self) -> Failure | None:
        with self._lock:
            if self._failures:
                return self._failures.pop(0)
            return self._always

    def inputs(self) -> list[str]:
        with self._lock:
            return [text for r in self.requests for text in _texts(r.body.get("input"))]

    # -- lifecycle --
    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self, port: int = 0) -> FakeEmbeddings:
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
                with fake._lock:
                    fake.requests.append(Recorded(path, {k.lower(): v for k, v in self.headers.items()}, body))
                if path not in ("/v1/embeddings", "/embeddings"):
                    self._send(404, json.dumps({"error": {"message": f"no route {path}"}}).encode())
                    return
                failure = fake._next_failure()
                if failure is not None and failure.delay_s and fake._stop.wait(failure.delay_s):
                    return
                if failure is not None and (failure.status != 200 or failure.body is not None):
                    if failure.body is not None:
                        self._send(failure.status, failure.body, failure.headers)
                        return
                    message = f"status {failure.status}"
                    if failure.echo_auth:
                        message += f" for {self.headers.get('Authorization')}"
                    self._send(failure.status, json.dumps({"error": {"message": message}}).encode(),
                               failure.headers)
                    return
                texts = _texts(body.get("input"))
                if body.get("encoding_format") not in (None, "float"):
                    self._send(400, b'{"error": {"message": "only float encoding here"}}')
                    return
                answer = {
                    "object": "list",
                    "model": body.get("model", "fake"),
                    "data": [{"object": "embedding", "index": n, "embedding": vector(t)}
                             for n, t in enumerate(texts)],
                    "usage": {"prompt_tokens": sum(len(t) for t in texts), "total_tokens": sum(len(t) for t in texts)},
                }
                self._send(200, json.dumps(answer).encode())

            def _send(self, code: int, data: bytes, headers: dict[str, str] | None = None) -> None:
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
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
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-embeddings", daemon=True
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

    def __enter__(self) -> FakeEmbeddings:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return []


if __name__ == "__main__":
    import argparse
    import time

    parser = argparse.ArgumentParser(description="serve the fake /v1/embeddings endpoint on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = FakeEmbeddings().start(args.port)
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
