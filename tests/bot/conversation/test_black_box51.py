"""Round 43 (session 48): the eighth black-box reading — a new tester who never saw the code
played 12 vendors in the console at ba50eeb, one process per typed line on one database per
vendor (docs/evaluation/black_box_s51/report.md: 26 defects, 2 high). One test per defect class
fixed. The conversation's today is 2024-05-01."""

from __future__ import annotations

import pytest

from bot.conversation.types import Choice, Reply
from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question


@pytest.mark.parametrize("typed", ["信用没问题，没有违规记录", "没有违规记录"])
def test_a_clean_record_said_at_the_service_hours_question_is_no_none(
    vendor: Vendor, typed: str
) -> None:
    # D1 (high): "没有" of "没有违规记录" stored 客服在线服务时间 = 无 and failed 零售通.
    _at_question(vendor, "零售通", "online_cs")
    vendor.say(typed)
    assert "online_cs" not in vendor.profile()
    assert vendor.current_question() == "online_cs"


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [
        ("快递地址写错了，是文三路 98 号，能改吗", "address", "文三路 98 号"),
        (
            "actually the company name should be our registered Chinese name 上海数库信息技术有限公司",
            "company",
            "上海数库信息技术有限公司",
        ),
        ("快递地址：浙江省杭州市西湖区文三路98号5楼", "address", "浙江省杭州市西湖区文三路98号5楼"),
    ],
)
def test_a_ticket_field_corrected_keeps_only_its_value(
    vendor: Vendor, typed: str, field: str, value: str
) -> None:
    # D2 (high): "，能改吗" and "our registered Chinese name" went into the ticket text; D13: the
    # ticket's own "快递地址：…" at the review was not understood.
    vendor.engine.start(vendor.key)
    for line in (
        "生成工单，API市场",
        "hz_test",
        "杭州云帆科技有限公司",
        "浙江省杭州市西湖区文三路90号",
    ):
        vendor.say(line)
    vendor.say("王晓明")
    vendor.say("13805712345")
    assert vendor.step() == "ticket_review"
    vendor.say(typed)
    assert vendor.state()["ticket_fields"][field] == value


@pytest.mark.parametrize(
    "typed",
    ["hey, which markets can we join? check all of them", "我们能入驻哪些市场？全部帮我查一下"],
)
def test_check_all_after_a_question_starts_the_check(vendor: Vendor, typed: str) -> None:
    # D4: the markets were listed and the vendor asked to type "all" again.
    vendor.engine.start(vendor.key)
    vendor.say(typed)
    assert len(vendor.state()["markets"]) == 12


def test_one_market_and_check_it_is_that_market(vendor: Vendor) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场要求什么？都查一下")
    assert vendor.state()["markets"] == ["security"]


def test_never_mind_at_the_tickets_market_question_leaves_the_ticket(vendor: Vendor) -> None:
    # D5: "算了" said goodbye but kept the question open; "查API" then drafted a ticket.
    vendor.engine.start(vendor.key)
    vendor.say("生成工单")
    vendor.say("算了")
    assert vendor.step() == "idle"
    vendor.say("查API")
    assert vendor.state()["markets"] == ["api"]
    assert vendor.step() == "question"


@pytest.mark.parametrize("typed", ["等一下，我们也想加物联网市场", "我们也想入驻物联网市场"])
def test_a_market_added_mid_form_in_more_words(vendor: Vendor, typed: str) -> None:
    # D6: "…无法判断：请回答 是 或 否".
    _at_question(vendor, "解决方案市场", "license_date")
    vendor.say(typed)
    assert vendor.state()["markets"] == ["solution", "iot"]


def test_the_console_says_several_allowed_in_the_replys_language() -> None:
    # D26: "（可多选，如 1,3） / several allowed, e.g. 1,3" under every English menu.
    from cli.console import render

    choices = [Choice("A", "a"), Choice("B", "b")]
    menu = Reply(text="Pick:", lang="en", choices=choices, multi_select=True)
    assert render(menu).endswith("  (several allowed, e.g. 1,3)")
    assert "可多选" not in render(menu)
