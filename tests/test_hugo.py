import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from newsdesk.model import Edition, Item
from newsdesk.publish.files import write_atomic
from newsdesk.render.hugo import render_hugo
from newsdesk.slots import edition_title, slot_for_key

from hugo_shape import parse_edition

SHANGHAI = ZoneInfo("Asia/Shanghai")


def make_edition(items: tuple[Item, ...]) -> Edition:
    slot = slot_for_key("2025.07.22.04", SHANGHAI)
    return Edition(slot=slot, title=edition_title(slot),
                   generated_at=datetime(2025, 7, 21, 20, 0, 34, 422000, tzinfo=UTC),
                   items=items, categories=("AI快讯", "技术前沿", "开源动态"))


ITEM = Item(story_id="s:x:1", headline="Nvidia在开源社区表现卓越，Hugging Face影响力持续扩大",
            attribution="clem 🤗", url="https://x.com/ClementDelangue/status/1947374585764082153",
            summary="Nvidia已成为该平台上**过去12年来创建代码仓库数量第二多的组织**，平均每天发布一个新仓库。",
            category="AI快讯", writer="extractive")


def test_the_seed_example_passes_our_shape_checker(shared: Path) -> None:
    meta, items = parse_edition((shared / "spec" / "seed-example.md").read_text(encoding="utf-8"))
    assert meta["title"] == "2025.07.22.04 过去4小时全球AI发生了什么？"
    assert len(items) == 8
    assert items[0].link_text.endswith("-clem 🤗")


def test_rendered_edition_matches_the_seed_head_byte_for_byte(shared: Path) -> None:
    text = render_hugo(make_edition((ITEM,)), SHANGHAI)
    seed = (shared / "spec" / "seed-example.md").read_text(encoding="utf-8")
    assert text.split("\n")[:7] == seed.split("\n")[:7]
    _, items = parse_edition(text)
    assert items[0].url == ITEM.url
    assert items[0].summary == ITEM.summary


def test_brackets_parentheses_and_newlines_cannot_break_the_list() -> None:
    tricky = Item(story_id="s", headline="[Breaking] GPT (new)\nmodel", attribution="A]B",
                  url="https://en.example/wiki/Foo_(bar) x", summary="Line one.\n\nLine **two**.",
                  category="AI快讯", writer="extractive")
    text = render_hugo(make_edition((ITEM, tricky)), SHANGHAI)
    _, items = parse_edition(text)
    assert len(items) == 2
    assert items[1].link_text == "\\[Breaking\\] GPT (new) model-A\\]B"
    assert items[1].url == "https://en.example/wiki/Foo_%28bar%29%20x"
    assert items[1].summary == "Line one. Line **two**."


def test_categories_with_quotes_stay_valid_yaml() -> None:
    edition = dataclasses.replace(make_edition((ITEM,)), categories=("AI快讯", 'a "quoted" one'))
    text = render_hugo(edition, SHANGHAI)
    assert 'categories: ["AI快讯", "a \\"quoted\\" one"]' in text


def test_write_atomic_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "2025.07.22.04.md"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["2025.07.22.04.md"]  # no temp files left
