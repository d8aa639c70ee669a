"""Round 13 answer routing, facts and declines: each class with paraphrases of our own that the
old code (main 561caf5) got wrong."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    "question",
    [
        "When will our shop be opened?",
        "店铺什么时候开通",
        "When can we start listing?",
        "我们什么时候可以上架商品",
        "交完保证金什么时候能上架",
        "When does our Marketplace store go live?",
    ],
)
def test_when_the_shop_opens_is_placed_after_the_deposit_with_no_days(question: str) -> None:
    """Step 7's own words place it (once the deposit is paid); the guide gives no number of days:
    both said, and a hand-off."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "保证金缴纳完成后" in reply.text or "Once the deposit is paid" in reply.text, reply.text
    assert "没有写明具体需要几天" in reply.text or "no number of days" in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "保证金什么时候退",
        "保证金什么时候能退回来",
        "When do we get our deposit back?",
        "When is the deposit refunded?",
        "押金啥时候可以拿回",
    ],
)
def test_when_the_deposit_is_refunded_is_after_the_cooperation_ends_with_no_days(
    question: str,
) -> None:
    """Asked WHEN: the guide's point (after the cooperation ends, no rules broken), never the
    payment step, and no number of days."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "合作终止后" in reply.text or "after the cooperation ends" in reply.text, reply.text
    assert "第5步" not in reply.text and "step 5" not in reply.text, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "When do we get the receipt?",
        "收据什么时候开",
        "保证金收据什么时候给",
        "How soon is the deposit receipt issued?",
    ],
)
def test_when_the_receipt_comes_is_after_the_deposit_with_no_days(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
    assert "缴纳保证金后" in reply.text or "After you pay the deposit" in reply.text, reply.text
    assert "没有写明具体需要几天" in reply.text or "no number of days" in reply.text, reply.text
