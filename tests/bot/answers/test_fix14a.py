"""Round 14 answer routing, facts and declines (holdout12's misses, after its blind score): each
class with paraphrases of our own that the old code (main 113e1f4) got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    "question",
    [
        "帮我看下我们公司上个月的佣金返还到账没有，服务商ID是88231",
        "麻烦查一下我们的保证金退回来没有，账号ID 53317",
        "请帮忙确认下返还的佣金到账了吗？我们的服务商编号是 7712",
        "帮我查下佣金返还到账了没，服务商ID：45120",
    ],
)
def test_a_lookup_beside_a_short_id_is_handed_off_and_the_id_is_no_amount(question: str) -> None:
    """A look-up of the vendor's own record is handed off; the id (4–5 digits after ID/编号/账号)
    is never rated as a month's total."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "档" not in reply.text and "tier" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    "question",
    [
        "So the deposit for all twelve would be 380,000 yuan, right?",
        "So if we join all twelve, the total deposit is 380,000, correct?",
        "The deposit for all twelve comes to 380,000 yuan, right?",
    ],
)
def test_a_claimed_deposit_for_all_twelve_is_confirmed(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith("Yes"), reply.text
    assert "380,000" in reply.text, reply.text


def test_a_wrong_deposit_for_all_twelve_is_contradicted() -> None:
    reply = answer("So the deposit for all twelve would be 360,000 yuan, right?")
    assert reply.text.startswith("No"), reply.text
