"""Embeddings: an optional, cached vector per post, for one more kind of clustering evidence.

    AI posts ─embed_text─▶ text ─text_hash─▶ VectorCache (model, hash) ─misses─▶ Embedder, in batches
                                                                                 ├ openai: POST {base_url}/embeddings
                                                                                 └ local:  sentence-transformers
    unit vectors ─neighbour_pairs (time-sorted, blocked matrix products, top k)─▶ (a, b, cosine) ─▶ cluster.py

Why: posts about one event in two languages, or in different words with no shared link and
no versioned name, have nothing else in common that clustering can see. A multilingual model
puts "Claude 发布了新的编程智能体" near "Claude launches a coding agent". Cosine alone is not
trusted, though: cluster.py gates it by time, threshold and a second, weaker sign.

Embeddings help; they never carry the edition. Any failure (endpoint down, timeout, junk
answer, extra not installed) is logged once as `embeddings.failed` naming the endpoint's host,
and the stories are built without vectors, exactly as with `embeddings = "off"`. Messages are
built here from status codes and exception types, never copied from a server's body (a server
may echo the Authorization header), and the key is scrubbed from them all the same.

Nothing heavy is imported with this module: `neighbour_pairs` is pure and imports numpy when
first called (cluster.py calls it), the backends import their SDK when made, and the store is
reached through the `VectorCache` protocol, so `newsdesk stories` with embeddings off starts as
fast as before.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from newsdesk.config import StoriesSettings
from newsdesk.errors import EmbeddingError, StoreError
from newsdesk.logs import log_event
from newsdesk.model import Post
from newsdesk.textfacts.normal import own_text, post_body

if TYPE_CHECKING:
    import numpy as np

    from newsdesk.store import Store

log = logging.getLogger(__name__)

TEXT_VERSION = "t1"  #: bump when `embed_text` changes what is embedded: old cache rows then miss
MAX_EMBED_CHARS = 2000  #: a post's opening carries its news; this bounds tokens per input (~500-1000)
#: rows of one matrix product: a block is BLOCK_ROWS x (BLOCK_ROWS + MAX_LOOKBACK) float32, ~2.3 MB
BLOCK_ROWS = 256
#: a post is compared with at most this many earlier posts, however many the window holds:
#: cost is posts x MAX_LOOKBACK x dims, linear in posts (100k posts x 2000 x 384 ~ 8e10 flops)
MAX_LOOKBACK = 2000
#: the most similar earlier posts kept per post: enough to join a story, too few to chain a topic
MAX_NEIGHBOURS = 10
#: cached vectors older than this are dropped when new ones are stored
CACHE_KEEP = timedelta(days=30)

PostEmbedder = Callable[[Sequence[Post]], Mapping[str, Any]]
_SPACE = re.compile(r"\s+")


# -- what is embedded --------------------------------------------------------------------------


def embed_text(post: Post) -> str:
    """The words a post's author wrote (title and text, NFKC, no URLs or leading @mentions), capped.

    Case and punctuation stay: embedding models read them. Empty for a bare link, which has
    nothing to embed (its link already joins it to its story).
    """
    text = unicodedata.normalize("NFKC", own_text(post_body(post)))
    return _SPACE.sub(" ", text).strip()[:MAX_EMBED_CHARS]


def text_hash(text: str) -> str:
    """The cache key of one text: two posts with the same words share one vector."""
    return f"{TEXT_VERSION}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


# -- backends ----------------------------------------------------------------------------------


class Embedder(Protocol):
    """One embedding model. `embed` is one request (a batch); it raises `EmbeddingError`."""

    #: the cache namespace: "openai:<model>" or "local:<model>"
    name: str
    #: what a message names: the endpoint's host (never its key) or the local model
    where: str
    batch_size: int

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...

    def close(self) -> None: ...


def endpoint_host(base_url: str) -> str:
    """host[:port] of an endpoint: enough to find it, without userinfo, path or query secrets."""
    try:
        parts = urlsplit(base_url)
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return "<invalid url>"
    return f"{host}:{port}" if port else host or "<no host>"


class OpenAIEmbedder:
    """Any OpenAI-compatible `POST {base_url}/embeddings`: OpenAI, DashScope, Ollama, vLLM,
    llama.cpp's server, text-embeddings-inference.

    Transport retries (timeouts, connection errors, 408/409/429 with Retry-After, 5xx) are the
    `openai` client's, bounded by `max_retries`, as for the LLM writer. `encoding_format` is
    sent as "float": the SDK would otherwise ask for base64, which several local servers do not
    speak.
    """

    def __init__(self, settings: StoriesSettings, *, client: Any = None) -> None:
        from openai import OpenAI

        self.model = settings.embeddings_model
        self.name = f"openai:{self.model}"
        self.where = endpoint_host(settings.embeddings_base_url)
        self.batch_size = settings.embeddings_batch_size
        self._settings = settings
        key = settings.embeddings_api_key
        self._secret = key.get_secret_value() if key is not None else None
        self._client = client or OpenAI(
            base_url=settings.embeddings_base_url,
            api_key=self._secret or "not-needed",
            timeout=settings.embeddings_timeout_s,
            max_retries=settings.embeddings_max_retries,
        )

    def close(self) -> None:
        self._client.close()

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        import openai

        from newsdesk.openai_errors import describe_api_error

        s = self._settings
        try:
            response = self._client.embeddings.create(model=self.model, input=list(texts), encoding_format="float")
        except (openai.APIError, ValueError) as exc:  # ValueError: a 200 whose body is not an embedding list
            reason = describe_api_error(exc, timeout_s=s.embeddings_timeout_s, retries=s.embeddings_max_retries,
                                        key_env=s.embeddings_api_key_env)
        else:
            return _float_lists(getattr(response, "data", None), len(texts), self)
        raise EmbeddingError(self._scrub(f"embeddings request to {self.where} failed: {reason}"))

    def _scrub(self, text: str) -> str:
        return text.replace(self._secret, "<redacted>") if self._secret else text


def _float_lists(data: Any, expected: int, embedder: Embedder) -> list[list[float]]:
    """The vectors of an answer in input order, or EmbeddingError: the SDK builds its response
    objects without validation, so a junk body arrives as whatever the server sent."""
    bad = f"embeddings from {embedder.where}: unusable response"
    if not isinstance(data, list) or len(data) != expected:
        got = len(data) if isinstance(data, list) else type(data).__name__
        raise EmbeddingError(f"{bad}: {got} vectors for {expected} inputs")
    by_index: dict[int, list[float]] = {}
    for n, item in enumerate(data):
        index = getattr(item, "index", n)
        vector = getattr(item, "embedding", None)
        if not isinstance(index, int) or not isinstance(vector, list) or not vector:
            raise EmbeddingError(f"{bad}: item {n} is not an embedding")
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in vector):
            raise EmbeddingError(f"{bad}: item {n} holds non-numbers")
        by_index[index] = vector
    if sorted(by_index) != list(range(expected)):
        raise EmbeddingError(f"{bad}: indexes do not match the inputs")
    return [by_index[i] for i in range(expected)]


class LocalEmbedder:
    """A sentence-transformers model on this machine (the `[embeddings]` extra).

    Not exercised by the tests: no model can be downloaded where they run. What is tested is
    the missing extra, which fails with install advice and falls back like any other failure.
    """

    def __init__(self, settings: StoriesSettings) -> None:
        self.model = settings.embeddings_model_name
        self.name = f"local:{self.model}"
        self.where = f"local model {self.model}"
        self.batch_size = settings.embeddings_batch_size
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingError(
                'embeddings = "local" needs sentence-transformers: pip install "newsdesk[embeddings]"'
            ) from exc
        try:
            self._model = SentenceTransformer(self.model)
        except (OSError, ValueError, RuntimeError) as exc:  # not cached and no network, or not a model
            raise EmbeddingError(f"cannot load the {self.where}: {type(exc).__name__}") from exc

    def close(self) -> None:
        pass

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                     show_progress_bar=False)
        if len(vectors) != len(texts):
            raise EmbeddingError(f"{self.where}: {len(vectors)} vectors for {len(texts)} inputs")
        return [[float(x) for x in v] for v in vectors]


def make_embedder(settings: StoriesSettings) -> Embedder:
    """The backend `settings.embeddings` names; raises EmbeddingError when it cannot be made."""
    if settings.embeddings == "openai":
        return OpenAIEmbedder(settings)
    if settings.embeddings == "local":
        return LocalEmbedder(settings)
    raise EmbeddingError(f"embeddings are {settings.embeddings!r}: no embedder")


# -- the cache ---------------------------------------------------------------------------------


class VectorCache(Protocol):
    """Vectors by (model, text hash) as float32 bytes; `StoreVectorCache` keeps them in SQLite."""

    def get(self, model: str, hashes: Collection[str]) -> dict[str, bytes]: ...

    def put(self, model: str, rows: Sequence[tuple[str, bytes]]) -> None: ...


class MemoryVectorCache:
    """A cache for one process: tests and `newsdesk stories` when the store cannot be opened."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], bytes] = {}
        self._lock = threading.Lock()

    def get(self, model: str, hashes: Collection[str]) -> dict[str, bytes]:
        with self._lock:
            return {h: self._rows[(model, h)] for h in hashes if (model, h) in self._rows}

    def put(self, model: str, rows: Sequence[tuple[str, bytes]]) -> None:
        with self._lock:
            self._rows.update(((model, h), blob) for h, blob in rows)


class StoreVectorCache:
    """The store's `embeddings` table; the first write also drops rows older than CACHE_KEEP."""

    def __init__(self, store: Store, *, now: datetime) -> None:
        self._store = store
        self._now = now
        self._pruned = False

    def get(self, model: str, hashes: Collection[str]) -> dict[str, bytes]:
        return {h: blob for h, (_dims, blob) in self._store.embeddings(model, hashes).items()}

    def put(self, model: str, rows: Sequence[tuple[str, bytes]]) -> None:
        if not self._pruned:
            self._store.prune_embeddings(self._now - CACHE_KEEP)
            self._pruned = True
        self._store.save_embeddings(model, ((h, len(blob) // 4, blob) for h, blob in rows), now=self._now)


# -- posts to vectors --------------------------------------------------------------------------


def embed_posts(posts: Sequence[Post], embedder: Embedder, cache: VectorCache) -> dict[str, np.ndarray]:
    """Unit float32 vectors by post id, from the cache or, for the texts it lacks, the embedder.

    Each batch is cached as it arrives, so a run that fails half-way still saves the next one
    those requests. Raises EmbeddingError (a request failed, or vectors disagree in size).
    """
    import numpy as np

    texts = {p.id: t for p in posts if (t := embed_text(p))}
    hashes = {pid: text_hash(t) for pid, t in texts.items()}
    found = cache.get(embedder.name, set(hashes.values()))
    missing = sorted({h: texts[pid] for pid, h in hashes.items() if h not in found}.items())
    for start in range(0, len(missing), embedder.batch_size):
        batch = missing[start:start + embedder.batch_size]
        rows = [(h, _unit_bytes(v, embedder)) for (h, _), v in
                zip(batch, embedder.embed([t for _, t in batch]), strict=True)]
        cache.put(embedder.name, rows)
        found.update(rows)
    sizes = {len(found[h]) for h in hashes.values()}
    if len(sizes) > 1:
        raise EmbeddingError(f"embeddings from {embedder.where}: vectors of {len(sizes)} different sizes under "
                             f"one model name ({embedder.name}); was the model changed?")
    log_event(log, "embeddings.ready", posts=len(hashes), cached=len(hashes) - len(missing), embedded=len(missing),
              model=embedder.name)
    return {pid: np.frombuffer(found[h], dtype="<f4") for pid, h in hashes.items()}


def _unit_bytes(vector: Sequence[float], embedder: Embedder) -> bytes:
    import numpy as np

    v = np.asarray(vector, dtype=np.float64)
    norm = float(np.linalg.norm(v))
    if not math.isfinite(norm) or norm == 0.0:
        raise EmbeddingError(f"embeddings from {embedder.where}: unusable response: a zero or non-finite vector")
    return (v / norm).astype("<f4").tobytes()


def make_post_embedder(settings: StoriesSettings, cache: VectorCache | None = None) -> PostEmbedder | None:
    """What `build_stories(embed=...)` takes: posts in, unit vectors by id out, never an exception
    of ours. None when embeddings are off. A failure is logged and answers {} (no vectors)."""
    if settings.embeddings == "off":
        return None
    vectors = cache if cache is not None else MemoryVectorCache()

    def embed(posts: Sequence[Post]) -> Mapping[str, Any]:
        if not posts:
            return {}
        try:
            with _opened(settings) as backend:
                return embed_posts(posts, backend, vectors)
        except (EmbeddingError, StoreError) as exc:
            where = (endpoint_host(settings.embeddings_base_url) if settings.embeddings == "openai"
                     else f"local model {settings.embeddings_model_name}")
            log_event(log, "embeddings.failed", logging.WARNING, endpoint=where, error=str(exc),
                      effect="stories clustered without embeddings")
            return {}

    return embed


@contextmanager
def _opened(settings: StoriesSettings) -> Iterator[Embedder]:
    backend = make_embedder(settings)
    try:
        yield backend
    finally:
        backend.close()


# -- candidate pairs ---------------------------------------------------------------------------


def neighbour_pairs(
    entries: Sequence[tuple[float, str]],
    vectors: Mapping[str, Any],
    *,
    window_s: float,
    threshold: float,
    max_neighbours: int = MAX_NEIGHBOURS,
    max_lookback: int = MAX_LOOKBACK,
) -> list[tuple[str, str, float]]:
    """(earlier id, later id, cosine) for each post and its most similar earlier posts.

    `entries` are (Unix time, id) sorted by time then id; ids without a vector are skipped.
    A pair needs cosine >= `threshold`, the two within `window_s`, and the earlier post among
    the later one's `max_lookback` predecessors; each post keeps its `max_neighbours` best.
    Rows go BLOCK_ROWS at a time against only the columns their window can reach, so memory
    is bounded and no product spans the whole set. Vectors are unit length (`embed_posts`).
    """
    import numpy as np

    kept = [(t, pid) for t, pid in entries if pid in vectors]
    if len(kept) < 2 or max_neighbours < 1:
        return []
    times = np.array([t for t, _ in kept], dtype=np.float64)
    ids = [pid for _, pid in kept]
    matrix = np.stack([np.asarray(vectors[pid], dtype=np.float32) for pid in ids])
    pairs: list[tuple[str, str, float]] = []
    for start in range(0, len(ids), BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, len(ids))
        lo = max(int(np.searchsorted(times, times[start] - window_s, side="left")), start - max_lookback, 0)
        sims = matrix[start:stop] @ matrix[lo:stop].T
        rows = np.arange(start, stop)[:, None]
        cols = np.arange(lo, stop)[None, :]
        ok = (cols < rows) & (cols >= rows - max_lookback) & (times[cols] >= times[rows] - window_s)
        ok &= sims >= np.float32(threshold)
        if not ok.any():
            continue
        masked = np.where(ok, sims, -np.inf)
        if masked.shape[1] > max_neighbours:
            # the best max_neighbours columns per row; argpartition is linear in the row
            best = np.argpartition(masked, -max_neighbours, axis=1)[:, -max_neighbours:]
        else:
            best = np.broadcast_to(np.arange(masked.shape[1]), masked.shape)
        for r, c in zip(*np.nonzero(np.take_along_axis(ok, best, axis=1)), strict=True):
            col = int(best[r, c])
            pairs.append((ids[lo + col], ids[start + r], float(masked[r, col])))
    pairs.sort(key=lambda p: (p[1], p[0]))
    return pairs
