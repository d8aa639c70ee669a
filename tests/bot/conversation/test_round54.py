"""Round 54 (session 59): black-box s67's leftovers D16, D18 and D19
(docs/evaluation/black_box_s67/report.md), each mended with the tester's own lines."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import TICKET, Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize("said", ["yes we have a marketing team", "我们有营销团队"])
def test_a_yes_about_another_question_is_that_questions(vendor: Vendor, said: str) -> None:
    # D16: "yes we have a marketing team" at the API question stored API integration = yes.
    _at_question(vendor, "service market and enterprise application", "api_integration")
    vendor.say(said)
    assert vendor.profile().get("marketing_capability") is True
    assert "api_integration" not in vendor.profile()
    assert vendor.current_question() == "api_integration"


def test_a_team_with_a_count_is_still_the_team_size(vendor: Vendor) -> None:
    _at_question(vendor, "service market and enterprise application", "api_integration")
    reply = vendor.say("we have a team of 25 engineers").text
    assert "api_integration" not in vendor.profile()
    assert "25" in reply


def _confirmed_ticket(vendor: Vendor, markets: str) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("我已经交了保证金，帮我写一下转财务的工单")
    vendor.say(markets)
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    vendor.say("确认")


SUM_ZH = (
    "工单的保证金 110,000 元（壹拾壹万元）是所选 3 个市场逐个累计："
    "服务市场 30,000 元 + 安全市场 30,000 元 + 零售通市场 50,000 元。"
)


def test_why_the_ticket_costs_what_it_costs(vendor: Vendor) -> None:
    # D18: the 零售通 deposit alone, with a ticket line of 伍万 against the 壹拾壹万 confirmed.
    _confirmed_ticket(vendor, "服务市场、安全市场和零售通")
    reply = vendor.say("零售通的保证金不是也是3万吗，怎么是11万").text
    assert reply.startswith("不是：零售通市场的保证金是 50,000 元（伍万元）。" + SUM_ZH)
    assert "伍万元，请转财务" not in reply


@pytest.mark.parametrize("said", ["为什么是11万", "这个金额怎么算的", "11万怎么来的"])
def test_the_ticket_sum_asked_plainly(vendor: Vendor, said: str) -> None:
    _confirmed_ticket(vendor, "服务市场、安全市场和零售通")
    assert vendor.say(said).text.startswith(SUM_ZH)


def test_another_amount_is_not_the_tickets(vendor: Vendor) -> None:
    _confirmed_ticket(vendor, "服务市场、安全市场和零售通")
    assert "工单的保证金" not in vendor.say("为什么是6万").text


def test_a_bare_number_after_goodbye_picks_nothing(vendor: Vendor) -> None:
    # D19: "3" after the goodbye checked market #3 of a menu shown many turns before.
    vendor.engine.start(vendor.key)
    vendor.say("保证金多少钱")
    vendor.say("好的谢谢")
    reply = vendor.say("3").text
    assert reply.startswith("刚才的对话已经结束，现在没有带编号的列表。")
    assert vendor.step() == "choose_markets"
    assert vendor.state()["markets"] == []
    vendor.say("3")
    assert vendor.state()["markets"] == ["service"]


def test_an_answer_with_words_like_labels_is_this_questions(vendor: Vendor) -> None:
    # blind_conversations35 c35_44: "提供" and "SaaS" read as two other questions' labels.
    _at_question(vendor, "数据智能市场和企业应用市场", "bigdata_offering")
    vendor.say("能提供，我们做大数据SaaS和BI。")
    assert vendor.profile().get("bigdata_offering") is True
    assert vendor.current_question() != "bigdata_offering"
