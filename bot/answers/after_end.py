"""A time after the end of the guide's commission policy period, named as vendors write it:
"2021年3月31日优惠政策结束以后", "2021-03-31之后", "after 31 March 2021", "政策到期后",
"after the policy ended". The period's end comes from the rules (rules/commission), never from
here: a date counts when it is on or after the last day of the last period and the text says
"after" it. A question about such a time asks for what the guide never gives (a later rate)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from rules.commission import default_policy

# A day or month, then "after" within a few characters: 2021年3月31日(优惠政策结束)以后.
_ZH_DATE_AFTER = lazy_compile(
    r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*(?:月)?(?:\s*[/.-]?\s*(\d{1,2})\s*[日号]?)?"
    r"[^,，。;；?？\d]{0,10}?(以后|之后|往后|过后|后)"
)
# "after 31 March 2021", "after March 31, 2021", "after 2021-03-31", "since April 2021".
_EN_DATE_AFTER = lazy_compile(
    r"\b(?:after|since|beyond|past)\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})?(?:st|nd|rd|th)?,?\s+(\d{4})\b"
    r"|\b(?:after|since|beyond|past)\s+(\d{4})-(\d{1,2})-(\d{1,2})\b"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# The policy's end said in words: 政策结束以后, 优惠期满后, "after the policy ended".
_POLICY_ENDED = lazy_compile(
    r"(政策|优惠期|优惠|政策期|减免期)(期间)?\s*(结束|到期|截止|过期|期满|失效|取消)(了)?\s*(以后|之后|后|过后)"
    r"|\b(after|once|now that|since) (the )?(\w+ ){0,3}(policy|period|discount)( period)?"
    r" (has |had |was )?(ended|ends|expired|expires|is over|was over|lapsed|finished)\b"
)


def _last_day(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _day(year: str, month: str, day: str | None) -> date | None:
    try:
        if day:
            return date(int(year), int(month), int(day))
        return _last_day(int(year), int(month))
    except ValueError:
        return None


def _days_after(norm: str) -> list[date]:
    found: list[date] = []
    for match in _ZH_DATE_AFTER.finditer(norm):
        day = _day(match.group(1), match.group(2), match.group(3))
        if day is not None:
            found.append(day)
    for match in _EN_DATE_AFTER.finditer(norm):
        if match.group(2):
            month = str(_MONTHS.index(match.group(2)) + 1)
            day = _day(match.group(4), month, match.group(1) or match.group(3))
        else:
            day = _day(match.group(5), match.group(6), match.group(7))
        if day is not None:
            found.append(day)
    return found


def names_after_policy_end(text: str) -> bool:
    """The text names a time after the commission policy period ended (a day on or after its
    last day with "after", or the policy's end in words)."""
    norm = normalize(text)
    if _POLICY_ENDED.search(norm):
        return True
    end = default_policy().periods[-1].valid_to
    return any(day >= end for day in _days_after(norm))
