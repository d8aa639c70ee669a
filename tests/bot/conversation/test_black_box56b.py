"""Round 45 (session 50; not blind): more of the thirteenth black-box reading's defects
(docs/evaluation/black_box_s56/report.md), mended after its highs. The conversation's today is
2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_black_box51 import _ticket_up_to_the_phone
from tests.bot.conversation.test_conversation_input import _at_question


def test_a_what_if_of_the_total_is_computed(vendor: Vendor) -> None:
    # D4: "and if it was 600k total with the same 50k distribution?" got "Yes, they are the
    # same" and a worked example, not the sum (its market, "enterprise app sales", was unread).
    vendor.engine.start(vendor.key)
    vendor.say(
        "In Oct 2020 our enterprise app sales were 350k yuan, 50k of that via distribution."
        " What do we pay?"
    )
    reply = vendor.say("and if it was 600k total with the same 50k distribution?").text
    assert "Commission: 16,500 yuan (tier 3, 3%)" in reply
    assert "Refunded early next month: 38,500 yuan" in reply


def test_a_part_said_after_the_sum_then_another_market(vendor: Vendor) -> None:
    # D5: "其中有10万是分销的" (no 呢) got the distribution rule; "那API市场呢" repeated it.
    vendor.engine.start(vendor.key)
    vendor.say("2020年10月建站市场卖了30万，佣金多少")
    part = vendor.say("其中有10万是分销的").text
    assert part.startswith("佣金 3万元（30,000元）（第2档 15%）")
    assert "次月初返还：1万元（10,000元）" in part
    other = vendor.say("那API市场呢").text
    assert other.startswith("佣金 0元")
    assert "API市场（费率表：API市场）" in other


def test_a_missing_answer_said_after_the_verdict_is_stored(vendor: Vendor) -> None:
    # D8: "actually our IoT stuff is all on Alibaba Cloud IoT Platform, so yes" got "Noted."
    # and nothing stored.
    _at_question(vendor, "iot", "built_on_aliyun")
    vendor.say("I don't know")
    vendor.answer_all()
    assert "built_on_aliyun" not in vendor.profile()
    vendor.say("actually our IoT stuff is all on Alibaba Cloud IoT Platform, so yes")
    assert vendor.profile()["built_on_aliyun"] is True


def test_another_markets_deposit_paid_too_is_added_to_the_ticket(vendor: Vendor) -> None:
    # D10: "我们服务市场的保证金也一起交了，一共六万" at the review was not understood.
    _ticket_up_to_the_phone(vendor)
    vendor.say("13800138000")
    reply = vendor.say("我们服务市场的保证金也一起交了，一共六万").text
    assert vendor.state()["ticket_markets"] == ["api", "service"]
    assert "入驻云市场已缴纳保证金陆万元，请转财务" in reply


def test_dont_know_with_a_reason_naming_1688(vendor: Vendor) -> None:
    # D15: "不知道，1688的会员我们好像有…" was refused; a bare 不知道 was taken.
    _at_question(vendor, "零售通", "alibaba_1688_member")
    vendor.say("不知道，1688的会员我们好像有，企业名称认证不知道做没做")
    assert "alibaba_1688_member" not in vendor.profile()
    assert vendor.current_question() != "alibaba_1688_member"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # D6: the pre-charge mechanism was stated as this month's.
        ("so what rate do we pay this month then", "outside the guide's commission policy"),
        ("这个月费率多少", "不在指南的佣金政策期间内"),
        # D19: the generic step 2.
        ("what documents do we need for the real-name verification?", "does not list the"),
        # D20: a list of conditions, no answer.
        ("个人可以入驻吗", "不能"),
    ],
)
def test_answers_of_the_reading(vendor: Vendor, typed: str, said: str) -> None:
    vendor.engine.start(vendor.key)
    assert said in vendor.say(typed).text.splitlines()[0]


def test_no_second_reading_of_an_unnamed_theme(vendor: Vendor) -> None:
    # D18: "If you meant 'Getting the deposit back'" after the joining steps.
    vendor.engine.start(vendor.key)
    reply = vendor.say(
        "Hello, we are a small software company from Chengdu. How do we get on the Alibaba"
        " Cloud Marketplace?"
    ).text
    assert "If you meant" not in reply
    assert "Register an Alibaba Cloud account" in reply


def test_the_address_rule_claims_no_use_the_guide_does_not_state(vendor: Vendor) -> None:
    # D21: "收据要寄到这里" at the address check; the guide does not say what is mailed there.
    vendor.engine.start(vendor.key)
    for line in ("生成工单，API市场", "hz_test", "杭州云帆科技有限公司"):
        vendor.say(line)
    reply = vendor.say("深圳南山科技园").text
    assert "能寄到的快递地址" in reply
    assert "收据要寄到这里" not in reply


def test_the_year_waits_for_its_month_past_an_unclear_line(vendor: Vendor) -> None:
    # D13: "march" after "which month of 2023?" and one unclear line was "not a date".
    _at_question(vendor, "iot and data", "license_date")
    vendor.say("we were founded in 2023")
    vendor.say("dunno exactly, 2 million i think")
    vendor.say("march")
    assert vendor.profile()["license_date"] == "2023-03-01"
