"""The form runner across both forms: detours, unknown answers, returning to where the vendor was."""

from __future__ import annotations

from tests.bot.conversation.conftest import TICKET, Vendor


def test_an_answer_on_file_changed_to_unknown_leaves_the_summary_working(vendor: Vendor) -> None:
    """From the summary of answers on file, "4" (change the registered capital) then 跳过 left
    a question with no value in the summary, which then failed to show (an internal error)."""
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("重新开始")
    vendor.say("安全市场")
    assert vendor.step() == "confirm_known"
    vendor.say("4")
    assert vendor.current_question() == "registered_capital"
    summary = vendor.say("跳过")
    assert vendor.step() == "confirm_known"
    assert "出错了" not in summary.text
    assert "注册资金：" not in summary.text  # not on file any more: not in the summary
    assert "registered_capital" not in vendor.profile()


def test_a_change_during_a_ticket_field_change_returns_to_that_field(vendor: Vendor) -> None:
    """Each form keeps its own place: changing an answer while a ticket field is being changed
    comes back to that field, not to the review."""
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.answer_all()
    vendor.say("1")
    for name in ("account", "company", "address", "contact", "phone"):
        vendor.say(TICKET[name])
    assert vendor.step() == "ticket_review"
    vendor.say("修改 电话")
    vendor.say("修改 注册资金")
    assert vendor.current_question() == "registered_capital"
    vendor.say("300万")
    assert vendor.step() == "ticket_field" and vendor.state()["ticket_detour"] == "phone"
    review = vendor.say("13900139000")
    assert vendor.step() == "ticket_review" and "电话：13900139000" in review.text


def test_a_question_at_either_form_is_answered_and_the_same_slot_asked_again(
    vendor: Vendor,
) -> None:
    vendor.engine.start(vendor.key)
    vendor.say("安全市场")
    vendor.say("保证金交多少？")
    assert vendor.current_question() == "legal_entity"
    vendor.answer_all()
    vendor.say("1")
    vendor.say(TICKET["account"])
    before = vendor.state()["ticket_fields"]
    reply = vendor.say("收据寄到哪里比较好？")
    assert vendor.state()["ticket_fields"] == before
    assert vendor.state()["ticket_pending"][0] == "company" and "公司名称" in reply.text
