"""Round 42 (session 47): the sixth black-box reading — a new tester who never saw the code played
12 vendors in the console at 8871eb9 (docs/evaluation/black_box_s49/report.md: 27 defects, 2
high), after the fifth reading's fixes. One test per defect class fixed. The conversation's today
is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_black_box48 import _after_api_verdict, _at_ticket_review
from tests.bot.conversation.test_conversation_input import _at_question

_ZH_FIELDS = (
    "帮我写工单：阿里云账号：erp_cloud，公司名称：上海云启科技有限公司，地址：上海市浦东新区张江路"
    "100号，联系人：Tom Chen，电话：021-55556666"
)


def test_a_month_in_chinese_numerals_at_a_question_is_a_commission_question(
    vendor: Vendor,
) -> None:
    # D1 (high): "… 结算的 五十万 分销二十万" stored the settlement date as the licence date.
    _at_question(vendor, "数据智能", "legal_entity")
    reply = vendor.say("基础软件 2021年3月31号结算的 五十万 分销二十万")
    assert "license_date" not in vendor.profile()
    assert "佣金 9,000元（第3档 3%）" in reply.text


@pytest.mark.parametrize(
    ("typed", "said"),
    [("零售通要几个人", "员工人数不少于 4 人"), ("安全市场售后要几乘几", "7×24 小时售后技术服务")],
)
def test_one_conditions_figure_asked_is_answered(vendor: Vendor, typed: str, said: str) -> None:
    # D2 (high): the greeting's own example started a check.
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert said in reply.text
    assert vendor.state()["markets"] == []


def test_change_markets_names_the_eligible_ones(vendor: Vendor) -> None:
    # D3: "change markets" said no market was eligible.
    _at_ticket_review(vendor)
    reply = vendor.say("change markets")
    assert "Found eligible: API Market" in reply.text


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [
        ("电话也换下 138 0013 8000", "phone", "13800138000"),
        ("联系人写中文吧：陈涛", "contact", "陈涛"),
    ],
)
def test_ticket_fixes_in_more_words(vendor: Vendor, typed: str, field: str, value: str) -> None:
    # D4: these were "not understood", then "确认" kept the old value.
    _after_api_verdict(vendor)
    vendor.say(_ZH_FIELDS)
    vendor.say(typed)
    assert vendor.state()["ticket_fields"][field] == value


def test_a_field_named_then_change(vendor: Vendor) -> None:
    _after_api_verdict(vendor)
    vendor.say(_ZH_FIELDS)
    reply = vendor.say("地址改")
    assert vendor.step() == "ticket_field" and "mailing address" in reply.text


def test_the_confirmed_ticket_reopened_by_name(vendor: Vendor) -> None:
    # D5: "修改工单" after confirming said there was nothing to change.
    _after_api_verdict(vendor)
    vendor.say(_ZH_FIELDS)
    vendor.say("确认")
    reply = vendor.say("修改工单")
    assert vendor.step() == "ticket_review" and "reopened" in reply.text.lower()


def test_experience_named_by_its_area_at_another_question(vendor: Vendor) -> None:
    # D8: "服务这块做了一年半" was refused at a yes/no question and after the verdict.
    _at_question(vendor, "API和服务市场", "api_integration")
    vendor.say("服务这块做了一年半")
    assert vendor.profile()["experience_years"]["service"] == "1.5"


def test_a_month_received_beside_a_market_is_a_commission_question(vendor: Vendor) -> None:
    # D10: "数据智能 2020-12 实收 …" started the check.
    vendor.engine.start(vendor.key)
    reply = vendor.say("数据智能 2020-12 实收 150000")
    assert vendor.state()["markets"] == []
    assert "佣金 1.5万元（15,000元）（第1档 10%）" in reply.text


@pytest.mark.parametrize("typed", ["hi there", "good morning"])
def test_an_english_greeting_greets(vendor: Vendor, typed: str) -> None:
    # D11: "hi there" was "I could not tell which markets you mean".
    vendor.engine.start(vendor.key)
    reply = vendor.say(typed)
    assert "could not tell" not in reply.text and "Hello" in reply.text


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [
        ("保证金交多少", "那交完之后呢", "第6步"),
        ("ok I've registered the account. next?", "done with that too, then?", "step 3"),
    ],
)
def test_next_step_in_other_words(vendor: Vendor, first: str, then: str, said: str) -> None:
    # D13: these were out of scope.
    vendor.engine.start(vendor.key)
    vendor.say(first)
    assert said in vendor.say(then).text


def test_an_answer_at_the_menu_says_no_check_has_started(vendor: Vendor) -> None:
    # D16: the menu came back with "could not tell which markets" after every answer.
    vendor.engine.start(vendor.key)
    vendor.say("你好")
    assert "还没有开始检查" in vendor.say("是").text


def test_the_deposit_for_these_two(vendor: Vendor) -> None:
    # D17: the rule's example instead of the vendor's total.
    _at_question(vendor, "check website and solution markets", "license_date")
    reply = vendor.say("wait how much is the deposit for these two?")
    assert "Website Building Market + Solution Market: 60,000 yuan" in reply.text


def test_what_it_is_is_no_unknown(vendor: Vendor) -> None:
    # D19: "not sure what a social insurance statement is, what is it" was recorded unknown.
    _at_question(vendor, "check the API market", "social_insurance_proof")
    reply = vendor.say("not sure what a social insurance statement is, what is it")
    assert "social_insurance_proof" not in vendor.state().get("unknown", [])
    assert "公司社保个人月缴费信息情况表" in reply.text
    assert vendor.current_question() == "social_insurance_proof"


def test_whether_contractors_count_at_the_team_question(vendor: Vendor) -> None:
    # D20: "do contractors count?" was out of scope.
    _at_question(vendor, "check the API market", "team_size")
    reply = vendor.say("hmm do contractors count? we have 18 fulltime + 5 contractors")
    assert "they do not count" in reply.text


def test_a_part_of_the_month_said_after_a_commission_answer(vendor: Vendor) -> None:
    # D9: "其中有10万是分销的呢" got the rate table, not the sum again with its part.
    vendor.engine.start(vendor.key)
    vendor.say("我们做建站的，一个月流水30万，抽多少")
    reply = vendor.say("其中有10万是分销的呢")
    assert "佣金 3万元（30,000元）（第2档 15%）" in reply.text


@pytest.mark.parametrize(
    ("market", "qid", "typed"),
    [
        ("零售通", "alibaba_1688_member", "信用良好"),
        ("API市场", "agreements_accepted", "我们不是1688会员"),
    ],
)
def test_another_questions_words_give_no_yes_or_no(
    vendor: Vendor, market: str, qid: str, typed: str
) -> None:
    # The seventh reading (black-box 50, D1, high): "信用良好" at the 1688 question stored a yes,
    # "我们不是1688会员" at the agreements question stored a no.
    _at_question(vendor, market, qid)
    vendor.say(typed)
    assert qid not in vendor.profile()
