"""The edition flow in process: configured sources, a failing source, locking, categories."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from newsdesk.config import load_settings
from newsdesk.edition import derive_categories, generation_date, run_edition
from newsdesk.errors import EditionError, StoreError
from newsdesk.fetch import make_client
from newsdesk.model import Item
from newsdesk.sample import SAMPLE_PATH, SAMPLE_SLOT_KEY
from newsdesk.slots import slot_for_key, zone
from newsdesk.store import open_store

from hugo_shape import parse_edition


def settings_with_sources(tmp_path: Path, extra: str = "") -> object:
    config = tmp_path / "newsdesk.toml"
    config.write_text(f"""
[fetch]
timeout_s = 2
retries = 0

[collect]
use_default_sources = false

[[sources]]
id = "file:sample"
kind = "file"
locator = "{SAMPLE_PATH}"

[[sources]]
id = "rss:down"
kind = "rss"
locator = "http://127.0.0.1:9/feed.xml"
{extra}
""", encoding="utf-8")
    return load_settings(config, environ={"NEWSDESK_HOME": str(tmp_path / "home")})


def test_a_failing_source_is_reported_and_the_edition_still_built(tmp_path: Path) -> None:
    settings = settings_with_sources(tmp_path)
    slot = slot_for_key(SAMPLE_SLOT_KEY, zone("Asia/Shanghai"))
    with open_store(settings.store_path) as store, make_client(settings.fetch) as client:
        run = run_edition(settings, store, slot=slot, now=slot.end + timedelta(minutes=3),
                          out_dir=tmp_path / "out", client=client)
        sources = {s["id"]: s for s in run.summary["sources"]}
        assert sources["file:sample"]["status"] == "ok" and sources["file:sample"]["inserted"] > 40
        assert sources["rss:down"]["status"] == "error"
        assert "127.0.0.1:9" in sources["rss:down"]["error"]
        assert store.source_health("rss:down")["consecutive_failures"] == 1
        # Dated at generation time: the slot is current, not long past.
        assert run.edition.generated_at == slot.end + timedelta(minutes=3)
        _, items = parse_edition(run.path.read_text(encoding="utf-8"))
        assert len(items) >= 5
        assert store.edition_record(SAMPLE_SLOT_KEY)["stats"]["counts"]["items"] == len(items)

        # Collecting again adds nothing new.
        again = run_edition(settings, store, slot=slot, now=slot.end + timedelta(minutes=9),
                            out_dir=tmp_path / "out", client=client)
        sources = {s["id"]: s for s in again.summary["sources"]}
        assert sources["file:sample"]["inserted"] == 0
        assert store.source_health("rss:down")["consecutive_failures"] == 2


def test_the_same_edition_cannot_be_built_twice_at_once(tmp_path: Path) -> None:
    settings = settings_with_sources(tmp_path)
    slot = slot_for_key(SAMPLE_SLOT_KEY, zone("Asia/Shanghai"))
    with (
        open_store(settings.store_path) as store,
        open_store(settings.store_path) as other,
        other.lock(f"edition-{slot.key}"),
        pytest.raises(StoreError, match="is being built"),
    ):
        run_edition(settings, store, slot=slot, now=slot.end, out_dir=tmp_path / "out", posts=[])
    assert not (tmp_path / "out").exists()


def test_an_empty_window_is_an_edition_error(tmp_path: Path) -> None:
    settings = settings_with_sources(tmp_path)
    slot = slot_for_key("2030.01.01.00", zone("Asia/Shanghai"))
    with open_store(settings.store_path) as store, pytest.raises(EditionError, match="no posts"):
        run_edition(settings, store, slot=slot, now=slot.end, out_dir=tmp_path / "out", posts=[])


def test_categories_follow_the_taxonomy_order() -> None:
    def item(category: str) -> Item:
        return Item(story_id="s", headline="h", attribution="a", url="u", summary="s", category=category,
                    writer="extractive")

    taxonomy = ("AI快讯", "技术前沿", "开源动态")
    items = [item("开源动态"), item("AI快讯"), item("开源动态"), item("其他")]
    assert derive_categories(items, taxonomy) == ("AI快讯", "开源动态", "其他")


def test_generation_date_for_past_and_current_slots() -> None:
    slot = slot_for_key(SAMPLE_SLOT_KEY, zone("Asia/Shanghai"))
    assert generation_date(slot, slot.end + timedelta(seconds=34)) == slot.end + timedelta(seconds=34)
    assert generation_date(slot, slot.end + timedelta(days=30)) == slot.end
