"""Orders counted with one amount each, written out one by one: "两笔自营订单各9.5万" is
"自营订单9.5万、9.5万", "three orders of 50k each" is "orders 50k, 50k, 50k", so the month's total
adds every one of them (bot/answers/computed.py reads a list of orders).
"""

from __future__ import annotations

from bot.lazy_re import lazy_compile

_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_AMOUNT = r"(\d+(?:\.\d+)?\s*(?:万元|万|元|k|K)?)"
_EACH_ZH = lazy_compile(
    r"([两二三四五2-5])\s*(?:笔|单|个(?=[^，,。；;、\d]{0,8}订单))([^，,。；;、\d]{0,12}?)各\s*"
    + _AMOUNT
)
_EACH_EN = lazy_compile(
    r"\b(two|three|four|five|[2-5])\s+([a-z -]{0,20}?orders?)\s+(?:of\s+)?"
    r"((?:cny|rmb|¥)?\s*\d+(?:\.\d+)?\s*(?:k|m|yuan|cny|rmb)?)\s+each\b",
)
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def spelled_out(text: str) -> str:
    """`text` with "N笔…各X" / "N orders of X each" written as N amounts in a list."""
    text = _EACH_ZH.sub(lambda m: m.group(2) + "、".join([m.group(3)] * _COUNTS[m.group(1)]), text)
    return _EACH_EN.sub(
        lambda m: (
            m.group(2)
            + " "
            + ", ".join([m.group(3)] * (_EN_COUNTS.get(m.group(1).lower()) or int(m.group(1))))
        ),
        text,
    )
