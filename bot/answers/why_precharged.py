"""Why the tier-1 rate was charged first: "平台为什么先按20%收了佣金", "为啥一开始扣的是第一档",
"why did the platform take 20% at first", "why were we charged the tier 1 rate up front".

The guide (§4 注) gives the reason: tier 1 is charged by default, the month is re-rated early the
next month and any excess refunded (the commission.prepay_refund entry). An order or account id
beside it ("订单号 2020… 是建站市场的") names the order, not a look-up asked: the rule answers.
"""

from __future__ import annotations

from bot.answers.identifiers import without_identifiers
from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.precharge import PREPAY_ENTRY
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile

# Why … first / at first / by default … charged: the reason for the pre-charge asked.
_WHY_CHARGED_FIRST = lazy_compile(
    r"(为什么|为何|为啥|怎么|咋)[^，,。？?]{0,16}(先|一开始|开始就|起初|默认|预)[^，,。？?]{0,12}"
    r"(收|扣|抽|按)"
    r"|\bwhy\b.{0,50}\b(first|at first|initially|up ?front|by default|in advance|to begin with"
    r"|at the start)\b"
    # "为什么还是按20%在扣", "why are we still charged 20%": the higher tier-1 rate still taken.
    r"|(为什么|为何|为啥|怎么|咋)[^，,。？?]{0,16}(还是|仍然|依然|仍|还在|还按|照样)[^，,。？?]{0,12}"
    r"(收|扣|抽|按)"
    r"|\bwhy\b.{0,50}\bstill\b.{0,30}\b(charg\w*|tak\w*|took|deduct\w*|billed|at)\b"
)
# What was charged: the commission, a percentage or a tier.
_CHARGE_WORDS = lazy_compile(
    r"佣金|服务费|抽成|扣点|费率|档|%|％|\b(commission|fee|rate|tier|percent|charged|took|deducted)\b"
)
# "为什么还没返还", "why has the refund not arrived": a record's state, still a look-up.
_STATE_WORDS = lazy_compile(r"到账|还没|没有返|\b(arrived|not yet|still not|yet)\b")


def why_precharged_answer(text: str, lang: Lang) -> Answer | None:
    """The pre-charge rule when why tier 1 was charged first is asked (ids set aside)."""
    norm = without_identifiers(normalize(text))
    if not (_WHY_CHARGED_FIRST.search(norm) and _CHARGE_WORDS.search(norm)):
        return None
    if _STATE_WORDS.search(norm):
        return None
    entry = entry_by_id()[PREPAY_ENTRY]
    source = entry.source(lang)
    return Answer(with_source(entry.body(lang), source, lang), lang, True, entry.id, source, [])
