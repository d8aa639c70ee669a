"""Why the tier-1 rate was charged first: "平台为什么先按20%收了佣金", "为啥一开始扣的是第一档",
"why did the platform take 20% at first", "why were we charged the tier 1 rate up front".

The guide (§4 注) gives the reason: tier 1 is charged by default, the month is re-rated early the
next month and any excess refunded (the commission.prepay_refund entry). An order or account id
beside it ("订单号 2020… 是建站市场的") names the order, not a look-up asked: the rule answers.

The same rule answers WHEN commission is taken: "佣金是先扣还是月底算完再扣", "平台什么时候收佣金",
"is it taken up front or after month-end" — pre-charged at tier 1 during the month, re-rated
early the next month. (No amount, id or policy period beside it: those are computed, looked up
or the period's entry.)
"""

from __future__ import annotations

from bot.answers.after_end import names_after_policy_end
from bot.answers.identifiers import without_identifiers
from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.precharge import PREPAY_ENTRY
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# Why … first / at first / by default … charged: the reason for the pre-charge asked.
_WHY_CHARGED_FIRST = lazy_compile(
    r"(为什么|为何|为啥|怎么|咋)[^，,。？?]{0,16}(先|一开始|开始就|起初|默认|预)[^，,。？?]{0,12}"
    r"(收|扣|抽|按)"
    # "按最高比例先扣的佣金，为啥？": the charge said first, the why after it.
    r"|(先|预)(扣|收|抽)[^。？?]{0,16}(为什么|为何|为啥|怎么回事|咋回事)"
    r"|\bwhy\b.{0,50}\b(first|at first|initially|up ?front|by default|in advance|to begin with"
    r"|at the start)\b"
    # "为什么还是按20%在扣", "why are we still charged 20%": the higher tier-1 rate still taken.
    r"|(为什么|为何|为啥|怎么|咋)[^，,。？?]{0,16}(还是|仍然|依然|仍|还在|还按|照样)[^，,。？?]{0,12}"
    r"(收|扣|抽|按)"
    r"|\bwhy\b.{0,50}\bstill\b.{0,30}\b(charg\w*|tak\w*|took|deduct\w*|billed|at)\b"
    # "每单都按20%扣了，是扣错了吗", "deducted at 20% on every order … Was that a mistake?": the
    # tier-1 rate taken through the month, asked whether it was wrong.
    r"|按\s*(20|10)\s*[%％][^。？?]{0,12}(扣|收|抽)[^？?]{0,30}(扣错|收错|错了|搞错|弄错|是不是错)"
    r"|\b(at|of)\s*(20|10)\s*%[^?]{0,80}\b(was (that|this|it) (a mistake|wrong|an error))"
)
# What was charged: the commission, a percentage or a tier.
_CHARGE_WORDS = lazy_compile(
    r"佣金|服务费|抽成|扣点|费率|档|%|％|\b(commission|fee|rate|tier|percent|charged|took|deducted)\b"
)
# "为什么还没返还", "why has the refund not arrived": a record's state, still a look-up.
_STATE_WORDS = lazy_compile(r"到账|还没|没有返|\b(arrived|not yet|still not|yet)\b")


# Charged first / during the month …, as against after the month is totalled: either side, with
# 还是 / or between them, is when it is taken.
_CHARGED_EARLY_ZH = (
    r"(先|预先|提前|当月|月中|实时|每笔|每单|马上|立即|立刻|随单|下单时|成交时)[^，,。？?]{0,8}"
    r"(扣|收|抽|交|付)"
)
_CHARGED_LATE_ZH = r"(月底|月末|月终|次月|下个?月|事后|后扣|后收|算完|结算完|结算后|统计完|汇总|月结|核算完|核算后)"
_ALTERNATIVE_ZH = r"[^。？?]{0,24}(还是|或者|或是|或)[^。？?]{0,24}"
_WHEN_CHARGED = lazy_compile(
    _CHARGED_EARLY_ZH
    + _ALTERNATIVE_ZH
    + _CHARGED_LATE_ZH
    + r"|"
    + _CHARGED_LATE_ZH
    + _ALTERNATIVE_ZH
    + _CHARGED_EARLY_ZH
    # "佣金什么时候扣", "什么时候收服务费".
    + r"|(佣金|服务费|抽佣|抽成|扣点)[^，,。？?]{0,8}(什么时候|何时|啥时候|哪天|几号)[^，,。？?]{0,4}"
    r"(扣|收|抽|交|付|结)"
    r"|(什么时候|何时|啥时候)[^，,。？?]{0,4}(扣|收|抽)[^，,。？?]{0,4}(佣金|服务费|抽成)"
    r"|\bwhen\b[^.?!]{0,40}\b(take|takes|taken|charge|charges|charged|deduct|deducts|deducted"
    r"|collect|collects|collected|bill|billed)\b"
    r"|\b(first|up ?front|in advance|during the month|as (orders|sales) come in|straight away"
    r"|right away|before (the )?month)\b[^.?!]{0,60}\bor\b[^.?!]{0,40}"
    r"\b(after|once|at the end|month-?end|end of the month|at month)\b"
    r"|\b(before)\b[^.?!]{0,40}\bor after\b"
)
# What is taken: the commission (not the deposit, not a refund's arrival).
_COMMISSION_WORDS = lazy_compile(
    r"佣金|服务费|抽佣|抽成|扣点|\b(commission|platform fee|service fee|fee)s?\b"
)
# The policy's period or its end asked ("when does the commission policy end"): its own entry.
_PERIOD_WORDS = lazy_compile(r"政策|优惠期|减免期|\b(policy|period|discount|promotion)\b")


def _asks_when_charged(text: str, norm: str) -> bool:
    """When commission is taken asked, with no amount, id or policy period beside it."""
    if not (_WHEN_CHARGED.search(norm) and _COMMISSION_WORDS.search(norm)):
        return False
    if _PERIOD_WORDS.search(norm) or _STATE_WORDS.search(norm) or names_after_policy_end(norm):
        return False
    return not money_mentions(text)[1] and norm == without_identifiers(norm)


def why_precharged_answer(text: str, lang: Lang) -> Answer | None:
    """The pre-charge rule when why tier 1 was charged first is asked (ids set aside)."""
    if _asks_when_charged(text, normalize(text)):
        return _prepay_answer(lang)
    norm = without_identifiers(normalize(text))
    if _HIGHEST_FIRST_ASKED.search(norm) and not money_mentions(text)[1]:
        # "佣金是先按最高比例扣的吗": 是 — tier 1's is the highest rate — then the rule.
        found = _prepay_answer(lang)
        found.text = t("answers_echo_yes_full", lang) + found.text
        return found
    if not (_WHY_CHARGED_FIRST.search(norm) and _CHARGE_WORDS.search(norm)):
        return None
    if _STATE_WORDS.search(norm):
        return None
    found = _prepay_answer(lang)
    if _MISTAKE_ASKED.search(norm):
        # "每单都按20%扣了，是扣错了吗", "Was that a mistake?": 不是 first, then the rule.
        rule = found.text[:1].lower() + found.text[1:] if lang == "en" else found.text
        found.text = t("answers_precharge_not_mistake", lang) + rule
    return found


# Whether the tier-1 charge was a mistake is asked, yes or no.
_MISTAKE_ASKED = lazy_compile(
    r"(扣|收|抽|算|搞|弄)错了?(吗|么|嘛|没)|是不是(扣|收|抽|算|搞|弄)错"
    r"|\b(was|is) (that|this|it) (a mistake|wrong|an error)\b"
)


# Whether the highest (tier 1) rate is taken first, asked yes or no.
_HIGHEST_FIRST_ASKED = lazy_compile(
    r"先按\s*(最高|第一档|第1档|一档|最高档)[^，,。？?]{0,8}(吗|么|嘛)"
    r"|^(?!.*\b(why|how come)\b).*\b(is|are|was|were)\b[^?]{0,30}\b(highest|top|tier[- ]1|first[- ]tier)"
    r" (rate|tier)\b[^?]{0,12}\b(first|up ?front|initially)\b"
)


def _prepay_answer(lang: Lang) -> Answer:
    entry = entry_by_id()[PREPAY_ENTRY]
    source = entry.source(lang)
    return Answer(with_source(entry.body(lang), source, lang), lang, True, entry.id, source, [])


# Charged in the month, part refunded the next, and the rule asked: "当月按20%扣的佣金，到了下个月初
# 又退回来一笔，这是什么规则", "they took 20% and refunded some next month — why?".
_CHARGED_THEN_REFUNDED = lazy_compile(
    r"(扣|收|抽)[^。？?]{0,20}(下个?月|次月|月初)[^。？?]{0,10}(退|返)"
    r"|\b(charged|took|deducted)\b[^?]{0,60}\b(next month|following month)\b[^?]{0,30}\b(refund\w*|returned|back)\b"
)
_RULE_ASKED = lazy_compile(
    r"什么规则|啥规则|为什么|为啥|为何|怎么回事|怎么算的|解释|什么原因|\b(why|explain|what rule|how come)\b"
)


def asks_charge_then_refund(question: str) -> bool:
    """Whether the month's charge and the next month's refund are told and their rule asked."""
    norm = normalize(question)
    return bool(_CHARGED_THEN_REFUNDED.search(norm) and _RULE_ASKED.search(norm))
