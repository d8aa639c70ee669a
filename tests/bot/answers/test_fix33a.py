"""fix33a: (1) operating an Alibaba Cloud product ("How do I configure a throttling policy in API
Gateway?", "阿里云服务器的数据怎么备份", "RDS 怎么做主备切换") or the cost of a third party's
security evaluation ("等保三级测评大概要花多少钱") is outside the guide and declined, not answered
with a guide topic sharing a word ("policy", "API", "数据", 费用); a Marketplace word keeps the
question the guide's. (2) The vendor's own records: a look-up asked beside an amount or an id
("can you check whether my deposit payment of 30,000 (order …) went through", "which markets
has my account (UID …) joined") is declined; an id given only as context before the question
proper ("订单号 …，顺便问下建站市场佣金第一档是多少", "order …: what is tier 2 for …") is answered."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer
from tests.bot.answers.answer_checks import first_line, first_sentence

DAY = date(2026, 12, 2)
_DECLINE_ZH = "抱歉，这个问题不在云市场服务商入驻指南的范围内"
_DECLINE_EN = "Sorry, that is outside what I can answer"


# Class 1: a cloud product's own operation or a third party's evaluation cost: declined.
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("How do I configure a throttling policy in API Gateway?", _DECLINE_EN),
        ("How can I set up rate limiting for my APIs in API Gateway?", _DECLINE_EN),
        ("API网关的流控怎么配", _DECLINE_ZH),
        ("API网关怎么配置限流策略？", _DECLINE_ZH),
        ("阿里云服务器的数据怎么备份？", _DECLINE_ZH),
        ("How do I back up data on my ECS server?", _DECLINE_EN),
        ("ECS服务器怎么做快照备份", _DECLINE_ZH),
        ("How do I set up auto-scaling on ECS?", _DECLINE_EN),
        ("RDS 怎么做主备切换", _DECLINE_ZH),
        ("阿里云RDS怎么配置主备切换？", _DECLINE_ZH),
        ("How do I configure failover for RDS?", _DECLINE_EN),
        ("等保三级测评大概要花多少钱", _DECLINE_ZH),
        ("等级保护测评的费用大概多少？", _DECLINE_ZH),
        ("How much does an MLPS level 3 assessment cost?", _DECLINE_EN),
        ("OSS存储怎么收费", _DECLINE_ZH),
        ("ICP备案要多久", _DECLINE_ZH),
        ("How much does an SSL certificate cost on Alibaba Cloud?", _DECLINE_EN),
    ],
)
def test_cloud_operation_declined(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope, reply.text
    assert first_sentence(reply.text).startswith(opening), reply.text
    assert "2016" not in first_line(reply.text), reply.text


# Class 1 guard: the Marketplace named beside the product keeps the guide's answer.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("API市场的佣金多少", "0%"),
        ("Can an API Gateway product be listed in the API market?", "deposit"),
        ("保证金页面有好几行 智能接入网关什么的，我该点哪一行充值", "阿里云通用保证金"),
        ("我们的产品部署在ECS上，能进基础软件市场吗？", "基础软件市场"),
    ],
)
def test_marketplace_question_still_answered(question: str, expected: str) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope, reply.text
    assert expected in first_line(reply.text), reply.text


# Class 2: the vendor's own record looked up, however long the words naming it: declined.
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "Can you check whether my deposit payment of 30,000 last Tuesday "
            "(order 2026112590001) went through?",
            "I cannot look up",
        ),
        ("Can you check if my deposit of 30,000 (order 2026112590002) has cleared?", "I cannot"),
        (
            "Could you confirm whether my payment of 50,000 yuan yesterday, order no. "
            "2026112011223, went through?",
            "I cannot",
        ),
        ("帮我查一下订单 2026112590001 那笔3万元保证金到账了没有", "我查不了"),
        ("查一下我UID 123456 的保证金到账没", "我查不了"),
        ("Which markets has my account (UID 1234-5678-9012) already joined?", "I cannot"),
        ("How many markets has my account (UID 8899-0011-2233) joined so far?", "I cannot"),
        ("我的账号 UID 1234-5678-9012 已经入驻了哪些市场？", "我查不了"),
        ("订单号 2026112590001 的佣金是多少？", "我查不了"),
        ("order 2026112590001: has it been paid?", "I cannot"),
    ],
)
def test_own_record_lookup_declined(question: str, opening: str) -> None:
    reply = answer(question, today=DAY)
    assert reply.out_of_scope, reply.text
    assert first_sentence(reply.text).startswith(opening), reply.text


# Class 2: the id only context, the guide's rule asked after it: answered.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "订单号 202611200118834 是我们建站市场的一个单子，顺便问下建站市场佣金第一档是多少？",
            ("建站市场第1档", "20%"),
        ),
        ("订单号 2026112590001，顺便问下安全市场第二档佣金是多少？", ("安全市场第2档", "5%")),
        ("订单 2026112590001：建站市场第一档佣金多少？", ("建站市场第1档", "20%")),
        ("order 2026112590001: what is tier 2 for the Security market?", ("tier 2", "5%")),
        (
            "Order 2026112590001 — by the way, what's the tier 1 rate for the Website Building "
            "market?",
            ("tier 1", "20%"),
        ),
        ("我的账号 UID 88990011，想问API市场保证金多少", ("API市场", "30,000")),
        ("UID 88990011 by the way, how much is the deposit for the API market?", ("30,000",)),
    ],
)
def test_identifier_only_context_answered(question: str, expected: tuple[str, ...]) -> None:
    reply = answer(question, today=DAY)
    assert not reply.out_of_scope, reply.text
    assert all(part in first_line(reply.text) for part in expected), reply.text


def test_context_commission_keeps_policy_period_note() -> None:
    reply = answer(
        "订单号 202611200118834 是我们建站市场的一个单子，顺便问下建站市场佣金第一档是多少？",
        today=DAY,
    )
    assert "2021年3月31日" in reply.text, reply.text
