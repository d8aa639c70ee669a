"""Eligibility questions: ids, wording (with the seed's reason for asking), choices, parsing.

A question id is a profile key ("registered_capital"), or "experience_years:<market>" since
experience is asked per market (SPEC rule decision 5).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from bot.conversation.types import Choice, Lang
from bot.texts import t
from rules.eligibility import EXPERIENCE_KEY, FieldRequest, months_in_years, required_fields
from rules.markets import MARKET_IDS, market_label
from rules.profile import PROFILE_FIELDS


def question_id(request: FieldRequest) -> str:
    return f"{request.key}:{request.market}" if request.market else request.key


def split_id(qid: str) -> tuple[str, str | None]:
    key, _, market = qid.partition(":")
    return key, market or None


def market_list(market_ids: Sequence[str], lang: Lang) -> str:
    return t("list_separator", lang).join(market_label(m, lang) for m in market_ids)


def requests_by_id(market_ids: Sequence[str]) -> dict[str, FieldRequest]:
    """The questions the markets need, in the order to ask them."""
    return {question_id(request): request for request in required_fields(market_ids)}


def kind_of(qid: str) -> str:
    return PROFILE_FIELDS[split_id(qid)[0]].kind


def label(qid: str, lang: Lang) -> str:
    key, market = split_id(qid)
    spec = PROFILE_FIELDS[key]
    text = spec.label_en if lang == "en" else spec.label_zh
    if market:
        text = t("label_value", lang, label=market_label(market, lang), value=text)
    return text


def known_value(profile: Mapping[str, Any], qid: str) -> Any:
    """The stored (JSON) answer, or None when not answered yet."""
    key, market = split_id(qid)
    value = profile.get(key)
    if market:
        return value.get(market) if isinstance(value, Mapping) else None
    return value


def with_answer(profile: Mapping[str, Any], qid: str, value: Any) -> dict[str, Any]:
    """A copy of the (JSON) profile with this answer set."""
    updated = dict(profile)
    key, market = split_id(qid)
    if market:
        per_market = dict(updated.get(key) or {})
        per_market[market] = value
        updated[key] = per_market
    else:
        updated[key] = value
    return updated


def to_json_value(value: Any) -> Any:
    """Parsed answers as JSON values: ISO dates, whole numbers as int, other decimals as str."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    return value


def format_value(qid: str, value: Any, lang: Lang, markets: Sequence[str] | None = None) -> str:
    """The answer as said back; a yes/no given per market shows the markets of `markets`
    (the ones under way) when it has any of them — never a market the vendor did not pick."""
    kind = kind_of(qid)
    spec = PROFILE_FIELDS[split_id(qid)[0]]
    if kind == "bool" and isinstance(value, Mapping):
        shown = {m: answer for m, answer in value.items() if markets is None or m in markets}
        return _by_market(shown or value, lang)
    if kind == "bool":
        return t("value.yes" if value else "value.no", lang)
    if kind in ("support", "industry"):
        return spec.choice_label(str(value), lang)
    if kind == "money":
        amount = Decimal(str(value))
        if lang == "en":
            return t("value.money", lang, amount=f"{amount:,f}")
        if amount >= 10000:
            return t("value.money_wan", lang, amount=f"{(amount / 10000).normalize():f}")
        return t("value.money", lang, amount=f"{amount.normalize():f}")
    if kind == "experience":
        # "1 year", never "1 years" (black-box 48, D35).
        one = str(value) in ("1", "1.0", "1.00")
        months = months_in_years(Decimal(str(value)))
        if months is not None:
            # "8个月" kept as 0.66: the months said beside it (black-box s60 D19).
            return t("value.years_months", lang, value=value, months=months)
        return t("value.year_one" if one else "value.years", lang, value=value)
    if kind == "int":
        return t(
            "value.engineers" if spec.key == "acp_engineers" else "value.people", lang, value=value
        )
    return str(value)


def _market_order(market: str) -> int:
    return MARKET_IDS.index(market) if market in MARKET_IDS else len(MARKET_IDS)


def _by_market(value: Mapping[str, Any], lang: Lang) -> str:
    """A yes/no given per market, markets with the same answer together: "基础软件市场、安全市场：是；
    物联网市场：否"."""
    groups: dict[bool, list[str]] = {}
    for market in sorted(value, key=_market_order):
        groups.setdefault(bool(value[market]), []).append(market)
    return t("value.per_market_separator", lang).join(
        t(
            "label_value",
            lang,
            label=market_list(markets, lang),
            value=t("value.yes" if answer else "value.no", lang),
        )
        for answer, markets in groups.items()
    )


def choices_for(qid: str, lang: Lang) -> list[Choice]:
    kind = kind_of(qid)
    spec = PROFILE_FIELDS[split_id(qid)[0]]
    if kind == "bool":
        return [
            Choice(t("choice.yes_typed", lang), t("choice.yes", lang)),
            Choice(t("choice.no_typed", lang), t("choice.no", lang)),
        ]
    if kind in ("support", "industry"):
        return [
            Choice(choice.value, choice.label_en if lang == "en" else choice.label_zh)
            for choice in spec.choices
        ]
    return []


def question_text(
    qid: str,
    request: FieldRequest | None,
    lang: Lang,
    *,
    header: str,
    previous: Any = None,
) -> str:
    """The question, why it is asked (the seed's words and which markets), what to type."""
    key, market = split_id(qid)
    asked = t(_wording(key, request), lang)
    if market:
        asked = asked.format(market=market_label(market, lang))
    lines = [header + asked]
    if request is not None and request.conditions:
        lines.append(t("why_asked", lang))
        grouped, summaries = _markets_by_seed_text(request)
        for seed_text, market_ids in grouped.items():
            names = market_list(market_ids, lang)
            if lang == "en":
                lines.append(f"  · {names}: {summaries[seed_text]} (guide: “{seed_text}”)")
            else:
                lines.append(f"  · {names}：“{seed_text}”")
    if previous is not None:
        # (The markets asking it only: review 60 N8.)
        asking = [m for m, _ in request.conditions] if request is not None else None
        lines.append(t("previous_answer", lang, value=format_value(qid, previous, lang, asking)))
    lines.append(t(f"form.kind.{kind_of(qid)}.hint", lang))
    return "\n".join(lines)


def _markets_by_seed_text(request: FieldRequest) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The markets asking for each of the guide's lines, in order, and each line's English
    summary: the question's "why" and "is this required?" quote the same lines."""
    grouped: dict[str, list[str]] = {}
    summaries: dict[str, str] = {}
    for market_id, condition in request.conditions:
        names = grouped.setdefault(condition.seed_text, [])
        if market_id not in names:
            names.append(market_id)
        summaries[condition.seed_text] = condition.summary_en
    return grouped, summaries


def required_text(
    qid: str,
    markets: Sequence[str],
    lang: Lang,
    *,
    head: str = "condition_required",
    tail: str | None = None,
) -> str | None:
    """ "这个是必须的吗？" at a question (black-box s68 D6: "not in the guide's scope"): yes —
    the entry condition it checks, in the guide's words, per market asking it; None when no
    market under way asks it."""
    request = requests_by_id(markets).get(qid) if markets else None
    if request is None or not request.conditions:
        return None
    grouped, _ = _markets_by_seed_text(request)
    lines = [t(head, lang)]
    for seed_text, market_ids in grouped.items():
        lines.append(
            t(
                "condition_required_line",
                lang,
                markets=market_list(market_ids, lang),
                seed=seed_text,
            )
        )
    if tail is not None:
        lines.append(t(tail, lang))
    return "\n".join(lines)


def _wording(key: str, request: FieldRequest | None) -> str:
    """The catalogue key of the question as put to the markets that ask it: no other market is
    named (rules/data/profile.yaml `wording_by_market`)."""
    default = f"form.profile.{key}.question"
    if request is None or not request.conditions:
        return default
    asking = {market_id for market_id, _ in request.conditions}
    wordings = PROFILE_FIELDS[key].wording_by_market
    for wording in wordings:
        if wording.when == "only" and asking == {wording.market}:
            return f"{default}.only.{wording.market}"
    for wording in wordings:
        if wording.when == "without" and wording.market not in asking:
            return f"{default}.without.{wording.market}"
    return default


def parser_for(qid: str, today: date) -> Callable[[str], Any]:
    """The bot.parsing function for this question, returning a canonical value."""
    from bot import parsing

    kind = kind_of(qid)
    if kind == "bool":
        return parsing.parse_bool
    if kind == "date":
        return lambda text: parsing.parse_date(text, today=today, allow_future=False)
    if kind == "money":
        return parsing.parse_money
    if kind == "int":
        return parsing.parse_int
    if kind == "support":
        return parsing.parse_support
    if kind == "industry":
        return parsing.parse_industry
    if kind == "experience":
        return parsing.parse_years
    raise AssertionError(kind)


__all__ = [
    "EXPERIENCE_KEY",
    "choices_for",
    "format_value",
    "kind_of",
    "known_value",
    "label",
    "parser_for",
    "question_text",
    "requests_by_id",
    "split_id",
    "to_json_value",
    "with_answer",
]
