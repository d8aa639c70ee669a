"""A year written with two digits: "21年3月" is March 2021, "March '21" is March 2021.

Read with the year dropped, "21年3月" became a bare "3月" (this year's March, outside the guide's
commission policy), though 2021-03 lies inside it. The two digits are read as 20xx, as far as
this year: the message is rewritten with the full year before it is read.
"""

from __future__ import annotations

import re
from datetime import date

from bot.lazy_re import lazy_compile

# "21年3月", "21年03月份"; not "2021年" (four digits), not "满10年3个月" (a duration).
_ZH_SHORT_YEAR = lazy_compile(r"(?<![\d/.\-])(?P<year>\d\d)\s*年\s*(?=(?:0?[1-9]|1[0-2])\s*月)")
# "March '21", "Mar. '21", "Mar ’21".
_EN_SHORT_YEAR = lazy_compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?P<rest>[a-z]*\.?,?\s*)"
    r"['’](?P<year>\d\d)\b",
    re.IGNORECASE,
)


def with_full_years(message: str, today: date) -> str:
    """`message` with each two-digit year before a month written as 20xx (up to this year)."""
    latest = today.year % 100

    def zh(found: re.Match[str]) -> str:
        year = int(found.group("year"))
        return f"20{year:02d}年" if 10 <= year <= latest else found.group()

    def en(found: re.Match[str]) -> str:
        year = int(found.group("year"))
        if not 10 <= year <= latest:
            return found.group()
        return found.group("month") + found.group("rest") + f"20{year:02d}"

    return _EN_SHORT_YEAR.sub(en, _ZH_SHORT_YEAR.sub(zh, message))
