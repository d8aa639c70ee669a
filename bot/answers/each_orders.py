"""Orders counted with one amount each, written out one by one: "两笔自营订单各9.5万" is
"自营订单9.5万、9.5万", "three orders of 50k each" is "orders 50k, 50k, 50k", so the month's total
adds every one of them (bot/answers/computed.py reads a list of orders).
"""

from __future__ import annotations

import re
from decimal import Decimal

from bot.answers.text import CN_DIGITS
from bot.lazy_re import lazy_compile

_COUNTS = CN_DIGITS
# The orders' word put before a list that has no noun of its own.
_ORDERS_WORD = "订单"
# More orders than this are not a list a vendor types one by one: left as written.
_MAX_COUNT = 60
# ("一共5单，每单4万" — holdout94 #128: "一共…4万" read as the month's total of 4万): the word
# for "in all" before the count goes with it.
_COUNT_ZH = r"(?:一共|总共|共计|共有|总计|合计|共)?\s*(\d{1,2}|[两二三四五六七八九十])"
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元|k|K)?)"
_EACH_ZH = lazy_compile(
    _COUNT_ZH
    + r"\s*(?:笔|单|个(?=[^，,。；;、\d]{0,8}订单))([^，,。；;、\d]{0,12}?)各\s*"
    + _AMOUNT
    # "12笔订单每笔1.5万", "12单，每单1.5万": the amount after 每笔 / 每单.
    + r"|"
    + _COUNT_ZH
    + r"\s*(?:笔|单)([^，,。；;、\d]{0,12}?)[，,]?\s*每(?:笔|单|个)(?:都是|是|均为|为)?\s*"
    + _AMOUNT
)
_EACH_EN = lazy_compile(
    # ("5 orders in total, 40k each" — review 63 N2: 40k read as the month's total.)
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+([a-z -]{0,20}?orders?)(?: in total| in all)?[,]?\s+"
    r"(?:of\s+|at\s+|for\s+)?"
    r"((?:cny|rmb|¥)?\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|yuan|cny|rmb)?)\s+each\b",
)
_EN_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip


def _count(word: str) -> int:
    return _COUNTS.get(word) or _EN_COUNTS.get(word.lower()) or int(word)


# "…，其中2笔是分销", ", two of them came via distribution": how many of the orders were
# distribution, said right after the list (holdout107 #125: read as none).
_SOME_OF_THEM_ZH = lazy_compile(
    r"^([，,]?\s*)其中\s*(\d{1,2}|[一两二三四五六七八九十])\s*(?:笔|单)(?:订单)?\s*(?:是|为|都是)?"
    r"(?=\s*(?:走的?|通过|来自)?\s*(?:分销|代销))"
)
_SOME_OF_THEM_EN = lazy_compile(
    r"^([,;]?\s*)(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) of them\s+"
    r"(?=(?:came |were |went |was |are )?(?:via|through|from|by|through the) (?:distribution|distributors?|resellers?))"
)
# The orders pointed at, as their amount (read again by the commission readers, never shown).
_THEIR_SUM_ZH = "其中{part}是"
_THEIR_SUM_EN = "of which {part} "
_AMOUNT_PARTS = re.compile(r"(\d[\d,]*(?:\.\d+)?)(.*)", re.DOTALL)


def _times(amount: str, count: int) -> str:
    """ "50k" × 2 → "100k": the amount of `count` orders, in the unit it was said in."""
    found = _AMOUNT_PARTS.match(amount.strip())
    if found is None:
        return amount
    number, unit = found.groups()
    total = Decimal(number.replace(",", "")) * count
    return f"{total.normalize():f}{unit}"


def _some_of_them(rest: str, amount: str, count: int, pattern: re.Pattern[str] | object) -> str:
    """`rest` (what follows the list) with "其中M笔 / M of them" as their amount."""
    said = pattern.match(rest)  # type: ignore[attr-defined]
    if said is None or not 1 <= _count(said.group(2)) < count:
        return rest
    part = _times(amount, _count(said.group(2)))
    written = _THEIR_SUM_ZH if pattern is _SOME_OF_THEM_ZH else _THEIR_SUM_EN
    return said.group(1) + written.format(part=part) + rest[said.end() :]


def _zh_each(match: re.Match[str]) -> str:
    count, noun, amount = (
        match.group(1, 2, 3) if match.group(1) is not None else match.group(4, 5, 6)
    )
    if not 2 <= _count(count) <= _MAX_COUNT:
        return match.group(0)
    # ("2020年6月两笔各15万" — holdout78 #126's kind: "6月15万" read as 6月15日): the orders'
    # word kept before the list when no noun stands there.
    return (noun or _ORDERS_WORD) + "、".join([amount] * _count(count))


def _en_each(match: re.Match[str]) -> str:
    count = _count(match.group(1))
    if not 2 <= count <= _MAX_COUNT:
        return match.group(0)
    return match.group(2) + " " + ", ".join([match.group(3)] * count)


def _with_parts(text: str, pattern: re.Pattern[str], write: object, some: object) -> str:
    """Every "N orders … each X" of `text` written out, and "M of them" after it as its sum."""
    match = pattern.search(text)
    if match is None:
        return text
    written = write(match)  # type: ignore[operator]
    rest = text[match.end() :]
    if written != match.group(0):
        groups = match.groups()
        count, amount = (
            (groups[0], groups[2])
            if pattern is _EACH_EN or groups[0] is not None
            else (groups[3], groups[5])
        )
        parted = _some_of_them(rest, amount, _count(count), some)
        if parted != rest and pattern is _EACH_EN:
            # ("orders of 50k, 50k, …, of which 100k …": a list of orders, their sum the month.)
            written = f"{match.group(2)} of {written[len(match.group(2)) + 1 :]}"
        rest = parted
    return text[: match.start()] + written + _with_parts(rest, pattern, write, some)


def spelled_out(text: str) -> str:
    """`text` with "N笔…各X" / "N笔…每笔X" / "N orders of X each" written as N amounts in a list."""
    zh = _with_parts(text, _EACH_ZH, _zh_each, _SOME_OF_THEM_ZH)
    return _with_parts(zh, _EACH_EN, _en_each, _SOME_OF_THEM_EN)
