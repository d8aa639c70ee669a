"""The lead's mends of round 25 (session 30), from holdout21's judged wrongs and the older sets:
the asking "we" states nothing; a comparison gets the values first; a VAT refund scheme is tax;
a market's products are asked with their customer-case track record."""

from __future__ import annotations

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line


@pytest.mark.parametrize(
    "question",
    [
        "Solutions market: do we need an ACP-certified engineer? how many?",
        "Solutions market: do we need an ACP-certified engineer?",
        "Must we have a well-known customer case for the IoT market?",
    ],
)
def test_the_asking_we_states_no_fact_of_the_vendor(question: str) -> None:
    reply = answer(question).text
    assert "from what you say" not in reply, reply
    assert "at least 1" in reply or "well-known" in reply, reply


def test_a_stated_lack_after_the_asking_we_is_still_read() -> None:
    reply = answer("We have no ACP engineer. Do we need one for the Solution market?").text
    assert "do NOT meet" in reply or "cannot join" in reply, reply


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Compare the business-licence age requirements for the software market vs the"
            " service market.",
            "1 year",
            "2 years",
        ),
        ("比较一下基础软件市场和服务市场的执照年限要求", "满 1 年", "满 2 年"),
        ("对比下基础软件市场和服务市场的注册资金要求", "10万", "100万"),
    ],
)
def test_a_comparison_opens_with_each_markets_value(question: str, first: str, second: str) -> None:
    line = first_line(answer(question).text)
    assert not line.startswith(("Yes", "是")), line
    assert first in line and second in line, line


@pytest.mark.parametrize(
    "question",
    ["软件产品销售的增值税税率是多少？能即征即退吗", "能即征即退吗", "我们的软件能享受先征后退吗"],
)
def test_a_vat_refund_scheme_is_declined_as_tax(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "退回" not in reply.text, reply.text


def test_the_deposit_refund_is_still_answered() -> None:
    reply = answer("保证金能退吗")
    assert not reply.out_of_scope and first_line(reply.text).startswith("可以退回"), reply.text


@pytest.mark.parametrize(
    ("question", "case_words"),
    [
        ("物联网市场对产品有啥要求", "知名客户案例"),
        ("What are the product requirements for the IoT market?", "well-known"),
        ("解决方案市场对产品有什么要求", "知名客户案例"),
    ],
)
def test_a_markets_product_conditions_include_its_customer_cases(
    question: str, case_words: str
) -> None:
    assert case_words in answer(question).text


def test_a_market_without_a_case_condition_names_none() -> None:
    assert "案例" not in answer("安全市场对产品有啥要求").text


@pytest.mark.parametrize(
    "question",
    [
        "订单号 2020103198765 那笔多收的佣金返还到我账上了吗",
        "我们那笔多收的佣金退回到我们账户了没",
        "How do I set up a Slack workspace for my support team?",
    ],
)
def test_the_vendors_own_refund_and_a_chat_workspace_are_declined(question: str) -> None:
    assert answer(question).out_of_scope, answer(question).text


@pytest.mark.parametrize("question", ["多收的佣金会返还吗", "那笔多收的佣金什么时候返还到我账上"])
def test_the_overcharge_rule_is_still_answered(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope and "返还" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "佣金档位是按扣掉分销之后的金额算，还是连分销一起的总额算？",
        "定档是去掉分销的部分还是总额？",
        "Is the tier based on the total, or the total minus distribution?",
    ],
)
def test_the_tier_choice_opens_with_the_whole_total(question: str) -> None:
    line = first_line(answer(question).text)
    assert line.startswith(("按包括分销订单在内", "On the whole month's total")), line


@pytest.mark.parametrize(
    "question",
    [
        "Do distribution orders pay commission, and which tier rate is charged up front during"
        " the month?",
        "Is the deposit refundable, and which step do we pay it at?",
        "Do the API market and the IoT market charge commission, and what deposit does each one"
        " need?",
    ],
)
def test_a_part_opening_with_its_auxiliary_is_a_question_of_its_own(question: str) -> None:
    reply = answer(question).text
    if "distribution" in question:
        assert "no commission" in reply and "tier 1" in reply, reply
    elif "IoT" in question:
        assert first_line(reply).startswith("No") and "60,000" in reply, reply
    else:
        assert "refund" in reply and "step 5" in reply.lower(), reply


@pytest.mark.parametrize(
    ("question", "agreement"),
    [
        ("执照2019年的，注册资金500万，30个人。服务市场能入驻吗？", "接受云市场服务商入驻协议及平台服务协议"),
        ("我们是物流行业的，有2名ACP认证工程师，执照2018年，注册资金1000万，能入驻解决方案市场吗？",
         "接受云市场相关协议及管理规范"),
        ("Licensed since 2022, capital CNY 500,000, 25 staff with social insurance. Can we join the"
         " Basic Software market?", "accepts the Marketplace agreements"),
    ],
)  # fmt: skip
def test_an_undecided_profile_counts_the_agreements_among_what_is_left(
    question: str, agreement: str
) -> None:
    reply = answer(question).text
    head = first_line(reply)
    assert head.startswith(("还不能确定", "Not sure yet")) and agreement in head, reply
    assert "即满足这一条" not in reply and "meets this condition" not in reply, reply


def test_a_whole_profile_keeps_its_yes_and_claims_nothing_of_step_4() -> None:
    reply = answer(
        "执照1年2个月，注册资金50万，25人有社保，5x8售后，做BI两年，有接口开发能力，能提供大数据SaaS服务。"
        "数据智能市场能进吗"
    ).text
    assert first_line(reply).startswith("能"), reply
    assert "申请时请确认接受" in reply and "即满足这一条" not in reply, reply
