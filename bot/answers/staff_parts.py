"""Staff counted in parts, or the technical and customer-service part named beside a total.

"6个研发加3个客服" is a team of 9 and "15个技术，6个客服" of 21 (the guide counts the technical and
customer-service staff together, SPEC decision 4); "员工12人，技术和客服占9个" and "9 tech + CS"
are a team of 9 (the company has 12); "a team of 12, 4 of them support" is a team of 12 — a part
named inside a total is never added to it. Read by text.headcount_mentioned and profile_read.py.
"""

from __future__ import annotations

from bot.lazy_re import lazy_compile

_TECH = r"(?:技术|研发|开发|工程师|运维)(?:人员|同事)?"
_CS = r"(?:客服|售后)(?:人员|同事)?"
_UNIT = r"\s*(?:个|名|位|人)"
_JOIN = r"\s*(?:加上|加|和|及|与|跟|\+|、|,|，|;|；)?\s*(?:另有|还有|再加|外加)?\s*"
# "6个研发加3个客服", "8个技术，5个客服", "技术8人、客服5人".
_PARTS_ZH = lazy_compile(
    rf"(?<![\d.])(\d{{1,4}}){_UNIT}?\s*{_TECH}{_JOIN}(\d{{1,4}}){_UNIT}?\s*{_CS}"
    rf"|{_TECH}\s*(\d{{1,4}}){_UNIT}{_JOIN}{_CS}\s*(\d{{1,4}}){_UNIT}"
)
# "8 engineers and 5 support", "12 tech + 4 CS", "10 developers plus 3 customer service".
_PARTS_EN = lazy_compile(
    r"(?<![\d./])\b(\d{1,4})\s+(?:tech(?:nical)?|engineers?|developers?|devs|r&d)"
    r"(?:\s+(?:people|staff|engineers))?\s*(?:\+|&|,|\band\b|\bplus\b)\s*(\d{1,4})\s+"
    r"(?:cs|customer[- ]service|support|after-sales)\b"
)
# The two halves named with one count: "技术和客服占9个", "技术+客服21人", "9 tech + CS",
# "tech and CS: 9".
_BOTH = lazy_compile(
    r"(?:技术|研发)\s*(?:和|及|加|与|跟|\+|、|/)\s*客服(?:人员)?\s*(?:一共|共|总共|合计)?\s*"
    r"(?:占了|占|有|是|为)?\s*(\d{1,4})" + _UNIT + r"|(?<![\d./])\b(\d{1,4})\s+tech(?:nical)?\s*"
    r"(?:\+|&|\band\b|/)\s*(?:cs|customer service|support)\b(?!\s*(?:\+|&|and)\s*\d)"
    r"|\btech(?:nical)?\s*(?:\+|&|\band\b|/)\s*(?:cs|customer service|support)"
    r"(?: staff| people| team)?\s*(?::|is|are|=|of)\s*(\d{1,4})\b"
)


def team_in_parts(text: str) -> int | None:
    """The technical and customer-service team the text counts in parts or names with its own
    count (`text` normalized, numbers in digits); None when it does neither."""
    parts = _PARTS_ZH.search(text) or _PARTS_EN.search(text)
    if parts is not None:
        return sum(int(group) for group in parts.groups() if group)
    both = _BOTH.search(text)
    if both is not None:
        return int(next(group for group in both.groups() if group))
    return None


# The company's whole head count beside its parts: "员工12人", "公司一共30人", "40 employees".
_WHOLE = lazy_compile(
    r"(?:员工|公司|一共|总共|全公司|共有)[^，,。;；\d]{0,6}?(\d{1,4})\s*(?:个|名|位)?\s*(?:人|员工)"
    r"|(?<![\d./])\b(\d{1,4})\s+(?:employees|staff in total|people in total)\b"
)


def employees_beside_parts(text: str) -> int | None:
    """The company's head count when the text also names its technical and customer-service
    part ("员工12人，技术和客服占9个" → 12); None otherwise."""
    team = team_in_parts(text)
    whole = _WHOLE.search(text)
    if team is None or whole is None:
        return None
    count = int(next(group for group in whole.groups() if group))
    return count if count > team else None
