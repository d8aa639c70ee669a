"""The deposit and the commission asked in one sentence, parted by a comma: "我们想进API、物联网
两个市场，保证金一共多少，佣金多少？", "how much is the deposit, and what is the commission?".

Read as one, the deposit took the reply and the commission was dropped; parted by a question
mark, each is answered (bot/answers/questions.py), the markets named carried to both.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile

_DEPOSIT = r"(保证金|押金|\bdeposits?\b)"
_COMMISSION = r"(佣金|费率|平台服务费|抽成|抽佣|\b(commissions?|fees?|rates?|take rate)\b)"
_AMOUNT = r"(多少|几万|几个点|怎么算|怎么收|\bhow much\b|\bwhat\b|\btotal\b)"
_MONEY = "(" + _DEPOSIT + "|" + _COMMISSION + ")"
_GAP = r"[^，,。;；？?]{0,16}"
_TAIL = r"[^，,。;；？?]{0,30}?"
# One money asked, a comma (or "and"), then the other money asked.
_TWO_MONIES = lazy_compile(
    "(?P<first>" + _MONEY + _GAP + _AMOUNT + _TAIL + "|" + _AMOUNT + _GAP + _MONEY + _TAIL + ")"
    r"(?P<joint>\s*[，,；;]\s*(?:and\s+|另外|还有|以及|那)?\s*)"
    "(?P<second>" + _GAP + _MONEY + ")",
    re.IGNORECASE,
)


def parted(message: str) -> str:
    """`message` with the second money asked parted from the first by a question mark, when
    one of the two is the deposit and the other the commission."""
    found = _TWO_MONIES.search(message)
    if found is None:
        return message
    first, second = found.group("first"), found.group("second")
    deposit_first = re.search(_DEPOSIT, first, re.IGNORECASE)
    deposit_second = re.search(_DEPOSIT, second, re.IGNORECASE)
    if bool(deposit_first) == bool(deposit_second):
        return message
    mark = "? " if first.isascii() else "？"
    return message[: found.end("first")] + mark + message[found.end("joint") :]
