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
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fake_openai import Answer, FakeOpenAIServer

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


class FakeEmbeddings(FakeOpenAIServer):
    routes = ("/v1/embeddings", "/embeddings")
    name = "fake-embeddings"

    def __init__(self) -> None:
        super().__init__()
        self._failures: list[Failure] = []
        self._always: Failure | None = None

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

    def answer(self, body: dict[str, Any], headers: dict[str, str]) -> Answer:
        failure = self._next_failure()
        delay = failure.delay_s if failure is not None else 0.0
        if failure is not None and failure.body is not None:
            return Answer(failure.status, raw=failure.body, headers=failure.headers, delay_s=delay)
        if failure is not None and failure.status != 200:
            message = f"status {failure.status}" + (f" for {headers.get('authorization')}" if failure.echo_auth else "")
            return Answer(failure.status, {"error": {"message": message}}, headers=failure.headers, delay_s=delay)
        if body.get("encoding_format") not in (None, "float"):
            return Answer(400, {"error": {"message": "only float encoding here"}}, delay_s=delay)
        texts = _texts(body.get("input"))
        return Answer(200, {
            "object": "list",
            "model": body.get("model", "fake"),
            "data": [{"object": "embedding", "index": n, "embedding": vector(t)} for n, t in enumerate(texts)],
            "usage": {"prompt_tokens": sum(len(t) for t in texts), "total_tokens": sum(len(t) for t in texts)},
        }, delay_s=delay)


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
