"""Questions naming two or more markets: each market answered, not only the first.

"基础软件和服务市场对注册资金的要求分别是多少", "Security vs API: after-sales?", "新零售跟开发运维
佣金费率": one line per market from the same rules data the one-market answers use, with a
headline when one kind of condition is asked ("都要求" / "企业应用市场不要求").
"""

from __future__ import annotations

from datetime import date

from bot.answers import computed
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.conversation.types import Lang
from rules import commission as commission_rules
from rules.markets import Market, get_market


def _name(market: Market, lang: Lang) -> str:
    return market.name_en if lang == "en" else market.name


def _names(market_ids: list[str], lang: Lang) -> str:
    return (", " if lang == "en" else "、").join(_name(get_market(m), lang) for m in market_ids)


def _kinds(keys: tuple[str, ...]) -> list[tuple[tuple[str, ...], str, str]]:
    return [kind for kind in computed.CONDITION_KINDS if set(keys) & set(kind[0])]


def _has_kind(market_id: str, kind_keys: tuple[str, ...]) -> bool:
    return any(c.key in kind_keys for c in get_market(market_id).conditions)


def _headline(market_ids: list[str], keys: tuple[str, ...], lang: Lang) -> str:
    """With one kind of condition asked: whether every market, none or only some set it."""
    kinds = _kinds(keys)
    if len(kinds) != 1:
        return ""
    kind_keys, label_zh, label_en = kinds[0]
    having = [m for m in market_ids if _has_kind(m, kind_keys)]
    lacking = [m for m in market_ids if m not in having]
    if lang == "en":
        if not lacking:
            return f"Yes, all of them ({_names(having, lang)}) set a {label_en} condition.\n"
        if not having:
            return f"No: none of them sets a {label_en} condition.\n"
        return (
            f"Not all: {_names(having, lang)} set(s) a {label_en} condition;"
            f" {_names(lacking, lang)} does not require it.\n"
        )
    if not lacking:
        return f"{_names(having, lang)}都有{label_zh}要求。\n"
    if not having:
        return f"{_names(lacking, lang)}都不要求{label_zh}。\n"
    return f"不是都要求：{_names(having, lang)}有{label_zh}要求，{_names(lacking, lang)}不要求。\n"


def conditions_for_markets(market_ids: list[str], lang: Lang, keys: tuple[str, ...]) -> Answer:
    """Each market's conditions on `keys`, one line per market; a market that sets none of that
    kind is said so."""
    lines: list[str] = []
    for market_id in market_ids:
        market = get_market(market_id)
        chosen = list(dict.fromkeys(c for c in market.conditions if c.key in keys))
        if chosen:
            if lang == "en":
                summary = "; ".join(dict.fromkeys(c.summary_en for c in chosen))
                quote = "".join(dict.fromkeys(c.seed_text for c in chosen))
                lines.append(f"• {_name(market, lang)}: {summary} (guide: {quote})")
            else:
                summary = "；".join(dict.fromkeys(c.summary_zh for c in chosen))
                quote = "".join(dict.fromkeys(c.seed_text for c in chosen))
                lines.append(f"• {_name(market, lang)}：{summary}（原文：{quote}）")
        else:
            missing = computed.missing_kinds_text(market_id, keys, lang) or [
                f"the guide sets no such condition for {_name(market, lang)}"
                if lang == "en"
                else f"指南对{_name(market, lang)}没有这方面的要求"
            ]
            lines.extend(
                f"• {text[0].upper()}{text[1:]}." if lang == "en" else f"• {text}。"
                for text in missing
            )
    body = _headline(market_ids, keys, lang) + "\n".join(lines)
    if len(body) > 820:
        # Three markets' quotes do not fit a chat message: the summaries alone do.
        body = "\n".join(line.split("（原文")[0].split(" (guide:")[0] for line in body.split("\n"))
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


def rates_for_markets(market_ids: list[str], lang: Lang, today: date) -> Answer:
    """Each market's commission rate per tier, or that the policy table gives it none."""
    period = commission_rules.default_policy().periods[-1]
    lines: list[str] = []
    for market_id in market_ids:
        market = get_market(market_id)
        row = period.row_for(market_id)
        name = _name(market, lang)
        if row is None:
            lines.append(
                f"• {name}: not in the rate table, the policy gives no rate for it (not 0%)."
                if lang == "en"
                else f"• {name}：不在费率表中，政策没有给出费率（并不等于0%）。"
            )
            continue
        rates = [commission_rules.format_percent(row.rate(tier.tier)) for tier in period.tiers]
        if lang == "en":
            tiers = "; ".join(
                f"tier {tier.tier} {rate}" for tier, rate in zip(period.tiers, rates, strict=True)
            )
            lines.append(f"• {name} (rate table {row.table_name}): {tiers}.")
        else:
            tiers = "；".join(
                f"第{tier.tier}档 {rate}" for tier, rate in zip(period.tiers, rates, strict=True)
            )
            lines.append(f"• {name}（费率表：{row.table_name}）：{tiers}。")
    if lang == "en":
        bands = "; ".join(f"tier {tier.tier}: {tier.label_en}" for tier in period.tiers)
        tail = f"Tiers by the month's settled cash total in the category ({bands})."
    else:
        bands = "；".join(f"第{tier.tier}档：{tier.label_zh}" for tier in period.tiers)
        tail = f"档位按当月该类目应结算实收现金总额划分（{bands}）。"
    body = computed.guide_rates_lead(today, lang) + "\n" + "\n".join(lines) + "\n" + tail
    source = source_line(
        sections()["commission"],
        "Rates per category" if lang == "en" else "分类目服务费阶梯比例",
        lang,
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.rate", source, [])


def compare_conditions(market_ids: list[str], lang: Lang) -> Answer:
    """Several markets' full conditions: those every one of them sets once, then each market's
    own, so two or three markets fit a chat message."""
    summaries = {
        m: list(
            dict.fromkeys(
                c.summary_en if lang == "en" else c.summary_zh for c in get_market(m).conditions
            )
        )
        for m in market_ids
    }
    shared = [
        line for line in summaries[market_ids[0]] if all(line in summaries[m] for m in market_ids)
    ]
    sep = "; " if lang == "en" else "；"
    lines = []
    if shared:
        lines.append(
            f"All of them: {sep.join(shared)}."
            if lang == "en"
            else f"共同的条件：{sep.join(shared)}。"
        )
    for market_id in market_ids:
        own = [line for line in summaries[market_id] if line not in shared]
        name = _name(get_market(market_id), lang)
        if lang == "en":
            lines.append(f"• {name} also: {sep.join(own) or 'nothing more'}.")
        else:
            lines.append(f"• {name}另外要求：{sep.join(own) or '无'}。")
    body = "\n".join(lines)
    source = source_line(sections()["conditions"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])
