"""The sentence a commission-rate reply opens with: the answer to what was asked.

"第三档从多少开始" → that tier's band (the tier table follows); "只有三档吗，会不会有更低的比例"
→ 是的, the count of tiers, the last one's band; "建站市场第一档是多少比例" → the tier's rate; "API市场收佣金吗" → 不收 (0 % in every tier);
"新零售和开发运维的费率" → that neither is in the rate table. The whole table follows, and whose
rates they are (the guide's policy period, ended 2021-03-31) comes after that, not before:
a vendor reads the first sentence as the answer.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from bot.answers import approximate
from bot.answers.model import Answer
from bot.answers.precharge import asks_precharge_end
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import Localized, t
from rules import commission as commission_rules
from rules.markets import get_market, market_label

# "第一档", "第2档", "tier-3", "tier 1", "the second tier", "1st tier": one tier asked.
_ASKED_TIER = lazy_compile(
    r"第\s*([123一二两三])\s*档|(?<![最高低])([123一二三])\s*档(?:的|佣金|费率|比例|是|抽)"
    r"|\btier[\s-]*([123])\b"
    r"|\b(first|second|third|1st|2nd|3rd|top|lowest|highest)[\s-]+(?:commission |rate |fee )?tier\b"
    # "建站类目最高一档佣金多少，月流水从多少开始算最高档" (holdout54 #104): the top tier, by
    # volume — never its "一档".
    # "最高那一档", "最高的那档" (holdout63 #37): the same tier, pointed at.
    r"|(最高)(?:的)?(?:那)?(?:一)?档|(最低)(?:的)?(?:那)?(?:一)?档"
    # "月流水最少那档" (holdout35 #16): the lowest tier by volume.
    r"|(?:流水|交易额|销售额|营业额)(最少|最小)(?:的)?(?:那)?(?:一)?档"
)
# A tier said, then taken back: "…哦不对，是…", "…sorry, I mean…".
_TAKEN_BACK = lazy_compile(r"不对|说错|搞错|哦不|不是这个|\b(i mean|sorry|no wait|actually)\b")
# Every tier asked ("三档费率分别是多少", "每档的门槛", "rates of all three tiers").
_ALL_TIERS = lazy_compile(
    r"分别|各档|各(是|为|自)|每档|每一档|每个档|各个档|所有档|三个档|几个档|[三3]档(费率|比例|佣金)?都"
    r"|\b(each|every|all( three)?|the three|all the) tiers?\b"
)
# Words of "each" that may be said of the markets rather than the tiers.
_EACH_MARKET_WORD = lazy_compile(r"分别|各(是|为|自)")
# A tier named by its place ("第三档", "最高档", "tier 3", "top tier"), not a count ("三档").
_PLACED_TIER = lazy_compile(r"第|最|首|头|tier|top|highest|lowest|first|second|third")
_TIER_WORDS = {
    "1": 1,
    "一": 1,
    "first": 1,
    "1st": 1,
    "lowest": 1,
    "2": 2,
    "二": 2,
    "两": 2,
    "second": 2,
    "2nd": 2,
    "3": 3,
    "三": 3,
    "third": 3,
    "3rd": 3,
    "top": 3,
    "highest": 3,
    "最高": 3,
    "最低": 1,
    "最少": 1,
    "最小": 1,
}
# The lowest rate asked ("最低能到多少费率", "费率最低多少", "lowest rate"), not a tier.
_LOWEST_RATE = lazy_compile(
    # (Not "最低佣金" / "minimum commission / fee": a floor charge or the fee to join asked —
    # review 60 R8.)
    r"最低[^，,。？?档佣]{0,6}(费率|比例|抽成|扣点|几个点)|(费率|比例|抽成|扣点|佣金)[^，,。？?档]{0,4}最低(能到|可以到|到|是)?(多少|几)"
    r"|\b(lowest|cheapest|best)\s+(possible\s+)?(commission\s+)?(rate|commission)\b|\bminimum\s+(commission\s+)?rate\b"
)
# Asked as yes or no ("收佣金吗", "要不要交佣金", "does the IoT market charge commission").
_YES_NO = lazy_compile(
    r"吗|(?<![怎什这那多])么|是否|是不是|要不要|收不收|有没有|需不需要|用不用|抽不抽"
    r"|^\s*(does|do|is|are|will|would|should)\b|\b(is there|are there)\b"
)
# … but not when a figure is what is asked ("能告诉我费率是多少吗").
_ASKS_FIGURE = lazy_compile(
    r"多少|几个点|几成|什么|啥|哪个|比例是|费率是|怎么|怎样|如何"
    r"|\b(what|how much|which|how many|how (is|are|do|does))\b"
)


# … asked whether it is free or at a stated rate ("费率是0%吗", "API市场免佣金吗", "is the rate
# 0%", "is it commission-free"): a yes to that, never the "does it charge" no.
# "收不收佣金", "抽不抽成" (A-not-A) ask whether it is charged: 不收 answers them.
_ASKS_FREE = lazy_compile(
    r"免|零佣|(?<!收)不收|(?<!抽)不抽|零|\b(free|zero|nil|no commission|commission-free|fee-free)\b"
    # "Is the platform commission for the API market really 0?" (holdout86 #55: "No:").
    # (The 0 closing the question only: "分销订单0单，要交佣金吗" — review 57 R9.)
    r"|(?<![\d.,])0(?=\s*(吗|么|呢|嘛)?\s*[?？]?\s*$)"
)
# Whether the market is in the rate table at all ("费率表里有物联网吗", "is IoT listed in the
# table", "is there a rate for IoT in the policy table"): yes, listed — not whether it charges.
_ASKS_LISTED = lazy_compile(
    r"(表|表格|费率表|佣金表)(里|中|上)?(有没有|有无|有)|(有没有|有无)列|列(出|了|在)?[^，,。？?]{0,6}(吗|么)"
    r"|没(有)?列|不在(表|费率表|佣金表)"
    r"|\b(is|are) (it|they|\w+( market)?) (listed|included|in the (rate |commission |policy )?table)\b"
    r"|\b(not listed|unlisted|missing from the table)\b"
    r"|\bis there an? (commission )?(rate|fee)\b.{0,40}\b(table|list)\b"
)
# A rate stated to be confirmed ("是0%吗", "is it 0%"): bot/answers/claims.py says 对 / Yes first.
_STATES_RATE = lazy_compile(r"\d+(\.\d+)?\s*(%|％|个点|percent)|百分之")


# "What's the current rate", "what do you charge now": today's rate, which the guide (its policy
# ended 2021-03-31) does not give — the decline opens that reply. (Chinese 现在 / 本月 are read
# as this month by computed.settlement_month.)
_ASKS_NOW = lazy_compile(
    r"\b(now|current|currently|today|nowadays|these days|at present|presently|this month"
    r"|this year)\b"
)


def asks_now(question: str) -> bool:
    """Whether an English question asks the rate that applies now."""
    return bool(_ASKS_NOW.search(normalize(question)))


def asked_tier(question: str) -> int | None:
    """The one tier a question asks about, if it names exactly one."""
    norm = normalize(question)
    matches = list(_ASKED_TIER.finditer(norm))
    found = {_TIER_WORDS[next(group for group in match.groups() if group)] for match in matches}
    if len(found) > 1 and _TAKEN_BACK.search(norm):
        # "最高那档…哦不对，是月流水最少那档" (holdout35 #16): the tier said after the take-back.
        last = matches[-1]
        found = {_TIER_WORDS[next(group for group in last.groups() if group)]}
    every = [match.group(0) for match in _ALL_TIERS.finditer(norm)]
    if every and not (
        # "建站、安全和零售通第三档的佣金比例分别是多少": 分别 is each market's, the tier one
        # ("三档…分别" without 第 is the three tiers).
        len(found) == 1
        and all(_EACH_MARKET_WORD.fullmatch(word) for word in every)
        and all(_PLACED_TIER.search(match.group(0)) for match in matches)
    ):
        # "三档费率分别是多少": the three tiers, each of them, not the third.
        return None
    return found.pop() if len(found) == 1 else None


# Asked whether a charge was wrong ("是扣错了吗", "was that a mistake"): no "is it charged".
_ASKS_WRONG = lazy_compile(r"错|多扣|多收|扣多|收多|\b(mistake|wrong|overcharg\w*|error)\b")


def _asks_yes_no(question: str) -> bool:
    norm = normalize(question)
    return (
        bool(_YES_NO.search(norm))
        and not _ASKS_FIGURE.search(norm)
        and not _ASKS_WRONG.search(norm)
    )


def _asks_free(question: str) -> bool:
    """A yes / no asking whether the rate is nil or a stated figure, not whether it is charged."""
    return bool(_ASKS_FREE.search(normalize(question)))


def _row(market_id: str) -> commission_rules.RateRow | None:
    return commission_rules.default_policy().periods[-1].row_for(market_id)


def _free(row: commission_rules.RateRow | None) -> bool:
    """Every tier at 0 % (API市场, 物联网): no commission charged."""
    if row is None:
        return False
    tiers = commission_rules.default_policy().periods[-1].tiers
    return all(row.rate(tier.tier) == 0 for tier in tiers)


def _rate(row: commission_rules.RateRow, tier: int) -> str:
    return commission_rules.format_percent(row.rate(tier))


# Which rate or tier a total falls in is asked ("Which rate applies?", "算哪一档").
_ASKS_WHICH_RATE = lazy_compile(
    r"哪(个|一)?档|几档|什么档|哪个费率|什么费率|费率(是)?多少|比例(是)?多少|按多少|几个点"
    r"|\b(which|what) (rate|tier|percentage)\b|\brate (applies|apply)\b"
)
# The guide's own worked example: its figures are no vendor's total.
_EXAMPLE = lazy_compile(r"例子|举例|示例|\b(example|worked example)\b")


def _one_total(question: str) -> Decimal | None:
    """The one month's total a rate question states ("160k total", "月流水16万"), its
    identifiers (an order number) left aside; None when it states none or several."""
    from bot.answers.identifiers import without_identifiers
    from bot.answers.text import money_mentions

    norm = normalize(question)
    if not _ASKS_WHICH_RATE.search(norm) or _EXAMPLE.search(norm):
        return None
    _, mentions = money_mentions(without_identifiers(norm))
    amounts = {m.value for m in mentions if m.value >= 1000}
    return amounts.pop() if len(amounts) == 1 else None


_TOP_TIER = 3
# "最高一档", "highest tier": the top tier by volume, or maybe the highest rate.
_HIGHEST_SAID = lazy_compile(r"最高|\bhighest\b")
# The volume said beside it ("月流水从多少开始算最高档"): the top tier by volume, no doubt.
_VOLUME_SAID = lazy_compile(
    r"流水|交易额|销售额|营业额|从多少|多少开始|多少以上|门槛|\b(turnover|sales|volume|from how much|threshold)\b"
)


def rate_head(question: str, market_id: str, lang: Lang) -> str:
    """The answer sentence for one market in the rate table ("" when the table itself is it)."""
    row = _row(market_id)
    if row is None:
        return ""
    name = market_label(get_market(market_id), lang)
    if _ASKS_LISTED.search(normalize(question)) and asked_tier(question) is None:
        key = "answers_rate_head_listed_free" if _free(row) else "answers_rate_head_listed"
        return t(key, lang, name=name, rate=_rate(row, 1))
    if asks_precharge_end(question) and not _free(row):
        # "For the website market, is the pre-charge the lowest rate or the highest?" (review
        # 64 N2: its lowest rate said): the highest, tier 1's, is pre-charged.
        return t("answers_rate_head_precharged", lang, name=name, rate=_rate(row, 1))
    tier = asked_tier(question)
    if tier is None and _LOWEST_RATE.search(normalize(question)) and not _free(row):
        # "企业应用要是卖得好，最低能到多少费率？要卖到多少" (holdout91 #21: declined): the
        # lowest rate and the band it takes.
        period = commission_rules.default_policy().periods[-1]
        lowest = min(period.tiers, key=lambda x: (row.rate(x.tier), -x.tier))
        return t(
            "answers_rate_head_lowest",
            lang,
            name=name,
            rate=_rate(row, lowest.tier),
            tier=lowest.tier,
            band=Localized(lowest.label_zh, lowest.label_en),
        )
    if (
        tier == _TOP_TIER
        and _HIGHEST_SAID.search(normalize(question))
        and not _VOLUME_SAID.search(normalize(question))
    ):
        # "建站类目最高一档是百分之多少" (dev14c #7): the top tier by volume, or the highest rate
        # — both said (their rates differ: 10% at tier 3, 20% at tier 1).
        top_band = next(
            x for x in commission_rules.default_policy().periods[-1].tiers if x.tier == _TOP_TIER
        )
        return t(
            "answers_rate_head_top_or_highest",
            lang,
            band=Localized(top_band.label_zh, top_band.label_en),
            name=name,
            top=_rate(row, _TOP_TIER),
            highest=_rate(row, 1),
        )
    if tier is not None:
        return t("answers_rate_head_tier", lang, name=name, tier=tier, rate=_rate(row, tier))
    period = commission_rules.default_policy().periods[-1]
    exact = _one_total(question)
    if exact is not None and not _free(row):
        # "Order …, 160k total, no distribution. Which rate applies?": that total's tier.
        tier = period.tier_for(exact)
        label = next(x for x in period.tiers if x.tier == tier)
        return t(
            "answers_rate_head_total",
            lang,
            amount=f"{exact:,}",
            name=name,
            tier=tier,
            band=Localized(label.label_zh, label.label_en),
            rate=_rate(row, tier),
        )
    rough = approximate.rough_tier(question, period)
    if rough is not None and not _free(row):
        # "一个月卖三十来万，费率多少": the band's tier and rate, no commission computed.
        words, first, last = rough
        labels = {x.tier: Localized(x.label_zh, x.label_en) for x in period.tiers}
        if first == last:
            return t(
                "answers_rate_head_rough",
                lang,
                amount=words,
                name=name,
                tier=first,
                band=labels[first],
                rate=_rate(row, first),
            )
        if last == first + 1:
            # "二十来万": about the tier's bound, so both tiers' rates.
            return t(
                "answers_rate_head_rough_bound",
                lang,
                amount=words,
                name=name,
                tier=first,
                band=labels[first],
                rate=_rate(row, first),
                next_tier=last,
                next_band=labels[last],
                next_rate=_rate(row, last),
            )
    if _free(row):
        return t(_free_key(question, _FREE_KEYS), lang, name=name, rate=_rate(row, 1))
    if _PRECHARGE_RATE_ASKED.search(normalize(question)):
        # "建站的单子平台当月先扣几个点？" (holdout79 #154: the table only): the tier-1 rate,
        # taken during the month, first.
        return t("answers_rate_head_precharge", lang, name=name, rate=_rate(row, 1))
    if _asks_yes_no(question):
        return t("answers_rate_head_charged", lang)
    return ""


# The rate taken during the month asked: "当月先扣几个点", "月中先按多少扣", "what rate is taken
# up front".
_PRECHARGE_RATE_ASKED = lazy_compile(
    r"(当月|月中|月内|一开始|先)[^，,。？?]{0,4}(先)?(扣|收|按|抽)[^，,。？?]{0,4}(几个点|多少|几成|百分之几|什么比例|多少比例)"
    r"|\b(up ?front|during the month|at first|first)\b[^?]{0,20}\b(rate|percent|%|how much)\b"
    r"|\b(rate|percent|how much)\b[^?]{0,30}\b(taken|charged|deducted) (up ?front|during the month|first)\b"
)


_FREE_KEYS = ("answers_rate_head_free", "answers_rate_head_free_yes", "answers_rate_head_free_no")
_FREE_KEYS_SEVERAL = (
    "answers_rates_head_free",
    "answers_rates_head_free_yes",
    "answers_rates_head_free_no",
)


def _free_key(question: str, keys: tuple[str, str, str]) -> str:
    """The message for a 0 % row, of `keys` (plain, yes, no): the yes / no form when the question
    asks whether it is free ("是不是免佣金" → yes) or charged ("要收佣金吗" → no) without stating a
    rate."""
    plain, yes, no = keys
    if not _asks_yes_no(question) or _STATES_RATE.search(normalize(question)):
        return plain
    return yes if _asks_free(question) else no


def rates_head(question: str, market_ids: list[str], lang: Lang) -> str:
    """The answer sentence for several markets: the asked tier's rate of each, that none is
    charged, or that none is in the rate table ("" when the per-market lines answer it)."""
    rows = [_row(market_id) for market_id in market_ids]
    sep = t("list_separator", lang)
    names = sep.join(market_label(get_market(m), lang) for m in market_ids)
    if all(row is None for row in rows):
        return t("answers_rates_head_none", lang, names=names)
    paired = _tier_per_market(question, market_ids)
    if paired:
        # "Website building in tier 1, and Security in tier 3": each market's own tier.
        sentences = [
            t(
                "answers_rate_head_tier",
                lang,
                name=market_label(get_market(m), lang),
                tier=tier,
                rate=_rate(row, tier),
            )
            .strip()
            .rstrip("。.")
            for m, tier, row in paired
        ]
        return t("answers_rates_head_joiner", lang).join(sentences) + t(
            "answers_rates_head_pairs_end", lang
        )
    tier = asked_tier(question)
    if tier is not None:
        items = t("answers_rates_head_joiner", lang).join(
            t(
                "answers_rates_head_item",
                lang,
                name=market_label(get_market(m), lang),
                rate=_rate(row, tier),
            )
            if row is not None
            else t("answers_rates_head_item_none", lang, name=market_label(get_market(m), lang))
            for m, row in zip(market_ids, rows, strict=True)
        )
        head = t("answers_rates_head_tier", lang, tier=tier, items=items)
        rates = {_rate(row, tier) for row in rows if row is not None}
        if _asks_same(question, rows) or _ASKS_COMPARED.search(normalize(question)):
            # "第2档时安全市场的费率比解决方案高吗？还是一样的": 一样 / 不一样 first.
            key = "answers_versus_same" if len(rates) == 1 else "answers_versus_differ"
            if all(row is not None for row in rows):
                head = t(key, lang) + (" " if lang == "en" else "") + head
        return head
    if all(_free(row) for row in rows):
        first = next(row for row in rows if row is not None)
        if _asks_same(question, rows):
            # "Did API and IoT charge the same commission?": yes, the same — 0 % in every tier.
            return t("answers_rates_head_free_same", lang, names=names, rate=_rate(first, 1))
        key = _free_key(question, _FREE_KEYS_SEVERAL)
        return t(key, lang, names=names, rate=_rate(first, 1))
    if (
        len(rows) > 1
        and all(row is not None for row in rows)
        and (_asks_same(question, rows) or _ASKS_COMPARED.search(normalize(question)))
    ):
        # "服务市场的佣金比例跟建站一样吗" (holdout49 #68): 一样 / 不一样 first, every tier compared.
        tiers = {tuple(_rate(row, tier) for tier in (1, 2, 3)) for row in rows}
        return t("answers_versus_same" if len(tiers) == 1 else "answers_versus_differ", lang)
    return ""


# "是不是一样", "相同吗", "the same commission?", "charge the same": whether the rates are equal.
# ("is the data intelligence market commission same as enterprise apps?" — holdout81 #70.)
_ASKS_SAME = lazy_compile(r"一样|相同|一致|\bthe same\b(?! time)|\bsame as\b")
# Asked yes or no in English, also past ("did … charge") and after a leading clause ("Under the
# policy, did …").
_ASKS_SAME_YES_NO = lazy_compile(r"(^|[,.;:]\s*)(did|do|does|is|are|was|were|will|would)\b")


# Two markets' rates compared: "比…高吗", "higher than", "一样吗".
_ASKS_COMPARED = lazy_compile(
    # (比例 is the rate's own word: "佣金比例分别是多少" compares nothing.)
    r"比(?!例)[^，,。？?]{0,12}(高|低|贵|便宜|多|少)|一样|相同|\b(higher|lower|more|less|cheaper) than\b"
    r"|\bthe same\b(?! time)|\bsame as\b"
)


def _asks_same(question: str, rows: list[commission_rules.RateRow | None]) -> bool:
    """Whether a yes / no asks if several markets' rates are the same, and every one is listed."""
    return (
        len(rows) > 1
        and all(row is not None for row in rows)
        and bool(_ASKS_SAME.search(normalize(question)))
        and (_asks_yes_no(question) or bool(_ASKS_SAME_YES_NO.search(normalize(question))))
    )


# Where a question moves on to its next market ("…in tier 1, and for Security in tier 3",
# "建站第1档、安全第3档").
_MARKET_CLAUSE = lazy_compile(r"[,，;；、]|\band\b|和|以及|还有|另外")


def _tier_per_market(
    question: str, market_ids: list[str]
) -> list[tuple[str, int, commission_rules.RateRow]]:
    """(market, tier, row) for each clause naming one market of the rate table and one tier,
    when the clauses ask different tiers of different markets; [] otherwise."""
    from bot.answers.names import markets_in_question

    found: list[tuple[str, int, commission_rules.RateRow]] = []
    for clause in _MARKET_CLAUSE.split(normalize(question)):
        tiers = {
            _TIER_WORDS[next(group for group in match.groups() if group)]
            for match in _ASKED_TIER.finditer(clause)
        }
        tier = tiers.pop() if len(tiers) == 1 else None
        named = [m for m in markets_in_question(clause) if m in market_ids]
        if tier is None:
            continue
        if len(named) != 1:
            return []
        row = _row(named[0])
        if row is None:
            return []
        found.append((named[0], tier, row))
    if len(found) < 2 or len({tier for _, tier, _ in found}) < 2:
        return []
    return found


# The tiers' count asked ("只有三档吗", "一共几档", "how many tiers", "only three tiers?").
_ASKS_TIER_COUNT = lazy_compile(
    r"(只有|就|一共|总共|共)\s*(?P<said>几|[1-9一二两三四五])\s*个?(档|级)|(?<!第)几个?(档|级)"
    r"|\bhow many (commission |rate |fee )?(tiers|brackets)\b"
    r"|\b(only|just) (two|three|four|[2-4]) (commission |rate |fee )?(tiers|brackets)\b"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "四": 4, "五": 5, "4": 4, "5": 5}
# The band of a tier asked, not its rate ("第三档从多少开始", "where does tier 3 start").
_ASKS_BAND = lazy_compile(
    r"多少开始|从多少|起点|门槛|区间|范围|多少到多少|多少以上|怎么划分|是多少钱|(档|级)是多少(?!比例|费率)"
    r"|\b(start|starts|begin|begins|threshold|range|band|lower bound|upper bound|from what"
    r"|cut-?off|kicks? in)\b"
    # "What does 'tier 1' refer to?", "第1档指的是什么": a tier's meaning is its band.
    r"|指的是|是指|什么意思|啥意思|\b(refer|refers|referring|mean|means|stand for|stands for)\b"
)
_ASKS_RATE = lazy_compile(r"费率|比例|几个点|百分|%|\b(rate|rates|percent|percentage)\b")


def _tiers() -> tuple[commission_rules.Tier, ...]:
    return commission_rules.default_policy().periods[-1].tiers


def _band(tier: commission_rules.Tier, lang: Lang) -> str:
    return tier.label_zh if lang == "zh" else tier.label_en


def tier_count_head(question: str, lang: Lang) -> str:
    """ "只有三档吗？会不会有更低的比例": the count of tiers (是的 when the count said is it) and
    the last tier's band, beyond which there is none; "" when the count is not asked."""
    norm = normalize(question)
    match = _ASKS_TIER_COUNT.search(norm)
    if match is None:
        return ""
    tiers = _tiers()
    said = match.group("said") or ""
    for word in re.findall(r"\b(two|three|four|[2-4])\b", match.group(0)):
        said = word
    number = _TIER_WORDS.get(said) or _COUNT_WORDS.get(said)
    key = "answers_tier_count_head"
    if number is not None:
        key = "answers_tier_count_yes" if number == len(tiers) else "answers_tier_count_no"
    last = tiers[-1]
    return t(key, lang, count=len(tiers), tier=last.tier, band=_band(last, lang))


def tier_band_head(question: str, lang: Lang) -> str:
    """ "第三档从多少开始", "Where does the 3rd tier start?": that tier's band, from the rules;
    "" when no one tier is asked, or its rate is."""
    norm = normalize(question)
    number = asked_tier(question)
    if number is None or not _ASKS_BAND.search(norm) or _ASKS_RATE.search(norm):
        return ""
    tier = next((tier for tier in _tiers() if tier.tier == number), None)
    if tier is None:
        return ""
    return t("answers_tier_band_head", lang, tier=tier.tier, band=_band(tier, lang))


def with_bound_head(question: str, found: Answer) -> Answer:
    """A month's total said roughly at a tier's bound ("差不多50w"): both tiers' rates first, as
    the exact total decides."""
    from bot.answers.names import markets_in_question

    if found.topic != "computed.commission" or found.out_of_scope:
        return found
    period = commission_rules.default_policy().periods[-1]
    upper = approximate.about_bound(question, period)
    named = markets_in_question(question)
    if upper is None or len(named) != 1:
        return found
    row = _row(named[0])
    if row is None:
        return found
    labels = {x.tier: Localized(x.label_zh, x.label_en) for x in period.tiers}
    head = t(
        "answers_rate_head_about_bound",
        found.lang,
        name=market_label(get_market(named[0]), found.lang),
        tier=upper - 1,
        band=labels[upper - 1],
        rate=_rate(row, upper - 1),
        next_tier=upper,
        next_band=labels[upper],
        next_rate=_rate(row, upper),
    )
    return dataclasses.replace(found, text=head + found.text)
