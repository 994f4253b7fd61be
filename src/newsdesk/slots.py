"""Window arithmetic: which slot an instant belongs to, its key and its title.

Slots are aligned to midnight in the edition's time zone, so with the default
4-hour period an edition ends at 00, 04, 08, 12, 16 and 20 Asia/Shanghai.
Only this module and rendering ever look at the edition's zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsdesk.errors import ConfigError
from newsdesk.model import Slot

DEFAULT_TZ = "Asia/Shanghai"
DEFAULT_PERIOD = timedelta(hours=4)
DEFAULT_TITLE = "{key} 过去{hours}小时全球AI发生了什么？"


def zone(name: str) -> ZoneInfo:
    """Resolve an IANA zone name, naming the bad value in the error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"edition.timezone: unknown time zone {name!r}") from exc


def slot_ending_at_or_before(moment: datetime, tz: ZoneInfo, period: timedelta = DEFAULT_PERIOD) -> Slot:
    """The latest slot whose end is at or before `moment`.

    Boundaries are counted from local midnight so that a period that divides 24 h
    (1, 2, 3, 4, 6, 8, 12 h) gives the same wall-clock ends every day, across DST.
    """
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    if period <= timedelta(0) or timedelta(days=1) % period:
        raise ConfigError(f"edition.period_hours: {period} does not divide a day evenly")
    local = moment.astimezone(tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    steps = (local.replace(tzinfo=None) - midnight.replace(tzinfo=None)) // period
    end = (midnight.replace(tzinfo=None) + steps * period).replace(tzinfo=tz)
    return Slot(end=end, period=period)


def slot_for_key(key: str, tz: ZoneInfo, period: timedelta = DEFAULT_PERIOD) -> Slot:
    """Parse a key like `2025.07.22.04` back into its slot."""
    try:
        end = datetime.strptime(key, "%Y.%m.%d.%H").replace(tzinfo=tz)
    except ValueError as exc:
        raise ConfigError(f"slot key {key!r} is not YYYY.MM.DD.HH") from exc
    return Slot(end=end, period=period)


def slot_containing(moment: datetime, tz: ZoneInfo, period: timedelta = DEFAULT_PERIOD) -> Slot:
    """The slot whose window holds `moment` (its end is after `moment`)."""
    before = slot_ending_at_or_before(moment, tz, period)
    return Slot(end=(before.end.replace(tzinfo=None) + period).replace(tzinfo=tz), period=period)


def edition_title(slot: Slot, template: str = DEFAULT_TITLE) -> str:
    """Fill the title template: `{key}`, `{hours}`, `{date}` (YYYY-MM-DD) and `{hour}` are known."""
    hours = slot.period.total_seconds() / 3600
    try:
        return template.format(
            key=slot.key,
            hours=int(hours) if hours.is_integer() else hours,
            date=slot.end.strftime("%Y-%m-%d"),
            hour=slot.end.strftime("%H"),
        )
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(f"edition.title_template: {template!r}: {exc}") from exc
