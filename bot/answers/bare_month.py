"""A month named with no year ("10月建站卖了15万", "sold 150k in October"): two readings.

Today lies years after the guide's commission policy (2016-11-17 to 2021-03-31), so "10月"
may mean the latest October, which no policy period covers, or an October inside the policy.
The reply must not state the policy's rate as this year's fact: it opens with both readings —
the latest such month has no rate in the guide; for one inside the policy, the figure is X.
"今年10月" / "去年10月" name the year, and are read as that month.
"""

from __future__ import annotations

from datetime import date

from bot.answers.settle_month import MONTHS_EN as _EN_MONTHS
from bot.answers.text import _digits, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# "10月", "10月份", "十月": no year, no 个 ("6个月" is a duration), no 第 before it.
# (Chinese numerals are read as digits first: 十月 → 10月, text._digits.)
_ZH_MONTH = lazy_compile(r"(?<![\d/.\-个第])(?P<digits>1[0-2]|0?[1-9])\s*月")
# Full names; "May" and the short forms only after in/for/during/of ("may" is also a verb).
_EN_MONTH = lazy_compile(
    r"\b(?P<full>january|february|march|april|june|july|august|september|october|november"
    r"|december)\b"
    r"|\b(?:in|for|during|of|last|this)\s+(?P<short>may|jan|feb|mar|apr|jun|jul|aug|sept?|oct"
    r"|nov|dec)\b\.?"
)
# A year right after the month ("October 2020", "Oct. 2020") or before it: no bare month.
_YEAR_AROUND = lazy_compile(r"(?:19|20)\d\d")
_THIS_YEAR = lazy_compile(r"今年|本年|\bthis year\b")
_LAST_YEAR = lazy_compile(r"去年|上一?年|\blast year\b")
_THIS_MONTH = lazy_compile(r"这个月|这月|本月|\bthis month\b")
_LAST_MONTH = lazy_compile(r"上个?月|\blast month\b")


def bare_month(question: str) -> int | None:
    """The month (1-12) the question names with no year; None when it names none, or a year."""
    norm = _digits(normalize(question))
    zh = _ZH_MONTH.search(norm)
    if zh:
        if _YEAR_AROUND.search(norm[max(0, zh.start() - 8) : zh.start()]):
            return None
        return int(zh.group("digits"))
    en = _EN_MONTH.search(norm)
    if en is None:
        return None
    around = norm[max(0, en.start() - 8) : en.end() + 8]
    if _YEAR_AROUND.search(around):
        return None
    name = en.group("full") or en.group("short")
    return next(i for i, full in enumerate(_EN_MONTHS, 1) if full.startswith(name[:3]))


def year_said(question: str, today: date) -> int | None:
    """The year "今年" / "去年" / "this year" / "last year" names, if any."""
    norm = normalize(question)
    month = bare_month(question)
    if month is not None and _THIS_MONTH.search(norm) and month == today.month:
        # "这个月（12月）", "this month (December)": the month named is today's.
        return today.year
    if month is not None and _LAST_MONTH.search(norm):
        last = (
            date(today.year - 1, 12, 1)
            if today.month == 1
            else date(today.year, today.month - 1, 1)
        )
        if month == last.month:
            # "上个月（11月）": the month before today's.
            return last.year
    if _THIS_YEAR.search(norm):
        return today.year
    if _LAST_YEAR.search(norm):
        return today.year - 1
    return None


def latest(month: int, today: date) -> date:
    """The latest such month up to today: October 2026 in December 2026, December 2025 in
    November 2026."""
    year = today.year if month <= today.month else today.year - 1
    return date(year, month, 1)


def lead(month: int, recent: date, today: date, span: str, lang: Lang) -> str:
    """Both readings first: the latest such month has no rate; one inside the policy has."""
    if lang == "en":
        month_name = _EN_MONTHS[month - 1].capitalize()
        recent_label = f"{month_name} {recent.year}"
        name = ("an " if month_name[0] in "AEIOU" else "a ") + month_name
    else:
        name = t("answers_bare_month_name", lang, month=month)
        recent_label = (
            t("answers_bare_month_this_year", lang, month=month)
            if recent.year == today.year
            else t("answers_bare_month_year", lang, year=recent.year, month=month)
        )
    return t("answers_bare_month_lead", lang, span=span, recent=recent_label, name=name)


def months_lead(months: list[int], today: date, span: str, lang: Lang) -> str:
    """ "10月结算15万，11月也是15万": several months with no year read both ways at once — the
    latest such months have no rate; for those months inside the policy, the figures follow."""
    if len(months) == 1:
        return lead(months[0], latest(months[0], today), today, span, lang)
    joiner = t("list_separator", lang)
    if lang == "en":
        names = [_EN_MONTHS[month - 1].capitalize() for month in months]
        recent = joiner.join(
            f"{name} {latest(m, today).year}" for name, m in zip(names, months, strict=True)
        )
        name = joiner.join(names)
    else:
        recent = joiner.join(
            t("answers_bare_month_this_year", lang, month=month)
            if latest(month, today).year == today.year
            else t("answers_bare_month_year", lang, year=latest(month, today).year, month=month)
            for month in months
        )
        name = joiner.join(t("answers_bare_month_name", lang, month=month) for month in months)
    return t("answers_bare_months_lead", lang, span=span, recent=recent, name=name)


def opens_with_lead(text: str, lang: Lang) -> bool:
    """Whether a reply opens with the two readings of a month with no year: no verdict goes
    before them (the verdict is the reading inside the policy's, after them)."""
    return text.startswith(t("answers_bare_month_lead", lang).split("{", 1)[0])
