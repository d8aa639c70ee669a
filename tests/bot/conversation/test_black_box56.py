"""Round 44 (session 49): the thirteenth black-box reading — a new tester who never saw the code
played 12 vendors in the console at fa8b928 (docs/evaluation/black_box_s56/report.md: 21
defects, 3 high). Its three high defects fixed at the round's end. The conversation's today is
2024-05-01."""

from __future__ import annotations

import pytest

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_black_box51 import _ticket_up_to_the_phone
from tests.bot.conversation.test_conversation_input import _at_question


def _confirmed_ticket(vendor: Vendor) -> None:
    _ticket_up_to_the_phone(vendor)
    vendor.say("13800138000")
    vendor.say("确认")


def test_how_a_value_is_meant_is_no_part_of_it(vendor: Vendor) -> None:
    # D1 (high): "… only, without the English" was stored in the company name.
    _confirmed_ticket(vendor)
    vendor.say("change company name to 苏州大数据实验室有限公司 only, without the English")
    assert vendor.state()["ticket_fields"]["company"] == "苏州大数据实验室有限公司"


@pytest.mark.parametrize("typed", ["change company", "修改 公司"])
def test_change_company_after_the_ticket_is_the_tickets_field(vendor: Vendor, typed: str) -> None:
    # D2 (high): the eligibility question 拥有正规的公司资质 was opened, and the company name
    # typed next stored a yes there.
    _confirmed_ticket(vendor)
    vendor.say(typed)
    assert vendor.step() == "ticket_field"
    vendor.say("苏州大数据实验室有限公司")
    assert "legal_entity" not in vendor.profile()
    assert vendor.state()["ticket_fields"]["company"] == "苏州大数据实验室有限公司"


def test_change_company_name_to_a_value_after_the_ticket(vendor: Vendor) -> None:
    # D2 (high): "change company name to 苏州大数据…" asked the big-data question (大数据).
    _confirmed_ticket(vendor)
    vendor.say("change company name to 苏州大数据实验室有限公司")
    assert "bigdata_offering" not in vendor.profile()
    assert vendor.state()["ticket_fields"]["company"] == "苏州大数据实验室有限公司"


def test_another_lines_years_are_that_markets(vendor: Vendor) -> None:
    # D3 (high): "we've been doing security software for 18 months" at the Basic Software
    # experience question was stored as Basic Software's.
    _at_question(vendor, "basic software and security markets", "experience_years:software")
    vendor.say("we've been doing security software for 18 months")
    assert vendor.profile()["experience_years"] == {"security": "1.5"}


def test_an_industry_said_at_a_yes_no_question(vendor: Vendor) -> None:
    # D7: "我们是做教育行业的" at the legal-entity question stored a yes (its 是) and lost the
    # industry.
    _at_question(vendor, "解决方案市场", "legal_entity")
    vendor.say("我们是做教育行业的")
    assert "legal_entity" not in vendor.profile()
    assert vendor.profile()["industry"] == "other"
    assert vendor.current_question() == "legal_entity"


@pytest.mark.parametrize("typed", ["I want to edit my ticket", "我想改一下工单"])
def test_editing_the_ticket_asked_in_words(vendor: Vendor, typed: str) -> None:
    # D9: "I want to edit my ticket" after the ticket got the goodbye text.
    _confirmed_ticket(vendor)
    vendor.say(typed)
    assert vendor.step() == "ticket_review"


def test_show_the_ticket_again_without_my(vendor: Vendor) -> None:
    # D16: "再给我看一下工单" was not understood.
    _confirmed_ticket(vendor)
    assert "hz_test" in vendor.say("再给我看一下工单").text
