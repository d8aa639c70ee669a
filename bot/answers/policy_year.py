""" "Did the commission discount policy already apply to our orders in 2017?", "2018年的订单
适用优惠政策吗": one calendar year asked against the guide's policy period (rules/data/
commission.yaml). Yes when the whole year lies inside it, partly when the period starts or ends
in it, no when it lies outside — first, with the period after it. A year after the period
is no question of this module (the after-policy routes decline it).
"""

from __future__ import annotations

from datetime import date

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.commission import default_policy

_PERIOD_ENTRY = "commission.period"
# One year written alone: "in 2017", "2017年的订单" (not "2017年3月", "2017-03", "2017/3/1").
_YEAR = lazy_compile(
    r"(?<![\d./-])(19|20)\d\d(?![\d./-])(?!\s*年\s*\d{1,2}\s*月)"
    r"(?!\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
_MONTH_BEFORE = lazy_compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*,?\s*$|\d{1,2}\s*月\s*$"
)
# The policy named: 优惠政策, 减免, discount / fee-reduction policy.
_POLICY = lazy_compile(
    r"优惠政策|减免政策|佣金政策|优惠期|阶梯(比例|费率)?|\b(discount|fee[- ]reduction|commission)"
    r" (policy|period|discount)\b|\btiered (rates?|commission)\b"
)
# Whether it applied is asked: 适用, 享受, 算在, covered, apply.
_ASKS_APPLIED = lazy_compile(
    r"适用|享受|算在|在.{0,6}(期间|期内)|包括|覆盖|能按|可以按|有没有"
    r"|\b(appl(y|ies|ied)|cover(s|ed)?|in force|valid|eligible|under|within|inside|count)\b"
)


def year_in_period_answer(text: str, lang: Lang) -> Answer | None:
    """是的 / 部分 / 不 for one year asked to come under the policy period; None unless the policy
    and exactly one year (no month, day or amount) are named and whether it applied is asked."""
    norm = normalize(text)
    if not (_POLICY.search(norm) and _ASKS_APPLIED.search(norm)) or money_mentions(text)[1]:
        return None
    years = [
        int(match.group(0))
        for match in _YEAR.finditer(norm)
        if not _MONTH_BEFORE.search(norm[: match.start()])
    ]
    if len(set(years)) != 1:
        return None
    year = years[0]
    periods = default_policy().periods
    start, end = periods[0].valid_from, periods[-1].valid_to
    if year > end.year:
        return None
    if start <= date(year, 1, 1) and date(year, 12, 31) <= end:
        key = "answers_year_in_period"
    elif year < start.year:
        key = "answers_year_before_period"
    else:
        key = "answers_year_partly_in_period"

    def show(day: date) -> str:
        if lang == "en":
            return day.isoformat()
        return t("answers.day", "zh", year=day.year, month=day.month, day=day.day)

    entry = entry_by_id()[_PERIOD_ENTRY]
    source = entry.source(lang)
    body = t(key, lang, start=show(start), end=show(end))
    return Answer(with_source(body, source, lang), lang, True, entry.id, source)
