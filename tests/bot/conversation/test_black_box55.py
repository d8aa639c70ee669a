"""Round 44 (session 49): the twelfth black-box reading — a new tester who never saw the code
played 12 vendors in the console at 16af9bf (docs/evaluation/black_box_s55/report.md: 21
defects, 1 high). One test per defect class fixed. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_black_box51 import _ticket_up_to_the_phone
from tests.bot.conversation.test_conversation_input import _at_question


def test_another_fields_correction_after_wait_is_no_yes(vendor: Vendor) -> None:
    # D1 (high): "等等，注册资金我说错了，是八十万" at a yes/no question stored 是 and lost the 80万.
    _at_question(vendor, "我想入驻服务市场和建站市场", "social_insurance_proof")
    vendor.say("等等，注册资金我说错了，是八十万")
    assert vendor.profile()["registered_capital"] == 800000
    assert "social_insurance_proof" not in vendor.profile()
    assert vendor.current_question() == "social_insurance_proof"


def test_more_agreements_are_asked_again(vendor: Vendor) -> None:
    # D2: 数据智能's "yes" to its management rules was reused for the API market's entry and
    # platform service agreements.
    _at_question(vendor, "数据智能市场", "legal_entity")
    vendor.answer_all()
    vendor.say("2")
    vendor.say("安全 api")
    assert "agreements_accepted" in vendor.state()["pending"]


def test_an_acknowledgement_before_a_ticket_value(vendor: Vendor) -> None:
    # D4: "ok, 广州市…" stored "ok, " in the address.
    vendor.engine.start(vendor.key)
    for line in ("生成工单，API市场", "hz_test", "杭州云帆科技有限公司"):
        vendor.say(line)
    vendor.say("ok, 广州市天河区天河路385号太古汇一座28楼")
    assert vendor.state()["ticket_fields"]["address"] == "广州市天河区天河路385号太古汇一座28楼"


@pytest.mark.parametrize("typed", ["sorry typo, 13512345678", "哦少打了一位，电话是0571-88886666"])
def test_a_phone_after_a_refused_one(vendor: Vendor, typed: str) -> None:
    # D5: the corrected number typed next was not understood.
    _ticket_up_to_the_phone(vendor)
    vendor.say("13800138000")
    vendor.say("change phone to her mobile 12345678901")
    vendor.say(typed)
    assert vendor.state()["ticket_fields"]["phone"] in ("13512345678", "0571-88886666")


def test_a_phone_among_words(vendor: Vendor) -> None:
    # D13: "ok use my mainland number +86 138 2345 6789" was refused as too long.
    _ticket_up_to_the_phone(vendor)
    vendor.say("ok use my mainland number +86 138 2345 6789")
    assert vendor.state()["ticket_fields"]["phone"] == "13823456789"


@pytest.mark.parametrize("typed", ["can I see my ticket again?", "再给我看一下我的工单"])
def test_show_my_ticket(vendor: Vendor, typed: str) -> None:
    # D6: the blank template (or re-applying) instead of the ticket confirmed.
    _ticket_up_to_the_phone(vendor)
    vendor.say("13800138000")
    vendor.say("确认")
    reply = vendor.say(typed)
    assert "hz_test" in reply.text


def test_the_same_numbers_for_another_market(vendor: Vendor) -> None:
    # D7: "and the same numbers for website building?" started the Website check.
    vendor.engine.start(vendor.key)
    vendor.say("security market, Oct 2020: 350k total, 50k of it distribution. commission?")
    reply = vendor.say("and the same numbers for website building?")
    assert reply.text.startswith("Commission: 45,000 yuan")
    assert vendor.step() != "question"


def test_a_rate_table_name_asked(vendor: Vendor) -> None:
    # D7: "服务&代维是哪个市场" started the 服务市场 check.
    vendor.engine.start(vendor.key)
    reply = vendor.say("服务&代维是哪个市场")
    assert "对应服务市场" in reply.text
    assert vendor.step() != "question"


def test_a_correction_after_cancel(vendor: Vendor) -> None:
    # D9: after 取消, "成立日期也要改一下，…" got "还没有开始检查".
    _at_question(vendor, "服务市场", "legal_entity")
    vendor.answer_all({**PASSING, "registered_capital": "80万"})
    vendor.say("取消")
    reply = vendor.say("成立日期也要改一下，营业执照上写的是二〇一九年三月十一日")
    assert vendor.profile()["license_date"] == "2019-03-11"
    assert "还没有开始检查" not in reply.text


def test_human_please(vendor: Vendor) -> None:
    # D10: "ok, human please, …" was read as a market choice.
    vendor.engine.start(vendor.key)
    reply = vendor.say("ok, human please, I want to know the current rates")
    assert "passed your question to our staff" in reply.text


def test_the_ticket_does_not_lead_the_menu_when_none_is_eligible(vendor: Vendor) -> None:
    # D18: "1. 起草转财务工单" first right after "目前没有可入驻的市场".
    _at_question(vendor, "服务市场", "legal_entity")
    reply = vendor.answer_all({**PASSING, "registered_capital": "80万"})
    assert reply.choices[0].value != "起草转财务工单"
