"""A deposit asked twice over because the application was made more than once: "第一次申请没
通过，第二次才过，保证金要交两份吗", "we reapplied after a rejection — do we pay the deposit again?".

The deposit is paid once the application is approved (seed §2 step 5, §3), and it is counted
per distinct market (SPEC decision 7: joining API twice still costs one deposit), so a rejected
application costs nothing and one market costs one deposit. Not a deposit already paid twice by
mistake (out_of_scope.yaml `deposit_mistake`).
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.deposit import deposit_for_market
from rules.markets import market_label
from rules.process import JOINING_STEPS

TOPIC = "computed.reapply"
# Applied more than once: a second or repeated application, one rejected first.
APPLIED_AGAIN = lazy_compile(
    r"第(二|2|三|3)次(申请|提交|才|又|再)|(重新|再次|又|再)(申请|提交|提了|交了申请)|申请了(两|二|2|几|多)次"
    r"|(没通过|未通过|被拒|被驳回|驳回|没过|被打回).{0,20}(再|又|重新|第二次|第2次)"
    r"|\b(re-?appl(y|ied|ying)|re-?submit(ted)?|second (application|attempt|try)|applied (twice|again)"
    r"|apply again|(was|were|got) (rejected|declined|refused))\b"
)
# The deposit asked twice over: 两份, 两次, 再交, 重复交, "twice", "again", "double".
ASKS_TWICE = lazy_compile(
    r"(保证金|押金).{0,12}(两份|两次|2份|2次|二次|再交|再缴|重新交|重新缴|重复|又要交|还要交一次|再付|翻倍|双份)"
    r"|(两份|两次|双份|再交一次|重复交|再缴一次)(的)?(保证金|押金)"
    r"|\bdeposit\b.{0,40}\b(twice|again|double|two times|second time|a second)\b"
    r"|\b(twice|again|double|two|second)\b.{0,12}\bdeposits?\b"
)
# Said already paid twice: a mistake to hand off, not a question of whether to pay.
_PAID_ALREADY = lazy_compile(
    r"(已经|已)(交|缴|付)了?(两|2)|交了(两|2)(次|份)|多交|交重|\b(already paid|paid (it )?twice)\b"
)


def reapply_answer(question: str, lang: Lang) -> Answer | None:
    """不用 first: one deposit per market, paid after approval; None for other questions."""
    norm = normalize(question)
    if not (APPLIED_AGAIN.search(norm) and ASKS_TWICE.search(norm)) or _PAID_ALREADY.search(norm):
        return None
    step = next(s for s in JOINING_STEPS if s.id == "pay_deposit")
    markets = markets_in_question(question)
    if len(markets) == 1:
        amount = deposit_for_market(markets[0])
        shown = f"{amount:,}"
        tail = t(
            "answers_reapply_amount", lang, market=market_label(markets[0], lang), amount=shown
        )
    else:
        tail = ""
    body = t("answers_reapply_once", lang, number=step.number) + tail
    source = source_line(sections()["deposit"], None, lang)
    return Answer(with_source(body, source, lang), lang, True, TOPIC, source, [])


# Reapplying asked of, and when: "被拒了多久才能再申请", "how long until we're allowed to reapply?".
_REAPPLY = lazy_compile(
    r"(重新|再次|再)(申请|提交)|\b(re-?appl(y|ying|ication)|apply again|resubmit(ting)?)\b"
)
_WHEN = lazy_compile(
    r"多久|多长时间|几天|几个月|什么时候|何时|间隔|冷却|等多久"
    r"|\b(how long|how soon|when can|when may|how many (days|weeks|months)|waiting period"
    r"|cool-?down|wait)\b"
)


_REVIEW_TIME = lazy_compile(
    # ("审核没通过的话要隔多久才能再申请" asks the wait, not the review's time.)
    r"(审核|审批|复审|二审)(要|需要|大概|一般|会|得)?(多久|多长时间|几天|要多长|需要多少天)"
    r"|(多久|几天)(能|可以|才能|会)?(审核|审批)?(审完|审好|审下来|出结果)"
    r"|\bhow long (does|will|would|do) (the |a |our )?(second |new |repeat |next )?(review|approval)"
    r"|\b(review|approval) (take|takes|time)\b"
)


def reapply_wait_answer(question: str, lang: Lang) -> Answer | None:
    """The guide sets no wait before applying again; it says what a repeat application fills in
    (step 3 v): said, with a hand-off. None unless reapplying is asked with a when."""
    norm = normalize(question)
    if not (_REAPPLY.search(norm) and _WHEN.search(norm)):
        return None
    # "…re-apply, how long does the second review take?" (holdout48 #185): the review's time,
    # not the wait before applying again.
    key = "answers_reapply_review_time" if _REVIEW_TIME.search(norm) else "answers_reapply_no_wait"
    body = t(key, lang)
    source = source_line(sections()["process"], None, lang)
    return Answer(with_source(body, source, lang), lang, False, None, source, [], out_of_scope=True)


# What is filled in asked of the repeat application: "还要重新填一遍吗", "身份信息…要再填吗",
# "do we fill in the company info again".
_FILLS_AGAIN = lazy_compile(
    r"(重新|再)填|填(一遍|一次|哪些|什么)|(身份信息|公司信息|业务资质|资料).{0,12}(要|需要|得|还)"
    r"|\b(fill (in|out)|re-?enter|enter)\b.{0,40}\b(again|company info\w*|identity)\b"
)


def asks_what_to_fill_again(question: str) -> bool:
    """A repeat application's form asked: what it fills in again (seed §2 step 3 v)."""
    norm = normalize(question)
    return bool(APPLIED_AGAIN.search(norm) and _FILLS_AGAIN.search(norm))
