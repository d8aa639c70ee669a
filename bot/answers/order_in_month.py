"""One order asked about beside the month it belongs to: "订单号 20201020334455 这单佣金扣了20% 是不是
扣多了？我们建站市场2020年10月总共做了60w 全自营".

The order itself cannot be looked up, but the month's total the vendor gives settles what the
guide says of it: tier 1 is pre-charged, the month's tier applies, the difference comes back
early the next month. So the month is computed, after a line saying the order was not looked up.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.identifiers import codes_in, identifiers_in
from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.order_list import read_orders
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# The one order pointed at: "这单", "这笔订单", "订单号 2020…", "this order".
_THIS_ORDER = lazy_compile(
    r"(订单号|订单编号|单号)\s*[:：]?\s*[\w-]*\d[\w-]*|这(一)?(单|笔订单|笔|个订单)|\bthis order\b"
    r"|\border (no\.?|number|#)\s*[\w-]+"
)
# The month's total said: "总共做了60w", "当月一共", "in total this month".
_MONTH_TOTAL = lazy_compile(
    r"总共|一共|合计|总计|全月|整月|当月|这个月|那个月|\b(in total|total|altogether|that month|for the month)\b"
)
# An amount charged ("先扣了3万", "charged 30k"), never the month's total.
_CHARGED_BEFORE = lazy_compile(r"扣了|收了|预收|扣|抽了|\b(charged|deducted|took|billed)\b")
_COMPUTED = "computed.commission"
# How far (characters) the month's total may stand after the word that says it is the total.
_TOTAL_NEAR = 40


def _without_order_amount(rest: str) -> str:
    """ "(网站建设, ¥120k) … Our total in that category that month was ¥620k": of two amounts, the
    one the total word introduces is the month's; the order's own amount is left out."""
    converted, mentions = money_mentions(rest)
    total = _MONTH_TOTAL.search(converted)
    if len(mentions) != 2 or total is None:
        return rest
    after = [m for m in mentions if 0 <= m.start - total.start() <= _TOTAL_NEAR]
    if len(after) != 1 or _CHARGED_BEFORE.search(
        converted[max(0, after[0].start - 8) : after[0].start]
    ):
        # ("自营30w，平台当月按10%先扣了3万" — holdout70 #129 with ids around it: the amount after
        # 当月 is what was charged, not the month's total.)
        return rest
    order = next(m for m in mentions if m is not after[0])
    return converted[: order.start] + " " + converted[order.end :]


def month_of_order_answer(
    question: str, lang: Lang, answer_one: Callable[[str], Answer]
) -> Answer | None:
    """The month computed, with the order not looked up said first; None unless an order is
    pointed at beside a month's total for a named market."""
    norm = normalize(question)
    pointed = _THIS_ORDER.search(norm) or identifiers_in(norm) or codes_in(norm)
    if not pointed or not _MONTH_TOTAL.search(norm) or not markets_in_question(question):
        return None
    rest = _THIS_ORDER.sub(" ", norm)
    for identifier in {*identifiers_in(norm), *codes_in(norm)}:
        rest = rest.replace(identifier, " ")
    if read_orders(question) is not None:
        # A month's orders listed (a table, "8万、7万、6万，其中6万那笔…"): no one order apart.
        return None
    rest = _without_order_amount(rest)
    if len(money_mentions(rest)[1]) != 1:
        return None
    found = answer_one(rest)
    if found.topic != _COMPUTED or found.out_of_scope:
        return None
    found.text = t("answers_order_in_month", lang) + found.text
    return found


_POLICY_TOPICS = ("computed.policy_day", "commission.period")


def policy_day_of_order_answer(
    question: str, lang: Lang, answer_one: Callable[[str], Answer]
) -> Answer | None:
    """ "订单号 202103310001，结算日期是2021-03-31，这单还在佣金优惠期里吗": the day the vendor gives
    judged against the policy period, with the order itself not looked up said first."""
    norm = normalize(question)
    if not (_THIS_ORDER.search(norm) or identifiers_in(norm) or codes_in(norm)):
        return None
    rest = _THIS_ORDER.sub(" ", norm)
    for identifier in {*identifiers_in(norm), *codes_in(norm)}:
        rest = rest.replace(identifier, " ")
    found = answer_one(rest)
    if found.topic not in _POLICY_TOPICS or not _DAY_GIVEN.search(norm):
        return None
    found.text = t("answers_order_policy_day", lang) + found.text
    return found


# A settlement day given: "2021-03-31", "2021年3月31日".
_DAY_GIVEN = lazy_compile(r"(19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
