"""A quarter (or any months) given month by month, each month's label beside its own figures:
"10月12万、11月25万、12月60万", "July 150,000; August 210,000 of which 50,000 distribution;
September 600,000".

The guide tiers each category on its own month (seed §4 item 2: 各个类目当月的应结算订单实收现金
交易总额), so each month keeps its own figures — its label is the month named right before them
(a range in the heading, "2020年10-12月", "Jul-Sep 2020", names no month's figures), and a
distribution part said inside a month ("210,000 of which 50,000 distribution") is that month's.
"""

from __future__ import annotations

from bot.answers.text import money_mentions, normalize
from bot.lazy_re import lazy_compile

# A calendar month by number ("10月") or by name ("October", "Sept"); "May" only before a year
# or an amount ("we may" is no month).
_MONTH = lazy_compile(
    r"(?<![\d.])(?P<number>1[0-2]|0?[1-9])\s*月(?!份?[底初中])"
    r"|\b(?P<name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|may(?=\.?,?\s*(?:20\d\d|[:：]?\s*[¥￥]?\d)))\b"
)
# A figure after these words is the months' sum the vendor states, not a month's.
_SUM_BEFORE = lazy_compile(
    r"(合起来|加起来|加在一起|合计|一共|总共|总计|共计|季度|total|combined|altogether|in all)"
    r"\D{0,8}$"
)

# "Sep 2020 total 180k", "9月总共18万": the month's own total, not a sum of the months.
_MONTH_OWN_TOTAL = lazy_compile(
    r"(月|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
    r"\s*(份)?\s*[,.]?\s*((19|20)\d\d\s*年?)?\s*(的)?\s*(总共|一共|合计|总计|total|in total)\D{0,4}$"
)
_BARE_YEAR = lazy_compile(r"(19|20)\d\d")
_LEADING_YEAR = lazy_compile(r"^\s*[,.]?\s*(?:19|20)\d\d(?!\d)\s*年?")


def months_with_figures(question: str) -> list[tuple[str, str]] | None:
    """(month, that month's clause) in the order written — the month as its number ("10") or
    its name's first three letters ("jul") — when two or more months each carry their own
    figures and every figure (but a stated sum) follows a month; None otherwise."""
    converted, mentions = money_mentions(question)
    figures = [
        m
        for m in mentions
        if not (
            _SUM_BEFORE.search(converted[: m.start])
            and not _MONTH_OWN_TOTAL.search(converted[: m.start])
        )
        # "Q4 2020", "2020 (Oct-Dec)": a bare year in the heading, no month's figure.
        and not _BARE_YEAR.fullmatch(converted[m.start : m.end].strip())
    ]
    months = list(_MONTH.finditer(converted))
    if len(figures) < 2 or len(months) < 2:
        return None
    if figures[0].start < months[0].end():
        return _figures_before_months(converted, figures, months)
    found: list[tuple[str, str]] = []
    for index, month in enumerate(months):
        end = months[index + 1].start() if index + 1 < len(months) else len(converted)
        own = [m for m in figures if month.end() <= m.start < end]
        if not own:
            continue
        label = month.group("number") or month.group("name")[:3]
        label = str(int(label)) if label.isdigit() else label
        clause = _LEADING_YEAR.sub("", converted[month.end() : end], count=1)
        if found and label == found[-1][0]:
            # "12月是52w，12月里有2w是分销的": the month named again goes on about its figures.
            found[-1] = (label, f"{found[-1][1]}{clause}")
            continue
        if any(label == seen for seen, _ in found):
            return None
        # "October 2020 sales 150k": the month's year is no figure of that month.
        found.append((label, clause))
    if len(found) < 2:
        return None
    return [(label, _clause(clause)) for label, clause in found]


# "150k in October": the figure, then the month it was made in.
_IN_MONTH_BEFORE = lazy_compile(r"\s*(in|for|during|of)\s*$")


def _figures_before_months(
    converted: str, figures: list, months: list
) -> list[tuple[str, str]] | None:
    """ "150k in October, 250k in November, 600k in December": each month's figures are said
    right before it; None unless every figure is one month's this way."""
    found: list[tuple[str, str]] = []
    start = 0
    for month in months:
        own = [m for m in figures if start <= m.start < month.start()]
        if not own or not _IN_MONTH_BEFORE.search(converted[own[-1].end : month.start()]):
            return None
        label = month.group("number") or month.group("name")[:3]
        label = str(int(label)) if label.isdigit() else label
        if any(label == seen for seen, _ in found):
            return None
        found.append((label, converted[own[0].start : own[-1].end]))
        start = month.end()
    if any(m.start >= start for m in figures):
        return None
    return found


# Where a month's words end after its last figure ("… of which 50,000 distribution;"): a stop,
# or a comma before another figure.
_CLAUSE_END = lazy_compile(r"[;；。?？!！\n]|\.(?!\d)|[,，、](?=\s*\D{0,12}\d)")


def _clause(text: str) -> str:
    """The month's words up to where its figures end (the next month's start was cut before)."""
    last = money_mentions(text)[1][-1].end
    end = _CLAUSE_END.search(text, last)
    return text[: end.start()] if end else text


# A year said once for several months: "2020年10-12月", "2020年9月和10月", "Jul-Sep 2020",
# "September and October 2020" — the year belongs to every month of the range or list.
_ZH_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])\s*月?"
_EN_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_JOIN = r"\s*(?:[-–—~～至到、,，&+/]|和|与|及|跟|\band\b|\bto\b|\bthrough\b|\bthru\b)\s*"
_YEAR_FOR_MONTHS = lazy_compile(
    r"(?:19|20)\d\d\s*年\s*" + _ZH_MONTH_NUMBER + r"(?:" + _JOIN + _ZH_MONTH_NUMBER + r")+"
    r"|\b" + _EN_MONTH_NAME + r"(?:" + _JOIN + _EN_MONTH_NAME + r")+\s*,?\s*(?:of\s+)?(?:19|20)\d\d"
    # A quarter of a year: "2020年第三季度", "2020 Q3", "Q4 2020", "the third quarter of 2020".
    r"|(?:19|20)\d\d\s*年?\s*(?:的\s*)?(?:第?\s*[一二三四1-4]\s*季度|q[1-4])"
    r"|\bq[1-4]\s*,?\s*(?:of\s+)?(?:19|20)\d\d|\bquarter of (?:19|20)\d\d"
    # "服务市场 category, 2020: 150k in October, …": the year as the heading of what follows.
    r"|(?<![\d.,])(?:19|20)\d\d\s*年?\s*[:：]"
)


def year_for_months(question: str) -> bool:
    """The question says a year once for a range or list of months ("2020年10-12月",
    "September and October 2020"): none of those months is a month without a year."""
    return bool(_YEAR_FOR_MONTHS.search(normalize(question)))
