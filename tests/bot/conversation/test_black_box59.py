"""Round 46 (session 51): the sixteenth black-box reading — a new tester who never saw the code
played 12 vendors in the console at d5fb778 (docs/evaluation/black_box_s59/report.md: 29
defects, 3 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("零售通员工4个人行不行", "零售通市场：要求员工人数不少于 4 人"),
        ("基础软件注册资金10万够不够", "基础软件市场：要求注册资金不低于 10万元"),
        ("is 4 employees enough for retail link", "Retail Link Market: needs at least 4 employees"),
    ],
)
def test_another_markets_figure_asked_mid_check_is_answered(
    vendor: Vendor, typed: str, said: str
) -> None:
    # D1 (high): "您选的市场不看员工人数，不需要填写。" for a question about another market.
    _at_question(vendor, "物联网市场", "team_size")
    reply = vendor.say(typed).text
    assert said in reply
    assert "不需要填写" not in reply
    assert vendor.current_question() == "team_size"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("后来我们又申请了API和服务市场，三个一起交的保证金，帮我写工单", 110_000),
        ("我们交的是API市场的保证金，帮我写工单", 30_000),
    ],
)
def test_ticket_for_the_markets_named_after_a_verdict(
    vendor: Vendor, typed: str, amount: int
) -> None:
    # D2 (high): the ticket was drafted for 零售通 alone (伍万) though three markets were named.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all()
    assert vendor.verdicts() == {"retail_link": "eligible"}
    vendor.say(typed)
    assert vendor.state()["ticket_markets"] in (
        ["api", "service", "retail_link"],
        ["api"],
    )
    from rules.deposit import deposit_for

    assert deposit_for(vendor.state()["ticket_markets"]) == amount


def test_a_statement_about_the_documents_is_no_yes_to_dingtalk(vendor: Vendor) -> None:
    # D3 (high): "营业执照 税务登记证这些扫描件都有" at the DingTalk question stored a yes.
    _at_question(vendor, "零售通", "dingtalk_ops")
    vendor.say("营业执照 税务登记证这些扫描件都有")
    assert "dingtalk_ops" not in vendor.profile()
    assert vendor.current_question() == "dingtalk_ops"


def test_another_cloud_named_at_another_question_is_the_built_on_answer(vendor: Vendor) -> None:
    # D3 (high): "不是，我们用的是华为云的IoT平台" at the customer-cases question stored 否 for
    # the cases and left 以阿里云产品为依托 = 是.
    _at_question(vendor, "物联网市场", "customer_cases")
    reply = vendor.say("不是，我们用的是华为云的IoT平台").text
    assert reply.startswith("已更正：以阿里云产品为依托 = 否")
    assert "customer_cases" not in vendor.profile()
    assert vendor.current_question() == "customer_cases"


@pytest.mark.parametrize(
    ("asked", "follow_up", "said"),
    [
        ("2020年10月建站卖了30万，佣金多少", "那如果里面有10万是分销的呢", "200,000 × 15% = 3万元"),
        (
            "october 2020 website building 300k, commission?",
            "what if 100k of it was distribution?",
            "200,000 × 15% = 30,000 yuan",
        ),
    ],
)
def test_distribution_said_after_a_sum_without_one(
    vendor: Vendor, asked: str, follow_up: str, said: str
) -> None:
    # D4: the follow-up got the rate table, no figures.
    vendor.engine.start(vendor.key)
    vendor.say(asked)
    assert said in vendor.say(follow_up).text


def test_stop_when_the_check_was_never_asked_for(vendor: Vendor) -> None:
    # D8: "我没说要检查物联网，不查了" cancelled and restarted the same check in one reply.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    reply = vendor.say("我没说要检查物联网，不查了").text
    assert "好的，检查以下市场" not in reply
    assert vendor.step() != "question"


def test_whether_a_market_asks_something_is_no_exclusion(vendor: Vendor) -> None:
    # D9: "零售通要不要20人的团队" was read as every market except 零售通.
    vendor.engine.start(vendor.key)
    reply = vendor.say("零售通要不要20人的团队").text
    assert reply.startswith("不需要。零售通市场要求：员工人数不少于 4 人。")
    assert not vendor.state()["markets"]


def test_a_built_on_correction_mid_form(vendor: Vendor) -> None:
    # D9: "物联网那个是华为云的不是阿里云，改一下" was read as markets to leave out.
    _at_question(vendor, "物联网市场", "team_size")
    vendor.say("物联网那个是华为云的不是阿里云，改一下")
    assert vendor.profile()["built_on_aliyun"] is False
    assert vendor.current_question() == "team_size"


def test_natural_replies_on_the_answers_on_file_screen(vendor: Vendor) -> None:
    # D10: two corrections in one message, and "yes check it", were not understood.
    vendor.engine.start(vendor.key)
    vendor.say("物联网市场")
    vendor.answer_all({**PASSING, "customer_cases": "否"})
    vendor.say("查看其他市场")
    vendor.say("解决方案市场")
    assert vendor.step() == "confirm_known"
    vendor.say("等下，客户案例我们是有的，顺丰中通都做过；物联网那个是华为云的不是阿里云")
    assert vendor.profile()["customer_cases"] is True
    assert vendor.profile()["built_on_aliyun"] is False
    assert vendor.step() == "confirm_known"
    vendor.say("yes check it")
    assert vendor.step() != "confirm_known"
