"""Fact-check finding 6: the ticket tells finance the deposit is already paid (入驻云市场已缴纳
保证金…，请转财务); it is never called a money-transfer ticket."""

from __future__ import annotations

from handlers.blocks import HELP_TEXT, build_ticket_modal


def test_modal_title_is_the_finance_ticket() -> None:
    assert build_ticket_modal({}, "zh", "")["title"]["text"] == "转财务工单"
    assert build_ticket_modal({}, "en", "")["title"]["text"] == "Deposit ticket (finance)"


def test_help_text_never_speaks_of_a_transfer_ticket() -> None:
    assert "生成缴纳后提交的转财务工单的文字" in HELP_TEXT["zh"]
    assert "转账" not in HELP_TEXT["zh"]
    assert "draft the text of the deposit ticket (to finance)" in HELP_TEXT["en"]
    assert "transfer" not in HELP_TEXT["en"]
