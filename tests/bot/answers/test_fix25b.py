"""Round 25 (fix25b): profile verdicts — the asked condition, the verdict first, nothing "to
confirm" that is settled. In wordings of our own that main (b971a71) got wrong:

1. an industry asked ("二是目前开放哪些行业") is no industry the vendor states: both asks of
   an enumerated message answered from the rule (dev18b n=112);
2. a receipt asked of the one who gives it ("Will Alibaba Cloud give us a receipt", "会给我们开
   收据吗", "有没有收据"): Yes / 会给 first (dev18b n=183).
"""

from __future__ import annotations

import pytest

from bot.answers import answer


# --- 1. an industry asked is not one stated --------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "我们准备入驻解决方案市场，请教两件事：一是ACP认证工程师有什么要求，二是现阶段开放哪些行业？",
        "我司想进解决方案市场，一是认证工程师方面有什么要求；二是当前对哪些行业开放",
        "解决方案市场这边，一是工程师要什么认证，二是目前对什么行业开放？",
    ],
)
def test_industry_asked_is_not_stated(question: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert not reply.text.startswith("不能"), reply.text
    for word in ("ACP", "金融", "物流", "电商", "政务", "传媒", "物联网"):
        assert word in reply.text, reply.text


# --- 2. a receipt asked of the one who gives it ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("Will the Marketplace give us a receipt once the deposit is paid?", "Yes"),
        ("Would Alibaba Cloud provide us a receipt for the deposit we paid?", "Yes"),
        ("Does Alibaba Cloud issue a receipt after we pay the deposit?", "Yes"),
        ("押金交完之后，平台会给开收据吗", "会给"),
        ("缴了保证金以后有没有收据拿", "会给"),
    ],
)
def test_receipt_given_first(question: str, opening: str) -> None:
    reply = answer(question)
    assert not reply.out_of_scope, reply.text
    assert reply.text.startswith(opening), reply.text


@pytest.mark.parametrize("question", ["交完保证金，店铺会开通吗", "缴完保证金，云市场会开发票吗"])
def test_no_receipt_verdict_elsewhere(question: str) -> None:
    reply = answer(question)
    assert not reply.text.startswith("会给"), reply.text
