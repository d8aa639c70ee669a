"""The day an answer is given on: China's today, or the day the caller names.

`answer(question, today=day)` names the day once; every reader it reaches — the licence-age
readers, "this month", whether the commission policy period is over — asks `today_in_china()`
and gets that same day, so one reply never mixes two days (a licence dated a year before the
named day counted against the real calendar while "this month" counts against the named one).
The evaluation names the day its question sets were written for, so a set's verdicts do not
change at midnight in Shanghai.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from zoneinfo import ZoneInfo

# The zone the commission policy counts months in (SPEC decision 9).
CHINA_TZ = ZoneInfo("Asia/Shanghai")

_NAMED_DAY: ContextVar[date | None] = ContextVar("answer_day", default=None)


def today_in_china() -> date:
    """The day named by the answer being given (`answering_on`), else today in Asia/Shanghai."""
    return _NAMED_DAY.get() or datetime.now(CHINA_TZ).date()


@contextmanager
def answering_on(day: date | None) -> Iterator[None]:
    """Inside, `today_in_china()` is `day` (unchanged when `day` is None)."""
    if day is None:
        yield
        return
    token = _NAMED_DAY.set(day)
    try:
        yield
    finally:
        _NAMED_DAY.reset(token)
