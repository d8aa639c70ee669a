"""A month's amount given as a bound ("不到20万", "below CNY 200,000", "50万以上") with the
commission asked: the tier the bound falls in and its rate, never a breakdown computed on the
bound itself ("不到20万" is not 200,000, which is tier 2).

The tiers' bounds come from the commission rules (lower inclusive, upper exclusive): a bound
answers only when every amount it allows lies in one tier ("20万以上" spans tiers 2 and 3 and
gets no answer here).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from bot.answers import bare_month
from bot.answers.model import Answer, with_source
from bot.answers.text import money_mentions, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import Localized, t
from rules import commission as commission_rules
from rules.markets import market_label

# Below the amount: [0, amount).
_BELOW_BEFORE = lazy_compile(
    r"(不到|低于|少于|小于|不足|未满|不满|未达到|没到|没有到|没达到"
    r"|\b(below|under|less than|lower than|short of|not reaching)\b)\s*(cny|rmb|人民币|¥|￥)?\s*$"
)
# Up to the amount, counting it: [0, amount] ("10万以内", "at most CNY 100,000").
_UPTO_AFTER = lazy_compile(
    r"^\s*(元|块|人民币)?\s*(以内|之内|以下|或以下|及以下)"
    r"|^\s*(yuan|cny|rmb)?\s*(or less|or below|and below|at most|max(imum)?)\b"
)
_UPTO_BEFORE = lazy_compile(
    r"\b(at most|up to|no more than|not more than|within)\s*(cny|rmb|¥|￥)?\s*$"
)
# Above the amount, not counting it: (amount, ∞).
_ABOVE_BEFORE = lazy_compile(
    # "交易额过了50万", "突破50万", "went past CNY 500,000".
    r"(超过|高于|多于|大于|超出|过了|已过|突破了?|破了|(?<=结算|金额|易额|总额|流水|售额|业额|收入|营收)过(?!了)|\b(above|over|more than|exceeding|exceeds"
    r"|higher than|past|topped|passed)\b)\s*(cny|rmb|人民币|¥|￥)?\s*$"
)
# The amount and above: [amount, ∞).
_FROM_AFTER = lazy_compile(
    r"^\s*(元|块|人民币)?\s*(及以上|以上|或以上|往上|起)|^\s*(yuan|cny|rmb)?\s*(or more|and above|and up|or above)\b"
)


# A bound asked of a few markets at once gets each one's rate; more is the whole table.
_MOST_MARKETS = 4
_BOUND_KEYS = {
    "below": "answers_bound_below",
    "above": "answers_bound_above",
    "from": "answers_bound_from",
    "upto": "answers_bound_upto",
    "between": "answers_bound_between",
}
_BOUND_WORDS_KEYS = {
    "below": "answers_bound_below_words",
    "above": "answers_bound_above_words",
    "from": "answers_bound_from_words",
    "upto": "answers_bound_upto_words",
    "between": "answers_bound_between_words",
}


# Between two amounts: [lower, upper) ("20万到50万之间", "between 200k and 500k", "20-50万").
_BETWEEN = lazy_compile(
    r"^\s*(元|块)?\s*(到|至|~|～|-|—|–)\s*$|^\s*(yuan|cny|rmb)?\s*(to|and)\s*(cny|rmb|¥|￥)?\s*$"
)
_BETWEEN_BEFORE = lazy_compile(r"(在|介于|处于|\bbetween\b|\bfrom\b)\s*(cny|rmb|¥|￥)?\s*$")
_BETWEEN_AFTER = lazy_compile(r"^\s*(元|块)?\s*(之间|中间|区间|范围)")


def between(question: str) -> tuple[Decimal, Decimal] | None:
    """(lower, upper) when the question's two amounts are a range of a month's total ("交易额
    在20万到50万之间", "between 200k and 500k"); None otherwise."""
    converted, mentions = money_mentions(question)
    if len(mentions) != 2:
        return None
    low, high = mentions
    gap = converted[low.end : high.start]
    if not _BETWEEN.match(gap) or low.value >= high.value:
        return None
    if not (
        _BETWEEN_BEFORE.search(converted[: low.start])
        or _BETWEEN_AFTER.match(converted[high.end :])
    ):
        return None
    return low.value, high.value


def bound_said(question: str) -> bool:
    """Whether the month's amount is given as a bound ("if our total stays under 200k")."""
    return _bound(question) is not None


def _bound(question: str) -> tuple[str, Decimal] | None:
    """("below" | "above" | "from", amount) for the one amount in the question, when it is a
    bound."""
    converted, mentions = money_mentions(question)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    before, after = converted[: mention.start], converted[mention.end :]
    if _BELOW_BEFORE.search(before):
        return "below", mention.value
    if _ABOVE_BEFORE.search(before):
        return "above", mention.value
    if _FROM_AFTER.match(after):
        return "from", mention.value
    if _UPTO_AFTER.match(after) or _UPTO_BEFORE.search(before):
        return "upto", mention.value
    return None


def bound_answer(
    question: str, markets: list[str], lang: Lang, today: date, rates: Answer | None
) -> Answer | None:
    """The tier (and the one named market's rate, with `rates`, its rate answer) for a month
    total given as a bound; None when the question gives no bound or it spans tiers."""
    found = _bound(normalize(question))
    ranged = between(normalize(question)) if found is None else None
    if ranged is not None:
        found = ("between", ranged[0])
    if found is None or len(markets) > _MOST_MARKETS:
        return None
    kind, amount = found
    period = commission_rules.default_policy().periods[-1]
    inside = [
        tier
        for tier in period.tiers
        if (kind != "below" or tier.lower < amount)
        and (kind != "upto" or tier.lower <= amount)
        and (kind in ("below", "upto", "between") or tier.upper is None or tier.upper > amount)
    ]
    if ranged is not None:
        # "20万到50万之间": the tiers the range [lower, upper) reaches.
        low, high = ranged
        inside = [
            tier
            for tier in period.tiers
            if tier.lower < high and (tier.upper is None or tier.upper > low)
        ]
    if not inside or rates is None or not rates.source:
        return None
    from bot.answers.computed import money_text

    row = period.row_for(markets[0]) if markets else None
    if len(inside) > 1:
        # "过了20万": tiers 2 and 3 both possible; each one's rate, no figure computed.
        spans = t("answers.rule_separator", lang).join(
            t(
                "answers_bound_span_tier",
                lang,
                tier=tier.tier,
                label=Localized(tier.label_zh, tier.label_en),
                rate=commission_rules.format_percent(row.rate(tier.tier)) if row else "",
            ).rstrip()
            for tier in inside
        )
        lead = t(
            "answers_bound_spans",
            lang,
            bound=t(
                _BOUND_WORDS_KEYS[kind],
                lang,
                amount=money_text(amount, lang),
                upper=money_text(ranged[1], lang) if ranged else "",
            ),
            tiers=spans,
        )
        body = lead + "\n" + rates.text.rsplit("\n", 1)[0]
        return Answer(
            with_source(body, rates.source, lang), lang, True, "computed.rate", rates.source, []
        )
    tier = inside[0]

    lead = t(
        _BOUND_KEYS[kind],
        lang,
        amount=money_text(amount, lang),
        upper=money_text(ranged[1], lang) if ranged else "",
        tier=tier.tier,
        label=Localized(tier.label_zh, tier.label_en),
    )
    rows = [(m, period.row_for(m)) for m in markets]
    if len(rows) > 1 and all(row is not None for _, row in rows):
        # "建站和安全都不到20万，佣金比例分别是多少": that tier's rate in each market named.
        each = t("answers.rule_separator", lang).join(
            t(
                "answers_bound_each_rate",
                lang,
                name=market_label(m, lang),
                rate=commission_rules.format_percent(row.rate(tier.tier)),
            )
            for m, row in rows
            if row is not None
        )
        lead += t("answers_bound_rates", lang, rates=each)
    elif len(rows) == 1 and rows[0][1] is not None:
        row = rows[0][1]
        rate = commission_rules.format_percent(row.rate(tier.tier))
        lead += t("answers_bound_rate", lang, name=market_label(markets[0], lang), rate=rate)
    else:
        lead += t("answers_bound_end", lang)
    body = lead + "\n" + rates.text.rsplit("\n", 1)[0]
    return Answer(
        with_source(body, rates.source, lang), lang, True, "computed.rate", rates.source, []
    )


# Whether a market charges commission at all ("API市场要收佣金吗", "does the IoT market charge
# any commission?"), as against how much.
_ASKS_CHARGED = lazy_compile(
    r"(收|抽|扣|交|要|付)(不收|不抽)?(平台)?(佣金|服务费|抽成|提成|佣)(吗|么|嘛)"
    r"|收不收|抽不抽|扣不扣|有没有(平台)?(佣金|抽成|服务费)|(佣金|抽成)(吗|么|嘛)\s*[?？]?\s*$"
    r"|\b(does|do|will|would|is)\b.{0,40}\b(charge|take|collect|levy)\b.{0,20}\b(commission|fees?)\b"
    r"|\b(is|are) there (any )?(commission|platform fees?)\b|\bany commission\b"
)
_ASKS_HOW_MUCH = lazy_compile(
    r"多少|几个点|比例|费率|怎么算|哪一档|第几档|\b(how much|what rate|which rate|what percentage)\b"
)


_NOW_SAID = lazy_compile(
    r"现在|目前|当前|如今|眼下|今年|本月|这个月"
    r"|(?<![a-z])(?:now|currently|today|these days|this year|this month|at present)(?![a-z])"
)


def with_charge_verdict(question: str, market_id: str, rates: Answer) -> Answer:
    """`rates` (a market's rate answer) with 不收 / 收 first when the question asks whether
    the market charges commission at all: 不收 when every tier of its row is 0 %, 收 when every
    tier charges; unchanged when the market has no row or the question asks how much."""
    norm = normalize(question)
    if not _ASKS_CHARGED.search(norm) or _ASKS_HOW_MUCH.search(norm) or not rates.source:
        return rates
    if bare_month.bare_month(question) is not None:
        # "API市场10月要交平台服务费吗": the month's two readings open the rates, the verdict
        # inside them (computed.bare_month_lead); never the old rate first as this year's.
        return rates
    row = commission_rules.default_policy().periods[-1].row_for(market_id)
    if row is None:
        return rates
    if _NOW_SAID.search(norm):
        # "API市场现在要交佣金吗" (black-box s77 D4: "不收" first, about today): the ended
        # policy's rates open the reply, never a verdict on today's charge.
        return rates
    if all(percent == 0 for percent in row.percent):
        key = "answers_charges_none"
    elif all(percent > 0 for percent in row.percent):
        key = "answers_charges_yes"
    else:
        return rates
    head = t(key, rates.lang, name=market_label(market_id, rates.lang))
    # The rate answer may already open with the same verdict (bot/answers/rate_heads.py):
    # one verdict, never two.
    verdict = re.split(r"[：:]", head, maxsplit=1)[0]
    if rates.text.startswith(verdict):
        return rates
    rates.text = head + "\n" + rates.text
    return rates
