"""Round 49 (session 54): the twentieth black-box reading — a new tester who never saw the
code played 12 vendors in the console at 069ef27 (docs/evaluation/black_box_s63/report.md: 21
defects, 2 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import PASSING, TICKET, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def _at_ticket_review(vendor: Vendor, markets: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("帮我起草工单")
    vendor.say(markets)
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    assert vendor.step() == "ticket_review"


def test_a_market_dropped_after_suanle_drops_only_it(vendor: Vendor) -> None:
    # D1 (high): "算了新零售去掉" kept 新零售 alone, the ticket's amount 叁万 instead of 陆万.
    _at_ticket_review(vendor, "基础软件 数据智能 新零售")
    reply = vendor.say("算了新零售去掉").text
    assert reply.startswith("已更正：工单市场 = 基础软件市场、数据智能市场（保证金 60,000 元）")
    assert "入驻云市场已缴纳保证金陆万元，请转财务" in reply


@pytest.mark.parametrize(
    ("said", "markets"),
    [
        ("we have a small marketing team, 2 people", "service market"),
        ("我们有个小的营销团队，2个人", "服务市场"),
    ],
)
def test_a_marketing_teams_count_is_no_tech_team(vendor: Vendor, said: str, markets: str) -> None:
    # D2 (high): the team of 25 became 2 and the verdict failed.
    _at_question(vendor, markets, "marketing_capability")
    vendor.say(said)
    assert vendor.profile()["marketing_capability"] is True
    assert vendor.profile()["team_size"] == 25


def test_a_correction_beside_an_explanation_of_the_old_value(vendor: Vendor) -> None:
    # D8: "no no, the team is 25, the 2 was our marketing people" was not understood.
    vendor.engine.start(vendor.key)
    vendor.say("service market")
    vendor.answer_all({**PASSING, "team_size": "2"})
    reply = vendor.say("no no, the team is 25, the 2 was our marketing people").text
    assert reply.startswith("Corrected: tech + customer-service team size = 25")
    assert vendor.profile()["team_size"] == 25


def test_make_that_corrects_the_answer_just_given(vendor: Vendor) -> None:
    # D8: "wait make that 4, forgot myself" → "please answer yes or no".
    _at_question(vendor, "retail link", "employees")
    vendor.say("three")
    reply = vendor.say("wait make that 4, forgot myself").text
    assert reply.startswith("Corrected: number of employees = 4")


def test_a_count_given_late_after_dont_know(vendor: Vendor) -> None:
    # D9: "问了hr，社保上是32个人" after 不知道 was "无法判断".
    vendor.engine.start(vendor.key)
    vendor.say("API市场")
    for _ in range(20):
        current = vendor.current_question()
        if current == "api_integration":
            break
        vendor.say(
            "不知道，要问下hr" if current == "team_size" else PASSING[current.partition(":")[0]]
        )
    reply = vendor.say("问了hr，社保上是32个人").text
    assert reply.startswith("已记录：技术及客服团队人数（公司社保） = 32 人")


def test_the_confirmed_tickets_phone_changed_in_words(vendor: Vendor) -> None:
    # D5: "工单里电话再改成…" after the ticket was confirmed was the empty how-to template.
    _at_ticket_review(vendor, "服务市场")
    vendor.say("确认")
    reply = vendor.say("工单里电话再改成13900001111").text
    assert "电话：13900001111" in reply


def test_a_remark_after_the_contact_is_no_part_of_it(vendor: Vendor) -> None:
    # D10: "Chen Tao, thats his chinese name" kept whole in the ticket.
    _at_ticket_review(vendor, "服务市场")
    reply = vendor.say("the contact should be Chen Tao, thats his chinese name").text
    assert "联系人：Chen Tao\n" in reply


def test_leaving_the_ticket_for_now(vendor: Vendor) -> None:
    # D11: "先不弄了，等交完再说" was checked as the account name.
    vendor.engine.start(vendor.key)
    vendor.say("帮我起草工单")
    vendor.say("服务市场")
    reply = vendor.say("先不弄了，等交完再说").text
    assert reply.startswith("已取消当前流程。工单草稿已保存")


@pytest.mark.parametrize(("said", "value"), [("那算否吧", False), ("齐", True)])
def test_plain_answers_in_few_words(vendor: Vendor, said: str, value: bool) -> None:
    # D16.
    _at_question(vendor, "零售通", "documents_ready")
    vendor.say(said)
    assert vendor.profile()["documents_ready"] is value


def test_a_change_called_off_asks_nothing(vendor: Vendor) -> None:
    # D17: "…，算了不改了" opened the edit anyway.
    _at_ticket_review(vendor, "服务市场")
    reply = vendor.say("公司名称后面少了个（杭州），算了不改了").text
    assert reply.startswith("好的，不改。")
    assert vendor.step() == "ticket_review"


def test_same_years_for_everything(vendor: Vendor) -> None:
    # D18: "same, 4 years for everything" was one market's.
    _at_question(vendor, "api, basic software, service and website", "experience_years:software")
    vendor.say("same, 4 years for everything")
    assert vendor.profile()["experience_years"] == {
        "api": 3,
        "software": 4,
        "service": 4,
        "website": 4,
    }


def test_the_deposit_word_alone_at_the_verdict_menu(vendor: Vendor) -> None:
    # D7: "保证金" → "没能理解这个回答".
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all(PASSING)
    assert "5万元（50,000元）" in vendor.say("保证金").text


def test_tomorrow_after_a_verdict(vendor: Vendor) -> None:
    # D13: "明天呢" was declined as outside the guide.
    vendor.engine.start(vendor.key)
    vendor.say("零售通")
    vendor.answer_all({**PASSING, "license_date": "2023-05-01"})
    assert vendor.verdicts() == {"retail_link": "not_eligible"}
    reply = vendor.say("明天呢").text
    assert "2024-05-02" in reply and "符合入驻条件" in reply


def test_the_deposit_now_after_a_changed_verdict(vendor: Vendor) -> None:
    # D15: "那现在保证金要交多少" got the general rule.
    vendor.engine.start(vendor.key)
    vendor.say("API市场和零售通")
    vendor.answer_all(PASSING)
    vendor.say("注册资金改成80万")
    reply = vendor.say("那现在保证金要交多少").text
    assert reply.startswith("入驻API市场需缴纳保证金共 3万元（30,000元）")


def test_the_step_before_after_a_step_answer(vendor: Vendor) -> None:
    # D6: "上一步是什么" after "工单怎么提" was declined.
    vendor.engine.start(vendor.key)
    vendor.say("工单怎么提")
    assert vendor.say("上一步是什么").text.startswith("第6步（提交工单）之前是第5步")


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        # D4: "物联网呢 也是100万" started an IoT check.
        ("数据智能 2019年5月 总共壹佰万元 分销一百万", "物联网呢 也是100万", "佣金 0元"),
        # D3: "what about 300k in security, January 2021?" answered as the capital rule.
        (
            "commission if we sold 1.2M on website building in Oct 2020?",
            "what about 300k in security, January 2021?",
            "Commission: 15,000 yuan (tier 2, 5%).",
        ),
    ],
)
def test_commission_follow_ups(vendor: Vendor, first: str, then: str, expected: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say(first)
    reply = vendor.say(then).text
    assert expected in reply
    assert vendor.step() != "question"


# --- a blind review of this round's change (after its CI had started) -----------------------


def test_make_it_at_an_unanswered_count_is_that_count(vendor: Vendor) -> None:
    # "make it 25" at the team question once overwrote the registered capital with 25.
    _at_question(vendor, "security market", "team_size")
    vendor.say("make it 25")
    assert vendor.profile()["registered_capital"] == 2_000_000
    assert vendor.profile().get("team_size") in (None, 25)


def test_no_no_mid_form_corrects_nothing_wrongly(vendor: Vendor) -> None:
    # Mid-form "no no, the team is 25, the 2 was our marketing people" once "corrected" to 2.
    vendor.engine.start(vendor.key)
    vendor.say("API market")
    for _ in range(20):
        current = vendor.current_question()
        if current == "aftersales_support":
            break
        vendor.say("20 people" if current == "team_size" else PASSING[current.partition(":")[0]])
    vendor.say("no no, the team is 25, the 2 was our marketing people")
    assert vendor.profile()["team_size"] in (20, 25)


@pytest.mark.parametrize("said", ["否则我们也不会来申请", "否认，我们一直合规经营"])
def test_words_starting_with_fou_are_no_no(vendor: Vendor, said: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("API市场")
    vendor.say(said)
    assert "legal_entity" not in vendor.profile()


def test_a_value_then_later_is_kept_at_a_ticket_field(vendor: Vendor) -> None:
    # "13800001111，座机回头再说" once cancelled the ticket and lost the phone.
    vendor.engine.start(vendor.key)
    vendor.say("起草工单")
    vendor.say("API市场")
    for name in ("account", "company", "address", "contact"):
        vendor.say(TICKET[name])
    vendor.say("13800001111，座机回头再说")
    assert vendor.step() != "idle"


def test_an_answer_ending_so_be_it_is_kept(vendor: Vendor) -> None:
    # "30人，就这样吧" once got "好的，不改。" and the 30 thrown away.
    _at_question(vendor, "API市场", "team_size")
    vendor.say("30人，就这样吧")
    assert vendor.profile()["team_size"] == 30
