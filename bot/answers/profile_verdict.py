"""A vendor's stated profile judged by the rules engine, for exactly the asked market(s).

"（情况…）能进API市场吗", "25人但只有10人交社保，团队这条满足吗", "Do we meet the experience
condition of the Security market?": the profile is read once (bot/answers/profile_read.py) and
judged by rules/eligibility.py. The reply opens with the verdict per asked market (能 / 不能 /
"what you stated meets it; still to confirm: …"), then the failing conditions in the guide's
words, then what was not stated. A question about some conditions ("人数这条", "the experience
condition") is answered for those conditions only.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from bot.answers.agreed_on_applying import agreed_when_nothing_else_open, on_applying_line
from bot.answers.insured import PARTIAL_INSURED
from bot.answers.knowledge import sections, source_line
from bot.answers.model import MAX_ANSWER_CHARS, Answer, with_source
from bot.answers.profile_read import StatedProfile, read_stated
from bot.answers.text import UNDER_MARGIN, is_under, names_one_aspect, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.eligibility import (
    EXPERIENCE_KEY,
    MarketVerdict,
    age_in_months,
    evaluate_market,
    format_age_en,
    format_age_zh,
    format_money_en,
    format_money_zh,
)
from rules.markets import Condition, find_markets_in_text, get_market, market_label
from rules.profile import PROFILE_FIELDS

# What the asking clause names as the condition(s) asked about.
_FOCUS: tuple[tuple[tuple[str, ...], Any], ...] = (
    (
        ("team_size", "employees"),
        lazy_compile(r"人数|团队|\d+\s*人这|多少人|几个人|\b(team|headcount|staff)\b"),
    ),
    (("experience_years",), lazy_compile(r"经验|(?<!执照)(?<!营业)年限|\bexperience\b")),
    (("license_date",), lazy_compile(r"执照|成立|\blicen[cs]e\b|company[- ]age|founding")),
    (("registered_capital",), lazy_compile(r"注册资[金本]|资金|(?<!注册)资本|\bcapital\b")),
    (("industry",), lazy_compile(r"行业|\bindustry\b|\bsector\b")),
    (
        ("acp_engineers",),
        lazy_compile(r"工程师|acp|(?<!生态)认证|\bengineers?\b|\bcertification\b"),
    ),
    (("social_insurance_proof",), lazy_compile(r"社保|social insurance")),
    (
        ("aftersales_support", "online_cs"),
        lazy_compile(
            r"(客服|售后|服务|在线)(的)?时间|这个(客服|售后)|\b(support|service) (hours|time)\b"
            r"|\b(is )?(that|this|our) (support|customer service|after-sales)\b"
            # ("are the team and support conditions OK?" — holdout88 #99: the support unjudged.)
            r"|\b(support|after-sales|customer service) (conditions?|requirements?|rules?)\b"
        ),
    ),
)
# The clause that asks: a verdict on the profile or on some of its conditions.
_ASKS_VERDICT = lazy_compile(
    r"能(不能|否)?\s*(入驻|进|过|加入|申请|上)|可(以|不可以)\s*(入驻|进|加入|申请)|够(不够)?(格|条件)?"
    r"|满足|符合|达标|达到|算数|算吗|算不算|问题吗|没问题|影响|有戏|行不行|行吗|过得了|过得去|过不过"
    r"|卡住|\b(can|could|may) (we|i|they|he|she)\b|\b(eligible|qualify|qualified|enough|meet|meets"
    r"|satisfy|problem|ok|okay|block|blocks|stop|affect|matter)\b"
)
_ASKS_JOIN = lazy_compile(
    r"能(不能|否)?\s*(入驻|进|加入|申请|上)|可(以|不可以)\s*(入驻|进|加入|申请)|够(不够)?(格|条件)"
    r"|符合[^，,。]{0,10}(入驻)?条件|满足[^，,。]{0,10}入驻条件|有戏"
    r"|\b(can|could|may) (we|i|they|he|she) (still |also )?(join|get in|enter|apply|list|sell)\b"
    r"|\b(eligible|qualify|qualified)\b|\bentry conditions\b"
)
_TRAILING_ASIDE = lazy_compile(r"\s*[（(][^（）()]*[）)]\s*$")
_LEADING_ASIDE = lazy_compile(r"^\s*[（(][^（）()]*[）)]\s*")
_PARTS = lazy_compile(r"[，,。.;；:：!！?？]")
_ASKING_CLAUSE = lazy_compile(r"[^，,。.;；:：!！?？]*(吗|么|不|[?？])\s*[?？]?\s*$")
# Words of a rule asked, not a verdict on the vendor's case.
_ASKS_RULE = lazy_compile(
    r"需不需要|要不要|是否需要|是不是必须|必须要|哪些|什么|多少|几年|几个|怎么|如何"
    r"|\b(do|does) (we|i|it|they|the [\w -]{1,30}) (need|require)|\bwhich\b|\bwhat\b|\bhow\b"
)
# A whole profile: at least this many conditions stated before a join is judged in full when
# something is still open (one or two facts keep the per-fact answers).
_PROFILE_MIN = 4
# So few facts stated that each line carries the guide's words.
_FEW = 3
# "物联网行业的方案商 … 解决方案市场": an industry word, not the IoT market.
_INDUSTRY_NOT_MARKET = lazy_compile(r"物联网(行业|领域|方向)|\biot (industry|sector|field)\b")


# An English question listing what it asks with commas: "are licence, capital and team ok?"
# (holdout93 #110: the clause cut at the first comma, the licence never judged).
# (Never a second question after the comma: "is that enough for its after-sales requirement, and
# do they accept logistics companies?")
_ASKING_LIST_EN = lazy_compile(
    r"(?:^|[.:;!?]\s*)((?:are|is|do|does|would|will|can|could)\b"
    r"(?![^.:;!?]*,\s*(?:and\s+|but\s+|also\s+)?(?:do|does|is|are|can|could|will|would|what|which|how|who)\b)"
    r"[^.:;!?]*,[^.:;!?]*\?)\s*$"
)


def _asking_clause(norm: str) -> str:
    listed = _ASKING_LIST_EN.search(norm.rstrip())
    if listed:
        return listed.group(1)
    found = _ASKING_CLAUSE.search(norm.rstrip())
    if found:
        return found.group(0)
    # "建站市场的客服在线时间我们达标吗？我们客服…只有上午9点到12点在线": the question put first.
    put_first = _QUESTION_FIRST.search(norm)
    if put_first:
        return put_first.group(1)
    parts = [part for part in _PARTS.split(norm) if part.strip()]
    return parts[-1] if parts else norm


# A question ending on its mark, then the facts it is about ("…达标吗？我们客服只有…").
_QUESTION_FIRST = lazy_compile(r"([^，,。.;；:：!！?？]*(?:吗|么)\s*)[?？]")


def _focus_keys(asking: str, keys: set[str]) -> list[str]:
    focus: list[str] = []
    for group, pattern in _FOCUS:
        if pattern.search(asking):
            focus.extend(key for key in group if key in keys)
    return list(dict.fromkeys(focus))


def _shown(
    key: str, value: Any, market: str, lang: Lang, as_of: date, stated: StatedProfile
) -> str:
    """The stated value as the vendor gave it (25人, 3年, 200万元, 5x8), or "as you say"."""
    if key == EXPERIENCE_KEY:
        years = value.get(market) if isinstance(value, dict) else None
        if years is None:
            return ""
        if not years:
            return t("answers_stated_no_experience", lang)  # "no big-data experience"
        if is_under(Decimal(years)):
            # "还不到一年": shown as said, never rounded up to the year it falls short of.
            return t("answers_under_years", lang, count=int(Decimal(years) + UNDER_MARGIN))
        return _age(int(Decimal(years) * 12), lang)
    if key == "license_date":
        if stated.license_range and "license_date" not in stated.values:
            # A month or a year without its day: that date as said ("2025年3月成立"), no age
            # made up from a day the vendor never gave.
            first = stated.license_range[0]
            if stated.year_only:
                return ""  # "registered in 2015": met or not "as you say" (the year stands)
            return t(
                "answers_stated_founded_month",
                lang,
                year=first.year,
                month=first.strftime("%B") if lang == "en" else first.month,
            )
        return _age(age_in_months(value, as_of), lang)
    if key == "registered_capital":
        return format_money_en(value) if lang == "en" else format_money_zh(value)
    if key == "team_size" and stated.contracted is not None:
        said = t("answers_stated_people", lang, count=stated.contracted)
        return t("answers_team_contracted", lang, shown=said)
    if key in ("team_size", "employees"):
        return t("answers_stated_people", lang, count=value)
    if key == "acp_engineers":
        return t("answers_stated_engineers", lang, count=value)
    if key in stated.support_words:
        return t("answers_stated_support_words", lang, words=stated.support_words[key])
    if key in stated.support_said:
        days, hours = stated.support_said[key]
        if not hours:
            return t("answers_stated_support_days", lang, days=days)
        return t("answers_stated_support_span", lang, days=days, hours=hours)
    if key in stated.support_lacks and value == "none":
        # "没有专门的售后技术团队": the lack as the vendor said it, never "无不满足".
        return t("answers_stated_support_lack", lang, words=stated.support_lacks[key])
    if key in ("aftersales_support", "online_cs"):
        # No level said in words of its own: "you say you have none", never a bare "无".
        return t("answers_stated_support_none", lang) if value == "none" else str(value)
    if key == "industry":
        return PROFILE_FIELDS[key].choice_label(value, lang)
    return ""


def _age(months: int, lang: Lang) -> str:
    """Whole years ("3 年", "2 年多", "1 年半"), or months under a year: figures the guide's rules and the
    vendor's dates give, never a remainder of months standing alone."""
    years, rest = divmod(months, 12)
    if not years or not rest:
        return format_age_en(months) if lang == "en" else format_age_zh(months)
    if rest * 2 == 12:
        return t("answers_stated_half_years", lang, count=years)  # "一年半" shown as said
    plural = "" if years == 1 or lang != "en" else "s"
    return t("answers_stated_over_years", lang, count=years, s=plural)


def shown_value(
    key: str, value: Any, market: str, lang: Lang, as_of: date, stated: StatedProfile
) -> str:
    return _shown(key, value, market, lang, as_of, stated)


def judged_profile(
    stated: StatedProfile, market: str, as_of: date
) -> tuple[dict[str, Any], MarketVerdict]:
    """The profile as judged (a licence year read whole when it gives one verdict), judged."""
    profile = _profile_with_range(stated, market, as_of)
    return profile, evaluate_market(profile, market, as_of)


def _profile_with_range(stated: StatedProfile, market: str, as_of: date) -> dict[str, Any]:
    """A licence year or month said without its day is judged when the whole span gives one
    verdict (its first day and its last alike); otherwise it stays to confirm."""
    profile = stated.profile()
    if stated.license_range is None or "license_date" in profile:
        return profile
    verdicts = []
    for day in stated.license_range:
        if day > as_of:
            return profile
        judged = evaluate_market({**profile, "license_date": day}, market, as_of)
        verdicts.append(any(u.key == "license_date" for u in judged.unmet))
    if verdicts[0] == verdicts[1]:
        first, last = stated.license_range
        profile["license_date"] = first if verdicts[0] else last
    return profile


def _summary(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


def _conditions(market: str, keys: set[str] | None) -> list[Condition]:
    seen: list[tuple[str, str]] = []
    found = []
    for condition in get_market(market).conditions:
        mark = (condition.key, condition.summary_zh)
        if mark in seen or (keys is not None and condition.key not in keys):
            continue
        seen.append(mark)
        found.append(condition)
    return found


def _judged(
    verdict: MarketVerdict, conditions: list[Condition]
) -> tuple[list[Condition], list[Condition], list[Condition]]:
    """(met, failed, not stated) among `conditions`."""
    failed_keys = {u.key for u in verdict.unmet}
    met, failed, missing = [], [], []
    for condition in conditions:
        if condition.key in verdict.missing:
            missing.append(condition)
        elif condition.key in failed_keys:
            failed.append(condition)
        else:
            met.append(condition)
    return met, failed, missing


def _line(
    condition: Condition,
    market: str,
    profile: dict[str, Any],
    lang: Lang,
    as_of: date,
    stated: StatedProfile,
    met: bool,
    quoted: bool = False,
) -> str:
    shown = _shown(condition.key, profile.get(condition.key), market, lang, as_of, stated)
    verdict = t("answers_verdict_met" if met else "answers_verdict_not_met", lang)
    if not met and condition.check in ("more_than", "years_more_than"):
        verdict += t("answers_profile_more_than", lang)
    line = t(
        "answers_profile_line",
        lang,
        summary=_summary(condition, lang),
        shown=shown or t("answers_profile_as_said", lang),
        verdict=verdict,
    )
    if not met or quoted:
        # The condition in the guide's own words: every one not met, and all when few are.
        line += t("answers.guide_quote", lang, quote=condition.quote(lang))
    return line


def stated_profile_answer(
    question: str, markets: list[str], lang: Lang, today: date
) -> Answer | None:
    """能 / 不能 / still to confirm for the asked markets on the profile the question states;
    None when it asks no verdict, states nothing they set, or states too little to judge."""
    if not markets or len(markets) > 3:
        return None
    from bot.answers.identifiers import without_identifiers

    # "…满足吗？（账号ID: V2023…，电话…）": what follows the question in brackets is no part of it.
    question = _LEADING_ASIDE.sub("", _TRAILING_ASIDE.sub("", question.strip()))
    norm = without_identifiers(normalize(question))
    asking = _asking_clause(norm)
    if not _ASKS_VERDICT.search(asking) or _ASKS_RULE.search(asking):
        return None
    found = markets
    markets = _asked_markets(norm, asking, markets)
    stated = read_stated(question, markets, today)
    given = [k for k in stated.values if k != "legal_entity"]
    if stated.license_range and "license_date" not in given:
        given.append("license_date")
    if not given:
        return None  # nothing stated, or only the company inferred from a word
    from bot.answers.verdicts import stated_states

    if any(
        state == "lacks"
        and condition.key in _LACKS_READ_APART
        and condition.key not in stated.values
        for market_id in markets
        for condition, state in stated_states(norm, get_market(market_id))
    ):
        # "1688会员都有，但法人在淘宝有过违规记录": a lack the profile's reader does not read
        # is judged by the per-condition verdicts, never left out of a "满足".
        return None
    keys = {c.key for m in markets for c in get_market(m).conditions}
    asked = _focus_keys(asking, set(PROFILE_FIELDS))
    joins = bool(_ASKS_JOIN.search(asking)) or (not asked and len(given) >= _PROFILE_MIN - 1)
    if joins and asked and names_one_aspect(question):
        # "Experience-wise can we join …": the aspect named is what is asked.
        joins = False
    numeric = all(key in _FIGURES or key == "employees" for key in given)
    # Experience is read here with the duration its own words measure ("8 months of service
    # experience" is no licence age; "no big-data experience" is none): judged here.
    experience = EXPERIENCE_KEY in given
    if joins and len(given) < _PROFILE_MIN - 1 and numeric and not experience:
        return None  # "注册资金100万能入驻零售通吗": a figure or two, judged one by one
    lacks_only = all(stated.values.get(k) is False for k in given)
    if joins and len(given) < _PROFILE_MIN - 1 and lacks_only:
        return None  # "还没做生态认证，能进吗": a lack or two, judged one by one (verdicts.py)
    if PARTIAL_INSURED.search(norm):
        return None  # "不是每个人都交了社保": no count to judge (insured.py)
    # "2018年拿的执照": the year as written ("98年" is read by the per-fact answers).
    year_written = bool(stated.license_range and str(stated.license_range[0].year) in question)
    ours = _focus_is_ours(asked, stated, len(found) > len(markets), year_written)
    # "…support runs weekdays only. Would that stop us?": the fact or two just stated.
    # A figure or two alone ("a 12-person team, is that enough") and a level against a rule
    # quoted ("要求的5*8…这条满足吧") stay with the per-fact answers (computed.py).
    back = (
        not asked
        and len(given) <= 2
        and not numeric
        and bool(_REFERS_BACK.search(asking))
        and not _QUOTED_LEVEL.search(asking)
    )
    if not joins and not ours and not back and not (experience and EXPERIENCE_KEY in asked):
        return None  # one figure against its rule: the per-fact answers (computed.py)
    if joins:
        focus: list[str] = []
    elif asked:
        if not set(asked) & keys:
            return None  # "is license age a problem for IoT": a rule the market does not set
        focus = [k for k in asked if k in keys]
        if not set(focus) & set(given):
            return None  # the condition asked about is not stated: the per-fact answers
        if "team_size" in focus and "social_insurance_proof" in stated.values:
            focus.append("social_insurance_proof")
    else:
        # "25人，都交社保，够吗": the facts stated are what is asked about.
        focus = [k for k in given if k in keys]
        if not focus:
            return None
    # "only 8 months of service experience, could we join": the facts stated judged, the rest
    # still to confirm, however few were stated.
    few_with_experience = joins and experience and len(given) < _PROFILE_MIN - 1
    from bot.answers.verdicts import says_others_met

    if few_with_experience and says_others_met(question):
        # "1 year of big-data experience and meet everything else": the rest met as said — the
        # profile reader's "others met" (verdicts.profile_answer) judges it.
        return None
    return _reply(markets, stated, focus, lang, stated.as_of or today, few_with_experience)


# Conditions whose lack the per-condition reader finds and the profile's reader does not: the
# record on Alibaba's platforms, software or hardware alone.
_LACKS_READ_APART = frozenset({"good_credit", "mature_product"})
# The asking clause points back at what was just stated ("would that stop us", "这样有影响吗").
_REFERS_BACK = lazy_compile(r"这样|这个|这点|这一点|这条|这一条|这项|这一项|那样|\b(that|this)\b")
_QUOTED_LEVEL = lazy_compile(r"[57]\s*[x*×]\s*(8|24)|24\s*/\s*7")
_FIGURES = ("license_date", "registered_capital", "team_size", "experience_years")


def _focus_is_ours(
    asked: list[str], stated: StatedProfile, narrowed: bool, year_written: bool
) -> bool:
    """The asked conditions this reading judges where reading fact by fact does not: two
    conditions at once, experience when another market's is said too, a team of which fewer
    are insured than counted (or all of them, said in words), a licence year without its day."""
    kinds = set(asked) - {"social_insurance_proof", "employees"}
    if len(kinds) >= 2 and kinds - set(_FIGURES):
        return True  # "行业和工程师这两条": figures alone are judged one by one
    if "experience_years" in kinds and narrowed:
        return True
    if "team_size" in kinds and stated.values.get("social_insurance_proof") is True:
        return True
    if kinds & {"aftersales_support", "online_cs"} and stated.support_said:
        return True  # "客服周一到周六10:00-16:00，这样的客服时间够吗": the hours stated, judged
    return "license_date" in kinds and stated.year_only and year_written


def _asked_markets(norm: str, asking: str, markets: list[str]) -> list[str]:
    """The markets a verdict is asked for: those the asking clause names, else those named as
    a market (建站市场 beside 建站业务), else all found."""
    if "solution" in markets and "iot" in markets and _INDUSTRY_NOT_MARKET.search(norm):
        markets = [m for m in markets if m != "iot"]
    in_asking = find_markets_in_text(asking)
    named = [m for m in markets if m in in_asking]
    if named:
        return named
    if _WHICH_OF_THEM.search(asking):
        return markets  # "这三个里面，我们能进哪个": every market named is asked about

    if _BOTH_ASKED.search(norm):
        return markets  # "物联网和解决方案市场我们都想进 … 两个都行吗": each one named is asked
    with_word = [m for m in markets if _named_as_market(norm, m)]
    return with_word or markets


# Every market named is wanted ("两个都行吗", "想同时进API和建站市场", "both", "each of them").
_BOTH_ASKED = lazy_compile(
    r"两个(市场)?都|都想(进|入驻|申请)|同时(进|入驻|申请|上)|(两|几|三)个(市场)?(都|能不能|能否|分别)"
    r"|\b(both|each of (them|these|the two)|all (three|of them))\b"
)


def _named_as_market(norm: str, market: str) -> bool:
    found = get_market(market)
    return any(
        normalize(name) in norm
        for name in (found.name, found.name_en, *found.aliases)
        if _MARKET_WORD.search(name)
    )


# "这三个里面能进哪个", "which of them can we join": a choice among the markets named.
_WHICH_OF_THEM = lazy_compile(
    r"(能|可以)(进|入驻|申请)(哪个|哪些|哪几个)|\bwhich (of (them|these|those|the \w+)|ones?)\b"
)
_MARKET_WORD = lazy_compile(r"市场|集市|market", re.IGNORECASE)


def _reply(
    markets: list[str],
    stated: StatedProfile,
    focus: list[str],
    lang: Lang,
    as_of: date,
    judge_all: bool = False,
) -> Answer | None:
    heads: list[str] = []
    lines: list[str] = []
    met_lines: list[str] = []  # every condition met, each on its line with the figure said
    all_met: list[str] = []
    said: list[str] = []
    said_lines: list[str] = []
    words: list[str] = []
    few = len(stated.values) <= _FEW
    separator = t("answers.rule_separator", lang)
    for market in markets:
        profile = _profile_with_range(stated, market, as_of)
        verdict = evaluate_market(profile, market, as_of)
        conditions = _conditions(market, set(focus) if focus else None)
        name = market_label(market, lang)
        if not conditions:
            heads.append(t("answers_stated_not_concerned", lang, name=name))
            words.append(t("answers_per_market_not_concerned", lang))
            continue
        met, failed, missing = _judged(verdict, conditions)
        if not focus and not failed and (missing or len(met) < _PROFILE_MIN) and not judge_all:
            # Nothing failed and something still open: the profile answer names what is left
            # (verdicts.profile_answer); a fact or two: the per-fact answers.
            return None
        agreed: list[Condition] = []
        if not focus and not failed:
            # The agreements not spoken of are accepted by applying: no doubt over them.
            missing, agreed = agreed_when_nothing_else_open(missing)
        items = separator.join(_summary(c, lang) for c in failed)
        open_items = separator.join(_summary(c, lang) for c in missing)
        words.append(
            t(
                "answers_per_market_no"
                if failed
                else "answers_per_market_unclear"
                if missing
                else "answers_per_market_yes"
                if focus
                else "answers_per_market_can",
                lang,
            )
        )
        if failed:
            key = "answers_stated_focus_no" if focus else "answers_stated_no"
            heads.append(t(key, lang, name=name, count=len(failed), items=items))
        elif missing:
            key = "answers_stated_focus_open" if focus else "answers_profile_open"
            heads.append(
                t(key, lang, name=name, met=len(met), count=len(missing), items=open_items)
            )
        else:
            several = len(met) > 1
            key = (
                ("answers_stated_focus_yes_several" if several else "answers_stated_focus_yes")
                if focus
                else "answers_profile_yes"
            )
            items = separator.join(_summary(c, lang) for c in met)
            heads.append(t(key, lang, name=name, count=len(met), items=items))
        lines.extend(_line(c, market, profile, lang, as_of, stated, False) for c in failed)
        for condition in met:
            line = _line(condition, market, profile, lang, as_of, stated, True, few)
            lines.append(line)
            met_lines.append(line)
            all_met.append(_summary(condition, lang))
            if t("answers_profile_as_said", lang) in line:
                said.append(_summary(condition, lang))
                said_lines.append(line)
        if failed and missing and not focus:
            lines.append(t("answers_profile_unsaid", lang, items=open_items))
        if agreed:
            lines.append(on_applying_line(agreed, lang))
    if not heads:
        return None
    if len(markets) > 1:
        # "API市场：能；企业应用市场：不能。": each asked market's verdict first, on one line.
        heads.insert(
            0,
            t("answers.rule_separator", lang).join(
                t("answers_support_per_market", lang, name=market_label(m, lang), verdict=v)
                for m, v in zip(markets, words, strict=True)
            )
            + t("answers_per_market_end", lang),
        )
    subsection = market_label(markets[0], lang) if len(markets) == 1 else None
    source = source_line(sections()["conditions"], subsection, lang)
    body = "\n".join([*heads, *lines])
    room = MAX_ANSWER_CHARS - len(t("answers.source", lang, source=source)) - 1
    if len(body) > room:
        # Too long for a chat message: the conditions met "as you say" on one line, else what
        # was not stated left to the "conditions" answer, else both.
        unsaid = t("answers_profile_unsaid", lang, items="")
        met_line = [t("answers_profile_met_list", lang, items=separator.join(said))] if said else []
        collapsed = [line for line in lines if line not in said_lines] + met_line
        for variant in (
            collapsed,
            [line for line in lines if not line.startswith(unsaid)],
            [line for line in collapsed if not line.startswith(unsaid)],
            # Still too long: every condition met on one line, the failing ones kept whole.
            [line for line in lines if line not in met_lines and not line.startswith(unsaid)]
            + [t("answers_profile_met_list", lang, items=separator.join(all_met))],
            [line for line in lines if line not in met_lines and not line.startswith(unsaid)]
            + [t("answers_profile_met_rest", lang)],
        ):
            body = "\n".join([*heads, *variant])
            if len(body) <= room:
                break
    return Answer(with_source(body, source, lang), lang, True, "computed.profile", source, [])


def blocked_by_stated(question: str, markets: list[str], today: date) -> list[str]:
    """Of `markets`, those the figures and facts `question` states already rule out (a
    condition judged not met); what is not stated rules out nothing."""
    stated = read_stated(question, markets, today)
    blocked = []
    for market_id in markets:
        profile = _profile_with_range(stated, market_id, stated.as_of or today)
        if evaluate_market(profile, market_id, stated.as_of or today).unmet:
            blocked.append(market_id)
    return blocked
