"""The commission notice's date taken for the policy's start: "The commission notice is dated
2020-11-23. Does that mean the discount only started then?", "通知落款是2020年11月23日，优惠是从那天
才开始的吗".

No: the notice is dated late in the period, which the guide sets from its own first day
(rules/data/commission.yaml). The reply opens with 不是 / No, then the period's bounds.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.commission import default_policy

_PERIOD_ENTRY = "commission.period"
# The notice and its date named: 通知 / 公告 / 落款, "notice", "dated".
_NOTICE = lazy_compile(
    r"通知|公告|落款|发文|签发|发布(日期|时间|于)|\b(notice|announcement|circular|dated|issued|published)\b"
)
# Whether the policy began on that day: 才开始, 从那天开始, "only started then".
_ASKS_START = lazy_compile(
    r"(才|是不是|是否|就是|就)[^，,。？?]{0,8}(开始|起算|生效|执行|施行|实行)"
    r"|从(那天|那时|这天|当天|那一天|这一天|通知)[^，,。？?]{0,6}(开始|起|生效|执行)"
    r"|(开始|生效|执行|施行)(于|的)?(那天|这天|当天|日期)"
    r"|\b(only|just|first)\b.{0,12}\b(start|started|begin|began|took effect|kicked in|kick in|apply|applied)\b"
    r"|\b(start|started|begin|began|took effect|effective) (on |from )?(then|that (day|date)|this (day|date))\b"
)
_POLICY = lazy_compile(
    r"优惠|折扣|减免|政策|阶梯|佣金|费率|\b(discount|reduction|policy|tiered|rates?|commission)\b"
)
_DATE = lazy_compile(r"(19|20)\d\d\s*(年|[-/.])\s*\d{1,2}|\b(19|20)\d\d\b")


def notice_date_answer(text: str, lang: Lang) -> Answer | None:
    """不是 / No, the notice's date is not the start: the period's bounds."""
    norm = normalize(text)
    if not (
        _NOTICE.search(norm)
        and _ASKS_START.search(norm)
        and _POLICY.search(norm)
        and _DATE.search(norm)
    ):
        return None
    periods = default_policy().periods
    start, end = periods[0].valid_from, periods[-1].valid_to
    if str(start.year) in norm:
        # "通知说2016年11月17日起，是那天开始的吗": the start itself named, asked to confirm.
        return None

    def show(day: date) -> str:
        if lang == "en":
            return day.isoformat()
        return t("answers.day", "zh", year=day.year, month=day.month, day=day.day)

    entry = entry_by_id()[_PERIOD_ENTRY]
    source = entry.source(lang)
    body = t("answers_notice_not_start", lang, start=show(start), end=show(end))
    return Answer(with_source(body, source, lang), lang, True, entry.id, source)


_ADJUST_ENTRY = "commission.adjust"
# A change of the policy announced: 调整 / 变更 / 修改, "change", "adjust".
_CHANGE = lazy_compile(r"调整|变更|修改|改了|更改|\b(chang\w*|adjust\w*|amend\w*|revis\w*)\b")
# From when the changed terms apply, asked.
_ASKS_FROM_WHEN = lazy_compile(
    r"(从|自)?(哪天|哪一天|什么时候|何时|几号)[^，,。？?]{0,8}(开始|起|生效|执行|适用)"
    r"|\b(from|as of|starting) (what|which) (date|day)\b|\bwhen would\b.{0,40}\b(apply|take effect|start)\b"
    r"|\b(what|which) date\b.{0,40}\b(appl\w*|effect\w*|start\w*)\b"
)
_DAY_ZH = lazy_compile(
    r"(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|(20\d\d)-(\d{1,2})-(\d{1,2})"
)
_DAY_EN = lazy_compile(
    r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(20\d\d)\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(20\d\d)\b"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _notice_day(norm: str) -> date | None:
    try:
        if match := _DAY_ZH.search(norm):
            year, month, day = (g for g in match.groups() if g)
            return date(int(year), int(month), int(day))
        if match := _DAY_EN.search(norm):
            if match.group(1):
                return date(
                    int(match.group(3)), _MONTHS.index(match.group(2)) + 1, int(match.group(1))
                )
            return date(int(match.group(6)), _MONTHS.index(match.group(4)) + 1, int(match.group(5)))
    except ValueError:
        return None
    return None


def change_effective_answer(text: str, lang: Lang) -> Answer | None:
    """ "if Alibaba Cloud had announced a change … on 15 Feb 2021, from what date would the new
    terms have applied?": the 1st of the month after the notice (seed §4 item 4)."""
    norm = normalize(text)
    if not (
        _NOTICE_OR_ANNOUNCED.search(norm) and _CHANGE.search(norm) and _ASKS_FROM_WHEN.search(norm)
    ):
        return None
    day = _notice_day(norm)
    if day is None:
        return None
    first = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    shown = (
        first.isoformat()
        if lang == "en"
        else t("answers.day", "zh", year=first.year, month=first.month, day=first.day)
    )
    notice = (
        day.isoformat()
        if lang == "en"
        else t("answers.day", "zh", year=day.year, month=day.month, day=day.day)
    )
    entry = entry_by_id()[_ADJUST_ENTRY]
    source = entry.source(lang)
    body = t("answers_change_effective_from", lang, day=shown, notice=notice)
    return Answer(with_source(body, source, lang), lang, True, entry.id, source)


_NOTICE_OR_ANNOUNCED = lazy_compile(
    r"通知|公告|宣布|发布|\b(notice|notif\w*|announc\w*|told us|inform\w*)\b"
)
