"""Routing classes the dev10 set showed (session 19), each checked in my own wording, never the
set's questions: look-ups by an account name, a balance or a mixed code; a person's phone
number; the deposit paid by Alipay or WeChat; a cloud product's price beside the brand; the
founding year; a market's rate asked for a year after the policy."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer

IN_POLICY = date(2020, 11, 15)


@pytest.mark.parametrize(
    "question",
    [
        "麻烦查下账号 shop_owner_2020 的入驻申请到哪一步了",
        "can you check where application of account acme_cloud_01 is?",
        "我们的阿里云账号ID 2088 1234 5678 9012，押金余额还有多少",
        "account 1234567890123 - how much deposit balance is left?",
        "Any news on ticket 7781-CX-0042?",
        "工单 AB-2020-11-0087 现在是什么状态",
    ],
)
def test_a_lookup_of_one_record_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "你们云市场招商经理的手机号是多少",
        "能告诉我对接人的邮箱吗",
        "what is the phone number of the marketplace onboarding team?",
        "could you share the contact number for vendor support",
    ],
)
def test_a_persons_phone_or_wechat_is_declined_with_the_contact_page(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "服务商服务人员联系方式" in reply.text


def test_who_to_contact_stays_answered() -> None:
    reply = answer("入驻遇到问题找谁联系")
    assert not reply.out_of_scope and "服务商服务人员联系方式" in reply.text


@pytest.mark.parametrize(
    "question",
    ["押金可以支付宝转吗", "保证金用微信支付行不行", "Can we pay the margin with Alipay?"],
)
def test_paying_the_deposit_another_way_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "通用保证金" in reply.text


def test_a_tight_cash_flow_is_no_payment_method() -> None:
    assert not answer("现金流紧张，保证金能晚点交吗？上架前必须交吗").text.startswith("指南只写了")


@pytest.mark.parametrize(
    "question",
    [
        "阿里云ECS一年多少钱",
        "阿里云的RDS数据库怎么收费，贵吗",
        "alibaba cloud ECS price per month?",
    ],
)
def test_a_cloud_products_price_beside_the_brand_is_declined(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    ["Which year was Alibaba Cloud founded?", "What year did Alibaba start?"],
)
def test_the_founding_year_is_declined(question: str) -> None:
    assert answer(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    ["2023年以后安全市场抽成多少", "2022年起API市场的费率是多少？", "2024年后数据智能市场佣金比例"],
)
def test_a_markets_rate_after_the_policy_is_declined_with_the_period(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "2021年3月31日" in reply.text
