"""Round 60 (session 65): round 59's notes and this round's blind sets' misses."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "企业应用2021年3月：自营30万+分销8万，正好50万。佣金多少？",
            "您说的各部分加起来是 38万，和“正好 50万”对不上。",
        ),
        (
            "Enterprise apps March 2021: 300k direct + 80k distribution, exactly 500k. commission?",
            "The parts you gave add up to 380,000 yuan, not the 500,000 yuan",
        ),
        (
            "企业应用2021年3月：自营42万+分销8万，正好50万。佣金多少？",
            "佣金 12,600元（第3档 3%）。",
        ),
    ],
)
def test_an_exact_total_that_is_not_the_parts_sum_is_asked_back(question: str, head: str) -> None:
    # Review 69 N4: a month of 88万 (30+8+50) invented.
    assert answer(question, today=DAY).text.startswith(head)


def test_a_ticket_number_is_not_confirmed() -> None:
    # Review 68 N1: "是的" for a number the tool cannot see.
    found = answer("工单号 8823-1107 这个是不是就是那个资金管理工单", today=DAY)
    assert found.text.startswith("我查不到这个工单号是哪张工单")
    assert not found.text.startswith("是的")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # holdout109 #183: November read as this year's, "under 200k" as 200,000.
        (
            "Order #20201105-7731 is in 建站 (settled 2020-11-05). If our November total stays"
            " under 200k, which commission rate applies?",
            "A month total below 200,000 yuan is tier 1 (below CNY 200,000); by the guide's rate"
            " table, Website Building Market pays 20%.",
        ),
        # holdout111 #52: the whole list.
        (
            "Solutions market: the ACP cert for the engineer, which specialty does it need to be?",
            "Solution Market: at least 1 engineer with Alibaba Cloud's Elastic Compute ACP.",
        ),
        # holdout109 #53: the whole list.
        (
            "数据智能市场要求我们能提供什么类型的产品？",
            "数据智能市场要求：能提供大数据相关的应用服务、SaaS 服务或解决方案。",
        ),
        # holdout110 #23: the whole list.
        (
            "IoT market - can our solution run on another vendor's IoT platform or does it have to"
            " be Alibaba's?",
            "It has to be: IoT Market: all products and solutions are built on Alibaba Cloud IoT",
        ),
        # holdout110 #54: the joining steps' durations.
        (
            "API market: how long do we need to have been providing the service?",
            "API Market: at least 1 year of service experience.",
        ),
        # holdout109 #121: the team quoted, no verdict.
        (
            "we have no in-house marketing/planning people at all. Is that an issue for the"
            " service market (服务市场)?",
            "No, not as things stand: this condition is required and is not met.\nService Market:"
            " some marketing and promotion capability.",
        ),
        ("我们公司完全没有市场营销和策划人员，这对服务市场有影响吗？", "会影响：这一条是入驻条件"),
    ],
)
def test_one_condition_asked(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    "question",
    [
        # holdout110 #195, #198: a plan or a product recommendation is no guide fact.
        "Please write a marketing plan for our SaaS CRM launch on the marketplace",
        "Can you recommend a good ERP system for a 30-person company?",
        "帮我们写一份营销方案",
    ],
)
def test_declined(question: str) -> None:
    assert answer(question, today=DAY).out_of_scope


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 70 R1: the "doesn't add up" reply for deposits, capital and the guide's example.
        (
            "保证金：API市场3万+服务市场3万，正好9万对吧？",
            "入驻API市场、服务市场需缴纳保证金共 6万元",
        ),
        ("我们注册资金100万，去年营收80万，正好100万是服务市场的门槛吗？", "这一项满足。"),
        (
            "建站市场2020年10月：总额100万，分销40万，正好60万自营，佣金怎么算",
            "佣金 6万元（60,000元）（第3档 10%）。",
        ),
        (
            "Website market Oct 2020: total 1,000,000, of which distribution 400,000, exactly"
            " 600,000 direct. Commission?",
            "Commission: 60,000 yuan (tier 3, 10%).",
        ),
        ("企业应用2021年3月，总额38万，其中分销8万，正好30万自营，佣金多少？", "佣金 1.5万元"),
        # B1: the deposit in the sentence before is no part of the month.
        (
            "我们交了保证金3万。企业应用2021年3月自营30万、分销8万，正好38万，佣金多少？",
            "佣金 1.5万元（15,000元）（第2档 5%）。",
        ),
    ],
)
def test_exactly_only_checks_a_months_parts(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        # Review 70 R8: no number given.
        (
            "Is the ticket number format checked when I file under fund management?",
            "Yes: the deposit ticket is filed",
        ),
        ("Do I note the ticket id somewhere when filing under fund management?", "Yes:"),
        # N1: a number written another way, or beside another category.
        ("我的工单（编号8823-1107）是不是在资金管理下面提的", "我查不到这个工单号是哪张工单"),
        ("Is ticket 8823-1107 the one under fund management?", "I cannot look up which ticket"),
        ("工单号 8823-1107 是不是发票管理下面的", "我查不到这个工单号是哪张工单"),
    ],
)
def test_a_ticket_number_needs_a_digit(question: str, head: str) -> None:
    assert answer(question, today=DAY).text.startswith(head)
