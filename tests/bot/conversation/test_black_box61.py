"""Round 47 (session 52): the eighteenth black-box reading — a new tester who never saw the
code played 12 vendors in the console at 2ba97b9 (docs/evaluation/black_box_s61/report.md: 26
defects, 2 high). The conversation's today is 2024-05-01."""

from __future__ import annotations

from tests.bot.conversation.conftest import Vendor
from tests.bot.conversation.test_conversation_input import _at_question


def test_a_cancel_said_after_its_reason_cancels(vendor: Vendor) -> None:
    # D1 (high): "no, I don't want the API market. cancel" on the answers-on-file screen
    # stored a team of 0.
    vendor.engine.start(vendor.key)
    vendor.say("security market")
    vendor.say("yes")
    vendor.say("stop")
    vendor.say("api market")
    reply = vendor.say("no, I don't want the API market. cancel").text
    assert reply.startswith("Cancelled.")
    assert "team_size" not in vendor.profile()
    assert vendor.state()["markets"] == []


def test_a_product_word_at_a_question_switches_no_market(vendor: Vendor) -> None:
    # D2 (high): "no hardware, software only" at the IoT market's question started a Basic
    # Software check and dropped the three markets under way.
    _at_question(vendor, "data intelligence, devops and IoT", "mature_product")
    vendor.say("no hardware, software only")
    assert vendor.state()["markets"] == ["data", "devops", "iot"]
    assert vendor.profile()["mature_product"] is False
