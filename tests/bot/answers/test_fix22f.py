"""Round 22 (fix22f, dev17e): English partner managers and short messages — in wordings of our
own that main (848ed8f) got wrong:

1. a market's need asked as a statement with a question mark, no auxiliary first ("IoT market
   requires customer cases or not?", "API market need 20 people?"): Yes / No first;
2. joining another platform, the verb first ("入驻天猫要什么条件", "requirements to join Tmall"):
   declined, not the Marketplace's common conditions;
3. when the policy of a dated notice ends ("2020年11月23日那个通知的优惠政策到什么时候结束"):
   the period and its end, not whether the notice's date is inside it;
4. how many days a step takes when the guide gives none ("how many days until the store
   opens"): "the guide gives no number of days" first, the step after;
5. what is next once the review is passed, in its verb ("after the marketplace approves our
   application"): step 4 (contracts) first, never "first the review";
6. where to check the review's progress ("去哪看进度", "where can I check"): the 云市场平台 area
   first, the e-mail after;
7. whether a first and a repeat application are filled in alike ("一样吗", "有区别吗"): 不一样 /
   有区别 / No / Yes first.
"""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_sentence


# --- 1. a need asked as a statement with "?" -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("API market need 20 people or not?", "Yes"),
        ("Website Building market wants 5x8 support or not?", "Yes"),
        ("Security market requires a tech team of 20?", "Yes"),
        ("Retail Link market requires 20 staff?", "No"),
        ("DevOps market need ACP engineer or not?", "No"),
    ],
)
def test_need_asked_as_statement(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text


# --- 2. another platform's entry conditions: declined ----------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "想进驻京东需要哪些资质",
        "入驻拼多多有什么门槛",
        "在淘宝上开店要什么条件",
        "What are the requirements to join Tmall?",
        "conditions needed to sell on Taobao?",
    ],
)
def test_other_platform_entry_declined(question: str) -> None:
    assert answer(question).out_of_scope


def test_retail_link_credit_condition_still_answered() -> None:
    reply = answer("入驻零售通有什么条件")
    assert not reply.out_of_scope, reply.text
    assert "天猫" in reply.text


# --- 3. the end of a dated notice's policy ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "end"),
    [
        ("2020年11月23日发的公告，减免政策截止日期是哪天", "2021年3月31日"),
        ("2020年11月23日的通知说的佣金优惠什么时候到期？", "2021年3月31日"),
        ("The notice of 23 November 2020: when does its fee-reduction policy end?", "2021-03-31"),
    ],
)
def test_policy_end_asked_with_notice_date(question: str, end: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert not reply.text.startswith(("是的", "Yes")), reply.text
    assert end in first_sentence(reply.text) or end in reply.text.split("\n", 1)[0], reply.text


def test_date_inside_period_still_answered_yes() -> None:
    assert answer("2019年5月10日结算的订单还在优惠政策期内吗").text.startswith(("是的", "能"))


# --- 4. no number of days: said first --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Once the deposit is in, how many days until our shop goes live?", "The guide gives no"),
        ("How long after paying the deposit does the shop open?", "The guide gives no"),
        ("保证金交了几天能开店", "指南没有写明具体需要几天"),
    ],
)
def test_no_days_said_first(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text


# --- 5. next step after approval, in its verb ------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Once the Marketplace accepts our application, what do we do next?",
        "We got the approval from Marketplace, what's the next step?",
        "Now that the marketplace approves our request, what comes next?",
    ],
)
def test_next_after_approval(question: str) -> None:
    reply = answer(question)
    assert not reply.text.startswith("First the review"), reply.text
    assert "sign" in first_sentence(reply.text).lower() or "step 4" in reply.text.split("\n")[0]


def test_next_after_approval_zh() -> None:
    reply = answer("申请批下来了，下一步做什么")
    assert not reply.text.startswith("先等审核"), reply.text
    assert "签署" in reply.text.split("\n")[0], reply.text


# --- 6. where to check the progress ----------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "审核进度在哪儿查",
        "提交申请后在哪看进度",
        "Where can I check my application status?",
        "where do we see how the review is going",
    ],
)
def test_where_to_check_progress(question: str) -> None:
    reply = answer(question)
    assert "云市场平台" in first_sentence(reply.text), reply.text


# --- 7. first vs repeat application alike? ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("再次申请和首次申请要填的一样吗", "不一样"),
        ("首次申请跟再次申请要填的内容有区别吗", "有区别"),
        ("Do I fill in the same things when I apply again as the first time?", "No"),
        ("Is there any difference between first and repeat application?", "Yes"),
    ],
)
def test_first_vs_repeat_alike(question: str, opening: str) -> None:
    reply = answer(question)
    assert reply.text.startswith(opening), reply.text
