""" "Which markets can we enter with X and Y": the short answer (the markets) first, then why
the others are ruled out, grouped by rule so twelve markets fit a chat message.

Only the facts the vendor gave are judged, against every market's conditions in rules data;
a market that sets no condition on a stated fact is not ruled out by it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from bot.answers import computed
from bot.answers.facts import join_names
from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import excluded_markets, normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import Localized, t
from rules.commission import default_policy, markets_without_rate
from rules.markets import Condition, Market, all_markets, get_market, market_label

# With facts stated and no market named, any "which" asks for markets.
ASKS_WHICH = lazy_compile(
    r"哪|\b(which|what) ((two|three|four|\d+|other) )?((commission|rate|fee|marketplace) )?"
    r"(markets?|categor(y|ies))\b"
    r"|\bwhich\b.*\b(fit|possible|eligible|join|enter)"
    # "can we join any market?", "有没有能进的市场": which ones, asked as yes or no.
    r"|\bany (markets?|categor(y|ies))\b|有没有[^，,。;；?？]{0,6}(市场|类目)|有(市场|类目)(能|可以)"
    # "across all the markets, which ones have 0% …": the markets named before "which ones".
    r"|\b(markets?|categor(y|ies))\b[^?]{0,30}\bwhich (ones|of them)\b"
)
# "哪个市场肯定进不了", "which markets are ruled out": the blocked ones are the answer.
# "which markets are NOT blocked by the capital", "哪些市场不会被卡住": the open ones asked.
_ASKS_NOT_BLOCKED = lazy_compile(
    r"(不会|没有|不)被?[^，,。？?]{0,14}(卡住|卡|挡|排除)|不受[^，,。？?]{0,8}(影响|限制)"
    r"|\b(not|aren't|isn't|never) (be )?(blocked|ruled out|excluded|affected|restricted)\b"
    # "Which markets would not fail us on capital?" (dev47 #109): the ones still open asked.
    r"|\b(would|will|do|does|did|could) not (fail|block|stop|reject) (us|me)\b"
    r"|\b(wouldn't|won't|doesn't|don't|didn't|couldn't) (fail|block|stop|reject) (us|me)\b"
    r"|不会(卡|挡|拒)"
)
_ASKS_BLOCKED = lazy_compile(
    r"进不了|进不去|不能进|不能入|卡在|卡住|不行|不够|不满足|达不到|不符合|不达标|不合格|排除|被挡|挡在"
    r"|拒绝|拒之门外|不收我们|不要我们"
    r"|(没法|无法|不可以|不让)(进|入)"
    r"|\b(can't|cannot|ruled out|not eligible|blocked|(are|is) out|disqualif\w*|ineligible"
    # "which markets does that rule us out of", "exclude us from", "shut us out of".
    r"|rules? (us |me |them )?out|excludes?( us| me)?|excluded|(shuts?|locks?|keeps?) (us|me) out"
    # "which markets are closed to us", "which market would reject us".
    r"|closed (off )?to (us|me)|rejects?( us| me)?|turns? (us|me) (away|down)"
    r"|(fail|fails|falls? short)( on| of)?)\b"
)


# The markets that set the condition, asked among: "在有注册资金要求的市场里面", "among the
# markets that have a capital requirement".
_AMONG_CONDITIONED = lazy_compile(
    r"有[^，,。？?]{0,10}(要求|门槛|限制)的(市场|集市|类目)"
    r"|\b(among|of) (the )?(markets|categories) (that|which) (have|set|impose|require)\b"
)


def asks_blocked(question: str) -> bool:
    """ "会被哪些市场挡在外面", "which markets are closed to us": the blocked markets asked."""
    norm = normalize(question)
    return bool(_ASKS_BLOCKED.search(norm)) and not _ASKS_NOT_BLOCKED.search(norm)


# Open markets whose own met conditions are named with them: a few fit (a small team's market);
# when most markets are open, their conditions would bury the answer.
_MET_NAMED_UP_TO = 2


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
    open_met: dict[str, list[str]] = {}  # open market → the conditions it meets on the facts
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
            # The condition it meets on the stated facts, named with it ("零售通：员工不少于4人").
            open_met[market_label(market, lang)] = [
                c.summary_en if lang == "en" else c.summary_zh
                for c in market.conditions
                if any(c.key in keys for keys, _ in facts)
            ]
        conditioned = any(c.key in keys for keys, _ in facts for c in market.conditions) or (
            bool(support_level) and any(computed._is_support(c) for c in market.conditions)
        )
        if not conditioned:
            unconditioned.append(market)
        for condition in blockers:
            rule = condition.summary_en if lang == "en" else condition.summary_zh
            blocked.setdefault(rule, []).append(market_label(market, lang))
    if _AMONG_CONDITIONED.search(norm) and len(unconditioned) < len(open_markets):
        # "在有注册资金要求的市场里面，哪个是我们够得着的" (holdout57 #153): only the markets
        # that set the condition are asked about.
        open_markets = [m for m in open_markets if m not in unconditioned]
        unconditioned = []
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
    if not shown and not blocked:
        # "我们做金融的，哪个市场会因为行业拒绝我们": only an industry said, and it is open.
        limited = [
            (market_label(market, lang), c.summary_en if lang == "en" else c.summary_zh)
            for market in all_markets()
            for c in market.conditions
            if c.key == "industry"
        ]
        body = t(
            "answers_which_industry_open",
            lang,
            markets=sep.join(name for name, _ in limited),
            rule=rule_sep.join(rule for _, rule in limited),
        )
        source = source_line(sections()["conditions"], None, lang)
        return Answer(with_source(body, source, lang), lang, True, "computed.which", source, [])
    if open_markets:
        opened = sep.join(market_label(m, lang) for m in open_markets)
        open_line = t("answers_which_open", lang, given=given, markets=opened)
        met = [(name, rules) for name, rules in open_met.items() if rules]
        if blocked and met and len(met) <= _MET_NAMED_UP_TO:
            # "a market for a small team": the fitting market's own condition, named on the line
            # after the markets (the first line stays the list asked for).
            open_line += (
                "\n"
                + "".join(
                    t("answers_which_open_met", lang, market=name, rules=rule_sep.join(rules))
                    for name, rules in met
                ).strip()
            )
    else:
        open_line = t("answers_which_none_open", lang, given=given)
    if unconditioned:
        listed = sep.join(market_label(m, lang) for m in unconditioned)
        # ("…可以考虑的市场：API市场、物联网市场。其中API市场、物联网市场对这些方面没有要求，其他
        # 列出的市场这几项都满足" — black-box s65 D22: no other market was listed.)
        every = set(unconditioned) >= set(open_markets)
        open_line += t(
            "answers_which_unconditioned_all" if every else "answers_which_unconditioned",
            lang,
            markets=listed,
        )
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
    asks_blocked = _ASKS_BLOCKED.search(normalize(question))
    if asks_blocked and not _ASKS_NOT_BLOCKED.search(normalize(question)):
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
    r"查不到|找不到|没有费率|没费率|无费率|不在[^，,。？?]{0,6}表|没列|未列|没有列|表里没有|表中没有|没有给出"
    # "佣金阶梯表里哪些市场是没有的": the table named, then which markets it lacks.
    r"|表(里|中|上)[^，,。？?]{0,10}(没有|没|缺|不包括)"
    r"|\b(no rates?|not (listed|in the (\w+ )?(rate )?table)|missing from|aren't listed|isn't listed"
    r"|without a rate|has no rate"
    # "which markets simply aren't in that fee table?"
    r"|(aren't|are not|isn't|is not|not) (listed )?in (the|that|this) ([\w-]+ )?(rate |fee |commission )?table)\b"
    # "Which markets does the commission table NOT cover at all?"
    r"|\b(not|doesn't|does not|don't|do not) cover(ed)?\b|表(里|中|上)?没(有)?(覆盖|包括|包含)"
    # "Which markets do not appear in the commission rate table at all?"
    r"|\b(do not|don't|does not|doesn't|never) (appear|show up|feature)\b"
)
# "不抽佣金（0%）", "which markets charge no commission": every tier at 0 %.
_ZERO_RATE = lazy_compile(
    # "佣金是0", "费率为零", "0佣金": a rate of nothing written without the % sign.
    r"(是|为|等于|=|:)\s*(0|零)(?![\d.万千])|(?<![\d.])0\s*(佣金|抽成|费率)"
    r"|\b(of|is|are|at|be)\s+0(?![\d.,])|(?<![\d.,])\b0 (commission|rate|fees?)\b"
    r"|不抽|不收|免佣|免费|零佣金|(?<![\d.])0\s*%|没有佣金|不用交佣金|不扣|\b(zero|no commission|free"
    r"|don't charge|do not charge|doesn't charge|without commission|commission-free)\b"
)


def asked_without_markets(question: str) -> bool:
    """The sentence asking "which markets" names no market itself ("佣金表里哪些市场没有费率？我们
    做开发运维的…": the market is the vendor's, said in another sentence)."""
    from bot.answers.names import markets_in_question

    sentences = [s for s in _SENTENCES.split(normalize(question)) if ASKS_WHICH.search(s)]
    return bool(sentences) and not any(markets_in_question(s) for s in sentences)


_SENTENCES = lazy_compile(r"[。？?!！;；]|\.(?=\s)")


def markets_by_rate(question: str, lang: Lang, today: date | None = None) -> Answer | None:
    """ "哪些市场不抽佣金（0%）" → API市场、物联网市场; "哪些市场查不到费率" → 新零售、开发运维、
    零售通: the markets first, from the rate table in rules data (the highest and lowest
    rates are the whole table's answer). None unless the question asks which markets by a property of their rates."""
    norm = normalize(question)
    if not (
        ASKS_WHICH.search(norm)
        and (
            _RATE_TOPIC.search(norm)
            or _TIER_RATE_ASKED.search(norm)
            # "which categories use the 10% / 5% / 3% tier scheme?" (holdout55 #152).
            or _RATE_TRIPLE.search(norm)
        )
    ):
        return None
    period = default_policy().periods[-1]
    rows = list(period.rates)
    no_rate = markets_without_rate()

    def names(ids: list[str]) -> str:
        return join_names([market_label(get_market(m), lang) for m in ids], lang)

    no_rate_text = t("answers_which_no_rate_tail", lang, names=names(no_rate)) if no_rate else ""
    # "Which market charges 20% commission in the lowest tier?" (holdout79 #197: the lowest
    # rates): the lowest / highest tier is tier 1 / 3, no extreme asked.
    norm = _EXTREME_TIER.sub(lambda m: _EXTREME_TIER_AS[m.group(1) or m.group(3)], norm)
    extreme = _HIGHEST.search(norm) or _LOWEST.search(norm)
    tier_rate = _TIER_RATE_ASKED.search(norm)
    triple = _RATE_TRIPLE.search(norm)
    # ("哪些是10%、5%、3%，哪些是0%": two lists asked, the rate table's whole answer.)
    if triple is not None and not extreme and not _ZERO_RATE.search(_RATE_TRIPLE.sub(" ", norm)):
        # "哪些类目的佣金是10%/5%/3%这一档的": the rows with those three rates (holdout31 #154).
        wanted = tuple(Decimal(triple.group(n)) for n in (1, 2, 3))
        chosen = [row.market for row in rows if tuple(row.percent) == wanted]
        if not chosen:
            return None
        rates = " / ".join(f"{triple.group(n)}%" for n in (1, 2, 3))
        body = t("answers_which_rate_triple", lang, rates=rates, names=names(chosen))
    elif tier_rate is not None and not extreme:
        # "哪些市场的佣金第一档是10%": the rows with that rate at that tier, from the table.
        said = (
            tier_rate.group("rate")
            or tier_rate.group("rate_en")
            or tier_rate.group("rate_first")
            or tier_rate.group("rate_ord")
        )
        tier = _TIER_NUMBER[
            tier_rate.group("tier")
            or tier_rate.group("tier_en")
            or tier_rate.group("tier_last")
            or tier_rate.group("tier_ord")
        ]
        rate = Decimal(said)
        chosen = [row.market for row in rows if row.percent[tier - 1] == rate]
        if not chosen:
            return None
        body = t("answers_which_tier_rate", lang, tier=tier, rate=said, names=names(chosen))
    elif (
        (any_rate := _ANY_RATE.search(norm)) is not None
        and not extreme
        and Decimal(any_rate.group(1)) != 0
    ):
        # "which markets have a 20% commission rate in any tier?" (holdout54 #92): every row
        # with that rate at some tier, and at which.
        rate = Decimal(any_rate.group(1))
        found = [
            (row.market, [i + 1 for i, percent in enumerate(row.percent) if percent == rate])
            for row in rows
        ]
        found = [(market, tiers) for market, tiers in found if tiers]
        if not found:
            return None
        listed = join_names(
            [
                t(
                    "answers_which_rate_at_tiers",
                    lang,
                    name=market_label(get_market(market), lang),
                    tiers=t("list_separator", lang).join(str(tier) for tier in tiers),
                )
                for market, tiers in found
            ],
            lang,
        )
        body = t("answers_which_rate_any", lang, rate=any_rate.group(1), names=listed)
    elif _NO_RATE.search(norm) and _rows_of(markets_in_question(question), rows):
        # "佣金表里怎么找不到服务市场？按哪个比例算" (holdout54 #45): the market is in the table,
        # under its row's own name (服务&代维) — that row, never the markets with none.
        body = "\n".join(
            t(
                "answers_rate_row_named",
                lang,
                name=market_label(get_market(row.market), lang),
                table=row.table_name,
                rates=" / ".join(f"{percent}%" for percent in row.percent),
            )
            for row in _rows_of(markets_in_question(question), rows)
        )
    elif _NO_RATE.search(norm) and not (
        # "which don't charge commission and which are not covered": the zero rows, then the
        # markets with none (the zero branch names both).
        _ZERO_RATE.search(norm) and _NOT_COVERED.search(norm)
    ):
        body = t("answers_which_no_rate", lang, names=names(no_rate))
    elif _ZERO_RATE.search(norm) and not extreme:
        zero = [row.market for row in rows if all(p == 0 for p in row.percent)]
        if not zero:
            return None
        body = t("answers_which_zero_rate", lang, names=names(zero)) + no_rate_text
    elif extreme:
        # "哪个类目佣金比例最高": the row highest (lowest) at every tier, from the rate table.
        highest = bool(_HIGHEST.search(norm))
        pick = max if highest else min
        best = pick(row.percent for row in rows)
        chosen = [row for row in rows if row.percent == best]
        if any(pick(row.percent[tier] for row in rows) != best[tier] for tier in range(len(best))):
            return None
        rates = " / ".join(f"{percent}%" for percent in best)
        key = "answers_which_highest_rate" if highest else "answers_which_lowest_rate"
        body = t(key, lang, names=names([row.market for row in chosen]), rates=rates) + no_rate_text
    else:
        return None
    # The markets first; whose rates these are after.
    if computed.policy_ended(today or computed.today_in_china()):
        body += t("answers_which_rates_ended", lang, span=computed.policy_span(lang))
    source = source_line(sections()["commission"], t("answers_rates_subsection", lang), lang)
    return Answer(with_source(body, source, lang), lang, True, "computed.which_rates", source, [])


def _rows_of(market_ids: list[str], rows: list) -> list:
    """The rate rows of `market_ids` when every one of them has a row; [] otherwise."""
    found = [row for m in market_ids for row in rows if row.market == m]
    return found if market_ids and len(found) == len(market_ids) else []


# A rate said with no tier: "which markets charge 20%", "哪些市场有20%的档".
_ANY_RATE = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")
# "第一档是10%", "tier 1 is 10%": a rate asked at one tier.
_NOT_COVERED = lazy_compile(r"\b(not|doesn't|does not|don't|do not) cover(ed)?\b")
_RATE_TRIPLE = lazy_compile(
    r"(\d+(?:\.\d+)?)\s*%\s*[/、,，]\s*(\d+(?:\.\d+)?)\s*%\s*[/、,，]\s*(\d+(?:\.\d+)?)\s*%"
)
_TIER_RATE_ASKED = lazy_compile(
    r"第\s*(?P<tier>[一二三123])\s*档[^，,。？?]{0,8}?(?P<rate>\d+(?:\.\d+)?)\s*%"
    r"|\btier\s*(?P<tier_en>[123])\b[^,.?]{0,20}?(?P<rate_en>\d+(?:\.\d+)?)\s*%"
    r"|(?P<rate_first>\d+(?:\.\d+)?)\s*%\s*(?:(?:rate|commission|fee)\s*)?(?:at|in|for|as)\s*"
    r"(?:the\s*)?tier\s*(?P<tier_last>[123])\b"
    # "charges 20% in the first commission tier": the tier by its ordinal.
    r"|(?P<rate_ord>\d+(?:\.\d+)?)\s*%\s*(?:(?:rate|commission|fee)\s*)?(?:at|in|for|as)\s*"
    r"(?:the\s*)?(?P<tier_ord>first|second|third)"
    r"\s*(?:commission\s*)?(?:tier|bracket)\b"
)
_TIER_NUMBER = {
    "一": 1, "二": 2, "三": 3, "1": 1, "2": 2, "3": 3, "first": 1, "second": 2, "third": 3,
}  # fmt: skip
_EXTREME_TIER = lazy_compile(
    # ("the highest tier-1 rate" names tier 1, not the top tier.)
    r"\b(lowest|bottom|highest|top) (tier|bracket|band)\b(?![- ]?\d)|(最低|最高)(的)?(一)?档"
)
_EXTREME_TIER_AS = {
    "lowest": "tier 1", "bottom": "tier 1", "highest": "tier 3", "top": "tier 3",
    "最低": "第1档", "最高": "第3档",
}  # fmt: skip
# "佣金最高", "the highest commission": the row highest at every tier; "最低", "cheapest".
_HIGHEST = lazy_compile(r"最高|最贵|最多|最狠|\b(highest|most expensive|largest|biggest|most)\b")
_LOWEST = lazy_compile(r"最低|最便宜|最少|\b(lowest|cheapest|smallest|least)\b")


# --- which market fits what the vendor sells ---------------------------------------------------
# "我们做网络安全、WAF这类安全软件，ECS镜像部署，该进哪个集市": the market is what is asked; a
# condition's word inside the product (镜像, ECS) or a market's word (安全软件) asks no rule.

# What the vendor makes or sells is described.
_DESCRIBES_OFFERING = lazy_compile(
    r"(我们|我司|公司|本公司|我|咱们)[^，,。;；?？]{0,6}?(做|卖|开发|提供|经营|主营|研发|销售|有一?(个|款|套))"
    r"|(做|卖|开发|提供|经营|主营|研发|销售)[^,，。;；?？]{1,24}"
    r"(的|软件|系统|saas|产品|平台|工具|服务|应用|接口|api|模板|硬件|设备|传感器|小程序|app|镜像|方案)"
    # "我们给服饰品牌做门店数字化方案": whom it is for between the vendor and the making.
    r"|(我们|我司|公司|本公司|咱们)(是|主要)?(给|帮|为|替)[^，,。;；?？]{1,16}(做|提供|开发)"
    # "我们的防火墙软件以镜像形式交付": the vendor's own product named.
    r"|(我们|我司|本公司|咱们|我方)的[^，,。;；?？的]{1,12}"
    r"(软件|系统|saas|产品|平台|工具|应用|接口|api|硬件|设备|app|镜像|方案)"
    # "我们有天气查询和快递查询的接口", "手上有几个物流查询的接口": the product they hold.
    r"|(我们|我司|公司|本公司|咱们)[^，,。;；?？]{0,4}有[^，,。;；?？]{1,20}"
    r"(接口|api|软件|系统|saas|产品|平台|工具|方案|模板|应用|小程序|app|镜像)"
    # "我们的防火墙是放安全市场还是…": the product itself asked where it goes.
    r"|(我们|我司|公司|本公司|咱们)的[^，,。;；?？]{1,16}(是|该|应该)?(放|进|上架|归|属于)"
    r"|产品是|产品(主要)?(有|包括)"
    # "我们有三个产品：…", "we have two products: …": the products listed after.
    r"|有\s*[一二两三四五六七八九十几\d]+\s*(个|款|套|种|类)\s*(产品|软件|系统|方案|服务|应用|工具)"
    r"|\bwe (have|sell|offer|make) (two|three|four|five|several|\d+) (different )?(products|offerings"
    r"|solutions|tools|apps|services)\b"
    r"|\bwe (make|build|sell|offer|develop|provide|do|run|have|create|ship|help|handle)\b"
    # "our company does data migration …", "our team handles …": the vendor named by its firm.
    r"|\bour (company|team|firm|agency|studio) (does|do|handles|makes|builds|sells|offers|provides"
    r"|develops|runs)\b"
    r"|\bwe're an?\b.{0,40}\b(company|vendor|provider|startup|team)\b"
    # "We are an MSP doing data migration, …" (holdout67 #61: a condition's ECS read instead):
    # the vendor's kind of firm, or what it is doing, said.
    r"|\b(we are|we're) an? (\w+ ){0,3}?(msp|isv|integrator|consultancy|agency|reseller"
    r"|company|vendor|provider|startup|team|studio|firm)\b"
    r"|\b(we are|we're) (\w+ ){0,4}?doing\b"
    r"|\bour (product|products|software|service|services|tool|tools|app|platform|solution)\b"
    # "our BI product", "our little CRM tool": a word or two before what it is.
    r"|\bour( [\w\-]+){1,2} (product|products|software|tool|tools|app|platform|solution|saas"
    r"|plan|plans|apis?)\b"
    # "Does an HR SaaS go to Enterprise Application or Solution?": the product asked where it goes.
    r"|\b(does|do|should|would|can|will) (an?|our|the|my|this|these) [\w\- ]{1,40}? (go|belong"
    r"|fit|be listed|sit)\b"
    # "想发布成API按次收费", "publish it as an API, billed per call": a capability sold as an API.
    r"|(发布|做成|封装成|包装成|开放成|提供成)(为)?[^，,。;；?？]{0,4}(api|接口)"
    r"|\b(publish|expose|offer|sell|package|wrap|list)\w*( it| them)? as an? (\w+ )?api\b"
)
# The market itself is asked for ("该进哪个集市", "where should we list"), not a rule's markets.
_ASKS_FIT = lazy_compile(
    r"(哪个|哪些|哪一个|哪几个|哪类|什么)\s*(市场|集市|类目|板块|分类)"
    # "去哪找人" asks whom to go to for help, never a market.
    r"|(入|进|选|去(?!\s*哪里?儿?\s*(找|问|联系|咨询|求助|反馈|投诉|申请|提交|办理|操作))|放|归|属于|适合|对应|报|上架到?)\s*哪"
    r"|\b(which|what)\s+(market|markets|category|categories|marketplace category)\b"
    r"|\bwhere (should|do|can|would) (i|we)\b|\bwhere to (list|sell|join|onboard|apply|go|register)\b"
)
# A rule asked ("哪个市场要求7x24", "which market has the lowest commission") or a situation
# stated ("没有ACP", "成立3年") makes it another question: the rule's markets, or a verdict.
_RULE_OR_SITUATION = lazy_compile(
    r"要求|门槛|佣金|抽成|扣点|费率|保证金|押金|最低|最高|最便宜|最少|不用|不需要|没有|还没|不到|不满|不够"
    # "哪些市场把…列为入驻条件": the markets of a rule.
    r"|(列为|列入|列成|作为|算作)[^，,。？?]{0,6}条件"
    # "哪几个市场得先做…认证": what a market makes the vendor do first is its rule.
    r"|得先|必须|需要先|要先|先要|先得|\bmust (first )?(do|have|complete|pass|get|obtain)\b"
    r"|能进|可以进|能入|可以入|能不能|进得了|进不了|\d"
    r"|\b(require|requires|required|commission|deposit|rate|fee|cheapest|lowest|highest"
    r"|don't|do not|no|not|without|eligible|allowed|qualify|zero|none|lack|possible)\b"
)
# After the market, what else the question asks of it.
_THEN_CONDITIONS = lazy_compile(
    r"(什么|哪些|啥)(条件|要求|资质)|条件(是什么|有哪些)|需要(什么|满足|准备)|要满足"
    r"|\b(requirements?|conditions?|criteria|what do we need)\b"
)
# "是进安全市场还是企业应用市场": two markets named as the choice.
_CHOICE = lazy_compile(
    r"还是|\bor\b"
    # "建站和企业应用哪个适合我们": the named markets as the choice.
    r"|哪(个|一个)(更|比较|最)?(适合|合适|好|对口|匹配)|\bwhich (one )?(fits|suits|is better|is best)\b"
)
_THEN_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposit")
# Below the described-markets' ordinary minimum, a product kind named once in two markets'
# text (SaaS: 企业应用, 数据智能) still names them when the vendor describes only that.
_MIN_PRODUCT_SCORE = 2.0


# "安全软件和数据分析", "ERP and BI reports": several products, each with its own market.
# Only words joining products split: a comma or 、 runs on about one product ("网络安全、WAF这类
# 安全软件，ECS镜像部署" is one security product, its image no second product).
_PRODUCT_SPLIT = lazy_compile(
    r"和|以及|还有|既|又|同时|并且|也做|另外|\b(and|both|plus|as well as|also)\b"
)
# "分别该进哪个集市", "which market for each": the products are listed one per comma too.
_EACH_PRODUCT = lazy_compile(
    r"分别|各自|各该|每个(产品)?(各|分别)?(该|应该|要)?(进|入|上架|放)|\b(for each|each of them|respectively"
    r"|each one|each product|each go)\b"
)
_LIST_SPLIT = lazy_compile(r"[，,、；;：:.。!！?？]")


def _fit_per_product(described: str, lang: Lang, among: list[str] | None) -> list:
    """The best market of each product when the vendor lists several that fit different
    markets; [] when they all fit one (then the whole description is matched)."""
    from bot.answers import reverse

    chosen: dict[str, tuple] = {}
    for _, fit in _products_with_fit(described, lang, among):
        chosen.setdefault(fit[0].id, fit)
    if len(chosen) < 2:
        return []
    whole = reverse.fitting_markets(described, lang, among, min_score=_MIN_PRODUCT_SCORE)
    if whole:
        # "an HR and finance management SaaS": one product in words joined by "and"; a piece's
        # market counts only when it fits by a word the whole description's best does not take.
        best = whole[0][0]
        if best.id not in chosen:
            # "data migration and security hardening": no piece fits the market the whole
            # service fits best (服务); the pieces are one offering, matched whole.
            return []
        kept = [
            fit
            for fit in chosen.values()
            if fit[0].id == best.id or reverse.fits_beside(described, fit[0], best)
        ]
        if len(kept) < 2:
            return []
        # "cloud migration, environment setup and troubleshooting": the whole description's
        # best market (服务) leads, whichever piece named the other first.
        return sorted(kept, key=lambda fit: fit[0].id != best.id)
    return list(chosen.values())


def _products_with_fit(
    described: str, lang: Lang, among: list[str] | None, each: bool = False
) -> list[tuple]:
    """(product words, (market, sentence)) for each product listed that fits a market; with
    `each` ("分别", "for each") the products are split at commas too."""
    from bot.answers import reverse

    pieces = _PRODUCT_SPLIT.split(described)
    if each or _EACH_PRODUCT.search(described):
        pieces = [part for piece in pieces if piece for part in _LIST_SPLIT.split(piece)]
    found = []
    for piece in pieces:
        # "我们有三个产品", "we have two products": the count introduces the products.
        product = _PRODUCT_LEAD.sub("", _PRODUCT_COUNT.sub(" ", piece or "").strip()).strip()
        if len(product) < 2:
            continue
        fits = reverse.fitting_markets(product, lang, among, min_score=_MIN_PRODUCT_SCORE)
        own = markets_in_question(product)
        if not fits and each and len(own) == 1:
            # "an SMS verification API": a product named by a market's own word.
            fits = reverse.fitting_markets(product, lang, own, min_score=0)
        if fits:
            found.append((product, fits[0]))
    return found


# "一个是BI报表", "an SMS API": the counting words before a product listed.
_PRODUCT_LEAD = lazy_compile(
    r"^(an?|one|the)\s+|^((我们|我司|公司)?(还)?有?\s*)?(一|1)?\s*(个|款|套|种)?\s*(是|做)?\s*"
)
_PRODUCT_COUNT = lazy_compile(
    r"(我们|我司|公司|本公司)?[^，,。:：]{0,4}有\s*[一二两三四五六七八九十几\d]+\s*(个|款|套|种|类)\s*"
    r"(产品|软件|系统|方案|服务|应用|工具)"
    r"|\bwe (have|sell|offer|make) (two|three|four|five|several|\d+) (different )?(products|offerings"
    r"|solutions|tools|apps|services)\b( is| are)?"
)


def _as_written(question: str, norm: str, product: str) -> str:
    """The product's words as the vendor wrote them ("HR SaaS", not "hr saas") when the
    normalized text lines up with the question."""
    at = norm.find(product)
    if at < 0 or len(norm) != len(question):
        return product
    return question[at : at + len(product)]


def _without_quote(sentence: str, lang: Lang) -> str:
    """An English description line without the guide's Chinese quote behind it: with three
    products and their three quotes the reply outgrew Slack's length and the last product was
    cut; the source line names the guide's section."""
    head = t("answers.guide_quote", lang, quote="").rstrip(")）")
    at = sentence.find(head)
    return sentence[:at].rstrip() if at > 0 else sentence


def per_product_answer(question: str, lang: Lang, named: list[str]) -> Answer | None:
    """ "三个产品：短信验证码API、基于阿里云IoT的门锁、HR SaaS，分别该进哪个集市": each product
    with the market its guide text fits, in the vendor's order; None unless "each" is asked of
    at least two products that fit different markets."""
    from bot.answers import reverse

    norm = normalize(question)
    fit = _ASKS_FIT.search(norm)
    if fit is None or not _EACH_PRODUCT.search(norm) or not _DESCRIBES_OFFERING.search(norm):
        return None
    if _RULE_OR_SITUATION.search(norm[: fit.start()]):
        return None
    described = norm[: fit.start()]
    products = [
        (_as_written(question, norm, product), found)
        for product, found in _products_with_fit(described, lang, None, each=True)
    ]
    if len({found[0].id for _, found in products}) < 2:
        return None
    lines = [
        t(
            "answers_product_market_line",
            lang,
            product=product,
            market=market_label(market, lang),
            value=_without_quote(sentence, lang),
        )
        for product, (market, sentence) in products
    ]
    body = "\n".join([t("answers_product_markets_head", lang), *lines])
    answer = reverse.fit_answer([found for _, found in products], lang)
    return Answer(
        with_source(body, answer.source or "", lang), lang, True, answer.topic, answer.source, []
    )


def fit_with_follow_up(message: str, lang: Lang) -> bool:
    """ "我们做CRM SaaS，选哪个类目？需要什么条件": the market that fits, then its conditions or
    deposit — one answer, never the follow-up asked of no market."""
    norm = normalize(message)
    fit = _ASKS_FIT.search(norm)
    if fit is None:
        return False
    after = norm[fit.end() :]
    follows = _THEN_CONDITIONS.search(after) or _THEN_DEPOSIT.search(after)
    if not follows:
        return False
    from bot.answers.names import markets_in_question

    return product_fit_answer(message, lang, markets_in_question(message)) is not None


# What the vendor makes, by a making or selling verb ("我们做安全软件", "we build BI dashboards");
# "we have 1688 membership" states a fact, no product.
_MAKES = lazy_compile(
    r"(做|卖|开发|研发|销售|经营|主营|提供)[^，,。;；?？]{0,20}(软件|系统|saas|产品|平台|工具|服务|应用"
    r"|接口|api|模板|硬件|设备|传感器|网关|小程序|app|方案|waf|erp|crm|bi)"
    r"|\bwe (make|build|sell|develop|offer|provide|create)\b"
)
# "We make a CRM SaaS." / "We sell smart sensors,": the product stated as its own sentence or
# clause, before what is asked of it.
_MAKES_IN_ENGLISH = lazy_compile(
    r"^\s*(hi|hello)?[\s,!]*\b(we|our company) (make|build|sell|develop|offer|provide|create)\b"
    r"[^.?!,;]{2,60}[.?!,;]"
)
# What is asked of the product's market right after: its conditions or its deposit.
_ASKED_OF_PRODUCT = lazy_compile(
    r"(?<=[.?!,;] )\s*(what are the |what's the |what is the |how much is the |how much )?"
    r"(requirements?|conditions?|criteria|entry requirements|deposit)\b"
)
# A long message (a letter with the company's whole profile) is left to the usual answers.
_SHORT_QUESTION = 90
# Which market fits is asked ("该进", "适合", "which market fits", "where should we list").
_FIT_WORDS = lazy_compile(
    r"该|应该|适合|合适|放到?哪|归到?哪|属于哪|对应哪|上架到?哪|选哪"
    r"|\b(fits?|suits?|suitable|should|best|right (market|category)|belong)\b"
)
# "哪些市场进不了", "which are ruled out": the blocked markets are asked, not the fit.
_ASKS_RULED_OUT = _ASKS_BLOCKED
# A rule asked ("哪个市场要求7x24", "which market has the lowest commission") is no fit.
_RULE_ASKED = lazy_compile(
    r"要求|门槛|佣金|抽成|扣点|费率|保证金|押金|最低|最高|最便宜|不用|不需要"
    r"|\b(require|requires|required|commission|deposit|rate|fee|cheapest|lowest|highest)\b"
)


def fit_then_verdict(
    question: str, lang: Lang, verdict_for: Callable[[list[str]], Answer | None]
) -> Answer | None:
    """ "我们做安全软件，成立3年，能进哪个市场": the market that fits what the vendor sells,
    named first, then the verdict on the stated facts for it (`verdict_for`, the usual
    verdict). None unless a product, a stated situation and "which market" are all there."""
    from bot.answers import reverse

    norm = normalize(question)
    fit = _ASKS_FIT.search(norm)
    if (
        fit is None
        or len(norm) > _SHORT_QUESTION
        or not _MAKES.search(norm)
        or not _FIT_WORDS.search(norm)
    ):
        # "…能进哪些市场", "which markets could we join": the markets open to the stated facts
        # are asked (markets_open_to), not which one fits the product.
        return None
    if _ASKS_RULED_OUT.search(norm) or _RULE_ASKED.search(norm):
        return None
    chosen = _fit_per_product(norm[: fit.end()], lang, None) or reverse.fitting_markets(
        question, lang, None, min_score=_MIN_PRODUCT_SCORE
    )
    if not chosen or len(chosen) > 2:
        return None
    verdict = verdict_for([market.id for market, _ in chosen])
    if verdict is None or verdict.topic == "computed.which_markets":
        return None
    described = reverse.fit_answer(chosen, lang)
    head = described.text[: described.text.rfind("\n")]
    head = head[: head.rfind("\n")]
    return Answer(f"{head}\n\n{verdict.text}", lang, True, described.topic, verdict.source, [])


def describes_offering(question: str) -> bool:
    """ "我们做堡垒机和漏洞扫描", "we sell IoT gateways": what the vendor sells is said."""
    # "我们还没做阿里云生态伙伴认证" (dev47 #114): a certification or review done, no product.
    return bool(_DESCRIBES_OFFERING.search(_PROCESS_DONE.sub(" ", normalize(question))))


_PROCESS_DONE = lazy_compile(
    r"(还没|没有?|已经|刚|正在)?做(完|好|过)?[^，,。;；?？]{0,12}(认证|审核|评估)"
)


def product_fit_answer(question: str, lang: Lang, named: list[str]) -> Answer | None:
    """The market(s) whose guide text fits what the vendor sells, named first; then, if asked,
    the best one's conditions or deposit. None when the question is not "we sell X, which
    market" (a rule's markets, a verdict on a stated situation) or no market fits."""
    from bot.answers import reverse

    norm = normalize(question)
    fit = _ASKS_FIT.search(norm)
    if fit is None and len(named) > 1:
        fit = _CHOICE.search(norm)
    if fit is not None:
        start, end = fit.start(), fit.end()
    elif not named and _MAKES_IN_ENGLISH.search(norm) and _ASKED_OF_PRODUCT.search(norm):
        # "We make a CRM SaaS. Requirements?", "we sell smart sensors, how much deposit?": no
        # market named, so the one the product fits is the one asked about.
        start = end = _ASKED_OF_PRODUCT.search(norm).start()
    else:
        return None
    if not _DESCRIBES_OFFERING.search(norm):
        return None
    # The rule words may follow the market asked for ("该进哪个集市，需要什么条件"), never
    # come in or before it ("哪个市场要求7x24", "没有ACP能进哪个市场").
    # "可以进哪个市场" is the fit asked, not a verdict: the asking words themselves are left out.
    before, after = norm[:end], norm[end:]
    if _RULE_OR_SITUATION.search(norm[:start]):
        return None
    then_conditions = bool(_THEN_CONDITIONS.search(after))
    then_deposit = bool(_THEN_DEPOSIT.search(after))
    rest = _THEN_CONDITIONS.sub(" ", _THEN_DEPOSIT.sub(" ", after))
    if _RULE_OR_SITUATION.search(rest):
        return None
    # Markets named as the choice; a product's own words ("短信验证码API", "基于阿里云IoT的门锁")
    # asked of each product name no choice.
    among = named if len(named) > 1 and not _EACH_PRODUCT.search(norm) else None
    chosen = _fit_per_product(before, lang, among) or reverse.fitting_markets(
        question, lang, among, min_score=_MIN_PRODUCT_SCORE
    )
    if not chosen:
        return None
    described = reverse.fit_answer(chosen, lang)
    best = [market.id for market, _ in chosen]
    if len(best) != 1 or not (then_conditions or then_deposit):
        return described
    more = (
        computed.conditions_answer(best[0], lang)
        if then_conditions
        else computed.deposit_answer(best, lang)
    )
    body = described.text[: described.text.rfind("\n")]
    # The check-the-conditions tail is answered by what follows it.
    body = body[: body.rfind("\n")]
    text = f"{body}\n\n{more.text}"
    return Answer(text, lang, True, described.topic, more.source, [])


# "开发运维市场主要卖哪类产品", "物联网市场主要是哪些产品", "What kind of products are sold in
# the DevOps market?": what a market sells is its description, not its conditions on products
# (unless a requirement is asked: "产品需要满足什么要求").
_ASKS_WHAT_SOLD = lazy_compile(
    r"(卖|是|有|做|包括|包含|上架|销售|售卖|收|接收|招)(的)?(些)?(哪些|哪类|哪种|什么|啥)(样的|类型的?|类的?)?"
    r"(产品|商品|东西|服务|软件)"
    r"|\bwhat (kinds?|sorts?|types?) of (products?|services?|things|software|offerings?|solutions?)\b"
    r"|\bwhat (products?|services?|offerings?)\b.{0,30}\b(sold|sell|sells|offered|listed|found|available)\b"
    # "Is that the kind of product the DevOps market sells?": one product held against it.
    r"|\b(the )?(kind|sort|type) of (products?|services?|things?|software|tools?) (the |that )?"
    r"[^?.]{0,40}\b(sells?|sold|offers?|lists?|carr(y|ies)|takes?)\b"
)
_ASKS_REQUIREMENT = lazy_compile(
    r"要求|条件|需要|必须|得是|门槛|改造|\b(require\w*|must|need|needs|conditions?|criteria|qualif\w*)\b"
)


def asks_what_sold(question: str) -> bool:
    """The question asks what a market sells (its description), no requirement on products."""
    norm = normalize(question)
    return bool(_ASKS_WHAT_SOLD.search(norm)) and not _ASKS_REQUIREMENT.search(norm)


def with_market_named(found: Answer, market_id: str, question: str) -> Answer:
    """ "我们给零售通的小店做代运营，选哪个市场？": the market's name first when which market is
    asked and its description answers (the Chinese description alone never names it)."""
    from bot.answers import reverse

    label = market_label(market_id, found.lang)
    if not reverse.asks_which_market(question) or found.text.startswith(label):
        return found
    found.text = t("answers_which_market_is", found.lang, market=label) + found.text
    return found
