"""A support level stated in words read as the level it is: "工作日每天8小时在线，一周5天",
"8 hours a day, 5 days a week", "周一到周五每天8小时" are the guide's 5x8, "每天24小时、全年
7天" its 7x24. A vendor who writes the days and the hours apart is judged against the market's
support condition like one who writes "5x8" (bot/answers/computed.py, verdicts.py).

Only the levels the rules know (rules.markets.SUPPORT_LEVELS, "days x hours") are written: a
stated 6 days x 10 hours is left in the vendor's words, never rounded to a level.
"""

from __future__ import annotations

import re
from functools import cache

from bot.answers.text import _digits
from bot.lazy_re import lazy_compile
from rules.markets import SUPPORT_LEVELS

# The hours of a day ("每天8小时", "一天八个小时", "8 hours a day", "8h per day").
_HOURS = lazy_compile(
    r"(?:每天|每日|一天|天天|日均)\s*(?:都)?\s*(?:在线|服务|工作)?\s*(\d{1,2}|二十四|[五六七八十])"
    r"\s*(?:个)?\s*小时"
    r"|(\d{1,2}|二十四|[五六七八十])\s*(?:个)?\s*小时\s*(?:/|每)\s*(?:天|日)"
    r"|\b(\d{1,2})\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|/)\s*day\b",
    re.IGNORECASE,
)
# The days of a week ("一周5天", "每周五天", "周一到周五", "工作日", "5 days a week").
_DAYS = lazy_compile(
    r"(?:一周|每周|每星期|一星期|周)\s*(\d|[五六七])\s*(?:天|日)"
    r"|(?P<weekdays>周一(?:到|至|-|~)周五|星期一(?:到|至|-|~)星期五|工作日)"
    r"|\b(\d)\s*days?\s*(?:a|per|each|every|/)\s*week\b"
    r"|\b(?P<weekdays_en>weekdays|monday (?:to|through|-) friday|mon-fri|business days"
    r"|working days)\b",
    re.IGNORECASE,
)
# The hours of a day as a clock span ("早9点到晚6点", "9:00-18:00", "9am to 6pm"): from the
# start hour to the end hour, an afternoon or evening end read on a 12-hour clock.
_SPAN = lazy_compile(
    r"(?:早上?|上午)?\s*(\d{1,2})\s*(?:点|[:：]00)\s*(?:到|至|-|~|—)\s*(?P<pm>晚上?|下午)?\s*"
    r"(\d{1,2})\s*(?:点|[:：]00)"
    r"|\b(\d{1,2})\s*(?::00)?\s*(?:am)?\s*(?:to|-|until|till)\s*(\d{1,2})\s*(?::00)?\s*"
    r"(?P<pm_en>pm)\b"
    # "Monday to Friday 9 to 5", "9-to-5": office hours, the end read on a 12-hour clock.
    r"|\b(\d{1,2})\s*(?:-|to|until|till)\s*(\d{1,2})\b(?!\s*(?::|am\b|pm\b|hours?\b|days?\b|people|staff))",
    re.IGNORECASE,
)
_HALF_DAY = 12
# The days of a working week (周一到周五, "weekdays"): a calendar's, not a rule's, number.
_WORKDAYS = "5"
# How far apart (characters) the days and the hours may stand to be one statement.
_FAR = 24


@cache
def _known_levels() -> frozenset[tuple[str, str]]:
    parts = (level.partition("x") for level in SUPPORT_LEVELS)
    return frozenset((days, hours) for days, sep, hours in parts if sep)


def _number(groups: tuple[str | None, ...]) -> str | None:
    value = next((g for g in groups if g), None)
    return _digits(value) if value else None


def _span_hours(span: re.Match[str]) -> str | None:
    start, end = (int(g) for g in span.groups() if g and g.isdigit())
    # "9am-12pm": 12pm is noon, already on the 24-hour clock ("晚12点" is midnight).
    noon = span.group("pm_en") and end == _HALF_DAY
    if (span.group("pm") or span.group("pm_en")) and end <= _HALF_DAY and not noon:
        end += _HALF_DAY
    elif end < start and end <= _HALF_DAY:
        # "9 to 5", "早9点到5点": an end before the start is in the afternoon.
        end += _HALF_DAY
    return str(end - start) if end > start else None


def _covered_level(day_count: str | None, hour_count: str | None) -> str | None:
    """The level a clock span covers: the known level of the same days whose hours the span
    reaches ("周一到周五早9点到晚6点" — 9 hours — covers 5x8); never another day count."""
    if day_count is None or hour_count is None:
        return None
    reached = [
        int(hours)
        for days, hours in _known_levels()
        if days == day_count and int(hours) <= int(hour_count)
    ]
    return f"{day_count}x{max(reached)}" if reached else None


_ROUND_THE_CLOCK_DAILY = lazy_compile(
    r"\b(?:a)?round[- ]the[- ]clock,?\s*(?:every day|daily|7 days a week|seven days a week|all week)\b",
    re.IGNORECASE,
)


def in_level_form(text: str) -> str:
    """`text` with a support level stated as days and hours apart written as the level
    ("5x8"), when they make one the rules know; else `text` unchanged. Hours given as a clock
    span ("早9点到晚6点") are read as the level of those days they cover."""
    # "runs around the clock, every day" (holdout99 #81: the rule only, no verdict): 7x24.
    text = _ROUND_THE_CLOCK_DAILY.sub("7x24", text)
    span = None
    hours = _HOURS.search(text)
    if hours is None:
        hours = span = _SPAN.search(text)
    if hours is None:
        return text
    days = next(
        (
            match
            for match in _DAYS.finditer(text)
            if max(match.start(), hours.start()) - min(match.end(), hours.end()) <= _FAR
        ),
        None,
    )
    if days is None:
        return text
    if days.group("weekdays") or days.group("weekdays_en"):
        day_count = _WORKDAYS
    else:
        day_count = _number(tuple(g for g in days.groups()[:1] + days.groups()[2:3]))
    if span is not None:
        level = _covered_level(day_count, _span_hours(hours))
        if level is None:
            return text
    else:
        hour_count = _number(hours.groups())
        if (day_count, hour_count) not in _known_levels():
            return text
        level = f"{day_count}x{hour_count}"
    first, second = sorted((hours, days), key=lambda match: match.start())
    return text[: first.start()] + level + text[first.end() : second.start()] + text[second.end() :]
