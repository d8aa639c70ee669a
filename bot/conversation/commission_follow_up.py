"""Short follow-ups of a commission answer (black-box, second round, D17), as the question they
mean. A month: "那4月呢", "2021年4月呢", "what about April 2021?" — the same question with its
month swapped. A part of the sum: "and the refund?", "返还呢", "预收多少" — the same question
asking that part. Pure text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.lazy_re import lazy_compile
from rules.markets import market_label

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NAME = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" + (
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ZH_MONTH_DIGITS = "一二三四五六七八九十"

# The follow-up: a month (and maybe its year) and nothing else asked.
_ZH_FOLLOW_UP = lazy_compile(
    # ("那如果是2021年4月呢" — black-box 51, D10: the month supposed.)
    r"(?:那|那么|还有)?\s*(?:如果是|要是|假如是|换成|改成)?\s*(?:(\d{4}|今|去|前)\s*年\s*)?"
    r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?"
    # ("2021年4月1日呢" after a sum of 2021-03-31 — black-box s71 D4: declined as outside the
    # guide): the day too.
    r"(?:\s*(\d{1,2})\s*[日号])?"
    r"\s*(?:的话)?\s*(?:的)?(?:呢|怎么算|多少|佣金多少|佣金呢|那个呢)\s*[?？。]*"
)
_EN_FOLLOW_UP = lazy_compile(
    rf"(?:ok,?\s*)?(?:but\s+)?(?:and|what about|how about|and for|and in|for|what if it was|what if it were|"
    rf"and if it was|and if it were|if it was|if it were|same for|"
    # "and what if we did the same in march 2022?" (black-box s66 D4: declined as outside).
    rf"(?:and\s+|so\s+)?what if (?:we|i|it) (?:did|had|made|sold|was|were)(?: the same| that)?"
    rf"(?:\s+(?:again|instead))?"
    # ("same numbers but for orders settled April 1 2021" — black-box s71 D5: "no check has
    # started"; "April 1 2021?": declined.)
    rf"|(?:but\s+)?(?:for\s+)?(?:the\s+)?(?:orders?\s+)?(?:settled|paid|sold)(?:\s+(?:on|in))?)?\s*(?:in\s+|on\s+)?"
    rf"{_MONTH_NAME}(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s*(\d{{4}}))?\s*(?:then)?\s*\??",
    re.IGNORECASE,
)
# The month inside the earlier question, as written.
_ZH_MONTH_IN = lazy_compile(
    r"(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|(?<![一二三四五六七八九十])[一二三四五六七八九])\s*月(?:份)?"
    r"(?:\s*(\d{1,2})\s*[日号])?"
)
_EN_MONTH_IN = lazy_compile(
    rf"(?<![a-z]){_MONTH_NAME}(?![a-z])(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?,?(?:\s*(\d{{4}}))?",
    re.IGNORECASE,
)


def _zh_month(said: str) -> int:
    if said.isdigit():
        return int(said)
    if said.startswith("十"):
        return 10 + (_ZH_MONTH_DIGITS.index(said[1]) + 1 if len(said) > 1 else 0)
    return _ZH_MONTH_DIGITS.index(said) + 1


_RELATIVE_YEARS = {"今": 0, "去": 1, "前": 2}


def _zh_year(said: str | None, today: date | None) -> int | None:
    """2021 as written; 今年 / 去年 / 前年 counted from `today` ("今年11月的呢" — black-box s53 D9)."""
    if not said:
        return None
    if said.isdigit():
        return int(said)
    return None if today is None else today.year - _RELATIVE_YEARS[said]


# A year alone, after a sum whose month had no year: "2020年的", "是2020年", "in 2020".
_YEAR_FOLLOW_UP = lazy_compile(
    r"(?:那|那么|是|我说的是|指的是|应该是)?\s*(20\d\d)\s*年(?:的)?(?:呢|那个|那次)?\s*[?？。]*"
    r"|(?:i mean |it was |it's |its |that was |sorry,? )?(?:in |for )?(20\d\d)(?: then)?\s*[?.]*",
    re.IGNORECASE,
)


def year_asked(text: str) -> int | None:
    """The year when `text` is a year alone ("2020年的", "in 2020"); None otherwise."""
    found = _YEAR_FOLLOW_UP.fullmatch(text.strip())
    if found is None:
        return None
    return int(found.group(1) or found.group(2))


# The same figures said again with the month ("2021年4月同样的数呢", "same numbers?").
_SAME_FIGURES = lazy_compile(
    r"[，,\s]*(?:同样的?|一样的?|还是这些?|也是这些?)(?:数|数字|金额|数额|流水|数据)?(?:的话)?"
    r"|[,\s]*(?:with |for |using )?(?:the )?same (?:numbers|figures|amounts?|sales|totals?)",
    re.IGNORECASE,
)
# A month said by its place, inside a question: "上个月", "这个月", "last month".
_RELATIVE_WORD = lazy_compile(
    r"这个月|本月|上个月|上月|(?<![a-z])(?:in )?(?:this|last) month(?![a-z])", re.IGNORECASE
)
# "this month" / "last month" / "这个月" as the month asked.
_RELATIVE_MONTH = lazy_compile(
    r"(?:and |what about |how about |and for |and in |那|那么)?(?:in |for )?(这个月|本月|上个月|上月|this month|last month)"
    r"(?:呢|\?)?",
    re.IGNORECASE,
)


def month_asked(text: str, today: date | None = None) -> tuple[int | None, int, int | None] | None:
    """(year or None, month, day or None) when `text` only names a month (or a day): "那4月呢" →
    (None, 4, None); "2021年4月1日呢" → (2021, 4, 1); "2021年4月同样的数呢" too; "and what about
    this month, same numbers?" with `today`."""
    said = _SAME_FIGURES.sub("", text.strip()).strip()
    relative = _RELATIVE_MONTH.search(said) if today is not None else None
    if relative is not None and today is not None:
        rest = (said[: relative.start()] + said[relative.end() :]).strip(" ,，?？。")
        if not rest or rest.casefold() in ("呢", "那", "那么", "and", "what about", "then"):
            back = 1 if relative.group(1) in ("上个月", "上月", "last month") else 0
            index = today.year * 12 + today.month - 1 - back
            return index // 12, index % 12 + 1, None
    zh = _ZH_FOLLOW_UP.fullmatch(said)
    if zh:
        month = _zh_month(zh.group(2))
        year = _zh_year(zh.group(1), today)
        day = int(zh.group(3)) if zh.group(3) else None
    else:
        en = _EN_FOLLOW_UP.fullmatch(said)
        if en is None:
            return None
        month = next(
            i for i, name in enumerate(_MONTH_NAMES, 1) if name[:3] == en.group(1)[:3].lower()
        )
        day = int(en.group(2)) if en.group(2) else None
        year = int(en.group(3)) if en.group(3) else None
    if day is not None and not 1 <= day <= 31:
        return None
    return (year, month, day) if 1 <= month <= 12 else None


def with_month(question: str, year: int | None, month: int, day: int | None = None) -> str | None:
    """`question` asked of that month (and day, when said) instead of the one it names; None
    when it names none (or several: which one the follow-up replaces is unclear). A day the
    question named goes with its month."""
    zh = list(_ZH_MONTH_IN.finditer(question))
    en = list(_EN_MONTH_IN.finditer(question))
    if not zh and not en:
        # "上个月结算了100万…" then "那如果是2020年10月呢" (black-box 52, D6): the month said
        # by its place ("上个月", "this month") is the one replaced.
        relative = list(_RELATIVE_WORD.finditer(question))
        if not relative and year is not None:
            # "零售通的佣金是多少" … "2021年4月的呢" (black-box s64 D12: declined as outside the
            # guide): the question asked of that month.
            if re.search(r"[\u4e00-\u9fff]", question):
                return f"{year}年{month}月{_zh_day(day)}{question}"
            return f"{question.rstrip(' ?？')} in {_en_month(month, day)} {year}?"
        if len(relative) != 1:
            return None
        found = relative[0]
        english = not re.search(r"[\u4e00-\u9fff]", question)
        if english:
            name = _en_month(month, day)
            said = f"in {name} {year}" if year else f"in {name}"
        else:
            said = (f"{year}年{month}月" if year else f"{month}月") + _zh_day(day)
        return question[: found.start()] + said + question[found.end() :]
    if len(zh) + len(en) != 1:
        return None
    if zh:
        found = zh[0]
        kept_year = year or (int(found.group(1)) if found.group(1) else None)
        said = (f"{kept_year}年{month}月" if kept_year else f"{month}月") + _zh_day(day)
    else:
        found = en[0]
        kept_year = year or (int(found.group(2)) if found.group(2) else None)
        name = _en_month(month, day)
        said = f"{name} {kept_year}" if kept_year else name
    return question[: found.start()] + said + question[found.end() :]


def _zh_day(day: int | None) -> str:
    return f"{day}日" if day else ""


def _en_month(month: int, day: int | None) -> str:
    name = _MONTH_NAMES[month - 1].capitalize()
    return f"{name} {day}" if day else name


# A part of the sum asked alone: the refund or the pre-charge.
_PART_FOLLOW_UP = lazy_compile(
    r"(?:那|那么|还有)?\s*(?:能|会|要|可以|应该)?\s*(?P<zh>返还|退还|退回|退给我们|退给我|退|返|预收|预扣)"
    r"(?:我们|我|给我们|给我)?(?:的)?(?:金额|多少|呢|是多少|多少钱|几|回来多少)+[?？。]*"
    # "what's the refund?", "so what was the refund in my october 2020 website case?" (black-box
    # s68 D2: declined as customer-order refunds): the sum just computed asked for its part.
    r"|(?:and|what about|how about|so)?\s*(?:(?:what(?:'s|’s|s| is| was| would be| will be)|"
    r"how much(?: is| was| would be| will be)?)\s+)?(?:the\s+|my\s+|our\s+)?"
    r"(?P<en>refund|pre-?charge)(?:d)?(?:\s+amount)?(?:\s+then)?"
    r"(?:\s+(?:in|for|of)\s+(?:my|our|that|this|the)\s+[a-z0-9 ,]{0,40}?(?:case|example|sum|one|month))?"
    r"\s*\??",
    re.IGNORECASE,
)
_PART_ASKED = {
    "zh": {"返": "返还多少", "退": "返还多少", "预": "预收多少"},
    "en": {"r": "how much is refunded?", "p": "how much is pre-charged?"},
}


def with_year(question: str, year: int) -> str | None:
    """`question` asked of its month in `year` ("服务市场三月份五十万" … "2020年的"); None when
    it names no one month."""
    months = list(_ZH_MONTH_IN.finditer(question))
    if len(months) == 1:
        day = int(months[0].group(3)) if months[0].group(3) else None
        return with_month(question, year, _zh_month(months[0].group(2)), day)
    english = list(_EN_MONTH_IN.finditer(question))
    if len(english) == 1 and not months:
        name = english[0].group(1)
        month = next(i for i, full in enumerate(_MONTH_NAMES, 1) if full[:3] == name[:3].lower())
        return with_month(question, year, month)
    return None


# The distribution part said anew: "那如果分销是0呢", "没有分销呢", "and with no distribution?",
# "分销是20万呢" (black-box s54 D3).
# The fee itself asked ("佣金是多少钱", "how much commission").
_FEE_ASKED = lazy_compile(
    r"(佣金|服务费)[^，,。？?]{0,4}(多少|几)|多少钱|how much|what commission|commission (?:is|would)",
    re.IGNORECASE,
)
# The commission asked after the part said: "…的话佣金是多少钱", "…，佣金多少".
_COMMISSION_ASKED_AFTER = r"(?:[，,]?\s*(?:那)?(?:佣金|服务费|平台服务费)(?:是|要|收|交|该)?(?:多少钱?|几个点|怎么算|多少呢))?"
_DISTRIBUTION_NOW = lazy_compile(
    r"^(?:那|那么)?(?:如果|要是|假如)?\s*(?:分销(?:的|订单)?(?:是|为|改成|变成|只有)?\s*(?P<zh>[^，,。？?呢]{1,10})"
    # ("没有分销的话佣金是多少钱" — black-box s75 D13: the distribution rule, no figure.)
    r"|(?P<zh_none>没有分销|不含分销|无分销))(?:的话)?"
    + _COMMISSION_ASKED_AFTER
    + r"\s*呢?\s*[?？。]*$"
    # "那如果里面有10万是分销的呢" (black-box s59 D4: the rate table, no figures).
    r"|^(?:那|那么)?(?:如果|要是|假如)?\s*(?:其中|里面|这里面|这当中)(?:有)?\s*"
    r"(?P<zh2>[\d.]+\s*(?:万|w|k|元)?|[一二两三四五六七八九十百千]+万?)\s*(?:是|为)?分销(?:的|订单)?"
    r"(?:的话)?\s*呢?\s*[?？。]*$"
    r"|^(?:and |but |so )?(?:what if |and if |if )(?P<en2>[\d.,]+\s*(?:k|m|million|thousand|yuan|rmb)?)"
    r" of (?:it|that|this|them) (?:was|is|were|had been) distribution\s*\?*$"
    # "what if 100k of that comes from distribution orders?" (black-box s65 D5: no figures).
    r"|^(?:and |but |so )?(?:what if |and if |if )(?P<en3>[\d.,]+\s*(?:k|m|million|thousand|yuan|rmb)?)"
    r" of (?:it|that|this|them) (?:comes?|came|is|was|were|are) (?:from|through|via) "
    r"(?:the )?distribution(?: orders?| channels?| partners?)?\s*\?*$"
    r"|^(?:and |but |what if |and if |with |if )*(?:there (?:was|is|were|had been) )?(?:(?P<en_none>no distribution)"
    r"|(?:the )?distribution (?:was |is |were |of )?(?P<en>[^,.?]{1,15}))(?: instead)?\s*\?*$",
    re.IGNORECASE,
)
# The distribution clause of the earlier question, replaced by the new one.
_DISTRIBUTION_CLAUSE = lazy_compile(
    r"[，,]\s*[^，,。？?]{0,12}分销[^，,。？?\s]{0,10}"
    r"|\s*(?:其中|里面|这里面)[^，,。？?]{0,10}分销[^，,。？?\s]{0,10}"
    r"|\s+分销[^，,。？?\s]{0,10}"
    # (", 400k of it …" after "October 2020" — black-box s57 D10: a comma before a space is
    # no thousands' separator.)
    # (The figure after it may carry its own thousands' separator: "distribution 50,000" —
    # black-box s60 D9: ",000" was left behind.)
    # ("1m with 400k distribution": the total before "with" is no part of the clause.)
    r"|(?:(?<!\d),(?!\d)|,(?=\s))\s*"
    r"(?:(?!\b(?:with|including|incl|of which|total)\b)[^.?,]|(?<=\d),(?=\d)){0,25}?\bdistribution\b"
    r"(?:[^,.?]|(?<=\d)[,.](?=\d)){0,15}"
    r"|\s+(?:with|including|incl\.?|of which)\s+[^.?]{0,20}?\bdistribution\b"
    r"(?:\s+(?:orders?|sales|part))?",
    re.IGNORECASE,
)
# The month's amount in a commission question: "30万", "300k", "300,000 yuan".
_FIRST_AMOUNT = lazy_compile(
    r"\d[\d,]*(?:\.\d+)?\s*(?:万|w|k|m|million|thousand|元|块|yuan|rmb)(?![a-z])", re.IGNORECASE
)
_SLIP_FIRST = lazy_compile(
    r"^(?:(?:sorry|oops|my bad|no|wait|不好意思|抱歉|说错了|打错了|不对)[,，\s]*)?"
    r"(?:(?:i meant|i mean|meant|it should be|should be|correction|我是说|应该是)[:：,，\s]*)?",
    re.IGNORECASE,
)
_DISTRIBUTION_WORD = lazy_compile(r"分销|(?<![a-z])distribut", re.IGNORECASE)
_NONE_SAID = lazy_compile(r"^(?:0|零|没有|无|none|zero|nothing|0元|0块)$", re.IGNORECASE)


# The month of the sum before, said again with new figures: "now same month, total 220000,
# distribution 50000", "同一个月，总额22万，分销5万".
_SAME_MONTH = lazy_compile(
    r"^\s*(?:now|ok|and|so|then|那|那么)?[,，\s]*(?:the )?(?:same month|同一个?月|同月|还是这个月|还是那个月)"
    r"(?:\s*(?:again|too))?[,，:：\s]*",
    re.IGNORECASE,
)


def with_same_month(
    text: str, question: str, markets_in: Callable[[str], list[str]], lang: str
) -> str | None:
    """ "now same month, total 220000, distribution 50000" after a commission sum (black-box
    s60 D9: "no check has started yet"): the new figures asked of the market and month before;
    None unless the text says so and gives figures."""
    said = _SAME_MONTH.match(text)
    if said is None or not re.search(r"\d", text[said.end() :]):
        return None
    month = _ZH_MONTH_IN.search(question) or _EN_MONTH_IN.search(question)
    markets = markets_in(question)
    if month is None or len(markets) != 1:
        return None
    from rules.markets import market_label

    return f"{market_label(markets[0], lang)} {month.group(0)}, {text[said.end() :]}"


def with_distribution_said(text: str, question: str) -> str | None:
    """The earlier `question` with its distribution part as `text` says it now; None when
    `text` says no such thing or the question had no part to replace."""
    # ("sorry I meant distribution 25k" after a sum refused — black-box s74 D12: "no check has
    # started yet"): the slip said first, the corrected part after it.
    found = _DISTRIBUTION_NOW.match(_SLIP_FIRST.sub("", text.strip()))
    if found is None:
        return None
    english = not re.search(r"[\u4e00-\u9fff]", text)
    said = (
        found.group("zh")
        or found.group("zh2")
        or found.group("en")
        or found.group("en2")
        or found.group("en3")
        or ""
    ).strip()
    none = bool(
        found.group("zh_none") or found.group("en_none") or (said and _NONE_SAID.match(said))
    )
    if not none and not re.search(r"\d|[一二两三四五六七八九十百千万]", said):
        return None
    if english:
        clause = ", no distribution" if none else f", {said} of it distribution"
    else:
        clause = "，没有分销" if none else f"，其中分销{said}"
    kept = _DISTRIBUTION_CLAUSE.search(question)
    if kept is None:
        # "2020年10月建站卖了30万，佣金多少" had no distribution part: the part said goes after
        # the month's amount.
        amount = _FIRST_AMOUNT.search(question)
        if amount is None or (none and not _FEE_ASKED.search(text)):
            return None
        asked = question[: amount.end()] + clause + question[amount.end() :]
    else:
        asked = question[: kept.start()] + clause + question[kept.end() :]
    if _FEE_ASKED.search(text) and not _FEE_ASKED.search(question):
        # "服务市场这个月刚好20万，按几档" then "没有分销的话佣金是多少钱" (black-box s75 D13):
        # the fee itself asked now, not only the tier.
        asked = asked.rstrip("？?。 ") + ("? How much commission?" if english else "，佣金多少")
    return asked


def with_part_asked(text: str, question: str) -> str | None:
    """The earlier `question` asking the part `text` names ("and the refund?"); None when
    `text` names no part alone."""
    found = _PART_FOLLOW_UP.fullmatch(text.strip())
    if found is None:
        return None
    if found.group("zh"):
        return f"{question.rstrip('？?。 ')}，{_PART_ASKED['zh'][found.group('zh')[0]]}"
    return f"{question.rstrip('? ')}? {_PART_ASKED['en'][found.group('en')[0].lower()]}"


# New figures for the same sum: "新零售2020年10月做了50万呢", "and if it had been 500k with nothing
# from distribution?" (black-box 46, D3). An amount, and a follow-up's words.
_AMOUNT_SAID = lazy_compile(
    r"\d\s*(?:万|w|k|千|元|块|million|yuan|rmb|cny)(?![a-z])|[一二两三四五六七八九十百]+万"
    # "1,000,000 total, 400,000 of it distribution" (black-box 51, D10): figures in full.
    r"|(?<![\d#])\d{1,3}(?:,\d{3})+(?![\d,])"
    # "and if it's 123456.78?" (black-box s53 D9): yuan and fen, no unit.
    r"|(?<![\d#.,])\d{3,}\.\d{1,3}(?![\d.])",
    re.IGNORECASE,
)
# A part inside the month said before: "其中有10万是分销的呢", "and 100k of that was distribution?".
_PART_INSIDE = lazy_compile(
    r"^(那|那么)?(其中|里面|这里面)[^，,。]{0,12}分销|(?<![a-z])(of that|of which|of it)(?![a-z])[^,.]{0,30}"
    r"(?<![a-z])distribution(?![a-z])",
    re.IGNORECASE,
)
# The asking words at a question's end, dropped before a part is added to it.
_ASK_TAIL = lazy_compile(
    r"[，,\s]*(佣金|抽|抽成|要交|交)?(多少|几个点|怎么算|是多少)(钱|佣金)?[?？。]*$"
    r"|[,\s]*(how much|what)( commission| do we pay| is the commission)?[^,.]*\?*$",
    re.IGNORECASE,
)
_ASK = {False: "，佣金多少", True: ", how much commission?"}
# An amount alone, asked again ("50万呢", "那80万呢？", "what about 500k?").
_BARE_AMOUNT = lazy_compile(
    r"(?:那|那么|如果是?|要是)?\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万|w|k|元|块)?)\s*(?:的话)?\s*呢\s*[?？。]*"
    r"|(?:what|how) about (?P<amount_en>\d+(?:\.\d+)?\s*(?:k|w|万|yuan|rmb|cny)?)\s*\??",
    re.IGNORECASE,
)
# An amount with its number, to be replaced by the one asked again.
_AMOUNT_WITH_NUMBER = lazy_compile(
    r"\d+(?:\.\d+)?\s*(?:万|w|k|千|元|块)|[一二两三四五六七八九十百]+万"
)
_FOLLOW_OPENER = lazy_compile(
    r"^\s*(?:ok,?\s+|and\s+|so\s+)*(?:what about|how about)\s+", re.IGNORECASE
)
_FOLLOW_WORDS = lazy_compile(
    r"呢\s*[?？。]*$|^[^，,。]{1,12}呢[\s，,]+(?:也是|还是|同样是|一样是?)"
    r"|(?<![a-z])(?:what about|how about|and if|what if|if it had been|if it was"
    r"|if it were|if it's|if it is|suppose|same month|same market)(?![a-z])|同一个月|同月|还是这个月"
    # "and for enterprise apps with 80k?" after a sum (black-box s60 D9: the market's conditions).
    r"|^(?:and |so |ok,? )?for (?:the )?[a-z ]{2,40}? with (?:only |just )?\d"
    # "那如果正好20万呢，安全市场" (black-box 48, D6): the new figure, then the market after it.
    r"|^(?:那|那么)?(?:如果|要是|假如)|呢\s*[，,]"
    # "if we sell RMB 450k in a month, …, what do we pay?" after the rate of a market.
    r"|^(?:and |so |ok,? )?if (?:we|i) (?:sell|sold|make|made|do|did|have|had|earn|earned)(?![a-z])",
    re.IGNORECASE,
)
_ASKED_MID = lazy_compile(r"(?:的话)?呢\s*[?？]\s*(?=\S)")
_SUM_ASKED = lazy_compile(r"佣金|抽成|费率|服务费|commission|rate|fee", re.IGNORECASE)


# A question, then a market alone after it: "那如果刚好20万呢？企业应用".
_MARKET_AFTER = lazy_compile(r"(?P<body>.+?[呢吗][?？])\s*(?P<market>[^，,。？?\s]{2,12})[。.!！]*")


# "if we do 1 million a month", "如果一个月100万": a month supposed, not the one asked before.
_ANY_MONTH = lazy_compile(
    r"(?:如果|要是|假如|假设)?(?:一个月|每个?月|每月)|(?<![a-z])(?:a|per|each|every) month(?![a-z])",
    re.IGNORECASE,
)


def _part_below(part: str, said: str) -> bool:
    """The distribution part kept is below the new total (never "分销40万" beside "20万")."""
    from bot.answers.text import money_mentions, normalize

    kept = [m.value for m in money_mentions(normalize(part))[1]]
    new = [m.value for m in money_mentions(normalize(said))[1]]
    return len(kept) == 1 and len(new) == 1 and kept[0] < new[0]


def with_new_figures(
    text: str,
    question: str,
    markets_named: Callable[[str], list[str]],
    month_declined: bool = False,
) -> str | None:
    """The commission asked again with the figures `text` gives, the market and month it does
    not say taken from the earlier `question`; None when `text` is no such follow-up.
    `month_declined`: the question's month is outside the policy, so "如果一个月100万" (a month
    supposed) does not carry it (black-box s71 D4: the decline said again)."""
    said = text.strip()
    if len(said) > 160 or not _AMOUNT_SAID.search(said):
        return None
    tail = _MARKET_AFTER.fullmatch(said)
    if tail and markets_named(tail["market"]) and not markets_named(tail["body"]):
        # "那如果刚好20万呢？企业应用" (black-box s70 D6: 企业应用's entry conditions): the
        # market said after the question is the one asked of.
        said = f"{tail['market']}{tail['body']}"
    whole = bool(markets_named(said)) and bool(
        _ZH_MONTH_IN.search(said) or _EN_MONTH_IN.search(said)
    )
    part_inside = bool(_PART_INSIDE.search(said))
    if not _FOLLOW_WORDS.search(said) and not whole and not part_inside:
        # ("企业应用 2020年12月 二十万整" after a commission answer — black-box 47, D13: a
        # market, a month and an amount are the next sum, asked without 呢.)
        return None
    english = not re.search(r"[\u4e00-\u9fff]", said)
    if (
        part_inside
        and _AMOUNT_SAID.search(question)
        and len(_AMOUNT_SAID.findall(said)) == 1
        and not markets_named(said)
        and not (_ZH_MONTH_IN.search(said) or _EN_MONTH_IN.search(said))
    ):
        # "其中有10万是分销的呢" after "一个月流水30万，抽多少" (black-box 49, D9): a part of the
        # month said before — the same sum, with that part inside it.
        body = re.sub(r"的?呢\s*[?？。]*$", "", said).rstrip(" ?？。")
        head = _ASK_TAIL.sub("", question).rstrip(" ，,?？。")
        return f"{head}{', ' if english else '，'}{body}{_ASK[english]}"
    bare = _BARE_AMOUNT.fullmatch(said)
    amounts_before = list(_AMOUNT_WITH_NUMBER.finditer(question))
    if bare and not markets_named(question) and len(amounts_before) == 1:
        # "刚好20万算第几档" … "50万呢" (black-box s62 D7: declined as outside the guide): the
        # question before with its one amount replaced, no market or month to carry over.
        old = amounts_before[0]
        new = bare.group("amount") or bare.group("amount_en")
        return question[: old.start()] + new + question[old.end() :]
    parts: list[str] = []
    # A market or a month said anew: a new sum, no part of the one before kept.
    parts_said = bool(
        markets_named(said)
        or _ZH_MONTH_IN.search(said)
        or _EN_MONTH_IN.search(said)
        or _RELATIVE_MONTH.search(said)
    )
    if not markets_named(said):
        before = markets_named(question)
        if len(before) != 1:
            return None
        parts.append(market_label(before[0], "en" if english else "zh"))
    supposed = month_declined and bool(_ANY_MONTH.search(said))
    if not supposed and not (
        _ZH_MONTH_IN.search(said) or _EN_MONTH_IN.search(said) or _RELATIVE_MONTH.search(said)
    ):
        month = (
            _ZH_MONTH_IN.search(question)
            or _EN_MONTH_IN.search(question)
            or _RELATIVE_MONTH.search(question)
        )
        if month is not None:
            # (None said before either: the sum is asked as the guide's rates compute it.)
            parts.append(month.group(0).strip(" ,"))
    # ("物联网呢 也是100万": the 呢 after the market goes too.)
    body = re.sub(r"呢(?=[\s，,]+(?:也是|还是|同样是|一样是?))", "", said)
    body = re.sub(r"呢\s*[?？。]*$", "", body).rstrip(" ?？。")
    # ("如果正好20万呢？2020年12月，企业应用，没有分销" — black-box s76 D7: split at its "？",
    # the market's conditions): the figures said after the 呢 go with it.
    body = _ASKED_MID.sub("，", body)
    # ("what about 300k in security, January 2021?" — black-box s63 D3: read as "what is the
    # Security Market"): the figures without the follow-up words.
    body = _FOLLOW_OPENER.sub("", body)
    kept = _DISTRIBUTION_CLAUSE.search(question)
    if (
        kept is not None
        and not parts_said
        and not _DISTRIBUTION_WORD.search(said)
        and len(_AMOUNT_SAID.findall(said)) == 1
        and _AMOUNT_SAID.search(kept.group(0))
        and _part_below(kept.group(0), said)
    ):
        # "…the same 450k, of which 100k were distribution orders?" then "and if total was 500k
        # exactly?" (black-box s74 D20: the 100k dropped to 0): only the total changes.
        body += ("," if english else "，") + kept.group(0).strip(" ,，")
    if _SUM_ASKED.search(said):
        return " ".join([*parts, body]) + ("?" if english else "？")
    ask = ", how much commission?" if english else "，佣金多少"
    return " ".join([*parts, body]) + ask
