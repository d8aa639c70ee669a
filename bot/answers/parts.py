"""A month's turnover given in parts: "自营30万、分销8万", "180k direct sales plus 20k through
distribution".

The guide's tier is chosen by the category's whole month (seed §4, SPEC decision 9), and only
the part that is not distribution pays commission. A vendor who gives the two parts gives no
total: the total is their sum. Reading the first amount as the total (the old behaviour) put
"自营30万、分销8万" in tier 2 on 30万 and charged 22万; the right reading is 38万 for the tier
and 30万 charged.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from bot.answers.each_orders import spelled_out
from bot.answers.text import Mention, money_mentions, normalize
from bot.lazy_re import lazy_compile

Part = Literal["own", "distribution", "total"]

_DISTRIBUTION = lazy_compile(
    r"分销|代销|经销|渠道|代理商|代理卖|distribution|distributors?|distributed|resellers?|channel partners?"
    r"|through (partners|channels?)|via (partners|channels?)"
)
# The part that is not distribution: sold by the vendor itself.
_OWN = lazy_compile(
    r"自营|直销|直营|自售|自己卖|自卖|非分销|直接销售|官网|自己的|自有|自家|我们自己|自己|"
    r"\b(direct|directly|own|ourselves|in-?house|self[- ]?operated|self[- ]?sold"
    r"|non-?distribution|not through distribution)\b"
)
# The own part named as a kind of sale ("自营订单合计", "direct sales total"), not just "our own"
# ("我们自己总共卖了30万，其中分销10万" states the month).
_OWN_KIND = lazy_compile(
    r"自营|直销|直营|自售|非分销|直接销售|\b(direct|self[- ]?operated|non-?distribution"
    r"|own (orders?|sales))\b"
)
# A total stated as such: then the amounts are not parts and the usual reading applies.
# "加起来21万", "合起来", "=21万", "200k combined", "that's 180k all told" state the parts' sum.
_TOTAL = lazy_compile(
    r"总额|总共|合计|一共|总计|总流水|总交易|共计|其中|加起来|加在一起|加一起|合起来|合在一起|总的|总数|"
    r"共\s*$|=|＝|\b(total|totals|totalling|totaling|in all|altogether|overall|of which|combined"
    r"|all told|in sum|sum|summed|adds? up to|added up)\b"
)
# Words that say a number is none of these ("没有分销" is no distribution part).
_NEGATED = lazy_compile(
    r"(没有|没|无|不含|不是|非|不)\s*(走|通过|用)?\s*(任何)?\s*(分销|代销)|\b(no|without)\s+distribution"
    r"|\b(no|without|zero|none)\s*(分销|代销)"
    # "none of them distribution", "not one was through resellers", "zero via distributors".
    r"|\b(none|not|zero|neither|nothing)\b[a-z\s]{0,24}?\b(distribution|distributors?|distributed|resellers?)\b"
)


# ("分销渠道另外走了25万": 另外 inside the clause says "in addition", it parts nothing.)
_SEPARATOR = lazy_compile(
    r"[,，、;；:：+＋]|\band\b|\bplus\b|加上|还有|(?:^|(?<=[,，、;；\s]))另外"
)


# "120k of that total came through distribution": the total named is the one the amount sits
# inside, no total of its own.
_OF_THE_TOTAL = lazy_compile(r"\b(of|from|in|out of) (that|the|this|our|its|which) (total|sum)\b")


# ("…，其中分销…": the part inside a total named before, never a subtotal of its own.)
_INSIDE_WORD = lazy_compile(r"其中|里面|当中|\bof (that|which|it)\b")


def _label(span: str) -> Part | None:
    span = _OF_THE_TOTAL.sub(" of that ", span)
    if (
        _DISTRIBUTION.search(span)
        and _INSIDE_WORD.search(span)
        and not _TOTAL.search(_INSIDE_WORD.sub(" ", span))
        and not _NEGATED.search(span)
    ):
        # "12万、8.5万和4万，其中分销5万" (holdout54 #148): 其中 puts the amount inside the
        # ones before — the distribution part, never a stated total.
        return "distribution"
    if _TOTAL.search(span):
        # "自营订单合计15.2万", "own sales in total 152k": the own part's subtotal, not the month's
        # (a distribution word beside it, "自营加分销合计", makes it the month again).
        if _OWN_KIND.search(span) and not _DISTRIBUTION.search(span):
            return "own"
        # "另外分销订单一共30万" (holdout50 #120): the distribution part's subtotal.
        if (
            _DISTRIBUTION.search(span)
            and not _OWN_KIND.search(span)
            and not _NEGATED.search(span)
            and not _INSIDE_WORD.search(span)
        ):
            return "distribution"
        return "total"
    if _DISTRIBUTION.search(span) and not _NEGATED.search(span):
        return "distribution"
    if _OWN.search(span):
        return "own"
    return None


def _labels(converted: str, mentions: list[Mention], other_side: bool = False) -> list[Part | None]:
    """Each amount's part, read from the words on one side of it: Chinese puts the word first
    ("自营30万"), English usually after ("180k direct sales"). The side is chosen once, by
    whether the first amount has a word before it, so "300k own sales and 250k from
    distribution" does not give the second amount the first one's words; `other_side` reads
    the side not chosen (for amounts the chosen side leaves without a word)."""
    # Each side is cut at the nearest separator, so a word belongs to one amount only.
    before = [
        _SEPARATOR.split(converted[(mentions[i - 1].end if i else 0) : m.start])[-1][-24:]
        for i, m in enumerate(mentions)
    ]
    after = [
        _SEPARATOR.split(
            converted[m.end : (mentions[i + 1].start if i + 1 < len(mentions) else len(converted))]
        )[0][:28]
        for i, m in enumerate(mentions)
    ]
    spans, others = (before, after) if _label(before[0]) is not None else (after, before)
    if other_side:
        spans, others = others, spans
    # A stated total may sit on the other side ("120k direct, 90k via distributors, total
    # 210k"): it is read there when its own side says nothing.
    return [
        label if label is not None or _label(other) != "total" else "total"
        for label, other in zip((_label(span) for span in spans), others, strict=True)
    ]


# "12万+分销6万", "120k plus 60k through distributors", "另外分销6万": an amount added to the
# distribution part is the other part, not a total the distribution sits inside.
_ADDED = lazy_compile(r"[+＋]|加上|加|另外|另有|还有|此外|\b(plus|and|on top of|besides)\b")
# "800k, 300k of that via distribution", "30万，其中分销10万": the distribution part is inside.
_INSIDE = lazy_compile(
    r"其中|包括|包含|含|里面|里头|当中|之中"
    r"|\b(of (that|it|this|them|which|those)|including|included|out of|within)\b"
)
# "we did 500k and 100k was distribution": the distribution amount is said to be part of it.
_WAS_PART = lazy_compile(r"^\s*(of|was|were|is|are|came|come)\b")


def _added_parts(converted: str, mentions: list[Mention], labels: list[Part | None]) -> None:
    """An amount with no word of its own, joined by + / 加 / 另外 / plus to a distribution
    amount beside it, is the own part (in place)."""
    if _INSIDE.search(converted):
        return
    for index, label in enumerate(labels):
        if label is not None:
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(mentions) or labels[other] != "distribution":
                continue
            first, second = sorted((index, other))
            gap = converted[mentions[first].end : mentions[second].start]
            if _ADDED.search(gap) and not _WAS_PART.match(converted[mentions[other].end :]):
                labels[index] = "own"
                break


# A word pointing back at an amount said before: "这2万", "那笔2万", "the 20k".
_POINTS_BACK = lazy_compile(r"(这|那|该)(笔|个)?\s*$|\b(this|that|the|those|these)\s+$")


# The clause after an amount ends in a question: "…over 200k right?", "…超过20万吗？".
_ASKING_CLAUSE_AFTER = lazy_compile(r"[^,，。.;；]{0,20}?([?？]|吗|么|\bright\b|\bcorrect\b)")
_BOUND_BEFORE = lazy_compile(
    r"(超过|超出|达到|过了|冲过|突破|跨过|\b(over|above|past|beyond|exceeds?|exceeding|reach(es)?|hit|cross(es)?))"
    r"\s*(the\s+)?$"
)


def amounts_in_parts(question: str) -> tuple[Decimal, Decimal] | None:
    """(month total, distribution part) when the question gives the month as an own-sales part
    and a distribution part (and at most their stated total); None otherwise (the caller reads
    it the usual way)."""
    converted, mentions = money_mentions(question)
    # "自营19万，分销2万，分销这2万会不会把档位拉到第二档" (holdout56 #123: read as 4万 of
    # distribution): an amount pointed back at ("这2万", "那笔2万") is one said before.
    mentions = [
        m
        for i, m in enumerate(mentions)
        if not (
            _POINTS_BACK.search(converted[max(0, m.start - 3) : m.start])
            and any(earlier.value == m.value for earlier in mentions[:i])
        )
    ]
    # "190k direct + 20k via distribution. The distribution part pushes us over 200k right?"
    # (holdout86 #130: read as a 190k month): a bound the total is said to pass is no part.
    parts = [
        m
        for m in mentions
        # (Only in a clause that asks: "安全市场自营超过40万，分销15万，总共55万" states its own
        # part — review 57 R2.)
        if not (
            _BOUND_BEFORE.search(converted[max(0, m.start - 16) : m.start])
            and _ASKING_CLAUSE_AFTER.match(converted[m.end :])
        )
    ]
    if len(parts) >= 2:
        mentions = parts
    if len(mentions) < 2:
        return None
    labels = _labels(converted, mentions)
    if None in labels:
        # The side read first may leave the distribution word on the other side ("12万+分销6万").
        other_side = _labels(converted, mentions, other_side=True)
        labels = [label or other for label, other in zip(labels, other_side, strict=True)]
        _added_parts(converted, mentions, labels)
    if None in labels:
        return None
    own = [m.value for m, label in zip(mentions, labels, strict=True) if label == "own"]
    distribution = [
        m.value for m, label in zip(mentions, labels, strict=True) if label == "distribution"
    ]
    totals = [m.value for m, label in zip(mentions, labels, strict=True) if label == "total"]
    if not own or not distribution or len(totals) > 1:
        return None
    # "直销12万+分销9万，一共21万": both parts and their stated total; the month is the total
    # the vendor states (the parts' sum when only the parts are given).
    month = totals[0] if totals else sum(own, Decimal(0)) + sum(distribution, Decimal(0))
    return month, sum(distribution, Decimal(0))


# "是不是前20万按10%、后面按5%", "is only the part above 200k at 5%": the tier charged in brackets,
# which the guide's policy does not do (one tier's rate for the whole month, seed §4 item 2).
_PROGRESSIVE = lazy_compile(
    r"前\s*\d+(\.\d+)?\s*(万|w|k)?\s*(元)?\s*按|(超出|超过)[^，,。？?]{0,8}部分|分段|累进|后面(的)?按|剩下的?按|其余(的)?按"
    # "20万以内按20%，超出的5万按15%": the part within a bound, then the part above it.
    r"|\d+(\.\d+)?\s*(万|w|k)?\s*(元)?\s*(以内|以下|之内)(的部分)?\s*按|(超出|超过)的?[^，,。？?]{0,8}按"
    r"|\b(progressive(ly)?|marginal|brackets?|the (part|portion|amount) (above|over|beyond)"
    r"|first \d+\s*(k|w|万)? (at|is|are)|only the (part|portion|amount) (above|over))\b"
    # "10% on the first 200k, 5% on the next 300k": rates put on slices of the month.
    r"|\bon the (first|next) \d+(\.\d+)?\s*(k|w|万|thousand)?\b"
    # "is the first 200k charged 20% and only the rest at lower rates?" (black-box s78 D5: read
    # as negotiating a lower rate).
    r"|\bfirst \d+(\.\d+)?\s*(k|w|万|thousand)? (charged|billed|taxed)\b|\b(only )?the rest (at|is charged at|charged at)\b"
)


def asks_progressive(question: str) -> bool:
    return bool(_PROGRESSIVE.search(normalize(question)))


# The whole amount asked first ("so the 3% applies to the whole 500k, not just the part above
# 500k?" — black-box s66 D8: answered "No" though the whole is right): the yes is the reply's.
_WHOLE_ASKED_FIRST = lazy_compile(
    r"^[^?？]{0,100}?\b(appl(y|ies)|charged|counts?|taken|levied) (to|on|against) (the )?"
    r"(whole|entire|full|total)\b"
    r"|^[^?？]{0,20}?(是|就是)?(整体|全部|全额|整个|整笔)[^，,。？?]{0,12}?按"
)


_EITHER_OR = lazy_compile(r"还是|或者|\bor\b")


def asks_either_or(question: str) -> bool:
    """ "Is the 3% applied to the whole 500k or only the part above the threshold?": the two
    ways asked as a choice (its answer is one of them, never a "no")."""
    return bool(_EITHER_OR.search(normalize(question)))


def asks_whole_first(question: str) -> bool:
    """A brackets question put as "the whole amount at that rate?" (its yes is the policy's)."""
    said = normalize(question)
    # (An either-or — "整体按3%算，还是超出部分按3%？" — has no yes.)
    return bool(_WHOLE_ASKED_FIRST.search(said)) and not _EITHER_OR.search(said)


# "刚好卖了50万整，佣金怎么算", "销量30万，佣金多少": a month's sales stated for its commission, no
# question about how to sell (好卖 / 销量 are no selling advice asked there).
_COMMISSION_ASKED = lazy_compile(r"佣金|服务费|抽成|抽佣|扣点|\bcommission\b")


def states_sales_for_commission(question: str) -> bool:
    """The question gives amounts and asks the commission on them."""
    converted, mentions = money_mentions(question)
    return bool(mentions) and bool(_COMMISSION_ASKED.search(converted))


# "标价25万，实收18万", "list price 150k but we collected 120k": the guide charges on the
# settled orders' cash actually received (应结算订单实收现金, seed §4 item 2), never the list price.
_LIST_PRICE = lazy_compile(
    r"标价|原价|定价|报价|挂牌价|订单价|订单金额|页面价|折前|优惠前|开票金额|发票金额|开票额"
    r"|\b(list(ed)? price|sticker price|catalog(ue)? price|full price|before discounts?|face value"
    r"|order value|invoiced amount|invoice amount)\b"
)
_RECEIVED = lazy_compile(
    r"实收|实际收|实付|实际付|到手|到账|折后|打完折|优惠后|收到的钱|真正收"
    r"|\b(collected|received|actually (got|paid|received)|after discounts?|net of discounts?"
    r"|cash (we )?(got|received|collected)|paid amount)\b"
)


def names_price_basis(question: str) -> bool:
    """The question sets a list price against the cash received."""
    norm = normalize(question)
    return bool(_LIST_PRICE.search(norm) and _RECEIVED.search(norm))


def received_amounts_only(question: str) -> str | None:
    """The question with the list-price amounts blanked out (wherever the same figure comes
    back: "按25万还是18万算"), so the month is read from the cash received; None when it names
    no list price beside an amount received."""
    if not names_price_basis(question):
        return None
    converted, mentions = money_mentions(question)
    if len(mentions) < 2:
        return None
    listed: set[Decimal] = set()
    for mention in mentions:
        before = re.split(
            r"[,，;；。]|\bbut\b", converted[max(0, mention.start - 20) : mention.start]
        )[-1]
        after = converted[mention.end : mention.end + 14].strip()
        if _RECEIVED.search(before):
            continue
        if _LIST_PRICE.search(before) or _LIST_PRICE.match(after):
            listed.add(mention.value)
    kept = [m for m in mentions if m.value not in listed]
    if not listed or not kept:
        return None
    blanked = converted
    for mention in reversed(mentions):
        if mention.value in listed:
            blank = " " * (mention.end - mention.start)
            blanked = blanked[: mention.start] + blank + blanked[mention.end :]
    return blanked


# "档位是每个类目分开算还是加起来算", "are the tiers per category or combined": seed §4 item 2
# says each category's month is tiered on its own (各个类目 … 分别执行).
_COMBINED_OR_SEPARATE = lazy_compile(
    r"分开|单独算|各算各|合起来|加起来|合并|汇总|一起算|加在一起|放一起|累加"
    r"|\b(combined|together|separately|summed|added up|pooled|aggregated?)\b"
    # "per category or on our total of all categories": the choice asked without the words above.
    r"|\bper (category|market)\b[^?]{0,60}\bor\b|\bon (the|our) (whole |overall )?total\b"
    r"|\btotal of all\b"
    # "is the tier counted across all our categories or per category?"
    r"|\bacross (all )?(our |the )?(categories|markets)\b[^?]{0,40}\bor\b|\bor per (category|market)\b"
)


def asks_combined_or_separate(question: str) -> bool:
    return bool(_COMBINED_OR_SEPARATE.search(normalize(question)))


# (A comma before three digits is a thousands separator: "400,000" is one amount.)
_CLAUSES = lazy_compile(
    r"[，、;；。!！?？]|,(?!\d{3}(?!\d))|\band\b|\bbut\b|还有|另外"
    # "We sell in both 企业应用 and 基础软件. Feb 2021: 企业应用 300k, …" (dev47 #94): an
    # English sentence's full stop (never a decimal point) ends a clause too.
    r"|\.(?=\s)"
    # "建站30万 企业应用25万": a space after an amount before the next words starts a clause.
    r"|(?<=[\d万元wk])\s+(?=[\u4e00-\u9fff])"
)


def _named_in(clause: str, market_id: str) -> bool:
    """The clause names the market by any of its names (安全 counts here: the question has
    already named the market)."""
    from rules.markets import get_market

    market = get_market(market_id)
    for name in (
        market.name,
        market.short_name,
        market.name_en,
        *market.aliases,
        *market.loose_aliases,
    ):
        folded = name.casefold()
        if folded.isascii():
            if re.search(r"(?<![a-z0-9])" + re.escape(folded) + r"(?![a-z0-9])", clause):
                return True
        elif folded in clause:
            return True
    return False


# 服务费 / 服务商 / 平台 hold a market's short name (服务) without naming it.
_NOT_MARKET_WORDS = lazy_compile(r"服务(费|商)|平台")


def amounts_per_market(question: str, markets: list[str]) -> list[tuple[str, str]] | None:
    """(market, its clause) for a month given per category ("建站实收30万、安全实收30万");
    None unless at least two named markets each have their own amount."""
    from rules.markets import MARKET_IDS

    if not markets:
        return None
    # "建站和安全两个类目…建站实收30万、安全实收30万": 安全 names a market inside a clause that
    # carries its own amount, though it is no list item there.
    candidates = markets if len(markets) > 1 else list(MARKET_IDS)
    # Clauses of the question as written: converting numerals first would turn 新零售 and
    # 零售通 into 新0售 / 0售通, which name no market.
    found: dict[str, str] = {}
    last: str | None = None
    for clause in _CLAUSES.split(normalize(question)):
        if not clause or not money_mentions(clause)[1]:
            continue
        words = _NOT_MARKET_WORDS.sub(" ", clause)
        named = [m for m in candidates if _named_in(words, m)]
        if len(named) > 1:
            return None
        if not named and last is not None and _DISTRIBUTION.search(clause):
            # "建站类目结算总额五十二万，其中十二万是分销用户的订单；物联网…": the distribution
            # part inside the market just named (dev30f #74); "建站市场自营12万，分销10万，安全
            # 市场自营40万": beside its own part, of the market just named too.
            found[last] += "," + clause
            continue
        if named:
            last = named[0]
        if named and named[0] in found:
            # "数据智能60万 … 其中数据智能有分销20万": a later clause adds to that market's month.
            found[named[0]] += "," + clause
        elif named:
            found[named[0]] = clause
    return list(found.items()) if len(found) >= 2 else None


def clauses_of_market(question: str, market_id: str, markets: list[str]) -> str:
    """`question` without the distribution clauses that name only other markets of `markets`
    ("…各做了25万，其中服务市场有5万分销" for 企业应用: that part is 服务市场's alone)."""
    kept = []
    for clause in re.split(r"(?<=[，,;；。])", normalize(question)):
        words = _NOT_MARKET_WORDS.sub(" ", clause)
        named = [m for m in markets if _named_in(words, m)]
        if named and market_id not in named and _DISTRIBUTION.search(clause):
            continue
        kept.append(clause)
    return "".join(kept)


# How many orders there were ("一共三笔订单", "three orders in total"): a count of the list,
# no total amount stated beside it.
_COUNT_WORD_EN = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_ORDER_COUNT = lazy_compile(
    r"(一共|总共|共计|合计|共)\s*(有|是|下了|来了)?\s*[\d一二两三四五六七八九十几]+\s*(笔|单|个)\s*(订单|单子)?"
    r"|\b(a total of|in total|altogether)\s+"
    + _COUNT_WORD_EN
    + r"\s+(orders?|deals?|invoices?|sales)\b"
    r"|\b"
    + _COUNT_WORD_EN
    + r"\s+(orders?|deals?|invoices?|sales)\s+(in total|altogether|in all|total)\b"
)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for begin, end in spans:
        text = text[:begin] + " " * (end - begin) + text[end:]
    return text


# "we were pre-charged 120,000 CNY commission", "月初已经先扣了12万佣金": the commission the
# platform took is no turnover; the month is read from the other amounts.
_CHARGED_BEFORE = lazy_compile(
    r"(预收了?|预扣了?|先扣了?|先收了?|扣了|已扣|收了我们|被扣了?|交了|付了)\s*(我们\s*)?(佣金)?\s*$"
    r"|\b(pre-?charged|charged|deducted|withheld|took|paid)\s+(us\s+)?(a\s+)?(commission\s+of\s+)?$"
)

_COMMISSION_WORD = lazy_compile(r"佣金|\bcommission\b")
# "charged 30k upfront": taken ahead, the pre-charge.
_UPFRONT_AFTER = lazy_compile(r"\s*(upfront|up front|in advance|ahead of time|at the start)\b")
# Verbs that only ever say the platform took it ahead ("先扣了我们建站市场2.4万佣金", "pre-charged
# 24k"): the amount is commission taken even with the word 佣金 further off or left out.
_PRECHARGE_VERB = lazy_compile(
    r"预收|预扣|先扣|先收|已扣|扣了|被扣|\b(pre-?charged|deducted|withheld)\b"
    # "our tier 1 pre-charge was 20,000": the noun, its amount said after "was".
    r"|\bpre-?charges?\b"
)
_RIGHT_AFTER_VERB = lazy_compile(
    r"\s*(了|us|我们|was|were|is|of|=|:|came to|amounted to)?\s*(cny|rmb|¥|￥)?\s*"
)
_CLAUSE_END = lazy_compile(r"[,，。;；!！?？\n]")
# The amount's own words right after it: "2.4万佣金", "24k commission", "2.4万的佣金".
_COMMISSION_AFTER = lazy_compile(r"\s*(的|of)?\s*(佣金|commission\b|服务费)")


def is_charged_commission(converted: str, mention: Mention) -> bool:
    """The amount is commission the platform already took, not a sale: a charge verb right
    before it with the word commission near, or a pre-charge verb earlier in its clause and
    佣金 / commission right after it (or the verb right before it)."""
    window = converted[max(0, mention.start - 24) : mention.end + 16]
    if _CHARGED_BEFORE.search(converted[max(0, mention.start - 24) : mention.start]) and (
        _COMMISSION_WORD.search(window) or _UPFRONT_AFTER.match(converted, mention.end)
    ):
        # ("we were charged 30k upfront" — holdout78 #126: added to the month's total.)
        return True
    clause = _CLAUSE_END.split(converted[: mention.start])[-1]
    verb = _PRECHARGE_VERB.search(clause)
    if verb is None:
        return False
    return bool(
        _COMMISSION_AFTER.match(converted, mention.end)
        or _RIGHT_AFTER_VERB.fullmatch(clause[verb.end() :])
    )


# A rate taken on an amount said before: "pre-took 20% on the 0.3M", "那30万按20%先扣了".
_RATE_ON_BEFORE = lazy_compile(r"\d+(\.\d+)?\s*%\s*(on|of|for|from)\s*(the|our|that|those)?\s*$")
_RATE_ON_AFTER = lazy_compile(r"^\s*(的)?\s*(按|被按|先按)\s*\d+(\.\d+)?\s*%")


def _rate_base_again(converted: str, mentions: list[Mention], index: int) -> bool:
    """The amount is the base of a rate the platform took and the same as an amount said before
    it: the sale said again, never a second sale."""
    mention = mentions[index]
    if not any(m.value == mention.value for m in mentions[:index]):
        return False
    clause = _CLAUSE_END.split(converted[: mention.start])[-1]
    return bool(
        _RATE_ON_BEFORE.search(clause)
        or _RATE_ON_AFTER.match(converted[mention.end :])
        # "自己卖的15万…那剩下15万按几个点算": the self-operated part said again, its rate asked.
        or _REST_BEFORE.search(clause)
        or _RATE_ASKED_AFTER.match(converted[mention.end :])
    )


_REST_BEFORE = lazy_compile(
    r"(剩下|剩余|其余|余下)(的)?(那)?\s*$|\bthe (remaining|rest of( the)?)\s*$"
)
_RATE_ASKED_AFTER = lazy_compile(
    r"^\s*(元)?\s*(的)?\s*(按|算|抽|扣)\s*(几个点|多少|什么|哪个|几)"
    r"|^\s*(yuan|rmb)?\s*(is )?(charged |taxed )?at (what|which) (rate|tier)"
)


# A sentence asking which of two readings holds: "档位到底按55万算还是按扣掉分销后的20万算？",
# "is the tier based on 550k or on 200k?".
_SENTENCE = lazy_compile(r"[^。？?！!；;\n]+[。？?！!；;]?")
_EITHER_OR_ASKED = lazy_compile(
    r"按[^，,。？?]{0,16}(算|计)?[^，,。？?]{0,4}还是[^，,。？?]{0,4}按"
    r"|\b(based on|on|by|from|use|using)\b[^.?]{0,30}\bor (on |by |from |the )?[^.?]{0,20}\?"
)


def without_options_asked(question: str) -> str:
    """The question with the amounts of a sentence that asks which of two readings holds blanked
    out, when the month's figures are stated in another sentence: the options are readings of
    those figures (holdout wrong: "其中35万是分销…按扣掉分销后的20万算？" read 20万 as data)."""
    converted, mentions = money_mentions(question)
    spans = []
    for sentence in _SENTENCE.finditer(converted):
        if not _EITHER_OR_ASKED.search(sentence.group(0)):
            continue
        inside = [m for m in mentions if sentence.start() <= m.start < sentence.end()]
        outside = [m for m in mentions if m not in inside]
        if inside and outside:
            spans.extend((m.start, m.end) for m in inside)
    return _blank(converted, spans) if spans else question


def without_charged_commission(question: str) -> str | None:
    """The question with an amount said to be commission already charged blanked out (or a
    sale said again as the base of the rate taken), when other amounts are left to read the
    month from; None when there is none."""
    converted, mentions = money_mentions(question)
    charged = [
        m
        for index, m in enumerate(mentions)
        if is_charged_commission(converted, m) or _rate_base_again(converted, mentions, index)
    ]
    if not charged or len(charged) == len(mentions):
        return None
    return _blank(converted, [(m.start, m.end) for m in charged])


# "订单12万+8.5万+3万，其中那3万是分销的": a list of orders, then which of them is distribution.
_LIST_JOIN = lazy_compile(r"^\s*[+＋、,，]\s*[¥￥]?\s*$")
_DISTRIBUTION_OF_LIST = lazy_compile(
    r"其中(那|这)?(一)?(笔|单)?(的)?\s*$|\b(of (them|which|those)|and)\s*(the\s*)?$"
    # "8万、9万、6万（6万那笔是分销）": the one named in brackets after the list.
    r"|[（(]\s*(其中)?(那|这)?\s*$|[（(]\s*(the|and the|only the)\s*$"
    # "¥150,000 + ¥60,000, the 60k one was distribution" (holdout66 #130).
    r"|[,，;；]\s*(the|that)\s*[¥￥]?\s*$"
)

# The words between 其中 and the amount that point at one listed order ("其中一笔", "其中那单的").
_ONE_OF_LIST = lazy_compile(r"(?<=其中)(那|这)?(一|1)?(笔|单)(的)?\s*$")
# "the ¥60,000 one", "that 60k": an order of the list pointed at, in English.
_THE_ONE = lazy_compile(r"\b(the|that)\s*[¥￥]?\s*$")
_OF_WHICH = "of which "
# "，另外零散订单一共4万", "plus other small orders totalling 40k": more orders after the list.
_MORE_ORDERS = lazy_compile(
    r"^\s*[，,；;]?\s*(另外|此外|还有|外加|再加上?|加上|另有|\bplus\b|\band (also )?)"
    r"[^，,。;；]{0,12}?(一共|共|合计|总共|加起来|\btotall?ing\b|\bof\b)?\s*$"
)


def with_order_list_summed(question: str) -> str:
    """The question with a list of orders joined by + or 、 written as their sum, when a later
    clause names one of those amounts as distribution ("12万+8.5万+3万，其中那3万是分销的" →
    "235000元，其中那3万是分销的"): the month is the sum and the distribution part inside it."""
    # "两笔大单各25万" is the list "大单25万、25万" (holdout63 #118).
    converted, mentions = money_mentions(spelled_out(question))
    # (Positions are the converted text's: "三笔订单" reads as "3笔订单" in what is returned.)
    if len(mentions) < 3:
        return question
    run = [mentions[0]]
    for mention in mentions[1:]:
        if _LIST_JOIN.match(converted[run[-1].end : mention.start]):
            run.append(mention)
        elif len(run) >= 2:
            break
        else:
            run = [mention]
    if len(run) < 2:
        return question
    rest = [m for m in mentions if m.start >= run[-1].end]
    named = [
        m
        for m in rest
        if _DISTRIBUTION_OF_LIST.search(converted[max(0, m.start - 12) : m.start])
        # ("6万那笔是分销", "60k was via a distributor": a few words between.)
        and _DISTRIBUTION.search(converted[m.end : m.end + 24])
        and any(m.value == listed.value for listed in run)
    ]
    if not named:
        return question
    total = sum((m.value for m in run), Decimal(0))
    # "两笔大单各25万，另外零散订单一共4万，其中一笔25万是分销" (holdout63 #118): orders added
    # right after the list are in the month's sum too.
    offset = run[-1].end
    for mention in rest:
        if mention in named or not _MORE_ORDERS.match(converted[offset : mention.start]):
            break
        own_clause = re.split(r"[，,。;；]", converted[mention.end :])[0]
        if _DISTRIBUTION.search(own_clause):
            break
        total += mention.value
        offset = mention.end
    # "…，其中一笔20万是分销": the orders are one sum now, so "一笔 / 那笔" points at none of
    # them — the part inside the sum ("其中20万是分销"), not an order added to it.
    rest_text = converted[offset:]
    for mention in reversed(named):
        window_start = max(0, mention.start - 8)
        pointer = _ONE_OF_LIST.search(converted[window_start : mention.start])
        if pointer is not None:
            cut_start = window_start + pointer.start() - offset
            cut_end = mention.start - offset
            rest_text = rest_text[:cut_start] + rest_text[cut_end:]
            continue
        the_one = _THE_ONE.search(converted[window_start : mention.start])
        if the_one is not None:
            # "…, the ¥90,000 one was distribution": inside the sum now ("of which"), never an
            # order added to it.
            cut_start = window_start + the_one.start() - offset
            cut_end = mention.start - offset
            rest_text = rest_text[:cut_start] + _OF_WHICH + rest_text[cut_end:]
    return converted[: run[0].start] + f"{total.normalize():f}元" + rest_text


# Parts of one month by time: "上半月30w，下半月20w", "first half 300k, second half 200k".
_PERIOD_PART = lazy_compile(
    r"(上半月|下半月|前半个?月|后半个?月|上旬|中旬|下旬|月初|月中|月底|月末|第[一二三四1234]周"
    r"|\b(?:first|second|1st|2nd) half( of the month)?\b|\b(?:first|second|third|fourth|last) week\b)"
    r"[^，,。;；\d]{0,4}$"
)
# An amount said inside a part named before it: "第二周里有2.5万", "其中".
_INSIDE_A_PART = lazy_compile(
    r"(?:里|中|里面|当中|其中)(?:有|的)?\s*$|\b(?:of (?:it|that|which))\s*$"
)
# The parts' sum said again after them: "这50w里面…", "一共50w，其中…", "合计50万".
_SUM_SAID_AGAIN = lazy_compile(
    r"^\s*[，,。;；]?\s*(这|这些|一共|合计|总共|共|加起来|总计|total|in total|so)\s*$"
)


# The month's total as the rebuilt question says it (read by the answer engine, never shown).
_REBUILT_TOTAL = {"zh": "当月总额{amount}元", "en": "month total {amount} yuan"}


def with_period_parts_summed(question: str) -> str:
    """ "上半月30w，下半月20w，这50w里面有10w是分销" (holdout50 #116): a month given in parts by
    time is their sum — once, however it is said again after them."""
    converted, mentions = money_mentions(question)
    run = []
    for mention in mentions:
        before = converted[(run[-1].end if run else 0) : mention.start]
        if run and _INSIDE_A_PART.search(before):
            # ("…第四周3.5万，第二周里有2.5万是分销" — holdout93 #121: 2.5万 added as a fifth
            # part): an amount inside a part said before, no part of its own.
            break
        if _PERIOD_PART.search(before):
            run.append(mention)
        elif run:
            break  # ("第二周8万（其中2万是分销），第三周…": an amount inside the parts — left as is)
    if len(run) < 2 or any(
        run[0].start < m.start < run[-1].start and m not in run for m in mentions
    ):
        return question
    if any(
        _PERIOD_PART.search(converted[m.end : m.end + 8]) for m in mentions if m.start > run[-1].end
    ):
        return question  # the parts go on after an amount that is none of them
    total = sum((m.value for m in run), Decimal(0))
    rest = converted[run[-1].end :]
    following = [m for m in mentions if m.start >= run[-1].end]
    if following and following[0].value == total:
        gap = converted[run[-1].end : following[0].start]
        if _SUM_SAID_AGAIN.match(gap) or not gap.strip(" ，,"):
            rest = converted[following[0].end :]  # the sum said again: said once
    head = _PERIOD_PART.sub("", converted[: run[0].start])
    said = _REBUILT_TOTAL["zh" if re.search(r"[\u4e00-\u9fff]", converted) else "en"]
    return head + said.format(amount=f"{total.normalize():f}") + rest


# "0.3 million + ¥200,000 = exactly 500k", "30万+20万=50万": the sum written out after "=".
_EQUALS = lazy_compile(r"\s*[=＝]\s*(?:exactly|just|正好|刚好|一共|共|合计)?\s*")
_PLUS_ONLY = lazy_compile(r"^[\s+＋¥￥,，]*$")


def without_sum_restated(question: str) -> str:
    """`question` with "A + B = C" read as C alone when C is the sum of A and B (the amounts
    before "=" would otherwise be read as the month's first order)."""
    if _EQUALS.search(question) is None:
        return question
    converted, mentions = money_mentions(question)
    equals = _EQUALS.search(converted)
    if equals is None:
        return question
    before = [m for m in mentions if m.start < equals.start()]
    after = [m for m in mentions if m.start >= equals.end()]
    if len(before) < 2 or not after or after[0].start != equals.end():
        return question
    # The amounts before "=" stand side by side, joined by "+" only.
    gaps = [converted[a.end : b.start] for a, b in zip(before, before[1:], strict=False)]
    if not all("+" in gap or "＋" in gap for gap in gaps) or not all(
        _PLUS_ONLY.match(gap) for gap in gaps
    ):
        return question
    if sum(m.value for m in before) != after[0].value:
        return question
    return converted[: before[0].start] + converted[equals.end() :]


def with_market_sums(question: str) -> str:
    """ "物联网市场卖了40万+15万，建站市场卖了18万": in a message naming two markets or more, a
    market's amounts joined by "+" only are that market's one month total (550000元); the
    one-market sums keep their own reading (with_order_list_summed)."""
    from bot.answers.names import markets_in_question

    # "三个客户分别付了15万、18.5万、20万": payments of one month; never two months' figures
    # ("1月和2月分别…") or a tier's bounds ("第1档和第2档门槛分别是20万、50万").
    respectively = (
        _RESPECTIVELY.search(normalize(question))
        and _PAYERS.search(normalize(question))
        and not _MONTHS_OR_BOUNDS.search(normalize(question))
    )
    if "+" not in question and "＋" not in question and not respectively:
        return question
    several_markets = len(markets_in_question(question)) >= 2
    converted, mentions = money_mentions(question)
    runs: list[list] = []
    for mention in mentions:
        gap = converted[runs[-1][-1].end : mention.start] if runs else ""
        if runs and (
            _PLUS_JOINED.fullmatch(gap)
            # "三个客户分别付了15万、18.5万、20万": one market's payments listed after 分别.
            or (respectively and not several_markets and _LISTED_JOINED.fullmatch(gap))
        ):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    joined = [run for run in runs if len(run) >= 2]
    if respectively and not several_markets:
        joined = [
            run
            for run in joined
            if "+" in converted[run[0].start : run[-1].end]
            or "＋" in converted[run[0].start : run[-1].end]
            or _RESPECTIVELY.search(converted[max(0, run[0].start - 12) : run[0].start])
        ]
    if not several_markets:
        # "Security market Feb 2021 we settled 150k + 30k, no 分销": one market's amounts
        # joined by "+" with no part word beside them are its month; "12万+6万分销" or
        # "自营12万+…" keep the parts' reading (amounts_in_parts).
        joined = [
            run
            for run in joined
            if not _names_part(converted[max(0, run[0].start - 8) : run[0].start])
            # "120k + 50k + 30k; the 30k one came through a distributor": a part named anywhere
            # after the list keeps the orders' reading (with_order_list_summed).
            and not _names_part(converted[run[-1].end :])
        ]
    if not joined:
        return question
    for run in reversed(joined):
        total = sum(m.value for m in run)
        written = f"{int(total)}" if total == int(total) else f"{total:f}"
        converted = converted[: run[0].start] + written + _YUAN + converted[run[-1].end :]
    return converted


def _names_part(span: str) -> bool:
    """A part's word (分销, 自营, direct …) in `span`, unless negated ("no 分销")."""
    return bool(
        (_DISTRIBUTION.search(span) and not _NEGATED.search(span)) or _OWN_KIND.search(span)
    )


_PLUS_JOINED = lazy_compile(r"\s*[+＋]\s*[¥￥]?\s*")
_LISTED_JOINED = lazy_compile(r"\s*[、,，]\s*[¥￥]?\s*")
# "分别付了", "各付了": amounts given one by one, of one month.
_RESPECTIVELY = lazy_compile(r"分别|\brespectively\b")
_PAYERS = lazy_compile(r"客户|订单|单子|笔|付了|付款|\b(customers?|clients?|orders?|paid)\b")
_MONTHS_OR_BOUNDS = lazy_compile(
    r"月[^，,。？?]{0,8}(和|与|、|跟)[^，,。？?]{0,4}\d{1,2}\s*月|档|门槛|\b(months|tiers?|thresholds?)\b"
)
_YUAN = "元 "


# "…，正好50万": an amount said exactly after the parts.
# (Also after a space: "自营42万+分销8万 正好50万" — review 69 R4.)
_EXACTLY_SAID = lazy_compile(
    r"(?:[，,。;；]|\s)\s*(?:正好|刚好|恰好|exactly)(?=\s*(?:是|为|等于)?\s*[¥￥]?\s*\d)",
    re.IGNORECASE,
)
_IN_ALL_WORD = "，一共"
_IN_ALL_WORD_EN = ", in total "


def exact_sum_mismatch(question: str) -> tuple[Decimal, Decimal] | None:
    """The parts' sum and the total said "exactly" after them, when they differ ("自营30万+分销8万，
    正好50万" → (38万, 50万); review 69 N4: a month of 88万 invented); None otherwise."""
    said = _EXACTLY_SAID.search(question)
    # (A month's figure asked — commission, tier, rate or refund — never a deposit or capital.)
    if said is None or not _MONTHS_FIGURE_ASKED.search(question.casefold()):
        return None
    if _TOTAL_BEFORE.search(question[: said.start()]) or not _PARTS_SAID.search(
        question[: said.start()]
    ):
        # (Parts are 自营 / 分销 or amounts joined by +: "第2档写的是“20万元≤交易额<50万元”，正好20万"
        # quotes the tier's bounds — dev11.)
        # (Review 70 R1: "总额100万，分销40万，正好60万自营" — the guide's own example, the
        # total said first; a deposit or capital sum asks no commission.)
        return None
    if _PART_WORD_AFTER.match(question[said.end() :]):
        return None  # "正好60万自营": the amount after 正好 is a part, not the total
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(question[: said.start()])), default=0)
    _, before = money_mentions(question[start : said.start()])
    _, after = money_mentions(question[said.end() :])
    if len(before) < 2 or not after:
        return None
    added = sum((m.value for m in before), Decimal(0))
    return None if added == after[0].value else (added, after[0].value)


_MONTHS_FIGURE_ASKED = lazy_compile(
    r"佣金|服务费|抽成|抽佣|扣点|档|费率|返还|返多少|退多少|(?<![a-z])(?:commission|fees?|tiers?|rates?|refund\w*)(?![a-z])"
)
# A total said as an amount before the parts ("总额100万，分销40万，正好60万自营"), not "总共自营30万".
_TOTAL_BEFORE = lazy_compile(
    r"(?:总额|总共|一共|合计|(?<![a-z])(?:total|in all)(?![a-z]))\s*(?:是|为|of|is|was)?\s*"
    r"(?:about|around|roughly|大约|大概|约)?\s*[¥￥]?\s*\d",
    re.IGNORECASE,
)
_PARTS_SAID = lazy_compile(
    r"自营|分销|直销|[+＋]|(?<![a-z])(?:direct|distribution|self-operated)(?![a-z])", re.IGNORECASE
)
_PART_WORD_AFTER = lazy_compile(
    r"\s*(?:是|为)?\s*[¥￥]?\s*[\d.,]+\s*(?:万|w|k|千|元|块|yuan|rmb)?\s*(?:是|为|都是)?\s*"
    r"(?:自营|分销|直销|(?<![a-z])(?:direct|distribution|self-operated)(?![a-z]))",
    re.IGNORECASE,
)
# A sentence before the parts ("我们交了保证金3万。…"): its amounts are not the month's.
_SENTENCE_BREAK = lazy_compile(r"[。！？!?]|\.\s")


def with_exact_sum_as_total(question: str) -> str:
    """ "自营42万+分销8万，正好50万" (holdout106 #128: a month of 100万) → "…，一共50万": the sum
    of the parts said exactly is their total — only when it is their sum (review 68 N3: "自营30万+
    分销8万，正好50万" is left as said)."""
    said = _EXACTLY_SAID.search(question)
    if said is None:
        return question
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(question[: said.start()])), default=0)
    _, before = money_mentions(question[start : said.start()])
    _, after = money_mentions(question[said.end() :])
    if len(before) < 2 or not after:
        return question
    if sum((m.value for m in before), Decimal(0)) != after[0].value:
        return question
    word = _IN_ALL_WORD_EN if said.group(0).strip(" ，,。;；").isascii() else _IN_ALL_WORD
    return question[: said.start()] + word + question[said.end() :]
