"""A when / how / will question whose reply held the answer in a later sentence: that first.

- when the commission policy started ("优惠政策从哪天开始", "when did the policy start"),
  answered from the notice, the overview or a step list: the policy period (its first day);
- whether the deposit can be paid online ("保证金能线上交吗", "can we pay it online"): 可以 /
  Yes, then step 5's own page and button;
- whether the deposit is paid before or after the review ("审核没过是不是要先交保证金", "do we
  pay only after approval"): 不是 / 是的 by the guide's order (after approval), then the rule;
- one market's deposit "for the others" ("除了零售通，其他市场多少一个"): the per-market rule;
- how the vendor learns how the review goes ("怎么知道审核进度"): the e-mail sentence first;
- whether an e-mail comes when the application moves ("会发邮件吗", "will we get an email"):
  会 / Yes with the reply's own e-mail sentence first.
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

_OVERVIEW = "process.overview"
_AMOUNT = "deposit.amount"
_REVIEW_ENTRY = "process.review"
_PERIOD = "commission.period"
_PAY_DEPOSIT = "process.pay_deposit"
_BEFORE_LISTING = "deposit.before_listing"

_ASKS_START = lazy_compile(
    r"(哪天|哪一天|什么时候|何时|几号|哪年|什么日期)(开始|起|生效|施行|实施|执行)"
    r"|(开始|起始|生效|施行|实施)(日期|时间|日)"
    r"|\b(when|what date|which day|what day)\b.{0,40}\b(start|begin|began|started|effective|take effect|took effect|commence)"
    r"|\b(start|starting|effective|commencement) date\b"
)
# The commission policy named ("优惠政策", "fee reduction policy"), not a step of joining.
_POLICY = lazy_compile(
    r"优惠|减免|政策|服务费|佣金|\b(policy|reduction|discount|commission|fees?)\b"
)
# A change to the policy asked ("调整后哪天生效"): the adjustment rule's, not the period's.
_ADJUSTED = lazy_compile(
    r"调整|新政策|延长|缩短|变更|修改|改了|改的话|改后|\b(adjust\w*|new policy|chang\w*|extend\w*|modif\w*)\b"
)
_ASKS_YES_NO = lazy_compile(
    r"吗|(?<!什)么|是不是|是否|能不能|可不可以|会不会|有没有"
    r"|^\W*(is|are|do|does|can|could|may|will|would|should|must|shall)\b"
)
_DEPOSIT = lazy_compile(r"保证金|押金|\bdeposits?\b")
_ONLINE = lazy_compile(r"线上|网上|在线|网银|\bonline\b|\bover the internet\b|\bon the web\b")
# Other ways of paying (cards, instalments, transfers): the guide says nothing, a decline's.
_OTHER_MEANS = lazy_compile(
    r"分期|信用卡|支付宝|微信|转账|花呗|退|"
    r"\b(instal\w*|install\w*|cards?|alipay|wechat|transfer|refund\w*)\b"
)
_REVIEW = lazy_compile(r"审核|审批|批准|通过|\b(review\w*|approv\w*|accepted)\b")
_BEFORE = lazy_compile(
    r"先交|先缴|先付|先打|之前|以前|前就|还没|没通过|未通过|没过"
    r"|\b(before|prior to|not yet|ahead of|first|while)\b"
)
_AFTER = lazy_compile(r"之后|以后|通过后|审核后|过了再|\b(after|once|only when)\b")
_AFTER_SENTENCE = lazy_compile(r"通过审核|\bis approved\b")
_EMAIL = lazy_compile(r"邮件|邮箱|\be-?mails?\b")
_EMAIL_SENTENCE = lazy_compile(r"邮件|\bemail\b")
# One market's deposit asked of "the others" ("除了零售通，其他市场多少一个", "each other market").
_PER_ONE = lazy_compile(
    r"多少一个|一个多少|一个是多少|每个(是)?多少|每个市场|每个类目|各(是)?多少|单个"
    r"|\b(each|per|apiece|a piece)\b"
)
_OTHERS = lazy_compile(
    r"除了零售通|零售通(以外|之外|除外)|其他市场|其它市场|别的市场|其余"
    r"|\b(other markets?|apart from|except|besides|other than|excluding|the rest)\b"
)
_TOTAL = lazy_compile(r"一共|总共|合计|累计|加起来|总额|\b(total|altogether|in all|combined|sum)\b")
# A reply that opens with a sum of markets ("共 33万元", "in total").
_SUM_FIRST = lazy_compile(r"共|\bin total\b")
# How the vendor learns how the review goes ("怎么知道审核进度", "how will I know it is approved").
_ASKS_HOW_KNOW = lazy_compile(
    r"(怎么|如何|怎样|从哪|在哪|哪里)(能|可以|才能)?(知道|得知|查|看|了解)"
    r"|\bhow\b.{0,30}\b(know|find out|track|check|see|learn|be notified|hear)\b"
)
# Where the vendor checks how the review goes ("去哪看进度", "where do I see the status"): the
# place (the partner home page's 云市场平台 area) first, the e-mail after.
_ASKS_WHERE_CHECK = lazy_compile(
    r"(去|在|到|从)?(哪里|哪儿|哪)(里)?(能|可以)?(看|查)|(看|查)[^，,。？?]{0,8}(在哪|去哪|哪里)"
    r"|\bwhere\b"
)
_PLACE_SENTENCE = lazy_compile(r"云市场平台")
_ALSO = lazy_compile(r"也(?=可以)|(?<=can )also ")
# Whether a first and a repeat application are filled in alike ("一样吗", "有区别吗", "the same
# as the first time?"): they are not (the repeat one asks only the business qualifications).
_FIRST_VS_REPEAT = "process.first_vs_repeat"
_ASKS_SAME = lazy_compile(r"一样|相同|同样|\b(same|identical|alike)\b")
_ASKS_DIFFERENT = lazy_compile(
    r"(有|有没有)(什么|啥)?(区别|不同|差别|差异)|区别大吗|不一样吗|不同吗"
    r"|\b(any|is there a|are there) (difference|differences)\b|\bdiffer\b|\bdifferent\b"
)
_ASKS_WHAT = lazy_compile(r"什么|哪些|写了|内容|\b(what|which)\b")


def with_wh_first(question: str, found: Answer, render: Render) -> Answer:
    """`found` opening with what `question` asks (see the module's doc); else unchanged."""
    if found.out_of_scope or not found.confident:
        return found
    norm = normalize(question)
    lang = found.lang
    if (
        _ASKS_START.search(norm)
        and _POLICY.search(norm)
        and not _ADJUSTED.search(norm)
        and found.topic != _PERIOD
        and ((found.topic or "").startswith("commission.") or found.topic == _OVERVIEW)
    ):
        return render(_PERIOD, lang)
    deposit_asked = bool(_DEPOSIT.search(norm)) or (found.topic or "").startswith(
        ("deposit.", "computed.deposit")
    )
    if (
        deposit_asked
        and _PER_ONE.search(norm)
        and _OTHERS.search(norm)
        and not _TOTAL.search(norm)
        and (
            # a sum of the markets first, or another topic's reply (a commission table)
            _SUM_FIRST.search(found.text.split("\n", 1)[0])
            or not (found.topic or "").startswith(("deposit.", "computed.deposit"))
        )
    ):
        return render(_AMOUNT, lang)
    if found.topic == _FIRST_VS_REPEAT and (
        _ASKS_SAME.search(norm) or _ASKS_DIFFERENT.search(norm)
    ):
        key = (
            "answers_wh_repeat_differs"
            if _ASKS_DIFFERENT.search(norm)
            else "answers_wh_repeat_not_same"
        )
        return replace(found, text=t(key, lang) + found.text)
    if found.topic == _REVIEW_ENTRY and _ASKS_WHERE_CHECK.search(norm):
        body, source = asked.split_source(found)
        promoted = asked.promote(body, _PLACE_SENTENCE, lang, _ALSO)
        return found if promoted is None else asked.with_body(found, promoted, source)
    if found.topic == _REVIEW_ENTRY and _ASKS_HOW_KNOW.search(norm):
        body, source = asked.split_source(found)
        promoted = asked.promote(body, _EMAIL_SENTENCE, lang)
        return found if promoted is None else asked.with_body(found, promoted, source)
    if not (_DEPOSIT.search(norm) or _EMAIL.search(norm)) or not _ASKS_YES_NO.search(norm):
        return found
    if _DEPOSIT.search(norm) and not _OTHER_MEANS.search(norm):
        if _ONLINE.search(norm):
            base = render(_PAY_DEPOSIT, lang)
            return replace(base, text=t("answers_wh_online_yes", lang) + base.text)
        if _REVIEW.search(norm):
            before, after = bool(_BEFORE.search(norm)), bool(_AFTER.search(norm))
            if before != after:
                base = render(_BEFORE_LISTING, lang)
                body, source = asked.split_source(base)
                promoted = asked.promote(body, _AFTER_SENTENCE, lang) or body
                key = "answers_wh_deposit_not_before" if before else "answers_wh_deposit_after"
                return asked.with_body(base, t(key, lang) + promoted, source)
    if _EMAIL.search(norm) and not _ASKS_WHAT.search(norm):
        body, source = asked.split_source(found)
        promoted = asked.promote(body, _EMAIL_SENTENCE, lang)
        first = promoted if promoted is not None else body
        if _EMAIL_SENTENCE.search(first.split("。")[0].split(". ")[0]):
            return asked.with_body(found, t("answers_wh_email_yes", lang) + first, source)
    return found
