from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_settings
from bot.working_hours import WorkingHours, parse_working_days, parse_working_hours

SHANGHAI = "Asia/Shanghai"


def shanghai(*parts: int) -> datetime:
    # 2026-11-30 is a Monday; Shanghai is UTC+8 all year.
    return datetime(*parts, tzinfo=ZoneInfo(SHANGHAI))


@pytest.fixture
def office() -> WorkingHours:
    return WorkingHours.parse("mon-fri", "09:00-18:00", SHANGHAI)


def test_days_and_hours_are_parsed_in_every_documented_spelling() -> None:
    assert parse_working_days("1-5") == frozenset({1, 2, 3, 4, 5})
    assert parse_working_days("mon-fri,sat") == frozenset({1, 2, 3, 4, 5, 6})
    assert parse_working_days("1,3,5") == frozenset({1, 3, 5})
    assert parse_working_hours("9:30-17:00")[0].isoformat() == "09:30:00"


@pytest.mark.parametrize(
    ("days", "hours", "message"),
    [
        ("fri-mon", "09:00-18:00", "towards Sunday"),
        ("1-8", "09:00-18:00", "is not a day"),
        ("", "09:00-18:00", "at least one day"),
        ("1-5", "18:00-09:00", "closing must come after opening"),
        ("1-5", "nine to six", "HH:MM-HH:MM"),
    ],
)
def test_bad_settings_name_what_is_wrong(days: str, hours: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_settings(onboard_working_days=days, onboard_working_hours=hours)


def test_settings_give_working_hours_in_the_deployment_zone() -> None:
    settings = load_settings(onboard_working_days="1-6", onboard_working_hours="08:00-20:00")
    assert settings.working_hours.is_open(shanghai(2026, 12, 5, 19, 0))  # Saturday 19:00


def test_open_only_on_working_days_within_hours(office: WorkingHours) -> None:
    assert office.is_open(shanghai(2026, 11, 30, 9, 0))
    assert not office.is_open(shanghai(2026, 11, 30, 18, 0))  # closing time is outside
    assert not office.is_open(shanghai(2026, 12, 5, 10, 0))  # Saturday
    # 01:30 UTC on Monday is 09:30 in Shanghai.
    assert office.is_open(datetime(2026, 11, 30, 1, 30, tzinfo=UTC))


def test_next_open_skips_the_evening_and_the_weekend(office: WorkingHours) -> None:
    friday_evening = shanghai(2026, 12, 4, 19, 0)
    assert office.next_open(friday_evening) == shanghai(2026, 12, 7, 9, 0)
    early_monday = shanghai(2026, 12, 7, 7, 0)
    assert office.next_open(early_monday) == shanghai(2026, 12, 7, 9, 0)
    during = shanghai(2026, 12, 7, 11, 0)
    assert office.next_open(during) == during


def test_working_seconds_count_only_working_time(office: WorkingHours) -> None:
    # Friday 17:00 → Monday 10:00: one hour on Friday, one on Monday.
    start, end = shanghai(2026, 12, 4, 17, 0), shanghai(2026, 12, 7, 10, 0)
    assert office.working_seconds_between(start, end) == 2 * 3600
    assert office.working_seconds_between(end, start) == 0
    # A naive timestamp is UTC: 2026-12-07 01:00 UTC is 09:00 in Shanghai.
    naive_utc = datetime(2026, 12, 7, 1, 0)
    assert office.working_seconds_between(naive_utc, shanghai(2026, 12, 7, 9, 30)) == 1800
