"""The one sentence a computed commission reply opens with: exactly what was asked.

A vendor who gives a month's amounts asks for one (or two) of the figures the breakdown works
out: the commission ("佣金是多少", "what do we owe"), the refund ("次月返还多少", "how much is
refunded"), the pre-charge ("先行收取多少", "pre-charged"), or the tier and rate ("哪一档",
"which tier and rate apply"). That figure is said first, in one sentence; the worked bullets
follow unchanged. Several asked: each in the order the breakdown gives them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

_ASKS_REFUND = lazy_compile(
    r"返还|返回|退还|退回|退多少|退.{0,4}(吗|么|多少)|返.{0,4}(吗|么|多少)"
    r"|\brefund(s|ed)?\b|\b(comes?|coming|paid|given|sent|gets?|getting) back\b|\breturned\b"
)
_ASKS_PRECHARGE = lazy_compile(
    r"预收|预扣|先行收取|先收|先扣|先行扣|先按|先被[扣收]|月中[^，,。？?]{0,6}[扣收]"
    r"|\bpre-?charg|\bup ?front\b|\bin advance\b"
    r"|\bcharged first\b"
)
_ASKS_TIER = lazy_compile(
    r"哪一?档|几档|什么档|档位|哪个档|费率|比例|几个点|多少个点|几个百分点|百分之几|多少个?百分点"
    r"|\b(which|what) (tier|bracket|rate)\b|\bwhat (percent|percentage)\b|\bhow many percent\b"
    r"|\btier and rate\b|\brate (applies|apply)\b"
)
# The rate asked in points or percent, whatever fee word names it.
_ASKS_POINTS = lazy_compile(
    r"(按|收|抽|扣)?(几个点|多少个点|百分之几|几个百分点|多少个?百分点)|\bwhat (percent|percentage)\b"
)
_ASKS_COMMISSION = lazy_compile(
    # ("按几个点？多少钱", "金额多少": the amount asked beside the rate.)
    r"佣金|服务费|抽佣|抽成|扣多少|交多少|收多少|多少钱|金额"
    r"|\b(commission|fee|owe|pay|charged?)\b"
)


# Clauses of a question: each asks for one figure ("…佣金是多少？次月会退多少？",
# "what is the final commission and how much is refunded").
# Chat fragments parted by a space only ("最后佣金多少 退多少") are clauses too.
_CLAUSE_SPLIT = lazy_compile(
    r"[？?，,。；;！!、]|\.(?=\s)|另外|还有|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
)
# Figures joined inside one asking clause ("How much commission and refund?"): each part is
# asked by the clause's asking word.
_AND_SPLIT = lazy_compile(r"\band\b|以及")
_BARE_PART_WORDS = 3
# Two figures joined in one clause and asked together ("佣金和返还各是多少", "佣金、返还分别多少").
_BOTH_ASKED = lazy_compile(
    r"(和|与|及|跟|以及|&)[^，,。？?]{0,12}(各|分别|都)|各(是|为|自)?多少|分别(是|为)?多少"
    # "佣金和返还", "commission and refund": the two figures named together.
    r"|(佣金|服务费)\s*(和|与|及|跟|以及|、|&)\s*(返还|退还|返|退)"
    r"|\bcommission\s*(and|&|\+)\s*(the\s+)?refund"
    # "commission after re-rating, and refund?": the two named in one asking sentence.
    r"|\bcommission\b[^?.]{0,30}\b(and|&|\+)\s*(the\s+)?refund"
)
# A clause that asks (rather than tells).
_ASKS = lazy_compile(
    r"多少|几|吗|(?<!什)么|哪|什么|怎么|如何|有没有|是否|会不会"
    r"|\b(how|what|which|is|are|does|do|will|would|any|anything)\b"
)


# "Commission?", "佣金？": a figure's name closed by a question mark is asked; so is one the
# vendor asks to have worked out ("请算一下佣金和返还", "please calculate the commission").
_QUESTION_MARK = lazy_compile(r"[?？]")
_REQUEST = lazy_compile(
    r"算一下|算算|请(计)?算|帮[我们忙]*(计)?算|\b(calculate|compute|work out|figure out)\b"
)


def _clauses(norm: str) -> list[tuple[str, bool]]:
    """The question's clauses, each with whether it asks by its mark or a request word."""
    found: list[tuple[str, bool]] = []
    start = 0
    for split in _CLAUSE_SPLIT.finditer(norm):
        clause = norm[start : split.start()]
        found.append(
            (clause, bool(_QUESTION_MARK.match(split.group(0)) or _REQUEST.search(clause)))
        )
        start = split.end()
    found.append((norm[start:], bool(_REQUEST.search(norm[start:]))))
    return found


# Whether the month is still inside the policy period ("这个月还在优惠期内吗", "is that month
# still within the discount period?").
_ASKS_IN_PERIOD = lazy_compile(
    r"(优惠|政策)[^，,。？?]{0,4}(期|期间|期限)[^，,。？?]{0,4}(内|里|中|之内|以内)?\s*(吗|么|嘛|不|没)"
    r"|(在不在|是否在|是不是在|还算不算|算不算)[^，,。？?]{0,8}(优惠|政策)"
    r"|\b(in|within|inside|covered by|part of)\s+the\s+(discount|policy|promotion(al)?|commission"
    r"(\s+policy)?|(fee\s+)?(waiver|reduction|preferential|special[- ]rate|promo))\s+period\b"
    # "does the commission discount policy cover them?": the policy said to cover the month.
    r"|\b(does|did|will|would) the (commission )?(discount |fee[- ]reduction |preferential )?policy"
    r" (still )?(cover|apply to)\b"
)


def asks_in_period(question: str) -> bool:
    """Whether the month's place in the policy period is asked ("还在优惠期内吗", "is it inside
    the fee waiver period")."""
    return bool(_ASKS_IN_PERIOD.search(normalize(question)))


def asks_commission_figure(question: str) -> bool:
    """Whether the commission's amount is asked in words ("what's the commission", "佣金多少"),
    not only a rate or a tier."""
    # ("what commission rate applies": the rate asked, not the amount.)
    question = _COMMISSION_RATE.sub(" rate ", normalize(question))
    return "commission" in _asked(question) and bool(_ASKS_COMMISSION.search(question))


_COMMISSION_RATE = lazy_compile(
    r"\b(commission|fee) (rate|percentage|tier)\b|(佣金|服务费)(比例|费率|档位|点数)"
)


@dataclass(frozen=True)
class Figures:
    """The breakdown's figures, already written for the reply's language."""

    tier: int
    rate: str
    tier1_rate: str
    precharged: str
    commission: str
    refund: str
    no_refund: bool
    same_rate: bool = False  # no refund although the tier changed: tier 1's rate is the same
    market: str = ""  # the category's name, when the reply computes several
    in_period: str = ""  # the month named, when a policy period covers it
    span: str = ""  # the policy period, written for the reply


def _asked(question: str, bare: bool = False) -> list[str]:
    """The figures asked, one per asking clause ("佣金多少？多收的返还多少？": commission, refund);
    a clause that only tells ("月初先按第1档收的") asks nothing — unless `bare`: "Final
    commission and refund of the pre-charge?" names the figures it asks with no asking word."""
    found: list[str] = []
    listed = _FIGURES_LISTED.search(normalize(_LAST_SENTENCE.split(question.strip())[-1]))
    if listed and not bare:
        # "…100k of it distribution. tier, commission, refund?": each figure named, in order.
        words = [w.strip() for w in _LIST_SEPARATORS.split(listed.group(0).rstrip("?？ "))]
        kinds = [_FIGURE_KIND.get(w) for w in words if w]
        if kinds and all(kinds):
            ordered = list(dict.fromkeys(kind for kind in kinds if kind))
            if "commission" in ordered and "tier" in ordered:
                ordered.remove("tier")  # the commission's sentence names its tier and rate
            return ordered
    last = _LAST_SENTENCE.split(question.strip())[-1]
    if not bare and _ENDS_ASKING.search(question) and _BOTH_ASKED.search(normalize(last)):
        # "commission after re-rating, and refund?": the two named in the asking sentence, each
        # asked though only the last clause carries the mark.
        return _asked(last, bare=True)
    clauses = [
        part
        for whole, marked in _clauses(normalize(question))
        if bare or marked or _ASKS.search(whole)
        for i, part in enumerate([whole] if _BOTH_ASKED.search(whole) else _AND_SPLIT.split(whole))
        # A part after "and" is asked by the clause when it is only the figure's name
        # ("how much commission and refund"), not a telling clause of its own.
        if bare or marked or _ASKS.search(part) or (i > 0 and len(part.split()) <= _BARE_PART_WORDS)
    ]
    for clause in clauses:
        if _BOTH_ASKED.search(clause) and _ASKS_REFUND.search(clause):
            # "最终佣金和返还各是多少": both figures asked in one clause, in the breakdown's order.
            kinds = [
                kind
                for kind, asks in (("commission", _ASKS_COMMISSION), ("precharge", _ASKS_PRECHARGE))
                if asks.search(_ASKS_REFUND.sub(" ", clause))
            ]
            found += [kind for kind in [*kinds, "refund"] if kind not in found]
            continue
        if _ASKS_REFUND.search(clause):
            kind = "refund"
        elif _ASKS_PRECHARGE.search(clause):
            kind = "precharge"
        elif _ASKS_TIER.search(clause) and (
            not _ASKS_COMMISSION.search(clause) or _ASKS_POINTS.search(clause)
        ):
            # "平台服务费按几个点收": the fee's rate asked, not its amount.
            kind = "tier"
        elif _ASKS_COMMISSION.search(clause):
            kind = "commission"
        else:
            continue
        if kind not in found:
            found.append(kind)
    if (
        not found
        and not bare
        and (
            _ENDS_ASKING.search(question)
            # "… settled. commission and refund pls": the figures named, asked without a mark.
            or _BOTH_ASKED.search(normalize(_LAST_SENTENCE.split(question.strip())[-1]))
        )
    ):
        return _asked(_LAST_SENTENCE.split(question.strip())[-1], bare=True)
    if "commission" in found and "tier" in found:
        found.remove("tier")  # the commission's sentence names its tier and rate
    return found or ["commission"]


# The figures asked as a bare list: "tier, commission, refund?", "佣金、返还？".
_FIGURE_KIND = {
    "tier": "tier",
    "rate": "tier",
    "档位": "tier",
    "commission": "commission",
    "佣金": "commission",
    "fee": "commission",
    "refund": "refund",
    "返还": "refund",
    "退款": "refund",
    "pre-charge": "precharge",
    "precharge": "precharge",
    "预扣": "precharge",
}
_LIST_SEPARATORS = lazy_compile(r"[,，、/]|\band\b|和")
_FIGURES_LISTED = lazy_compile(
    r"^\s*(tier|rate|档位|commission|佣金|fee|refund|返还|退款|pre-?charge|预扣)"
    r"(\s*([,，、/]|\band\b|和)\s*(tier|rate|档位|commission|佣金|fee|refund|返还|退款|pre-?charge"
    r"|预扣))+\s*[?？]?\s*$"
)
# A question mark closing the message; its last sentence (after the month's figures).
_ENDS_ASKING = lazy_compile(r"[?？]\s*$")
_LAST_SENTENCE = lazy_compile(r"(?<=[.。:：!！])\s+|(?<=[。:：!！])")


def asked_head(question: str, lang: Lang, figures: Figures) -> str:
    """The sentence giving what `question` asks of the breakdown (the commission by default)."""
    asked = _asked(question)
    values = {
        "tier": figures.tier,
        "rate": figures.rate,
        "tier1_rate": figures.tier1_rate,
        "precharged": figures.precharged,
        "commission": figures.commission,
        "refund": figures.refund,
    }
    keys = {
        "tier": "answers_commission_head_tier",
        "commission": "answers_commission_head_commission",
        "precharge": "answers_commission_head_precharged",
        "refund": "answers_commission_head_no_refund_same_rate"
        if figures.same_rate
        else "answers_commission_head_no_refund"
        if figures.no_refund
        else "answers_commission_head_refund",
    }
    # In the breakdown's order: tier, commission, pre-charge, refund.
    order = ["tier", "commission", "precharge", "refund"]
    parts = [t(keys[kind], lang, **values) for kind in order if kind in asked]
    if figures.in_period and _ASKS_IN_PERIOD.search(normalize(question)):
        # "这个月还在优惠期内吗": the other part asked, after the figure.
        parts.append(
            t("answers_commission_head_in_period", lang, month=figures.in_period, span=figures.span)
        )
    joiner = t("answers_commission_head_joiner", lang)
    head = joiner.join(parts) + t("answers_commission_head_end", lang)
    if figures.market:
        # One category of several: whose figures these are.
        head = t("answers_commission_head_market", lang, name=figures.market) + head
    return head
