"""Round 40 (session 45), the second black-box round: a new tester who never saw the code, on the
build after the first round's fixes (docs/ANSWERS.md "Black-box round, second reading"). One test
per defect class fixed, in the tester's wordings and our own."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question

# ----- D1 / D2: a commission question or "no wait, …" at a question stores nothing -----------


@pytest.mark.parametrize(
    ("market", "typed"),
    [
        ("新零售", "是超额累进吗，比如60万是不是前20万按10%"),
        ("security", "no wait, I just want the list of conditions first"),
        ("API市场", "先看一下全部条件"),
        ("security", "is the commission 10% on everything? like 300k"),
    ],
)
def test_a_question_or_another_wish_at_a_question_stores_nothing(
    vendor: Vendor, market: str, typed: str
) -> None:
    vendor.say(market)
    asked = vendor.current_question()
    vendor.say(typed)
    assert vendor.profile() == {}
    assert vendor.current_question() == asked


# ----- D3 / D5: the ticket pasted with labels glued to values; "actually" is no part of it ---


def test_ticket_labels_glued_to_their_values(vendor: Vendor) -> None:
    vendor.say("API市场")
    vendor.answer_all()
    vendor.say("生成工单")
    vendor.say(
        "账号lst_2025，公司宁波快销通供应链管理有限公司，地址浙江省宁波市鄞州区天童南路588号，"
        "联系人陈芳，电话13957411234"
    )
    assert vendor.state()["ticket_fields"] == {
        "account": "lst_2025",
        "company": "宁波快销通供应链管理有限公司",
        "address": "浙江省宁波市鄞州区天童南路588号",
        "contact": "陈芳",
        "phone": "13957411234",
    }


def test_a_trailing_actually_is_no_part_of_the_value(vendor: Vendor) -> None:
    vendor.say("API market")
    vendor.answer_all({**PASSING, "legal_entity": "yes"})
    vendor.say("draft ticket")
    vendor.say(
        "account: acme_cloud, company: Hangzhou Acme Technology Co Ltd, "
        "address: 浙江省杭州市西湖区文三路1号, contact: Emily Chen, phone: 13800138000"
    )
    vendor.say("the contact should be Lily Wang actually")
    assert vendor.state()["ticket_fields"]["contact"] == "Lily Wang"


# ----- D4: a market named as one is chosen, whatever a description said before ------------


def test_a_market_named_after_a_description_of_the_same_words(vendor: Vendor) -> None:
    vendor.say("我们做物流行业的解决方案，想进解决方案市场跟IoT市场")
    assert sorted(vendor.state()["markets"]) == ["iot", "solution"]


# ----- D10 / D11 / D16: the ticket asked politely; questions at the menus are answered ------


@pytest.mark.parametrize(
    "typed", ["先帮我起草工单吧", "ok draft ticket", "please draft the ticket"]
)
def test_the_ticket_asked_politely(vendor: Vendor, typed: str) -> None:
    vendor.say("API市场")
    vendor.answer_all()
    vendor.say(typed)
    assert vendor.step() == "ticket_field"


def test_a_commission_question_after_the_verdict_keeps_the_menu(vendor: Vendor) -> None:
    vendor.say("API市场")
    vendor.answer_all()
    reply = vendor.say("物联网市场抽佣多少")
    assert "0%" in reply.text
    assert vendor.step() == "verdict"
    assert vendor.state()["markets"] == ["api"]


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        ("零售通佣金多少", "新零售呢", "新零售市场不在佣金费率表中"),
        ("API市场保证金多少", "零售通呢", "伍万"),
        ("建站市场佣金比例是多少", "那安全市场呢", "10%"),
    ],
)
def test_a_market_alone_after_a_commission_or_deposit_answer_asks_the_same(
    vendor: Vendor, first: str, follow_up: str, said: str
) -> None:
    vendor.say(first)
    reply = vendor.say(follow_up)
    assert said in reply.text
    assert vendor.current_question() is None  # no walk-through started


# ----- D6: "…，可以吗" at a yes/no question asks, it answers nothing ---------------------------


@pytest.mark.parametrize("typed", ["三证合一了，只有营业执照，可以吗", "只有营业执照，够吗？"])
def test_whether_it_is_enough_asked_at_a_yes_no_question_stores_nothing(
    vendor: Vendor, typed: str
) -> None:
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say(typed)
    assert "documents_ready" not in vendor.profile()
    assert vendor.current_question() == "documents_ready"


# ----- D9 / D14 / D26 / D27: first questions, a market dropped, help in Chinese ---------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [("你好，我们想入驻云市场，流程是怎样的", "入驻云市场共7步"), ("流程", "入驻云市场共7步")],
)
def test_a_process_question_as_the_first_message_is_answered(
    vendor: Vendor, typed: str, said: str
) -> None:
    reply = vendor.say(typed)
    assert said in reply.text and "没能识别" not in reply.text


def test_a_market_dropped_mid_form(vendor: Vendor) -> None:
    vendor.say("数据智能和API市场")
    vendor.say("是")
    vendor.say("等下，数据智能不做了，去掉")
    assert vendor.state()["markets"] == ["api"]


def test_help_after_a_chinese_greeting_stays_chinese(vendor: Vendor) -> None:
    vendor.say("你好")
    reply = vendor.say("help")
    assert "请选择要入驻的市场" in reply.text
