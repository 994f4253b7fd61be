"""Embeddings: gated evidence in clustering, a cache that saves requests, and failures that change nothing.

The endpoint is tests/fake_embeddings.py, a real HTTP server on loopback that the `openai` SDK
talks to; its vectors are computed from the text (hashed n-grams plus a small English/Chinese
synonym table), so a cross-language pair is really close and an unrelated post is not.
"""

from __future__ import annotations

import json
import logging
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsdesk.config import Settings, StoriesSettings, load_settings
from newsdesk.edition import run_edition
from newsdesk.errors import ConfigError
from newsdesk.logs import KeyValueFormatter
from newsdesk.model import Post
from newsdesk.slots import slot_containing, zone
from newsdesk.store import open_store
from newsdesk.stories import StoryResult, build_stories
from newsdesk.stories.cluster import cluster_posts
from newsdesk.stories.dedup import find_duplicates
from newsdesk.stories.embed import (
    StoreVectorCache,
    embed_text,
    make_post_embedder,
    neighbour_pairs,
    text_hash,
)

from fake_embeddings import FakeEmbeddings, cosine, junk, slow, status

T0 = datetime(2026, 3, 25, 12, 0, tzinfo=UTC)
KEY = "sk-embed-TESTKEY-0123456789abcdefSECRET"
THRESHOLD = 0.6


def post(pid: str, text: str, minutes: float = 0, author: str = "a") -> Post:
    return Post(id=pid, source_id="test", platform="x", author_handle=author, author_name=author,
                url="", text=text, created_at=T0 + timedelta(minutes=minutes))


#: one launch told in English and in Chinese (sharing only "Claude" and "Pro"), and three unrelated posts
EN = post("x:1", "Claude launches a coding agent that runs code in a sandbox. Available to all Pro users today.",
          0, "anthropic_fan")
ZH = post("x:2", "Claude 发布了新的编程智能体，可以在沙盒里运行代码，Pro 用户今天就能用。", 40, "zh_ai_news")
OTHERS = [
    post("x:3", "Gemini 3 Pro tops the LMArena benchmark with a new open model for video generation.", 20, "g_watch"),
    post("x:4", "OpenAI cuts GPT-5.5 API pricing by half for batch requests starting next week.", 60, "pricebot"),
    post("x:5", "Qwen3.6 开源了，新模型在评测榜单上表现很好。", 90, "qwen_fan"),
]
POSTS = [EN, ZH, *OTHERS]
NOW = T0 + timedelta(hours=2)


def settings_for(server: FakeEmbeddings | None, **extra: str) -> Settings:
    env = {"EMBED_KEY": KEY}
    if server is not None:
        env |= {
            "NEWSDESK_STORIES_EMBEDDINGS": "openai",
            "NEWSDESK_STORIES_EMBEDDINGS_BASE_URL": server.base_url,
            "NEWSDESK_STORIES_EMBEDDINGS_MODEL": "fake-embed",
            "NEWSDESK_STORIES_EMBEDDINGS_API_KEY_ENV": "EMBED_KEY",
            "NEWSDESK_STORIES_EMBEDDINGS_THRESHOLD": str(THRESHOLD),
            "NEWSDESK_STORIES_EMBEDDINGS_TIMEOUT_S": "0.5",
            "NEWSDESK_STORIES_EMBEDDINGS_MAX_RETRIES": "0",
        }
    return load_settings(environ=env | {f"NEWSDESK_STORIES_{k.upper()}": v for k, v in extra.items()})


def stories(posts: list[Post], settings: Settings, cache: Any = None) -> StoryResult:
    embed = make_post_embedder(settings.stories, cache)
    return build_stories(posts, now=NOW, settings=settings, embed=embed)


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """The captured records as the CLI prints them, fields included (caplog.text has only the event)."""
    return "\n".join(KeyValueFormatter().format(r) for r in caplog.records)


def groups(result: StoryResult) -> set[tuple[str, ...]]:
    return {s.post_ids for s in result.stories}


@pytest.fixture
def server() -> Any:
    with FakeEmbeddings() as srv:
        yield srv


@pytest.fixture(scope="module")
def off() -> StoryResult:
    return build_stories(POSTS, now=NOW, settings=Settings())


# -- the fake is a fair test: the pair is close, the rest is not ---------------------------------


def test_fake_vectors_put_the_cross_language_pair_close_and_the_rest_apart() -> None:
    assert cosine(EN.text, ZH.text) > 0.7
    for a in POSTS:
        for b in POSTS:
            if a.id < b.id and {a.id, b.id} != {"x:1", "x:2"}:
                assert cosine(a.text, b.text) < 0.5, (a.id, b.id)


# -- end to end through the pipeline -------------------------------------------------------------


def test_a_launch_in_two_languages_merges_with_embeddings_and_stays_apart_without(
    server: FakeEmbeddings, off: StoryResult
) -> None:
    assert ("x:1",) in groups(off) and ("x:2",) in groups(off)

    on = stories(POSTS, settings_for(server))

    assert ("x:1", "x:2") in groups(on)
    assert {g for g in groups(on) if len(g) == 1} == {("x:3",), ("x:4",), ("x:5",)}
    story = next(s for s in on.stories if s.post_ids == ("x:1", "x:2"))
    (line,) = story.merge_log
    assert line.startswith("x:1 + x:2: embed(cos 0.")
    assert f"{cosine(EN.text, ZH.text):.3f}" in line  # the cosine the server's vectors give
    assert "claude" in line  # the corroborating shared entity
    request = server.requests[0]
    assert request.path == "/v1/embeddings"
    assert request.body["model"] == "fake-embed" and request.body["encoding_format"] == "float"
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_only_ai_originals_are_embedded(server: FakeEmbeddings) -> None:
    chatter = post("x:9", "Lovely weather for a walk in the park this morning, the cherry trees are out.", 10, "c")
    copy = post("x:10", EN.text, 50, "copycat")

    stories([*POSTS, chatter, copy], settings_for(server))

    sent = server.inputs()
    assert chatter.text not in sent
    assert sorted(sent) == sorted({embed_text(p) for p in POSTS})  # the copy shares the original's text


def test_batches_are_bounded(server: FakeEmbeddings) -> None:
    stories(POSTS, settings_for(server, embeddings_batch_size="2"))

    assert [len(r.body["input"]) for r in server.requests] == [2, 2, 1]


def test_the_threshold_and_the_window_gate_the_merge(server: FakeEmbeddings) -> None:
    strict = stories(POSTS, settings_for(server, embeddings_threshold="0.9"))
    assert ("x:1", "x:2") not in groups(strict)

    late = post("x:2", ZH.text, 60 * 13, ZH.author_handle)  # 13 h later, past the 12 h default window
    far = stories([EN, late, *OTHERS], settings_for(server))
    assert ("x:1", "x:2") not in groups(far)


# -- the cache -----------------------------------------------------------------------------------


def test_the_store_cache_makes_a_second_run_send_nothing(server: FakeEmbeddings, tmp_path: Path) -> None:
    settings = settings_for(server)
    with open_store(tmp_path / "news.db") as store:
        first = stories(POSTS, settings, StoreVectorCache(store, now=NOW))
        sent = len(server.requests)
        assert sent == 1 and len(server.inputs()) == len(POSTS)

        second = stories(POSTS, settings, StoreVectorCache(store, now=NOW))
        assert len(server.requests) == sent  # nothing asked again
        assert second == first

        extra = post("x:6", "Mistral ships a new small model for laptops, open weights under Apache 2.0.", 70, "m")
        stories([*POSTS, extra], settings, StoreVectorCache(store, now=NOW))
        assert server.inputs()[len(POSTS):] == [embed_text(extra)]  # only the new post


def test_cached_vectors_are_per_model_and_old_ones_are_pruned(tmp_path: Path) -> None:
    vec = np.asarray([0.6, 0.8], dtype="<f4").tobytes()
    with open_store(tmp_path / "news.db") as store:
        old = StoreVectorCache(store, now=T0 - timedelta(days=40))
        old.put("openai:a", [("t1:old", vec)])
        cache = StoreVectorCache(store, now=T0)
        assert cache.get("openai:a", ["t1:old", "t1:none"]) == {"t1:old": vec}
        assert cache.get("openai:b", ["t1:old"]) == {}
        cache.put("openai:a", [("t1:new", vec)])  # the first write prunes rows older than 30 days
        assert cache.get("openai:a", ["t1:old", "t1:new"]) == {"t1:new": vec}
        assert store.embeddings("openai:a", ["t1:new"]) == {"t1:new": (2, vec)}


def test_text_hash_ignores_links_and_spacing_only() -> None:
    a = post("x:1", "Claude   launches a coding agent https://t.co/abc")
    b = post("x:2", "Claude launches a coding agent https://t.co/xyz")
    c = post("x:3", "Claude launches a coding agent!")
    assert text_hash(embed_text(a)) == text_hash(embed_text(b)) != text_hash(embed_text(c))
    assert embed_text(post("x:4", "https://t.co/only-a-link")) == ""


def test_an_edition_embeds_through_the_store_and_a_rebuild_asks_nothing(
    server: FakeEmbeddings, tmp_path: Path
) -> None:
    settings = settings_for(server, embeddings_max_retries="0")
    settings = settings.model_copy(update={"store": settings.store.model_copy(update={"path": str(tmp_path / "db")})})
    slot = slot_containing(T0, zone(settings.edition.timezone), settings.edition.period)
    with open_store(settings.store_path) as store:
        run = run_edition(settings, store, slot=slot, now=slot.end, out_dir=tmp_path / "out", posts=POSTS,
                          publish=False)
        assert ["x:1", "x:2"] in [item["story_posts"] for item in run.summary["items"]]
        assert len(server.requests) == 1
        assert len(store.embeddings("openai:fake-embed", [text_hash(embed_text(p)) for p in POSTS])) == len(POSTS)

        run_edition(settings, store, slot=slot, now=slot.end, out_dir=tmp_path / "out", posts=POSTS, publish=False)
        assert len(server.requests) == 1


# -- failures fall back to "off" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "expect"),
    [
        (status(500), "HTTP 500"),
        (status(503, echo_auth=True), "HTTP 503"),
        (slow(3.0), "timed out after 0.5 s"),
        (junk(b"<html>gateway</html>"), "unusable response"),
        (junk(b'{"object": "list", "data": []}'), "0 vectors for 5 inputs"),
        (junk(b'{"data": [{"index": 0, "embedding": "AAAA"}]}'), "unusable response"),
        (junk(b'{"data": [' + b",".join(b'{"index": %d, "embedding": [0, 0]}' % i for i in range(5)) + b"]}"),
         "zero or non-finite vector"),
        (junk(b'{"error": {"message": "bad"}}', 400), "HTTP 400"),
    ],
    ids=["500", "503-leaky", "timeout", "html", "too-few", "base64", "zero-vectors", "400"],
)
def test_a_failing_endpoint_changes_nothing_but_a_warning(
    server: FakeEmbeddings, off: StoryResult, caplog: pytest.LogCaptureFixture, failure: Any, expect: str
) -> None:
    server.fail_always(failure)
    settings = settings_for(server)
    with caplog.at_level(logging.WARNING, logger="newsdesk"):
        result = stories(POSTS, settings)

    assert result == off
    (record,) = [r for r in caplog.records if r.getMessage() == "embeddings.failed"]
    fields = record.fields  # type: ignore[attr-defined]
    assert fields["endpoint"] == server.base_url.split("//")[1].split("/")[0]  # 127.0.0.1:<port>
    assert expect in fields["error"]
    assert KEY not in logged(caplog)


def test_429_and_5xx_are_retried(server: FakeEmbeddings) -> None:
    server.fail(status(429, retry_after_ms=10), status(502, retry_after_ms=10))
    result = stories(POSTS, settings_for(server, embeddings_max_retries="2"))

    assert len(server.requests) == 3
    assert ("x:1", "x:2") in groups(result)


def test_a_rejected_key_is_named_by_variable_never_by_value(
    server: FakeEmbeddings, caplog: pytest.LogCaptureFixture
) -> None:
    server.fail_always(status(401, echo_auth=True))
    with caplog.at_level(logging.WARNING, logger="newsdesk"):
        stories(POSTS, settings_for(server))

    assert "authentication failed; check $EMBED_KEY" in logged(caplog)
    assert KEY not in logged(caplog)
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was sent, just never shown


def test_an_unreachable_endpoint_falls_back(off: StoryResult, caplog: pytest.LogCaptureFixture) -> None:
    with FakeEmbeddings() as gone:
        settings = settings_for(gone)
    with caplog.at_level(logging.WARNING, logger="newsdesk"):
        assert stories(POSTS, settings) == off
    assert "cannot connect" in logged(caplog)


def test_local_backend_without_the_extra_names_it(off: StoryResult, caplog: pytest.LogCaptureFixture) -> None:
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("sentence-transformers is installed: this tests the missing extra")
    settings = load_settings(environ={"NEWSDESK_STORIES_EMBEDDINGS": "local"})
    assert settings.stories.embeddings_model_name.endswith("paraphrase-multilingual-MiniLM-L12-v2")
    with caplog.at_level(logging.WARNING, logger="newsdesk"):
        assert stories(POSTS, settings) == off
    assert 'pip install \\"newsdesk[embeddings]\\"' in logged(caplog)  # JSON-quoted in the line


# -- configuration -------------------------------------------------------------------------------


def test_configuration_keeps_the_key_out_of_files_and_output(tmp_path: Path) -> None:
    settings = load_settings(environ={"NEWSDESK_STORIES_EMBEDDINGS": "openai",
                                      "NEWSDESK_STORIES_EMBEDDINGS_BASE_URL": "http://127.0.0.1:9/v1",
                                      "NEWSDESK_STORIES_EMBEDDINGS_MODEL": "m", "NEWSDESK_EMBEDDINGS_API_KEY": KEY})
    assert settings.stories.embeddings_api_key is not None
    assert settings.stories.embeddings_api_key.get_secret_value() == KEY
    shown = json.dumps(settings.redacted())
    assert KEY not in shown and '"embeddings_api_key": "<redacted>"' in shown
    assert KEY not in repr(settings)

    conf = tmp_path / "newsdesk.toml"
    conf.write_text('[stories]\nembeddings = "openai"\nembeddings_api_key = "sk-x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"stories\.embeddings_api_key: secrets do not belong"):
        load_settings(conf, environ={})
    conf.write_text('[stories]\nembeddings = "openai"\nembeddings_model = "m"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="needs embeddings_base_url and embeddings_model"):
        load_settings(conf, environ={})
    conf.write_text('[stories]\nembeddings = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"stories\.embeddings"):
        load_settings(conf, environ={})


def test_off_is_the_default_and_resolves_no_key() -> None:
    settings = load_settings(environ={"NEWSDESK_EMBEDDINGS_API_KEY": KEY})
    assert settings.stories.embeddings == "off" and settings.stories.embeddings_api_key is None
    assert make_post_embedder(settings.stories) is None


# -- the gate inside clustering, with hand-made vectors -----------------------------------------


def unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def angled(cos: float) -> np.ndarray:
    """A unit vector at cosine `cos` from (1, 0, 0)."""
    return unit(cos, float(np.sqrt(1 - cos * cos)), 0.0)


CONF = StoriesSettings(embeddings_threshold=0.8)  # "alone" from 0.9


def clusters(posts: list[Post], vectors: dict[str, np.ndarray], strong_only: frozenset[str] = frozenset(),
             conf: StoriesSettings = CONF) -> dict[frozenset[str], tuple[str, ...]]:
    found = cluster_posts(posts, conf, find_duplicates(posts, conf), strong_only=strong_only, vectors=vectors)
    return {frozenset(c.post_ids): c.merge_log for c in found}


A = post("x:11", "OpenAI just shipped something new for developers, thread below", 0, "p1")
B = post("x:12", "这次更新很有意思，开发者会喜欢", 30, "p2")  # shares no entity, kind or wording with A
C = post("x:13", "OpenAI 这次的更新很实在", 30, "p3")  # shares "openai" with A


@pytest.mark.parametrize(
    ("other", "cos", "merged", "why"),
    [
        (B, 0.85, False, None),  # close, but nothing else says so
        (B, 0.93, True, "embed(cos 0.930 alone >= 0.900)"),  # very close
        (C, 0.85, True, "embed(cos 0.850 + openai)"),  # close and the same lab named
        (C, 0.75, False, None),  # below the threshold
    ],
)
def test_cosine_needs_a_second_sign_unless_very_high(other: Post, cos: float, merged: bool, why: str | None) -> None:
    got = clusters([A, other], {A.id: unit(1, 0, 0), other.id: angled(cos)})
    pair = frozenset({A.id, other.id})
    assert (pair in got) is merged
    if merged:
        assert got[pair] == (f"{A.id} + {other.id}: {why}",)


def test_chatter_never_joins_on_likeness() -> None:
    got = clusters([A, C], {A.id: unit(1, 0, 0), C.id: unit(1, 0, 0)}, strong_only=frozenset({C.id}))
    assert frozenset({A.id, C.id}) not in got


def test_no_vectors_is_exactly_the_clustering_without_the_plug_in() -> None:
    posts = [A, B, C, *POSTS]
    plain = cluster_posts(posts, CONF, find_duplicates(posts, CONF))
    assert cluster_posts(posts, CONF, find_duplicates(posts, CONF), vectors={}) == plain


def test_clustering_with_vectors_ignores_input_order() -> None:
    rng = random.Random(7)
    posts = [post(f"x:{100 + n}", f"OpenAI update number {n} for developers", n * 7, f"u{n % 5}") for n in range(40)]
    base = unit(1, 0, 0)
    vectors = {p.id: unit(*(base + np.asarray([rng.random() * 0.4 for _ in range(3)]))) for p in posts}
    first = cluster_posts(posts, CONF, find_duplicates(posts, CONF), vectors=vectors)
    for _ in range(3):
        shuffled = posts[:]
        rng.shuffle(shuffled)
        assert cluster_posts(shuffled, CONF, find_duplicates(shuffled, CONF), vectors=vectors) == first


# -- candidate pairs: blocked products find what all pairs would, within their bounds -------------


def brute_force(times: list[float], ids: list[str], m: np.ndarray, *, window_s: float, threshold: float,
                max_neighbours: int, max_lookback: int) -> set[tuple[str, str]]:
    out = set()
    for i in range(len(ids)):
        cands = [(float(m[i] @ m[j]), j) for j in range(max(0, i - max_lookback), i)
                 if times[i] - times[j] <= window_s and float(m[i] @ m[j]) >= threshold]
        for _, j in sorted(cands, reverse=True)[:max_neighbours]:
            out.add((ids[j], ids[i]))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_neighbour_pairs_match_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 700  # several blocks of BLOCK_ROWS
    times = np.sort(rng.uniform(0, 48 * 3600, n)).tolist()
    ids = [f"x:{k:04d}" for k in range(n)]
    topics = rng.normal(size=(12, 24))
    m = topics[rng.integers(0, 12, n)] + rng.normal(scale=0.6, size=(n, 24))
    m = (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)
    kw = {"window_s": 6 * 3600.0, "threshold": 0.7, "max_neighbours": 3, "max_lookback": 120}

    pairs = neighbour_pairs(list(zip(times, ids, strict=True)), dict(zip(ids, m, strict=True)), **kw)  # type: ignore[arg-type]

    assert pairs, "the data should have close pairs"
    assert {(a, b) for a, b, _ in pairs} == brute_force(times, ids, m, **kw)  # type: ignore[arg-type]
    for a, b, cos in pairs:
        assert cos == pytest.approx(float(m[ids.index(a)] @ m[ids.index(b)]), abs=1e-5)


def test_neighbour_pairs_skip_posts_without_a_vector() -> None:
    v = unit(1, 0)
    assert neighbour_pairs([(0.0, "a"), (1.0, "b"), (2.0, "c")], {"a": v, "c": v}, window_s=10, threshold=0.5) == [
        ("a", "c", pytest.approx(1.0))
    ]
    assert neighbour_pairs([(0.0, "a")], {"a": v}, window_s=10, threshold=0.5) == []


# -- the command line ----------------------------------------------------------------------------


def run_stories(input_path: Path, home: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_HOME"}
    full_env |= {"NEWSDESK_HOME": str(home), "PYTHONWARNINGS": "error", **env}
    return subprocess.run([sys.executable, "-m", "newsdesk", "stories", "--input", str(input_path), "--json"],
                          capture_output=True, text=True, env=full_env, timeout=120)


def test_cli_stories_with_embeddings(server: FakeEmbeddings, tmp_path: Path) -> None:
    records = [{"id": p.id, "text": p.text, "created_at": p.created_at.isoformat(), "author_handle": p.author_handle}
               for p in POSTS]
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    env = {
        "NEWSDESK_STORIES_EMBEDDINGS": "openai", "NEWSDESK_STORIES_EMBEDDINGS_BASE_URL": server.base_url,
        "NEWSDESK_STORIES_EMBEDDINGS_MODEL": "fake-embed", "NEWSDESK_STORIES_EMBEDDINGS_THRESHOLD": str(THRESHOLD),
        "NEWSDESK_STORIES_EMBEDDINGS_TIMEOUT_S": "0.5", "NEWSDESK_STORIES_EMBEDDINGS_MAX_RETRIES": "0",
        "NEWSDESK_EMBEDDINGS_API_KEY": KEY,
    }
    home = tmp_path / "home"

    plain = run_stories(path, home, {})
    assert plain.returncode == 0, plain.stderr
    assert not server.requests
    on = run_stories(path, home, env)
    assert on.returncode == 0, on.stderr
    merged = [s for s in json.loads(on.stdout)["stories"] if len(s["post_ids"]) > 1]
    assert [s["post_ids"] for s in merged] == [["x:1", "x:2"]]
    assert merged[0]["merge_log"][0].startswith("x:1 + x:2: embed(cos ")
    assert len(server.requests) == 1

    again = run_stories(path, home, env)  # the store under NEWSDESK_HOME caches the vectors
    assert again.stdout == on.stdout and len(server.requests) == 1

    server.fail_always(status(500, echo_auth=True))
    failed = run_stories(path, tmp_path / "fresh-home", env)
    assert failed.returncode == 0
    assert failed.stdout == plain.stdout  # byte for byte what "off" prints
    assert "embeddings.failed" in failed.stderr and "127.0.0.1" in failed.stderr
    assert KEY not in failed.stderr + failed.stdout
