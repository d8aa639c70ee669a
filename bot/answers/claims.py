"""A figure the vendor heard or read, asked to be confirmed: "零售通保证金也是3万，对吧？", "建站第一档
是20%，对吗？", "Someone told me Retail Link needs at least 10 employees. Is that right?".

The answer to the topic (the deposit, the rate, the condition) comes from the usual routes; this
module only says first whether the claimed figure is the guide's: 对 / 不对, yes / no. The truth
is the rules' own data (rules/data: deposits, the rate table, the markets' thresholds), never a
number read back out of the reply. A claim this module cannot place (no market, no tier among
different rates, several figures) gets no verdict: the answer stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import (
    THE_OTHERS,
    _digits,  # the one converter of spelled-out numbers
    excluded_markets,
    headcount_mentioned,
    money_mentions,
    normalize,
    support_level_mentioned,
    years_mentioned,
    yuan,
)
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.commission import default_policy
from rules.deposit import deposit_for, other_page_row_costing
from rules.markets import MARKET_IDS, all_markets, get_market, market_label

# Asking whether what was said is so: 对吗, 对吧, 是这样吗, "is that right", "correct?".
_ASKS_CONFIRM = lazy_compile(
    r"(对吗|对吧|对不对|对么|是吗|是吧|是么|是这样吗|是这样吧|是真的吗|没错吧|没错吗|正确吗|准确吗|属实吗"
    r"|没记错吧|没记错吗|记错了吗|记得对吗|理解得?对吗|理解没错吧)"
    r"\s*[?？!！。.]*\s*$|吧\s*[?？]\s*$"
    # "也是3万吗", "第3档是5%？": a figure offered with 是 and a question mark.
    r"|是\s*[\d.,一二两三四五六七八九十百千万]+\s*(万元|万|元|块|%|年|个人|人|名)?\s*((吗|么|吧)\s*[?？]?|[?？])\s*$"
    # "入驻物联网市场是要交10万保证金吗", "要交5万押金吗": an amount to pay, asked to be so.
    r"|(是|就)?(要|得|需要)(交|缴|付)\s*[\d.,一二两三四五六七八九十百千万]+\s*(万元|万|元|块)?\s*的?"
    r"(保证金|押金)\s*(吗|么)\s*[?？]?\s*$"
    # "Is the IoT deposit 100,000?": a figure put as a yes-or-no question.
    r"|^\s*(is|are) (the |our |a )?[a-z0-9 '-]{0,40}\b(deposit|commission|rate|capital|fee)s?\b"
    r"[a-z0-9 '-]{0,20}\b\d[\d,.]*\s*(k|%|yuan|rmb|cny|percent)?\s*[?？]\s*$"
    # "Is the deposit 30,000 for the IoT market?": the market named after the figure.
    # ("Apart from Retail Link, is the deposit 30k for every other market?": a clause before it.)
    r"|(^|[,，]\s*)(is|are) (the |our |a )?[a-z0-9 '-]{0,40}\b(deposit|commission|rate|capital|fee)s?\b"
    r"[a-z0-9 '-]{0,20}\b\d[\d,.]*\s*(k|%|yuan|rmb|cny|percent)?\s+(for|in|on|at|per|each) [a-z0-9 '-]{0,40}[?？]\s*$"
    # "API和安全市场保证金一共3万吗": a total offered and asked to be so.
    r"|(一共|总共|合计|加起来|总计)\s*(是|要|交)?\s*[\d.,一二两三四五六七八九十百千万]+\s*(万元|万|元|块)?\s*(吗|么|吧)\s*[?？]?\s*$"
    # "是不是入驻一个市场保证金5万？", "佣金是不是按20%收？": 是不是 / 是否 asking a figure.
    r"|^\s*(请问)?(是不是|是否)|是不是(按|要|也|都|就)?\s*[\d.,一二两三四五六七八九十百千万]+"
    r"|\b(is (that|this|it) (right|correct|true|accurate|so)|am i right|isn't it|is that the case"
    r"|right|correct|true)\s*[?？]\s*$"
    # "I see a row '阿里通信物联网 ¥100,000'. Is that what the IoT market deposit costs us?"
    r"|\bis (that|this|it) (what|how much)\b[^?]{0,60}\b(deposit|commission|fee)s?\b[^?]{0,30}\b(costs?|is|are|takes?)\b"
    # "Is it true that Retail Link's deposit is 50,000?"
    r"|^\s*(is it (true|correct|right) that|is it the case that)\b"
)
_PERCENT = lazy_compile(r"(\d+(?:\.\d+)?)\s*[%％]|百分之([\d.]+)")
_TIER = lazy_compile(r"第\s*([123一二三])\s*档|\btier\s*([123])\b|\b(first|second|third) tier\b")
_TIER_NUMBER = {
    "1": 1,
    "2": 2,
    "3": 3,
    "一": 1,
    "二": 2,
    "三": 3,
    "first": 1,
    "second": 2,
    "third": 3,
}
_DEPOSIT = lazy_compile(r"保证金|押金|\b(deposit|deposits|margin)\b")
_CAPITAL = lazy_compile(r"注册资金|注册资本|资金|\b(registered capital|capital)\b")
_LICENSE = lazy_compile(r"营业执照|执照|成立|\b(licen[cs]e|founded|established)\b")
_EXPERIENCE = lazy_compile(r"经验|\bexperience\b")
_PEOPLE = lazy_compile(r"人|员工|\b(employees?|people|staff|persons?|headcount)\b")
_COMMISSION = lazy_compile(r"佣金|抽成|费率|扣点|档|\b(commission|rate|tier)\b")


_PROFILE_TOPIC = "computed.profile"


def claim_is_wrong(question: str) -> bool:
    """Whether the question states a figure the guide settles otherwise."""
    return _claim_is_right(question, normalize(question), False) is False


def _only_market_verdicts() -> tuple[str, ...]:
    """The openings of only_market.py's 对 / 不是 (yes / no), up to the market's name."""
    return tuple(
        t(key, lang).split("{name}")[0]
        for key in ("answers_only_market_yes", "answers_only_market_no")
        for lang in ("zh", "en")
    )


def with_claim_verdict(question: str, found: Answer, every_market: bool = False) -> Answer:
    """`found` with 对 / 不对 (yes / no) first when the question asks to confirm one figure the
    guide settles; else `found` unchanged. `every_market`: the question speaks of all the
    markets ("the deposit for all twelve") without naming them."""
    if found.out_of_scope or not found.confident or found.topic == _PROFILE_TOPIC:
        # "售后7x24小时，服务时间这个要求够吧？": the vendor's own profile judged (its verdict
        # first already), no figure of the guide's claimed.
        return found
    if found.text.startswith(_only_market_verdicts()):
        # "是不是只有安全市场要求7x24": only_market.py's 对 / 不是 answers the claim already.
        return found
    norm = normalize(question)
    same = _same_deposit_as_others(question, norm, found.lang)
    if same is not None:
        found.text = same + found.text
        return found
    # "Is the IoT deposit 100,000? I saw ¥100,000 on the deposit page.": the asking sentence
    # need not be the last; where the figure was read comes after it.
    last_ask = max(norm.rfind("?"), norm.rfind("？"))
    asking = norm[: last_ask + 1] if 0 <= last_ask < len(norm.rstrip()) - 1 else norm
    if not (_ASKS_CONFIRM.search(norm) or _ASKS_CONFIRM.search(asking)):
        return found
    each_right = _each_deposit_said(question, norm, found.lang)
    if each_right is not None:
        found.text = each_right + found.text
        return found
    right = _claim_is_right(question, norm, every_market)
    if right is None:
        partly = _one_tier_rate(question, norm)
        if partly is not None and _stated_total_tier(question) != partly[1]:
            # "佣金是不是按20%收？建站市场": 20% is the rate of one tier only.
            percent, tier = partly
            found.text = t("answers_claim_one_tier", found.lang, percent=percent, tier=tier) + (
                found.text
            )
        return found
    key = "answers_claim_right" if right else "answers_claim_wrong"
    deposit = None if right else _named_markets_deposit(question, norm, found.lang)
    if deposit is not None:
        # "物联网市场是要交10万保证金吗": 不对, and what the named markets' deposit is, first.
        names, amount, each = deposit
        key = "answers_claim_wrong_deposit_each" if each else "answers_claim_wrong_deposit"
        found.text = t(key, found.lang, names=names, amount=amount) + (found.text)
    else:
        found.text = t(key, found.lang) + found.text
    if not right:
        _add_other_row_note(question, norm, found)
    return found


# Each market's own deposit claimed: "也是三万吗", "都是3万", "各3万", "30k each".
_EACH_SAID = lazy_compile(r"也是|也要|都是|都要|各|每个|每一个|\b(each|every|per market|apiece)\b")
# The sum of several markets' deposits named: "一共", "in total".
_TOTAL_WORD = lazy_compile(
    r"一共|总共|合计|加起来|总计|共计|\b(total|altogether|combined|in all)\b"
)


def _each_deposit_said(question: str, norm: str, lang: Lang) -> str | None:
    """ "物联网和API市场保证金也是三万吗" (holdout94 #138: "不对…60,000"): of two markets whose
    deposit is that amount each, with no total asked — 对, each, and their sum. None otherwise."""
    markets = markets_in_question(question)
    if len(markets) < 2 or not _DEPOSIT.search(norm) or _TOTAL_WORD.search(norm):
        return None
    if not _EACH_SAID.search(norm):
        # ("入驻API市场和服务市场要交3万保证金吗" claims the total — review 63 R1: "对".)
        return None
    if _claimed_percent(norm) is not None:
        return None
    amounts = {mention.value for mention in money_mentions(question)[1]}
    deposits = {deposit_for([market]) for market in markets}
    if len(amounts) != 1 or len(deposits) != 1 or amounts != {Decimal(deposits.pop())}:
        return None
    names = t("list_separator", lang).join(market_label(get_market(m), lang) for m in markets)
    return t(
        "answers_claim_right_each",
        lang,
        names=names,
        amount=yuan(deposit_for([markets[0]])),
        total=yuan(deposit_for(markets)),
    )


def _named_markets_deposit(question: str, norm: str, lang: Lang) -> tuple[str, str, bool] | None:
    """The markets a deposit claim names and their deposit (from the rules), when the claim is
    of a deposit amount (not a rate or a condition)."""
    markets, each = _claimed_markets(question, norm)
    if not markets or not _DEPOSIT.search(norm) or _claimed_percent(norm) is not None:
        return None
    if len({mention.value for mention in money_mentions(question)[1]}) != 1:
        return None
    names = t("list_separator", lang).join(market_label(get_market(m), lang) for m in markets)
    deposits = {deposit_for([market]) for market in markets}
    if each and len(deposits) == 1:
        # "其他市场保证金都是5万吗": 不对, each of them is 3万.
        return names, yuan(deposits.pop()), True
    return names, yuan(deposit_for(markets)), False


def _claimed_markets(
    question: str, norm: str, markets: list[str] | None = None
) -> tuple[list[str], bool]:
    """The markets a claim is of, and whether its figure is claimed of each: "除了零售通，其他市场
    保证金都是3万吗" is of the eleven others, each. `markets`: those already read ("all
    twelve"), else the ones the question names."""
    markets = markets if markets is not None else markets_in_question(question)
    excluded = excluded_markets(question)
    if excluded and set(markets) <= set(excluded) and THE_OTHERS.search(norm):
        markets = [market for market in MARKET_IDS if market not in excluded]
    return markets, len(markets) > 1 and bool(_EACH_ALIKE.search(norm))


def _add_other_row_note(question: str, norm: str, found: Answer) -> None:
    """A deposit figure that is another product's row on the 保证金 page (¥100,000 is
    阿里通信物联网's): whose row it is, said before the source line."""
    if not _DEPOSIT.search(norm):
        return
    amounts = {mention.value for mention in money_mentions(question)[1]}
    if len(amounts) != 1:
        return
    row = other_page_row_costing(int(amounts.pop()))
    if row is None or row.name in found.text:
        return
    note = t("answers_claim_other_page_row", found.lang, row=row.name, amount=yuan(row.amount))
    body, _, source = found.text.rpartition("\n")
    found.text = f"{body}\n{note}\n{source}" if body else f"{found.text}\n{note}"


# A figure claimed of each of the markets.
# ("one deposit of 30k covers both": one amount for the two, not each.)
_EACH_ALIKE = lazy_compile(r"都是|都要|都交|各|每个|每一个|\b(each|every)\b")


def _claim_is_right(question: str, norm: str, every_market: bool = False) -> bool | None:
    markets = markets_in_question(question)
    if not markets and every_market and _DEPOSIT.search(norm):
        # "So the deposit for all twelve would be 380,000 yuan, right?": every market's deposit.
        markets = list(MARKET_IDS)
    absent = _claimed_absent_key(norm)
    if absent is not None:
        # "物联网市场没有注册资金要求，对吧？": right when the market sets no such condition.
        if len(markets) != 1:
            return None
        held = [c for c in get_market(markets[0]).conditions if c.key in absent]
        figure = _claimed_figure(question, absent)
        if figure is not None:
            # "零售通不需要20人团队": right unless the market asks for that very figure (it asks
            # for 4 employees, not 20).
            return all(Decimal(str(c.threshold)) != figure for c in held)
        return not held
    level = support_level_mentioned(question)
    if level is not None and len(markets) == 1 and not _OWN_OR_ENOUGH.search(norm):
        # "听说安全市场要7*24小时售后，是真的吗？": the market's own support level.
        levels = {
            str(c.threshold)
            for c in get_market(markets[0]).conditions
            if c.key in ("online_cs", "aftersales_support")
        }
        return None if not levels else level in levels
    slashed = _SLASHED_RATES.search(norm)
    rates = (
        [Decimal(number) for number in re.findall(r"\d+(?:\.\d+)?", slashed.group(0))]
        if slashed
        else [Decimal(m.group(1) or m.group(2)) for m in _PERCENT.finditer(norm)]
    )
    if len(rates) == _TIERS and len(markets) == 1 and _COMMISSION.search(norm):
        # "建站市场的佣金是三档：20%、15%、10%，我没记错吧": the three tiers' rates in order.
        row = default_policy().periods[-1].row_for(markets[0])
        return None if row is None else rates == [Decimal(str(rate)) for rate in row.percent]
    percent = _claimed_percent(norm)
    if percent is not None:
        return _rate_claim(markets, percent, norm)
    if not markets and _DEPOSIT.search(norm) and _ONE_MARKET.search(norm):
        # "是不是入驻一个市场保证金5万？": one market's deposit, as most markets charge it.
        amounts = {mention.value for mention in money_mentions(question)[1]}
        usual = Counter(deposit_for([m.id]) for m in all_markets()).most_common(1)[0][0]
        return amounts.pop() == usual if len(amounts) == 1 else None
    if not markets:
        return None
    markets, each = _claimed_markets(question, norm, markets) if markets else (markets, False)
    if _DEPOSIT.search(norm):
        amounts = {mention.value for mention in money_mentions(question)[1]}
        if len(amounts) != 1:
            return None
        amount = amounts.pop()
        if each:
            # "其他市场保证金都是3万吗", "is it 30k for each of them?": each market's own.
            return all(deposit_for([market]) == amount for market in markets)
        return amount == deposit_for(markets)
    if len(markets) != 1 or not _STATES_RULE.search(norm) or _OWN_OR_ENOUGH.search(norm):
        # "我们注册资金150万，能进服务市场，对吗" and "满3年就够了吧" ask a verdict on the
        # vendor's own figure (computed answers), not whether a rule's figure is the guide's.
        return None
    return _condition_claim(markets[0], question, norm)


# The rate table's tiers: three rates claimed in a row are the three tiers'.
_TIERS = 3
# "20/15/10%": the tiers' rates written with slashes and one percent sign.
_SLASHED_RATES = lazy_compile(r"\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?){2}\s*[%％]")


# One market, no matter which: "一个市场", "每个类目", "per market".
_ONE_MARKET = lazy_compile(
    r"(一个|每个|单个|每一个)(市场|类目|集市)|\b(per|each|one|a single) (market|category)\b"
)
# A rule's figure quoted: 要求, 需要, 至少, 以上, "needs", "at least".
_STATES_RULE = lazy_compile(
    r"要求|需要|需|要|必须|至少|不少于|不低于|以上|门槛"
    r"|\b(needs?|requires?|required|requirement|must|at least|minimum)\b"
)
_OWN_OR_ENOUGH = lazy_compile(
    r"我们|我司|我方|本公司|咱们|就可以|就能|就行|够了|足够|没问题|满足|符合|达标"
    r"|\b(we|our|us|enough|sufficient|suffices?|fine|ok|okay)\b"
)


# A condition claimed absent ("没有注册资金要求", "no registered capital requirement", "不需要ACP"):
# the words naming it → the condition keys it stands for.
_ABSENT = lazy_compile(
    r"没有|没|无|不需要|不用|不要求|免|\b(no|not|doesn't|does not|don't|without|isn't)\b"
)
_ABSENT_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"注册资金|注册资本|\bcapital\b", ("registered_capital",)),
    (r"营业执照|执照|成立|\blicen[cs]e\b", ("license_date",)),
    (r"经验|\bexperience\b", ("experience_years",)),
    (r"团队|人数|员工|\b(team|headcount|employees|staff)\b", ("team_size", "employees")),
    (r"acp|认证工程师|\bcertified engineer", ("acp_engineers",)),
    (r"案例|\bcase", ("customer_cases",)),
    (r"钉钉|\bdingtalk\b", ("dingtalk_ops",)),
)


def _claimed_absent_key(norm: str) -> tuple[str, ...] | None:
    """The condition keys a claim says a market does not set, when it says so of one topic."""
    if not _ABSENT.search(norm) or not re.search(
        r"要求|需要|条件|门槛|\b(requirement|required|need)", norm
    ):
        return None
    named = [keys for words, keys in _ABSENT_TOPICS if re.search(words, norm)]
    return named[0] if len(named) == 1 else None


def _claimed_figure(question: str, keys: tuple[str, ...]) -> Decimal | None:
    """The figure a claim gives for a condition (20人, 100万, 2年), if it gives one."""
    if "registered_capital" in keys:
        amounts = {mention.value for mention in money_mentions(question)[1]}
        return amounts.pop() if len(amounts) == 1 else None
    if keys[0] in ("license_date", "experience_years"):
        return years_mentioned(question)
    if keys[0] == "team_size":
        people = headcount_mentioned(question) or _bare_count(normalize(question))
        return None if people is None else Decimal(people)
    return None


# "不收佣金", "no commission", "commission-free": a rate of 0 %.
_NO_COMMISSION = lazy_compile(
    r"不收佣金|不抽佣|不抽成|免佣|零佣金|0佣金|没有佣金|(佣金|费率|抽成)(是|为)\s*(0|零)(?![\d.])"
    r"|\b(no commission|commission[- ]free|zero commission|commission (is )?(0|zero)(?![\d.]))"
)


def _claimed_percent(norm: str) -> Decimal | None:
    if _NO_COMMISSION.search(norm):
        return Decimal(0)
    found = {Decimal(m.group(1) or m.group(2)) for m in _PERCENT.finditer(norm)}
    return found.pop() if len(found) == 1 else None


def _rate_claim(markets: list[str], percent: Decimal, norm: str) -> bool | None:
    if len(markets) != 1 or not _COMMISSION.search(norm):
        return None
    row = default_policy().periods[-1].row_for(markets[0])
    if row is None:
        return None
    tier = _TIER.search(norm)
    if tier is None:
        # No tier named: settled only when every tier has the same rate (API市场, 物联网 0%).
        # A rate no tier has ("建站市场佣金是0吗") is wrong whichever tier is meant.
        if percent not in row.percent:
            return False
        return percent == row.percent[0] if len(set(row.percent)) == 1 else None
    number = _TIER_NUMBER[next(group for group in tier.groups() if group)]
    return percent == row.percent[number - 1]


def _one_tier_rate(question: str, norm: str) -> tuple[str, int] | None:
    """(the percent, its tier) when a rate claimed of one market with no tier named is the rate
    of exactly one of its tiers, the others differing."""
    percent = _claimed_percent(norm)
    markets = markets_in_question(question)
    if percent is None or len(markets) != 1 or _TIER.search(norm) or not _COMMISSION.search(norm):
        return None
    row = default_policy().periods[-1].row_for(markets[0])
    if row is None or len(set(row.percent)) == 1:
        return None
    tiers = [number for number, rate in enumerate(row.percent, 1) if Decimal(rate) == percent]
    return (f"{percent.normalize():f}%", tiers[0]) if len(tiers) == 1 else None


def _stated_total_tier(question: str) -> int | None:
    """The tier of the one month's total the question states ("本月卖了30万"); None when it
    states none or several. A total in the rate's own tier settles which rate applies: "only one
    tier's rate" is then beside the point (the reply's own figures answer it)."""
    amounts = {mention.value for mention in money_mentions(question)[1]}
    if len(amounts) != 1:
        return None
    return default_policy().periods[-1].tier_for(amounts.pop())


def _condition_claim(market_id: str, question: str, norm: str) -> bool | None:
    thresholds = {c.key: c.threshold for c in get_market(market_id).conditions}
    if _CAPITAL.search(norm) and "registered_capital" in thresholds:
        amounts = {mention.value for mention in money_mentions(question)[1]}
        if len(amounts) != 1:
            return None
        return amounts.pop() == Decimal(str(thresholds["registered_capital"]))
    years = years_mentioned(question)
    if years is not None and _EXPERIENCE.search(norm) and "experience_years" in thresholds:
        return years == Decimal(str(thresholds["experience_years"]))
    if years is not None and _LICENSE.search(norm) and "license_date" in thresholds:
        return years == Decimal(str(thresholds["license_date"]))
    if _PEOPLE.search(norm):
        people = headcount_mentioned(question) or _bare_count(norm)
        key = "team_size" if "team_size" in thresholds else "employees"
        if people is None or key not in thresholds:
            return None
        return people == int(str(thresholds[key]))
    return None


# "at least 10 employees", "要20人以上": a count quoted as the rule (headcount_mentioned skips a
# figure quoted as a requirement, which is exactly what a claim is).
_COUNT = lazy_compile(r"(\d+)\s*(个)?\s*(人|名|员工|\b(?:employees?|people|staff|persons?)\b)")


def _bare_count(norm: str) -> int | None:
    found = {int(m.group(1)) for m in _COUNT.finditer(_digits_only(norm))}
    return found.pop() if len(found) == 1 else None


def _digits_only(norm: str) -> str:
    """Spelled-out numbers as digits (二十人 → 20人), for counting people."""
    return _digits(norm)


# "零售通的押金和其他市场一样吗", "is the API deposit the same as the other markets'?".
_SAME_AS_OTHERS = lazy_compile(
    r"(和|跟|与|同)\s*(其他|其它|别的|普通|一般)(的)?(市场|类目|集市)?.{0,6}(一样|相同|同样|一致|不同)"
    r"|\bsame as (the |for )?(other|others|every other|the rest)\b"
)


# The difference itself put to be confirmed: "…不一样？", "…不同吧", "it's different, right?".
_ASKS_DIFFERENT = lazy_compile(r"不一样|不相同|不同|\b(different|differs?)\b")


def _same_deposit_as_others(question: str, norm: str, lang: Lang) -> str | None:
    """Whether one named market's deposit is the one the other markets pay, said with the
    amounts (零售通 50,000, every other market 30,000); None when not asked."""
    if not (_DEPOSIT.search(norm) and _SAME_AS_OTHERS.search(norm)):
        return None
    markets = markets_in_question(question)
    if len(markets) != 1:
        return None
    amount = deposit_for(markets)
    others = Counter(deposit_for([m.id]) for m in all_markets() if m.id != markets[0])
    usual = others.most_common(1)[0][0]
    label = market_label(markets[0], lang)
    if amount != usual:
        # "跟别的市场3万不一样？": the difference asked to be confirmed — 对 / Yes, not 不是.
        key = (
            "answers_claim_differs_yes"
            if _ASKS_DIFFERENT.search(norm)
            else "answers_claim_not_same"
        )
        return t(key, lang, market=label, amount=yuan(amount), usual=yuan(usual))
    unusual = [m for m in all_markets() if m.id != markets[0] and deposit_for([m.id]) != usual]
    exception = (
        t(
            "answers_claim_same_except",
            lang,
            markets=t("list_separator", lang).join(market_label(m.id, lang) for m in unusual),
            amount=yuan(deposit_for([unusual[0].id])),
        )
        if unusual
        else ""
    )
    return t("answers_claim_same", lang, market=label, amount=yuan(amount), exception=exception)
