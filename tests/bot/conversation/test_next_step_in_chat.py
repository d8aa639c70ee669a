"""A bare "然后呢" / "what's next?" in the chat, after an answer about a joining step, asks for
the step after it (round 40); after an answer about no step, where the vendor is."""

from __future__ import annotations

from tests.bot.conversation.conftest import Vendor


def test_then_what_in_the_chat_asks_for_the_step_after_the_one_answered(vendor: Vendor) -> None:
    vendor.say("实名认证怎么做？")
    assert vendor.state()["last_step"] == 2
    assert "之后是第3步：申请入驻云市场" in vendor.say("然后呢").text
    assert "之后是第4步：签署云市场合同" in vendor.say("然后呢").text
    assert "之后是第5步：缴纳保证金" in vendor.say("下一步怎么做").text
    # The deposit's amount asked on the way through step 5 keeps the place (black-box 47, D21).
    vendor.say("保证金多少")
    assert vendor.state()["last_step"] == 5
    assert "之后是第6步：提交工单" in vendor.say("然后呢").text
    # An answer about no step: a bare "然后呢" asks where the vendor is.
    vendor.say("建站市场佣金多少")
    assert vendor.state()["last_step"] == 0
    assert "告诉我刚完成的那一步" in vendor.say("然后呢").text


def test_the_deposit_amount_asked_cold_names_no_step(vendor: Vendor) -> None:
    vendor.say("保证金多少")
    assert vendor.state()["last_step"] == 0


def test_what_s_next_in_english_follows_the_step_answered(vendor: Vendor) -> None:
    vendor.say("How do we sign the contracts?")
    assert vendor.state()["last_step"] == 4
    assert "comes step 5: Pay the deposit" in vendor.say("what's next?").text
