"""A lower support level said absent beside a higher one stated: no lack (SPEC rule 3, a higher
level covers a lower). "我们只有7x24小时的售后，没有专门的5x8，这算满足API市场的售后要求吗" states
7x24 — the "没有专门的5x8" only says no separate 5x8 service is run, which 7x24 already covers."""

from __future__ import annotations

import re

from bot.lazy_re import lazy_compile

# A level stated that covers every other: 7x24 / 24/7 / 全天候 / round the clock.
_FULL_LEVEL = lazy_compile(
    r"7\s*[x*×]\s*24|24\s*/\s*7|7天24小时|全天候|\b(round the clock|around the clock)\b",
    re.IGNORECASE,
)
# The lower level said absent: "没有专门的5x8", "no separate 5x8", "没单独做5*8".
_LOWER_ABSENT = lazy_compile(
    r"[，,;；]?\s*(?:但|但是)?(?:没有|没|无|不做|没做)(?:专门|单独|另外)?(?:的|做)?\s*5\s*[x*×]\s*8"
    r"(?:小时)?(?:的)?(?:售后|客服|服务|在线客服)?"
    r"|[,;]?\s*(?:but\s+)?(?:no|not a|without a?)\s+(?:dedicated|separate)\s+5\s*[x*×]\s*8"
    r"(?:\s+(?:support|service|desk))?",
    re.IGNORECASE,
)


def without_covered_lack(question: str) -> str:
    """`question` with a lower level's absence removed when a full level is stated."""
    if not _FULL_LEVEL.search(question):
        return question
    return _LOWER_ABSENT.sub("", question)
