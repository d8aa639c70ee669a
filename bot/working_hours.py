"""Working time: when staff can be expected to act, and how much of it has passed.

Staff-facing timers (an unclaimed case raised after N working hours) and vendor-facing ones (a
reminder sent only in working hours) count working time, not wall-clock time: a case handed off
on Friday evening is not "3 hours old" on Saturday morning. Working days and hours come from
settings (`ONBOARD_WORKING_DAYS`, `ONBOARD_WORKING_HOURS`) in the deployment's zone (`ONBOARD_TZ`).
Public holidays are not known here: the guide and SPEC name none, so a holiday counts as a
working day unless the deployment removes it from ONBOARD_WORKING_DAYS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

_DAY_NAMES = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_working_days(spec: str) -> frozenset[int]:
    """ISO weekdays (Monday = 1) from "1-5", "mon-fri", "1,2,3,4,5,6" or "mon-fri,sat"."""
    days: set[int] = set()
    for part in spec.lower().split(","):
        part = part.strip()
        if not part:
            continue
        ends = [end.strip() for end in part.split("-")]
        if len(ends) > 2:
            raise ValueError(f"working days {spec!r}: use e.g. 1-5 or mon-fri")
        numbers = [_day_number(end, spec) for end in ends]
        first, last = numbers[0], numbers[-1]
        if last < first:
            raise ValueError(f"working days {spec!r}: a range runs from Monday towards Sunday")
        days.update(range(first, last + 1))
    if not days:
        raise ValueError(f"working days {spec!r}: name at least one day, e.g. 1-5 or mon-fri")
    return frozenset(days)


def _day_number(word: str, spec: str) -> int:
    if word in _DAY_NAMES:
        return _DAY_NAMES[word]
    if word.isdigit() and 1 <= int(word) <= 7:
        return int(word)
    raise ValueError(f"working days {spec!r}: {word!r} is not a day (1-7 or mon..sun)")


def parse_working_hours(spec: str) -> tuple[time, time]:
    """Opening and closing time from "09:00-18:00" (closing after opening, same day)."""
    match = _HOURS.match(spec)
    if not match:
        raise ValueError(f"working hours {spec!r}: use HH:MM-HH:MM, e.g. 09:00-18:00")
    start_h, start_m, end_h, end_m = (int(group) for group in match.groups())
    if start_h > 23 or end_h > 24 or start_m > 59 or end_m > 59 or (end_h == 24 and end_m):
        raise ValueError(f"working hours {spec!r}: not a time of day")
    start = time(start_h, start_m)
    end = time.max if end_h == 24 else time(end_h, end_m)
    if end <= start:
        raise ValueError(f"working hours {spec!r}: closing must come after opening")
    return start, end


@dataclass(frozen=True)
class WorkingHours:
    days: frozenset[int]
    opens: time
    closes: time
    tz: ZoneInfo

    @classmethod
    def parse(cls, days: str, hours: str, tz: str | ZoneInfo) -> WorkingHours:
        opens, closes = parse_working_hours(hours)
        zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
        return cls(parse_working_days(days), opens, closes, zone)

    def is_open(self, at: datetime) -> bool:
        local = _aware(at).astimezone(self.tz)
        return local.isoweekday() in self.days and self.opens <= local.time() < self.closes

    def next_open(self, at: datetime) -> datetime:
        """`at` itself when working time is on, else the moment it next starts (in UTC)."""
        at = _aware(at)
        if self.is_open(at):
            return at.astimezone(UTC)
        local = at.astimezone(self.tz)
        for offset in range(8):
            day = (local + timedelta(days=offset)).date()
            if day.isoweekday() not in self.days:
                continue
            opening = datetime.combine(day, self.opens, tzinfo=self.tz)
            if opening > local:
                return opening.astimezone(UTC)
        raise AssertionError("parse_working_days guarantees one working day a week")

    def working_seconds_between(self, start: datetime, end: datetime) -> float:
        """Seconds of working time in [start, end); 0 when end is not after start."""
        start, end = _aware(start), _aware(end)
        if end <= start:
            return 0.0
        total = 0.0
        day = start.astimezone(self.tz).date()
        last_day = end.astimezone(self.tz).date()
        while day <= last_day:
            if day.isoweekday() in self.days:
                opening = datetime.combine(day, self.opens, tzinfo=self.tz)
                closing = datetime.combine(day, self.closes, tzinfo=self.tz)
                overlap = min(closing, end) - max(opening, start)
                total += max(overlap.total_seconds(), 0.0)
            day += timedelta(days=1)
        return total


def _aware(moment: datetime) -> datetime:
    # Stored timestamps are UTC; a naive one from an old row is read as UTC, never local time.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
