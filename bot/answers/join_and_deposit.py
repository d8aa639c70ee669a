"""Whether the vendor can join and what the deposit comes to (or the commission, the receipt,
the steps), asked in one sentence.

"（情况…）Can we join New Retail and DevOps both, and deposit total is how much?",
"…能不能进服务市场和建站市场，保证金一共多少": two asks joined by a comma or "and". Read as one,
the verdicts answered it and the deposit was dropped; parted into two questions, each market's
verdict comes first and the deposit of the markets named (their sum) after it.
"""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile

# The join asked, then a comma or "and", then the deposit asked as an amount.
_JOIN_THEN_DEPOSIT = lazy_compile(
    # (asked: "能不能进A和B", "A和B能进吗"; "如果只能进一个" asks nothing.)
    # (bare "能入吗"/"能不能入" and "够条件吗"/"符合条件吗" ask the join as well.)
    r"(?P<join>(能不能|能否|可不可以)\s*(都|也|同时)?\s*(入驻|进|加入|申请|入)[^，,。;；？?]{0,30}?"
    r"|(能|可以)\s*(都|也|同时)?\s*(入驻|进|加入|申请|入)[^，,。;；？?吗么]{0,30}?(吗|么)"
    r"|(够|符合|满足)(入驻)?(条件|资格|要求)?(吗|么|不)|(有没有|有)资格(入驻)?(吗|么)?"
    r"|\b(can|could|may) (we|i)\b[^,.;?]{0,80}?"
    r"|\b(are|is) (we|i|our company|the company)\s+(eligible|qualified)\b[^,.;?]{0,60}?)"
    r"(?P<joint>\s*[，,；;]\s*(?:and\s+|另外|还有|以及|同时|那)?\s*|\s+and\s+)"
    # (the second ask: the deposit's amount, or the commission, the receipt, the steps.)
    r"(?=[^，,。;；？?]{0,24}(保证金|押金|\bdeposits?\b)[^，,。;；？?]{0,24}"
    r"(多少|几万|\bhow much\b|\btotal\b|\bin all\b)"
    r"|[^，,。;；？?]{0,12}(\bhow much\b|\bwhat\b)[^，,。;；？?]{0,24}\bdeposits?\b"
    r"|[^，,。;；？?]{0,24}(佣金|服务费|抽成|\bcommission|收据|发票|\breceipts?\b|\binvoices?\b)"
    r"|\s*(下一步|接下来|之后|然后)?\s*(怎么(做|办|操作|申请|入驻)|要做什么|做什么|流程|步骤|有哪些步)"
    r"|\s*(what are the|what's the|what is the|and the)?\s*(next\s+)?steps?\b"
    r"|\s*(how do|how can) (we|i) (apply|proceed|start|go about)\b)",
    re.IGNORECASE,
)


def parted(message: str) -> str:
    """`message` with the deposit asked after a join parted from it by a question mark."""
    found = _JOIN_THEN_DEPOSIT.search(message)
    if found is None:
        return message
    mark = "? " if found.group("join").isascii() else "？"
    return message[: found.end("join")] + mark + message[found.end("joint") :]
