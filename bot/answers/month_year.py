"""A month written as overseas forms write it, "11/2025", "03/2019", "2019/03" (no day), read
as the month the date readers know ("2025年11月", "November 2025"). Alone, "11/2025" was no date
at all, so a licence "issued 11/2025" was never aged (dev26c 79). Full dates ("2024/12/02",
"12/02/2024") are the date readers' own and stay as written.
"""

from __future__ import annotations

import re

from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile

# MM/YYYY or YYYY/MM (also with "-" or "."), with no day beside it.
_MONTH_SLASH_YEAR = lazy_compile(
    r"(?<![\d/.\-])(?:(?P<month>0?[1-9]|1[0-2])\s*[/.\-]\s*(?P<year>(?:19|20)\d{2})"
    r"|(?P<year2>(?:19|20)\d{2})\s*[/.]\s*(?P<month2>0?[1-9]|1[0-2]))(?![\d/.\-])"
)
# How a Chinese question writes a month, as the date readers read it (not a reply's text).
_ZH_MONTH = "{year}年{month}月"
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()


def as_month_year(question: str, lang: Lang) -> str:
    """`question` with each bare month-and-year written the way the date readers read it."""

    def written(match: re.Match[str]) -> str:
        month = int(match.group("month") or match.group("month2"))
        year = match.group("year") or match.group("year2")
        if lang == "en":
            return f"{_MONTH_NAMES[month - 1]} {year}"
        return _ZH_MONTH.format(year=year, month=month)

    return _MONTH_SLASH_YEAR.sub(written, question)
