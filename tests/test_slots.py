from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsdesk.errors import ConfigError
from newsdesk.model import Slot
from newsdesk.slots import (
    edition_title,
    slot_containing,
    slot_ending_at_or_before,
    slot_for_key,
    zone,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("moment", "key"),
    [
        # 04:00:34 +08:00 is just after the 04 boundary: the seed edition's own moment.
        (datetime(2025, 7, 21, 20, 0, 34, tzinfo=UTC), "2025.07.22.04"),
        (datetime(2025, 7, 21, 20, 0, 0, tzinfo=UTC), "2025.07.22.04"),  # exactly on the boundary
        (datetime(2025, 7, 21, 19, 59, 59, tzinfo=UTC), "2025.07.22.00"),
        (datetime(2025, 7, 21, 15, 59, 59, tzinfo=UTC), "2025.07.21.20"),
        (datetime(2025, 12, 31, 16, 30, tzinfo=UTC), "2026.01.01.00"),  # year boundary in Shanghai
    ],
)
def test_slot_ending_at_or_before_aligns_to_shanghai_hours(moment: datetime, key: str) -> None:
    slot = slot_ending_at_or_before(moment, SHANGHAI)
    assert slot.key == key
    assert slot.end <= moment
    assert slot.end.hour % 4 == 0 and slot.end.minute == 0
    assert slot.start == slot.end - timedelta(hours=4)


def test_slot_window_is_half_open() -> None:
    slot = slot_for_key("2025.07.22.04", SHANGHAI)
    assert slot.contains(slot.start)
    assert not slot.contains(slot.end)
    assert slot.start.isoformat() == "2025-07-22T00:00:00+08:00"


def test_other_zone_and_period_are_configuration() -> None:
    ny = ZoneInfo("America/New_York")
    # Across the spring-forward gap the wall-clock boundaries stay at multiples of 6 h.
    slot = slot_ending_at_or_before(datetime(2026, 3, 8, 13, 0, tzinfo=UTC), ny, timedelta(hours=6))
    assert slot.key == "2026.03.08.06"
    assert slot.end.utcoffset() == timedelta(hours=-4)


def test_slot_containing_is_the_next_boundary() -> None:
    moment = datetime(2026, 4, 22, 1, 30, tzinfo=UTC)  # 09:30 Shanghai
    assert slot_containing(moment, SHANGHAI).key == "2026.04.22.12"
    assert slot_containing(moment, SHANGHAI).contains(moment)


def test_title_template() -> None:
    slot = slot_for_key("2025.07.22.04", SHANGHAI)
    assert edition_title(slot) == "2025.07.22.04 过去4小时全球AI发生了什么？"
    assert edition_title(slot, "AI news {date} {hour}:00") == "AI news 2025-07-22 04:00"
    with pytest.raises(ConfigError, match="title_template"):
        edition_title(slot, "{nope}")


def test_bad_inputs_are_named() -> None:
    with pytest.raises(ConfigError, match="Mars/Olympus"):
        zone("Mars/Olympus")
    with pytest.raises(ConfigError, match=r"YYYY\.MM\.DD\.HH"):
        slot_for_key("2025-07-22", SHANGHAI)
    with pytest.raises(ConfigError, match="period"):
        slot_ending_at_or_before(datetime.now(UTC), SHANGHAI, timedelta(hours=5))
    with pytest.raises(ValueError, match="aware"):
        slot_ending_at_or_before(datetime(2025, 1, 1), SHANGHAI)


def test_slot_is_a_value() -> None:
    a = slot_for_key("2025.07.22.04", SHANGHAI)
    assert a == Slot(end=datetime(2025, 7, 22, 4, tzinfo=SHANGHAI), period=timedelta(hours=4))
