"""An order (or a sale) stated to be a distribution order, and whether commission is charged on
it asked ("订单…是分销订单，3万，这单要收佣金吗", "Order … was a distribution order of 45,000 CNY.
Is commission charged on it?"): 不收 / No first — distribution orders pay none (they count for
the tier) — then the guide's distribution entry, never the category's rate table."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers import asked
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

Render = Callable[[str, Lang], Answer]

_DISTRIBUTION_ENTRY = "commission.distribution"
# The order's kind stated: a distribution one.
_DISTRIBUTION_STATED = lazy_compile(
    r"(是|属于|算|走的?是?|通过|来自)[^，,。;；?？]{0,6}分销|分销(订单|渠道|用户|客户|单)"
    r"|\b(was|is|were|are|came|come|sold|made)\b[^.;?]{0,25}\bdistribut(ion|or|ors|ed)\b"
    r"|\bdistribution (order|sale|channel|user|customer)s?\b"
)
# Another kind beside it (非分销, "a regular order"), or the rule for both: not this case.
_OTHER_KIND = lazy_compile(
    r"非分销|不是分销|普通订单|直销|自营|\b(non-?distribution|not (a )?distribution|regular order"
    r"|direct sales?|ordinary order)\b"
)
# Whether commission is charged on it (收不收, 要抽佣吗, "is commission charged on it").
_ASKS_CHARGED = lazy_compile(
    r"(收|抽|扣|交|要|付|计)(不收|不抽)?(平台)?(佣金|服务费|抽成|佣)(吗|么|嘛|不)"
    r"|收不收|抽不抽|扣不扣|要不要(收|抽|交|付)|算不算佣金|有没有(平台)?(佣金|抽成|服务费)"
    r"|(抽佣|收佣|计佣)(吗|么|嘛)"
    # "这一单要算平台服务费吗": counted into the commission.
    r"|要?算(不算)?(平台)?(佣金|服务费)(吗|么|嘛)"
    r"|\b(is|are|was|were|will|would|do|does|did)\b[^.?]{0,40}\b(commission|platform fee)"
    r"[^.?]{0,20}\b(charged|due|payable|taken|levied|apply|applied)\b"
    # "Is a distribution order in 网站建设 charged commission?", "does it get charged commission?"
    # (holdout116 #175 — "Yes." and the category's rates).
    r"|\b(is|are|was|were|will|would|do|does|did)\b[^.?]{0,60}\b(charged|billed)\b[^.?]{0,6}"
    r"\b(any )?(commission|platform fee)"
    r"|\b(do|does|did|will|would|must|should)\b[^.?]{0,10}\b(we|you|i|it|they)\b[^.?]{0,10}"
    r"\b(pay|owe)\b[^.?]{0,10}\bcommission\b"
    r"|\b(charge|take|collect|levy)\b[^.?]{0,20}\bcommission\b[^.?]{0,20}\b(on|for)\b"
    # "do distribution orders pay commission", "platform commission for this order?".
    r"|\b(do|does|did|will|would)\b[^.?]{0,60}\bpay\b[^.?]{0,10}\bcommission\b"
    r"|\bcommission (for|on) (this|that|the|such an?|each) (one |single )?(order|sale)\b"
    r"|(这|那|一)(笔|单)[^，,。;；?？]{0,12}(佣金|服务费|抽成)[^，,。;；?？]{0,4}(多少|怎么算|是多少)"
)
# One order asked ("这一笔", "for this order"): its amount is no month's total to tier.
_ONE_ORDER = lazy_compile(
    r"(这|那|一)(一)?(笔|单)|\b(this|that|the|such an?|each) (one |single )?(order|sale)\b"
)
# How much is asked (the rate, the amount): a figure first, not this verdict.
_ASKS_HOW_MUCH = lazy_compile(
    r"多少|几个点|比例|费率|怎么算|\b(how much|what rate|which rate|what percentage)\b"
)
# A month of the vendor's named ("本月30万全是分销，要交佣金吗", "last month", "11月"): the month's
# computed reply stays — after the policy period it says the period ended first (fix27c).
_MONTH_NAMED = lazy_compile(
    r"本月|这个?月|上个?月|当月|(?<!\d)\d{1,2}\s*月|\b(this|last|previous|current) month\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# A reply that already opens with the verdict.
_OPENS_NO = lazy_compile(r"\s*(不收|不抽|不需要|不用|不会|no\b)", re.IGNORECASE)


def with_distribution_verdict(question: str, found: Answer, render: Render) -> Answer:
    """`found`, or 不收 / No with the distribution rule when a distribution order's commission is
    asked (see the module's doc)."""
    if found.out_of_scope:
        return found
    norm = normalize(question)
    if not (_DISTRIBUTION_STATED.search(norm) and _ASKS_CHARGED.search(norm)):
        return found
    how_much = _ASKS_HOW_MUCH.search(norm) and not _ONE_ORDER.search(norm)
    if _OTHER_KIND.search(norm) or how_much or _OPENS_NO.match(found.text):
        return found
    if found.topic == "computed.commission" and _MONTH_NAMED.search(norm):
        return found
    base = render(_DISTRIBUTION_ENTRY, found.lang)
    body, source = asked.split_source(base)
    return asked.with_body(base, t("answers_distribution_order_no", found.lang) + body, source)
