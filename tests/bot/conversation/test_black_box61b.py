"""Round 48 (session 53): the medium defects left from the eighteenth black-box reading
(docs/evaluation/black_box_s61/report.md D8–D10), mended before round 48's new sets are run.
The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def _eligible_for_two(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("服务市场和建站市场")
    vendor.answer_all(PASSING)
    assert vendor.verdicts() == {"service": "eligible", "website": "eligible"}


def test_the_total_confirmed_at_the_verdict_menu(vendor: Vendor) -> None:
    # D8: "ok so 总共陆万对吧" right after the verdict was not understood.
    _eligible_for_two(vendor)
    reply = vendor.say("ok so 总共陆万对吧").text
    assert reply.startswith("对")
    assert "服务市场 30,000元 + 建站市场 30,000元" in reply
    assert vendor.step() == "verdict"


@pytest.mark.parametrize(
    ("said", "head"), [("保证金一共6万对吧", "对"), ("保证金一共5万对吧", "不对")]
)
def test_the_total_confirmed_after_the_talk(vendor: Vendor, said: str, head: str) -> None:
    # D8: once the talk had ended ("thx"), "保证金一共6万对吧" was answered with step 6's
    # ticket (叁万) — the markets found eligible were not used.
    _eligible_for_two(vendor)
    vendor.say("thx")
    reply = vendor.say(said).text
    assert reply.startswith(head)
    assert "60,000" in reply
    assert "第6步" not in reply


def test_a_switch_said_after_a_complaint_switches(vendor: Vendor) -> None:
    # D9: "why basic software?? … go back to data intelligence, devops and IoT" was answered
    # with the deposit-refund rule, the Basic Software question kept.
    _at_question(vendor, "basic software", "team_size")
    reply = vendor.say(
        "why basic software?? I was answering your IoT question. go back to data intelligence,"
        " devops and IoT"
    ).text
    assert "refunded" not in reply
    assert vendor.state()["markets"] == ["data", "devops", "iot"]


@pytest.mark.parametrize("asked", ["把我的检查结果再发一遍", "我刚才的检查结果是什么"])
def test_the_last_result_told_again_after_cancel(vendor: Vendor, asked: str) -> None:
    # D10: "把我的检查结果再发一遍" at the market menu was not understood; "我刚才的检查结果
    # 是什么" was answered about the marketplace's review.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场和建站市场")
    vendor.answer_all({**PASSING, "team_size": "18"})
    assert vendor.verdicts() == {"service": "not_eligible", "website": "not_eligible"}
    vendor.say("取消")
    reply = vendor.say(asked).text
    assert reply.startswith("您上次检查的结果")
    assert reply.count("18 人，低于 20 人") == 2
    assert "审核" not in reply.split("\n", 1)[1].split("请选择")[0]
    assert vendor.step() == "idle"


def test_the_last_result_told_again_after_the_talk_ended(vendor: Vendor) -> None:
    _eligible_for_two(vendor)
    vendor.say("结束")
    reply = vendor.say("show me my results again").text
    assert "Your last check" in reply
    assert "60,000" in reply
    assert vendor.step() == "done"


def test_the_result_asked_after_done_is_told_not_an_error(vendor: Vendor) -> None:
    # Found while mending D10: "看下结果" after 结束 moved done → verdict, which the flow table
    # refuses — the vendor got the error reply.
    vendor.engine.start(vendor.key)
    vendor.say("服务市场")
    vendor.answer_all({**PASSING, "registered_capital": "99万"})
    vendor.say("结束")
    reply = vendor.say("看下结果").text
    assert "出错" not in reply
    assert "注册资金 99万元，低于 100万元" in reply
    assert vendor.step() == "done"


def test_not_all_said_first_at_a_yes_no_question_is_a_no(vendor: Vendor) -> None:
    # blind_conversations26 c26_45: "不全是，部分产品用的是自建的物联网平台" at the IoT
    # market's Alibaba Cloud question was "no answer" (its 产品 read as another question's).
    _at_question(vendor, "物联网市场", "built_on_aliyun")
    vendor.say("不全是，部分产品用的是自建的物联网平台。")
    assert vendor.profile()["built_on_aliyun"] is False
