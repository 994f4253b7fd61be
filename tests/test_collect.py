"""Collection-level rules: skip reasons and the shared, paced X read budget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsdesk.collect import MIN_POOL_SHARE, plan_pool, skip_reason
from newsdesk.model import Source

NOW = datetime(2026, 4, 30, 0, 0, tzinfo=UTC)  # one day (6 runs) left in April
PERIOD = timedelta(hours=4)


def xs(n: int) -> list[Source]:
    return [Source(id=f"x:h{i}", kind="x", locator=f"h{i}", weight=1.0 + (i % 3) / 10) for i in range(n)]


def test_budget_is_paced_over_the_runs_left_in_the_month() -> None:
    sources = xs(10)
    states = {s.id: {"budget": {"month": "2026-04", "read": 100}} for s in sources}  # 1,000 read
    shares, skipped = plan_pool(sources, states, {}, budget=1_300, now=NOW, period=PERIOD)
    # 300 left over 6 runs: 50 this run, 10 shares of 5
    assert len(shares) == 10 and not skipped
    assert all(v == {"month": "2026-04", "left": 5} for v in shares.values())
    assert sum(v["left"] for v in shares.values()) <= 300 / 6


def test_sources_take_turns_when_the_budget_is_short() -> None:
    sources = xs(10)
    health = {s.id: {"last_attempt": f"2026-04-30T{10 + i:02d}:00:00Z"} for i, s in enumerate(sources)}
    health["x:h7"] = {"last_attempt": None}  # never fetched: first in line
    shares, skipped = plan_pool(sources, {}, health, budget=6 * 3 * MIN_POOL_SHARE, now=NOW, period=PERIOD)
    assert list(shares) == ["x:h7", "x:h0", "x:h1"]
    assert len(skipped) == 7
    assert "turn comes later" in skipped["x:h9"]


def test_spent_budget_skips_everyone_and_old_months_do_not_count() -> None:
    sources = xs(3)
    spent = {s.id: {"budget": {"month": "2026-04", "read": 5_000}} for s in sources}
    shares, skipped = plan_pool(sources, spent, {}, budget=10_000, now=NOW, period=PERIOD)
    assert not shares and set(skipped) == {s.id for s in sources}
    last_month = {s.id: {"budget": {"month": "2026-03", "read": 5_000}} for s in sources}
    shares, _ = plan_pool(sources, last_month, {}, budget=10_000, now=NOW, period=PERIOD)
    assert len(shares) == 3


def test_skip_reasons() -> None:
    src = Source(id="x:a", kind="x", locator="a", options={"token_env": "NEWSDESK_X_BEARER_TOKEN"})
    assert skip_reason(src, {}, 3) == "needs token: set $NEWSDESK_X_BEARER_TOKEN"
    off = Source(id="rss:a", kind="rss", locator="https://a.example/f", options={"enabled": False})
    assert skip_reason(off, {}, 3) == "disabled"
    feed = Source(id="rss:b", kind="rss", locator="https://b.example/f")
    assert skip_reason(feed, {"consecutive_failures": 2}, 3) is None
    assert "parked after 3 failures" in (skip_reason(feed, {"consecutive_failures": 3}, 3) or "")
