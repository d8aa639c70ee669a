"""Whether one order was first charged at a given rate: "Was it first charged commission at
20%?", "是不是先按20%收的佣金".

The guide (§4 注) pre-charges the month at tier 1 and re-rates it early the next month by the
category's settled total for the whole month. The verdict (是的 / 不是, Yes / No) comes first:
is the rate asked the market's tier 1 rate? Then what was pre-charged on the order named, and
that one order is not the month's total (no refund is asserted or denied on it).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize, yuan
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules import commission as commission_rules
from rules.markets import get_market
from rules.markets import market_label as _market_name

_PREPAY_ENTRY = "commission.prepay_refund"

# "是不是先按20%收", "一开始是按20%扣的吗", "was it first charged at 20%", "pre-charged 20%?".
_ASKS_FIRST_RATE = lazy_compile(
    r"(先|一开始|最开始|最初|起初|首先|预)[^，,。？?]{0,6}?(按|以|收|扣)[^，,。？?\d]{0,4}?"
    r"(?P<zh>\d+(?:\.\d+)?)\s*[%％]"
    r"|\b(first|initially|at first|originally|pre-?charged|up ?front)\b[^.?!]{0,40}?"
    r"(?P<en>\d+(?:\.\d+)?)\s*%"
)
_IS_QUESTION = lazy_compile(
    r"[?？]|吗|么|是不是|是否|有没有|对不对|对吗|\b(was|is|were|did|does|do|will)\b"
)
# The refund asked as an amount, and the amount said to be the category's month.
_ASKS_REFUND_AMOUNT = lazy_compile(
    r"(退|返还|返|退回)[^，,。？?]{0,4}(多少|几多|多少钱)|\bhow much\b[^.?!]{0,30}\b(refund\w*|back)\b"
    # "…次月核算完还会退钱吗？最终佣金是多少？": whether any comes back, or the final figure.
    r"|(还|会)(会)?(退钱|退回|返还|退)(吗|么|不)|最终佣金|最后佣金|实际佣金"
    r"|\b(final|actual) commission\b|\b(will|do) (we|i) get (anything|any money|money) back\b"
)
_MONTH_TOTAL = lazy_compile(
    r"类目|当月|全月|整月|\d+月|结算|\b(total|settled|whole month|category)\b"
)
# The order is said to be a distribution one ("分销订单"), not "not distribution" / "非分销".
_DISTRIBUTION = lazy_compile(r"分销|\bdistribution\b")
_NOT_DISTRIBUTION = lazy_compile(
    r"(不是|非|不属于|不算|没有|无)\s*分销|\b(not|no|non-?)\s*(a\s+)?distribution\b"
)


def precharge_rate_answer(
    question: str, markets: list[str], amounts: list[Decimal], lang: Lang, today: date
) -> Answer | None:
    """是的 / 不是 first when the rate an order was first charged at is asked of one market."""
    norm = normalize(question)
    asked = _ASKS_FIRST_RATE.search(norm)
    if asked is None or len(markets) != 1 or not _IS_QUESTION.search(norm):
        return None
    if _DISTRIBUTION.search(norm) and not _NOT_DISTRIBUTION.search(norm):
        return None
    if _ASKS_REFUND_AMOUNT.search(norm) and _MONTH_TOTAL.search(norm):
        # "企业应用类目10月结算70万，已先按10%扣了，次月会退回多少": the month's total, refund
        # computed (computed.py), not one order.
        return None
    from bot.answers.computed import guide_rates_trail, names_month_after_policy

    if names_month_after_policy(question, today):
        # A month after the policy: the guide gives no rate then (computed.py says so).
        return None
    period = commission_rules.default_policy().periods[-1]
    row = period.row_for(markets[0])
    if row is None:
        return None
    first_tier = period.tiers[0].tier
    rate = row.rate(first_tier)
    asked_rate = Decimal(asked.group("zh") or asked.group("en")) / 100
    key = "answers_precharge_rate_yes" if asked_rate == rate else "answers_precharge_rate_no"
    percent = commission_rules.format_percent(rate)
    body = t(
        key,
        lang,
        market=_market_name(get_market(markets[0]), lang),
        tier=first_tier,
        rate=percent,
        asked=commission_rules.format_percent(asked_rate),
    )
    if len(amounts) == 1 and rate:
        body += t(
            "answers_precharge_rate_amount",
            lang,
            amount=yuan(amounts[0]),
            rate=percent,
            charged=yuan(amounts[0] * rate),
        )
    if amounts:
        body += t("answers_precharge_rate_month", lang)
    else:
        # No order named: the month's rule, and the policy period it belongs to.
        body += t("answers_precharge_rate_month_only", lang)
        body += "\n" + guide_rates_trail(today, lang)
    source = entry_by_id()[_PREPAY_ENTRY].source(lang)
    return Answer(
        with_source(body, source, lang), lang, True, "computed.precharge_rate", source, []
    )
