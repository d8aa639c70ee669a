"""Round 12 answer routing, facts and declines: each class with paraphrases of our own that the
old code got wrong (holdout11's judged misses, fixed as classes)."""

from __future__ import annotations

import pytest

from bot.answers import answer


@pytest.mark.parametrize(
    "question",
    [
        "Has our commission refund arrived yet? Can you check?",
        "麻烦帮我查一下我们的保证金是不是已经退回了",
        "Can you check whether our company passed real-name verification?",
        "上个月多收的佣金返还了没有，帮忙看下",
    ],
)
def test_a_look_up_of_the_vendors_own_money_or_verification_is_handed_off(question: str) -> None:
    """Whether a refund arrived or a verification passed is in the vendor's own records: the
    whole message is declined with a hand-off, not split into a guide answer per sentence."""
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "多收的佣金返还到哪个账户？",
        "Is the deposit refunded to our bank account or our balance?",
        "保证金退到哪里？银行卡还是余额",
        "Where will the commission rebate be credited — bank account or Alibaba Cloud balance?",
    ],
)
def test_where_a_refund_is_paid_to_is_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the best-selling categories?",
        "哪些类目最畅销？",
        "现在云市场上什么产品卖得最好",
        "Which markets have the top-selling products?",
    ],
)
def test_sales_figures_are_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "平台对新入驻的服务商有营销补贴吗",
        "Are there ad credits for new sellers?",
        "新商家入驻有没有推广金或者广告金？",
        "Does the marketplace give newly joined vendors any marketing subsidies?",
    ],
)
def test_marketing_subsidies_are_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "入驻以后最短合作期限是多久？",
        "合作满多久才能退出？",
        "Is there a lock-in period?",
        "What's the minimum contract term before we can leave?",
    ],
)
def test_a_minimum_cooperation_period_is_not_in_the_guide(question: str) -> None:
    reply = answer(question)
    assert reply.out_of_scope, reply.text
