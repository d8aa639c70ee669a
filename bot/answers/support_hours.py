"""Support hours a vendor states as days of the week and a clock span, judged as the level
they cover: "每天早8点到晚8点，一年365天不休息" (7 days × 12 hours) covers 5x8 and falls short of
7x24; "周一到周六10:00-16:00" (6 hours a day) falls short of 5x8; "24 hours but only on
weekdays" falls short of 7x24; "Monday to Saturday 8am-8pm" covers 5x8 only.

A level ("DxH", rules.markets.SUPPORT_LEVELS) is covered when the stated days are at least its D
and the stated hours a day at least its H. levels.py writes a span of the very days of a level
("周一到周五早9点到晚6点" → 5x8); this module reads the rest: every day, six days, the whole
day, a span on a day count no level has. Nothing is rounded up: a span covering no level is
"none" (below every level), shown in the vendor's own days and hours.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile
from rules.markets import SUPPORT_LEVELS

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"

# Days a week the service is kept: only weekdays (a weekend off) wins over "every day".
_WEEKDAYS_ONLY = lazy_compile(
    r"周末(不值班|不上班|休息|没人|无人|不服务|不在线|不在)|双休|节假日休息"
    r"|\bonly (on )?(weekdays|working days|business days|work ?days)\b|\bweekends? off\b"
    r"|\bnot (on|at|during) (the )?weekends?\b|\bno weekends?\b"
    r"|\bno (one|support) (on|at) weekends?\b|\bclosed (on )?weekends?\b"
)
_SIX_DAYS = lazy_compile(
    r"(周|星期)一(到|至|-|~|—|–)(周|星期)?六|单休|一周六天|每周六天|一周6天|每周6天"
    r"|\b(mon(day)?\s*(-|–|—|to|through|till|until)\s*sat(urday)?)\b|\bsix days\b|\b6 days\b"
)
_SEVEN_DAYS = lazy_compile(
    r"每天|每日|天天|全年|365\s*天|全年无休|不休息|周末也|周六周日也|节假日也|一周七天|一周7天|每周7天"
    r"|\b(every day|everyday|daily|7 days|seven days|all year|weekends too|including weekends"
    r"|weekends included|365 days)\b"
)
_FIVE_DAYS = lazy_compile(
    r"工作日|(周|星期)一(到|至|-|~|—|–)(周|星期)?五|一周五天|一周5天|每周5天|每周五天"
    r"|\b(weekdays|working days|business days|work ?days|mon(day)?\s*(-|–|—|to|through|till|until)\s*fri(day)?)\b"
)
# Hours a day: the whole day, or a clock span ("早9点到晚6点", "9:00-18:00", "8am-8pm", "早九晚五").
_WHOLE_DAY = lazy_compile(
    r"24\s*小时|全天|\b24\s*(hours|hrs|h)\b|\baround the clock\b|\bround[- ]the[- ]clock\b"
)
_SPAN = lazy_compile(
    r"(?:早上?|上午)?\s*" + _NUM + r"\s*(?:点|[:：](?:00|30))\s*(?:半)?\s*(?:到|至|-|~|—|–)\s*"
    r"(?P<pm>晚上?|下午)?\s*" + _NUM + r"\s*(?:点|[:：](?:00|30))"
    r"|早" + _NUM + r"晚" + _NUM + r"(?![\d点])"
    r"|\b(\d{1,2})(?::\d\d)?\s*(?P<am>am)?\s*(?:-|–|to|until|till)\s*(\d{1,2})(?::\d\d)?\s*"
    r"(?P<pm_en>pm)\b"
)
# "工作日8小时", "8 hours per day"; "weekdays 9-18", "9-18点" (a 24-hour clock).
_HOUR_COUNT = lazy_compile(
    r"(?<![\d:：])(\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*(?:个)?\s*小时(?!\s*(?:内|以内|响应|回复))"
    r"|\b(\d{1,2})\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|/)\s*day\b"
    r"|\bdays?\s*(?:x|×|\*|by)?\s*(\d{1,2})\s*(?:hours?|hrs?|h)\b"
)
_BARE_SPAN = lazy_compile(
    r"(?<![\d:./-])(\d{1,2})\s*(?:-|~|到|至|to)\s*(\d{1,2})(?![\d:./-])(?!\s*(?:年|个月|月|人|万|%|years?|months?))"
)
# "工作日每天", "每个工作日", "every weekday": the days of a working week, each of them.
_EACH_WORKDAY = lazy_compile(
    r"工作日\s*(?:的)?\s*(?:每天|每日)|每个工作日|\bevery (?:weekday|working day|business day|work ?day)\b"
    r"|\b(?:weekdays|working days|business days),? (?:daily|every day)\b"
)
_FIGURE_START = "0123456789十一二两三四五六七八九"
_HALF_DAY = 12
# Words of a service kept on those days ("有人", "在线", "值班", "support").
_KEPT = lazy_compile(r"有人|在线|值班|客服|售后|\b(online|support|on duty|staffed)\b")
_LATE = "晚"  # "早九晚五": the evening hour on a 12-hour clock


def _value(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word.startswith("十"):
        return 10 + (_CN.get(word[1:], 0) if len(word) > 1 else 0)
    return _CN[word]


_WEEKDAY = "一二三四五六日"
# "周二到周四", "周一、三、五", "三天有人", "一周6天", "5 days a week".
_DAY_RANGE = lazy_compile(
    r"(?:周|星期)([一二三四五六日])(?:到|至|-|~|—|–)(?:周|星期)?([一二三四五六日])"
)
# "Mon-Wed", "Tuesday to Thursday": the English days' range.
_WEEKDAY_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_RANGE_EN = lazy_compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|–|—|to|through|thru|till|until)\s*"
    r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
)
_DAY_LIST = lazy_compile(
    r"(?:每周|周|星期)([一二三四五六日](?:[、,和及]\s*(?:周|星期)?[一二三四五六日])+)"
)
_DAY_COUNT = lazy_compile(
    r"(?:一周|每周|每星期)\s*(\d|[一二三四五六七])\s*天|(\d|[一二三四五六七])\s*天\s*(?:有人|在线|值班|上班)"
    r"|\b(\d)\s*days?\s*(?:a|per|each|every|/)\s*week\b"
    # "5天8小时", "五天八小时", "5 days x 8 hours": the days, then the hours of each.
    # ("一天6个小时" is the hours of each day, no count of days.)
    r"|([2-7]|[二三四五六七])\s*天\s*(?:[x*×乘]\s*)?(?=(?:\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?\s*小时)"
    r"|\b(\d)\s*days?\s*(?:x|×|\*|by)?\s*(?=\d{1,2}\s*(?:hours?|hrs?|h)\b)"
)


def stated_days(text: str) -> int | None:
    """The days a week the text states support is kept, or None."""
    if _WEEKDAYS_ONLY.search(text):
        return 5
    ranged = _DAY_RANGE.search(text)
    if ranged:
        first, last = (_WEEKDAY.index(g) for g in ranged.groups())
        return last - first + 1 if last >= first else None
    ranged_en = _DAY_RANGE_EN.search(text)
    if ranged_en:
        first, last = (_WEEKDAY_EN.index(g) for g in ranged_en.groups())
        return last - first + 1 if last >= first else None
    listed = _DAY_LIST.search(text)
    if listed:
        return len(re.findall(f"[{_WEEKDAY}]", listed.group(1)))
    counted = _DAY_COUNT.search(text)
    if counted:
        return _value(next(g for g in counted.groups() if g))
    if _SIX_DAYS.search(text):
        return 6
    if _EACH_WORKDAY.search(text):
        return 5  # "工作日每天4小时": each working day, not every day
    if _SEVEN_DAYS.search(text):
        return 7
    if _FIVE_DAYS.search(text):
        return 5
    return None


def stated_hours(text: str) -> int | None:
    """The hours a day the text states support is kept, or None."""
    if _WHOLE_DAY.search(text):
        return 24
    counted = _HOUR_COUNT.search(text)
    if counted:
        return _value(next(g for g in counted.groups() if g))
    span = _SPAN.search(text)
    if span is not None:
        late = bool(span.group("pm") or span.group("pm_en") or _LATE in span.group(0))
    else:
        span, late = _BARE_SPAN.search(text), False
    if span is None:
        return None
    start, end = (_value(g) for g in span.groups() if g and g[0] in _FIGURE_START)
    # "9am-12pm": 12pm is noon, already on the 24-hour clock ("晚12点" is midnight).
    noon = span.groupdict().get("pm_en") and end == _HALF_DAY
    if late and end <= _HALF_DAY and not noon:
        end += _HALF_DAY
    return end - start if end > start else None


def _levels() -> list[tuple[str, int, int]]:
    found = []
    for level in SUPPORT_LEVELS:
        days, sep, hours = level.partition("x")
        if sep:
            found.append((level, int(days), int(hours)))
    return found


def covered_level(text: str) -> tuple[str, int, int] | None:
    """(the highest level the stated days and hours cover, or "none"; days; hours) when the
    text states both its days and its hours; None otherwise."""
    days, hours = stated_days(text), stated_hours(text)
    fewest = min(need_days for _, need_days, _ in _levels())
    if days is not None and days < fewest and _KEPT.search(text):
        return "none", days, hours or 0  # "只有周二到周四三天有人": short of every level
    if days is None or hours is None:
        return None
    covered = "none"
    for level, need_days, need_hours in _levels():
        if days >= need_days and hours >= need_hours:
            covered = level
    return covered, days, hours


_SENTENCES = lazy_compile(r"[。.!！?？;；\n]+(?!\d)")
_EXPLICIT = lazy_compile(r"[57]\s*[x*×]\s*(?:8|24)|24\s*/\s*7")


def support_sentences(text: str) -> list[tuple[str, tuple[str, int, int]]]:
    """Each sentence that states support days and hours without writing a level, with the
    level they cover."""
    found = []
    for sentence in _SENTENCES.split(text):
        if _EXPLICIT.search(sentence.replace("24/7", "")) and not _WEEKDAYS_ONLY.search(sentence):
            continue
        covered = covered_level(sentence)
        if covered is not None:
            found.append((sentence, covered))
    return found


def stated_level(text: str) -> str | None:
    """The level ("5x8", "7x24") the support days and hours a text states cover, when they
    cover one; None otherwise (a level written as such is text.support_level_mentioned's)."""
    from bot.answers.text import normalize

    for _, (level, _, _) in support_sentences(normalize(text)):
        if level != "none":
            return level
    return None


# "工作日上班", "working hours Monday to Friday", "business hours on weekdays": support kept on
# the working days during the working day, i.e. the guide's 5x8 (five days, an eight-hour day).
_WORKING_DAY_HOURS = lazy_compile(
    r"上班|工作时间|白天|朝九晚[五六]"
    r"|\b(business hours|office hours|working hours|work hours|daytime|during the day)\b"
    r"|\b\d{1,2}\s*(?:am)?\s*-?\s*(?:to|until|till|-)\s*-?\s*\d{1,2}\s*(?:pm)?\b"
)


def working_week_level(text: str) -> str | None:
    """ "5x8" when the text keeps support on working days in working hours ("客服和售后都只有
    工作日上班", "business hours on weekdays only", "weekday 9-to-6"): short of 7x24, and the
    five-day, eight-hour week the guide's 5x8 names; None otherwise."""
    from bot.answers.text import normalize

    norm = normalize(text)
    if _SEVEN_DAYS.search(norm) or _WHOLE_DAY.search(norm) or _ROUND_THE_CLOCK.search(norm):
        return None
    weekdays = (
        _FIVE_DAYS.search(norm) or _WEEKDAYS_ONLY.search(norm) or re.search(r"\bweekdays?\b", norm)
    )
    hours = stated_hours(norm)
    if hours is not None and hours < 8:
        # "工作日白天在线，一天6个小时": the hours said are short of the working day's eight.
        return None
    if weekdays and _WORKING_DAY_HOURS.search(norm) and _KEPT.search(norm):
        return "5x8"
    return None


def short_span(text: str) -> tuple[int, int] | None:
    """(days, hours) of a support span the text states that covers no level ("客服周一到周五只有
    上午9点到12点在线": 5 days, 3 hours a day); None when it states none or one covering a level."""
    from bot.answers.text import normalize

    for _, (level, days, hours) in support_sentences(normalize(text)):
        if level == "none":
            return days, hours
    return None


# Words of a service kept only part of the week or day ("工作日白天", "weekday daytime",
# "business hours"): short of 7x24 whatever its hours, with no level of its own.
_PART_TIME = lazy_compile(
    r"白天|工作时间|上班时间|\b(daytime|during the day|business hours|office hours|working hours)\b"
)
KIND_CLAUSES = lazy_compile(r"[，,。.;；!！?？]|但是?|不过|\bbut\b")
_ROUND_THE_CLOCK = lazy_compile(r"7\s*[x*×]\s*24|24\s*/\s*7|24\s*小时|全天|\b24 ?hours?\b")


def part_time_kind(text: str, kind_words: re.Pattern[str]) -> str | None:
    """The vendor's own words for a service of the kind `kind_words` names when its clause
    keeps it only on weekdays or in the daytime ("售后技术只有工作日白天有人" → "工作日白天"),
    so short of 7x24; None otherwise."""
    for clause in KIND_CLAUSES.split(text):
        if not clause or not kind_words.search(clause) or _ROUND_THE_CLOCK.search(clause):
            continue
        days = _FIVE_DAYS.search(clause) or _WEEKDAYS_ONLY.search(clause)
        part = _PART_TIME.search(clause)
        if days or part:
            found = [m for m in (days, part) if m]
            start = min(m.start() for m in found)
            end = max(m.end() for m in found)
            return clause[start:end]
    return None


# "在线客服只有工作日上午", "support only on workday mornings": half of the day and no more,
# short of the eight hours a day of 5x8 (no figure is made up for it: it covers no level).
_HALF_DAY_ONLY = lazy_compile(
    r"(只有|只在|仅有|仅在|仅|只)[^，,。;；]{0,10}(上午|下午)(?!\s*(\d|[一二三四五六七八九十]))"
    r"|\bonly\b[^,.;]{0,30}\b(mornings?|afternoons?)\b"
    r"|\b(mornings?|afternoons?) only\b"
)

# The two halves of the day ("上午9点到下午6点" is a whole working day).
_HALVES = lazy_compile(r"上午|下午|\bmornings?\b|\bafternoons?\b")


def half_day_only(text: str) -> str | None:
    """The vendor's words when the text keeps support only in the morning or only in the
    afternoon, with no clock span or whole day beside it (below every level); None otherwise."""
    found = _HALF_DAY_ONLY.search(text)
    if found is None or _WHOLE_DAY.search(text) or _SPAN.search(text):
        return None
    if len({half.group(0).rstrip("s") for half in _HALVES.finditer(text)}) > 1:
        return None  # "上午…下午…": both halves of the day
    return found.group(0).strip()


def level_of_kind(
    text: str, kind_words: re.Pattern[str], other_words: re.Pattern[str]
) -> str | None:
    """The level stated in the clause that names the kind `kind_words` names (and not the other
    kind), when another clause names the other kind at a different level: "我们7x24的是在线客服，
    售后技术只有5x8" → 5x8 for after-sales (dev25f 82); None when the text keeps the two kinds
    at one level or states only one."""
    from bot.answers.text import support_level_mentioned

    own: set[str] = set()
    other: set[str] = set()
    for clause in KIND_CLAUSES.split(text):
        level = support_level_mentioned(clause) or stated_level(clause)
        if not clause or level is None:
            continue
        names_kind, names_other = bool(kind_words.search(clause)), bool(other_words.search(clause))
        if names_kind and not names_other:
            own.add(level)
        elif names_other and not names_kind:
            other.add(level)
    if len(own) == 1 and other and other != own:
        return own.pop()
    return None
