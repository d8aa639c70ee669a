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
