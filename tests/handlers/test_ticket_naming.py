"""Fact-check finding 6: the ticket tells finance the deposit is already paid (入驻云市场已缴纳
保证金…，请转财务); it is never called a money-transfer ticket."""

from __future__ import annotations

from bot.texts import MESSAGES
from handlers.blocks import build_ticket_modal, help_text


def test_modal_title_is_the_finance_ticket() -> None:
    assert build_ticket_modal({}, "zh", "")["title"]["text"] == "转财务工单"
    assert build_ticket_modal({}, "en", "")["title"]["text"] == "Deposit ticket (finance)"


def test_no_text_speaks_of_a_transfer_ticket() -> None:
    assert "转财务工单" in MESSAGES["slack.home_intro"][0]
    assert "deposit ticket for finance" in MESSAGES["slack.home_intro"][1]
    for key, (zh, en) in MESSAGES.items():
        assert "转账" not in zh, key
        assert "transfer" not in en.lower(), key


def test_one_help_text_in_chat_and_for_the_slash_command() -> None:
    for lang in ("zh", "en"):
        assert help_text(lang).startswith(MESSAGES["help"][lang == "en"])
        assert "`/onboard status`" in help_text(lang)
