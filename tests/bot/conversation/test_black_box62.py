"""Round 48 (session 53): the nineteenth black-box reading — a new tester who never saw the
code played 12 vendors in the console at 61294c7 (docs/evaluation/black_box_s62/report.md: 15
defects, 4 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("just the API market and the IoT market", ["api", "iot"]),
        (
            "that's a lot of questions. let's only do API, enterprise apps and IoT",
            ["api", "enterprise", "iot"],
        ),
        ("只看API市场和物联网市场吧", ["api", "iot"]),
    ],
)
def test_narrowing_mid_form_keeps_every_market_listed(
    vendor: Vendor, said: str, kept: list[str]
) -> None:
    # D2 (high): only the first market of the list was kept.
    vendor.engine.start(vendor.key)
    vendor.say("check all" if said.isascii() else "全部")
    vendor.say("yes" if said.isascii() else "是")
    vendor.say(said)
    assert vendor.state()["markets"] == kept


def test_a_no_and_the_markets_on_the_answers_on_file_screen_stores_no_answer(
    vendor: Vendor,
) -> None:
    # D1 (high): "no, API and IoT" stored a team of 0.
    vendor.engine.start(vendor.key)
    vendor.say("check all")
    vendor.say("yes")
    vendor.say("only API")
    reply = vendor.say("no, API and IoT").text
    assert reply.startswith("OK, checking these markets: API Market, IoT Market.")
    assert "team_size" not in vendor.profile()
    reply = vendor.say("no, API and IoT").text
    assert reply.startswith("OK — these are the markets being checked")
    assert "team_size" not in vendor.profile()


@pytest.mark.parametrize(
    ("markets", "slot", "said"),
    [
        ("物联网市场", "mature_product", "有api对接能力"),
        ("API市场", "api_integration", "都是基于阿里云的"),
    ],
)
def test_another_topic_at_a_yes_no_question_is_no_yes(
    vendor: Vendor, markets: str, slot: str, said: str
) -> None:
    # D3 (high): a sentence about another condition was stored as 是 for the one asked.
    _at_question(vendor, markets, slot)
    vendor.say(said)
    assert slot not in vendor.profile()


def test_a_follow_up_naming_its_own_topic_is_answered_as_itself(vendor: Vendor) -> None:
    # D4 (high): "what about DevOps commission" after a distribution question got the
    # distribution answer again.
    vendor.say("do distribution orders count toward the tier?")
    reply = vendor.say("what about DevOps commission").text
    assert reply.startswith("DevOps Market is not in the commission rate table")


def test_a_value_said_never_given_is_corrected(vendor: Vendor) -> None:
    # D5: "we never said 0, we have 60 people" was read as a what-if; nothing changed.
    vendor.engine.start(vendor.key)
    vendor.say("api market")
    vendor.answer_all({**PASSING, "team_size": "0"})
    reply = vendor.say("what?? we never said 0, we have 60 people on social insurance").text
    assert reply.startswith("Corrected: tech + customer-service team size = 60")
    assert vendor.profile()["team_size"] == 60


def test_a_change_after_ok_is_a_change(vendor: Vendor) -> None:
    # D6: "ok change the capital to 1 million" at the verdict menu was not understood.
    vendor.engine.start(vendor.key)
    vendor.say("website market")
    vendor.answer_all(PASSING)
    reply = vendor.say("ok change the capital to 1 million").text
    assert reply.startswith("Noted: registered capital = CNY 1,000,000")
    assert vendor.profile()["registered_capital"] == 1_000_000


@pytest.mark.parametrize(
    ("first", "then", "wanted"),
    [
        ("刚好20万算第几档", "50万呢", "50万元（500,000元） 属于第3档"),
        ("which tier is exactly 200k?", "what about 500k?", "tier 3"),
    ],
)
def test_an_amount_asked_again_keeps_the_question(
    vendor: Vendor, first: str, then: str, wanted: str
) -> None:
    # D7: "50万呢" after a tier question was declined as outside the guide.
    vendor.say(first)
    assert wanted in vendor.say(then).text


def test_a_kind_of_firm_said_asks_before_checking(vendor: Vendor) -> None:
    # D8: "we are a data analytics company … would like to join" started a Data Intelligence
    # check unasked; the markets named next were then "not a yes or no".
    vendor.engine.start(vendor.key)
    reply = vendor.say(
        "Hi, we are a data analytics company from Shenzhen and would like to join the marketplace"
    ).text
    assert reply.startswith(
        "From what you describe, that would be Data Intelligence Market, right?"
    )
    vendor.say("data intelligence and the API market please")
    assert sorted(vendor.state()["markets"]) == ["api", "data"]


def test_markets_listed_mid_form_are_checked(vendor: Vendor) -> None:
    # D9: "security and the API market please" at the first question: "answer yes or no".
    vendor.engine.start(vendor.key)
    vendor.say("security market")
    vendor.say("security and the API market please")
    assert vendor.state()["markets"] == ["api", "security"]


def test_a_wish_to_list_goods_opens_with_the_greeting(vendor: Vendor) -> None:
    # D10: "你好，我们公司想上架商品到阿里云云市场" got "没能识别您要选择的市场".
    vendor.engine.start(vendor.key)
    reply = vendor.say("你好，我们公司想上架商品到阿里云云市场").text
    assert reply.startswith("您好！我是云市场入驻助手")


def test_how_much_after_a_verdict_is_the_deposit(vendor: Vendor) -> None:
    # D12: "多少钱" right after the 零售通 verdict was declined.
    vendor.engine.start(vendor.key)
    vendor.say("零售通市场")
    vendor.answer_all(PASSING)
    assert vendor.verdicts() == {"retail_link": "eligible"}
    assert "5万元（50,000元）" in vendor.say("多少钱").text


def test_not_yet_said_first_is_a_no(vendor: Vendor) -> None:
    # blind_conversations27 c27_18: "还没有，正在走生态伙伴认证流程。" was asked again.
    _at_question(vendor, "开发运维市场", "ecosystem_certified")
    vendor.say("还没有，正在走生态伙伴认证流程。")
    assert vendor.profile()["ecosystem_certified"] is False


def test_none_now_is_zero_whatever_both_left(vendor: Vendor) -> None:
    # blind_conversations27 c27_26: "both" read as a second number, the correction not stored.
    _at_question(vendor, "Solutions market.", "agreements_accepted")
    vendor.say(
        "Correction on the ACP engineers: we actually have none right now, both left last month."
    )
    assert vendor.profile()["acp_engineers"] == 0
