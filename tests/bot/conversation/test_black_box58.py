"""Round 45 (session 50): the fifteenth black-box reading — a new tester who never saw the code
played 12 vendors in the console at 555e12d (docs/evaluation/black_box_s58/report.md: 20
defects, 2 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    "typed", ["stop, I am not applying now", "we're not applying right now", "我们暂时不申请了"]
)
def test_a_stop_in_words_is_no_answer(vendor: Vendor, typed: str) -> None:
    # D1 (high): "stop, I am not applying now" stored "not a lawfully registered company".
    _at_question(vendor, "website building market", "legal_entity")
    vendor.say(typed)
    assert "legal_entity" not in vendor.profile()
    assert vendor.step() != "question"


@pytest.mark.parametrize(
    "typed",
    [
        "websites are all on aliyun ECS, but the IoT stuff runs on AWS IoT Core",
        "yes for website, no for IoT",
        "网站都是在阿里云上的，但是物联网用的是AWS",
    ],
)
def test_a_split_answer_for_two_markets_is_not_stored(vendor: Vendor, typed: str) -> None:
    # D2 (high): "yes for website, no for IoT" stored a plain yes and the IoT verdict was wrong.
    _at_question(vendor, "iot and website building", "built_on_aliyun")
    reply = vendor.say(typed).text
    assert "built_on_aliyun" not in vendor.profile()
    assert "Alibaba Cloud IoT products" in reply or "阿里云IoT产品" in reply
    assert vendor.current_question() == "built_on_aliyun"


def test_switch_to_another_market_after_the_verdict(vendor: Vendor) -> None:
    # D5: "零售通不行的话，那换成新零售市场呢" checked both markets.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all()
    vendor.say("零售通不行的话，那换成新零售市场呢")
    assert vendor.state()["markets"] == ["new_retail"]


def _at_answers_on_file(vendor: Vendor, checked: str, chosen_again: str) -> None:
    """One market checked to its verdict, then markets chosen again: the answers-on-file screen."""
    vendor.engine.start(vendor.key)
    vendor.say(checked)
    vendor.answer_all()
    vendor.say("查看其他市场")
    vendor.say(chosen_again)
    assert vendor.step() == "confirm_known"


def test_only_one_market_kept_on_the_answers_screen(vendor: Vendor) -> None:
    # D5: "不要零售通了，只看新零售" at the answers-on-file screen was not understood.
    _at_answers_on_file(vendor, "零售通", "零售通和新零售")
    vendor.say("不要零售通了，只看新零售")
    assert vendor.state()["markets"] == ["new_retail"]


@pytest.mark.parametrize("typed", ["继续吧", "ok继续", "好的，继续"])
def test_continue_with_a_particle(vendor: Vendor, typed: str) -> None:
    # D6: only the bare "继续" moved on from the answers-on-file screen.
    _at_answers_on_file(vendor, "api", "api")
    vendor.say(typed)
    assert vendor.step() != "confirm_known"


@pytest.mark.parametrize(
    "typed",
    [
        "does the website building market charge 20% forever?",
        "so is the 20% rate permanent or not?",
    ],
)
def test_a_rate_for_ever_is_the_policy_period(vendor: Vendor, typed: str) -> None:
    # D3, D12: a form started / the tier table, not the policy period.
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed).text
    assert reply.startswith("No, not forever")
    assert vendor.step() != "question"


def test_an_own_figure_asked_with_a_market_is_answered(vendor: Vendor) -> None:
    # D3: "do we need 20 staff for the API market? we only have 12 engineers" started the form.
    vendor.engine.start(vendor.key)
    reply = vendor.say("do we need 20 staff for the API market? we only have 12 engineers").text
    assert "at least 20 people" in reply
    assert vendor.step() != "question"


def test_a_check_asked_with_the_industry_said(vendor: Vendor) -> None:
    # D9: "帮我查下能不能入驻解决方案市场" got one condition's verdict and no check; the
    # industry said was asked again later.
    vendor.engine.start(vendor.key)
    vendor.say("我们是做物流行业的，帮我查下能不能入驻解决方案市场")
    assert vendor.step() == "question"
    assert vendor.profile().get("industry") == "logistics"


def test_the_year_end_is_december(vendor: Vendor) -> None:
    # D4: "2018年底" was asked its month again.
    _at_question(vendor, "安全市场", "license_date")
    vendor.say("2018年底")
    if vendor.current_question() == "license_date":
        vendor.say("是")
    assert vendor.profile()["license_date"].startswith("2018-12")


def test_an_english_sentence_after_one_chinese_question(vendor: Vendor) -> None:
    # D7: "ok, draft the ticket pls" after one Chinese question got Chinese replies.
    vendor.engine.start(vendor.key)
    vendor.say("hi, what is the deposit for the API market?")
    vendor.say("保证金是交到哪个账户？")
    reply = vendor.say("ok, draft the ticket pls").text
    assert "ticket" in reply
    assert "工单" not in reply


@pytest.mark.parametrize(
    "typed",
    [
        "wait, I also want the basic software market checked",
        "yes, security market and basic software market please",
    ],
)
def test_a_market_added_in_a_sentence_mid_form(vendor: Vendor, typed: str) -> None:
    # D8: the second market was dropped, or the sentence read as the field's answer.
    _at_question(vendor, "security market", "legal_entity")
    vendor.say(typed)
    assert vendor.state()["markets"] == ["software", "security"]


def test_the_name_matching_the_licence_is_not_in_the_guide(vendor: Vendor) -> None:
    # D10: "公司名称要和营业执照一致吗" got "需要" and a table of licence ages.
    vendor.engine.start(vendor.key)
    reply = vendor.say("公司名称要和营业执照一致吗").text
    assert reply.startswith("指南没有写公司名称是否要和营业执照一致")


def test_the_refund_asked_after_a_commission_sum(vendor: Vendor) -> None:
    # D11: "when exactly is the refund paid?" was declined as customers' refunds.
    vendor.engine.start(vendor.key)
    vendor.say(
        "We sold 1 million in the website market in October 2020, 400k of it through"
        " distribution. What's the commission and refund?"
    )
    reply = vendor.say("when exactly is the refund paid?").text
    # (Round 61: "when exactly" reads as "when" — the guide's own answer on the refund.)
    assert "early the following month the Marketplace re-rates" in reply
    assert "customer orders" not in reply


def test_no_ticket_on_file_said(vendor: Vendor) -> None:
    # D13: "show me my ticket again" with none on file got the step-3 re-application text.
    vendor.engine.start(vendor.key)
    assert vendor.say("show me my ticket again").text.startswith("There is no saved ticket")


def test_just_under_a_number_is_asked_as_such(vendor: Vendor) -> None:
    # D14: "快三年了" got "a value near it would change the result" where every one passes.
    _at_question(vendor, "数据智能市场", "experience_years:data")
    reply = vendor.say("快三年了").text
    assert "是说还不到这个数" in reply
    assert "会改变检查结果" not in reply
