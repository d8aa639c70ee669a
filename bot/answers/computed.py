"""Answers computed from the rules data when a question names markets or carries numbers.

Facts come from `rules` (market conditions, deposits, commission rates), never retyped here,
so an answer cannot drift from what eligibility, the ticket and the commission summary use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from bot.answers import facts
from bot.answers.knowledge import Section, sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.parts import (
    amounts_in_parts,
    amounts_per_market,
    asks_combined_or_separate,
    names_price_basis,
    received_amounts_only,
)
from bot.answers.text import (
    money_mentions,
    normalize,
    wan,
    yuan,
)
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules import commission as commission_rules
from rules.deposit import (
    DEPOSIT_PER_MARKET,
    PAYMENT_PATH,
    amount_in_capitals,
    deposit_for,
    deposit_for_market,
    deposits_unlike_default,
)
from rules.markets import MARKET_IDS, SUPPORT_LEVELS, Condition, Market, get_market
from rules.markets import market_label as _market_name
from rules.ticket import (
    FIELD_LABELS_ZH,
    FIRST_LINE_TEMPLATE,
    TICKET_FIELDS,
    TICKET_PATH,
    ticket_first_line,
)

# The zone the commission policy counts months in (SPEC decision 9).
CHINA_TZ = ZoneInfo("Asia/Shanghai")
CAPITAL_KEY = "registered_capital"
LICENSE_KEY = "license_date"
TEAM_KEYS = ("team_size", "employees")
EXPERIENCE_KEY = "experience_years"
SUPPORT_KEYS = ("aftersales_support", "online_cs")
PROOF_KEY = "social_insurance_proof"
# The kinds of condition, each with the keys that carry it, named so a reply can say plainly
# that a market sets no condition of that kind ("指南对零售通市场没有社保证明要求"). Team size
# (20 tech + CS staff, or 零售通's 4 employees) is one kind; the 社保 statement is another;
# after-sales technical service and online customer service are two (SPEC decisions 3, 4).
CONDITION_KINDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    ((CAPITAL_KEY,), "注册资金", "registered-capital"),
    ((LICENSE_KEY,), "营业执照年限", "business-licence-age"),
    (TEAM_KEYS, "团队人数", "team-size"),
    ((PROOF_KEY,), "社保证明（公司社保个人月缴费信息情况表）", "social-insurance-statement"),
    ((EXPERIENCE_KEY,), "服务经验", "service-experience"),
    (("aftersales_support",), "售后技术服务", "after-sales technical service"),
    (("online_cs",), "客服在线服务", "online customer service"),
    (("acp_engineers",), "阿里云认证工程师（ACP）", "ACP-certified-engineer"),
    (("dingtalk_ops",), "专人对接运营及开通钉钉", "operations-contact and DingTalk"),
    (("customer_cases",), "知名客户案例", "customer-case"),
    (("alibaba_1688_member",), "阿里巴巴中国站会员", "Alibaba.com China (1688) membership"),
    (("industry",), "行业范围", "industry"),
    (("ecs_image",), "ECS镜像交付", "ECS-image delivery"),
    (("good_credit",), "信用记录", "credit-record"),
    (("documents_ready",), "证件原件扫描件", "document-scan"),
    (("ecosystem_certified",), "生态体系资质评估和认证", "ecosystem-certification"),
    (("api_integration",), "接口开发能力", "API-integration"),
    (("joint_solution",), "联合解决方案或SaaS化上云改造", "joint-solution"),
    (("built_on_aliyun",), "以阿里云产品为依托", "built-on-Alibaba-Cloud"),
    (("mature_product",), "成熟、稳定的产品", "mature-product"),
    (("marketing_capability",), "营销策划能力", "marketing-capability"),
    (("bigdata_offering",), "大数据服务", "big-data-offering"),
    (("enterprise_offering",), "企业软件及SaaS服务", "enterprise-software"),
    (("agreements_accepted",), "接受协议及管理规范", "agreement-acceptance"),
    (("legal_entity",), "公司资质", "company-qualification"),
)


# The two kinds of support the guide keeps apart (SPEC decision 3), as a reply names them.
SUPPORT_KIND_LABELS: dict[str, tuple[str, str]] = {
    "aftersales_support": ("售后技术服务", "after-sales technical service"),
    "online_cs": ("客服在线服务", "online customer service"),
}


def support_verdict(
    condition: Condition, level: str, kind: str | None, lang: Lang
) -> tuple[bool | None, str]:
    """A stated support level against one support condition: (passed, verdict text). None
    when the vendor named the other kind of service, or no kind: the condition names one and
    the other does not count for it."""
    required_zh, required_en = SUPPORT_KIND_LABELS[condition.key]
    short = SUPPORT_LEVEL_ORDER[level] < SUPPORT_LEVEL_ORDER[str(condition.threshold)]
    if kind is None and short:
        # Too short whichever kind of service it is: the vendor has at most that level.
        if lang == "en":
            return False, f"{level} does NOT meet it, whichever kind of service it is"
        return False, f"{level}不满足（不论是哪一种服务都达不到）"
    if kind is None:
        if lang == "en":
            return None, (
                f"unclear: you did not say which kind of service your {level} is; this condition"
                f" asks for {required_en}"
            )
        return None, f"无法判断：您没有说明{level}是哪一种服务，这一条要求的是{required_zh}"
    if kind != condition.key:
        stated_zh, stated_en = SUPPORT_KIND_LABELS[kind]
        if lang == "en":
            text = (
                f"not shown: this condition asks for {required_en}; {stated_en} does not count"
                " for it"
            )
            return None, text + (f", and {level} would be too short anyway" if short else "")
        text = f"无法据此判断：这一条要求的是{required_zh}，{stated_zh}不能算作{required_zh}"
        return None, text + (f"（而且{level}也达不到要求）" if short else "")
    if lang == "en":
        return not short, f"{level} does NOT meet it" if short else f"{level} meets it"
    return not short, f"{level}不满足" if short else f"{level}满足"


def no_condition_text(market_id: str, keys: tuple[str, ...], lang: Lang) -> str | None:
    """ "指南对数据智能市场没有注册资金要求": said when the market sets no condition of the
    first kind `keys` belong to; None when it does, or when the kind has no name."""
    market = get_market(market_id)
    for kind_keys, label_zh, label_en in CONDITION_KINDS:
        if not set(keys) & set(kind_keys):
            continue
        if any(condition.key in kind_keys for condition in market.conditions):
            return None
        return _no_kind_text(market, label_zh, label_en, lang)
    return None


def missing_kinds_text(market_id: str, keys: tuple[str, ...], lang: Lang) -> list[str]:
    """Every kind of condition among `keys` that the market does not set, said plainly:
    "零售通需要社保证明吗" → ["指南对零售通市场没有社保证明（…）要求"]."""
    market = get_market(market_id)
    return [
        _no_kind_text(market, label_zh, label_en, lang)
        for kind_keys, label_zh, label_en in CONDITION_KINDS
        if set(keys) & set(kind_keys)
        and not any(condition.key in kind_keys for condition in market.conditions)
    ]


def _no_kind_text(market: Market, label_zh: str, label_en: str, lang: Lang) -> str:
    name = _market_name(market, lang)
    if lang == "en":
        return f"the guide sets no {label_en} requirement for {name}"
    return f"指南对{name}没有{label_zh}要求"


def _section(key: str) -> Section:
    return sections()[key]


def _money(amount: Decimal | int, lang: Lang) -> str:
    """Both ways the guide and people write money: 60万元（600,000元） / 600,000 yuan."""
    value = Decimal(amount)
    if lang == "en":
        return f"{yuan(value)} yuan"
    if value and value % 1000 == 0:
        return f"{wan(value)}元（{yuan(value)}元）"
    return f"{yuan(value)}元"


def _percent(rate: Decimal) -> str:
    return commission_rules.format_percent(rate)


# --- deposit -----------------------------------------------------------------------------


def deposit_answer(market_ids: list[str], lang: Lang) -> Answer:
    ids = list(dict.fromkeys(market_ids))
    total = deposit_for(ids)
    parts = [f"{_market_name(get_market(m), lang)} {yuan(deposit_for_market(m))}" for m in ids]
    if len(ids) > 3:
        # Eleven "XX市场 30,000" would not fit a chat message: count the 30,000 ones instead.
        special = deposits_unlike_default()
        plain = [m for m in ids if m not in special]
        parts = [f"{len(plain)} × {yuan(DEPOSIT_PER_MARKET)}"] if plain else []
        parts += [
            f"{_market_name(get_market(m), lang)} {yuan(deposit_for_market(m))}"
            for m in ids
            if m in special
        ]
    capitals = amount_in_capitals(total)
    if lang == "en":
        names = " + ".join(_market_name(get_market(m), lang) for m in ids)
        body = f"Deposit for {names}: {yuan(total)} yuan (CNY, {capitals}) in total"
        body += f" — {' + '.join(parts)}." if len(ids) > 1 else "."
        body += (
            f" {_deposit_each(lang)}; several markets add up."
            f" Pay after approval at user center > {' > '.join(PAYMENT_PATH[1:])}, then"
            f" write 入驻云市场已缴纳保证金{capitals}元，请转财务 in the finance ticket."
            " Refunded after the cooperation ends if no rules were broken."
        )
    else:
        names = "、".join(_market_name(get_market(m), lang) for m in ids)
        body = f"入驻{names}需缴纳保证金共 {_money(total, lang)}，大写{capitals}元"
        body += f"：{' + '.join(p + '元' for p in parts)}。" if len(ids) > 1 else "。"
        body += (
            f"{_deposit_each(lang)}，多个类目累计计算。"
            f"通过审核后在 {' > '.join(PAYMENT_PATH)} 缴纳，"
            f"工单问题描述写“入驻云市场已缴纳保证金{capitals}元，请转财务”。合作终止且未违规可退回。"
        )
    return Answer(
        text=with_source(body, source_line(_section("deposit"), _deposit_sub(lang), lang), lang),
        lang=lang,
        confident=True,
        topic="computed.deposit",
        source=source_line(_section("deposit"), _deposit_sub(lang), lang),
        suggestions=[],
    )


def _short(market_id: str) -> str:
    return get_market(market_id).short_name


def _deposit_each(lang: Lang, short: bool = False) -> str:
    """What each market costs, from rules/data: 零售通市场每个 50,000 元（5万），其他市场每个类目
    30,000 元（3万） / Each market costs 30,000 yuan, Retail Link (零售通) 50,000."""
    special = deposits_unlike_default()
    default = DEPOSIT_PER_MARKET
    if lang == "en":
        labels = {m: facts.short_label(get_market(m), "en") for m in special}
        if not short:
            named = [f"{labels[m]} {yuan(amount)}" for m, amount in special.items()]
            return ", ".join([f"Each market costs {yuan(default)} yuan", *named])
        if not special:
            return f"Every market costs {yuan(default)}"
        costs = ", ".join(f"{labels[m]} costs {yuan(amount)}" for m, amount in special.items())
        return f"{costs}, every other market {yuan(default)}"
    if short:
        parts = [f"{_short(m)}每个 {yuan(a)} 元" for m, a in special.items()]
        return "，".join([*parts, f"其他市场每个类目 {yuan(default)} 元"])
    parts = [f"{get_market(m).name}每个 {yuan(a)} 元（{wan(a)}）" for m, a in special.items()]
    return "，".join([*parts, f"其他市场每个类目 {yuan(default)} 元（{wan(default)}）"])


def _unknown_special(named: list[str], excluded: list[str] | None) -> list[str]:
    """Markets with their own deposit (零售通) the vendor has neither named nor left out."""
    return [m for m in deposits_unlike_default() if m not in named and m not in (excluded or [])]


def _english_or(market_ids: list[str]) -> str:
    labels = [facts.short_label(get_market(m), "en") for m in market_ids]
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} or {labels[-1]}"


def _special_counts(market_ids: list[str], lang: Lang) -> str:
    """零售通每个按 50,000 元计 / Retail Link counts 50,000."""
    if lang == "en":
        return ", ".join(
            f"{facts.english_label(get_market(m))} counts {yuan(deposit_for_market(m))}"
            for m in market_ids
        )
    return "，".join(f"{_short(m)}每个按 {yuan(deposit_for_market(m))} 元计" for m in market_ids)


def _deposit_sub(lang: Lang) -> str:
    return "Deposit rules" if lang == "en" else "服务商保证金规则"


def deposit_count_answer(
    count: int, lang: Lang, named: list[str] | None = None, excluded: list[str] | None = None
) -> Answer:
    """The deposit for `count` markets, of which `named` are known and `excluded` are said not
    to be among them. Exact when it is known whether 零售通 (50,000) is one of them."""
    named = list(dict.fromkeys(named or []))[:count]
    per_market = DEPOSIT_PER_MARKET
    unnamed = count - len(named)
    total = _count_total(count, named)
    capitals = amount_in_capitals(total)
    retail_known = _retail_known(named, excluded)
    if lang == "en":
        parts = [
            f"{_market_name(get_market(m), lang)} {yuan(deposit_for_market(m))}" for m in named
        ]
        if unnamed:
            parts.append(f"{unnamed} × {yuan(per_market)}")
        body = f"{count} markets: {' + '.join(parts)} = {yuan(total)} yuan ({capitals})"
        if retail_known:
            body += f". {_deposit_each(lang, short=True)}; deposits add up per market."
        else:
            unknown = _unknown_special(named, excluded)
            body += (
                f" if {_english_or(unknown)} {'is' if len(unknown) == 1 else 'are'} not among"
                f" them; {_special_counts(unknown, lang)} instead of {yuan(per_market)}."
                f" Deposits add up per market (e.g. {facts.deposit_example('en').split(' (')[0]})."
                " Tell me the market names for the exact sum."
            )
    else:
        parts = [f"{get_market(m).name} {yuan(deposit_for_market(m))}" for m in named]
        if unnamed:
            parts.append(f"{unnamed} × {yuan(per_market)}")
        body = f"入驻 {count} 个市场类目：{' + '.join(parts)} = {_money(total, lang)}（大写{capitals}元）"
        if retail_known:
            body += f"。{_deposit_each(lang, short=True)}，保证金按类目累计计算。"
        else:
            unknown = _unknown_special(named, excluded)
            body += (
                f"，前提是其中没有{'、'.join(_short(m) for m in unknown)}；"
                f"{_special_counts(unknown, lang)}。"
                f"保证金按类目累计计算（例如 API 市场 + 服务市场 = {yuan(deposit_for(['api', 'service']))} 元）。"
                "告诉我具体市场名称，我可以算出准确金额。"
            )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


# "We already joined API and Data Intelligence; now we add Security": markets joined before.
_ALREADY = lazy_compile(
    r"已经|已入|已有|之前|以前|去年|早就|入了|进了|交过|\b(already|previously|last year|before"
    r"|have joined|we joined|we're in|we are in|paid for)\b"
)
_CLAUSE = lazy_compile(r"[,，。;；!！?？]|\.(?!\d)|\bnow\b|现在|这次|再|还想|新增|\bbut\b")


def deposit_added_answer(question: str, market_ids: list[str], lang: Lang) -> Answer | None:
    """The deposit for the markets added now, then the total with the ones joined before;
    None unless the question names both kinds."""
    from bot.answers.names import markets_in_question

    before: list[str] = []
    for clause in _CLAUSE.split(normalize(question)):
        if clause and _ALREADY.search(clause):
            before.extend(m for m in markets_in_question(clause) if m in market_ids)
    before = list(dict.fromkeys(before))
    added = [m for m in market_ids if m not in before]
    if not before or not added:
        return None
    body = t(
        "answers_deposit_added",
        lang,
        added=_names_listed(added, lang),
        added_amount=yuan(deposit_for(added)),
        before=_names_listed(before, lang),
        before_amount=yuan(deposit_for(before)),
        total=yuan(deposit_for(before + added)),
        capitals=amount_in_capitals(deposit_for(before + added)),
        each=_deposit_each(lang, short=True),
    )
    source = source_line(_section("deposit"), _deposit_sub(lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.deposit", source, [])


def _names_listed(market_ids: list[str], lang: Lang) -> str:
    return facts.join_names([_market_name(get_market(m), lang) for m in market_ids], lang)


# --- commission --------------------------------------------------------------------------

_DISTRIBUTION_WORDS = ("分销", "distribution", "distributor", "reseller", "代销")
_NEGATED_DISTRIBUTION = lazy_compile(
    r"(没有|没|无|不含|不是|非)\s*(任何)?\s*(分销|代销)"
    r"|\b(no|without|none|zero|non-?)\b[a-z\s]{0,16}?(distribution|reseller)"
)
_ALL_DISTRIBUTION = lazy_compile(
    r"(?<![不非])(全|都|全部|全都|统统|100%)\s*(是|为|属于|来自|走)?\s*(的)?\s*(分销|代销)"
    r"|(分销|代销)\s*(占)?\s*(全部|100%)"
    r"|(?<![a-z0-9])(all|entirely|fully|only|100%|100 percent)(?![a-z])[a-z\s]{0,20}?"
    r"(distribution|reseller|distributor)"
)
_MONTH = lazy_compile(r"(20\d\d)\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月)?")


def _split_distribution(question: str) -> tuple[Decimal, Decimal] | None:
    """(total, distribution) from the amounts in the question. An amount counts as the
    distribution part when a distribution word sits right before or after it."""
    converted, mentions = money_mentions(question)
    if not mentions:
        return None
    if len(mentions) == 1 and _ALL_DISTRIBUTION.search(converted):
        # "30万全是分销的单": the one amount is both the total and its distribution part.
        return mentions[0].value, mentions[0].value

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
    return others[0], distribution or Decimal(0)


# "这个月", "上个月", "this month": a month named by its place relative to today.
_THIS_MONTH = lazy_compile(
    r"这个月|这月|本月|现在|目前|当前|\b(this|current) month\b|\bnow\b|\bcurrently\b"
)
_LAST_MONTH = lazy_compile(r"上个月|上月|\b(last|previous) month\b")
MonthNaming = Literal["named", "this", "last", "none"]


def today_in_china() -> date:
    """Today in Asia/Shanghai, the zone commission months are counted in (SPEC decision 9)."""
    return datetime.now(CHINA_TZ).date()


def settlement_month(question: str, today: date) -> tuple[date | None, MonthNaming]:
    """The first day of the month the question asks about and how it was named: a year and
    month ("2020年10月"), this month or last month (counted from `today`); (None, "none")
    when it names no month."""
    norm = normalize(question)
    match = _MONTH.search(norm)
    if match and 1 <= int(match.group(2)) <= 12:
        return date(int(match.group(1)), int(match.group(2)), 1), "named"
    if _LAST_MONTH.search(norm):
        previous = today.replace(day=1) - timedelta(days=1)
        return previous.replace(day=1), "last"
    if _THIS_MONTH.search(norm):
        return today.replace(day=1), "this"
    return None, "none"


def _covering_date(month: date) -> date | None:
    """A day of `month` some policy period covers (the period may start mid-month, as the
    guide's does on 2016-11-17); None when no period covers any day of it."""
    month_end = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    for period in commission_rules.default_policy().periods:
        if period.valid_from <= month_end and period.valid_to >= month:
            return max(month, period.valid_from)
    return None


def month_is_covered(month: date) -> bool:
    """Whether some policy period covers a day of `month`."""
    return _covering_date(month) is not None


def _day_zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _policy_span(lang: Lang) -> str:
    periods = commission_rules.default_policy().periods
    first, last = periods[0].valid_from, periods[-1].valid_to
    if lang == "en":
        return f"{first} to {last}"
    return f"{_day_zh(first)}至{_day_zh(last)}"


def policy_ended(today: date) -> bool:
    """Whether every configured policy period (the guide's runs to 2021-03-31) is over."""
    return commission_rules.default_policy().periods[-1].valid_to < today


def guide_rates_lead(today: date, lang: Lang) -> str:
    """The sentence said first wherever the guide's rates are given without a month they
    apply to: whose rates they are and, once the period is over, that it is over and the guide
    says nothing of what follows."""
    last = commission_rules.default_policy().periods[-1].valid_to
    if not policy_ended(today):
        if lang == "en":
            return f"Rates of the guide's commission policy period ({_policy_span(lang)})."
        return f"以下是指南佣金优惠政策期间（{_policy_span(lang)}）的费率。"
    if lang == "en":
        return (
            f"These are the rates of the guide's commission policy period ({_policy_span(lang)}),"
            f" which ended on {last}; the guide does not say what applies after that"
            ' (reply "human" to ask our staff).'
        )
    return (
        f"以下是指南佣金优惠政策期间（{_policy_span(lang)}）的费率，该期间已于{_day_zh(last)}结束；"
        "指南没有说明之后适用什么费率（可回复“转人工”询问工作人员）。"
    )


def _month_label(month: date, naming: MonthNaming, lang: Lang, short: bool = False) -> str:
    """ "本月（2026年11月）" the first time, "本月" after; a named month is its year and month."""
    if lang == "en":
        shown = f"{month.year}-{month.month:02d}"
        words = {"this": "this month", "last": "last month"}.get(naming)
    else:
        shown = f"{month.year}年{month.month}月"
        words = {"this": "本月", "last": "上个月"}.get(naming)
    if words is None:
        return shown
    if short:
        return words
    return f"{words} ({shown})" if lang == "en" else f"{words}（{shown}）"


def outside_period_text(month: date, naming: MonthNaming, lang: Lang) -> str:
    """A month no policy period covers: said plainly, never computed as if it were covered."""
    label = _month_label(month, naming, lang)
    again = _month_label(month, naming, lang, short=True)
    last = commission_rules.default_policy().periods[-1].valid_to
    if lang == "en":
        return (
            f"{label[0].upper()}{label[1:]} is outside the guide's commission policy, which ran"
            f" {_policy_span(lang)} and has ended; the guide does not say what applies after"
            f" that, so I cannot compute {again}'s commission."
            ' Reply "human" to pass the question to our staff.'
        )
    return (
        f"{label}不在指南的佣金政策期间内：指南中的优惠政策期间为{_policy_span(lang)}，"
        f"已于{_day_zh(last)}结束；指南没有说明之后适用什么费率，无法计算{again}的佣金。"
        "回复“转人工”，我把问题转给工作人员。"
    )


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
    # "自营30万、分销8万": two parts and no total, the tier from their sum (bot/answers/parts.py).
    amounts = amounts_in_parts(question) or _split_distribution(question)
    if amounts is None:
        return None
    total, distribution = amounts
    source = source_line(_section("commission"), None, lang)
    today = today or today_in_china()
    month, naming = settlement_month(month_text or question, today)
    covered = _covering_date(month) if month is not None else None
    latest = commission_rules.default_policy().periods[-1].valid_to
    if month is not None and covered is None:
        lead = outside_period_text(month, naming, lang)
        if naming == "named":
            # SPEC 9: an order outside every period is an error, not a guess.
            return Answer(
                with_source(lead, source, lang), lang, True, "computed.commission", source, []
            )
        label = _month_label(month, naming, lang, short=True)
        lead += (
            f"\nFor reference only — the guide's rates, not {label}'s commission:\n"
            if lang == "en"
            else f"\n仅供参考——按指南政策期间的费率（不是{label}的实际佣金）：\n"
        )
        on = latest
    elif month is None:
        lead = guide_rates_lead(today, lang) + "\n"
        on = latest
    else:
        lead = ""
        on = covered or latest
    if market_id is None:
        tier = commission_rules.tier_for(total, on)
        label = commission_rules.default_policy().period_on(on).tiers[tier - 1]
        if lang == "en":
            body = (
                f"A month's settled cash total of {yuan(total)} yuan in one category is tier {tier}"
                f" ({label.label_en}). Tell me the market (e.g. website, services) and I will"
                " compute the commission, pre-charge and refund."
            )
        else:
            body = (
                f"单个类目当月应结算实收现金总额 {_money(total, lang)} 属于第{tier}档"
                f"（{label.label_zh}）。告诉我是哪个市场（如建站市场、服务市场），我可以算出佣金、"
                "预收和返还金额。"
            )
        return Answer(
            with_source(lead + body, source, lang), lang, True, "computed.tier", source, []
        )
    try:
        result = commission_rules.compute(market_id, total, distribution, on)
    except commission_rules.CommissionInputError as exc:
        message = exc.en if lang == "en" else exc.zh  # type: ignore[attr-defined]
        body = (
            f"I could not compute that: {message}. Give the month's total and the distribution part."
            if lang == "en"
            else f"无法计算：{message}。请给出当月总额和其中分销的金额。"
        )
        return Answer(
            with_source(body, source, lang), lang, False, "computed.commission", source, []
        )
    market = get_market(market_id)
    name = _market_name(market, lang)
    if result.status == "no_rate":
        if lang == "en":
            body = lead + (
                f"{name} has no rate in the commission policy table ({facts.no_rate_markets(lang)}"
                " are not listed), so I cannot compute a commission — it is not 0%."
                f" Commissionable amount would be {yuan(result.commissionable)} yuan (total minus"
                ' distribution). Reply "human" and staff will confirm.'
            )
        else:
            body = lead + (
                f"{name}不在佣金政策的费率表中（{facts.no_rate_markets(lang)}未列出），政策没有给出费率，"
                f"无法计算（并不等于0%）。可计佣金额为 {_money(result.commissionable, lang)}（总额减分销）。"
                "可回复“转人工”由工作人员确认。"
            )
        return Answer(
            with_source(body, source, lang), lang, True, "computed.commission", source, []
        )
    assert result.rate is not None and result.tier1_rate is not None  # status "ok"
    assert result.precharged is not None and result.commission is not None
    assert result.refund is not None
    if result.commissionable == 0:
        # All of it distribution: say the outcome first, the breakdown below shows why.
        lead += (
            "All of it is distribution, which pays no commission: commission 0 yuan.\n"
            if lang == "en"
            else "全部是分销订单，分销不参与平台抽佣：不需要交佣金（0元）。\n"
        )
    if lang == "en":
        body = lead + (
            f"{name} (rate table: {result.table_name}), month total {yuan(total)} yuan"
            f" (distribution {yuan(distribution)}):\n"
            f"• Tier {result.tier} ({result.tier_label_en}), rate {_percent(result.rate)}\n"
            f"• Commissionable: {yuan(result.commissionable)} yuan (distribution pays none)\n"
            f"• Pre-charged at tier 1 ({_percent(result.tier1_rate)}): {yuan(result.precharged)} yuan\n"
            f"• Commission: {yuan(result.commissionable)} × {_percent(result.rate)} ="
            f" {yuan(result.commission)} yuan\n"
            f"• Refunded early next month: {yuan(result.refund)} yuan"
        )
    else:
        body = lead + (
            f"{name}（费率表：{result.table_name}）当月应结算实收现金总额 {_money(total, lang)}"
            f"（其中分销 {_money(distribution, lang)}）：\n"
            f"• 档位：第{result.tier}档（{result.tier_label_zh}），费率 {_percent(result.rate)}\n"
            f"• 可计佣金额：{_money(result.commissionable, lang)}（分销订单不抽佣）\n"
            f"• 当月先按第1档 {_percent(result.tier1_rate)} 预收：{_money(result.precharged, lang)}\n"
            f"• 实际佣金：{yuan(result.commissionable)} × {_percent(result.rate)} ="
            f" {_money(result.commission, lang)}\n"
            f"• 次月初返还：{_money(result.refund, lang)}"
        )
    return Answer(with_source(body, source, lang), lang, True, "computed.commission", source, [])


def _without_source(answer: Answer) -> str:
    return answer.text.rsplit("\n", 1)[0] if answer.source else answer.text


def commission_for_question(
    question: str, markets: list[str], lang: Lang, today: date | None = None
) -> Answer | None:
    """Commission for a question with amounts: per category when each named market has its
    own amount (each category is tiered on its own month, seed §4 item 2), on the cash received
    when a list price is set against it, else the one market's (or no market's) month."""
    per_market = amounts_per_market(question, markets)
    if per_market:
        replies = [
            commission_answer(clause, market_id, lang, today, month_text=question)
            for market_id, clause in per_market
        ]
        if any(reply is None for reply in replies):
            return None
        bodies = [_without_source(reply) for reply in replies if reply is not None]
        first_lines = bodies[0].split("\n")
        for index in range(1, len(bodies)):
            lines = bodies[index].split("\n")
            while lines and lines[0] in first_lines[:-1] and not lines[0].startswith("•"):
                lines.pop(0)
            bodies[index] = "\n".join(lines)
        body = t("answers_per_category_head", lang) + "\n" + "\n".join(bodies)
        source = source_line(_section("commission"), None, lang)
        return Answer(
            with_source(body, source, lang), lang, True, "computed.commission", source, []
        )
    market_id = markets[0] if markets else None
    received = received_amounts_only(question)
    if received is not None:
        result = commission_answer(received, market_id, lang, today, month_text=question)
        if result is not None:
            result.text = t("answers_received_basis", lang) + "\n" + result.text
        return result
    return commission_answer(question, market_id, lang, today)


def commission_basis_answer(question: str, markets: list[str], lang: Lang) -> Answer | None:
    """With no amounts: "按标价还是实收算" → the cash received; "档位分类目还是合起来算" →
    each category on its own."""
    norm = normalize(question)
    source = source_line(_section("commission"), None, lang)
    if names_price_basis(question):
        body = t("answers_received_basis", lang)
    elif asks_combined_or_separate(question) and (len(markets) > 1 or _CATEGORY_WORDS.search(norm)):
        body = t("answers_per_category_head", lang)
    else:
        return None
    return Answer(with_source(body, source, lang), lang, True, "computed.commission", source, [])


_CATEGORY_WORDS = lazy_compile(r"类目|市场|集市|\b(categor(y|ies)|markets?)\b")


def rate_answer(market_id: str, lang: Lang, today: date | None = None) -> Answer:
    """A market's commission rates per tier (or that the policy has none for it), led by
    whose rates they are and whether that period is over."""
    period = commission_rules.default_policy().periods[-1]
    market = get_market(market_id)
    name = _market_name(market, lang)
    row = period.row_for(market_id)
    source = source_line(
        _section("commission"),
        "Rates per category" if lang == "en" else "分类目服务费阶梯比例",
        lang,
    )
    if row is None:
        body = (
            f"{name} is not in the commission rate table: the policy gives no rate for it (not 0%)."
            ' Reply "human" and staff will confirm.'
            if lang == "en"
            else f"{name}不在佣金费率表中：政策没有给出它的费率（并不等于0%）。可回复“转人工”由工作人员确认。"
        )
    else:
        lead = guide_rates_lead(today or today_in_china(), lang)
        rates = [_percent(row.rate(tier.tier)) for tier in period.tiers]
        if lang == "en":
            tiers = "; ".join(
                f"tier {tier.tier} ({tier.label_en}): {rate}"
                for tier, rate in zip(period.tiers, rates, strict=True)
            )
            body = (
                f"{lead}\n{name} (rate table: {row.table_name}) commission by the month's settled"
                f" cash total in the category: {tiers}. Distribution orders pay none but count for"
                " the tier; tier 1 is pre-charged and the difference refunded next month."
            )
        else:
            tiers = "；".join(
                f"第{tier.tier}档（{tier.label_zh}）{rate}"
                for tier, rate in zip(period.tiers, rates, strict=True)
            )
            body = (
                f"{lead}\n{name}（费率表：{row.table_name}）按当月该类目应结算实收现金总额分档收取平台服务费：{tiers}。"
                "分销订单不抽佣但计入档位；当月先按第1档预收，次月初核算后返还多收部分。"
            )
    return Answer(with_source(body, source, lang), lang, True, "computed.rate", source, [])


# --- conditions --------------------------------------------------------------------------


def _market_source(market: Market, lang: Lang) -> str:
    return source_line(_section("conditions"), _market_name(market, lang), lang)


def _condition_line(condition: Condition, lang: Lang) -> str:
    return condition.summary_en if lang == "en" else condition.summary_zh


def conditions_answer(
    market_id: str, lang: Lang, keys: tuple[str, ...] = (), asked: tuple[str, ...] = ()
) -> Answer:
    """All of a market's entry conditions, or only those about `keys` (team size, capital…).
    `asked`: the keys the question names in particular (社保证明, 售后); a kind of them the
    market does not set is said first ("指南对零售通市场没有社保证明…要求"), then what the
    market does ask on the topic."""
    market = get_market(market_id)
    name = _market_name(market, lang)
    chosen = [c for c in market.conditions if not keys or c.key in keys]
    source = _market_source(market, lang)
    if keys and not chosen:
        full = conditions_answer(market_id, lang)
        named = no_condition_text(market_id, keys, lang)
        if named:
            lead = f"{named[0].upper()}{named[1:]}. " if lang == "en" else f"{named}。"
        else:
            lead = (
                f"The guide sets no condition on that for {name}. "
                if lang == "en"
                else f"指南中{name}对这一项没有要求。"
            )
        full.text = with_source(lead + full.text[: full.text.rfind("\n")], source, lang)
        return full
    if keys:
        quotes = list(dict.fromkeys(c.seed_text for c in chosen))
        lines = ("; " if lang == "en" else "；").join(_condition_line(c, lang) for c in chosen)
        missing = missing_kinds_text(market_id, asked, lang)
        if lang == "en":
            lead = "".join(f"{text[0].upper()}{text[1:]}. " for text in missing)
            what = "What it does ask: " if missing else f"{name}: "
            body = f"{lead}{what}{lines}. Guide: {' '.join(quotes)}"
        else:
            lead = "".join(f"{text}。" for text in missing)
            what = f"{name}在这方面要求的是：" if missing else f"{name}要求："
            body = f"{lead}{what}{lines}。原文：{''.join(quotes)}"
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
            notes = (
                "\nNote (not a condition): " if lang == "en" else "\n说明（不是条件）："
            ) + " ".join(market.notes)
        if lang == "en":
            body = f"Entry conditions for {name} ({market.name}):\n" + "\n".join(lines_list) + notes
            body += f"\nDeposit: {yuan(deposit_for_market(market_id))} yuan."
        else:
            body = f"{name}入驻条件：\n" + "\n".join(lines_list) + notes
            body += f"\n保证金：{_money(deposit_for_market(market_id), lang)}。"
    return Answer(with_source(body, source, lang), lang, True, "computed.conditions", source, [])


def note_answer(noted: list[str], asked: list[str], lang: Lang) -> Answer:
    """The guide's note beside the conditions of the `noted` markets (marketing tools need not
    be cloud-based), quoted, said to be a note and no condition (SPEC decision 6). When the
    vendor named other markets (`asked`), that the guide has no such note for them."""
    notes = list(dict.fromkeys(note for m in noted for note in get_market(m).notes))
    names = ("、" if lang == "zh" else ", ").join(_market_name(get_market(m), lang) for m in noted)
    others = [m for m in asked if m not in noted]
    quote = "".join(notes)
    if lang == "en":
        body = (
            f"The entry conditions of {names} carry this note: {quote} — marketing and promotion"
            " tools that are not cloud products need not be deployed or developed on the cloud"
            " (marketing software only). It is a note, not a condition; the market's other"
            " conditions still apply."
        )
        if others:
            listed = ", ".join(_market_name(get_market(m), lang) for m in others)
            body = f"The guide has no such note for {listed}. " + body
    else:
        body = (
            f"{names}的入驻条件中写明：“{quote}”——营销软件（非云产品的营销推广工具）无须基于云"
            "部署和开发。这是说明，不是入驻条件；其他入驻条件仍需满足。"
        )
        if others:
            listed = "、".join(_market_name(get_market(m), lang) for m in others)
            body = f"指南对{listed}没有这样的说明。" + body
    if len(noted) == 1 and not others:
        source = _market_source(get_market(noted[0]), lang)
    else:
        source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.note", source, [])


def scope_answer(market_id: str, lang: Lang) -> Answer:
    market = get_market(market_id)
    source = _market_source(market, lang)
    if lang == "en":
        body = (
            f"{market.name_en} ({market.name}) — in the guide's words: {market.description}"
            f'\nAsk "{market.name_en} conditions" for its entry conditions.'
        )
    else:
        body = f"{market.description}\n可以问“{market.name}入驻条件”查看入驻条件。"
    return Answer(with_source(body, source, lang), lang, True, "computed.scope", source, [])


_CHECKS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "min": lambda value, threshold: value >= threshold,
    "years_min": lambda value, threshold: value >= threshold,
    "more_than": lambda value, threshold: value > threshold,
    "years_more_than": lambda value, threshold: value > threshold,
}


def _format_value(key: str, value: Decimal, lang: Lang) -> str:
    if key == CAPITAL_KEY:
        return _money(value, lang)
    if key in TEAM_KEYS:
        return f"{int(value)} people" if lang == "en" else f"{int(value)}人"
    months = value * 12
    if value != value.to_integral_value() and months == months.to_integral_value():
        # 8 months reads better than 0.7 years, and is exact.
        return f"{int(months)} months" if lang == "en" else f"{int(months)}个月"
    shown = f"{value.quantize(Decimal('0.1')).normalize():f}"
    if lang == "en":
        return f"{shown} year" if shown == "1" else f"{shown} years"
    return f"{shown}年"


def threshold_answer(
    market_ids: list[str], keys: tuple[str, ...], value: Decimal, lang: Lang
) -> Answer | None:
    """Does `value` (capital, license age in years, headcount, experience years) meet each
    market's condition on `keys`? Markets that set no such condition are left out; with no
    market named, every market that has one is listed."""
    return thresholds_answer(market_ids, [(keys, value)], lang)


def thresholds_answer(
    market_ids: list[str],
    facts: list[tuple[tuple[str, ...], Decimal]],
    lang: Lang,
    unjudged: tuple[str, ...] = (),
    support_level: str | None = None,
    support_kind: str | None = None,
    proof_keys: tuple[str, ...] = (),
) -> Answer | None:
    """Several stated facts at once ("资金150万 成立两年 员工3个"), each against the condition of
    each market on its keys, plus a stated support level; one verdict over all of them, "满足"
    only when every stated fact passes. `unjudged`: condition keys of topics the vendor spoke
    of without a number, listed so the verdict does not skip them. `proof_keys`: conditions
    naming what to provide ("团队20人要提供啥证明材料" → the 社保 statement), shown first so the
    proof asked for is never cut off by the verdict lines."""
    candidates = market_ids or list(MARKET_IDS)
    proof = _proof_text(candidates, proof_keys, lang)
    rows: list[tuple[Market, Condition, bool | None, str]] = []
    for keys, value in facts:
        for market_id in candidates:
            market = get_market(market_id)
            for condition in market.conditions:
                if condition.key in keys and condition.check in _CHECKS:
                    passed = _CHECKS[condition.check](value, condition.decimal_threshold)
                    rows.append(
                        (market, condition, passed, _format_value(condition.key, value, lang))
                    )
                    break
    # A stated fact, or a kind asked about, that a named market sets no condition on is said
    # so ("指南对数据智能市场没有注册资金要求"), never left out of the verdict.
    absent: list[tuple[Market, str]] = []
    for market_id in market_ids:
        asked = [(keys, _format_value(keys[0], value, lang)) for keys, value in facts]
        # The 社保 statement rides along with team size; its absence (零售通) is said only
        # when the vendor asks what proof to provide.
        asked += [((key,), "") for key in unjudged if key != PROOF_KEY or key in proof_keys]
        said: set[str] = set()
        for keys, shown in asked:
            text = no_condition_text(market_id, keys, lang)
            if text and text not in said:
                said.add(text)
                if shown:
                    text += (
                        f", so {shown} does not matter there"
                        if lang == "en"
                        else f"，{shown}不影响"
                    )
                absent.append((get_market(market_id), text))
    if not rows and not absent:
        return None
    for market_id in market_ids:
        market = get_market(market_id)
        for condition in market.conditions:
            if support_level and _is_support(condition):
                passed, _ = support_verdict(condition, support_level, support_kind, lang)
                rows.append((market, condition, passed, support_level))
            elif condition.key in unjudged and all(c is not condition for _, c, _, _ in rows):
                rows.append((market, condition, None, ""))
    if len(rows) > 3 and len(facts) == 1 and not market_ids:
        judged = [(m, c, bool(p)) for m, c, p, _ in rows]
        return _threshold_summary(judged, rows[0][3], lang, proof)
    lines = [
        f"• {text[0].upper()}{text[1:]}." if lang == "en" else f"• {text}。" for _, text in absent
    ]
    lines += [
        _threshold_line(market, condition, passed, shown, lang, support_kind)
        for market, condition, passed, shown in rows
    ]
    failed = sum(1 for _, _, passed, _ in rows if passed is False)
    open_rows = any(passed is None for _, _, passed, _ in rows)
    one_market = len({market.id for market, _, _, _ in rows} | {m.id for m, _ in absent}) == 1
    several = len(rows) > 1
    if lang == "en":
        if failed:
            head = (
                f"No: {failed} of the stated points does NOT meet the condition."
                if one_market
                else "Per market:"
            )
        elif open_rows:
            head = "The points you gave a number for are met; the others below need your figure."
        elif absent and not rows:
            head = "The guide sets no condition on this:"
        elif absent:
            head = "Met wherever the guide sets a condition; where it sets none, that is said."
        else:
            head = (
                ("Yes, on these points." if several else "Yes, on this point.")
                if one_market
                else "Per market:"
            )
        tail = "Other conditions must be met too — ask for the market's full conditions."
    else:
        if failed:
            head = f"不能：不满足，其中{failed}项没有达到要求。" if one_market else "按市场："
        elif open_rows:
            head = "给出数字的都满足；标“无法判断”的请告诉我具体情况。"
        elif absent and not rows:
            head = "指南对这一项没有要求：" if len(absent) == 1 else "指南对这几项没有要求："
        elif absent:
            head = "有要求的几项都满足；指南没有要求的已注明。"
        else:
            head = ("这几项都满足。" if several else "这一项满足。") if one_market else "按市场："
        part = "几项" if several else "一项"
        tail = f"这只是其中{part}，其他入驻条件也需满足，可以问“XX市场入驻条件”。"
    body = proof + head + "\n" + "\n".join(lines) + "\n" + tail
    if one_market:
        source = _market_source(rows[0][0] if rows else absent[0][0], lang)
    else:
        source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.threshold", source, [])


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
    if passed is None and shown_value and _is_support(condition):
        # A stated level of the other kind of service (or of no named kind).
        _, verdict = support_verdict(condition, shown_value, support_kind, lang)
        if lang == "en":
            return f"• {name}: needs {condition.summary_en} (guide: {condition.seed_text}) → {verdict}."
        return f"• {name}：要求{condition.summary_zh}（原文：{condition.seed_text}）→ {verdict}。"
    if passed is None:
        if lang == "en":
            return (
                f"• {name}: needs {condition.summary_en} (guide: {condition.seed_text})"
                " → no figure given, not judged."
            )
        return f"• {name}：要求{condition.summary_zh}（原文：{condition.seed_text}）→ 未给出具体数字，无法判断。"
    if condition.check == "support_min":
        rule_en, rule_zh = "none < 5x8 < 7x24", "无 < 5x8 < 7x24"
    elif condition.check in ("min", "years_min"):
        rule_en, rule_zh = "the number itself counts", "含本数"
    else:
        rule_en, rule_zh = "exactly the number is not enough", "不含本数，正好等于不算"
    if lang == "en":
        verdict = "meets" if passed else "does NOT meet"
        return (
            f"• {name}: needs {condition.summary_en} ({rule_en}; guide: {condition.seed_text})"
            f" → {shown_value} {verdict} it."
        )
    verdict = "满足" if passed else "不满足"
    return (
        f"• {name}：要求{condition.summary_zh}（{rule_zh}；原文：{condition.seed_text}）"
        f"→ {shown_value}{verdict}。"
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
    if lang == "en":
        assumption = "".join(
            [f" This assumes {_english_or(unknown)} is not among them"]
            + [
                f"; if {facts.short_label(get_market(m), 'en') if len(unknown) > 1 else 'it'} is,"
                f" the deposit is {yuan(amount)} yuan, written {amount_in_capitals(amount)}"
                for m, amount in with_special.items()
            ]
            + ["."]
            if unknown
            else []
        )
        body = (
            f"For {count} markets the deposit is {yuan(total)} yuan, written {capitals} in the"
            f" ticket ({_TICKET_PATH}).{assumption} Description:\n"
            f'{template}\nSay "draft ticket" and I will fill it in with you.'
        )
    else:
        assumption = (
            f"（前提是其中没有{'、'.join(_short(m) for m in unknown)}"
            + "".join(
                f"；如有{_short(m)}，保证金为 {_money(amount, lang)}，大写“{amount_in_capitals(amount)}”"
                for m, amount in with_special.items()
            )
            + "）"
            if unknown
            else ""
        )
        body = (
            f"入驻 {count} 个市场类目，保证金共 {_money(total, lang)}，工单（{_TICKET_PATH}）里金额用大写“{capitals}”{assumption}，问题描述：\n{template}\n"
            "说“生成工单”我可以帮您填好。"
        )
    return Answer(
        with_source(body, _ticket_source(lang), lang),
        lang,
        True,
        "computed.ticket",
        _ticket_source(lang),
        [],
    )


def _ticket_source(lang: Lang) -> str:
    return source_line(
        _section("process"), "Step 6, ticket" if lang == "en" else "6.提交工单", lang
    )


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
    if lang == "en":
        names = " + ".join(_market_name(get_market(m), lang) for m in ids)
        body = (
            f"For {names} the deposit is {yuan(total)} yuan, written {amount_in_capitals(total)}"
            f" in the ticket ({_TICKET_PATH}). Description:\n"
            f'{template}\nSay "draft ticket" and I will fill it in with you.'
        )
    else:
        names = "、".join(_market_name(get_market(m), lang) for m in ids)
        body = (
            f"{names}保证金共 {_money(total, lang)}，工单（{_TICKET_PATH}）"
            f"里金额用大写“{amount_in_capitals(total)}”，问题描述：\n{template}\n"
            "说“生成工单”我可以帮您填好。"
        )
    source = source_line(
        _section("process"), "Step 6, ticket" if lang == "en" else "6.提交工单", lang
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.ticket", source, [])


SUPPORT_LEVEL_ORDER = {level: rank for rank, level in enumerate(SUPPORT_LEVELS)}


def support_answer(
    market_ids: list[str], level: str, kind: str | None, lang: Lang
) -> Answer | None:
    """Does a stated support level (5x8 / 7x24) meet each market's support condition?
    `kind` is the condition key the vendor spoke of (售后 → aftersales_support, 在线客服 →
    online_cs) or None; the guide keeps the two apart (SPEC decision 3)."""
    rows: list[tuple[Market, Condition, bool | None, str]] = []
    for market_id in market_ids:
        market = get_market(market_id)
        for condition in market.conditions:
            if _is_support(condition):
                passed, verdict = support_verdict(condition, level, kind, lang)
                rows.append((market, condition, passed, verdict))
    if not rows:
        return None
    lines = []
    for market, condition, _, verdict in rows:
        name = _market_name(market, lang)
        if lang == "en":
            lines.append(
                f"• {name}: needs {condition.summary_en} (guide: {condition.seed_text}) → {verdict}."
            )
        else:
            lines.append(
                f"• {name}：要求{condition.summary_zh}（原文：{condition.seed_text}）→ {verdict}。"
            )
    failed = any(passed is False for _, _, passed, _ in rows)
    unclear = any(passed is None for _, _, passed, _ in rows)
    if lang == "en":
        head = "No." if failed else "Not certain." if unclear else "Yes, on this point."
        note = "Support levels rank none < 5x8 < 7x24: 7x24 also satisfies a 5x8 condition."
        if unclear:
            note += (
                " The guide keeps after-sales technical service (售后技术服务) and online customer"
                " service (客服在线服务) apart: tell me the hours of the kind the market asks for."
            )
    else:
        head = "不能。" if failed else "还不能确定。" if unclear else "这一项满足。"
        note = "服务时长按 无 < 5x8 < 7x24 比较：7x24 也满足 5x8 的要求。"
        if unclear:
            note += (
                "指南把售后技术服务和客服在线服务分开要求，请告诉我该市场要求的那一种服务的时段。"
            )
    body = head + "\n" + "\n".join(lines) + "\n" + note
    source = (
        _market_source(rows[0][0], lang)
        if len(market_ids) == 1
        else source_line(_section("conditions"), None, lang)
    )
    return Answer(with_source(body, source, lang), lang, True, "computed.support", source, [])


def support_choice_answer(market_ids: list[str], lang: Lang) -> Answer | None:
    """ "需要7x24还是5x8就够": the level each named market asks for, of its kind of service,
    with whether 5x8 is enough."""
    lines = []
    for market_id in market_ids:
        market = get_market(market_id)
        for condition in market.conditions:
            if not _is_support(condition):
                continue
            enough = str(condition.threshold) == "5x8"
            lines.append(
                t(
                    "answers_support_choice_enough" if enough else "answers_support_choice_more",
                    lang,
                    name=_market_name(market, lang),
                    summary=condition.summary_en if lang == "en" else condition.summary_zh,
                    quote=condition.seed_text,
                )
            )
    if not lines:
        return None
    body = "\n".join(lines) + "\n" + t("answers_support_choice_tail", lang)
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
        f"{summary} ({_markets_listed(ids, market_ids, lang)})"
        if lang == "en"
        else f"{summary}（{_markets_listed(ids, market_ids, lang)}）"
        for summary, ids in by_summary.items()
    ]
    if lang == "en":
        return "Proof to provide: " + "; ".join(parts) + ".\n"
    return "要提供的证明：" + "；".join(parts) + "。\n"


def _markets_listed(ids: list[str], among: list[str], lang: Lang) -> str:
    """Market names, or "every market except 零售通" when that is shorter, so the line leaves
    room for the verdict within the reply's length."""
    names = [_market_name(get_market(m), lang) for m in ids]
    left_out = [_market_name(get_market(m), lang) for m in among if m not in ids]
    if len(among) < len(MARKET_IDS) or len(left_out) >= len(ids):
        return (", " if lang == "en" else "、").join(names)
    if lang == "en":
        return f"every market except {', '.join(left_out)}" if left_out else "every market"
    return f"除{'、'.join(left_out)}外的所有市场" if left_out else "所有市场"


def _threshold_summary(
    rows: list[tuple[Market, Condition, bool]], shown_value: str, lang: Lang, proof: str = ""
) -> Answer:
    """Many markets at once (no market named): one line for those met, one for those not."""
    met = [(m, c) for m, c, passed in rows if passed]
    unmet = [(m, c) for m, c, passed in rows if not passed]
    sep = "; " if lang == "en" else "；"

    def listing(items: list[tuple[Market, Condition]]) -> str:
        if not items:
            return "none" if lang == "en" else "无"
        # Markets with the same rule share one entry: twelve English market names each with
        # its rule would not fit a reply.
        by_rule: dict[str, list[str]] = {}
        for market, condition in items:
            rule = condition.summary_en if lang == "en" else condition.summary_zh
            by_rule.setdefault(rule, []).append(_market_name(market, lang))
        return sep.join(
            f"{', '.join(names)} ({rule})" if lang == "en" else f"{'、'.join(names)}（{rule}）"
            for rule, names in by_rule.items()
        )

    listed = {market.id for market, _, _ in rows}
    others = [_market_name(get_market(i), lang) for i in MARKET_IDS if i not in listed]
    if lang == "en":
        body = proof + (
            f"With {shown_value}:\n✓ meets: {listing(met)}\n✗ does not meet: {listing(unmet)}\n"
            f"No such condition: {', '.join(others) or 'none'}.\n"
            "This is one condition only; ask for a market's full conditions."
        )
    else:
        body = proof + (
            f"按 {shown_value}：\n✓ 满足：{listing(met)}\n✗ 不满足：{listing(unmet)}\n"
            f"对这一项没有要求：{'、'.join(others) or '无'}。\n"
            "这只是其中一项条件，可以问“XX市场入驻条件”查看完整条件。"
        )
    source = source_line(_section("conditions"), None, lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.threshold", source, [])
