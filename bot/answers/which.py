""" "Which markets can we enter with X and Y": the short answer (the markets) first, then why
the others are ruled out, grouped by rule so twelve markets fit a chat message.

Only the facts the vendor gave are judged, against every market's conditions in rules data;
a market that sets no condition on a stated fact is not ruled out by it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bot.answers import computed
from bot.answers.facts import join_names
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import excluded_markets, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import Localized, t
from rules.commission import default_policy, markets_without_rate
from rules.markets import Condition, Market, all_markets, get_market, market_label

# With facts stated and no market named, any "which" asks for markets.
ASKS_WHICH = lazy_compile(
    r"哪|\b(which|what) (markets?|categor(y|ies))\b|\bwhich\b.*\b(fit|possible|eligible|join|enter)"
    # "can we join any market?", "有没有能进的市场": which ones, asked as yes or no.
    r"|\bany (markets?|categor(y|ies))\b|有没有[^，,。;；?？]{0,6}(市场|类目)|有(市场|类目)(能|可以)"
)
# "哪个市场肯定进不了", "which markets are ruled out": the blocked ones are the answer.
_ASKS_BLOCKED = lazy_compile(
    r"进不了|进不去|不能进|不能入|卡在|卡住|不行|不够|不满足|达不到|不符合|\b(can't|cannot|ruled out|not eligible|blocked|(are|is) out)\b"
)


def _label(keys: tuple[str, ...], lang: Lang) -> str:
    for kind_keys, label_zh, label_en in computed.CONDITION_KINDS:
        if set(keys) & set(kind_keys):
            return label_en.replace("-", " ") if lang == "en" else label_zh
    return ""


def markets_open_to(
    facts: list[tuple[tuple[str, ...], Decimal]],
    question: str,
    lang: Lang,
    support_level: str | None = None,
    support_kind: str | None = None,
) -> Answer:
    from bot.answers import verdicts

    norm = normalize(question)
    open_markets: list[Market] = []
    blocked: dict[str, list[str]] = {}  # rule → market names
    unconditioned: list[Market] = []  # no condition at all on the stated facts
    lacked: list[Condition] = []  # "就是没有ACP": a condition the vendor says they lack
    for market in all_markets():
        blockers: list[Condition] = []
        for condition, state in verdicts.stated_states(norm, market):
            if state == "lacks":
                blockers.append(condition)
                if all(c.key != condition.key for c in lacked):
                    lacked.append(condition)
        for keys, value in facts:
            for condition in market.conditions:
                if condition.key in keys and condition.check in computed._CHECKS:
                    if not computed._CHECKS[condition.check](value, condition.decimal_threshold):
                        blockers.append(condition)
                    break
        if support_level:
            for condition in market.conditions:
                if computed._is_support(condition):
                    passed, _ = computed.support_verdict(
                        condition, support_level, support_kind, "zh"
                    )
                    if passed is False:
                        blockers.append(condition)
        if not blockers:
            open_markets.append(market)
        conditioned = any(c.key in keys for keys, _ in facts for c in market.conditions) or (
            bool(support_level) and any(computed._is_support(c) for c in market.conditions)
        )
        if not conditioned:
            unconditioned.append(market)
        for condition in blockers:
            rule = condition.summary_en if lang == "en" else condition.summary_zh
            blocked.setdefault(rule, []).append(market_label(market, lang))
    shown = [
        t(
            "answers.fact_stated",
            lang,
            label=_label(keys, lang),
            value=computed._format_value(keys[0], value, lang),
        )
        for keys, value in facts
    ]
    if support_level:
        kind = computed.SUPPORT_KIND_LABELS.get(support_kind or "")
        shown.append(
            t("answers.fact_stated", lang, label=Localized(*kind), value=support_level)
            if kind
            else support_level
        )
    shown += [
        t("answers_which_lacks", lang, label=computed.pair(f"condition_kind.{c.key}"))
        for c in lacked
        if f"condition_kind.{c.key}" in computed.MESSAGES
    ]
    sep = t("list_separator", lang)
    rule_sep = t("answers.rule_separator", lang)
    given = sep.join(shown)
    if open_markets:
        opened = sep.join(market_label(m, lang) for m in open_markets)
        open_line = t("answers_which_open", lang, given=given, markets=opened)
    else:
        open_line = t("answers_which_none_open", lang, given=given)
    if unconditioned:
        listed = sep.join(market_label(m, lang) for m in unconditioned)
        open_line += t("answers_which_unconditioned", lang, markets=listed)
    if blocked:
        why = rule_sep.join(
            t("answers_which_blocked_item", lang, markets=sep.join(names), rule=rule)
            for rule, names in blocked.items()
        )
        blocked_line = t("answers_which_blocked", lang, why=why)
    else:
        blocked_line = t("answers_which_none_blocked", lang)
    tail = t("answers_which_tail", lang)
    # Only the markets asked about are named: the fitting ones, or the ruled-out ones when the
    # question asks which are blocked. Naming the rest reads as if they fit too.
    if _ASKS_BLOCKED.search(normalize(question)):
        rest = "answers_which_rest_open" if open_markets else "answers_which_rest_none_open"
        lines = [blocked_line, t(rest, lang)] if blocked else [blocked_line, open_line]
    else:
        rules = rule_sep.join(dict.fromkeys(blocked))
        rest = t("answers_which_rest_blocked", lang, rules=rules)
        lines = [open_line, rest] if blocked else [open_line]
    excluded = excluded_markets(question)
    if excluded and all(m.id in excluded for m in open_markets):
        # "除了零售通以外，还有哪个市场不要求20人": no other — said first.
        names = sep.join(market_label(get_market(m), lang) for m in excluded)
        lines.insert(0, t("answers_which_none_besides", lang, excluded=names))
    body = "\n".join([*lines, tail])
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.which", source, [])


# --- which markets, by their commission rates ------------------------------------------------

_RATE_TOPIC = lazy_compile(
    r"佣金|抽佣|抽成|扣点|费率|服务费|提成|\b(commissions?|rates?|fees?|charges?|charged?)\b"
)
# "查不到费率", "不在费率表里", "not listed in the rate table": the markets with no row.
_NO_RATE = lazy_compile(
    r"查不到|没有费率|没费率|无费率|不在[^，,。？?]{0,6}表|没列|未列|没有列|表里没有|表中没有|没有给出"
    r"|\b(no rates?|not (listed|in the (rate )?table)|missing from|aren't listed|isn't listed"
    r"|without a rate|has no rate)\b"
)
# "不抽佣金（0%）", "which markets charge no commission": every tier at 0 %.
_ZERO_RATE = lazy_compile(
    r"不抽|不收|免佣|免费|零佣金|0\s*%|没有佣金|不用交佣金|不扣|\b(zero|no commission|free"
    r"|don't charge|do not charge|doesn't charge|without commission|commission-free)\b"
)


def markets_by_rate(question: str, lang: Lang, today: date | None = None) -> Answer | None:
    """ "哪些市场不抽佣金（0%）" → API市场、物联网市场; "哪些市场查不到费率" → 新零售、开发运维、
    零售通: the markets first, from the rate table in rules data (the highest and lowest
    rates are the whole table's answer). None unless the question asks which markets by a property of their rates."""
    norm = normalize(question)
    if not (ASKS_WHICH.search(norm) and _RATE_TOPIC.search(norm)):
        return None
    period = default_policy().periods[-1]
    rows = list(period.rates)
    no_rate = markets_without_rate()

    def names(ids: list[str]) -> str:
        return join_names([market_label(get_market(m), lang) for m in ids], lang)

    no_rate_text = t("answers_which_no_rate_tail", lang, names=names(no_rate)) if no_rate else ""
    if _NO_RATE.search(norm):
        body = t("answers_which_no_rate", lang, names=names(no_rate))
    elif _ZERO_RATE.search(norm):
        zero = [row.market for row in rows if all(p == 0 for p in row.percent)]
        if not zero:
            return None
        body = t("answers_which_zero_rate", lang, names=names(zero)) + no_rate_text
    else:
        return None
    # The markets first; whose rates these are after.
    if computed.policy_ended(today or computed.today_in_china()):
        body += t("answers_which_rates_ended", lang, span=computed.policy_span(lang))
    source = source_line(sections()["commission"], t("answers_rates_subsection", lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.which_rates", source, [])
