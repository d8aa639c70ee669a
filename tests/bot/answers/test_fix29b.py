"""Round 29 (fix29b): one specific instance the guide's rule does not settle (this order's kind,
a landline in the ticket's 电话 line, a violation revoked on appeal, the exit procedure) is
declined first, the related rule after — paraphrases of our own that int27 got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0]


# --- 1. whether ONE order (named by its number) is a distribution order -------------------------


@pytest.mark.parametrize(
    "question",
    [
        "订单 2020112233445566 算不算分销的单子，要不要收佣金",
        "帮我确认一下单号 2021030188776655 是不是分销订单？这单抽佣吗",
        "Is order 2020101099887766 a distribution order? Will commission be taken on it?",
    ],
)
def test_one_orders_kind_is_declined_with_the_distribution_rule(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert not reply.text.lstrip().startswith(("不收", "No.")), reply.text
    assert "分销" in reply.text, reply.text


def test_a_stated_distribution_order_still_gets_the_rule() -> None:
    reply = answer("订单号380000那笔是分销订单，这单要抽佣吗")
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith("不收"), reply.text


# --- 2. a landline (or a mobile) in the ticket's 电话 line ---------------------------------------


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("提交工单时电话能写公司固话吗，还是只能写手机号", "指南没有写"),
        ("工单联系电话写 021-61234567 这种固定电话行不行", "指南没有写"),
        (
            "Can we put our office landline in the ticket's phone field, or must it be a mobile?",
            "The guide does not say",
        ),
    ],
)
def test_landline_in_ticket_is_declined(question: str, head: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert _first_line(reply.text).startswith(head), reply.text
    assert "入驻云市场已缴纳保证金" not in reply.text, reply.text


# --- 3. a violation revoked on appeal: bad record or not ----------------------------------------


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("淘宝上的处罚后来申诉成功撤销了，零售通还认为我们有不良记录吗", "指南没有写"),
        ("1688店铺的违规已经撤销，算不算有不良违规记录？", "指南没有写"),
        (
            "Our Tmall violation was revoked on appeal. Does it still count as a bad record?",
            "The guide does not say",
        ),
    ],
)
def test_revoked_violation_is_declined_with_the_credit_rule(question: str, head: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert _first_line(reply.text).startswith(head), reply.text
    assert "零售通" in reply.text or "Retail Link" in reply.text, reply.text


# --- 4. how to leave the Marketplace, and "what is the process" after it ------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们想退出云市场，该怎么办？",
        "我们打算退出云市场了，怎么申请？流程是什么？",
        "退出云市场要怎么操作？具体步骤有哪些？",
        "How do we leave the Marketplace?",
        "How do we exit the Marketplace? What are the steps?",
    ],
)
def test_exit_procedure_is_declined_never_the_joining_steps(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "服务商退出云市场" in reply.text, reply.text
    assert "注册阿里云账号" not in reply.text, reply.text
    assert "register" not in reply.text.lower(), reply.text


def test_joining_then_process_still_gets_the_steps() -> None:
    reply = answer("怎么入驻云市场？流程是啥")
    assert not reply.out_of_scope, reply.text
    assert "注册阿里云账号" in reply.text, reply.text
