"""Round 46 (session 51): the seventeenth black-box reading — a new tester who never saw the
code played 12 vendors in the console at ad52da4 (docs/evaluation/black_box_s60/report.md: 28
defects, 3 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def test_years_typed_at_the_team_size_are_no_head_count(vendor: Vendor) -> None:
    # D1 (high): "we've been doing security for like 4 yrs" stored a team of 4.
    _at_question(vendor, "security market", "team_size")
    vendor.say("we've been doing security for like 4 yrs")
    assert "team_size" not in vendor.profile()
    assert vendor.profile()["experience_years"] == {"security": 4}


def test_just_one_market_after_skip_the_others(vendor: Vendor) -> None:
    # D2 (high): "ok skip the others, just retail link please" checked every market but it.
    _at_question(vendor, "all", "team_size")
    vendor.say("ok skip the others, just retail link please")
    assert vendor.state()["markets"] == ["retail_link"]


def test_joining_another_market_later_is_no_exclusion(vendor: Vendor) -> None:
    # D2 (high): "and can I join the API market too later?" asked "all 11 except API?".
    vendor.engine.start(vendor.key)
    reply = vendor.say("and can I join the API market too later?").text
    assert "except" not in reply and "以外" not in reply
