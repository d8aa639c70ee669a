"""Round 16 answer routing, facts and declines (holdout13's misses after its blind score): each
class with paraphrases of our own that the old code (main e825e68) got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer
from bot.answers.computed import today_in_china
from bot.answers.provenance import invented_numbers
from bot.answers.text import money_mentions


@pytest.mark.parametrize(
    "question",
    [
        "How much commission were we charged last month? Vendor ID: A123",
        "我们上个月被扣了多少佣金？服务商ID V10023",
        "账号 ab12345，10月份扣了我们多少佣金",
        "what commission did our account pay in November 2020? account id: VX20931",
    ],
)
def test_our_own_charge_beside_a_short_letter_code_is_a_look_up_handed_off(question: str) -> None:
    """An id of letters and digits (V10023, A123) is never read as an amount, and what our
    account was charged is only in the account: handed off, no number invented."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert not invented_numbers(question, reply.text, today_in_china()), reply.text


@pytest.mark.parametrize(
    "question", ["Vendor ID V10023", "账号ab12345", "ID: A1234", "服务商ID：XY-20931"]
)
def test_a_letter_code_is_no_amount(question: str) -> None:
    assert money_mentions(question)[1] == []


@pytest.mark.parametrize("question", ["rmb30000", "CNY 200000的佣金是多少", "30k是第几档"])
def test_a_currency_before_the_digits_is_still_an_amount(question: str) -> None:
    assert money_mentions(question)[1] != []
