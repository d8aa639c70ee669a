"""Round 56 (session 61): black-box s71 D4 and D18, review 61 N5 and N6 in conversation
(docs/evaluation/black_box_s71/report.md, docs/evaluation/diff_review_round55b.md)."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question
from tests.bot.conversation.test_round55 import _english_ticket


def test_another_market_after_a_refused_sum_gets_its_rates(vendor: Vendor) -> None:
    # s71 D4: the same refusal (distribution above the total) said again.
    vendor.engine.start(vendor.key)
    assert vendor.say("数据智能市场2020年6月 交易额120万 其中分销130万").text.startswith("无法计算")
    reply = vendor.say("物联网呢").text
    assert reply.startswith("物联网市场各档的佣金比例都是 0%")
    assert vendor.state()["markets"] == []


def test_a_settlement_day_follow_up_in_chinese(vendor: Vendor) -> None:
    # s71 D4: "2021年4月1日呢" declined as outside the guide, then an API check started.
    vendor.engine.start(vendor.key)
    vendor.say("基础软件市场2021年3月31日结算 总额25万 没有分销")
    assert vendor.say("2021年4月1日呢").text.startswith("2021年4月不在指南的佣金政策期间内")
    reply = vendor.say("API市场如果一个月100万呢").text
    assert reply.startswith("佣金 0元（第3档 0%）。")
    assert "该期间已于2021年3月31日截止" in reply
    assert vendor.say("那2021年3月31日呢").text.startswith("佣金 0元（第3档 0%）。")
    assert vendor.state()["markets"] == []


def test_a_month_supposed_after_a_declined_month_in_english(vendor: Vendor) -> None:
    # s71 D4: "what about the API market if we do 1 million a month" started the API check.
    vendor.engine.start(vendor.key)
    vendor.say("hello, english please")
    vendor.say("March 31 2021 settled orders, basic software, 250000 total, none distributed")
    vendor.say("April 1 2021?")
    reply = vendor.say("what about the API market if we do 1 million a month").text
    assert reply.startswith("Commission: 0 yuan (tier 3, 0%).")
    assert vendor.say("and security 300k?").text.startswith("Commission: 15,000 yuan (tier 2, 5%).")


def test_agreements_accepted_before_are_not_asked_again(vendor: Vendor) -> None:
    # s71 D18: 服务+建站's agreements asked again after a 基础软件 check in between.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场和建站市场")
    vendor.answer_all()
    vendor.say("结束")
    vendor.say("检查基础软件市场")
    vendor.say("继续")
    vendor.answer_all()
    vendor.say("结束")
    reply = vendor.say("检查服务市场和建站市场").text
    assert "接受云市场相关协议及管理规范：是" in reply
    vendor.say("继续")
    assert vendor.step() == "verdict"


def test_agreements_asked_when_a_market_asks_more(vendor: Vendor) -> None:
    # (s55 D2 kept: 数据智能's rules do not cover the API market's entry agreements.)
    vendor.engine.start(vendor.key)
    vendor.say("数据智能市场")
    vendor.answer_all()
    vendor.say("结束")
    vendor.say("检查API市场")
    vendor.say("继续")
    assert (
        vendor.current_question() == "agreements_accepted"
        or "agreements_accepted" in (vendor.state()["pending"])
    )


@pytest.mark.parametrize(
    "said", ["forget retail link, don't add it", "retail link, never mind", "skip retail link"]
)
def test_a_market_let_go_at_the_english_ticket_review(vendor: Vendor, said: str) -> None:
    # Review 61 N5: "I did not understand that answer."
    _english_ticket(vendor, "api and retail link", "Room 1203, 8 Tianhe Road, Guangzhou")
    reply = vendor.say(said).text
    assert reply.startswith("Corrected: the ticket's markets = API Market (deposit 30,000 yuan)")
    assert vendor.state()["ticket_markets"] == ["api"]


def test_a_market_not_added_is_not_added(vendor: Vendor) -> None:
    # ("don't add" is no add.)
    _english_ticket(vendor, "api", "Room 1203, 8 Tianhe Road, Guangzhou")
    vendor.say("don't add security")
    assert vendor.state()["ticket_markets"] == ["api"]


def test_a_forgotten_market_on_the_confirmed_english_ticket(vendor: Vendor) -> None:
    # Review 61 N3: "forgot the security market" without "add".
    _english_ticket(vendor, "data intelligence", "Room 1203, 8 Tianhe Road, Guangzhou")
    vendor.say("confirm")
    reply = vendor.say("oops, forgot the security market, we paid 60k in total").text
    assert "Data Intelligence Market, Security Market (deposit 60,000 yuan)" in reply
    assert vendor.state()["markets"] == []


@pytest.mark.parametrize(
    ("said", "head"),
    [
        ("零售通市场需要什么？", "零售通市场入驻条件："),
        ("what does retail link need from us?", "Entry conditions for Retail Link Market"),
    ],
)
def test_what_a_market_needs_at_the_what_next_menu(vendor: Vendor, said: str, head: str) -> None:
    # Review 61 N6: a 零售通 check started.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    vendor.answer_all()
    assert vendor.say(said).text.startswith(head)
    assert vendor.state()["markets"] == ["iot"]


def test_an_estimate_waits_again_after_another_estimate_out_of_turn(vendor: Vendor) -> None:
    # s65 D12: "三十来个人" waited for 是, "安全这块做了三年多" replaced it and the team was
    # asked again.
    _at_question(vendor, "安全市场", "team_size")
    vendor.say("技术加客服一共三十来个人吧")
    vendor.say("安全这块做了三年多")
    reply = vendor.say("是的").text
    assert "已记录：安全市场：该市场业务的服务经验（年） = 3 年" in reply
    assert (
        "请确认：您的回答“技术加客服一共三十来个人吧”按 技术及客服团队人数（公司社保） = 30 人"
        in reply
    )
    vendor.say("是")
    assert vendor.profile()["team_size"] == 30
    assert vendor.current_question() != "team_size"


def test_the_listing_before_the_deposit_in_chinese_order() -> None:
    # s65 D21: "顺序反了" and the rule four times.
    from bot.answers import answer

    found = answer("交保证金之前能上架商品吗")
    assert found.text.startswith("不能。未缴纳保证金的服务商不得上架商品")
    assert found.text.count("不得上架商品") == 1
