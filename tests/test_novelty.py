"""Novelty: a story an earlier edition carried is left out of the next one unless it has news.

Real posts of a labelled day (2026-03-25, Asia/Shanghai slots): the litellm supply-chain
attack is picked at 00:00-04:00 (Karpathy) and told again at 12:00-16:00 by one more voice
with nothing new; Sora's shutdown is picked at 04:00-08:00 and comes back at 08:00-12:00 with
a new author and new names (Seedance 2.0): an update.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.config import load_settings
from newsdesk.edition import run_edition
from newsdesk.model import Post, Ref, Story
from newsdesk.slots import slot_for_key, zone
from newsdesk.sourcelist import effective_sources, source_weights
from newsdesk.sources.file import read_posts
from newsdesk.store import open_store
from newsdesk.stories import build_stories
from newsdesk.stories.novelty import apply_novelty, carried_story, judge_novelty, story_keys

DAY = "day-2026-03-25"
KARPATHY_LITELLM = "x:2036487306585268612"
XUSHIWEI_LITELLM = "x:2036678281844695396"  # "软件的供应链攻击：Python LiteLLM 被投毒", 12:00-16:00
T0 = datetime(2026, 3, 25, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def day_posts(eval_dir: Path) -> list[Post]:
    posts, _ = read_posts(eval_dir / DAY / "posts.jsonl")
    return posts


def post(pid: str, text: str, author: str = "a", minutes: float = 0, platform: str = "x",
         refs: tuple[Ref, ...] = ()) -> Post:
    return Post(id=pid, source_id="test", platform=platform, author_handle=author, author_name=author, url="",
                text=text, created_at=T0 + timedelta(minutes=minutes), refs=refs)


def story(*posts: Post) -> Story:
    return Story(id="s:" + posts[0].id, post_ids=tuple(p.id for p in posts), lead_id=posts[0].id,
                 first_seen=posts[0].created_at)


def test_keys_name_posts_references_links_and_subjects() -> None:
    p = post("x:2", "Qwen3.6 released today https://example.com/blog/qwen https://t.co/abc",
             refs=(Ref("quoted", "x:1"),))
    keys = story_keys([p])
    assert {"post:x:2", "post:x:1", "link:url:https://example.com/blog/qwen"} <= keys
    assert "qwen3.6+release" in keys
    assert not any(k.startswith("link:short:") for k in keys)
    # a generic name with a kind is no subject: "Claude" is in many unrelated stories
    assert not any(k.startswith("claude+") for k in story_keys([post("x:3", "Claude released something")]))


def test_repeat_is_left_out_and_new_voices_make_an_update() -> None:
    before = post("x:1", "GPT-5.5 released: 40% better on SWE-bench", "openai")
    carried = [carried_story("2026.03.25.08", "s:x:1", ["x:1"], {"x:1": before})]
    echo = post("x:2", "GPT-5.5 released, as everyone knows by now", "b", 240)
    voices = [post("x:3", "GPT-5.5 is out and it is good", "c", 250, refs=(Ref("quoted", "x:1"),)),
              post("x:4", "GPT-5.5 发布了，价格 $2 每百万 token", "d", 260, refs=(Ref("quoted", "x:1"),))]
    by_id = {p.id: p for p in (before, echo, *voices)}
    repeat = judge_novelty(story(echo), by_id, carried)
    assert repeat.repeat_of == "2026.03.25.08" and not repeat.update
    update = judge_novelty(story(*voices), by_id, carried)
    assert update.repeat_of == "2026.03.25.08" and update.update, update.why
    kept, dropped, verdicts = apply_novelty([story(echo), story(*voices)], by_id, carried)
    assert [s.id for s in kept] == ["s:x:3"] and kept[0].update_of == "2026.03.25.08"
    assert [d.reason for d in dropped] == ["published:2026.03.25.08"]
    assert len(verdicts) == 2
    # nothing carried: nothing changes
    assert apply_novelty([story(echo)], by_id, [])[0][0].update_of is None


def test_a_new_platform_is_news() -> None:
    before = post("x:1", "Qwen3.6 released", "acme")
    carried = [carried_story("k", "s:x:1", ["x:1"], {"x:1": before})]
    hn = post("hn:9", "Qwen3.6 released", "someone", 60, platform="hn")
    assert judge_novelty(story(hn), {"hn:9": hn}, carried).update


def test_unknown_earlier_posts_still_match_by_id() -> None:
    carried = [carried_story("k", "s:x:1", ["x:1"], {})]
    reply = post("x:2", "agreed", "b", refs=(Ref("replied_to", "x:1"),))
    assert judge_novelty(story(reply), {"x:2": reply}, carried).repeat_of == "k"


def test_consecutive_windows_of_a_labelled_day(day_posts: list[Post]) -> None:
    settings = load_settings(None, environ={})
    weights = source_weights(effective_sources(settings))
    tz = zone("Asia/Shanghai")
    by_id = {p.id: p for p in day_posts}

    def window(key: str, carried: list) -> object:
        slot = slot_for_key(key, tz)
        posts = [p for p in day_posts if slot.contains(p.created_at)]
        history = [p for p in day_posts if p.created_at < slot.start]
        return build_stories(posts, now=slot.end, settings=settings, source_weights=weights, history=history,
                             carried=carried)

    first = window("2026.03.25.04", [])
    picked = [s for s in first.stories if s.selected]
    assert any(KARPATHY_LITELLM in s.post_ids for s in picked)
    carried = [carried_story("2026.03.25.04", s.id, s.post_ids, by_id) for s in picked]
    alone = window("2026.03.25.16", [])
    assert any(XUSHIWEI_LITELLM in s.post_ids and s.selected for s in alone.stories)  # picked again without
    later = window("2026.03.25.16", carried)
    assert not any(XUSHIWEI_LITELLM in s.post_ids for s in later.stories)
    assert {d.reason for d in later.dropped if d.post_id == XUSHIWEI_LITELLM} == {"published:2026.03.25.04"}
    assert later.counts["repeats"] >= 1
    # every other pick stays picked; the freed slot goes to the next story that may be picked, if any
    # (an edition would rather leave it empty than print chatter or a plug)
    others = {s.id for s in alone.stories if s.selected and XUSHIWEI_LITELLM not in s.post_ids}
    assert others <= {s.id for s in later.stories if s.selected}
    assert len(others) <= later.counts["selected"] <= alone.counts["selected"]


def test_edition_flow_over_consecutive_slots(tmp_path: Path, eval_dir: Path) -> None:
    """run_edition on 04:00-08:00 then 08:00-12:00 with one store: Sora's shutdown comes back
    as an update (a new author, new names); no story of the first edition is printed again
    as if it were new."""
    config = tmp_path / "newsdesk.toml"
    config.write_text("[edition]\nitems = 8\n", encoding="utf-8")
    settings = load_settings(config, environ={"NEWSDESK_HOME": str(tmp_path / "home")})
    posts, _ = read_posts(eval_dir / DAY / "posts.jsonl")
    tz = zone("Asia/Shanghai")
    with open_store(settings.store_path) as store:
        runs = {}
        for key in ("2026.03.25.08", "2026.03.25.12"):
            slot = slot_for_key(key, tz)
            runs[key] = run_edition(settings, store, slot=slot, now=slot.end + timedelta(days=30),
                                    out_dir=tmp_path / "out", posts=posts, publish=False).summary
        first, second = runs["2026.03.25.08"], runs["2026.03.25.12"]
        assert second["novelty"], "the second edition matched nothing of the first"
        updates = [it for it in second["items"] if it["update_of"]]
        assert updates and all(it["update_of"] == "2026.03.25.08" for it in updates)
        assert any("sora" in v["why"] and v["update"] for v in second["novelty"])
        earlier = [carried_story("2026.03.25.08", it["story_id"], it["story_posts"], {p.id: p for p in posts})
                   for it in first["items"]]
        by_id = {p.id: p for p in posts}
        for it in second["items"]:
            verdict = judge_novelty(story(*(by_id[pid] for pid in it["story_posts"])), by_id, earlier)
            # every printed story is new, or an update that says so
            assert verdict.repeat_of is None or it["update_of"] == verdict.repeat_of, (it["headline"], verdict)
