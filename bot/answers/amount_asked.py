"""A short, bare ask for an amount or a rate: the amount, not a neighbouring rule.

"佣金多少", "佣金几个点", "What's the commission?", "How much is the commission?" ask the rate
table (the reply "commission rate?" gets); "保证金多大", "How big is the security deposit?" ask
the deposit amounts. Scored by keywords alone, such a message drifted to a side entry that names
the same word ("新零售佣金多少" → the markets without a rate; "deposit" → the receipt). Only the
whole message, the thing and the ask and nothing more (no market, no figure), is read so; a
market named ("新零售佣金多少") still gets that market's own rule.
"""

from __future__ import annotations

from bot.answers.text import normalize
from bot.lazy_re import lazy_compile

RATES_ENTRY = "commission.rates"
DEPOSIT_ENTRY = "deposit.amount"

# The commission or its rate, as vendors name it: "佣金", "扣点", "费率", "commission rate".
_COMMISSION_ZH = lazy_compile(
    r"(平台服务费|交易佣金|服务费|佣金|抽成|抽佣|扣点|提成|费率)(的)?(比例|费率|比率|点数)?"
)
_COMMISSION_EN = lazy_compile(
    r"(the |your |our |a )?(commission|platform (service )?fee|service fee|fee rate|take rate"
    r"|rate)s?( rates?| percentage| fee)?"
)
# The deposit: "保证金", "押金", "security deposit", "margin".
_DEPOSIT_ZH = lazy_compile(r"(入驻)?(保证金|押金)")
_DEPOSIT_EN = lazy_compile(
    r"(the |your |our |a )?((security|joining) )?(deposit|margin)s?( amount)?"
)
# A Chinese amount asked after the thing: "多少", "是多少", "要多少钱", "多大", "几个点".
_ASK_ZH = lazy_compile(
    r"(是|要|收|交|有|一般是?|大概是?|到底是?)?(多少钱?|多少个点|几个点|多大|多高)(呀|啊|呢|哈)?"
)
# An English amount asked: "what's the …", "how big is the …", "how much is the …".
_ASK_EN_BEFORE = lazy_compile(
    r"(what's|what is|what are|whats|how (big|much|large|high) (is|are)|how much)"
)
# "请问", "想问下", "hi,": a polite lead-in asks nothing itself.
_LEAD_IN = lazy_compile(r"^(请问一下|请问|想问一下|想问下|问一下|问下|hi|hello)[,，:： ]*")
# "云市场佣金多少", "平台的保证金多大": the Marketplace itself named is no market.
_PLACE_ZH = lazy_compile(r"^(云市场|阿里云|平台)(的)?")
# "commission how much?", "the deposit, how big?": the ask after the thing.
_ASK_EN_AFTER = lazy_compile(r"[,， ]+(is it )?how (much|big|large|high)$")
_END_MARKS = lazy_compile(r"[\s?？!！。.~～]+$")


def _bare(norm: str) -> str:
    return _END_MARKS.sub("", _LEAD_IN.sub("", norm.strip())).strip()


def bare_amount_entry(question: str) -> str | None:
    """The entry answering a message that only asks the commission's rate or the deposit's
    amount ("佣金多少", "How big is the security deposit?"), else None."""
    text = _bare(normalize(question))
    if not text:
        return None
    zh = _PLACE_ZH.sub("", text, count=1)
    for thing, entry in ((_COMMISSION_ZH, RATES_ENTRY), (_DEPOSIT_ZH, DEPOSIT_ENTRY)):
        found = thing.match(zh)
        if found and _ASK_ZH.fullmatch(zh[found.end() :]):
            return entry
    ask = _ASK_EN_BEFORE.match(text)
    after = _ASK_EN_AFTER.search(text)
    if ask is not None:
        rest = text[ask.end() :].strip()
    elif after is not None:
        rest = text[: after.start()].strip()
    else:
        return None
    if _COMMISSION_EN.fullmatch(rest):
        return RATES_ENTRY
    if _DEPOSIT_EN.fullmatch(rest):
        return DEPOSIT_ENTRY
    return None
